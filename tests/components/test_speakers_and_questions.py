"""Speaker attribution and questions: a row per cue rule id, continuation, and negatives."""
from __future__ import annotations

import pytest

from pipeline.rulebook import load_rules
from pipeline.components.speakers import run_in_heading_end

from helpers import record_for, speaker_of, speakers_said, utterances_by_text

pytestmark = pytest.mark.model

SPEAKERS = [
    ("The Director – Family Resilience and Safeguarding stated that the Service was coping well.",
     "The Director – Family Resilience and Safeguarding", "speaker.subject"),
    ("A Member asked whether the appointment of 40 newly qualified social workers was sufficient.", "A Member", "speaker.subject"),
    # an OCR'd bullet before the subject is no part of the name (the parser leaves it out of the subject)
    ("e Ms. Ryan advised that demand for water is growing in the Greater Dublin Area.", "Ms. Ryan", "speaker.subject"),
    # the reporting verb hangs on the occasion taken (OCCASIONS); the bracket tells two Collinses apart
    ("On resumption, Councillor Collins (M) took the opportunity to thank all the Members.", "Councillor Collins (M)",
     "speaker.subject"),
    ("In response, Mr. Sheehan advised that the road would be resurfaced.", "Mr. Sheehan", "speaker.subject"),
    ("In response to a query from Councillor Scanlan, the Senior Engineer stated that the works were complete.",
     "the Senior Engineer", "speaker.subject"),
    ("In response to issues raised by the Members, the Director, Economic Development and Planning indicated that "
     "security would be reviewed.", "the Director, Economic Development and Planning", "speaker.subject_prefix"),
    ("In reply to queries and issues raised by the Members, the Director of Planning clarified the position.",
     "the Director of Planning", "speaker.subject"),
    ("In response to queries the City Librarian clarified the following.", "the City Librarian", "speaker.subject_prefix"),
    # speaker.intro_clause: the clause after "A discussion ensued and" names the speaker
    ("A discussion ensued and Councillor Keary proposed a Motion be forwarded to Full Council.", "Councillor Keary",
     "speaker.subject"),
    ("Councillor Kiely expressed her sympathies to the family.", "Councillor Kiely", "speaker.subject"),
    ("Councillor Teskey extended his condolences to the family.", "Councillor Teskey", "speaker.subject"),
    ("Cllr. Secas reinforced that a campaign is needed.", "Cllr. Secas", "speaker.subject"),
    ("Councillor O\u2019Donnell disclosed an interest in this item.", "Councillor O\u2019Donnell", "speaker.subject"),
    ("Members were advised by the Senior Engineer that the road would be closed.", "the Senior Engineer", "speaker.subject"),
    ("Josephine Cotter Coughlan informed the meeting that the officer had been appointed.", "Josephine Cotter Coughlan",
     "speaker.subject"),
    ("The Senior Engineer, Service Operations, then gave an overview of the flooding.",
     "The Senior Engineer, Service Operations", "speaker.subject"),
    ("Superintendent Reidy proceeded with the statistics for the Bruff Division.", "Superintendent Reidy", "speaker.subject"),
    ("The Senior Engineer made the following points in response to issues raised by Members.", "The Senior Engineer",
     "speaker.subject"),
    ("The Clerk would circulate the draft policy to all Councillors.", "The Clerk", "speaker.actor"),
    ("The Director of Services, Housing and Community Development would arrange the repairs.",
     "The Director of Services, Housing and Community Development", "speaker.actor"),
    ("Cllr. W. Loynton will check the status of the existing trees.", "Cllr. W. Loynton", "speaker.actor"),
    # the undertaking in a clause joined to the root
    ("Further training sessions would be arranged for the spring and the Clerk would amend the application.",
     "the Clerk", "speaker.actor"),
    # a name, then the post between commas: the name is the mention
    ("R Lowth, Operations and Maintenance, informed the members that repairs were logged on the CRM system.",
     "R Lowth", "speaker.subject"),
    ("S McNamara, HAT, updated members on the current homelessness situation in Limerick.", "S McNamara",
     "speaker.name_post_lead"),
    # a post in two parts, the verb after it with no comma
    ("R. Corbett, AO, Trade & Investment informed members that the street furniture licence fee was waived.",
     "R. Corbett", "speaker.name_post_lead"),
    ("C Farrell delivered a presentation on the Traveller Accommodation Plan 2014-2018.", "C Farrell",
     "speaker.subject"),
    # the parser makes the post two subjects; the NER's ROLE span joins them
    ("The Director, Regeneration confirmed to Members that a Meeting was held with Limerick Youth Service.",
     "The Director, Regeneration", "speaker.subject"),
    # report.circulated / apologise: speech acts with their objects
    ("Mr Ryan circulated an update on progress for joint procedures for river rescue.", "Mr Ryan", "speaker.subject"),
    ("The Senior Architect, Social Development, commenced the presentation by giving an overview of housing.",
     "The Senior Architect, Social Development", "speaker.subject"),
    ("The Chairperson apologised for the delay in holding the meeting.", "The Chairperson", "speaker.subject"),
    # the closing formula, with the verb the parser read as an adjective
    ("As there was no further business, the Chairperson thanked members for attending and closed the meeting.",
     "the Chairperson", "speaker.subject_prefix"),
    # a list marker the parser hung on the subject
    ("5.v) Cllr. O. Williams reported back on the two workshops that he had attended.", "Cllr. O. Williams",
     "speaker.subject"),
    # a passive with no agent does not decide; the next reporting verb does, and its "he" is the passive's subject
    ("Cllr. O. Williams was congratulated on his recent marriage and he thanked the Councillors for their good wishes.",
     "Cllr. O. Williams", "speaker.subject"),
    # a quantity of members, after an opening phrase
    ("At the conclusion of the Presentation, a large number of Members expressed concern about the cost.",
     "a large number of Members", "speaker.subject"),
    # the members, written in lower case
    ("While members welcomed the presentation, they queried why the Hunt Museum was not included.", "members",
     "speaker.subject"),
    # report.moved_at_table: leaving, returning, opening a meeting make the mover the speaker
    ("Councillor Fraser left the Council table at 8:14 p.m.", "Councillor Fraser", "speaker.subject"),
    ("Councillor Fraser returned to the Council table at 8:19 p.m.", "Councillor Fraser", "speaker.subject"),
    # report.deferred_item: deferring an item is the chair's act at the meeting
    ("The Cathaoirleach deferred Item 6 until the September Meeting.", "The Cathaoirleach", "speaker.subject"),
    # report.took_part: standing aside or taking the chair; a bracketed aside after the name is no part of it
    ("Cllr. J. Davies (as County Councillor) did not take part in the discussion or decision on Planning Application "
     "E/37499.", "Cllr. J. Davies", "speaker.subject"),
    ("Cllr. P. Harries took the Chair.", "Cllr. P. Harries", "speaker.subject"),
    ("Councillor Penner took no part in the discussion or vote on that item.", "Councillor Penner", "speaker.subject"),
    ("Mayor Brennan reminded residents that the office would be closed on Monday.", "Mayor Brennan", "speaker.subject"),
    # report.wanted_to_know: "want" reports speech only with "to know"
    ("Councillor Fraser wanted to know if the township had received the infrastructure funding.", "Councillor Fraser",
     "speaker.subject"),
    # reviewing a report, leading a discussion, reading the land acknowledgement: Ontario minutes' presentations
    ("Treasurer Goss reviewed the report.", "Treasurer Goss", "speaker.subject"),
    ("The CAO led a discussion of the priorities for the new strategic plan.", "The CAO", "speaker.subject"),
    ("Mayor Oakes read the Township's land acknowledgement.", "Mayor Oakes", "speaker.subject"),
    ("The Chief Superintendent issued the following reply which refers to the period 1st January to 30th June:",
     "The Chief Superintendent", "speaker.subject"),
    # a bold heading the reader ran into the sentence: title case throughout, then the titled subject
    ("Clarification of Powers of An Garda Siochana under Section 41 Road Traffic Act 1994 The Chief Superintendent "
     "outlined to Members the powers under the Act.", "The Chief Superintendent", "speaker.subject"),
    # words after the verb the parser hung on the subject are not the mention
    ("Fire Chief Kevin Makin reported that the department had responded to eleven calls in February: four motor "
     "vehicle collisions, three alarm activations and one medical assist.", "Fire Chief Kevin Makin", "speaker.subject"),
    # a resident named with an address
    ("Beverly Tremblay, 1502 Concession 6, asked whether the Township could limit the number of guests.",
     "Beverly Tremblay", "speaker.subject"),
    # the meeting deliberating as a whole (Ontario minutes), not the last one to speak
    ("Council discussed the cost of a second application on Lakeview Road.", "Council", "speaker.subject"),
    ("The Council wished to reiterate its original objections as follows:", "The Council", "speaker.subject"),
    ("The Council reiterated their position that the land had been allocated for the school.", "The Council",
     "speaker.subject"),
    # an unlisted name written out in full, then a post between commas: both make the participant
    ("Kyle Dorval, Manager of Roads and Facilities, reviewed the report.", "Kyle Dorval, Manager of Roads and Facilities",
     "speaker.subject"),
    # the one a relative clause's reporting verb is about, not the motion's proposer (eighteenth round)
    ("The Motion was seconded by Councillor Sheahan who highlighted the under funding of Local Authorities.",
     "Councillor Sheahan", "speaker.subject"),
    # an opening phrase run into the post with no comma; a titled name after one still speaks
    ("In reply to Members queries the Head of Digital Strategy replied as follows:", "the Head of Digital Strategy",
     "speaker.subject_prefix"),
    # a question-and-answer marker before the sentence, or a run-in label naming a titled person (synthetic batch 51)
    ("Q. Councillor Yates asked when the new financial software would be in place.", "Councillor Yates",
     "speaker.subject"),
    ("Q. Councillor Nadeau: What is driving the increase in the insurance premium?", "Councillor Nadeau",
     "speaker.run_in_label"),
    # speaker.after_passive_query: a question put in the passive, then its answer: the one who answers speaks
    ("An update was sought on the provision of a bus shelter in Templeglantine and in replying the Senior Executive "
     "Engineer stated that a site had been identified.", "the Senior Executive Engineer", "speaker.subject_prefix"),
    ("Reference was made to the speed limit along the Bruff road and the Executive Engineer confirmed that it would "
     "be reviewed.", "the Executive Engineer", "speaker.subject"),
    # ... not a passive inside what the speaker reports
    ("The Director, Support Services, confirmed that the approval of the Council was requested to the overdraft and "
     "the Head of Finance would report on it.", "The Director, Support Services", "speaker.subject"),
]


@pytest.mark.parametrize("sentence,mention,rule", SPEAKERS)
def test_speaker_is_subject_of_reporting_verb(nlp, sentence, mention, rule):
    record = record_for(nlp, sentence)
    utt = utterances_by_text(record)[sentence]
    speaker = next(p for p in record["participants"] if p["id"] == utt["speaker"])
    assert utt["speaker_rule"] == rule
    assert any(record["text"][s:e] == mention for s, e in speaker["mentions"])


