"""Mean and median of the README's fresh synthetic rows (each half-batch scored before any rule was written from it).

Usage: .venv/bin/python bench/fresh_synthetic_rows.py [FIRST_BATCH]   (default 19: the rows of session 17 on)
"""
from __future__ import annotations

import re
import statistics
import sys
from pathlib import Path

COLUMNS = ("commitment_f1", "record_f1", "question_f1", "question_asker_f1", "speaker_acc", "deadline_acc")


def main() -> None:
    first = int(sys.argv[1]) if len(sys.argv) > 1 else 19
    rows = []
    for line in (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8").splitlines():
        match = re.match(r"\| (\d+)[ab], fresh", line)
        if match and int(match.group(1)) >= first:
            rows.append([float(cell) for cell in line.strip().strip("|").split("|")[2:8]])
    print(f"{len(rows)} fresh half-batches from batch {first}")
    for name, values in zip(COLUMNS, zip(*rows)):
        print(f"{name:18s} mean {statistics.mean(values):.3f}  median {statistics.median(values):.3f}  "
              f"range {min(values):.3f}-{max(values):.3f}")


if __name__ == "__main__":
    main()
