"""Choose the classifier's commitment veto (`min_commitment_prob`) on the act classifier's
calibration meetings: training-split meetings it never trained on (never dev or test).

    .venv/bin/python bench/tune_commitment_veto.py                       # the calibration meetings
    .venv/bin/python bench/tune_commitment_veto.py --synthetic           # the synthetic Ontario set
    .venv/bin/python bench/tune_commitment_veto.py --rules commit.modal_passive,commit.modal_future [--synthetic]

A rule commitment whose sentence the classifier gives P(commitment) below the threshold is dropped.
Prints commitment and record scores per threshold. The default stays 0 (no veto: the
`minutes_commitments` factory default and the ablation's combined setting) because of these tables: with the
classifier of 2026-11-27, 0.02 helps the calibration meetings and costs the synthetic Ontario set far more.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from tune_act_thresholds import calibration_documents   # run as a script: bench/ is on sys.path

from pipeline.evaluation.gold_eval import evaluate_documents, gold_documents
from pipeline.nlp import load_pipeline

GOLD = Path(__file__).resolve().parents[1] / "annotations"
THRESHOLDS = (0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synthetic", action="store_true",
                        help="score the synthetic Ontario set (annotations/synthetic) instead of the calibration meetings")
    parser.add_argument("--rules", help="comma-separated rule ids: veto only their commitments (e.g. "
                                         "commit.modal_passive,commit.modal_future)")
    args = parser.parse_args()
    documents = gold_documents(GOLD / "synthetic", "all") if args.synthetic else calibration_documents()
    commitments = sum(len(d.commitments) for d in documents)
    print(f"{len(documents)} {'synthetic' if args.synthetic else 'calibration'} meetings, {commitments} gold commitments")
    print(f"{'min_p':>6}{'P':>7}{'R':>7}{'commit':>8}{'record':>8}")
    nlp = load_pipeline()
    extractor = nlp.get_pipe("minutes_commitments")
    extractor.veto_rules = frozenset(args.rules.split(",")) if args.rules else None
    for threshold in THRESHOLDS:
        extractor.min_commitment_prob = threshold   # one pipeline; only the veto changes
        s = evaluate_documents(documents, nlp).summary()
        c = s["commitments"]
        print(f"{threshold:>6}{c['p']:>7.3f}{c['r']:>7.3f}{s['commitment_f1']:>8.3f}{s['record_f1']:>8.3f}", flush=True)


if __name__ == "__main__":
    main()
