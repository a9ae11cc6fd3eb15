"""Document structure of normalised minutes: agenda items, numbered points and typed blocks.

Why this exists: every later stage needs to know *where* a sentence sits. Speaker continuity
resets at a point boundary; a sentence under "Actions:" is an action, one under "REPLY:" answers
the written question of its item, one after "And Resolved:" is a resolution. This module finds
those regions with line-anchored rules kept as data in ``pipeline/rules/section_headings.jsonl``.

Input is the normalised text of ``pipeline.ingest.read_document``: paragraphs separated by
blank lines, hard wraps re-joined, "1." + title joined into one line, emphasis markers removed,
and (MSCC PDFs) action-owner cells on their own line right after their paragraph.
All offsets are character offsets into that text, ``[start, end)``.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple, Protocol, TypeVar
from pathlib import Path

from pipeline.errors import MinutesError

RULES_PATH = Path(__file__).resolve().parent.parent / "rules" / "section_headings.jsonl"

BLOCK_KINDS = (
    "attendance",
    "apologies",
    "discussion",
    "recommendations",
    "actions",
    "resolved",
    "written_question",
    "reply",
    "motion",
    "next_meeting",
    "other",
)
_RULE_KINDS = frozenset(BLOCK_KINDS) | {
    "item",
    "not_title",
    "strong_title",
    "point",
    "boundary",
    "motion_end",
    "owner",
    "not_owner",
}
_SCOPES = frozenset({"line", "inline", "title", "owner_line"})
# "6. Has the Council addressed ...", "Question submitted by ...": the next written question after a reply
_NEXT_WRITTEN_QUESTION = re.compile(
    r"^[^\S\n]*(?:\d{1,2}[.)][^\S\n]*(?:(?:What|How|When|Where|Why|Which|Who)\s+(?:is|are|was|were|will|would|can|could|has|have|"
    r"does|do|did|many|much)\b|(?:Has|Have|Is|Are|Can|Could|Will|Would|Does|Do|Did)\s+(?:the|a|an|any|there|it|this|our|[A-Z])\w*)"
    r"|Questions?\s+(?:submitted|received)\s+(?:by|from)\b)", re.M)
_EXTENTS = frozenset({"region", "list", "quoted", "paragraph", "until_reply", "item"})

# A title is a short heading, not a paragraph of prose.
_MAX_TITLE_CHARS = 120
_MAX_TITLE_WORDS = 18
# Owner cells are short ("Cllr. O. Williams/Clerk").
_MAX_OWNER_CHARS = 60
# Attendance/apologies lists never run longer than this many paragraphs.
_MAX_LIST_PARAGRAPHS = 12
# A quoted resolution/motion longer than this is a missing closing quote, not a resolution.
_MAX_QUOTE_CHARS = 6000

_BLANK_RE = re.compile(r"[\s\u00a0\u200b\ufeff]*")
# Hard wraps are re-joined by ingest, so one line is one paragraph (or one list entry).
_PARA_BREAK_RE = re.compile(r"\n")
_OPEN_QUOTES = "“\"‘„‟'"
# For each opening quote, the closing quote; a "’" followed by a letter is an apostrophe.
_CLOSE_QUOTE_RE = {
    "“": re.compile(r"[”\"]"),
    '"': re.compile(r"[\"”]"),
    "„": re.compile(r"[‟”“\"]"),
    "‟": re.compile(r"[‟”]"),
    "‘": re.compile(r"’(?![A-Za-z])|‟|'(?![A-Za-z])"),
    "'": re.compile(r"'(?![A-Za-z])|’(?![A-Za-z])"),
}
_TRAILING_PUNCT_RE = re.compile(r"[.;,]?")
_ITEM_FIRST_CHARS = frozenset("0123456789AI")
_GROUP_NAME_RE = re.compile(r"\(\?P<\w+>")
_PARENTHESIS_RE = re.compile(r"\([^()]*\)")


class SectionRulesError(MinutesError):
    """The section-heading rules file is missing, malformed or holds an unknown kind/scope."""


@dataclass(frozen=True)
class Item:
    """An agenda item: its heading and everything up to the next item."""

    id: str
    number: str | None
    title: str
    start: int
    end: int


@dataclass(frozen=True)
class Point:
    """A numbered or lettered point inside an item; speaker continuity resets at its start."""

    label: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Block:
    """A typed region (reply, actions, resolved, ...) found by the rule ``rule``."""

    kind: str
    start: int
    end: int
    heading: str | None
    rule: str


@dataclass(frozen=True)
class SectionRule:
    """One line of section_headings.jsonl, compiled once."""

    id: str
    kind: str
    scope: str
    regex: re.Pattern[str]
    extent: str | None = None
    unless_next: re.Pattern[str] | None = None
    any_order: bool = False  # an item heading explicit enough to stand out of numeric sequence


@dataclass(frozen=True)
class DocumentStructure:
    """Items, points and blocks of one document, each list sorted by start offset."""

    items: list[Item]
    points: list[Point]
    blocks: list[Block]
    _item_starts: list[int] = field(default_factory=list, repr=False, compare=False)
    _point_starts: list[int] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_item_starts", [i.start for i in self.items])
        object.__setattr__(self, "_point_starts", [p.start for p in self.points])

    def item_at(self, offset: int) -> Item | None:
        """The item whose span holds ``offset`` (None before the first item)."""
        return _span_at(self.items, self._item_starts, offset)

    def point_at(self, offset: int) -> Point | None:
        """The point whose span holds ``offset`` (None outside every point)."""
        return _span_at(self.points, self._point_starts, offset)

    def blocks_at(self, offset: int) -> list[Block]:
        """All blocks holding ``offset``, outermost first and innermost last."""
        hits = [b for b in self.blocks if b.start <= offset < b.end]
        hits.sort(key=lambda b: (b.start, -b.end))
        return hits


class _Span(Protocol):
    start: int
    end: int


_S = TypeVar("_S", bound=_Span)


def _span_at(spans: Sequence[_S], starts: list[int], offset: int) -> _S | None:
    index = bisect.bisect_right(starts, offset) - 1
    if index >= 0 and spans[index].start <= offset < spans[index].end:
        return spans[index]
    return None


# --------------------------------------------------------------------------------------- rules
@lru_cache(maxsize=8)
def load_rules(path: Path = RULES_PATH) -> tuple[SectionRule, ...]:
    """Read and compile the heading rules once; their order in the file is their priority."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise SectionRulesError(f"cannot read section rules {path}: {exc.strerror}") from exc
    rules: list[SectionRule] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            rule_id, kind, scope = data["id"], data["kind"], data["scope"]
            regex = re.compile(data["pattern"])
            unless = re.compile(data["unless_next"]) if "unless_next" in data else None
        except (json.JSONDecodeError, KeyError, TypeError, re.error) as exc:
            raise SectionRulesError(f"{path}:{number}: bad rule: {exc}") from exc
        extent = data.get("extent")
        if rule_id in seen:
            raise SectionRulesError(f"{path}:{number}: duplicate rule id {rule_id!r}")
        if kind not in _RULE_KINDS or scope not in _SCOPES:
            raise SectionRulesError(f"{path}:{number}: unknown kind/scope {kind!r}/{scope!r}")
        if kind in BLOCK_KINDS and extent not in _EXTENTS:
            raise SectionRulesError(f"{path}:{number}: block rule needs an extent, got {extent!r}")
        seen.add(rule_id)
        rules.append(SectionRule(rule_id, kind, scope, regex, extent, unless, bool(data.get("any_order", False))))
    return tuple(rules)


