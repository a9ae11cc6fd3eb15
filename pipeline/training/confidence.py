"""`minutes train confidence`: fit the commitment-confidence model (pipeline.classifier.commitment_confidence)
on train meetings the act classifier scoring them did not train on (cross-fitted, or the shipped classifier's
calibration meetings), score it on dev with the shipped classifier, write its card."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Sequence

from ..annotation.gold import GoldDocument, GoldFileError
from ..classifier.commitment_confidence import Candidate, CommitmentConfidence, brier
from ..evaluation.gold_eval import as_document, gold_documents
from ..evaluation.quotes import match_spans, same_actor
from ..extraction import run_pipeline
from .cards import write_card
from .crossfit import fold_classifiers

UNFITTED = {"components.minutes_commitments.confidence.path": ""}


def real_commitments(gold: GoldDocument, record: dict[str, Any]) -> set[int]:
    """Indexes of the record's commitments that gold has (the scorer's match: overlapping evidence, same actor)."""
    preds = record["commitments"]
    matched = match_spans([(g["start"], g["end"]) for g in gold.commitments],
                          [(p["evidence"]["start"], p["evidence"]["end"]) for p in preds],
                          lambda gi, pi: same_actor(gold.commitments[gi], preds[pi]["who"]))
    return {pi for _, pi in matched}


def candidates_of(documents: Sequence[GoldDocument], nlp, progress: Callable[[str], None] | None = None) -> list[Candidate]:
    """Every commitment the pipeline finds in ``documents``, with the rule's score, the classifier's
    P(commitment) and whether gold has it."""
    out = []
    for n, gold in enumerate(documents, 1):
        doc, record = run_pipeline(as_document(gold), nlp)
        real = real_commitments(gold, record)
        for i, commitment in enumerate(doc._.commitments):
            utt = doc._.utterances[commitment.utterance] if commitment.utterance is not None else None
            probs = utt.act_probs if utt is not None else None
            out.append(Candidate(commitment.rule_confidence if commitment.rule_confidence is not None else commitment.confidence,
                                 probs["commitment"] if probs else None, i in real))
        if progress:
            progress(f"  {n}/{len(documents)} {gold.doc}")
    return out


def _unseen_by_classifier(gold: Path, classifier: Path) -> list[GoldDocument]:
    info_path = classifier / "training.json"
    try:
        seen = set(json.loads(info_path.read_text(encoding="utf-8"))["training_documents"])
    except (FileNotFoundError, KeyError, ValueError) as err:
        raise GoldFileError(f"cannot tell which meetings the act classifier trained on from {info_path}: {err}") from err
    documents = [d for d in gold_documents(gold, "train") if d.doc not in seen]
    if not documents:
        raise GoldFileError("every train meeting was used to train the act classifier: none is left to fit the confidence on")
    return documents


def train_confidence_model(gold: Path, out: Path, *, classifier: Path, folds: int = 5, work: Path = Path("build/crossfit"),
                           seed: int = 0, progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Fit on every train meeting scored out of fold (``folds`` >= 2: each fold's meetings by a classifier trained on
    the other folds, kept under ``work``), or with ``folds`` 0 on the train meetings the shipped classifier did not
    train on (its calibration meetings)."""
    from ..nlp import load_pipeline

    def pipeline_with(model_dir: Path):
        return load_pipeline(None, overrides={**UNFITTED, "components.minutes_acts.tagger.model": str(model_dir)})

    fold_members: list[list[str]] = []
    if folds:
        documents = gold_documents(gold, "train")
        fit_rows: list[Candidate] = []
        for held, model_dir in fold_classifiers(documents, folds, work, seed=seed, progress=progress):
            fit_rows.extend(candidates_of(held, pipeline_with(model_dir), progress))
            fold_members.append([d.doc for d in held])
        how_fitted = (f"each train meeting scored by one of {folds} cross-fitted act classifiers that did not train "
                      f"on it (`{work}`, seed {seed})")
    else:
        documents = _unseen_by_classifier(gold, classifier)
        fit_rows = candidates_of(documents, pipeline_with(classifier), progress)
        how_fitted = "the train meetings the act classifier did not train on (its calibration meetings)"
    nlp = pipeline_with(classifier)
    model = CommitmentConfidence.fit(fit_rows)
    dev_rows = candidates_of(gold_documents(gold, "dev"), nlp, progress)
    unfitted = CommitmentConfidence()
    base_rate = sum(x.real for x in fit_rows) / len(fit_rows)
    metrics = {
        "fit_candidates": len(fit_rows), "fit_real": sum(x.real for x in fit_rows),
        "fit_scored_by_classifier": sum(x.model_score is not None for x in fit_rows),
        "fit_brier_before": brier(unfitted, fit_rows), "fit_brier_after": brier(model, fit_rows),
        "dev_candidates": len(dev_rows), "dev_real": sum(x.real for x in dev_rows),
        "dev_brier_before": brier(unfitted, dev_rows), "dev_brier_after": brier(model, dev_rows),
        "dev_brier_constant": round(sum((base_rate - x.real) ** 2 for x in dev_rows) / max(len(dev_rows), 1), 4),
        "note": "Brier score of the confidence against 'gold has this commitment' (lower is better); before: the "
                "classifier's P(commitment) where it scored the sentence, else the rule's score; constant: every "
                "commitment given the fit set's share of real ones",
    }
    model.info = {"fitted_on": [d.doc for d in documents], "how_fitted": how_fitted, "classifier": str(classifier),
                  **({"folds": fold_members} if fold_members else {}), **metrics}
    model.to_disk(out)
    a, b, c = model.with_model
    d, e = model.rule_only
    write_card(out / "MODEL_CARD.md", title="Commitment confidence (recalibration of rule commitments)",
               intended_use="Turns a rule commitment's own score and the act classifier's P(commitment) into the "
                            "record's `confidence`: the probability that the commitment is real (gold has it, with "
                            "the same actor). Registered as minutes.commitment_confidence.v1; it belongs to the act "
                            "classifier it was fitted with and must be refitted whenever that is retrained.",
               data={"fitted_on": [d.doc for d in documents], "how_fitted": how_fitted, "classifier": str(classifier)},
               metrics=metrics,
               how=f"`minutes train confidence --folds {folds}`: the combined pipeline runs over {how_fitted}; each "
                   f"commitment it finds is a case (real when it matches gold). Two logistic "
                   f"regressions (scikit-learn, C=1): sigmoid({a:.3f}·logit(rule) + {b:.3f}·logit(P_classifier) + "
                   f"{c:.3f}) where the classifier scored the sentence, sigmoid({d:.3f}·logit(rule) + {e:.3f}) "
                   f"where it did not.",
               limits=["Fitted on Limerick and MSCC meetings only; Ontario minutes are unseen (their resolutions get "
                       "the classifier's low P(commitment), which this lifts but does not remove).",
                       "It ranks commitments only as well as the classifier does (weakly); it fixes the scale.",
                       "A real commitment here means one gold has with the same actor: a wrong actor counts as false."])
    return {"metrics": metrics}
