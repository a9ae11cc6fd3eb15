"""One test per wrap heuristic and per furniture rule, on text written for the test."""
from __future__ import annotations

import pytest

from pipeline.ingest.furniture import furniture_rule, strip_running_heads
from pipeline.ingest.markdown import clean_inline
from pipeline.ingest.normalise import normalise, split_owner
from pipeline.rulebook import load_rules

FULL = " ".join(["Lorem"] * 12)  # a "long" line: documents need a typical width to be long against


def norm(text: str, **kw) -> str:
    return normalise([text.split("\n")], **kw)


# --- furniture rules: one positive row per rule id, plus negatives ---------------------------
LINE_RULES = [row for row in load_rules("furniture") if row["kind"] == "line"]


@pytest.mark.parametrize("row", LINE_RULES, ids=[row["id"] for row in LINE_RULES])
def test_furniture_rule_example(row) -> None:
    assert furniture_rule(row["example"]) == row["id"]


@pytest.mark.parametrize("line", ["1.", "2014", "Signed: ____", "(a)", "Page turner", "12 Main Street",
                                  "4 of the Members", "-- end", "“That, the draft Minutes”."])
def test_furniture_negatives(line) -> None:
    assert furniture_rule(line) is None


def test_lexicon_rows_exist() -> None:
    kinds = {row["kind"]: row for row in load_rules("furniture")}
    assert "and" in kinds["continuation_words"]["words"]
    assert "ms." in kinds["abbreviations"]["words"]


def test_running_heads_removed() -> None:
    bodies = ["Apologies were noted.", "The Clerk reported.", "Members agreed.", "It was resolved."]
    pages = [["Manordeilo CC Minutes", body, body.upper(), f"Draft minutes {i}"] for i, body in enumerate(bodies)]
    out = strip_running_heads(pages)
    assert out == [[body, body.upper()] for body in bodies]
    assert strip_running_heads(pages[:2]) == pages[:2]          # too few pages to tell
    numbered = [["1.", body, "Signed"] for body in bodies]        # item numbers are content
    assert strip_running_heads(numbered) == numbered


# --- wrap heuristics (convention 2) ----------------------------------------------------------
def test_lowercase_next_line_is_wrap() -> None:
    assert norm("He said that the works would\n\nbe completed.") == "He said that the works would be completed."


def test_function_word_end_is_wrap() -> None:
    assert norm("Minutes of the\n\nMeeting.") == "Minutes of the Meeting."


def test_comma_end_is_wrap() -> None:
    assert norm("Councillors Browne, Collins,\n\nFoley and Galvin.") == "Councillors Browne, Collins, Foley and Galvin."


def test_initial_end_is_wrap() -> None:
    assert norm("Staff Officer (Ms. S.\n\nCarroll).") == "Staff Officer (Ms. S. Carroll)."


def test_bare_item_number_joins_title() -> None:
    assert norm("1.\n\nAdoption of Minutes\n\nCirculated, copy.") == "1. Adoption of Minutes\n\nCirculated, copy."
    assert norm("(a)\n\nOrdinary Meeting.") == "(a) Ordinary Meeting."


def test_short_line_without_punctuation_is_not_wrap() -> None:
    assert norm(f"{FULL}.\nAdoption of Minutes\nCirculated, copy.") == f"{FULL}.\nAdoption of Minutes\nCirculated, copy."


def test_long_line_without_punctuation_is_wrap() -> None:
    text = f"{FULL} one two\nThree four.\n\n{FULL}.\n\n{FULL}."
    assert norm(text).startswith(f"{FULL} one two Three four.\n\n")


def test_long_line_with_full_stop_single_newline_is_wrap() -> None:
    text = f"{FULL} end.\nNext sentence.\n\n{FULL}.\n\n{FULL}."
    assert norm(text).startswith(f"{FULL} end. Next sentence.\n\n")


def test_full_stop_before_blank_line_is_paragraph() -> None:
    text = f"{FULL} end.\n\nNew paragraph.\n{FULL}\n{FULL}."
    assert norm(text).startswith(f"{FULL} end.\n\nNew paragraph.")


def test_double_spaced_full_line_continues_past_full_stop() -> None:
    body = "\n\n".join([f"{FULL} wraps{i}" for i in range(10)])
    text = f"{body}\n\n{FULL} ends here.\n\nThe sentence goes on.\n\nShort end.\n\nNext paragraph."
    out = norm(text)
    assert "ends here. The sentence goes on." in out
    assert "Short end.\n\nNext paragraph." in out