@dataclass(frozen=True)
class _RuleSet:
    """The rules grouped by the role they play in the analysis."""

    items: tuple[SectionRule, ...]
    not_title: tuple[SectionRule, ...]
    strong_title: tuple[SectionRule, ...]
    points: tuple[SectionRule, ...]
    any_point: re.Pattern[str]
    line_headings: tuple[SectionRule, ...]  # block headings at line start, plus boundaries
    any_line_heading: re.Pattern[str]  # all line headings as one pattern: a cheap pre-check
    inline: tuple[SectionRule, ...]
    motion_end: tuple[SectionRule, ...]
    title: tuple[SectionRule, ...]
    owner: tuple[SectionRule, ...]
    not_owner: tuple[SectionRule, ...]


@lru_cache(maxsize=8)
def _ruleset(path: Path = RULES_PATH) -> _RuleSet:
    rules = load_rules(path)

    def pick(kinds: set[str], scope: str) -> tuple[SectionRule, ...]:
        return tuple(r for r in rules if r.kind in kinds and r.scope == scope)

    block_kinds = set(BLOCK_KINDS)
    line_headings = pick(block_kinds | {"boundary"}, "line")
    points = pick({"point"}, "line")
    any_point = re.compile(
        "|".join(f"(?:{_GROUP_NAME_RE.sub('(?:', r.regex.pattern)})" for r in points) or "(?!)"
    )
    any_line_heading = re.compile(
        "|".join(f"(?:{_GROUP_NAME_RE.sub('(?:', r.regex.pattern)})" for r in line_headings)
        or "(?!)"
    )
    return _RuleSet(
        items=pick({"item"}, "line"),
        not_title=pick({"not_title"}, "title"),
        strong_title=pick({"strong_title"}, "title"),
        points=points,
        any_point=any_point,
        line_headings=line_headings,
        any_line_heading=any_line_heading,
        inline=pick(block_kinds, "inline"),
        motion_end=pick({"motion_end"}, "inline"),
        title=pick(block_kinds, "title"),
        owner=pick({"owner"}, "owner_line"),
        not_owner=pick({"not_owner"}, "owner_line"),
    )


