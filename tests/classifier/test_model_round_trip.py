"""The act classifier saves and loads: the same probabilities after a round trip through disk."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest

from pipeline.classifier.examples import DocumentExample
from pipeline.classifier.model import ActClassifier, ModelNotFoundError
from pipeline.classifier.train import ActTrainingConfig, train_act_classifier

pytestmark = pytest.mark.model

SENTENCES = [("Councillor Ryan asked when the road would be fixed.", "member question body", 0),
             ("The Engineer replied that it would be done in May.", "officer statement reply", 1),
             ("The Engineer agreed to report back to the next meeting.", "officer statement body", 2),
             ("The report was noted.", "nobody procedural body", 4),
             ("Members discussed the matter at length.", "nobody statement body", 3)]


@dataclass
class Meeting:
    doc: str


def test_trained_classifier_round_trips(tmp_path):
    examples = {f"m{i}": DocumentExample(f"m{i}", [s for s, _, _ in SENTENCES], [h for _, h, _ in SENTENCES],
                                         [label for _, _, label in SENTENCES]) for i in range(4)}
    config = ActTrainingConfig(epochs=1, layers=1, calibration_every=2)
    info = train_act_classifier([Meeting(d) for d in examples], tmp_path / "model", config, examples=examples)
    assert info["training_documents"] == ["m0", "m2"] and info["calibration_documents"] == ["m1", "m3"]
    loaded = ActClassifier.load(tmp_path / "model")
    texts, hints = examples["m0"].texts, examples["m0"].hints
    probs = loaded.document_proba(texts, hints)
    assert probs.shape == (5, 5) and np.allclose(probs.sum(axis=1), 1.0, atol=1e-5)
    # classifying a subset encodes fewer sentences but scores them exactly as in the full pass
    assert np.allclose(loaded.document_proba(texts, hints, [0, 2]), probs[[0, 2]], atol=1e-5)
    again = ActClassifier.load(tmp_path / "model")
    assert np.allclose(again.document_proba(texts, hints), probs, atol=1e-6)


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(ModelNotFoundError, match="minutes train acts"):
        ActClassifier.load(tmp_path)
