"""Deadlines of commitments, normalised against the meeting date.

A deadline is looked for in the commitment's own evidence first (nearest after the promised
verb). A commitment that accepts someone's suggestion ("The Director agreed that ...") takes
the suggestion's deadline from earlier in the same point (annotation.md).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import text_of
from ..deadlines import BEFORE, Deadline, add_months, count_of, find_deadlines, states_vague_timing
from ..results import Commitment, DeadlineResult
from ..structure.meeting import names_own_body
from ..structure.participants import MUNICIPAL_KINDS

SUGGESTION = re.compile(r"\b(?:suggest|propos|request|recommend|ask)\w*\b", re.I)
MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "The next meeting would be held on 7th October", "June Meeting would take place on Thursday, 23rd June"
# "The next meeting will be held on ...", "The next regular meeting of Council will be held on ...", and an
# adjournment "to meet again on March 19, 2019" ("... adjourn at 9:36 p.m. and that Council meet again on Tuesday, March 5")
# and "The first meeting of 2024 will be held on Wednesday, January 17, 2024"
STATED_MEETING = re.compile(rf"(?:(?:(?:\bnext|\bfollowing|\bfirst) (?:(?!(?:the|a|an|this|that)\b)[\w&'’-]+ |of the ){{0,4}}?|\b{MONTHS} (?:(?:monthly|ordinary|"
                            r"district|council|regular|scheduled|regularly scheduled|budget) )?)(?:meeting|(?<=budget )session)\b"
                            r"[^.\n]{0,120}?(?:(?:will|would|is to|shall) (?:be held|take place)|(?:is|was|has been|will be) "
                            r"(?:scheduled|set|planned))|\badjourn\w*\b[^\n]{0,80}?\b(?:meet again|reconvene)\b)"
                            # "will be held on Thursday ...", or with no "on" ("will be held Thursday, April 20, 2017")
                            r"[^.\n]{0,40}?(?:\b(?:on|for)\b|(?<=\bheld)(?=[^\S\n]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))"
                            r"(?P<when>[^.\n]{4,60})"
                            # a schedule: "regular meetings of Council are scheduled for May 11, May 25, June 8 and June 22"
                            # (the body's own: "regular meetings of Council", not "two public information meetings")
                            # a decision to hold it: "It was agreed to hold the October Meeting of the District on
                            # Wednesday, 4th October, 2023" (not "the Annual Budget Meeting", another meeting)
                            rf"|\bhold\s+the\s+(?:next\s+|following\s+|{MONTHS}\s+)(?:(?:monthly|ordinary|regular)\s+)?"
                            r"meeting\b(?!s)(?:\s+of\s+the\s+(?:municipal\s+)?district)?[^.\n]{0,30}?\bon\b"
                            r"(?P<hold_when>[^.\n]{4,60})"
                            r"|\b(?:regular|council|board|committee)\s+meetings\b[^.\n]{0,40}?"
                            r"\b(?:(?:are|will\s+be|have\s+been)\s+(?:scheduled|set|planned)|will\s+be\s+held)"
                            r"\s+(?:for|on)\b"
                            r"(?P<list_when>[^.\n]{4,120})"
                            # a line of its own: "Next meeting: Wednesday, April 10, 2024 at 6:30 p.m.", "Date of next
                            # meeting: Monday 30th April 2018 at 11 a.m."
                            r"|^[^\S\n]*(?:date (?:of|for) (?:the )?)?next (?:regular |committee |board |council )?meetings?[^\S\n]*[:–-][^\S\n]*"
                            r"(?P<line_when>[^.\n]{4,120})"
                            # a heading, the date below it: "12. Next Meeting" then "Wednesday, March 27, 2019 at 7:00 p.m."
                            r"|^[^\S\n]*(?:\d{1,2}(?:\.\d{1,2})*\.?[^\S\n]+)?next (?:regular |committee |board |council )?"
                            # (perhaps after the meeting's name: "Regular Meeting of Council - Monday, February 24, 2020",
                            # "Finance and Administration Standing Committee: Monday, July 9, 2018"; or a bullet:
                            # "- Thursday, November 3, 2022")
                            r"meeting[^\S\n]*:?[^\S\n]*\n\s*(?:[-•*][^\S\n]+)?(?:[^\n\d]{3,60}?(?:[^\S\n][-–:]|:)[^\S\n]*)?"
                            r"(?P<para_when>(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|"
                            rf"{MONTHS}\s*\d|\d)[^.\n]{{3,60}})", re.I | re.M)

# a later meeting named by its date: "deferred to the Board's regular meeting of August 18, 2022", "a special meeting
# on Thursday, May 4", "to the May 1, 2023 meeting"
WEEKDAY_PREFIX = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?\s+)?"   # "Monday, " before a date
DATED_MEETING = re.compile(rf"\bmeeting\s+(?:of|on|held\s+on|scheduled\s+for)\s+(?P<when>{WEEKDAY_PREFIX}{MONTHS}\s*\d{{1,2}}"
                           rf"(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)"
                           rf"|\b(?P<pre_when>{MONTHS}\s*\d{{1,2}}(?:,\s*\d{{4}})?)\s+(?:(?-i:[A-Z])[\w-]*\s+){{0,4}}meeting\b", re.I)

# "a special budget meeting on Wednesday, April 3, 2019", "the budget session scheduled for March 26"
# ("the first budget deliberation meeting for the 2019 budget had been scheduled for Monday, November 19": the date,
# not the first "for")
def dated_name(name: str, gap: int = 60) -> re.Pattern[str]:
    """`name` (a pattern naming a meeting or session), then within `gap` characters "on" or "for" and a date: the
    date is the "when" group ("the statutory public meeting ... had been scheduled for May 29, 2023")."""
    return re.compile(rf"\b{name}\b[^.\n]{{0,{gap}}}?(?:\b(?:on|for)|[^\S\n][-–](?=[^\S\n])|:)\s+(?P<when>{WEEKDAY_PREFIX}(?:{MONTHS}\s*\d|\d)"
                      r"[^.\n]{2,40})", re.I)


# ("referred to the 2025 budget deliberations, scheduled to begin on November 18, 2024")
STATED_BUDGET_MEETING = dated_name(r"budget\s+(?:(?:deliberations?\s+|working\s+)?(?:meeting|session)s?|deliberations"
                                   # "the draft 2022 budget would be presented to Council at a special meeting on ..."
                                   r"|(?:would|will)\s+be\s+(?:presented|tabled|considered)\b[^.\n]{0,60}?\bmeeting)", gap=80)


@Language.factory(
    "minutes_deadlines",
    requires=["doc._.commitments", "doc._.meeting", "doc._.questions"],
    assigns=["doc._.commitments"],
    default_config={"inherit_from_suggestion": True},
)
def make_deadlines(nlp: Language, name: str, *, inherit_from_suggestion: bool) -> "DeadlineResolver":
    return DeadlineResolver(inherit_from_suggestion=inherit_from_suggestion)


class DeadlineResolver:
    def __init__(self, *, inherit_from_suggestion: bool = True) -> None:
        self.inherit_from_suggestion = inherit_from_suggestion

    def __call__(self, doc: Doc) -> Doc:
        meeting_date = doc._.meeting.date if doc._.meeting is not None else None
        meetings = stated_meetings(text_of(doc), meeting_date)
        budget_meeting = stated_budget_meeting(text_of(doc), meeting_date)
        dated = sorted(set(meetings) | set(_stated(DATED_MEETING, text_of(doc), meeting_date)))
        reference = meeting_date or latest_reported_date(doc)
        for commitment in doc._.commitments or []:
            deadline = self.deadline_for(doc, commitment, meeting_date, meetings, budget_meeting, dated)
            if deadline is not None and deadline.date is not None and meeting_date is None \
                    and reference is not None and deadline.date <= reference:
                deadline = None   # "the lockdown in November 2020" told as past: not a due date
            commitment.deadline = deadline
            if deadline is not None:
                commitment.what = without_trailing_deadline(commitment.what, deadline.text)
        return doc

    def deadline_for(self, doc: Doc, commitment: Commitment, meeting_date: date | None,
                     meetings: list[date] | None = None, budget_meeting: date | None = None,
                     dated: list[date] | None = None) -> DeadlineResult | None:
        """`meetings`: the later meetings the minutes date (stated_meetings), the first being the next one; `dated`:
        those and every later meeting the minutes name by its date ("deferred to the regular meeting of August 18"),
        which date a meeting named by its month."""
        meetings = meetings or []
        dated = dated if dated is not None else meetings
        next_meeting = meetings[0] if meetings else None
        start, end = commitment.evidence_start, commitment.evidence_end
        found = _shift(find_deadlines(text_of(doc)[start:end], meeting_date, next_meeting_date=next_meeting), start)
        if found:
            verb = commitment.verb_start or start
            after = [d for d in found if d.start >= verb]
            if not after and commitment.rule in ("commit.carried_motion", "commit.action_table"):
                # "I will move at the next Meeting that ...": when it is moved, not when it is done; an action row's
                # date before its due cell is when the item was raised
                return None
            if not after and states_vague_timing(text_of(doc)[verb:end]):
                # "the portal opens on the 20th June and the data would be analysed in due course":
                # the date belongs to another clause, the promise times itself vaguely
                return None
            best = after[0] if after else found[-1]
            best = _coordinated_act_deadline(doc, commitment, after) or _dated_by_what_follows(doc, best, found) or best
            if best.rule == "deadline.before_event":
                counted = _counted_back(text_of(doc), best, meeting_date, meetings, dated, budget_meeting)
                if counted is not None:
                    return DeadlineResult(best.text, counted, best.start, best.end, best.rule)
                best = next((d for d in after if d.date is not None), best)
            if best.rule == "deadline.before_clause":
                dated_event = _event_date(doc, best, meeting_date)
                if dated_event is not None:
                    return DeadlineResult(best.text, dated_event - timedelta(days=1), best.start, best.end, best.rule)
                best = next((d for d in after if d.date is not None), best)
            if best.rule == "deadline.named_meeting":
                named = _named_meeting_date(text_of(doc), best, meeting_date)
                if named is not None:
                    return DeadlineResult(best.text, named, best.start, best.end, best.rule)
                # "report at the Committee meeting and finish by June 30": a dated deadline beats an undated meeting
                best = next((d for d in after if d.date is not None), best)
            others = _another_bodys_meeting(doc, start, best) or _another_assembly(doc, best)
            # "with the Rotary Club at its next meeting": that club's next meeting, which nothing here dates
            when = None if others and best.rule == "deadline.next_meeting" else _stated_meeting_day(best, [] if others else meetings,
                                                                                        [] if others else dated)
            if when is not None and BEFORE_DATED_EVENT.search(text_of(doc), max(start, best.start - 80), best.start) \
                    and best.text.lower().startswith("on "):
                when -= timedelta(days=1)   # "before the last day of classes on June 29": the 28th
            if when is None and best.rule == "deadline.next_meeting" and not others:
                # "at the next regular meeting" in a committee's minutes that list "Regular Meeting of Council - Monday,
                # April 22, 2024": the next one of that name
                when = _next_named_meeting(text_of(doc), best, meeting_date)
            named_year = BUDGET_YEAR.search(best.text) if best.rule == "deadline.budget_meeting" else None
            if named_year is not None:   # "before 2018 budget deliberations": not the 2017 budget's meeting
                budget_meeting = stated_budget_meeting(text_of(doc), meeting_date, year=named_year.group(1))
            if when is None and best.rule == "deadline.budget_meeting" and budget_meeting is not None:
                # "before budget deliberations" when the minutes date the budget meeting elsewhere: the day before it
                when = budget_meeting - timedelta(days=1) if re.match(rf"(?i){BEFORE}\b", best.text) else budget_meeting
            return DeadlineResult(best.text, when, best.start, best.end, best.rule)
        earlier = _meeting_named_before(doc, commitment, meeting_date, next_meeting)
        if earlier is not None:
            return earlier
        if self.inherit_from_suggestion and commitment.rule in ("commit.agree_to", "commit.agreed_should") \
                and not states_vague_timing(text_of(doc)[start:end]):
            # "agreed to ... revert in due course" sets its own (vague) timing: nothing to inherit
            return self._from_suggestion(doc, commitment, meeting_date, next_meeting)
        return None

    def _from_suggestion(self, doc, commitment, meeting_date, next_meeting) -> DeadlineResult | None:
        if commitment.utterance is None:
            return None
        own = doc._.utterances[commitment.utterance]
        if any(q.utterance == own.index for q in doc._.questions or []):
            return None   # "An update was sought on X and the Engineer agreed to follow up": it answers its own question,
            # not the one before it ("... be invited to the next Meeting")
        for utt in reversed(doc._.utterances[:commitment.utterance]):
            if utt.item != own.item or utt.point != own.point:
                break
            text = text_of(doc)[utt.start:utt.end]
            if not SUGGESTION.search(text):
                continue
            found = _shift(find_deadlines(text, meeting_date, next_meeting_date=next_meeting), utt.start)
            if found:
                best = found[-1]
                return DeadlineResult(best.text, best.date, best.start, best.end, "deadline.from_suggestion")
            return None   # the promise answers the nearest suggestion: "Member Grzelak suggested that farm-gate
            # businesses be included. The EDO agreed to add them" takes no date from an earlier motion's
            # "in January 2020"
        return None


# "report the results at that meeting", "bring a summary to the same meeting", "before that meeting"
SAME_MEETING = re.compile(r"\b(?:(?P<before>before|prior\s+to)|at|to|for)\s+(?:that|the\s+same)\s+meeting\b"
                          r"(?!\s+(?:minutes|room|dates?|notes|schedule|papers)\b)", re.I)   # not "ensure that meeting minutes"
LOOK_BACK = 800   # characters before the promise where the meeting it points back to may be named


def _meeting_named_before(doc: Doc, commitment: Commitment, meeting_date: date | None,
                          next_meeting: date | None) -> DeadlineResult | None:
    """'... be deferred to the April 12, 2016 meeting; AND THAT the Road Superintendent ... report the results at
    that meeting': the meeting the words point back to, the last dated meeting named before them."""
    text = text_of(doc)
    start, end = commitment.evidence_start, commitment.evidence_end
    match = SAME_MEETING.search(text, commitment.verb_start or start, end)
    if match is None:
        return None
    window_start = max(0, start - LOOK_BACK)
    named = [d for d in _shift(find_deadlines(text[window_start:match.start()], meeting_date,
                                              next_meeting_date=next_meeting), window_start)
             if d.date is not None and (meeting_date is None or d.date > meeting_date)
             and "meeting" in text[max(0, d.start - 40):d.end + 40].lower()]   # not this meeting's own date
    if not named:
        return None
    when = named[-1].date - timedelta(days=1) if match.group("before") else named[-1].date
    return DeadlineResult(match.group().strip(), when, match.start(), match.end(), "deadline.same_meeting")


