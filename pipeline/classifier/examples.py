"""Gold meetings as act-classifier examples: each sentence's text, the rules' hint and its act.

Sentences stay in document order: the classifier reads each sentence's neighbours (features.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..annotation.gold import ACTS, GoldDocument

LABEL2ID = {act: i for i, act in enumerate(ACTS)}
ID2LABEL = {i: act for act, i in LABEL2ID.items()}


def squash(text: str) -> str:
    return " ".join(text.split())


@dataclass
class DocumentExample:
    """One gold meeting as the classifier sees it: its sentences in order, a rule hint and a label each."""
    doc: str
    texts: list[str]
    hints: list[str]
    labels: list[int]


def document_example(document: GoldDocument, hints: Sequence[str]) -> DocumentExample:
    sentences = document.sentences
    if len(hints) != len(sentences):
        raise ValueError(f"{document.doc}: {len(sentences)} sentences but {len(hints)} hints")
    return DocumentExample(document.doc, [squash(s["text"]) for s in sentences], list(hints),
                           [LABEL2ID[s["act"]] for s in sentences])


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
