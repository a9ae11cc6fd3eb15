"""Turn the physical lines of a document into the normalised text every offset indexes into.

NORMALISED TEXT CONVENTIONS (downstream rules depend on these)

1. Paragraphs are separated by exactly one blank line ("\\n\\n"). Lines that are units of their
   own (list items, headings, numbered points, table rows, attendance lines, action-owner cells)
   end with a single "\\n" inside a paragraph, or are a paragraph of their own.
2. Hard line wraps are re-joined with a single space. A break between two lines is a wrap when
   the next line starts in lower case, or the previous line ends in a function word ("of",
   "and", ...), a comma, a hyphen, an abbreviation or an initial ("Ms. S."), or is a bare item
   number ("1." + "Adoption of Minutes" -> "1. Adoption of Minutes"), or lacks terminal
   punctuation while being long relative to the document's typical full line. A line ending in
   terminal punctuation (. : ; ? ! and closing quotes) is a wrap only when it is long and either
   no blank line follows it or the document puts a blank line after every line (Limerick
   markdown converted from PDF does). A next line that opens a list item, a numbered point, a
   label ("Present:", "Moved by: ..."), a resolution's number or a motion's text ("I will move ..."),
   or is an ALL-CAPS heading, is never a wrap target; nor is any line after a numbered ALL-CAPS
   heading ("3. DISCLOSURE OF INTEREST"), nor a line of prose after a numbered heading in title case
   ("5.3 Report FIN-2023-22, 2024 Budget Schedule").
3. Page furniture is removed: page breaks, bare page numbers, "Page 3 of 7", the converter's
   "[Original file](...)" and "Scanned page" lines (pipeline/rules/furniture.jsonl), and running
   headers/footers recurring on most pages. Signature lines stay.
4. Markup is removed by the format readers (markdown emphasis, links -> their text, "\\_" -> "_",
   HTML tags); private-use bullet glyphs from PDFs (U+F0B7 ...) at line start become "- ".
5. Every other character is kept exactly (curly quotes, dashes, accents), so gold quotes taken
   from the files stay substrings. Runs of whitespace collapse to one space (a lone no-break
   space is kept), trailing and leading whitespace is stripped, and lines holding only
   whitespace count as blank.
6. PDF action-owner cells (a short right-hand column after 4+ spaces, "Clerk", "Noted",
   "Cllr. P. Harris/Clerk", "Signed by the Chair", or a heavily indented short line directly under
   a paragraph) come out on their own line directly after the re-joined paragraph text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..rulebook import load_rules
from .furniture import furniture_rule, strip_running_heads

# --- line shapes -----------------------------------------------------------------------------
_PUA_BULLET = re.compile(r"^[\ue000-\uf8ff]\s*")
_SPACE_RUN = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u3000]{2,}|\t")
_ITEM = (
    r"\(?(?:\d{1,3}(?:\.\d{1,3})*\.?[a-z]{0,5}|[a-z]|[ivxlc]{1,6}|[A-Z])[.)]"
)
# A list item / numbered point opening a line: "1. ", "4.13ii) ", "(a) ", "iv) ", "ii)It", "• ".
_LIST_START = re.compile(
    rf"^(?:[•●○▪■◦‣∙·*–-]\s|{_ITEM}(?:\s|(?=[A-Z“\"‘'(]))|\((?:\d{{1,3}}|[a-z]|[ivxlc]{{1,6}}|[A-Z])\)(?:\s|$))"
)
# a line opening with a label or a resolution's number: "Present:", "Staff Present:", "Moved by: ...",
# "Resolution No. 2017-103" (never the tail of the line above)
_LABEL_START = re.compile(r"^(?:(?:(?:(?:Members|Council|Staff|Also|MEMBERS|COUNCIL|STAFF|ALSO)\s+)?(?:Present|PRESENT)|Absent|ABSENT|"
                          r"Regrets|REGRETS|Staff|STAFF|Moved(?:\s+[Bb]y)?|MOVED(?:\s+BY)?|Seconded(?:\s+[Bb]y)?|"
                          r"SECONDED(?:\s+BY)?):|(?:Resolution|RESOLUTION|Motion|MOTION)\s+(?:No\.?|NO\.?|Number|NUMBER|#)\s*\d)")
# The text of a notice of motion or a written question opens a paragraph of its own, even under a
# long bracketed heading line ("... (to be referred to the Economic Development ... Committee)").
_SUBMISSION_START = re.compile(r"^[“\"]?(?:I|We)\s+will\s+(?:move|ask)\b")
_BARE_ITEM = re.compile(rf"^(?:{_ITEM}|[•●○▪■◦‣∙·*–-])$")
_TERMINAL = re.compile(r"[.:;?!”\"’']$")
_INITIAL = re.compile(r"(?:^|[\s(])[A-Z]\.$")
_LETTERS = re.compile(r"[^\W\d_]")
# A right-hand action-owner cell: 4+ spaces, then a short cell starting with a letter.
_OWNER_CELL = re.compile(r"^(?P<body>.*\S)[ \u00a0]{4,}(?P<cell>[A-Z][^\s].{0,48}?)\s*$")
_MAX_OWNER_WORDS = 7
_CELL_INDENT = 8
_LONG_FRACTION = 0.7
_FULL_FRACTION = 0.9
_DOUBLE_SPACED = 0.8
_MIN_WRAP_WIDTH = 40
_MAX_WRAP_WIDTH = 200


@lru_cache(maxsize=1)
def _lexicon(kind: str) -> frozenset[str]:
    return frozenset(
        word.lower() for row in load_rules("furniture") if row.get("kind") == kind
        for word in row.get("words", [])
    )


def collapse(line: str) -> str:
    """Collapse whitespace runs, strip the ends, turn a private-use bullet into "- "."""
    line = _SPACE_RUN.sub(" ", line).strip()
    if _PUA_BULLET.match(line):
        line = _PUA_BULLET.sub("- ", line, count=1)
    return line


@dataclass
class Line:
    """A physical line after furniture removal."""

    text: str
    blank_before: bool = False
    owner: str | None = None        # right-hand cell split off the end of the line (PDF)
    cell: bool = False              # a heavily indented short line (PDF owner cell on its own)
    page_break_before: bool = False


def ends_unfinished(text: str) -> bool:
    """True when the line visibly stops mid-sentence (function word, comma, hyphen, initial)."""
    if text.endswith((",", "-", "–", "(", "/", "&")) and not _BARE_ITEM.match(text):
        return True
    last = text.rsplit(" ", 1)[-1].lower()
    if last in _lexicon("continuation_words"):
        return True
    if text.endswith(".") and (last in _lexicon("abbreviations") or _INITIAL.search(text)):
        return True
    return False


def _typical_width(lines: list[Line]) -> float:
    """The length of a full line (90th percentile), or 0 when the text is not hard-wrapped."""
    lengths = sorted(len(line.text) for line in lines if not line.cell)
    if not lengths:
        return 0.0
    width = float(lengths[int(0.9 * (len(lengths) - 1))])
    return width if _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH else 0.0


def _is_wrap(prev: Line, nxt: Line, width: float, double_spaced: bool, joined: bool) -> bool:
    """Decide whether the break between `prev` and `nxt` is a hard wrap (see convention 2).

    `width` is 0 when the document is not hard-wrapped at all (one paragraph per line, as in
    text copied from a web page): then only the shape of the line ends can join lines.
    """
    p, n = prev.text, nxt.text
    if nxt.cell:
        return False
    if _BARE_ITEM.match(p):
        return True
    if _LIST_START.match(n) or _BARE_ITEM.match(n):
        return False
    if n[0].islower():
        return True
    if prev.owner is not None or _LABEL_START.match(n) or _SUBMISSION_START.match(n):
        return False   # "Present:", "Moved by: ...", "Resolution No. 2017-103" open a line of their own
    long = width > 0 and len(p) >= _LONG_FRACTION * width
    if _LETTERS.search(n) and not any(c.islower() for c in n) and len(n) <= 90:
        # A line in capitals continues only a heading that was itself wrapped.
        unfinished = ends_unfinished(p)
        return is_all_caps_run(p) and (unfinished or not _TERMINAL.search(p)) and (joined or long or unfinished)
    if ends_unfinished(p):
        return True
    if is_all_caps_run(p) and _LIST_START.match(p):
        return False   # "3. DISCLOSURE OF PECUNIARY INTEREST" is a numbered heading: the text starts below it
    if (_LIST_START.match(p) or _DECIMAL_ITEM.match(p)) and _title_case(p) and _prose(n):
        # "5.3 Report FIN-2023-22, 2024 Budget Schedule" over "Colin Pickersgill, Director of Finance, presented the
        # schedule and the variance report": a numbered heading in title case, then the prose of its item
        return False
    if _TERMINAL.search(p):
        if nxt.page_break_before or p.endswith(":"):
            return False  # a colon introduces a list or a label's value
        if not nxt.blank_before:
            return long
        # Double-spaced text gives no blank-line signal; only a line filled to the margin is
        # taken to continue past its full stop.
        return double_spaced and width > 0 and len(p) >= _FULL_FRACTION * width
    return long


_DECIMAL_ITEM = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\s+(?=[A-Z])")   # "5.3 Report FIN-2023-22 ..."


def _title_case(text: str) -> bool:
    """Every word of four letters or more capitalised, as a heading's ("Ice Plant Replacement"), not a sentence's."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= 4]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _prose(text: str) -> bool:
    """A line of running text: at least three lower-case words of four letters or more."""
    return len([w for w in re.findall(r"\b[a-z][a-z'’-]{3,}\b", text)]) >= 3


