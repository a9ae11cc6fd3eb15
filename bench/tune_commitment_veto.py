"""Choose the classifier's commitment veto (`min_commitment_prob`) on the act classifier's
calibration meetings: training-split meetings it never trained on (never dev or test).

    .venv/bin/python bench/tune_commitment_veto.py

A rule commitment whose sentence the classifier gives P(commitment) below the threshold is dropped.
Prints commitment and record scores per threshold; the value in pipeline/configs/minutes.cfg was
chosen from this table.
"""
from __future__ import annotations

import json
from pathlib import Path

from pipeline.evaluation.gold_eval import evaluate_documents, gold_documents
from pipeline.nlp import load_pipeline

REPO = Path(__file__).resolve().parents[1]
THRESHOLDS = (0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3)


def main() -> None:
    info = json.loads((REPO / "models" / "act-classifier" / "training.json").read_text())
    calibration = set(info["calibration_documents"])
    documents = [d for d in gold_documents(REPO / "annotations" / "gold", "train") if d.doc in calibration]
    commitments = sum(len(d.commitments) for d in documents)
    print(f"{len(documents)} calibration meetings, {commitments} gold commitments")
    print(f"{'min_p':>6}{'P':>7}{'R':>7}{'commit':>8}{'record':>8}")
    for threshold in THRESHOLDS:
        nlp = load_pipeline(overrides={"components.minutes_commitments.min_commitment_prob": threshold})
        s = evaluate_documents(documents, nlp).summary()
        c = s["commitments"]
        print(f"{threshold:>6}{c['p']:>7.3f}{c['r']:>7.3f}{s['commitment_f1']:>8.3f}{s['record_f1']:>8.3f}", flush=True)


if __name__ == "__main__":
    main()
