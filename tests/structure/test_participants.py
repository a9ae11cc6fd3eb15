"""Participants from attendance lists, their kinds, and mention resolution."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import train_file

from pipeline.rulebook import load_rules
from pipeline.structure.participants import (
    KINDS,
    Participant,
    ParticipantRegistry,
    chair_post,
    find_participants,
    kind_for_role,
    role_rule,
)

SEED = "surrey/2020-12-children-improvement-update.txt"



# ---------------------------------------------------------------------------- rule tables
ROLE_ROWS = load_rules("roles")
HEADING_ROWS = load_rules("attendance_headings")


@pytest.mark.parametrize("row", ROLE_ROWS, ids=[r["id"] for r in ROLE_ROWS])
def test_role_rule_example(row):
    assert row["kind"] in KINDS
    assert role_rule(row["example"]) == row["id"]
    assert kind_for_role(row["example"]) == row["kind"]


@pytest.mark.parametrize(
    "role, kind",
    [
        ("Leas-Cathaoirleach", "vice_chair"),
        ("Vice-Chairman", "vice_chair"),
        ("Cabinet Member for Children, Young People and Families", "cabinet_member"),
        ("Director – Family Resilience and Safeguarding", "officer"),
        ("Senior Staff officer, Housing", "officer"),
        ("Members of the Public", "public"),
        ("A Member", "member"),
    ],
)
def test_role_head_decides(role, kind):
    assert kind_for_role(role) == kind


@pytest.mark.parametrize("role", ["Anglesboro Tidy Towns", "Economic Development", "", "Team Leader"])
def test_role_negatives(role):
    assert kind_for_role(role) in ("other", "officer") if role == "Team Leader" else kind_for_role(role) == "other"


@pytest.mark.parametrize("row", HEADING_ROWS, ids=[r["id"] for r in HEADING_ROWS])
def test_heading_rule_example(row):
    registry = find_participants(row["example"] + "\n\n")
    assert registry.participants, row["id"]
    for p in registry.participants:
        assert p.source == row["id"]
        assert p.present is row["present"]
        assert p.kind in KINDS
        assert p.name and p.mentions


@pytest.mark.parametrize(
    "text",
    [
        "The Members present discussed the matter and noted the report.\n\n",
        "Officials from the Department were in attendance last year, it was noted.\n\n",
        "Proposed by: Councillor Galvin\nSeconded by: Councillor Foley\n\n",
        "",
    ],
    ids=["members-in-prose", "officials-in-prose", "proposer-lines", "empty"],
)
def test_heading_negatives(text):
    assert find_participants(text).participants == []


# ---------------------------------------------------------------------------- the seed
SEED_TEXT = (
    "Councillors and committees\n\nAgenda item\n\nCHILDREN'S IMPROVEMENT UPDATE\n\nMinutes:\n\nWitnesses:\n\n"
    "Mary Lewis, Cabinet Member for Children, Young People and Families\n\n\u00a0\n\n"
    "Jacquie Burke, Director – Family Resilience and Safeguarding\n\n"
    "Tina Benjamin, Director – Corporate Parenting\n\n"
    "Mark Mapstone, Assistant Director – Performance, Intelligence and System\n\n\u00a0\n\n"
    "Key points raised during the discussion:\n\n"
    "1. The Chairman thanked officers, social workers, the management team and Cabinet Members.\n\n"
    "1. The Vice-Chairman asked whether Children’s Services were adequately resourced. The Director – Family "
    "Resilience and Safeguarding stated that modelling of capacity informed the Service. The Cabinet Member "
    "stated that her greatest concern was the pressure on staff.\n\n"
    "1. A Member asked whether the appointment was sufficient. The Executive Director emphasised the point.\n\n"
)
SEED_GOLD = [
    ("Mary Lewis", "Cabinet Member for Children, Young People and Families", "cabinet_member"),
    ("Jacquie Burke", "Director – Family Resilience and Safeguarding", "officer"),
    ("Tina Benjamin", "Director – Corporate Parenting", "officer"),
    ("Mark Mapstone", "Assistant Director – Performance, Intelligence and System", "officer"),
]


def _named(registry: ParticipantRegistry) -> list[tuple[str | None, str | None, str]]:
    return [(p.name, p.role, p.kind) for p in registry.participants]


def test_seed_witnesses_by_hand():
    registry = find_participants(SEED_TEXT)
    assert _named(registry) == SEED_GOLD
    assert [p.id for p in registry.participants] == ["p1", "p2", "p3", "p4"]
    for p in registry.participants:
        start, end = p.mentions[0]
        assert SEED_TEXT[start:end] == p.name


def test_seed_matches_example_gold():
    gold_path = Path(__file__).resolve().parents[2].parent / "shared" / "spec" / "example-seed.json"
    if not gold_path.is_file():
        pytest.skip("spec not found")
    gold = [(p["name"], p["role"], p["kind"]) for p in json.loads(gold_path.read_text())["participants"] if p["name"]]
    assert _named(find_participants(SEED_TEXT)) == gold


def test_seed_file_through_ingest():
    ingest = pytest.importorskip("pipeline.ingest")
    text = ingest.read_document(train_file(SEED)).text
    assert _named(find_participants(text)) == SEED_GOLD


def test_seed_resolution():
    registry = find_participants(SEED_TEXT)
    by_name = {p.name: p for p in registry.participants}
    assert registry.resolve("The Director") is None  # two Directors: ambiguous
    assert registry.resolve("The Director – Family Resilience and Safeguarding") is by_name["Jacquie Burke"]
    assert registry.resolve("The Director - Family Resilience and Safeguarding") is by_name["Jacquie Burke"]
    assert registry.resolve("the Director – Corporate Parenting") is by_name["Tina Benjamin"]
    assert registry.resolve("The Assistant Director") is by_name["Mark Mapstone"]
    assert registry.resolve("The Cabinet Member") is by_name["Mary Lewis"]
    assert registry.resolve("The Chairman") is None  # not listed
    assert registry.resolve("The Executive Director") is None


def test_seed_get_or_create_unlisted_speakers():
    registry = find_participants(SEED_TEXT)
    chair = registry.get_or_create("The Chairman", (10, 22))
    assert (chair.name, chair.role, chair.kind, chair.id) == (None, "Chairman", "chair", "p5")
    vice = registry.get_or_create("The Vice-Chairman", (30, 47))
    assert (vice.name, vice.role, vice.kind) == (None, "Vice-Chairman", "vice_chair")
    member = registry.get_or_create("A Member", (50, 58))
    again = registry.get_or_create("A Member", (90, 98))
    assert member is again
    assert (member.name, member.role, member.kind) == (None, "A Member", "member")
    assert member.mentions == [(50, 58), (90, 98)]
    exec_dir = registry.get_or_create("The Executive Director", (100, 122))
    assert (exec_dir.name, exec_dir.role, exec_dir.kind) == (None, "Executive Director", "officer")
    assert registry.get_or_create("The Chair", (130, 139)) is chair  # resolves to the created chair
    assert len(registry.participants) == 8
    burke = registry.get_or_create("The Director – Family Resilience and Safeguarding", (200, 250))
    assert burke.name == "Jacquie Burke" and (200, 250) in burke.mentions


# ---------------------------------------------------------------------------- Limerick headers
LIMERICK_2019 = (
    "MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL DISTRICT OF NEWCASTLE WEST HELD IN ÁRAS WILLIAM "
    "SMITH O’BRIEN, NEWCASTLE WEST, CO. LIMERICK, ON WEDNESDAY, 6TH MARCH, 2019, AT 10AM.\n\n"
    "PRESENT IN THE CHAIR: Councillor J. Sheahan, Cathaoirleach.\n\n"
    "MEMBERS PRESENT: Councillors Browne, Collins, Foley, Galvin and Scanlan.\n\n"
    "OFFICIALS IN ATTENDANCE: Director, Social Development Directorate (Mr. G. Daly), Senior Executive "
    "Engineer, West Division (Mr. B. Noonan), Senior Engineer, Housing Construction and Maintenance "
    "(Brendan Kidney), Meetings Administrator (Mr. M. Leahy).\n\n"
    "1. Adoption of Minutes\n\nProposed by Councillor Galvin;\nSeconded by Cllr. Foley;\n\n"
    "Councillor Browne asked about the road. Mr. Daly said he would revert to the Member. "
    "The Cathaoirleach thanked Mr. Noonan.\n\n"
)
LIMERICK_2016 = (
    "MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF LIMERICK CITY AND COUNTY COUNCIL HELD ON FRIDAY, 12TH "
    "FEBRUARY, 2016, AT 10.00 A.M.\n\nPRESENT IN THE CHAIR:\n\nCouncillor L. Galvin, Mayor.\n\nMEMBERS PRESENT:\n\n"
    "Councillors Browne, Collins (J), Collins (M), Daly, Sheahan (J), Sheahan (K).\n\n"
    "An apology for her inability to attend the Meeting was received from Councillor Sheehy.\n\n"
    "OFFICIALS IN ATTENDANCE:\n\nChief Executive (Mr. C. Murray), Director, Transportation & Travel/Environment "
    "(Mr. K. Lehane), Director, Regional Services (Ms. C. Curley), Senior Executive Planners (Mr. S. Duclot "
    "and Ms. M. Woods).\n\nAlso in Attendance:\n\nMr. Gareth McElhinney, Technical Director, RPS Consulting "
    "Engineers.\n\nAt the outset the Mayor welcomed everyone. Councillor Sheahan (J) addressed the Meeting.\n\n"
)


def test_limerick_2019_header():
    registry = find_participants(LIMERICK_2019)
    got = {(p.name, p.role, p.kind, p.source) for p in registry.participants}
    assert ("J. Sheahan", "Cathaoirleach", "chair", "attendance.chair") in got
    assert ("Galvin", "Councillor", "member", "attendance.members") in got
    assert ("G. Daly", "Director, Social Development Directorate", "officer", "attendance.officials") in got
    assert ("B. Noonan", "Senior Executive Engineer, West Division", "officer", "attendance.officials") in got
    assert ("Brendan Kidney", "Senior Engineer, Housing Construction and Maintenance", "officer",
            "attendance.officials") in got
    assert len(registry.participants) == 10
    galvin = registry.resolve("Galvin")
    mentioned = [LIMERICK_2019[s:e] for s, e in galvin.mentions]
    assert mentioned == ["Galvin", "Councillor Galvin"]
    daly = registry.resolve("Mr. Daly")
    assert [LIMERICK_2019[s:e] for s, e in daly.mentions] == ["G. Daly", "Mr. Daly"]
    assert any(LIMERICK_2019[s:e] == "Cllr. Foley" for s, e in registry.resolve("Foley").mentions)


def test_limerick_2019_resolution():
    registry = find_participants(LIMERICK_2019)
    r = registry.resolve
    assert r("The Cathaoirleach").name == "J. Sheahan"
    assert r("An Cathaoirleach").name == "J. Sheahan"
    assert r("The Chair").name == "J. Sheahan"
    assert r("The Director").name == "G. Daly"  # the only Director
    assert r("the Senior Engineer").name == "Brendan Kidney"  # not the Senior Executive Engineer
    assert r("The Senior Executive Engineer").name == "B. Noonan"
    assert r("the Meetings Administrator").name == "M. Leahy"
    assert r("Councillor Galvin").name == "Galvin"
    assert r("Cllr. L. Galvin").name == "Galvin"  # list gives no initial: agrees
    assert r("Mr. Kidney").name == "Brendan Kidney"
    assert r("Mr. B. Kidney").name == "Brendan Kidney"
    assert r("Mr. P. Kidney") is None  # initials disagree
    assert r("Councillor O'Brien") is None
    assert r("the Clerk") is None
    assert r("The Mayor").name == "J. Sheahan"


def test_limerick_2016_header():
    registry = find_participants(LIMERICK_2016)
    r = registry.resolve
    assert (r("The Mayor").name, r("The Mayor").role) == ("L. Galvin", "Mayor")
    assert r("The Director") is None  # two Directors
    assert r("The Chief Executive").name == "C. Murray"
    assert r("Councillor Collins") is None  # two Collinses
    assert r("Councillor Collins (J)").name == "Collins (J)"
    assert r("Cllr. J. Sheahan").name == "Sheahan (J)"
    assert r("Mr. S. Duclot").role == "Senior Executive Planners"
    assert r("Ms. Woods").role == "Senior Executive Planners"
    sheehy = r("Councillor Sheehy")
    assert sheehy.present is False and sheehy.source == "attendance.apologies_received"
    guest = r("Mr. McElhinney")
    assert (guest.kind, guest.source) == ("witness", "attendance.also")
    sheahan_j = r("Sheahan (J)")
    assert any(LIMERICK_2016[s:e] == "Councillor Sheahan (J)" for s, e in sheahan_j.mentions)


def test_mr_prefers_officer_over_councillor_with_same_surname():
    text = (
        "MEMBERS PRESENT: Councillors Browne and Daly.\n\n"
        "OFFICIALS IN ATTENDANCE: Director, Community Development (Mr. G. Daly).\n\n"
    )
    registry = find_participants(text)
    assert registry.resolve("Mr. Daly").role == "Director, Community Development"
    assert registry.resolve("Councillor Daly").role == "Councillor"
    assert registry.resolve("Daly") is None


# ---------------------------------------------------------------------------- MSCC
MSCC = (
    "MANORDEILO & SALEM COMMUNITY COUNCIL MEETING 8th MARCH 2017\n\n"
    "Manordeilo and Salem Community Council held their meeting at 7.30pm on the 8th March 2017 at the "
    "Reading Room, Cwmifor.\n\nPRESENT\n\nCouncillors Alun Davies, Jill Davies, Gwenfil Evans, Hubert Gwynne, "
    "Peter Harries and County Councillor Joseph Davies.\n\n"
    "PCSO Louise Lewis joined the meeting and reported that there had been a spate of thefts. PCSO Lewis was "
    "thanked for attending.\n\n1. WELCOME AND APOLOGIES\n\nCllr. Joseph Davies welcomed everyone to the meeting. "
    "Apologies received from Councillors Arwel Davies, Doris Jones and Owen Williams.\n\n"
    "The Clerk would write to Mrs Phillips. Cllr. O. Williams would liaise with Centaframe.\n\n"
)


def test_mscc_header():
    registry = find_participants(MSCC)
    got = [(p.name, p.role, p.kind, p.present) for p in registry.participants]
    assert got == [
        ("Alun Davies", "Councillor", "member", True),
        ("Jill Davies", "Councillor", "member", True),
        ("Gwenfil Evans", "Councillor", "member", True),
        ("Hubert Gwynne", "Councillor", "member", True),
        ("Peter Harries", "Councillor", "member", True),
        ("Joseph Davies", "County Councillor", "member", True),
        ("Louise Lewis", "PCSO", "witness", True),
        ("Arwel Davies", "Councillor", "member", False),
        ("Doris Jones", "Councillor", "member", False),
        ("Owen Williams", "Councillor", "member", False),
    ]
    r = registry.resolve
    assert r("Councillor Davies") is None  # four Davieses
    assert r("Cllr. Joseph Davies").role == "County Councillor"
    assert r("Cllr. J. Davies") is None  # Jill and Joseph
    assert r("Cllr. O. Williams").name == "Owen Williams"
    assert r("PCSO Lewis").name == "Louise Lewis"
    lewis = r("Louise Lewis")
    assert [MSCC[s:e] for s, e in lewis.mentions] == ["Louise Lewis", "PCSO Lewis"]
    clerk = registry.get_or_create("The Clerk", (0, 9))
    assert (clerk.name, clerk.role, clerk.kind) == (None, "Clerk", "clerk")
    assert registry.resolve("the Clerk") is clerk


def test_get_or_create_named_unlisted():
    registry = find_participants(MSCC)
    obrien = registry.get_or_create("Councillor O'Brien", (1, 5))
    assert (obrien.name, obrien.role, obrien.kind) == ("O'Brien", "Councillor", "member")
    assert registry.get_or_create("Councillor O'Brien", (9, 13)) is obrien
    assert registry.resolve("Cllr. O'Brien") is obrien  # now a known participant
    mcevoy = registry.get_or_create("Mr. John McEvoy", (20, 35))
    assert (mcevoy.name, mcevoy.role, mcevoy.kind) == ("John McEvoy", None, "other")
    ids = [p.id for p in registry.participants]
    assert ids == [f"p{i}" for i in range(1, len(ids) + 1)]


def test_listed_participants_are_asked_before_ones_made_from_mentions():
    """A participant made up from an earlier mention must not make a title ambiguous that the
    attendance list resolves to one person."""
    registry = ParticipantRegistry([
        Participant("p1", "P. Crowe", "Director of Travel & Transport", "officer", [(0, 8)], True, "attendance.officials"),
        Participant("p2", "J. Davies", "Clerk", "clerk", [(20, 29)], True, "post.clerk_named"),
    ])
    registry.get_or_create("The Director of Service", (100, 123))
    registry.get_or_create("Clerk to email link to Councillors", (200, 235))
    assert registry.resolve("the Director").name == "P. Crowe"
    assert registry.resolve("Clerk").name == "J. Davies"
    assert registry.resolve("the Director of Service").role == "Director of Service"  # still found


def test_the_meetings_chair_is_the_listed_one_not_a_welcomed_guest_who_chairs_an_association():
    registry = ParticipantRegistry([
        Participant("p1", "W. O’Donnell", "Chair", "chair", [(0, 12)], True, "attendance.chair"),
        Participant("p2", "Pat Walsh", "Chairman, Knocklong Development Association", "chair", [(50, 59)], True,
                    "welcomed"),
    ])
    assert registry.resolve("The Cathaoirleach").name == "W. O’Donnell"


@pytest.mark.parametrize("mention, post", [
    ("The Cathaoirleach", "chair"), ("the Mayor", "chair"), ("An Cathaoirleach", "chair"),
    ("the incoming Leas-Cathaoirleach", "vice_chair"), ("The Deputy Mayor", "vice_chair"),
    ("the new Chairperson", "chair"),
    ("the outgoing Cathaoirleach", None), ("the former Mayor", None), ("the Director", None), ("Councillor Keary", None),
])
def test_chair_post(mention, post):
    assert chair_post(mention) == post


def test_empty_registry_resolves_nothing():
    registry = ParticipantRegistry()
    assert registry.resolve("The Director") is None
    assert registry.resolve("") is None
    p = registry.get_or_create("The Director", (0, 12))
    assert (p.id, p.role, p.kind) == ("p1", "Director", "officer")


# ---------------------------------------------------------------------------- real train files
@pytest.mark.parametrize(
    "relative, expect",
    [
        ("limerick/2017/2017-06-19--meeting-of-metropolitan-district-of-limerick-15th-may-2017.md",
         ("Michael Hourigan", "Mayor", "chair")),
        ("limerick/2018/2018-03-23--minutes-joint-policing-committee-meeting-8th-december-2017.md",
         ("D. Smart", "Superintendent", "witness")),
        ("mscc/pdf/17-03-08.pdf", ("Louise Lewis", "PCSO", "witness")),
    ],
)
def test_train_files_through_ingest(relative, expect):
    ingest = pytest.importorskip("pipeline.ingest")
    text = ingest.read_document(train_file(relative)).text
    registry = find_participants(text)
    assert expect in _named(registry)


# Every participant kind of the output contract, from the way minutes write them.
KIND_EXAMPLES = [
    ("Cathaoirleach", "chair"),
    ("Vice-Chairman", "vice_chair"),
    ("A Member", "member"),
    ("Cabinet Member for Children, Young People and Families", "cabinet_member"),
    ("Senior Executive Engineer, West Division", "officer"),
    ("PCSO", "witness"),
    ("Clerk", "clerk"),
]


@pytest.mark.parametrize("role,kind", KIND_EXAMPLES)
def test_each_participant_kind(role, kind):
    assert kind_for_role(role) == kind


def test_public_and_other_kinds():
    roles_by_kind = {}
    for row in load_rules("roles"):
        roles_by_kind.setdefault(row["kind"], row)
    assert "public" in roles_by_kind
    registry = ParticipantRegistry()
    unlisted = registry.get_or_create("Mr. John McEvoy", (0, 15))
    assert unlisted.kind == "other"


# ---------------------------------------------------------------------------- Ontario (synthetic)
ONTARIO = (
    "The Corporation of the Township of Example\nMinutes of the Regular Meeting of Council\n"
    "Tuesday, January 8, 2019 at 7:00 p.m., Council Chambers\n"
    "Present: Mayor Jane Dumas, Deputy Mayor Bob Smith, Councillors Ann Lee, Tom Hart and Sue Ross\n"
    "Staff Present: Jim Brown, CAO/Clerk; Mary White, Treasurer; Dan Green, Public Works Superintendent\n"
    "Regrets: Councillor Pat King\n"
    "Also Present: Constable R. Doyle, OPP; members of the public\n\n"
    "1. Call to Order\n\nMayor Dumas called the meeting to order at 7:00 p.m.\n\n"
    "Resolution No. 2019-01 Moved by: Councillor Lee Seconded by: Councillor Hart\n"
    "BE IT RESOLVED THAT Council direct staff to prepare a report. Carried.\n\n"
    "The CAO advised that the Treasurer would circulate the budget. Deputy Mayor Smith asked Constable Doyle "
    "about speeding on Main Street.\n\n"
)
ONTARIO_GOLD = [
    ("Jane Dumas", "Mayor", "chair", True, "attendance.present"),
    ("Bob Smith", "Deputy Mayor", "vice_chair", True, "attendance.present"),
    ("Ann Lee", "Councillor", "member", True, "attendance.present"),
    ("Tom Hart", "Councillor", "member", True, "attendance.present"),
    ("Sue Ross", "Councillor", "member", True, "attendance.present"),
    ("Jim Brown", "CAO/Clerk", "officer", True, "attendance.staff"),
    ("Mary White", "Treasurer", "officer", True, "attendance.staff"),
    ("Dan Green", "Public Works Superintendent", "officer", True, "attendance.staff"),
    ("Pat King", "Councillor", "member", False, "attendance.regrets"),
    ("R. Doyle", "OPP", "witness", True, "attendance.also"),
]


def _full(registry: ParticipantRegistry):
    return [(p.name, p.role, p.kind, p.present, p.source) for p in registry.participants]


def test_a_staff_and_resource_heading_lists_staff():
    # "Staff / Resource:" (synthetic batch 49): the staff list under a label naming resource people too
    registry = find_participants("Staff / Resource: Neil Lachance, Fire Chief/CEMC; Owen Ducharme, Deputy Fire Chief\n\n"
                                 "1. Call to Order\n\nThe Chair called the meeting to order.\n")
    assert [(p.name, p.role, p.kind) for p in registry.participants] == [
        ("Neil Lachance", "Fire Chief/CEMC", "officer"), ("Owen Ducharme", "Deputy Fire Chief", "officer")]


def test_ontario_inline_lists():
    registry = find_participants(ONTARIO)
    assert _full(registry) == ONTARIO_GOLD
    for p in registry.participants:
        start, end = p.mentions[0]
        assert ONTARIO[start:end] == p.name


@pytest.mark.parametrize(
    "mention, name",
    [
        ("Mayor Dumas", "Jane Dumas"),
        ("the Mayor", "Jane Dumas"),
        ("Deputy Mayor Smith", "Bob Smith"),
        ("The Deputy Mayor", "Bob Smith"),
        ("Councillor Lee", "Ann Lee"),
        ("Councillor Ross", "Sue Ross"),
        ("the CAO", "Jim Brown"),
        ("the Clerk", "Jim Brown"),  # no clerk-kind participant: the CAO/Clerk by role
        ("the Treasurer", "Mary White"),
        ("The Public Works Superintendent", "Dan Green"),
        ("Constable Doyle", "R. Doyle"),
        ("Councillor King", "Pat King"),
        ("Council", None),
        ("the Council", None),
        ("Councillor Smith", "Bob Smith"),  # the Deputy Mayor is a councillor too
        ("the Fire Chief", None),
    ],
)
def test_ontario_resolution(mention, name):
    found = find_participants(ONTARIO).resolve(mention)
    assert (found.name if found else None) == name


def test_ontario_later_mentions_collected():
    registry = find_participants(ONTARIO)
    dumas = registry.resolve("Jane Dumas")
    assert "Mayor Dumas" in [ONTARIO[s:e] for s, e in dumas.mentions]
    doyle = registry.resolve("R. Doyle")
    assert "Constable Doyle" in [ONTARIO[s:e] for s, e in doyle.mentions]
    assert all(p.name != "Council" for p in registry.participants)


ONTARIO_ONE_PER_LINE = (
    "Members Present:\nMayor: Jane Dumas\nDeputy Mayor: Bob Smith\nCouncillor: Ann Lee\nCouncillor: Tom Hart\n\n"
    "Staff:\nJim Brown, Chief Administrative Officer\nLisa Grey, Clerk-Treasurer\nPaul Black, Deputy Clerk\n"
    "Fire Chief – Ray Stone\n\n"
    "Absent:\nCouncillor Pat King\n\n"
    "Also in Attendance:\nSgt. Mike Jones, Detachment Commander\nSarah Cole, Resident\n\n"
    "The Clerk will circulate the by-law. The Deputy Clerk noted the agenda.\n\n"
)


def test_ontario_one_per_line():
    registry = find_participants(ONTARIO_ONE_PER_LINE)
    assert _full(registry) == [
        ("Jane Dumas", "Mayor", "chair", True, "attendance.members"),
        ("Bob Smith", "Deputy Mayor", "vice_chair", True, "attendance.members"),
        ("Ann Lee", "Councillor", "member", True, "attendance.members"),
        ("Tom Hart", "Councillor", "member", True, "attendance.members"),
        ("Jim Brown", "Chief Administrative Officer", "officer", True, "attendance.staff"),
        ("Lisa Grey", "Clerk-Treasurer", "clerk", True, "attendance.staff"),
        ("Paul Black", "Deputy Clerk", "officer", True, "attendance.staff"),
        ("Ray Stone", "Fire Chief", "officer", True, "attendance.staff"),
        ("Pat King", "Councillor", "member", False, "attendance.apologies"),
        ("Mike Jones", "Detachment Commander", "witness", True, "attendance.also"),
        ("Sarah Cole", "Resident", "public", True, "attendance.also"),
    ]
    r = registry.resolve
    assert r("the Clerk").name == "Lisa Grey"
    assert r("the Deputy Clerk").name == "Paul Black"
    assert r("the Chief Administrative Officer").name == "Jim Brown"
    assert r("the Fire Chief").name == "Ray Stone"


ONTARIO_TABLE = (
    "Council Present: | Reeve Jane Dumas, Deputy Reeve Bob Smith, Councillors Ann Lee, Tom Hart, and Sue Ross\n\n"
    "Attendance:\n\nName | Title | Status\nJim Brown | CAO/Clerk | Present\nMary White | Treasurer | Regrets\n"
    "Dan Green | Road Superintendent | Present\n\n"
    "Delegations:\n\nSarah Cole, Example Engineering Ltd.\n\n"
)


def test_ontario_table_layout():
    registry = find_participants(ONTARIO_TABLE)
    assert _full(registry) == [
        ("Jane Dumas", "Reeve", "chair", True, "attendance.council"),
        ("Bob Smith", "Deputy Reeve", "vice_chair", True, "attendance.council"),
        ("Ann Lee", "Councillor", "member", True, "attendance.council"),
        ("Tom Hart", "Councillor", "member", True, "attendance.council"),
        ("Sue Ross", "Councillor", "member", True, "attendance.council"),
        ("Jim Brown", "CAO/Clerk", "officer", True, "attendance.roll_table"),   # the table's own header lists them
        ("Mary White", "Treasurer", "officer", False, "attendance.roll_table"),   # the table's own header lists them
        ("Dan Green", "Road Superintendent", "officer", True, "attendance.roll_table"),   # the table's own header lists them
        ("Sarah Cole", "Example Engineering Ltd", "witness", True, "attendance.delegations"),
    ]
    assert registry.resolve("the Reeve").name == "Jane Dumas"
    assert registry.resolve("The Deputy Reeve").name == "Bob Smith"


def test_ontario_notes_and_parenthesised_roles():
    text = (
        "Present: Mayor Jane Dumas (electronically), Councillor Ann Lee (arrived at 7:15 p.m.)\n"
        "Staff Present: Jim Brown (CAO/Clerk), CAO/Clerk – Lisa Grey\n\n"
    )
    got = [(p.name, p.role, p.kind) for p in find_participants(text).participants]
    assert got == [
        ("Jane Dumas", "Mayor", "chair"),
        ("Ann Lee", "Councillor", "member"),
        ("Jim Brown", "CAO/Clerk", "officer"),
    ]


def test_ontario_office_before_the_name():
    text = (
        "PRESENT: Reeve Tom Walsh, Deputy Reeve Anne Roy\n"
        "STAFF: Clerk Administrator Sue Park; Roads Superintendent Gary Fox; Treasurer Ann Bell\n"
        "GUESTS: Cst. Dan Hill, OPP\n\n"
    )
    got = [(p.name, p.role, p.kind) for p in find_participants(text).participants]
    assert got == [
        ("Tom Walsh", "Reeve", "chair"),
        ("Anne Roy", "Deputy Reeve", "vice_chair"),
        ("Sue Park", "Clerk Administrator", "clerk"),
        ("Gary Fox", "Roads Superintendent", "officer"),
        ("Ann Bell", "Treasurer", "officer"),
        ("Dan Hill", "OPP", "witness"),
    ]


@pytest.mark.parametrize("mention, name", [
    ("the CAO", "Henrik Vandermeer"),            # abbr.cao: the listed "Chief Administrative Officer"
    ("the CBO", "Olive Grant"),                  # abbr.cbo
    ("Clerk-Treasurer McTavish", "Rhonda McTavish"),
    ("Officer Greer", "Pam Greer"),
    ("Clerk-Treasurer Smith", None),             # no one of that surname
])
def test_post_and_surname_and_expanded_abbreviations(mention, name):
    text = ("Staff: Henrik Vandermeer, Chief Administrative Officer; Rhonda McTavish, Clerk-Treasurer; "
            "Pam Greer, By-law Enforcement Officer; Olive Grant, Chief Building Official\n\n")
    found = find_participants(text).resolve(mention)
    assert (found.name if found else None) == name


def test_post_and_surname_with_a_curly_apostrophe():
    found = find_participants("Staff: Rhonda O’Brien, Clerk-Treasurer\n\n").resolve("Clerk-Treasurer O’Brien")
    assert found is not None and found.name == "Rhonda O’Brien"


def test_a_delegates_organisation_is_their_role_not_a_person():
    text = "Also Present:\nWalter Brandt, President, Tamarack Ridge Agricultural Society\nDoug Feeney, resident\n\n"
    got = [(p.name, p.role) for p in find_participants(text).participants]
    assert got == [("Walter Brandt", "President, Tamarack Ridge Agricultural Society"), ("Doug Feeney", "resident")]


def test_ontario_archived_html_fixture():
    ingest = pytest.importorskip("pipeline.ingest")
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "archived-township-minutes.html"
    registry = find_participants(ingest.read_document(fixture).text)
    assert [(p.name, p.role, p.kind, p.present) for p in registry.participants] == [
        ("Jane Dumas", "Mayor", "chair", True),
        ("Bob Smith", "Deputy Mayor", "vice_chair", True),
        ("Ann Lee", "Councillor", "member", True),
        ("Tom Hart", "Councillor", "member", True),
        ("Jim Brown", "CAO/Clerk", "officer", True),
        ("Mary White", "Treasurer", "officer", True),
        ("Pat King", "Councillor", "member", False),
    ]


@pytest.mark.parametrize(
    "role, kind",
    [
        ("Reeve", "chair"), ("Warden", "chair"), ("Deputy Reeve", "vice_chair"), ("Deputy Warden", "vice_chair"),
        ("CAO", "officer"), ("Chief Administrative Officer", "officer"), ("CAO/Clerk", "officer"),
        ("Clerk-Treasurer", "clerk"), ("Clerk", "clerk"), ("Deputy Clerk", "officer"), ("Treasurer", "officer"),
        ("Deputy Treasurer", "officer"), ("Public Works Manager", "officer"), ("Director of Public Works", "officer"),
        ("Road Superintendent", "officer"), ("Superintendent of Roads", "officer"), ("Fire Chief", "officer"),
        ("Chief Building Official", "officer"), ("By-law Enforcement Officer", "officer"), ("Planner", "officer"),
        ("Economic Development Officer", "officer"), ("Recreation Manager", "officer"),
        ("Manager of Planning and Development", "officer"), ("Director of Community Services", "officer"),
        ("OPP", "witness"), ("Constable", "witness"), ("Staff Sergeant", "witness"), ("Sergeant", "witness"),
        ("Detachment Commander", "witness"), ("Integrity Commissioner", "witness"), ("Councilor", "member"),
        ("Resident", "public"), ("Deputy CEO", "officer"),
    ],
)
def test_ontario_role_kinds(role, kind):
    assert kind_for_role(role) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Moved by: Councillor Lee\nSeconded by: Councillor Hart\n\n",
        "BE IT RESOLVED THAT Council direct staff to prepare a report.\n\n",
        "Delegations\n\nSarah Cole of Example Engineering appeared before Council regarding the drain.\n\n",
        "Council Present:\n\nThe Mayor was absent and the Deputy Mayor presided.\n\n",
        "Staff were directed to report back on the culvert.\n\n",
    ],
    ids=["moved-seconded", "resolution", "delegation-prose", "council-present-prose", "staff-in-prose"],
)
def test_ontario_negatives(text):
    assert find_participants(text).participants == []


@pytest.mark.parametrize("a,b,expected", [
    ("harries", "harris", True), ("davies", "davis", True), ("gwynne", "gwynn", True),
    ("harries", "harries", False), ("daly", "daley", True), ("jones", "james", False), ("lee", "leddin", False),
])
def test_one_edit_apart(a, b, expected):
    from pipeline.structure.participants import _one_edit_apart

    assert _one_edit_apart(a, b) is expected


def test_surname_slip_resolves_when_initials_agree():
    registry = find_participants("PRESENT\nCouncillors Alun Davies, Peter Harries and Hubert Gwynne.\n\n1. WELCOME\n")
    assert registry.resolve("Cllr. P. Harris").name == "Peter Harries"
    assert registry.resolve("Cllr. K. Harris") is None
    assert registry.resolve("Cllr. Harri") is None


def test_a_surname_with_its_prefix_resolves_to_the_listed_one_without():
    # "Ms. O'Sheahan" is the listed Ms. G. Sheahan (an officer), not Councillor K. Sheahan; a bare surname with no
    # prefix to drop stays unresolved between the two
    registry = ParticipantRegistry([
        Participant("p1", "K. Sheahan", "Councillor", "member", [(0, 10)], True, "attendance.members"),
        Participant("p2", "G. Sheahan", "Community Engagement Co-Ordinator", "witness", [(20, 30)], True,
                    "attendance.officials")])
    assert registry.resolve("Ms. O’Sheahan").id == "p2"
    assert registry.resolve("Councillor O'Sheahan").id == "p1"
    assert registry.resolve("Sheahan") is None


@pytest.mark.parametrize("mention, listed", [
    ("The Director of Service, Economic Development", "DoS Economic Development"),
    ("the Senior Engineer for Housing Construction and Maintenance", "Senior Engineer, Housing Construction and Maintenance"),
    ("The A/Senior Executive Officer, Corporate Services, Governance and Customer Services", "Senior Executive Officer"),
    ("the Acting Senior Planner", "Senior Planner"),
    ("The Senior Crime and Policing Analyst", "Senior Crime & Policing Analyst"),   # not in our role table
    ("The Deputy CEO", "Deputy Chief Executive"),   # CEO: the Chief Executive (Officer)
    ("the CEO", "Chief Executive Officer"),
])
def test_a_post_written_differently_resolves_to_the_listed_one(mention, listed):
    registry = ParticipantRegistry([
        Participant("p1", "P. Daly", listed, "officer", [(0, 8)], True, "attendance.officials"),
        Participant("p2", "G. Daly", "Meetings Administrator", "officer", [(10, 18)], True, "attendance.officials"),
    ])
    assert registry.resolve(mention).id == "p1"


@pytest.mark.parametrize("mention", ["the Director of Services", "the Senior Executive Engineer"])
def test_a_different_post_does_not_resolve_loosely(mention):
    registry = ParticipantRegistry([
        Participant("p1", "S. Coughlan", "Director, Support Services", "officer", [(0, 8)], True, "attendance.officials"),
        Participant("p2", "G. Doherty", "Senior Executive Engineer, Environment", "officer", [(10, 18)], True,
                    "attendance.officials"),
        Participant("p3", "T. McKechnie", "Senior Executive Engineer, Roads", "officer", [(20, 28)], True,
                    "attendance.officials"),
    ])
    assert registry.resolve(mention) is None


JPC_HEADER = (
    "MEMBERS:\n\nCouncillors\n\nB. Collins, Costelloe, Hartigan, Keary and Talukder\n\n"
    "OIREACHTAS MEMBERS :\n\nJan O’Sullivan, T.D., Tom Neville, T.D. and Senator Maria Byrne\n\n"
    "GARDA NOMINATIONS :\n\nChief Superintendent (Mr. G. Roche), Superintendent (Ms. A. Magner), Senior\n\n"
    "Crime & Policing Analyst, (Ms. L. Breen)\n\nOFFICIALS :\n\nChief Executive (Dr. P. Daly)\n\n"
    "1. Minutes\n\nSupt. Magner said the figures were down.\n"
)


def test_a_councillors_heading_makes_bare_surnames_members():
    registry = find_participants(JPC_HEADER)
    members = [p.name for p in registry if p.source == "attendance.members"]
    assert members == ["B. Collins", "Costelloe", "Hartigan", "Keary", "Talukder"]
    assert registry.resolve("Councillor Talukder").name == "Talukder"


def test_a_role_then_a_titled_name_after_and():
    registry = find_participants(JPC_HEADER)
    byrne = registry.resolve("Senator Maria Byrne")
    assert byrne is not None and byrne.role == "Senator"
    assert registry.resolve("Tom Neville").role == "T.D"


def test_a_role_broken_over_two_paragraphs_of_a_parenthesised_list():
    registry = find_participants(JPC_HEADER)
    breen = registry.resolve("Ms. L. Breen")
    assert breen is not None and breen.role == "Senior Crime & Policing Analyst"
    assert registry.resolve("The Senior Crime and Policing Analyst") is breen


@pytest.mark.parametrize("header, name, role", [
    ("GARDA NOMINATIONS :\n\nChief Superintendent (Mr. G. Roche), Superintendent (Brian\n\nSugrue), Inspector "
     "(Mr. O. Kennedy)\n\n1. Minutes\n", "Brian Sugrue", "Superintendent"),
    ("GARDA NOMINATIONS :\n\nChief Superintendent (Mr. G. Roche), Superintendent (Brian\n\nSugrue), Inspector "
     "(Mr. O. Kennedy)\n\n1. Minutes\n", "O. Kennedy", "Inspector"),
    ("OFFICIALS IN ATTENDANCE:\n\nChief Executive (Mr. P. Daly), Director, Community, Tourism and Culture (Mr.\n\n"
     "G. Daly), Director, Regeneration (Mr. J. Delaney).\n\n1. Minutes\n", "G. Daly", "Director, Community, Tourism and Culture"),
    ("GARDA NOMINATIONS :\n\nInspector (Mr. O. Kennedy), Detective Garda\n\n(Mr. D. O’Halloran), Community Engagement "
     "Co-Ordinator\n\nMs. G. Sheahan, Sergeant (Ms. C. Dee)\n\nOFFICIALS :\n\nChief Executive (Dr. P. Daly)\n",
     "D. O’Halloran", "Detective Garda"),
    ("GARDA NOMINATIONS :\n\nInspector (Mr. O. Kennedy), Detective Garda\n\n(Mr. D. O’Halloran), Community Engagement "
     "Co-Ordinator\n\nMs. G. Sheahan, Sergeant (Ms. C. Dee)\n\nOFFICIALS :\n\nChief Executive (Dr. P. Daly)\n",
     "G. Sheahan", "Community Engagement Co-Ordinator"),
    ("GARDA NOMINATIONS :\n\nInspector (Mr. O. Kennedy), Detective Garda\n\n(Mr. D. O’Halloran), Community Engagement "
     "Co-Ordinator\n\nMs. G. Sheahan, Sergeant (Ms. C. Dee)\n\nOFFICIALS :\n\nChief Executive (Dr. P. Daly)\n",
     "C. Dee", "Sergeant"),
    ("PRESENT:\n\nCllr. Michael Collins, Cllr. Lisa Marie\n\nSheehy, Cllr. Malachy McCreesh.\n\nItem 1:\n",
     "Lisa Marie Sheehy", "Councillor"),
    ("OFFICIALS IN ATTENDANCE:\n\nExecutive Engineer, Rathkeale Area Office (Mr. D. Flanagan) Meetings Administrator "
     "(Mr. T. O’Callaghan), Assistant Staff Officer (Ms. E. Buckley).\n\n1. Minutes\n", "T. O’Callaghan",
     "Meetings Administrator"),
])
def test_an_entry_broken_across_paragraphs_or_missing_its_comma_is_read_whole(header, name, role):
    registry = find_participants(header)
    found = registry.resolve(name)
    assert found is not None and found.name == name and found.role == role and found.source.startswith("attendance")
    start, end = found.mentions[0]
    assert " ".join(header[start:end].split()) == name   # offsets still point into the text as written


def test_an_apologies_heading_is_not_joined_to_the_last_name():
    registry = find_participants("MEMBERS PRESENT:\n\nCllr. J. Smith, Cllr. Mary Ryan\n\nApologies, Cllr. T. Hill\n\n"
                                 "1. Minutes\n")
    assert [(p.name, p.role) for p in registry] == [("J. Smith", "Councillor"), ("Mary Ryan", "Councillor")]


@pytest.mark.parametrize("letters", ["HR", "IT", "CAO", "EE"])
def test_department_and_post_letters_are_no_ones_initials(letters):
    registry = ParticipantRegistry([
        Participant("p1", "Helen Ryan", None, "member", [(0, 8)], True, "attendance.present"),
        Participant("p2", "Ian Tremblay", None, "member", [(10, 18)], True, "attendance.present"),
        Participant("p3", "Carol Anne O'Neil", None, "member", [(20, 28)], True, "attendance.present"),
        Participant("p4", "Eva Eklund", None, "member", [(30, 38)], True, "attendance.present"),
    ])
    assert registry.resolve_initials(letters) is None


def test_a_paragraph_break_inside_prose_brackets_is_left_alone():
    from pipeline.structure.participants import _mend_broken_entries
    text = "He said (see the report).\n\nThe end came (later)."
    assert _mend_broken_entries(text) == text


@pytest.mark.parametrize("mention, listed, expected", [
    ("The A/Head of Finance", ["A/Director, Support Services – Finance, Corporate, Human Resources and ICT",
                               "Director, Physical Development"], "p1"),
    ("the Acting Head of Finance", ["Director, Support Services – Finance and ICT", "Meetings Administrator"], "p1"),
    ("The Head of Finance", ["Head of Finance and Corporate", "Finance Officer"], "p1"),   # the post as written first
    ("The Head of Finance", ["Director of Finance and ICT", "Director of Finance, Roads"], None),   # two heads: no one
    ("The Head of Finance", ["Assistant Staff Officer, Finance", "Meetings Administrator"], None),   # not a junior post
    ("The Head of Roads", ["Director, Support Services – Finance", "Meetings Administrator"], None),
])
def test_a_head_of_a_department_is_the_one_officer_whose_post_covers_it(mention, listed, expected):
    registry = ParticipantRegistry([Participant(f"p{i + 1}", f"A. Person{i}", role, "officer", [(i * 10, i * 10 + 8)], True,
                                                "attendance.officials") for i, role in enumerate(listed)])
    found = registry.resolve(mention)
    assert (found.id if found else None) == expected


@pytest.mark.parametrize("mention, name", [
    ("The Chief", "Wayne Dorrington"),   # the Fire Chief, not his deputy
    ("the Deputy Chief", "Marcel Poitras"),
    ("Deputy Chief Poitras", "Marcel Poitras"),
])
def test_the_chief_and_the_deputy_chief(mention, name):
    registry = find_participants("Present: Gord Ashcroft, Chair. Staff: Wayne Dorrington, Fire Chief; Marcel Poitras, "
                                 "Deputy Fire Chief.\n\n1. Reports\n")
    assert registry.resolve(mention).name == name


def test_supt_is_a_title():
    registry = find_participants(JPC_HEADER)
    assert registry.resolve("Supt. Magner").name == "A. Magner"


@pytest.mark.parametrize("mention, name, role", [
    ("Stuart Quick, Highways Department", "Stuart Quick", "Highways Department"),
    ("Mr S. Quick, C.C.C. Highways Department", "S. Quick", "C.C.C. Highways Department"),
])
def test_an_unlisted_name_and_post_keep_both(mention, name, role):
    person = ParticipantRegistry().get_or_create(mention, (0, len(mention)))
    assert (person.name, person.role) == (name, role)


def test_an_agent_phrase_is_not_a_post():
    person = ParticipantRegistry().get_or_create("Cllr. J. Davies, seconded by Cllr. O. Williams", (0, 10))
    assert person.role != "seconded by Cllr. O. Williams"



def test_an_officer_under_a_councillors_heading_keeps_the_post():
    registry = find_participants("PRESENT:\n\nCouncillors\n\nB. Collins, Costelloe and Hartigan\n\n"
                                 "Mr. J. Kennedy, Senior Engineer\n\n1. Minutes\n\nText.\n")
    kennedy = registry.resolve("Mr. Kennedy")
    assert kennedy is not None and kennedy.role == "Senior Engineer"
    assert registry.resolve("Councillor Costelloe") is not None


@pytest.mark.parametrize("mention, expected", [
    ("Maria", "Maria Woods"),       # one listed person's first name
    ("Mary", None),                 # two people share it
    ("Sheehy", "Lisa Marie Sheehy"),   # a surname still resolves by surname
    ("Woods", "Maria Woods"),
    ("Gerry", "Gerry Daly"),
    ("Tom", None),                  # nobody's first name
    ("Daly", None),                 # surname of two listed people
    ("Kelly", None),                # one person's first name, but two people's surname
    ("Sinéad", "Sinéad Ryan"),      # accented first names too
    ("Ed", "Ed Kowalchuk"),         # a first name of two letters
    ("Maria W.", "Maria Woods"),    # a first name and the surname's initial ("Action: Maria W. - June 12.")
    ("Mary K.", "Mary Kiely"),      # the initial tells two Marys apart
    ("Maria D.", None),             # an initial that is not her surname's
])
def test_a_bare_first_name_resolves_to_the_one_person_with_it(mention, expected):
    registry = find_participants("In Attendance:\nMaria Woods, A/Senior Planner\nMary Kiely, Senior Staff Officer\n"
                                 "Mary Daly, Administrative Officer\nGerry Daly, Director\nKelly Smith, Staff Officer\n"
                                 "John Kelly, Engineer\nAnn Kelly, Engineer\nSinéad Ryan, Planner\nEd Kowalchuk, Member\n\nPresent:\n"
                                 "Cllr. Lisa Marie Sheehy\n\nItem 1: Minutes\n")
    found = registry.resolve(mention)
    assert (found.name if found else None) == expected


def test_an_apostrophe_typed_apart_joins_the_surname():
    registry = find_participants("Present:\nCouncillors Scanlan, Galvin and Sheahan.\n\nIn Attendance:\n"
                                 "Ms. Triona O'Connor, Homeless Operations Programme Manager\n\n1. Minutes\n")
    assert registry.resolve("Ms O’ Connor").name == "Triona O'Connor"
    assert registry.resolve("Mr. O'Connor").name == "Triona O'Connor"
    assert registry.resolve("Councillor Scanian").name == "Scanlan"   # a slip, one member it can be
    assert registry.resolve("Mr. Scanian") is None   # without initials or a councillor's title, no slip


@pytest.mark.parametrize("mention,name,role", [
    ("Detective Garda Declan O\u2019Halloran", "Declan O\u2019Halloran", "Detective Garda"),
    ("Detective Sergeant J. Ryan", "J. Ryan", "Detective Sergeant"),
    ("Inspector Ollie Kennedy", "Ollie Kennedy", "Inspector"),
    ("Detective Chief Superintendent Paul Kennedy", "Paul Kennedy", "Detective Chief Superintendent"),
    ("Det. Garda Mary Ryan", "Mary Ryan", "Det. Garda"),
])
def test_garda_ranks_are_titles_before_a_name(mention, name, role):
    from pipeline.structure.participants import ParticipantRegistry

    person = ParticipantRegistry().get_or_create(mention, (0, len(mention)))
    assert (person.name, person.role) == (name, role)


# Word pages set each attendance entry as a paragraph of its own, the first on the heading's line
ONTARIO_WORD_PARAGRAPHS = (
    "THE CORPORATION OF THE TOWNSHIP OF EXAMPLE\n\nREGULAR MEETING OF COUNCIL\n\nTuesday, November 12, 2019\n\n"
    "PRESENT: Reeve Dale Marchuk\n\nDeputy Reeve Lorna Whitcombe\n\nCouncillor Ken Ostrander\n\n"
    "STAFF: Janice Pruitt, Clerk-Treasurer\n\nWes Kowalchuk, Roads Superintendent\n\n"
    "Gwen Talbot, Chief Executive Officer / Chief Librarian\n\nKyle Mercado, Branch Supervisor, Orrin Corners Branch\n\n"
    "1. CALL TO ORDER\n\nReeve Marchuk called the meeting to order at 7:00 p.m.\n\n"
)


def test_word_paragraph_lists():
    registry = find_participants(ONTARIO_WORD_PARAGRAPHS)
    assert [(p.name, p.role) for p in registry.participants] == [
        ("Dale Marchuk", "Reeve"), ("Lorna Whitcombe", "Deputy Reeve"), ("Ken Ostrander", "Councillor"),
        ("Janice Pruitt", "Clerk-Treasurer"), ("Wes Kowalchuk", "Roads Superintendent"),
        ("Gwen Talbot", "Chief Executive Officer / Chief Librarian"),
        ("Kyle Mercado", "Branch Supervisor, Orrin Corners Branch")]   # role.supervisor; "Branch" names no one
    for p in registry.participants:   # no mention runs across a blank line ("Clerk-Treasurer\n\nWes ...")
        assert all("\n\n" not in ONTARIO_WORD_PARAGRAPHS[s:e] for s, e in p.mentions)


@pytest.mark.parametrize("mention, name", [
    ("the CEO", "Gwen Talbot"),               # abbr.ceo
    ("Roads Supt.", "Wes Kowalchuk"),         # role.road_superintendent
    ("the Branch Supervisor", "Kyle Mercado"),
    ("Deputy Reeve Whitcombe", "Lorna Whitcombe"),
])
def test_word_paragraph_resolution(mention, name):
    found = find_participants(ONTARIO_WORD_PARAGRAPHS).resolve(mention)
    assert (found.name if found else None) == name


@pytest.mark.parametrize("text", [
    # a heading line holding a list (not one entry) does not run on into one-line paragraphs
    "Present: Cllr. A. Byrne, Cllr. B. Daly, Cllr. C. Egan\n\nMr. D. Fox\n\n1. Minutes\n\nThe minutes were adopted.\n\n",
    # nor into a sentence, nor into a short heading that looks like a name
    "PRESENT: Reeve Dale Marchuk\n\nThe Reeve welcomed everyone to the meeting.\n\n",
    "STAFF: Angela Ruiz, Treasurer\n\nLand Acknowledgement\n\nThe Mayor read the acknowledgement.\n\n",
    "Present: Cllr J Bloggs (Chair)\n\nMr Tom Jones, Clerk\n\nPC Smith, Police Officer, reported two burglaries\n\n",
])
def test_list_does_not_run_on(text):
    names = [p.name for p in find_participants(text).participants]
    assert "D. Fox" not in names and "The Reeve" not in names and "Land Acknowledgement" not in names
    assert not any(p.role and "reported" in p.role for p in find_participants(text).participants)


@pytest.mark.parametrize("marker", ["- ", "  • ", "* "])
def test_bulleted_attendance_lists(marker):
    """eSCRIBE-style pages list attendance as <li> items (the reader writes "- ")."""
    text = (f"Present:\n{marker}Mayor Roy\n{marker}Councillor Leahy (Virtual Attendance at 7:00 p.m.)\n"
            f"Also Present:\n{marker}M. Gaskell, Chief Administrative Officer\n{marker}Town Solicitor, F. Santa\n\n"
            "Councillor Leahy declared a conflict.\n")
    got = [(p.name, p.role) for p in find_participants(text).participants]
    assert got == [("Roy", "Mayor"), ("Leahy", "Councillor"), ("M. Gaskell", "Chief Administrative Officer"),
                   ("F. Santa", "Town Solicitor")]


def test_a_note_with_a_time_is_no_role_label():
    text = "Present:\nCouncillor Shahid (arrived at 7:10 p.m.)\nCouncillor Lee\n\n"
    assert [(p.name, p.role) for p in find_participants(text).participants] == [
        ("Shahid", "Councillor"), ("Lee", "Councillor")]


def test_a_list_under_an_item_heading_ends_at_prose():
    """A PDF page read as text has no blank lines: the delegation's paragraph is not its entry's post."""
    text = ("5. DELEGATIONS\n5.1 Orrin Snowmobile Club - Trail Crossing\nMr. Wes Hall, President of the Orrin "
            "Snowmobile Club, addressed Council regarding the trail crossing at Concession 6. He advised that the "
            "Club replaced the signs. Councillor Vance asked whether the Club is insured.\n6. REPORTS\n")
    registry = find_participants(text)
    assert not any(p.role and "addressed" in p.role for p in registry.participants)
    hall = registry.resolve("Mr. Wes Hall")
    assert hall is None or hall.role is None or "addressed" not in hall.role
    assert registry.resolve("Councillor Vance") is None or registry.resolve("Councillor Vance").name != "Wes Hall"


def test_a_name_then_post_resolves_to_the_listed_person():
    registry = find_participants("Staff: Wayne Pell, Roads Superintendent\n\n")
    assert registry.resolve("Wayne Pell, Roads Superintendent").name == "Wayne Pell"


@pytest.mark.parametrize("role,kind", [("Museum Assistant", "officer"), ("Curator", "officer"),
                                       ("Director of Legislative Services, Town Solicitor", "officer"),
                                       ("Committee Secretary", "clerk"), ("Cabinet Secretary", "other"),
                                       ("Secretary of State for Wales", "other"), ("Constituency Assistant", "other")])
def test_ontario_staff_posts(role, kind):
    assert kind_for_role(role) == kind


@pytest.mark.parametrize("text", ["Manager of Roads and Facilities, reviewed the report",
                                  "Director of Public Works, advised Council"])
def test_a_post_stops_at_lower_case_words(text):
    from pipeline.structure.participants import _best_role_match
    assert _best_role_match(text)[1].group() == text.split(",")[0]


def test_a_list_in_flattened_text_gives_no_run_on_post():
    """Text extracted from a PDF as one line: the last entry's 'post' would be the minutes' business."""
    text = ("Staff Present: A. Allison, J. Newman Other Staff Present: F. Langmaid, J. MacLean 1. Call to Order Mayor "
            "Foster called the meeting to order at 9:30 a.m. 2. Land Acknowledgement Statement Councillor Hooper led "
            "the meeting in the Land Acknowledgement Statement. 3. Declaration of Interest")
    got = {p.name: p.role for p in find_participants(text).participants}
    assert got["F. Langmaid"] is None                       # its "post" was the business that followed
    assert not any(role and "Call to Order" in role for role in got.values())


@pytest.mark.parametrize("mention, name", [
    ("Ms. Grace O'Sheahan", "G. Sheahan"), ("Mr. Pat MacNamara", "P. McNamara"),
    ("Ms. Mary O'Sheahan", None),   # initials disagree
    ("Mr. Pat MacMahon", None),     # McMahon is not Mahon
    ("Ms. O'Sheahan", "G. Sheahan"),   # no initials, but the one listed Sheahan (train gold: she presents as "Ms. O'Sheahan")
])
def test_irish_surname_prefix_resolves_when_initials_agree(mention, name):
    registry = find_participants("In attendance:\nG. Sheahan, Community Engagement Co-Ordinator\n"
                                 "P. McNamara, Senior Engineer\nP. Mahon, Senior Planner\n\n1. Minutes\n")
    found = registry.resolve(mention)
    assert (found.name if found else None) == name


def test_councillor_surname_slip_without_initials_resolves_to_the_one_member():
    registry = find_participants("PRESENT\nCouncillors M. Scanlan, P. Harries and H. Gwynne.\n\n1. WELCOME\n")
    assert registry.resolve("Cllr Scanlon").name == "M. Scanlan"
    assert registry.resolve("Mr Scanlon") is None        # no title: could be anyone
    assert registry.resolve("Cllr Gwyn") is None         # too short to trust without initials


def test_an_ocr_slip_in_the_list_is_not_taken_for_the_prose_spelling():
    text = ("PRESENT\nCouncillors J. Scanian, P. Harries and H. Gwynne.\n\n1. ROADS\n"
            "Councillor Scanlan queried the storage containers.\nCouncillor Scanlan proposed the motion.\n")
    assert find_participants(text).resolve("Councillor Scanlan") is None


def test_numbered_attendance_entries_under_their_heading():
    text = ("Council Present:\n\n1. Mayor Dale Hurtubise\n2. Councillor Wendy Mackay\n\nStaff Present:\n\n"
            "1. Colleen Varga, CAO-Clerk\n2. Marc Thibodeau, Fire Chief\n\n1. Call to Order\n\n"
            "Mayor Hurtubise called the meeting to order at 7:00 p.m.\n\n2. Adoption of the Agenda\n")
    found = [(p.name, p.role, p.kind) for p in find_participants(text).participants]
    assert found == [("Dale Hurtubise", "Mayor", "chair"), ("Wendy Mackay", "Councillor", "member"),
                     ("Colleen Varga", "CAO-Clerk", "clerk"), ("Marc Thibodeau", "Fire Chief", "officer")]


def test_a_joint_boards_list_grouped_by_municipality():
    # "Township of Stourton:" names the municipality the members sit for, not anyone's post
    registry = find_participants(
        "Members Present:\nTownship of Stourton: Councillor Ray Bergstrom (Chair); Tom Hensley (citizen appointee)\n"
        "Township of Oakmere: Councillor Janet Imrie (Vice-Chair); Deputy Reeve Walter Jankowski\n\n1. CALL TO ORDER\n")
    got = {p.name: p.role for p in registry.participants}
    assert got == {"Ray Bergstrom": "Chair", "Tom Hensley": None, "Janet Imrie": "Vice-Chair",
                   "Walter Jankowski": "Deputy Reeve"}
    assert registry.resolve("the Chair").name == "Ray Bergstrom"


def test_a_board_member_listed_with_the_municipality_she_sits_for():
    # the municipality after the comma is no post; "(Chair)" is, and "the Chair" is she, not the Reeve on the board
    registry = find_participants(
        "Board Members Present\n\n- Mayor Bernadette Cowlishaw, Town of Wetherall (Chair)\n"
        "- Councillor Rupert Blaikie, City of Orillon (Vice-Chair)\n- Reeve Thomas Ruttledge, Township of Ashburn Lakes\n"
        "- Deputy Mayor Anand Sethuraman, Township of Mistassin Shores\n\n1. Call to Order\n")
    got = {p.name: p.role for p in registry.participants}
    assert got == {"Bernadette Cowlishaw": "Chair", "Rupert Blaikie": "Vice-Chair", "Thomas Ruttledge": "Reeve",
                   "Anand Sethuraman": "Deputy Mayor"}
    assert registry.resolve("the Chair").name == "Bernadette Cowlishaw"
    assert registry.resolve("the Vice-Chair").name == "Rupert Blaikie"


def test_staff_and_advisors_and_a_members_municipality_in_brackets():
    registry = find_participants(
        "Members Present\n\n- Gunnar Solberg, Chair (Township of Selwood)\n- Ruth Ballantyne (Unorganized Territory)\n\n"
        "Staff and Advisors Present\n\n- Colleen Vandersluis, Secretary-Treasurer\n\n1. Call to Order\n")
    got = {p.name: p.role for p in registry.participants}
    assert got == {"Gunnar Solberg": "Chair", "Ruth Ballantyne": None, "Colleen Vandersluis": "Secretary-Treasurer"}


def test_a_note_on_how_members_attended_before_the_headings_colon():
    registry = find_participants(
        "REGULAR MEETING OF COUNCIL - ELECTRONIC MEETING\nCouncil Present (electronically): Mayor Frank Dubuc, "
        "Councillor Gary Hrycyk\nStaff Present (electronically): Christine Brunelle, CAO/Clerk\n1. CALL TO ORDER\n")
    assert {p.name: p.role for p in registry.participants} == {
        "Frank Dubuc": "Mayor", "Gary Hrycyk": "Councillor", "Christine Brunelle": "CAO/Clerk"}


def test_a_columned_attendance_table_row_is_a_person_a_cell():
    # "Commissioners | Staff | Guests": each cell its own people; the initials after a post are no name in brackets
    registry = find_participants(
        "Attendance\n\nCommissioners | Staff | Guests\n"
        "Raymond Ostiguy, Chair (Municipality of Kessel Falls) | Gail Martindale, General Manager (GM) | Marc Kesslar\n"
        "Bernard Tapiola (Township of Redstone Narrows) | Kurt Mattinen, Operations Supervisor (K.M.)\n\n"
        "Regrets: None.\n\n1. Call to Order\n")
    got = {p.name: p.role for p in registry.participants}
    assert got["Bernard Tapiola"] is None
    assert got["Kurt Mattinen"] == "Operations Supervisor (K.M.)"
    assert got["Gail Martindale"] == "General Manager (GM)"


def test_a_name_post_status_row_is_still_one_person():
    registry = find_participants("Attendance\n\nName | Position | Status\nJanet Imrie | Councillor | Present\n\n"
                                 "1. Call to Order\n")
    assert [(p.name, p.role) for p in registry.participants] == [("Janet Imrie", "Councillor")]


@pytest.mark.parametrize("mention, expected", [
    ("K.M.", "Kurt Mattinen"),        # a listed person's initials with stops
    ("T.R", "Tomas Riedel"),          # the last stop taken as the sentence's
    ("Commissioner Tapiola", "Bernard Tapiola"),   # a commission's member title before the surname
    ("Trustee Tapiola", "Bernard Tapiola"),
    ("B.K.", None),                   # no one's initials
])
def test_initials_and_member_titles_resolve_to_the_listed_person(mention, expected):
    registry = find_participants("Present: Bernard Tapiola, Commissioner; Kurt Mattinen, Operations Supervisor; "
                                 "Tomas Riedel, Treasurer\n\n1. Call to Order\n")
    found = registry.resolve(mention)
    assert (found.name if found else None) == expected


@pytest.mark.parametrize("mention, expected", [
    ("Coun. Lafrance", "Rita Lafrance"),            # Ontario's short form of Councillor
    ("Dep. Mayor Prudhomme", "Luc Prudhomme"),
    ("By-law Officer", "Shannon Redfern"),          # a post shortened by a middle word
])
def test_short_titles_and_shortened_posts(mention, expected):
    registry = find_participants(
        "Present: Mayor Ann Bell; Deputy Mayor Luc Prudhomme; Councillor Rita Lafrance\n"
        "Staff: Gareth Voigt, Fire Chief; Luc Vinet, Deputy Fire Chief; Shannon Redfern, By-law Enforcement Officer\n\n"
        "1. Call to Order\n")
    assert registry.resolve(mention).name == expected


def test_a_group_label_before_the_people_is_no_ones_post():
    registry = find_participants("Attendance\n\nCouncil: Mayor Sandra Voight; Deputy Mayor Terrence Ng\n\n"
                                 "1. Call to Order\n")
    assert [(p.name, p.role) for p in registry.participants] == [("Sandra Voight", "Mayor"),
                                                                  ("Terrence Ng", "Deputy Mayor")]


@pytest.mark.parametrize("mention, expected", [
    ("CEMC", "Wren Castellanos"),     # the short form the list gives in brackets
    ("the CEMC", "Wren Castellanos"),
    ("EDO", "Adrian Kowalczyk"),      # the initials of a listed post's words, a short form the role table knows
    ("MTO", None),                    # initials of "Manager of Transportation and Operations", but the Ministry's
    ("AK", "Adrian Kowalczyk"),       # two letters are a listed person's initials ("AK asked ..."), not a post
    ("TW", None),                     # initials nobody listed has
    ("XYZ", None),
])
def test_a_post_by_its_short_form(mention, expected):
    registry = find_participants("Present:\nWren Castellanos, Community Emergency Management Coordinator (CEMC)\n"
                                 "Adrian Kowalczyk, Economic Development Officer\n"
                                 "Mike Tran, Manager of Transportation and Operations\n\nItem 1: Minutes\n")
    found = registry.resolve(mention)
    assert (found.name if found else None) == expected



@pytest.mark.parametrize("text, clerks", [
    ("PRESENT: Cllrs. W. Loynton, P. Harries.\n\n10. Salaries\nMrs Jane Davies, Clerk's Salary, £2,400.", ["Jane Davies"]),
    # a contractor before an owner cell run into the sentence is not the Clerk
    ("PRESENT: Cllrs. W. Loynton, P. Harries.\n\n5. Play Area\nIt was agreed that this work be carried out "
     "by Mr Bowen, Clerk to action", []),
])
def test_the_clerk_named_outside_the_list(text, clerks):
    assert [p.name for p in find_participants(text).participants if p.kind == "clerk"] == clerks


def test_a_foremans_post_with_and_stays_one_post():
    registry = find_participants("Staff Present: Joanne Theriault, Deputy Clerk and Board Secretary; Gord Pickering, "
                                 "Parks and Cemetery Foreman\n\n1. Call to Order\n")
    assert [(p.name, p.role) for p in registry.participants] == [
        ("Joanne Theriault", "Deputy Clerk and Board Secretary"), ("Gord Pickering", "Parks and Cemetery Foreman")]
    assert registry.resolve("the Foreman").name == "Gord Pickering"


@pytest.mark.parametrize("mention, expected", [
    ("The Acting Senior Planner", "M. Woods"), ("the A/Senior Planner", "M. Woods"), ("the Acting Director", "V. Murray"),
    ("Senior Executive Planner", "K. Burke"),
])
def test_an_acting_post_is_the_post(mention, expected):
    # "A/Senior Planner" in the list, "The Acting Senior Planner" in the text (round 24)
    registry = find_participants("OFFICIALS IN ATTENDANCE:\n\nA/Director, Economic Development (Mr. V. Murray); A/Senior "
                                 "Planner, Economic Development (Ms. M. Woods); Senior Executive Planner, Strategic and "
                                 "Forward Planning (Ms. K. Burke)\n\n1. Minutes\n\nText.\n")
    assert registry.resolve(mention).name == expected


@pytest.mark.parametrize("mention, expected", [
    ("the Executive Engineer", "P. Vallely"), ("A/Senior Executive Engineer", "K. Murphy"),
    ("the Senior Executive Engineer", "B. Kidney"), ("the Acting Executive Engineer", "J. Rigney"),
])
def test_an_acting_post_beside_the_same_post_held_outright(mention, expected):
    # the post as written first; "Acting" only tells two holders apart
    registry = find_participants("OFFICIALS IN ATTENDANCE:\n\nA/Executive Engineer, Housing (Mr. J. Rigney); Executive "
                                 "Engineer, Roads (Mr. P. Vallely); A/Senior Executive Engineer, West (Mr. K. Murphy); "
                                 "Senior Executive Engineer, East (Mr. B. Kidney)\n\n1. Minutes\n\nText.\n")
    assert registry.resolve(mention).name == expected


SPC_HEADER = (
    "Members Present: Cllrs. Novak (Chair), Butler, Leddin, Teefy. Ms. M. Browne, Mr. B. Harper.\n\n"
    "Officials Present: Mr. B. Kennedy, Ms. A. Leahy, Mr. D.E. Leahy, Mr.\n\n"
    "D. Slavin, Mr. S. O’Reilly, M. Fitzgerald. Item 1: Minutes\n\n"
    "The Minutes were agreed.\n"
)


def test_titled_members_after_the_councillors_are_members_of_their_own():
    # "..., Teefy. Ms. M. Browne, Mr. B. Harper": the committee's other members, no councillors
    registry = find_participants(SPC_HEADER)
    members = [(p.name, p.role) for p in registry if p.source == "attendance.members"]
    assert members[-3:] == [("Teefy", "Councillor"), ("M. Browne", None), ("B. Harper", None)]


def test_an_honorific_is_no_post_and_a_name_broken_after_it_is_mended():
    registry = find_participants(SPC_HEADER)
    officials = [(p.name, p.role) for p in registry if p.source == "attendance.officials"]
    assert officials == [("B. Kennedy", None), ("A. Leahy", None), ("D.E. Leahy", None), ("D. Slavin", None),
                         ("S. O’Reilly", None), ("M. Fitzgerald", None)]
    assert registry.resolve("Mr. O’Reilly").name == "S. O’Reilly"


@pytest.mark.parametrize("mention, listed", [
    ("The Director of Services, Housing Development", "Director, Housing Development"),
    ("the Director", "Director of Service"),
    ("The Acting Director of Service, Capital Investment Directorate", "Acting Director of Service, Capital Investment"),
    ("the Administrative Officer, Property Services Section", "Administrative Officer, Property Services"),
])
def test_an_irish_director_of_services_and_a_units_name(mention, listed):
    registry = ParticipantRegistry([
        Participant("p1", "A. Duke", listed, "officer", [(0, 8)], True, "attendance.officials"),
        Participant("p2", "U. McCarthy", "Director/Curator, Limerick Gallery", "officer", [(10, 18)], True,
                    "attendance.officials"),
    ])
    assert registry.resolve(mention).id == "p1"


def test_director_of_service_operations_is_a_department_not_the_title():
    registry = ParticipantRegistry([
        Participant("p1", "G. Daly", "Director, Operations", "officer", [(0, 8)], True, "attendance.officials"),
    ])
    assert registry.resolve("the Director of Service Operations") is None


def test_a_joint_post_then_a_surname_is_the_listed_holder():
    registry = ParticipantRegistry([
        Participant("p1", "Janice Pelletier", "CAO/Clerk-Treasurer", "officer", [(0, 8)], True, "attendance.staff"),
        Participant("p2", "Doug Hallman", "Public Works Superintendent", "officer", [(10, 18)], True, "attendance.staff"),
    ])
    assert registry.resolve("CAO/Clerk-Treasurer Pelletier").id == "p1"
    assert registry.resolve("Clerk Smith") is None


def test_a_labelled_post_keeps_the_body_after_the_name():
    # "Fire Chief: Mike Ojala, Ulvern Lake Volunteer Fire Department": the post, then whose it is
    registry = find_participants("Board members present: Linda Haapala (Chair), Dave Rousseau\n"
                                 "Fire Chief: Mike Ojala, Ulvern Lake Volunteer Fire Department\n\n1. Call to Order\n")
    assert registry.resolve("Fire chief").name == "Mike Ojala"
    assert registry.resolve("Mike Ojala").role == "Fire Chief, Ulvern Lake Volunteer Fire Department"


def test_a_facilitator_listed_above_the_attendance_is_the_facilitator():
    registry = find_participants("Council Strategic Planning Workshop\n\nFacilitator: Meredith Osei, Osei Strategy "
                                 "Partners\n\nPresent: Mayor Doug Pettigrew, Councillor Tom Szabo\n\nSession 1\n")
    osei = registry.resolve("The facilitator")
    assert osei is not None and osei.name == "Meredith Osei"
    assert osei.role == "Facilitator, Osei Strategy Partners"

