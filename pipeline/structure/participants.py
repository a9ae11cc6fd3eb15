"""Who attended a meeting: the participants of the attendance lists and their later mentions.

Minutes name their cast once, in lists near the top ("MEMBERS PRESENT:", "OFFICIALS IN
ATTENDANCE:", "Witnesses:", "Apologies received from ..."), and afterwards refer to people by
title and surname ("Councillor Galvin", "Mr. Daly") or by role ("The Director"). This module
builds a :class:`ParticipantRegistry` from those lists and gives the speaker component one place
to turn a mention into a participant, so that every component agrees on who "The Director" is.

The role titles (``pipeline/rules/roles.jsonl``) and list headings
(``pipeline/rules/attendance_headings.jsonl``) are data; this module only interprets them.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..rulebook import RuleFileError, load_rules

__all__ = [
    "KINDS",
    "Participant",
    "ParticipantRegistry",
    "find_participants",
    "kind_for_role",
    "role_rule",
]

KINDS = ("chair", "vice_chair", "member", "cabinet_member", "officer", "witness", "clerk", "public", "other")

# --------------------------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _RoleRule:
    id: str
    regex: re.Pattern[str]
    kind: str


@dataclass(frozen=True)
class _HeadingRule:
    id: str
    regex: re.Pattern[str]
    present: bool
    kind: str
    role_kinds: frozenset[str] | None  # None: every role kind may override the default
    inline: bool
    before: bool


def _compile(rule: dict, flags: int = 0) -> re.Pattern[str]:
    try:
        # Word boundaries that also work around dots and slashes ("Cllr.", "A/Director").
        return re.compile(rf"(?<![\w/])(?:{rule['pattern']})(?![\w’'-])", flags)
    except (KeyError, re.error) as err:
        raise RuleFileError(f"rule {rule.get('id')!r}: bad or missing pattern ({err})") from err


def _check_kind(rule: dict, kind: object) -> str:
    if kind not in KINDS:
        raise RuleFileError(f"rule {rule.get('id')!r}: kind {kind!r} is not one of {KINDS}")
    return kind  # type: ignore[return-value]


@lru_cache(maxsize=None)
def _role_rules() -> tuple[_RoleRule, ...]:
    return tuple(
        _RoleRule(
            row["id"],
            _compile(row, 0 if row.get("case_sensitive") else re.IGNORECASE),
            _check_kind(row, row.get("kind")),
        )
        for row in load_rules("roles")
    )


@lru_cache(maxsize=None)
def _heading_rules() -> tuple[_HeadingRule, ...]:
    rules = []
    for row in load_rules("attendance_headings"):
        role_kinds = row.get("role_kinds")
        for kind in role_kinds or ():
            _check_kind(row, kind)
        rules.append(
            _HeadingRule(
                id=row["id"],
                regex=_compile(row, re.IGNORECASE),
                present=bool(row.get("present", True)),
                kind=_check_kind(row, row.get("kind", "other")),
                role_kinds=None if role_kinds is None else frozenset(role_kinds),
                inline=bool(row.get("inline", False)),
                before=bool(row.get("before", False)),
            )
        )
    return tuple(rules)


def role_rule(role: str) -> str | None:
    """Id of the role rule that decides `role`'s kind, or None when no rule matches.

    The rule matching earliest wins, then the longest match, so the head of a role decides:
    "Cabinet Member for Children" is a cabinet member, not a member; "Leas-Cathaoirleach" is a
    vice-chair, not a chair.
    """
    best = _best_role_match(role)
    return best[0].id if best else None


def kind_for_role(role: str) -> str:
    """The participant kind for a role title ("Director, Housing" -> "officer"); "other" if unknown."""
    best = _best_role_match(role)
    return best[0].kind if best else "other"


def _best_role_match(role: str) -> tuple[_RoleRule, re.Match[str]] | None:
    best: tuple[_RoleRule, re.Match[str]] | None = None
    for rule in _role_rules():
        m = rule.regex.search(role)
        if m is None:
            continue
        if best is None or (m.start(), -(m.end() - m.start())) < (best[1].start(), -(best[1].end() - best[1].start())):
            best = (rule, m)
    return best


# --------------------------------------------------------------------------------------------
# Data model
# --------------------------------------------------------------------------------------------


@dataclass
class Participant:
    """One person (or unnamed role, such as "A Member") taking part in the meeting."""

    id: str
    name: str | None
    role: str | None
    kind: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    present: bool = True
    source: str = ""


# Honorifics are not roles; titles are ("Councillor", "Superintendent").
_HONORIFIC = r"(?:Mr|Ms|Mrs|Miss|Mx|Dr|Messrs|Prof)\.?"
# North American minutes put office titles before names too ("Mayor Jane Dumas", "Deputy Reeve
# Bob Smith", "Constable R. Doyle", "CAO Brown"); the longer "Deputy Mayor" precedes the Irish "Deputy".
_TITLE = (
    r"(?:County\s+Councillor|Councill?ors?|Cllrs?\.?|Clirs?\.?|Clr\.?|Coun\.|Senator|"
    r"(?:Deputy|Dep\.)\s+(?:Mayor|Reeve|Warden|Clerk|Treasurer|(?:Fire\s+)?Chief)|Deputy|Mayor|Reeve|Warden|"
    r"Chief\s+Superintendent|Chief\s+Supt\.?|Superintendent|Supt\.?|Inspector|Insp\.?|Staff\s+Sergeant|Sergeant|"
    r"Sgt\.?|S/Sgt\.?|"
    r"(?:Provincial\s+|Detective\s+|Special\s+)?Constable|Cst\.?|Const\.?|Fire\s+Chief|CAO|Treasurer|"
    r"(?:Detective\s+|Det\.?\s+)?Garda|Detective\s+(?:Chief\s+)?(?:Superintendent|Sergeant|Inspector)|"
    r"PCSO|PC|Alderman|Sir|Dame|Lord|Lady|Commissioner|Trustee)"   # a commission's or a library board's members
)
_PARTICLES = {"ó", "o", "uí", "ui", "ní", "ni", "mac", "mc", "de", "van", "von", "le", "la", "du", "di", "da", "nic", "ua", "st", "st."}
# Capitalised words that mark a department or organisation, never a person's name.
_ORG_WORDS = {
    "development", "planning", "services", "service", "directorate", "division", "council", "committee",
    "department", "office", "unit", "housing", "economic", "forward", "trade", "investment", "limerick",
    "regional", "enterprise", "corporate", "finance", "environment", "community", "operations", "design",
    "delivery", "capital", "support", "governance", "transportation", "travel", "headquarters", "partners",
    "solicitors", "engineers", "consulting", "group", "county", "city", "district", "municipal",
    "national", "shared", "digital", "strategy", "programme", "project", "maintenance", "construction",
    "social", "physical", "customer", "tourism", "culture", "heritage", "library", "libraries", "fire",
    "roads", "water", "ltd", "limited", "plc", "association", "board", "authority", "agency", "centre", "branch",
    "station", "school", "club", "trust", "network", "ireland", "irish", "surrey", "wales", "leo", "ppn",
    "innovation", "accommodation", "welfare", "homeless", "traveller", "sectoral", "interests", "members",
    "member", "nominations", "apologies", "public", "the", "west", "east", "north", "south", "mid", "metropolitan",
    # North American bodies: "Walter Brandt, President, Tamarack Ridge Agricultural Society"
    "society", "agricultural", "detachment", "township", "municipality", "ministry", "opp", "league", "federation",
    "foundation", "legion", "chamber", "conservation", "authority", "inc", "corporation",
    # departments after a post: "Shawn Nastke, Director, Strategic Initiatives"
    "strategic", "initiatives", "communications", "legislative", "infrastructure", "recreation", "facilities",
    "utilities", "technology", "administration", "transformation", "engagement", "resources", "legal",
}
_NAME_TOKEN = r"(?:[A-Z]\.(?:\s?[A-Z]\.?)*|[A-ZÁÉÍÓÚ][\w’'\-]*\.?)"
_NAME_RE = re.compile(
    rf"^(?:(?P<hon>{_HONORIFIC})\s+)?(?:(?P<title>{_TITLE})\s+)?"
    rf"(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,4}})(?:\s*\((?P<q>[^()]{{1,20}})\))?$"
)
# A titled name anywhere in running text: "Councillor Galvin", "Cllr. L. Galvin", "Mr. Daly".
_MENTION_RE = re.compile(
    # title and name on one line or the next, never across a blank line ("Clerk-Treasurer\n\nJanice Pruitt": two entries)
    rf"(?<![\w])(?:(?:{_HONORIFIC}|{_TITLE}))(?=\s)[^\S\n]*\n?[^\S\n]*"
    rf"(?:[A-Z]\.\s?(?:[A-Z]\.?\s?)*)?"
    rf"(?:(?:Ó|Uí|Ní|Mac|De|Van)\s+)?[A-ZÁÉÍÓÚ][\w’'\-]+(?:(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)[A-ZÁÉÍÓÚ][\w’'\-]+){{0,2}}"
    rf"(?:\s*\([A-Z][a-z]*\))?"
)
_SENTENCE_VERB = re.compile(
    r"\b(?:was|were|had|has|is|are|would|will|thanked|welcomed|stated|noted|extended|joined|said|"
    r"agreed|advised|outlined|asked|informed|congratulated|referred|proposed|seconded)\b"
)
_DASHES = re.compile(r"\s*[–—-]\s*")


def _chair_word(text: str) -> str:
    """'chairperson', 'chairman', 'chairwoman' -> 'chair'; 'vice chair', 'vice-chairperson' -> 'vice-chair'."""
    return re.sub(r"chair(?:person|man|woman)?\b", "chair", re.sub(r"^vice[\s-]+", "vice-", text))


_CHAIR_MENTION = re.compile(
    r"^(?:An\s+)?(?:Cathaoirleach|Chathaoirleach|Chairman|Chairwoman|Chairperson|Chair|Lord\s+Mayor|Mayor|"
    r"Príomh\s+Ch?omhairleoir|Reeve|Warden|Head\s+of\s+Council)$",
    re.IGNORECASE,
)
_VICE_MENTION = re.compile(
    r"^(?:Vice[- ]?Chair(?:man|woman|person)?|Leas[- ]?Ch?athaoirleach|Deputy\s+(?:Lord\s+)?Mayor|"
    r"Deputy\s+(?:Reeve|Warden))$",
    re.IGNORECASE,
)


# departments and services written as letters ("HR will advertise", owner cell "PW")
_DEPARTMENT_LETTERS = frozenset({"HR", "IT", "PW", "ICT", "GIS", "CBO", "EMS", "OPP", "MTO", "AMO", "CAO", "DPW"})
# "a/head of finance", "acting head of roads": a department's head, named by the department
_HEAD_OF = re.compile(r"(?:a/\s?|acting\s+)?head\s+of\s+(?:the\s+)?(?P<department>[a-z][a-z ]{2,30}?)")


def _norm(text: str) -> str:
    """Comparison key: casefolded, one kind of apostrophe and dash, single spaces."""
    text = text.replace("’", "'").replace("‘", "'")
    text = _DASHES.sub(" – ", text)
    return " ".join(text.split()).casefold()


def _strip_article(text: str) -> str:
    return re.sub(r"^(?:the|The|THE)\s+", "", text.strip().rstrip(".,;:"))


@dataclass(frozen=True)
class _NameParts:
    given: tuple[str, ...]  # first names or initials, casefolded
    surname: str  # casefolded, apostrophes normalised, particles kept ("ó ceallaigh")
    qualifier: str | None  # the "(J)" in "Sheahan (J)"


@lru_cache(maxsize=8192)   # asked for every listed name on every lookup: a pure function of the string
def _name_parts(name: str) -> _NameParts | None:
    q = None
    m = re.search(r"\s*\(([^()]+)\)\s*$", name)
    if m:
        q = m.group(1).strip().casefold()
        name = name[: m.start()]
    # "W.E. Leahy" -> initials W, E; a particle keeps no dot ("Ó Ceallaigh", not "O. Williams").
    # "O' Connor", "D' Arcy": the apostrophe joins the surname however it was typed
    name = re.sub(r"\b([OD])['’]\s+(?=[A-Z])", r"\1'", name.replace("’", "'"))
    tokens = [t for t in re.split(r"\s+|(?<=\.)(?=[A-Z])", name) if t.strip(".")]
    if not tokens:
        return None
    surname = [tokens.pop().strip(".")]
    while tokens and not tokens[-1].endswith(".") and tokens[-1].casefold() in _PARTICLES:
        surname.insert(0, tokens.pop())
    return _NameParts(tuple(t.strip(".").casefold() for t in tokens), " ".join(surname).casefold(), q)


def _given_agree(a: _NameParts, b: _NameParts) -> bool:
    """Initials agree when both sides give them; a qualifier "(J)" counts as an initial."""
    ga = list(a.given) + ([a.qualifier] if a.qualifier else [])
    gb = list(b.given) + ([b.qualifier] if b.qualifier else [])
    if not ga or not gb:
        return True
    a0, b0 = ga[0].rstrip("."), gb[0].rstrip(".")
    if len(a0) > 1 and len(b0) > 1:
        return a0 == b0  # two first names: "Jill" is not "Joseph"
    return a0[0] == b0[0]


def _surname_stem(surname: str) -> str:
    """An Irish surname without its O' / Mac / Mc ("Grace O'Sheahan" listed as "G. Sheahan", "MacNamara" as
    "McNamara", "Mc Glynn" as "McGlynn"): lists and prose drop or spell the prefix differently."""
    return re.sub(r"^(?:mac|mc) ?", "mc", re.sub(r"^(?:o'|ó |o )", "", surname))   # McMahon is not Mahon


def _one_edit_apart(a: str, b: str) -> bool:
    """Levenshtein distance exactly one (a letter added, dropped or changed)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def chair_post(mention: str) -> str | None:
    """'The Cathaoirleach', 'the incoming Leas-Cathaoirleach' -> "chair" / "vice_chair"; else None.
    An 'outgoing' or 'former' holder is not the post's current holder, so None."""
    text = _strip_article(" ".join(mention.split()))
    if re.match(r"(?:outgoing|former|previous|retiring)\b", text, re.I):
        return None
    text = re.sub(r"^(?:incoming|new|newly[- ]elected)\s+", "", text, flags=re.I)
    if _VICE_MENTION.match(text):
        return "vice_chair"
    if _CHAIR_MENTION.match(text):
        return "chair"
    return None


