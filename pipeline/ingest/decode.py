"""Bytes to str for the text formats: encoding detection and the binary-data check.

Council pages come from many authoring tools, so utf-8 cannot be assumed. The order is
utf-8 (BOM stripped), then charset-normalizer's best guess, with cp1252 preferred whenever the
guess is just another Latin single-byte code page: on short English texts charset-normalizer
often says cp1250 for what Word wrote as cp1252, and cp1252 is what Windows-authored minutes are.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from ..errors import BinaryContentError

# Latin single-byte code pages that charset-normalizer confuses with cp1252 on English text.
_LATIN_SINGLE_BYTE = frozenset(
    {
        "cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859_1", "iso8859_2", "iso8859_3",
        "iso8859_4", "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15",
        "iso8859_16", "mac_roman", "mac_latin2", "cp437", "cp850", "cp858", "ascii",
    }
)
# C0/C1 control characters other than the whitespace ones that plain text legitimately holds.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\x80-\x9f]")
_MAX_CONTROL_RATIO = 0.02


def canonical_codec(name: str) -> str | None:
    """Return Python's canonical codec name for `name`, or None when Python does not know it."""
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None


def check_not_binary(data: bytes) -> None:
    """Refuse bytes that are not text: NUL bytes are never in a text file of a text format."""
    if b"\x00" in data[:65536]:
        raise BinaryContentError("file holds binary data (NUL bytes), not text")


def check_text_not_binary(text: str) -> None:
    """Refuse decoded text with a high share of control characters (binary read as text)."""
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > _MAX_CONTROL_RATIO:
        raise BinaryContentError("file holds binary data (control characters), not text")


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode `data`, returning (text, encoding name).

    `declared` is an encoding the document names for itself (HTML <meta charset>); it is honoured
    when Python knows it and the bytes decode under it without error.
    """
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec), codec
            except UnicodeDecodeError:
                break
    check_not_binary(data)
    if declared:
        codec = canonical_codec(declared)
        if codec is not None:
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    guess = canonical_codec(best.encoding) if best is not None else None
    if guess is not None and guess.replace("-", "_") not in _LATIN_SINGLE_BYTE:
        try:
            return data.decode(guess), guess
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 decodes everything.
        codec = guess or "latin-1"
        return data.decode(codec, errors="replace"), codec
