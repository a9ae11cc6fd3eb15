"""Action-items tables (commit.action_table): one action per row under an Action/Responsible header."""
from __future__ import annotations

import pytest

from helpers import record_for

pytestmark = pytest.mark.model

HEADER = "THE CORPORATION OF THE TOWNSHIP OF ELMVALE FALLS\nREGULAR COUNCIL MEETING MINUTES\nTuesday, September 14, 2021"
STAFF = "Present: Reeve Harold Fenwick, Councillor Ann Lee\nStaff: Deborah Lynch, CAO-Clerk; Tom Reid, Public Works Manager\n\n"


@pytest.mark.parametrize("table,expected", [
    ("Item | Action | Responsible | Due\n"
     "5 | Prepare road crossing agreement with the Snowmobile Club | CAO-Clerk | October 12, 2021\n"
     "7 | Send letters of support re: OPP billing model | CAO-Clerk\n"
     "6.1 | Obtain updated cost estimate for bridge repairs | Public Works Manager | October 31, 2021",
     [("CAO-Clerk", "Deborah Lynch", "prepare road crossing agreement with the Snowmobile Club", "2021-10-12"),
      ("CAO-Clerk", "Deborah Lynch", "send letters of support re: OPP billing model", None),
      ("Public Works Manager", "Tom Reid", "obtain updated cost estimate for bridge repairs", "2021-10-31")]),
    # the owner column may come first and be called otherwise
    ("Owner | Task | Deadline\nPublic Works Manager | Install load limit signs at the bridge | October 18, 2021",
     [("Public Works Manager", "Tom Reid", "install load limit signs at the bridge", "2021-10-18")]),
    # a header repeated at a page break is no row
    ("Item | Action | Responsible | Due\n5 | Prepare the crossing agreement | CAO-Clerk | October 12, 2021\n"
     "Item | Action | Responsible | Due\n6 | Obtain a bridge estimate | Public Works Manager | October 31, 2021",
     [("CAO-Clerk", "Deborah Lynch", "prepare the crossing agreement", "2021-10-12"),
      ("Public Works Manager", "Tom Reid", "obtain a bridge estimate", "2021-10-31")]),
    # a summary of directions to staff, and of undertakings (synthetic batches 47-49); a day alone in the due cell
    ("No. | Direction | Lead | Due\nD-24-05 | Submit the final risk assessment | CAO-Clerk | October 28, 2021\n"
     "D-24-06 | Daytime response options paper | Public Works Manager | October 4 meeting",
     [("CAO-Clerk", "Deborah Lynch", "submit the final risk assessment", "2021-10-28"),
      ("Public Works Manager", "Tom Reid", "daytime response options paper", "2021-10-04")]),
    ("# | Undertaking | Responsible | Target\n1 | Write to Hydro One about the streetlight | CAO-Clerk | September 30 |",
     [("CAO-Clerk", "Deborah Lynch", "write to Hydro One about the streetlight", "2021-09-30")]),
    # a recorded vote or any table without an action and an owner column holds no actions
    ("Member | Yea | Nay\nCouncillor Lee | X |\nReeve Fenwick | | X", []),
    ("Account | Amount | Approved by\nRoads | $4,000 | Council", []),
    # a work plan: Project | Responsibility | Target | Status; a completed row is reported, not promised;
    # "CAO-Clerk / Public Works Manager" is two owners, "CAO-Clerk" one post
    ("Project | Responsibility | Target | Status\n"
     "Sideroad 20 culvert replacement | Public Works Manager | October 31, 2021 | Not started\n"
     "Salt dome roof | Public Works Manager | August 2021 | Complete\n"
     "Ditching | Public Works Manager | November 30, 2021 | Complete pending inspection\n"
     "Asset management plan | CAO-Clerk / Public Works Manager | Q4 2021 | In progress",
     [("Public Works Manager", "Tom Reid", "sideroad 20 culvert replacement", "2021-10-31"),
      ("Public Works Manager", "Tom Reid", "ditching", "2021-11-30"),
      ("CAO-Clerk", "Deborah Lynch", "asset management plan", "2021-12-31"),
      ("Public Works Manager", "Tom Reid", "asset management plan", "2021-12-31")]),
    # an "Item" column is the action where no column has an action header; owners joined by "and" before an
    # initial are one action each
    ("Item | Responsible | Due | Status\n"
     "Install load limit signs at the bridge | Public Works Manager | October 18, 2021 | New\n"
     "Audit of trail signage | D. Lynch and T. Reid | November 30, 2021 | Not started",
     [("Public Works Manager", "Tom Reid", "install load limit signs at the bridge", "2021-10-18"),
      ("D. Lynch", "Deborah Lynch", "audit of trail signage", "2021-11-30"),
      ("T. Reid", "Tom Reid", "audit of trail signage", "2021-11-30")]),
    # owners by their initials ("DL" is Deborah Lynch), two joined by a slash; a due cell saying "Done" is reported;
    # initials no one listed has stay as written
    ("# | Action | Owner | Due\n"
     "1 | Follow up with the insurer | DL | October 12, 2021\n"
     "2 | Options for Saturday hours | TR/DL | TBD\n"
     "3 | Send the courier contract for signature | TR | Done\n"
     "4 | Review the trail map | XQ | October 31, 2021",
     [("DL", "Deborah Lynch", "follow up with the insurer", "2021-10-12"),
      ("DL", "Deborah Lynch", "options for Saturday hours", None),
      ("TR", "Tom Reid", "options for Saturday hours", None),
      ("XQ", None, "review the trail map", "2021-10-31")]),
    # a budget session's summary of directions: the department is who, the Follow-up by cell when
    ("Council Direction | Department | Follow-up by\n"
     "Revised fuel estimate at current pricing | Public Works Manager | October 12, 2021\n"
     "Contact the County regarding a combined tender | CAO-Clerk | —",
     [("Public Works Manager", "Tom Reid", "revised fuel estimate at current pricing", "2021-10-12"),
      ("CAO-Clerk", "Deborah Lynch", "contact the County regarding a combined tender", None)]),
    # a due cell "Complete by ..." is a deadline, not a status; a correspondence "Direction" column and an approval are
    # no actions
    ("Action | Responsible | Due\nPost the notice | CAO-Clerk | Complete by October 30, 2021",
     [("CAO-Clerk", "Deborah Lynch", "post the notice", "2021-10-30")]),
    ("Correspondence | Department | Direction\nLetter from MTO re Highway 11 | Public Works Manager | Receive for "
     "information", []),
    ("Council Direction | Department\nApproved as presented | Public Works Manager", []),
    # the due column before the action column
    ("Target Date | Action | Responsible\nOctober 31, 2021 | Obtain a bridge estimate | Public Works Manager",
     [("Public Works Manager", "Tom Reid", "obtain a bridge estimate", "2021-10-31")]),
    # an outstanding items list: the date the item was raised is no deadline, the target cell is
    ("Item | Date Raised | Responsibility | Status | Target Date\n"
     "Sidewalk plowing review | Sept. 14, 2021 | Public Works Manager | New | October 12, 2021\n"
     "Trail signage | Sept. 14, 2021 | CAO-Clerk | Ongoing | TBD",
     [("Public Works Manager", "Tom Reid", "sidewalk plowing review", "2021-10-12"),
      ("CAO-Clerk", "Deborah Lynch", "trail signage", None)]),
    # one column says who, then when: "Responsibility / Timing", its cells "owner / when"
    ("Discussion | Action | Responsibility / Timing\n"
     "Staff reported on the grants. | Update the program guidelines | D. Lynch and T. Reid / October 31, 2021\n"
     "The survey was discussed. | Circulate the survey | CAO-Clerk / ongoing",
     [("D. Lynch", "Deborah Lynch", "update the program guidelines", "2021-10-31"),
      ("T. Reid", "Tom Reid", "update the program guidelines", "2021-10-31"),
      ("CAO-Clerk", "Deborah Lynch", "circulate the survey", None)]),
    # a programme update's "Next Steps" and "Staff Lead" columns: a row's next step is its lead's; "No change" is none
    ("Programme | Status | Next Steps | Staff Lead\n"
     "Summer Day Camp | Registration 82% full | Hire two more counsellors by October 8 | D. Lynch\n"
     "Seniors' Walking Club | Running Tuesdays | No change | D. Lynch",
     [("D. Lynch", "Deborah Lynch", "hire two more counsellors", "2021-10-08")]),
], ids=["action-responsible-due", "owner-first", "repeated-header", "directions", "undertakings", "recorded-vote", "no-action-column", "work-plan",
        "item-column", "initials", "council-direction", "complete-by", "correspondence-direction", "approval-row",
        "due-first", "outstanding-items", "owner-then-due", "next-steps-staff-lead"])
