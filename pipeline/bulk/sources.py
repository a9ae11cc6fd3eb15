"""From command-line inputs to a stream of sources: files, directories (recursive), globs, and the
members of .zip / .tar / .tar.gz archives.

Archives are read member by member into memory, never extracted to disk, so a hostile member
name cannot write anywhere; such names are still refused, with a reason, as are links, members
over the size limit and archives that inflate past their total limit (decompression bombs).
Nothing is dropped silently: every input that is not a document becomes a Source with an error.
"""
from __future__ import annotations

import glob
import os
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Iterable, Iterator

from ..errors import MinutesError
from ..ingest import SUPPORTED_SUFFIXES
from ..ingest.reader import DEFAULT_MAX_BYTES

ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz")
DEFAULT_MAX_ARCHIVE_BYTES = 4 * 1024 ** 3      # total inflated size read from one archive
MAX_COMPRESSION_RATIO = 200                     # zip members inflating more than this are bombs


class InputNotFoundError(MinutesError):
    """A path given on the command line does not exist and matches no file."""


@dataclass(frozen=True)
class Limits:
    max_bytes: int = DEFAULT_MAX_BYTES                  # one document (file or archive member)
    max_archive_bytes: int = DEFAULT_MAX_ARCHIVE_BYTES  # everything inflated from one archive

    def __post_init__(self) -> None:
        if self.max_bytes <= 0 or self.max_archive_bytes <= 0:
            raise ValueError("size limits must be positive")


@dataclass(frozen=True)
class Source:
    """One document to extract: a file on disk (``path``), an archive member's bytes (``data``),
    or something that could not even be read (``error``)."""
    name: str
    suffix: str
    path: str | None = None
    data: bytes | None = None
    error: str | None = None


def archive_suffix(name: str) -> str | None:
    lower = name.lower()
    return next((s for s in ARCHIVE_SUFFIXES if lower.endswith(s)), None)


def document_suffix(name: str) -> str:
    return PurePosixPath(name).suffix.lower()


def _is_candidate(path: Path) -> bool:
    return path.is_file() and not path.name.startswith(".")


def expand_inputs(inputs: Iterable[str | os.PathLike]) -> list[str]:
    """Files, directories (recursive, sorted, hidden files skipped) and glob patterns, in order,
    without duplicates. Every file found is kept, supported or not: the unsupported ones are
    reported by iter_sources rather than silently skipped."""
    found: list[str] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            found.extend(str(p) for p in sorted(path.rglob("*"))
                         if _is_candidate(p) and not any(part.startswith(".") for part in p.relative_to(path).parts))
        elif path.exists():
            found.append(str(raw))
        else:
            matches = sorted(glob.glob(str(raw), recursive=True))
            if not matches:
                raise InputNotFoundError(f"no such file or directory: {raw}")
            found.extend(m for m in matches if Path(m).is_file())
    return list(dict.fromkeys(found))


def unsafe_member_reason(name: str) -> str | None:
    """Why an archive member name may not be trusted, or None."""
    if "\x00" in name:
        return "member name holds a NUL byte"
    normalised = name.replace("\\", "/")
    if normalised.startswith("/") or (len(normalised) > 1 and normalised[1] == ":"):
        return "absolute path in archive (path traversal)"
    if ".." in PurePosixPath(normalised).parts:
        return "'..' in archive member path (path traversal)"
    return None


def _member_source(archive: str, member: str, data: bytes | None, error: str | None) -> Source:
    return Source(name=f"{archive}!{member}", suffix=document_suffix(member), data=data, error=error)


