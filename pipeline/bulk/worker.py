"""The per-document work, the same on every engine: read a source, run the pipeline, build the record.

A worker process (or Dask worker) loads the pipeline once per settings and keeps it; batches of
documents go through ``nlp.pipe`` together (segments.annotate). A failure is the failing document's alone: it becomes an
Outcome with a one-line reason and the rest of the batch carries on.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from ..errors import DocumentTooLargeError, IngestError, MinutesError
from ..ingest import Document, read_document
from ..ingest.reader import read_bytes
from ..records import doc_to_record, make_doc_id
from ..segments import annotate
from .sources import Limits, Source

DEFAULT_MAX_CHARS = 1_000_000     # text per document; the whole-document components hold it all at once


@dataclass(frozen=True)
class Settings:
    """Everything a worker needs to build the same pipeline as every other worker."""
    config: str | None = None
    overrides: tuple[tuple[str, Any], ...] = ()
    limits: Limits = Limits()
    max_chars: int = DEFAULT_MAX_CHARS
    threads: int = 0          # torch threads per worker; 0 leaves torch's default

    @classmethod
    def make(cls, config: str | None = None, overrides: Mapping[str, Any] | None = None, **kwargs) -> "Settings":
        return cls(config, tuple(sorted((overrides or {}).items(), key=lambda kv: kv[0])), **kwargs)


@dataclass
class Outcome:
    source: str
    doc_id: str | None = None
    record: dict[str, Any] | None = None
    error: str | None = None
    skipped: bool = False
    words: int = field(default=0)

    @property
    def ok(self) -> bool:
        return self.record is not None


_PIPELINES: dict[str, Any] = {}


def pipeline_for(settings: Settings):
    """The pipeline for these settings, loaded once per process."""
    key = json.dumps([settings.config, settings.overrides, settings.max_chars], sort_keys=True, default=str)
    nlp = _PIPELINES.get(key)
    if nlp is None:
        from ..nlp import load_pipeline

        if settings.threads:
            import torch

            torch.set_num_threads(settings.threads)
        nlp = load_pipeline(settings.config, overrides=dict(settings.overrides))
        _PIPELINES.clear()   # one pipeline per process: a worker serves one run
        _PIPELINES[key] = nlp
    return nlp


def forget_pipelines() -> None:
    """Drop this process's pipeline (a parent that only checked the config, before starting workers)."""
    _PIPELINES.clear()


def read_source(source: Source, settings: Settings) -> Document:
    if source.error is not None:
        raise IngestError(source.error)
    if source.data is not None:
        document = read_bytes(source.data, suffix=source.suffix, source=source.name,
                              max_bytes=settings.limits.max_bytes)
    else:
        document = read_document(source.path or source.name, max_bytes=settings.limits.max_bytes)
    if len(document.text) > settings.max_chars:
        raise DocumentTooLargeError(f"document text is {len(document.text):,} characters, more than the limit of "
                                    f"{settings.max_chars:,} (--max-chars)")
    return document


def _failure(source: str, err: BaseException) -> Outcome:
    if isinstance(err, MinutesError):
        return Outcome(source, error=str(err))
    if isinstance(err, OSError):
        return Outcome(source, error=f"cannot read file: {err.strerror or err}")
    return Outcome(source, error=f"internal error while extracting ({type(err).__name__}: {err})")


def process_batch(sources: Sequence[Source], settings: Settings,
                  done: frozenset[str] | set[str] = frozenset()) -> list[Outcome]:
    """One Outcome per source, in order. Documents whose doc_id is in ``done`` are skipped (resume)."""
    outcomes: list[Outcome | None] = [None] * len(sources)
    todo: list[tuple[int, Document, str]] = []
    for i, source in enumerate(sources):
        try:
            document = read_source(source, settings)
        except (MinutesError, OSError) as err:
            outcomes[i] = _failure(source.name, err)
            continue
        doc_id = make_doc_id(document.source, document.text)
        if doc_id in done:
            outcomes[i] = Outcome(source.name, doc_id=doc_id, skipped=True)
        else:
            todo.append((i, document, doc_id))
    if todo:
        nlp = pipeline_for(settings)
        try:
            docs = list(annotate(nlp, [(d.text, d.source) for _, d, _ in todo], batch_size=len(todo)))
        except Exception:  # noqa: BLE001  one bad document fails the batch: redo one by one to isolate it
            docs = [None] * len(todo)
        for (i, document, doc_id), doc in zip(todo, docs):
            outcomes[i] = _finish(nlp, document, doc_id, doc)
    return [o for o in outcomes if o is not None]


def _finish(nlp, document: Document, doc_id: str, doc) -> Outcome:
    try:
        if doc is None:
            (doc,) = annotate(nlp, [(document.text, document.source)])
        record = doc_to_record(doc, source=document.source)
    except Exception as err:  # noqa: BLE001  a bug on one document must not lose the archive's other records
        return _failure(document.source, err)
    return Outcome(document.source, doc_id=record["doc_id"], record=record, words=len(document.text.split()))
