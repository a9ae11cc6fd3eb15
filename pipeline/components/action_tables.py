"""Action-items tables: "Item | Action | Responsible | Due" and one action per row below it; and lists of
actions under an "Action Items" heading, "Contact the owner - Anjali Chaudhary - next meeting".

Tables arrive from HTML and PDFs as lines of cells joined by " | ". A row is an action (annotation.md:
"an entry of an actions list") when the table's header names an action column and an owner column; the
owner cell is who acts and the due cell, when there is one, holds the deadline (the deadline component
reads it from the row, which is the evidence). Header words are data: ``commit.action_table`` in
rules/commitment_cues.jsonl.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from ..extensions import text_of
from ..results import Actor, Commitment
from ..rulebook import load_rules
from ..structure.participants import role_rule
from .lexicon import lexicon
from .speakers import LIST_MARKER

CELL = " | "


# "CAO / Treasurer" is two owners ("CAO/Clerk" is one post); "H. Beaulieu and S. Varghese" two people ("Parks and
# Recreation" one department)
JOINT_OWNERS = re.compile(r"\s+/\s+|\s+(?:and|&)\s+(?=[A-Z]\.\s?[A-Z])")


# an action cell that only records a decision ("Approved as presented", "Receive for information"): nothing promised
DECIDED_ONLY = re.compile(r"^(?:approved?|receive[ds]?|received\s+for\s+information|filed?|noted|adopted|carried)\b", re.I)
# a next-steps cell that names no step: "No change", "None", "N/A", "TBD", "Awaiting decision, expected in August"
NO_STEP = re.compile(r"^(?:(?:no\s+(?:change|action|further\s+action|next\s+steps?)(?:\s+(?:required|needed))?|none|n/?a|nil|"
                     r"tbd|to\s+be\s+determined|-+)\W*$|awaiting\b)", re.I)


@dataclass(frozen=True)
class _Header:
    action: int
    owner: int
    confidence: float
    status: int | None = None
    due: int | None = None
    # the owner column also holds when: "Responsibility / Timing", its cells "A. Kowalczyk / next meeting"
    owner_then_due: bool = False
    # the action column is a budget table's "Direction to staff": a row directs only where its cell names who is to
    # do what ("Fire Chief to apply for the grant"); "None", "Funded from reserve" record a change and direct no one
    directs: bool = False


@dataclass(frozen=True)
class _Words:
    action: frozenset[str]
    owner: frozenset[str]
    status: frozenset[str]
    done: frozenset[str]
    confidence: float
    weak_action: frozenset[str] = frozenset()
    due: frozenset[str] = frozenset()
    # a budget table's "Direction to staff" column: directs only where its cell names who is to do what
    direction: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _header_words() -> _Words:
    row = next(r for r in load_rules("commitment_cues") if r["id"] == "commit.action_table")
    return _Words(frozenset(row["action_headers"]), frozenset(row["owner_headers"]),
                  frozenset(row.get("status_headers", ())), frozenset(row.get("done_statuses", ())),
                  float(row["confidence"]), frozenset(row.get("weak_action_headers", ())),
                  frozenset(row.get("due_headers", ())), frozenset(row.get("direction_headers", ())))


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("|")]


def _cell_start(line: str, index: int) -> int:
    """Where cell `index` of a " | " row begins."""
    pos = 0
    for _ in range(index):
        pos = line.index("|", pos) + 1
    return pos


# "Manager of Public Works to bring a revised roads priority list ...": who, then the act (not "Renewal to be discussed")
DIRECTED = re.compile(r"(?P<owner>[A-Z][\w/&'’.-]*(?:\s+[\w/&'’.-]+){0,6}?)\s+to\s+(?!be\b)(?P<act>[a-z]\w+\b.*)$")


def _header(line: str) -> _Header | None:
    if CELL not in line:
        return None
    words = _header_words()
    names = [re.sub(r"[\s:*]+", " ", c).strip().lower() for c in _cells(line)]
    action = next((i for i, n in enumerate(names) if n in words.action), None)
    if action is None:   # "Item | Responsible | Due": the item is the action only where nothing else is
        action = next((i for i, n in enumerate(names) if n in words.weak_action), None)
    # a "Responsible" column beats a "Department" one beside it (Department | Adjustment | Responsible | Due)
    owners = [i for i, n in enumerate(names) if n in words.owner]
    owner = next((i for i in owners if names[i] not in GROUP_OWNER_HEADERS), owners[0] if owners else None)
    combined = None
    if owner is None:   # "Responsibility / Timing": one column says who, then when
        combined = next((i for i, n in enumerate(names) if len(parts := [p.strip() for p in n.split("/")]) == 2
                         and parts[0] in words.owner and parts[1] in words.due), None)
        owner = combined
    if action is None or owner is None or action == owner:
        return None
    status = next((i for i, n in enumerate(names) if n in words.status), None)
    due = next((i for i, n in enumerate(names) if n in words.due and i not in (action, owner)), None)
    return _Header(action, owner, words.confidence, status, due if combined is None else combined, combined is not None,
                   names[action] in words.direction)


def _done(cells: list[str], header: _Header) -> bool:
    """The row's status cell says the action is complete: reported, not promised. With no status column, a
    due cell that says "Done" says the same."""
    words = _header_words().done
    if header.status is None:   # a due cell saying only "Done" (not "Complete by June 30"), or done with a note after
        # a dash ("Complete - designation by-law passed June 2024")
        return any(_says_done(c.strip().lower(), words) for i, c in enumerate(cells) if i not in (header.action, header.owner))
    return _says_done(cells[header.status].strip().lower() if header.status < len(cells) else "", words)


def _says_done(status: str, words) -> bool:
    """The cell says done: "Done", "Complete", "Completed June 2021" (not "Complete by end of June"), or done with a
    note after a dash: "Complete - letter sent March 28; reply received (see Item 6)", "Complete – By-law 2024-11 passed"."""
    whole, with_note = _done_patterns(words)
    return bool(whole.fullmatch(status) or with_note.match(status))


@lru_cache(maxsize=1)
def _done_patterns(words: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    done = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return (re.compile(rf"(?:{done})(?!\s+(?:by|before|due)\b)(?:\s*[-–,:(]?\s*(?:on\s+|in\s+)?[\w ,./]*\d[\w ,./]*\)?)?\.?"),
            re.compile(rf"(?:{done})\s+[-–—]\s+(?!(?:by|before|due)\b(?!-))(?![^;]*\b(?:pending|awaiting|except|partial|"
                       rf"phase|to follow|outstanding|remaining)\b)"))


def _owners(owner_cell: str, registry) -> list[str]:
    """The owners one cell names: "CAO / Treasurer", "H. Beaulieu and S. Varghese", and initials joined by a
    slash ("HV/EM") where each is a listed person's."""
    owners = []
    pieces = [p.strip() for p in owner_cell.split(",")]
    people = [registry.resolve(p) for p in pieces]
    if len(pieces) > 1 and all(people) and len({p.id for p in people}) == len(pieces):
        return pieces   # "Sabine Voisin, Winston Dacosta": two listed people (not "Thomas Gravenor, Staff Liaison")
    for owner in JOINT_OWNERS.split(owner_cell):
        initials = owner.split("/")
        if len(initials) > 1 and all(registry.resolve_initials(i.strip()) is not None for i in initials):
            owners.extend(i.strip() for i in initials)
        else:
            owners.append(owner)
    return owners


