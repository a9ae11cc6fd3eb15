"""The journal: partial last lines cut on resume, existing output never clobbered silently."""
from __future__ import annotations

import json

import pytest

from pipeline.bulk.journal import JournalError, cut_partial_line, errors_path_for, open_journal


@pytest.mark.parametrize("content,kept", [
    (b"", b""),
    (b'{"a": 1}\n', b'{"a": 1}\n'),
    (b'{"a": 1}\n{"b": ', b'{"a": 1}\n'),
    (b'{"a": 1', b""),
    (b'{"a": 1}\n{"b": 2}\n', b'{"a": 1}\n{"b": 2}\n'),
])
def test_cut_partial_line(tmp_path, content, kept):
    path = tmp_path / "r.jsonl"
    path.write_bytes(content)
    assert cut_partial_line(path) == len(content) - len(kept)
    assert path.read_bytes() == kept


def test_cut_partial_line_past_a_long_tail(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_bytes(b'{"a": 1}\n' + b"x" * 200_000)
    cut_partial_line(path)
    assert path.read_bytes() == b'{"a": 1}\n'


def test_errors_file_sits_beside_the_records(tmp_path):
    assert errors_path_for(tmp_path / "records.jsonl") == tmp_path / "records.errors.jsonl"
    assert errors_path_for(tmp_path / "archive.out") == tmp_path / "archive.errors.jsonl"


def test_existing_output_needs_resume_or_overwrite(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text('{"doc_id": "a"}\n')
    with pytest.raises(JournalError, match="--resume"):
        open_journal(path)
    with open_journal(path, overwrite=True) as journal:
        journal.write_record({"doc_id": "b"})
    assert [json.loads(line)["doc_id"] for line in path.read_text().splitlines()] == ["b"]


def test_resume_reads_what_is_done_and_appends(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text('{"doc_id": "a"}\n{"doc_id": "b"}\n{"doc_')
    errors_path_for(path).write_text('{"source": "bad.pdf", "error": "truncated"}\n')
    with open_journal(path, resume=True) as journal:
        assert journal.done_ids == {"a", "b"} and journal.failed_sources == {"bad.pdf"}
        journal.write_record({"doc_id": "c"})
        journal.write_error("worse.pdf", "empty")
    assert [json.loads(line)["doc_id"] for line in path.read_text().splitlines()] == ["a", "b", "c"]
    assert len(errors_path_for(path).read_text().splitlines()) == 2


def test_resume_refuses_a_corrupt_middle_line(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text('{"doc_id": "a"}\nnot json\n{"doc_id": "b"}\n')
    with pytest.raises(JournalError, match="r.jsonl:2"):
        open_journal(path, resume=True)