# --------------------------------------------------------------------------------------- lines
class _Line(NamedTuple):
    """One line of the text (a paragraph or list entry once ingest re-joined hard wraps)."""

    start: int  # offset of the first non-blank character
    end: int  # offset of the line end (before "\n")
    text: str  # stripped of leading/trailing blanks

    @property
    def blank(self) -> bool:
        return not self.text


_BLANKS = " \t\r\u00a0\u200b\ufeff"


# "... the new public lights in Bruff. Reply:" - a reply cue run onto the end of the question's line
# starts a line of its own, so that the question ends there and the reply block starts
_TRAILING_REPLY = re.compile(r"(?<=[.?!”\"])[ \t]+(?=(?:REPLY|Reply|RESPONSE|Response)\s*:$)")


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        body = raw.lstrip(_BLANKS)
        stripped = body.rstrip(_BLANKS)
        start = pos + len(raw) - len(body) if stripped else pos
        cue = _TRAILING_REPLY.search(stripped)
        if cue:
            out.append(_Line(start, start + cue.start(), stripped[:cue.start()]))
            out.append(_Line(start + cue.end(), pos + len(raw), stripped[cue.end():]))
        else:
            out.append(_Line(start, pos + len(raw), stripped))
        pos += len(raw) + 1
    return out


def _next_nonblank(lines: list[_Line], index: int) -> int | None:
    for j in range(index + 1, len(lines)):
        if not lines[j].blank:
            return j
    return None


def _is_title(title: str, rules: _RuleSet) -> bool:
    """A heading title: short and not a sentence (no finite verb, not a 'That ...' clause)."""
    if not title or len(title) > _MAX_TITLE_CHARS or len(title.split()) > _MAX_TITLE_WORDS:
        return False
    # "(to be referred to the ... Committee)" qualifies a title; it does not make it a sentence.
    bare = _PARENTHESIS_RE.sub("", title)
    return not any(r.regex.search(bare) for r in rules.not_title)


def _is_strong_title(title: str, rules: _RuleSet) -> bool:
    return any(r.regex.search(title) for r in rules.strong_title)


def _number_value(number: str | None) -> int | None:
    if number is None:
        return None
    digits = re.match(r"\d+", number)
    return int(digits.group()) if digits else None


# --------------------------------------------------------------------------------------- items
@dataclass(frozen=True)
class _ItemHead:
    number: str | None
    title: str
    start: int
    head_index: int  # the line where the heading starts ("1.", "Agenda item", "1. Title")
    line_index: int  # the line holding the title (body starts after it)
    labelled: bool = False  # an "Item 3:" heading, not a bare "3."


