"""Deadlines: find the time expressions that bound when an action falls due, and normalise them.

Why a module of its own: the contract (records.md) fixes one reading of every time phrase,
"the *last* day on which the commitment falls due", counted from the meeting date. The phrasing
is open-ended ("within the next two weeks", "before the April Municipal District meeting",
"by year end", "in Q3 2023") so the phrase patterns are data in ``rules/deadlines.jsonl``; this
module only expands the shared macros (month names, numbers, years...), runs the patterns and
maps each rule's ``normaliser`` name to one of the small functions in ``NORMALISERS``.

Patterns run over the lower-cased text (case-insensitive matching in ``re`` costs 2-3x); the
few checks that need case ("May"/"March" as months, capitalised meeting names) are made in
``_case_ok``. Each rule lists ``requires`` words and only runs near them, so a sentence with
no time word costs almost nothing.

Rules with ``"emit": false`` are *negative* evidence ("since August 2020", "held on 6th
February, 2019", "in due course", "for six weeks"): they take part in the longest-match
competition, so a date inside them is never reported, and are then dropped. Matches whose date
lies before the meeting are dropped too (a past date is not a due date).

Decisions that the contract leaves open (kept here so they are applied everywhere):

- "before X" reads as "by X" ("before the April meeting" -> April 30, "before Christmas" -> Dec 25),
  except before a calendar date or a dated meeting, which ends the day before ("before December 1" ->
  Nov 30, "before the May 15 meeting" -> May 14: records.md's "last day it allows").
- early/mid/late: a year gives Mar 31 / Jun 30 / Dec 31, a month gives the 10th / 20th / last day.
- "in the new year" and "next year" give Dec 31 of the next year; "early in the new year" Mar 31.
- weeks end on Sunday: "this week" is the meeting week's Sunday, "next week" the Sunday after.
- "in the coming weeks", "within the next few weeks": a Deadline with ``date=None`` (a real time
  bound that cannot be dated); "in due course", "shortly", "as soon as possible": not deadlines.
- "the next meeting" is ``next_meeting_date`` when the caller knows it, else ``date=None``.
- a weekday ("by Friday") is the first such day after the meeting.
- "until the end of April" is a duration or closing date, not a due date: not a deadline.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable, Mapping

from .rulebook import RuleFileError, load_rules

__all__ = [
    "Deadline",
    "DeadlineRule",
    "NORMALISERS",
    "find_deadlines",
    "normalise_deadline",
    "parse_date_text",
    "deadline_rules",
]

RULES_NAME = "deadlines"


@dataclass(frozen=True)
class Deadline:
    """One time expression found in a text; ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    date: date | None
    rule: str


@dataclass(frozen=True)
class DeadlineRule:
    """A row of rules/deadlines.jsonl with its pattern expanded and compiled."""

    id: str
    regex: re.Pattern[str]
    normaliser: str
    emit: bool
    requires: tuple[str, ...]  # lower-case substrings, one of which must occur (a cheap pre-check)
    example: str
    example_date: date | None
    meeting_date: date | None


# --------------------------------------------------------------------------------------------
# Vocabulary shared by the patterns (macros) and the normalisers.

MONTH_NAMES = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
# Abbreviations; "sept" before "sep" so the longer one wins inside the alternation.
_MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sept": 9,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
# "May" and "March" are also a modal verb and a verb ("may be", "march on"), so they only count
# written Title-case or UPPER-case; the other months match in any case (checked in code, since
# the patterns run over lower-cased text).
_CASE_SENSITIVE_MONTHS = {"may", "march", "mar"}

_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "ninety": 90,
}
_ORDINAL_WORDS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "final": 4, "last": 4, "latter": 2,
}
# Season -> (month, year offset) of its last day, for a season that starts in the named year.
_SEASON_ENDS = {"spring": (5, 0), "summer": (8, 0), "autumn": (11, 0), "fall": (11, 0),
                "winter": (2, 1)}
_SEASON_STARTS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _month_alternation() -> str:
    parts: list[str] = []
    for name in sorted([*MONTH_NAMES, *_MONTH_ABBREVIATIONS], key=len, reverse=True):
        dot = r"\.?" if name in _MONTH_ABBREVIATIONS else ""
        parts.append(f"{name}{dot}")
    # The leading lookahead rejects most word starts before the 35 branches are tried.
    return r"(?=[adfjmnos])(?:" + "|".join(parts) + r")(?![a-z])"


