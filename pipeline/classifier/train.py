"""Fine-tune all-MiniLM-L6-v2 (LoRA adapters) and the act head on gold meetings, then calibrate.

Batches are windows of consecutive sentences of one meeting: every sentence in a window is
embedded once and reads its neighbours' embeddings, as at run time (model.py, features.py).
Reproducible: the seed fixes initialisation, window order and dropout; the meetings used for
calibration are chosen by a rule (every ``calibration_every``-th training meeting), never by chance.
"""
from __future__ import annotations

import json
import platform
import random
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from ..annotation.gold import GoldDocument
from .calibration import LogitCalibrator, expected_calibration_error
from .examples import LABEL2ID, DocumentExample, document_example, sentence_hints
from .features import HintVocabulary, embedded
from .model import ARCHITECTURE, CALIBRATION_FILE, HEAD_FILE, INFO_FILE, ActClassifier, build_network, load_encoder


@dataclass
class ActTrainingConfig:
    seed: int = 0
    epochs: int = 3
    learning_rate: float = 5e-4        # LoRA adapters
    head_learning_rate: float = 3e-3
    train_encoder: bool = True         # False: frozen MiniLM, only the head learns (a baseline)
    window: int = 32                   # sentences per batch, consecutive in one meeting
    layers: int = 2                    # MiniLM's first 2 of 6 layers: a third of the cost, for throughput
    max_length: int = 40               # tokens per sentence (most sentences are shorter)
    hidden: int = 0                    # 0: a linear head
    dropout: float = 0.1
    lora_r: int = 8
    lora_alpha: int = 16
    lora_dropout: float = 0.1
    lora_targets: tuple[str, ...] = ("query", "key", "value", "dense")
    class_weight_power: float = 0.5    # weights (N / (K n_c)) ** power: rare acts (questions) count more
    calibration_every: int = 6


def split_for_calibration(documents: Sequence[GoldDocument], every: int) -> tuple[list[GoldDocument], list[GoldDocument]]:
    ordered = sorted(documents, key=lambda d: d.doc)
    calib = [d for i, d in enumerate(ordered) if i % every == every - 1]
    fit = [d for i, d in enumerate(ordered) if i % every != every - 1]
    return fit, calib


def class_weights(labels: Sequence[int], n_classes: int, power: float):
    import torch

    counts = np.bincount(np.asarray(labels), minlength=n_classes).astype(float)
    counts[counts == 0] = 1.0
    weights = (counts.sum() / (n_classes * counts)) ** power
    return torch.tensor(weights, dtype=torch.float32)


def rules_pipeline():
    """The rules-only pipeline whose hints the classifier reads (never the classifier itself)."""
    from ..evaluation.ablation import RULES
    from ..nlp import load_pipeline

    return load_pipeline(overrides=RULES)


def examples_with_hints(documents: Sequence[GoldDocument], nlp) -> list[DocumentExample]:
    return [document_example(doc, sentence_hints(doc, nlp)) for doc in documents]


class _Tokenised:
    """One meeting's sentences tokenised once, with hint rows and neighbour mask, for slicing into windows."""

    def __init__(self, example: DocumentExample, tokenizer, vocabulary: HintVocabulary, max_length: int) -> None:
        import torch

        self.example = example
        self.encoded = [tokenizer(t, truncation=True, max_length=max_length)["input_ids"] for t in example.texts]
        self.hints = torch.from_numpy(vocabulary.matrix(example.hints))
        self.shown = torch.tensor([1.0 if embedded(h) else 0.0 for h in example.hints])
        self.labels = torch.tensor(example.labels)

    def __len__(self) -> int:
        return len(self.encoded)

    def batch(self, lo: int, hi: int, pad_id: int):
        import torch

        rows = self.encoded[lo:hi]
        width = max(len(r) for r in rows)
        ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
        mask = torch.zeros((len(rows), width), dtype=torch.long)
        for i, r in enumerate(rows):
            ids[i, :len(r)] = torch.tensor(r)
            mask[i, :len(r)] = 1
        return ids, mask


