"""Motions the minutes print but the meeting has not (yet) resolved: a staff report's recommendation that the
carried resolution then repeats, and a notice of motion for a later meeting (GUIDELINES.md, Ontario section).

Deterministic post-processing over the commitments the rules found; the labels and phrases are data
(rules/commitment_lexicon.jsonl: lex.report_recommendation_labels, lex.notice_of_motion).
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Callable

from spacy.tokens import Doc

from ..extensions import text_of
from ..results import Commitment
from .lexicon import lexicon

# how far after a printed recommendation the resolution repeating it may come (characters: a report's
# discussion lies between them)
RESTATED_WITHIN = 6000
SAME_ACT = 0.75   # similarity of the two `what`s (difflib ratio) above which they are one act


@lru_cache(maxsize=1)
def recommendation_label() -> re.Pattern[str]:
    """'Recommendation:', 'Staff Recommendation', 'Recommended Motion:' as a line of their own, or opening the
    sentence before a colon."""
    labels = "|".join(re.escape(w) for w in sorted(lexicon()["lex.report_recommendation_labels"], key=len, reverse=True))
    return re.compile(rf"^\W*(?:{labels})\s*(?::\s*$|:\s*\S|$)", re.I)


@lru_cache(maxsize=1)
def notice_of_motion() -> re.Pattern[str]:
    phrases = "|".join(re.escape(w) for w in sorted(lexicon()["lex.notice_of_motion"], key=len, reverse=True))
    return re.compile(rf"\b(?:{phrases})\b", re.I)


def _text(doc: Doc, index: int) -> str:
    utt = doc._.utterances[index]
    return text_of(doc)[utt.start:utt.end]


# a motion's own text, which may run over several sentences under its label or notice
MOTION_TEXT = re.compile(r"^[\W\d]*(?:THAT|That|AND|And|WHEREAS|Whereas|NOW|Now|BE\s+IT|Be\s+it|I\s+will\s+move|I\s+move)\b")


def _under(doc: Doc, commitment: Commitment, pattern: re.Pattern[str], *, inline: bool = False) -> bool:
    """The commitment is a motion's text under a line the pattern matches: its own sentence opens with the label
    (`inline`), or the sentences before it back to that line are all the motion's text."""
    index = commitment.utterance
    if index is None:
        return False
    own = _text(doc, index).strip()
    if inline and pattern.search(own):
        return True
    if not MOTION_TEXT.match(own):
        return False   # "The Clerk will circulate the agenda" after a notice is not the notice's motion
    for k in range(index - 1, -1, -1):
        before = _text(doc, k).strip()
        if pattern.search(before):
            return True
        if not MOTION_TEXT.match(before):
            return False
    return False


def _after_inline_notice(doc: Doc, commitment: Commitment) -> bool:
    """'Councillor Tomczak gave notice of the following motion, to be considered at the May 1 meeting: THAT staff be
    directed to report ...': the motion printed after the notice's colon, in the same sentence; or the notice's own
    'that' clause ("gave notice that she will bring a motion ..."; synthetic Ontario gold: 2 of 14 such notices
    are commitments)."""
    if commitment.utterance is None or commitment.verb_start is None:
        return False
    utt = doc._.utterances[commitment.utterance]
    before = text_of(doc)[utt.start:commitment.verb_start]
    notice = notice_of_motion().search(before)
    if notice is not None and re.match(r"\s+that\b", before[notice.end():], re.I):
        return True   # "Councillor Archambeault gave notice that she will bring a motion to the next meeting"
    return notice is not None and MOTION_TEXT.match(before[before.find(":", notice.end()) + 1:]) is not None \
        and ":" in before[notice.end():]


def _same_act(a: Commitment, b: Commitment) -> bool:
    return (a.who.text or "").lower() == (b.who.text or "").lower() and \
        SequenceMatcher(None, a.what.lower(), b.what.lower()).ratio() >= SAME_ACT


def drop_printed_motions(doc: Doc, commitments: list[Commitment],
                         carried: Callable[[Commitment], bool]) -> list[Commitment]:
    """Without the commitments of a notice of motion the meeting did not carry (`carried` says whether the minutes
    record the motion carried) and of a printed recommendation that a later commitment repeats (the resolution
    carries it; an unrepeated recommendation stays, as the only record of the act)."""
    kept = []
    for commitment in commitments:
        if commitment.rule != "commit.carried_motion" and (_under(doc, commitment, notice_of_motion())
                                                           or _after_inline_notice(doc, commitment)) \
                and not carried(commitment):
            continue
        if _under(doc, commitment, recommendation_label(), inline=True) and any(
                commitment.evidence_end <= other.evidence_start <= commitment.evidence_end + RESTATED_WITHIN
                and _same_act(commitment, other) for other in commitments):
            continue
        kept.append(commitment)
    return kept