GROUP_WORDS = frozenset({"members", "councillors", "cllrs", "officials", "officers", "representatives",
                         "deputation", "team", "staff", "everyone", "all"})


def names_a_group(text: str) -> bool:
    """'Members', 'the Elected Members', 'A number of members', 'the Deputation': several people."""
    words = text.lower().split()
    if words and "from" in words[1:]:
        words = words[:words.index("from", 1)]   # "Staff from the Home and Social Development Directorate"
    return bool(words) and words[-1].strip(".,;:") in GROUP_WORDS


@lru_cache(maxsize=1)
def role_abbreviations() -> dict[str, str]:
    """'SEE' -> 'Senior Executive Engineer' (rules/role_abbreviations.jsonl)."""
    return {row["abbreviation"]: row["expansion"] for row in load_rules("role_abbreviations")}


def expand_role_abbreviations(text: str) -> str:
    """'the SEE' -> 'the Senior Executive Engineer', so that the attendance list can resolve it."""
    table = role_abbreviations()
    return " ".join(table.get(word.strip(",.;:"), word) for word in text.split())


_ACTING = re.compile(r"^(?:A/|A\.\s*|Acting\s+)", re.I)
_ROLE_FILLER = {"the", "of", "for", "a", "an", "and", "&"}
_DIRECTOR_OF_SERVICES = re.compile(r"\b(?-i:DoS)\b|\bDirector\s+of\s+Services?\b(?=\s*(?:[,(–—-]|$))", re.I)
_UNIT_WORDS = {"directorate", "section", "department"}


@lru_cache(maxsize=4096)
def role_key(role: str) -> str:
    """A loose comparison key for a post: abbreviations expanded, 'acting' and filler words and
    punctuation dropped, plurals singular ("DoS Economic Development" and "Director of Service,
    Economic Development" share one; "Deputy CEO" and "Deputy Chief Executive" too)."""
    # an Irish council's Director of Services is its Director: "Director of Services, Housing Development" and "DoS
    # Housing Development" are the listed "Director, Housing Development" ("Director of Service Operations" stays)
    text = _DIRECTOR_OF_SERVICES.sub("Director", _ACTING.sub("", _strip_article(" ".join(role.split()))))
    text = expand_role_abbreviations(text)
    words = [w for w in re.split(r"[^\w']+", text.casefold()) if w and w not in _ROLE_FILLER]
    if len(words) > 2 and words[-1] in _UNIT_WORDS:
        words = words[:-1]   # "Capital Investment Directorate", "Property Services Section": the unit's name
    key = " ".join(w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w for w in words)
    # "Deputy CEO" for the listed "Deputy Chief Executive": Irish councils' Chief Executive is the CEO
    return re.sub(r"\bchief executive officer\b", "chief executive", key)


_ACRONYM = re.compile(r"[A-Z]{2,6}")


def bracketed_short_forms(role: str) -> frozenset[str]:
    """The short forms a listed post gives itself in brackets: "Community Emergency Management Coordinator (CEMC)".
    Short forms every council uses ("EDO") are rules/role_abbreviations.jsonl."""
    return frozenset(re.findall(r"\(([A-Z]{2,6})\)", role))


def _role_head(role: str) -> str:
    """The title part of a role: "Director, Social Development Directorate" -> "director"."""
    head = re.split(r"\s*(?:,|\s[–—-]\s|\s-|\()\s*", role, maxsplit=1)[0]
    return _norm(head)


def _whole_post(text: str) -> bool:
    """`text` is a post from its first letter to its last ("Clerk-Treasurer", not "Clerk Smith")."""
    best = _best_role_match(text)
    return best is not None and best[1].start() == 0 and best[1].end() == len(text)


def _with_post(post: str, role: str | None) -> str | None:
    """A list's label naming the post before what the entry gives ("Fire Chief: Mike Ojala, Ulvern Lake Volunteer
    Fire Department" -> "Fire Chief, Ulvern Lake Volunteer Fire Department"); a post of the entry's own stays."""
    if role is None:
        return post
    return role if _best_role_match(role) is not None else f"{post}, {role}"


def _in_order(words: list[str], within: list[str]) -> bool:
    """`words` all appear in `within`, in the same order (others may stand between)."""
    rest = iter(within)
    return all(any(w == x for x in rest) for w in words)


# a person's initials with stops, the last perhaps taken as a sentence's: "K.M.", "T.R"
# the kinds of participant who are elected members of the body (a chair and vice-chair are members too)
ELECTED_KINDS = frozenset({"member", "chair", "vice_chair"})

DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.\s?){1,2}[A-Z]\.?")
BARE_INITIALS = re.compile(r"[A-Z]{2,3}")