def _find_item_heads(lines: list[_Line], rules: _RuleSet) -> list[_ItemHead]:
    """Item headings in order. Minutes whose items are "Item 1:", "Item 2:" (two at least) number lists inside them
    ("as follows:\n\n1. Covid-19\n\n2. Consultation and engagement"): there a bare "2." is a list's point, and
    must not make "Item 2:" look like a recap of an item already open."""
    heads: list[_ItemHead] = []
    labelled: list[int] = []   # numeric values of accepted "Item N" headings
    bare: list[int] = []       # and of bare numbered ones
    for i, line in enumerate(lines):
        if line.blank or line.text[0] not in _ITEM_FIRST_CHARS:
            continue
        for rule in rules.items:
            m = rule.regex.match(line.text)
            if not m:
                continue
            groups = m.groupdict()
            number = groups.get("number")
            title_index = i
            if "title" in groups and groups["title"] is not None:
                title = groups["title"]
            else:  # "Agenda item" / bare "1.": the title is the next non-blank line
                j = _next_nonblank(lines, i)
                if j is None:
                    break
                title, title_index = lines[j].text, j
            if not _is_title(title, rules) and not (
                rule.id == "item.agenda_item" and len(title) <= _MAX_TITLE_CHARS
            ):
                break  # a numbered sentence: a Point, not an item
            value = _number_value(number)
            accepted = labelled if rule.any_order else bare
            if rule.any_order and value is not None and value in accepted:
                break   # "Item 1: adopted" in a recap under Item 2: that item is already open
            if value is not None and accepted and not _in_sequence(value, accepted) and not rule.any_order:
                if not _is_strong_title(title, rules):
                    break  # "1. Castlemahon" in a reply list under item 8
            if value is not None:
                accepted.append(value)
            heads.append(_ItemHead(number, title.rstrip(" :"), line.start, i, title_index,
                                   labelled=bool(rule.any_order) and value is not None))
            break
    if len(labelled) >= 2:
        # a bare number between "Item" headings is a list's point; after the last one, only the next number is an item
        # ("Item 2: Motions" ... "3.\n\nDate of Next Meeting")
        last = max(k for k, h in enumerate(heads) if h.labelled)
        heads = [h for k, h in enumerate(heads) if h.labelled or _number_value(h.number) is None
                 or (k > last and (_number_value(h.number) or 0) > labelled[-1])]
    return heads


def _in_sequence(value: int, accepted: list[int]) -> bool:
    """Items run upwards; one supplementary item taken early ("13" between 3 and 4) is allowed."""
    if value > accepted[-1]:
        return True
    return len(accepted) >= 2 and value == accepted[-2] + 1


# -------------------------------------------------------------------------------------- extents
def _paragraph_end(text: str, pos: int, limit: int) -> int:
    m = _PARA_BREAK_RE.search(text, pos, limit)
    return m.start() if m else limit


def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\r\n\u00a0\u200b\ufeff":
        end -= 1
    return end


def _skip_blank(text: str, pos: int, limit: int) -> int:
    m = _BLANK_RE.match(text, pos, limit)
    return m.end() if m else pos


def _closing_quote(text: str, open_at: int, limit: int) -> int | None:
    """End offset just after the quote closing the one at ``open_at`` (and a trailing '.')."""
    closer = _CLOSE_QUOTE_RE.get(text[open_at])
    if closer is None:
        return None
    m = closer.search(text, open_at + 1, min(limit, open_at + _MAX_QUOTE_CHARS))
    if not m:
        return None
    end = m.end()
    tail = _TRAILING_PUNCT_RE.match(text, end, limit)
    return tail.end() if tail else end


def _quoted_extent(text: str, pos: int, limit: int) -> int:
    """Quoted text (resolution, motion) from ``pos``: to its closing quote, else paragraph end."""
    first = _skip_blank(text, pos, limit)
    if first < limit and text[first] in _OPEN_QUOTES:
        close = _closing_quote(text, first, limit)
        if close is not None:
            return close
    return _rstrip_end(text, first, _paragraph_end(text, first, limit))


# a lettered or numbered line under a written question: "(a) the number of vacant houses;", "b) the cost", "2. the date"
_QUESTION_PART = re.compile(r"[^\S\n]*(?:\(?[a-z0-9]{1,3}\)|[a-z0-9]{1,2}\.|[-•])[^\S\n]")


def _question_extent(text: str, pos: int, limit: int) -> int:
    """A written question with no reply: its paragraph, and the lettered or numbered lines straight after it."""
    end = _paragraph_extent(text, pos, limit)
    while end < limit and text.startswith("\n", end) and _QUESTION_PART.match(text, end + 1):
        end = _paragraph_extent(text, end + 1, limit)
    return end