def test_action_table_rows(nlp, table, expected):
    record = record_for(nlp, STAFF + table, title="12. Action Items", date_line=HEADER)
    rows = [(c["who"]["text"], c["who"]["name"], c["what"], c["deadline"]["date"] if c["deadline"] else None)
            for c in record["commitments"] if c["rule"] == "commit.action_table"]
    assert rows == expected
    text = record["text"]
    for c in record["commitments"]:   # the owner's mention is the owner cell, wherever the column stands
        if c["rule"] == "commit.action_table" and c["who"]["participant"]:
            person = next(p for p in record["participants"] if p["id"] == c["who"]["participant"])
            assert any(text[s:e] == c["who"]["text"] for s, e in person["mentions"])
    assert all(c["kind"] == "action" for c in record["commitments"] if c["rule"] == "commit.action_table")


@pytest.mark.parametrize("lines,expected", [
    # a list under an "Action Items" heading: action - owner - when, one action per line
    ("- Obtain a quote for the bridge deck - Tom Reid - October 31, 2021\n"
     "- Post the road closure notice - CAO-Clerk - next meeting",
     [("Tom Reid", "Tom Reid", "obtain a quote for the bridge deck", "2021-10-31"),
      ("CAO-Clerk", "Deborah Lynch", "post the road closure notice", None)]),
    # a line whose cells name no one listed ends the list: it is prose, not an action, and nothing after it is read
    ("- Post the notice - CAO-Clerk - October 12, 2021\n- Snow plowing - winter 2021 - see the report\n"
     "- Obtain a quote - Tom Reid - October 31, 2021", [("CAO-Clerk", "Deborah Lynch", "post the notice", "2021-10-12")]),
    # a "Who - What - When" recap: its column names, then the owner first
    ("- Tom Reid - Obtain a quote for the bridge deck - October 31, 2021",
     [("Tom Reid", "Tom Reid", "obtain a quote for the bridge deck", "2021-10-31")]),
    # "Owner: action (by date)": the owner before a colon, the bracketed date the deadline, not part of what is done
    ("- Tom Reid: obtain a quote for the bridge deck (by October 31, 2021)\n"
     "- Deborah Lynch: post the road closure notice",
     [("Tom Reid", "Tom Reid", "obtain a quote for the bridge deck", "2021-10-31"),
      ("Deborah Lynch", "Deborah Lynch", "post the road closure notice", None)]),
    # owners, and perhaps when, in round brackets at the line's end: two listed people are one action each, staff an
    # owner; a bracket naming no one is no owner
    ("- Write a summary of the results for Council (Tom and Deborah, by October 10, 2021)\n"
     "- Map possible stops near the apartments (Town staff - before October 31, 2021)\n"
     "- Book the hall for the open house (Tom Reid, Deborah Lynch)\n"
     "- Repair the fence at the park (2019)",
     [("Deborah", "Deborah Lynch", "write a summary of the results for Council", "2021-10-10"),
      ("Tom", "Tom Reid", "write a summary of the results for Council", "2021-10-10"),
      ("Town staff", None, "map possible stops near the apartments", "2021-10-30"),
      ("Deborah Lynch", "Deborah Lynch", "book the hall for the open house", None),
      ("Tom Reid", "Tom Reid", "book the hall for the open house", None)]),
    # an "owner to act" line between dash lines is the sentence rules' to read: the list goes on past it
    ("1. Tom Reid - obtain a quote for the bridge deck by October 31, 2021\n"
     "2. Deborah Lynch to post the road closure notice\n"
     "3. Deborah Lynch - book the hall for the open house",
     [("Tom Reid", "Tom Reid", "obtain a quote for the bridge deck", "2021-10-31"),
      ("Deborah Lynch", "Deborah Lynch", "book the hall for the open house", None)]),
], ids=["dash-list", "no-owner", "owner-first", "owner-colon", "owners-in-brackets", "owner-to-act-line"])
def test_action_list_lines(nlp, lines, expected):
    record = record_for(nlp, STAFF + "Council Action Items\nWho - What - When\n" + lines, title="12. Next Steps",
                        date_line=HEADER)
    rows = [(c["who"]["text"], c["who"]["name"], c["what"], c["deadline"]["date"] if c["deadline"] else None)
            for c in record["commitments"] if c["rule"] == "commit.action_list"]
    assert rows == expected


