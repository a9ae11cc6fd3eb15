"""Speaker attribution and questions: a row per cue rule id, continuation, and negatives."""
from __future__ import annotations

import pytest

from pipeline.rulebook import load_rules

from helpers import record_for

pytestmark = pytest.mark.model

SPEAKERS = [
    ("The Director – Family Resilience and Safeguarding stated that the Service was coping well.",
     "The Director – Family Resilience and Safeguarding", "speaker.subject"),
    ("A Member asked whether the appointment of 40 newly qualified social workers was sufficient.", "A Member", "speaker.subject"),
    ("In response, Mr. Sheehan advised that the road would be resurfaced.", "Mr. Sheehan", "speaker.subject"),
    ("In response to a query from Councillor Scanlan, the Senior Engineer stated that the works were complete.",
     "the Senior Engineer", "speaker.subject"),
    ("In response to issues raised by the Members, the Director, Economic Development and Planning indicated that "
     "security would be reviewed.", "the Director, Economic Development and Planning", "speaker.subject_prefix"),
    ("In reply to queries and issues raised by the Members, the Director of Planning clarified the position.",
     "the Director of Planning", "speaker.subject"),
    ("In response to queries the City Librarian clarified the following.", "the City Librarian", "speaker.subject_prefix"),
    ("Councillor Kiely expressed her sympathies to the family.", "Councillor Kiely", "speaker.subject"),
    ("Councillor Teskey extended his condolences to the family.", "Councillor Teskey", "speaker.subject"),
    ("Members were advised by the Senior Engineer that the road would be closed.", "the Senior Engineer", "speaker.subject"),
    ("Josephine Cotter Coughlan informed the meeting that the officer had been appointed.", "Josephine Cotter Coughlan",
     "speaker.subject"),
]


@pytest.mark.parametrize("sentence,mention,rule", SPEAKERS)
def test_speaker_is_subject_of_reporting_verb(nlp, sentence, mention, rule):
    record = record_for(nlp, sentence)
    utt = next(u for u in record["utterances"] if record["text"][u["start"]:u["end"]] == sentence)
    speaker = next(p for p in record["participants"] if p["id"] == utt["speaker"])
    assert utt["speaker_rule"] == rule
    assert any(record["text"][s:e] == mention for s, e in speaker["mentions"])


@pytest.mark.parametrize("sentence", [
    "The report was noted.",
    "There was a view expressed by many Members that it be an iconic bridge.",
    "Clerk to respond.",
    "Members were advised to contact the executive in individual cases.",
])
def test_no_speaker(nlp, sentence):
    record = record_for(nlp, sentence)
    utt = next(u for u in record["utterances"] if record["text"][u["start"]:u["end"]] == sentence)
    assert utt["speaker"] is None


def test_continuation_keeps_speaker_within_point(nlp):
    body = ("The Director stated that demand had increased. The Service was increasing the use of family network meetings.\n\n"
            "2. Housing\n\nThe Service was increasing the use of family network meetings.")
    record = record_for(nlp, body)
    first, second, _, third = [u for u in record["utterances"] if u["item"]][-4:]
    assert second["speaker"] == first["speaker"] is not None
    assert second["speaker_rule"] == "speaker.continuation"
    assert third["speaker"] is None, "a new agenda item resets the speaker"


def test_title_resolves_to_latest_speaker_with_that_title(nlp):
    body = ("Witnesses:\n\nJacquie Burke, Director – Family Resilience and Safeguarding\n\nTina Benjamin, Director – Corporate Parenting\n\n"
            "Key points raised during the discussion:\n\n"
            "1. A Member asked whether the centres were used. The Director – Corporate Parenting stated that they were. "
            "The Director agreed to provide a written response to Members.")
    record = record_for(nlp, body, title="CHILDREN'S IMPROVEMENT UPDATE")
    (c,) = record["commitments"]
    assert c["who"]["name"] == "Tina Benjamin"