@pytest.mark.parametrize("sentence", [
    "The report was noted.",
    "There was a view expressed by many Members that it be an iconic bridge.",
    "Clerk to respond.",
    "Members were advised to contact the executive in individual cases.",
    "The Council would carry out the works in the spring.",
    "It would be reviewed in the new year.",
    "The Council would make funding available for the works.",
    "Kilmallock, it was noted, would be next.",
    # a thing or a body before the commas, or a verb that does not report speech
    "The Tenant Handbook, revised, updated the rules.",
    "S McNamara, HAT, crossed the road to the office.",
    "The contractor delivered the materials to the site.",
    "The contractor commenced the works in May.",
    "The residents wanted a footpath on the Lake Road.",
    "The contractor left the materials on the site.",
    "The contractor left the report on the table for members.",
    "Members were advised to contact the executive in individual cases and were thanked for attending.",
    # a passive reporting verb with no agent: a reporting verb in its clause is no speaker
    "The Council was informed that Irish Water had confirmed the works.",
    # a place, not a name, before the commas; group nouns that are not the members
    "In Kilmallock, Co. Limerick, reported incidents had fallen.",
    "In the hall, family members thanked the Council for the service.",
    # leading reports speech only with a discussion or presentation; a contractor is no speaker
    "The Superintendent led the project to completion.",
    # the organisation an officer speaks for, told in a report
    "The Council had provided 2,443 additional tenancies since 2015.",
    "The contractor reviewed its prices.",
    # taking part, said without a negation, reports who took part, not who speaks
    "Nine residents took part in Centre programs in 2022.",
    # report.felt: a feeling suffered, in the passive, says nothing ("Members felt that ..." does)
    "The impact of Covid-19 is being strongly felt by city residents, performers, traders and hospitality services.",
    # a run-in label naming a place or a list, not a person
    "Carrig Desmond: Snag list agreed with banks.",
    "Present: Reeve Harold Fenwick and Councillor Ann Lee.",
])
def test_no_speaker(nlp, sentence):
    record = record_for(nlp, sentence)
    utt = utterances_by_text(record)[sentence]
    assert utt["speaker"] is None


def test_continuation_keeps_speaker_within_point(nlp):
    body = ("The Director stated that demand had increased. The Service was increasing the use of family network meetings.\n\n"
            "2. Housing\n\nThe Service was increasing the use of family network meetings.")
    record = record_for(nlp, body)
    first, second, _, third = [u for u in record["utterances"] if u["item"]][-4:]
    assert second["speaker"] == first["speaker"] is not None
    assert second["speaker_rule"] == "speaker.continuation"
    assert third["speaker"] is None, "a new agenda item resets the speaker"


ELECTIONS = [
    ("speaker.elected_declared", "As there were no other nominations, the Cathaoirleach declared Councillor Keary elected as "
     "Cathaoirleach of the Municipal District."),
    ("speaker.elected_by_vote", "It was proposed by Councillor Collins, seconded by Councillor Scanlan and agreed to elect "
     "Councillor Keary as Cathaoirleach."),
    ("speaker.elected_passive", "Councillor Keary was elected Cathaoirleach."),
    ("speaker.took_the_chair", "Councillor Keary took the Chair."),
]


GUEST_HEADER = ("IN THE CHAIR:\n\nCouncillor L. Galvin, Cathaoirleach.\n\nOFFICIALS IN ATTENDANCE:\n\n"
                "Senior Executive Engineer (Mr. J. Sheehan).\n\n")


def _speakers(record) -> dict[str, dict | None]:
    people = {p["id"]: p for p in record["participants"]}
    return {text: people.get(u["speaker"]) for text, u in utterances_by_text(record).items()}


def test_a_guest_the_chair_welcomes_presents_next(nlp):
    """speaker.welcomed_guest: the first unattributed sentence after the chair's welcome is the
    guest's, and the guest's post resolves to the guest for the rest of the item."""
    body = (GUEST_HEADER + "2. Bypasses\n\nThe Cathaoirleach welcomed the Senior Executive Engineer, Mid-West National "
            "Road Design Office to the Meeting. The consultation on the route options took place in May. "
            "In replying, the Senior Executive Engineer stated that funding was not yet in place.")
    said = _speakers(record_for(nlp, body, title="1. Attendance"))
    guest = said["The consultation on the route options took place in May."]
    assert guest is not None and guest["role"] == "Senior Executive Engineer, Mid-West National Road Design Office"
    assert said["In replying, the Senior Executive Engineer stated that funding was not yet in place."]["id"] == guest["id"]


def test_a_named_guest_keeps_their_post():
    from pipeline.structure.participants import ParticipantRegistry

    registry = ParticipantRegistry()
    (guest,) = registry.welcome("Miriam Kennedy, Head of Wild Atlantic Way, Failte Ireland", 100)
    assert (guest.name, guest.role, guest.source) == ("Miriam Kennedy", "Head of Wild Atlantic Way, Failte Ireland", "welcomed")
    (deputation,) = registry.welcome("a Deputation", 0)
    assert deputation.role == "Deputation"
    assert registry.welcome("the report of the Director", 0) == []


@pytest.mark.parametrize("welcome", [
    "The Cathaoirleach welcomed everyone to the Meeting.",
    "Superintendent O'Connor welcomed Superintendent Reidy.",   # not the chair: the welcomer goes on
    "The Cathaoirleach welcomed Members to the meeting.",   # a group is no guest
    # the welcome does not end the sentence: the chair goes on speaking
    "The Cathaoirleach welcomed Ms. L. Higgins to the Meeting and outlined the format for the presentation.",
])
def test_no_guest_presenter(nlp, welcome):
    body = GUEST_HEADER + f"2. Policing\n\n{welcome} The figures for the year were down."
    said = _speakers(record_for(nlp, body, title="1. Attendance"))
    after = said["The figures for the year were down."]
    assert after is None or after["source"] != "welcomed"


def test_every_election_cue_has_a_row():
    assert {r["id"] for r in load_rules("speaker_cues") if r.get("elected")} == {row[0] for row in ELECTIONS}


@pytest.mark.parametrize("rule,sentence", ELECTIONS, ids=[e[0] for e in ELECTIONS])
def test_the_chair_elected_at_the_meeting_speaks_as_chair_from_then_on(nlp, rule, sentence):
    body = ("PRESENT IN THE CHAIR:\n\nCouncillor Scanlan, Cathaoirleach.\n\nMEMBERS PRESENT:\n\nCouncillors Collins, Keary.\n\n"
            f"1. Election of Cathaoirleach\n\nThe Cathaoirleach invited nominations. {sentence}\n\n"
            "The Cathaoirleach thanked the Members for their support.")
    record = record_for(nlp, body, title="ANNUAL MEETING")
    names = {p["id"]: p["name"] for p in record["participants"]}
    said = {text: names.get(u["speaker"]) for text, u in utterances_by_text(record).items()}
    assert said["The Cathaoirleach invited nominations."] == "Scanlan"
    assert said["The Cathaoirleach thanked the Members for their support."] == "Keary"


def test_the_chief_is_the_one_listed_chief(nlp):
    body = ("Present: Mayor Carol Brennan, Councillor Marie Tremblay\n"
            "Staff: Laura Chen, Chief Administrative Officer; Kevin Makinen, Fire Chief\n\n"
            "Councillor Tremblay asked about recruitment. The Chief replied that the department had nineteen members.")
    record = record_for(nlp, body, title="5. Fire Department")
    names = {p["id"]: p["name"] for p in record["participants"]}
    said = {text: names.get(u["speaker"]) for text, u in utterances_by_text(record).items()}
    assert said["The Chief replied that the department had nineteen members."] == "Kevin Makinen"


def test_the_chief_is_not_the_chief_administrative_officer_who_spoke_last(nlp):
    body = ("Present: Mayor Carol Brennan, Councillor Marie Tremblay\n"
            "Staff: Laura Chen, Chief Administrative Officer; Kevin Makinen, Fire Chief\n\n"
            "The CAO outlined the insurance renewal. Councillor Tremblay asked about a shared fire prevention officer. "
            "The Chief replied that talks had taken place in 2017.")
    assert speaker_of(nlp, body, "The Chief replied that talks had taken place in 2017.", title="5. Fire") == "Kevin Makinen"


def test_correspondence_received_from_a_writer_is_theirs(nlp):
    body = ("Cllr. H. Gwynne reported on the play area. An email had been received from Mr Stephen Davies, Western Power "
            "confirming that there were no outstanding safety threats on site. The poles had the relevant signage.")
    said = speakers_said(record_for(nlp, body, title="7. Play Area"))
    assert said["An email had been received from Mr Stephen Davies, Western Power confirming that there were no "
                "outstanding safety threats on site."] == "Stephen Davies"
    assert said["The poles had the relevant signage."] == "Stephen Davies"


@pytest.mark.parametrize("line,writer", [
    ("Township of Ardlee Hills – Resolution requesting provincial funding for rural broadband expansion.",
     "Township of Ardlee Hills"),   # speaker.correspondence_line
    ("Norah Fitzgerald, Lakeshore Road - Email regarding speeding on Lakeshore Road.", "Norah Fitzgerald"),
    ("Letter from the Harrowfield Historical Society requesting space for a heritage display.",
     "Harrowfield Historical Society"),   # speaker.correspondence_from
    ("Email from Theo Ng regarding the condition of the tennis court nets.", "Theo Ng"),
    # an item heading, and a title without a full stop, are not letters
    ("Item 14 – Notice of Motion submitted by Councillor Lee.", None),
    ("Elmvale Minor Hockey Association - Request for Ice Rental Relief", None),
])
def test_a_correspondence_list_line_is_its_writers(nlp, line, writer):
    body = f"{line}\n\nReceived for information.\n\nThe Clerk noted the correspondence."
    said = speakers_said(record_for(nlp, "Present: Councillor Ann Lee (Chair), Councillor Tom Hart\n\n" + body,
                                    title="8. Correspondence"))
    assert said[line] == writer
    if writer is not None:
        assert said["Received for information."] is None   # the writer speaks in their line only


@pytest.mark.parametrize("line,presenter", [
    ("The members received a presentation from Anne Rizzo, Administrative Officer regarding Age Friendly Limerick.",
     "Anne Rizzo"),   # speaker.presentation_by
    ("A presentation was given by Jillian Robinson, Community Engagement Officer on the PLACE EE project.",
     "Jillian Robinson"),
    ("A PowerPoint presentation was delivered by Ms. Anne Rizzo on the Acorn Tablet Project.", "Anne Rizzo"),
    # a presentation only referred to names no presenter
    ("The presentation delivered by the NTA on the bus network was referenced.", None),
])
def test_a_presenter_named_after_the_presentation_speaks_and_goes_on(nlp, line, presenter):
    body = (f"{line}\n\nThe programme has 30 participants.\n\nCouncillor Lee thanked everyone.")
    said = speakers_said(record_for(nlp, "Present: Councillor Ann Lee (Chair), Councillor Tom Hart\nOfficials: Jillian "
                                    "Robinson, Community Engagement Officer; Anne Rizzo, Administrative Officer\n\n"
                                    + body, title="3. Age Friendly"))
    assert said[line] == presenter
    assert said["The programme has 30 participants."] == presenter


@pytest.mark.parametrize("line,reporter", [
    ("Sam - Thinks we should start looking at a new scoreboard.", "Sam Ostrowski"),   # speaker.name_dash_line
    ("Councillor Sutcliffe - attended the ROMA conference in Toronto.", "Greg Sutcliffe"),
    ("Noreen (by email) - The permit for the dance has been applied for.", "Noreen Vandermeer"),
    # a name no attendance list holds is a correspondent or a topic, not a reporter
    ("Gloria Nyberg - Dust on Scotch Line.", None),
])
def test_a_round_table_line_opening_with_a_listed_name_and_a_dash_is_theirs(nlp, line, reporter):
    body = ("Present: Noreen Vandermeer (Chair), Sam Ostrowski (Vice-Chair), Councillor Greg Sutcliffe\n\n"
            f"Round Table\n\n{line}\n\nTickets are $25 and 60 have been sold so far.")
    said = speakers_said(record_for(nlp, body, title="9. Round Table"))
    assert said[line] == reporter
    if reporter is not None:
        assert said["Tickets are $25 and 60 have been sold so far."] == reporter   # their account goes on


def test_the_points_of_a_speakers_own_list_are_theirs(nlp):
    # numbered points, each a point of its own (no continuation from one to the next)
    body = ("Cllr. O’Hanlon welcomed the discussion. The Chair summarised the comments discussed as follows:\n\n"
            "1. Media campaign\n\n2. Enforcement\n\nCllr. Secas reinforced that a campaign is needed.")
    said = speakers_said(record_for(nlp, "Present: Councillor Ann Lee (Chair), Cllr. O’Hanlon, Cllr. Secas\n\n" + body,
                                    title="3. Accessibility"))
    assert said["Media campaign"] == said["Enforcement"] == "Ann Lee"


