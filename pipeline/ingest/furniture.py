"""Page furniture: lines that belong to the page, not to the minutes.

Line patterns live in pipeline/rules/furniture.jsonl (kind "line"), so a new converter artefact
is a new data row with a test row, not new code. Running headers and footers cannot be listed in
advance; they are found per document as short lines that recur at the top or bottom of most pages.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..rulebook import load_rules

_HEADER_ZONE = 2          # lines at the top and bottom of a page where running heads live
_HEADER_MAX_CHARS = 80
_MIN_PAGES = 3


@lru_cache(maxsize=1)
def line_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(rule id, compiled full-line pattern) for every kind "line" row of furniture.jsonl."""
    return tuple(
        (row["id"], re.compile(row["pattern"]))
        for row in load_rules("furniture")
        if row.get("kind") == "line"
    )


@lru_cache(maxsize=1)
def web_line_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(rule id, full-line pattern) for the kind "web_line" rows: a web page's own furniture."""
    return tuple((row["id"], re.compile(row["pattern"])) for row in load_rules("furniture") if row.get("kind") == "web_line")


def web_furniture_rule(line: str) -> str | None:
    """The id of the rule that marks `line` as a web page's furniture ("Was this page helpful?"), else None."""
    return next((rule_id for rule_id, pattern in web_line_rules() if pattern.fullmatch(line)), None)


def furniture_rule(line: str) -> str | None:
    """Return the id of the rule that marks `line` (already stripped) as furniture, else None."""
    for rule_id, pattern in line_rules():
        if pattern.fullmatch(line):
            return rule_id
    return None


def _key(line: str) -> str:
    """Compare running heads modulo digits, so "Minutes 12 May - page 3" matches page 4's."""
    return re.sub(r"\d+", "#", " ".join(line.split()).lower())


def _could_be_head(line: str) -> bool:
    """Running heads are short phrases; a bare item number ("3.") or a lone word is content."""
    letters = sum(c.isalpha() for c in line)
    return len(line) <= _HEADER_MAX_CHARS and len(line.split()) >= 2 and letters >= 6


def running_heads(pages: list[list[str]]) -> frozenset[str]:
    """Keys of short lines found in the header/footer zone of at least half the pages (min. 3)."""
    if len(pages) < _MIN_PAGES:
        return frozenset()
    counts: Counter[str] = Counter()
    for page in pages:
        lines = [line.strip() for line in page if line.strip()]
        zone = lines[:_HEADER_ZONE] + lines[-_HEADER_ZONE:]
        counts.update({_key(line) for line in zone if _could_be_head(line)})
    threshold = max(_MIN_PAGES, (len(pages) + 1) // 2)
    return frozenset(key for key, n in counts.items() if n >= threshold)


def strip_running_heads(pages: list[list[str]]) -> list[list[str]]:
    """Drop running header/footer lines, looking only in each page's header and footer zones."""
    heads = running_heads(pages)
    if not heads:
        return pages
    result = []
    for page in pages:
        idx = [i for i, line in enumerate(page) if line.strip()]
        zone = set(idx[:_HEADER_ZONE] + idx[-_HEADER_ZONE:])
        result.append([line for i, line in enumerate(page) if i not in zone or _key(line) not in heads])
    return result