FUTURE = re.compile(r"\b(?:will|would|shall|should|to be|going to|plan(?:s|ned)? to|hope|intend|suggest\w*|propos\w*|recommend\w*|request\w*|ask\w*|next)\b", re.I)


# "at the special budget meeting scheduled for March 26, 2019": the date that follows dates the meeting
DATED_BY = re.compile(r"\s*,?\s*(?:(?:which\s+is\s+|that\s+is\s+)?(?:scheduled|set|planned|to\s+be\s+held|held|being\s+held)\s+)?"
                      r"(?:for|on)?\s*$")


def _dated_by_what_follows(doc: Doc, best: Deadline, found: list[Deadline]) -> Deadline | None:
    if best.date is not None:
        return None
    following = next((d for d in found if d.start >= best.end), None)
    if following is None or following.date is None or following.start - best.end > 40 \
            or not DATED_BY.fullmatch(text_of(doc)[best.end:following.start]):
        return None
    when = following.date - timedelta(days=1) if re.match(rf"(?i){BEFORE}\b", best.text) else following.date
    return Deadline(best.start, following.end, text_of(doc)[best.start:following.end], when, best.rule)


def _coordinated_act_deadline(doc: Doc, commitment: Commitment, after: list[Deadline]) -> Deadline | None:
    """'will re-tender the project this month and bring the results to Council on May 14': the promise is done
    with its last act, so a later deadline of a verb joined to the promised one bounds it (synthetic Ontario
    gold; train: 'considered at the June Meeting and finalised at the July Meeting' gives July)."""
    if len(after) < 2 or after[0].date is None or commitment.verb_start is None:
        return None
    span = doc.char_span(commitment.verb_start, commitment.verb_start + 1, alignment_mode="expand")
    if not span:
        return None   # the verb's offset falls on no token (a table cell's padding): nothing joined to find
    verb = span[0]
    # a joined verb with its own actor is another's act ("Staff will repair ... and the County will pave ..."); a
    # passive one is the same promise's next step ("... begin work on June 28 and the road would be reopened by July 9")
    joined = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
              and not any(g.dep_ == "nsubj" for g in c.children) for t in c.subtree}
    later = None
    for deadline in after[1:]:
        at = doc.char_span(deadline.start, deadline.end, alignment_mode="expand")
        if at and at[0].i in joined and deadline.date is not None and deadline.date >= after[0].date:
            later = deadline
    return later