class ParticipantRegistry:
    """The participants of one meeting, and the resolution of mentions to them."""

    def __init__(self, participants: list[Participant] | None = None) -> None:
        self.participants: list[Participant] = []
        self._created: dict[str, Participant] = {}
        # capitalised words of the minutes, casefolded, with their counts: which of two spellings is the slip
        self.word_counts: Counter[str] = Counter()
        for p in participants or []:
            self.add(p)

    def __iter__(self):
        return iter(self.participants)

    def __len__(self) -> int:
        return len(self.participants)

    def get(self, participant_id: str) -> Participant | None:
        return next((p for p in self.participants if p.id == participant_id), None)

    def add(self, participant: Participant) -> Participant:
        self.participants.append(participant)
        return participant

    def new(self, name: str | None, role: str | None, kind: str, *, present: bool = True, source: str = "") -> Participant:
        """Create and register a participant with the next free id."""
        return self.add(Participant(f"p{len(self.participants) + 1}", name, role, kind, [], present, source))

    # ---------------------------------------------------------------------------------------
    def resolve(self, mention: str) -> Participant | None:
        """The one participant `mention` refers to, or None when none or several fit.

        The attendance lists are asked first: a participant made up from an earlier mention (a
        misparsed "Clerk to email ..." or "the Director of Service") must not make a title that
        the lists resolve to one person ambiguous."""
        text = _strip_article(" ".join(mention.split()))
        if not text:
            return None
        if DOTTED_INITIALS.fullmatch(text) or BARE_INITIALS.fullmatch(text):
            # "K.M. presented the operations report", "T.R. to reply", "AH asked how many players had registered"
            # (minutes that name members by initials): the listed person with these initials
            found = self.resolve_initials(re.sub(r"[.\s]", "", text))
            if found is not None:
                return found
        key = _norm(text)
        if key in self._created:
            return self._created[key]
        if "," in text:
            # "Wayne Pelletier, Roads Superintendent, reported": the listed person the name leads to
            lead = text.split(",", 1)[0].strip()
            if _person(lead) is not None and _best_role_match(lead) is None:
                found = self._resolve_name(lead, self.participants)
                if found is not None:
                    return found
        listed = [p for p in self.participants if p.source != "mention"]
        if len(listed) < len(self.participants):
            found = self._resolve_among(text, listed)
            if found is not None:
                return found
        return self._resolve_among(text, self.participants)

    def _resolve_among(self, text: str, pool: list[Participant]) -> Participant | None:
        key = _norm(text)
        if _VICE_MENTION.match(text):
            vices = [p for p in pool if p.kind == "vice_chair"]
            named = [p for p in vices if p.role and _chair_word(_norm(p.role)) == _chair_word(key)]
            return self._unique(named if len(vices) > 1 and named else vices)
        if _CHAIR_MENTION.match(text):
            chairs = [p for p in pool if p.kind == "chair"]
            listed_chairs = [p for p in chairs if p.source.startswith("attendance.")]
            if len(chairs) > 1 and listed_chairs:
                chairs = listed_chairs   # not a welcomed guest who chairs their own association ("Mr. Pat Walsh, Chairman")
            # "the Chair" of a board whose members include a Reeve (a head of council, kind chair too): the one
            # listed as the Chair (or Chairperson, Chairman: one post)
            named = [p for p in chairs if p.role and _chair_word(_norm(p.role)) == _chair_word(key)]
            return self._unique(named if len(chairs) > 1 and named else chairs)
        if key == "clerk":
            clerks = [p for p in pool if p.kind == "clerk"]
            if clerks:
                return self._unique(clerks)
            # No one of the clerk kind: "the Clerk" is the "CAO/Clerk" by role, below.
        if key == "cabinet member":
            return self._unique(p for p in pool if p.kind == "cabinet_member")
        expanded = expand_role_abbreviations(text)
        by_role = self._resolve_role(expanded, pool)
        if by_role is None and expanded != text:
            by_role = self._resolve_role(text, pool)   # "the CAO" is the listed "CAO/Clerk" too
        if by_role is not None:
            return by_role
        post_surname = self._resolve_post_surname(text, pool)
        if post_surname is not None:
            return post_surname
        if _best_role_match(text) is not None and not _NAME_RE.match(text):
            return None
        return self._resolve_name(text, pool) or self._resolve_first_name(text, pool)

    def resolve_initials(self, letters: str) -> Participant | None:
        """'EM' in an action table's Owner cell: the one listed person whose first-name and surname initials these
        are (Eileen Marchetti); a middle initial may stand between ('EJM')."""
        if not re.fullmatch(r"[A-Z]{2,3}", letters) or _best_role_match(letters) is not None \
                or letters in role_abbreviations() or letters in _DEPARTMENT_LETTERS:
            return None   # "CAO", "EE", "HR", "IT": a post or a department, not someone's initials
        wanted = letters.casefold()
        found = []
        for p in self.participants:
            parts = _name_parts(p.name) if p.name and p.source != "mention" else None
            if parts is None or not parts.given:
                continue
            initials = "".join(g[0] for g in parts.given) + parts.surname[0]
            if wanted in (initials, initials[0] + initials[-1]):
                found.append(p)
        return self._unique(found)

    def _resolve_post_surname(self, text: str, pool: list[Participant]) -> Participant | None:
        """'Clerk-Treasurer McTavish', 'Officer Greer': a post then a surname, as North American minutes
        name staff; the one listed person of that surname."""
        m = re.fullmatch(r"(?P<post>[A-Z][\w/&-]*(?:\s+[A-Z][\w/&-]*){0,4}?)\s+(?P<surname>[A-Z][\w'’-]+)", text)
        if m is None:
            return None
        if not all(_whole_post(part) for part in m.group("post").split("/")):
            return None   # "CAO/Clerk-Treasurer Pelletier": each post of a joint one whole
        surname = m.group("surname").replace("’", "'").casefold()
        return self._unique(p for p in pool if p.name and p.source != "mention"
                            and (parts := _name_parts(p.name)) is not None and parts.surname == surname)

    def _resolve_first_name(self, text: str, pool: list[Participant]) -> Participant | None:
        """'Maria confirmed that she would organise a briefing': committee minutes call an officer
        listed as 'Maria Woods' by her first name ('Ed' for Ed Kowalchuk), or by it and her surname's initial
        ('Carla A.' in an 'Action:' line); only a capitalised word that is exactly one listed person's first name
        (and no one's surname) resolves."""
        m = re.fullmatch(r"(?P<first>[A-ZÁÉÍÓÚ](?:[^\W\d_]|['’-])+)(?:\s+(?P<initial>[A-Z])\.?)?", text)
        if m is None or not m.group("first")[1:].islower():
            return None
        word = m.group("first").casefold()
        named = [(p, _name_parts(p.name)) for p in pool if p.name and p.source != "mention"]
        if any(parts and parts.surname == word for _, parts in named):
            return None
        initial = (m.group("initial") or "").casefold()
        return self._unique(p for p, parts in named if parts and parts.given and parts.given[0] == word
                            and parts.surname.startswith(initial))

    def _unique(self, candidates) -> Participant | None:
        found = list(candidates)
        return found[0] if len(found) == 1 else None

    def _resolve_role(self, text: str, pool: list[Participant]) -> Participant | None:
        key = _norm(text)
        with_role = [p for p in pool if p.role]
        if _ACRONYM.fullmatch(text):   # "the CEMC" where the list gives the post with "(CEMC)"
            given = [p for p in with_role if p.source != "mention" and text in bracketed_short_forms(p.role)]
            if given:
                return self._unique(given)
        exact = [p for p in with_role if _norm(p.role) == key]  # type: ignore[arg-type]
        if exact:
            return self._unique(exact)
        head = [p for p in with_role if _role_head(p.role) == key]  # type: ignore[arg-type]
        if not head:
            # "The Acting Senior Planner" for the listed "A/Senior Planner, Economic Development": acting or not, one
            # post, where the post as written names no one
            bare = _norm(_ACTING.sub("", _strip_article(text)))
            head = [p for p in with_role if _norm(_ACTING.sub("", _role_head(p.role))) == bare]  # type: ignore[arg-type]
            acting = [p for p in head if _ACTING.match(p.role)]  # type: ignore[arg-type]
            if len(head) > 1 and _ACTING.match(_strip_article(text)) and acting:
                head = acting   # "the Acting Executive Engineer": the acting one of two
        if head:
            return self._unique(head)
        # the same post written differently: "Director of Service, Economic Development" for
        # "DoS Economic Development", "Senior Engineer for Housing" for "Senior Engineer, Housing",
        # a post our role table lacks ("Senior Crime and Policing Analyst" for "... Crime & Policing ...")
        loose = role_key(text)
        same = [p for p in with_role if role_key(p.role) == loose]  # type: ignore[arg-type]
        if same:
            return self._unique(same)
        if key == "chief":   # "The Chief": the Fire Chief, not the Chief Administrative Officer nor the Deputy Fire Chief
            chiefs = [p for p in with_role if _norm(p.role).split()[-1:] == ["chief"]]  # type: ignore[union-attr]
            heads = [p for p in chiefs if not re.match(r"(?:deputy|assistant|acting|a/)", _norm(p.role))]  # type: ignore[arg-type]
            return self._unique(heads or chiefs)
        if key == "deputy chief":   # "the Deputy Chief": the listed Deputy Fire Chief
            return self._unique([p for p in with_role if _norm(p.role).startswith("deputy")  # type: ignore[union-attr]
                                 and _norm(p.role).split()[-1:] == ["chief"]])  # type: ignore[union-attr]
        if _best_role_match(text) is None:
            return None
        # a mention more specific than the list: "The A/Senior Executive Officer, Corporate
        # Services" for the listed "Senior Executive Officer"
        title = role_key(_role_head(text))
        if title != loose:
            broader = [p for p in with_role if role_key(p.role) == title]  # type: ignore[arg-type]
            if broader:
                return self._unique(broader)
        # "the Meetings Administrator" for "County Secretary/Meetings Administrator"; "the Clerk" is
        # the "CAO/Clerk", not the "Deputy Clerk" (a deputy is named as such).
        pattern = re.compile(rf"(?<![\w]){re.escape(key)}(?![\w])")
        deputy = re.compile(rf"(?<![\w])(?:deputy|assistant|acting)\s+{re.escape(key)}(?![\w])")
        found = [p for p in with_role if pattern.search(_norm(p.role))]  # type: ignore[arg-type]
        if len(found) > 1 and not deputy.match(key):
            found = [p for p in found if pattern.search(deputy.sub(" ", _norm(p.role)))]  # type: ignore[arg-type]
        if found:
            return self._unique(found)
        words = key.split()
        if len(words) >= 2 and _best_role_match(words[-1].title()) is not None:
            # a post shortened by a middle word: "By-law Officer" for the listed "By-law Enforcement Officer"
            shortened = [p for p in with_role if _norm(p.role).split()[-1:] == words[-1:]  # type: ignore[union-attr]
                         and _in_order(words, _norm(p.role).split())]  # type: ignore[union-attr]
            if shortened:
                return self._unique(shortened)
        head_of = _HEAD_OF.fullmatch(key)
        if head_of:
            # "The A/Head of Finance" for the listed "A/Director, Support Services – Finance, Corporate, ...": the one
            # officer whose post covers that department
            department = re.compile(rf"(?<![\w]){re.escape(head_of['department'])}(?![\w])")
            heads = [p for p in with_role if p.kind not in ("member", "chair", "vice_chair")
                     and department.search(_norm(p.role))]  # type: ignore[arg-type]
            senior = [p for p in heads if re.search(r"\b(?:director|head|manager|treasurer|chief)\b", _norm(p.role))]  # type: ignore[arg-type]
            if senior:   # not the "Assistant Staff Officer, Finance"
                return self._unique(senior)
        return None

    def _resolve_name(self, text: str, pool: list[Participant]) -> Participant | None:
        m = _NAME_RE.match(text)
        if not m:
            return None
        raw = m.group("name") + (f" ({m.group('q')})" if m.group("q") else "")
        parts = _name_parts(raw)
        if parts is None:
            return None
        candidates = []
        for p in pool:
            if not p.name:
                continue
            pp = _name_parts(p.name)
            if pp and pp.surname == parts.surname and _given_agree(pp, parts):
                candidates.append(p)
        if not candidates and parts.given:
            # a typing slip in a long surname ("Cllr. P. Harris" for Peter Harries), initials agreeing
            candidates = [p for p in pool if p.name and (pp := _name_parts(p.name)) and pp.given
                          and len(parts.surname) >= 5 and (_one_edit_apart(pp.surname, parts.surname)
                                                           or _surname_stem(pp.surname) == _surname_stem(parts.surname))
                          and _given_agree(pp, parts)]
        if not candidates and not parts.given and _surname_stem(parts.surname) != parts.surname:
            # "Ms. O'Sheahan" for the listed "Ms. G. Sheahan": the prefix dropped or spelled differently (an honorific
            # or title below picks between a member and an officer of that surname)
            candidates = [p for p in pool if p.name and (pp := _name_parts(p.name))
                          and _surname_stem(pp.surname) == _surname_stem(parts.surname)]
        if not candidates and not parts.given and len(parts.surname) >= 6 and (m.group("title") or "").casefold().startswith(
                ("councillor", "councilor", "cllr")):
            # "Cllr Scanlon" for the listed Councillor Scanlan: a slip in a long surname, one member only, and
            # the prose's the rarer spelling (an OCR'd list, "Scanian", is the slip where the prose says "Scanlan")
            candidates = [p for p in pool if p.name and p.kind in ("member", "chair", "vice_chair")
                          and (pp := _name_parts(p.name)) and _one_edit_apart(pp.surname, parts.surname)
                          and self.word_counts[pp.surname] >= self.word_counts[parts.surname]]
        if len(candidates) > 1 and parts.given and len(parts.given[0].rstrip(".")) > 1:
            # "Cllr. Joseph Davies": the listed Joseph Davies, not a "J. Davies" an initial alone would allow
            spelled = [p for p in candidates if (pp := _name_parts(p.name)) and pp.given
                       and pp.given[0].rstrip(".") == parts.given[0].rstrip(".")]
            candidates = spelled or candidates
        if len(candidates) > 1:
            title = (m.group("title") or "").casefold()
            councillor = title.startswith(("councillor", "councilor", "cllr", "clir", "clr", "coun.", "county",
                                           "commissioner", "trustee"))
            title_kind = kind_for_role(title) if title else None
            if councillor:
                preferred = [p for p in candidates if p.kind in ("member", "chair", "vice_chair", "cabinet_member")]
            elif title_kind in ("chair", "vice_chair"):
                preferred = [p for p in candidates if p.kind == title_kind]
            elif title_kind in ("officer", "clerk", "witness"):
                preferred = [p for p in candidates if p.kind not in ("member", "chair", "vice_chair")]
            elif m.group("hon") or title:
                preferred = [p for p in candidates if p.kind not in ("member", "chair", "vice_chair")]
            else:
                preferred = candidates
            if preferred:
                candidates = preferred
        return self._unique(candidates)

    def get_or_create(self, mention: str, span: tuple[int, int]) -> Participant:
        """Resolve `mention`, else register it as an unlisted participant; record `span` either way."""
        found = self.resolve(mention)
        if found is None:
            found = self._create(mention)
        if tuple(span) not in found.mentions:
            found.mentions.append((int(span[0]), int(span[1])))
        return found

    def department_head(self, owner: str) -> Participant | None:
        """The one listed person whose post names the department or partner an action table gives as owner
        ("Planning and Development" -> the Director of Planning and Development, "Habitat for Humanity Ashford Lakes"
        -> its Executive Director): GUIDELINES.md, round 24. None when no one, or several, hold such a post."""
        words = re.sub(r"(?i)\b(?:the|department|dept\.?|division|section|office|team)\b|['’]s\b", " ", owner)
        words = " ".join(words.split()).casefold()
        if len(words) < 4 or _best_role_match(owner) is not None:
            return None   # "IT", "the Clerk": a post, which resolve() reads
        return self._unique(p for p in self.participants if p.source != "mention" and p.name and p.role
                            and re.search(rf"\b{re.escape(words)}\b", " ".join(p.role.split()).casefold()))

    def welcome(self, mention: str, start: int) -> list[Participant]:
        """The guests a chair welcomes ("Ms. S. McCutcheon, Executive Archaeologist", "the Data
        Protection Officer, Corporate Services"): a listed person by name or by the very same post,
        else a new participant that keeps the whole post, so that "the Senior Executive Engineer" later
        in the item is the guest and not a listed engineer with the same title."""
        guests = []
        for entry in _parse_segment(mention, start):
            if not entry.name:
                continue
            found = self.resolve(entry.name)
            if found is None:
                role = " ".join(entry.role.split()) if entry.role else None
                kind = kind_for_role(role) if role else "other"
                found = self.new(entry.name, role, "witness" if kind == "other" else kind, source="welcomed")
            if entry.span and entry.span not in found.mentions:
                found.mentions.append(entry.span)
            guests.append(found)
        if guests:
            return guests
        post = re.sub(r"^(?:an?|the)\s+", "", " ".join(mention.split()), flags=re.I)
        if names_a_group(post) and not post.lower().endswith("deputation"):
            return []   # "welcomed Members to the meeting": no guest presents
        if _best_role_match(post) is None or not post[:1].isupper() or _person(post) is not None:
            return []
        key = role_key(post)
        same = [p for p in self.participants if p.role and role_key(p.role) == key]
        guest = same[0] if len(same) == 1 else self.new(None, post, kind_for_role(post), source="welcomed")
        guest.mentions.append((start, start + len(mention)))
        return [guest]

    def _create(self, mention: str) -> Participant:
        text = _strip_article(" ".join(mention.split()))
        key = _norm(text) or _norm(mention)
        if key in self._created:
            return self._created[key]
        m = _NAME_RE.match(text)
        entries = _parse_segment(text, 0) if "," in text else []
        if len(entries) == 1 and entries[0].name and entries[0].span and entries[0].span[0] <= 12 \
                and entries[0].role and entries[0].role[:1].isupper() and not entries[0].titled:
            # "Stuart Quick, Highways Department", "Mr S. Quick, C.C.C. Highways Department"
            role = " ".join(entries[0].role.split())
            kind = kind_for_role(role)
            participant = self.new(entries[0].name, role, "witness" if kind == "other" else kind, present=True,
                                   source="mention")
            self._created[key] = participant
            return participant
        if re.match(r"^(?:A|An|Another|One|Each|Every)\s+(?:Member|Councillor)s?$|^Members?$", text, re.IGNORECASE):
            name, role, kind = None, text[0].upper() + text[1:], "member"
        elif m and (m.group("hon") or m.group("title")) and _best_role_match(m.group("name")) is None:
            name = m.group("name") + (f" ({m.group('q')})" if m.group("q") else "")
            role = " ".join(m.group("title").split()) if m.group("title") else None
            if role and role.casefold().startswith(("cllr", "clir", "clr")):
                role = "Councillor"
            kind = kind_for_role(role) if role else "other"
        elif _person(text) is not None and _best_role_match(text) is None:
            name, role, kind = text, None, "other"   # "Stuart Quick": a name, not a post
        else:
            name, role = None, text
            kind = kind_for_role(text)
        participant = self.new(name, role, kind, present=True, source="mention")
        self._created[key] = participant
        return participant


