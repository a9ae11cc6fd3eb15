"""The commitment lexicon (rules/commitment_lexicon.jsonl) as word sets by rule id, shared by the components."""
from __future__ import annotations

from functools import lru_cache

from ..rulebook import load_rules


@lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    table = {row["id"]: frozenset(w.lower() for w in row["words"]) for row in load_rules("commitment_lexicon")}
    rows = {row["id"]: row for row in load_rules("commitment_lexicon")}
    table["lex.phrasal_ok"] = frozenset(rows["lex.state_verbs"].get("phrasal_ok", ()))
    table["lex.spending_objects"] = frozenset(rows["lex.spending_verbs"]["objects"])
    return table
