"""Records as normalised tables: rows per table, DuckDB keys and foreign keys, Parquet files."""
from __future__ import annotations

import json

import pytest

from pipeline.bulk.tables import TABLES, table_rows, write_duckdb, write_parquet

TEXT = "Cllr Ryan asked about roads. The Engineer agreed to report by May."
RECORD = {
    "schema": "minutes.meeting/1", "doc_id": "m1", "source": "m1.md", "text": TEXT,
    "meeting": {"body": "Roads Committee", "date": "2021-03-04", "title": "Minutes"},
    "participants": [{"id": "p1", "name": "Ryan", "role": None, "kind": "member", "mentions": [[0, 9]],
                      "present": True, "source": "text"},
                     {"id": "p2", "name": None, "role": "Engineer", "kind": "officer", "mentions": [[33, 45]],
                      "present": None, "source": "text"}],
    "items": [],
    "utterances": [{"id": "u1", "item": None, "start": 0, "end": 28, "speaker": "p1", "act": "question",
                    "act_score": 0.9, "act_rule": "question.asked", "speaker_rule": "subject"},
                   {"id": "u2", "item": None, "start": 29, "end": 67, "speaker": "p2", "act": "statement",
                    "act_score": 0.8, "act_rule": None, "speaker_rule": "subject"}],
    "questions": [{"id": "q1", "utterance": "u1", "asked_by": "p1", "asked_by_text": "Cllr Ryan",
                   "answered_by": ["p2"], "answers": ["u2"], "rule": "question.asked",
                   "evidence": {"start": 0, "end": 28, "quote": TEXT[:28]}}],
    "commitments": [{"id": "c1", "kind": "undertaking", "who": {"participant": "p2", "text": "The Engineer",
                                                                 "name": None, "role": "Engineer"},
                     "what": "report", "to_whom": None,
                     "deadline": {"text": "by May", "date": "2021-05-31", "start": 60, "end": 66, "rule": "deadline.month"},
                     "evidence": {"start": 29, "end": 67, "quote": TEXT[29:67]}, "utterance": "u2",
                     "prompted_by": "q1", "confidence": 0.7, "rule": "commit.agreed_to"}],
}


@pytest.fixture
def journal(tmp_path):
    path = tmp_path / "records.jsonl"
    second = json.loads(json.dumps(RECORD))
    second.update(doc_id="m2", source="m2.md", commitments=[], questions=[])
    path.write_text(json.dumps(RECORD) + "\n" + json.dumps(second) + "\n")
    return path


@pytest.mark.parametrize("table,rows", [("meetings", 1), ("participants", 2), ("utterances", 2),
                                        ("questions", 1), ("commitments", 1)])
def test_rows_per_table(table, rows):
    out = list(table_rows([RECORD], table))
    assert len(out) == rows
    assert all(r["doc_id"] == "m1" for r in out)
    assert list(out[0]) == [name for name, _, _ in TABLES[table][1]]


def test_row_values():
    (commitment,) = table_rows([RECORD], "commitments")
    assert commitment["who"] == "p2" and commitment["deadline_date"] == "2021-05-31"
    (question,) = table_rows([RECORD], "questions")
    assert json.loads(question["answers"]) == ["u2"]
    utterance = next(table_rows([RECORD], "utterances"))
    assert utterance["text"] == "Cllr Ryan asked about roads."


def test_duckdb_tables_keys_and_a_join(tmp_path, journal):
    import duckdb

    counts = write_duckdb(journal, tmp_path / "a.duckdb")
    assert counts == {"meetings": 2, "participants": 4, "utterances": 4, "questions": 1, "commitments": 1}
    con = duckdb.connect(str(tmp_path / "a.duckdb"))
    rows = con.execute("""
        SELECT m.body, p.role, c.deadline_date FROM commitments c
        JOIN meetings m USING (doc_id) JOIN participants p ON p.doc_id = c.doc_id AND p.id = c.who""").fetchall()
    assert [(b, r, str(d)) for b, r, d in rows] == [("Roads Committee", "Engineer", "2021-05-31")]
    with pytest.raises(duckdb.ConstraintException):
        con.execute("INSERT INTO meetings (doc_id) VALUES ('m1')")
    with pytest.raises(duckdb.ConstraintException):
        con.execute("INSERT INTO questions (doc_id, id) VALUES ('nope', 'q9')")


def test_parquet_files(tmp_path, journal):
    import pyarrow.parquet as pq

    counts = write_parquet(journal, tmp_path / "tables")
    assert counts["utterances"] == 4
    assert pq.read_table(tmp_path / "tables" / "commitments.parquet").column("what").to_pylist() == ["report"]
    assert sorted(p.name for p in (tmp_path / "tables").iterdir()) == sorted(f"{t}.parquet" for t in TABLES)