def test_a_budget_tables_direction_to_staff_directs_only_where_it_names_who(nlp):
    # Dept | Item | Change | Direction to staff: "Public Works Manager to bring ..." is his action; "None", a funding
    # note or "Renewal to be discussed" directs no one; a closing "Summary of Directions" is an action list (synthetic 58b)
    table = ("Dept | Item | Change | Direction to staff\n"
             "General Government | Council conference budget | -$4,000 | None\n"
             "Public Works | Gravel program | -$40,000 | Public Works Manager to bring a revised roads list to the October 12 session.\n"
             "Fire | Station 2 roof | +$35,000 | Funded from the Fire Capital Reserve.\n"
             "Recreation | Canteen contract | No change | Renewal to be discussed in 2022.\n\n"
             "Summary of Directions\n\nCAO-Clerk – draft bridge reserve policy by October 20, 2021.\n")
    record = record_for(nlp, STAFF + table, title="7. Operating Budget", date_line=HEADER)
    rows = [(c["rule"], c["who"]["name"], c["what"], c["deadline"]["date"] if c["deadline"] else None)
            for c in record["commitments"] if c["rule"] in ("commit.action_table", "commit.action_list")]
    assert rows == [("commit.action_table", "Tom Reid", "bring a revised roads list", "2021-10-12"),
                    ("commit.action_list", "Deborah Lynch", "draft bridge reserve policy", "2021-10-20")]


