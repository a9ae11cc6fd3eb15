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


def context_of(texts: Sequence[str], index: int, hints: Sequence[str] | None = None) -> str:
    """The rules' hint for the sentence, then the previous and next sentence (trimmed), which
    tell an answer from a statement."""
    before = squash(texts[index - 1])[-CONTEXT_CHARS:] if index > 0 else ""
    after = squash(texts[index + 1])[:CONTEXT_CHARS] if index + 1 < len(texts) else ""
    context = f"{before} || {after}"
    return f"{hints[index]} || {context}" if hints is not None else context


def gold_examples(document: GoldDocument, hints: Sequence[str] | None = None) -> list[dict]:
    """One example per gold sentence; ``hints`` (one per sentence, from sentence_hints) when the
    classifier is trained with the rules' view of each sentence."""
    sentences = document.sentences
    texts = [s["text"] for s in sentences]
    return [{"text": squash(s["text"]), "context": context_of(texts, i, hints), "label": LABEL2ID[s["act"]],
             "doc": document.doc} for i, s in enumerate(sentences)]


def sentence_hints(document: GoldDocument, nlp) -> list[str]:
    """The rules' hint for each gold sentence, from the pipeline utterance that overlaps it most."""
    from ..evaluation.gold_eval import aligned_utterance
    from .hints import hints_for_text

    utterances, hints = hints_for_text(document.text, document.doc, nlp)
    rows = [{"start": u.start, "end": u.end, "hint": h} for u, h in zip(utterances, hints)]
    out = []
    for s in document.sentences:
        best = aligned_utterance((s["start"], s["end"]), rows)
        out.append(best["hint"] if best else "nobody statement body")
    return out
