"""Choose train-split documents for annotation: stratified by council, meeting type and year.

Limerick file names say the meeting type (district, committee, full council, policing committee);
one document per (type, year) cell is drawn at random with a fixed seed, long documents excluded
so that one annotator can read a document whole. Test-split documents are never candidates.
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

MEETING_TYPES = (
    ("metropolitan", "metropolitan district"), ("adare", "adare-rathkeale district"),
    ("cappamore", "cappamore-kilmallock district"), ("newcastle", "newcastle west district"),
    ("policing", "joint policing committee"), ("jpc", "joint policing committee"),
    ("spc|strategic-policy", "strategic policy committee"), ("special", "special council meeting"),
    ("full-meeting|meeting-of-limerick-city|limerick-county-council|annual|ordinary", "full council"),
    ("area-committee", "area committee"),
)


def meeting_type(doc: str) -> str:
    name = Path(doc).name.lower()
    if doc.startswith("mscc/"):
        return "community council"
    if doc.startswith("surrey/"):
        return "select committee"
    for pattern, label in MEETING_TYPES:
        if re.search(pattern, name):
            return label
    return "other committee"


def year_of(doc: str) -> str:
    match = re.search(r"(20\d\d)", Path(doc).name)
    return match.group(1) if match else "?"


def select_documents(corpus_root: Path, *, exclude: set[str], per_cell: int = 1, max_bytes: int = 16000,
                     min_bytes: int = 2500, seed: int = 13, extra_mscc: int = 8,
                     per_type: int = 5) -> list[str]:
    splits = json.loads((corpus_root / "splits.json").read_text(encoding="utf-8"))
    rng = random.Random(seed)
    cells: dict[tuple[str, str], list[str]] = {}
    mscc: list[str] = []
    for doc, split in sorted(splits.items()):
        if split != "train" or doc in exclude:
            continue
        size = (corpus_root / doc).stat().st_size
        if doc.startswith("mscc/"):
            mscc.append(doc)
            continue
        if not doc.startswith("limerick/") or not min_bytes <= size <= max_bytes:
            continue
        cells.setdefault((meeting_type(doc), year_of(doc)), []).append(doc)
    by_type: dict[str, list[str]] = {}
    for key in sorted(cells):
        pool = cells[key]
        by_type.setdefault(key[0], []).extend(rng.sample(pool, min(per_cell, len(pool))))
    chosen: list[str] = []
    for kind in sorted(by_type):
        # spread over years: every other year first, then the rest
        pool = by_type[kind]
        ordered = pool[::2] + pool[1::2]
        chosen.extend(ordered[:per_type])
    chosen.extend(rng.sample(mscc, min(extra_mscc, len(mscc))))
    return chosen
