"""Rules-only vs learned vs combined on the same gold documents (`minutes evaluate --ablation`)."""
from __future__ import annotations

from typing import Any, Sequence

from ..annotation.gold import GoldDocument
from ..nlp import load_pipeline
from .gold_eval import evaluate_documents

RULES = {"base.ner": "",
         "components.minutes_acts.tagger": {"@misc": "minutes.act_rules.v1"},
         "components.minutes_commitments.min_commitment_prob": 0.0}
LEARNED = {"base.ner": "models/ner",
           "components.minutes_acts.tagger": {"@misc": "minutes.act_classifier.v1", "mode": "learned"},
           "components.minutes_commitments.min_commitment_prob": 0.5}
# no commitment gate: on held-out training meetings every gate above 0 lost more true commitments
# than false ones (see the model card); the classifier's P(commitment) feeds the confidence instead, with
# the rule's score, through models/commitment-confidence
COMBINED = {"base.ner": "models/ner",
            "components.minutes_acts.tagger": {"@misc": "minutes.act_classifier.v1", "mode": "combined"},
            "components.minutes_commitments.min_commitment_prob": 0.0}
SETTINGS: dict[str, dict[str, Any]] = {"rules": RULES, "learned": LEARNED, "combined": COMBINED}
HEADLINE = ("commitment_f1", "record_f1", "record_what_f1", "question_f1", "question_asker_f1", "speaker_acc", "deadline_acc",
            "act_macro_f1", "ner_role_f1")


def run_ablation(documents: Sequence[GoldDocument], settings: Sequence[str] = tuple(SETTINGS),
                 config_path=None) -> dict[str, dict[str, Any]]:
    results = {}
    for name in settings:
        nlp = load_pipeline(config_path, overrides=SETTINGS[name])
        results[name] = evaluate_documents(documents, nlp).summary()
    return results


def ablation_table(results: dict[str, dict[str, Any]]) -> str:
    head = "| setting | " + " | ".join(HEADLINE) + " |"
    rule = "| --- |" + " --- |" * len(HEADLINE)
    rows = [f"| {name} | " + " | ".join("–" if r.get(k) is None else f"{r[k]:.3f}" for k in HEADLINE) + " |"
            for name, r in results.items()]
    return "\n".join([head, rule, *rows])
