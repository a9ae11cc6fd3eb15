"""What the act head reads: hint tokens, the hint vocabulary, neighbour features."""
from __future__ import annotations

import pytest
import torch

from pipeline.classifier.features import HintVocabulary, context_features, embedded, hint_tokens


@pytest.mark.parametrize("hint,tokens", [
    ("member question body", ["kind:member", "act:question", "where:body"]),
    ("officer statement reply discussion", ["kind:officer", "act:statement", "where:discussion", "where:reply"]),
    ("nobody procedural", ["kind:nobody", "act:procedural"]),
])
def test_hint_tokens(hint, tokens):
    assert hint_tokens(hint) == tokens


def test_a_hint_needs_kind_and_act():
    with pytest.raises(ValueError, match="speaker kind and a rule act"):
        hint_tokens("member")


@pytest.mark.parametrize("hint,shown", [("member question body", True), ("nobody procedural outside", False),
                                        ("officer statement reply", True)])
def test_procedural_neighbours_are_not_embedded(hint, shown):
    assert embedded(hint) is shown


def test_vocabulary_ignores_unseen_tokens():
    vocabulary = HintVocabulary.fit(["member question body", "officer statement reply"])
    assert len(vocabulary) == 6
    row = vocabulary.matrix(["witness question body"])[0]
    assert row.sum() == 2          # act:question and where:body; kind:witness was never seen
    assert row[vocabulary.tokens.index("act:question")] == 1


def test_context_features_read_neighbours_and_mask_procedural_ones():
    embeddings = torch.tensor([[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]])
    hints = torch.tensor([[1.0], [0.0], [1.0]])
    mask = torch.tensor([1.0, 0.0, 1.0])          # the middle sentence is procedural
    rows = context_features(embeddings, hints, mask)
    assert rows.shape == (3, 2 * 3 + 1 * 3)
    assert rows[0].tolist() == [1, 1, 0, 0, 0, 0, 1, 0, 0]       # no previous; next is masked
    assert rows[1].tolist() == [2, 2, 1, 1, 3, 3, 0, 1, 1]       # its own embedding is always read
    assert rows[2].tolist() == [3, 3, 0, 0, 0, 0, 1, 0, 0]
