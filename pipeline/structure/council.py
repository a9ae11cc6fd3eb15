"""The council a meeting belongs to: the body that answers written questions and owns undertakings
made in the passive voice ("the crash barriers will be erected")."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..rulebook import load_rules

COUNCIL = re.compile(
    r"\b((?:[A-Z][\w’'-]*\s(?:(?:and|&|of)\s)?){1,5}(?:City and County|County|City|Borough|District|Town|Community|Parish)\s"
    r"Council)\b")
NOT_A_NAME = {"The", "This", "That", "A", "An", "Any", "Each", "Every", "Our", "Their", "Its"}


def find_council_name(text: str, body: str | None) -> str | None:
    """The meeting's own body when it is a council; else the council named most often in the text."""
    if body and re.search(r"\bCouncil$", body):
        return body
    counts: Counter[str] = Counter()
    for match in COUNCIL.finditer(text):
        name = match.group(1)
        words = name.split()
        while words and words[0] in NOT_A_NAME:
            words = words[1:]
        if len(words) >= 3:
            counts[" ".join(words)] += 1
    if not counts:
        return parent_council(body) or body
    return counts.most_common(1)[0][0]


@lru_cache(maxsize=1)
def _parents() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(row["pattern"]), row["council"]) for row in load_rules("parent_councils"))


def parent_council(body: str | None) -> str | None:
    """The council a district belongs to ("Municipal District of Newcastle West" -> Limerick City and
    County Council), from rules/parent_councils.jsonl; None when no rule knows the body."""
    if not body:
        return None
    return next((council for pattern, council in _parents() if pattern.search(body)), None)
