"""Meeting metadata from document headers: body, date, title."""
from __future__ import annotations

import datetime

import pytest
from conftest import train_file

from pipeline.structure.meeting import MeetingInfo, names_own_body, parse_meeting_info, smart_title



NEWCASTLE_2019 = (
    "MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL DISTRICT OF NEWCASTLE WEST HELD IN "
    "ÁRAS WILLIAM SMITH O’BRIEN, NEWCASTLE WEST, CO. LIMERICK, ON WEDNESDAY, 6TH MARCH, 2019, AT 10AM.\n\n"
    "PRESENT IN THE CHAIR: Councillor J. Sheahan, Cathaoirleach.\n\n"
    "MEMBERS PRESENT: Councillors Browne, Collins, Foley, Galvin and Scanlan.\n\n"
)
METRO_2021 = (
    "MINUTES OF PROCEEDINGS AT ONLINE MEETING OF THE METROPOLITAN DISTRICT OF LIMERICK HELD ON FRIDAY, "
    "19TH MARCH, 2021 at 09:45 A.M.\n\nPRESENT IN THE CHAIR: Councillor Sarah Kiely, Cathaoirleach\n\n"
)
SPECIAL_2016 = (
    "MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF LIMERICK CITY AND COUNTY COUNCIL HELD IN THE COUNCIL "
    "CHAMBER, DOORADOYLE, LIMERICK, ON FRIDAY, 12TH FEBRUARY, 2016, AT 10.00 A.M.\n\n"
)
MSCC_2017 = (
    "MANORDEILO & SALEM COMMUNITY COUNCIL MEETING 8th MARCH 2017\n\n"
    "Manordeilo and Salem Community Council held their meeting at 7.30pm on the 8th March 2017 at the "
    "Reading Room, Cwmifor.\n\nPRESENT\n\nCouncillors Alun Davies, Jill Davies, Gwenfil Evans and County "
    "Councillor Joseph Davies.\n\n"
)
NO_YEAR = (
    "MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL DISTRICT OF CAPPAMORE-KILMALLOCK HELD ON "
    "THURSDAY 23RD MARCH AT 3.00PM.\n\nThe minutes of the meeting held on 16th February, 2023 were adopted.\n\n"
)
SPC_PROSE = (
    "MINUTES OF MEETING OF LIMERICK CITY AND COUNTY COUNCIL HOME AND SOCIAL DEVELOPMENT SPC\n\n"
    "A meeting of Limerick City and County Council, Home and Social Development Strategic Policy "
    "Committee was held on the 12th October 2023 in the Council Chamber, Dooradoyle and via MS Teams.\n\n"
)
SEED_HEAD = (
    "Councillors and committees\n\nAgenda item\n\nCHILDREN'S IMPROVEMENT UPDATE\n\nMinutes:\n\nWitnesses:\n\n"
    "Jacquie Burke, Director – Family Resilience and Safeguarding\n\n"
    "1. The Director agreed to report to the Select Committee.\n\nRecommendations:\n\n"
    "That the Children, Families, Lifelong Learning and Culture Directorate provide a further update to the "
    "Children, Families, Lifelong Learning and Culture Select Committee in July 2021.\n\n"
)


@pytest.mark.parametrize(
    "text, source, body, date, title",
    [
        (NEWCASTLE_2019, None, "Municipal District of Newcastle West", datetime.date(2019, 3, 6),
         "Meeting of the Municipal District of Newcastle West"),
        (METRO_2021, None, "Metropolitan District of Limerick", datetime.date(2021, 3, 19),
         "Online Meeting of the Metropolitan District of Limerick"),
        (SPECIAL_2016, None, "Limerick City and County Council", datetime.date(2016, 2, 12),
         "Special Meeting of Limerick City and County Council"),
        (MSCC_2017, "mscc/pdf/17-03-08.pdf", "Manordeilo & Salem Community Council", datetime.date(2017, 3, 8),
         "Manordeilo & Salem Community Council Meeting"),
        (NO_YEAR, "limerick/2023/2023-04-20--monthly-meeting-of-the-md-23rd-march-2023.md",
         "Municipal District of Cappamore-Kilmallock", datetime.date(2023, 3, 23), None),
        (SEED_HEAD, "surrey/2020-12-children-improvement-update.txt",
         "Children, Families, Lifelong Learning and Culture Select Committee", None, "CHILDREN'S IMPROVEMENT UPDATE"),
    ],
    ids=["limerick-2019", "limerick-2021-online", "limerick-2016-special", "mscc", "no-year", "seed"],
)
def test_parse_meeting_info(text, source, body, date, title):
    info = parse_meeting_info(text, source=source)
    assert info.body == body
    assert info.date == date
    if title is not None:
        assert info.title == title
    if date is not None:
        start, end = info.date_span
        assert text[start:end].strip()[0].isdigit()


