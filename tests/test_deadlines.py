"""Deadline detection and normalisation (pipeline/deadlines.py, rules/deadlines.jsonl).

Every rule's own example is a test row, so adding a rule adds a test. The tables below pin the
readings records.md fixes ("the last day it falls due") and the decisions deadlines.py documents.
All texts are written for these tests or paraphrase train-split phrasing.
"""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.deadlines import (
    NORMALISERS,
    Deadline,
    deadline_rules,
    easter_sunday,
    expand_macros,
    find_deadlines,
    normalise_deadline,
    parse_date_text,
)
from pipeline.rulebook import RuleFileError

WED = date(2024, 1, 10)  # a Wednesday
RULES = deadline_rules()


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_example(rule):
    """Each rule matches its example in full and, when it emits, dates it as the file says."""
    assert rule.regex.fullmatch(rule.example.lower()), rule.example
    found = find_deadlines(rule.example, rule.meeting_date)
    if rule.emit:
        assert found == [Deadline(0, len(rule.example), rule.example, rule.example_date, rule.id)]
    else:
        assert found == []


def test_rules_are_well_formed():
    assert len({r.id for r in RULES}) == len(RULES)
    assert all(r.normaliser in NORMALISERS for r in RULES)
    assert all(r.id.startswith("deadline.") for r in RULES)


def test_unknown_macro_is_a_rule_file_error():
    with pytest.raises(RuleFileError):
        expand_macros(r"by {NOSUCHMACRO}")


