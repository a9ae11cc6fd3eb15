"""Markdown (the Limerick converter's output) to physical lines, markup removed.

Only what the converter emits is handled: page breaks ("---"), emphasis (*, **, ***, _),
links, "# " headings, backslash escapes and the odd <small> tag. A "#" glued to a word is a
hashtag ("#Speakfor15") and stays. "| will move" is OCR for "I will move", not a table, so pipes
are left alone.
"""
from __future__ import annotations

import re

from .furniture import furniture_rule

_PAGE_BREAK = re.compile(r"^\s*-{3,}\s*$")
_IMAGE_OR_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_TAG = re.compile(r"</?(?:small|sup|sub|u|b|i|em|strong|span|br)\b[^>\n]*>", re.IGNORECASE)
_HEADING = re.compile(r"^(\s*)#{1,6}\s+")
_BULLET_STAR = re.compile(r"^(\s*)[*+]\s+")
_STRONG = re.compile(r"(?<!\\)(?:\*\*\*|\*\*|__)")
_STAR = re.compile(r"(?<!\\)\*")
_UNDERSCORE_EM = re.compile(r"(?<![\w\\])_(?=\S)([^_\n]*?[^\s\\])_(?!\w)")
_ESCAPE = re.compile(r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])")


def clean_inline(line: str) -> str:
    """Remove markdown markup from one line, keeping every character of the text itself."""
    line = _IMAGE_OR_LINK.sub(r"\1", line)
    line = _TAG.sub("", line)
    line = _HEADING.sub(r"\1", line)
    line = _BULLET_STAR.sub(r"\1- ", line)
    line = _STRONG.sub("", line)
    line = _STAR.sub("", line)
    line = _UNDERSCORE_EM.sub(r"\1", line)
    return _ESCAPE.sub(r"\1", line)


def markdown_pages(text: str) -> list[list[str]]:
    """Split at page breaks and clean each line. Furniture matching the raw line is dropped here,
    since cleaning would hide it (the "[Original file](...)" link becomes plain words)."""
    pages: list[list[str]] = [[]]
    for raw in text.splitlines():
        if _PAGE_BREAK.match(raw):
            pages.append([])
            continue
        if furniture_rule(raw.strip()) is not None:
            continue
        pages[-1].append(clean_inline(raw))
    return [page for page in pages if page] or [[]]
