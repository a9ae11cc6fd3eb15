"""The value the ingest layer hands to the rest of the pipeline."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Document:
    """One input file read into normalised text.

    Frozen because every downstream character offset indexes into ``text``: once a Document
    exists its text must never change under the annotations that point into it.
    """

    source: str
    """The path as given by the caller (``str(path)``), or the ``source`` passed to read_bytes."""
    format: str
    """One of "txt", "md", "html", "pdf"."""
    text: str
    """The normalised text (see pipeline.ingest.normalise for the conventions)."""
    encoding: str | None
    """Detected text encoding for txt/md/html; None for pdf."""
    pages: int | None
    """PDF page count; None for the other formats."""
