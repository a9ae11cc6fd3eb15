"""Draw the next annotation round: train documents not yet annotated, one per meeting type.

The draw is seeded, so anyone can see which documents a round was offered and which were passed
over. Only the train split of ../shared/corpus/splits.json is read; test documents are never
listed. Meeting types come from the file name (district, committee, council); MSCC files have
none and are one type. The table is finer than pipeline/annotation/selection.meeting_type (the first
round's stratified draw): a district's joint policing sub-committee is a type of its own, and "policy"
is not "policing". It stays as it was when the tenth round was drawn (seed 10), so that draw reruns.

    .venv/bin/python bench/draw_round.py --seed 10 --max-words 7000 --min-words 500
"""
from __future__ import annotations

import argparse
import json
import random
import re
from collections import defaultdict
from pathlib import Path

from pipeline.paths import REPO, default_corpus_root

CORPUS = default_corpus_root()
GOLD = REPO / "annotations"

TYPES = [
    ("metropolitan", r"metropolitan"),
    ("adare-rathkeale", r"adare|rathkeale"),
    ("cappamore-kilmallock JPC", r"cappamore.*policing|policing.*cappamore"),
    ("cappamore-kilmallock", r"cappamore|kilmallock"),
    ("newcastle-west", r"newcastle"),
    ("joint policing", r"policing"),
    ("SPC", r"spc|strategic-policy"),
    ("special council", r"special"),
    ("full council", r"council"),
]


def meeting_type(path: str) -> str:
    if path.startswith("mscc/"):
        return "MSCC"
    name = path.rsplit("/", 1)[-1]
    for label, pattern in TYPES:
        if re.search(pattern, name):
            return label
    return "other"


def annotated() -> set[str]:
    split = json.loads((GOLD / "split.json").read_text())
    return set(split["train"]) | set(split["dev"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--max-words", type=int, default=7000)
    parser.add_argument("--min-words", type=int, default=500, help="shorter ones teach little")
    parser.add_argument("--mscc", type=int, default=2, help="MSCC meetings to draw")
    args = parser.parse_args()
    splits = json.loads((CORPUS / "splits.json").read_text())
    done = annotated()
    by_type: dict[str, list[str]] = defaultdict(list)
    for path, split in sorted(splits.items()):
        if split != "train" or path in done or path.startswith("surrey/"):
            continue
        by_type[meeting_type(path)].append(path)
    rng = random.Random(args.seed)
    for label in sorted(by_type):
        paths = by_type[label][:]
        rng.shuffle(paths)
        wanted = args.mscc if label == "MSCC" else 1
        for path in paths:
            if wanted == 0:
                break
            size = (CORPUS / path).stat().st_size
            words = _words(CORPUS / path)
            too_long, too_short = words > args.max_words, words < args.min_words
            verdict = "pass over" if too_long or too_short else "draw"
            print(f"{label:26s} {verdict:9s} {words:6d} words {size:7d} B  {path}")
            if verdict == "draw":
                wanted -= 1


def _words(path: Path) -> int:
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return sum(len((page.extract_text() or "").split()) for page in PdfReader(path).pages)
    return len(path.read_text(errors="replace").split())


if __name__ == "__main__":
    main()
