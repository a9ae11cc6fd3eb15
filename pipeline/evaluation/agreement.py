"""Inter-annotator agreement between the first pass (annotations/gold) and the blind second pass
(annotations/second-pass): Cohen's kappa for sentence acts, F1 for spans and records.

The second pass is the reference for nothing: F1 between two annotators is symmetric, so it reads
as "how often they agree", the ceiling the models are judged against.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from sklearn.metrics import cohen_kappa_score

from ..annotation.gold import NER_LABELS, GoldDocument, GoldFileError, load_gold_file
from .quotes import Counts, _words, match_spans, same_actor


def _actor_as_pred(row: dict[str, Any]) -> dict[str, Any]:
    return {"name": row.get("who_name"), "text": row.get("who_text"), "role": row.get("who_role")}


def _same_person(a: dict[str, Any], b: dict[str, Any], name: str, text: str) -> bool:
    if a.get(name) and b.get(name):
        return bool(_words(a[name]) & _words(b[name]))
    return bool((_words(a.get(text)) | _words(a.get(name))) & (_words(b.get(text)) | _words(b.get(name)))) or \
        not (a.get(text) or a.get(name) or b.get(text) or b.get(name))


def compare(first: GoldDocument, second: GoldDocument, totals: dict[str, Any]) -> None:
    if first.text != second.text:
        raise GoldFileError(f"{first.doc}: the two passes annotate different texts")
    acts_second = {(s["start"], s["end"]): s for s in second.sentences}
    for s in first.sentences:
        other = acts_second.get((s["start"], s["end"]))
        if other is None:
            continue
        totals["acts"].append((s["act"], other["act"]))
        if s.get("speaker") or other.get("speaker"):
            totals["speaker_checked"] += 1
            totals["speaker_same"] += _same_person(s, other, "speaker_name", "speaker")

    def spans(rows):
        return [(r["start"], r["end"]) for r in rows]

    a, b = first.commitments, second.commitments
    matched = match_spans(spans(a), spans(b), lambda i, j: same_actor(a[i], _actor_as_pred(b[j])))
    totals["commitments"].add(len(matched), len(b) - len(matched), len(a) - len(matched))
    full = sum(1 for i, j in matched if same_actor(a[i], _actor_as_pred(b[j]))
               and (a[i].get("deadline_date") or None) == (b[j].get("deadline_date") or None))
    totals["records"].add(full, len(b) - full, len(a) - full)
    qa, qb = first.questions, second.questions
    qmatched = match_spans(spans(qa), spans(qb))
    totals["questions"].add(len(qmatched), len(qb) - len(qmatched), len(qa) - len(qmatched))
    asker = sum(1 for i, j in qmatched if _same_person(qa[i], qb[j], "asked_by_name", "asked_by_text"))
    totals["questions_asker"].add(asker, len(qb) - asker, len(qa) - asker)
    if first.has_ner and second.has_ner:
        for label in NER_LABELS:
            ga = {(e["start"], e["end"]) for e in first.entities if e["label"] == label}
            gb = {(e["start"], e["end"]) for e in second.entities if e["label"] == label}
            totals["entities"][label].add(len(ga & gb), len(gb - ga), len(ga - gb))


def agreement(first_dir: str | Path, second_dir: str | Path) -> dict[str, Any]:
    totals: dict[str, Any] = {"acts": [], "speaker_checked": 0, "speaker_same": 0, "commitments": Counts(),
                              "records": Counts(), "questions": Counts(), "questions_asker": Counts(),
                              "entities": {label: Counts() for label in NER_LABELS}, "documents": []}
    for path in sorted(Path(second_dir).glob("*.jsonl")):
        second = load_gold_file(path)
        if second.header.get("pass") != "second":
            continue
        first_path = Path(first_dir) / path.name
        if not first_path.is_file():
            raise GoldFileError(f"{path.name}: no first-pass file in {first_dir}")
        first = load_gold_file(first_path)
        if first.header.get("pass") == "draft":
            continue
        compare(first, second, totals)
        totals["documents"].append(first.doc)
    if not totals["documents"]:
        raise GoldFileError(f"no finished document annotated in both {first_dir} and {second_dir}")
    gold_acts = [a for a, _ in totals["acts"]]
    other_acts = [b for _, b in totals["acts"]]
    ner = {label: c.as_dict() for label, c in totals["entities"].items() if c.tp + c.fp + c.fn}
    return {
        "documents": totals["documents"],
        "sentences": len(gold_acts),
        "act_kappa": round(float(cohen_kappa_score(gold_acts, other_acts)), 3),
        "act_agreement": round(sum(a == b for a, b in totals["acts"]) / len(gold_acts), 3),
        "speaker_agreement": round(totals["speaker_same"] / totals["speaker_checked"], 3) if totals["speaker_checked"] else None,
        "commitment_f1": round(totals["commitments"].f1, 3),
        "record_f1": round(totals["records"].f1, 3),
        "question_f1": round(totals["questions"].f1, 3),
        "question_asker_f1": round(totals["questions_asker"].f1, 3),
        "ner": ner or None,
        "ner_role_f1": ner.get("ROLE", {}).get("f1") if ner else None,
    }
