"""Sentence boundaries decided before the parser (pipeline/components/line_breaks.py)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,sentences", [
    # titles and initials do not end a sentence
    ("Cllr. P. Harries took the Chair. Mr. G. Daly attended.", ["Cllr. P. Harries took the Chair.", "Mr. G. Daly attended."]),
    ("The motion was proposed by Cmhlr. Ó Ceallaigh and seconded by Councillor Costelloe.",
     ["The motion was proposed by Cmhlr. Ó Ceallaigh and seconded by Councillor Costelloe."]),
    ("Cst. Hill presented the quarterly OPP report. Councillor Morin asked about patrols.",
     ["Cst. Hill presented the quarterly OPP report.", "Councillor Morin asked about patrols."]),
    ("They were placed in hostel accommodation, i.e. McGarry House, for the winter.",
     ["They were placed in hostel accommodation, i.e. McGarry House, for the winter."]),
    # an acronym written with stops runs into the name or department it qualifies
    ("No further issues were raised and Cllr. P. Harris thanked P.C.S.O. Lewis for attending.",
     ["No further issues were raised and Cllr. P. Harris thanked P.C.S.O. Lewis for attending."]),
    ("Mr S. Quick, C.C.C. Highways Department advised that the gang would attend.",
     ["Mr S. Quick, C.C.C. Highways Department advised that the gang would attend."]),
    # ... but not into a new sentence's article, pronoun or title
    ("This had been reported to C.C.C. The Clerk would write.", ["This had been reported to C.C.C.", "The Clerk would write."]),
    ("The matter was referred to C.C.C. He would reply.", ["The matter was referred to C.C.C.", "He would reply."]),
    ("This had been reported to C.C.C. Cllr. Jones would write.",
     ["This had been reported to C.C.C.", "Cllr. Jones would write."]),
    # ... nor into a post or a group
    ("This had been referred to the H.S.E. Councillor Ryan asked about the clinic.",
     ["This had been referred to the H.S.E.", "Councillor Ryan asked about the clinic."]),
    ("The matter was referred to the O.P.W. Members agreed to write.",
     ["The matter was referred to the O.P.W.", "Members agreed to write."]),
    # lex.run_in_labels: a label opening a line is a sentence of its own ...
    ("Consensus: That staff prepare a report on the splash pad.", ["Consensus:", "That staff prepare a report on the splash pad."]),
    ("Council Action: Roads Superintendent to install a sign.", ["Council Action:", "Roads Superintendent to install a sign."]),
    ("Follow-up: Branch Supervisor to post the rules.", ["Follow-up:", "Branch Supervisor to post the rules."]),
    ("Recommendation: That the Committee recommend to Council that staff report back.",
     ["Recommendation:", "That the Committee recommend to Council that staff report back."]),
    ("Consensus: staff to reduce the roads budget by $50,000.", ["Consensus:", "staff to reduce the roads budget by $50,000."]),
    # ... and in a table's first cell ("Motion: | THAT ...")
    ("Motion: | THAT staff install a speed board.", ["Motion: |", "THAT staff install a speed board."]),
    # a table cell ending a sentence ends it ("Question | Response" rows); a cell that runs on does not
    ("Submitted by Ada Cosgrove: Will the splash pad cost more? | The Treasurer advised that it would not.",
     ["Submitted by Ada Cosgrove: Will the splash pad cost more? |", "The Treasurer advised that it would not."]),
    ("Ditching on the | Public Works Manager", ["Ditching on the | Public Works Manager"]),
    # ... other labels and mid-line colons are not
    ("Moved by: Councillor Lalonde", ["Moved by: Councillor Lalonde"]),
    ("The Clerk noted the consensus: The hall would close.", ["The Clerk noted the consensus: The hall would close."]),
    # a written question run into its heading's line: the writer's "I" (OCR "l", "|") opens it
    ("7. Question submitted by Councillor J. Costelloe l will ask at the next meeting are there bye laws in place.",
     ["7. Question submitted by Councillor J. Costelloe", "l will ask at the next meeting are there bye laws in place."]),
    ("Notice of Motion submitted by Councillor Ryan I will move at the next meeting that the road be resurfaced.",
     ["Notice of Motion submitted by Councillor Ryan", "I will move at the next meeting that the road be resurfaced."]),
    # ... but not "I will ask" said inside a sentence with no such heading
    ("Councillor Ryan said I will ask the Director.", ["Councillor Ryan said I will ask the Director."]),
])
def test_sentence_boundaries(nlp, text, sentences):
    assert [s.text.strip() for s in nlp(text).sents] == sentences
