"""Doc -> meeting record (the output contract in shared/spec/records.md), and its validation."""
from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path, PurePath
from typing import Any

from spacy.tokens import Doc

from .errors import RecordError
from .extensions import text_of

SCHEMA_ID = "minutes.meeting/1"
SCHEMA_PATH = Path(__file__).parent / "schema" / "meeting.schema.json"


def make_doc_id(source: str, text: str) -> str:
    """Stable id: the same input gives the same id.

    Built from the path below a `corpus/` folder where there is one (so copies of the corpus
    on other machines agree), else from the file name; a short hash of the text keeps two
    files with the same name apart.
    """
    parts = PurePath(source).parts
    if "corpus" in parts:
        parts = parts[parts.index("corpus") + 1:]
    else:
        parts = parts[-1:]
    stem = "-".join(parts)
    stem = re.sub(r"\.[A-Za-z]{2,8}$", "", stem)
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")[:100].strip("-") or "document"
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{digest}"


def doc_to_record(doc: Doc, *, source: str) -> dict[str, Any]:
    meeting = doc._.meeting
    registry = doc._.participants
    structure = doc._.structure
    utterances = doc._.utterances or []
    questions = doc._.questions or []
    commitments = doc._.commitments or []

    uid = {u.index: f"u{n + 1}" for n, u in enumerate(utterances)}
    qid = {n: f"q{n + 1}" for n in range(len(questions))}
    question_by_utterance = {q.utterance: n for n, q in enumerate(questions)}
    participants_out = []
    for p in registry.participants:
        mentions = sorted({(int(s), int(e)) for s, e in p.mentions})
        participants_out.append({
            "id": p.id, "name": p.name, "role": p.role, "kind": p.kind,
            "mentions": [[s, e] for s, e in mentions], "present": p.present, "source": p.source,
        })
    record = {
        "schema": SCHEMA_ID,
        "doc_id": make_doc_id(source, text_of(doc)),
        "source": source,
        "meeting": {
            "body": meeting.body if meeting else None,
            "date": meeting.date.isoformat() if meeting and meeting.date else None,
            "title": meeting.title if meeting else None,
        },
        "text": text_of(doc),
        "participants": participants_out,
        "items": [
            {"id": i.id, "number": i.number, "title": i.title, "start": i.start, "end": i.end}
            for i in structure.items
        ],
        "utterances": [
            {"id": uid[u.index], "item": u.item, "start": u.start, "end": u.end, "speaker": u.speaker,
             "act": u.act, "act_score": round(float(u.act_score), 3), "act_rule": u.act_rule,
             "speaker_rule": u.speaker_rule}
            for u in utterances
        ],
        "questions": [
            {"id": qid[n], "utterance": uid[q.utterance], "asked_by": q.asked_by,
             "asked_by_text": q.asked_by_text, "answered_by": list(q.answered_by),
             "answers": [uid[a] for a in q.answers if a in uid], "rule": q.rule,
             "evidence": _evidence(text_of(doc), utterances[q.utterance].start, utterances[q.utterance].end)}
            for n, q in enumerate(questions)
        ],
        "commitments": [
            _commitment(doc, n, c, uid, qid, question_by_utterance, questions) for n, c in enumerate(commitments)
        ],
    }
    return record


def _evidence(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "quote": text[start:end]}


def _commitment(doc, n, c, uid, qid, question_by_utterance, questions) -> dict[str, Any]:
    prompted = c.prompted_by
    if prompted is None and c.utterance is not None:
        prompted = next((i for i, q in enumerate(questions) if c.utterance in q.answers), None)
    return {
        "id": f"c{n + 1}",
        "kind": c.kind,
        "who": {"participant": c.who.participant, "text": c.who.text, "name": c.who.name, "role": c.who.role},
        "what": c.what,
        "to_whom": c.to_whom,
        "deadline": ({"text": c.deadline.text, "date": c.deadline.date.isoformat() if c.deadline.date else None,
                      "start": c.deadline.start, "end": c.deadline.end, "rule": c.deadline.rule}
                     if c.deadline else None),
        "evidence": _evidence(text_of(doc), c.evidence_start, c.evidence_end),
        "utterance": uid.get(c.utterance) if c.utterance is not None else None,
        "prompted_by": qid.get(prompted) if prompted is not None else None,
        "confidence": c.confidence,
        "rule": c.rule,
    }


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def validate_record(record: dict[str, Any]) -> None:
    """Raise RecordError when a record breaks the contract (schema, offsets, references)."""
    import jsonschema

    try:
        jsonschema.validate(record, schema())
    except jsonschema.ValidationError as err:
        where = "/".join(str(p) for p in err.absolute_path)
        raise RecordError(f"record {record.get('doc_id')!r} invalid at {where or '<root>'}: {err.message}") from err
    text = record["text"]
    ids = {p["id"] for p in record["participants"]}
    for c in record["commitments"]:
        ev = c["evidence"]
        if text[ev["start"]:ev["end"]] != ev["quote"]:
            raise RecordError(f"{c['id']}: evidence.quote is not text[start:end]")
        if c["who"]["participant"] is not None and c["who"]["participant"] not in ids:
            raise RecordError(f"{c['id']}: who.participant {c['who']['participant']!r} is not a participant")
    for u in record["utterances"]:
        if u["speaker"] is not None and u["speaker"] not in ids:
            raise RecordError(f"{u['id']}: speaker {u['speaker']!r} is not a participant")
    for q in record["questions"]:
        if q["asked_by"] is not None and q["asked_by"] not in ids:
            raise RecordError(f"{q['id']}: asked_by {q['asked_by']!r} is not a participant")