# --------------------------------------------------------------------------------------------
# Reading attendance lists
# --------------------------------------------------------------------------------------------


@dataclass
class _Entry:
    name: str | None
    role: str | None
    span: tuple[int, int] | None
    titled: bool = False  # the role is only the title before the name ("Cllr.")
    plural: bool = False  # the title was plural ("Councillors Ann Lee, Tom Hart and Sue Ross")
    present: bool | None = None  # a status cell of the row ("Jane Dumas | Mayor | Regrets")


_PAREN_ENTRY = re.compile(
    r"\s*(?:and\s+)?(?P<role>[^()]*?)\s*,?\s*\((?P<names>[^()]+)\)(?:\s*\([^()]*\))*\s*(?:[,;.]|$|(?=[A-Z]))"
)   # "(Mr. D. Flanagan) Meetings Administrator (Mr. T. O’Callaghan)": a comma may be missing
_SPLIT_PIECES = re.compile(r"\s*(?:[,;|]|\s(?:and|&)\s)\s*")
_AFTER_COUNCILLORS = re.compile(r"(?<=[a-z)])\.\s+(?=(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+(?:[A-Z]\.\s*)*[A-Z][\w’'-]+)")
_COUNCILLORS_PREFIX = re.compile(r"^(?:Councill?ors|Cllrs\.?|Clirs\.?|Clrs\.?)\s*:?\s*")
# Re-joined lists lose commas before an honorific: "Corporate Services Mr. M. Bilauca, Head of ...".
# HTML tables arrive as cells joined by " | " ("Jim Brown | CAO/Clerk"): a cell is a piece.
_COMMA_OR_HONORIFIC = re.compile(
    r"\s*[,|]\s*|(?<!\band)(?<!\b&)\s+(?=(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+[A-Z])"
)
_NAME_ENDS_LIST = re.compile(r"(?P<name>(?:[A-Z]\.\s*)+[A-Z][\w’'-]+)\.\s+(?=[A-Z])")
_HONORIFIC_ONLY = re.compile(r"\s*" + _HONORIFIC + r"\s*")
_LINE_START = re.compile(r"(?m)^[ \t]*")
# (a note on how they attended may sit before the colon: "Council Present (electronically):")
_HEADING_END = re.compile(r"(?:[ \t]*\([^()\n]{2,30}\))?[ \t]*(?::[ \t]*(?:\|[ \t]*)?|\|[ \t]*|(?=\n|$))")
_PLURAL_TITLE = frozenset({"councillors", "councilors", "cllrs", "cllrs.", "clirs", "clirs.", "clrs", "clrs."})
# Attendance-table status cells and notes ("Present", "Regrets", "electronically").
_STATUS_CELL = re.compile(
    r"^(?:(?P<present>Present|Attended|Attending|Yes|In[- ]Person|Electronic(?:ally)?|Virtual(?:ly)?|"
    r"Remote(?:ly)?|Via\s+\w+)|(?P<absent>Absent|Regrets?|Excused|No|Not\s+Present|Absent\s+with\s+Regrets))$",
    re.IGNORECASE,
)
# "(electronically)", "(arrived at 7:15 p.m.)", "(via Zoom)": notes, not names or qualifiers.
_NOTE_PAREN = re.compile(
    r"\s*\((?=[^()]*(?:\d{1,2}[:.]\d\d|\d\s*[ap]\.?m\b|(?i:\b(?:arrived|left|departed|joined|via|"
    r"electronic\w*|virtual\w*|remote\w*|zoom|teams|phone|telephone|video|in\s+person)\b))"
    r"|(?=[a-z]{3}))[^()]*\)"
)
_GROUP_LABEL = re.compile(r"(?:Council|Members|Staff|Guests?|Board|Committee|Commissioners|Trustees|Delegates|Others|"
                          r"Also)(?:\s+(?:Members|Present))?", re.I)
