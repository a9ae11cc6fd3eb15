"""Fine-tune all-MiniLM-L6-v2 (LoRA adapters) to tag sentence acts, then calibrate.

Reproducible: the seed fixes initialisation, data order and dropout; the documents used for
calibration are chosen by a rule (every ``calibration_every``-th training meeting), never by chance.
"""
from __future__ import annotations

import json
import platform
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from ..annotation.gold import GoldDocument
from .calibration import LogitCalibrator, expected_calibration_error
from .examples import LABEL2ID, gold_examples, sentence_hints
from .model import CALIBRATION_FILE, INFO_FILE, ActClassifier, load_base


@dataclass
class ActTrainingConfig:
    seed: int = 0
    epochs: float = 3.0
    learning_rate: float = 2e-3
    batch_size: int = 16
    max_length: int = 96
    lora_r: int = 16
    lora_alpha: int = 32
    lora_dropout: float = 0.1
    lora_targets: tuple[str, ...] = ("query", "key", "value", "dense")
    class_weight_power: float = 0.5   # weights (N / (K n_c)) ** power: rare acts (questions) count more
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


def examples_with_hints(documents: Sequence[GoldDocument], nlp) -> list[dict]:
    return [ex for doc in documents for ex in gold_examples(doc, sentence_hints(doc, nlp))]


def _dataset(rows: list[dict], tokenizer, max_length: int):
    from datasets import Dataset

    data = Dataset.from_list(rows)
    return data.map(lambda batch: tokenizer(batch["text"], batch["context"], truncation="longest_first",
                                            max_length=max_length), batched=True,
                    remove_columns=["text", "context", "doc"])


def train_act_classifier(documents: Sequence[GoldDocument], out_dir: str | Path,
                         config: ActTrainingConfig = ActTrainingConfig()) -> dict:
    import peft
    import torch
    import transformers
    from peft import LoraConfig, TaskType, get_peft_model
    from transformers import DataCollatorWithPadding, Trainer, TrainingArguments, set_seed

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    set_seed(config.seed)
    fit_docs, calib_docs = split_for_calibration(documents, config.calibration_every)
    base, tokenizer = load_base()
    lora = LoraConfig(task_type=TaskType.SEQ_CLS, r=config.lora_r, lora_alpha=config.lora_alpha,
                      lora_dropout=config.lora_dropout, target_modules=list(config.lora_targets))
    model = get_peft_model(base, lora)
    rules_nlp = rules_pipeline()
    train_data = _dataset(examples_with_hints(fit_docs, rules_nlp), tokenizer, config.max_length)
    with tempfile.TemporaryDirectory() as scratch:
        args = TrainingArguments(output_dir=scratch, num_train_epochs=config.epochs,
                                 per_device_train_batch_size=config.batch_size,
                                 learning_rate=config.learning_rate, warmup_steps=0.06, weight_decay=0.01,
                                 seed=config.seed, data_seed=config.seed, save_strategy="no", report_to=[],
                                 logging_steps=50, use_cpu=not torch.cuda.is_available(), disable_tqdm=True)
        weights = class_weights(train_data["label"], len(LABEL2ID), config.class_weight_power)

        def weighted_loss(outputs, labels, num_items_in_batch=None):
            return torch.nn.functional.cross_entropy(outputs.logits, labels, weight=weights)

        trainer = Trainer(model=model, args=args, train_dataset=train_data,
                          data_collator=DataCollatorWithPadding(tokenizer), compute_loss_func=weighted_loss)
        result = trainer.train()
    model.save_pretrained(str(out_dir))
    classifier = ActClassifier(model.eval(), tokenizer, None, max_length=config.max_length)
    calib_rows = examples_with_hints(calib_docs, rules_nlp)
    logits = classifier.logits([r["text"] for r in calib_rows], [r["context"] for r in calib_rows])
    labels = np.array([r["label"] for r in calib_rows])
    calibrator = LogitCalibrator.fit(logits, labels, n_classes=len(LABEL2ID))
    calibrator.to_disk(out_dir / CALIBRATION_FILE)
    raw = np.exp(logits - logits.max(axis=1, keepdims=True))
    raw /= raw.sum(axis=1, keepdims=True)
    info = {
        "config": asdict(config), "max_length": config.max_length, "labels": list(LABEL2ID), "uses_hints": True,
        "training_documents": [d.doc for d in fit_docs], "calibration_documents": [d.doc for d in calib_docs],
        "training_sentences": len(train_data), "calibration_sentences": len(calib_rows),
        "train_loss": round(float(result.training_loss), 4),
        "calibration_ece_before": round(expected_calibration_error(raw, labels), 4),
        "calibration_ece_after": round(expected_calibration_error(calibrator(logits), labels), 4),
        "versions": {"python": platform.python_version(), "torch": torch.__version__,
                     "transformers": transformers.__version__, "peft": peft.__version__},
    }
    (out_dir / INFO_FILE).write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    return info