def test_date_span_points_at_header_date():
    info = parse_meeting_info(NEWCASTLE_2019)
    start, end = info.date_span
    assert NEWCASTLE_2019[start:end] == "6TH MARCH, 2019"


def test_year_from_other_dates_when_no_source():
    assert parse_meeting_info(NO_YEAR).date == datetime.date(2023, 3, 23)


def test_year_less_date_without_any_year_gives_none():
    text = "MINUTES OF MEETING OF THE X COMMITTEE HELD ON THURSDAY 23RD MARCH AT 3PM.\n\n"
    assert parse_meeting_info(text).date is None


def test_mscc_filename_gives_date_when_header_has_none():
    info = parse_meeting_info("Some text without a date.\n\n", source="mscc/pdf/16-05-11.pdf")
    assert info.date == datetime.date(2016, 5, 11)
    assert info.date_span is None


def test_prose_body_when_header_title_missing_or_spc():
    info = parse_meeting_info(SPC_PROSE)
    assert info.date == datetime.date(2023, 10, 12)
    assert info.body is not None and "Home and Social Development" in info.body


def test_ocr_ordinal_suffix():
    text = "MINUTES OF NEWCASTLE AREA COMMITTEE MEETING HELD ON 7°” MAY, 2014, IN ARAS WILLIAM SMITH O'BRIEN\n\n"
    info = parse_meeting_info(text)
    assert info.date == datetime.date(2014, 5, 7)
    assert info.body == "Newcastle Area Committee"


def test_empty_text():
    info = parse_meeting_info("")
    assert (info.body, info.date, info.title, info.date_span) == (None, None, None, None)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("MUNICIPAL DISTRICT OF ADARE-RATHKEALE", "Municipal District of Adare-Rathkeale"),
        ("ECONOMIC DEVELOPMENT, ENTERPRISE AND PLANNING SPC", "Economic Development, Enterprise and Planning SPC"),
        ("Already Mixed Case", "Already Mixed Case"),
    ],
)
def test_smart_title(raw, expected):
    assert smart_title(raw) == expected


def test_seed_file_through_ingest():
    ingest = pytest.importorskip("pipeline.ingest")
    rel = "surrey/2020-12-children-improvement-update.txt"
    doc = ingest.read_document(train_file(rel))
    info = parse_meeting_info(doc.text, source=rel)
    assert info.date is None
    assert info.body == "Children, Families, Lifelong Learning and Culture Select Committee"
    assert info.title == "CHILDREN'S IMPROVEMENT UPDATE"


def test_limerick_file_through_ingest():
    ingest = pytest.importorskip("pipeline.ingest")
    rel = "limerick/2017/2017-06-19--meeting-of-metropolitan-district-of-limerick-15th-may-2017.md"
    info = parse_meeting_info(ingest.read_document(train_file(rel)).text, source=rel)
    assert info.body == "Metropolitan District of Limerick"
    assert info.date == datetime.date(2017, 5, 15)


# ---------------------------------------------------------------------------- Ontario (synthetic)
ON_CORPORATION = (
    "The Corporation of the Township of Example\nMinutes of the Regular Meeting of Council\n"
    "Tuesday, January 8, 2019 at 7:00 p.m., Council Chambers\n"
    "Present: Mayor Jane Dumas, Deputy Mayor Bob Smith, Councillors Ann Lee, Tom Hart and Sue Ross\n\n"
)
ON_CAPS = (
    "THE CORPORATION OF THE TOWNSHIP OF EXAMPLE\nMINUTES OF THE SPECIAL MEETING OF COUNCIL\n"
    "MONDAY, FEBRUARY 4TH, 2019 AT 6:00 P.M.\n\nPRESENT: Reeve Jane Dumas\n\n"
)
ON_PROSE = (
    "Minutes of the Regular Meeting of the Council of the Township of Example held on Tuesday, "
    "January 8, 2019 at 7:00 p.m. in the Council Chambers.\n\nMembers Present: Mayor Jane Dumas\n\n"
)
ON_TOWNSHIP_COUNCIL = "Example Township Council\nCommittee of the Whole\nJan. 8, 2019\n\nPresent: Mayor Jane Dumas\n\n"
ON_ISO = "Township of East Example\nSpecial Council Meeting Minutes\n2019-01-08\n\nPresent: Mayor Jane Dumas\n\n"
ON_TOWN = (
    "The Corporation of the Town of Port Example\nCommittee of the Whole Meeting\nSept. 10, 2019 - 6:30 PM\n\n"
    "The Committee recommended that staff report back by October 1, 2019.\n\n"
)
ON_NO_YEAR = (
    "The Corporation of the Municipality of Example\nRegular Meeting of Council\nTuesday, March 5 at 7 p.m.\n\n"
    "The minutes of February 19, 2019 were adopted.\n\n"
)


