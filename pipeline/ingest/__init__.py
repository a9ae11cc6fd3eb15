"""Ingest: read .txt, .md, .html and .pdf minutes into a Document with normalised text.

The conventions of the normalised text are documented in pipeline.ingest.normalise.
"""
from .document import Document
from .reader import SUPPORTED_SUFFIXES, read_bytes, read_document

__all__ = ["Document", "SUPPORTED_SUFFIXES", "read_bytes", "read_document"]
