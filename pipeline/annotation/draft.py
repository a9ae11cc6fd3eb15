"""Pre-annotate a document for an annotator to correct (a draft is never gold until checked).

The draft holds every sentence with the pipeline's act and speaker, the commitments and questions
it found (marked ``"draft": true``), its participants, and, on request, NER suggestions: the
model's PERSON/ORG/DATE entities and ROLE spans from the role rules and the listed participants'
titles.
"""
from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..ingest import Document, read_document
from ..extraction import run_pipeline
from ..rulebook import load_rules
from .gold import GoldDocument

KEPT_MODEL_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "DATE": "DATE"}


def _speaker_fields(participant: dict[str, Any] | None) -> dict[str, Any]:
    if participant is None:
        return {"speaker": None, "speaker_name": None}
    label = participant["name"] or participant["role"]
    return {"speaker": label, "speaker_name": participant["name"]}


def _role_regexes() -> list[re.Pattern[str]]:
    return [re.compile(rf"(?<![\w])(?:{row['pattern']})(?![\w])", re.IGNORECASE) for row in load_rules("roles")]


def suggest_entities(doc: Doc, record: dict[str, Any]) -> list[dict[str, Any]]:
    """Model entities plus ROLE spans; where spans overlap the longer one is kept."""
    text = doc.text
    spans: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        if ent.label_ in KEPT_MODEL_LABELS:
            spans.append((ent.start_char, ent.end_char, KEPT_MODEL_LABELS[ent.label_]))
    for regex in _role_regexes():
        spans.extend((m.start(), m.end(), "ROLE") for m in regex.finditer(text))
    for participant in record["participants"]:
        role = participant.get("role")
        if role and len(role) > 3:
            spans.extend((m.start(), m.end(), "ROLE") for m in re.finditer(re.escape(role), text))
    kept: list[tuple[int, int, str]] = []
    taken = [False] * len(text)
    for start, end, label in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
        if any(taken[start:end]):
            continue
        for i in range(start, end):
            taken[i] = True
        kept.append((start, end, label))
    return [{"type": "entity", "start": s, "end": e, "text": text[s:e], "label": label}
            for s, e, label in sorted(kept)]


def make_draft(document: Document, nlp: Language, *, doc_path: str, with_entities: bool = False,
               annotator: str = "draft") -> GoldDocument:
    doc, record = run_pipeline(document, nlp)
    text = record["text"]
    participants = {p["id"]: p for p in record["participants"]}
    header = {"type": "document", "doc": doc_path, "meeting_date": record["meeting"].get("date"),
              "meeting_body": record["meeting"].get("body"), "annotator": annotator, "pass": "draft",
              "ner": with_entities, "note": "", "text": text}
    lines: list[dict[str, Any]] = []
    for p in record["participants"]:
        lines.append({"type": "participant", "name": p["name"], "role": p["role"], "kind": p["kind"]})
    for u in record["utterances"]:
        lines.append({"type": "sentence", "start": u["start"], "end": u["end"], "text": text[u["start"]:u["end"]],
                      "act": u["act"], **_speaker_fields(participants.get(u["speaker"]))})
    for c in record["commitments"]:
        who = c["who"]
        deadline = c["deadline"] or {}
        lines.append({"type": "commitment", "start": c["evidence"]["start"], "end": c["evidence"]["end"],
                      "quote": c["evidence"]["quote"], "kind": c["kind"], "who_text": who.get("text"),
                      "who_name": who.get("name"), "who_role": who.get("role"), "what": c["what"],
                      "to_whom": c.get("to_whom"), "deadline_text": deadline.get("text"),
                      "deadline_date": deadline.get("date"), "draft": True})
    utterances = {u["id"]: u for u in record["utterances"]}
    for q in record["questions"]:
        u = utterances[q["utterance"]]
        asker = participants.get(q["asked_by"]) if q["asked_by"] else None
        answerers = [participants[a] for a in q["answered_by"] if a in participants]
        lines.append({"type": "question", "start": u["start"], "end": u["end"], "quote": text[u["start"]:u["end"]],
                      "asked_by_text": q.get("asked_by_text"), "asked_by_name": asker["name"] if asker else None,
                      "answered_by_text": "; ".join(a["name"] or a["role"] or "" for a in answerers) or None,
                      "answered_by_name": "; ".join(a["name"] for a in answerers if a["name"]) or None,
                      "draft": True})
    if with_entities:
        lines.extend(suggest_entities(doc, record))
    return GoldDocument(header, lines)


def draft_file(path: str, nlp: Language, *, doc_path: str, with_entities: bool = False) -> GoldDocument:
    return make_draft(read_document(path), nlp, doc_path=doc_path, with_entities=with_entities)