def test_a_work_plans_next_step_is_the_action_and_a_completed_row_is_none(nlp):
    # Property | Lead | Next step | Target: leads by first name; "Complete - by-law passed" in the target cell is done
    table = ("Property | Lead | Next step | Target\n"
             "14 Queen Street | Deborah | Review revised elevations; report to Council | November 26, 2021\n"
             "Carnegie Library | Tom | Plaque unveiling | Complete - designation by-law passed June 2021")
    record = record_for(nlp, STAFF + table, title="6. Designation Work Plan", date_line=HEADER)
    rows = [(c["who"]["name"], c["what"], c["deadline"]["date"] if c["deadline"] else None)
            for c in record["commitments"] if c["rule"] == "commit.action_table"]
    assert rows == [("Deborah Lynch", "review revised elevations; report to Council", "2021-11-26")]


def test_a_department_owner_is_its_listed_head(nlp):
    # a 'Decision / Action' column; a department or partner as owner is the one listed person whose post names it,
    # else stays the department (synthetic 57b)
    staff = ("Present: Reeve Harold Fenwick\nStaff: Jill Thorsen, Director of Planning and Development; Bev Norquay, "
             "Executive Director, Habitat for Humanity Ashford Lakes\n\n")
    table = ("# | Decision / Action | Owner | Due | Status\n"
             "24-05-03 | Report to Council on the four parcels | Planning and Development | Q4 2021 | New\n"
             "24-05-04 | Take the Tanner Street site to the Habitat board | Habitat for Humanity Ashford Lakes | October 15 | New\n"
             "24-05-06 | Invite the Builders' Association to present | Clerk's Department | November 27 meeting | New")
    record = record_for(nlp, staff + table, title="9. Decisions / Actions", date_line=HEADER)
    rows = [(c["who"]["text"], c["who"]["name"]) for c in record["commitments"] if c["rule"] == "commit.action_table"]
    assert rows == [("Planning and Development", "Jill Thorsen"), ("Habitat for Humanity Ashford Lakes", "Bev Norquay"),
                    ("Clerk's Department", None)]