# a heading over a list of actions: "Action Items", "Action List", "Follow-up Items", "Staff Follow-up", "Summary of Actions",
# "Outstanding Items" (a board's list of task - owner - month carried from meeting to meeting)
ACTION_LIST_HEADING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:Council|Committee|Board|Staff)\s+)?(?:Action\s+(?:Items?|List|Log|Summary|Register)|"
                                 r"Follow[-\s]?up(?:\s+(?:Items|Actions|List))?|Summary\s+of\s+(?:Actions|(?:Council\s+)?Directions?(?:\s+to\s+Staff)?)|Actions\s+Arising|"
                                 r"Outstanding\s+(?:Action\s+)?(?:Items|Actions)|Next\s+Steps)\s*:?\s*$", re.I)

# owner columns that name a group rather than who is responsible, used only where no other owner column is
GROUP_OWNER_HEADERS = {"department", "dept", "dept.", "staff"}
DASH_CELL = re.compile(r"\s+[-–—]\s+")
# an owner and a colon before the action: "N. Ambler: circulate the vendor application (by April 1, 2021)"
OWNER_COLON = re.compile(r"(?P<owner>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}):\s+(?P<action>[a-z].{3,240}?)\s*$")
# the line's due date in brackets at its end is the deadline, not part of what is done
DUE_IN_BRACKETS = re.compile(r"\s*\((?:by|due|before|no later than)\s[^()]{3,40}\)\s*\.?$", re.I)


