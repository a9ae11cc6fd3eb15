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
    # a line break before a capital in a data cell separates its entries
    ("<tr><td>6. Trail</td><td>Walk the trail.</td><td>H. Parmenter - trail walk<br>C. Prentiss - waiver form</td></tr>",
     ["6. Trail | Walk the trail. | H. Parmenter - trail walk; C. Prentiss - waiver form"]),
    # an empty cell inside a data row keeps its column (a recorded vote); empty cells at the end go
    ("<tr><td>Councillor Moerman</td><td></td><td></td><td>X</td><td></td></tr>", ["Councillor Moerman | | | X"]),
    ("<tr><td></td><td>For</td><td>Against</td></tr>", ["| For | Against"]),
])
def test_table_rows(row, lines):
    assert text_of(f"<table>{row}</table>").split("\n") == lines


@pytest.mark.parametrize("block, kept", [
    (f'<div class="MinutesHeader"><p>{PROSE}</p></div>', True),            # the minutes' own header
    ('<div class="ItemHeader"><span>Darlene Oakes</span></div>', True),    # an agenda item's title block
    # an agenda viewer's title and attendance blocks (synthetic batch 64b's eScribe-style page)
    ('<div class="AgendaHeaderAttendance"><p>Present: Darlene Oakes</p></div>', True),
    ('<div class="AgendaHeaderTitle"><p>Darlene Oakes Board</p></div>', True),
    ('<div class="PortalHeaderLinks"><a href="/">Home</a></div>', False),
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


def test_preformatted_minutes_keep_their_lines():
    page = ("<pre>\n          MINUTES\n\nPRESENT:  Reeve               Alan Krupka\n          Deputy Reeve        Sheila Hartt\n\n"
            "    RESOLUTION NO. 15-231\n    Moved: Coun. Pilon            Seconded: Coun. Ferreira\n"
            "    THAT the agenda of September 15, 2015 be approved as amended to add\n"
            "    item 9(c), Sandbar Road.                                        CARRIED\n</pre>")
    lines = text_of(page).split("\n")
    assert "PRESENT: Reeve Alan Krupka" in lines and "Deputy Reeve Sheila Hartt" in lines   # columns read across
    assert "THAT the agenda of September 15, 2015 be approved as amended to add item 9(c), Sandbar Road." in lines
    assert "CARRIED" in lines and "Seconded: Coun. Ferreira" in lines   # a right-hand outcome or seconder: own line


def test_pdftohtml_pages_read_as_a_pdf():
    page = ('<html><head><meta name="generator" content="pdftohtml 0.62.0"/></head><body>\n<!-- Page 1 -->\n'
            '<b>Present:&#160;</b><br/>\nReeve&#160;Donald&#160;Pettigrew<br/>\n'
            'Mr.&#160;Halloran&#160;stated&#160;that&#160;the&#160;Club&#160;would&#160;install&#160;a&#160;second&#160;set&#160;of<br/>\n'
            'stop&#160;signs&#160;before&#160;December&#160;1,&#160;2017.<br/>\n'
            'Township of Orrindale – Regular Council Minutes – Page 1 of 3<br/>\n<!-- Page 2 -->\n'
            'Resolution&#160;No.&#160;2017-103<br/>\nTHAT&#160;Council&#160;receive&#160;the&#160;delegation.<br/>\n'
            'Township of Orrindale – Regular Council Minutes – Page 2 of 3<br/>\n<!-- Page 3 -->\n'
            'CARRIED<br/>\nTownship of Orrindale – Regular Council Minutes – Page 3 of 3<br/>\n</body></html>')
    text = html_text(page.encode())[0]
    assert "\u00a0" not in text
    assert "Mr. Halloran stated that the Club would install a second set of stop signs before December 1, 2017." in text
    assert "Page " not in text        # running footers go (three pages: a running head recurs)
    assert "Present:\nReeve Donald Pettigrew" in text and "\nResolution No. 2017-103\n" in text


def test_an_agenda_viewers_header_block_of_paragraphs_is_the_minutes_title():
    # "HeaderBlock" names a header, but one of <p>s naming the meeting's full date is the minutes' own title block
    page = ('<html><body><header class="site-header"><a href="/">Home</a></header><main><div class="HeaderBlock">'
            '<p class="MunicipalityName">The Corporation of the Municipality of Kettlewell</p>'
            '<p class="DocumentType">Regular Council Meeting</p><p class="MeetingDate">Thursday, June 22, 2023</p>'
            '</div><p>Mayor Dunstable called the meeting to order.</p></main></body></html>')
    text = html_text(page.encode())[0]
    assert text.startswith("The Corporation of the Municipality of Kettlewell") and "Thursday, June 22, 2023" in text
    assert "Home" not in text


def test_pdf2htmlex_pages_read_as_a_pdf():
    # a div per printed line, a div per page, inside a site's template (whose menu is chrome); spacing spans are spaces
    def page(n, lines):
        body = "".join(f'<div class="t m0 x1 h2 y{i} ff1 fs0 fc0 sc0 ls0 ws0">{line}</div>' for i, line in enumerate(lines))
        return f'<div id="pf{n}" class="pf w0 h0" data-page-no="{n}"><div class="pc pc{n} w0 h0">{body}</div></div>'
    foot = "Committee of the Whole Minutes - October 16, 2023"
    markup = ('<html><body><nav><a href="/">Home</a> <a href="/council">Council</a></nav><div id="page-container">'
              + page(1, [foot, "Present:", "Mayor Elaine Vassallo", "Ms. Drysdale stated that the Club would contribute",
                         "$25,000 from its capital<span class=\"_ _1\"></span>reserve in 2024.", "Page 1 of 3"])
              + page(2, [foot, "Ms.", "Page 2 of 3"])
              + page(3, [foot, "McElhinney replied that an open house would be held.", "Page 3 of 3"])
              + "</div><footer>© Town of Kellsport</footer></body></html>")
    text = html_text(markup.encode())[0]
    assert "Ms. Drysdale stated that the Club would contribute $25,000 from its capital reserve in 2024." in text
    assert "Ms. McElhinney replied that an open house would be held." in text   # across a page break
    assert "Page " not in text and foot not in text and "Home" not in text and "©" not in text


def test_pdfjs_viewer_pages_read_as_a_pdf():
    # a pdf.js text layer per page: positioned runs, a <br> ending each printed line; the viewer and template are chrome
    def page(lines):
        body = "".join("".join(f'<span role="presentation" style="left: 11%;">{run}</span>' for run in runs)
                       + '<br role="presentation">' for runs in lines)
        return f'<div class="page"><div class="canvasWrapper"></div><div class="textLayer">{body}</div></div>'
    head = ["Township of Brule Narrows", "Regular Meeting of Council - March 12, 2024"]
    markup = ('<html><body><header class="site-header"><a href="/">Home</a></header><div class="toolbar">'
              '<button class="toolbarButton">Zoom</button></div><div id="viewer" class="pdfViewer">'
              + page([head, ["Moved by: Councillor McTavish", "Seconded by: Councillor Lachance"],
                      ["The Manager of Public Works said he would have the radar speed sign moved to Portage Road by"],
                      ["the end of the month."], ["Page 1 of 2"]])
              + page([head, ["Councillor Chartrand asked whether the Association had shared its data with the "],
                      ["Conservation Authority."], ["Page 2 of 2"]])
              + "</div><footer class=\"site-footer\">© Township</footer></body></html>")
    text = html_text(markup.encode())[0]
    assert "said he would have the radar speed sign moved to Portage Road by the end of the month." in text
    assert "Moved by: Councillor McTavish Seconded by: Councillor Lachance" in text   # two runs, one printed line
    assert "shared its data with the Conservation Authority." in text
    assert "Page " not in text and "Zoom" not in text and "Home" not in text and "©" not in text


@pytest.mark.parametrize("table, line", [
    # an action table's row stays one row even when a cell holds paragraphs (review finding 1)
    ("<tr><td>Action</td><td>Responsible</td></tr><tr><td><p>Prepare the agreement.</p><p>Report back in October.</p>"
     "</td><td>CAO</td></tr>", "Prepare the agreement.Report back in October. | CAO"),
    ("<tr><th>Item</th><th>Action</th><th>Responsible</th></tr><tr><td></td><td>Grade<br>the road</td><td>CAO</td></tr>",
     "| Grade the road | CAO"),
])
def test_data_tables_are_never_layout(table, line):
    assert line in text_of(f"<table>{table}</table>").split("\n")


def test_definition_list_in_divs_and_paragraphs():
    page = ("<dl><div><dt>Moved By:</dt><dd>Councillor Dhillon</dd></div><dt>Resolution:</dt>"
            "<dd><p>That staff prepare a report.</p><p>Carried.</p></dd></dl>")
    assert text_of(page).split("\n") == ["Moved By: Councillor Dhillon", "Resolution: That staff prepare a report.", "Carried."]


def test_number_span_before_punctuation_gets_no_space():
    assert text_of("<p>by June <span>5</span>, 2024</p>") == "by June 5, 2024"


@pytest.mark.parametrize("classes", ["wsite-not-footer", "no-header-page", "has-no-footer", "non-nav"])
def test_a_class_saying_what_a_block_is_not_names_no_chrome(classes):
    # Weebly sets the page's content in <div class="wsite-not-footer"> under <body class="no-header-page">
    text = text_of(f'<div class="{classes}"><p>Darlene Oakes moved that the minutes be adopted.</p></div>')
    assert "Darlene Oakes moved" in text


def test_a_marquee_is_chrome():
    text = text_of('<marquee>Office closed Monday, September 10 for Labour Day</marquee><p>1. Call to Order</p>')
    assert "Office closed" not in text and "1. Call to Order" in text


def test_entry_footer_is_chrome_but_item_header_is_not():
    page = '<div class="entry-footer">Previous post: Minutes April 2023</div><div class="ItemHeader">7. Roads</div>'
    assert text_of(page) == "7. Roads"


@pytest.mark.parametrize("page, title", [
    # a static site's post header: the page's heading with the meeting's date is the minutes' title
    ('<main><article><header class="post-header"><h1>October 3, 2016</h1><time>Oct 3, 2016</time></header>'
     "<p>1. Call to Order</p></article></main>", "October 3, 2016"),
    ('<div class="header"><h1>Township of Fernleigh</h1><p>Minutes of the Regular Meeting of Council, Monday, '
     "October 3, 2016</p></div><p>1. Call to Order</p>", "Minutes of the Regular Meeting of Council, Monday, October 3, 2016"),
    # a site header: no dated heading, or a menu
    ('<header class="site-header"><h1>Township of Fernleigh</h1></header><p>1. Call to Order</p>', None),
    ('<header><h1>Council Minutes 2018</h1><ul><li><a href="/">Home</a></li></ul></header><p>1. Call to Order</p>', None),
])
def test_a_dated_title_block_in_a_header_is_kept(page, title):
    text = text_of(page)
    assert "1. Call to Order" in text
    if title is None:
        assert "Township of Fernleigh" not in text and "Council Minutes 2018" not in text
    else:
        assert title in text


def test_a_preformatted_action_table_is_read_as_rows():
    # a space-laid "Item / Action / Responsible / Target" list: a row a line, cells joined as a table's, a wrapped
    # line's words back in their own column
    page = ("<p>The Committee reviewed the list as follows:</p><pre>\n"
            "Item    Action                                   Responsible        Target\n"
            "-----   --------------------------------------   ----------------   -----------\n"
            "14-01   Review tiered response agreement with    Fire Chief         Ongoing\n"
            "        Paramedic Services\n"
            "14-03   Obtain quotes for SCBA cylinders         Fire Chief         May 2014\n</pre>")
    lines = text_of(page).split("\n")
    assert "Item | Action | Responsible | Target" in lines
    assert "14-01 | Review tiered response agreement with Paramedic Services | Fire Chief | Ongoing" in lines
    assert "14-03 | Obtain quotes for SCBA cylinders | Fire Chief | May 2014" in lines