def _number_alternation() -> str:
    words = sorted(_NUMBER_WORDS, key=len, reverse=True)
    tens = "twenty|thirty|forty|fifty|sixty"
    return (rf"(?=[\dacefhnostw])(?:\d{{1,3}}(?![\d/])|a\s+couple\s+of|(?:{tens})[\s-](?:one|two|three|four|five|six|"
            rf"seven|eight|nine)|{'|'.join(words)})")


_MONTH = _month_alternation()
# A superscript "th" often comes out of PDF text as a quote mark ("7\" October, 2014").
_DAY = r"(?<![\"“”])(?=\d)(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|[\"”](?=\s))?(?![\d:])"
# A year is not one end of a range ("2000-2017", "2023/24") and not a longer number.
_YEAR = r"(?=[12])(?:1[89]\d\d|20\d\d)(?!\d)(?!\s*[-–/]\s*\d)"
_WEEKDAY = r"(?=[mtwfs])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NUM = _number_alternation()

# "before the May meeting": due the day before the thing named (read by the rules and by the pipeline's
# own check of a stated meeting day)
BEFORE = r"(?:before|prior\s+to|in\s+advance\s+of|ahead\s+of)"
# Prepositions that bound a period.
_BEFORE_AT = re.compile(rf"{BEFORE}\b", re.I)
_PBY = rf"(?=[onbpai])(?:on\s+or\s+before|no\s+later\s+than|not\s+later\s+than|by|{BEFORE})"
_PERIOD = rf"(?=[onbpaidt])(?:{_PBY}|in|during|over|towards|at)"
# Words that may sit between "the next"/"the May" and "meeting" (group "qual"): capitalised
# names or these lower-case qualifiers ("the next monthly meeting"); checked in code.
_QUALIFIER = r"[a-z][\w&'’.-]*"
_NAME_LINKS = frozenset({"of", "the", "and", "&", "for"})
_QUALIFIER_WORDS = frozenset(
    "monthly ordinary scheduled regular full plenary district area committee council municipal "
    "metropolitan budget statutory special annual joint policing select cabinet board group spc public "
    "workshop local authority".split())
_PARTY = (r"(?:(?:the\s+)?(?P<part>end|middle|start|beginning|close)\s+of\s+(?:the\s+year\s+)?|"
          r"(?P<part2>early|mid|late)(?:\s*-\s*|\s+(?:in\s+)?))")
_PARTM = (r"(?:(?:the\s+)?(?P<part>end|middle|start|beginning|close|(?:first|last|final)\s+(?:two\s+)?weeks?)\s+of\s+|"
          r"(?P<part2>early|mid|late)(?:\s*-\s*|\s+(?:in\s+)?))")