@pytest.mark.parametrize(
    "text, body, date, title, span_text",
    [
        (ON_CORPORATION, "Township of Example", datetime.date(2019, 1, 8), "Regular Meeting of Council",
         "January 8, 2019"),
        (ON_CAPS, "Township of Example", datetime.date(2019, 2, 4), "Special Meeting of Council", "FEBRUARY 4TH, 2019"),
        (ON_PROSE, "Township of Example", datetime.date(2019, 1, 8), "Regular Meeting of the Council",
         "January 8, 2019"),
        (ON_TOWNSHIP_COUNCIL, "Township of Example", datetime.date(2019, 1, 8), "Committee of the Whole",
         "Jan. 8, 2019"),
        (ON_ISO, "Township of East Example", datetime.date(2019, 1, 8), "Special Council Meeting", "2019-01-08"),
        (ON_TOWN, "Town of Port Example", datetime.date(2019, 9, 10), "Committee of the Whole Meeting",
         "Sept. 10, 2019"),
        (ON_NO_YEAR, "Municipality of Example", datetime.date(2019, 3, 5), "Regular Meeting of Council", "March 5"),
    ],
    ids=["corporation", "all-caps", "council-of-the-township", "x-township-council", "iso-date", "town",
         "month-first-no-year"],
)
def test_ontario_headers(text, body, date, title, span_text):
    info = parse_meeting_info(text)
    assert (info.body, info.date, info.title) == (body, date, title)
    start, end = info.date_span
    assert text[start:end] == span_text


@pytest.mark.parametrize("text, date", [
    # a site banner announcing another meeting above the minutes is not this meeting's date
    ("Notice: Budget Session 3 will be held Thursday, February 7, 2019 at 9:00 a.m.\n\nThe Corporation of the Township "
     "of Quillmore\n\nSpecial Council Meeting Minutes\n\nWednesday, January 23, 2019\n", datetime.date(2019, 1, 23)),
    ("Next meeting: Thursday, February 7, 2019\nSpecial Council Meeting Minutes\nWednesday, January 23, 2019\n",
     datetime.date(2019, 1, 23)),
    # with no other date, the announced one is all there is
    ("Notice: the next meeting will be held Thursday, February 7, 2019.\n", datetime.date(2019, 2, 7)),
    # a notice about this meeting itself is its date
    ("Council Minutes\nNotice: this meeting will be held electronically on Tuesday, April 21, 2020.\nMinutes of the "
     "meeting of April 7, 2020 to be adopted.\n", datetime.date(2020, 4, 21)),
], ids=["banner", "next-meeting-line", "only-date", "this-meeting-notice"])
def test_a_date_announcing_another_meeting_is_passed_over(text, date):
    assert parse_meeting_info(text).date == date


@pytest.mark.parametrize(
    "text",
    [
        "Minutes of the Regular Meeting of Council\nThe council may 3 times a year review the budget.\n\n",
        "Minutes of the Regular Meeting of Council\nResolution No. 2019-01 was carried.\n\n",
    ],
    ids=["lowercase-may", "resolution-number"],
)
def test_ontario_date_negatives(text):
    info = parse_meeting_info(text)
    assert info.date is None and info.body is None


def test_irish_municipal_district_is_not_an_ontario_district():
    info = parse_meeting_info(NEWCASTLE_2019)
    assert info.body == "Municipal District of Newcastle West"


@pytest.mark.parametrize("source, expected", [
    ("council/2016/october-3-2016.html", datetime.date(2016, 10, 3)),     # month first, as North American archives
    ("Minutes_October_3_2016.pdf", datetime.date(2016, 10, 3)),
    ("council-2019-03-05-minutes.html", datetime.date(2019, 3, 5)),
    ("report.html", None),
    ("Mayor-3-2019.pdf", None), ("Decision_12_2019.pdf", None), ("Junction-4-2020.pdf", None),   # words, not months
    ("may-2018.html", None),
])
def test_a_month_first_or_iso_file_name_gives_the_date(source, expected):
    assert parse_meeting_info("Some text without a date.\n\n", source=source).date == expected


