"""Pipeline throughput with the act classifier (combined setting) against rules only, same texts, same run.

    .venv/bin/python bench/classifier_speed.py [N_DOCS]

Issue 3 asks that the classifier keep throughput within 2x of the rules-only pipeline.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from pipeline.evaluation.ablation import COMBINED, RULES
from pipeline.extraction import extract_document
from pipeline.ingest import read_document
from pipeline.nlp import load_pipeline

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def run(settings: dict, documents) -> float:
    nlp = load_pipeline(overrides=settings)
    extract_document(documents[0], nlp)            # warm-up: model loading is not throughput
    began = time.perf_counter()
    for document in documents:
        extract_document(document, nlp)
    return time.perf_counter() - began


def main(n_docs: int = 30) -> None:
    splits = json.loads((CORPUS / "splits.json").read_text())
    paths = [CORPUS / k for k, v in sorted(splits.items()) if v == "train" and k.startswith("limerick")][::25][:n_docs]
    documents = [read_document(p) for p in paths]
    words = sum(len(d.text.split()) for d in documents)
    rules = run(RULES, documents)
    combined = run(COMBINED, documents)
    print(f"{len(documents)} train Limerick documents, {words} words")
    print(f"rules only   {words / rules:8.0f} words/s  ({rules:.1f} s)")
    print(f"combined     {words / combined:8.0f} words/s  ({combined:.1f} s)")
    print(f"slowdown     {combined / rules:.2f}x (target: within 2x)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