def _paragraph_extent(text: str, pos: int, limit: int) -> int:
    """To the end of the paragraph, or further when a quote opened in it is still open."""
    end = _paragraph_end(text, pos, limit)
    opens = [i for i in range(pos, end) if text[i] in "“„"]
    if opens and not any(text[i] in "”‟" for i in range(opens[-1] + 1, end)):
        close = _closing_quote(text, opens[-1], limit)
        if close is not None:
            return close
    return _rstrip_end(text, pos, end)


def _motion_cut(text: str, start: int, end: int, rules: _RuleSet) -> int:
    """Cut an unquoted motion where ingest ran it into "In proposing the Motion, ..."."""
    for rule in rules.motion_end:
        m = rule.regex.search(text, start, end)
        if m:
            end = m.start()
    return end


# -------------------------------------------------------------------------------------- analysis
@dataclass(frozen=True)
class _Heading:
    rule: SectionRule
    start: int
    end: int  # end of the matched heading text
    line_index: int
    text: str


def _line_headings(
    text: str, lines: list[_Line], rules: _RuleSet, item_lines: set[int]
) -> list[_Heading]:
    heads: list[_Heading] = []
    for i, line in enumerate(lines):
        if line.blank or i in item_lines or not rules.any_line_heading.match(line.text):
            continue
        for rule in rules.line_headings:
            m = rule.regex.match(line.text)
            if not m:
                continue
            if rule.unless_next is not None:
                j = _next_nonblank(lines, i)
                if j is not None and rule.unless_next.match(lines[j].text):
                    continue
            heads.append(_Heading(rule, line.start, line.start + m.end(), i, m.group().strip()))
            break
    return heads


def _list_extent(
    text: str, lines: list[_Line], head: _Heading, limit: int, stops: set[int], rules: _RuleSet
) -> int:
    """Attendance/apologies: the heading line plus the following name-list paragraphs."""
    end = lines[head.line_index].end
    taken = 0
    for j in range(head.line_index + 1, len(lines)):
        line = lines[j]
        if line.start >= limit or j in stops:
            break
        if line.blank:
            continue
        if _is_sentence(line.text, rules) or _SUB_ITEM.match(line.text):
            break   # prose, or an agenda sub-item ("4.2 Public Works") the item rules did not take
        end = line.end
        taken += 1
        if taken >= _MAX_LIST_PARAGRAPHS:
            break
    return min(end, limit)


_SUB_ITEM = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.?\s+\S")


def _is_sentence(line: str, rules: _RuleSet) -> bool:
    """Prose, not a name list: the finite-verb rule(s) of the not-title family match."""
    return any(r.regex.search(line) for r in rules.not_title if r.id.endswith("finite_verb"))