# phrase, meeting date, expected last due day
NORMALISED = [
    ("July 2021", date(2020, 12, 9), date(2021, 7, 31)),
    ("in July 2021", date(2020, 12, 9), date(2021, 7, 31)),
    ("in Sept. 2024", WED, date(2024, 9, 30)),
    ("by the end of February", WED, date(2024, 2, 29)),
    ("by end of Feb", WED, date(2024, 2, 29)),
    ("by 15 March", WED, date(2024, 3, 15)),
    ("by the 15th of March", WED, date(2024, 3, 15)),
    ("by 15 March", date(2024, 5, 1), date(2025, 3, 15)),
    ("in May", WED, date(2024, 5, 31)),
    ("in May", date(2023, 6, 14), date(2024, 5, 31)),
    ("next February", date(2016, 3, 9), date(2017, 2, 28)),
    ("before the end of the fiscal year", date(2025, 9, 10), date(2025, 12, 31)),
    ("prior to the end of the financial year", date(2025, 9, 10), date(2025, 12, 31)),
    ("by month end", date(2014, 4, 9), date(2014, 4, 30)),
    ("by next March", date(2016, 3, 9), date(2017, 3, 31)),
    ("next May", date(2016, 3, 9), date(2016, 5, 31)),
    ("at the May meeting", date(2023, 5, 3), date(2023, 5, 31)),
    ("within six weeks", WED, date(2024, 2, 21)),
    ("within 6 weeks", WED, date(2024, 2, 21)),
    ("within the next two weeks", WED, date(2024, 1, 24)),
    ("within 10 days", WED, date(2024, 1, 20)),
    # counted from this meeting's own decision, or from today: the meeting date
    ("within two weeks of Council's decision", WED, date(2024, 1, 24)),
    ("within 60 days of this decision", WED, date(2024, 3, 10)),
    ("no later than 90 days from today", WED, date(2024, 4, 9)),
    # a meeting named with its date after it, whoever's meeting it is
    ("at its meeting of March 26", WED, date(2024, 3, 26)),
    ("before the regular meeting of April 17, 2024", WED, date(2024, 4, 16)),
    # hours count whole days from the meeting's
    ("within 24 hours", WED, date(2024, 1, 11)),
    ("within 48 hours", WED, date(2024, 1, 12)),
    ("within three months", WED, date(2024, 4, 10)),
    ("within three months", date(2024, 1, 31), date(2024, 4, 30)),
    ("within 10 working days", WED, date(2024, 1, 24)),
    ("within 12 to 18 months", WED, date(2025, 7, 10)),
    ("in two weeks' time", WED, date(2024, 1, 24)),
    ("within a fortnight", WED, date(2024, 1, 24)),
    ("by the end of the month", WED, date(2024, 1, 31)),
    ("by the end of next month", WED, date(2024, 2, 29)),
    ("next month", WED, date(2024, 2, 29)),
    ("by year end", WED, date(2024, 12, 31)),
    ("by the end of the year", WED, date(2024, 12, 31)),
    ("before the end of 2021", date(2021, 3, 3), date(2021, 12, 31)),
    ("in 2024", date(2023, 5, 1), date(2024, 12, 31)),
    ("later this year", WED, date(2024, 12, 31)),
    ("early in the new year", date(2023, 11, 8), date(2024, 3, 31)),
    ("next year", WED, date(2025, 12, 31)),
    ("in early 2025", WED, date(2025, 3, 31)),
    ("Q3 2023", date(2023, 5, 1), date(2023, 9, 30)),
    ("in Q3 2023", date(2023, 5, 1), date(2023, 9, 30)),
    ("the third quarter of 2023", date(2023, 5, 1), date(2023, 9, 30)),
    ("by the end of Q1", WED, date(2024, 3, 31)),
    ("end of Q1", date(2024, 5, 1), date(2025, 3, 31)),
    ("by the end of quarter 3", WED, date(2024, 9, 30)),
    ("in Q3/Q4", WED, date(2024, 12, 31)),
    ("in the final quarter of this year", WED, date(2024, 12, 31)),
    ("first half of 2024", WED, date(2024, 6, 30)),
    ("in the second half of 2024", WED, date(2024, 12, 31)),
    ("H1", WED, date(2024, 6, 30)),
    ("H1", date(2024, 9, 4), date(2025, 6, 30)),
    ("mid-2024", WED, date(2024, 6, 30)),
    ("by mid-November", WED, date(2024, 11, 20)),
    ("in the last week of March", WED, date(2024, 3, 31)),
    ("in the first week of May", WED, date(2024, 5, 7)),
    ("during the first two weeks of October", WED, date(2024, 10, 14)),
    ("to the Committee's June meeting", WED, date(2024, 6, 30)),
    ("by Labour Day", WED, date(2024, 9, 2)),
    ("on Canada Day", WED, date(2024, 7, 1)),
    ("by New Year Day", WED, date(2025, 1, 1)),
    ("for the Victoria Day weekend", WED, date(2024, 5, 20)),
    ("this summer", WED, date(2024, 8, 31)),
    ("in the autumn", WED, date(2024, 11, 30)),
    ("in the fall", WED, date(2024, 11, 30)),    # North American autumn
    ("by fall 2025", WED, date(2025, 11, 30)),
    ("in the autumn", date(2024, 12, 4), date(2025, 11, 30)),
    # before a season: before it begins (train gold "before winter", "before the winter season": 30 November)
    ("before winter", date(2018, 9, 17), date(2018, 11, 30)),
    ("before the spring", date(2018, 9, 17), date(2019, 2, 28)),
    ("before winter", date(2019, 1, 10), date(2019, 11, 30)),
    ("before the end of winter", date(2018, 9, 17), date(2019, 2, 28)),
    ("spring 2022", None, date(2022, 5, 31)),
    ("in the spring", WED, date(2024, 5, 31)),
    ("in the winter", WED, date(2024, 2, 29)),
    ("in the winter", date(2024, 4, 3), date(2025, 2, 28)),
    ("next summer", date(2023, 10, 4), date(2024, 8, 31)),
    ("by Christmas", WED, date(2024, 12, 25)),
    ("before Christmas", date(2023, 11, 8), date(2023, 12, 24)),   # the day before, as "before Canada Day"
    ("before December 1", date(2021, 9, 14), date(2021, 11, 30)),   # a calendar date: the day before
    ("before the July hearing", date(2019, 6, 12), date(2019, 7, 31)),   # a Committee of Adjustment's meeting
    ("before the July 10, 2019 hearing", date(2019, 6, 12), date(2019, 7, 9)),   # a dated hearing: the day before
    ("prior to 15th March 2024", WED, date(2024, 3, 14)),
    ("by December 1", date(2021, 9, 14), date(2021, 12, 1)),
    ("before Easter", WED, date(2024, 3, 31)),
    ("before the April Municipal District meeting", WED, date(2024, 4, 30)),
    ("at its July 2021 meeting", date(2020, 12, 9), date(2021, 7, 31)),
    ("at the December meeting", date(2023, 11, 8), date(2023, 12, 31)),
    ("next week", WED, date(2024, 1, 21)),
    ("this week", WED, date(2024, 1, 14)),
    ("by Friday", WED, date(2024, 1, 12)),
    ("31/03/2024", WED, date(2024, 3, 31)),
    ("by 31.03.2024", WED, date(2024, 3, 31)),
    ("2024-03-31", WED, date(2024, 3, 31)),
    ("31st March 2024", WED, date(2024, 3, 31)),
    ("6th March, 2019", None, date(2019, 3, 6)),
    ("no later than 23rd March 2023", None, date(2023, 3, 23)),
    ("by the end of September 2022", None, date(2022, 9, 30)),
    ("in January/February 2021", date(2020, 12, 9), date(2021, 2, 28)),
    ("in November of this year", date(2021, 9, 27), date(2021, 11, 30)),
    ("tomorrow", date(2016, 3, 8), date(2016, 3, 9)),
    ("the next day", date(2023, 11, 2), date(2023, 11, 3)),
]


