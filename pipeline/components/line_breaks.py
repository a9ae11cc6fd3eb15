"""Sentence boundaries for minutes, decided before the parser runs.

Minutes are lists: numbered points, action lines, attendance entries; and they are full of
titles and initials ("Mr. G. Daly", "Cllr. P. Harries", "PCSO Roger Anthony") on which the
parser's own segmentation stumbles. So every token gets a boundary decision here: a line
break always starts a sentence; inside a line, a sentence starts after terminal punctuation
followed by a capital, unless the punctuation closes a title, an initial or a list marker. The
parser then keeps these boundaries.
"""
from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START

from spacy.language import Language
from spacy.tokens import Doc

from ..rulebook import load_rules
from ..structure.participants import kind_for_role, names_a_group
from .lexicon import lexicon
from .speakers import SUBMITTED_PHRASE, WRITER

_TITLE_WORDS = ("Mr", "Mrs", "Ms", "Dr", "Cllr", "Cllrs", "Fr", "Sr", "St", "No", "Nos", "Prof", "Supt", "Insp", "Sgt",
                "Co", "Rev", "Hon", "approx", "Ltd", "Ave", "Rd")
# titles and abbreviations after which no sentence ends; the tokenizer's own table (rules/abbreviations.jsonl,
# "Cmhlr.", "i.e.") is read too, so that one list keeps both in step
TITLES = re.compile(r"^(?:%s)\.?$" % "|".join(
    re.escape(w) for w in sorted({*_TITLE_WORDS, *(row["orth"].rstrip(".") for row in load_rules("abbreviations"))},
                                 key=len, reverse=True)), re.I)
# "P.C.S.O.", "C.C.C.": an acronym written with stops, which mostly runs into the name it qualifies
DOTTED_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$")
MARKER = re.compile(r"^\(?(?:\d{1,3}(?:\.\d{1,3})*[a-z]?|[ivxlc]{1,5}|[a-z])$")
TERMINAL = {".", "?", "!"}
CLOSERS = {"”", "’", '"', "'", ")"}


@Language.factory(
    "minutes_line_breaks",
    assigns=["token.is_sent_start"],
    default_config={},
)
def make_line_breaks(nlp: Language, name: str) -> "MinutesSentencizer":
    return MinutesSentencizer()


class MinutesSentencizer:
    def __call__(self, doc: Doc) -> Doc:
        # one array write: setting token.is_sent_start one by one rescans the doc each time
        values = numpy.array([1 if i == 0 or starts_sentence(doc, i) else -1 for i in range(len(doc))],
                             dtype="int64").astype("uint64").reshape(-1, 1)
        if len(doc):
            doc.from_array([SENT_START], values)
        return doc


def starts_sentence(doc: Doc, i: int) -> bool:
    token = doc[i]
    prev = doc[i - 1]
    if prev.is_space:
        return "\n" in prev.text   # spaces inside a line (PDF columns) are no boundary
    if "\n" in prev.whitespace_:
        return True
    if token.is_space:
        return False
    if prev.text == ":" and (token.text[:1].isupper() or token.lower_ == "staff") and _after_run_in_label(doc, i - 1):
        return True   # "Consensus: That staff prepare ...": the label is a line of its own
    if prev.text == "|" and i >= 2 and doc[i - 2].text == ":" and token.text[:1].isupper() \
            and _after_run_in_label(doc, i - 2):
        return True   # "Motion: | THAT Council award ...": the label in a table's first cell
    if prev.text == "|" and _at_line_start(doc, i - 1) and (token.text[:1].isupper() or token.text[:1].isdigit()):
        # "| K.M. to issue a NOTAM ...": a row whose first cell is empty opens with its bar (an OCR'd "I" does not:
        # "| will move at the next meeting that ...")
        return True
    if WRITER_TOKEN.fullmatch(token.text) and _written_text_after_heading(doc, i):
        return True   # "7. Question submitted by Councillor J. Costelloe l will ask ...": the OCR lost the line break
    j = i - 1
    if prev.text == "|" and i >= 2 and (token.text[:1].isupper() or token.text[:1] in "“\"‘("):
        j -= 1   # "... higher than inflation? | The Treasurer advised ...": a finished cell ends its sentence
    while j > 0 and doc[j].text in CLOSERS:
        j -= 1
    end = doc[j]
    if not (end.text in TERMINAL or (end.text.endswith(".") and len(end.text) > 1)):
        return False
    if not (token.text[:1].isupper() or token.text[:1].isdigit() or token.text[:1] in "“\"‘("):
        return False
    word = end.text if end.text != "." else (doc[j - 1].text if j > 0 else "")
    if end.text == "." or end.text.endswith("."):
        stem = word.rstrip(".")
        if TITLES.match(stem) or (len(stem) == 1 and stem.isupper()):
            return False   # "Mr. Daly", "G. Daly"
        if MARKER.match(stem) and _at_line_start(doc, j - 1 if end.text == "." else j):
            return False   # "1. Roads", "ii. The Clerk"
        if DOTTED_ACRONYM.match(word) and token.tag_ in ("NNP", "NNPS") and not TITLES.match(token.text) \
                and kind_for_role(token.text) == "other" and not names_a_group(token.text):
            # not before a post or a group: "referred to the H.S.E. Councillor Ryan asked ..." is two sentences
            return False   # "thanked P.C.S.O. Lewis", "Mr S. Quick, C.C.C. Highways Department advised"
    return True


# who writes a question's or motion's text ("I", or the OCR's "l", "|", "1", "!"), under its "Question submitted by"
# heading: the speakers component's own patterns
WRITER_TOKEN = re.compile(WRITER)
SUBMITTED_HEADING = re.compile(rf"^[\W\d]*{SUBMITTED_PHRASE}\s+\S")


def _written_text_after_heading(doc: Doc, i: int) -> bool:
    """Token ``i`` opens "I will ask / move ..." on the line of its "Question submitted by ..." heading."""
    if i + 2 >= len(doc) or doc[i + 1].lower_ != "will" or doc[i + 2].lower_ not in ("ask", "move"):
        return False
    line_start = i - 1
    while line_start > 0 and not _at_line_start(doc, line_start):
        line_start -= 1
    return bool(SUBMITTED_HEADING.match(doc[line_start:i].text))


def run_in_labels() -> frozenset[str]:
    return lexicon()["lex.run_in_labels"]


def _after_run_in_label(doc: Doc, colon: int) -> bool:
    """The words from the line's start to ``colon`` are a run-in label (lex.run_in_labels)."""
    words: list[str] = []
    k = colon - 1
    while k >= 0 and len(words) <= 4 and not doc[k].is_space:
        words.insert(0, doc[k].text)
        if _at_line_start(doc, k):
            label = re.sub(r"\s*-\s*", "-", " ".join(words)).strip("*_ ").lower()
            return label in run_in_labels()
        k -= 1
    return False


def _at_line_start(doc: Doc, i: int) -> bool:
    if i <= 0:
        return True
    before = doc[i - 1]
    return "\n" in before.whitespace_ or (before.is_space and "\n" in before.text)