QUESTIONS = [
    ("question.will_ask", "“| will ask at the next Meeting for an update on the Oola wastewater treatment plant.”", None),
    ("question.asked_wh", "A Member asked whether the two Local Authorities used the same practice models.", "A Member"),
    ("question.queried", "Councillor Galvin queried the cost of the works.", "Councillor Galvin"),
    ("question.asked_for", "Councillor Galvin sought clarification on the timeframe for the works.", "Councillor Galvin"),
    ("question.sought_clarity", "The Cathaoirleach sought clarity on the funding.", "The Cathaoirleach"),
    ("question.question_mark", "Councillor Scanlan said: will the works be completed this year?", "Councillor Scanlan"),
    ("question.in_response_to_query",
     "In response to a query from Councillor Scanlan, the Senior Engineer stated that the works would be completed in May.",
     "Councillor Scanlan"),
    ("question.requested_that", "Members requested that a speed limit review be carried out at the National School.", "Members"),
    ("question.asked_someone", "Councillor Teefy asked the Acting Head of Finance to examine the funding.", "Councillor Teefy"),
    ("question.passive_request", "An update was sought on the Newcastle West Integrated Movement Plan.", None),
    ("question.clarified_in_response", "The following points were clarified in response to queries raised by Members:", "Members"),
    ("question.member_request", "Members requested a map showing the Municipal District boundary.", "Members"),
    ("question.raised_issue", "Councillor Keary raised issues in relation to the unauthorised use of a property.", "Councillor Keary"),
]


def test_every_question_cue_has_a_row():
    assert {row["id"] for row in load_rules("question_cues")} == {rule for rule, _, _ in QUESTIONS}


@pytest.mark.parametrize("rule,sentence,asker", QUESTIONS, ids=[q[0] for q in QUESTIONS])
def test_question_found_with_asker(nlp, rule, sentence, asker):
    record = record_for(nlp, sentence)
    (question,) = record["questions"]
    assert question["rule"] == rule
    assert question["asked_by_text"] == asker


@pytest.mark.parametrize("sentence", [
    "The Service was grateful to Members for approving an enhanced salary offer.",
    "The TII have requested a detailed breakdown of funding which is currently being prepared.",
    "In proposing the Motion, Councillor Collins asked that the Council provide Public Wi-Fi access.",
    "Circulated, Report of the Staff Officer which noted that a snag list had been requested.",
    "Irish Cement was requested to submit further information in respect of their planning application.",
    "The Director stated that the question of funding was a matter for the Department.",
])
def test_not_a_question(nlp, sentence):
    assert record_for(nlp, sentence)["questions"] == []


def test_answers_follow_question_until_next_question(nlp):
    body = ("OFFICIALS IN ATTENDANCE:\n\nSenior Engineer (Mr. H. McGrath).\n\n2. Roads\n\n"
            "Councillor Galvin asked whether the road would be resurfaced. The Senior Engineer stated that it would be "
            "resurfaced in 2019. Councillor Foley queried the drainage works.")
    record = record_for(nlp, body, title="1. Attendance")
    first, second = record["questions"]
    people = {p["id"]: p for p in record["participants"]}
    assert [people[p]["name"] for p in first["answered_by"]] == ["H. McGrath"]
    assert len(first["answers"]) == 1
    assert second["answers"] == []


def test_a_written_question_and_a_motion_are_their_submitters(nlp):
    body = ("1. Question submitted by Councillor J. Scanlan\n\nI will ask at the next Meeting for a list of vacant "
            "properties.\n\nREPLY: A list will be circulated.\n\n"
            "2. Notice of Motion submitted by Councillor L. Galvin\n\n\u201cI will move at the next Meeting that the "
            "Council write to the Minister.\u201d")
    record = record_for(nlp, body)
    people = {p["id"]: p for p in record["participants"]}
    by_text = {record["text"][u["start"]:u["end"]]: u for u in record["utterances"]}
    question = next(u for t, u in by_text.items() if t.startswith("I will ask"))
    motion = next(u for t, u in by_text.items() if "I will move" in t)
    assert "Scanlan" in people[question["speaker"]]["name"] and question["speaker_rule"] == "speaker.submitted_by"
    assert "Galvin" in people[motion["speaker"]]["name"] and motion["speaker_rule"] == "speaker.submitted_by"