def test_a_proposed_texts_prose_is_the_proposers(nlp):
    present = "Present: Councillor Ann Lee (Chair), Cllr. Benson, Cllr. Costelloe\n\n"
    said = speakers_said(record_for(nlp, present + "Cllr. Benson proposed the following amendment:\n\n(g) To ensure "
                                    "sufficient land zoning around the road.\n\nReason: A business campus is outlined "
                                    "in the strategy.", title="22. Change to Chapter 10"))
    assert said["Reason: A business campus is outlined in the strategy."] == "Benson"


def test_proposed_amendments_are_the_proposers_through_their_own_lead_ins(nlp):
    # "proposed the following amendments:" then a heading and numbered "Amend ... as follows:" points (round 24)
    present = "Present: Councillor Ann Lee (Chair), Cllr. Novak, Cllr. Leddin\n\n"
    body = ("Cllr. Novak proposed the following amendments:\n\nAmend Chapter 11: Transport and Movement\n\n"
            "1. Amend Strategic Policy as follows:\n\nTo promote a sustainable transport system.\n\n"
            "2. Amend Objective TM O1 as follows:\n\nFacilitate delivery of the strategy.")
    header = "MINUTES OF MEETING OF THE METROPOLITAN DISTRICT OF LIMERICK HELD ON 27TH JANUARY, 2021.\n\n" + present
    said = speakers_said(record_for(nlp, body, title="1. Economic Development", date_line=header))
    assert said["Amend Objective TM O1 as follows:"] == said["Facilitate delivery of the strategy."] == "Novak"


def test_the_manager_is_the_manager_who_spoke_in_the_item(nlp):
    # a "Project Manager" among the guests does not make "The Manager" ambiguous once the Landfill Manager has spoken
    body = ("Staff Present: Greg Hollingsworth, Landfill Manager\nAlso Present: Mark Underhill, Project Manager\n\n"
            "5. Operations Report\n\nGreg Hollingsworth, Landfill Manager, presented the report. Councillor Yardley "
            "asked about tonnage. The Manager replied that tonnage was up.")
    assert speaker_of(nlp, body, "The Manager replied that tonnage was up.", title="Minutes") == "Greg Hollingsworth"


@pytest.mark.parametrize("invited, expected", [
    ("The Mayor then invited the Director of Environment and Water to present the scheme.", "K. Lehane"),
    ("The Mayor then invited the Director of Home and Social Development to present the scheme.", "C. Curley"),
    ("The Mayor then invited the Director to present the scheme.", "Director"),   # named by no whole post: unresolved
], ids=["first-director", "second-director", "not-named"])
def test_one_of_two_directors_is_the_one_the_item_named(nlp, invited, expected):
    # two Directors attend: "The Director" is the one the item last named by the whole post (round 23)
    body = ("OFFICIALS IN ATTENDANCE:\n\nDirector, Environment and Water (Mr. K. Lehane), Director, Home and Social "
            "Development (Ms. C. Curley)\n\n1. Refuse Collection\n\n" + invited + " The Director addressed the Meeting.")
    assert speaker_of(nlp, body, "The Director addressed the Meeting.", title="Minutes") == expected


@pytest.mark.parametrize("sentence,asker", [
    ("Submitted by Gerald Barlowe, Elm Street: Why is the levy increase higher than inflation?", "Gerald Barlowe"),
    ("Question from Ms. Ada Cosgrove: Will the splash pad open in June?", "Ada Cosgrove"),
    ("Q: Carol Winslow, 12 Cooper's Lane: When will the traffic study be available to the public?", "Carol Winslow"),
])
def test_a_written_question_under_a_submitted_by_label_is_its_writers(nlp, sentence, asker):
    body = ("Question | Response\n" + sentence + " | The Treasurer advised that it would.")
    record = record_for(nlp, "Staff: Hannah Penrose, Treasurer\n\n" + body, title="4. Public Question Period")
    people = {p["id"]: p for p in record["participants"]}
    (question,) = record["questions"]
    assert people[question["asked_by"]]["name"] == asker
    assert question["evidence"]["quote"] == sentence


def test_title_resolves_to_latest_speaker_with_that_title(nlp):
    body = ("Witnesses:\n\nJacquie Burke, Director – Family Resilience and Safeguarding\n\nTina Benjamin, Director – Corporate Parenting\n\n"
            "Key points raised during the discussion:\n\n"
            "1. A Member asked whether the centres were used. The Director – Corporate Parenting stated that they were. "
            "The Director agreed to provide a written response to Members.")
    record = record_for(nlp, body, title="CHILDREN'S IMPROVEMENT UPDATE")
    (c,) = record["commitments"]
    assert c["who"]["name"] == "Tina Benjamin"


QUESTIONS = [
    ("question.will_ask", "“| will ask at the next Meeting for an update on the Oola wastewater treatment plant.”", None),
    ("question.asked_wh", "A Member asked whether the two Local Authorities used the same practice models.", "A Member"),
    ("question.queried", "Councillor Galvin queried the cost of the works.", "Councillor Galvin"),
    ("question.asked_for", "Councillor Galvin sought clarification on the timeframe for the works.", "Councillor Galvin"),
    ("question.asked_for", "Members asked for a quarterly report on estates being taken-in-charge.", "Members"),
    ("question.asked_inverted", "Councillor Benson asked could rents be separated between the City and the County.", "Councillor Benson"),
    ("question.asked_inverted", "Councillor Leddin asked does LCCC have a benchmark for tenancies.", "Councillor Leddin"),
    ("question.asked_inverted", "Cllr. Collins asked can a developer sell directly to an AHB.", "Cllr. Collins"),
    ("question.asked_quoted", "Deputy Collins asked “How many speeding detections were recorded in the Limerick "
     "Division during the National Slow Down Day 2023”.", "Deputy Collins"),
    ("question.raised_passive", "A question was raised as to whether E Scooters were allowed on the road.", None),
    ("question.circulated_with", "Members also requested that they be circulated with the number of Exclusion Orders.",
     "Members"),
    # a question period's own "how should ...?" is still asked
    ("question.question_mark", "Ms. Kerr asked: how should residents report potholes?", "Ms. Kerr"),
    ("question.sought_clarity", "The Cathaoirleach sought clarity on the funding.", "The Cathaoirleach"),
    ("question.question_mark", "Councillor Scanlan said: will the works be completed this year?", "Councillor Scanlan"),
    ("question.interrogative", "Can the Council install road markings and proper signage at Kildimo National School.", None),
    # reported in the past, as a list of the Members' questions
    ("question.interrogative", "What was the timeframe for the delivery of the new capital projects.", None),
    ("question.interrogative", "Were there proposals in place for Mountcollins, Abbeyfeale.", None),
    ("question.interrogative", "How long is the data retained for.", None),
    ("question.interrogative", "Do cameras have night vision.", None),
    ("question.in_response_to_query",
     "In response to a query from Councillor Scanlan, the Senior Engineer stated that the works would be completed in May.",
     "Councillor Scanlan"),
    ("question.in_response_to_query",
     "In reply to Members queries, the Chief Superintendent stated that it was too early to comment.", "Members"),
    ("question.requested_that", "The Mayor requested that information be provided on the number of State Agencies.", "The Mayor"),
    ("question.asked_someone", "Councillor Teefy asked Ms O’Sullivan whether funding was available.", "Councillor Teefy"),
    ("question.asked_someone", "Mayor Dubuc asked the CAO/Clerk whether staff had obtained any quotes.", "Mayor Dubuc"),
    ("question.raised_queries", "Councillor Prendiville raised queries in relation to cost, duration of the visit and "
     "itinerary.", "Councillor Prendiville"),
    ("question.passive_request", "An update was sought on the Newcastle West Integrated Movement Plan.", None),
    # the passive's agent asks
    ("question.passive_request", "A number of queries were raised by Members and clarifications were sought in "
     "relation to some items in the Draft Budget.", "Members"),
    ("question.passive_request", "Clarification was sought by Cllr. Keary in relation to using GMA monies.", "Cllr. Keary"),
    ("question.referred_passive", "The removal of the two poles in Mountcollins was referred to and in replying the "
     "Senior Executive Engineer stated that an application had been made.", None),
    ("question.referred_passive", "Reference was made to safety measures at the Glebe in Monagea and in replying, the "
     "Senior Executive Engineer stated that traffic calming measures were planned.", None),
    ("question.clarified_in_response", "The following points were clarified in response to queries raised by Members:", "Members"),
    ("question.member_request", "Members requested a map showing the Municipal District boundary.", "Members"),
    ("question.in_response_to_query", "Further to queries, G. Daly informed the meeting that a decision would be made.", None),
    ("question.in_response_to_query",
     "In response to a query on Regeneration and amenities the Director informed members of the units delivered.", None),
    ("question.answered_mid_sentence", "The Chief Executive, in response to queries raised by Members, stated that there "
     "had been serious underfunding of the roads programme.", "Members"),
    ("question.answered_mid_sentence", "The Senior Planner, in response to a query, confirmed that the Plan could be "
     "amended at any stage during its life.", None),
    ("question.replied_to_queries", "The Chief Superintendent replied to Members queries as follows:", "Members"),
    ("question.replied_to_queries", "Ms Humphries also responded to queries from members regarding night care for the "
     "elderly.", "members"),
    # an answer to queries no one is named for, or named after them; "a number of" queries
    ("question.replied_to_queries", "The A/Head of Finance responded to queries in relation to the financial reports.", None),
    ("question.replied_to_queries", "The Senior Executive Engineer replied to queries raised by the Members as follows:",
     "the Members"),
    ("question.in_response_to_query", "In response to a number of queries, the Chief Executive clarified the position.",
     None),
    ("question.referred_and_replied", "Councillor Galvin referred to the works carried out at the junction and in replying, "
     "the Executive Engineer confirmed that the works were complete.", "Councillor Galvin"),
    ("question.in_reply_to_member", "In response to Cllr. Leddin, Mr. Kennedy stated that the existing network does "
     "have issues.", "Cllr. Leddin"),
    ("question.in_reply_to_member", "In reply to Members, he said that the Army cannot be brought in.", "Members"),
    ("question.in_reply_to_member", "Replying to B. Thompson, Maria confirmed that the criteria were set.", "B. Thompson"),
    ("question.wanted_to_know", "Councillor Fraser wanted to know if the township had received the infrastructure funding.",
     "Councillor Fraser"),
    # a proposer asking for information while proposing puts a question (DEBATE_QUESTIONS); "asked that" does not
    ("question.asked_wh", "In proposing the Motion, Councillor O' Donoghue asked if the hedge-cutting season could be "
     "extended.", "Councillor O' Donoghue"),
    # a numbered part before the wh-word (round 33)
    ("question.asked_wh", "Cllr. Stephen Keary asked (1) about the status of the modular housing partially constructed "
     "in Moyross.", "Cllr. Stephen Keary"),
    ("question.asked_wh", "Ms. Dee Ryan, CEO, Limerick Chamber of Commerce asked (a) what is the role of the Local "
     "Authority in the administration of this.", "Ms. Dee Ryan, CEO, Limerick Chamber of Commerce"),
]


def test_every_question_cue_has_a_row():
    assert {row["id"] for row in load_rules("question_cues")} == {rule for rule, _, _ in QUESTIONS}


@pytest.mark.parametrize("rule,sentence,asker", QUESTIONS, ids=[q[0] for q in QUESTIONS])
def test_question_found_with_asker(nlp, rule, sentence, asker):
    record = record_for(nlp, sentence)
    (question,) = record["questions"]
    assert question["rule"] == rule
    assert question["asked_by_text"] == asker


