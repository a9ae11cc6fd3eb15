"""Deadlines attached to commitments: the document's own statements about its next meeting."""
from __future__ import annotations

import datetime

import pytest

from pipeline.components.deadlines import next_meeting_date, stated_meetings

from helpers import record_for


@pytest.mark.parametrize("text,meeting,expected", [
    ("The next meeting of the Cappamore/Kilmallock Municipal District will be held on Thursday 20th April at 3pm.",
     datetime.date(2023, 3, 23), datetime.date(2023, 4, 20)),
    ("The next meeting will be held on Tuesday, January 8 at 7 pm.", datetime.date(2018, 12, 11), datetime.date(2019, 1, 8)),
    ("The next meeting will be held on Wednesday, 3rd April, 2019, at 10.00 a.m.", datetime.date(2019, 3, 6),
     datetime.date(2019, 4, 3)),
    ("The meeting concluded.", datetime.date(2019, 3, 6), None),
    ("The next regular meeting of Council will be held on Tuesday, October 12, 2021 at 6:30 p.m.",
     datetime.date(2021, 9, 14), datetime.date(2021, 10, 12)),
    ("BE IT RESOLVED THAT Council adjourn at 9:08 p.m. to meet again on March 19, 2019 at 7:00 p.m.",
     datetime.date(2019, 3, 5), datetime.date(2019, 3, 19)),
    ("BE IT RESOLVED THAT this meeting adjourn at 9:36 p.m. and that Council meet again on Wednesday, March 6, 2019 at "
     "7:00 p.m.", datetime.date(2019, 2, 20), datetime.date(2019, 3, 6)),
    # a committee meeting again is not the next meeting
    ("The Roads Committee agreed to meet again on March 12 to review the tenders.\nThe next meeting of Council will be "
     "held on Tuesday, April 2, 2019.", datetime.date(2019, 3, 5), datetime.date(2019, 4, 2)),
    # a superscript "th" that PDF extraction turned into a quote mark
    ("It was agreed that the next meeting would be held on 7\" October, 2014 in Ballyneety Golf Club.",
     datetime.date(2014, 9, 9), datetime.date(2014, 10, 7)),
    # the next meeting named by its month; the earliest one after this meeting counts
    ("The Cathaoirleach advised that the June Meeting would take place on Thursday, 23rd June, 2016 followed by "
     "the Annual Meeting.", datetime.date(2016, 5, 17), datetime.date(2016, 6, 23)),
    ("The July Meeting would be held on 12th July. The May Meeting would take place on Tuesday, 17th May, 2016.",
     datetime.date(2016, 4, 21), datetime.date(2016, 5, 17)),
    # scheduled, or a line of its own (Ontario committees and boards)
    ("The next meeting of the Committee of the Whole (Public Works) is scheduled for Tuesday, July 13, 2021 at 9:30 a.m.",
     datetime.date(2021, 6, 8), datetime.date(2021, 7, 13)),
    ("Next meeting: Wednesday, April 10, 2024 at 6:30 p.m., Community Centre, Upper Hall.",
     datetime.date(2024, 3, 13), datetime.date(2024, 4, 10)),
    # a "Next Meeting" heading with the date below it; prose below it is read by the rules above
    ("12. Next Meeting\n\nWednesday, March 27, 2019 at 7:00 p.m., Main Branch, Community Room.\n\n13. Adjournment",
     datetime.date(2019, 2, 27), datetime.date(2019, 3, 27)),
    ("9. Next Meeting\n\nNext meeting: Wednesday, April 10, 2024 at 6:30 p.m., Community Centre.",
     datetime.date(2024, 3, 13), datetime.date(2024, 4, 10)),
    ("9. Next Meeting\n\nThe members discussed where to hold it.", datetime.date(2024, 3, 13), None),
    # qualifiers between "next" and "meeting" ("regular public", "Full Authority"); two meetings on one line
    ("The next regular public meeting of the Board will be held on Wednesday, October 19, 2022 at 6:00 p.m.",
     datetime.date(2022, 9, 21), datetime.date(2022, 10, 19)),
    ("The next Full Authority meeting will be held on Thursday, March 28, 2024 at 1:00 p.m.",
     datetime.date(2024, 2, 22), datetime.date(2024, 3, 28)),
    ("Next meetings: Thursday, November 15, 2018 and Thursday, December 13, 2018, 7:00 p.m., Community Hall.",
     datetime.date(2018, 10, 18), datetime.date(2018, 11, 15)),
    # a "Next Meeting" heading over the meeting's name and its date
    ("11. Next Meeting\n\nRegular Meeting of Council - Monday, February 24, 2020 at 6:00 p.m.\n\n12. Adjournment",
     datetime.date(2020, 2, 10), datetime.date(2020, 2, 24)),
    # ... or a bullet, or the body's name and a colon, before the date
    ("9. Next Meeting\n\n- Thursday, November 3, 2022, 6:30 p.m., Community Room.\n- Adjourned at 8:14 p.m.",
     datetime.date(2022, 10, 6), datetime.date(2022, 11, 3)),
    ("Next meeting\n\nFinance and Administration Standing Committee: Monday, July 9, 2018, 9:30 AM, Room 2",
     datetime.date(2018, 6, 11), datetime.date(2018, 7, 9)),
    # a long meeting name after "next"; "will be held" with no "on"
    ("The next Committee of the Whole meeting is scheduled for Tuesday, July 20, 2021 at 9:00 a.m.",
     datetime.date(2021, 6, 15), datetime.date(2021, 7, 20)),
    ("THAT this meeting adjourn at 9:12 p.m. The next regular meeting of Council will be held Thursday, April 20, 2017 "
     "at 7:00 p.m.", datetime.date(2017, 3, 16), datetime.date(2017, 4, 20)),
    # "following" the meeting is not the next meeting
    ("Following the Council meeting, a public open house will be held on Thursday, March 7.", datetime.date(2024, 2, 22),
     None),
    # a budget session stated as the next one
    ("The next budget session will be held on Thursday, February 7, 2019 at 9:00 a.m.", datetime.date(2019, 1, 23),
     datetime.date(2019, 2, 7)),
    # a training session is no meeting of the council
    ("The next session of the asset management training will be held on June 4, 2019.", datetime.date(2019, 1, 23), None),
    # "Date of next meeting:" as a line's label, an OCR'd ordinal in it
    ('Date of next meeting: Monday 30" April 2018 at 11 a.m.', datetime.date(2018, 2, 26), datetime.date(2018, 4, 30)),
    # a decision to hold the next meeting names its date; a budget meeting is another meeting
    ("It was agreed to hold the October Meeting of the District on Wednesday, 4th October, 2023, at 10.00 a.m.",
     datetime.date(2023, 9, 6), datetime.date(2023, 10, 4)),
    ("It was agreed to hold the next monthly Meeting on 13th January, 2015 at 9.30 a.m.",
     datetime.date(2014, 12, 2), datetime.date(2015, 1, 13)),
    ("It was agreed to hold the Annual Budget Meeting on Monday, 12th January, 2015.", datetime.date(2014, 12, 15), None),
    # a meeting already held is not the next one
    ("The March meeting was held on 3rd March, 2016.", datetime.date(2016, 4, 21), None),
    ("The March Meeting would take place on Tuesday, 15th March, 2016.", datetime.date(2016, 4, 21), None),
])
def test_next_meeting_date(text, meeting, expected):
    assert next_meeting_date(text, meeting) == expected


