"""`minutes evaluate` against the offset-JSONL gold, and the matching rules it relies on."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from pipeline.evaluation.gold_eval import speaker_matches
from pipeline.evaluation.quotes import Squashed, match_spans, same_actor, same_what

from conftest import REPO


def test_squashed_locates_quotes_across_wraps_and_emphasis():
    text = "The Director agreed to\nprovide a **written** response.\n\nNext."
    squashed = Squashed.of(text)
    start, end = squashed.locate("The Director agreed to provide a written response.")
    assert text[start:end] == "The Director agreed to\nprovide a **written** response."
    assert squashed.locate("nowhere in the text") is None


def test_matching_is_one_to_one_and_prefers_agreeing_actors():
    gold = [(0, 50), (0, 50)]
    pred = [(0, 50), (0, 50), (60, 90)]
    assert len(match_spans(gold, pred)) == 2
    assert match_spans([(0, 10)], [(20, 30)]) == []
    agree = lambda gi, pi: (gi, pi) in {(0, 1), (1, 0)}  # noqa: E731
    assert sorted(match_spans(gold, pred[:2], agree)) == [(0, 1), (1, 0)]


@pytest.mark.parametrize("gold,pred,ok", [
    ({"who_name": "Jacquie Burke"}, {"name": "Jacquie Burke", "text": "The Director", "role": None}, True),
    ({"who_name": "Jane Davies"}, {"name": None, "text": "Clerk", "role": "Clerk"}, False),
    ({"who_name": None, "who_text": None, "who_role": "Limerick City and County Council"},
     {"name": None, "text": None, "role": "Limerick City and County Council"}, True),
])
def test_same_actor(gold, pred, ok):
    assert same_actor(gold, pred) is ok


@pytest.mark.model
def test_evaluate_json_on_the_seed(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    name = "surrey--2020-12-children-improvement-update.jsonl"
    shutil.copy(REPO / "annotations" / "gold" / name, gold)
    (gold / "split.json").write_text(json.dumps({"train": [], "dev": ["surrey/2020-12-children-improvement-update.txt"]}))
    result = subprocess.run([sys.executable, "-m", "pipeline.cli", "evaluate", str(gold), "--json", "--include-drafts"],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    metrics = json.loads(result.stdout)
    for key in ("commitment_f1", "record_f1", "question_f1", "speaker_acc", "deadline_acc", "ner_role_f1"):
        assert key in metrics
    assert metrics["documents"] == 1
    assert metrics["question_f1"] == 1.0
    assert metrics["commitment_f1"] >= 0.9
    assert metrics["speaker_acc"] >= 0.9


def test_evaluate_refuses_an_empty_split(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(REPO / "annotations" / "gold" / "surrey--2020-12-children-improvement-update.jsonl", gold)
    (gold / "split.json").write_text(json.dumps({"train": ["surrey/2020-12-children-improvement-update.txt"], "dev": []}))
    result = subprocess.run([sys.executable, "-m", "pipeline.cli", "evaluate", str(gold), "--json", "--include-drafts"],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 2
    assert "no finished gold documents" in result.stderr


@pytest.mark.parametrize("gold,pred,ok", [
    ("provide a written response to Members regarding youth centres", "provide a written response to Members", True),
    ("revert to the Member", "revert to the Member on the matter", True),
    ("write to the Minister", "resurface the road", False),
    (None, "anything", True),
])
def test_same_what(gold, pred, ok):
    assert same_what(gold, pred) is ok


@pytest.mark.parametrize("gold,participant,right", [
    ({"speaker": "REPLY", "speaker_name": None}, None, True),
    ({"speaker": "RESPONSE", "speaker_name": None}, None, True),   # the heading as printed
    ({"speaker": "RESPONSE", "speaker_name": None}, {"name": "Cllr O'Brien", "kind": "member"}, False),
    ({"speaker": "REPLY", "speaker_name": None}, {"name": None, "role": "Senior Engineer", "kind": "officer"}, True),
    ({"speaker": "The Mayor", "speaker_name": "J. Smith"}, {"name": "Jane Smith", "kind": "chair"}, True),
    ({"speaker": "The Mayor", "speaker_name": None}, None, False),
    # the surname printed with a space after its prefix is the same surname
    ({"speaker": "He", "speaker_name": "K. O’Hanlon"}, {"name": "Kieran O’ Hanlon", "kind": "chair"}, True),
    ({"speaker": "He", "speaker_name": "K. O’Hanlon"}, {"name": "Kieran O’Brien", "kind": "chair"}, False),
])
def test_speaker_matches(gold, participant, right):
    from pipeline.evaluation.gold_eval import speaker_matches

    assert speaker_matches(gold, participant) is right


@pytest.mark.parametrize("gold, participant, right", [
    ({"speaker": "C.C.C.", "speaker_name": None}, {"name": "C.C.C", "role": None, "kind": "other"}, True),
    ({"speaker": "C.C.C.", "speaker_name": None}, {"name": "W.P.D", "role": None, "kind": "other"}, False),
    ({"speaker": "S.W.T.R.A.", "speaker_name": None}, {"name": None, "role": "S.W.T.R.A.", "kind": "other"}, True),
])
def test_a_body_named_by_initials_alone_is_matched_by_its_letters(gold, participant, right):
    assert speaker_matches(gold, participant) is right


def test_a_sentence_label_without_its_text_is_scored_from_the_documents_text(nlp):
    # the gold format makes a label's "text" optional (offsets are the truth): a speaker error still quotes it
    from pipeline.annotation.gold import parse_gold
    from pipeline.evaluation.gold_eval import evaluate_documents
    text = "Councillor Ann Lee asked whether the road would be paved."
    lines = [json.dumps({"type": "document", "doc": "t.txt", "text": text}),
             json.dumps({"type": "sentence", "start": 0, "end": len(text), "act": "question",
                         "speaker": "Councillor Tom Hart", "speaker_name": "Tom Hart"})]
    report = evaluate_documents([parse_gold(lines, "t.jsonl")], nlp)
    assert [e["quote"] for e in report.errors if e["type"] == "wrong_speaker"] == [text]


def test_a_speaker_given_where_gold_has_none_is_listed_as_spurious(nlp):
    from pipeline.annotation.gold import parse_gold
    from pipeline.evaluation.gold_eval import evaluate_documents
    text = "Councillor Ann Lee asked whether the road would be paved."
    lines = [json.dumps({"type": "document", "doc": "t.txt", "text": text}),
             json.dumps({"type": "sentence", "start": 0, "end": len(text), "act": "question",
                         "speaker": None, "speaker_name": None})]
    report = evaluate_documents([parse_gold(lines, "t.jsonl")], nlp)
    assert report.speakers_spurious == 1
    assert [(e["type"], e["quote"]) for e in report.errors if e["type"] == "spurious_speaker"] == [("spurious_speaker", text)]