@pytest.mark.parametrize("sentence", [
    "The Service was grateful to Members for approving an enhanced salary offer.",
    # concerns something followed are no question put (a reply to concerns implies one)
    "Following concerns raised by members regarding the notices, the Chairperson agreed to invite the Director.",
    "The TII have requested a detailed breakdown of funding which is currently being prepared.",
    "In proposing the Motion, Councillor Collins asked that the Council provide Public Wi-Fi access.",
    "Circulated, Report of the Staff Officer which noted that a snag list had been requested.",
    "Irish Cement was requested to submit further information in respect of their planning application.",
    "The Director stated that the question of funding was a matter for the Department.",
    # the queries just asked (their own questions already): no new one
    "Ms Doody responded to the queries.",
    # asking for support or a review requests action, not information
    "Cllr. J. Costello asked for support for the Darkness into Light walk at Thomond Park.",
    "She asked for a review of the festival to give it broader appeal.",
    "He asked that funding for the project be sought from the TII.",
    # requests for action are statements (GUIDELINES.md, Requests)
    "The arranging of a meeting with the Council’s solicitors was also requested and the Meetings Administrator "
    "agreed to follow up on this matter.",
    "Members requested that a speed limit review be carried out at the National School.",
    "Councillor Teefy asked the Acting Head of Finance to follow up on this.",
    "Cllr O'Brien also requested that the meeting be held in the concert hall.",
    "What was agreed at the last meeting had been carried out.",
    "The Members asked for a Policy Document to be drafted by the appropriate Strategic Policy Committee.",
    "What is proposed is a two-phase scheme.",
    "The Members requested a formal meeting structure to be put in place to ensure better communication.",
    "How much of the budget remains will be confirmed in the report.",
    "Has been completed.",
    # a 'to' clause after "asked X" is a request for action; its "about"/"for" belongs to that verb
    "He asked Members to inform the Gardai about any issues that come to their attention.",
    "The meeting was adjourned for 15 minutes and the press were asked to withdraw for the adjournment.",
    # an earlier enquiry reported, not a question put at this meeting
    "The Director indicated that the Arts Officer had enquired about the possibility of a Member attending.",
    "Councillor Ryan said the residents had queried the cost of the works.",
    "Councillor Fraser wanted to thank the volunteers who organised the event.",
    "The residents had wanted to know why the road was closed.",
    "The Chairman asked the Members to note the report.",
    # a consultation's own questions quoted in a report: the second person, or which/what/how ... should
    "Do you agree with the 7 key objectives of the new scheme?",
    "Which areas should be prioritised?",
    "The questions asked were answered by the Director of Services.",
])
def test_not_a_question(nlp, sentence):
    assert record_for(nlp, sentence)["questions"] == []


def test_answers_follow_question_until_next_question(nlp):
    body = ("OFFICIALS IN ATTENDANCE:\n\nSenior Engineer (Mr. H. McGrath).\n\n2. Roads\n\n"
            "Councillor Galvin asked whether the road would be resurfaced. The Senior Engineer stated that it would be "
            "resurfaced in 2019. Councillor Foley queried the drainage works.")
    record = record_for(nlp, body, title="1. Attendance")
    first, second = record["questions"]
    people = {p["id"]: p for p in record["participants"]}
    assert [people[p]["name"] for p in first["answered_by"]] == ["H. McGrath"]
    assert len(first["answers"]) == 1
    assert second["answers"] == []


def test_a_written_question_and_a_motion_are_their_submitters(nlp):
    body = ("1. Question submitted by Councillor J. Scanlan\n\nI will ask at the next Meeting for a list of vacant "
            "properties.\n\nREPLY: A list will be circulated.\n\n"
            "2. Notice of Motion submitted by Councillor L. Galvin\n\n\u201cI will move at the next Meeting that the "
            "Council write to the Minister.\u201d")
    record = record_for(nlp, body)
    people = {p["id"]: p for p in record["participants"]}
    by_text = utterances_by_text(record)
    question = next(u for t, u in by_text.items() if t.startswith("I will ask"))
    motion = next(u for t, u in by_text.items() if "I will move" in t)
    assert "Scanlan" in people[question["speaker"]]["name"] and question["speaker_rule"] == "speaker.submitted_by"
    assert "Galvin" in people[motion["speaker"]]["name"] and motion["speaker_rule"] == "speaker.submitted_by"


@pytest.mark.parametrize("line,text,submitter", [
    # a later submitted-by line inside the item wins over the item title's (which names Donegan)
    ("A Reply to the following Question submitted by Councillor B. Teefy at Meeting held on Friday, 11th March, "
     "2016 was submitted to the Meeting :", "I will ask at the next Meeting when the review will be done.", "Teefy"),
    # words between "Notice of Motion" and "submitted by"; the motion's own clause names another
    ("To consider Notice of Motion referred from adjourned Council meeting held on 3rd July, 2020 submitted by "
     "Cllr. E. O\u2019Brien.", "I will move at the next meeting that the Chief Executive deliver the report.",
     "O\u2019Brien"),
    ("To consider Notice of Motion referred from Metropolitan District Meeting, held on 16th November, 2020, "
     "submitted by Cllr. C. Sheehan;", "I will move at the next meeting that the Council develop a policy.", "Sheehan"),
    # a heading in capitals, with where the motion was referred from; a surname with a fada
    ("5. TO CONSIDER NOTICE OF MOTION SUBMITTED BY COUNCILLOR L. GALVIN (REFERRED FROM MEETING OF LIMERICK CITY "
     "AND COUNTY COUNCIL HELD ON 26TH MARCH, 2018)", "I will move at the next Meeting that the Government act.",
     "GALVIN"),
    ("Notice of Motion submitted by Cmhlr. S. \u00d3 Ceallaigh (to be referred to the Economic Development, Enterprise "
     "and Planning Strategic Policy Committee)", "I will move at the next Meeting that this Council act.", "Ceallaigh"),
    ("Notice of Motion submitted by the Municipal District of Adare-Rathkeale - Councillors A. Teskey (Proposer), "
     "B. Collins", "We will move at the next Meeting that the Council adopt a policy.", "Adare-Rathkeale"),
    # ... its members in brackets after the district
    ("11. Notice of Motion submitted by the Municipal District of Adare-Rathkeale (Councillors S. Keary (Proposer), "
     "B. Collins, E. O\u2019Brien)", "We will move at the next Meeting that the Council change the grass-cutting "
     "protocol.", "Adare-Rathkeale"),
])
def test_a_submitted_by_line_with_more_on_it_names_the_submitter(nlp, line, text, submitter):
    body = ("5. Question submitted by Councillor M. Donegan\n\nI will ask at the next Meeting for an update on the "
            "road.\n\nREPLY:\n\nThe road will be repaired in May.\n\n" + line + "\n\n" + text
            + "\n\nREPLY:\n\nThe review is under way.")
    record = record_for(nlp, body, title="4. Roads")
    people = {p["id"]: p for p in record["participants"]}
    said = utterances_by_text(record)[text]
    person = people[said["speaker"]]
    assert submitter in (person["name"] or "") + (person["role"] or "")
    assert said["speaker_rule"] == "speaker.submitted_by"


@pytest.mark.parametrize("line", [
    "The Notice of Motion submitted by Cllr. Ryan at the last meeting was deferred.",
    "Notice of Motion submitted by Cllr. Ryan was deferred.",
    "The Notice of Motion submitted by Councillor Teefy at the Meeting of 5th May was deferred.",
    "Councillor Donegan welcomed the reply and referred to the Question submitted by Councillor Teefy.",
])
def test_a_sentence_about_a_submitted_motion_names_no_submitter(line):
    from pipeline.components.speakers import SUBMITTED_LINE
    assert SUBMITTED_LINE.search(line) is None


@pytest.mark.parametrize("sentence,presenter", [
    ("3.Presentation by Ms. Grace O\u2019Sheahan on the Role of The Community Policing Co-Ordinator Ms. O\u2019Sheahan "
     "stated that her role is :", "Grace O\u2019Sheahan"),
    ("Presentation on Museum Service by Dr. Matt Potter, Museum Curator Dr. Matthew Potter gave a presentation on the "
     "Limerick Museum Service.", "Matt Potter"),
    ("4.Presentation by Detective Garda Declan O\u2019Halloran, Divisional Drugs Unit Detective Garda Declan "
     "O\u2019Halloran outlined the Drugs Statistics 2019 as follows :", "Declan O\u2019Halloran"),
])
def test_a_presentation_heading_run_into_its_first_sentence_names_the_speaker(nlp, sentence, presenter):
    """speaker.presentation_heading: the parser reads the whole heading as the verb's subject."""
    body = "The Chief Superintendent outlined the strategy.\n\n" + sentence + "\n\nDealing with correspondence"
    record = record_for(nlp, body, title="2. Policing Plan")
    people = {p["id"]: p for p in record["participants"]}
    said = utterances_by_text(record)
    (opening,) = [u for t, u in said.items() if t.endswith(sentence[-30:])]
    assert presenter in people[opening["speaker"]]["name"]
    assert opening["speaker_rule"] == "speaker.presentation_heading"


@pytest.mark.parametrize("sentence", [
    "Presentation by Irish Water on the Water Services Programme Mr. John Smith, Irish Water, outlined the programme.",
    "4. Presentation by Mr. J. Ryan, Director of Housing Members welcomed the presentation on the housing plan.",
])
def test_a_presentation_heading_does_not_override_another_speaker(nlp, sentence):
    said = utterances_by_text(record_for(nlp, sentence + "\n\nThe Chair thanked them."))
    assert said[sentence.removeprefix("4. ")]["speaker_rule"] != "speaker.presentation_heading"


def test_a_presentation_heading_alone_names_no_speaker(nlp):
    record = record_for(nlp, "Presentation by Failte Ireland on Limerick Initiatives\n\nThe Chair thanked them.")
    said = utterances_by_text(record)
    assert said["Presentation by Failte Ireland on Limerick Initiatives"]["speaker_rule"] != "speaker.presentation_heading"


def test_business_outside_any_item_is_not_procedure(nlp):
    """Minutes whose agenda items are not recognised still hold business after the attendance list;
    only the opening (title, lists) is procedural."""
    text = ("MINUTES OF MEETING OF THE MUNICIPAL DISTRICT OF NEWCASTLE WEST HELD ON WEDNESDAY, 6TH MARCH, 2019.\n\n"
            "MEMBERS PRESENT:\n\nCouncillors Collins, Keary.\n\n"
            "Councillor Collins asked whether the footpath in Ballyhahill would be repaired.\n")
    from pipeline.extraction import extract_document
    from pipeline.ingest import Document

    record = extract_document(Document(source="t.txt", format="txt", text=text, encoding="utf-8", pages=None), nlp)
    acts = {text: u["act"] for text, u in utterances_by_text(record).items()}
    assert acts["Councillors Collins, Keary."] == "procedural"
    assert acts["Councillor Collins asked whether the footpath in Ballyhahill would be repaired."] == "question"


def test_someone_joining_later_does_not_move_the_opening(nlp):
    """'X joined the meeting' is an attendance entry anywhere in the minutes: the business before it
    stays business."""
    text = ("MINUTES OF MEETING OF THE MUNICIPAL DISTRICT OF NEWCASTLE WEST HELD ON WEDNESDAY, 6TH MARCH, 2019.\n\n"
            "MEMBERS PRESENT:\n\nCouncillors Collins, Keary.\n\n"
            "Councillor Collins asked whether the footpath in Ballyhahill would be repaired.\n\n"
            "Mr. John Ryan joined the meeting at 4.30 p.m.\n")
    from pipeline.extraction import extract_document
    from pipeline.ingest import Document

    record = extract_document(Document(source="t.txt", format="txt", text=text, encoding="utf-8", pages=None), nlp)
    acts = {text: u["act"] for text, u in utterances_by_text(record).items()}
    assert acts["Councillor Collins asked whether the footpath in Ballyhahill would be repaired."] == "question"