@pytest.mark.model
def test_month_meeting_uses_the_stated_next_meeting(nlp):
    body = ("The Senior Engineer stated that the final design will be available before the April Municipal District meeting.\n\n"
            "2. Next Meeting\n\nThe next meeting of the Municipal District will be held on Thursday 20th April at 3pm.")
    record = record_for(nlp, body, date_line="MINUTES OF THE MONTHLY MEETING HELD ON THURSDAY 23RD MARCH 2023.")
    (c,) = record["commitments"]
    assert c["deadline"]["date"] == "2023-04-19"


def test_every_stated_later_meeting_is_read():
    text = ("Next meetings: Thursday, November 15, 2018 and Thursday, December 13, 2018, 7:00 p.m., Community Hall.\n"
            "The October meeting was held on October 4, 2018.")
    assert stated_meetings(text, datetime.date(2018, 10, 18)) == [datetime.date(2018, 11, 15), datetime.date(2018, 12, 13)]


@pytest.mark.model
@pytest.mark.parametrize("phrase, expected", [
    ("before the December meeting", "2018-12-12"),   # the second stated meeting, not the month's end
    ("at the November meeting", "2018-11-15"),
    ("at the January meeting", "2019-01-31"),         # no meeting stated in January: the month's last day
])
def test_month_meeting_uses_any_stated_meeting_of_that_month(nlp, phrase, expected):
    body = (f"Mr. Hjelm said he would get three quotes on lumber {phrase}.\n\n"
            "Next meetings: Thursday, November 15, 2018 and Thursday, December 13, 2018, 7:00 p.m., Community Hall.")
    record = record_for(nlp, body, date_line="MINUTES OF THE MONTHLY MEETING HELD ON THURSDAY 18TH OCTOBER 2018.")
    (c,) = record["commitments"]
    assert c["deadline"]["date"] == expected


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    # another council's meeting in a month the minutes schedule one of their own: that council's, undated
    ("Director Whalen said she would present the brochure to Glenroy Highlands Council at its March meeting.", "2024-03-31"),
    # the body's own meeting that month is the stated one
    ("The Manager said she would bring the brochure to the Board at its March meeting.", "2024-03-28"),
    # another body's next meeting is not this body's
    ("Director Whalen said she would raise it with the Tessawa Rotary Club at its next meeting.", None),
    # a meeting named by its kind and dated elsewhere in the minutes; undated, a dated deadline after it wins
    ("The Manager said she would hold an open house before the statutory public meeting. The statutory public meeting "
     "on the amendments had been scheduled for March 21, 2024.", "2024-03-20"),
    ("The Manager said she would report at the Policy Committee meeting and finish the plan by April 30, 2024.",
     "2024-04-30"),
    # a month's meeting named by its date anywhere in the minutes ("deferred to the Board's regular meeting of ...")
    ("The Manager said she would bring a planning addendum to the Board before the April meeting. THAT File B-14/22 "
     "be deferred to the Board's regular meeting of April 18, 2024.", "2024-04-17"),
    # counted back from a meeting the minutes date: two weeks before it
    ("The Manager said she would circulate the draft no later than two weeks before the first budget deliberation "
     "meeting. The first budget deliberation meeting had been scheduled for Monday, March 18, 2024.", "2024-03-04"),
    ("The Manager said she would post the agenda at least 10 days before the next meeting.", "2024-03-18"),
    ("The Manager said she would post the agenda a couple of weeks before the next meeting.", "2024-03-14"),
    ("The Manager said she would circulate it 10 days before the April 15 meeting.", "2024-04-05"),
    ("The Manager said she would circulate it one month before the May 31 meeting.", "2024-04-30"),
    # a date and four lower-case words before "meeting" is no dated meeting
    ("The Manager said she would bring the plan before the April meeting. The survey closes April 4 ahead of the "
     "meeting.", "2024-04-30"),
    # an event told as a clause, dated by the one sentence naming it: the day before
    ("The Manager said she would meet the club on site before the trails open. The Manager advised that the trails "
     "are expected to open on March 15, 2024.", "2024-03-14"),
    # ... not where two sentences date it differently, nor "they"
    ("The Manager said she would meet the club before the trails open. The east trails open on March 15, 2024 and the "
     "west trails open on March 22, 2024.", None),
    ("The Manager said she would publish the hours before they take effect. The new hours take effect on March 1, 2024.",
     None),
    # another municipality's meeting: not dated by this body's March 28 meeting; the month's end
    ("The Mayor said she would raise the road agreement with the County of Brackwater at its March meeting.",
     "2024-03-31"),
    # a schedule of meetings in one sentence: the second the minutes date in April
    ("The Manager said she would report back by the second meeting in April. The Clerk advised that regular meetings of "
     "the Board are scheduled for April 4, April 18 and May 2, 2024.", "2024-04-18"),
    # "the first meeting in March": the meeting the minutes date in March
    ("The Manager said she would report at the first meeting in March.", "2024-03-28"),
    # an event dated by "on" after it: before it is the day before
    ("The Manager said the clinics would be held before the last day of classes on March 8.", "2024-03-07"),
    ("The Manager said she would submit the form before the intake deadline on March 8.", "2024-03-08"),
])
def test_meetings_and_events_dated_elsewhere(nlp, sentence, expected):
    body = sentence + "\n\n9. Next Meeting\n\nThe next Full Authority meeting will be held on Thursday, March 28, 2024."
    record = record_for(nlp, body, date_line="TESSAWA RIVER CONSERVATION AUTHORITY\nBOARD OF DIRECTORS MEETING "
                                              "HELD ON THURSDAY 22ND FEBRUARY 2024.")
    c = record["commitments"][0]   # the Manager's promise (a deferral after it is a resolution of its own)
    assert (c["deadline"] or {}).get("date") == expected


