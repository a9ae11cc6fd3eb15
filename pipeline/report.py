"""Plain-text tables of records for people (the demo, `minutes show`)."""
from __future__ import annotations

import textwrap


def _participant_label(record: dict, pid: str | None) -> str:
    if pid is None:
        return "?"
    for p in record["participants"]:
        if p["id"] == pid:
            if p["name"] and p["role"]:
                return f"{p['name']} ({p['role']})"
            return p["name"] or p["role"] or pid
    return pid


def _cell(text: str | None, width: int) -> list[str]:
    return textwrap.wrap(text or "-", width) or ["-"]


def _rows(columns: list[tuple[str, int]], rows: list[list[str | None]]) -> list[str]:
    widths = [w for _, w in columns]
    lines = [" | ".join(h.ljust(w) for h, w in columns), "-+-".join("-" * w for w in widths)]
    for row in rows:
        cells = [_cell(value, width) for value, width in zip(row, widths)]
        for k in range(max(len(c) for c in cells)):
            lines.append(" | ".join((c[k] if k < len(c) else "").ljust(w) for c, w in zip(cells, widths)))
    return lines


def render_records(records: list[dict]) -> str:
    out: list[str] = []
    for record in records:
        meeting = record["meeting"]
        out.append(f"\n=== {record['source']}")
        out.append(f"    {meeting.get('body') or 'unknown body'} · {meeting.get('date') or 'date unknown'}"
                   f" · {len(record['commitments'])} commitments · {len(record['questions'])} questions")
        out.append("\nCommitments")
        rows = []
        for c in record["commitments"]:
            who = c["who"]
            actor = who["text"] or "-"
            if who.get("name") and who["name"] not in actor:
                actor += f" → {who['name']}"
            deadline = c["deadline"]
            due = (f"{deadline['text']} ({deadline['date'] or '?'})" if deadline else None)
            rows.append([c["kind"], actor, c["what"], c["to_whom"], due, f"{c['confidence']:.2f}"])
        out.extend(_rows([("kind", 14), ("who", 28), ("what", 52), ("to whom", 20), ("by when", 18), ("conf", 4)], rows))
        out.append("\nQuestions")
        utterances = {u["id"]: u for u in record["utterances"]}
        rows = []
        for q in record["questions"]:
            u = utterances[q["utterance"]]
            asked = q.get("asked_by_text") or _participant_label(record, q["asked_by"])
            answered = "; ".join(_participant_label(record, p) for p in q["answered_by"]) or None
            rows.append([asked, record["text"][u["start"]:u["end"]], answered])
        out.extend(_rows([("asked by", 22), ("question", 80), ("answered by", 40)], rows))
    return "\n".join(out)