def test_a_list_marker_is_not_the_subject(nlp):
    """The parser takes "i" of "i)" for the subject; the speaker and the commitment's owner are the
    person after it."""
    body = ("i) PCSO Roger Anthony advised that no crime had been reported since the last meeting.\n\n"
            "ii) PCSO Anthony would look again into the issue of cars parked in the passing place.")
    record = record_for(nlp, body)
    said = _speakers(record)
    assert said["PCSO Roger Anthony advised that no crime had been reported since the last meeting."]["name"] == "Roger Anthony"
    (c,) = record["commitments"]
    assert c["who"]["name"] == "Roger Anthony"


def test_a_name_before_its_department_leads_the_mention():
    """"Stuart Quick, Highways Department had responded": when the parser makes only the department
    the subject, the name before the comma still leads the mention. The parse is built by hand, as
    the model does not give it for every context."""
    import spacy
    from spacy.tokens import Doc

    from pipeline.components.speakers import SpeakerAttributor
    from pipeline.structure.participants import ParticipantRegistry

    words = ["Stuart", "Quick", ",", "Highways", "Department", "had", "responded", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True, False, True, True, True, True, False, False],
              pos=["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "AUX", "VERB", "PUNCT"],
              deps=["compound", "npadvmod", "punct", "compound", "nsubj", "aux", "ROOT", "punct"],
              heads=[1, 6, 6, 4, 6, 6, 6, 6],
              lemmas=["Stuart", "Quick", ",", "Highways", "Department", "have", "respond", "."])
    doc._.participants = ParticipantRegistry()
    mention, start, end, rule = SpeakerAttributor().find_speaker(doc[:])
    assert (mention, start, rule) == ("Stuart Quick, Highways Department", 0, "speaker.subject")


def test_he_or_she_is_one_person_not_the_members(nlp):
    body = ("OFFICIALS IN ATTENDANCE:\n\nSenior Planner (Ms. M. Woods).\n\n2. Development Plan\n\n"
            "The Senior Planner stated that 229 submissions were received. Members thanked the Senior Planner and raised "
            "queries regarding density. She stated that densities varied according to location.")
    said = _speakers(record_for(nlp, body, title="1. Attendance"))
    assert said["She stated that densities varied according to location."]["name"] == "M. Woods"


def test_written_questions_under_a_submitted_by_line_run_into_a_paragraph(nlp):
    body = ("The Members asked for a Policy Document to be drafted. Questions submitted by Councillor L. Galvin:\n\n"
            "7. \u201cI will ask at the next meeting for the road number to be placed at the entrance.\u201d\n\n"
            "It was stated that there was no programme in place at present.")
    record = record_for(nlp, body)
    (question,) = [q for q in record["questions"] if q["rule"] == "question.will_ask"]
    people = {p["id"]: p for p in record["participants"]}
    assert people[question["asked_by"]]["name"] == "L. Galvin"


def test_interrogative_written_questions_under_a_submitted_by_line_are_the_submitters(nlp):
    body = ("Some discussion followed on the matter.\n\nQuestion submitted by Councillor E. O\u2019Brien\n\n"
            "5. What is the up to date position with regard to the taking in charge of An Curran Estate.\n\n"
            "REPLY An inspection of the estate was carried out recently.\n\n"
            "6. Can the Council install road markings and proper signage at Kildimo National School.\n\n"
            "REPLY\n\nThe road markings will be installed.")
    record = record_for(nlp, body, title="4. Travel and Transportation")
    people = {p["id"]: p for p in record["participants"]}
    askers = [people[q["asked_by"]]["name"] if q["asked_by"] else None for q in record["questions"]]
    assert askers == ["E. O\u2019Brien", "E. O\u2019Brien"]


def test_a_question_put_in_the_debate_after_a_written_one_is_not_the_submitters(nlp):
    body = ("Question submitted by Councillor E. O\u2019Brien\n\n"
            "5. What is the up to date position with regard to the taking in charge of An Curran Estate.\n\n"
            "REPLY An inspection of the estate was carried out recently. Councillor Galvin welcomed the reply. "
            "How will the Council fund the works.")
    record = record_for(nlp, body, title="4. Travel and Transportation")
    people = {p["id"]: p for p in record["participants"]}
    said = {text: u["speaker"] for text, u in utterances_by_text(record).items()}
    assert people[said["How will the Council fund the works."]]["name"] == "Galvin"


def test_a_submitted_by_phrase_inside_a_sentence_names_no_submitter(nlp):
    record = record_for(nlp, "Notice of Motion submitted by Cllr. Ryan was deferred.\n\n5. How will the works be funded.")
    assert not [p for p in record["participants"] if "deferred" in (p["name"] or "") + (p["role"] or "")]


def test_an_interrogative_with_no_submitter_keeps_its_own_speaker(nlp):
    body = "Councillor Galvin asked about the road.\n\nHas the Council addressed the flooding on the road."
    record = record_for(nlp, body)
    people = {p["id"]: p for p in record["participants"]}
    said = {text: u["speaker"] for text, u in utterances_by_text(record).items()}
    assert people[said["Has the Council addressed the flooding on the road."]]["name"] == "Galvin"


@pytest.mark.parametrize("point", [
    "Councillor Keary raised issues in relation to the unauthorised use of a property in Rathkeale.",
    "Councillor Galvin referred to the condition of the road at Ardagh.",
])
def test_a_members_point_is_a_question_only_when_an_officer_answers_it(nlp, point):
    """question.referred_then_reply (GUIDELINES.md, Requests)."""
    header = "OFFICIALS IN ATTENDANCE:\n\nSenior Engineer (Mr. H. McGrath).\n\n"
    answered = record_for(nlp, header + "2. Roads\n\n" + point + " The Senior Engineer stated that it would be examined.",
                          title="1. Attendance")
    (question,) = answered["questions"]
    assert question["rule"] == "question.referred_then_reply"
    alone = record_for(nlp, header + "2. Roads\n\n" + point + " The matter was noted.", title="1. Attendance")
    assert alone["questions"] == []


def test_a_reply_read_out_is_its_authors(nlp):
    body = ("The Meetings Administrator read the following reply from the SEO, Water Services:\n\n"
            "Fire hydrants form part of the water infrastructure. Ownership transferred to Irish Water in 2014.\n\n"
            "Councillor Galvin thanked the SEO for the reply.")
    record = record_for(nlp, body)
    said = _speakers(record)
    assert said["The Meetings Administrator read the following reply from the SEO, Water Services:"]["role"] == "Meetings Administrator"
    for sentence in ("Fire hydrants form part of the water infrastructure.", "Ownership transferred to Irish Water in 2014."):
        assert said[sentence]["role"] == "SEO, Water Services"
    assert said["Councillor Galvin thanked the SEO for the reply."]["name"] == "Galvin"


def test_reading_without_a_colon_hands_nothing_over(nlp):
    body = "The Meetings Administrator read the reply from the SEO. The matter was noted."
    said = _speakers(record_for(nlp, body))
    after = said["The matter was noted."]
    assert after is None or after["role"] == "Meetings Administrator"



def test_a_letter_read_out_is_its_authors_not_its_dates():
    from pipeline.components.speakers import speaker_cues

    match = speaker_cues()["speaker.read_from"].search(
        "The Clerk read the following letter from the Department of Housing dated 5th May 2016:")
    assert match.group("who") == "the Department of Housing"


@pytest.mark.parametrize("text,written", [
    ("We will move at the next Meeting that the Council adopt a policy.", True),
    ("| will ask at the next Meeting for an update on the road.", True),
    # a reply or an officer saying "we will move" is not a motion's text
    ("We will move the bus stop to the other side of the road by the end of May.", False),
    ("We will move to tender stage in June and construction will start in September.", False),
])
def test_submission_text(text, written):
    from pipeline.components.speakers import SUBMISSION_TEXT

    assert bool(SUBMISSION_TEXT.match(text)) is written


@pytest.mark.parametrize("sentence, speaker", [
    # "commenced by stating": the opening verb carries the subject (the parser may hang it on the subject)
    ("The A/Director, Social Development, commenced by stating that there were 3,260 applicants on the list.",
     "C. Kirby"),
    ("The Meetings Administrator concluded by thanking the Members for their patience.", "C. O'Connor"),
    # report.of_the_view: the Members who held the view speak; "be" alone reports nothing
    ("Some Members were of the view that this important issue required time for discussion.", "Some Members"),
    ("Some Members were unhappy with the delay.", None),
], ids=["commenced-by", "concluded-by", "of-the-view", "be-alone"])
def test_speakers_of_opening_verbs_and_views(nlp, sentence, speaker):
    body = "In attendance: A/Director, Social Development (Ms. C. Kirby), Meetings Administrator (Mr. C. O'Connor).\n\n" \
           "1. Housing\n\n" + sentence
    assert speaker_of(nlp, body, sentence) == speaker


@pytest.mark.parametrize("sentence, speaker", [
    # report.seconded: the seconder speaks; a passive names no one who does (speaker.proposal_line)
    ("Cllr. Ryan seconded the Motion.", "Ryan"),
    ("The Motion was seconded by Cllr. Ryan.", None),
    # only with a subject of its own: a participle "seconded by" names no one who speaks
    ("On the proposal of Cllr. Butler and seconded by Cllr. Ryan, it was agreed to suspend standing orders.", None),
    # "referenced" reports speech as "referred to" does
    ("Cllr. Leddin referenced the campaign regarding disused railway lines.", "Leddin"),
], ids=["seconded", "seconded-passive", "seconded-participle", "referenced"])
def test_seconders_and_references_speak(nlp, sentence, speaker):
    body = "Members Present: Cllrs. Novak (Chair), Butler, Leddin, Ryan.\n\n1. Rail\n\n" \
           "Cllr. Butler proposed the Motion.\n\n" + sentence
    assert speaker_of(nlp, body, sentence) == speaker


@pytest.mark.parametrize("sentence, speaker", [
    # directing and submitting report what someone says or puts forward
    ("In the absence of agreement, the Mayor directed that a vote be taken on the proposal.", "M. Collins"),
    ("Cllr Kiely stated that the scheme was welcome.", "Kiely"),   # the surname the tagger read as an adverb
    # "submitted" reports nothing ("Mr. Jones submitted his appeal" in a report); letters are no one's initials here
    ("Mr. Jones submitted his appeal on March 3 and withdrew it on April 1.", "Teskey"),
    ("Cllr Kiely submitted a Notice of Motion, which was agreed.", "Kiely"),   # a motion submitted: the member
    ("XQ stated that the scheme was useful.", "Teskey"),   # no one's initials: the last speaker goes on
], ids=["directed", "surname-as-adverb", "submitted-appeal", "submitted-motion", "unknown-initials"])
def test_directing_submitting_and_initials(nlp, sentence, speaker):
    body = ("Present: Councillor Kiely, Councillor Teskey, Mayor M. Collins.\n\nIn attendance: S. Hartigan, Senior Executive "
            "Officer.\n\n1. Housing\n\nCouncillor Teskey outlined the schemes.\n" + sentence)
    assert speaker_of(nlp, body, sentence) == speaker


def test_a_name_the_parser_takes_for_the_sentence_still_speaks(nlp):
    # "Collopy" parsed as the root, "enquired" as a participle hanging on it (ninth round)
    sentence = "Cllr. Collopy enquired about the Council’s helpline for emergency accommodation."
    body = ("Present: Cllr. Tom Collopy, Cllr. Sharon Benson.\n\nIn attendance: Ms. Triona O’Connor, Homeless Operations "
            "Programme Manager.\n\n1. Homelessness\n\nMs. O’Connor advised that families can be housed in hubs.\n\n"
            + sentence + " Ms O’Connor advised that there is a number.")
    assert speaker_of(nlp, body, sentence) == "Tom Collopy"


