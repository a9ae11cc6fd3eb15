"""The commitment-confidence model: fitted from cases, applied per commitment, saved and loaded as JSON."""
from __future__ import annotations

import json
import random

import pytest
import spacy

from pipeline.classifier.commitment_confidence import (Candidate, CommitmentConfidence, ConfidenceModelError, brier,
                                                       make_commitment_confidence)
from pipeline.components.commitments import CommitmentExtractor
from pipeline.extensions import register_extensions
from pipeline.results import Actor, Commitment, Utterance

FITTED = CommitmentConfidence(with_model=(0.85, 0.43, 0.38), rule_only=(0.5, 0.56))


@pytest.mark.parametrize("rule_score, model_score, expected", [
    (0.8, 0.1, 0.1),      # unfitted: the classifier's probability where it scored the sentence
    (0.8, 0.93, 0.93),
    (0.8, None, 0.8),     # ... else the rule's own score
    (0.55, None, 0.55),
])
def test_unfitted_keeps_the_classifier_else_the_rule(rule_score, model_score, expected):
    assert CommitmentConfidence()(rule_score, model_score) == expected


@pytest.mark.parametrize("rule_score, model_score, low, high", [
    (0.85, 0.1, 0.6, 0.75),    # a resolution the classifier never saw: lifted from 0.1
    (0.85, 0.95, 0.9, 0.97),
    (0.6, 0.02, 0.2, 0.4),     # weak rule, classifier sure it is no promise
    (0.85, None, 0.75, 0.85),  # not scored by the classifier: the rule-only regression
])
def test_fitted_blends_rule_and_classifier(rule_score, model_score, low, high):
    assert low <= FITTED(rule_score, model_score) <= high


def test_fitted_is_monotone_in_both_scores():
    assert FITTED(0.8, 0.2) < FITTED(0.8, 0.6) < FITTED(0.9, 0.6)
    assert FITTED(0.6, None) < FITTED(0.9, None)


def _cases(n: int = 400, seed: int = 0) -> list[Candidate]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        model = rng.random()
        real = rng.random() < 0.4 + 0.5 * model   # the classifier ranks, but its scale is too low
        out.append(Candidate(rng.choice([0.7, 0.8, 0.85]), model if rng.random() < 0.9 else None, real))
    return out


def test_fit_recalibrates_and_lowers_the_brier_score():
    cases = _cases()
    fitted = CommitmentConfidence.fit(cases)
    assert fitted.fitted and fitted.with_model[1] > 0   # a higher P(commitment) means more likely real
    assert brier(fitted, cases) < brier(CommitmentConfidence(), cases)


def test_fit_refuses_too_few_cases():
    few = [Candidate(0.8, 0.5, True)] * 30 + [Candidate(0.8, 0.5, False)] * 3
    with pytest.raises(ConfidenceModelError, match="too few"):
        CommitmentConfidence.fit(few)


def test_round_trips_through_disk(tmp_path):
    model = CommitmentConfidence.fit(_cases())
    model.info = {"fitted_on": ["a.md"]}
    model.to_disk(tmp_path / "conf")
    again = CommitmentConfidence.from_disk(tmp_path / "conf")
    assert again.info == {"fitted_on": ["a.md"]}
    for rule_score, model_score in [(0.8, 0.1), (0.7, 0.9), (0.85, None)]:
        assert again(rule_score, model_score) == model(rule_score, model_score)


def test_missing_or_broken_model_is_a_clear_error(tmp_path):
    with pytest.raises(ConfidenceModelError, match="minutes train confidence"):
        CommitmentConfidence.from_disk(tmp_path)
    (tmp_path / "commitment_confidence.json").write_text(json.dumps({"with_model": [1, 2, 3]}), encoding="utf-8")
    with pytest.raises(ConfidenceModelError, match="not a commitment-confidence model"):
        CommitmentConfidence.from_disk(tmp_path)


def test_registered_function_with_an_empty_path_is_unfitted():
    assert not make_commitment_confidence("").fitted


@pytest.mark.parametrize("probs, min_prob, veto_rules, expected", [
    ({"commitment": 0.1}, 0.0, None, FITTED(0.85, 0.1)),   # the model's blend becomes the confidence
    (None, 0.0, None, FITTED(0.85, None)),                 # sentence the classifier skipped
    ({"commitment": 0.1}, 0.2, None, None),                # below the veto: dropped
    ({"commitment": 0.1}, 0.2, {"commit.will"}, None),     # a vetoed rule's commitment: dropped
    ({"commitment": 0.1}, 0.2, {"commit.modal_passive"}, FITTED(0.85, 0.1)),   # another rule's: kept
])
def test_extractor_sets_confidence_from_the_model(probs, min_prob, veto_rules, expected):
    register_extensions()
    doc = spacy.blank("en")("The Clerk will write to the Minister.")
    doc._.utterances = [Utterance(index=0, start=0, end=len(doc.text), act_probs=probs)]
    extractor = CommitmentExtractor(lambda sent, utt: [], min_commitment_prob=min_prob, confidence=FITTED,
                                    veto_rules=veto_rules)
    commitment = Commitment(kind="undertaking", who=Actor(text="The Clerk"), what="write to the Minister",
                            evidence_start=0, evidence_end=len(doc.text), utterance=0, rule="commit.will",
                            confidence=0.85)
    result = extractor._learned_confidence(doc, commitment)
    if expected is None:
        assert result is None
    else:
        assert result.confidence == expected and result.rule_confidence == 0.85


@pytest.mark.model
def test_shipped_model_was_fitted_on_train_meetings_scored_by_classifiers_that_never_saw_them():
    from pipeline.paths import REPO
    from pipeline.training.crossfit import folds_of

    model = make_commitment_confidence("models/commitment-confidence")
    split = json.loads((REPO / "annotations" / "split.json").read_text(encoding="utf-8"))
    fitted_on = set(model.info["fitted_on"])
    assert model.fitted and fitted_on <= set(split["train"])
    if "folds" in model.info:   # cross-fitted: each fold scored by a classifier trained on the other folds only
        folds = [set(f) for f in model.info["folds"]]
        assert set().union(*folds) == fitted_on and sum(map(len, folds)) == len(fitted_on)
        rebuilt = folds_of([type("Meeting", (), {"doc": d}) for d in fitted_on], len(folds))
        assert [{d.doc for d in f} for f in rebuilt] == folds   # the folds the rule makes, so they can be retrained
    else:   # fitted on the shipped classifier's calibration meetings
        classifier = json.loads((REPO / "models" / "act-classifier" / "training.json").read_text(encoding="utf-8"))
        assert not fitted_on & set(classifier["training_documents"])
    assert model.info["dev_brier_after"] < model.info["dev_brier_before"]
