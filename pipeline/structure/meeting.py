"""Meeting metadata: which body met, when, and under what title.

Deadlines such as "at its next meeting" or "within six weeks" are counted from the meeting
date, and records name the body that met, so both are read once here from the document header
("MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL DISTRICT OF NEWCASTLE WEST HELD ... ON
WEDNESDAY, 6TH MARCH, 2019", "MANORDEILO & SALEM COMMUNITY COUNCIL MEETING 8th MARCH 2017").
When the header gives no year, the source file name (Limerick names end with the meeting date;
MSCC PDFs are named YY-MM-DD.pdf) or the other dates of the text supply it.

North American (Ontario) minutes write the date month first ("Tuesday, January 8, 2019",
"Jan. 8, 2019", "2019-01-08") and name the municipality as a corporation ("The Corporation of
the Township of Example", "... of the Council of the Township of Example held on ...",
"Example Township Council"); the body is then given as "Township of Example" whichever form the
header uses, and the title as the meeting's kind ("Regular Meeting of Council").
"""
from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import PurePath

__all__ = ["MeetingInfo", "parse_meeting_info", "HEADER_CHARS"]

HEADER_CHARS = 1500  # the header (title, date, attendance) lies within the first ~1500 chars

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
# "6TH MARCH, 2019", "8th MARCH 2017", "the 12th October 2023", OCR'd "22"° APRIL", "17™ OCTOBER".
_DATE_RE = re.compile(
    r"(?<![\w%])(?P<day>[0-3]?\d)(?:st|nd|rd|th|[\"”“'°º™*]{1,3}|[^\s\d,.]{1,2}(?=\s))?\s*(?:of\s+)?"
    + _MONTH
    + r"\b(?:,?\s*(?P<year>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)
# "January 8, 2019", "Jan. 8th, 2019", "JANUARY 8 2019" (month first, North American).
_MONTH_FIRST_RE = re.compile(
    r"(?<![\w%/])" + _MONTH + r"\b\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])"
    r"(?:,?\s*(?P<year>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)
# "2019-01-08": only when the header has no written date.
_ISO_DATE_RE = re.compile(r"(?<![\w/-])(?P<year>(?:19|20)\d\d)-(?P<m>0?[1-9]|1[0-2])-(?P<d>0?[1-9]|[12]\d|3[01])(?![\w/-])")
_FILENAME_DATE = re.compile(
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?-" + _MONTH + r"[a-z]*-\d*?(?P<year>(?:19|20)\d\d)(?:\.[a-z0-9]+)?$",
    re.IGNORECASE,
)
_FILENAME_YMD = re.compile(r"^(?P<y>\d{2}|\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\.[a-z0-9]+$", re.IGNORECASE)
# North American archives name pages month first: "october-3-2016.html", "Minutes_October_3_2016.pdf",
# "council-2019-03-05-minutes.html"
_FILENAME_MDY = re.compile(r"(?<![a-z])(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                           r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)[-_ ](?P<day>\d{1,2})(?:st|nd|rd|th)?[-_, ]+(?P<year>(?:19|20)\d\d)(?!\d)",
                           re.IGNORECASE)
_FILENAME_ISO = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-_](?P<m>\d{2})[-_](?P<d>\d{2})(?!\d)")

# Header titles, tried in order on the upper-case header lines (joined into one line).
_BODY_END = r"(?=\s+(?:HELD|WHICH\s+WAS\s+HELD|ON\s+\w+DAY|AT\s+\d|IN\s+THE\s+COUNCIL)\b|\s*,\s*HELD\b|\s*$)"
_TITLE_PATTERNS = (
    # "MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF THE MUNICIPAL DISTRICT OF X HELD IN ..."
    re.compile(
        r"MINUTES\s+OF\s+(?:THE\s+)?(?:PROCEEDINGS\s+(?:AT|OF)\s+)?(?:AN?\s+|THE\s+)?"
        r"(?P<title>(?:[A-Z][\w-]*\s+){0,4}?MEETING\s+OF\s+(?P<the>THE\s+)?(?P<body>.+?))" + _BODY_END,
        re.IGNORECASE,
    ),
    # "MINUTES OF NEWCASTLE AREA COMMITTEE MEETING HELD ON ..."
    re.compile(r"MINUTES\s+OF\s+(?:THE\s+)?(?P<title>(?P<body>.+?)\s+MEETING)\b", re.IGNORECASE),
    # "MANORDEILO & SALEM COMMUNITY COUNCIL MEETING 8th MARCH 2017"
    re.compile(
        r"^(?P<title>(?P<body>[A-Z][\w&’'\- ]*?\b(?:COUNCIL|COMMITTEE|BOARD|DISTRICT|AUTHORITY|FORUM))"
        r"\s+(?:[A-Z]+\s+)?MEETING)\b"
    ),
)
# Prose forms: "A meeting of Limerick City and County Council, Home and Social Development
# Strategic Policy Committee was held on ...", "Manordeilo and Salem Community Council held their meeting".
_PROSE_PATTERNS = (
    re.compile(r"\b(?:An?|The)\s+(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?(?P<body>[A-Z][^.\n]{3,160}?)\s+(?:was|were)\s+held\b"),
    re.compile(r"(?P<body>[A-Z][\w&’' ]+?\s(?:Community|Town|Parish|City|County)\s+Council)\s+held\s+(?:their|its|a)\b"),
)
# "the Children, Families, Lifelong Learning and Culture Select Committee"
_COMMITTEE_MENTION = re.compile(
    r"\bthe\s+(?P<name>(?:[A-Z][\w’'&-]*(?:,|\s+and|\s+&)?\s+){1,12}?(?:Select|Scrutiny|Overview and Scrutiny|"
    r"Policy|Strategic Policy|Joint Policing|Area)?\s*Committee)\b"
)
_AGENDA_TITLE = re.compile(r"(?m)^\s*Agenda item\s*:?\s*\n+\s*(?P<title>\S[^\n]*)")
_NOISE_LINE = re.compile(r"^(?:\d{1,3}|-{3,}|\[Original file\].*|\*?<small>.*|Councillors and committees)$", re.IGNORECASE)
_ACRONYMS = {"SPC", "JPC", "LCCC", "PPN", "LCDC", "CCC", "MD", "NHS", "HSE", "TD", "UK", "EU"}
_SMALL_WORDS = {"of", "the", "and", "in", "at", "on", "for", "to", "a", "an", "by", "with", "or"}


@dataclass(frozen=True)
class MeetingInfo:
    """Body, date and title of a meeting; `date_span` is the [start, end) of the date in the text."""

    body: str | None
    date: datetime.date | None
    title: str | None
    date_span: tuple[int, int] | None


def names_own_body(meeting: MeetingInfo | None, name: str, header: str = "") -> bool:
    """`name` ("Town", "Glenroy Highlands Council") is among the words the minutes use for their own body: the body and
    title read from the header, and any `header` text given ("Regular Council Meeting"). Whole words: "town" is not
    in "Township of Tarrowby"."""
    ours = " ".join(filter(None, (meeting.body, meeting.title) if meeting is not None else ())) + " " + header
    wanted = " ".join(name.split()).lower()
    return bool(wanted) and re.search(rf"\b{re.escape(wanted)}\b", " ".join(ours.split()).lower()) is not None


def parse_meeting_info(text: str, *, source: str | None = None) -> MeetingInfo:
    """Read the meeting's body, date and title from the header of normalised minutes text."""
    header = text[:HEADER_CHARS]
    date, span = _header_date(text, header, source)
    municipality = _municipal_body(header)
    if municipality is not None:
        title = _municipal_title(header)
        body = municipality
        if title is None:
            title, _ = _header_title(header)
    else:
        title, body = _header_title(header)
    if body is None:
        body = _committee_from_mentions(text)
    if title is None:
        m = _AGENDA_TITLE.search(header)
        title = m.group("title").strip() if m else None
    return MeetingInfo(body=body, date=date, title=title, date_span=span)


# --------------------------------------------------------------------------------------------
# Date
# --------------------------------------------------------------------------------------------


def _month_number(token: str) -> int:
    return _MONTHS[token[:3].casefold()]


def _make_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _written_date(m: re.Match[str]) -> datetime.date | None:
    """The date of a full match; the shared deadline parser first, for one notion of a date."""
    try:
        from ..deadlines import parse_date_text
    except ImportError:  # the deadline module is optional for metadata
        parse_date_text = None  # type: ignore[assignment]
    if parse_date_text is not None:
        parsed = parse_date_text(m.group())
        if parsed is not None:
            return parsed
    return _make_date(int(m.group("year")), _month_number(m.group("month")), int(m.group("day")))


def _filename_date(source: str | None) -> datetime.date | None:
    if not source:
        return None
    name = PurePath(source).name
    m = _FILENAME_DATE.search(name)
    if m:
        return _make_date(int(m.group("year")), _month_number(m.group("month")), int(m.group("day")))
    m = _FILENAME_YMD.search(name)
    if m:
        year = int(m.group("y"))
        return _make_date(year + 2000 if year < 100 else year, int(m.group("m")), int(m.group("d")))
    m = _FILENAME_MDY.search(name)
    if m:
        return _make_date(int(m.group("year")), _month_number(m.group("month")), int(m.group("day")))
    m = _FILENAME_ISO.search(name)
    if m:
        return _make_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return None


def _written_dates(header: str) -> list[re.Match[str]]:
    """Day-first and month-first written dates of the header, in text order."""
    found = list(_DATE_RE.finditer(header))
    for m in _MONTH_FIRST_RE.finditer(header):
        if not m.group("month")[0].isupper():
            continue  # "may 3": a verb, not a month
        if any(d.start() <= m.start() < d.end() or m.start() <= d.start() < m.end() for d in found):
            continue
        found.append(m)
    return sorted(found, key=lambda m: m.start())


# a site banner or notice about another meeting above the minutes ("Notice: Budget Session 3 will be held Thursday,
# February 7, 2019"): not this meeting's date
# a date that is not this meeting's: another meeting announced, a site notice ("... starting October 5!"), or the
# page's own dates ("Posted: May 29, 2019 | Approved by Council May 27, 2019")
_ANNOUNCED = re.compile(r"\b(?:will\s+be\s+held|will\s+be\s+considered|is\s+scheduled|starting|"
                        r"(?:posted|published|updated|last\s+modified|approved(?:\s+by\s+\w+)?)\s*(?:on\s*)?:?\s*"
                        r"(?=(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d))|(?:next|upcoming)\s+(?:\w+\s+)?meeting|notice\s*:)", re.I)


def _line_of(header: str, m: re.Match[str]) -> str:
    start = header.rfind("\n", 0, m.start()) + 1
    end = header.find("\n", m.end())
    return header[start:end if end >= 0 else len(header)]


# a line about these or earlier minutes being adopted ("These minutes were adopted by Council at its regular meeting
# of March 14, 2023."): its date is the adopting or the earlier meeting's
_ADOPTION_LINE = re.compile(r"\bminutes\b[^.\n]{0,80}?\b(?:were|was)\s+(?:adopted|approved|confirmed)\b", re.I)


def _announces_another(header: str, m: re.Match[str]) -> bool:
    line_start = header.rfind("\n", 0, m.start()) + 1
    line = _line_of(header, m)
    if _ADOPTION_LINE.search(line):
        return True
    # the line above, when it is a heading of its own ("Next meeting" over "Committee: Monday, July 9, 2018")
    above = next((ln for ln in reversed(header[:line_start].splitlines()) if ln.strip()), "")
    if len(above) < 40 and re.fullmatch(r"\s*(?:next|upcoming)\s+meetings?\s*:?\s*", above, re.I):
        return True
    return bool(_ANNOUNCED.search(line)) and not re.search(r"\bthis\s+meeting\b", line, re.I)   # "this meeting will be held electronically on ..."


# a labelled numeric date, as an agenda system prints it: "Meeting date/time: | 6/11/2018 9:30 AM"
_LABELLED_NUMERIC = re.compile(r"(?i)\bmeeting\s+date(?:\s*/\s*time)?\s*:\s*\|?\s*(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})\b")


def _labelled_numeric_date(text: str, header: str) -> tuple[datetime.date | None, tuple[int, int] | None]:
    """'Meeting date/time: 6/11/2018': month first where the minutes write their dates month first ("Monday, July 9,
    2018"), as North American agenda systems do; day first otherwise, or where only one order is a date."""
    m = _LABELLED_NUMERIC.search(header)
    if m is None:
        return None, None
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    month_first = len(_MONTH_FIRST_RE.findall(text)) > len(_DATE_RE.findall(text))
    if a > 12 or (b <= 12 and not month_first):
        a, b = b, a   # day first
    return _make_date(year, a, b), (m.start(), m.end())


_MEETING_LINE = re.compile(r"\b(?:minutes|meeting)\b", re.I)


def _title_date_below_posting_date(header: str, dates: list[re.Match[str]]) -> re.Match[str] | None:
    """A blog prints the day it posted on a line of its own, then the minutes' title with the meeting's date
    ("Thursday, January 25, 2024" / "Board Minutes - January 17, 2024"): the title's date, or None."""
    if len(dates) < 2 or not _bare_date_line(header, dates[0]):
        return None
    below = header[dates[0].end():].split("\n", 1)
    title = next((line for line in below[1].splitlines() if line.strip()), "") if len(below) > 1 else ""
    if not _MEETING_LINE.search(title) or len(title) > 90 or title.rstrip().endswith("."):
        return None   # no title next ("The minutes of the meeting of August 10, 2021 were adopted." is a sentence)
    return next((m for m in dates[1:] if _line_of(header, m) == title), None)


def _bare_date_line(header: str, m: re.Match[str]) -> bool:
    """The date is all its line holds ("Thursday, January 25, 2024"), as a blog prints the day it posted."""
    rest = _line_of(header, m).replace(m.group(), "")
    return not re.search(r"[A-Za-z]{2,}", re.sub(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", "", rest))


def _header_date(text: str, header: str, source: str | None) -> tuple[datetime.date | None, tuple[int, int] | None]:
    labelled, span = _labelled_numeric_date(text, header)
    if labelled is not None:
        return labelled, span
    dates = _written_dates(header)
    own = [m for m in dates if not _announces_another(header, m)]
    titled = _title_date_below_posting_date(header, own)
    if titled is not None:
        own = [titled] + [m for m in own if m is not titled]
    for m in own or dates:
        if not 1 <= int(m.group("day")) <= 31:
            continue
        if m.group("year"):
            when = _written_date(m)
            if when is not None:
                return _year_typo_mended(header, m, when, source), (m.start(), m.end())
            continue
        year = _fallback_year(text, source, m.end())
        if year is not None:
            when = _make_date(year, _month_number(m.group("month")), int(m.group("day")))
            if when is not None:
                return when, (m.start(), m.end())
        return None, None
    iso = _ISO_DATE_RE.search(header)
    if iso:
        when = _make_date(int(iso.group("year")), int(iso.group("m")), int(iso.group("d")))
        if when is not None:
            return when, (iso.start(), iso.end())
    return _filename_date(source), None


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_BEFORE = re.compile(r"\b(?P<weekday>" + "|".join(_WEEKDAYS) + r")\W{0,3}$", re.I)


def _year_typo_mended(header: str, m: re.Match[str], when: datetime.date, source: str | None) -> datetime.date:
    """'TUESDAY, 26TH JUNE, 2017' in the minutes of 26 June 2018 (a Tuesday; 26 June 2017 was a Monday): a mistyped
    year, mended only where the file name gives the same day and month in a year a year away whose weekday agrees."""
    weekday = _WEEKDAY_BEFORE.search(header[max(0, m.start() - 12):m.start()])
    named = _filename_date(source)
    if weekday is None or named is None or _WEEKDAYS[when.weekday()] == weekday.group("weekday").lower():
        return when
    if (named.month, named.day) == (when.month, when.day) and abs(named.year - when.year) == 1 \
            and _WEEKDAYS[named.weekday()] == weekday.group("weekday").lower():
        return named
    return when


def _fallback_year(text: str, source: str | None, skip_before: int) -> int | None:
    from_name = _filename_date(source)
    if from_name is not None:
        return from_name.year
    years = Counter(
        m.group("year")
        for regex in (_DATE_RE, _MONTH_FIRST_RE)
        for m in regex.finditer(text, skip_before)
        if m.group("year")
    )
    if not years:
        return None
    return int(years.most_common(1)[0][0])


# --------------------------------------------------------------------------------------------
# Body and title
# --------------------------------------------------------------------------------------------


_MUNICIPAL_KIND = (
    r"(?P<kind>(?i:United\s+Townships?|Regional\s+Municipality|Municipality|Township|Town|City|County|Village|"
    r"Separated\s+Town))"
)
# A place name: capitalised words, stopping before header words ("... OF EXAMPLE HELD ON TUESDAY").
_PLACE_STOP = (
    r"(?!(?i:held|on|at|in|minutes|regular|special|meeting|council|committee|agenda|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|of|the|and)\b)"
)
_PLACE = (
    rf"(?P<place>{_PLACE_STOP}[A-Z][\w'’.-]*(?:[ \t]+(?:(?i:and|of|on\s+the|the)[ \t]+)?{_PLACE_STOP}"
    rf"[A-Z][\w'’.-]*){{0,4}})"
)
_MUNICIPAL_PATTERNS = (
    # "The Corporation of the Township of Example"
    re.compile(rf"(?i:corporation\s+of\s+the)\s+{_MUNICIPAL_KIND}\s+(?i:of)\s+{_PLACE}"),
    # "... Meeting of the Council of the Township of Example held on ..."
    re.compile(rf"(?i:council\s+of\s+the)\s+{_MUNICIPAL_KIND}\s+(?i:of)\s+{_PLACE}"),
    # "Township of Example" opening a header line ("Township of Example Council Minutes")
    re.compile(rf"(?m)^[ \t]*(?i:the\s+)?{_MUNICIPAL_KIND}\s+(?i:of)\s+{_PLACE}"),
    # "Example Township Council": Irish and Welsh bodies have no townships.
    re.compile(rf"(?m)(?:^|(?i:of\s+(?:the\s+)?)){_PLACE}\s+(?P<kind>(?i:Township))\s+(?i:council)\b"),
)
_MEETING_WORDS = (
    r"(?:Regular|Special|Closed|Inaugural|Statutory|Public|Budget|Emergency|Adjourned|Reconvened|Joint|Ordinary|"
    r"Annual|Open|In[- ]Camera|Council|Committee\s+of\s+the\s+Whole|Planning|Virtual|Electronic)"
)
# "Minutes of the Regular Meeting of Council", "Special Council Meeting", "Committee of the Whole".
_MUNICIPAL_TITLE = re.compile(
    rf"(?im)^[ \t]*(?:(?:the\s+)?corporation\s+of\s+the\s+\w+\s+of\s+[^\n]*?\s+)?(?:minutes\s+of\s+(?:the\s+|an?\s+)?)?"
    rf"(?P<title>(?:{_MEETING_WORDS}\s+)*(?:Meeting|Session)(?:\s+of\s+(?:the\s+)?"
    rf"(?:Council|Committee\s+of\s+the\s+Whole))?|Committee\s+of\s+the\s+Whole)\b"
)


def _municipal_body(header: str) -> str | None:
    """"Township of Example" from the forms North American minutes name a municipality by."""
    for pattern in _MUNICIPAL_PATTERNS:
        m = pattern.search(header)
        if m:
            kind = " ".join(m.group("kind").split())
            place = m.group("place").rstrip(".,'’")
            if _is_caps(kind + " " + place):
                kind, place = smart_title(kind.upper()), smart_title(place)
            else:
                kind = kind[0].upper() + kind[1:]
            return f"{kind} of {place}"
    return None


def _municipal_title(header: str) -> str | None:
    lines = [ln for ln in header.splitlines() if ln.strip()][:8]
    m = _MUNICIPAL_TITLE.search("\n".join(lines))
    if m is None:
        return None
    return smart_title(" ".join(m.group("title").split()))


def _is_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _header_lines(header: str) -> str:
    """The opening upper-case lines of the header, joined into one line."""
    lines: list[str] = []
    for raw in header.splitlines():
        line = raw.strip().replace("*", "")
        if not line or _NOISE_LINE.match(line):
            continue
        if _is_caps(line):
            lines.append(line)
            continue
        if lines:
            break
        lines.append(line)  # a mixed-case first line may still be the title
        break
    return " ".join(" ".join(lines).split())


def _header_title(header: str) -> tuple[str | None, str | None]:
    caps = _header_lines(header)
    for pattern in _TITLE_PATTERNS:
        m = pattern.search(caps)
        if m:
            body = _clean_body(m.group("body"))
            if body:
                return smart_title(" ".join(m.group("title").split())), smart_title(body)
    flat = " ".join(header.split())
    for pattern in _PROSE_PATTERNS:
        m = pattern.search(flat)
        if m:
            body = _clean_body(m.group("body"))
            if body:
                return None, smart_title(body)
    return None, None


def _clean_body(body: str) -> str | None:
    body = re.split(r"\s+(?:HELD|ON\s+\w+DAY)\b|,\s*HELD\b", body, maxsplit=1, flags=re.IGNORECASE)[0]
    body = re.sub(r"^(?:THE)\s+", "", body.strip(" ,.;:"), flags=re.IGNORECASE)
    if re.fullmatch(rf"(?:{_MEETING_WORDS}\s*)+", body, flags=re.IGNORECASE):
        return None  # "Regular Meeting of Council": the title names no body
    return body if len(body) >= 3 else None


def smart_title(text: str) -> str:
    """Title case for ALL-CAPS header text, small words lower-case, acronyms kept.

    "MUNICIPAL DISTRICT OF ADARE-RATHKEALE" -> "Municipal District of Adare-Rathkeale". Text
    that is not mostly upper case is returned unchanged.
    """
    if not _is_caps(text):
        return text

    def word(w: str, first: bool) -> str:
        core = w.strip(",.;:()")
        if core.upper() in _ACRONYMS:
            return w.upper()
        if not first and core.casefold() in _SMALL_WORDS:
            return w.casefold()
        return "-".join(_cap(part) for part in w.split("-"))

    words = text.split()
    return " ".join(word(w, i == 0) for i, w in enumerate(words))


def _cap(part: str) -> str:
    lower = part.casefold()
    for prefix in ("o’", "o'", "mc", "mac"):
        if lower.startswith(prefix) and len(lower) > len(prefix) + 2 and prefix != "mac":
            n = len(prefix)
            return lower[:n].capitalize() + lower[n:].capitalize()
    return lower.capitalize()


def _committee_from_mentions(text: str) -> str | None:
    """The committee most often named in full ("the X Select Committee"), longest on ties."""
    counts: Counter[str] = Counter()
    for m in _COMMITTEE_MENTION.finditer(text):
        name = " ".join(m.group("name").split())
        if len(name.split()) < 2 or name in ("Select Committee", "Scrutiny Committee", "Policy Committee"):
            continue
        counts[name] += 1
    if not counts:
        return None
    return max(counts, key=lambda n: (counts[n], len(n)))
