"""HTML (ModernGov-style council pages and similar) to paragraphs of lines.

The page chrome (scripts, styles, navigation, menus, breadcrumbs, cookie banners, headers,
footers, skip links) is dropped; when the page has a main content container only that is read.
HTML carries its own structure, so no wrap heuristics run here: block elements become
paragraphs, <li> a line ("- " or its <ol> number), <br> a line break, a table row one line with
cells joined by " | " (a layout row of at most two cells, one holding several paragraphs, is read
cell after cell instead: see _layout_lines).

Pages saved from the Wayback Machine carry its toolbar ("Wayback Machine", "captures", calendar
links): the markup between its BEGIN/END WAYBACK TOOLBAR INSERT comments and the elements it
injects by id (wm-ipp*, donato) are removed before anything else is read.
"""
from __future__ import annotations

import re
from functools import lru_cache

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from ..rulebook import load_rules
from .decode import decode_text
from .furniture import web_furniture_rule
from .normalise import collapse, normalise

_SERVER_REMNANTS = re.compile(r"<\?php.*?\?>|<!--\s*#include.*?-->", re.DOTALL | re.IGNORECASE)
_WAYBACK_TOOLBAR = re.compile(
    r"<!--\s*BEGIN WAYBACK TOOLBAR INSERT\s*-->.*?<!--\s*END WAYBACK TOOLBAR INSERT\s*-->",
    re.DOTALL | re.IGNORECASE,
)
_WAYBACK_IDS = re.compile(r"^(?:wm-ipp.*|donato|wm-capinfo.*|playback)$", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
# a <marquee> scrolls a site notice ("Office closed September 10"): chrome, and its date is no meeting's
_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "iframe",
              "svg", "button", "select", "input", "textarea", "object", "embed", "canvas", "marquee")
_CHROME_WORDS = ("nav", "menu", "breadcrumb", "header", "footer", "cookie", "skip")
# a class or id naming a header or footer is chrome unless it names a part of the minutes: agenda systems
# call the minutes' own title block "MinutesHeader"/"DocumentHeader" and each item's title "ItemHeader"
_LAYOUT_WORDS = frozenset({"header", "footer"})
_CONTENT_PARTS = frozenset({"item", "agendaitem", "minutes", "document", "doc", "meeting", "agenda", "section",
                            "motion", "resolution", "report", "table", "column", "card", "entry", "post", "article"})
_MAIN_SELECTORS = ("main", "[role=main]", "#content", ".mgContent", "#mgContent", "article")
_BLOCK = frozenset(
    "p div section article aside main blockquote pre address figure figcaption form fieldset "
    "dl dt dd h1 h2 h3 h4 h5 h6 ul ol table center hr body html".split()
)
_KEEP_DESPITE_CLASS = frozenset("html body main h1 h2 h3 h4 h5 h6 table tr td th".split())


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in <meta charset> or <meta http-equiv content=...charset=>."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def _attrs(tag: Tag) -> str:
    return " ".join([tag.get("id") or "", *(tag.get("class") or [])]).lower()


# a class that says what a block is not ("wsite-not-footer", "no-header-page" on Weebly sites) names no chrome
_NEGATED_CHROME = re.compile(r"(?:^|[-_])(?:no|not|non|without)[-_]?(?:nav|menu|header|footer)")


def _is_chrome(tag: Tag) -> bool:
    if tag.name in _KEEP_DESPITE_CLASS:
        return False
    attrs = " ".join(name for name in _attrs(tag).split() if not _NEGATED_CHROME.search(name))
    words = [word for word in _CHROME_WORDS if word in attrs]
    if not words:
        return False
    if set(words) <= _LAYOUT_WORDS:   # "header"/"footer": the site's, or the minutes' own ("ItemHeader")?
        return not _content_block(attrs)
    return True


# a meeting's title block: "Minutes of the Regular Meeting of Council, Monday, October 3, 2016", "October 3, 2016"
_TITLE_DATE = re.compile(r"\b(?:(?:19|20)\d\d)\b")
_FULL_DATE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                        r"\s+\d{1,2},?\s+(?:19|20)\d\d\b")
_TITLE_WORDS = re.compile(r"(?i)\b(?:minutes|meeting|council|committee|board)\b|\b(?:January|February|March|April|May|June|"
                          r"July|August|September|October|November|December)\s+\d{1,2}\b")