_MACROS: dict[str, str] = {
    "MONTH": f"(?P<month>{_MONTH})",
    "MONTH2": f"(?P<month2>{_MONTH})",
    "MONTHX": _MONTH,
    "DAY": f"(?P<day>{_DAY})",
    "DAYX": _DAY,
    "YEAR": f"(?P<year>{_YEAR})",
    "YEARX": _YEAR,
    "WEEKDAY": f"(?P<weekday>{_WEEKDAY})",
    "WEEKDAYX": _WEEKDAY,
    "NUM": f"(?P<num>{_NUM})",
    "NUM2": f"(?P<num2>{_NUM})",
    "NUMX": _NUM,
    "PBY": _PBY,
    "BEFORE": BEFORE,
    "RELYEAR": (r"(?:,?\s+(?:of\s+)?(?P<rel>this|next|the\s+current|the\s+following|the\s+coming)"
                r"\s+year(?!['’]s))"),
    "PERIOD": _PERIOD,
    "QUALIFIER": _QUALIFIER,
    "PARTY": _PARTY,
    "PARTM": _PARTM,
    "NDATE": r"(?P<day>3[01]|[12]\d|0?[1-9])[/.-](?P<month>1[0-2]|0?[1-9])[/.-](?P<year>(?:19|20)\d\d)(?!\d)",
    "NDATEX": r"(?:3[01]|[12]\d|0?[1-9])[/.-](?:1[0-2]|0?[1-9])[/.-](?:(?:19|20)\d\d|\d\d)(?!\d)",
}
# Any date-like phrase, for the negative rules ("since ...", "from ... to ...").
_MACROS["DATEISH"] = (
    rf"(?:(?:the\s+)?(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}(?:\s+(?:day\s+)?of)?\s+{_MONTH}(?:,?\s+{_YEAR})?"
    rf"|{_MONTH}(?:\s+{_DAY})?(?:,?\s+{_YEAR})?|{_MACROS['NDATEX']}|{_YEAR}"
    rf"|(?:Q[1-4]|(?:the\s+)?(?:first|second|third|fourth|last|final)\s+quarter)(?:\s+(?:of\s+)?{_YEAR})?)"
)
_MACRO_RE = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def expand_macros(pattern: str) -> str:
    """Replace ``{MONTH}``-style macros; regex quantifiers like ``{1,3}`` are left alone."""

    def repl(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in _MACROS:
            raise RuleFileError(f"{RULES_NAME}.jsonl: unknown macro {{{name}}}")
        return _MACROS[name]

    return _MACRO_RE.sub(repl, pattern)


# --------------------------------------------------------------------------------------------
# Normalisers: groupdict + context -> date | None. Raising _Reject drops the match.


class _Reject(Exception):
    """Raised by a normaliser when the match is not a time bound after all."""


@dataclass(frozen=True)
class _Context:
    meeting: date | None
    next_meeting: date | None


Normaliser = Callable[[Mapping[str, str | None], _Context], date | None]


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def month_number(token: str) -> int:
    token = token.strip().rstrip(".").lower()
    if token.isdigit():
        return int(token)
    if token in MONTH_NAMES:
        return MONTH_NAMES[token]
    return _MONTH_ABBREVIATIONS[token]


def _day_number(token: str) -> int:
    return int(re.match(r"\d+", token).group(0))  # type: ignore[union-attr]


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, the day clamped to the month's length (May 31 - 1 month = April 30)."""
    return _add_months(day, months)


def count_of(token: str) -> int:
    """'two' -> 2, '14' -> 14, 'twenty-one' -> 21: the count in a time expression."""
    return _number(token)


def _number(token: str) -> int:
    token = re.sub(r"\s+", " ", token.strip().lower())
    if token.isdigit():
        return int(token)
    if token == "a couple of":
        return 2
    if token in _NUMBER_WORDS:
        return _NUMBER_WORDS[token]
    parts = re.split(r"[\s-]", token)
    return _NUMBER_WORDS[parts[0]] + _NUMBER_WORDS[parts[-1]]


def _part(groups: Mapping[str, str | None]) -> str | None:
    part = groups.get("part") or groups.get("part2")
    return re.sub(r"\s+", " ", part.lower()) if part else None


def _add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _rel_year(rel: str | None, ctx: _Context) -> int | None:
    """The calendar year a relative word points at, None when there is no meeting date."""
    if ctx.meeting is None:
        return None
    rel = re.sub(r"\s+", " ", (rel or "this").lower()).replace("the ", "")
    return ctx.meeting.year + (1 if rel in {"next", "coming", "new", "following"} else 0)


def _full_date(g: Mapping[str, str | None], ctx: _Context) -> date | None:
    year = int(g["year"])  # type: ignore[arg-type]
    try:
        return date(year, month_number(g["month"]), _day_number(g["day"]))  # type: ignore[arg-type]
    except ValueError:
        raise _Reject from None  # "31/04/2022" is not a date


def _dated_meeting(g: Mapping[str, str | None], ctx: _Context) -> date | None:
    """'at the June 5 meeting' -> June 5; 'before the May 15 meeting' -> May 14."""
    if g.get("year"):
        try:
            when: date | None = date(int(g["year"]), month_number(g["month"]), _day_number(g["day"]))  # type: ignore[arg-type]
        except ValueError:
            raise _Reject from None
    else:
        when = _day_month(g, ctx)
    if when is not None and g.get("before"):
        when -= timedelta(days=1)
    return when


def _meeting_of_date(g: Mapping[str, str | None], ctx: _Context) -> date | None:
    """'at its meeting of March 26' -> March 26; with no year, a day before the meeting is a past meeting, not next
    year's ('As agreed at the meeting of March 12', said in April)."""
    if not g.get("year") and ctx.meeting is not None:
        try:
            if date(ctx.meeting.year, month_number(g["month"]), _day_number(g["day"])) < ctx.meeting:  # type: ignore[arg-type]
                raise _Reject
        except ValueError:
            raise _Reject from None
    return _dated_meeting(g, ctx)


def _day_month(g: Mapping[str, str | None], ctx: _Context) -> date | None:
    if ctx.meeting is None:
        return None
    month, day = month_number(g["month"]), _day_number(g["day"])  # type: ignore[arg-type]
    if g.get("rel"):
        try:
            return date(_rel_year(g["rel"], ctx), month, day)  # type: ignore[arg-type]
        except ValueError:
            return None
    for year in (ctx.meeting.year, ctx.meeting.year + 1, ctx.meeting.year + 2):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate >= ctx.meeting:
            return candidate
    return None


def _within_month(year: int, month: int, part: str | None) -> date:
    if part and part.startswith("first"):
        # "in the first week of May" the 7th, "the first two weeks of October" the 14th; the last week(s) end
        # with the month
        return date(year, month, 14 if "two" in part else 7)
    if part in {"early", "start", "beginning"}:
        return date(year, month, 10)
    if part in {"mid", "middle"}:
        return date(year, month, 20)   # the last day "mid-month" allows (GUIDELINES.md, Part-month deadlines)
    return _month_end(year, month)


def _month(g: Mapping[str, str | None], ctx: _Context) -> date | None:
    """Month end; with no year, the next such month on/after the meeting month."""
    month = month_number(g.get("month2") or g["month"])  # type: ignore[arg-type]
    part = _part(g)
    if g.get("year"):
        return _within_month(int(g["year"]), month, part)  # type: ignore[arg-type]
    if ctx.meeting is None:
        return None
    if g.get("rel"):
        return _within_month(_rel_year(g["rel"], ctx), month, part)  # type: ignore[arg-type]
    year = ctx.meeting.year + (1 if month < ctx.meeting.month else 0)
    return _within_month(year, month, part)


def _next_named_month(g: Mapping[str, str | None], ctx: _Context) -> date | None:
    """'next February': that month's end, strictly after the meeting's month ('next March' said in March is a year on)."""
    if ctx.meeting is None:
        return None
    month = month_number(g["month"])  # type: ignore[arg-type]
    return _within_month(ctx.meeting.year + (1 if month <= ctx.meeting.month else 0), month, None)


def _within_year(year: int, part: str | None) -> date:
    if part in {"start", "beginning"}:
        return date(year, 1, 31)
    if part == "early":
        return date(year, 3, 31)
    if part in {"mid", "middle"}:
        return date(year, 6, 30)
    return date(year, 12, 31)


def _year(g: Mapping[str, str | None], ctx: _Context) -> date | None:
    if g.get("year"):
        year: int | None = int(g["year"])  # type: ignore[arg-type]
    else:
        year = _rel_year(g.get("rel"), ctx)
    if year is None:
        return None
    return _within_year(year, _part(g))


def _new_year(g: Mapping[str, str | None], ctx: _Context) -> date | None:
    """'in the New Year': its first quarter (GUIDELINES.md), not all of it."""
    year = _rel_year("new", ctx)
    return date(year, 3, 31) if year is not None else None


def _month_rel(g: Mapping[str, str | None], ctx: _Context) -> date | None:
    if ctx.meeting is None:
        return None
    rel = (g.get("rel") or "this").lower()
    ahead = 1 if rel in {"next", "coming", "following"} else 0
    first = _add_months(ctx.meeting.replace(day=1), ahead)
    return _month_end(first.year, first.month)


def _week_rel(g: Mapping[str, str | None], ctx: _Context) -> date | None:
    if ctx.meeting is None:
        return None
    rel = (g.get("rel") or "this").lower()
    sunday = ctx.meeting + timedelta(days=6 - ctx.meeting.weekday())
    return sunday + timedelta(days=7 if rel in {"next", "coming", "following"} else 0)


def _quarter_number(g: Mapping[str, str | None]) -> int:
    if g.get("q2"):
        return int(g["q2"])  # type: ignore[arg-type]
    if g.get("q") or g.get("qn"):
        return int(g.get("q") or g["qn"])  # type: ignore[arg-type]
    return _ORDINAL_WORDS[g["qw"].lower()]  # type: ignore[union-attr]


def _period_end(g: Mapping[str, str | None], ctx: _Context, month: int, year_offset: int = 0,
                start_month: int | None = None) -> date | None:
    """End of a period that recurs yearly (quarter, half, season), the next one when no year."""
    if g.get("year"):
        return _month_end(int(g["year"]) + year_offset, month)  # type: ignore[arg-type]
    if g.get("rel"):
        year = _rel_year(g["rel"], ctx)
        return None if year is None else _month_end(year + year_offset, month)
    if ctx.meeting is None:
        return None
    end = _month_end(ctx.meeting.year + year_offset, month)
    if year_offset and start_month and ctx.meeting.month < 3:
        # A winter meeting in Jan/Feb: "this winter" is the one already under way.
        end = _month_end(ctx.meeting.year, month)
    return end if end >= ctx.meeting else _month_end(end.year + 1, month)


def _quarter(g: Mapping[str, str | None], ctx: _Context) -> date | None:
    qw = (g.get("qw") or "").lower()
    if qw in {"last", "final"} and not (g.get("year") or g.get("rel")):
        raise _Reject  # "in the last quarter" looks back
    return _period_end(g, ctx, 3 * _quarter_number(g))


def _half(g: Mapping[str, str | None], ctx: _Context) -> date | None:
    half = int(g["h"]) if g.get("h") else _ORDINAL_WORDS[g["hw"].lower()]  # type: ignore[union-attr]
    if half > 2:
        half = 2
    return _period_end(g, ctx, 6 * half)


def _season(g: Mapping[str, str | None], ctx: _Context) -> date | None:
    season = g["season"].lower()  # type: ignore[union-attr]
    month, offset = _SEASON_ENDS[season]
    rel = (g.get("rel") or "").lower()
    if rel.startswith("later"):
        rel = "this"
    groups = dict(g)
    if rel in {"this", "the"}:
        groups["rel"] = None  # the next such season ending on/after the meeting
    elif rel:
        groups["rel"] = None
        if ctx.meeting is None:
            return None
        # "next summer": the first summer that has not started at the meeting.
        year = ctx.meeting.year
        start = date(year, _SEASON_STARTS[season], 1)
        if season == "winter" and ctx.meeting.month < 3:
            start = date(year - 1, 12, 1)
            year -= 1
        if start <= ctx.meeting:
            year += 1
        return _month_end(year + offset, month)
    return _period_end(groups, ctx, month, offset, _SEASON_STARTS[season])


def _fixed_day(month: int, day: int) -> Normaliser:
    def normalise(g: Mapping[str, str | None], ctx: _Context) -> date | None:
        if g.get("year"):
            when = date(int(g["year"]), month, day)  # type: ignore[arg-type]
        elif ctx.meeting is None:
            return None
        else:
            when = date(ctx.meeting.year, month, day)
            when = when if when >= ctx.meeting else date(when.year + 1, month, day)
        return when - timedelta(days=1) if g.get("before") else when   # "before Christmas": the 24th

    return normalise


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based) `weekday` (Monday = 0) of the month."""
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


# Canadian (Ontario) statutory holidays by name: a fixed day, or a weekday rule for the year
HOLIDAYS = {
    "canada day": lambda y: date(y, 7, 1),
    "remembrance day": lambda y: date(y, 11, 11),
    "new year's day": lambda y: date(y, 1, 1),
    "labour day": lambda y: _nth_weekday(y, 9, 0, 1),
    "thanksgiving": lambda y: _nth_weekday(y, 10, 0, 2),
    "family day": lambda y: _nth_weekday(y, 2, 0, 3),
    "civic holiday": lambda y: _nth_weekday(y, 8, 0, 1),
    "victoria day": lambda y: date(y, 5, 24) - timedelta(days=date(y, 5, 24).weekday()),   # the Monday before May 25
}


def _holiday(g: Mapping[str, str | None], ctx: _Context) -> date | None:
    """'before Canada Day' -> June 30 (the day before, as 'before the next meeting'); 'by Labour Day' -> that Monday."""
    name = re.sub(r"\s+", " ", (g["holiday"] or "").lower()).replace("’", "'")
    name = re.sub(r"^new year(?:'s|s)? day$", "new year's day", name)
    rule = HOLIDAYS.get(name)
    if rule is None:
        raise _Reject
    when: date
    if g.get("year"):
        when = rule(int(g["year"]))  # type: ignore[arg-type]
    elif ctx.meeting is None:
        return None
    else:
        when = rule(ctx.meeting.year)
        if when < ctx.meeting:
            when = rule(ctx.meeting.year + 1)
    return when - timedelta(days=1) if g.get("before") else when


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _easter(g: Mapping[str, str | None], ctx: _Context) -> date | None:
    if g.get("year"):
        return easter_sunday(int(g["year"]))  # type: ignore[arg-type]
    if ctx.meeting is None:
        return None
    candidate = easter_sunday(ctx.meeting.year)
    return candidate if candidate >= ctx.meeting else easter_sunday(ctx.meeting.year + 1)


def _offset(g: Mapping[str, str | None], ctx: _Context) -> date | None:
    if ctx.meeting is None:
        return None
    count = _number(g["num2"] or g["num"]) if (g.get("num2") or g.get("num")) else 1  # type: ignore[arg-type]
    unit = (g.get("unit") or g.get("unit1") or "").lower().rstrip("s")
    working = (g.get("working") or "").strip().lower()
    if unit == "day" and working in {"working", "business"}:
        day, left = ctx.meeting, count
        while left:
            day += timedelta(days=1)
            if day.weekday() < 5:
                left -= 1
        return day
    if unit == "day":
        return ctx.meeting + timedelta(days=count)
    if unit == "hour":   # "within 48 hours": by the day those hours end, counted from the meeting's day
        return ctx.meeting + timedelta(days=-(-count // 24))
    if unit == "week":
        return ctx.meeting + timedelta(weeks=count)
    if unit == "fortnight":
        return ctx.meeting + timedelta(weeks=2 * count)
    if unit == "month":
        return _add_months(ctx.meeting, count)
    if unit == "year":
        return _add_months(ctx.meeting, 12 * count)
    raise _Reject


def _weekday(g: Mapping[str, str | None], ctx: _Context) -> date | None:
    if ctx.meeting is None:
        return None
    target = _WEEKDAYS[g["weekday"].lower()]  # type: ignore[union-attr]
    ahead = (target - ctx.meeting.weekday()) % 7 or 7
    return ctx.meeting + timedelta(days=ahead)


def _next_meeting(g: Mapping[str, str | None], ctx: _Context) -> date | None:
    return ctx.next_meeting


def _undated(g: Mapping[str, str | None], ctx: _Context) -> date | None:
    return None


def _week_of(g: Mapping[str, str | None], ctx: _Context) -> date | None:
    day = _day_month(g, ctx)
    return day + timedelta(days=6 - day.weekday()) if day is not None else None


def _next_day(g: Mapping[str, str | None], ctx: _Context) -> date | None:
    return ctx.meeting + timedelta(days=1) if ctx.meeting is not None else None


def _same_day(g: Mapping[str, str | None], ctx: _Context) -> date | None:
    return ctx.meeting


NORMALISERS: dict[str, Normaliser] = {
    "full_date": _full_date,
    "day_month": _day_month,
    "dated_meeting": _dated_meeting,
    "meeting_of_date": _meeting_of_date,
    "month_end": _month,
    "next_month_name": _next_named_month,
    "year_end": _year,
    "new_year": _new_year,
    "month_rel": _month_rel,
    "week_rel": _week_rel,
    "quarter_end": _quarter,
    "half_end": _half,
    "season_end": _season,
    "christmas": _fixed_day(12, 25),
    "easter": _easter,
    "holiday": _holiday,
    "offset": _offset,
    "weekday": _weekday,
    "next_meeting": _next_meeting,
    "next_day": _next_day,
    "same_day": _same_day,
    "week_of": _week_of,
    "none": _undated,
}


# --------------------------------------------------------------------------------------------
# Rules


def _iso(value: object, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as err:
        raise RuleFileError(f"{where}: not an ISO date: {value!r}") from err


# Upper-case letters that are regex syntax, not literals: escapes, group names, macros.
_PATTERN_SYNTAX = re.compile(r"\\[A-Za-z]|\(\?P[<=][^>)]*[>)]|\{[A-Z0-9_]+\}")
_UPPER_IN_PATTERN = re.compile(r"[A-Z]")


@lru_cache(maxsize=1)
def deadline_rules() -> tuple[DeadlineRule, ...]:
    """Load and compile rules/deadlines.jsonl once per process."""
    rules: list[DeadlineRule] = []
    for row in load_rules(RULES_NAME):
        rule_id = row["id"]
        where = f"{RULES_NAME}.jsonl rule {rule_id}"
        normaliser = row.get("normaliser", "none")
        if normaliser not in NORMALISERS:
            raise RuleFileError(f"{where}: unknown normaliser {normaliser!r}")
        if "pattern" not in row:
            raise RuleFileError(f"{where}: no pattern")
        if _UPPER_IN_PATTERN.search(_PATTERN_SYNTAX.sub("", row["pattern"])):
            raise RuleFileError(f"{where}: patterns run over lower-cased text; write them in lower case")
        source = expand_macros(row["pattern"])
        try:
            regex = re.compile(rf"(?<![\w’']){source}(?![\w])")
        except re.error as err:
            raise RuleFileError(f"{where}: bad pattern ({err})") from err
        rules.append(DeadlineRule(
            id=rule_id, regex=regex, normaliser=normaliser, emit=bool(row.get("emit", True)),
            requires=tuple(str(w).lower() for w in row.get("requires", ())),
            example=row.get("example", ""), example_date=_iso(row.get("example_date"), where),
            meeting_date=_iso(row.get("meeting_date"), where),
        ))
    return tuple(rules)




@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    rule: DeadlineRule
    date: date | None


def _candidates(text: str, ctx: _Context) -> list[_Candidate]:
    """Every match of every rule whose ``requires`` words occur in the text.

    Why the two passes: running ~50 regexes over every sentence is what costs time, and most
    sentences hold no time expression at all. The ``requires`` substrings skip rules that
    cannot match, and the negative rules only run when an emitting rule found something for
    them to veto.
    """
    lowered = _lower(text)
    found: list[_Candidate] = []
    windows: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for negative_pass in (False, True):
        if negative_pass and not found:
            break
        for rule in deadline_rules():
            if rule.emit == negative_pass:
                continue
            if not rule.requires:
                found.extend(_rule_matches(rule, text, lowered, ctx, 0, len(text)))
                continue
            if rule.requires not in windows:
                windows[rule.requires] = _windows(lowered, rule.requires)
            for begin, end in windows[rule.requires]:
                found.extend(_rule_matches(rule, text, lowered, ctx, begin, end))
    return found


# How far a match may reach before / after the word that `requires` found. Generous: the
# longest phrases ("in advance of their next Municipal District Joint Policing Committee
# meeting") stay well inside.
_WINDOW_BACK = 120
_WINDOW_AHEAD = 100


@lru_cache(maxsize=None)
def _anchor_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def _windows(lowered: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Disjoint [begin, end) stretches of the text around each occurrence of ``words``."""
    size = len(lowered)
    merged: list[tuple[int, int]] = []
    for m in _anchor_regex(words).finditer(lowered):
        begin = max(0, m.start() - _WINDOW_BACK)
        end = m.end() + _WINDOW_AHEAD
        # Never cut a word in two at the right edge: lookaheads would see a false end.
        while end < size and not lowered[end].isspace():
            end += 1
        end = min(end, size)
        if merged and begin <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((begin, end))
    return merged


