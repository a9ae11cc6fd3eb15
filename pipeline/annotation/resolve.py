"""Turn an annotator's quote-only labels into offsets, and check that a file is finished gold."""
from __future__ import annotations

from ..evaluation.quotes import Squashed
from .gold import SPAN_TYPES, GoldDocument, GoldFileError


def resolve_quotes(document: GoldDocument) -> list[str]:
    """Give every span label without offsets the offsets of its ``quote``; return the quotes that
    could not be found (the caller decides whether that is fatal)."""
    squashed = Squashed.of(document.text)
    missing: list[str] = []
    for row in document.lines:
        if row["type"] not in SPAN_TYPES or isinstance(row.get("start"), int):
            continue
        span = squashed.locate(row.get("quote") or row.get("text") or "")
        if span is None:
            missing.append(row.get("quote") or row.get("text") or "")
            continue
        row["start"], row["end"] = span
        key = "text" if row["type"] in ("sentence", "entity") else "quote"
        row[key] = document.text[span[0]:span[1]]
    return missing


def check_finished(document: GoldDocument) -> None:
    """Gold is finished when no label is still a draft and every span has offsets."""
    where = document.path or document.doc
    for row in document.lines:
        if row.get("draft"):
            raise GoldFileError(f"{where}: a {row['type']} is still marked draft: "
                                f"{(row.get('quote') or row.get('text') or '')[:60]!r}")
        if row["type"] in SPAN_TYPES and not isinstance(row.get("start"), int):
            raise GoldFileError(f"{where}: a {row['type']} has no offsets")
    if document.header.get("pass") == "draft":
        raise GoldFileError(f"{where}: header 'pass' is still 'draft' (set 'first' or 'second')")