def _title_block(tag: Tag) -> bool:
    """A <header> (or header-class block) that holds the page's heading with the meeting's date, as static sites
    set a post's title ("<header class='post-header'><h1>October 3, 2016 Regular Meeting</h1>"): content, kept.
    A site header (logo, menu) has no dated heading, or far more text."""
    if tag.name not in ("header", "div", "section") or tag.name == "div" and not any(
            word in _attrs(tag) for word in _LAYOUT_WORDS):
        return False
    if tag.find(["nav", "ul", "form"]) is not None:
        return False
    text = tag.get_text(" ", strip=True)
    if tag.find(["h1", "h2", "h3", "time"]) is None and not _FULL_DATE.search(text):
        return False   # an agenda viewer's "HeaderBlock" of <p>s names the meeting's full date; a site header does not
    return len(text) <= 300 and bool(_TITLE_DATE.search(text)) and bool(_TITLE_WORDS.search(text))


def _content_block(attrs: str) -> bool:
    """A header or footer class named for a part of the minutes ("ItemHeader", "MinutesHeader",
    "motion-footer", an agenda viewer's "AgendaHeaderTitle" / "AgendaHeaderAttendance"), not for the site or
    page ("header", "site-footer", "PortalHeader")."""
    for name in re.split(r"\s+", attrs):
        # what the header belongs to is the word before it; a post's or entry's footer (tags, "Previous post") is chrome
        prefix = re.sub(r"[-_]?headers?(?:[-_]?[a-z]+)?$", "", name)
        if prefix != name and prefix.rstrip("-_") in _CONTENT_PARTS:
            return True
    return False


class _Writer:
    """Accumulates paragraphs (lists of lines) while walking the DOM."""

    def __init__(self) -> None:
        self.paragraphs: list[list[str]] = [[]]
        self.line: list[str] = []

    def text(self, s: str) -> None:
        self.line.append(s)

    def newline(self) -> None:
        text = collapse("".join(self.line))
        if text and web_furniture_rule(text) is None:   # "Was this page helpful?", "Share this page: ..."
            self.paragraphs[-1].append(text)
        self.line = []

    def paragraph(self) -> None:
        self.newline()
        if self.paragraphs[-1]:
            self.paragraphs.append([])

    def result(self) -> str:
        self.paragraph()
        return "\n\n".join("\n".join(p) for p in self.paragraphs if p)


def _cell_text(cell: Tag) -> str:
    """A cell's text on one line; a line break before a capital separates entries ("H. Parmenter - trail walk<br>C.
    Prentiss - waiver form"), so it becomes "; " unless the text before it already ends a clause; before a lower-case
    word it only wraps the line ("Replace<br>and grade")."""
    for br in cell.find_all("br"):
        br.replace_with("\x00")
    text = " ".join(cell.get_text("").split())
    parts = [p.strip() for p in text.split("\x00")]
    out = ""
    for part in parts:
        if not part:
            continue
        if out:
            out += " " if re.search(r"[.;:,!?]$", out) or not re.match(r"[A-Z0-9]", part) else "; "
        out += part
    return collapse(out)


_COLUMN_GAP = re.compile(r"[ \t\u00a0]{4,}")
# a right-hand column that is a line of its own: the outcome of a resolution, the seconder beside the mover
_OWN_LINE_CELL = re.compile(r"^(?:CARRIED|DEFEATED|LOST|TABLED|DEFERRED|WITHDRAWN|Carried|Defeated|Seconded\b)")


_RULE_LINE = re.compile(r"^[\s\-=_]+$")


