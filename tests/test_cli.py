"""`minutes extract` end to end: records, the errors file beside them, exit codes."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import LIMERICK_SAMPLE, SEED, train_file

pytestmark = pytest.mark.model
MINUTES = [sys.executable, "-m", "pipeline.cli"]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([*MINUTES, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=600)


def test_help_on_every_command():
    for command in ("extract", "show", "validate", "evaluate"):
        result = run(command, "--help")
        assert result.returncode == 0, result.stderr
        assert "Usage" in result.stdout


def test_extract_good_and_bad_documents(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 200)
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(train_file("mscc/pdf/17-03-08.pdf").read_bytes()[:2000])
    out = tmp_path / "records.jsonl"
    result = run("extract", str(SEED), str(empty), str(binary), str(truncated), "-o", str(out))
    assert result.returncode == 1, result.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["source"] for r in records] == [str(SEED)]
    errors = [json.loads(line) for line in (tmp_path / "records.errors.jsonl").read_text().splitlines()]
    assert {e["source"] for e in errors} == {str(empty), str(binary), str(truncated)}
    assert all(e["error"] and "\n" not in e["error"] for e in errors)
    for bad in (empty, binary, truncated):
        assert f"error: {bad}:" in result.stderr
    assert "1 extracted, 3 failed" in result.stderr


def test_exit_zero_when_all_succeed_and_records_validate(tmp_path):
    out = tmp_path / "records.jsonl"
    result = run("extract", str(LIMERICK_SAMPLE), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "records.errors.jsonl").read_text() == ""
    assert run("validate", str(out)).returncode == 0


def test_pdf_document_extracts(tmp_path):
    out = tmp_path / "records.jsonl"
    result = run("extract", str(train_file("mscc/pdf/17-03-08.pdf")), "-o", str(out))
    assert result.returncode == 0, result.stderr
    (record,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert record["meeting"]["date"] == "2017-03-08"
    clerk_actions = [c for c in record["commitments"] if c["who"]["name"] == "Jane Davies"]
    assert clerk_actions, "the clerk's actions resolve to the clerk named in the accounts"


@pytest.mark.parametrize("args", [
    ("extract", "no/such/file.txt"),
    ("extract",),
    ("extract", "--set", "not-a-pair", "x.txt"),
])
def test_usage_errors_exit_2(args):
    result = run(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_records_to_stdout_without_output_option():
    result = run("extract", str(SEED), "--quiet")
    assert result.returncode == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["schema"] == "minutes.meeting/1"


def test_show_prints_commitments_table(tmp_path):
    out = tmp_path / "records.jsonl"
    run("extract", str(SEED), "-o", str(out))
    result = run("show", str(out))
    assert result.returncode == 0
    assert "Commitments" in result.stdout and "Jacquie Burke" in result.stdout
    assert "2021-07-31" in result.stdout


def test_config_override_is_applied(tmp_path):
    out = tmp_path / "records.jsonl"
    result = run("extract", str(SEED), "-o", str(out), "--set", "components.minutes_commitments.min_confidence=0.99")
    assert result.returncode == 0, result.stderr
    (record,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert record["commitments"] == []


def test_annotate_realign_moves_gold_onto_todays_reading(tmp_path):
    (tmp_path / "x.txt").write_text("Minutes\n\nThe Clerk will send the letter by Friday.\n")
    old = "Minutes\nPrint | PDF\nThe Clerk will send the letter by Friday."
    quote = "The Clerk will send the letter by Friday."
    rows = [{"type": "document", "doc": "x.txt", "text": old, "pass": "first"},
            {"type": "sentence", "text": "Print | PDF", "act": "procedural", "start": 8, "end": 19},
            {"type": "commitment", "quote": quote, "start": old.index(quote), "end": len(old)}]
    path = tmp_path / "x.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = run("annotate", "realign", str(path), "--corpus", str(tmp_path), "--write")
    assert result.returncode == 0, result.stderr
    assert "lost sentence: 'Print | PDF'" in result.stdout
    header, commitment = [json.loads(line) for line in path.read_text().splitlines()]
    assert header["text"] == "Minutes\n\nThe Clerk will send the letter by Friday."
    assert header["text"][commitment["start"]:commitment["end"]] == quote


def test_annotate_realign_names_a_missing_source(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"type": "document", "doc": "gone.txt", "text": "x", "pass": "first"}) + "\n")
    result = run("annotate", "realign", str(path), "--corpus", str(tmp_path))
    assert result.returncode == 1
    assert "cannot read its source" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("folds", ["1", "-2"])
def test_train_refuses_a_single_fold(folds):
    result = run("train", "confidence", "--folds", folds)
    assert result.returncode == 2
    assert "--folds" in result.stderr
