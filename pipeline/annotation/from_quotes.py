"""Convert the first-generation gold (quote form, as example-seed.json) to offset JSONL.

Commitments, questions, decoys and participants come from the quote file; the sentences (and,
when asked, entity suggestions) come from a pipeline draft, to be checked by an annotator.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..ingest import read_document
from .draft import make_draft
from .gold import GoldDocument, GoldFileError
from .resolve import resolve_quotes

COMMITMENT_KEYS = ("kind", "who_text", "who_name", "who_role", "what", "to_whom", "deadline_text",
                   "deadline_date", "certainty", "why")
QUESTION_KEYS = ("asked_by_text", "asked_by_name", "answered_by_text", "answered_by_name")


def convert_quote_gold(quote_file: Path, corpus_root: Path, nlp: Language, *, with_entities: bool = False) -> GoldDocument:
    try:
        gold = json.loads(quote_file.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise GoldFileError(f"{quote_file}: cannot read quote gold ({err})") from err
    document = read_document(corpus_root / gold["doc"])
    draft = make_draft(document, nlp, doc_path=gold["doc"], with_entities=with_entities)
    header = dict(draft.header)
    header.update({"meeting_date": gold.get("meeting_date"), "meeting_body": gold.get("meeting_body"),
                   "annotator": "quote-gold v1 (single annotator); sentences pre-labelled by rules",
                   "pass": "draft", "checked": ["commitments", "questions", "not_commitments", "participants"],
                   "note": gold.get("note", "")})
    lines: list[dict[str, Any]] = [row for row in draft.lines if row["type"] in ("sentence", "entity")]
    for p in gold.get("participants", []):
        lines.append({"type": "participant", "name": p.get("name"), "role": p.get("role"), "kind": p.get("kind")})
    for c in gold.get("commitments", []):
        lines.append({"type": "commitment", "quote": c["quote"], **{k: c.get(k) for k in COMMITMENT_KEYS}})
    for q in gold.get("questions", []):
        lines.append({"type": "question", "quote": q["quote"], **{k: q.get(k) for k in QUESTION_KEYS}})
    for d in gold.get("not_commitments", []):
        lines.append({"type": "not_commitment", "quote": d["quote"], "reason": d.get("why")})
    converted = GoldDocument(header, lines)
    missing = resolve_quotes(converted)
    if missing:
        raise GoldFileError(f"{quote_file}: {len(missing)} quotes not found in the text, first: {missing[0][:80]!r}")
    return converted