def latest_reported_date(doc: Doc) -> date | None:
    """With no meeting date, the latest date the minutes report in the past tense ("In November
    2020, moderation was just under 10%") bounds when the meeting happened."""
    text = text_of(doc)
    latest = None
    for utt in doc._.utterances or []:
        sentence = text[utt.start:utt.end]
        if utt.act == "commitment" or FUTURE.search(sentence):
            continue
        for found in find_deadlines(sentence, None):
            if found.date is not None and (latest is None or found.date > latest):
                latest = found.date
    return latest


def without_trailing_deadline(what: str, deadline_text: str) -> str:
    """'report on the Service to the Committee in July 2021' -> '... to the Committee': the due date
    has its own field."""
    stripped = what.rstrip(" .")
    if stripped.lower().endswith(" " + deadline_text.lower()):
        return stripped[: -len(deadline_text)].rstrip(" ,")
    return what


# "to Glenroy Highlands Council at its March meeting", "with the Kellsport Rotary Club at its next meeting": another
# body named right before "its" meeting
OTHER_BODY = re.compile(r"\b(?:to|with|before|of)\s+(?:the\s+)?(?P<body>(?:[A-Z][\w'’&-]*\s+){0,5}(?:Council|Board|Committee|"
                        r"Commission|Authority|Association|Club|Society|Foundation|Chamber|Legion|Corporation)"
                        # "with the County of Brackwater at its May meeting"
                        rf"|{MUNICIPAL_KINDS}\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})\s+$")
