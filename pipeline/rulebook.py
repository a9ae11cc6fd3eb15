"""Load rule tables from pipeline/rules/*.jsonl.

Rules are data: each line is a JSON object with a unique "id". Code asks for a table by name and
gets the validated rows; tests parametrize over the same rows, so a new rule gets a test row.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .errors import MinutesError

RULES_DIR = Path(__file__).parent / "rules"


class RuleFileError(MinutesError):
    """A rules file is missing, malformed or has duplicate ids."""


@lru_cache(maxsize=None)
def load_rules(name: str) -> tuple[dict, ...]:
    """Return the rows of pipeline/rules/<name>.jsonl, checking that ids are present and unique."""
    path = RULES_DIR / f"{name}.jsonl"
    if not path.is_file():
        raise RuleFileError(f"rules file not found: {path}")
    rows: list[dict] = []
    seen: set[str] = set()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise RuleFileError(f"{path.name}:{lineno}: invalid JSON ({err.msg})") from err
        rule_id = row.get("id")
        if not rule_id:
            raise RuleFileError(f"{path.name}:{lineno}: rule without an id")
        if rule_id in seen:
            raise RuleFileError(f"{path.name}:{lineno}: duplicate rule id {rule_id!r}")
        seen.add(rule_id)
        rows.append(row)
    return tuple(rows)


def words(name: str, field: str = "words") -> dict[str, str]:
    """Map every word listed under `field` in a rules table to the id of its rule."""
    table: dict[str, str] = {}
    for row in load_rules(name):
        for word in row.get(field, []):
            table[word.lower()] = row["id"]
    return table
