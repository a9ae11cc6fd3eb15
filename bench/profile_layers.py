"""Where the time goes in our own layers: cProfile over a few train-split Limerick documents, the
pipeline's functions sorted by cumulative time (model calls included in their callers).

    .venv/bin/python bench/profile_layers.py [N_DOCS]   # default 8: every 60th Limerick document
"""
from __future__ import annotations

import cProfile
import pstats
import sys
from pathlib import Path

import pipeline
from pipeline.extraction import extract_document
from pipeline.ingest import read_document

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    paths = sorted((CORPUS / "limerick").rglob("*.md"))[::60][:count]
    nlp = pipeline.load()
    documents = [read_document(p) for p in paths]
    extract_document(documents[0], nlp)   # warm-up: model loading is not what we profile
    profile = cProfile.Profile()
    profile.enable()
    for document in documents:
        extract_document(document, nlp)
    profile.disable()
    stats = pstats.Stats(profile)
    stats.sort_stats("cumulative").print_stats(r"pipeline/(components|structure|deadlines)", 30)


if __name__ == "__main__":
    main()