def _as_action(text: str) -> str:
    """A cell's or a line's action as a record's `what`: "Prepare the agreement" -> "prepare the agreement"."""
    return text[0].lower() + text[1:] if text[:2].istitle() else text


def owner_action(doc: Doc, owner: str, owner_span: tuple[int, int], action: str, action_at: int,
                  evidence: tuple[int, int], rule: str, *, verb_start: int | None = None,
                  initials: bool = False, confidence: float | None = None) -> Commitment:
    """The action record of one owner: the participant the owner's words name (by initials too, where asked), or a new
    one, with the mention recorded; the deadline is read from `verb_start` on (the due cell, where there is one)."""
    registry = doc._.participants
    resolved = registry.resolve(owner)
    listed = registry.resolve_initials(owner) if initials and resolved is None else None
    if resolved is None and listed is None:   # a department or partner as owner: its head, where listed
        listed = registry.department_head(owner)
    participant = listed or registry.get_or_create(owner, owner_span)
    if listed is not None and owner_span not in listed.mentions:
        listed.mentions.append(owner_span)
    return Commitment(
        kind="action",
        who=Actor(text=owner, participant=participant.id, name=participant.name, role=participant.role),
        what=_as_action(action), evidence_start=evidence[0], evidence_end=evidence[1],
        utterance=next((u.index for u in doc._.utterances if u.start <= action_at < u.end), None),
        rule=rule, confidence=_header_words().confidence if confidence is None else confidence,
        verb_start=action_at if verb_start is None else verb_start)


def _named_owners(owners: str, offset: int, registry=None):
    """(name, start) of each owner a field or a bracket names: "Tomasz Wielgosz, Amira Haddou", "Bev and Rick" (two
    listed people; "Parks and Recreation" stays one); words in lower case are a note ("see report"), no owner."""
    for piece in re.finditer(r"[^,;&]+", owners):
        name = re.sub(r"^\s*and\s+", "", piece.group()).strip()
        if not name or not name[0].isupper():
            continue
        at = offset + piece.start() + piece.group().find(name)
        parts = re.split(r"\s+and\s+", name)
        if len(parts) > 1 and registry is not None and all(registry.resolve(p) is not None for p in parts):
            for part in parts:
                yield part, at + name.find(part)
        else:
            yield name, at


# an action list's line with its owners, and perhaps when, in brackets at its end: "Email the survey report to all
# members (Priya - end of next week)", "Book the tables (Lillian and Priya, by May 1)", "Book the hall (Tom Reid,
# Deborah Lynch)", "Talk to the group (Harold)"
OWNERS_IN_BRACKETS = re.compile(r"(?P<action>[A-Z][^()\n]{4,240}?)\s*\((?P<inside>[A-Z][^()\n]{0,120}?)\)\s*\.?\s*$")
BRACKET_PIECE = re.compile(r"[^,;–—-]+(?:-(?=\w)[^,;–—-]+)*")   # pieces between commas and spaced dashes


def _bracketed_owner_actions(doc: Doc, line: str, start: int, body_at: int) -> list[Commitment]:
    """One action per owner of a list line that names its owners in round brackets at its end, where each owner is
    someone listed or staff ("Town staff"); the first piece that names no one begins when ("by May 1"). Not "(2019)",
    "(see attached)" or "($4,500)"."""
    m = OWNERS_IN_BRACKETS.match(line, body_at)
    if m is None:
        return []
    registry = doc._.participants
    staff = lexicon()["lex.staff_nouns"]
    owners: list[tuple[str, int]] = []
    when_at = None
    for piece in BRACKET_PIECE.finditer(m.group("inside")):
        named = list(_named_owners(piece.group(), start + m.start("inside") + piece.start(), registry))
        if named and all(registry.resolve(name) is not None or name.split()[-1].lower() in staff for name, _ in named):
            owners.extend(named)
            continue
        when_at = start + m.start("inside") + piece.start() + len(piece.group()) - len(piece.group().lstrip())
        break
    if not owners:
        return []
    action = m.group("action").rstrip(" .;")
    if DECIDED_ONLY.match(action):
        return []
    action_at = start + m.start("action")
    return [owner_action(doc, name, (at, at + len(name)), action, action_at, (action_at, start + len(line.rstrip())),
                          "commit.action_list", verb_start=when_at if when_at is not None else at + len(name))
            for name, at in owners]