@pytest.mark.model
@pytest.mark.parametrize("phrase, expected", [
    ("before the next meeting", "2023-04-19"),   # the last day it allows, as "before the May 15 meeting"
    ("at the next meeting", "2023-04-20"),
])
def test_next_meeting_uses_the_stated_date(nlp, phrase, expected):
    body = (f"The Senior Engineer stated that the final design will be circulated {phrase}.\n\n"
            "2. Next Meeting\n\nThe next meeting of the Municipal District will be held on Thursday 20th April at 3pm.")
    record = record_for(nlp, body, date_line="MINUTES OF THE MONTHLY MEETING HELD ON THURSDAY 23RD MARCH 2023.")
    (c,) = record["commitments"]
    assert c["deadline"]["date"] == expected


@pytest.mark.model
@pytest.mark.parametrize("sentence,expected", [
    # the only date belongs to another clause and the promise times itself vaguely
    ("Ms. Frawley responded that the online portal opens on the 20th June and that the applicant data "
     "would be analysed in due course.", None),
    # a date after the promised verb is the promise's own
    ("Ms. Frawley responded that the online portal opens on the 20th June and that the applicant data "
     "would be analysed by the end of July.", "2023-07-31"),
    # a date before the verb, with no vague timing, still counts
    ("Ms. Frawley confirmed that by the end of July the applicant data would be analysed.", "2023-07-31"),
])
def test_vague_promise_does_not_take_another_clauses_date(nlp, sentence, expected):
    record = record_for(nlp, sentence, date_line="MINUTES OF THE MEETING HELD ON THURSDAY 8TH JUNE 2023.")
    (c,) = record["commitments"]
    assert (c["deadline"] or {}).get("date") == expected


