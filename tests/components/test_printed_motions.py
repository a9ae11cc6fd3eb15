"""A staff report's printed recommendation and a notice of motion are not resolutions (printed_motions.py)."""
from __future__ import annotations

import pytest

from pipeline.components.printed_motions import notice_of_motion, recommendation_label

from helpers import record_for

HEADER = "THE CORPORATION OF THE TOWNSHIP OF ELMVALE FALLS\nREGULAR COUNCIL MEETING MINUTES\nTuesday, April 23, 2024"
REPORT = "Report No. PW-09-2024\nRecommendation:\n{recommendation}\nThe Director presented the report.\n"
RESOLUTION = "Resolution 2024-101\nMoved by Councillor Fairbairn\nSeconded by Deputy Mayor Thibodeau\n{resolution}\nCARRIED\n"
TENDER = "That staff be directed to tender the 2024 gravel resurfacing program for award at the May 29, 2024 meeting."


@pytest.mark.parametrize("body, quotes", [
    # repeated by the carried resolution: only the resolution
    (REPORT.format(recommendation=TENDER) + RESOLUTION.format(resolution=TENDER), ["Resolution 2024-101"]),
    # carried as amended: still the one act, the resolution's wording
    (REPORT.format(recommendation=TENDER) + RESOLUTION.format(
        resolution=TENDER.replace("program", "program and the Sideroad 10 ditching")), ["Resolution 2024-101"]),
    # the label on the recommendation's own line
    (REPORT.replace("Recommendation:\n", "Recommendation: ").format(recommendation=TENDER)
     + RESOLUTION.format(resolution=TENDER), ["Resolution 2024-101"]),
    # printed alone, then carried: the recommendation is the only record of the act
    (REPORT.format(recommendation=TENDER) + "Moved by Councillor Fairbairn, seconded by Deputy Mayor Thibodeau, that "
     "the recommendation be adopted.\nCARRIED\n", ["Recommendation:"]),
    # a different act after it: both
    (REPORT.format(recommendation=TENDER) + RESOLUTION.format(
        resolution="That staff be directed to obtain quotes for a new grader by June 30, 2024."),
     ["Recommendation:", "Resolution 2024-101"]),
    # lex.notice_of_motion: to be considered later
    ("Councillor Fairbairn gave notice of the following motion, to be considered at the Regular Council Meeting of "
     "May 15, 2024:\nThat staff be directed to report on the feasibility of a community safety zone on Main Street.\n",
     []),
    # ... also when the motion follows the notice's colon on the same line
    ("Councillor Fairbairn gave notice of the following motion, to be considered at the May 15, 2024 meeting: THAT "
     "staff be directed to report on the feasibility of a community safety zone on Main Street.\n", []),
    # ... or told in the notice's own "that" clause
    ("Councillor Fairbairn gave notice that she will bring a motion to the next Council meeting asking for a "
     "pedestrian crossover on Main Street.\n", []),
    # a notice's motion over several sentences: none of it is resolved yet
    ("Councillor Fairbairn gave notice of the following motion:\nWHEREAS the speed limit on Main Street is too high;\n"
     "NOW THEREFORE BE IT RESOLVED THAT staff be directed to report on a community safety zone.\n", []),
    # the sentence after a notice that is no motion text is the meeting's own business
    ("Councillor Fairbairn gave notice of a motion on speed limits.\nThe Clerk will circulate the revised agenda by "
     "Friday.\n", ["gave notice"]),
], ids=["restated", "amended", "label-inline", "only-printed", "different-act", "notice-of-motion",
        "notice-inline", "notice-that-clause", "notice-multi-sentence", "after-a-notice"])
def test_printed_motions(nlp, body, quotes):
    record = record_for(nlp, body, title="6.1 Spring Road Program", date_line=HEADER)
    text = record["text"]
    found = [c["evidence"]["start"] for c in record["commitments"]]
    # each kept commitment lies after the named landmark (and before the next one)
    marks = [text.index(q) for q in quotes]
    assert len(found) == len(marks)
    for start, mark in zip(sorted(found), marks):
        assert start > mark


@pytest.mark.parametrize("line, label", [("Recommendation:", True), ("Staff Recommendation", True),
                                         ("Recommendation: That Council receive the report.", True),
                                         ("Recommendations of the Joint Policing Committee were noted.", False),
                                         ("The recommendation was accepted.", False)])
def test_recommendation_label(line, label):
    assert bool(recommendation_label().search(line)) is label


@pytest.mark.parametrize("line, notice", [("Councillor Fairbairn gave notice of the following motion:", True),
                                          ("Notice was given of a motion on speed limits.", True),
                                          ("Councillor Fairbairn noticed the signs were missing.", False)])
def test_notice_of_motion(line, notice):
    assert bool(notice_of_motion().search(line)) is notice