@pytest.mark.parametrize("text, rule", [
    ("before the next budget session", "deadline.next_meeting"),   # a budget session is a meeting, dated when stated
    ("before the next session of the training course", None),       # another session is no meeting
])
def test_a_budget_session_is_a_meeting(text, rule):
    found = find_deadlines(text, date(2019, 1, 23))
    assert (found[0].rule if found else None) == rule


@pytest.mark.parametrize("phrase, meeting, expected", NORMALISED,
                         ids=[f"{p} @ {m}" for p, m, _ in NORMALISED])
def test_normalise_deadline(phrase, meeting, expected):
    assert normalise_deadline(phrase, meeting) == expected


@pytest.mark.parametrize("phrase", [
    "the next meeting", "at the next meeting", "the next Municipal District meeting",
    "before the next monthly meeting", "at its next meeting",
    # a committee by its letters, or the full council: its next meeting
    "before the next SPC", "to the next JPC", "at the next Full Council",
])
def test_next_meeting_uses_known_date_else_none(phrase):
    assert normalise_deadline(phrase, WED) is None
    assert normalise_deadline(phrase, WED, next_meeting_date=date(2024, 2, 14)) == date(2024, 2, 14)
    [found] = find_deadlines(f"The Director will revert {phrase}.", WED)
    assert found.text == phrase and found.date is None and found.rule == "deadline.next_meeting"


@pytest.mark.parametrize("phrase", [
    "in May", "next week", "within six weeks", "by the end of the month", "by 15 March",
    "this summer", "in Q3", "by year end", "tomorrow",
])
def test_relative_phrases_need_a_meeting_date(phrase):
    assert normalise_deadline(phrase, None) is None
    [found] = find_deadlines(phrase, None)
    assert found.text == phrase and found.date is None


@pytest.mark.parametrize("phrase, expected", [
    ("in July 2021", date(2021, 7, 31)), ("31st March 2024", date(2024, 3, 31)),
    ("by the end of 2021", date(2021, 12, 31)), ("in Q3 2023", date(2023, 9, 30)),
])
def test_explicit_phrases_normalise_without_a_meeting_date(phrase, expected):
    assert normalise_deadline(phrase, None) == expected
    assert [d.date for d in find_deadlines(phrase, None)] == [expected]


