"""Score the pipeline on the synthetic Ontario township minutes (annotations/synthetic).

No train or dev meeting comes from a North American council, while the blind test set holds many
(Township of Nipissing, Ontario). This check set is invented township meetings written in Ontario house
styles by helpers who read the spec and GUIDELINES.md but no rule or component code, then drafted by the
pipeline and corrected by reading, as all gold is. It is synthetic: a proxy for the format, not a sample
of any real council.

- Batch 1 (birch-hollow, granite-narrows, larkspur-falls, tamarack-ridge): "Resolution No. / Moved by /
  Seconded by / BE IT RESOLVED THAT ... / CARRIED", "Motion #N", recorded votes, an action-item table.
  Rules were then written from its errors.
- Batch 2 (ashgrove-narrows, carrow-mills, quillan-falls): other house styles (Committee of the Whole,
  one-paragraph motions, "Staff Direction:" paragraphs, staff named by title and surname), written by a
  second helper who never saw batch 1, and scored before any rule was written from it.

- Batch 3 (larkspur-falls-2021-06-15, crane-harbour, north-ashgrove): WordPress-style pages, "R-2021-141"
  resolutions, narrative "It was moved by ...", public questions, members' board reports; a third helper
  who saw neither earlier batch; scored before any rule was written from it.

The README gives each batch's scores before (02b0462) and after. Run one batch alone with --batch.

    .venv/bin/python bench/synthetic_ontario.py             # the summary keys, one JSON line
    .venv/bin/python bench/synthetic_ontario.py --errors F  # also every error, as JSONL, to F
    .venv/bin/python bench/synthetic_ontario.py --batch 2   # the second batch alone

To score older pipeline code against this gold (from the repository root):

    git worktree add /tmp/old <commit> && PYTHONPATH=/tmp/old .venv/bin/python bench/synthetic_ontario.py
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import pipeline
from pipeline.evaluation.gold_eval import evaluate_documents, gold_documents

GOLD = Path(__file__).resolve().parents[1] / "annotations" / "synthetic"
BATCHES = {"1": ("birch-hollow", "granite-narrows", "larkspur-falls-2021-09-14", "tamarack-ridge"),
           "2": ("ashgrove-narrows", "carrow-mills", "quillan-falls"),
           "3": ("larkspur-falls-2021-06-15", "crane-harbour", "north-ashgrove")}
KEYS = ("commitment_f1", "record_f1", "question_f1", "question_asker_f1", "speaker_acc", "deadline_acc", "act_macro_f1")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=Path, help="write every error as JSONL here")
    parser.add_argument("--batch", choices=sorted(BATCHES), help="score one batch only")
    args = parser.parse_args()
    golds = gold_documents(GOLD, "all")
    if args.batch:
        golds = [g for g in golds if any(name in g.doc for name in BATCHES[args.batch])]
    report = evaluate_documents(golds, pipeline.load())
    summary = report.summary()
    if args.errors is not None:
        with args.errors.open("w", encoding="utf-8") as out:
            for error in report.errors:
                out.write(json.dumps(error, ensure_ascii=False) + "\n")
    print(json.dumps({"documents": len(golds), **{k: summary.get(k) for k in KEYS}}))


if __name__ == "__main__":
    main()