def analyse_structure(text: str) -> DocumentStructure:
    """Find the agenda items, numbered points and typed blocks of a normalised document."""
    rules = _ruleset()
    lines = _lines(text)
    n = len(text)

    # Items.
    heads = _find_item_heads(lines, rules)
    items: list[Item] = []
    for k, head in enumerate(heads):
        end = heads[k + 1].start if k + 1 < len(heads) else n
        items.append(Item(f"i{k + 1}", head.number, head.title, head.start, end))
    item_lines = {h.line_index for h in heads} | {h.head_index for h in heads}
    item_starts = [it.start for it in items]

    def item_limit(offset: int) -> int:
        k = bisect.bisect_right(item_starts, offset)
        return item_starts[k] if k < len(item_starts) else n

    headings = _line_headings(text, lines, rules, item_lines)
    heading_starts = [h.start for h in headings]
    stop_lines = item_lines | {h.line_index for h in headings}

    def next_heading(offset: int, limit: int) -> int:
        k = bisect.bisect_right(heading_starts, offset)
        return min(heading_starts[k], limit) if k < len(heading_starts) else limit

    blocks: list[Block] = []
    # Line-anchored block headings.
    for head in headings:
        rule = head.rule
        if rule.kind == "boundary":
            continue
        limit = item_limit(head.start)
        if rule.extent == "list":
            end = _list_extent(text, lines, head, limit, stop_lines, rules)
        elif rule.extent == "quoted":
            end = _quoted_extent(text, head.end, limit)
            if rule.kind == "motion":
                end = _motion_cut(text, head.end, end, rules)
        elif rule.extent == "paragraph":
            end = _paragraph_extent(text, head.start, limit)
        else:  # region
            stop = next_heading(head.start, limit)
            if rule.kind == "reply":   # a reply ends where the next written question of the item begins
                question = _NEXT_WRITTEN_QUESTION.search(text, head.end, stop)
                stop = question.start() if question else stop
            end = _rstrip_end(text, head.start, stop)
        blocks.append(Block(rule.kind, head.start, max(end, head.end), head.text, rule.id))

    # Inline block cues ("It was resolved that ...", "Apologies received from ...").
    for rule in rules.inline:
        for m in rule.regex.finditer(text):
            limit = item_limit(m.start())
            end = _paragraph_extent(text, m.start(), limit)
            blocks.append(Block(rule.kind, m.start(), end, m.group(), rule.id))

    # Blocks keyed on item titles (written question, notice of motion, next meeting).
    for item, head in zip(items, heads):
        for rule in rules.title:
            if not rule.regex.search(head.title):
                continue
            body = lines[head.line_index].end
            if rule.extent == "item":
                start, end = item.start, _rstrip_end(text, item.start, item.end)
            elif rule.extent == "quoted":
                start = _skip_blank(text, body, item.end)
                end = _quoted_extent(text, start, next_heading(body, item.end))
                if rule.kind == "motion":
                    end = _motion_cut(text, start, end, rules)
            else:  # until_reply
                start = _skip_blank(text, body, item.end)
                replies = [
                    h.start
                    for h in headings
                    if h.rule.kind in ("reply", "boundary") and start <= h.start < item.end
                ]
                if replies:
                    end = _rstrip_end(text, start, replies[0])
                else:   # no REPLY: the question is its paragraph and the lettered lines under it ("(a) ...",
                    # "(b) ..."); the discussion after it is the meeting's
                    end = _question_extent(text, start, next_heading(body, item.end))
            if end > start:
                blocks.append(Block(rule.kind, start, end, head.title, rule.id))
            break
    blocks.sort(key=lambda b: (b.start, -b.end))

    points = _find_points(text, lines, rules, item_lines, headings, item_limit)
    return DocumentStructure(items=items, points=points, blocks=blocks)


def _find_points(
    text: str,
    lines: list[_Line],
    rules: _RuleSet,
    item_lines: set[int],
    headings: list[_Heading],
    item_limit: Callable[[int], int],
) -> list[Point]:
    """Numbered/lettered points; each ends at the next point, item or region heading."""
    # Resolutions and Proposed/Seconded lines sit inside a point; other headings end it.
    enders = sorted(
        h.start for h in headings if h.rule.kind not in ("boundary", "resolved")
    )
    found: list[tuple[str | None, int]] = []
    previous = ""
    for i, line in enumerate(lines):
        if line.blank:
            continue
        continues = previous.endswith(",")  # "(m)Tournafulla" after "(l) Mountcollins,"
        previous = line.text
        if i in item_lines or continues or not rules.any_point.match(line.text):
            continue
        for rule in rules.points:
            m = rule.regex.match(line.text)
            if m:
                found.append((m.group("label"), line.start))
                break
    points: list[Point] = []
    for k, (label, start) in enumerate(found):
        limit = item_limit(start)
        if k + 1 < len(found):
            limit = min(limit, found[k + 1][1])
        e = bisect.bisect_right(enders, start)
        if e < len(enders):
            limit = min(limit, enders[e])
        points.append(Point(label, start, _rstrip_end(text, start, limit)))
    return points


# ----------------------------------------------------------------------------------- owner lines
def _iter_lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        yield pos, stop
        pos = stop + 1


_ACTION_LABEL = re.compile(r"^(?:Action(?:s)?|ACTION(?:S)?)(?:\s+by)?\s*[:–-]\s*(?P<owner>.+?)\s*$")


def is_owner_cell(cell: str) -> bool:
    """'Clerk', 'Cllr. P. Harries/Clerk', 'All': an action owner; not 'Noted', a month or an amount."""
    rules = _ruleset()
    return not any(r.regex.search(cell) for r in rules.not_owner) and any(r.regex.match(cell) for r in rules.owner)


