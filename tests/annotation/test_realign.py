"""Realigning gold onto a new reading of its source: labels keep their words, whitespace and cell
separators may change, lines the reader now drops take their labels with them (reported)."""
from __future__ import annotations

import json

import pytest

from pipeline.annotation.gold import parse_gold
from pipeline.annotation.realign import realign

OLD = ("Posted on May 2, 2023 in Council Minutes\n\nMay 1 Council Minutes\n\nMayor | Gordon Lake\n"
       "1.Call to Order\nPrint | PDF\nThe Clerk will send the letter by Friday.")
NEW = ("May 1 Council Minutes\n\nMayor\nGordon Lake\n1. Call to Order\nThe Clerk will send the letter by Friday.")


def gold(*quotes: tuple[str, str]):
    rows = [json.dumps({"type": "document", "doc": "x.html", "text": OLD, "pass": "first"})]
    for kind, quote in quotes:
        start = OLD.index(quote)
        key = "text" if kind == "sentence" else "quote"
        row = {"type": kind, key: quote, "start": start, "end": start + len(quote)}
        if kind == "sentence":
            row["act"] = "procedural"
        rows.append(json.dumps(row))
    return parse_gold(rows)


@pytest.mark.parametrize("kind,old,new", [
    ("sentence", "Mayor | Gordon Lake", "Mayor\nGordon Lake"),              # cells read one per line
    ("sentence", "1.Call to Order", "1. Call to Order"),                     # a space after the item number
    ("commitment", "The Clerk will send the letter by Friday.", "The Clerk will send the letter by Friday."),
    ("sentence", "May 1 Council Minutes", "May 1 Council Minutes"),          # a dropped line lends no words
])
def test_a_label_keeps_its_words(kind, old, new):
    result = realign(gold((kind, old)), NEW)
    (row,) = result.document.of_type(kind)
    assert NEW[row["start"]:row["end"]] == new == row["text" if kind == "sentence" else "quote"]
    assert result.changed == [] and result.lost == []


def test_a_label_on_a_dropped_line_is_lost():
    result = realign(gold(("sentence", "Print | PDF"), ("sentence", "Posted on May 2, 2023 in Council Minutes")), NEW)
    assert [row["text"] for row in result.lost] == ["Print | PDF", "Posted on May 2, 2023 in Council Minutes"]
    assert result.document.sentences == []


def test_a_label_whose_words_changed_is_reported():
    result = realign(gold(("commitment", "The Clerk will send the letter by Friday.")),
                     NEW.replace("send the letter", "post the letter"))
    assert result.changed == [{"type": "commitment", "old": "The Clerk will send the letter by Friday.",
                               "new": "The Clerk will post the letter by Friday."}]


def test_the_synthetic_gold_is_on_todays_reading():
    """A reader change must bring the synthetic check set along (`minutes annotate realign ... --write`),
    or its speaker and act scores would be measured on text the product no longer reads."""
    from pathlib import Path

    from pipeline.annotation.gold import load_gold_folder
    from pipeline.ingest import read_document

    folder = Path(__file__).resolve().parents[2] / "annotations" / "synthetic"
    stale = [g.doc for g in load_gold_folder(folder) if read_document(folder / g.doc).text != g.text]
    assert stale == []


def test_a_footer_dropped_inside_a_changed_region_is_reported():
    """A dropped line that shares a word with its neighbour can lend it that word: the label is reported as
    changed (the CLI then writes nothing without --accept-changes)."""
    old = "Regular Council Meeting | Page 2\nCouncil | Motion 5"
    rows = [json.dumps({"type": "document", "doc": "x.html", "text": old, "pass": "first"}),
            json.dumps({"type": "sentence", "text": "Council | Motion 5", "act": "procedural",
                        "start": old.index("Council | Motion 5"), "end": len(old)})]
    result = realign(parse_gold(rows), "Council\nMotion 5")
    # the dropped footer's "Council" took the line's own: the label lost a word, and says so
    assert result.changed == [{"type": "sentence", "old": "Council | Motion 5", "new": "Motion 5"}]
