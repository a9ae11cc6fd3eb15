"""Score the pipeline on offset-JSONL gold (annotations/gold): every metric `minutes evaluate` reports.

Commitments and questions are matched one-to-one by evidence overlap (as the project's blind scorer
does), then actor, asker and deadline are checked (pipeline.evaluation.quotes). On top of that:
per-sentence acts (gold sentences aligned to the pipeline's utterances by overlap), speaker
attribution on sentences the gold attributes to someone, and NER spans per label (exact match)
on documents annotated for NER.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from spacy.language import Language
from spacy.tokens import Doc

from ..annotation.gold import ACTS, NER_LABELS, GoldDocument, GoldFileError, load_gold_file
from ..extraction import run_pipeline
from ..ingest import Document
from .quotes import Counts, Report, _words, score_document

SPLIT_FILE = "split.json"


@dataclass
class GoldReport(Report):
    act_pairs: list[tuple[str, str]] = field(default_factory=list)
    speakers_right: int = 0
    speakers_checked: int = 0
    speakers_spurious: int = 0
    entities: dict[str, Counts] = field(default_factory=lambda: {label: Counts() for label in NER_LABELS})
    documents: int = 0

    def act_counts(self) -> dict[str, Counts]:
        counts = {act: Counts() for act in ACTS}
        for gold, pred in self.act_pairs:
            if gold == pred:
                counts[gold].tp += 1
            else:
                counts[gold].fn += 1
                if pred in counts:
                    counts[pred].fp += 1
        return counts

    def summary(self) -> dict[str, Any]:
        out = super().summary()
        acts = self.act_counts()
        right = sum(1 for g, p in self.act_pairs if g == p)
        ner_docs = any(c.tp + c.fn for c in self.entities.values())
        out.update({
            "documents": self.documents,
            "speaker_acc": round(self.speakers_right / self.speakers_checked, 3) if self.speakers_checked else None,
            "speakers_checked": self.speakers_checked,
            "speakers_spurious": self.speakers_spurious,
            "act_accuracy": round(right / len(self.act_pairs), 3) if self.act_pairs else None,
            "act_macro_f1": round(sum(c.f1 for c in acts.values()) / len(acts), 3) if self.act_pairs else None,
            "acts": {act: c.as_dict() for act, c in acts.items()},
            "ner_role_f1": round(self.entities["ROLE"].f1, 3) if ner_docs else None,
            "ner": {label: c.as_dict() for label, c in self.entities.items()} if ner_docs else None,
        })
        return out


def load_split(gold_dir: Path) -> dict[str, list[str]]:
    path = gold_dir.parent / SPLIT_FILE if (gold_dir.parent / SPLIT_FILE).is_file() else gold_dir / SPLIT_FILE
    if not path.is_file():
        raise GoldFileError(f"no {SPLIT_FILE} beside {gold_dir}")
    data = json.loads(path.read_text(encoding="utf-8"))
    return {"train": data["train"], "dev": data["dev"]}


def gold_documents(gold_dir: str | Path, split: str = "dev", *, include_drafts: bool = False) -> list[GoldDocument]:
    """The finished gold documents of one split ('train', 'dev' or 'all'); drafts only on request."""
    gold_dir = Path(gold_dir)
    files = sorted(gold_dir.glob("*.jsonl"))
    if not files:
        raise GoldFileError(f"no gold *.jsonl files in {gold_dir}")
    wanted: set[str] | None = None
    if split != "all":
        splits = load_split(gold_dir)
        if split not in splits:
            raise GoldFileError(f"unknown split {split!r} (train, dev or all)")
        wanted = set(splits[split])
    docs = [load_gold_file(path) for path in files]
    return [d for d in docs if (wanted is None or d.doc in wanted) and (include_drafts or d.header.get("pass") != "draft")]


def as_document(gold: GoldDocument) -> Document:
    suffix = Path(gold.doc).suffix.lower().lstrip(".")
    fmt = {"htm": "html"}.get(suffix, suffix)
    return Document(source=gold.doc, format=fmt, text=gold.text, encoding=None, pages=None)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def aligned_utterance(span: tuple[int, int], utterances: list[dict[str, Any]]) -> dict[str, Any] | None:
    best, best_overlap = None, 0
    for u in utterances:
        if u["end"] <= span[0]:
            continue
        if u["start"] >= span[1]:
            break
        ov = _overlap(span, (u["start"], u["end"]))
        if ov > best_overlap:
            best, best_overlap = u, ov
    return best


def _name_words(value: str | None) -> set[str]:
    """Content words of a name or mention: no titles, articles or initials (a body named by its initials alone,
    "C.C.C.", is its letters: "ccc")."""
    words = {w for w in _words(value) if len(w) > 1}
    if not words and value and re.fullmatch(r"(?:[A-Z]\.?){2,}", value.strip()):
        words = {value.strip().replace(".", "").lower()}
    return words


def speaker_matches(gold: dict[str, Any], participant: dict[str, Any] | None) -> bool:
    """Right when the participant we attribute the sentence to is the one the gold names: by surname
    where both sides know the person, else by the mention's words ("The Mayor" ~ role "Mayor")."""
    # a written reply's sentences with no one signing them: the block's own heading speaks (GUIDELINES.md:
    # "REPLY"; some annotators wrote the heading as printed, "RESPONSE")
    if gold.get("speaker") in ("REPLY", "RESPONSE") and not gold.get("speaker_name"):
        return participant is None or participant.get("kind") not in ("member", "chair", "vice_chair")
    if participant is None:
        return False
    ours_name = _name_words(participant.get("name"))
    if gold.get("speaker_name") and ours_name:
        return bool(_name_words(gold["speaker_name"]) & ours_name)
    wanted = _name_words(gold.get("speaker")) | _name_words(gold.get("speaker_name"))
    return bool(wanted & (ours_name | _name_words(participant.get("role"))))


