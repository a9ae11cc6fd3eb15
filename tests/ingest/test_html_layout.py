"""HTML pages from Word and agenda systems: layout tables read cell after cell, the minutes' own header kept."""
from __future__ import annotations

import pytest

from pipeline.ingest.html import html_text

PROSE = ("Regular Council Meeting Minutes, Tuesday, May 16, 2023 at 7:00 p.m., Council Chambers. Present: Mayor "
         "Darlene Oakes, Deputy Mayor Raymond Tessier, Councillor Priya Mandal, Councillor Hugh McCallum. Staff: "
         "Karen Whitlock, CAO/Clerk; Mike Sokolowski, Director of Public Works.")


def text_of(body: str) -> str:
    return html_text(f"<html><body>{body}</body></html>".encode())[0]


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
])
def test_table_rows(row, lines):
    assert text_of(f"<table>{row}</table>").split("\n") == lines


@pytest.mark.parametrize("block, kept", [
    (f'<div class="MinutesHeader"><p>{PROSE}</p></div>', True),            # the minutes' own header: prose
    ('<div class="site-header"><a href="/">Home</a> <a href="/news">News</a> <a href="/c">Council</a></div>', False),
    ('<div class="page-footer"><p>© 2023 Township</p></div>', False),      # little text
    (f'<div class="footer-links">{"".join(f"<a href=/{i}>Link number {i} of the site</a> " for i in range(12))}</div>',
     False),                                                              # much text, all links
    ('<div class="main-menu"><p>' + PROSE + "</p></div>", False),         # menus and navigation always go
])
def test_header_and_footer_classes(block, kept):
    text = text_of(block + "<p>1. Call to Order</p>")
    assert ("Darlene Oakes" in text or "Township" in text or "Home" in text or "Link number" in text) == kept
    assert "1. Call to Order" in text
