"""Tests for pipeline.structure.sections: items, points, typed blocks and owner lines.

Inputs are written in the normalised form produced by pipeline.ingest.read_document, with
phrasing copied from TRAIN-split files (Surrey seed, Limerick markdown, MSCC PDFs).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.errors import MinutesError
from pipeline.structure.sections import (
    BLOCK_KINDS,
    RULES_PATH,
    DocumentStructure,
    SectionRulesError,
    analyse_structure,
    load_rules,
    owner_lines,
)

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
SEED = CORPUS / "surrey" / "2020-12-children-improvement-update.txt"


def blocks_of(s: DocumentStructure, rule: str) -> list:
    return [b for b in s.blocks if b.rule == rule]


def block_text(text: str, rule: str) -> str:
    s = analyse_structure(text)
    found = blocks_of(s, rule)
    assert found, f"no block from {rule}: {s.blocks}"
    return text[found[0].start : found[0].end]


# ---------------------------------------------------------------------- hand-written inputs
LIMERICK_QUESTION = (
    "QUESTIONS\n\n"
    "7. Question submitted by Councillor L. Galvin\n\n"
    "I will ask at the next Meeting (a) how many housing applicants are currently on a "
    "waiting list for Abbeyfeale\n\n"
    "(b) how many apartments are/were available to let at Mountmahon, Abbeyfeale\n\n"
    "REPLY:\n\n"
    "The following are the answers to the questions as outlined above:\n\n"
    "a)There are currently 91 approved applicants on the Housing Waiting List for Abbeyfeale.\n\n"
    "b)There were 10 leased 2 Bed apartments available for letting in Mountmahon, Abbeyfeale.\n\n"
    "8. Question submitted by Councillor J. Scanlan\n\n"
    "I will ask at the next Meeting when works to the footpath at Feohanagh village will take place.\n\n"
    "REPLY:\n\n"
    "The above mentioned works will be completed by the end of January 2020.\n"
)

LIMERICK_MOTION = (
    "NOTICES OF MOTION\n\n"
    "6.Notice of Motion submitted by Councillor Carey\n\n"
    "“I will move at the next meeting of the Cappamore/Kilmallock Municipal District that the "
    "unfinished development of 7 apartments at Wolfe Tone Street, Kilmallock be sold.”\n\n"
    "It was noted that a Notice of Motion relating to these apartments was submitted in 2021.\n\n"
    "Reply:\n\n"
    "The Council will contact Cllrs Carey and Donegan before the June Meeting.\n\n"
    "Proposed: Councillor Carey\n\n"
    "Seconded: Councillor Donegan\n\n"
    "7. Any other Business\n\n"
    "Votes of Sympathy\n\n"
    "The Elected Members wished to express their sympathy to the family of Paddy Hourigan.\n\n"
    "Next Meeting\n\n"
    "The date for the next meeting was agreed as Thursday 16th June at 3pm.\n\n"
    "Signed: ______\n"
)

LIMERICK_RESOLVED = (
    "PRESENT IN THE CHAIR:\n\n"
    "Councillor J. Sheahan, Cathaoirleach.\n\n"
    "MEMBERS PRESENT:\n\n"
    "Councillors Browne, Foley, Scanlan, Collins and Galvin.\n\n"
    "OFFICIALS IN ATTENDANCE:\n\n"
    "Director, Service Operations (Mr. G. Daly), Meetings Administrator (Ms. M. Corbett).\n\n"
    "At the outset of the Meeting, the Cathaoirleach welcomed everyone.\n\n"
    "1. Adoption of Minutes\n\n"
    "(a)\n\n"
    "Circulated, copy of draft Minutes of Meeting held on 15th June, 2018.\n\n"
    "Proposed by: Councillor Foley\n\n"
    "Seconded by: Councillor Collins\n\n"
    "And Resolved:\n\n"
    "“That, the draft Minutes, as circulated, be taken as read and adopted and signed”.\n\n"
    "The Members again requested that Irish Water be invited to a future Meeting.\n\n"
    "2. Physical Development Directorate\n\n"
    "The Executive Engineer gave a presentation to Members.\n"
)

MSCC = (
    "PRESENT\n"
    "Councillors Alun Davies, Jill Davies, Gwenfil Evans and County Councillor Joseph Davies.\n\n"
    "P.C.S.O. Louise Lewis joined the meeting and advised that speed checks would continue.\n\n"
    "1. WELCOME AND APOLOGIES\n"
    "Cllr. P. Harries took the Chair and welcomed everyone to the meeting. Apologies received "
    "from Councillor William Loynton.\n\n"
    "2. TO CONFIRM THE MINUTES OF THE LAST MEETING\n"
    "It was proposed by Cllr. D. Jenkins, seconded by Cllr. H. Gwynne and unanimously agreed, "
    "that the minutes of the last meeting were correct.\n"
    "Signed by the Chair\n\n"
    "4. MATTERS ARISING\n"
    "4.12i) The Clerk advised that an invoice had been received: Clerk to arrange payment.\n"
    "Clerk\n"
    "11. The Clerk thanked Cllr. Alun Davies for clearing around the monument; further enquiries "
    "to be made.\n"
    "Cllr. O. Williams/Clerk\n"
    "13ii) Cllr. Arwel Davies advised that no further grass cutting was required at Dolau Tywi.\n\n"
    "5. CORRESPONDENCE\n"
    "i) Lloyds Bank Statement dated 01/03/2016, Sheet No 78, Credit Balance £11,346.73\n"
    "Noted\n"
    "ii) Letters requesting financial support had been received. It was agreed that these be "
    "considered next February.\n"
    "Feb\n"
    "iii) Dyfed Powys Police, survey on policing and crime in rural areas.\n"
    "All\n"
    "iv) Cllr. P. Harries was translating the text and this work was ongoing.\n"
    "Cllr. P. Harries\n\n"
    "8. PLANNING\n"
    "It was resolved that the following observation be forwarded to the Planning Department.\n\n"
    "10. ACCOUNTS FOR PAYMENT\n"
    "i) One Voice Wales, Renewal of Membership 2016-17, Chq No 1166\n"
    "£205.00\n"
)

SURREY_LIKE = (
    "Agenda item\n\n"
    "CHILDREN'S IMPROVEMENT UPDATE\n\n"
    "Witnesses:\n\n"
    "Jacquie Burke, Director – Family Resilience and Safeguarding\n\n"
    "Key points raised during the discussion:\n\n"
    "1. A Member asked whether the appointment was sufficient. The Director stated that it was.\n\n"
    "RESOLVED:\n\n"
    "1. That the Directorate provide a further update to the Select Committee in July 2021.\n\n"
    "Action:\n\n"
    "i. The Director to provide the Select Committee with a written response.\n\n"
    "Supporting documents:\n"
)

MISC = (
    "Present:\n"
    "Councillors Scanlan, (Chairperson), Collins (J), Daly.\n\n"
    "Apologies:\n"
    "Councillors McMahon, Teefy.\n\n"
    "Item 1: Minutes of Environment SPC Meeting held on 26th February 2018\n\n"
    "The Minutes were proposed by Cllr. Collins (J) and unanimously adopted.\n\n"
    "Item 2: Motions\n\n"
    "Motion:\n\n"
    "I will move that the Council write to the Minister. In proposing the Motion, Cllr. Daly "
    "referred to the cost.\n\n"
    "Agus an Cinneadh:\n\n"
    "“Go nglacfaí leis an Rún.”\n\n"
    "RESOLVED that the Council write to the Minister for Housing.\n\n"
    "Recommendation No. 1:\n\n"
    "That the report be circulated.\n\n"
    "ACTIONS\n\n"
    "Clerk to write to Mrs Phillips.\n\n"
    "Planning Authority Response:\n\n"
    "The matter is under review.\n\n"
    "Summary of discussion:\n\n"
    "Members discussed the report.\n\n"
    "3.\n\n"
    "Date of Next Meeting\n\n"
    "The next meeting will be held on 5th July.\n"
)


def _check_item(text: str, number: str | None, title: str) -> Callable[[], bool]:
    def check() -> bool:
        s = analyse_structure(text)
        return any(i.number == number and i.title == title for i in s.items)

    return check


def _check_point(text: str, label: str) -> Callable[[], bool]:
    return lambda: label in [p.label for p in analyse_structure(text).points]


def _check_block(text: str, rule: str, *snippets: str) -> Callable[[], bool]:
    def check() -> bool:
        covered = block_text(text, rule)
        return all(snippet in covered for snippet in snippets)

    return check


def _check_block_lacks(text: str, rule: str, snippet: str) -> Callable[[], bool]:
    return lambda: snippet not in block_text(text, rule)


def _check_owner(text: str, owner: str) -> Callable[[], bool]:
    return lambda: owner in [o[2] for o in owner_lines(text, 0, len(text))]


def _check_not_owner(text: str, cell: str) -> Callable[[], bool]:
    return lambda: cell not in [o[2] for o in owner_lines(text, 0, len(text))]


def _check_numbered_sentence_is_point() -> bool:
    s = analyse_structure(
        "4. MATTERS ARISING\n11. The Clerk thanked Cllr. Alun Davies for clearing the monument.\n"
    )
    return [i.number for i in s.items] == ["4"] and [p.label for p in s.points] == ["11"]


def _check_that_clause_is_point() -> bool:
    s = analyse_structure("Recommendations:\n\n1. That the report be noted.\n")
    return not s.items and [p.label for p in s.points] == ["1"]


def _check_lead_in_is_point() -> bool:
    s = analyse_structure("1. Economic Development\n\nCllr. Novak proposed the following amendments:\n\n"
                          "1. Amend Strategic Policy as follows:\n\nTo promote walking.\n\n"
                          "2. Amend Objective TM O1 as follows:\n\nFacilitate the strategy.\n")
    return [i.number for i in s.items] == ["1"]


def _check_interrogative_is_point() -> bool:
    if [i.number for i in analyse_structure("3. What the New Development Plan Means for Kilmallock\n\nText.\n").items] != ["3"]:
        return False   # a wh-word without its auxiliary is a title
    s = analyse_structure("4. Roads\n\nQuestion submitted by Councillor E. O'Brien\n\n5. What is the position on the estate.\n\n"
                          "REPLY The estate was inspected.\n\n6. Can the Council install road markings at the school.\n\n"
                          "REPLY\n\nThe markings will be installed.\n")
    return [i.number for i in s.items] == ["4"] and [p.label for p in s.points] == ["5", "6"]


def test_a_reply_ends_at_the_next_written_question():
    body = ("4. Roads\n\nQuestion submitted by Councillor E. O'Brien\n\n5. What is the position on the estate.\n\n"
            "REPLY An inspection was carried out. A snag list was issued.\n\n"
            "6. Has the Council addressed the concerns over the leachate.\n\nREPLY\n\nLeachate was transported.\n")
    replies = [b for b in analyse_structure(body).blocks if b.kind == "reply"]
    assert len(replies) == 2   # the heading run into the reply's first line is a reply too
    first = replies[0]
    assert body[first.start:first.end] == "REPLY An inspection was carried out. A snag list was issued."


def test_a_reply_keeps_its_own_numbered_paragraphs():
    body = ("4. Roads\n\nQuestion submitted by Councillor E. O'Brien\n\n5. What is the position on the estate.\n\n"
            "REPLY:\n\n1. When funding is approved, the works will commence.\n\n2. How the works are phased depends on "
            "the contractor.\n")
    (reply,) = [b for b in analyse_structure(body).blocks if b.kind == "reply"]
    assert body[reply.start:reply.end].endswith("depends on the contractor.")


def _check_strong_title_out_of_sequence() -> bool:
    text = (
        "3. Physical Development Directorate\n\nText.\n\n13. Physical Development Directorate\n\n"
        "Text.\n\n4. General Municipal Allocation (GMA)\n\nText.\n\n"
        "9. Question submitted by Councillor L. Galvin\n\nI will ask at the next Meeting.\n\n"
        "REPLY:\n\nFigures:\n\n1. Castlemahon\n\n2. Glin\n\n"
        "5. NOTICES AND ANY OTHER BUSINESS\n\nText.\n"
    )
    numbers = [i.number for i in analyse_structure(text).items]
    # "13" taken early, then "4" resumes the run; "1. Castlemahon" in a reply is not an item;
    # an all-caps title is accepted even out of sequence.
    return numbers == ["3", "13", "4", "9", "5"]


def _check_reply_ends_at_proposed() -> bool:
    covered = block_text(LIMERICK_MOTION, "block.reply")
    return covered.endswith("before the June Meeting.") and "Proposed" not in covered


RULE_CASES: list[tuple[str, Callable[[], bool]]] = [
    ("item.numbered", _check_item(LIMERICK_RESOLVED, "1", "Adoption of Minutes")),
    ("item.number_only", _check_item(MISC, "3", "Date of Next Meeting")),
    ("item.item_colon", _check_item(MISC, "1", "Minutes of Environment SPC Meeting held on 26th February 2018")),
    ("item.item_only", _check_item("Item 1\n\nAdoption of Minutes\n\nText.\n\nItem 2\n\nTo receive a presentation from "
                                   "the Land Development Agency\n\nText.\n", "2",
                                   "To receive a presentation from the Land Development Agency")),
    ("item.agenda_item", _check_item(SURREY_LIKE, None, "CHILDREN'S IMPROVEMENT UPDATE")),
    ("item.not_title.finite_verb", _check_numbered_sentence_is_point),
    ("item.not_title.that_clause", _check_that_clause_is_point),
    ("item.not_title.lead_in", _check_lead_in_is_point),
    ("item.not_title.interrogative", _check_interrogative_is_point),
    ("item.strong_title", _check_strong_title_out_of_sequence),
    ("point.arabic", _check_point(SURREY_LIKE, "1")),
    ("point.roman_dot", _check_point(SURREY_LIKE, "i")),
    ("point.numbered_roman_paren", _check_point(MSCC, "4.12i")),
    ("point.letter_paren", _check_point(LIMERICK_RESOLVED, "(a)")),
    ("point.letter_close_paren", _check_point(LIMERICK_QUESTION, "a")),
    ("point.resolution_number", _check_point("4. Reports\n\nThe CAO advised that a report would follow.\n\n"
                                             "Resolution No. 2018-120\nMoved by: Councillor Hart\n"
                                             "That Council approves the purchase.\nCarried\n", "2018-120")),
    ("block.attendance", _check_block(LIMERICK_RESOLVED, "block.attendance", "Councillor J. Sheahan")),
    ("block.apologies", _check_block(MISC, "block.apologies", "McMahon, Teefy")),
    ("block.apologies_received", _check_block(MSCC, "block.apologies_received", "William Loynton")),
    ("block.discussion", _check_block(SURREY_LIKE, "block.discussion", "1. A Member asked")),
    ("block.recommendations", _check_block(MISC, "block.recommendations", "That the report be circulated.")),
    ("block.recommendations.resolved_caps", _check_block(SURREY_LIKE, "block.recommendations.resolved_caps", "1. That the Directorate")),
    ("block.actions", _check_block(SURREY_LIKE, "block.actions", "i. The Director to provide")),
    ("block.resolved", _check_block(LIMERICK_RESOLVED, "block.resolved", "And Resolved:", "adopted and signed”.")),
    ("block.resolved_irish", _check_block(MISC, "block.resolved_irish", "“Go nglacfaí leis an Rún.”")),
    ("block.resolved_inline", _check_block(MISC, "block.resolved_inline", "RESOLVED that the Council write")),
    ("block.reply", _check_block(LIMERICK_QUESTION, "block.reply", "REPLY:", "91 approved applicants")),
    ("block.motion_heading", _check_block(MISC, "block.motion_heading", "write to the Minister.")),
    ("block.next_meeting", _check_block(LIMERICK_MOTION, "block.next_meeting", "Thursday 16th June")),
    ("block.other.group_heading", _check_block(LIMERICK_QUESTION, "block.other.group_heading", "QUESTIONS")),
    ("block.other.sympathy", _check_block(LIMERICK_MOTION, "block.other.sympathy", "Paddy Hourigan")),
    ("block.other.closing", _check_block(SURREY_LIKE, "block.other.closing", "Supporting documents:")),
    ("block.boundary.proposed_seconded", _check_reply_ends_at_proposed),
    ("block.motion_end", _check_block_lacks(MISC, "block.motion_heading", "In proposing")),
    ("title.written_question", _check_block(LIMERICK_QUESTION, "title.written_question", "(b) how many apartments")),
    ("title.motion", _check_block(LIMERICK_MOTION, "title.motion", "be sold.”")),
    ("title.next_meeting", _check_block(MISC, "title.next_meeting", "5th July")),
    ("title.apologies", _check_block("1. Apologies\n\nCouncillor Teefy.\n\n2. Minutes\n\nNoted.\n", "title.apologies", "Councillor Teefy.")),
    ("owner.cell", _check_owner(MSCC, "Cllr. O. Williams/Clerk")),
    ("owner.not.non_owner_cell", _check_not_owner(MSCC, "Noted")),
    ("owner.not.amount", _check_not_owner(MSCC, "£205.00")),
]


@pytest.mark.parametrize(("rule_id", "check"), RULE_CASES, ids=[c[0] for c in RULE_CASES])
def test_rule_table(rule_id: str, check: Callable[[], bool]) -> None:
    assert check(), rule_id


def test_every_rule_has_a_table_row() -> None:
    ids = {r.id for r in load_rules()}
    assert ids == {c[0] for c in RULE_CASES}


def test_rules_file_is_valid_jsonl_with_unique_ids() -> None:
    rows = [json.loads(line) for line in RULES_PATH.read_text(encoding="utf-8").splitlines() if line]
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(r["kind"] not in BLOCK_KINDS or "extent" in r for r in rows)


def test_bad_rules_file_raises_specific_error(tmp_path: Path) -> None:
    bad = tmp_path / "rules.jsonl"
    bad.write_text('{"id": "x", "kind": "reply", "scope": "line", "pattern": "("}\n', encoding="utf-8")
    with pytest.raises(SectionRulesError):
        load_rules(bad)
    with pytest.raises(MinutesError):
        load_rules(tmp_path / "missing.jsonl")


# ------------------------------------------------------------------------------- negatives
@pytest.mark.parametrize(
    "text",
    [
        "2. Housing\n\nIn reply, the Director stated that the works would be done.\n",
        "2. Housing\n\nThe Director said his reply: would follow.\n",
        "2. Housing\n\nResponse times were discussed by Members at length.\n",
    ],
)
def test_reply_inside_a_sentence_is_not_a_heading(text: str) -> None:
    assert not [b for b in analyse_structure(text).blocks if b.kind == "reply"]


@pytest.mark.parametrize(
    "cell",
    [
        "Clerk to write to Mrs Phillips",
        "Noted",
        "Signed by the Chair",
        "£205.00",
        "3,901.53",
        "Feb",
        "No Observations",
    ],
)
def test_not_owner_lines(cell: str) -> None:
    text = f"i) Letter received from the Planning Inspectorate.\n{cell}\n"
    assert owner_lines(text, 0, len(text)) == []


def test_owner_line_must_follow_its_paragraph() -> None:
    text = "i) Invoice received.\n\nClerk\n"  # a blank line between: not a right-hand cell
    assert owner_lines(text, 0, len(text)) == []


def test_owner_lines_respect_the_range_and_offsets() -> None:
    found = owner_lines(MSCC, 0, len(MSCC))
    assert [o[2] for o in found] == ["Clerk", "Cllr. O. Williams/Clerk", "All", "Cllr. P. Harries"]
    for start, end, cell in found:
        assert MSCC[start:end] == cell
    s = analyse_structure(MSCC)
    item5 = next(i for i in s.items if i.number == "5")
    assert [o[2] for o in owner_lines(MSCC, item5.start, item5.end)] == ["All", "Cllr. P. Harries"]


def test_numbered_full_sentence_is_a_point_not_an_item() -> None:
    s = analyse_structure(MSCC)
    assert [i.number for i in s.items] == ["1", "2", "4", "5", "8", "10"]
    assert "11" in [p.label for p in s.points]
    assert s.item_at(MSCC.index("11. The Clerk")).number == "4"


# ------------------------------------------------------------------------ documents
def test_limerick_question_items_with_reply() -> None:
    text = LIMERICK_QUESTION
    s = analyse_structure(text)
    assert [(i.number, i.title) for i in s.items] == [
        ("7", "Question submitted by Councillor L. Galvin"),
        ("8", "Question submitted by Councillor J. Scanlan"),
    ]
    questions = [b for b in s.blocks if b.kind == "written_question"]
    replies = [b for b in s.blocks if b.kind == "reply"]
    assert len(questions) == 2 and len(replies) == 2
    q7 = text[questions[0].start : questions[0].end]
    assert q7.startswith("I will ask at the next Meeting (a)") and "REPLY" not in q7
    r7 = text[replies[0].start : replies[0].end]
    assert r7.startswith("REPLY:") and r7.endswith("Mountmahon, Abbeyfeale.")
    assert replies[0].heading == "REPLY:"
    offset = text.index("91 approved")
    assert [b.kind for b in s.blocks_at(offset)] == ["reply"]
    assert s.point_at(offset).label == "a"
    assert s.item_at(offset).id == "i1"
    assert s.item_at(0) is None


@pytest.mark.parametrize("cue", ["Reply:", "REPLY:", "Response:"])
def test_a_reply_cue_run_onto_the_questions_line_ends_the_question(cue: str) -> None:
    text = ("12. Question submitted by Councillor Donegan\n\nI will ask at the next meeting when the new public "
            f"lights in Bruff will be turned on. {cue}\n\nThe Council has applied to the ESB for a connection.\n\n"
            "13. Expressions of Sympathy\n\nThe Members expressed sympathy.\n")
    s = analyse_structure(text)
    (question,) = [b for b in s.blocks if b.kind == "written_question"]
    assert text[question.start:question.end].endswith("turned on.")
    (reply,) = [b for b in s.blocks if b.kind == "reply"]
    assert text[reply.start:reply.end] == f"{cue}\n\nThe Council has applied to the ESB for a connection."


def test_a_reply_word_ending_a_sentence_without_a_colon_is_not_a_cue() -> None:
    text = ("12. Question submitted by Councillor Donegan\n\nI will ask when the lights will be on. Reply\n\n"
            "More text follows here.\n")
    assert not [b for b in analyse_structure(text).blocks if b.kind == "reply"]


def test_a_question_without_a_reply_is_its_own_paragraph() -> None:
    # with no REPLY the discussion after the question is the meeting's, not the question's
    text = ("6. Question submitted by Councillor K. Sheahan\n\nI will ask at the next Meeting that staff attend the "
            "meeting of the 7th of July.\n\nCouncillor Sheahan informed the Officer of the problem. The Officer agreed to "
            "follow up on this matter.\n\n7. A.O.B.\n\nNone.\n")
    (question,) = [b for b in analyse_structure(text).blocks if b.kind == "written_question"]
    assert text[question.start:question.end] == "I will ask at the next Meeting that staff attend the meeting of the 7th of July."


def test_a_question_without_a_reply_keeps_its_lettered_lines() -> None:
    text = ("6. Question submitted by Councillor K. Sheahan\n\nI will ask at the next Meeting for the following:\n"
            "(a) the number of vacant houses;\n(b) the cost of repairs.\n\nThe Director noted the question.\n\n"
            "7. A.O.B.\n\nNone.\n")
    (question,) = [b for b in analyse_structure(text).blocks if b.kind == "written_question"]
    assert text[question.start:question.end].endswith("(b) the cost of repairs.")


def test_notice_of_motion_item() -> None:
    text = LIMERICK_MOTION
    s = analyse_structure(text)
    assert [(i.number, i.title) for i in s.items] == [
        ("6", "Notice of Motion submitted by Councillor Carey"),
        ("7", "Any other Business"),
    ]
    motion = next(b for b in s.blocks if b.kind == "motion")
    assert text[motion.start : motion.end].startswith("“I will move at the next meeting")
    assert text[motion.start : motion.end].endswith("be sold.”")
    assert motion.end <= text.index("It was noted")


def test_and_resolved_resolution() -> None:
    text = LIMERICK_RESOLVED
    s = analyse_structure(text)
    resolved = next(b for b in s.blocks if b.kind == "resolved")
    assert resolved.heading == "And Resolved:"
    assert text[resolved.start : resolved.end] == (
        "And Resolved:\n\n“That, the draft Minutes, as circulated, be taken as read and adopted and signed”."
    )
    # The resolution stays inside point (a) of item 1: Proposed/Seconded do not end a point.
    point = s.point_at(text.index("“That, the draft"))
    assert point is not None and point.label == "(a)"
    attendance = [b for b in s.blocks if b.kind == "attendance"]
    assert len(attendance) == 3
    assert all(b.end <= text.index("At the outset") for b in attendance)


def test_mscc_inline_resolution_and_apologies() -> None:
    s = analyse_structure(MSCC)
    kinds = {b.kind for b in s.blocks}
    assert {"attendance", "apologies", "resolved"} <= kinds
    attendance = next(b for b in s.blocks if b.kind == "attendance")
    assert "P.C.S.O." not in MSCC[attendance.start : attendance.end]


def test_invalid_offsets_are_outside_everything() -> None:
    s = analyse_structure(LIMERICK_QUESTION)
    assert s.item_at(-1) is None and s.point_at(10**9) is None and s.blocks_at(10**9) == []


def test_empty_text() -> None:
    s = analyse_structure("")
    assert s.items == [] and s.points == [] and s.blocks == []


@pytest.mark.skipif(not SEED.exists(), reason="seed document not available")
def test_seed_document() -> None:
    ingest = pytest.importorskip("pipeline.ingest")
    text = ingest.read_document(SEED).text
    s = analyse_structure(text)
    assert len(s.items) == 1
    item = s.items[0]
    assert item.number is None and item.title == "CHILDREN'S IMPROVEMENT UPDATE"

    discussion = next(b for b in s.blocks if b.kind == "discussion")
    assert discussion.heading == "Key points raised during the discussion:"
    in_discussion = [p for p in s.points if discussion.start <= p.start < discussion.end]
    assert len(in_discussion) == 14 and {p.label for p in in_discussion} == {"1"}
    assert all(p.end <= discussion.end for p in in_discussion)

    recs = next(b for b in s.blocks if b.kind == "recommendations")
    rec_points = [p for p in s.points if recs.start <= p.start < recs.end]
    assert len(rec_points) == 2
    assert all(text[p.start : p.end].startswith("1. That the ") for p in rec_points)

    actions = next(b for b in s.blocks if b.kind == "actions")
    covered = text[actions.start : actions.end]
    assert "i. The Director – Family Resilience and Safeguarding to provide" in covered
    offset = text.index("to provide the Select Committee with a written response")
    assert [b.kind for b in s.blocks_at(offset)] == ["actions"]
    assert s.point_at(offset).label == "i"

    witnesses = next(b for b in s.blocks if b.kind == "attendance")
    assert "Mark Mapstone" in text[witnesses.start : witnesses.end]
    # Speaker continuity: the point holding the agreement is the one holding the suggestion.
    agreed = text.index("The Director agreed that the Directorate should report")
    suggested = text.index("suggested that the Directorate report")
    assert s.point_at(agreed) == s.point_at(suggested)


def test_owner_in_last_table_cell() -> None:
    """Web-page minutes put the owner in a table column; ingest joins cells with ' | '."""
    text = "5. Footpaths\n\nThe stile at Salem to be repaired before the summer. | Cllr. P. Harries\nNoted item | Noted\n"
    owners = owner_lines(text, 0, len(text))
    assert [o[2] for o in owners] == ["Cllr. P. Harries"]
    start, end, _ = owners[0]
    assert text[start:end] == "Cllr. P. Harries"


def test_labelled_action_owner_line() -> None:
    text = "7. Lighting\n\nThe faulty light at Salem to be reported to C.C.C.\nAction: Clerk\n"
    owners = owner_lines(text, 0, len(text))
    assert [o[2] for o in owners] == ["Clerk"]
    assert text[owners[0][0]:owners[0][1]] == "Clerk"


def test_item_headings_named_item_stand_out_of_order() -> None:
    """SPC agendas are re-ordered in the meeting ("It was agreed to take Item 7 next"): a heading
    that says "Item" is an item wherever its number falls; a bare "5." out of order still is not."""
    text = ("Item 1: Minutes\n\nAdopted.\n\nItem 2: Matters Arising\n\nIt was agreed to take Item 7 next.\n\n"
            "Item 7: Notice of Motion submitted by Cllr. J Sheahan\n\nThe motion was proposed.\n\n"
            "Item 5: Report from the Homeless Action Team\n\nS McNamara updated members.\n\n"
            "Item 4: Review of the Traveller Accommodation Programme\n\nText.\n\n"
            "2. Castlemahon\n\nText.\n")
    assert [i.number for i in analyse_structure(text).items] == ["1", "2", "7", "5", "4"]
    recap = "Item 1: Minutes\n\nAdopted.\n\nItem 2: Matters Arising\n\nItem 1: adopted as read\n\nText.\n"
    assert [i.number for i in analyse_structure(recap).items] == ["1", "2"]


def test_a_numbered_list_inside_item_headings_is_no_item() -> None:
    """Minutes with "Item 1:", "Item 2:" headings number their lists ("as follows:\n\n1. Covid-19\n\n2. ..."): the
    list's "2." is a point, and "Item 2:" after it is the next item, not a recap (round 23)."""
    text = ("Item 1: NTA Briefing\n\nMr. Clements outlined the main issues raised as follows:\n\n1. Covid-19\n\n"
            "2. Consultation and engagement\n\n3. Targets\n\nHe also gave a summary.\n\nItem 2: Minutes\n\nAdopted.\n\n"
            "Item 3: Question submitted by Mr. Bruce Harper\n\nWhen will the next review take place?\n")
    assert [(i.number, i.title) for i in analyse_structure(text).items] == [
        ("1", "NTA Briefing"), ("2", "Minutes"), ("3", "Question submitted by Mr. Bruce Harper")]


def test_an_attendance_list_ends_at_an_agenda_sub_item():
    text = ("Township of X\nSpecial Meeting of Council, December 8, 2020\n\nPresent: Mayor Ann Bell; Tom Reid, "
            "Treasurer.\n\n4.2 Public Works\nConsensus: staff to reduce the roads budget.\n")
    blocks = [(b.kind, text[b.start:b.end]) for b in analyse_structure(text).blocks]
    assert blocks == [("attendance", "Present: Mayor Ann Bell; Tom Reid, Treasurer.")]