# sentence, meeting date, expected [(text, date)]
IN_SENTENCES = [
    ("REPLY: The above signage will be erected within the next two weeks.", WED,
     [("within the next two weeks", date(2024, 1, 24))]),
    ("The Director agreed to provide a written response to Members by the end of February.", WED,
     [("by the end of February", date(2024, 2, 29))]),
    ("That the Directorate provide a further update to the Select Committee in July 2021.",
     date(2020, 12, 9), [("in July 2021", date(2021, 7, 31))]),
    ("Mr. Daly said he would revert to the Member before the April Municipal District meeting.",
     WED, [("before the April Municipal District meeting", date(2024, 4, 30))]),
    ("Contractors are due to commence works in the coming weeks.", WED,
     [("in the coming weeks", None)]),
    ("It is anticipated that contractors will be on site by year end.", WED,
     [("by year end", date(2024, 12, 31))]),
    ("Repair work will be carried out along limited sections of footpath before years end.", WED,
     [("before years end", date(2024, 12, 31))]),
    ("the Council will consult with the public during the month of October", WED,
     [("during the month of October", date(2024, 10, 31))]),
    # a meeting still to be held on a date is dated by it (one held on a date is past: NEGATIVES)
    ("a Briefing would be held on Friday, 8th October, 2021, and Members would be notified", date(2021, 9, 27),
     [("on Friday, 8th October, 2021", date(2021, 10, 8))]),
    ("The scheme will go to tender in Q3 2023 with works to start early in the new year.",
     date(2023, 5, 3), [("in Q3 2023", date(2023, 9, 30)),
                        ("early in the new year", date(2024, 3, 31))]),
    ("Works will be completed by the 15th of March, 2024 and not later than 31/03/2024.", WED,
     [("by the 15th of March, 2024", date(2024, 3, 15)),
      ("not later than 31/03/2024", date(2024, 3, 31))]),
    ("The Mayor said the report may be brought to the May meeting.", WED,
     [("to the May meeting", date(2024, 5, 31))]),
    ("The works, which started in 2019, will finish in 2024.", date(2023, 5, 3),
     [("in 2024", date(2024, 12, 31))]),
    ("National Association of Local Councils briefing: Clerk to add to March meeting agenda.", date(2018, 2, 14),
     [("to March meeting", date(2018, 3, 31))]),
    # a meeting named by its date: that day, or the day before it
    ("The CAO will circulate the draft budget before the May 15 meeting and report at the June 5 meeting.",
     date(2018, 5, 1), [("before the May 15 meeting", date(2018, 5, 14)), ("at the June 5 meeting", date(2018, 6, 5))]),
    # "in the New Year" is its first quarter (GUIDELINES.md), "next year" all of it
    ("She would confirm the arrangements in the new year and report next year.", date(2022, 10, 13),
     [("in the new year", date(2023, 3, 31)), ("next year", date(2023, 12, 31))]),
    # a budget session named with its year
    ("That staff report back for the first 2024 budget session.", date(2023, 10, 16),
     [("for the first 2024 budget session", None)]),
    # a season followed by words that are no event is still the season
    ("The culvert will be completed in the spring due to weather.", date(2022, 10, 13), [("in the spring", date(2023, 5, 31))]),
    # "before the New Year" is the year's turn; "in the New Year" its first quarter
    ("The signs will be up before the New Year.", date(2022, 10, 13), [("before the New Year", date(2023, 12, 31))]),
    # a table's due cell holding the week of a day: that week's Sunday; "the Summer period" is the season
    ("Banner installation | Director of Public Works | New | Week of May 11, 2020", date(2020, 2, 10),
     [("Week of May 11", date(2020, 5, 17))]),
    # after an action cell's dash, a meeting named by its date alone
    ("Director of Community Services to assess the second field - June 14 meeting", date(2023, 5, 10),
     [("June 14 meeting", date(2023, 6, 14))]),
    # an action list line's last dash-separated cell holding a month alone
    ("Traffic count on Draper Road – Public Works Superintendent – October 2019", date(2019, 9, 19),
     [("October 2019", date(2019, 10, 31))]),
    # ... or its owner then when, after a dash or a slash: a month, a month's meeting, a dated meeting or Council, a day
    ("| Economic Development Officer / September", date(2023, 5, 18), [("September", date(2023, 9, 30))]),
    ("Refer the request to staff. | Staff - September meeting", date(2023, 5, 10),
     [("September meeting", date(2023, 9, 30))]),
    ("| Clerk-Treasurer / May 23 Council meeting", date(2023, 5, 18), [("May 23 Council meeting", date(2023, 5, 23))]),
    ("| Councillor Tekeste - May 23 Council", date(2023, 5, 10), [("May 23 Council", date(2023, 5, 23))]),
    ("T.R. to reply with the estimate. | T.R. - Oct. 15", date(2020, 9, 18), [("Oct. 15", date(2020, 10, 15))]),
    # a table's due cell: a day, or the meeting that day (synthetic batches 48-49)
    ("7 | Call MTO patrol yard about the beaver dam | R. Tuominen | August 12 |", date(2024, 8, 10),
     [("August 12", date(2024, 8, 12))]),
    ("D-24-07 | Draft tanker specification | Fire Chief | September 4 meeting", date(2024, 6, 5),
     [("September 4 meeting", date(2024, 9, 4))]),
    ("Public consultation will commence at the end of the Summer period.", date(2022, 6, 20),
     [("at the end of the Summer", date(2022, 8, 31))]),
    # a meeting of a committee with a long name, named by its date
    ("He would bring the traffic management plan to the December 11 Committee of the Whole meeting.", date(2023, 9, 20),
     [("to the December 11 Committee of the Whole meeting", date(2023, 12, 11))]),
    # "before" a holiday is the day before it, "by" it the day itself
    ("The Chair would raise it before Christmas and have the lights up by Christmas.", date(2018, 10, 18),
     [("before Christmas", date(2018, 12, 24)), ("by Christmas", date(2018, 12, 25))]),
    # counted from this meeting (or hearing) it has a date
    ("The owner shall pay the fee within 15 days of this hearing.", date(2019, 6, 12),
     [("within 15 days of this hearing", date(2019, 6, 27))]),
    # PDF text turns a superscript "th" into a quote mark
    ("It will be discussed at a Workshop which is due to take place on Wednesday, 27\" October, 2021.",
     date(2021, 10, 6), [("on Wednesday, 27\" October, 2021", date(2021, 10, 27))]),
]