# an action line that ends with its owner in parentheses, opening with a verb in the imperative
_OWNER_AT_END = re.compile(r"\((?P<owner>[^()]{2,40})\)\s*\.?$")
# an owner cell after a sentence on the same line: a full stop after a word of three letters or more, so that "Cty.
# Cllr. J. Davies" is no sentence and its cell
_OWNER_AFTER_SENTENCE = re.compile(r"(?<=[a-z]{3}[.;])[ \t]+(?P<owner>(?:Cllrs?\.?[ \t]+[A-Z][\w.'’ ]{1,40}?|Clerk|All)"
                                   r"(?:/Clerk)?)[ \t]*$")
_IMPERATIVE_LINE = re.compile(r"^(?:[-•*]\s*)?(?!(?:The|This|That|These|Those|A|An|Mr|Mrs|Ms|Dr|Councillor|Cllr|Mayor|"
                              r"Reeve|Deputy|Member|Members|Staff|Council|It|There|He|She|They|We|I|Proposed|Moved|"
                              r"Seconded|Following|Members)\b)[A-Z][a-z]+\s+(?:[a-z]+|[A-Z][a-z]+\b)"
                              # an imperative line has no finite verb: "It was agreed to write ... (Cathaoirleach)" is prose
                              r"(?!.*\b(?:was|were|is|are|had|has|have|would|will|agreed|proposed|seconded)\b)")


def _owner_in_parentheses(owner: str) -> bool:
    """'(Secretary)', '(CBO)', '(Chair / Vice-Chair)', '(A. Ramaswamy)': an owner cell, or a post (a list's own
    owners are written as posts more often than a right-hand column's)."""
    from .participants import kind_for_role

    if is_owner_cell(owner):
        return True
    return all(kind_for_role(part) not in ("other", "public")
               for part in re.split(r"\s*/\s*|\s+(?:and|&)\s+", owner) if part)


def owner_lines(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Action-owner cells inside ``[start, end)``: short lines right after a paragraph line.

    MSCC minutes put the owner of an action in a right-hand column ("Clerk", "Cllr. P. Harries",
    "Cllr. O. Williams/Clerk"); ingest moves that cell to its own line after the paragraph.
    Status cells ("Noted", "Signed by the Chair"), months and amounts are not owners.
    """
    found: list[tuple[int, int, str]] = []
    start, end = max(0, start), min(len(text), end)
    for line_start, line_end in _iter_lines(text, start, end):
        raw = text[line_start:line_end]
        cell = raw.strip(" \t\r\u00a0")
        labelled = _ACTION_LABEL.match(cell)
        if labelled:
            # "Action: Clerk" / "ACTION – Cllr. P. Harries" on its own line after the paragraph
            owner = labelled.group("owner").strip()
            if owner and is_owner_cell(owner):
                offset = line_start + raw.index(cell) + labelled.start("owner")
                found.append((offset, offset + len(owner), owner))
            continue
        at_end = _OWNER_AT_END.search(cell)
        if at_end and _IMPERATIVE_LINE.match(cell) and _owner_in_parentheses(at_end.group("owner").strip()):
            # an action-items list: "Send a letter of thanks to the Legion (Secretary)"
            owner = at_end.group("owner").strip()
            offset = line_start + raw.index(cell) + at_end.start("owner")
            found.append((offset, offset + len(owner), owner))
            continue
        after_sentence = _OWNER_AFTER_SENTENCE.search(cell)
        if after_sentence and is_owner_cell(after_sentence.group("owner")):
            # the PDF's text put the owner cell on the sentence's own line: "... to the Welsh Government. Clerk"
            # (the train gold gives an action for 13 of the 14 such cells)
            offset = line_start + raw.index(cell) + after_sentence.start("owner")
            found.append((offset, offset + len(after_sentence.group("owner")), after_sentence.group("owner")))
            continue
        if " | " in cell:
            # an HTML table row from ingest: "Clerk to write to the Council | Clerk" — the last cell
            last = cell.rsplit(" | ", 1)[1].strip()
            if last and len(last) <= _MAX_OWNER_CHARS and is_owner_cell(last):
                offset = line_start + raw.rindex(last)
                found.append((offset, offset + len(last), last))
            continue
        if not cell or len(cell) > _MAX_OWNER_CHARS:
            continue
        # Directly after its paragraph: the previous line exists and is not blank.
        if line_start == 0 or text[line_start - 1] != "\n":
            continue
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        if not text[prev_start : line_start - 1].strip():
            continue
        if is_owner_cell(cell):
            offset = line_start + raw.index(cell)
            found.append((offset, offset + len(cell), cell))
    return found