@pytest.mark.parametrize("what,deadline,expected", [
    ("report on the Service to the Committee in July 2021.", "in July 2021", "report on the Service to the Committee"),
    ("revert to the Members by the end of the month", "by the end of the month", "revert to the Members"),
    ("complete the works within six weeks of approval", "within six weeks", "complete the works within six weeks of approval"),
])
def test_what_drops_a_trailing_deadline(what, deadline, expected):
    from pipeline.components.deadlines import without_trailing_deadline

    assert without_trailing_deadline(what, deadline) == expected


@pytest.mark.model
@pytest.mark.parametrize("before, inherited", [
    ("", True),
    # the promise answers the nearest suggestion, which names no date: an earlier one's date is not its
    ("Councillor Ryan suggested that the footpath at the school be included. ", False),
])
def test_an_undertaking_borrows_only_the_nearest_requests_deadline(nlp, before, inherited):
    body = (f"Councillor Keary requested an update on the footpath at the July Meeting. {before}"
            "The Senior Executive Engineer agreed to carry out an inspection of the footpath.")
    record = record_for(nlp, body, date_line="MINUTES OF MEETING OF THE MUNICIPAL DISTRICT HELD ON TUESDAY, 12TH JULY, 2022.")
    (c,) = [c for c in record["commitments"] if c["what"].startswith("carry out")]
    assert (c["deadline"] is not None and c["deadline"]["rule"] == "deadline.from_suggestion") is inherited