def score_sentences(gold: GoldDocument, record: dict[str, Any], report: GoldReport) -> None:
    utterances = record["utterances"]
    participants = {p["id"]: p for p in record["participants"]}
    for sentence in gold.sentences:
        u = aligned_utterance((sentence["start"], sentence["end"]), utterances)
        report.act_pairs.append((sentence["act"], u["act"] if u else "statement"))
        pred = participants.get(u["speaker"]) if u and u["speaker"] else None
        if sentence.get("speaker"):
            report.speakers_checked += 1
            right = speaker_matches(sentence, pred)
            report.speakers_right += right
            if not right:
                report.errors.append({"doc": gold.doc, "type": "wrong_speaker", "quote": gold.text[sentence["start"]:sentence["end"]][:160],
                                      "gold": sentence.get("speaker"),
                                      "pred": (pred or {}).get("name") or (pred or {}).get("role")})
        elif pred is not None:
            report.speakers_spurious += 1
            report.errors.append({"doc": gold.doc, "type": "spurious_speaker",
                                  "quote": gold.text[sentence["start"]:sentence["end"]][:160],
                                  "gold": None, "pred": pred.get("name") or pred.get("role")})


def score_entities(gold: GoldDocument, doc: Doc, report: GoldReport) -> None:
    wanted = {(e["start"], e["end"], e["label"]) for e in gold.entities}
    found = {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in NER_LABELS}
    for label in NER_LABELS:
        g = {x for x in wanted if x[2] == label}
        p = {x for x in found if x[2] == label}
        report.entities[label].add(len(g & p), len(p - g), len(g - p))


def score_gold_document(gold: GoldDocument, doc: Doc, record: dict[str, Any], report: GoldReport) -> None:
    report.documents += 1
    as_quote_gold = {"doc": gold.doc, "commitments": gold.commitments, "questions": gold.questions}
    score_document(as_quote_gold, record, report)
    score_sentences(gold, record, report)
    if gold.has_ner:
        score_entities(gold, doc, report)


def evaluate_documents(golds: Iterable[GoldDocument], nlp: Language) -> GoldReport:
    report = GoldReport()
    for gold in golds:
        doc, record = run_pipeline(as_document(gold), nlp)
        score_gold_document(gold, doc, record, report)
    return report