# "held before the last day of classes on June 29", "prior to final budget approval on February 5": an event dated
# by the "on" after it, which the promise must come before (not "before the deadline on ...", which still means by it)
BEFORE_DATED_EVENT = re.compile(rf"\b{BEFORE}\s+(?:the\s+)?(?![^,.;:]*\bdeadline\b)[^,.;:\d]{{3,60}}?\s+$", re.I)
POSSESSIVE_MEETING = re.compile(r"^\w+(?:\s+\w+)?\s+(?:its|their)\b", re.I)


def _another_bodys_meeting(doc: Doc, start: int, deadline: Deadline) -> bool:
    """'present the brochure to Glenroy Highlands Council at its March meeting': that council's meeting, which the
    minutes' own schedule does not date."""
    if not POSSESSIVE_MEETING.match(deadline.text):
        return False
    named = OTHER_BODY.search(text_of(doc), max(start, deadline.start - 160), deadline.start)
    if named is None:
        return False
    # the body the minutes are of: as read from the header, or the header's own words ("Regular Council Meeting")
    return not names_own_body(doc._.meeting, named.group("body"), text_of(doc)[:min(400, start)])


# an assembly a meeting may be named by: the full council, a strategic policy or joint policing committee
ASSEMBLY = re.compile(r"\b(?P<full>full\s+council)\b|\b(?P<spc>spc|strategic\s+policy\s+committee)\b|"
                      r"\b(?P<jpc>jpc|joint\s+policing\s+(?:sub[\s-]?)?committee)\b", re.I)


