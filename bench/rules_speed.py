"""Speed of the pure-Python rule layers on real train text: deadlines per sentence, structure per document.

    .venv/bin/python bench/rules_speed.py [N_DOCS]
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from pipeline.deadlines import find_deadlines
from pipeline.ingest import read_document
from pipeline.structure.participants import find_participants
from pipeline.structure.sections import analyse_structure

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def main(n_docs: int = 100) -> None:
    splits = json.loads((CORPUS / "splits.json").read_text())
    paths = [CORPUS / k for k, v in sorted(splits.items()) if v == "train" and k.startswith("limerick")][:n_docs]
    texts = [read_document(p).text for p in paths]
    chars = sum(len(t) for t in texts)
    for name, fn in (("structure", analyse_structure), ("participants", find_participants)):
        began = time.perf_counter()
        for text in texts:
            fn(text)
        elapsed = time.perf_counter() - began
        print(f"{name:<13} {len(texts) / elapsed:8.1f} docs/s  {chars / elapsed / 1e6:6.2f} MB/s")
    sentences = [s for t in texts for s in t.split(". ") if len(s) > 40]
    began = time.perf_counter()
    for sentence in sentences:
        find_deadlines(sentence, None)
    elapsed = time.perf_counter() - began
    print(f"deadlines     {elapsed / len(sentences) * 1e6:8.1f} µs/sentence over {len(sentences)} sentences")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