@pytest.mark.parametrize("sentence, meeting, expected", IN_SENTENCES,
                         ids=[s[:40] for s, _, _ in IN_SENTENCES])
def test_find_deadlines_in_sentences(sentence, meeting, expected):
    found = find_deadlines(sentence, meeting)
    assert [(d.text, d.date) for d in found] == expected
    for d in found:
        assert sentence[d.start:d.end] == d.text


NEGATIVES = [
    ("in 2019", date(2020, 3, 4)),
    ("The Ofsted inspection in 2018 found weaknesses.", date(2020, 3, 4)),
    ("Since August 2020, the Service had reviewed 227 cases.", None),
    ("The road will be closed from January to March 2024.", None),
    ("between 2019 and 2021", None),
    ("Letter dated 27th February, 2019 was noted.", None),
    ("Minutes of the meeting held on 6th February, 2019 were adopted.", None),
    ("He was born on 11 September 1838.", None),
    ("the 2019 Roadworks Programme was adopted", None),
    ("under the Planning and Development Acts, 2000-2017", None),
    ("The works will be carried out in the near future.", WED),
    ("The matter will be addressed in due course.", WED),
    ("A meeting will take place shortly.", WED),
    ("The Council will respond as soon as possible.", WED),
    ("The display will run for six weeks.", WED),
    ("Recovery may take 12 to 18 months.", WED),
    ("The Mayor thanked the members; the report may be noted.", WED),
    ("in the past 12 months there were 5 thefts", WED),
    ("in the last quarter there were 5 thefts", WED),
    ("This was raised in October last year.", WED),
    ("The service will continue until the end of April.", WED),
    ("That the first half hour of parking be free.", WED),
    ("the second half of the meeting", WED),
    ("this year's allocation was spent", WED),
    ("The July 2021 report was noted.", WED),
    ("It was raised at the meeting.", WED),
    ("see /media/documents/2021-06/01c-2021-06-30-minutes.pdf", None),
    ("the summer festival was a success", WED),
    ("on 15th March last", WED),
    ('the "7" October plan', WED),
    ('Phase "2" March 2021 works', WED),   # a quoted number is a label, not a day
    # an event named after a season is no season
    ("The annual report - October 2019 edition was received.", WED),   # a dash before a month mid-line: a name
    ("The report - June 14 meeting minutes were adopted.", WED),   # the minutes of a meeting, not a meeting
    ("They discussed the next full council elections.", WED),
    ("Adopted - September meeting minutes", WED),
    ("The Mayor - May 23 Council approved the budget.", WED),   # a Council named by its date ends a cell only
    ("The parade - Oct. 15 was a success.", WED),
    ("Staff will repair the stop logs prior to the Spring Freshet.", WED),
    ("The crew will grade the road before the spring thaw.", WED),
    # a season followed by a noun names an event, not the season
    ("Staff will confirm it in writing before the fall sampling event.", WED),
    # counted from an event the minutes do not date
    ("He would issue the tender within two weeks of receiving the drawings.", WED),
    ("The Township will pay within 30 days of receiving the invoice.", WED),
]


