"""Meeting records as normalised tables for analysis: Parquet files or a DuckDB database.

Tables (keys in brackets): meetings [doc_id], participants [doc_id, id], utterances [doc_id, id],
questions [doc_id, id], commitments [doc_id, id]; every child table's doc_id refers to meetings,
and participant/utterance ids inside a meeting are the ids the other tables name. Lists inside a
row (a question's answers, a participant's mentions) are kept as JSON text.
The tables are built from the JSON Lines journal in chunks, so memory stays flat.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ..errors import MinutesError
from .journal import read_lines

FORMATS = ("jsonl", "parquet", "duckdb")
CHUNK = 200   # records per write

Getter = Callable[[dict[str, Any], dict[str, Any]], Any]   # (row, record) -> value


def _at(*keys: str) -> Getter:
    def get(row: dict[str, Any], record: dict[str, Any]) -> Any:
        value: Any = row
        for key in keys:
            value = value.get(key) if isinstance(value, dict) else None
        return value
    return get


def _json(*keys: str) -> Getter:
    inner = _at(*keys)

    def get(row: dict[str, Any], record: dict[str, Any]) -> Any:
        value = inner(row, record)
        return None if value is None else json.dumps(value, ensure_ascii=False)
    return get


def _doc_id(row: dict[str, Any], record: dict[str, Any]) -> str:
    return record["doc_id"]


def _utterance_text(row: dict[str, Any], record: dict[str, Any]) -> str:
    return record["text"][row["start"]:row["end"]]


# table -> (list key in the record or None for the meeting itself, [(column, SQL type, getter)], primary key)
TABLES: dict[str, tuple[str | None, list[tuple[str, str, Getter]], tuple[str, ...]]] = {
    "meetings": (None, [
        ("doc_id", "VARCHAR", _doc_id), ("source", "VARCHAR", _at("source")), ("schema", "VARCHAR", _at("schema")),
        ("body", "VARCHAR", _at("meeting", "body")), ("date", "DATE", _at("meeting", "date")),
        ("title", "VARCHAR", _at("meeting", "title")), ("chars", "INTEGER", lambda row, rec: len(rec["text"])),
    ], ("doc_id",)),
    "participants": ("participants", [
        ("doc_id", "VARCHAR", _doc_id), ("id", "VARCHAR", _at("id")), ("name", "VARCHAR", _at("name")),
        ("role", "VARCHAR", _at("role")), ("kind", "VARCHAR", _at("kind")), ("present", "BOOLEAN", _at("present")),
        ("source", "VARCHAR", _at("source")), ("mentions", "VARCHAR", _json("mentions")),
    ], ("doc_id", "id")),
    "utterances": ("utterances", [
        ("doc_id", "VARCHAR", _doc_id), ("id", "VARCHAR", _at("id")), ("item", "VARCHAR", _at("item")),
        ("start", "INTEGER", _at("start")), ("end", "INTEGER", _at("end")), ("speaker", "VARCHAR", _at("speaker")),
        ("act", "VARCHAR", _at("act")), ("act_score", "DOUBLE", _at("act_score")), ("act_rule", "VARCHAR", _at("act_rule")),
        ("speaker_rule", "VARCHAR", _at("speaker_rule")), ("text", "VARCHAR", _utterance_text),
    ], ("doc_id", "id")),
    "questions": ("questions", [
        ("doc_id", "VARCHAR", _doc_id), ("id", "VARCHAR", _at("id")), ("utterance", "VARCHAR", _at("utterance")),
        ("asked_by", "VARCHAR", _at("asked_by")), ("asked_by_text", "VARCHAR", _at("asked_by_text")),
        ("answered_by", "VARCHAR", _json("answered_by")), ("answers", "VARCHAR", _json("answers")),
        ("rule", "VARCHAR", _at("rule")), ("evidence_start", "INTEGER", _at("evidence", "start")),
        ("evidence_end", "INTEGER", _at("evidence", "end")), ("quote", "VARCHAR", _at("evidence", "quote")),
    ], ("doc_id", "id")),
    "commitments": ("commitments", [
        ("doc_id", "VARCHAR", _doc_id), ("id", "VARCHAR", _at("id")), ("kind", "VARCHAR", _at("kind")),
        ("who", "VARCHAR", _at("who", "participant")), ("who_text", "VARCHAR", _at("who", "text")),
        ("who_name", "VARCHAR", _at("who", "name")), ("who_role", "VARCHAR", _at("who", "role")),
        ("what", "VARCHAR", _at("what")), ("to_whom", "VARCHAR", _json("to_whom")),
        ("deadline_text", "VARCHAR", _at("deadline", "text")), ("deadline_date", "DATE", _at("deadline", "date")),
        ("deadline_rule", "VARCHAR", _at("deadline", "rule")), ("utterance", "VARCHAR", _at("utterance")),
        ("prompted_by", "VARCHAR", _at("prompted_by")), ("confidence", "DOUBLE", _at("confidence")),
        ("rule", "VARCHAR", _at("rule")), ("evidence_start", "INTEGER", _at("evidence", "start")),
        ("evidence_end", "INTEGER", _at("evidence", "end")), ("quote", "VARCHAR", _at("evidence", "quote")),
    ], ("doc_id", "id")),
}


class ExportError(MinutesError):
    """The analysis tables could not be written."""


def table_rows(records: Iterable[dict[str, Any]], table: str) -> Iterator[dict[str, Any]]:
    key, columns, _ = TABLES[table]
    for record in records:
        rows = [record] if key is None else (record.get(key) or [])
        for row in rows:
            yield {name: get(row, record) for name, _, get in columns}


def _chunks(path: Path) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for record in read_lines(path):
        chunk.append(record)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _arrow_schema(table: str):
    import pyarrow as pa

    types = {"VARCHAR": pa.string(), "INTEGER": pa.int64(), "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(),
             "DATE": pa.string()}   # dates stay ISO text in Arrow; DuckDB casts them to DATE
    return pa.schema([(name, types[sql]) for name, sql, _ in TABLES[table][1]])


def _arrow_table(rows: list[dict[str, Any]], table: str):
    import pyarrow as pa

    return pa.Table.from_pylist(rows, schema=_arrow_schema(table))


def write_parquet(journal: Path, out_dir: Path) -> dict[str, int]:
    """One Parquet file per table in ``out_dir``; returns rows per table."""
    import pyarrow.parquet as pq

    out_dir.mkdir(parents=True, exist_ok=True)
    writers = {t: pq.ParquetWriter(str(out_dir / f"{t}.parquet"), _arrow_schema(t)) for t in TABLES}
    counts = dict.fromkeys(TABLES, 0)
    try:
        for chunk in _chunks(journal):
            for table, writer in writers.items():
                rows = list(table_rows(chunk, table))
                if rows:
                    writer.write_table(_arrow_table(rows, table))
                    counts[table] += len(rows)
    finally:
        for writer in writers.values():
            writer.close()
    return counts


def create_statements() -> list[str]:
    statements = []
    for table, (_, columns, key) in TABLES.items():
        cols = [f'"{name}" {sql}' + (" NOT NULL" if name in key else "") for name, sql, _ in columns]
        cols.append(f"PRIMARY KEY ({', '.join(key)})")
        if table != "meetings":
            cols.append("FOREIGN KEY (doc_id) REFERENCES meetings (doc_id)")
        statements.append(f"CREATE TABLE {table} ({', '.join(cols)})")
    return statements


def write_duckdb(journal: Path, database: Path) -> dict[str, int]:
    """A fresh DuckDB database with the five tables, keys and foreign keys; returns rows per table."""
    import duckdb

    if database.exists():
        database.unlink()
    database.parent.mkdir(parents=True, exist_ok=True)
    counts = dict.fromkeys(TABLES, 0)
    con = duckdb.connect(str(database))
    try:
        for statement in create_statements():
            con.execute(statement)
        for chunk in _chunks(journal):
            for table in TABLES:   # meetings first: the foreign keys need them
                rows = list(table_rows(chunk, table))
                if not rows:
                    continue
                con.register("batch", _arrow_table(rows, table))
                names = ", ".join(f'"{n}"' for n, _, _ in TABLES[table][1])
                con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM batch")
                con.unregister("batch")
                counts[table] += len(rows)
    except duckdb.Error as err:
        raise ExportError(f"cannot write {database}: {err}") from err
    finally:
        con.close()
    return counts


def export(journal: Path, fmt: str, target: Path) -> dict[str, int]:
    if fmt == "parquet":
        return write_parquet(journal, target)
    if fmt == "duckdb":
        return write_duckdb(journal, target)
    raise ExportError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")