def _preformatted_table(raw: str) -> list[str] | None:
    """A space-laid action table typed in a <pre> block ("Item    Action    Responsible    Target", a rule of dashes,
    then rows; a row's wrapped text continues under its own column): its rows as " | " lines, as an HTML table's, so
    that the action-table reader finds owner and due date. None when the first line names no action and owner
    columns."""
    lines = [line.replace("\u00a0", " ").rstrip() for line in raw.splitlines()]
    while lines and not lines[0].strip():
        lines.pop(0)
    if "" in [line.strip() for line in lines]:   # a blank line inside: a typed page, not one table (read as text)
        return None
    if len(lines) < 2:
        return None
    header = lines[0]
    starts = [m.start() for m in re.finditer(r"(?:^|(?<=\s{2}))\S", header)]
    names = [header[a:b].strip().lower() for a, b in zip(starts, starts[1:] + [len(header)])]
    headers = _action_table_headers()
    if len(names) < 3 or sum(name in headers for name in names) < 2:
        return None
    rows: list[list[str]] = []
    for line in lines[1:]:
        if _RULE_LINE.match(line):
            continue
        cells = [line[a:b].strip() if a < len(line) else "" for a, b in zip(starts, starts[1:] + [max(len(line), starts[-1] + 1)])]
        if rows and not cells[0]:   # a wrapped line: its words continue the row above, column by column
            rows[-1] = [" ".join(filter(None, (old, new))) for old, new in zip(rows[-1], cells)]
        else:
            rows.append(cells)
    return [" | ".join(header[a:b].strip() for a, b in zip(starts, starts[1:] + [len(header)]))] + \
        [_row_line(cells) for cells in rows]


def _preformatted(raw: str) -> str:
    """<pre> text read as a plain-text file (ingest/normalise.py conventions: wrapped lines re-joined, page
    furniture dropped). Columns are read across ("PRESENT:  Reeve      Alan Krupka" is one entry), except a
    right-hand outcome or seconder, which is a line of its own ("... Sandbar Road.      CARRIED"), and a
    space-laid action table, which is read as a table (_preformatted_table)."""
    table = _preformatted_table(raw)
    if table is not None:
        return "\n".join(table)
    lines = []
    for line in raw.replace("\u00a0", " ").splitlines():
        cells = _COLUMN_GAP.split(line.strip())
        if len(cells) > 1 and _OWN_LINE_CELL.match(cells[-1]):
            lines += [" ".join(cells[:-1]), cells[-1]]
        else:
            lines.append(" ".join(cells))
    return normalise([lines])


_PDFTOHTML = re.compile(r"<meta[^>]+content=[\"']pdftohtml", re.I)
_PAGE_COMMENT = re.compile(r"<!--\s*Page\s+\d+\s*-->", re.I)


def _converted_pdf_text(markup: str) -> str | None:
    """A PDF converted by pdftohtml (every printed line a <br/>-ended run, pages marked by comments): read
    its pages' lines as the PDF reader would, so that wrapped lines re-join and running heads go."""
    if not _PDFTOHTML.search(markup[:4096]):
        return None
    pages = []
    for chunk in _PAGE_COMMENT.split(markup):
        soup = BeautifulSoup(chunk.replace("\r", " ").replace("\n", " "), "lxml")   # lines end in <br/>
        for tag in soup.find_all([*_DROP_TAGS, "head", "title"]):
            tag.decompose()
        for br in soup.find_all("br"):
            br.replace_with("\n")
        for block in soup.find_all(["p", "div"]):
            block.append("\n")
        lines = soup.get_text("").replace("\u00a0", " ").splitlines()
        if any(line.strip() for line in lines):
            pages.append(lines)
    return normalise(pages, owner_cells=True, page_gap_blank=False) or None


@lru_cache(maxsize=1)
def _action_table_headers() -> frozenset[str]:
    """The column names of an action table (rules/commitment_cues.jsonl, commit.action_table): one list for
    the reader and the action-table component."""
    row = next(r for r in load_rules("commitment_cues") if r["id"] == "commit.action_table")
    return frozenset(row["action_headers"]) | frozenset(row["owner_headers"]) | frozenset(row.get("due_headers", ()))


_ITEM_NUMBER = re.compile(r"^\s*\d{1,3}(?:\.\d{1,3})*\.?\s*$")


def _row_line(cells: list[str]) -> str:
    """A data row's cells joined by " | ". In a row of three or more cells an empty cell inside the row
    keeps its place, so that columns stay aligned with the header ("Councillor Lee | | X" under
    " | Yea | Nay"); empty cells at the end are dropped."""
    if len(cells) < 3:
        return " | ".join(c for c in cells if c)
    while cells and not cells[-1]:
        cells = cells[:-1]
    return " | ".join(cells)


