"""HTML pages from Word and agenda systems: layout tables read cell after cell, the minutes' own header kept."""
from __future__ import annotations

import pytest

from pipeline.ingest.html import html_text

PROSE = ("Regular Council Meeting Minutes, Tuesday, May 16, 2023 at 7:00 p.m., Council Chambers. Present: Mayor "
         "Darlene Oakes, Deputy Mayor Raymond Tessier, Councillor Priya Mandal, Councillor Hugh McCallum. Staff: "
         "Karen Whitlock, CAO/Clerk; Mike Sokolowski, Director of Public Works.")


def text_of(body: str) -> str:
    return html_text(f"<html><body>{body}</body></html>".encode())[0]


def test_item_number_and_title_spans_get_a_space():
    page = '<div class="ItemHeader"><span class="ItemNumber">5.1</span><span class="ItemTitle">Zoning</span></div>'
    assert text_of(page) == "5.1 Zoning"


def test_definition_list_pairs_are_lines():
    page = "<dl><dt>Moved By:</dt><dd>Councillor Dhillon</dd><dt>Seconded By:</dt><dd>Councillor Paquette</dd></dl>"
    assert text_of(page).split("\n") == ["Moved By: Councillor Dhillon", "Seconded By: Councillor Paquette"]


@pytest.mark.parametrize("row, lines", [
    # a resolution set as number | movers + paragraphs: each paragraph its own line, in reading order
    ("<tr><td><p><b>2019-121</b></p></td><td><p>Whitcombe – Fenwick</p><p>That Council support the resolution."
     "</p><p>Carried.</p></td></tr>",
     ["2019-121", "Whitcombe – Fenwick", "That Council support the resolution.", "Carried."]),
    # an attendance cell of <br> lines
    ("<tr><td>Present:</td><td>Mayor Darlene Oakes<br>Councillor Priya Mandal</td></tr>",
     ["Present:", "Mayor Darlene Oakes", "Councillor Priya Mandal"]),
    # negatives: one line per cell stays one row line; three or more cells are a data table
    ("<tr><td>Date:</td><td>Tuesday, May 16, 2023</td></tr>", ["Date: | Tuesday, May 16, 2023"]),
    ("<tr><td>Culvert</td><td>Replace<br>and grade</td><td>Roads Superintendent</td></tr>",
     ["Culvert | Replace and grade | Roads Superintendent"]),
    # an empty cell inside a data row keeps its column (a recorded vote); empty cells at the end go
    ("<tr><td>Councillor Moerman</td><td></td><td></td><td>X</td><td></td></tr>", ["Councillor Moerman | | | X"]),
    ("<tr><td></td><td>For</td><td>Against</td></tr>", ["| For | Against"]),
])
def test_table_rows(row, lines):
    assert text_of(f"<table>{row}</table>").split("\n") == lines


@pytest.mark.parametrize("block, kept", [
    (f'<div class="MinutesHeader"><p>{PROSE}</p></div>', True),            # the minutes' own header
    ('<div class="ItemHeader"><span>Darlene Oakes</span></div>', True),    # an agenda item's title block
    ('<div class="site-header"><a href="/">Home</a> <a href="/news">News</a> <a href="/c">Council</a></div>', False),
    ('<div class="page-footer"><p>© 2023 Township</p></div>', False),      # the page's
    ('<div class="footer">Township of Example, 1 Main Street</div>', False),
    (f'<div class="footer-links">{"".join(f"<a href=/{i}>Link number {i} of the site</a> " for i in range(12))}</div>',
     False),                                                              # much text, all links
    ('<div class="main-menu"><p>' + PROSE + "</p></div>", False),         # menus and navigation always go
])
def test_header_and_footer_classes(block, kept):
    text = text_of(block + "<p>1. Call to Order</p>")
    assert ("Darlene Oakes" in text or "Township" in text or "Home" in text or "Link number" in text) == kept
    assert "1. Call to Order" in text
