"""Bulk extraction end to end: bad files beside good ones, a run killed with SIGKILL and resumed,
several worker processes, and the Dask engine, each checked against a plain run."""
from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest

from conftest import LIMERICK_SAMPLE, SEED, train_file

pytestmark = [pytest.mark.model, pytest.mark.slow]
MINUTES = [sys.executable, "-m", "pipeline.cli"]
RULES_ONLY = ["--set", 'components.minutes_acts.tagger={"@misc":"minutes.act_rules.v1"}']


def run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([*MINUTES, *args], capture_output=True, text=True, env=env, timeout=900, **kwargs)


def variants(folder: Path, n: int) -> list[Path]:
    """n distinct small meetings: the two samples, each with a different closing line."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        sample = (SEED, LIMERICK_SAMPLE)[i % 2]
        path = folder / f"meeting-{i:02d}{sample.suffix}"
        path.write_text(sample.read_text(encoding="utf-8") + f"\n\nMeeting {i} closed.\n", encoding="utf-8")
        out.append(path)
    return out


def records_by_id(path: Path) -> dict[str, dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    by_id = {r["doc_id"]: r for r in rows}
    assert len(by_id) == len(rows), "duplicate records"
    return by_id


def snapshot(root: Path, skip: Path) -> dict[str, int]:
    return {str(p): p.stat().st_size for p in root.rglob("*") if p.is_file() and skip not in p.parents}


def test_mixed_directory_every_good_document_out_every_bad_one_reported(tmp_path):
    inputs = tmp_path / "inputs"
    good = variants(inputs, 2)
    (inputs / "cp1252.txt").write_bytes(SEED.read_text(encoding="utf-8").replace("’", "'")
                                        .replace("–", "-").encode("cp1252") + "\nCaf\xe9 closed.\n".encode("cp1252"))
    (inputs / "empty.md").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (inputs / "truncated.pdf").write_bytes(train_file("mscc/pdf/17-03-08.pdf").read_bytes()[:2000])
    with open(inputs / "huge.txt", "wb") as f:       # 50 MB and one byte: over the default limit, never read
        f.truncate(50 * 1024 * 1024 + 1)
    with zipfile.ZipFile(inputs / "traversal.zip", "w") as z:
        z.writestr("../../escaped.md", SEED.read_bytes())
        z.writestr("inside.md", SEED.read_bytes() + b"\nInside the archive.\n")
    with zipfile.ZipFile(inputs / "bomb.zip", "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("bomb.txt", b"\0" * (100 * 1024 * 1024))
    with tarfile.open(inputs / "bomb.tar.gz", "w:gz") as t:
        info = tarfile.TarInfo("zeros.md")
        info.size = 60 * 1024 * 1024
        t.addfile(info, io.BytesIO(b"\0" * info.size))
    out = tmp_path / "out"
    before = snapshot(tmp_path, out)
    result = run("extract", str(inputs), "-o", str(out / "records.jsonl"), "--quiet", *RULES_ONLY)
    assert result.returncode == 1, result.stderr
    assert snapshot(tmp_path, out) == before, "nothing is written outside the output folder"
    assert not (tmp_path.parent / "escaped.md").exists()
    records = records_by_id(out / "records.jsonl")
    assert sorted(r["source"] for r in records.values()) == sorted(
        [str(p) for p in good] + [str(inputs / "cp1252.txt"), f"{inputs / 'traversal.zip'}!inside.md"])
    errors = {e["source"]: e["error"] for e in map(json.loads, (out / "records.errors.jsonl").read_text().splitlines())}
    expected = {"empty.md": "empty", "binary.txt": "binary", "truncated.pdf": "truncated or corrupt",
                "huge.txt": "larger than the limit", "traversal.zip!../../escaped.md": "path traversal",
                "bomb.zip!bomb.txt": "larger than the limit", "bomb.tar.gz!zeros.md": "larger than the limit"}
    assert {Path(s.split(str(inputs) + "/")[1]).as_posix(): e for s, e in errors.items()}.keys() == expected.keys()
    for source, error in errors.items():
        assert expected[source.split(str(inputs) + "/")[1]] in error
    assert "4 extracted, 7 failed, 0 skipped" in result.stderr


def test_size_limit_is_configurable(tmp_path):
    (path,) = variants(tmp_path / "in", 1)
    result = run("extract", str(path), "-o", str(tmp_path / "r.jsonl"), "--quiet", "--max-bytes", "1000", *RULES_ONLY)
    assert result.returncode == 1
    (error,) = (tmp_path / "r.errors.jsonl").read_text().splitlines()
    assert "larger than the limit of 1,000 bytes" in error


def test_killed_run_resumed_gives_exactly_the_records_of_an_uninterrupted_run(tmp_path):
    inputs = tmp_path / "in"
    variants(inputs, 8)
    (inputs / "empty.md").write_bytes(b"")
    args = [str(inputs), "--workers", "2", "--batch-size", "1", "--quiet"]
    baseline = run("extract", *args, "-o", str(tmp_path / "baseline.jsonl"))
    assert baseline.returncode == 1, baseline.stderr        # the empty file

    out = tmp_path / "killed.jsonl"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    process = subprocess.Popen([*MINUTES, "extract", *args, "-o", str(out)], env=env, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and process.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 3:
            break
        time.sleep(0.05)
    assert process.poll() is None, "the run finished before it could be killed"
    os.killpg(process.pid, signal.SIGKILL)                  # the CLI and its workers, mid-run
    process.wait()
    partial = out.read_bytes().count(b"\n")
    assert 3 <= partial < 8

    resumed = run("extract", *args, "-o", str(out), "--resume")
    assert resumed.returncode == 1, resumed.stderr
    assert f"skipped" in resumed.stderr
    assert records_by_id(out) == records_by_id(tmp_path / "baseline.jsonl")
    assert (tmp_path / "killed.errors.jsonl").read_text() == (tmp_path / "baseline.errors.jsonl").read_text()
    assert all(line.endswith("}") for line in out.read_text().splitlines()), "no truncated lines"


def test_dask_engine_gives_the_records_of_the_local_engine(tmp_path):
    from distributed import Client, LocalCluster

    from pipeline.bulk.engines import run_dask, run_local
    from pipeline.bulk.sources import iter_sources
    from pipeline.bulk.worker import Settings

    paths = [str(p) for p in variants(tmp_path / "in", 3)] + [str(tmp_path / "missing.md")]
    settings = Settings.make(overrides={"components.minutes_acts.tagger": {"@misc": "minutes.act_rules.v1"}})
    local = list(run_local(iter_sources(paths), settings, batch_size=2))
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        distributed = list(run_dask(iter_sources(paths), settings, scheduler=client, batch_size=2))
    assert [o.record for o in distributed] == [o.record for o in local]
    assert [o.error for o in distributed] == [o.error for o in local]
    assert sum(o.ok for o in local) == 3 and local[-1].error


def test_cli_dask_engine_writes_the_same_files_as_a_local_run(tmp_path):
    from distributed import LocalCluster

    inputs = tmp_path / "in"
    variants(inputs, 2)
    (inputs / "empty.md").write_bytes(b"")
    local = run("extract", str(inputs), "-o", str(tmp_path / "local.jsonl"), "--quiet", *RULES_ONLY)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp://",
                      dashboard_address=None) as cluster:
        remote = run("extract", str(inputs), "-o", str(tmp_path / "dask.jsonl"), "--quiet", "--engine", "dask",
                     "--scheduler", cluster.scheduler_address, *RULES_ONLY)
    assert remote.returncode == local.returncode == 1, remote.stderr
    assert (tmp_path / "dask.jsonl").read_text() == (tmp_path / "local.jsonl").read_text()
    assert (tmp_path / "dask.errors.jsonl").read_text() == (tmp_path / "local.errors.jsonl").read_text()
