"""Each input format through the whole pipeline, with real (train-split) content."""
from __future__ import annotations

from pathlib import Path

import pytest

import pipeline
from pipeline.records import validate_record

from conftest import LIMERICK_SAMPLE, SEED, train_file

pytestmark = pytest.mark.model
HTML_FIXTURE = Path(__file__).parent / "fixtures" / "ingest" / "moderngov-item.html"


def test_html_page(nlp):
    record = pipeline.extract(HTML_FIXTURE, nlp)
    validate_record(record)
    assert "cookie" not in record["text"].lower()
    quotes = [c["evidence"]["quote"] for c in record["commitments"]]
    assert any(q.startswith("The Director agreed to provide a written response") for q in quotes)
    assert all(c["who"]["name"] == "Jacquie Burke" for c in record["commitments"])


def test_markdown_limerick(limerick_record):
    validate_record(limerick_record)
    assert limerick_record["meeting"] == {"body": "Municipal District of Newcastle West", "date": "2019-03-06",
                                          "title": "Meeting of the Municipal District of Newcastle West"}
    written = [q for q in limerick_record["questions"] if q["rule"] == "question.written"]
    assert len(written) == 6
    assert all(q["asked_by_text"].startswith("Councillor") for q in written)


def test_pdf_mscc(nlp):
    record = pipeline.extract(train_file("mscc/pdf/17-03-08.pdf"), nlp)
    validate_record(record)
    owners = {c["who"]["text"] for c in record["commitments"] if c["rule"] == "commit.owner_line" or c["kind"] == "action"}
    assert {"Clerk", "Cllr. P. Harries"} <= owners


def test_text_seed(seed_record):
    validate_record(seed_record)
    assert seed_record["meeting"]["date"] is None
    assert seed_record["meeting"]["body"] == "Children, Families, Lifelong Learning and Culture Select Committee"


def test_same_input_same_doc_id(nlp, tmp_path):
    copy = tmp_path / LIMERICK_SAMPLE.name
    copy.write_bytes(LIMERICK_SAMPLE.read_bytes())
    assert pipeline.extract(copy, nlp)["doc_id"] == pipeline.extract(LIMERICK_SAMPLE, nlp)["doc_id"]
    assert pipeline.extract(SEED, nlp)["doc_id"] != pipeline.extract(LIMERICK_SAMPLE, nlp)["doc_id"]