def test_an_outstanding_items_list_gives_one_action_per_owner(nlp):
    # a board's list carried from meeting to meeting: item - detail - owner(s) - month; a row without an owner, or done,
    # is none (synthetic 56b)
    lines = ("Outstanding Items\n\n1. Ride-on mower deck – two quotes – Tom Reid – November\n\n"
             "2. Hall roof – budget request – Tom Reid / Deborah Lynch – December 2021\n\n3. Plot map – TBD\n\n"
             "4. Flag holders – completed April\n")
    record = record_for(nlp, STAFF + lines, title="12. Adjournment", date_line=HEADER)
    rows = [(c["who"]["name"], c["what"], c["deadline"]["date"] if c["deadline"] else None)
            for c in record["commitments"] if c["rule"] == "commit.action_list"]
    assert rows == [("Tom Reid", "ride-on mower deck", "2021-11-30"), ("Deborah Lynch", "hall roof", "2021-12-31"),
                    ("Tom Reid", "hall roof", "2021-12-31")]


@pytest.mark.parametrize("lines, expected", [
    # an "Action:" line naming only its owners (first name and initial) and when: the point above is what is done
    ("- Tom will get two quotes for the bridge deck.\n- Action: Tom R. - October 12.\n",
     [("Tom R.", "Tom Reid", "get two quotes for the bridge deck", "2021-10-12")]),
    ("- Ann and Deborah will enter the paper surveys.\n- Action: Ann L. and Deborah L. - by October 7.\n",
     [("Ann L.", "Ann Lee", "enter the paper surveys", "2021-10-07"),
      ("Deborah L.", "Deborah Lynch", "enter the paper surveys", "2021-10-07")]),
    ("- Deborah will look into a shuttle.\n- Action: Deborah L.\n",
     [("Deborah L.", "Deborah Lynch", "look into a shuttle", None)]),
    # no owner named, or a post (an MSCC owner line after its paragraph), or someone not listed: none here
    ("- The vendor list is to be circulated.\n- Action: ongoing.\n", []),
    ("- The Clerk will write to the Legion.\n- Action: Clerk\n", []),
    ("- Someone will call the OPP.\n- Action: Frank Z. - October 1.\n", []),
], ids=["owner-and-date", "two-owners", "owner-alone", "ongoing", "a-post", "not-listed"])
def test_an_action_line_of_owners_only_assigns_the_point_above(nlp, lines, expected):
    record = record_for(nlp, STAFF + lines, title="5. Seniors Fair", date_line=HEADER)
    rows = [(c["who"]["text"], c["who"]["name"], c["what"], c["deadline"]["date"] if c["deadline"] else None)
            for c in record["commitments"] if c["rule"] == "commit.action_list"]
    assert rows == expected


