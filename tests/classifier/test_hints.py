"""The rules' hints the classifier reads: speaker kind, rule act, and where the sentence sits."""
from __future__ import annotations

import pytest

from pipeline.classifier.hints import hints_for_text

HEADER = "MINUTES OF MEETING OF THE MUNICIPAL DISTRICT OF NEWCASTLE WEST HELD ON WEDNESDAY, 6TH MARCH, 2019."


@pytest.mark.model
@pytest.mark.parametrize("sentence,expected", [
    ("Councillor Ryan asked when the road would be resurfaced.", "member question body"),
    ("The Senior Engineer stated that the works would be complete by May.", "officer statement body"),
    ("The report was noted.", "nobody procedural body"),
])
def test_hint_of_a_sentence(nlp, sentence, expected):
    text = f"{HEADER}\n\n1. Roads\n\nMembers Present: Councillor Ryan\n\n2. Roads\n\n{sentence}\n"
    utterances, hints = hints_for_text(text, "test.txt", nlp)
    by_text = {text[u.start:u.end]: h for u, h in zip(utterances, hints)}
    assert by_text[sentence] == expected


@pytest.mark.model
def test_hints_do_not_depend_on_later_components(nlp):
    text = f"{HEADER}\n\n1. Roads\n\nThe Senior Engineer agreed to revert to the Members.\n"
    _, before = hints_for_text(text, "test.txt", nlp)
    nlp(nlp.make_doc(text))   # a full run in between must not leak commitments into the hints
    _, after = hints_for_text(text, "test.txt", nlp)
    assert before == after
    assert all("commitment" not in h for h in before)