# an action list's line in the "owner to act" form: "Secretary to post the minutes on the website"
OWNER_TO_ACT = re.compile(r"[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,4}?\s+to\s+[a-z]+\b")


def action_list_lines(doc: Doc) -> list[Commitment]:
    """One action per line of a list under an "Action Items" heading, its cells dash-separated: "Contact owner of
    former Orange Hall - Anjali Chaudhary - next meeting" (the action, its owner, perhaps when). A line whose
    cells name no listed participant, or a line without cells, ends the list."""
    text = text_of(doc)
    registry = doc._.participants
    found: list[Commitment] = []
    in_list = False
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if ACTION_LIST_HEADING.match(line):
            in_list = True
            continue
        if not in_list or not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        marker = LIST_MARKER.match(line, indent)   # "- ", "1. ": layout, not the action
        body_at = marker.end() if marker else indent
        bracketed = _bracketed_owner_actions(doc, line, start, body_at)
        if bracketed:   # "Write a one-page summary for Council (Sarah and Dev, by April 10)"
            found.extend(bracketed)
            continue
        cells = DASH_CELL.split(line[body_at:].rstrip())
        colon = OWNER_COLON.match(line, body_at) if len(cells) == 1 else None
        if colon is not None:   # "N. Ambler: circulate the vendor application (by April 1, 2021)"
            cells = [colon.group("owner"), colon.group("action")]
        words = _header_words()
        if all(c.strip().lower() in words.action | words.owner | words.due | words.status | words.weak_action | {"what"}
               for c in cells):
            continue   # the list's own column names: "Who - What - When"
        # "action - owner - when", or "owner - action - when" (a Who / What / When recap)
        owner_index = next((i for i, c in enumerate(cells) if _cell_owners(registry, c)), None)
        if len(cells) == 1 and OWNER_TO_ACT.match(line, body_at):
            continue   # "2. Secretary to post the minutes on the website": the sentence rules read it; the list goes on
        if len(cells) < 2 or owner_index is None:
            in_list = False
            continue
        action = cells[1] if owner_index == 0 else cells[0]
        if DECIDED_ONLY.match(action):
            continue
        action_at = start + line.find(action, body_at)
        cell_at = line.find(cells[owner_index], body_at)
        for owner in _cell_owners(registry, cells[owner_index]):
            owner_at = start + line.find(owner, cell_at)
            found.append(owner_action(doc, owner, (owner_at, owner_at + len(owner)), DUE_IN_BRACKETS.sub("", action),
                                       action_at, (action_at, start + len(line.rstrip())), "commit.action_list"))
    return found


BRACKETED_HOLDER = re.compile(r"(?:Staff|Administration|Office)\s*\((?P<post>[^()]{2,40})\)")


def _cell_owners(registry, cell: str) -> list[str]:
    """The owners an action list's cell names: one listed person ("G. Pickering"), or several listed people between
    slashes ("N. Webber / J. Theriault": one action each); none when any part names no one."""
    if registry.resolve(cell) is not None:
        return [cell]
    holder = BRACKETED_HOLDER.fullmatch(cell.strip())
    if holder is not None and registry.resolve(holder.group("post")) is not None:
        return [holder.group("post")]   # "Staff (CAO)": the post in brackets holds the action
    parts = [part.strip() for part in cell.split("/")]
    if len(parts) > 1 and all(part and registry.resolve(part) is not None for part in parts):
        return parts
    return []


# a list point with its owners in brackets at the end: "- Circulate the summary to members within two weeks [Facilitator]",
# "- Draft a one-page sheet before the October 5 open house [Tomasz Wielgosz, Amira Haddou]"
BRACKET_OWNER = re.compile(r"^(?P<marker>[ \t]*(?:[-•●○▪■◦*–][ \t]+|\d{1,2}[.)][ \t]+))(?P<action>[A-Z][^\[\]\n]{5,240}?)"
                           r"[ \t]*\[(?P<owners>[^\[\]\n]{2,80})\][ \t]*\.?[ \t]*$", re.M)


def bracket_owner_lines(doc: Doc) -> list[Commitment]:
    """One action per owner of each list point that names its owners in brackets at its end."""
    found: list[Commitment] = []
    for m in BRACKET_OWNER.finditer(text_of(doc)):
        action = m.group("action").rstrip(" .;")
        if DECIDED_ONLY.match(action):
            continue
        for owner, at in _named_owners(m.group("owners"), m.start("owners"), doc._.participants):   # not "[see report]"
            found.append(owner_action(doc, owner, (at, at + len(owner)), action, m.start("action"),
                                       (m.start("action"), m.end("owners") + 1), "commit.action_list"))
    return found