def _another_assembly(doc: Doc, deadline: Deadline) -> bool:
    """'for inclusion on the Agenda for the next Full Council Meeting' in a district's minutes: the council's meeting,
    not the district's next one that the minutes date; 'the next SPC' in an SPC's minutes is its own."""
    named = ASSEMBLY.search(deadline.text)
    if named is None or doc._.meeting is None:
        return False
    ours = " ".join(filter(None, (doc._.meeting.body, doc._.meeting.title))).lower()
    if named.group("full"):
        return "council" not in ours or re.search(r"district|committee|\bspc\b|\bjpc\b|board", ours) is not None
    if named.group("spc"):
        return re.search(r"\bspc\b|strategic\s+policy", ours) is None
    return re.search(r"\bjpc\b|joint\s+policing", ours) is None


MONTH_MEETING_RULES = {"deadline.month_meeting", "deadline.meeting_in_month"}


COUNTED_BACK = re.compile(r"(?P<num>(?:a\s+couple\s+of|\S+(?:-\S+)?))\s+(?P<unit>day|week|month)s?\s+(?:before|prior\s+to|"
                          r"ahead\s+of|in\s+advance\s+of)\s+(?P<event>.+)$", re.I)


def _counted_back(text: str, deadline: Deadline, meeting_date: date | None, meetings: list[date], dated: list[date],
                  budget_meeting: date | None) -> date | None:
    """'at least two weeks before the first budget deliberation meeting' where the minutes date that meeting: so
    many days, weeks or months before its date."""
    match = COUNTED_BACK.search(deadline.text)
    if match is None:
        return None
    event = "at " + match.group("event")   # the event's own day ("at the April 15 meeting"), counted back below
    found = find_deadlines(event, meeting_date, next_meeting_date=meetings[0] if meetings else None)
    if not found or found[0].start != 0:
        return None
    when = _stated_meeting_day(found[0], meetings, dated)
    if when is None and found[0].rule == "deadline.budget_meeting":
        when = budget_meeting
    elif when is None and found[0].rule == "deadline.named_meeting":
        when = _named_meeting_date(text, found[0], meeting_date)
    try:
        count = count_of(match.group("num"))
    except (KeyError, ValueError):
        return None
    if when is None:
        return None
    unit = match.group("unit").lower()
    if unit == "month":
        return add_months(when, -count)
    return when - timedelta(days=count * (7 if unit == "week" else 1))


