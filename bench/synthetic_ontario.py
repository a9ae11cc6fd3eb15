"""Score the pipeline on the synthetic Ontario township minutes (annotations/synthetic).

No train or dev meeting comes from a North American council, while the blind test set holds many
(Township of Nipissing, Ontario). This check set is four invented township meetings written in the
Ontario house styles ("Resolution No. / Moved by / Seconded by / BE IT RESOLVED THAT ... / CARRIED",
"Motion #N ... Carried.", recorded votes, action-item tables) by a helper who read the spec and
GUIDELINES.md but no rule or component code, then drafted by the pipeline and corrected by reading, as
all gold is. It is synthetic: a proxy for the format, not a sample of any real council. The first
score below was taken at 02b0462, before any rule written this session and before anyone read the set.

    .venv/bin/python bench/synthetic_ontario.py             # the summary keys, one JSON line
    .venv/bin/python bench/synthetic_ontario.py --errors F  # also every error, as JSONL, to F

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
KEYS = ("commitment_f1", "record_f1", "question_f1", "question_asker_f1", "speaker_acc", "deadline_acc", "act_macro_f1")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=Path, help="write every error as JSONL here")
    args = parser.parse_args()
    golds = gold_documents(GOLD, "all")
    report = evaluate_documents(golds, pipeline.load())
    summary = report.summary()
    if args.errors is not None:
        with args.errors.open("w", encoding="utf-8") as out:
            for error in report.errors:
                out.write(json.dumps(error, ensure_ascii=False) + "\n")
    print(json.dumps({"documents": len(golds), **{k: summary.get(k) for k in KEYS}}))


if __name__ == "__main__":
    main()