@pytest.mark.model
@pytest.mark.parametrize("reply, inherited", [
    ("The Senior Executive Engineer agreed to carry out an inspection of the footpath.", True),
    # the undertaking times itself vaguely: nothing to borrow from the request
    ("The Senior Executive Engineer agreed to carry out an inspection of the footpath and revert in due course.", False),
    # an undertaking answering its own question does not borrow the request before it
    ("An update was sought on the bus shelter and in replying the Senior Executive Engineer agreed to carry out an "
     "inspection of the footpath.", False),
])
def test_an_undertaking_borrows_the_requests_deadline_unless_it_sets_its_own(nlp, reply, inherited):
    body = (f"Councillor Keary requested an update on the footpath at the July Meeting. {reply}")
    record = record_for(nlp, body, date_line="MINUTES OF MEETING OF THE MUNICIPAL DISTRICT HELD ON TUESDAY, 12TH JULY, 2022.")
    (c,) = [c for c in record["commitments"] if c["what"].startswith("carry out")]
    assert (c["deadline"] is not None and c["deadline"]["rule"] == "deadline.from_suggestion") is inherited


@pytest.mark.model
@pytest.mark.parametrize("sentence,expected", [
    # a promise is done with its last act: the later deadline of a joined verb bounds it
    ("She advised that she will issue the tender this month and bring the results to Council on July 11, 2023.",
     "2023-07-11"),
    ("These would be considered at the July Meeting and finalised at the September Meeting.", "2023-09-30"),
    # one act with two time expressions keeps the first after the verb
    ("The Clerk will circulate the draft by the end of June, ahead of the September Meeting.", "2023-06-30"),
])
def test_a_joined_acts_later_deadline_bounds_the_promise(nlp, sentence, expected):
    record = record_for(nlp, sentence, date_line="MINUTES OF THE MEETING HELD ON THURSDAY 8TH JUNE 2023.")
    (c,) = record["commitments"]
    assert (c["deadline"] or {}).get("date") == expected


@pytest.mark.model
@pytest.mark.parametrize("stated, expected", [
    # "before budget deliberations": the day before the budget meeting the minutes date elsewhere, else no date
    ("Council will hold a special budget meeting on Thursday, April 4, 2019 at 6:00 p.m.", "2019-04-03"),
    ("The budget session scheduled for March 26, 2019 will be held in the Chambers.", "2019-03-25"),
    # the date after the first "for" ("the first budget deliberation meeting for the 2019 budget ... scheduled for")
    ("The first budget deliberation meeting for the 2019 budget had been scheduled for Thursday, April 4, 2019.",
     "2019-04-03"),
    # a schedule of several sessions: the first
    ("The proposed schedule set budget sessions of the Committee for March 26 and April 2, 2019.", "2019-03-25"),
    # budget deliberations named as such, dated after a comma
    ("The request was referred to the 2020 budget deliberations, scheduled to begin on April 4, 2019.", "2019-04-03"),
    ("The budget meeting was held on March 1, 2019.", None),   # already past
    ("Council will meet again on April 11, 2019.", None),       # not a budget meeting
])
def test_before_budget_deliberations_is_dated_by_the_stated_budget_meeting(nlp, stated, expected):
    body = (stated + "\nThe Treasurer said she would prepare a briefing note on the reserve forecast before budget "
            "deliberations.")
    record = record_for(nlp, body, date_line="THE TOWNSHIP OF TOLLEMARSH\nREGULAR COUNCIL MINUTES\nThursday, March 14, 2019")
    (c,) = [c for c in record["commitments"] if "briefing note" in c["what"]]
    assert (c["deadline"] or {}).get("date") == expected


@pytest.mark.model
@pytest.mark.parametrize("sentence,expected", [
    # a meeting named without its date, then dated: that day (the day before, "before" it)
    ("The Mayor advised that the request would be considered at the special budget meeting scheduled for June 26, "
     "2023.", "2023-06-26"),
    ("The Treasurer would circulate the figures before the budget meeting on June 26, 2023.", "2023-06-25"),
    ("Mr. Stojanovic agreed to bring that summary to Council before the first budget deliberation session on November "
     "14, 2023.", "2023-11-13"),
    # a meeting or an outside deadline named by its date and a possessive
    ("Councillor Giesbrecht said she would bring the recommendation forward at Council's July 12 meeting.", "2023-07-12"),
    ("She will apply to the Community Foundation for funding before the Foundation's July 15 intake deadline.",
     "2023-07-15"),
])
def test_a_meeting_or_deadline_named_by_its_date(nlp, sentence, expected):
    record = record_for(nlp, sentence, date_line="MINUTES OF THE MEETING HELD ON THURSDAY 8TH JUNE 2023.")
    (c,) = record["commitments"]
    assert (c["deadline"] or {}).get("date") == expected