def _data_table(cell: Tag) -> bool:
    """The cell's table opens with a header row (<th> cells, or an action table's column names)."""
    table = cell.find_parent("table")
    first = table.find("tr") if table is not None else None
    if first is None:
        return False
    heads = first.find_all(["td", "th"], recursive=False)
    if any(h.name == "th" for h in heads):
        return True
    names = {re.sub(r"[\s:*]+", " ", h.get_text(" ", strip=True)).strip().lower() for h in heads}
    return len(names & _action_table_headers()) >= 2   # an action column and an owner column, as action_tables reads


def _layout_lines(cells: list[Tag]) -> list[str] | None:
    """A row of a layout table, read cell after cell, a line per paragraph; None for a data row.

    Word and agenda-system pages set a resolution or an attendance list as a two-column table: the
    number and movers (or "Present:") on the left, paragraphs on the right ("That Council ...",
    "Carried."). Joined into one line those paragraphs lose their sentence starts. A row is read this
    way when it has at most two cells with text and one of them holds several paragraphs or lines;
    wider rows stay one line with " | " between cells (action tables: Item | Action | Responsible).
    """
    filled = [c for c in cells if c.get_text(strip=True)]
    if not filled or len(cells) > 2 or any(c.name == "th" for c in cells) or _data_table(cells[0]):
        return None
    per_cell = []
    for cell in filled:
        writer = _Writer()
        _walk(cell, writer, True)
        per_cell.append([line for line in writer.result().split("\n") if line.strip()])
    if all(len(lines) <= 1 for lines in per_cell):
        return None
    return [line for lines in per_cell for line in lines]


def _walk(node: Tag, out: _Writer, in_item: bool) -> None:
    for child in node.children:
        if isinstance(child, Comment):
            continue
        if isinstance(child, NavigableString):
            # a no-break space is a space on the page ("Council&#160;Chambers" in converted PDFs)
            out.text(re.sub(r"[ \t\r\n\f\u00a0]+", " ", str(child)))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name == "br":
            out.newline()
        elif name == "tr":
            cells = child.find_all(["td", "th"], recursive=False)
            out.newline()
            layout = _layout_lines(cells)
            if layout is not None:
                for line in layout:
                    out.text(line)
                    out.newline()
            else:
                out.text(_row_line([_cell_text(c) for c in cells]))
            out.newline()
        elif name == "pre":   # a typed minutes file: its own line breaks and columns (see _preformatted)
            out.paragraph()
            for line in _preformatted(child.get_text()).split("\n"):
                if line:
                    out.text(line)
                    out.newline()
                else:
                    out.paragraph()
            out.paragraph()
        elif name == "dl" and child.find(["dt", "dd"]) is not None:   # "Moved By:" / "Councillor Dhillon": a line
            (out.newline if in_item else out.paragraph)()
            term = None
            for entry in child.find_all(["dt", "dd"]):
                if entry.find_parent("dl") is not child:
                    continue   # a nested list's entries come with their own <dd>
                if entry.name == "dt":
                    if term:
                        out.text(term)
                        out.newline()
                    term = _cell_text(entry)
                    continue
                writer = _Writer()
                _walk(entry, writer, True)
                lines = [line for line in writer.result().split("\n") if line.strip()] or [""]
                lines[0] = f"{term} {lines[0]}".strip() if term else lines[0]
                for line in lines:
                    out.text(line)
                    out.newline()
                term = None
            if term:
                out.text(term)
                out.newline()
            (out.newline if in_item else out.paragraph)()
        elif name == "li":
            out.newline()
            marker = child.get("data-number")
            text_start = child.get_text(" ").lstrip()
            if marker is None:
                has_number = re.match(r"\(?(?:\d+|[a-z]|[ivxlc]+)[.)]\s", text_start)
                marker = "" if has_number else "- "
            out.text(marker)
            _walk(child, out, True)
            out.newline()
        elif name in ("ul", "ol"):
            if name == "ol":
                start = int(child.get("start", "1")) if str(child.get("start", "1")).isdigit() else 1
                for n, li in enumerate(child.find_all("li", recursive=False), start=start):
                    li["data-number"] = f"{n}. "
            (out.newline if in_item else out.paragraph)()
            _walk(child, out, in_item)
            (out.newline if in_item else out.paragraph)()
        elif name in _BLOCK:
            (out.newline if in_item else out.paragraph)()
            _walk(child, out, in_item)
            (out.newline if in_item else out.paragraph)()
        else:
            _walk(child, out, in_item)
            following = child.next_sibling
            if len(child.contents) == 1 and _ITEM_NUMBER.match(child.get_text()) and following is not None and \
                    (following.get_text() if isinstance(following, Tag) else str(following))[:1].isalpha():
                out.text(" ")   # <span>5.1</span><span>Zoning ...</span>: "5.1 Zoning", not "5.1Zoning"