def test_colon_ends_label() -> None:
    assert norm(f"{FULL} following:\nPlot 1 Golwg Y Gaer") == f"{FULL} following:\nPlot 1 Golwg Y Gaer"


def test_list_marker_is_never_wrap_target() -> None:
    for marker in ("• Councillor", "- Councillor", "2. Disposal", "(b) Special", "iv) Letter", "4.13ii) With"):
        assert norm(f"{FULL} the\n{marker} x.") == f"{FULL} the\n{marker} x.", marker


def test_all_caps_heading_is_not_wrap_target() -> None:
    assert norm(f"{FULL} no stop\nMEMBERS PRESENT:") == f"{FULL} no stop\nMEMBERS PRESENT:"


def test_wrapped_caps_title_is_joined() -> None:
    assert norm("MINUTES OF MEETING OF THE CITY AND\n\nCOUNTY\n\nCOUNCIL\n\nHELD\n\nIN\n\nTHE CHAMBER") == \
        "MINUTES OF MEETING OF THE CITY AND COUNTY COUNCIL HELD IN THE CHAMBER"


def test_page_break_after_full_stop_is_paragraph() -> None:
    pages = [[f"{FULL} signed.”"], ["With the permission of the Mayor."]]
    assert normalise(pages) == f"{FULL} signed.”\n\nWith the permission of the Mayor."


def test_not_hard_wrapped_text_keeps_paragraphs() -> None:
    para = "word " * 80
    text = f"{para}end.\n\nSupporting documents:"
    assert norm(text) == f"{para.strip()} end.\n\nSupporting documents:".replace("  ", " ")


# --- whitespace and bullets (conventions 4, 5) -----------------------------------------------
def test_whitespace_rules() -> None:
    assert norm("   Indented   text  \n\u00a0\u00a0\nNext.") == "Indented text\n\nNext."
    assert norm("Cllr\u00a0O’Brien – “yes”.") == "Cllr\u00a0O’Brien – “yes”."


def test_private_use_bullet() -> None:
    assert norm("\uf0b7 Councillor Sheahan raised.\n\uf0a7\tMembers noted.") == \
        "- Councillor Sheahan raised.\n- Members noted."


# --- markdown inline cleanup (convention 4) --------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("**MEMBERS PRESENT**:", "MEMBERS PRESENT:"),
        ("PRESENT IN THE CHAIR**:**", "PRESENT IN THE CHAIR:"),
        ("***I will ask at the next Meeting*** **for an update.**", "I will ask at the next Meeting for an update."),
        ("*“I will move at the next Meeting”*", "“I will move at the next Meeting”"),
        ("_italic words_ here", "italic words here"),
        ("see [the report](https://x.ie/a_b.pdf) now", "see the report now"),
        ("cemetries\\_bye\\_laws\\_2015.pdf", "cemetries_bye_laws_2015.pdf"),
        ("\\_\\_\\_\\_", "____"),
        ("4\\*\\*", "4**"),
        ("# Heading", "Heading"),
        ("#Speakfor15 campaign", "#Speakfor15 campaign"),
        ("* item", "- item"),
        ("| will move at the next Meeting", "| will move at the next Meeting"),
    ],
)
def test_clean_inline(raw, clean) -> None:
    assert clean_inline(raw) == clean


# --- PDF owner cells (convention 6) ----------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("the relevant notices were posted.                   Clerk", ("the relevant notices were posted.", "Clerk", False)),
        ("access the unit.            Cllr. P. Harris/Clerk ", ("access the unit.", "Cllr. P. Harris/Clerk", False)),
        ("were correct.              Signed by the Chair", ("were correct.", "Signed by the Chair", False)),
        ("                       Cllr. J. Davies", ("Cllr. J. Davies", None, True)),
        ("Chq No 1214      £3,913.64", ("Chq No 1214 £3,913.64", None, False)),
        ("area.  Clerk", ("area. Clerk", None, False)),
        ("PRESENT          ", ("PRESENT", None, False)),
    ],
)
def test_split_owner(raw, expected) -> None:
    assert split_owner(raw) == expected


