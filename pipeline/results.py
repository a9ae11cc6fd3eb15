"""What the components write onto a Doc, before it becomes a record.

Offsets are character offsets into ``doc.text`` (the normalised document text). Every result
says where it came from: ``rule`` is the id of the rule (or the model name) that produced it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Utterance:
    """A sentence (or a whole written question) of the minutes, attributed where possible."""

    index: int
    start: int
    end: int
    item: str | None = None                # agenda item id ("i3")
    point: int | None = None               # index into DocumentStructure.points
    blocks: tuple[str, ...] = ()           # kinds of the blocks it lies in ("reply", "actions", ...)
    speaker: str | None = None             # participant id
    speaker_text: str | None = None        # the mention as written, where this sentence names it
    speaker_span: tuple[int, int] | None = None
    speaker_rule: str | None = None        # "speaker.subject", "speaker.continuation", ...
    act: str = "statement"                 # question | answer | commitment | statement | procedural
    act_score: float = 0.5
    act_rule: str | None = None
    act_probs: dict[str, float] | None = None   # calibrated classifier probabilities, when it ran


@dataclass
class Question:
    utterance: int                         # Utterance.index
    asked_by: str | None                   # participant id
    asked_by_text: str | None
    rule: str
    answers: list[int] = field(default_factory=list)   # Utterance indexes
    answered_by: list[str] = field(default_factory=list)


@dataclass
class DeadlineResult:
    text: str
    date: date | None
    start: int
    end: int
    rule: str


@dataclass
class Actor:
    text: str | None                       # as written at the evidence ("the Director", "we", "Clerk")
    participant: str | None = None         # participant id when resolved
    name: str | None = None
    role: str | None = None


@dataclass
class Commitment:
    kind: str                              # undertaking | action | recommendation | resolution
    who: Actor
    what: str
    evidence_start: int
    evidence_end: int
    utterance: int | None
    rule: str
    confidence: float
    to_whom: str | None = None
    deadline: DeadlineResult | None = None
    prompted_by: int | None = None         # index into doc._.questions
    verb_start: int | None = None          # char offset of the promised action's verb
    rule_confidence: float | None = None   # the rule's own score, before the confidence model