def test_a_listed_person_by_first_name_is_the_actor_who_speaks(nlp):
    body = ("Present: Leanne Corbiere (Chair), Jane Thibodeau, Councillor Gord McInnis (Council Liaison).\n\n3. Reports\n\n"
            "Jane reported on the spring clean-up.\nGord will take the quote to Council on May 8.\n"
            "Hydro will replace the pole in June.")
    said = speakers_said(record_for(nlp, body, title="Minutes"))
    assert said["Gord will take the quote to Council on May 8."] == "Gord McInnis"
    assert said["Hydro will replace the pole in June."] != "Hydro"


@pytest.mark.parametrize("sentence, speaker", [
    # speaker.name_post_nocomma: a name by its initials, the post with no comma, then a verb the tagger read as an adjective
    ("K. Burke Senior Executive Planner, informed members that the Development Plan was adopted.", "K. Burke"),
    # what a person presents speaks for them; a body's report does not make the body a speaker
    ("Ms O’Connell’s presentation outlined the protocol in relation to Taking in Charge.", "N. O’Connell"),
    ("The Senior Executive Engineer’s report outlined the works programme.", "N. O’Connell"),
    ("The Council’s report outlined the budget.", "Kiely"),
], ids=["name-post-no-comma", "possessive-presentation", "possessive-post-report", "body-report"])
def test_names_before_posts_and_possessive_presentations(nlp, sentence, speaker):
    body = ("Present: Councillor Kiely.\n\nIn attendance: K. Burke, Senior Executive Planner; N. O’Connell, Senior "
            "Executive Engineer.\n\n1. Plan\n\nCouncillor Kiely welcomed the plan.\n" + sentence)
    assert speaker_of(nlp, body, sentence) == speaker


@pytest.mark.parametrize("sentence, speaker", [
    # the meeting deliberating or deciding, no one named (GUIDELINES.md): the body, whatever the verb
    ("The Board reviewed revised Policy OP-07, Code of Conduct for Patrons.", "Board"),
    ("The Board directed the CEO to respond to the patron.", "Board"),
    ("The Board's lawyer reviewed the policy.", "Amal Haddad"),   # not the body: the last speaker goes on
], ids=["board-reviewed", "board-directed", "board-possessive"])
def test_the_meeting_body_deliberating_speaks(nlp, sentence, speaker):
    body = "Present: Chair Helen Varga, Trustee Amal Haddad.\n\n1. Policy\n\nTrustee Haddad asked about the policy.\n" + sentence
    header = "DUNMERE PUBLIC LIBRARY BOARD\nMinutes of the Regular Board Meeting\nWednesday, February 27, 2019"
    assert speaker_of(nlp, body, sentence, date_line=header) == speaker


@pytest.mark.parametrize("phrase, head", [
    ("The A/Head of Finance", "The A/Head of"),
    ("written comments received by the Clerk", "written comments"),
    ("The Senior Executive Engineer", "The Senior Executive Engineer"),
])
def test_the_words_naming_a_post_end_at_the_head_or_its_of(nlp, phrase, head):
    from pipeline.components.speakers import post_head
    doc = nlp.make_doc(phrase)
    for name, proc in nlp.pipeline:
        if name in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"):
            doc = proc(doc)
    assert post_head(doc[:]).text == head


def test_a_member_report_line_is_the_members(nlp):
    body = ("Present: Mayor Harlan Voskuil, Councillor Darlene Quarrington, Councillor Murray Brennick. Staff: Beverly "
            "Hinchley, CAO-Clerk-Treasurer.\n\n7. Reports of Members of Council\n\n"
            "Councillor Quarrington - District Social Services Administration Board: the Board adopted its budget.\n"
            "Councillor Brennick - He asked whether the Township had heard back about the broadband project.\n"
            "Mayor Voskuil - The Mayor and the CAO-Clerk-Treasurer will meet with the Ministry engineer on March 28.")
    record = record_for(nlp, body, title="Minutes")
    said = speakers_said(record)
    assert said["Councillor Quarrington - District Social Services Administration Board: the Board adopted its budget."] \
        == "Darlene Quarrington"
    assert said["Councillor Brennick - He asked whether the Township had heard back about the broadband project."] \
        == "Murray Brennick"
    owners = sorted(c["who"]["name"] or "" for c in record["commitments"])
    assert owners == ["Beverly Hinchley", "Harlan Voskuil"]   # the label "Mayor Voskuil - " is no third owner


def test_he_and_an_officer_acting_is_he_speaking(nlp):
    body = ("Present: Mayor Gerald Pelletreau, Councillor Trevor Rideout. Staff: Ann Moss, CAO.\n\n6. Reports\n\n"
            "Mayor Pelletreau reported on the conference. He and the CAO will request a delegation with the Minister.")
    said = speakers_said(record_for(nlp, body, title="Minutes"))
    assert said["He and the CAO will request a delegation with the Minister."] == "Gerald Pelletreau"


def test_a_delegates_board_reviewing_is_reported_by_the_delegate(nlp):
    body = ("Present: Mayor Ann Lee, Councillor Bob Hill.\n\n5. Delegations\n\nJane Roy, General Manager of the "
            "Conservation Authority, presented the floodplain plan.\nThe Board reviewed the plan at its March meeting.")
    said = speakers_said(record_for(nlp, body, title="Minutes"))
    assert said["The Board reviewed the plan at its March meeting."] != "Board"   # a council meeting's own body is no Board


@pytest.mark.parametrize("sentence, speaker", [
    # "Head of" is a post ("Head" alone is not): the officer whose listed post covers Finance speaks
    ("The A/Head of Finance advised the Members that the rate could be varied.", "S. Coughlan"),
    ("The Head of Finance stated that the accounts were closed.", "S. Coughlan"),
    ("The Head Gardener stated that the beds were planted.", None),
], ids=["acting-head-of", "head-of", "head-alone"])
def test_a_head_of_a_department_speaks_as_the_officer_whose_post_covers_it(nlp, sentence, speaker):
    body = ("In attendance: Chief Executive (Mr. P. Daly), A/Director, Support Services – Finance, Corporate, Human "
            "Resources and ICT (Mr. S. Coughlan).\n\n1. Local Property Tax\n\n" + sentence)
    assert speaker_of(nlp, body, sentence) == speaker


@pytest.mark.parametrize("sentence, speaker", [
    # a group named with where it comes from speaks ("Staff from ... made the following points")
    ("Staff from the Home and Social Development Directorate made the following points in response to queries.",
     "Staff from the Home and Social Development Directorate"),
    # bare "Staff" in an officer's report is the officer's organisation, not a new speaker
    ("Staff will present the audited financial statements to Council by the end of June.", "C. Kirby"),
], ids=["staff-from", "bare-staff"])
def test_staff_groups(nlp, sentence, speaker):
    body = ("In attendance: A/Director, Social Development (Ms. C. Kirby).\n\n1. Housing\n\n"
            "The A/Director, Social Development, stated that the scheme was on schedule.\n" + sentence)
    assert speaker_of(nlp, body, sentence) == speaker


def test_an_amendment_set_out_after_its_proposal_is_the_proposers(nlp):
    body = ("Present: Councillors Pond, Crowley.\nIn attendance: Acting Senior Planner (Mr. M. Woods).\n\n1. Local Area Plan\n\n"
            "The Acting Senior Planner outlined the amendments.\n"
            "On the proposal of Councillor Pond, seconded by Councillor Crowley, the following amendment was proposed:\n"
            "To include an objective for the provision of a burial ground in the Castletroy area.\n"
            "Reason given: In the interest of sustainable development.")
    record = record_for(nlp, body, title="Minutes")
    said = speakers_said(record)
    assert said["To include an objective for the provision of a burial ground in the Castletroy area."] == "Pond"
    assert said["Reason given: In the interest of sustainable development."] == "Pond"


def test_members_a_written_reply_writes_about_do_not_speak_but_members_after_it_do(nlp):
    body = ("1. Question submitted by Councillor J. Scanlan\n\nI will ask at the next Meeting for the bye-law timeline.\n\n"
            "REPLY:\n\nThe bye-laws will be prepared in June.\n\nElected Members consider the submissions and proposed "
            "amendments.\n\nThe Members welcomed the reply.")
    record = record_for(nlp, body)
    people = {p["id"]: p for p in record["participants"]}
    by_text = utterances_by_text(record)
    assert by_text["Elected Members consider the submissions and proposed amendments."]["speaker"] is None
    assert people[by_text["The Members welcomed the reply."]["speaker"]]["role"].endswith("Members")


@pytest.mark.parametrize("sentence, speaker", [
    # a modal act with the verb read as an adverb, the title hung on the verb: the actor speaks
    ("Cllr. P. Harries would forward to the Highways Department.", "Peter Harries"),
    # a person reporting what they had done (past perfect) speaks; an organisation does not become a speaker
    ("The Clerk had contacted the Cariad Charity regarding the purchase of defibrillators.", "Clerk"),
    ("C.C.C. had replaced the street light near the chapel.", None),
    # speaker.declaration_line: a declarations list line names who declares
    ("Cllr. P. Harries, Agenda Item 4 – Capel Isaac Notice Board.", "Peter Harries"),
    ("Cllr. P. Harries – Item 10 – Maintenance of Benches and Play Area", "Peter Harries"),
    ("Cllr. P. Harries, Item 7 was deferred to the next meeting.", None),   # a clause, not a declaration
], ids=["mistagged-modal", "past-perfect-person", "past-perfect-org", "declaration-comma", "declaration-dash",
        "item-clause"])
def test_mscc_speakers(nlp, sentence, speaker):
    body = ("PRESENT: Cllrs. Peter Harries, Hubert Gwynne. Clerk: Jane Davies.\n\n"
            "2. DECLARATIONS OF INTEREST\nThe following declarations of interest were noted.\n\n" + sentence)
    record = record_for(nlp, body, title="1. APOLOGIES", date_line="MANORDEILO AND SALEM COMMUNITY COUNCIL\n"
                        "Minutes of the meeting held on Wednesday 13th July 2016")
    assert speakers_said(record)[sentence] == speaker


@pytest.mark.parametrize("sentence, speaker", [
    # an opening phrase with no comma runs into the subject: the one titled name at its end speaks
    ("Following the adoption of the Minutes Councillor Keary expressed disappointment with the response.", "Keary"),
    ("In seconding the motion Councillor Gilligan cited the example of carers.", "Gilligan"),
], ids=["opening-without-comma", "cited"])
def test_openings_without_a_comma(nlp, sentence, speaker):
    body = ("Present: Councillors Keary, Gilligan, Loftus.\nIn attendance: Executive Engineer (Mr. J. Sheehan).\n\n"
            "1. Motions\n\nCouncillor Loftus proposed the motion.\n" + sentence)
    assert speaker_of(nlp, body, sentence) == speaker


@pytest.mark.parametrize("body, sentence, expected", [
    # the clerk narrates what an outside body reported: the body speaks
    ("The Highways Department had advised that the branches on the Salem "
     "road had been cleared.", "The Highways Department had advised that the branches on the Salem road had been "
     "cleared.", "Highways Department"),
    ("With regard to the street light near the chapel, C.C.C. had confirmed that the light was replaced.",
     "With regard to the street light near the chapel, C.C.C. had confirmed that the light was replaced.", "C.C.C"),
    # a body before the commas is no name leading a post, but it reported
    ("Limerick City and County Council, Housing Section, confirmed the position.",
     "Limerick City and County Council, Housing Section, confirmed the position.",
     "Limerick City and County Council, Housing Section"),
    # inside an officer's account the body is relayed: the officer goes on speaking
    ("The Senior Engineer stated that the grant scheme was open. The Department had also indicated that ten "
     "applications could be made.", "The Department had also indicated that ten applications could be made.",
     "Senior Engineer"),
    # a body in a clause under another verb reports nothing
    ("A more detailed response will be issued once the TII have reverted.",
     "A more detailed response will be issued once the TII have reverted.", None),
    # the meeting's own Council is no outside body
    ("The Council had provided the funding that the works needed.",
     "The Council had provided the funding that the works needed.", None),
])
def test_an_outside_body_that_reported_speaks_unless_relayed(nlp, body, sentence, expected):
    assert speaker_of(nlp, body, sentence) == expected


