"""Sentence examples for the act classifier: the sentence, and its neighbours as context.

The same construction serves training (from gold sentences) and prediction (from a Doc's
utterances), so the model never sees context built differently at run time.
"""
from __future__ import annotations

from typing import Sequence

from ..annotation.gold import ACTS, GoldDocument

LABEL2ID = {act: i for i, act in enumerate(ACTS)}
ID2LABEL = {i: act for act, i in LABEL2ID.items()}
CONTEXT_CHARS = 220


def squash(text: str) -> str:
    return " ".join(text.split())


def context_of(texts: Sequence[str], index: int) -> str:
    """The previous and next sentence (trimmed), which tell an answer from a statement."""
    before = squash(texts[index - 1])[-CONTEXT_CHARS:] if index > 0 else ""
    after = squash(texts[index + 1])[:CONTEXT_CHARS] if index + 1 < len(texts) else ""
    return f"{before} || {after}"


def gold_examples(document: GoldDocument) -> list[dict]:
    sentences = document.sentences
    texts = [s["text"] for s in sentences]
    return [{"text": squash(s["text"]), "context": context_of(texts, i), "label": LABEL2ID[s["act"]],
             "doc": document.doc} for i, s in enumerate(sentences)]