@pytest.mark.parametrize("heading, found", [("STAFF FOLLOW-UP", True), ("Follow-up List", True), ("Follow-up Items", True),
                                            ("Next Steps", True), ("Follow-up on the Bridge Deck", False)])
def test_a_follow_up_heading_opens_an_action_list(nlp, heading, found):
    record = record_for(nlp, STAFF + heading + "\n\n- Obtain a quote for the bridge deck – Tom Reid – October 31, 2021",
                        title="12. Adjournment", date_line=HEADER)
    rows = [(c["who"]["name"], c["what"]) for c in record["commitments"] if c["rule"] == "commit.action_list"]
    assert rows == ([("Tom Reid", "obtain a quote for the bridge deck")] if found else [])


def test_list_points_with_their_owners_in_brackets(nlp):
    body = (STAFF + "Next Steps\n\n- Post the road closure notice within two weeks [Deborah Lynch]\n"
            "- Obtain quotes for the bridge deck before the October 12 meeting [Tom Reid, Deborah Lynch]\n"
            "- The tender closed in August [see report]\n")
    record = record_for(nlp, body, title="9. Next Steps", date_line=HEADER)
    rows = sorted((c["who"]["name"], c["what"], (c["deadline"] or {}).get("date")) for c in record["commitments"]
                  if c["rule"] == "commit.action_list")
    assert rows == [("Deborah Lynch", "obtain quotes for the bridge deck", "2021-10-11"),
                    ("Deborah Lynch", "post the road closure notice", "2021-09-28"),
                    ("Tom Reid", "obtain quotes for the bridge deck", "2021-10-11")]


@pytest.mark.parametrize("cell, expected", [
    ("Roads Supt. – grade Sideroad 15, first week of May.", [("Tom Reid", "grade Sideroad 15")]),   # the week: deadline
    ("Public Works Manager – reported the grader repaired.", []),   # a report, not an action
    ("Trail committee – review the map.", []),                      # no listed participant
    # a cell of several entries (one per line in the page, "; " once read), a hyphen, joint owners: one action each
    ("T. Reid / D. Lynch - trail walk by May 31; D. Lynch - waiver form",
     [("Deborah Lynch", "trail walk"), ("Tom Reid", "trail walk"), ("Deborah Lynch", "waiver form")]),
    ("Roads - grading of the sideroad", []),                         # a title's hyphen after one word
])
def test_an_owner_dash_action_cell(nlp, cell, expected):
    staff = "Present: Reeve Harold Fenwick\nStaff: Tom Reid, Roads Supt.; Deborah Lynch, CAO-Clerk\n\n"
    body = staff + "Item | Discussion | Action/Responsibility\n4. Sideroad 15 | The road is rough. | " + cell
    record = record_for(nlp, body, title="4. Roads", date_line=HEADER)
    assert [(c["who"]["name"], c["what"]) for c in record["commitments"] if c["rule"] == "commit.action_table"] == expected


@pytest.mark.parametrize("line, expected", [
    ("Who: Tom Reid / What: Obtain quote for the culvert / When: October 31, 2021",
     [("Tom Reid", "obtain quote for the culvert", "2021-10-31")]),
    ("1. Obtain a building condition assessment - Owner: CAO-Clerk - By: October 15, 2021",
     [("Deborah Lynch", "obtain a building condition assessment", "2021-10-15")]),
    ("Who: Tom Reid, Deborah Lynch / What: Staff the registration table / When: TBD",
     [("Deborah Lynch", "staff the registration table", None), ("Tom Reid", "staff the registration table", None)]),
    ("Who said what: nobody knew.", []),   # no owner field
])
def test_action_lines_of_labelled_fields(nlp, line, expected):
    record = record_for(nlp, STAFF + "Action Items\n\n" + line, title="9. Next Steps", date_line=HEADER)
    rows = sorted((c["who"]["name"], c["what"], (c["deadline"] or {}).get("date")) for c in record["commitments"])
    assert rows == expected


