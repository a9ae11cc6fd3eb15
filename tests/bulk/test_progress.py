"""The progress line: documents done, documents/s and ETA on a terminal, nothing otherwise."""
from __future__ import annotations

from pipeline.cli import Progress, journal_path_for


def test_progress_shows_rate_and_eta(capsys):
    progress = Progress(total=10, enabled=True)
    progress.began -= 4.0                     # four seconds ago
    progress.update(2, 1, "minutes/2019-03-06.md")
    line = capsys.readouterr().err
    assert line.startswith("\r[2/10]") and "0.50 docs/s" in line and "ETA 0:00:16" in line and "1 failed" in line


def test_progress_is_silent_when_disabled(capsys):
    progress = Progress(total=None, enabled=False)
    progress.update(1, 0, "x.md")
    progress.close()
    assert capsys.readouterr().err == ""


def test_journal_beside_analysis_outputs(tmp_path):
    assert journal_path_for(tmp_path / "r.jsonl", "jsonl") == tmp_path / "r.jsonl"
    assert journal_path_for(tmp_path / "a.duckdb", "duckdb") == tmp_path / "a.jsonl"
    assert journal_path_for(tmp_path / "tables", "parquet") == tmp_path / "tables.jsonl"