def is_all_caps_run(text: str) -> bool:
    """A line with letters and none of them lower case (short words like "IN" count)."""
    return bool(_LETTERS.search(text)) and not any(c.islower() for c in text)


def split_owner(raw: str) -> tuple[str, str | None, bool]:
    """Split a PDF line into (text, owner cell, is-a-cell-line)."""
    stripped = raw.rstrip()
    indent = len(stripped) - len(stripped.lstrip())
    body = collapse(stripped)
    if indent >= _CELL_INDENT and len(body) <= 50 and body[:1].isalpha() and "   " not in stripped.strip():
        return body, None, True
    m = _OWNER_CELL.match(stripped)
    if m and len(m.group("cell").split()) <= _MAX_OWNER_WORDS and "   " not in m.group("cell"):
        text = collapse(m.group("body"))
        if text:
            return text, collapse(m.group("cell")), False
    return body, None, False


def to_lines(pages: list[list[str]], *, owner_cells: bool = False,
             page_gap_blank: bool = True) -> list[Line]:
    """Drop furniture and blank lines, recording where blank lines (or page breaks) were."""
    pages = [[raw for raw in page if furniture_rule(collapse(raw)) is None] for page in pages]
    pages = strip_running_heads(pages)
    lines: list[Line] = []
    blank = False
    page_break = False
    for page in pages:
        for raw in page:
            if owner_cells:
                text, owner, cell = split_owner(raw.replace("\t", " "))
            else:
                text, owner, cell = collapse(raw), None, False
            if not text:
                blank = True
                continue
            lines.append(Line(text, blank_before=blank, owner=owner, cell=cell,
                              page_break_before=page_break))
            blank = page_break = False
        blank = blank or page_gap_blank
        page_break = bool(lines)
    return lines


