"""The seed document end to end: what issue 2's 'done when' promises a user of `make demo`."""
from __future__ import annotations

import pytest

from pipeline.records import validate_record

pytestmark = pytest.mark.model


def _commitments_quoting(record, needle):
    return [c for c in record["commitments"] if needle in c["evidence"]["quote"]]


def test_seed_record_is_valid(seed_record):
    validate_record(seed_record)


def test_written_response_undertaking_in_discussion(seed_record):
    found = _commitments_quoting(seed_record, "The Director agreed to provide a written response to Members")
    assert len(found) == 1
    c = found[0]
    assert c["kind"] == "undertaking"
    assert c["who"]["name"] == "Jacquie Burke"
    assert c["what"].startswith("provide a written response")
    assert c["to_whom"] == "Members"


def test_written_response_action_entry(seed_record):
    found = _commitments_quoting(seed_record, "to provide the Select Committee with a written response")
    assert len(found) == 1
    c = found[0]
    assert c["kind"] == "action"
    assert c["who"]["name"] == "Jacquie Burke"
    assert c["who"]["text"].startswith("The Director – Family Resilience and Safeguarding")
    assert c["evidence"]["quote"].startswith("The Director – Family Resilience and Safeguarding to provide")


@pytest.mark.parametrize("needle", [
    "provide a further update on the Children’s Improvement Programme",
    "report on the Youth Offending Service to the Children, Families",
])
def test_recommendations_due_july_2021(seed_record, needle):
    found = _commitments_quoting(seed_record, needle)
    assert len(found) == 1
    c = found[0]
    assert c["kind"] == "recommendation"
    assert c["deadline"]["date"] == "2021-07-31"
    assert "Select Committee" in c["to_whom"]
    assert "Directorate" in c["who"]["text"]


def test_agreement_to_report_on_youth_offending(seed_record):
    found = _commitments_quoting(seed_record, "The Director agreed that the Directorate should report the improvements")
    assert len(found) == 1
    assert found[0]["who"]["name"] == "Jacquie Burke"
    assert found[0]["deadline"]["date"] == "2021-07-31"


@pytest.mark.parametrize("decoy", [
    "would hopefully be seen in January/February 2021",
    "The Service was committed to improving the outcomes for adolescents",
    "The Helping Families Early Strategy aimed to",
    "A discussion needed to take place",
    "They were now included",
])
def test_decoys_are_not_commitments(seed_record, decoy):
    assert _commitments_quoting(seed_record, decoy) == []


SEED_QUESTIONS = [
    ("The Vice-Chairman asked whether Children’s Services were adequately resourced", "The Vice-Chairman"),
    ("The Vice-Chairman noted the increased caseloads", "The Vice-Chairman"),
    ("A Member stated that there was a high number of agency workers", "A Member"),
    ("A Member asked whether the appointment of 40 newly qualified social workers", "A Member"),
    ("A Member noted that Essex County Council", "A Member"),
    ("A Member queried why re-referrals", "A Member"),
    ("A Member noted that much of the inadequate practice", "A Member"),
    ("A Member asked whether officers expected frontline social work practice", "A Member"),
    ("The Chairman referred to areas needing improvement", "The Chairman"),
    ("A Member noted that their local youth centre", "A Member"),
]


@pytest.mark.parametrize("start,asker", SEED_QUESTIONS)
def test_every_seed_question_has_asker_and_answerer(seed_record, start, asker):
    text = seed_record["text"]
    utterances = {u["id"]: u for u in seed_record["utterances"]}
    people = {p["id"]: p for p in seed_record["participants"]}
    found = [q for q in seed_record["questions"]
             if text[utterances[q["utterance"]]["start"]:utterances[q["utterance"]]["end"]].startswith(start)]
    assert len(found) == 1, start
    q = found[0]
    assert q["asked_by_text"] == asker
    assert q["answered_by"], "no answerer"
    assert "Jacquie Burke" in {people[p]["name"] for p in q["answered_by"]}


def test_seed_has_no_extra_questions(seed_record):
    assert len(seed_record["questions"]) == len(SEED_QUESTIONS)


def test_seed_witnesses_are_participants(seed_record):
    people = {(p["name"], p["kind"]) for p in seed_record["participants"]}
    assert ("Jacquie Burke", "officer") in people
    assert ("Mary Lewis", "cabinet_member") in people
    assert ("Tina Benjamin", "officer") in people
