"""Choose the combined act thresholds on the act classifier's calibration meetings: training-split
meetings it never trained on (never dev or test).

    .venv/bin/python bench/tune_act_thresholds.py [--procedural]   # --procedural: sweep procedural_add alone

Prints commitment, question and act scores for each (question_add, question_keep, procedural_add);
the values in pipeline/configs/minutes.cfg were chosen from this table.
"""
from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

from pipeline.evaluation.ablation import COMBINED
from pipeline.evaluation.gold_eval import evaluate_documents, gold_documents
from pipeline.nlp import load_pipeline

REPO = Path(__file__).resolve().parents[1]


def calibration_documents() -> list:
    """The gold of the act classifier's calibration meetings (also used by tune_commitment_veto.py)."""
    info = json.loads((REPO / "models" / "act-classifier" / "training.json").read_text())
    calibration = set(info["calibration_documents"])
    return [d for d in gold_documents(REPO / "annotations" / "gold", "train") if d.doc in calibration]


def procedural_sweep(documents: list) -> None:
    """Only procedural_add, the other thresholds as configured: the setting a retrained classifier moves most."""
    print(f"{'p_add':>6}{'commit':>8}{'question':>9}{'acts':>7}")
    for p_add in (0.8, 0.85, 0.9, 0.95, 1.01):
        tagger = {**COMBINED["components.minutes_acts.tagger"], "procedural_add": p_add}
        s = evaluate_documents(documents, load_pipeline(overrides={**COMBINED, "components.minutes_acts.tagger": tagger})).summary()
        print(f"{p_add:>6}{s['commitment_f1']:>8.3f}{s['question_f1']:>9.3f}{s['act_macro_f1']:>7.3f}", flush=True)


def main() -> None:
    documents = calibration_documents()
    if "--procedural" in sys.argv[1:]:
        print(f"{len(documents)} calibration meetings")
        procedural_sweep(documents)
        return
    print(f"{len(documents)} calibration meetings, {sum(len(d.sentences) for d in documents)} sentences")
    print(f"{'q_add':>6}{'q_keep':>7}{'p_add':>6}{'commit':>8}{'record':>8}{'question':>9}{'q+asker':>8}{'acts':>7}")
    for q_add, q_keep, p_add in itertools.product((0.8, 0.9, 0.95, None), (0.0, 0.1, 0.2), (0.9, 1.01)):
        tagger = {**COMBINED["components.minutes_acts.tagger"], "question_add": q_add, "question_keep": q_keep,
                  "procedural_add": p_add}
        nlp = load_pipeline(overrides={**COMBINED, "components.minutes_acts.tagger": tagger})
        s = evaluate_documents(documents, nlp).summary()
        print(f"{str(q_add):>6}{q_keep:>7}{p_add:>6}{s['commitment_f1']:>8.3f}{s['record_f1']:>8.3f}{s['question_f1']:>9.3f}"
              f"{s['question_asker_f1']:>8.3f}{s['act_macro_f1']:>7.3f}", flush=True)


if __name__ == "__main__":
    main()
