"""Run the assembled pipeline over a few hand-written lines of minutes."""
from __future__ import annotations

from pipeline.extraction import extract_document
from pipeline.ingest import Document


def record_for(nlp, body: str, *, title: str = "1. Roads and Transportation", date_line: str | None = None) -> dict:
    """A small meeting: an optional dated header, one agenda item, then `body` as its content."""
    header = date_line or "MINUTES OF MEETING OF THE MUNICIPAL DISTRICT OF NEWCASTLE WEST HELD ON WEDNESDAY, 6TH MARCH, 2019."
    text = f"{header}\n\n{title}\n\n{body}\n"
    return extract_document(Document(source="test.txt", format="txt", text=text, encoding="utf-8", pages=None), nlp)


def utterances_by_text(record: dict) -> dict[str, dict]:
    """Each utterance of a record under its own text ("The Director stated ..." -> the utterance)."""
    return {record["text"][u["start"]:u["end"]]: u for u in record["utterances"]}


def speakers_said(record: dict) -> dict[str, str | None]:
    """Each utterance's text -> its speaker's name (the post, where the participant has no name), or None."""
    names = {p["id"]: p["name"] or p["role"] for p in record["participants"]}
    return {text: names.get(u["speaker"]) for text, u in utterances_by_text(record).items()}


def speaker_of(nlp, body: str, sentence: str, **kwargs) -> str | None:
    """Who the pipeline says speaks `sentence` in a small meeting of `body` (titled "Minutes" unless told)."""
    return speakers_said(record_for(nlp, body, **{"title": "Minutes", **kwargs}))[sentence]