# an action cell written "owner – action": "| Roads Supt. – grade Sideroad 15, first week of May."; a cell of several
# such entries, one per line in the page ("H. Parmenter / S. Lindqvist - trail walk by May 31; C. Prentiss - waiver form")
DASH_OWNER_CELL = re.compile(r"(?:(?<=\|\s)|(?<=;\s)|^)(?P<owner>[A-Z][^–—|;\n]{1,40}?)\s+(?P<dash>[–—-])\s+"
                             r"(?P<action>[a-z][^|;\n]{3,200}?)\.?[ \t]*(?=\||;|$)", re.M)
NOT_AN_ACTION = re.compile(r"^(?:\w+ed|was|were|is|are|has|had|noted|reported|thanked|no)\b")


def dash_owner_cells(doc: Doc) -> list[Commitment]:
    """Action cells of a table row written "owner – action" (a listed participant, an en or em dash, the action in
    lower case); not "Mayor Lee – thanked staff", which reports."""
    text = text_of(doc)
    if CELL not in text:
        return []
    registry = doc._.participants
    found: list[Commitment] = []
    for m in DASH_OWNER_CELL.finditer(text):
        line_end = text.find("\n", m.end())
        if CELL not in text[text.rfind("\n", 0, m.start()) + 1:line_end if line_end >= 0 else len(text)]:
            continue   # only in a table's row
        owner, action = m.group("owner").strip(), m.group("action").strip()
        owners = _owners(owner, registry)   # "H. Parmenter / S. Lindqvist": one action each
        if NOT_AN_ACTION.match(action) or any(registry.resolve(o) is None for o in owners):
            continue
        if m.group("dash") == "-" and len(owners) == 1 and " " not in owner.strip(". "):
            continue   # a hyphen after one bare word ("Roads - grading") is a title's dash, not an owner's
        for name in owners:
            at = m.start("owner") + owner.find(name)
            found.append(owner_action(doc, name, (at, at + len(name)), action, m.start("action"),
                                       (m.start("owner"), m.end("action")), "commit.action_table"))
    return found


# an action line of labelled fields: "Who: Kyle Bucknell / What: Obtain quote ... / When: June 21 meeting", "Obtain a
# building condition assessment - Owner: Library CEO - By: August 15, 2023"
FIELD = re.compile(r"(?:^|\s[/|–—-]\s)(?P<label>Who|Owner|Responsible|Lead|What|Action|Task|When|By|Due|Target)\s*:\s*"
                   r"(?P<value>.+?)(?=\s[/|–—-]\s(?:Who|Owner|Responsible|Lead|What|Action|Task|When|By|Due|Target)\s*:|\s*$)")
OWNER_LABELS, ACTION_LABELS, DUE_LABELS = {"who", "owner", "responsible", "lead"}, {"what", "action", "task"}, \
    {"when", "by", "due", "target"}


def labelled_action_lines(doc: Doc) -> list[Commitment]:
    """One action per owner of each line of labelled fields: an owner, an action (labelled, or the line's opening
    words before the first labelled field) and perhaps when."""
    text = text_of(doc)
    found: list[Commitment] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        fields = {m.group("label").lower(): m for m in FIELD.finditer(line)}
        owner = next((fields[k] for k in fields if k in OWNER_LABELS), None)
        action = next((fields[k] for k in fields if k in ACTION_LABELS), None)
        due = next((fields[k] for k in fields if k in DUE_LABELS), None)
        if owner is None:
            continue
        indent = len(line) - len(line.lstrip())
        marker = LIST_MARKER.match(line, indent)
        lead = line[(marker.end() if marker else indent):min(m.start() for m in fields.values())].strip(" -–—/")
        action_text = action.group("value").strip() if action is not None else lead
        if not action_text or not action_text[0].isalpha() or DECIDED_ONLY.match(action_text):
            continue
        action_at = start + (action.start("value") if action is not None else line.find(lead))
        due_at = start + due.start("value") if due is not None else action_at
        for name, at in _named_owners(owner.group("value"), start + owner.start("value"), doc._.participants):
            found.append(owner_action(doc, name, (at, at + len(name)), action_text, action_at,
                                       (start + indent, start + len(line.rstrip())), "commit.action_table",
                                       verb_start=due_at))
    return found


