"""Run `minutes extract` over N train-split Limerick documents (spread over the years) and report
documents/s, failures and what was found — the issue's 'completes with no crash' check.

    .venv/bin/python bench/extract_limerick_sample.py [N] [OUT.jsonl]
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"


def sample(n: int) -> list[Path]:
    splits = json.loads((CORPUS / "splits.json").read_text())
    train = [k for k, v in sorted(splits.items()) if v == "train" and k.startswith("limerick/")]
    step = max(1, len(train) // n)
    return [CORPUS / k for k in train[::step][:n]]


def main(n: int = 100, out: str = "out/limerick-sample.jsonl") -> int:
    paths = sample(n)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    proc = subprocess.run([str(REPO / ".venv" / "bin" / "minutes"), "extract", *map(str, paths), "-o", out, "--quiet"],
                          capture_output=True, text=True)
    elapsed = time.perf_counter() - began
    records = [json.loads(line) for line in open(out, encoding="utf-8")]
    words = sum(len(r["text"].split()) for r in records)
    print(f"{len(records)}/{len(paths)} documents extracted in {elapsed:.0f} s "
          f"({len(records) / elapsed:.2f} docs/s, {words / elapsed:.0f} words/s), exit code {proc.returncode}")
    print(f"commitments {sum(len(r['commitments']) for r in records)}, questions {sum(len(r['questions']) for r in records)}, "
          f"meetings with a date {sum(1 for r in records if r['meeting']['date'])}/{len(records)}")
    if proc.stderr.strip():
        print(proc.stderr.strip()[-2000:])
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main(*(int(a) if i == 0 else a for i, a in enumerate(sys.argv[1:]))))
