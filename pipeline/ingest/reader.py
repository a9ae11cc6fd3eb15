"""Entry points: a path or bytes in, a Document out, or one IngestError subclass with a
one-line reason the CLI can show as is."""
from __future__ import annotations

import os
from pathlib import Path

from ..errors import DocumentTooLargeError, EmptyDocumentError, UnsupportedFormatError
from .decode import check_text_not_binary, decode_text
from .document import Document
from .html import html_text
from .markdown import markdown_pages
from .normalise import normalise
from .pdf import pdf_pages

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf")
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
_FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
            ".pdf": "pdf"}


def _format_for(suffix: str) -> str:
    fmt = _FORMATS.get(suffix.lower())
    if fmt is None:
        shown = suffix or "(none)"
        raise UnsupportedFormatError(
            f"unsupported file type {shown}; expected one of {', '.join(SUPPORTED_SUFFIXES)}"
        )
    return fmt


def _too_large(size: int, max_bytes: int) -> DocumentTooLargeError:
    return DocumentTooLargeError(f"file is {size:,} bytes, larger than the limit of {max_bytes:,} bytes")


def read_document(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read a .txt/.md/.html/.pdf file into a Document.

    The size is checked with stat before any byte is read, so an oversized file costs nothing.
    """
    source = str(path)
    p = Path(path)
    _format_for(p.suffix)
    size = p.stat().st_size
    if size > max_bytes:
        raise _too_large(size, max_bytes)
    return read_bytes(p.read_bytes(), suffix=p.suffix, source=source, max_bytes=max_bytes)


def read_bytes(data: bytes, *, suffix: str, source: str,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Same as read_document, for content already in memory; `suffix` picks the format."""
    fmt = _format_for(suffix if suffix.startswith(".") or not suffix else "." + suffix)
    if len(data) > max_bytes:
        raise _too_large(len(data), max_bytes)
    if not data:
        raise EmptyDocumentError("file is empty")
    encoding: str | None
    pages: int | None = None
    if fmt == "pdf":
        texts = pdf_pages(data)
        pages, encoding = len(texts), None
        text = normalise([t.splitlines() for t in texts], owner_cells=True, page_gap_blank=False)
    elif fmt == "html":
        text, encoding = html_text(data)
        check_text_not_binary(text)
    else:
        raw, encoding = decode_text(data)
        check_text_not_binary(raw)
        page_lines = markdown_pages(raw) if fmt == "md" else [raw.splitlines()]
        text = normalise(page_lines)
    if not text.strip():
        raise EmptyDocumentError("document holds no text once read (empty or only whitespace/markup)")
    return Document(source=source, format=fmt, text=text, encoding=encoding, pages=pages)
