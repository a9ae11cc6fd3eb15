"""Score records against gold commitments and questions (offset JSONL, or quotes as example-seed.json).

Gold rows with offsets are used as they are; quotes are located in the record's normalised text by comparing both with whitespace
collapsed and markdown emphasis removed; predictions and gold are then matched one-to-one by
evidence overlap, as the project's blind scorer does, before the actor and deadline are checked.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable


SQUASH_DROP = set("*_")
MIN_OVERLAP = 0.3   # of the shorter span


@dataclass
class Squashed:
    """Text with whitespace runs collapsed and emphasis dropped, mapped back to the original."""

    text: str
    origin: list[int]

    @classmethod
    def of(cls, text: str) -> "Squashed":
        chars: list[str] = []
        origin: list[int] = []
        in_space = False
        for i, ch in enumerate(text):
            if ch in SQUASH_DROP:
                continue
            if ch.isspace():
                if in_space or not chars:
                    continue
                in_space = True
                chars.append(" ")
                origin.append(i)
                continue
            in_space = False
            chars.append(ch)
            origin.append(i)
        return cls("".join(chars), origin)

    def locate(self, quote: str) -> tuple[int, int] | None:
        """[start, end) in the original text of a gold quote, or None when it cannot be found."""
        needle = Squashed.of(quote).text.strip()
        if not needle:
            return None
        at = self.text.find(needle)
        if at < 0:
            # normalisation may differ at the edges (bullets, page furniture): anchor on a prefix
            # and a suffix of the quote instead of the whole
            head, tail = needle[:60], needle[-60:]
            at = self.text.find(head)
            if at < 0:
                return None
            end_at = self.text.find(tail, at)
            if end_at < 0 or end_at - at > len(needle) * 1.5 + 100:
                return self.origin[at], self.origin[min(at + len(needle), len(self.origin)) - 1] + 1
            return self.origin[at], self.origin[end_at + len(tail) - 1] + 1
        return self.origin[at], self.origin[at + len(needle) - 1] + 1


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / max(1, min(a[1] - a[0], b[1] - b[0]))


def match_spans(gold: list[tuple[int, int]], pred: list[tuple[int, int]],
                agree=lambda gi, pi: False) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by overlap, best pairs first; among equal overlaps (one sentence,
    two owners) the pair whose actor agrees wins."""
    pairs = sorted(((overlap(g, p), agree(gi, pi), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)),
                   reverse=True)
    pairs = [(score, gi, pi) for score, _, gi, pi in pairs]
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for score, gi, pi in pairs:
        if score < MIN_OVERLAP:
            break
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        matched.append((gi, pi))
    return matched


def _words(value: str | None) -> set[str]:
    if not value:
        return set()
    stop = {"the", "a", "an", "of", "and", "for", "to", "in", "mr", "mrs", "ms", "cllr", "councillor", "dr"}
    # "Kieran O’ Hanlon" as printed is "K. O’Hanlon" as an annotator wrote it: the prefix joins the surname
    value = re.sub(r"\b(o|mac|mc)'\s+(?=[a-z])", r"\1'", value.lower().replace("’", "'"))
    return {w for w in re.findall(r"[a-z0-9']+", value) if w not in stop}


def same_actor(gold: dict, pred: dict) -> bool:
    """The actor is right when the gold name (or, with no name, the text/role) agrees with ours."""
    ours = _words(pred.get("name")) | _words(pred.get("text")) | _words(pred.get("role"))
    if gold.get("who_name"):
        name = _words(gold["who_name"])
        surname = {gold["who_name"].split()[-1].lower()} if gold["who_name"].split() else set()
        return bool(surname & (_words(pred.get("name")) | _words(pred.get("text")))) or name <= ours
    wanted = _words(gold.get("who_text")) | _words(gold.get("who_role"))
    if not wanted:
        return not ours
    return bool(wanted & ours)


WHAT_MIN_F1 = 0.5


def same_what(gold: str | None, pred: str | None) -> bool:
    """The promised action agrees when its content words overlap at F1 >= 0.5 (wording varies:
    'provide a written response to Members' ~ 'provide a written response')."""
    g, p = _words(gold), _words(pred)
    if not g:
        return True   # gold gives no action text: nothing to check
    common = len(g & p)
    if not common:
        return False
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall) >= WHAT_MIN_F1


