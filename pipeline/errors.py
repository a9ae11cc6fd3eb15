"""Exceptions raised by the library. Only the CLI turns them into messages and exit codes."""


class MinutesError(Exception):
    """Base class for every error this package raises on purpose."""


class IngestError(MinutesError):
    """A document could not be read into text. The message is a one-line reason for the user."""


class UnsupportedFormatError(IngestError):
    """The file extension is not one of .txt, .md, .html, .htm, .pdf."""


class EmptyDocumentError(IngestError):
    """The file is empty or holds only whitespace/markup once read."""


class BinaryContentError(IngestError):
    """The file claims to be text but holds binary data."""


class CorruptDocumentError(IngestError):
    """The file is damaged (for example a truncated PDF) and cannot be parsed."""


class NoTextLayerError(IngestError):
    """A PDF whose pages carry no extractable text (scanned images without OCR)."""


class DocumentTooLargeError(IngestError):
    """The file is larger than the configured size limit."""


class RecordError(MinutesError):
    """A record failed validation against the output contract."""
