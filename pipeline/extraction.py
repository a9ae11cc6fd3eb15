"""From input paths to meeting records: expand inputs, read, run the pipeline, build records.

Nothing is lost: every input yields either a record or an error with a one-line reason.
"""
from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .errors import IngestError, MinutesError
from .ingest import SUPPORTED_SUFFIXES, Document, read_document
from .records import doc_to_record


class InputNotFoundError(MinutesError):
    """A path given on the command line does not exist and matches no file."""


@dataclass
class Outcome:
    source: str
    record: dict[str, Any] | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.record is not None


def expand_inputs(inputs: Iterable[str | os.PathLike]) -> list[str]:
    """Files, directories (recursive, supported suffixes only, sorted) and glob patterns."""
    found: list[str] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            found.extend(str(p) for p in sorted(path.rglob("*"))
                         if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
        elif path.exists():
            found.append(str(raw))
        else:
            matches = sorted(glob.glob(str(raw), recursive=True))
            if not matches:
                raise InputNotFoundError(f"no such file or directory: {raw}")
            found.extend(m for m in matches if Path(m).is_file())
    return list(dict.fromkeys(found))


def run_pipeline(document: Document, nlp: Language) -> tuple[Doc, dict[str, Any]]:
    """The processed Doc and its record (evaluation needs both; extraction only the record)."""
    doc = nlp.make_doc(document.text)
    doc._.source = document.source
    doc = nlp(doc)
    return doc, doc_to_record(doc, source=document.source)


def extract_document(document: Document, nlp: Language) -> dict[str, Any]:
    return run_pipeline(document, nlp)[1]


def extract_file(path: str | os.PathLike, nlp: Language) -> dict[str, Any]:
    return extract_document(read_document(path), nlp)


def extract_many(paths: Iterable[str], nlp: Language) -> Iterator[Outcome]:
    """One Outcome per input path, in order; a failure on one document never stops the rest."""
    for source in paths:
        try:
            document = read_document(source)
        except IngestError as err:
            yield Outcome(source, error=str(err))
            continue
        except OSError as err:
            yield Outcome(source, error=f"cannot read file: {err.strerror or err}")
            continue
        try:
            yield Outcome(source, record=extract_document(document, nlp))
        except MinutesError as err:
            yield Outcome(source, error=str(err))
        except Exception as err:  # a bug on one document must not lose the archive's other records
            yield Outcome(source, error=f"internal error while extracting ({type(err).__name__}: {err})")