@pytest.mark.model
def test_a_joined_verb_with_its_own_subject_lends_no_deadline(nlp):
    record = record_for(nlp, "Staff will repair the culvert by July 1, 2023 and the County will pave the road by "
                             "October 31, 2023.", date_line="MINUTES OF THE MEETING HELD ON THURSDAY 8TH JUNE 2023.")
    staff = [c for c in record["commitments"] if c["who"]["text"] == "Staff"]
    assert [c["deadline"]["date"] for c in staff] == ["2023-07-01"]


@pytest.mark.parametrize("body, expected", [
    # deadline.same_meeting: "that meeting" / "the same meeting" points back to the last dated meeting named
    ("THAT the matter be deferred to the regular meeting of April 12, 2016;\nAND THAT the Road Superintendent conduct "
     "a traffic count on Sideroad 10 and report the results at that meeting.\nCarried", ["2016-04-12", "2016-04-12"]),
    ("THAT the Club's request be deferred to the April 5, 2016 meeting;\nAND THAT the Treasurer request a copy of the "
     "Club's financial statements before that meeting.\nCarried", ["2016-04-05", "2016-04-04"]),
    ("Ms. Lee advised that she would bring the fee schedule to the April 12 meeting. She would also bring a summary "
     "of the user fee changes to the same meeting.", ["2016-04-12", "2016-04-12"]),
    # no dated meeting before it: nothing to point back to
    ("The Treasurer would bring a summary of the user fee changes to that meeting.", [None]),
    # "that" as a conjunction before "meeting minutes"
    ("The next regular meeting will be held on April 12, 2016.\nThe Clerk will ensure that meeting minutes are posted "
     "on the website.", [None]),
], ids=["at-that-meeting", "before-that-meeting", "same-meeting", "nothing-named", "that-meeting-minutes"])
def test_a_meeting_pointed_back_to(nlp, body, expected):
    record = record_for(nlp, "Present: Reeve Tom Bell; Janet Pilon, Treasurer; Ann Lee, Clerk.\n\n" + body,
                        title="8. Business", date_line="Township of Harrowgate\nRegular Council Meeting, March 8, 2016")
    assert [c["deadline"]["date"] if c["deadline"] else None for c in record["commitments"]] == expected


@pytest.mark.model
@pytest.mark.parametrize("upcoming, expected", [
    # a committee's minutes listing the council's meetings: the next one of the kind named
    ("Regular Meeting of Council - Monday, April 22, 2024, 6:00 p.m.", "2024-04-22"),
    ("Regular Meeting of Council: Monday, April 22, 2024", "2024-04-22"),
    # the body before the noun: "Regular Council Meeting" is the "regular meeting of Council" (synthetic 64a)
    ("Regular Council Meeting – Tuesday, April 23, 2024, 7:00 p.m.", "2024-04-23"),
    # a meeting of another kind dates nothing
    ("Accessibility Advisory Committee - Monday, April 29, 2024", None),
])
def test_the_next_meeting_of_a_kind_an_upcoming_list_dates(nlp, upcoming, expected):
    body = ("The Clerk said she would present the list of applicants at the next regular meeting of Council.\n\n"
            "Upcoming Meetings\n\n" + upcoming)
    record = record_for(nlp, body, date_line="MUNICIPALITY OF BRINDLECOMBE\nCOMMITTEE OF THE WHOLE\nMonday, April 15, 2024")
    (c,) = record["commitments"]
    assert (c["deadline"] or {}).get("date") == expected


@pytest.mark.model
def test_the_body_after_the_next_meeting_names_its_kind(nlp):
    """'before the next meeting of Council': the deadline's words end at 'meeting'; the body after them names the
    kind an upcoming list dates, and 'before' makes it the day before."""
    body = ("The Clerk advised that she would write to the County before the next meeting of Council.\n\n"
            "Upcoming Meetings\n\nRegular Council Meeting – Tuesday, April 23, 2019, 7:00 p.m.")
    record = record_for(nlp, body, date_line="TOWNSHIP OF CORDWELL\nREGULAR COUNCIL MEETING\nTuesday, April 9, 2019")
    (c,) = record["commitments"]
    assert c["deadline"]["date"] == "2019-04-22"