# the verb of an event told as a clause, and the words the minutes may date it with elsewhere
EVENT_VERBS = {"open": r"open(?:s|ed|ing)?", "begin": r"(?:begin|begins|began|beginning|start|starts|started|starting|"
               r"commence|commences|commenced|commencing)", "start": "", "commence": "",
               "take": r"(?:take|takes|taking|took)\s+effect|effective", "is": r"adopt\w*|approv\w*|finali[sz]\w*",
               "are": ""}
EVENT_CLAUSE = re.compile(r"(?:(?:the|its|their)\s+)?(?P<words>(?:[\w'’-]+\s+){0,3}?)(?P<noun>[\w'’-]+)\s+"
                          r"(?P<verb>opens?|begins?|starts?|commences?|takes?|is|are)\b", re.I)


def _event_date(doc: Doc, deadline: Deadline, meeting_date: date | None) -> date | None:
    """'before the trails open' where the minutes date that event elsewhere ("the trails are expected to open on
    December 20"): the date of the one sentence naming the event's noun, its verb and a date."""
    clause = EVENT_CLAUSE.search(re.sub(rf"(?i)^{BEFORE}\s+", "", deadline.text))
    if clause is None:
        return None
    verb = clause.group("verb").lower().rstrip("s") or "is"
    verb = {"begin": "begin", "start": "begin", "commence": "begin", "opens": "open", "ar": "is", "i": "is"}.get(verb, verb)
    verbs = EVENT_VERBS.get(verb) or EVENT_VERBS["begin"]
    if clause.group("noun").lower() in {"it", "they", "this", "that", "these", "those", "he", "she", "we"}:
        return None   # "before they take effect": what "they" are is not in the clause
    noun = re.escape(clause.group("noun").lower().rstrip("s"))
    text = text_of(doc)
    found: list[date] = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        if deadline.text in sentence or not re.search(rf"(?i)\b{noun}s?\b", sentence) or not re.search(rf"(?i)\b(?:{verbs})\b", sentence):
            continue
        dates = [d.date for d in find_deadlines(sentence, meeting_date) if d.date is not None and d.rule.startswith(
            ("deadline.full_date", "deadline.day_month", "deadline.numeric_date", "deadline.iso_date"))]
        found.extend(dates)
    return found[0] if len(set(found)) == 1 else None   # two dates for it: which one is meant is not said


