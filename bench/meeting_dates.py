"""How often the meeting header gives the gold meeting date: train gold, dev gold and the synthetic set.

A meeting's date anchors every relative deadline ("next month", "by the end of the year"), so a wrong
one moves many deadlines at once. The header reader (pipeline/structure/meeting.parse_meeting_info) runs
on each gold file's own text with its document path as the source, as the pipeline does. Train and
synthetic misses are listed with the dates the reader gave; dev is reported as a count only (dev is
read as aggregates).

    .venv/bin/python bench/meeting_dates.py
"""
from __future__ import annotations

import json

from pipeline.annotation.gold import GoldDocument, load_gold_file
from pipeline.paths import REPO
from pipeline.structure.meeting import parse_meeting_info

GOLD = REPO / "annotations" / "gold"
SYNTHETIC = REPO / "annotations" / "synthetic"


def check(golds: list[GoldDocument], label: str, *, list_misses: bool) -> tuple[int, int]:
    wrong = 0
    for gold in golds:
        wanted = gold.header.get("meeting_date")
        got = parse_meeting_info(gold.text, source=gold.doc).date
        if (got.isoformat() if got else None) != wanted:
            wrong += 1
            if list_misses:
                print(f"  {label}: {gold.doc}: gold {wanted}, read {got}")
    return wrong, len(golds)


def main() -> None:
    split = json.loads((GOLD.parent / "split.json").read_text())
    golds = [load_gold_file(path) for path in sorted(GOLD.glob("*.jsonl"))]
    train, dev = set(split["train"]), set(split["dev"])
    sets = [("train", [g for g in golds if g.doc in train], True),
            ("dev", [g for g in golds if g.doc in dev], False),
            ("synthetic", [load_gold_file(path) for path in sorted(SYNTHETIC.glob("*.jsonl"))], True)]
    for label, chosen, list_misses in sets:
        wrong, total = check(chosen, label, list_misses=list_misses)
        print(f"{label}: {total - wrong} of {total} meeting dates right ({wrong} wrong)")


if __name__ == "__main__":
    main()