@pytest.mark.parametrize("header, date", [
    # an agenda system's labelled numeric date, month first where the page writes its dates month first; the "Next
    # meeting" box below it is another meeting
    ("Meeting Details\n\nMeeting date/time: | 6/11/2018 9:30 AM | Minutes status: | Final\n\nNext meeting\n\n"
     "Finance and Administration Standing Committee: Monday, July 9, 2018, 9:30 AM\n\nRecommendations of this meeting "
     "will be considered by City Council on Monday, June 25, 2018", datetime.date(2018, 6, 11)),
    # day first where the page writes its dates day first
    ("Meeting date: 6/11/2018\n\nThe minutes of the meeting held on 9th October, 2018 were adopted.",
     datetime.date(2018, 11, 6)),
    # the page's own dates and a site notice are not the meeting's
    ("Regular Meeting of Council - Minutes\n\nPosted: May 29, 2019 | Approved by Council May 27, 2019\n\n"
     "The Corporation of the Town of Port Marrowby\nMonday, May 13, 2019, 6:30 p.m.", datetime.date(2019, 5, 13)),
    ("Garbage pickup moves to Wednesdays starting October 5!\nTHE CORPORATION OF THE TOWNSHIP OF CORBETT FALLS\n"
     "MINUTES OF THE REGULAR MEETING OF COUNCIL\nMonday, September 19, 2016", datetime.date(2016, 9, 19)),
    # a "Next meeting" heading over the next meeting's date is not this meeting's date
    ("THE CORPORATION OF THE TOWNSHIP OF ELMVALE FALLS\nNext meeting\nMonday, July 9, 2018\n\n"
     "Minutes of the meeting of Monday, June 11, 2018", datetime.date(2018, 6, 11)),
    # a blog's posting date alone on its line, above the minutes' own title and date
    ("- Home\n- Contact Us\n\nThursday, January 25, 2024\n\nBoard Minutes - January 17, 2024\n\nWENSLEY ARENA BOARD\n"
     "Regular Meeting - Wednesday, January 17, 2024 - 7:00 pm", datetime.date(2024, 1, 17)),
    # ... but a dated header line with nothing after it naming a meeting is the meeting's
    ("THE CORPORATION OF THE TOWNSHIP OF ELMVALE FALLS\nTuesday, September 14, 2021\n\nThe minutes of the meeting of "
     "August 10, 2021 were adopted.", datetime.date(2021, 9, 14)),
    # a note of the minutes' later adoption printed above them
    ("These minutes were adopted by Council at its regular meeting of March 14, 2023.\n\nMinutes of a Special Meeting "
     "of the Council of the Township of Hadley Springs held on Saturday, February 25, 2023", datetime.date(2023, 2, 25)),
])
def test_meeting_date_is_not_another_meetings(header, date):
    assert parse_meeting_info(header).date == date


ANNUAL_2018 = "MINUTES OF PROCEEDINGS AT ANNUAL MEETING OF THE MUNICIPAL DISTRICT HELD ON {day}, 26TH JUNE, 2017 AT 1.30 P.M."


@pytest.mark.parametrize("header, source, date", [
    # the weekday and the file name agree on 2018: the written 2017 is a typo
    (ANNUAL_2018.format(day="TUESDAY"), "limerick/2018/2018-07-10--annual-meeting-26th-june-2018.md",
     datetime.date(2018, 6, 26)),
    # the weekday agrees with the written year: kept
    (ANNUAL_2018.format(day="MONDAY"), "limerick/2018/2018-07-10--annual-meeting-26th-june-2018.md",
     datetime.date(2017, 6, 26)),
    # no file name to confirm another year, or one that names another day: kept as written
    (ANNUAL_2018.format(day="TUESDAY"), None, datetime.date(2017, 6, 26)),
    (ANNUAL_2018.format(day="TUESDAY"), "limerick/2018/2018-07-10--annual-meeting-27th-june-2018.md",
     datetime.date(2017, 6, 26)),
], ids=["typo-mended", "weekday-agrees", "no-file-name", "file-name-other-day"])
def test_a_mistyped_year_is_mended_only_where_weekday_and_file_name_agree(header, source, date):
    assert parse_meeting_info(header, source=source).date == date


@pytest.mark.parametrize("name, header, own", [
    ("Town", "", False),                          # "town" is not a word of "Township of Tarrowby"
    ("Township", "", True),
    ("Glenroy Highlands Council", "", False),
    ("Council", "Regular Council Meeting", True),  # the header's own words name the body too
])
def test_a_name_is_the_meetings_own_body_by_whole_words(name, header, own):
    meeting = MeetingInfo(body="Township of Tarrowby", date=None, title=None, date_span=None)
    assert names_own_body(meeting, name, header) is own
