"""Cross-fit the act classifier over the train meetings: k folds by meeting, each fold's classifier trained
(and calibrated) on the other folds, then the combined pipeline run with it over its own fold. What comes out
is out-of-fold: every train meeting scored by a classifier that never saw it, which is what the commitment
confidence and the act thresholds should be fitted on (the shipped classifier leaves only its 18 calibration
meetings unseen).

    .venv/bin/python bench/crossfit_acts.py [--folds 5] [--seed 0] [--out build/crossfit]

Writes, under --out (gitignored, derived):
  fold<k>/                 the fold's classifier (pipeline.training.crossfit; `minutes train confidence` uses the same)
  candidates.jsonl         every rule commitment: meeting, rule, rule score, out-of-fold P(commitment), real
  utterances.jsonl         every pipeline utterance: meeting, span, act, rule act, out-of-fold probabilities,
                           whether a rule commitment lies in it, whether a gold commitment overlaps it
Folds are fixed by rule (meetings sorted by id, the i-th in fold i mod k), never by chance.

Measured 2026-11-27 (session 20, at 477e764's 113 earlier train meetings, 5 folds, seed 0; each fold about 4-7 min on
2 cores): 843 rule commitments, 676 real; out-of-fold P(commitment) ranks them with AUC 0.755 (modal_future 0.71,
modal_passive 0.72), and under P 0.1 there are as many real (55) as false (55) ones, so a veto gains nothing. As a
proposer where no rule fired (6,048 sentences, 154 with a gold commitment) it is too imprecise: P >= 0.5 picks 126
sentences, 42 with a gold commitment (0.33); >= 0.8 picks 21, 10 (0.48), before the actor is even checked. What it
is good for is the confidence's scale: fitted on these 807 out-of-fold candidates instead of 18 calibration
meetings, the dev Brier score is 0.169 (the 18-meeting fit 0.176, a constant 0.176).
Rerun on the 121 meetings of session 20's end (the folds `minutes train confidence` trained): 917 rule commitments,
AUC 0.762, under P 0.1 61 real and 70 false; where no rule fired, P >= 0.5 picks 147 sentences, 43 with a gold
commitment, >= 0.8 27 and 14. The same conclusions.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipeline.evaluation.gold_eval import as_document, gold_documents
from pipeline.extraction import run_pipeline
from pipeline.nlp import load_pipeline
from pipeline.paths import REPO
from pipeline.training.confidence import UNFITTED, real_commitments
from pipeline.training.crossfit import fold_classifiers


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=REPO / "build" / "crossfit")
    args = parser.parse_args()
    documents = gold_documents(REPO / "annotations" / "gold", "train")
    args.out.mkdir(parents=True, exist_ok=True)
    cand_rows, utt_rows = [], []
    progress = lambda m: print(m, file=sys.stderr, flush=True)   # noqa: E731
    for f, (held, model_dir) in enumerate(fold_classifiers(documents, args.folds, args.out, seed=args.seed,
                                                           progress=progress)):
        nlp = load_pipeline(None, overrides={**UNFITTED, "components.minutes_acts.tagger.model": str(model_dir)})
        for gold in held:
            doc, record = run_pipeline(as_document(gold), nlp)
            preds = record["commitments"]
            real = real_commitments(gold, record)
            spans = [(p["evidence"]["start"], p["evidence"]["end"]) for p in preds]
            for i, (commitment, pred) in enumerate(zip(doc._.commitments, preds)):
                utt = doc._.utterances[commitment.utterance] if commitment.utterance is not None else None
                probs = utt.act_probs if utt is not None else None
                cand_rows.append({"doc": gold.doc, "fold": f, "rule": commitment.rule,
                                  "rule_score": commitment.rule_confidence if commitment.rule_confidence is not None
                                  else commitment.confidence,
                                  "p_commitment": probs["commitment"] if probs else None, "real": i in real})
            gold_spans = [(g["start"], g["end"]) for g in gold.commitments]
            for utt in doc._.utterances:
                span = (utt.start, utt.end)
                utt_rows.append({"doc": gold.doc, "fold": f, "start": utt.start, "end": utt.end, "act": utt.act,
                                 "act_rule": utt.act_rule, "probs": utt.act_probs, "speaker": utt.speaker,
                                 "blocks": list(utt.blocks),
                                 "rule_commitment": any(overlaps(span, s) for s in spans),
                                 "gold_commitment": sum(overlaps(span, s) for s in gold_spans)})
        print(f"fold {f}: scored {len(held)} held-out meetings", file=sys.stderr, flush=True)
    for name, rows in (("candidates.jsonl", cand_rows), ("utterances.jsonl", utt_rows)):
        with open(args.out / name, "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row) + "\n")
    print(json.dumps({"folds": args.folds, "meetings": len(documents), "candidates": len(cand_rows),
                      "real": sum(r["real"] for r in cand_rows), "utterances": len(utt_rows)}))


if __name__ == "__main__":
    main()
