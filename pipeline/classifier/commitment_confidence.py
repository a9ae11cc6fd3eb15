"""A commitment's confidence: the probability that a rule's candidate is a real commitment.

The act classifier's calibrated P(commitment) is calibrated over all sentences, not over the sentences
a commitment rule has already picked: on held-out training meetings a third of the rule commitments
it scored under 0.2 were real (and Ontario resolutions, which it never saw, score about 0.1). This
model recalibrates it for rule candidates: a logistic regression (scikit-learn) on the logits of the
rule's own score and the classifier's P(commitment), fitted on training meetings the classifier did
not train on; a candidate the classifier did not score gets a rule-only regression. Stored as JSON
(no pickle) in ``models/commitment-confidence``, with its card.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from spacy.util import registry

from ..errors import MinutesError
from ..paths import resolve_model_path

FILE = "commitment_confidence.json"


class ConfidenceModelError(MinutesError):
    """The commitment-confidence model is missing, unreadable or was fitted on too little."""


def _logit(p: float) -> float:
    p = min(max(p, 1e-3), 1 - 1e-3)
    return math.log(p / (1 - p))


def _sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x))


@dataclass(frozen=True)
class Candidate:
    """One rule commitment as the fit sees it: the rule's score, the classifier's P(commitment)
    (None where it did not score the sentence) and whether gold has it (same span and actor)."""
    rule_score: float
    model_score: float | None
    real: bool


@dataclass
class CommitmentConfidence:
    """logistic(a * logit(rule score) + b * logit(P_model) + c); without P_model, logistic(d * logit(rule score) + e).
    With no fitted weights (``fitted`` False) it keeps the earlier behaviour: the classifier's
    probability where it scored the sentence, else the rule's score."""
    with_model: tuple[float, float, float] | None = None    # (a, b, c)
    rule_only: tuple[float, float] | None = None            # (d, e)
    info: dict[str, Any] = field(default_factory=dict)

    @property
    def fitted(self) -> bool:
        return self.with_model is not None and self.rule_only is not None

    def __call__(self, rule_score: float, model_score: float | None) -> float:
        if not self.fitted:
            return round(model_score if model_score is not None else rule_score, 3)
        if model_score is None:
            d, e = self.rule_only
            return round(_sigmoid(d * _logit(rule_score) + e), 3)
        a, b, c = self.with_model
        return round(_sigmoid(a * _logit(rule_score) + b * _logit(model_score) + c), 3)

    @classmethod
    def fit(cls, candidates: Sequence[Candidate], *, c: float = 1.0, min_each: int = 20) -> "CommitmentConfidence":
        from sklearn.linear_model import LogisticRegression

        scored = [x for x in candidates if x.model_score is not None]
        for name, rows in (("scored by the classifier", scored), ("in all", candidates)):
            real = sum(x.real for x in rows)
            if real < min_each or len(rows) - real < min_each:
                raise ConfidenceModelError(f"too few candidates {name} to fit the confidence model: {real} real and "
                                           f"{len(rows) - real} false (need {min_each} of each)")
        both = LogisticRegression(C=c).fit([[_logit(x.rule_score), _logit(x.model_score)] for x in scored],
                                           [x.real for x in scored])
        alone = LogisticRegression(C=c).fit([[_logit(x.rule_score)] for x in candidates], [x.real for x in candidates])
        return cls(with_model=(float(both.coef_[0][0]), float(both.coef_[0][1]), float(both.intercept_[0])),
                   rule_only=(float(alone.coef_[0][0]), float(alone.intercept_[0])))

    def to_disk(self, path: str | Path) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        data = {"with_model": self.with_model, "rule_only": self.rule_only, "info": self.info}
        (path / FILE).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def from_disk(cls, path: str | Path) -> "CommitmentConfidence":
        target = Path(path) / FILE
        try:
            data = json.loads(target.read_text(encoding="utf-8"))
            with_model, rule_only = data["with_model"], data["rule_only"]
            return cls(with_model=tuple(float(v) for v in with_model) if with_model else None,
                       rule_only=tuple(float(v) for v in rule_only) if rule_only else None,
                       info=data.get("info", {}))
        except FileNotFoundError as err:
            raise ConfidenceModelError(f"no commitment-confidence model at {target} (run `minutes train confidence`)") from err
        except (ValueError, KeyError, TypeError) as err:
            raise ConfidenceModelError(f"{target} is not a commitment-confidence model: {err}") from err


def brier(model: CommitmentConfidence, candidates: Iterable[Candidate]) -> float:
    rows = list(candidates)
    return round(sum((model(x.rule_score, x.model_score) - x.real) ** 2 for x in rows) / max(len(rows), 1), 4)


@registry.misc("minutes.commitment_confidence.v1")
def make_commitment_confidence(path: str | None = "models/commitment-confidence") -> CommitmentConfidence:
    """The fitted model at ``path``; an empty path keeps the unfitted behaviour (classifier score, else rule score)."""
    if not path:
        return CommitmentConfidence()
    return CommitmentConfidence.from_disk(resolve_model_path(path))