@pytest.mark.model
@pytest.mark.parametrize("promise, expected", [
    # "prior to the 2019 budget": the day before the meeting the minutes say will take it
    ("prior to the 2019 budget.", "2019-04-03"),
    ("before 2019 budget deliberations.", "2019-04-03"),
    # another year's budget: that meeting is not this budget's
    ("before 2020 budget deliberations.", None),
    ("prior to the 2020 budget.", None),
])
def test_a_named_years_budget_is_dated_by_that_budgets_meeting(nlp, promise, expected):
    body = ("The Treasurer advised that the draft 2019 budget would be presented to Council at a special meeting on "
            "April 4, 2019.\nThe Treasurer said she would prepare a briefing note on the reserve forecast " + promise)
    record = record_for(nlp, body, date_line="THE TOWNSHIP OF TOLLEMARSH\nREGULAR COUNCIL MINUTES\nThursday, March 14, 2019")
    (c,) = [c for c in record["commitments"] if "briefing note" in c["what"]]
    assert (c["deadline"] or {}).get("date") == expected


@pytest.mark.model
def test_the_first_meeting_of_next_year_dates_that_months_meeting(nlp):
    body = ("Sgt. Hyslop said that he would present the draft priorities to the Committee at the January meeting.\n\n"
            "11 | Next Meeting\nThe Committee does not meet in December. The first meeting of 2024 will be held on "
            "Wednesday, January 17, 2024.")
    record = record_for(nlp, body, date_line="POLICING ADVISORY COMMITTEE\nMinutes\nWednesday, October 18, 2023")
    (c,) = record["commitments"]
    assert c["deadline"]["date"] == "2024-01-17"


def test_a_schedule_of_meetings_that_will_be_held_dates_each():
    text = ("The Clerk reminded Council that the remaining regular meetings of Council for 2025 will be held on "
            "September 24, October 8, October 22, November 12 and November 26.")
    assert stated_meetings(text, datetime.date(2025, 9, 10)) == [
        datetime.date(2025, 9, 24), datetime.date(2025, 10, 8), datetime.date(2025, 10, 22),
        datetime.date(2025, 11, 12), datetime.date(2025, 11, 26)]
    # meetings already held date nothing ahead
    assert stated_meetings("Meetings have been held on May 3 and May 10.", datetime.date(2025, 9, 10)) == []


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("The Manager said she would report to the County at its meeting of April 26.", "2024-04-26"),
    # no year and before the meeting: a past meeting, no deadline (not next year's)
    ("The Manager said that, as agreed at the meeting of February 12, she would circulate the report.", None),
])
def test_a_meeting_named_with_its_date_after_it(nlp, sentence, expected):
    record = record_for(nlp, sentence, date_line="TESSAWA RIVER CONSERVATION AUTHORITY\nBOARD OF DIRECTORS MEETING "
                                                 "HELD ON THURSDAY 22ND FEBRUARY 2024.")
    (c,) = record["commitments"]
    assert (c["deadline"] or {}).get("date") == expected


def test_public_information_meetings_are_no_schedule_of_the_bodys_own():
    text = "Two public information meetings are scheduled for March 5 and March 19 at the Community Hall."
    assert stated_meetings(text, datetime.date(2024, 2, 22)) == []


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    # the district's next meeting, dated by the decision to hold it
    ("It was agreed that the Meetings Administrator would invite the Senior Engineer to the next Meeting of the District.",
     "2019-04-03"),
    # the full council's next meeting is not the district's: its date is not given
    ("It was agreed that the Meetings Administrator would refer the Notice of Motion to the Corporate Services Section "
     "for inclusion on the Agenda for the next Full Council Meeting.", None),
])
def test_next_meeting_dated_by_the_decision_to_hold_it(nlp, sentence, expected):
    body = f"{sentence}\n\n2. Next Meeting\n\nIt was agreed to hold the April Meeting of the District on Wednesday, 3rd April, 2019, at 10.00 a.m."
    (c,) = record_for(nlp, body)["commitments"]
    assert c["deadline"]["date"] == expected