def assemble(lines: list[Line]) -> str:
    """Join lines into paragraphs per the conventions in this module's docstring."""
    if not lines:
        return ""
    body = [line for line in lines if not line.cell]
    width = _typical_width(lines)
    gaps = [line.blank_before for line in body[1:]]
    double_spaced = len(gaps) >= 10 and sum(gaps) / len(gaps) >= _DOUBLE_SPACED
    out: list[str] = [lines[0].text]
    owners: list[str] = [lines[0].owner] if lines[0].owner else []
    prev = lines[0]
    joined = False
    for line in lines[1:]:
        if line.cell and not line.blank_before and not prev.cell:
            owners.append(line.text)        # an owner cell on its own line under the paragraph
            prev = Line(prev.text, prev.blank_before, owner=line.text)
            continue
        wrap = not prev.cell and _is_wrap(prev, line, width, double_spaced, joined)
        if wrap:
            out.append(" ")
        else:
            for owner in owners:
                out.append("\n" + owner)
            owners = []
            out.append("\n\n" if line.blank_before else "\n")
        out.append(line.text)
        if line.owner:
            owners.append(line.owner)
        prev, joined = line, wrap
    for owner in owners:
        out.append("\n" + owner)
    return "".join(out).strip()


def normalise(pages: list[list[str]], *, owner_cells: bool = False,
              page_gap_blank: bool = True) -> str:
    """Physical lines per page -> normalised text (empty string when nothing is left)."""
    text = assemble(to_lines(pages, owner_cells=owner_cells, page_gap_blank=page_gap_blank))
    return text if text.strip() else ""