def _named_meeting_date(text: str, deadline: Deadline, meeting_date: date | None) -> date | None:
    """'before the statutory public meeting' where the minutes date that meeting elsewhere: that date, 'before' it
    the day before (as 'before the May 15 meeting')."""
    return _first_dated(_words(re.sub(rf"(?i)^(?:{BEFORE}|at|to|for|by)\s+the\s+", "", deadline.text)), text, deadline,
                        meeting_date)


NEXT_NAMED = re.compile(r"\bnext\s+(?P<name>(?:[\w-]+\s+){0,2})meeting\b(?:\s+of\s+(?:the\s+)?(?P<body>council|board|committee)\b)?",
                        re.I)


def _next_named_meeting(text: str, deadline: Deadline, meeting_date: date | None) -> date | None:
    """'at the next regular meeting' where the minutes date a 'Regular Meeting of Council' later: the earliest; 'before'
    it, the day before. The body may stand before the noun or after it: 'the next regular meeting of Council' is the
    'Regular Council Meeting - Tuesday, April 23, 2019' of an upcoming list (synthetic 64a)."""
    # the body may follow the deadline's own words: "before the next meeting | of Council"
    named = NEXT_NAMED.search(text, deadline.start, min(len(text), deadline.end + 30))
    if named is None or named.start() >= deadline.end or not (named.group("name").strip() or named.group("body")):
        return None   # "the next meeting" alone: the minutes' stated next meeting (stated_meetings), if any
    words = _words(named.group("name"))
    body = re.escape(named.group("body")) if named.group("body") else r"(?:council|board|committee)"
    name = rf"{words}\s+(?:{body}\s+)?meeting(?:\s+of\s+(?:the\s+)?{body})?" if words \
        else rf"(?:{body}\s+meeting|meeting\s+of\s+(?:the\s+)?{body})"
    return _first_dated(name, text, deadline, meeting_date)


def _words(name: str) -> str:
    """A pattern for the words of `name` as written, any whitespace between them."""
    return r"\s+".join(re.escape(w) for w in name.split())


def _first_dated(name: str, text: str, deadline: Deadline, meeting_date: date | None) -> date | None:
    """The earliest later date the minutes give the meeting the pattern `name` matches, the day before where the
    deadline says 'before'."""
    stated = sorted(_stated(dated_name(name), text, meeting_date))
    if not stated:
        return None
    return stated[0] - timedelta(days=1) if re.match(rf"(?i){BEFORE}\b", deadline.text) else stated[0]