def test_a_table_rows_leading_cell_is_not_the_speaker(nlp):
    # "Treasurer's Report | T.R. presented ...": the item's title in the first cell, then the reported speech
    body = ("Present: Tomas Riedel, Treasurer; Kurt Mattinen, Operations Supervisor\n\n"
            "Treasurer's Report - Statements to August 31 | T.R. presented the unaudited statement of operations. "
            "Revenue was $402,600.\n"
            "Spring Road Conditions | The Operations Supervisor reported that half-load restrictions were in effect.")
    said = speakers_said(record_for(nlp, body, title="6. Reports"))
    assert said["Treasurer's Report - Statements to August 31 | T.R. presented the unaudited statement of "
                "operations."] == "Tomas Riedel"
    assert said["Revenue was $402,600."] == "Tomas Riedel"
    assert said["Spring Road Conditions | The Operations Supervisor reported that half-load restrictions were in "
                "effect."] == "Kurt Mattinen"


def test_an_item_heading_run_into_its_first_sentence_is_not_the_speaker(nlp):
    # the heading, run on to the presenter's sentence (ninth round): the titled name after it speaks
    sentence = ("Item 5: Development of New Anti-Social Behaviour Strategy - To note progress to date Mr. Seamus Hayes, "
                "Administrative Officer, Housing Support Services provided an update on progress to date.")
    body = ("Present: Cllr. Tom Collopy.\n\nIn attendance: Ms. Triona O’Connor, Homeless Operations Programme Manager; "
            "Mr. Seamus Hayes, Administrative Officer, Housing Support Services.\n\nMs. O’Connor presented the plan.\n\n"
            + sentence)
    assert speaker_of(nlp, body, sentence) == "Seamus Hayes"


@pytest.mark.parametrize("text, start", [
    # a bold "2.Update ..." heading the reader ran into its paragraph: the last titled mention before the verb
    ("2.Update on filling of Sectoral Vacancies on Joint Policing Committee The Senior Executive Officer, Corporate "
     "Services, pointed out that the Committee was obliged to meet.", "The Senior Executive Officer"),
    ("4.Receive Presentation from Chief Superintendent Sheahan on Crime Statistics Chief Superintendent Sheahan gave "
     "a presentation.", "Chief Superintendent Sheahan gave"),
    ("2. Update The Director said so.", None),                # too short to tell from a sentence
    ("An Cathaoirleach, Cllr. Stephen Keary enquired about the figures.", None),   # an apposition, no heading
    ("Ms. O'Reilly and Ms. Conlon advised members.", None),   # two people, no heading
    ("1.Minutes of the meeting were adopted.", None),         # no titled mention at all
    ("Members asked The Director to report.", None),          # a sentence (lower-case verb) before the mention
    # a heading in capitals, commas and all (a plain-text export's delegation line)
    ("HAZELBRAE LAKE STEWARDSHIP ASSOCIATION - FRANK DEACON, PRESIDENT Mr. Deacon presented the report.",
     "Mr. Deacon presented"),
    ("MR. DEACON presented the report.", None),               # a sentence in capitals is no heading before a mention
])
def test_a_run_in_numbered_heading_ends_before_the_speaker(text, start):
    end = run_in_heading_end(text)
    assert (text[end:].startswith(start) if start else end == 0)


def test_a_run_in_numbered_heading_is_not_the_speaker(nlp):
    sentence = ("2.Update on filling of Sectoral Vacancies on Joint Policing Committee The Senior Executive Officer, "
                "Corporate Services, pointed out that the Committee was obliged to meet four times per year.")
    body = ("OFFICIALS IN ATTENDANCE:\n\nSenior Executive Officer, Corporate Services (Mr. C. O'Connor).\n\n" + sentence
            + " He added that the representatives had not been appointed yet.")
    assert speaker_of(nlp, body, sentence) == "C. O'Connor"
    assert speaker_of(nlp, body, "He added that the representatives had not been appointed yet.") == "C. O'Connor"


def test_an_item_number_before_an_implied_question_is_layout(nlp):
    # "9.2 In response to a question from Mayor Crandall, ...": the number is the item's, the question implied
    record = record_for(nlp, "9.2 In response to a question from Mayor Crandall, the CAO/Clerk advised that 412 "
                             "electors had called.")
    (question,) = record["questions"]
    assert question["rule"] == "question.in_response_to_query"
    assert question["asked_by_text"] == "Mayor Crandall"


@pytest.mark.parametrize("sentence, asker", [
    ("Councillor Vieira requested that staff provide a breakdown by ward of the lead service lines remaining.",
     "Councillor Vieira"),
    ("Councillor Jablonski requested that staff provide the cost of extending leaf collection into December.",
     "Councillor Jablonski"),
])
def test_a_request_that_staff_provide_information_is_a_question(nlp, sentence, asker):
    (question,) = record_for(nlp, sentence)["questions"]
    assert (question["rule"], question["asked_by_text"]) == ("question.requested_that", asker)


def test_a_request_that_staff_act_is_no_question(nlp):
    assert record_for(nlp, "Councillor Vieira requested that staff install a sign on the corner.")["questions"] == []


def test_run_in_labels_abbreviated_titles_and_greetings(nlp):
    body = ("Present: Mayor Ann Bell; Deputy Mayor Luc Prudhomme; Councillor Rita Lafrance; Luc Vinet, Deputy Fire "
            "Chief; Kyle Zeller, Constituency Assistant\n\n"
            "Coun. Lafrance asked whether the road would be paved.\n"
            "Smoke Alarm Program: Deputy Chief Vinet reported that 64 homes had been checked.\n"
            "Mr. Zeller brought greetings from MPP Roebuck. He reported that the MPP had joined a committee.\n"
            "A recorded vote was requested by Councillor Lafrance: Yeas - Lafrance, Bell.")
    said = speakers_said(record_for(nlp, body))
    assert said["Coun. Lafrance asked whether the road would be paved."] == "Rita Lafrance"   # one sentence, not two
    assert said["Smoke Alarm Program: Deputy Chief Vinet reported that 64 homes had been checked."] == "Luc Vinet"
    assert said["Mr. Zeller brought greetings from MPP Roebuck."] == "Kyle Zeller"
    assert said["He reported that the MPP had joined a committee."] == "Kyle Zeller"


@pytest.mark.parametrize("sentence, is_question", [
    ("Members also requested an updated list of Directorates and contacts to be made available to them.", True),
    ("Members requested a survey to be made of the footpaths on Main Street.", False),   # a thing to be made: an act
])
def test_a_list_to_be_made_available_is_asked_for(nlp, sentence, is_question):
    assert bool(record_for(nlp, sentence)["questions"]) is is_question


def test_a_members_query_list_is_one_question_per_numbered_query(nlp):
    body = ("Mr Murray outlined the grants for 2019.\n\nIn welcoming the presentation the Members raised the following "
            "queries:\n\nCllr Pond: (1) Progress on the Golf Links Road junction.\n(2) Funding for the N24.\n\n"
            "In response, Mr Murray confirmed that the junction will progress this year.\n\n"
            "Cllr. M. Browne: (1) Route selection for the Abbeyfeale Relief Road.\n\n"
            "Mr Murray advised that no routes had been identified.\n\n(2) The footpath was repaired in May.\n")
    record = record_for(nlp, body)
    asked = [(q["evidence"]["quote"], q["asked_by_text"]) for q in record["questions"]]
    assert asked == [("Cllr Pond: (1) Progress on the Golf Links Road junction.", "Cllr Pond"),
                     ("Funding for the N24.", "Cllr Pond"),
                     ("Cllr. M. Browne: (1) Route selection for the Abbeyfeale Relief Road.", "Cllr. M. Browne")]


@pytest.mark.parametrize("text, kept", [
    ("1. The Clerk would write.", "The Clerk would write."),
    ("- Priya Nakamura to circulate the audit sheets", "Priya Nakamura to circulate the audit sheets"),
    # a page's own dash inside its list item: both markers are layout
    ("- - Priya Nakamura to circulate the audit sheets", "Priya Nakamura to circulate the audit sheets"),
    ("Staff - September meeting", "Staff - September meeting"),
    ("Rates | ", "Rates"),
])
def test_trim_span_drops_layout(text, kept):
    from pipeline.components.speakers import trim_span

    start, end = trim_span(text, 0, len(text))
    assert text[start:end] == kept


def test_an_action_line_under_a_doubled_bullet_is_an_action(nlp):
    from helpers import record_for

    record = record_for(nlp, "9. Action Items\n\n- - Priya Nakamura to circulate the parking audit sheets by October 31\n")
    assert [(c["rule"], c["who"]["text"]) for c in record["commitments"]] == [("commit.infinitive_action", "Priya Nakamura")]


def test_an_unsigned_answer_after_a_written_questions_closing_quote_is_not_the_submitters(nlp):
    # eighteenth round: no REPLY heading, the answer follows the quoted question
    body = ("\u201cI ask the Commissioner when will the 26 Garda\u00ed promoted to higher ranks be replaced\u201d.\n\n"
            "Of the 26 promoted to date Limerick has received 24.")
    record = record_for(nlp, body, title="6. Question submitted by Senator M. Byrne:")
    said = {text: u for text, u in utterances_by_text(record).items()}
    question = next(u for t, u in said.items() if t.startswith("\u201cI ask"))
    assert question["speaker_rule"] == "speaker.submitted_by"
    assert said["Of the 26 promoted to date Limerick has received 24."]["speaker"] is None


def test_members_named_by_their_initials_speak(nlp):
    # synthetic batch 52: a legend of initials, then "AH asked ...", "CM: ..."
    body = ("AH asked how many players had registered so far.\n\n"
            "CM: The brine pump seal is leaking and will be replaced before the ice goes in.")
    record = record_for(nlp, body, title="5. Reports", date_line=(
        "PARKS AND RECREATION ADVISORY COMMITTEE MINUTES\nMonday, May 26, 2025\n\n"
        "Present: Janet Bellamy (Chair), Alison Hume\nStaff: Craig Mackie, Facilities Manager"))
    people = {p["id"]: p for p in record["participants"]}
    said = {text: u for text, u in utterances_by_text(record).items()}
    asked = said["AH asked how many players had registered so far."]
    labelled = said["CM: The brine pump seal is leaking and will be replaced before the ice goes in."]
    assert people[asked["speaker"]]["name"] == "Alison Hume"
    assert people[labelled["speaker"]]["name"] == "Craig Mackie" and labelled["speaker_rule"] == "speaker.run_in_label"


def test_an_officer_relays_his_own_service_and_he_is_never_the_service(nlp):
    # twenty-first round: "The Gardaí monitor ... and said" inside the Chief Superintendent's account is his; "He" after it
    # is still him, not "the Gardaí"
    body = ("The Chief Superintendent stated that there has been a huge increase in domestic violence. The Gardaí "
            "monitor the more serious cases and said the most effective thing is to bring these cases to court. He said "
            "the Gardaí encourage people to engage with the Services.")
    record = record_for(nlp, body, title="1. Domestic Violence", date_line=(
        "MINUTES OF THE JOINT POLICING COMMITTEE HELD ON 4TH DECEMBER 2020\n\n"
        "Present: Councillor M. Ryan, Councillor N. Collins.\nAlso present: Chief Superintendent G. Roche."))
    people = {p["id"]: p for p in record["participants"]}
    said = [u for u in record["utterances"] if u["item"]][-3:]
    assert [people[u["speaker"]]["name"] for u in said] == ["G. Roche"] * 3