def test_a_responsible_column_beats_a_department_column(nlp):
    body = (STAFF + "Budget Adjustments Directed\n\nDepartment | Adjustment | Responsible | Due\n"
            "Transportation Services | Reduce roads materials line by $20,000 | Tom Reid | October 31, 2021\n")
    record = record_for(nlp, body, title="9. Budget", date_line=HEADER)
    rows = [(c["who"]["name"], c["what"], c["deadline"]["date"]) for c in record["commitments"]
            if c["rule"] == "commit.action_table"]
    assert rows == [("Tom Reid", "reduce roads materials line by $20,000", "2021-10-31")]


def test_an_owner_cell_listing_two_people_gives_each_an_action(nlp):
    body = (STAFF + "Action Items\n\nAction | Who | When\n"
            "Audit the library entrance | Tom Reid, Deborah Lynch | October 31, 2021\n")
    record = record_for(nlp, body, title="9. Action Items", date_line=HEADER)
    rows = sorted(c["who"]["name"] for c in record["commitments"] if c["rule"] == "commit.action_table")
    assert rows == ["Deborah Lynch", "Tom Reid"]


def test_a_status_cell_saying_complete_with_a_note_reports_done(nlp):
    body = (STAFF + "Follow-up from Previous Meeting\n\nItem | Responsible | Status\n"
            "Letter to the County about the transit pilot | Tom Reid | Complete - letter sent March 28; reply received\n"
            "Update of the services directory | Deborah Lynch | In progress - to be finished by October 31, 2021\n"
            "Crossing guard agreement | Ann Lee | Complete - pending final inspection\n"
            "Procedural By-law update | Deborah Lynch | Complete – By-law 2021-11 passed March 26\n")
    record = record_for(nlp, body, title="4. Follow-up", date_line=HEADER)
    rows = [c["who"]["name"] for c in record["commitments"] if c["rule"] == "commit.action_table"]
    assert rows == ["Deborah Lynch", "Ann Lee"]   # "Complete - pending ...": not yet done; "By-law" is no "by <date>"


def test_carried_forward_rows_with_two_owners_do_not_crash_the_deadlines(nlp):
    # synthetic batch 52 (oxlade): a due offset that falls on no token made the deadline reader index an empty span
    body = (STAFF + "Business Arising from the Minutes\n\n# | Action Item | Responsible | Due | Status\n"
            "23-15 | Audit of accessible parking spaces at the arena and beach | Tom Reid / Deborah Lynch | "
            "November 8, 2021 | Carried forward to January 17, 2022 - beach audit not yet done.\n"
            "23-18 | Review draft Multi-Year Accessibility Plan | All members | November 8, 2021 | "
            "Carried forward to December 15, 2021.\n")
    record = record_for(nlp, body, title="5. Business Arising", date_line=HEADER)
    owners = {c["who"]["name"] for c in record["commitments"] if c["rule"] == "commit.action_table"}
    assert {"Tom Reid", "Deborah Lynch"} <= owners


def test_a_post_in_brackets_after_staff_owns_the_action(nlp):
    # "Staff (CAO) - draft the priority matrix": the post in brackets holds it (synthetic 67b)
    record = record_for(nlp, STAFF.replace("CAO-Clerk", "CAO") + "Next Steps\n\n- Staff (CAO) - draft the priority matrix by "
                        "October 31, 2021\n- Public Works Manager - update the road needs study\n",
                        title="12. Adjournment", date_line=HEADER)
    rows = [(c["who"]["name"], c["what"], c["deadline"]["date"] if c["deadline"] else None)
            for c in record["commitments"] if c["rule"] == "commit.action_list"]
    assert rows == [("Deborah Lynch", "draft the priority matrix", "2021-10-31"),
                    ("Tom Reid", "update the road needs study", None)]

