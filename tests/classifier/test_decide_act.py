"""Deterministic post-processing of the act classifier: how its probabilities and the rules combine."""
from __future__ import annotations

import numpy as np
import pytest

from pipeline.classifier.calibration import LogitCalibrator, expected_calibration_error
from pipeline.classifier.tagger import ActConfigError, Thresholds, decide_act, make_classifier_tagger


def probs(**given):
    base = {"question": 0.0, "answer": 0.0, "commitment": 0.0, "statement": 0.0, "procedural": 0.0}
    base.update(given)
    return base


@pytest.mark.parametrize("rule_act,rule_id,p,mode,expected", [
    # structure decides, whatever the model says
    ("question", "question.written", probs(statement=0.99), "combined", ("question", "question.written")),
    ("procedural", "procedural.outside_items", probs(question=0.99), "learned", ("question", "classifier.argmax")),
    # combined: confident question added, unlikely rule question dropped
    ("statement", "statement.default", probs(question=0.85, statement=0.15), "combined", ("question", "classifier.question")),
    ("statement", "statement.default", probs(question=0.6, statement=0.4), "combined", ("statement", "statement.default")),
    ("question", "question.asked_wh", probs(question=0.05, statement=0.95), "combined", ("statement", "classifier.question_veto")),
    ("question", "question.asked_wh", probs(question=0.3, answer=0.7), "combined", ("question", "question.asked_wh")),
    ("statement", "statement.default", probs(procedural=0.95, statement=0.05), "combined", ("procedural", "classifier.procedural")),
    ("statement", "statement.default", probs(procedural=0.82, statement=0.18), "combined", ("procedural", "classifier.procedural")),
    ("statement", "statement.default", probs(procedural=0.75, statement=0.25), "combined", ("statement", "statement.default")),
    ("question", "question.asked_wh", probs(procedural=0.85, question=0.15), "combined", ("question", "question.asked_wh")),
    # learned: the most probable act; answer and commitment become statements here (pairing and the
    # commitments component assign those)
    ("statement", "statement.default", probs(question=0.5, statement=0.3, answer=0.2), "learned", ("question", "classifier.argmax")),
    ("question", "question.asked_wh", probs(answer=0.7, question=0.3), "learned", ("statement", "classifier.argmax")),
    ("statement", "statement.default", probs(commitment=0.9, statement=0.1), "learned", ("statement", "classifier.argmax")),
])
def test_decide_act(rule_act, rule_id, p, mode, expected):
    act, score, rule = decide_act(rule_act, rule_id, p, mode, Thresholds(question_add=0.8, question_keep=0.1))
    assert (act, rule) == expected
    assert 0.0 <= score <= 1.0


def test_by_default_the_classifier_adds_no_question_and_drops_none():
    # the thresholds chosen on the calibration meetings (bench/tune_act_thresholds.py)
    assert decide_act("statement", "statement.default", probs(question=0.99, statement=0.01), "combined")[0] == "statement"
    assert decide_act("question", "question.asked_wh", probs(question=0.01, statement=0.99), "combined")[0] == "question"


def test_unknown_mode_is_refused():
    with pytest.raises(ActConfigError, match="unknown act classifier mode"):
        make_classifier_tagger(mode="vibes")


def test_calibrator_fits_round_trips_and_improves_overconfident_logits(tmp_path):
    rng = np.random.default_rng(0)
    labels = rng.integers(0, 3, size=600)
    logits = rng.normal(size=(600, 3))
    logits[np.arange(600), labels] += 1.0
    logits *= 5    # overconfident
    raw = np.exp(logits - logits.max(axis=1, keepdims=True))
    raw /= raw.sum(axis=1, keepdims=True)
    calibrator = LogitCalibrator.fit(logits, labels, n_classes=3)
    calibrated = calibrator(logits)
    assert np.allclose(calibrated.sum(axis=1), 1.0)
    assert expected_calibration_error(calibrated, labels) < expected_calibration_error(raw, labels)
    calibrator.to_disk(tmp_path / "c.json")
    again = LogitCalibrator.from_disk(tmp_path / "c.json")
    assert np.allclose(again(logits), calibrated)


def test_a_class_missing_from_calibration_gets_no_probability():
    logits = np.array([[2.0, 0.0, 0.0], [0.0, 2.0, 0.0]] * 20)
    labels = np.array([0, 1] * 20)
    out = LogitCalibrator.fit(logits, labels, n_classes=3)(logits)
    assert out[:, 2].max() < 1e-6


@pytest.mark.parametrize("text,words", [
    ("Councillor Ryan asked about the road.", 6),
    ("€1,200  €3,400  €5,600", 0),
    ("(b) Agreed.", 1),
    ("Roads   12,000   14,000", 1),
    ("(iv) The report was noted.", 4),
])
def test_word_count_ignores_figures_and_markers(text, words):
    from pipeline.classifier.tagger import word_count

    assert word_count(text) == words


def test_negative_min_words_is_refused():
    with pytest.raises(ActConfigError, match="min_words"):
        make_classifier_tagger(min_words=-1)