def test_the_council_deliberating_is_not_relayed_by_the_officer(nlp):
    body = "The Director stated that the works were complete. Council discussed the cost of a second application."
    record = record_for(nlp, body)
    people = {p["id"]: p for p in record["participants"]}
    said = {text: u for text, u in utterances_by_text(record).items()}
    council = people[said["Council discussed the cost of a second application."]["speaker"]]
    assert council["name"] is None and council["role"] == "Council"


def test_a_spaced_mc_surname_is_the_listed_person(nlp):
    body = "In response to Cllr. Secas, Mr. Mc Glynn agreed that community engagement is important."
    record = record_for(nlp, body, title="1. Active Travel", date_line=(
        "MINUTES OF THE TRAVEL AND TRANSPORTATION STRATEGIC POLICY COMMITTEE HELD ON 12TH JULY 2022\n\n"
        "Present: Councillor E. Secas.\nOfficials: C. McGlynn, Senior Engineer, Active Travel."))
    people = {p["id"]: p for p in record["participants"]}
    said = {text: u for text, u in utterances_by_text(record).items()}
    assert people[said[body]["speaker"]]["name"] == "C. McGlynn"


ATTENDING = ("MINUTES OF THE ANNUAL MEETING OF LIMERICK CITY AND COUNTY COUNCIL HELD ON WEDNESDAY, 30TH JUNE, 2021.\n\n"
             "PRESENT IN THE CHAIR: Councillor Mary Collins, Mayor.\n\nMEMBERS PRESENT: Councillors Butler and Sheahan.")
ADDRESS = ("The Mayor then gave the following address:\n\n"
           "\u201cMembers, today we elect a new Mayor. It was Paulo Coelho who said, \u201cWe can never judge the lives of "
           "others.\u201d\n\nTo Sean Coughlan, thank you for all your support.\n\nI wish my successor well.\u201d\n\n"
           "Members congratulated the Mayor on her year in office.\n\n"
           "Councillor Sheahan proposed that Councillor Butler be appointed Mayor.")


@pytest.mark.parametrize("sentence, speaker", [
    ("It was Paulo Coelho who said, \u201cWe can never judge the lives of others.\u201d", "Mary Collins"),   # a quotation
    ("To Sean Coughlan, thank you for all your support.", "Mary Collins"),   # someone thanked
    ("I wish my successor well.\u201d", "Mary Collins"),
    ("Councillor Sheahan proposed that Councillor Butler be appointed Mayor.", "Sheahan"),   # the narrative again
    ("Members congratulated the Mayor on her year in office.", "Members"),
])
def test_a_speech_is_its_givers_whoever_it_quotes(nlp, sentence, speaker):
    """speaker.address_intro: 'gave the following address:' holds the speaker until a listed participant is named."""
    said = speakers_said(record_for(nlp, ADDRESS, title="3. Address by the Mayor", date_line=ATTENDING))
    assert speaker in (said[sentence] or "")


@pytest.mark.parametrize("line, intro", [
    ("The Mayor then gave the following address:", True),
    ("Having taken the Chair, the incoming Mayor, Councillor Butler, gave the following address:", True),
    ("The Deputy Mayor then addressed the Meeting:", True),
    ("Councillor Kiely then addressed the Chamber:", True),
    ("The outgoing Mayor made the following speech to the meeting:", True),
    ("The Mayor gave an address on the year's work.", False),   # reported, not introduced
    ("Councillor Ryan addressed the meeting on the flooding in Rathkeale.", False),
    ("The Mayor gave the following update:", False),   # an update's list has its own rule (speaker.following_list)
])
def test_address_intro_cue(line, intro):
    from pipeline.components.speakers import speaker_cues
    assert bool(speaker_cues()["speaker.address_intro"].search(line)) is intro


@pytest.mark.parametrize("sentence, speaker", [
    ("Proposed by Councillor Ryan;", None),
    ("Seconded by Councillor Sheahan.", None),
    ("Signed: Cathaoirleach", None),
    ("Ar moladh Cllr. M. Sheahan", None),                   # the Irish proposer and seconder lines
    ("Cuidithe ag Cllr. J. Leddin, agus glacadh leis:", None),
    ("Molta ag Councillor Collins (M)", None),
    # the speaker before the lines no one speaks carries on past them
    ("She added that the works would be finished in May.", "Senior Engineer"),
])
def test_lines_no_one_speaks(nlp, sentence, speaker):
    """speaker.no_speaker_line: proposer and seconder lines, signatures."""
    body = ("The Senior Engineer stated that the road would be resurfaced.\n\nProposed by Councillor Ryan;\n\n"
            "Seconded by Councillor Sheahan.\n\nAr moladh Cllr. M. Sheahan\n\nCuidithe ag Cllr. J. Leddin, agus glacadh "
            "leis:\n\nMolta ag Councillor Collins (M)\n\nShe added that the works would be finished in May.\n\n"
            "Signed: Cathaoirleach")
    said = speakers_said(record_for(nlp, body))
    assert said[sentence] == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ("She stressed that reducing leakage alone is not sufficient.", "Anne Ryan"),
    ("He explained that the pipeline would be built by 2030.", "Pat Murphy"),
])
def test_pronoun_agrees_with_a_title(nlp, sentence, speaker):
    """latest_person: 'she' is not the 'Mr.' who spoke last, but the 'Ms.' before him."""
    body = ("Present: Councillor Daly, Councillor Collins.\n\nItem 2: Water Supply\n\n"
            "Ms. Anne Ryan, Irish Water, advised that demand for water was growing.\n\n"
            "Mr. Pat Murphy added that supply was limited.\n\n"
            "She stressed that reducing leakage alone is not sufficient.\n\n"
            "He explained that the pipeline would be built by 2030.")
    assert speaker_of(nlp, body, sentence) == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ("The motion was proposed by Councillor Ryan and seconded by Councillor Sheahan.", None),
    ("On the proposal of Councillor Ryan, seconded by Councillor Sheahan, it was agreed that the item be deferred.", None),
    ("It was agreed to write to the Minister.", None),
    # the speech before goes on past them
    ("The works would be finished in May.", "Senior Engineer"),
    # a seconder who speaks as well is the speaker
    ("The Motion was seconded by Councillor Gleeson who stressed the need to have additional staff appointed.",
     "Gleeson"),
])
def test_proposals_and_decisions_no_one_speaks(nlp, sentence, speaker):
    """speaker.proposal_line, speaker.unspoken_decision."""
    body = ("Present: Councillor Ryan, Councillor Sheahan, Councillor Gleeson.\n\n"
            "The Senior Engineer stated that the road would be resurfaced.\n\n"
            "The motion was proposed by Councillor Ryan and seconded by Councillor Sheahan.\n\n"
            "On the proposal of Councillor Ryan, seconded by Councillor Sheahan, it was agreed that the item be deferred.\n\n"
            "It was agreed to write to the Minister.\n\n"
            "The works would be finished in May.\n\n"
            "The Motion was seconded by Councillor Gleeson who stressed the need to have additional staff appointed.")
    assert speaker_of(nlp, body, sentence) == speaker


def test_a_chair_elected_with_a_bracketed_initial_speaks_as_chair(nlp):
    """speaker.elected_declared: 'Councillor Sheahan (K)', a surname two members share, is elected (round 36)."""
    body = ("PRESENT IN THE CHAIR:\n\nThe Chief Executive, Conn Murray.\n\nMEMBERS PRESENT:\n\n"
            "Councillors Collins, Sheahan (J), Sheahan (K).\n\n"
            "1. Election of Cathaoirleach\n\nThe Chief Executive declared Councillor Sheahan (K) elected as Cathaoirleach "
            "and congratulated him on his election.\n\nThe Cathaoirleach thanked the Members for their support.")
    said = _speakers(record_for(nlp, body, title="ANNUAL MEETING"))
    assert said["The Cathaoirleach thanked the Members for their support."]["name"] == "Sheahan (K)"


def test_what_a_written_question_asks_about_does_not_speak(nlp):
    """WH_OPENING: in 'How is Climate Change addressed ...?' the passive subject is asked about (round 37)."""
    body = ("Members raised the following issues:\n\n\u2022 How is Climate Change addressed in the CFRAMS process?\n\n"
            "\u2022 Floor levels in new builds should be raised where appropriate.")
    said = _speakers(record_for(nlp, body, title="1. Flood Risk"))
    asked = said["How is Climate Change addressed in the CFRAMS process?"]
    assert asked is None or asked["role"] != "Climate Change" and asked["name"] != "Climate Change"


MEMBERS_LIST = (
    "Present: Councillors Scanlan, Secas, Galvin.\n\nAlso Present: Mr. M. Adamson, OPW.\n\n4. CFRAMS\n\n"
    "Mr. Adamson gave a presentation on the Plan.\n\n"
    "Following the presentation, the following issues were raised by the Members:\n\n"
    "• Clarification was sought as to whether flood risk assessments would be required.\n\n"
    "• Are there plans to dredge the estuary?\n\n"
    "Mr. Adamson responded to some of the issues raised as follows:\n\n"
    "A query was raised with respect to isolated homes and the Senior Engineer stated that grants were available.\n"
)


def test_a_members_list_asks_its_passive_questions(nlp):
    # a passive question in the list is theirs (RAISED_LIST); after the reply, a passive names no asker again
    record = record_for(nlp, MEMBERS_LIST)
    people = {p["id"]: p for p in record["participants"]}
    askers = {q["rule"]: people[q["asked_by"]]["role"] if q["asked_by"] else None for q in record["questions"]}
    assert askers["question.passive_request"] == "Members"
    assert askers["question.question_mark"] == "Members"
    assert askers["question.raised_passive"] is None


def test_thanks_for_what_people_have_done_name_no_speaker(nlp):
    # "who have supported me": an auxiliary, what was done, not what was said at the meeting ("who highlighted" is)
    body = ("Present: Councillors O'Hanlon, Keary, Sheahan.\n\n1. Address of outgoing Mayor\n\n"
            "The outgoing Mayor, Councillor O'Hanlon, addressed the meeting as follows:\n\n"
            "“I would like to thank my family, especially my children Catriona, Therese and Ciaran, who have supported "
            "me throughout the year.\n\nLimerick is truly on an upward curve.”\n\n2. Roads\n\n"
            "The Motion was seconded by Councillor Sheahan who highlighted the need for resurfacing.\n")
    said = speakers_said(record_for(nlp, body, title="Minutes"))
    assert "O'Hanlon" in said["Limerick is truly on an upward curve.”"]
    assert said["The Motion was seconded by Councillor Sheahan who highlighted the need for resurfacing."] == "Sheahan"


def test_a_run_in_label_before_a_dash_is_not_the_speaker(nlp):
    # "Township of Wetherby – Nadia Khoury, Treasurer, reported": the label names whose report, she speaks
    body = ("Present: Co-Chair Reeve Tom Brisbois, Councillor Lachance\n"
            "Staff: Nadia Khoury, Treasurer, Township of Wetherby\n\n4. Funding Update\n\n"
            "Township of Wetherby – Nadia Khoury, Treasurer, reported that the project is financed through a debenture.\n")
    assert speaker_of(nlp, body, "Township of Wetherby – Nadia Khoury, Treasurer, reported that the project is financed "
                                 "through a debenture.") == "Nadia Khoury"


def test_a_member_speaking_on_a_partys_behalf_is_the_member(nlp):
    # "Cllr. Scully, on his own behalf and on behalf of Fine Gael, congratulated": the member, not a new participant
    body = ("Present: Councillors D. Scully, J. Leddin.\n\n5. Tributes\n\n"
            "Cllr. Scully, on his own behalf and on behalf of Fine Gael, congratulated the Mayor on her year in office.\n")
    assert speaker_of(nlp, body, "Cllr. Scully, on his own behalf and on behalf of Fine Gael, congratulated the Mayor on "
                                 "her year in office.") == "D. Scully"
