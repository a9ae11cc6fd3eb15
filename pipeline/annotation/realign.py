"""Move a gold file's labels onto a new reading of the same source.

When the reader changes (a table read cell by cell instead of joined with " | ", a footer dropped), the
stored gold text no longer is what the product reads, and sentence labels (speaker, act) cannot be
scored on the new text. Realigning is mechanical: words are matched between the two readings (whitespace
and separators may differ; the words of a label must not), and every span keeps the words it covered.
A label whose words changed is reported, not silently rewritten: a person decides.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from .gold import SPAN_TYPES, GoldDocument

# Words and single punctuation marks: "1.Call" and "1. Call" share their tokens.
_WORD = re.compile(r"\w+|[^\w\s]")
# Cell and column separators the reader may add or drop between readings; they carry no words.
_SEPARATORS = frozenset({"|", "•", "-", "–", "—"})


@dataclass
class Realignment:
    """The realigned document and what could not follow exactly."""

    document: GoldDocument
    changed: list[dict] = field(default_factory=list)  # labels whose words differ in the new reading
    lost: list[dict] = field(default_factory=list)  # labels with no word left in the new reading


def _words(text: str, start: int = 0, end: int | None = None) -> list[str]:
    return [w for w in _WORD.findall(text[start:end]) if w not in _SEPARATORS]


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _map_words(old: str, new: str, a: tuple[int, int], b: tuple[int, int], mapping: dict[int, int]) -> None:
    """Map the characters of the words old[a] and new[b] share (in order)."""
    old_words = list(_WORD.finditer(old, *a))
    new_words = list(_WORD.finditer(new, *b))
    matcher = difflib.SequenceMatcher(None, [m.group() for m in old_words], [m.group() for m in new_words],
                                      autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            x, y = old_words[block.a + k], new_words[block.b + k]
            for offset in range(x.end() - x.start()):
                mapping[x.start() + offset] = y.start() + offset


def _char_map(old: str, new: str) -> dict[int, int]:
    """Old character offset -> new offset, for every character both readings share: whole lines first (a
    line the reader dropped must not lend its words to its neighbour), then words within what differs."""
    old_lines, new_lines = _lines(old), _lines(new)
    matcher = difflib.SequenceMatcher(None, [old[s:e].strip() for s, e in old_lines],
                                      [new[s:e].strip() for s, e in new_lines], autojunk=False)
    mapping: dict[int, int] = {}
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for old_line, new_line in zip(old_lines[i1:i2], new_lines[j1:j2]):
                _map_words(old, new, old_line, new_line, mapping)
        elif i1 < i2 and j1 < j2:
            _map_words(old, new, (old_lines[i1][0], old_lines[i2 - 1][1]), (new_lines[j1][0], new_lines[j2 - 1][1]), mapping)
    return mapping


def _move(start: int, end: int, mapping: dict[int, int]) -> tuple[int, int] | None:
    """The new span of old [start, end): its first and last shared characters, or None if none is."""
    first = next((mapping[i] for i in range(start, end) if i in mapping), None)
    last = next((mapping[i] for i in range(end - 1, start - 1, -1) if i in mapping), None)
    if first is None or last is None or last < first:
        return None
    return first, last + 1


def realign(document: GoldDocument, text: str) -> Realignment:
    """The gold ``document`` with its span labels moved onto ``text`` (a new reading of its source)."""
    old = document.text
    mapping = _char_map(old, text)
    lines: list[dict] = []
    result = Realignment(GoldDocument({**document.header, "text": text}, lines, document.path))
    for row in document.lines:
        if row["type"] not in SPAN_TYPES or not isinstance(row.get("start"), int):
            lines.append(dict(row))
            continue
        moved = _move(row["start"], row["end"], mapping)
        if moved is None:
            result.lost.append(row)
            continue
        new_row = {**row, "start": moved[0], "end": moved[1]}
        key = "text" if row["type"] in ("sentence", "entity") else "quote"
        new_row[key] = text[moved[0]:moved[1]]
        if _words(old, row["start"], row["end"]) != _words(text, *moved):
            result.changed.append({"type": row["type"], "old": old[row["start"]:row["end"]],
                                   "new": new_row[key]})
        lines.append(new_row)
    return result