def _zip_sources(path: str, limits: Limits) -> Iterator[Source]:
    # zipfile never returns more than a member's declared size (and checks its CRC), so checking the
    # declared sizes before reading bounds what is inflated
    left = limits.max_archive_bytes
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            name = info.filename
            reason = unsafe_member_reason(name)
            if reason is None and document_suffix(name) not in SUPPORTED_SUFFIXES:
                reason = _unsupported(name)
            if reason is None and info.file_size > limits.max_bytes:
                reason = f"archive member is {info.file_size:,} bytes, larger than the limit of {limits.max_bytes:,} bytes"
            if reason is None and info.compress_size and info.file_size / info.compress_size > MAX_COMPRESSION_RATIO:
                reason = (f"archive member inflates {info.file_size // max(info.compress_size, 1):,}-fold "
                          f"(decompression bomb?); refused")
            if reason is None and info.file_size > left:
                reason = f"archive inflates past the limit of {limits.max_archive_bytes:,} bytes; member not read"
            if reason is not None:
                yield _member_source(path, name, None, reason)
                continue
            left -= info.file_size
            yield _member_source(path, name, archive.read(info), None)


def _tar_sources(path: str, limits: Limits) -> Iterator[Source]:
    left = limits.max_archive_bytes     # a tar header's size is what the stream holds for the member
    with tarfile.open(path, mode="r|*") as archive:   # a stream: members are read in order, once
        for member in archive:
            name = member.name
            if member.isdir():
                continue
            reason = unsafe_member_reason(name)
            if reason is None and not member.isfile():
                reason = "archive member is a link or special file; not followed"
            if reason is None and document_suffix(name) not in SUPPORTED_SUFFIXES:
                reason = _unsupported(name)
            if reason is None and member.size > limits.max_bytes:
                reason = f"archive member is {member.size:,} bytes, larger than the limit of {limits.max_bytes:,} bytes"
            if reason is None and member.size > left:
                reason = f"archive inflates past the limit of {limits.max_archive_bytes:,} bytes; member not read"
            if reason is not None:
                yield _member_source(path, name, None, reason)
                if member.isfile():
                    left -= member.size   # skipping a member still inflates it from the compressed stream
                if left < 0:
                    yield Source(name=path, suffix=".tar", error=f"archive inflates past the limit of "
                                 f"{limits.max_archive_bytes:,} bytes (decompression bomb?); the rest was not read")
                    return
                continue
            left -= member.size
            stream = archive.extractfile(member)   # a regular file here: never None
            yield _member_source(path, name, stream.read(), None)


def _unsupported(name: str) -> str:
    suffix = document_suffix(name) or "(none)"
    return f"unsupported file type {suffix}; expected one of {', '.join(SUPPORTED_SUFFIXES + ARCHIVE_SUFFIXES)}"


def _archive_sources(path: str, kind: str, limits: Limits) -> Iterator[Source]:
    """Members of one archive; a damaged archive yields what could be read, then one error."""
    try:
        reader = _zip_sources if kind == ".zip" else _tar_sources
        yield from reader(path, limits)
    except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError, ValueError) as err:
        yield Source(name=path, suffix=kind, error=f"cannot read archive: {err}")


def iter_sources(paths: Iterable[str], limits: Limits = Limits()) -> Iterator[Source]:
    """One Source per document, archive member or unreadable input, in input order."""
    for path in paths:
        kind = archive_suffix(path)
        if kind is not None:
            yield from _archive_sources(path, kind, limits)
        elif document_suffix(path) in SUPPORTED_SUFFIXES:
            yield Source(name=path, suffix=document_suffix(path), path=path)
        else:
            yield Source(name=path, suffix=document_suffix(path), error=_unsupported(path))


def count_documents(paths: Iterable[str]) -> int | None:
    """How many sources iter_sources will give, where that is cheap to know (None with a tar archive,
    which would have to be inflated once just to count)."""
    total = 0
    for path in paths:
        kind = archive_suffix(path)
        if kind is None:
            total += 1
        elif kind == ".zip":
            try:
                with zipfile.ZipFile(path) as archive:
                    total += sum(1 for info in archive.infolist() if not info.is_dir())
            except (zipfile.BadZipFile, OSError):
                total += 1
        else:
            return None
    return total
