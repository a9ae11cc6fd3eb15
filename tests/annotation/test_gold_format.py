"""The gold JSONL format: parsing, offsets that must match the text, quote resolution, finishing."""
from __future__ import annotations

import json

import pytest

from pipeline.annotation.gold import GoldFileError, corpus_relative, dump_gold, gold_file_name, parse_gold
from pipeline.annotation.resolve import check_finished, resolve_quotes

TEXT = "1. Roads\nCllr. Ryan asked when the\nroad would be fixed. Mr. Daly said he would revert by Friday."


def lines(*rows, header=None):
    head = {"type": "document", "doc": "limerick/x.md", "text": TEXT, "pass": "first", **(header or {})}
    return [json.dumps(head)] + [json.dumps(r) for r in rows]


def span(sub, **extra):
    start = TEXT.index(sub)
    return {"start": start, "end": start + len(sub), **extra}


def test_a_valid_file_parses_and_round_trips():
    rows = [
        {"type": "sentence", "text": "1. Roads", "act": "procedural", "speaker": None, **span("1. Roads")},
        {"type": "question", "quote": "Cllr. Ryan asked when the\nroad would be fixed.", "asked_by_text": "Cllr. Ryan",
         **span("Cllr. Ryan asked when the\nroad would be fixed.")},
        {"type": "entity", "text": "Daly", "label": "PERSON", **span("Daly")},
    ]
    gold = parse_gold(lines(*rows))
    assert [len(gold.sentences), len(gold.questions), len(gold.entities)] == [1, 1, 1]
    again = parse_gold(dump_gold(gold).splitlines())
    key = lambda r: json.dumps(r, sort_keys=True)  # noqa: E731
    assert sorted(map(key, again.lines)) == sorted(map(key, gold.lines)) and again.header == gold.header


@pytest.mark.parametrize("row,message", [
    ({"type": "sentence", "act": "musing", "start": 0, "end": 8}, "is not one of"),
    ({"type": "entity", "label": "GPE", "start": 0, "end": 8}, "is not one of"),
    ({"type": "commitment", "quote": "Mr. Daly said"}, "needs integer 'start' and 'end'"),
    ({"type": "commitment", "quote": "wrong words", "start": 0, "end": 11}, "does not match"),
    ({"type": "question", "start": 5, "end": 500}, "outside the text"),
    ({"type": "motion", "start": 0, "end": 3}, "unknown type"),
])
def test_bad_labels_are_refused_with_the_reason(row, message):
    with pytest.raises(GoldFileError, match=message):
        parse_gold(lines(row))


@pytest.mark.parametrize("raw,message", [
    ([], "empty gold file"),
    (['{"type": "sentence"}'], "first line must be the document"),
    (['{"type": "document", "doc": "x.md"}'], "lacks 'text'"),
    (["not json"], "not JSON"),
])
def test_bad_files_are_refused(raw, message):
    with pytest.raises(GoldFileError, match=message):
        parse_gold(raw)


def test_quotes_resolve_across_line_breaks_and_unknown_quotes_are_reported():
    rows = [{"type": "commitment", "quote": "Mr. Daly said he would revert by Friday.", "kind": "undertaking"},
            {"type": "commitment", "quote": "Nobody said this.", "kind": "undertaking"},
            {"type": "question", "quote": "Cllr. Ryan asked when the road would be fixed."}]
    gold = parse_gold(lines(*rows), require_offsets=False)
    missing = resolve_quotes(gold)
    assert missing == ["Nobody said this."]
    found = gold.questions[0]
    assert TEXT[found["start"]:found["end"]] == "Cllr. Ryan asked when the\nroad would be fixed."
    assert found["quote"] == TEXT[found["start"]:found["end"]]


@pytest.mark.parametrize("header,row,message", [
    ({"pass": "draft"}, None, "still 'draft'"),
    ({}, {"type": "commitment", "draft": True, "quote": "Mr. Daly said he would revert by Friday.",
          **span("Mr. Daly said he would revert by Friday.")}, "still marked draft"),
])
def test_unfinished_files_are_not_gold(header, row, message):
    gold = parse_gold(lines(*([row] if row else []), header=header))
    with pytest.raises(GoldFileError, match=message):
        check_finished(gold)


def test_a_finished_file_passes():
    check_finished(parse_gold(lines({"type": "sentence", "act": "statement", **span("1. Roads")})))


@pytest.mark.parametrize("doc,name", [
    ("limerick/2019/2019-04-03--x.md", "limerick--2019-04-03--x.jsonl"),
    ("mscc/pdf/17-03-08.pdf", "mscc--17-03-08.jsonl"),
    ("surrey/2020-12-children-improvement-update.txt", "surrey--2020-12-children-improvement-update.jsonl"),
])
def test_gold_file_names(doc, name):
    assert gold_file_name(doc) == name


def test_an_absolute_path_has_no_gold_file_name():
    with pytest.raises(GoldFileError, match="relative to the corpus root"):
        gold_file_name("/work/shared/corpus/limerick/2019/x.md")


@pytest.mark.parametrize("doc,expected", [
    ("limerick/2019/x.md", "limerick/2019/x.md"),
    ("{root}/limerick/2019/x.md", "limerick/2019/x.md"),
    ("{root}/../elsewhere/x.md", None),
])
def test_corpus_relative(tmp_path, doc, expected):
    root = tmp_path / "corpus"
    root.mkdir()
    doc = doc.format(root=root)
    if expected is None:
        with pytest.raises(GoldFileError, match="not inside the corpus root"):
            corpus_relative(doc, root)
    else:
        assert corpus_relative(doc, root) == expected