_PDF2HTMLEX = re.compile(r"<div[^>]+class=[\"']pf\b", re.I)


def _pdf2htmlex_text(markup: str) -> str | None:
    """A PDF converted by pdf2htmlEX (a <div class="pf"> per page, an absolutely placed <div class="t ..."> per
    printed line), perhaps inside a site's template: its pages' lines read as the PDF reader would, so that wrapped
    lines re-join and running heads and page numbers go; the template around the pages is chrome."""
    if not _PDF2HTMLEX.search(markup):
        return None
    soup = BeautifulSoup(markup, "lxml")
    pages = []
    for page in soup.find_all("div", class_="pf"):
        for gap in page.find_all("span", class_="_"):
            gap.replace_with(" ")   # pdf2htmlEX's spacing runs stand for the spaces between words
        lines = [" ".join(line.get_text("").replace("\u00a0", " ").split())
                 for line in page.find_all("div", class_="t")]
        if any(lines):
            pages.append(lines)
    return (normalise(pages, owner_cells=True, page_gap_blank=False) or None) if pages else None


_PDFJS = re.compile(r"<div[^>]+class=[\"']textLayer\b", re.I)


def _pdfjs_text(markup: str) -> str | None:
    """A PDF shown in a pdf.js viewer (a <div class="textLayer"> per page: positioned <span> runs, a <br> at the
    end of each printed line), perhaps inside a site's template: its pages' lines read as the PDF reader would,
    so that wrapped lines re-join and running heads go; the viewer's toolbar and the template are chrome."""
    if not _PDFJS.search(markup):
        return None
    soup = BeautifulSoup(markup, "lxml")
    pages = []
    for layer in soup.find_all("div", class_="textLayer"):
        lines, runs = [], []
        for node in layer.find_all(["span", "br"]):
            if node.name == "br":
                lines.append(" ".join(" ".join(runs).replace("\u00a0", " ").split()))
                runs = []
            elif not node.find("span"):   # a run (pdf.js nests no spans, but a marked-content wrapper may)
                runs.append(node.get_text(""))
        if runs:
            lines.append(" ".join(" ".join(runs).replace("\u00a0", " ").split()))
        if any(lines):
            pages.append(lines)
    return (normalise(pages, owner_cells=True, page_gap_blank=False) or None) if pages else None


def html_text(data: bytes) -> tuple[str, str]:
    """Return (text as paragraphs of lines, encoding) for an HTML page."""
    markup, encoding = decode_text(data, declared=declared_charset(data))
    markup = _SERVER_REMNANTS.sub("", markup)
    markup = _WAYBACK_TOOLBAR.sub("", markup)
    converted = _converted_pdf_text(markup) or _pdf2htmlex_text(markup) or _pdfjs_text(markup)
    if converted is not None:
        return converted, encoding
    soup = BeautifulSoup(markup, "lxml")
    for tag in soup.find_all(_DROP_TAGS):
        if not tag.decomposed and not _title_block(tag):
            tag.decompose()
    for tag in soup.find_all(id=_WAYBACK_IDS):
        if not tag.decomposed:
            tag.decompose()
    root: Tag = soup.body or soup
    for selector in _MAIN_SELECTORS:
        found = soup.select_one(selector)
        if found is not None and found.get_text(strip=True):
            root = found
            break
    for tag in root.find_all(_is_chrome):
        if not tag.decomposed and not _title_block(tag):
            tag.decompose()
    out = _Writer()
    _walk(root, out, False)
    return out.result(), encoding
