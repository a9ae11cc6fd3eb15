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