# an "Action:" line that names only its owners, perhaps with when, under the point it assigns: "- Carla will bring the
# final plan to the June 12 meeting." then "- Action: Carla A. - June 12.", "- Action: Lucille B. and Karen M. - by June 7."
OWNERS_ONLY_ACTION = re.compile(r"Actions?\s*:\s*(?P<owners>[A-Z][^–—\n]{0,80}?(?:(?<=\b[A-Z])\.)?)(?:\s+[-–—]\s+(?P<due>[^\n]{2,60}?))?\s*\.?\s*$")
FIRST_NAME_OWNER = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?(?:\s+[A-Z]\.?)?|(?:[A-Z]\.\s*)+[A-Z][\w'’-]+")


def owners_only_action_lines(doc: Doc, promised: list[Commitment]) -> list[Commitment]:
    """One action per owner of an "Action:" line that names people (first names, initials; not posts, which an MSCC
    owner line after its paragraph gives) and no act: the act is the point on the line above (what a promise found
    there does, else the line), the line itself the evidence, as the minutes record the assignment twice
    (GUIDELINES.md, batch 19: "annotated as well as the round-table promise it repeats")."""
    text = text_of(doc)
    registry = doc._.participants
    found: list[Commitment] = []
    pos, previous = 0, None
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        indent = len(line) - len(line.lstrip())
        marker = LIST_MARKER.match(line, indent)
        body_at = marker.end() if marker else indent
        m = OWNERS_ONLY_ACTION.match(line, body_at)
        owners = list(_named_owners(m.group("owners"), start + m.start("owners"), registry)) if m else []
        if m and previous and owners and all(
                FIRST_NAME_OWNER.fullmatch(name) and role_rule(name) is None and registry.resolve(name) is not None
                for name, _ in owners):
            action, action_at = previous
            above = next((c for c in promised if action_at <= c.evidence_start < action_at + len(action) and c.what), None)
            action = above.what if above is not None else action
            due_at = start + m.start("due") if m.group("due") else start + len(line.rstrip())
            found.extend(owner_action(doc, name, (at, at + len(name)), action, action_at,
                                      (start + body_at, start + len(line.rstrip())), "commit.action_list",
                                      verb_start=due_at) for name, at in owners)
        if line.strip():
            previous = (line[body_at:].strip().rstrip("."), start + body_at)
    return found


def action_table_rows(doc: Doc) -> list[Commitment]:
    """One action per row of every action-items table in the document."""
    text = text_of(doc)
    if CELL not in text:
        return []
    found: list[Commitment] = []
    registry = doc._.participants
    header: _Header | None = None
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if CELL not in line:
            header = None   # a table ends at its first line without cells
            continue
        row_header = _header(line)
        if header is None or row_header is not None:
            header = row_header   # a header repeated at a page break starts the table again
            continue
        cells = _cells(line)
        if max(header.action, header.owner) >= len(cells):
            continue
        action, owner_cell = cells[header.action], cells[header.owner]
        if not action or not owner_cell or not re.search(r"[A-Za-z]", owner_cell) or _done(cells, header) \
                or DECIDED_ONLY.match(action) or NO_STEP.match(action):
            continue
        action_at = start + line.find(action, _cell_start(line, header.action))
        cell_at = _cell_start(line, header.owner)
        if header.directs:
            directed = DIRECTED.match(action)
            if directed is None:
                continue   # "None", "Funded from Fire Capital Reserve.", "Renewal to be discussed in 2025."
            owner_cell, cell_at = directed.group("owner"), _cell_start(line, header.action)
            action, action_at = directed.group("act").rstrip(" ."), action_at + directed.start("act")
        # the deadline is read from the due cell on ("Item | Date Raised | Responsibility | Status | Target Date":
        # not the date the item was raised)
        due_at = start + _cell_start(line, header.due) if header.due is not None and header.due < len(cells) else action_at
        if header.owner_then_due and " / " in owner_cell:   # "EDO and J. Barrette / Q3": who, then when
            owner_cell, _, when = owner_cell.rpartition(" / ")
            due_at = start + line.find(when, cell_at + len(owner_cell))
        for owner in _owners(owner_cell, registry):
            owner_at = line.find(owner, cell_at)
            span = (start + owner_at, start + owner_at + len(owner)) if owner_at >= 0 else (start, start + len(line))
            found.append(owner_action(doc, owner, span, action, action_at,
                                       (start + len(line) - len(line.lstrip()), start + len(line.rstrip())),
                                       "commit.action_table", verb_start=due_at, initials=True))
    return found
