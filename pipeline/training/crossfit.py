"""Cross-fitting the act classifier: k folds of the train meetings, each fold's classifier trained on the other folds,
so that every train meeting can be scored by a classifier that never saw it (out-of-fold). What is fitted on top of
the classifier's probabilities (the commitment confidence) is fitted on those, not on the few meetings the shipped
classifier held out for its calibration.

Folds are fixed by rule (meetings sorted by id, the i-th in fold i mod k), never by chance. A fold's classifier is
kept in ``work/fold<i>`` and reused while its training.json names the same meetings, seed and epochs.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Sequence

from ..annotation.gold import GoldDocument, GoldFileError


def folds_of(documents: Sequence[GoldDocument], k: int) -> list[list[GoldDocument]]:
    """``k`` disjoint folds covering ``documents``, by meeting."""
    if k < 2:
        raise GoldFileError(f"cross-fitting needs at least 2 folds, got {k}")
    if len(documents) < k:
        raise GoldFileError(f"{len(documents)} meetings cannot make {k} folds")
    ordered = sorted(documents, key=lambda d: d.doc)
    return [[d for i, d in enumerate(ordered) if i % k == f] for f in range(k)]


def _trained_as(model_dir: Path) -> tuple[set[str], int, int] | None:
    """The meetings (training and calibration), seed and epochs a saved classifier was made with; None when there is
    none."""
    info = model_dir / "training.json"
    if not info.exists():
        return None
    data = json.loads(info.read_text(encoding="utf-8"))
    return (set(data["training_documents"]) | set(data["calibration_documents"]), data["config"]["seed"],
            data["config"]["epochs"])


def fold_classifiers(documents: Sequence[GoldDocument], k: int, work: Path, *, seed: int = 0, epochs: int = 3,
                     progress: Callable[[str], None] | None = None) -> list[tuple[list[GoldDocument], Path]]:
    """For each fold, its meetings and the classifier trained without them (trained here unless ``work`` already
    holds it)."""
    from ..classifier.train import ActTrainingConfig, examples_with_hints, rules_pipeline, train_act_classifier

    folds = folds_of(documents, k)
    examples = None
    out = []
    for f, held in enumerate(folds):
        rest = [d for g, fold in enumerate(folds) if g != f for d in fold]
        model_dir = Path(work) / f"fold{f}"
        if _trained_as(model_dir) != ({d.doc for d in rest}, seed, epochs):
            if examples is None:   # the rules' hints, built once for every fold
                examples = {ex.doc: ex for ex in examples_with_hints(documents, rules_pipeline())}
            if progress:
                progress(f"fold {f + 1}/{k}: training the act classifier on {len(rest)} meetings")
            train_act_classifier(rest, model_dir, ActTrainingConfig(seed=seed, epochs=epochs), examples=examples,
                                 progress=progress)
        out.append((held, model_dir))
    return out