def test_owner_cell_after_rejoined_paragraph() -> None:
    pages = [[
        "iii) It was agreed to ask the Clerk to write.              Clerk",
        "iv) Clerk to write to Mrs Phillips and to prepare all paperwork and ensure that",
        "the relevant notices were posted.                   Clerk",
        "v) It was agreed that certain patches needed to be reseeded when the weather allowed;",
        "Cllr. J. Davies would get the seed.",
        "                       Cllr. J. Davies",
        "vi) Noted item.",
    ]]
    assert normalise(pages, owner_cells=True) == (
        "iii) It was agreed to ask the Clerk to write.\nClerk\n"
        "iv) Clerk to write to Mrs Phillips and to prepare all paperwork and ensure that the relevant "
        "notices were posted.\nClerk\n"
        "v) It was agreed that certain patches needed to be reseeded when the weather allowed; "
        "Cllr. J. Davies would get the seed.\nCllr. J. Davies\n"
        "vi) Noted item."
    )


@pytest.mark.parametrize("raw, expected", [
    # a label or a resolution's number opens its own line, even after a long line without a full stop
    ("Council Chambers, Orrindale Municipal Office, 41 Mill Street, Orrin Falls Ontario\nPresent:\nReeve Donald Pettigrew",
     "Council Chambers, Orrindale Municipal Office, 41 Mill Street, Orrin Falls Ontario\nPresent:\nReeve Donald Pettigrew"),
    ("He added that the Club hopes to extend the trail to the Hillier Road parking area in the coming years.\n"
     "Resolution No. 2017-103\nMoved by: Councillor Vanstone",
     "He added that the Club hopes to extend the trail to the Hillier Road parking area in the coming years.\n"
     "Resolution No. 2017-103\nMoved by: Councillor Vanstone"),
    # the text under a numbered heading in capitals is not the heading's tail
    ("3. DISCLOSURE OF PECUNIARY INTEREST AND GENERAL NATURE THEREOF\nCouncillor Sauvé declared an interest.",
     "3. DISCLOSURE OF PECUNIARY INTEREST AND GENERAL NATURE THEREOF\nCouncillor Sauvé declared an interest."),
    # a motion's text opens its own paragraph, even under a long bracketed heading line with no full stop
    ("Notice of Motion submitted by Cmhlr. S. Ó Ceallaigh (to be referred to\n\nthe Economic Development, "
     "Enterprise and Planning Strategic Policy Committee)\n\nI will move at the next Meeting that this Council act.",
     "Notice of Motion submitted by Cmhlr. S. Ó Ceallaigh (to be referred to the Economic Development, "
     "Enterprise and Planning Strategic Policy Committee)\n\nI will move at the next Meeting that this Council act."),
    # a numbered heading in title case over its item's prose is a line of its own
    ("5.3 Report FIN-2023-22, 2024 Budget Schedule and Third Quarter Variance Report\n"
     "Colin Pickersgill, Director of Finance/Treasurer, presented the 2024 budget schedule and the third quarter",
     "5.3 Report FIN-2023-22, 2024 Budget Schedule and Third Quarter Variance Report\n"
     "Colin Pickersgill, Director of Finance/Treasurer, presented the 2024 budget schedule and the third quarter"),
    # negative: a wrapped sentence whose next line opens with a capitalised word and a colon still joins
    ("The following items were circulated electronically to the\nMembers: (a) the annual report",
     "The following items were circulated electronically to the Members: (a) the annual report"),
])
def test_labels_and_numbered_headings_are_not_wrapped(raw, expected):
    assert norm(raw) == expected


WEB_RULES = [row for row in load_rules("furniture") if row.get("kind") == "web_line"]


@pytest.mark.parametrize("row", WEB_RULES, ids=[row["id"] for row in WEB_RULES])
def test_web_furniture_rule_example(row) -> None:
    from pipeline.ingest.furniture import web_furniture_rule

    assert web_furniture_rule(row["example"]) == row["id"]


@pytest.mark.parametrize("line", ["Print the agenda for the members.", "Councillor Lee asked whether the page was helpful.",
                                  "Posted on the Township website.", "Updated figures were circulated to the Members.",
                                  "Share the cost with the County."])
def test_web_furniture_negatives(line) -> None:
    from pipeline.ingest.furniture import web_furniture_rule

    assert web_furniture_rule(line) is None
