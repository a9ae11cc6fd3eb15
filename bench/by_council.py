"""Aggregate scores of the default pipeline per council on one split (dev by default): which council's minutes
hold the errors, without printing any error line (the dev split is scored, never read).

    .venv/bin/python bench/by_council.py [--split dev|train]
"""
from __future__ import annotations

import argparse
import json
from collections import defaultdict

import pipeline
from pipeline.evaluation.gold_eval import evaluate_documents, gold_documents
from pipeline.paths import REPO

KEYS = ("commitment_f1", "record_f1", "question_f1", "speaker_acc", "speakers_checked", "deadline_acc")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("dev", "train"))
    args = parser.parse_args()
    nlp = pipeline.load()
    by_council = defaultdict(list)
    for gold in gold_documents(REPO / "annotations" / "gold", args.split):
        by_council[gold.doc.split("/")[0]].append(gold)
    for council, golds in sorted(by_council.items()):
        summary = evaluate_documents(golds, nlp).summary()
        print(json.dumps({"council": council, "documents": len(golds), **{k: summary.get(k) for k in KEYS}}))


if __name__ == "__main__":
    main()