def same_asker(gold: dict, pred_text: str | None, pred_label: str | None) -> bool:
    wanted = _words(gold.get("asked_by_name")) or _words(gold.get("asked_by_text"))
    ours = _words(pred_text) | _words(pred_label)
    if not wanted:
        return True
    return bool(wanted & ours)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"p": round(self.precision, 3), "r": round(self.recall, 3), "f1": round(self.f1, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Report:
    commitments: Counts = field(default_factory=Counts)
    records: Counts = field(default_factory=Counts)
    records_with_what: Counts = field(default_factory=Counts)
    questions: Counts = field(default_factory=Counts)
    questions_with_asker: Counts = field(default_factory=Counts)
    deadlines_right: int = 0
    deadlines_checked: int = 0
    unlocated: list[str] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        return {
            "commitment_f1": round(self.commitments.f1, 3),
            "record_f1": round(self.records.f1, 3),
            "record_what_f1": round(self.records_with_what.f1, 3),
            "question_f1": round(self.questions.f1, 3),
            "question_asker_f1": round(self.questions_with_asker.f1, 3),
            "deadline_acc": round(self.deadlines_right / self.deadlines_checked, 3) if self.deadlines_checked else None,
            "commitments": self.commitments.as_dict(),
            "records": self.records.as_dict(),
            "questions": self.questions.as_dict(),
            "unlocated_gold_quotes": len(self.unlocated),
        }


def score_document(gold: dict, record: dict, report: Report) -> None:
    text = record["text"]
    squashed = Squashed.of(text)
    participants = {p["id"]: p for p in record["participants"]}

    def locate_all(rows: Iterable[dict]) -> tuple[list[dict], list[tuple[int, int]]]:
        kept, spans = [], []
        for row in rows:
            if isinstance(row.get("start"), int) and isinstance(row.get("end"), int):
                kept.append(row)
                spans.append((row["start"], row["end"]))
                continue
            span = squashed.locate(row["quote"])
            if span is None:
                report.unlocated.append(f"{gold['doc']}: {row['quote'][:70]}")
                continue
            kept.append(row)
            spans.append(span)
        return kept, spans

    g_rows, g_spans = locate_all(gold.get("commitments", []))
    preds = record["commitments"]
    p_spans = [(c["evidence"]["start"], c["evidence"]["end"]) for c in preds]
    matched = match_spans(g_spans, p_spans, lambda gi, pi: same_actor(g_rows[gi], preds[pi]["who"]))
    report.commitments.add(len(matched), len(preds) - len(matched), len(g_rows) - len(matched))
    full = full_with_what = 0
    matched_g = {gi for gi, _ in matched}
    matched_p = {pi for _, pi in matched}
    for gi, pi in matched:
        g, p = g_rows[gi], preds[pi]
        actor_ok = same_actor(g, p["who"])
        p_date = p["deadline"]["date"] if p["deadline"] else None
        deadline_ok = (g.get("deadline_date") or None) == p_date
        report.deadlines_checked += 1
        report.deadlines_right += deadline_ok
        if actor_ok and deadline_ok:
            full += 1
            if same_what(g.get("what"), p.get("what")):
                full_with_what += 1
        else:
            report.errors.append({"doc": gold["doc"], "type": "wrong_who" if not actor_ok else "wrong_deadline",
                                  "quote": g["quote"][:160], "gold_who": [g.get("who_text"), g.get("who_name"), g.get("who_role")],
                                  "pred_who": p["who"], "gold_deadline": g.get("deadline_date"), "pred_deadline": p_date})
    report.records.add(full, len(preds) - full, len(g_rows) - full)
    report.records_with_what.add(full_with_what, len(preds) - full_with_what, len(g_rows) - full_with_what)
    for gi, g in enumerate(g_rows):
        if gi not in matched_g:
            report.errors.append({"doc": gold["doc"], "type": "missed_commitment", "quote": g["quote"][:200]})
    for pi, p in enumerate(preds):
        if pi not in matched_p:
            report.errors.append({"doc": gold["doc"], "type": "false_commitment", "quote": p["evidence"]["quote"][:200],
                                  "rule": p.get("rule")})

    q_rows, q_spans = locate_all(gold.get("questions", []))
    utterances = {u["id"]: u for u in record["utterances"]}
    qpreds = record["questions"]
    qp_spans = [(utterances[q["utterance"]]["start"], utterances[q["utterance"]]["end"]) for q in qpreds]
    qmatched = match_spans(q_spans, qp_spans)
    report.questions.add(len(qmatched), len(qpreds) - len(qmatched), len(q_rows) - len(qmatched))
    asker_ok = 0
    for gi, pi in qmatched:
        q = qpreds[pi]
        label = None
        if q["asked_by"] in participants:
            p = participants[q["asked_by"]]
            label = " ".join(x for x in (p["name"], p["role"]) if x)
        if same_asker(q_rows[gi], q.get("asked_by_text"), label):
            asker_ok += 1
        else:
            report.errors.append({"doc": gold["doc"], "type": "wrong_asker", "quote": q_rows[gi]["quote"][:160],
                                  "gold": q_rows[gi].get("asked_by_text"), "pred": q.get("asked_by_text")})
    report.questions_with_asker.add(asker_ok, len(qpreds) - asker_ok, len(q_rows) - asker_ok)
    qm_g = {gi for gi, _ in qmatched}
    qm_p = {pi for _, pi in qmatched}
    for gi, g in enumerate(q_rows):
        if gi not in qm_g:
            report.errors.append({"doc": gold["doc"], "type": "missed_question", "quote": g["quote"][:200]})
    for pi, q in enumerate(qpreds):
        if pi not in qm_p:
            u = utterances[q["utterance"]]
            report.errors.append({"doc": gold["doc"], "type": "false_question",
                                  "quote": text[u["start"]:u["end"]][:200]})