def _lower(text: str) -> str:
    """Lower-case text with the same length, so offsets carry over ("İ".lower() has two chars)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _case_ok(m: re.Match[str], text: str) -> bool:
    """The checks the lower-cased patterns cannot make: "May"/"March" and capitalised names."""
    for group in ("month", "month2"):
        value = m.group(group) if group in m.re.groupindex else None
        if value and value.rstrip(".") in _CASE_SENSITIVE_MONTHS:
            if not text[m.start(group)].isupper():
                return False
    if "qual" in m.re.groupindex and m.group("qual"):
        start = m.start("qual")
        words = list(re.finditer(r"\S+", m.group("qual")))
        for n, word in enumerate(words):
            original = text[start + word.start()]
            inside = 0 < n < len(words) - 1 and word.group(0) in _NAME_LINKS   # "Committee of the Whole"
            if not original.isupper() and word.group(0) not in _QUALIFIER_WORDS and not inside:
                return False
    return True


def _rule_matches(rule: DeadlineRule, text: str, lowered: str, ctx: _Context, begin: int,
                  stop: int) -> list[_Candidate]:
    found: list[_Candidate] = []
    at = begin
    while True:
        m = rule.regex.search(lowered, at, stop)
        if m is None:
            break
        # a rejected match is searched past one character on, not past its end: "by month before the budget meeting"
        # tried from "by" (its qualifier words not capitalised) still holds "before the budget meeting"
        at = m.start() + 1 if m.end() > m.start() else m.end() + 1
        if not _case_ok(m, text):
            continue
        start, end = m.span()
        while end > start and text[end - 1] in " \t\n,;:":
            end -= 1
        if end <= start:
            continue
        when: date | None = None
        if rule.emit:
            try:
                when = NORMALISERS[rule.normaliser](m.groupdict(), ctx)
            except _Reject:
                continue
            if when is not None and rule.normaliser in ("full_date", "day_month") and _BEFORE_AT.match(lowered, start):
                when -= timedelta(days=1)   # "before December 1": the last day it allows is 30 November
            if when is not None and rule.normaliser == "season_end" and _BEFORE_AT.match(lowered, start) \
                    and not _SEASON_PART.search(lowered, start, end):
                when = _before_season(m.group("season"), when, ctx.meeting)   # "before winter": by the end of the fall
        found.append(_Candidate(start, end, rule, when))
        at = max(at, m.end())   # an accepted match: on past its end, as finditer would
    return found


_SEASON_PART = re.compile(r"\b(?:end|start|beginning|middle)\s+of\b")


def _before_season(season: str, season_end: date, meeting: date | None) -> date:
    """The last day before `season` (the one ending on `season_end`) begins: 'before winter' is 30 November (train
    gold); one that has already passed at the meeting is next year's."""
    start_month = _SEASON_STARTS[season.lower()]
    start = date(season_end.year - (start_month > season_end.month), start_month, 1)
    before = start - timedelta(days=1)
    if meeting is not None and before < meeting:
        before = _month_end(before.year + 1, before.month)
    return before


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest match first; among equals the earlier one, then an emitted one; no overlaps."""
    chosen: list[_Candidate] = []
    ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), c.start, not c.rule.emit))
    for cand in ranked:
        if all(cand.end <= c.start or cand.start >= c.end for c in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


def find_deadlines(text: str, meeting_date: date | None, *,
                   next_meeting_date: date | None = None) -> list[Deadline]:
    """Return the non-overlapping time expressions in ``text`` that can bound an action.

    Each Deadline keeps its preposition ("by the end of February", "within six weeks") and
    its offsets into ``text``. Relative expressions are dated only when ``meeting_date`` is
    known; expressions dated before the meeting are dropped as references to the past.
    """
    if not text:
        return []
    ctx = _Context(meeting_date, next_meeting_date)
    out: list[Deadline] = []
    for cand in _select(_candidates(text, ctx)):
        if not cand.rule.emit:
            continue
        if cand.date is not None and meeting_date is not None and cand.date < meeting_date:
            continue
        out.append(Deadline(cand.start, cand.end, text[cand.start:cand.end], cand.date,
                            cand.rule.id))
    return out


def states_vague_timing(text: str) -> bool:
    """The text times its action vaguely ("revert in due course", "as soon as possible"): a
    `deadline.vague.*` rule matches, which is no deadline but says there is none to borrow."""
    lowered, ctx = _lower(text), _Context(None, None)
    return any(_rule_matches(rule, text, lowered, ctx, 0, len(text))
               for rule in deadline_rules() if rule.id.startswith("deadline.vague."))


def normalise_deadline(text: str, meeting_date: date | None, *,
                       next_meeting_date: date | None = None) -> date | None:
    """The last due day of one deadline phrase as written, or None when not computable.

    Accepts the phrase with or without its preposition ("July 2021" as well as "in July
    2021"). Unlike find_deadlines it does not drop past dates: the caller asked about this
    phrase. Negative and vague phrases ("in due course") give None.
    """
    phrase = text.strip().rstrip(".;,")
    if not phrase:
        return None
    ctx = _Context(meeting_date, next_meeting_date)
    for candidate_text in (phrase, f"in {phrase}", f"by {phrase}"):
        hits = [c for c in _candidates(candidate_text, ctx)
                if c.start == 0 and c.end == len(candidate_text)]
        if hits:
            if not any(c.rule.emit for c in hits):
                return None
            return next(c.date for c in hits if c.rule.emit)
    for cand in _select(_candidates(phrase, ctx)):
        if cand.rule.emit:
            return cand.date
    return None


_FULL_DATES = tuple(re.compile(expand_macros(p), re.IGNORECASE) for p in (
    r"(?<!\w){DAY}(?:\s+(?:day\s+)?of)?\s+{MONTH},?\s+{YEAR}",
    r"(?<!\w){MONTH}\s+{DAY},?\s+{YEAR}",
    r"(?<!\d){NDATE}",
    r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>1[0-2]|0[1-9])-(?P<day>3[01]|[12]\d|0[1-9])(?!\d)",
))


def parse_date_text(text: str) -> date | None:
    """The first full written date in ``text`` ("WEDNESDAY, 6TH MARCH, 2019", "31/03/2024").

    Day-first (Irish/UK) for numeric dates. Used for meeting dates in headers, so no meeting
    context is involved; returns None when no valid full date is present.
    """
    best: tuple[int, date] | None = None
    for regex in _FULL_DATES:
        for m in regex.finditer(text):
            try:
                when = date(int(m["year"]), month_number(m["month"]), _day_number(m["day"]))
            except ValueError:
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), when)
            break
    return best[1] if best else None
