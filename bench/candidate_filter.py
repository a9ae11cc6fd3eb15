"""Would a learned filter over the rule commitments help? A logistic regression (scikit-learn) on each candidate's
rule, kind, confidence, sentence act and score, actor fields, deadline and lengths (optionally the quote's words),
cross-fitted by meeting on train (5 folds), then fitted on all train and applied to dev and the synthetic set.
Prints commitment and record F1 when candidates under each probability threshold are dropped; threshold 0 is the
pipeline as it is.

    .venv/bin/python bench/candidate_filter.py [--words] [--C 1.0]

Measured 2026-11-27 (session 18, at f7aecca): no threshold helps beyond noise (train out-of-fold 0.798 -> at best
0.802, dev 0.759 -> 0.755-0.763, synthetic 0.915 -> 0.902-0.915; with --words dev at most 0.765 while synthetic falls
to 0.888): the rule candidates'
false positives are not separable by these features, so the pipeline keeps no such filter.
"""
from __future__ import annotations

import argparse
import math
import re
import warnings
from collections import Counter

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from pipeline.evaluation.gold_eval import as_document, gold_documents
from pipeline.evaluation.quotes import Report, match_spans, same_actor, score_document
from pipeline.extraction import run_pipeline
from pipeline.nlp import load_pipeline
from pipeline.paths import REPO


def records(split: str, nlp) -> list[tuple[dict, dict]]:
    folder, which = (REPO / "annotations" / "synthetic", "all") if split == "synthetic" else (REPO / "annotations" / "gold", split)
    out = []
    for gold in gold_documents(folder, which):
        _, record = run_pipeline(as_document(gold), nlp)
        out.append(({"doc": gold.doc, "commitments": gold.commitments, "questions": gold.questions}, record))
    return out


def labels(gold: dict, record: dict) -> list[bool]:
    spans = [(c["start"], c["end"]) for c in gold["commitments"]]
    preds = record["commitments"]
    matched = match_spans(spans, [(c["evidence"]["start"], c["evidence"]["end"]) for c in preds],
                          lambda gi, pi: same_actor(gold["commitments"][gi], preds[pi]["who"]))
    hit = {pi for _, pi in matched}
    return [i in hit for i in range(len(preds))]


def features(record: dict, words: bool) -> list[dict]:
    utterances = {u["id"]: u for u in record["utterances"]}
    per_utterance = Counter(c.get("utterance") for c in record["commitments"])
    rows = []
    for c in record["commitments"]:
        u, who, quote = utterances.get(c.get("utterance"), {}), c["who"] or {}, c["evidence"]["quote"]
        row = {f"rule={c.get('rule')}": 1, f"kind={c.get('kind')}": 1, "confidence": c.get("confidence") or 0,
               f"act={u.get('act')}": 1, "act_score": u.get("act_score") or 0,
               f"act_rule={str(u.get('act_rule')).split('.')[0]}": 1, "who_participant": int(bool(who.get("participant"))),
               "who_name": int(bool(who.get("name"))), "who_role": int(bool(who.get("role"))),
               "deadline": int(bool(c.get("deadline"))), "to_whom": int(bool(c.get("to_whom"))),
               "quote_words": math.log1p(len(quote.split())), "what_words": math.log1p(len((c.get("what") or "").split())),
               "speaker": int(bool(u.get("speaker"))), "same_utterance": per_utterance[c.get("utterance")] - 1}
        if words:
            row.update({f"w={w}": 1 for w in set(re.findall(r"[a-z]+", quote.lower()))})
        rows.append(row)
    return rows


def scores(docs: list[tuple[dict, dict]], probability: np.ndarray, threshold: float) -> tuple[float, float]:
    report, k = Report(), 0
    for gold, record in docs:
        n = len(record["commitments"])
        kept = [c for c, p in zip(record["commitments"], probability[k:k + n]) if p >= threshold]
        k += n
        score_document(gold, {**record, "commitments": kept}, report)
    summary = report.summary()
    return summary["commitment_f1"], summary["record_f1"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", action="store_true", help="add the quote's words as features")
    parser.add_argument("--C", type=float, default=1.0, help="inverse regularisation strength")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    nlp = load_pipeline(None)
    data = {split: records(split, nlp) for split in ("train", "dev", "synthetic")}
    table = {split: ([f for _, r in docs for f in features(r, args.words)],
                     np.array([y for g, r in docs for y in labels(g, r)]),
                     np.array([i for i, (_, r) in enumerate(docs) for _ in r["commitments"]])) for split, docs in data.items()}
    vectoriser = DictVectorizer()
    x_train = vectoriser.fit_transform(table["train"][0])
    y_train, groups = table["train"][1], table["train"][2]
    out_of_fold = np.zeros(len(y_train))
    for fit, held in GroupKFold(5).split(x_train, y_train, groups):
        model = LogisticRegression(C=args.C, max_iter=2000).fit(x_train[fit], y_train[fit])
        out_of_fold[held] = model.predict_proba(x_train[held])[:, 1]
    model = LogisticRegression(C=args.C, max_iter=2000).fit(x_train, y_train)
    probability = {"train": out_of_fold, **{s: model.predict_proba(vectoriser.transform(table[s][0]))[:, 1]
                                           for s in ("dev", "synthetic")}}
    print(f"train candidates {len(y_train)}, real {y_train.mean():.3f}")
    for threshold in (0.0, 0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5):
        cells = "  ".join(f"{s} {c:.3f}/{r:.3f}" for s in ("train", "dev", "synthetic")
                          for c, r in [scores(data[s], probability[s], threshold)])
        print(f"drop under {threshold:.2f}: {cells}")


if __name__ == "__main__":
    main()