def train_act_classifier(documents: Sequence[GoldDocument], out_dir: str | Path,
                         config: ActTrainingConfig = ActTrainingConfig(), *,
                         examples: dict[str, DocumentExample] | None = None,
                         progress: Callable[[str], None] | None = None) -> dict:
    """Train on ``documents`` (less the calibration meetings), calibrate, and save to ``out_dir``.
    ``examples`` (by meeting id) saves rebuilding the rules' hints when several seeds are trained."""
    import peft
    import torch
    import transformers
    from peft import LoraConfig, get_peft_model
    from safetensors.torch import save_file

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(config.seed)
    order_rng = random.Random(config.seed)
    fit_docs, calib_docs = split_for_calibration(documents, config.calibration_every)
    if examples is None:
        examples = {ex.doc: ex for ex in examples_with_hints(documents, rules_pipeline())}
    fit = [examples[d.doc] for d in fit_docs]
    calib = [examples[d.doc] for d in calib_docs]
    vocabulary = HintVocabulary.fit([h for ex in fit for h in ex.hints])

    base, tokenizer = load_encoder(config.layers)
    lora = LoraConfig(r=config.lora_r, lora_alpha=config.lora_alpha, lora_dropout=config.lora_dropout,
                      target_modules=list(config.lora_targets))
    encoder = get_peft_model(base, lora)   # LoRA's B starts at zero: untrained, the adapter changes nothing
    if not config.train_encoder:
        for param in encoder.parameters():
            param.requires_grad_(False)
    network = build_network(encoder, len(vocabulary), config.hidden, config.dropout)
    tokenised = [_Tokenised(ex, tokenizer, vocabulary, config.max_length) for ex in fit]
    frozen = None
    if not config.train_encoder:   # embed once; only the head trains
        encoder.eval()
        with torch.no_grad():
            frozen = [torch.cat([network.embed(*t.batch(lo, min(lo + 64, len(t)), tokenizer.pad_token_id))
                                 for lo in range(0, len(t), 64)]) for t in tokenised]

    labels = [label for ex in fit for label in ex.labels]
    weights = class_weights(labels, len(LABEL2ID), config.class_weight_power)
    groups = [{"params": list(network.head.parameters()), "lr": config.head_learning_rate}]
    if config.train_encoder:
        groups.append({"params": [p for p in encoder.parameters() if p.requires_grad], "lr": config.learning_rate})
    optimiser = torch.optim.AdamW(groups, weight_decay=0.01)
    windows = [(d, start) for d, t in enumerate(tokenised) for start in range(0, len(t), config.window)]
    total = config.epochs * len(windows)
    warmup = max(1, int(0.06 * total))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min((step + 1) / warmup, max(0.0, (total - step) / max(1, total - warmup))))
    network.train()
    if frozen is not None:
        encoder.eval()
    epoch_losses = []
    for epoch in range(config.epochs):
        order_rng.shuffle(windows)
        losses = []
        for d, start in windows:
            t = tokenised[d]
            end = min(start + config.window, len(t))
            lo, hi = max(0, start - 1), min(len(t), end + 1)   # neighbours of the window's edge sentences
            if frozen is not None:
                emb = frozen[d][lo:hi]
            else:
                emb = network.embed(*t.batch(lo, hi, tokenizer.pad_token_id))
            logits = network.logits(emb, t.hints[lo:hi], t.shown[lo:hi])[start - lo:end - lo]
            loss = torch.nn.functional.cross_entropy(logits, t.labels[start:end], weight=weights)
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(network.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            losses.append(float(loss.detach()))
        epoch_losses.append(round(float(np.mean(losses)), 4))
        if progress is not None:
            progress(f"seed {config.seed} epoch {epoch + 1}/{config.epochs}: loss {epoch_losses[-1]}")

    network.eval()
    encoder.save_pretrained(str(out_dir))
    save_file({k: v.contiguous() for k, v in network.head.state_dict().items()}, str(out_dir / HEAD_FILE))
    classifier = ActClassifier(network, tokenizer, vocabulary, None, max_length=config.max_length)
    logits = np.vstack([classifier.document_logits(ex.texts, ex.hints) for ex in calib])
    gold = np.array([label for ex in calib for label in ex.labels])
    calibrator = LogitCalibrator.fit(logits, gold, n_classes=len(LABEL2ID))
    calibrator.to_disk(out_dir / CALIBRATION_FILE)
    info = {
        "architecture": ARCHITECTURE, "config": asdict(config), "labels": list(LABEL2ID),
        "hint_vocabulary": list(vocabulary.tokens),
        "training_documents": [ex.doc for ex in fit], "calibration_documents": [ex.doc for ex in calib],
        "training_sentences": len(labels), "calibration_sentences": int(len(gold)),
        "epoch_losses": epoch_losses, "train_loss": epoch_losses[-1],
        "calibration_ece_before": round(expected_calibration_error(classifier.calibrated(logits), gold), 4),
        "calibration_ece_after": round(expected_calibration_error(calibrator(logits), gold), 4),
        "versions": {"python": platform.python_version(), "torch": torch.__version__,
                     "transformers": transformers.__version__, "peft": peft.__version__},
    }
    (out_dir / INFO_FILE).write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    return info
