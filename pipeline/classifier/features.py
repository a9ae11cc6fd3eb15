"""What the act head reads beside a sentence's own embedding: its neighbours and the rules' hints.

Each sentence is embedded once, alone; context comes from the neighbours' embeddings rather than
from re-encoding them with every sentence (three times fewer tokens through the transformer).
A neighbour the rules call procedural (headings, attendance lines) contributes its hint but no
embedding, so at run time those sentences need not be encoded at all. Training and prediction
build features with the same functions.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

HINT_FIELDS = ("kind", "act")     # then any number of "where" words


def hint_tokens(hint: str) -> list[str]:
    """'officer statement reply discussion' -> ['kind:officer', 'act:statement', 'where:discussion', 'where:reply']"""
    parts = hint.split()
    if len(parts) < 2:
        raise ValueError(f"a hint has at least a speaker kind and a rule act, got {hint!r}")
    return [f"kind:{parts[0]}", f"act:{parts[1]}"] + [f"where:{w}" for w in sorted(parts[2:])]


def embedded(hint: str) -> bool:
    """Whether a sentence with this hint is encoded when it is only a neighbour."""
    return hint_tokens(hint)[1] != "act:procedural"


@dataclass(frozen=True)
class HintVocabulary:
    tokens: tuple[str, ...]

    @classmethod
    def fit(cls, hints: Sequence[str]) -> "HintVocabulary":
        return cls(tuple(sorted({t for h in hints for t in hint_tokens(h)})))

    def __len__(self) -> int:
        return len(self.tokens)

    def matrix(self, hints: Sequence[str]) -> np.ndarray:
        """(len(hints), len(self)) indicator rows; tokens unseen in training are ignored."""
        index = {t: i for i, t in enumerate(self.tokens)}
        out = np.zeros((len(hints), len(self.tokens)), dtype=np.float32)
        for row, h in enumerate(hints):
            for token in hint_tokens(h):
                if token in index:
                    out[row, index[token]] = 1.0
        return out


def context_features(embeddings, hint_matrix, neighbour_mask):
    """Rows [e_i, e_i-1, e_i+1, h_i, h_i-1, h_i+1] for one document's sentences, in order.

    ``embeddings`` (n, d) and ``hint_matrix`` (n, k) are torch tensors; ``neighbour_mask`` (n,)
    is 1 where a sentence's embedding may be read by its neighbours (see ``embedded``).
    Missing neighbours (document edges) are zeros.
    """
    import torch

    shown = embeddings * neighbour_mask.unsqueeze(-1)
    zero_e = embeddings.new_zeros((1, embeddings.shape[1]))
    zero_h = hint_matrix.new_zeros((1, hint_matrix.shape[1]))
    prev_e = torch.cat([zero_e, shown[:-1]])
    next_e = torch.cat([shown[1:], zero_e])
    prev_h = torch.cat([zero_h, hint_matrix[:-1]])
    next_h = torch.cat([hint_matrix[1:], zero_h])
    return torch.cat([embeddings, prev_e, next_e, hint_matrix, prev_h, next_h], dim=-1)