def _stated_meeting_day(deadline: Deadline, meetings: list[date], dated: list[date] | None = None) -> date | None:
    """'before the April meeting' when the minutes state a meeting on 20 April ("The next meeting will be held on
    ...", "Next meetings: November 15 and December 13"): the 19th; 'before the next meeting' likewise the day
    before the stated meeting (as 'before the May 15 meeting')."""
    before = bool(re.match(rf"(?i){BEFORE}\b", deadline.text))
    if meetings and deadline.rule == "deadline.next_meeting" and deadline.date == meetings[0] and before:
        return meetings[0] - timedelta(days=1)
    if deadline.rule not in MONTH_MEETING_RULES or deadline.date is None:
        return deadline.date
    in_month = [d for d in (meetings if dated is None else dated)
                if (d.year, d.month) == (deadline.date.year, deadline.date.month)]
    # "at the second meeting in May": the second the minutes date in May; otherwise the first
    nth = 1 if deadline.rule == "deadline.meeting_in_month" and re.search(r"(?i)\bsecond\b", deadline.text) else 0
    held = in_month[nth] if len(in_month) > nth else None
    if held is None:
        return deadline.date
    return held - timedelta(days=1) if before else held


def _shift(found: list[Deadline], offset: int) -> list[Deadline]:
    return [Deadline(d.start + offset, d.end + offset, d.text, d.date, d.rule) for d in found]


def next_meeting_date(text: str, meeting_date: date | None) -> date | None:
    """The date of the next meeting where the minutes state it ("will be held on Thursday 20th April",
    "The May Meeting would take place on Tuesday, 17th May"): the earliest stated meeting after this
    one, read by the deadline rules (a date with no year is the next one after the meeting)."""
    return min(stated_meetings(text, meeting_date), default=None)


def stated_meetings(text: str, meeting_date: date | None) -> list[date]:
    """Every later meeting the minutes date, earliest first ("Next meetings: Thursday, November 15, 2018 and
    Thursday, December 13, 2018")."""
    return sorted(set(_stated(STATED_MEETING, text, meeting_date)))


def stated_budget_meeting(text: str, meeting_date: date | None, *, year: str | None = None) -> date | None:
    """The budget meeting or session the minutes date ("a special budget meeting on Wednesday, April 3, 2019"); with
    `year`, only one of that year's budget or of a budget whose year is not said ("the draft 2022 budget would be
    presented ..." is not the 2023 budget's)."""
    dates = []
    for match in STATED_BUDGET_MEETING.finditer(text):
        said = BUDGET_YEAR.findall(text[max(0, match.start() - 12):match.start("when")])
        if year is None or not said or year in said:
            dates += _stated(STATED_BUDGET_MEETING, match.group(), meeting_date)
    return min(dates, default=None)


BUDGET_YEAR = re.compile(r"\b((?:19|20)\d{2})\s+budget\b", re.I)


def _stated(pattern: re.Pattern[str], text: str, meeting_date: date | None) -> list[date]:
    """The dates after the meeting that `pattern`'s date group ("when", or another group ending in "when") names,
    read by the deadline rules; a group may name several ("November 15, 2018 and December 13, 2018")."""
    stated = []
    for match in pattern.finditer(text):
        said = next(v for k, v in match.groupdict().items() if k.endswith("when") and v)
        for piece in re.split(rf"\s+(?:and|&)\s+|;|(?<=\d),\s+(?={MONTHS}\s*\d)", said, flags=re.I):
            found = find_deadlines("on " + piece.strip(), meeting_date)
            when = found[0].date if found and found[0].start == 0 else None
            if when is not None and (meeting_date is None or when > meeting_date):
                stated.append(when)
            if when is None:
                break   # "Thursday, March 5 and the budget on ...": only what follows a date directly
    return stated