@pytest.mark.parametrize("sentence, meeting", NEGATIVES, ids=[s[:40] for s, _ in NEGATIVES])
def test_not_deadlines(sentence, meeting):
    assert find_deadlines(sentence, meeting) == []


def test_matches_are_ordered_and_disjoint():
    text = ("The Senior Engineer would revert within 10 working days, complete the survey by the "
            "end of next month, report at the next meeting and finish the scheme in Q3 2024.")
    found = find_deadlines(text, WED)
    assert [d.rule for d in found] == ["deadline.within", "deadline.month_rel",
                                      "deadline.next_meeting", "deadline.quarter"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


@pytest.mark.parametrize("text, expected", [
    ("WEDNESDAY, 6TH MARCH, 2019", date(2019, 3, 6)),
    ("8th MARCH 2017", date(2017, 3, 8)),
    ("23rd March 2023", date(2023, 3, 23)),
    ("6 March 2019", date(2019, 3, 6)),
    ("Wednesday 10th January, 2024", date(2024, 1, 10)),
    ("Sept. 14, 2022", date(2022, 9, 14)),
    ("Meeting held on Tuesday 14th November, 2023 at 3pm", date(2023, 11, 14)),
    ("31/03/2024", date(2024, 3, 31)),
    ("7\" October, 2014", date(2014, 10, 7)),
    ("2024-03-31", date(2024, 3, 31)),
    ("31st February 2024", None),
    ("no date here", None),
    ("March 2024", None),
])
def test_parse_date_text(text, expected):
    assert parse_date_text(text) == expected


def test_easter_sunday():
    assert easter_sunday(2024) == date(2024, 3, 31)
    assert easter_sunday(2025) == date(2025, 4, 20)


@pytest.mark.parametrize("text", [
    "Members agreed to provide funding for the Family Day in Adare.",   # an event named after the day
    "The Clerk will report on Canada Day celebrations.",
])
def test_a_holiday_event_is_no_deadline(text):
    assert find_deadlines(text, date(2021, 6, 1)) == []


@pytest.mark.parametrize("text", ["the day after tomorrow", "the next day of the festival",
                                  "at the Leaders of Tomorrow conference"])
def test_not_the_next_day(text):
    assert all(d.rule != "deadline.next_day" for d in find_deadlines(text, date(2023, 11, 2)))


@pytest.mark.parametrize("text, meeting, expected", [
    # deadline.not.period_covered: the quarter a report covers is not when it is due
    ("she would provide the calls-for-service report for the fourth quarter in January.", date(2019, 10, 8),
     [("in January", date(2020, 1, 31))]),
    ("starting with the second quarter report in July.", date(2022, 5, 11), [("in July", date(2022, 7, 31))]),
    # ... with the report's own words between ("the first quarter variance report")
    ("he would circulate the first quarter variance report to Council by the end of the month.", date(2024, 4, 23),
     [("by the end of the month", date(2024, 4, 30))]),
    ("the works would be complete in the fourth quarter of 2023.", date(2023, 5, 1),
     [("in the fourth quarter of 2023", date(2023, 12, 31))]),
    ("the paving is scheduled for the third quarter of 2024", date(2024, 1, 10),
     [("the third quarter of 2024", date(2024, 9, 30))]),
    # deadline.week_of: the Sunday that ends the week
    ("the crew will begin grading the week of April 11", date(2016, 3, 8), [("the week of April 11", date(2016, 4, 17))]),
])
def test_periods_covered_and_weeks_of(text, meeting, expected):
    assert [(d.text, d.date) for d in find_deadlines(text, meeting)] == expected



@pytest.mark.parametrize("sentence, expected", [
    # a longer match rejected for its case ("by month before ...") does not hide the match inside it
    ("She would provide a breakdown of the charges by month before the budget meeting.", "before the budget meeting"),
    ("He would take the question back to the Council at its meeting of March 26.", "at its meeting of March 26"),
])
def test_a_rejected_longer_match_leaves_the_one_inside(sentence, expected):
    assert [d.text for d in find_deadlines(sentence, WED)] == [expected]
