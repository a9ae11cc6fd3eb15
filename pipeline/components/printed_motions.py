"""Motions the minutes print but the meeting has not (yet) resolved: a staff report's recommendation that the
carried resolution then repeats, and a notice of motion for a later meeting (GUIDELINES.md, Ontario section).

Deterministic post-processing over the commitments the rules found; the labels and phrases are data
(rules/commitment_lexicon.jsonl: lex.report_recommendation_labels, lex.notice_of_motion).
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from spacy.tokens import Doc

from ..extensions import text_of
from ..results import Commitment
from ..rulebook import load_rules

# how far after a printed recommendation the resolution repeating it may come (characters: a report's
# discussion lies between them)
RESTATED_WITHIN = 6000
SAME_ACT = 0.75   # similarity of the two `what`s (difflib ratio) above which they are one act


@lru_cache(maxsize=1)
def _rows() -> dict[str, list[str]]:
    return {row["id"]: row["words"] for row in load_rules("commitment_lexicon")}


@lru_cache(maxsize=1)
def recommendation_label() -> re.Pattern[str]:
    """'Recommendation:', 'Staff Recommendation', 'Recommended Motion:' as a line of their own, or opening the
    sentence before a colon."""
    labels = "|".join(re.escape(w) for w in sorted(_rows()["lex.report_recommendation_labels"], key=len, reverse=True))
    return re.compile(rf"^\W*(?:{labels})\s*(?::\s*$|:\s*\S|$)", re.I)


@lru_cache(maxsize=1)
def notice_of_motion() -> re.Pattern[str]:
    phrases = "|".join(re.escape(w) for w in _rows()["lex.notice_of_motion"])
    return re.compile(rf"\b(?:{phrases})\b", re.I)


def _text(doc: Doc, index: int) -> str:
    utt = doc._.utterances[index]
    return text_of(doc)[utt.start:utt.end]


def _follows(doc: Doc, commitment: Commitment, pattern: re.Pattern[str]) -> bool:
    """The commitment's sentence, or the sentence before it, matches (a label on its own line, a notice
    announcing the motion)."""
    index = commitment.utterance
    if index is None:
        return False
    return bool(pattern.search(_text(doc, index))) or (index > 0 and bool(pattern.search(_text(doc, index - 1))))


def _same_act(a: Commitment, b: Commitment) -> bool:
    return (a.who.text or "").lower() == (b.who.text or "").lower() and \
        SequenceMatcher(None, a.what.lower(), b.what.lower()).ratio() >= SAME_ACT


def drop_printed_motions(doc: Doc, commitments: list[Commitment]) -> list[Commitment]:
    """Without the commitments of a notice of motion and of a printed recommendation that a later commitment
    repeats (the resolution carries it; an unrepeated recommendation stays, as the only record of the act)."""
    kept = []
    for commitment in commitments:
        if _follows(doc, commitment, notice_of_motion()):
            continue
        if _follows(doc, commitment, recommendation_label()) and any(
                commitment.evidence_end <= other.evidence_start <= commitment.evidence_end + RESTATED_WITHIN
                and _same_act(commitment, other) for other in commitments):
            continue
        kept.append(commitment)
    return kept