_ROLE_COLON = re.compile(r"^(?P<role>[A-Z][^:|;,]{1,60}?)[ \t]*:[ \t]*(?=\S)")
_SPACED_DASH = re.compile(r"\s+[–—-]\s+")


def _pieces(text: str, offset: int, splitter: re.Pattern[str]) -> list[tuple[str, int]]:
    """Split `text` keeping each stripped piece's absolute start offset."""
    out = []
    pos = 0
    for m in list(splitter.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        raw = text[pos:end]
        stripped = raw.strip().rstrip(".")
        if stripped:
            out.append((stripped, offset + pos + (len(raw) - len(raw.lstrip()))))
        if m:
            pos = m.end()
    return out


def _person(piece: str) -> re.Match[str] | None:
    """Match `piece` as a person's name with optional honorific/title, rejecting roles and departments."""
    m = _NAME_RE.match(piece)
    if not m:
        return None
    name = re.sub(r"\s+[A-Z]{2,4}$", "", m.group("name"))  # "P. Crowe DOS"
    tokens = [t.strip(".").casefold() for t in name.split()]
    if any(t in _ORG_WORDS for t in tokens):
        return None
    if _best_role_match(name) is not None or re.fullmatch(r"[A-Z]{2,5}", name):
        return None  # a role, or an acronym after a title ("Deputy CEO")
    has_initial = bool(re.match(r"[A-Z]\.", name))
    if not (m.group("hon") or m.group("title") or has_initial or len(tokens) >= 2):
        return None
    return m


def _is_role(text: str) -> bool:
    """`text` opens with a role title ("CAO/Clerk", "Mayor") and is not itself a titled name."""
    best = _best_role_match(text)
    return best is not None and best[1].start() == 0 and _person(text) is None


def _entry_from_match(m: re.Match[str], start: int) -> _Entry:
    name = m.group("name").rstrip(".") if not re.search(r"\b[A-Z]\.$", m.group("name")) else m.group("name")
    q = m.group("q")
    q_role = q if q and _is_role(q) else None  # "Jim Brown (Treasurer)": a role, not a qualifier
    if q and not q_role:
        name = f"{name} ({q})"
    acronym = re.search(r"\s+([A-Z]{2,4})$", name)
    if acronym and role_rule(acronym.group(1)) == "role.acronym" and len(name.split()) > 2 - bool(re.match(r"[A-Z]\.", name)):
        # "P. Crowe DOS": a grade abbreviation after the name is the role.
        name = name[: acronym.start()]
        begin = start + m.start("name")
        return _Entry(name, acronym.group(1), (begin, begin + len(name)))
    begin = start + m.start("name")
    end = start + (m.end("q") + 1 if q and not q_role else m.start("name") + len(name))
    title = m.group("title")
    role = None
    if title:
        role = "Councillor" if title.casefold().startswith(("cllr", "clir", "clr", "councillors", "councilor")) \
            else " ".join(title.split())
    if q_role:
        return _Entry(name, q_role, (begin, end))
    plural = bool(title) and title.casefold() in _PLURAL_TITLE
    return _Entry(name, role, (begin, end), titled=role is not None, plural=plural)


def _blank_notes(text: str) -> str:
    """Blank out note parentheticals, keeping offsets ("Jane Dumas (electronically)")."""
    return _NOTE_PAREN.sub(lambda m: " " * len(m.group()), text)


# the kinds of municipality a joint board's members sit for
MUNICIPAL_KINDS = r"(?:Township|Town|City|Municipality|Village|County|Region|District)"
# a joint body's list grouped by member municipality: "Township of Stourton: Councillor Ray Bergstrom (Chair); ..."
_MUNICIPALITY_LABEL = re.compile(rf"^\s*(?:{MUNICIPAL_KINDS}\s+of\s+"
                                 r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+"
                                 r"(?:Township|Town|County))\s*:\s*(?=\S)")


# "Mayor Bernadette Cowlishaw, Town of Wetherall (Chair)": the municipality a board member sits for, not a post
_MUNICIPAL_SEAT = re.compile(rf"^{MUNICIPAL_KINDS}\s+of\s+[^()]+?"
                             r"(?:\s*\((?P<post>[^()]+)\))?$")
_MUNICIPALITY_PAREN = re.compile(rf"\s*\((?:{MUNICIPAL_KINDS}\s+of\s+"
                                 r"[^()]+|Unorganized\s+Territory|Unorganised\s+Territory)\)")
_TITLE_BEFORE = re.compile(r"\b(?P<title>Deputy\s+Mayor|Deputy\s+Reeve|Mayor|Reeve|Warden|Councill?or)\s+$")


def _parse_segment(text: str, offset: int) -> list[_Entry]:
    """Entries of one line of an attendance list (one or many people)."""
    label = _MUNICIPALITY_LABEL.match(text)
    if label:   # the municipality a group of members sits for: no one's post
        text = " " * label.end() + text[label.end():]
    # "Gunnar Solberg, Chair (Township of Selwood)", "Ruth Ballantyne (Unorganized Territory)": where a member sits for
    text = _MUNICIPALITY_PAREN.sub(lambda m: " " * len(m.group()), text)
    entries = _cell_entries(text, offset)
    if entries is None:
        entries = _segment_entries(text, offset)
    for entry in entries:
        seat = _MUNICIPAL_SEAT.match(entry.role or "")
        if seat and entry.span is not None:
            title = _TITLE_BEFORE.search(text[:max(0, entry.span[0] - offset)])
            entry.role = seat.group("post") or (" ".join(title.group("title").split()) if title else None)
    return entries


def _cell_entries(text: str, offset: int) -> list[_Entry] | None:
    """A row of a columned attendance table ("Commissioners | Staff | Guests" above it): each cell one or more people
    of its own ("Bernard Tapiola | Kurt Mattinen, Operations Supervisor (K.M.)"). None when a cell names no one: a
    "Name | Role | Status" row, whose cells are one person's fields."""
    if " | " not in text:
        return None
    entries: list[_Entry] = []
    for cell in re.finditer(r"[^|]+", text):
        if not cell.group().strip():
            continue
        found = _segment_entries(cell.group(), offset + cell.start())
        if not found or any(e.name is None for e in found):
            return None
        entries.extend(found)
    return entries


def _segment_entries(text: str, offset: int) -> list[_Entry]:
    # "Director (Mr. G. Daly)"; not a listed person's initials after their post ("Operations Supervisor (K.M.)")
    if re.search(rf"\((?:{_HONORIFIC}\s*)?[A-Z][.\s][^()]*[a-z]{{2}}", text) and _PAREN_ENTRY.match(text):
        return _parse_parenthesised(text, offset)
    prefix = _COUNCILLORS_PREFIX.match(text)
    if prefix:
        return _councillor_list(text[prefix.end():], offset + prefix.end())
    text = _blank_notes(text)   # "(arrived at 7:10 p.m.)": its colon is no "Role: Name" label
    labelled = _ROLE_COLON.match(text)
    if labelled and _GROUP_LABEL.fullmatch(labelled.group("role").strip()):
        # "Council: Mayor Sandra Voight; Deputy Mayor Terrence Ng": the group the people belong to, no one's post
        return _parse_entries(text[labelled.end():], offset + labelled.end())
    if labelled and _is_role(labelled.group("role")):
        # "Mayor: Jane Dumas", "Chief Administrative Officer: Jim Brown" (one office a line).
        role = labelled.group("role").strip()
        entries = _parse_entries(text[labelled.end():], offset + labelled.end())
        for entry in entries:
            if entry.role is None or entry.titled:
                entry.role = "Councillor" if entry.plural or _norm(role) == "councillors" else role
                entry.titled = False
            else:   # "Fire Chief: Mike Ojala, Ulvern Lake Volunteer Fire Department": the post, then whose
                entry.role = _with_post(role, entry.role)
        return entries
    return _parse_entries(text, offset)


def _councillor_list(text: str, offset: int) -> list[_Entry]:
    """The names after "Councillors" ("B. Collins, Costelloe, Hartigan and Talukder"): a bare
    surname is a name here. A full stop then titled names ("..., Teefy. Ms. M. Browne, Mr. B. Harper") ends the
    councillors: the rest are the committee's other members, under their own titles."""
    after = _AFTER_COUNCILLORS.search(text)
    if after is not None:
        return _councillor_list(text[:after.start()], offset) + _parse_entries(text[after.end():], offset + after.end())
    entries = []
    for piece, start in _pieces(text, offset, _SPLIT_PIECES):
        m = _person(piece) or _NAME_RE.match(piece)
        if m is None:
            continue
        entry = _entry_from_match(m, start)
        entry.role = entry.role or "Councillor"
        entries.append(entry)
    return entries


def _parse_entries(text: str, offset: int) -> list[_Entry]:
    """"Name, Role; Name, Role", "Role Name, Name and Name", "Name | Role | Status" lines."""
    entries: list[_Entry] = []
    pending_role: list[str] = []
    pending_status: bool | None = None
    role_open = False  # the last entry's role is still being read ("Children, Young People and Families")
    for group, gstart in _pieces(text, offset, re.compile(r"\s*;\s*")):
        group_entries: list[_Entry] = []
        carry: str | None = None  # "Councillors Ann Lee, Tom Hart and Sue Ross": the title carries on
        for piece, start in _pieces(group, gstart, _COMMA_OR_HONORIFIC):
            if _HONORIFIC_ONLY.fullmatch(piece):
                continue   # "..., Mr. D.E. Leahy, Mr." then a page's line break: the name is in the next paragraph
            status = _STATUS_CELL.match(piece)
            if status:
                present = status.group("present") is not None
                if group_entries:
                    group_entries[-1].present = present
                else:
                    pending_status = present
                continue
            people = _split_people(piece, start)
            ended = _NAME_ENDS_LIST.match(piece) if not people else None
            if ended:
                # "..., Ms. T. Flanagan, M. Fitzgerald. Item 1: Minutes": the list's last name, then the text
                # the reader ran on to it
                people = _split_people(ended.group("name"), start)
            if people:
                for entry in people:
                    if pending_role and (entry.role is None or entry.titled):
                        entry.role = ", ".join(pending_role)
                        entry.titled = False
                    elif entry.role is None and carry:
                        entry.role, entry.titled = carry, True
                    elif entry.titled:
                        carry = "Councillor" if entry.plural else None
                    if pending_status is not None:
                        entry.present, pending_status = pending_status, None
                    group_entries.append(entry)
                pending_role = []
                role_open = False
            elif group_entries and _role_then_people(piece, start):
                # "Tom Neville, T.D. and Senator Maria Byrne": the role closes one entry, a person follows
                role_part, people = _role_then_people(piece, start)
                last = group_entries[-1]
                if last.role is None or last.titled:
                    last.role, last.titled = role_part, False
                group_entries.extend(people)
                carry = None
                role_open = False
            elif group_entries:
                carry = None
                last = group_entries[-1]
                if last.role is None or role_open or last.titled:
                    last.role = piece if (last.role is None or last.titled) else f"{last.role}, {piece}"
                    last.titled = False
                    role_open = True
                    # Several names then one role ("Pat Fitzgerald, Cecilia Larkin, Trade & Investment").
                    for other in group_entries[:-1]:
                        if other.role is None:
                            other.role = last.role
            elif entries and entries[-1].role is not None and role_open:
                entries[-1].role = f"{entries[-1].role}, {piece}"
            else:
                pending_role.append(piece)
        entries.extend(group_entries)
        role_open = False
    if not entries and len(pending_role) == 1:
        entries = _dashed(pending_role[0], text, offset)
    return entries


def _role_then_people(piece: str, start: int) -> tuple[str, list[_Entry]] | None:
    """'T.D. and Senator Maria Byrne' -> ('T.D', [Maria Byrne]); None unless every part after the
    first is a titled or full name."""
    parts = _pieces(piece, start, re.compile(r"\s+(?:and|&)\s+"))
    if len(parts) < 2 or _person(parts[0][0]) is not None:
        return None
    matches = [(_person(p), s) for p, s in parts[1:]]
    if not all(m for m, _ in matches):
        return None
    return parts[0][0], [_entry_from_match(m, s) for m, s in matches]  # type: ignore[arg-type]


def _dashed(piece: str, text: str, offset: int) -> list[_Entry]:
    """A whole line "Role – Name" ("CAO/Clerk – Jim Brown")."""
    parts = _SPACED_DASH.split(piece, maxsplit=1)
    if len(parts) != 2 or not _is_role(parts[0]):
        return []
    m = _person(parts[1])
    if m is None:
        return []
    start = offset + text.index(piece) + len(piece) - len(parts[1])
    entry = _entry_from_match(m, start)
    if entry.role is None or entry.titled:
        entry.role, entry.titled = parts[0], False
    return [entry]


def _split_people(piece: str, start: int) -> list[_Entry]:
    lead = re.match(r"(?:and|&)\s+", piece)
    if lead:  # "Tom Hart, and Sue Ross"
        piece, start = piece[lead.end():], start + lead.end()
    m = _person(piece)
    if m:
        return [_entry_from_match(m, start)]
    parts = _pieces(piece, start, re.compile(r"\s+(?:and|&)\s+"))
    if len(parts) > 1:
        matches = [(_person(p), s) for p, s in parts]
        if all(mm for mm, _ in matches):
            return [_entry_from_match(mm, s) for mm, s in matches]  # type: ignore[arg-type]
    titled = _role_before_name(piece, start)
    if titled is not None:   # "Clerk Administrator Sue Park", "Roads Superintendent Gary Fox"
        return [titled]
    dashed = _SPACED_DASH.split(piece, maxsplit=1)
    if len(dashed) == 2:  # "Jim Brown – CAO/Clerk"
        m = _person(dashed[0])
        if m is not None and _person(dashed[1]) is None and _is_role(dashed[1]):
            entry = _entry_from_match(m, start)
            if entry.role is None or entry.titled:
                entry.role, entry.titled = dashed[1], False
            return [entry]
    return []


def _role_before_name(piece: str, start: int) -> _Entry | None:
    """An office written before the name, as North American staff lists do ("Clerk Administrator Sue Park"):
    the role opens the piece and a full name (two words at least) follows it."""
    best = _best_role_match(piece)
    if best is None or best[1].start() != 0 or best[1].end() >= len(piece) or piece[best[1].end()] != " " \
            or re.search(r"\b(?:of|for|and|the|to|at|in)$", piece[:best[1].end()], re.I):
        return None   # "Head of Wild Atlantic Way": the office goes on, no name follows
    rest = piece[best[1].end():].lstrip()
    m = _person(rest)
    if m is None or m.group("title") or m.group("hon") or len(m.group("name").split()) < 2 \
            or _best_role_match(rest) is not None:
        return None
    entry = _entry_from_match(m, start + len(piece) - len(rest))
    entry.role, entry.titled = piece[:best[1].end()].strip(), False
    return entry


_POST_THEN_PERSON = re.compile(
    rf"\s*(?P<post>[A-Z][^,()]*?)\s+(?P<who>{_HONORIFIC}\s+(?:[A-Z]\.\s*)*[A-Z][\w’'-]+)\s*,\s*(?P<rest>[A-Z][^,()]*?)\s*"
)


def _parse_parenthesised(text: str, offset: int) -> list[_Entry]:
    """'Director, Social Development Directorate (Mr. G. Daly), Meetings Administrator (Mr. C. O’Connor)'."""
    entries = []
    pos = 0
    while pos < len(text):
        m = _PAREN_ENTRY.match(text, pos)
        if not m or m.end() == pos:
            break
        role = m.group("role").strip(" ,;") or None
        lead = _POST_THEN_PERSON.fullmatch(m.group("role"))
        if lead:
            # "... Co-Ordinator  Ms. G. Sheahan, Sergeant (Ms. C. Dee)": a person named without brackets, then a post
            nm = _NAME_RE.match(lead.group("who"))
            if nm is not None:
                entry = _entry_from_match(nm, offset + m.start("role") + lead.start("who"))
                entry.role, entry.titled = " ".join(lead.group("post").split()), False
                entries.append(entry)
                role = lead.group("rest").strip(" ,;") or None
        names = m.group("names")
        for piece, start in _pieces(names, offset + m.start("names"), re.compile(r"\s+(?:and|&)\s+|\s*,\s*")):
            nm = _NAME_RE.match(piece)
            if nm is None:
                continue
            entry = _entry_from_match(nm, start)
            entry.role = role or entry.role
            entries.append(entry)
        pos = m.end()
    return entries


def _looks_like_entry(paragraph: str) -> bool:
    """A following paragraph still belongs to the list: a short "Name, Role" line, not a sentence."""
    p = paragraph.strip()
    if not p or len(p) > 250 or p.endswith(":") or _SENTENCE_VERB.search(p):
        return False
    if _PAREN_HINT.search(p) and _PAREN_ENTRY.match(p):
        return True   # "Crime & Policing Analyst, (Ms. L. Breen)"
    first = re.split(r"\s*[,;(|]\s*", p, maxsplit=1)[0]
    return _person(first) is not None


def _sentence_end(text: str, start: int) -> int:
    """End of the sentence containing `start`, ignoring dots after titles and initials."""
    for m in re.finditer(r"\.(?=\s|$)|\n", text[start:]):
        end = start + m.start()
        if text[end] == "\n":
            return end
        word = re.search(r"(\S+)$", text[start:end])
        token = word.group(1) if word else ""
        if re.fullmatch(r"(?:[A-Z]|[A-Z]\.[A-Z]|Mr|Ms|Mrs|Dr|Cllrs?|Clirs?|Clr|St|No|Messrs|T\.D|C\.C\.C)", token):
            continue
        return end
    return len(text)


def _sentence_start(text: str, end: int) -> int:
    newline = text.rfind("\n", 0, end)
    stop = text.rfind(". ", 0, end)
    return max(newline + 1, stop + 2 if stop >= 0 else 0)


_ONE_ENTRY_CHARS = 80
# a lower-case verb form in a short line makes it prose, not an attendance entry
_PROSE_WORD = re.compile(r"\b[a-z]+ed\b|" + _SENTENCE_VERB.pattern)


def _short_line(line: str, commas: int) -> bool:
    return "\n" not in line and len(line) <= _ONE_ENTRY_CHARS and ";" not in line and line.count(",") <= commas


def _one_entry_line(text: str) -> bool:
    """One attendance entry alone ("Reeve Dale Marchuk", "Janice Pruitt, Clerk-Treasurer"), not a list."""
    line = text.strip()
    return _short_line(line, 1) and " and " not in line and _looks_like_entry(line)


def _one_entry_with_role(paragraph: str) -> bool:
    """One short line naming one person with a post or title ("Deputy Reeve Lorna Whitcombe",
    "Kyle Mercado, Branch Supervisor, Orrin Corners Branch")."""
    line = paragraph.strip()
    if not _short_line(line, 2) or _PROSE_WORD.search(line):
        return False   # "PC Smith, Police Officer, reported two burglaries" is prose
    entries = _parse_segment(line, 0)
    return len(entries) == 1 and bool(entries[0].name) and bool(entries[0].role)


_MAX_ROLE_WORDS = 14


def _runs_on(role: str) -> bool:
    """'J. MacLean 1. Call to Order Mayor Foster called the meeting to order at 9:30 a.m. 2. Land ...': no post is
    that long or reads as a sentence."""
    return len(role.split()) > _MAX_ROLE_WORDS or bool(_SENTENCE_VERB.search(role) and len(role) > _ONE_ENTRY_CHARS)


def _until_prose(rest: str) -> str:
    """A list under its heading ends at the first long line of prose: "5. DELEGATIONS" then "Mr. W. Hall,
    President of the Club, addressed Council regarding ... He advised that ..." (text read from a PDF page
    has no blank line to end the list)."""
    at = 0
    for line in rest.splitlines(keepends=True):
        bare = re.sub(r"\([^()]*\)", "", line)   # "(arrived at 7:10 p.m.)" is a note, not prose
        if at and len(bare.strip()) > _ONE_ENTRY_CHARS and _PROSE_WORD.search(bare):
            return rest[:at]
        at += len(line)
    return rest


def _list_regions(text: str, heads: list[tuple[int, int, _HeadingRule]]):
    """Yield (rule, list_text, offset) for each attendance list in the text, under its list headings `heads`."""
    rules = _heading_rules()
    for i, (hstart, lstart, rule) in enumerate(heads):
        next_start = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        para_end = text.find("\n\n", lstart)
        para_end = len(text) if para_end < 0 else para_end
        limit = min(para_end, next_start)
        rest = _until_prose(text[lstart:limit])
        if len(rest) < limit - lstart:
            para_end = limit = lstart + len(rest)   # the item's business begins: no list runs on past it
        taken = 0
        one_line_entries = False
        if rest.strip():
            yield rule, rest, lstart
            if limit < para_end or not (rest.rstrip().endswith(",") or _one_entry_line(rest)):
                continue
            # "P. Vallely EE," runs on into the next paragraph; so does a heading line holding one entry
            # ("PRESENT: Reeve Dale Marchuk") when the next paragraphs are one-line entries (Word pages
            # set each entry as a paragraph of its own: "Deputy Reeve Lorna Whitcombe")
            taken = 1
            one_line_entries = not rest.rstrip().endswith(",")
        elif limit < para_end:
            continue  # another heading follows at once
        # The list is in the following paragraph(s).
        cursor = para_end
        while cursor < next_start:
            nxt = text.find("\n\n", cursor + 2)
            nxt = min(len(text) if nxt < 0 else nxt, next_start)
            para = text[cursor:nxt]
            body = para.strip()
            if not body:
                cursor = nxt
                continue
            if taken and not _looks_like_entry(body):
                break
            if taken and one_line_entries and not _one_entry_with_role(body):
                break   # not "Land Acknowledgement", "Motion Defeated": an entry with its post or title
            if not taken and (body.endswith(":") or len(body) > 3000 or _SENTENCE_VERB.search(body[:200])):
                break
            yield rule, para, cursor
            taken += 1
            cursor = nxt
    for rule in rules:
        if not rule.inline:
            continue
        for m in rule.regex.finditer(text):
            if rule.before:
                start = _sentence_start(text, m.start())
                yield rule, text[start:m.start()], start
            else:
                end = _sentence_end(text, m.end())
                yield rule, text[m.end():end], m.end()


def _block_headings(text: str) -> list[tuple[int, int, _HeadingRule]]:
    """(heading start, list start, rule) of every list heading, in text order.

    Headings open a line ("OFFICIALS IN ATTENDANCE:") or, where ingest re-joined a wrapped
    header, sit inside one with a colon ("... and Galvin Officials: P. Crowe DOS").
    """
    block = [r for r in _heading_rules() if not r.inline]
    found: dict[int, tuple[int, int, _HeadingRule]] = {}
    for line in _LINE_START.finditer(text):
        pos = line.end()
        if pos >= len(text) or text[pos] in "\n ":
            continue
        best: tuple[int, int, _HeadingRule] | None = None
        for rule in block:
            m = rule.regex.match(text, pos)
            end = _heading_end(text, m) if m else None
            if m and end is not None and (best is None or m.end() > best[0]):
                best = (m.end(), end, rule)
        if best is not None:
            found[pos] = (pos, best[1], best[2])
    for m in _embedded_heading_regex().finditer(text):
        start = m.start("h")
        if start in found or text[text.rfind("\n", 0, start) + 1:start].strip() == "":
            continue
        if any(h <= start < l for h, l, _ in found.values()):
            continue  # "PRESENT:" inside "OFFICIALS PRESENT:"
        index = next(i for i in range(len(block)) if m.group(f"r{i}") is not None)
        rule = block[index]
        found[start] = (start, m.end(), rule)
    return [found[k] for k in sorted(found)]


@lru_cache(maxsize=1)
def _embedded_heading_regex() -> re.Pattern[str]:
    block = [r for r in _heading_rules() if not r.inline]
    alternatives = "|".join(f"(?P<r{i}>{r.regex.pattern})" for i, r in enumerate(block))
    return re.compile(rf"(?<=\S )(?P<h>{alternatives})[ \t]*:[ \t]*", re.IGNORECASE)


def _heading_end(text: str, m: re.Match[str]) -> int | None:
    """Where the list starts after a heading match, or None if this is not a heading."""
    after = _HEADING_END.match(text, m.end())
    mark = "".join(re.sub(r"\([^()]*\)", "", after.group()).split()) if after else ""
    if after and (mark in (":", "|", ":|") or text[after.end():after.end() + 1] in ("\n", "")):
        return after.end()
    if m.group().isupper() and re.match(r" +[A-Z]", text[m.end():]):
        return m.end() + 1
    return None


def _kind(rule: _HeadingRule, role: str | None) -> str:
    role_kind = None
    if role:
        best = _best_role_match(role)
        role_kind = best[0].kind if best else None
    if role_kind and (rule.role_kinds is None or role_kind in rule.role_kinds):
        return role_kind
    return rule.kind


# A role split over two lines of a parenthesised list: the words after the last "(Name)," open the
# next entry's role.
_PAREN_HINT = re.compile(rf"\((?:{_HONORIFIC}\s*)?[A-Z][.\s]")
_DANGLING_ROLE = re.compile(r"\),\s*(?P<words>[A-Z][\w&’'/-]*(?:\s+[\w&’'/-]+){0,3})\s*$")


# "- Mayor Roy", "• M. Gaskell, Chief Administrative Officer": a list item's marker (HTML <li> is read as "- ")
_BULLET = re.compile(r"^[ \t]*[-•●▪‣∙·*–][ \t]+", re.M)


# "1. Mayor Dale Hurtubise": a numbered entry, one per line
_NUMBERED_LINE = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+(?=\S)")


def _blank_bullets(text: str) -> tuple[str, list[tuple[int, int, _HeadingRule]]]:
    """Attendance lists set as bulleted items, or numbered right under their heading ("Council Present:" then
    "1. Mayor Dale Hurtubise"), read like lists of lines (offsets kept), with the list headings found (blanking the
    numbers moves none: a line opening with spaces is no heading). Numbers elsewhere are agenda items."""
    text = _BULLET.sub(lambda m: " " * len(m.group()), text)
    heads = _block_headings(text)
    if not _NUMBERED_LINE.search(text):
        return text, heads
    chars = list(text)
    for _, list_start, _ in heads:
        pos = list_start
        while pos < len(text) and text[pos] in " \t\n" and text.count("\n", list_start, pos) < 3:
            pos += 1   # the heading's line, then at most two blank lines, before the first entry
        pos = text.rfind("\n", 0, pos) + 1
        while True:
            m = _NUMBERED_LINE.match(text, pos)
            if m is None:
                break
            chars[m.start():m.end()] = " " * (m.end() - m.start())
            end = text.find("\n", m.end())
            if end < 0:
                break
            pos = end + 1
    return "".join(chars), heads


# Text read from PDF pages breaks attendance entries across paragraphs: "Superintendent (Brian\n\nSugrue)",
# "Director, Community (Mr.\n\nG. Daly)", "Detective Garda\n\n(Mr. D. O’Halloran)", "Cllr. Lisa Marie\n\nSheehy, Cllr.
# ...", "(Mr. D. O’Halloran), Community Engagement Co-Ordinator\n\nMs. G. Sheahan". Each break is mended (blanks of
# the same length, so offsets hold).
_BROKEN_ENTRY = re.compile(
    r"\([A-Z][^()\n]{0,30}?(?P<a>[ \t]*\n[ \t]*\n[ \t]*)(?=[^()\n]{1,40}\))"         # inside a bracketed name
    r"|[A-Za-z.](?P<b>[ \t]*\n[ \t]*\n[ \t]*)(?=\(" + _HONORIFIC + r"\s)"             # a post, then its bracketed name
    r"|\),[ \t]*[A-Z][\w&’'/-]*(?:[ \t]+[\w&’'/-]+){0,4}(?P<c>[ \t]*\n[ \t]*\n[ \t]*)(?=" + _HONORIFIC
    + r"\s+(?:[A-Z]\.\s*)*[A-Z][\w’'-]+,)"                                                # a post, then "Ms. G. Sheahan,"
    r"|,[ \t]*(?:Cllrs?|Councillor|Mr|Ms|Mrs|Dr)\.?[ \t]+[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?"
    r"(?P<d>[ \t]*\n[ \t]*\n[ \t]*)(?!(?i:apologies|regrets|absent|staff|officials|also|present|in\s+attendance)\b)"
    r"(?=[A-Z][\w’'-]+,[ \t]*(?:Cllrs?|Councillor|Mr|Ms|Mrs|Dr)\.?[ \t])"                        # a titled name's surname
    r"|,[ \t]*(?:Mr|Ms|Mrs|Dr)\.?(?P<e>[ \t]*\n[ \t]*\n[ \t]*)(?=(?:[A-Z]\.\s*)+[A-Z][\w’'-]+[,.])"  # an honorific, its name
)


def _mend_broken_entries(text: str) -> str:
    def blank(m: re.Match[str]) -> str:
        group = next(g for g in "abcde" if m.group(g) is not None)
        start, end = m.start(group) - m.start(), m.end(group) - m.start()
        return m.group()[:start] + " " * (end - start) + m.group()[end:]
    return _BROKEN_ENTRY.sub(blank, text)


def find_participants(text: str) -> ParticipantRegistry:
    """Participants from the attendance lists of `text`, with later titled mentions collected."""
    registry = ParticipantRegistry()
    registry.word_counts.update(_norm(w) for w in re.findall(r"\b[A-Z][\w'’]+", text))
    seen_spans: set[tuple[int, int]] = set()
    # Lists in text order, so ids follow first appearance.
    previous_rule, previous_end = None, 0
    default_role: str | None = None
    dangling: str | None = None
    for rule, region, offset in sorted(_list_regions(*_blank_bullets(_mend_broken_entries(text))), key=lambda r: r[2]):
        lines = _pieces(region, offset, re.compile(r"\n"))
        if rule is not previous_rule or text[previous_end:offset].strip():
            # a list's paragraphs come one region each: "Councillors" and a dangling role carry on
            # only into the paragraph that directly follows
            default_role, dangling = None, None
        previous_rule, previous_end = rule, offset + len(region)
        heading = text[:offset].rstrip().rsplit("\n", 1)[-1].strip()
        if _COUNCILLORS_PREFIX.fullmatch(heading):
            default_role = "Councillor"   # "Councillors" was the heading: a bare surname is a member
        for line, start in lines:
            if _COUNCILLORS_PREFIX.fullmatch(line):
                default_role = "Councillor"  # "Councillors:" on a line of its own, names below
                continue
            if dangling:
                # "Sergeant (Mr. T. Miniter), Senior\n\nCrime & Policing Analyst, (Ms. L. Breen)"
                line, start = f"{dangling} {line}", start - len(dangling) - 1
                dangling = None
            if default_role == "Councillor" and not _PAREN_HINT.search(line) and not any(
                    _best_role_match(piece) for piece, _ in _pieces(line, start, _SPLIT_PIECES)):
                segment = _councillor_list(line, start)   # no post on the line: bare surnames are members
            else:
                segment = _parse_segment(line, start)
            tail = _DANGLING_ROLE.search(line)
            if tail and segment and _PAREN_HINT.search(line):
                dangling = tail.group("words")
            for entry in segment:
                if entry.role is None and default_role:
                    entry.role = default_role
                if entry.span in seen_spans:
                    continue
                role = " ".join(entry.role.split()) if entry.role else None
                if role and _runs_on(role):
                    role = None   # a list read from flattened text ran on into the minutes' business
                label = heading.rstrip(" :")
                if label and _whole_post(label) and kind_for_role(label) not in ELECTED_KINDS:
                    role = _with_post(label, role)   # "Facilitator: Meredith Osei, Osei Strategy Partners"
                kind = _kind(rule, role)
                if rule.kind == "chair" and (role is None or kind_for_role(role) != "chair"):
                    role = "Chair"
                existing = registry.resolve(entry.name) if entry.name else None
                if existing is not None and entry.name and _norm(existing.name or "") == _norm(entry.name):
                    # Named twice (chair also among members, or took the chair): keep the first.
                    if entry.span:
                        existing.mentions.append(entry.span)
                        seen_spans.add(entry.span)
                    continue
                present = rule.present if entry.present is None else entry.present
                name = " ".join(entry.name.split()) if entry.name else None   # a mended break leaves blanks
                p = registry.new(name, role, kind, present=present, source=rule.id)
                if entry.span:
                    p.mentions.append(entry.span)
                    seen_spans.add(entry.span)
    _name_the_clerk(text, registry)
    _collect_mentions(text, registry)
    for p in registry.participants:
        p.mentions.sort()
    return registry


_CLERK_NAMED = re.compile(
    r"\b(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+(?P<a>[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]+){0,3}),\s+(?:the\s+)?Clerk(?:’s|'s)?\b"
    r"(?!\s+to\s+[a-z])"   # not "carried out by Mr Bowen, Clerk to action": the Clerk's own act follows
    r"|\bClerk(?:\s+to\s+the\s+Council)?[,:]?\s+\((?:Mrs|Mr|Ms|Miss|Dr)\.?\s+(?P<b>[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]+){0,3})\)")


def _name_the_clerk(text: str, registry: ParticipantRegistry) -> None:
    """Community councils name their clerk outside the attendance list ("Mrs Jane Davies, Clerk's
    Salary"); without the name, every "Clerk to ..." action would have an anonymous owner. Not the contractor
    before an owner cell run into the sentence ("this work be carried out by Mr Bowen, Clerk to action")."""
    clerks = [p for p in registry.participants if p.kind == "clerk"]
    if len(clerks) > 1 or (clerks and clerks[0].name):
        return
    match = _CLERK_NAMED.search(text)
    if not match:
        return
    group = "a" if match.group("a") else "b"
    name = match.group(group)
    span = (match.start(group), match.end(group))
    if clerks:
        clerks[0].name = name
        clerks[0].mentions.append(span)
        return
    clerk = registry.new(name, "Clerk", "clerk", present=True, source="post.clerk_named")
    clerk.mentions.append(span)


def _collect_mentions(text: str, registry: ParticipantRegistry) -> None:
    """Add later titled-name mentions ("Councillor Galvin", "Mr. Daly") of listed participants."""
    if not registry.participants:
        return
    covered = sorted(span for p in registry.participants for span in p.mentions)
    starts = [s for s, _ in covered]

    def overlaps(a: int, b: int) -> bool:
        i = bisect.bisect_left(starts, b)
        return any(s < b and a < e for s, e in covered[max(0, i - 3):i])

    found: list[tuple[Participant, tuple[int, int]]] = []
    for m in _MENTION_RE.finditer(text):
        mention = m.group()
        start = m.start()
        p = registry.resolve(mention)
        if p is None:
            # "Councillor Collins Stated": retry with fewer trailing words.
            words = list(re.finditer(r"\S+", mention))
            for k in range(len(words) - 1, 1, -1):
                shorter = mention[: words[k - 1].end()]
                p = registry.resolve(shorter)
                if p is not None:
                    mention = shorter
                    break
        if p is None:
            continue
        span = (start, start + len(mention))
        if not overlaps(*span):
            found.append((p, span))
    # Full names written without a title ("Jacquie Burke").
    for p in registry.participants:
        if not p.name or " " not in p.name.strip() or "(" in p.name:
            continue
        for m in re.finditer(rf"(?<![\w]){re.escape(p.name)}(?![\w])", text):
            span = (m.start(), m.end())
            if not overlaps(*span) and not any(s < span[1] and span[0] < e for _, (s, e) in found):
                found.append((p, span))
    for p, span in found:
        if span not in p.mentions:
            p.mentions.append(span)
