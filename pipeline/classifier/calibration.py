"""Calibrated probabilities from classifier logits (multinomial logistic regression on the logits).

Fitted with scikit-learn on documents the classifier did not train on; stored as plain JSON
beside the model so that loading needs no pickle.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass
class LogitCalibrator:
    coef: np.ndarray        # (n_classes, n_classes)
    intercept: np.ndarray   # (n_classes,)
    classes: list[int]

    @classmethod
    def fit(cls, logits: np.ndarray, labels: np.ndarray, *, n_classes: int, c: float = 1.0) -> "LogitCalibrator":
        from sklearn.linear_model import LogisticRegression

        model = LogisticRegression(C=c, max_iter=2000)
        model.fit(logits, labels)
        coef = np.zeros((n_classes, logits.shape[1]))
        intercept = np.full(n_classes, -30.0)   # a class never seen in calibration keeps ~0 probability
        for row, cls_id in enumerate(model.classes_):
            if len(model.classes_) == 2:   # binary LogisticRegression stores one row
                sign = 1 if row == 1 else -1
                coef[cls_id] = sign * model.coef_[0] / 2
                intercept[cls_id] = sign * model.intercept_[0] / 2
            else:
                coef[cls_id] = model.coef_[row]
                intercept[cls_id] = model.intercept_[row]
        return cls(coef, intercept, [int(c) for c in model.classes_])

    def __call__(self, logits: np.ndarray) -> np.ndarray:
        scores = logits @ self.coef.T + self.intercept
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)

    def to_disk(self, path: Path) -> None:
        path.write_text(json.dumps({"coef": self.coef.tolist(), "intercept": self.intercept.tolist(),
                                    "classes": self.classes}), encoding="utf-8")

    @classmethod
    def from_disk(cls, path: Path) -> "LogitCalibrator":
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(np.array(data["coef"]), np.array(data["intercept"]), data["classes"])


def expected_calibration_error(probs: np.ndarray, labels: np.ndarray, bins: int = 10) -> float:
    confidence = probs.max(axis=1)
    correct = probs.argmax(axis=1) == labels
    edges = np.linspace(0, 1, bins + 1)
    total = 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        mask = (confidence > lo) & (confidence <= hi)
        if mask.any():
            total += mask.mean() * abs(correct[mask].mean() - confidence[mask].mean())
    return float(total)
