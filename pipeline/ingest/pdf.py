"""PDF to physical lines per page with pypdf.

pypdf's plain extraction keeps the run of spaces before a right-hand column, which is what lets
the normaliser split off MSCC action-owner cells. pypdf is chatty about fonts on the logger
"pypdf"; that is silenced while we read, and every parse failure becomes CorruptDocumentError so
callers never see a pypdf exception.
"""
from __future__ import annotations

import io
import logging
import struct
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from ..errors import CorruptDocumentError, EmptyDocumentError, NoTextLayerError

# What pypdf lets escape on damaged files besides its own errors.
_PARSE_ERRORS = (PyPdfError, ValueError, KeyError, TypeError, IndexError, AttributeError,
                 AssertionError, OSError, RecursionError, ZeroDivisionError, struct.error,
                 zlib.error, UnicodeError)


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def pdf_pages(data: bytes) -> list[str]:
    """Return the extracted text of every page; raise IngestError subclasses on bad PDFs."""
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise CorruptDocumentError("file is not a PDF (no %PDF header)")
    if b"%%EOF" not in data[-2048:]:
        raise CorruptDocumentError("PDF is truncated or corrupt (no end-of-file marker)")
    with _quiet_pypdf():
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise CorruptDocumentError("PDF is encrypted and cannot be read without a password")
            texts = [page.extract_text() or "" for page in reader.pages]
        except _PARSE_ERRORS as err:
            raise CorruptDocumentError(f"PDF is corrupt and cannot be parsed ({type(err).__name__})") from err
    if not texts:
        raise EmptyDocumentError("PDF has no pages")
    if not any(text.strip() for text in texts):
        raise NoTextLayerError("PDF has no text layer (scanned image?); run OCR first")
    return texts
