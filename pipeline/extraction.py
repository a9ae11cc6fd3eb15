"""One document through the pipeline to its meeting record (bulk runs: pipeline.bulk)."""
from __future__ import annotations

import os
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .ingest import Document, read_document
from .records import doc_to_record
from .segments import annotate


def run_pipeline(document: Document, nlp: Language) -> tuple[Doc, dict[str, Any]]:
    """The processed Doc and its record (evaluation needs both; extraction only the record)."""
    (doc,) = annotate(nlp, [(document.text, document.source)])
    return doc, doc_to_record(doc, source=document.source)


def extract_document(document: Document, nlp: Language) -> dict[str, Any]:
    return run_pipeline(document, nlp)[1]


def extract_file(path: str | os.PathLike, nlp: Language) -> dict[str, Any]:
    return extract_document(read_document(path), nlp)
