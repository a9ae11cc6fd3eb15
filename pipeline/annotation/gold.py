"""The gold annotation format: one JSONL file per meeting, the single source of truth.

Line 1 is the document (``type: "document"``) with the full normalised text; every other line is
one label with character offsets into that text and the covered text itself, so a reader can check
any label without tools:

- ``sentence``: ``act`` (question, answer, commitment, statement, procedural) and ``speaker``
  (the speaker as the minutes name them, or null) with ``speaker_name`` when a person is known;
- ``commitment``: ``kind``, ``who_text``/``who_name``/``who_role``, ``what``, ``to_whom``,
  ``deadline_text``, ``deadline_date``;
- ``question``: ``asked_by_text``/``asked_by_name``, ``answered_by_text``/``answered_by_name``;
- ``not_commitment``: a decoy with its ``reason``;
- ``participant``: ``name``, ``role``, ``kind`` (no offsets);
- ``entity``: NER spans with ``label`` (PERSON, ROLE, ORG, DATE), only where the document line says
  ``"ner": true``.

Drafts may carry a ``quote`` without offsets; ``resolve_quotes`` fixes the offsets before a file
is accepted as gold.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ..errors import MinutesError

ACTS = ("question", "answer", "commitment", "statement", "procedural")
NER_LABELS = ("PERSON", "ROLE", "ORG", "DATE")
SPAN_TYPES = ("sentence", "commitment", "question", "not_commitment", "entity")
LINE_TYPES = SPAN_TYPES + ("participant",)


class GoldFileError(MinutesError):
    """A gold annotation file is malformed, or its offsets do not match its text."""


@dataclass
class GoldDocument:
    """One annotated meeting: the header line plus its labels grouped by type."""

    header: dict[str, Any]
    lines: list[dict[str, Any]] = field(default_factory=list)
    path: str | None = None

    @property
    def doc(self) -> str:
        return self.header["doc"]

    @property
    def text(self) -> str:
        return self.header["text"]

    @property
    def has_ner(self) -> bool:
        return bool(self.header.get("ner"))

    def of_type(self, kind: str) -> list[dict[str, Any]]:
        return [line for line in self.lines if line["type"] == kind]

    @property
    def sentences(self) -> list[dict[str, Any]]:
        return self.of_type("sentence")

    @property
    def commitments(self) -> list[dict[str, Any]]:
        return self.of_type("commitment")

    @property
    def questions(self) -> list[dict[str, Any]]:
        return self.of_type("question")

    @property
    def entities(self) -> list[dict[str, Any]]:
        return self.of_type("entity")

    @property
    def participants(self) -> list[dict[str, Any]]:
        return self.of_type("participant")


def _where(path: str | None, number: int) -> str:
    return f"{path or '<gold>'}:{number}"


def parse_gold(lines: Iterable[str], path: str | None = None, *, require_offsets: bool = True) -> GoldDocument:
    header: dict[str, Any] | None = None
    labels: list[dict[str, Any]] = []
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except json.JSONDecodeError as err:
            raise GoldFileError(f"{_where(path, number)}: not JSON ({err.msg})") from err
        kind = row.get("type")
        if header is None:
            if kind != "document":
                raise GoldFileError(f"{_where(path, number)}: the first line must be the document (type 'document')")
            for key in ("doc", "text"):
                if not isinstance(row.get(key), str):
                    raise GoldFileError(f"{_where(path, number)}: document line lacks {key!r}")
            header = row
            continue
        if kind not in LINE_TYPES:
            raise GoldFileError(f"{_where(path, number)}: unknown type {kind!r} (expected one of {', '.join(LINE_TYPES)})")
        check_label(row, header["text"], _where(path, number), require_offsets=require_offsets)
        labels.append(row)
    if header is None:
        raise GoldFileError(f"{path or '<gold>'}: empty gold file")
    return GoldDocument(header, labels, path)


def check_label(row: dict[str, Any], text: str, where: str, *, require_offsets: bool = True) -> None:
    kind = row["type"]
    if kind == "sentence" and row.get("act") not in ACTS:
        raise GoldFileError(f"{where}: sentence act {row.get('act')!r} is not one of {', '.join(ACTS)}")
    if kind == "entity" and row.get("label") not in NER_LABELS:
        raise GoldFileError(f"{where}: entity label {row.get('label')!r} is not one of {', '.join(NER_LABELS)}")
    if kind not in SPAN_TYPES:
        return
    has_offsets = isinstance(row.get("start"), int) and isinstance(row.get("end"), int)
    if not has_offsets:
        if require_offsets or not row.get("quote"):
            raise GoldFileError(f"{where}: {kind} needs integer 'start' and 'end'")
        return
    start, end = row["start"], row["end"]
    if not 0 <= start < end <= len(text):
        raise GoldFileError(f"{where}: offsets [{start}, {end}) outside the text (length {len(text)})")
    covered = row.get("quote", row.get("text"))
    if covered is not None and covered != text[start:end]:
        raise GoldFileError(f"{where}: quote does not match text[{start}:{end}]: "
                            f"{covered[:50]!r} vs {text[start:end][:50]!r}")


def load_gold_file(path: str | Path, *, require_offsets: bool = True) -> GoldDocument:
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as err:
        raise GoldFileError(f"{path}: cannot read ({err.strerror or err})") from err
    return parse_gold(raw.splitlines(), str(path), require_offsets=require_offsets)


def load_gold_folder(folder: str | Path) -> list[GoldDocument]:
    files = sorted(Path(folder).rglob("*.jsonl"))
    if not files:
        raise GoldFileError(f"no gold *.jsonl files in {folder}")
    return [load_gold_file(path) for path in files]


LINE_ORDER = {"participant": 0, "sentence": 1, "entity": 2, "question": 3, "commitment": 4, "not_commitment": 5}


def dump_gold(document: GoldDocument) -> str:
    """Serialise with the header first and labels ordered by type, then position (stable diffs)."""
    rows = sorted(document.lines, key=lambda r: (LINE_ORDER[r["type"]], r.get("start", -1), r.get("end", -1)))
    out = [json.dumps(document.header, ensure_ascii=False)]
    out.extend(json.dumps(row, ensure_ascii=False) for row in rows)
    return "\n".join(out) + "\n"


def write_gold_file(document: GoldDocument, path: str | Path) -> None:
    Path(path).write_text(dump_gold(document), encoding="utf-8")


def corpus_relative(doc: str | Path, root: Path) -> str:
    """A document path as the corpus names it: relative paths stay; absolute ones must lie under `root`."""
    path = Path(doc)
    if not path.is_absolute():
        return path.as_posix()
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        raise GoldFileError(f"{doc} is not inside the corpus root {root}; pass --corpus or a path "
                            "relative to it") from None


def gold_file_name(doc: str) -> str:
    """`limerick/2019/2019-04-03--x.md` -> `limerick--2019-04-03--x.jsonl` (council kept, year dropped).

    The path must be relative to the corpus root: an absolute one has no council folder first, and
    joined to an output folder it would replace that folder (the file would land in `/`).
    """
    if Path(doc).is_absolute():
        raise GoldFileError(f"{doc}: give the document's path relative to the corpus root "
                            "(e.g. limerick/2019/x.md), not an absolute path")
    parts = Path(doc).parts
    council = parts[0] if parts else "doc"
    return f"{council}--{Path(doc).stem}.jsonl"
