"""The run's journal: records and errors appended one JSON line per document, flushed at once.

A line is written in one call and ends with its newline, so a run killed at any instant leaves
at worst one partial last line; ``open_journal(resume=True)`` cuts it off and reads back which
documents are done (records by doc_id, errors by source), so a resumed run writes each document
exactly once.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Iterator

from ..errors import MinutesError


class JournalError(MinutesError):
    """The output files cannot be used (for example they exist and neither --resume nor --overwrite was given)."""


def errors_path_for(records: Path) -> Path:
    """`records.jsonl` -> `records.errors.jsonl`, beside it."""
    name = records.name
    stem = name[: -len(".jsonl")] if name.endswith(".jsonl") else records.stem
    return records.with_name(f"{stem}.errors.jsonl")


def cut_partial_line(path: Path) -> int:
    """Truncate ``path`` after its last newline; returns the number of bytes cut."""
    if not path.exists():
        return 0
    size = path.stat().st_size
    if size == 0:
        return 0
    with open(path, "rb+") as f:
        keep = size
        while keep > 0:
            step = min(65536, keep)
            f.seek(keep - step)
            block = f.read(step)
            at = block.rfind(b"\n")
            if at >= 0:
                keep = keep - step + at + 1
                break
            keep -= step
        f.truncate(keep)
    return size - keep


def read_lines(path: Path) -> Iterator[dict[str, Any]]:
    if not path.exists():
        return
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as err:
                    raise JournalError(f"{path}:{n} is not a JSON line ({err.msg})") from err


@dataclass
class Journal:
    records_path: Path
    errors_path: Path
    done_ids: set[str] = field(default_factory=set)
    failed_sources: set[str] = field(default_factory=set)
    _records: IO[str] | None = None
    _errors: IO[str] | None = None
    _owns_streams: bool = True

    @classmethod
    def to_stream(cls, records: IO[str]) -> "Journal":
        """Records to an open stream (stdout) and errors nowhere: the caller reports them."""
        return cls(Path("-"), Path("-"), _records=records, _owns_streams=False)

    def write_record(self, record: dict[str, Any]) -> None:
        self._append(self._records, record)
        self.done_ids.add(record["doc_id"])

    def write_error(self, source: str, error: str, doc_id: str | None = None) -> None:
        row = {"source": source, "error": error}
        if doc_id:
            row["doc_id"] = doc_id
        if self._errors is not None or self._owns_streams:
            self._append(self._errors, row)
        self.failed_sources.add(source)

    @staticmethod
    def _append(stream: IO[str] | None, row: dict[str, Any]) -> None:
        if stream is None:
            raise JournalError("the journal is closed")
        stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        stream.flush()

    def sync(self) -> None:
        """Force written lines to disk (a power cut, not just a killed process, then loses nothing)."""
        if not self._owns_streams:
            return
        for stream in (self._records, self._errors):
            if stream is not None:
                os.fsync(stream.fileno())

    def close(self) -> None:
        if not self._owns_streams:
            return
        for stream in (self._records, self._errors):
            if stream is not None:
                stream.close()
        self._records = self._errors = None

    def __enter__(self) -> "Journal":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_journal(records_path: Path, *, resume: bool = False, overwrite: bool = False) -> Journal:
    """Open the records and errors files for appending. Existing output is continued with
    ``resume``, replaced with ``overwrite``, and otherwise refused (a rerun never silently
    clobbers a finished archive's records)."""
    records_path = Path(records_path)
    errors_path = errors_path_for(records_path)
    existing = records_path.exists() and records_path.stat().st_size > 0
    if existing and not (resume or overwrite):
        raise JournalError(f"{records_path} exists; pass --resume to continue that run or --overwrite to replace it")
    records_path.parent.mkdir(parents=True, exist_ok=True)
    journal = Journal(records_path, errors_path)
    if resume:
        for path in (records_path, errors_path):
            cut_partial_line(path)
        journal.done_ids = {row["doc_id"] for row in read_lines(records_path)}
        journal.failed_sources = {row["source"] for row in read_lines(errors_path)}
    mode = "a" if resume else "w"
    journal._records = open(records_path, mode, encoding="utf-8")
    journal._errors = open(errors_path, mode, encoding="utf-8")
    return journal
