"""Brier score of commitment confidence, before (the classifier's P(commitment), else the rule's score)
and after the commitment-confidence model, on a gold folder (default: the synthetic Ontario set).

    .venv/bin/python bench/commitment_confidence.py                                   # annotations/synthetic, all
    .venv/bin/python bench/commitment_confidence.py annotations/gold --split dev
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from pipeline.classifier.commitment_confidence import CommitmentConfidence, brier, make_commitment_confidence
from pipeline.evaluation.gold_eval import gold_documents
from pipeline.nlp import load_pipeline
from pipeline.training.confidence import UNFITTED, candidates_of

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=ROOT / "annotations" / "synthetic")
    parser.add_argument("--split", default="all")
    parser.add_argument("--model", default="models/commitment-confidence")
    args = parser.parse_args()
    rows = candidates_of(gold_documents(args.gold, args.split), load_pipeline(None, overrides=UNFITTED))
    fitted = make_commitment_confidence(args.model)
    real = [x for x in rows if x.real]
    print(json.dumps({"commitments": len(rows), "real": len(real),
                      "brier_before": brier(CommitmentConfidence(), rows), "brier_after": brier(fitted, rows),
                      "mean_confidence_of_real_before": round(sum(CommitmentConfidence()(x.rule_score, x.model_score) for x in real) / max(len(real), 1), 3),
                      "mean_confidence_of_real_after": round(sum(fitted(x.rule_score, x.model_score) for x in real) / max(len(real), 1), 3)}))


if __name__ == "__main__":
    main()
