"""Commitments: who promised what, to whom.

The detector reads the dependency parse of each utterance for the shapes in
rules/commitment_cues.jsonl (a future modal on an action verb with an agent, "agreed to",
"was asked to", "it was agreed to", an actions-list "X to do Y", a recommendation "That X do
Y", an action-owner line) and rejects what annotation.md rules out: hopes and forecasts,
states, decisions that only approve, questions. The detector is swappable by config
(``minutes.commitment_rules.v1``); resolving the actor and writing the record is shared.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import registry

from ..classifier.commitment_confidence import CommitmentConfidence
from ..deadlines import MONTH_NAMES, month_number, states_vague_timing
from ..extensions import text_of
from ..results import Actor, Commitment, Utterance
from ..rulebook import load_rules
from ..structure.meeting import names_own_body
from ..structure.participants import DOTTED_INITIALS, ELECTED_KINDS, Participant
from ..structure.sections import is_owner_cell
from .action_tables import (CELL, action_list_lines, action_table_rows, bracket_owner_lines, dash_owner_cells,
                            labelled_action_lines, owner_action, owners_only_action_lines)
from .deadlines import MONTHS
from .lexicon import lexicon
from .printed_motions import drop_printed_motions
from .speakers import (MEETING_BODY, SUBMISSION_TEXT, SUBMITTED_PHRASE, WRITER, without_article, latest_person, speaker_cues,
                       names_a_body, owner_mention, people_listed, post_head, resolve_in_context, strip_trailing_adverbs)

SKIP_BLOCKS = {"written_question", "motion", "attendance", "apologies"}
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# "Clerk to respond", and "staff to reduce the roads budget" after a run-in label ("Consensus: staff to ...")
# a run-in label or two before an owner line: "Action: Clerk to forward ...", "Action: Supported; Clerk to forward ..."
RUN_IN_LABELS = r"(?:[A-Z][A-Za-z-]*(?:\s+[A-Za-z-]+){0,2}\s*[:;]\s*){0,2}"
INFINITIVE_SUBJECT = re.compile(rf"^{RUN_IN_LABELS}(?P<who>(?:[A-Z]|staff\b)[^,;:]{{0,90}}?)\s+to\s+(?:be\s+)?[a-z]")
RECOMMENDATION = re.compile(
    r"^[“\"‘']?\s*(?:(?:(?:NOW|Now),? )?(?:(?:THEREFORE|[Tt]herefore),? )?(?:BE IT|Be it|be it) (?:(?:FURTHER|ALSO|[Ff]urther|[Aa]lso) )?"
    r"(?:RESOLVED|[Rr]esolved),?\s+|(?:RESOLVED|Resolved),?\s+|(?:AND|And)\s+(?:(?:FURTHER|Further|further|ALSO|also)\s+)?"
    # a one-paragraph motion: "Moved by Councillor A, seconded by Councillor B, that Council direct ..."
    r"|(?:Moved|MOVED|It was moved)\s+(?:by|By|BY)\s+[^,;\n]{2,80},\s*(?:and\s+)?(?:[Ss]econded|SECONDED)\s+(?:by|By|BY)\s+[^,;\n]{2,80}?,?\s+(?=(?:that|That|THAT)\b))?"
    r"(?:That|THAT|(?<=\s)that),?\s+(?P<rest>.+)$", re.S)
# the one directed and the act: "[the Public Works Manager] to [apply] ..."
DIRECTED_TO = r"(?P<obj>(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,5}?)\s+to\s+(?P<action>[a-z]\w+)"
DIRECTIVE_TEXT = re.compile(
    r"^(?P<who>(?:the\s+)?[A-Z][\w .,'’&-]{0,80}?)\s+(?:hereby\s+)?(?P<verb>direct|directs|request|requests|instruct|instructs|ask|asks|task|tasks)\s+"
    + DIRECTED_TO)
# a body's direction told in the past: "Council directed staff to contact the owner" (the small parser reads
# "directed" as an adjective here, so the words are read)
BODY_DIRECTED_TEXT = re.compile(
    r"^(?:(?:Following|After|With respect to|In response|Further to|Upon|On)\b[^,]{0,80},\s+)?"
    r"(?:The\s+|the\s+)?(?:Council|Committee|Board|Members|Meeting|Commission)\s+(?:then\s+|also\s+|further\s+)?"
    r"(?:directed|requested|instructed|asked|tasked)\s+" + DIRECTED_TO)
# the body's request or direction with a clause: "Council requested that staff report back in the fall with options",
# "Council's direction was that staff revise the draft budget"
BODY_DIRECTED_THAT = re.compile(
    r"^(?:(?:Following|After)\b[^,]{0,80},\s+)?(?:The\s+|the\s+)?(?:Council|Committee|Board|Commission)"
    r"(?:\s+(?:then\s+|also\s+|further\s+)?(?:requested|directed|asked)|['’]s\s+direction\s+(?:was|is))\s+that\s+"
    r"(?P<obj>(?:the\s+)?(?:staff|[A-Z][\w.'’-]*(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w.'’-]*){0,5}))\s+(?P<action>[a-z]\w+)")
# a direction reported in the passive: "Direction was given to staff to prepare a draft by-law"
DIRECTION_GIVEN = re.compile(
    r"\b(?:[Dd]irections?|[Ii]nstructions?)\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:given|provided|issued)\s+to\s+"
    + DIRECTED_TO)
# the meeting's agreement in other words: "It was the consensus of Council that staff proceed with the tender"
CONSENSUS_THAT = re.compile(r"\b(?:the\s+)?consensus\s+of\s+(?:the\s+)?(?:Council|Committee|Board|Members|meeting)\b"
                            r"[^.;]{0,40}?\bthat,?\s+(?P<rest>.+)$", re.S)
# "It was the consensus of the committee to hold a volunteer appreciation barbecue in September"
CONSENSUS_TO = re.compile(r"\b(?:the\s+)?consensus\s+of\s+(?:the\s+)?(?:council|committee|board|members|meeting)\s+"
                          r"to\s+(?P<verb>[a-z]+)\b", re.I)
# a resolution's later clauses: "...; and further that a copy of this resolution be forwarded to AMO",
# "AND FURTHER THAT staff report back", "and that the Clerk send a letter"
FURTHER_THAT = re.compile(
    r"(?:;|,|\b[Aa]nd\b|\bAND\b)\s*(?:(?:[Aa]nd|AND)\s+)?(?:(?:further|FURTHER|furthermore|FURTHERMORE|also|ALSO|finally|FINALLY)"
    r"\s*,?\s+)?(?:(?:BE|be|Be)\s+(?:IT|it)\s+(?:(?:FURTHER|further)\s+)?(?:RESOLVED|resolved)\s*,?\s+)?(?:that|That|THAT)\b,?\s+")
NEXT_RESOLUTION = re.compile(
    r"^[^\S\n]*(?:(?:Resolution|RESOLUTION|Motion|MOTION)\s+(?:No\.?|NO\.?|Number|#)|(?:Moved|MOVED)\s+(?:by|BY)\b)", re.M)
# a mover's or seconder's line of its own (names only): not a one-paragraph "Moved by A, seconded by B, THAT ..."
MOVERS_LINE = re.compile(r"^(?:Moved|MOVED|Seconded|SECONDED)\s+(?:by|By|BY):?(?![^\n]*\b(?:that|THAT|That)\b)[^\n]{0,80}$")
BODY_ONLY_SUBJUNCTIVE = {"request", "direct", "instruct", "ask"}
BODY_HEADS = {"council", "committee", "board", "members", "meeting", "district", "commission"}


@dataclass(frozen=True)
class CueRule:
    id: str
    kind: str
    confidence: float
    words: frozenset[str]
    pattern: re.Pattern | None


@lru_cache(maxsize=1)
def cue_rules() -> dict[str, CueRule]:
    rules = {}
    for row in load_rules("commitment_cues"):
        pattern = re.compile(row["pattern"], re.I) if row.get("pattern") else None
        rules[row["id"]] = CueRule(row["id"], row["kind"], float(row["confidence"]),
                                   frozenset(row.get("words", ())), pattern)
    return rules




@lru_cache(maxsize=1)
def budget_heading() -> re.Pattern[str]:
    return re.compile(next(r["pattern"] for r in load_rules("commitment_lexicon") if r["id"] == "lex.budget_verbs"))


NON_AGENT_SUBJECTS = {"it", "this", "that", "there", "these", "those", "which", "what", "aim", "purpose",
                      "objective", "intention", "policy", "plan", "idea", "goal", "role", "function", "need", "data"}
# the business a meeting takes next ("take Item No. 15 at this stage", "take the Notice of Motion in the name of ...")
TAKEN_BUSINESS = re.compile(r"(?:the\s+)?(?:items?|notices?\s+of\s+motion|motions?)\b", re.I)
PROCEDURAL_VERBS = {"amend", "take", "hold", "read", "adopt", "sign", "confirm", "approve", "note", "defer", "observe",
                    "adjourn", "reconvene", "recess", "withdraw", "table", "suspend", "deal", "extend", "consider", "add", "place", "put",
                    "vote"}
UPDATE_SUBJECTS = {"update", "report", "review", "inspection", "consultation", "presentation", "visit", "survey",
                   "assessment", "briefing", "workshop", "meeting"}
SUBMITTED_HEADING = re.compile(rf"^[\W\d]*(?:Deferred\s+)?{SUBMITTED_PHRASE}")
LEGAL_TEXT = re.compile(r"^(?:Section|Article|Regulation|Clause|Schedule|Part)\s+\d|\b(?:states|provides)\s*:")
PERSON_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|County Councillor|PCSO|Inspector|Sergeant|Superintendent)\b\.?")
READY_WORDS = {"available", "ready", "complete", "completed", "finalised", "finalized", "operational", "open"}
# what someone has ready for a meeting, or comes back with: "will have the figures for the next meeting"
BROUGHT_THINGS = (UPDATE_SUBJECTS - {"meeting", "visit", "workshop", "consultation"}) | {
    "figure", "number", "detail", "information", "list", "breakdown", "costing", "cost", "answer", "proposal", "plan",
    "spreadsheet", "map", "response", "recommendation", "option", "draft", "estimate", "this", "that"}
# state verbs that are acts in a resolution when an agent changes something ("that the Council increases the
# grant"), not when a thing does ("costs will increase", "the works will improve the plant")
CHANGE_VERBS = {"increase", "decrease", "reduce", "improve", "change"}
RECOMMENDATION_VERBS = {"respond", "reply", "advise", "inform", "install", "repair", "replace", "purchase", "draft",
                        "amend", "coordinate", "monitor", "implement", "schedule", "attend", "meet", "host",
                        "report", "update", "review", "write", "provide", "prepare", "bring", "consider", "engage",
                        "examine", "investigate", "liaise", "contact", "seek", "request", "circulate", "arrange",
                        "ensure", "continue", "undertake", "develop", "establish", "support", "work", "call",
                        "lobby", "publish", "include", "carry", "set", "invite", "make", "put", "explore", "progress",
                        "forward", "send", "submit", "apply", "obtain", "advertise", "notify", "post", "distribute",
                        "consult", "assess", "negotiate", "survey", "study", "evaluate", "compile", "organise", "organize",
                        "identify", "canvass", "research", "pursue", "confirm", "follow"}


@dataclass
class Candidate:
    """A commitment found in one sentence, before the actor is resolved."""

    rule: str
    verb: Token
    subject: Span | None
    passive: bool
    sentence: Span
    kind: str | None = None
    own_clause: bool = False   # a later "that" clause kept as its own record even for the same actor (an agreed
    # recommendation's passive clauses: _further_clauses); other later clauses are kept only for another actor


Detector = Callable[[Span, Utterance], list[Candidate]]


@registry.misc("minutes.commitment_rules.v1")
def make_rule_detector() -> Detector:
    return detect_candidates


@Language.factory(
    "minutes_commitments",
    requires=["doc._.utterances", "doc._.participants", "doc._.structure"],
    assigns=["doc._.commitments"],
    default_config={"detector": {"@misc": "minutes.commitment_rules.v1"}, "min_confidence": 0.0,
                    "min_commitment_prob": 0.0,
                    "confidence": {"@misc": "minutes.commitment_confidence.v1", "path": ""}},
)
def make_commitments(nlp: Language, name: str, *, detector: Detector, min_confidence: float,
                     min_commitment_prob: float, confidence: CommitmentConfidence) -> "CommitmentExtractor":
    return CommitmentExtractor(detector, min_confidence=min_confidence, min_commitment_prob=min_commitment_prob,
                               confidence=confidence)


class CommitmentExtractor:
    """Rule candidates become commitments. Their confidence comes from ``confidence`` (the rule's
    score and, where the act classifier scored the sentence, its P(commitment)); candidates whose
    P(commitment) is below ``min_commitment_prob`` are dropped (a sentence the classifier is sure is
    not a promise); ``veto_rules``, where given, limits that to the commitments of those rules (measured by
    bench/tune_commitment_veto.py --rules; not adopted)."""

    def __init__(self, detector: Detector, *, min_confidence: float = 0.0, min_commitment_prob: float = 0.0,
                 confidence: CommitmentConfidence | None = None, veto_rules: Iterable[str] | None = None) -> None:
        self.detector = detector
        self.min_confidence = min_confidence
        self.min_commitment_prob = min_commitment_prob
        self.confidence = confidence or CommitmentConfidence()
        self.veto_rules = frozenset(veto_rules) if veto_rules is not None else None

    def __call__(self, doc: Doc) -> Doc:
        commitments: list[Commitment] = []
        recent: dict[str | None, list] = {}
        for utt in doc._.utterances:
            participant = doc._.participants.get(utt.speaker) if utt.speaker is not None else None
            if utt.speaker is not None:
                if participant is not None:
                    recent.setdefault(utt.item, []).append(participant)
            skipped = SKIP_BLOCKS & set(utt.blocks)
            if skipped - {"motion"}:
                continue
            if utt.speaker_rule == "speaker.address" and participant is not None and participant.kind in ELECTED_KINDS:
                continue   # an inaugural or farewell speech's "I will ..." are aims (GUIDELINES.md; train gold: no
                # commitment in the four annual meetings with addresses, 40 decoys); a guest's address may promise
            span = doc.char_span(utt.start, utt.end, alignment_mode="expand")
            if span is None:
                continue
            answered_from = answer_start = None
            if utt.act == "question" and not _agreed_after(span[-1].sent):
                # a request the meeting then agreed ("This was agreed.") is a resolution; an answer given in the
                # question's own sentence may promise ("...; the Clerk responded that he would bring a report")
                answered = REPLY_IN_QUESTION.search(text_of(doc), utt.start, utt.end)
                if answered is not None and answered.group("and_verb") not in (None, "responded", "replied", "answered") \
                        and not answered.group("in_reply") and ASKED_ABOUT.search(text_of(doc), utt.start, answered.start()):
                    answered = None   # "The question was raised as to when ... and the Director stated that": the
                    # question has no whether/if clause for "and" to continue
                if answered is None:
                    continue
                answered_from, answer_start = answered.end(), answered.start()
                who = "who" if answered.group("who") else "who_and"
                answerer = doc._.participants.get_or_create(answered.group(who), answered.span(who))
                # the answer's "he would ..." is the one who answers, not the asker the sentence opens with ("and"
                # only before a verb of answering: "asked whether Irish Water and the Council confirmed that ...")
                utt = replace(utt, speaker=answerer.id, speaker_text=answered.group(who))
            for sent in _sentences(span):
                found = self.detector(sent, utt)
                if answered_from is not None:
                    # "An update was sought on X and in replying the Engineer agreed to ...": a subject the parser
                    # took from the question's clause is not the one who answers
                    found = [c if c.subject is None or c.subject.start_char >= answer_start else replace(c, subject=None)
                             for c in found if c.verb.idx >= answered_from]
                if skipped:   # a motion's own text promises only once the meeting carries it
                    found = [c for c in found if c.rule == "commit.carried_motion" or (
                        skipped == {"motion"} and RECOMMENDATION.match(sent.text) and _recorded_outcome(sent) == "carried")]
                for candidate in distinct_promises(found):
                    owners = joint_owners(candidate)
                    if owners:
                        base = build_commitment(doc, utt, candidate, recent.get(utt.item, []), who=Actor(text=None))
                        said_by = doc._.participants.get(utt.speaker) if utt.speaker else None
                        commitments.extend(one_per_owner(doc, owners, base,
                                                         said_by or latest_person(recent.get(utt.item, []))))
                    else:
                        commitments.append(build_commitment(doc, utt, candidate, recent.get(utt.item, [])))
        commitments.extend(run_in_owner_actions(doc, commitments))
        commitments.extend(owner_line_actions(doc, commitments))
        table_rows = action_table_rows(doc) + action_list_lines(doc) + bracket_owner_lines(doc) + dash_owner_cells(doc) \
            + labelled_action_lines(doc) + owners_only_action_lines(doc, commitments)
        if table_rows:   # a row is one action: the sentence rules' readings of the same line give way
            rows = {(c.evidence_start, c.evidence_end) for c in table_rows}
            text = text_of(doc)
            # the same line read from its start ("Council - each member to rank ..."), where the row's evidence is
            # its action cell
            commitments = [c for c in commitments if not any(
                s <= c.evidence_start < e or (c.evidence_start < s < c.evidence_end and "\n" not in text[c.evidence_start:s])
                for s, e in rows)] + table_rows
        commitments = drop_printed_motions(doc, commitments, carried=lambda c: _carried_commitment(doc, c))
        commitments = [c for c in (self._learned_confidence(doc, c) for c in commitments) if c is not None]
        commitments = [c for c in commitments if c.confidence >= self.min_confidence]
        commitments.sort(key=lambda c: (c.evidence_start, c.who.text or ""))
        for commitment in commitments:
            if commitment.utterance is not None:
                utt = doc._.utterances[commitment.utterance]
                utt.act, utt.act_score, utt.act_rule = "commitment", commitment.confidence, commitment.rule
        doc._.commitments = commitments
        return doc


    def _learned_confidence(self, doc: Doc, commitment: Commitment) -> Commitment | None:
        commitment.rule_confidence = commitment.confidence
        probs = doc._.utterances[commitment.utterance].act_probs if commitment.utterance is not None else None
        if probs is not None and probs["commitment"] < self.min_commitment_prob and (
                self.veto_rules is None or commitment.rule in self.veto_rules):
            return None
        commitment.confidence = self.confidence(commitment.rule_confidence, probs["commitment"] if probs else None)
        return commitment


def distinct_promises(found: list[Candidate]) -> list[Candidate]:
    """The best candidate of a sentence, plus one for each other actor named in its own clause ("...
    would be arranged for the spring and the Clerk would amend the application"). A second act of the
    same actor, even with its own modal ("he would take the appropriate action ... and would revert to
    the Committee"), is part of the one promise (GUIDELINES.md, "A promise of two acts")."""
    found = [_inline_owner(c) for c in found]
    if not found:
        return []
    kept = [found[0]]
    for other in found[1:]:
        if any(other.verb.i == k.verb.i for k in kept):
            continue
        if other.own_clause or _another_actor(other, kept[0]):
            kept.append(other)
    return kept


def _inline_owner(candidate: Candidate) -> Candidate:
    """"It was agreed that the bench was beyond repair, Clerk to get quotes": the action after the
    comma has its owner written before it (the owner cell run into the sentence). That owner's action
    is the record, not a resolution of the council."""
    if candidate.rule != "commit.it_was_agreed":
        return candidate
    verb = candidate.verb
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None:
        return candidate
    doc = verb.doc
    before = text_of(doc)[candidate.sentence.start_char:to.idx]
    cut = max(before.rfind(","), before.rfind(";"))
    if cut < 0:
        return candidate
    owner_text = before[cut + 1:].strip()
    if not owner_text or not is_owner_cell(owner_text):
        return candidate
    start = candidate.sentence.start_char + cut + 1 + (len(before[cut + 1:]) - len(before[cut + 1:].lstrip()))
    owner = doc.char_span(start, start + len(owner_text), alignment_mode="expand")
    if owner is None:
        return candidate
    return replace(candidate, rule="commit.infinitive_action", subject=owner, kind="action")


def _another_actor(other: Candidate, best: Candidate) -> bool:
    if other.subject is None or other.passive:
        return False
    if best.subject is not None and other.subject.text.lower() == best.subject.text.lower():
        return False
    if best.subject is not None and (other.subject.start < best.subject.end and best.subject.start < other.subject.end):
        return False
    return _is_actor_phrase(other.subject)


FOLLOWING = re.compile(r"^(?:the\s+)?following\s+(?:members|councillors|cllrs?\.?)$", re.I)


def joint_owners(candidate: Candidate) -> list[tuple[str, int]]:
    """Joint owners, each as (mention, offset), when the subject names two or more people: "Cllr.
    Collins and Cllr. Harries would ...", "The following members agreed to work on a sub-committee:
    Cllr. Collins, Cllr. McMahon and Ms Vaughan Mullane". Empty otherwise."""
    subject = candidate.subject
    if subject is None or candidate.passive:
        return []
    owners = _listed_after_colon(candidate) if FOLLOWING.match(subject.text.strip()) else _conjoined(subject)
    unique = list({text.casefold(): (text, at) for text, at in owners}.values())
    return unique if len(unique) >= 2 else []


def one_per_owner(doc: Doc, owners: list[tuple[str, int]], commitment: Commitment,
                  pronoun_is: Participant | None = None) -> list[Commitment]:
    """Joint owners make one commitment each (annotation.md); "she" among them is `pronoun_is`, the one saying it."""
    registry = doc._.participants
    out = []
    for text, start in owners:
        if text.lower() in OWNER_PRONOUNS:
            if pronoun_is is not None:
                out.append(replace(commitment, who=Actor(text=text, participant=pronoun_is.id, name=pronoun_is.name,
                                                         role=pronoun_is.role)))
            continue
        person = registry.get_or_create(text, (start, start + len(text)))
        who = Actor(text=text, participant=person.id, name=person.name, role=person.role)
        out.append(replace(commitment, who=who))
    return out


def _conjoined(subject: Span) -> list[tuple[str, int]]:
    """'Cllr. Collins and Cllr. McMahon', 'the Senior Engineer and the Clerk': the parser's conjunct
    trees vary with titles, so the subject's text is split at its commas and conjunctions."""
    if not any(t.dep_ in ("cc", "conj") or t.lower_ in ("and", "&") for t in subject):
        return []
    text = text_of(subject.doc)[subject.start_char:subject.end_char]
    label = speaker_cues()["speaker.member_report_line"].match(text)
    if label:   # "Mayor Voskuil - The Mayor and the CAO-Clerk-Treasurer will meet": the report line's label is no owner
        return _conjoined(subject.doc.char_span(subject.start_char + label.end(), subject.end_char, alignment_mode="expand")) \
            if label.end() < len(text) else []
    pronoun = PRONOUN_AND.match(text)
    if pronoun and owner_mention(text[pronoun.end():].strip(" ,")):
        # "she and Councillor Oyelaran would meet with the Hall Board": the one speaking, and the member named
        other = text[pronoun.end():].strip(" ,")
        return [(pronoun.group(1), subject.start_char), (other, subject.start_char + text.index(other, pronoun.end()))]
    return people_listed(text, subject.start_char) or _listed_by_first_name(subject, text)


def _listed_by_first_name(subject: Span, text: str) -> list[tuple[str, int]]:
    """'Jane and Marcus will walk the boardwalk': committee minutes call listed people by first name; each piece a
    listed person."""
    registry = subject.doc._.participants
    pieces = [p for p in re.split(r"\s*,\s*|\s+(?:and|&)\s+", text.strip()) if p]
    if len(pieces) < 2 or not all(re.fullmatch(r"[A-Z][a-z]+", p) for p in pieces):
        return []
    found = [registry.resolve(p) for p in pieces]
    if any(f is None or f.source == "mention" for f in found) or len({f.id for f in found}) < len(found):
        return []
    at, owners = 0, []
    for piece in pieces:
        at = text.index(piece, at)
        owners.append((piece, subject.start_char + at))
        at += len(piece)
    return owners


OWNER_PRONOUNS = {"he", "she", "i"}
# what someone "will have" for a meeting is what they bring to it
INFO_NOUNS = {"figure", "detail", "information", "update", "breakdown", "costing", "number", "data", "statistic",
              "answer", "response", "estimate", "quote", "quotation"}
OUTCOME_VERBS = {"reach", "achieve", "exceed", "surpass", "hit", "attain"}
PRONOUN_AND = re.compile(r"(he|she|I)\s+and\s+", re.I)


def _listed_after_colon(candidate: Candidate) -> list[tuple[str, int]]:
    """The people listed after the colon: in the same sentence, or the next sentence when the colon
    ends this one (the list set out as its own paragraph)."""
    sent = candidate.sentence
    doc = sent.doc
    text = text_of(doc)
    colon = text.find(":", candidate.verb.idx, sent.end_char)
    if colon < 0:
        return []
    end = sent.end_char
    if not text[colon + 1:end].strip() and sent.end < len(doc):
        # the list is its own paragraph, which the sentence splitter may break at "Ml." or "Cllr."
        first = doc[sent.end].idx
        paragraph_end = text.find("\n\n", first)
        end = paragraph_end if paragraph_end >= 0 else len(text)
    return people_listed(text[colon + 1:end], colon + 1)


def _sentences(span: Span) -> Iterable[Span]:
    # an utterance is normally one sentence; a list marker ("1.", "i.", "- -") is layout, not the actor
    from .speakers import trim_span

    out = []
    for sent in list(span.sents) or [span]:
        start, _ = trim_span(sent.doc.text, sent.start_char, sent.end_char)
        if start > sent.start_char:
            first = next((t.i for t in sent if t.idx >= start), None)
            if first is not None:
                sent = sent.doc[first:sent.end]
        out.append(sent)
    return out


# -- detection --------------------------------------------------------------------------------


def detect_candidates(sent: Span, utt: Utterance) -> list[Candidate]:
    """All commitment shapes in one sentence, best first."""
    found: list[Candidate] = []
    if SUBMISSION_TEXT.match(sent.text):
        # a motion's or question's text is no promise, unless the meeting then carries the motion
        motion = _carried_motion(sent)
        return [motion] if motion is not None else found
    if LEGAL_TEXT.search(sent.text) or SUBMITTED_HEADING.match(sent.text):
        return found   # legislation quoted, or a heading "Notice of Motion submitted by ... (to be referred to ...)"
    rules = cue_rules()
    text = sent.text
    in_recommendations = "recommendations" in utt.blocks
    in_actions = "actions" in utt.blocks
    kind = "action" if in_actions else "recommendation" if in_recommendations else "resolution"
    candidate = _be_directed(sent) or _recommendation(sent, kind) or _body_directed(sent) or _consensus(sent) \
        or _referred_to_officer(sent)
    if candidate is not None:
        found.append(candidate)
    resolution = RECOMMENDATION.match(text)
    if resolution:
        if _meeting_procedure().search(text):
            return []   # going into closed session, adjourning, reading by-laws: the meeting's procedure
        found.extend(_further_clauses(sent, resolution.start("rest"), kind, candidate,
                                      passive_ok=_recommendation_agreed_next(sent)))
    for token in sent:
        lemma = token.lemma_.lower()
        if lemma in AGREEING_OR_ASKING and _in_condition_or_reason(token):
            continue   # "... unless the landowners agreed to share the cost", "because contractors were asked to quote"
        # "X will/would do Y", "Y will be done"
        if token.tag_ == "MD" and (token.lower_ in rules["commit.modal_future"].words
                                   or token.lower_ in rules["commit.agreed_should"].words):
            rule = None
            if token.lower_ in rules["commit.agreed_should"].words:
                # "X agreed that Y should do Z"
                governor = _governing_verb(token.head)
                if governor is not None and governor.lemma_.lower() in {"agree", "recommend", "decide", "resolve"}:
                    rule = "commit.agreed_should"
                elif token.lower_ not in rules["commit.modal_future"].words:
                    continue
            candidate = _modal(token, sent, rule=rule)
            if candidate is not None and candidate.rule == "commit.modal_passive" \
                    and token.lower_ not in rules["commit.modal_passive"].words:
                candidate = None   # "such Motion shall only be counted": the register of rules, not a promise
            if candidate is not None:
                found.append(candidate)
        # "a Task Force is going to be set up", "the Council is going to resurface the road": the future of "will"
        elif lemma == "go" and token.tag_ == "VBG" and (act := _going_to(token)) is not None:
            candidate = _modal(token, sent, verb=act)
            if candidate is not None:
                found.append(candidate)
        # "Works are due to commence in August 2023", "is programmed for surfacing during Q3 2023"
        elif token.lower_ in rules["commit.scheduled"].words and (scheduled := _scheduled(token, sent)) is not None:
            found.append(scheduled)
        # "Mr Kennedy is meeting the Superintendent in the next couple of days"
        elif token.tag_ == "VBG" and token.dep_ in ("ROOT", "ccomp", "conj") and any(
                c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in token.children) \
                and _is_agent(_subject(token)) and _is_action(token) and _has_due_date(token, sent):
            found.append(Candidate("commit.progressive_future", token, _subject(token), False, sent))
        # "He hopes to have the brushing finished by the end of March": an agent's own hope with a date
        elif token.lower_ in ("hope", "hopes", "hoped") and token.tag_ in ("VBZ", "VBP", "VBD") \
                and not any(c.dep_ == "aux" for c in token.children) \
                and (token.tag_ != "VBD" or (_subject(token) is not None and _subject(token).text.lower() in ("he", "she", "i", "we"))) \
                and (hoped := _hoped_with_date(token, sent)) is not None:
            # "he hoped to have online permits available by the fall" reports the same hope; "had hoped" is past
            found.append(hoped)
        # "It was agreed that a plan be advised to the Members", "agreed that the Council asks ..."
        elif token.tag_ in ("VBD", "VBZ", "VBP") and (lemma in rules["commit.agreed_subjunctive"].words or (
                lemma in BODY_ONLY_SUBJUNCTIVE and _subject(token) is not None
                # "on the proposal of X and seconded by Y, Members requested that ...": the members' request carried
                and (_head_noun(_subject(token)).lemma_.lower() in BODY_HEADS - {"members"} or _carried(sent)))) \
                and (resolved := _subjunctive(token, sent)) is not None:
            found.append(resolved)
        # "Council directed staff to investigate the complaint"
        elif token.pos_ == "VERB" and lemma in rules["commit.directs_someone"].words and token.tag_ in ("VBD", "VBZ", "VBP") \
                and _subject(token) is not None and _head_noun(_subject(token)).lemma_.lower() in BODY_HEADS \
                and (_head_noun(_subject(token)).lemma_.lower() not in ("member", "members") or _carried(sent)) \
                and _directive(token, outsiders=True) is not None:
            # "Members asked that more Gardaí be allocated to the Market Quarter": the members' request, not a
            # decision, unless the meeting carried it (train gold: 42 of 46 such sentences commit no one)
            directed = _directive(token)
            if directed is not None:
                found.append(Candidate("commit.directs_someone", directed[1], directed[0], False, sent, "resolution"))
            else:   # "the Council asks Mrs Wendy Phillips to conduct the audit": the body's own request
                found.append(Candidate("commit.directs_someone", token, _subject(token), False, sent, "resolution"))
        # "Limerick City and County Council intend to submit the EIAR in April": the body's own announced intention
        elif lemma == "intend" and token.tag_ in ("VBZ", "VBP") and not _negated(token) \
                and (intended := _own_intention(token, sent)) is not None:
            found.append(intended)
        # "X agreed to do Y"
        elif token.pos_ == "VERB" and lemma in rules["commit.agree_to"].words and (
                token.tag_ != "VBN" or _perfect(token)):
            verb = _infinitive_complement(token)
            if verb is not None and verb.lemma_.lower() == "be":
                verb = _able_to(verb)
            if verb is not None and not _is_action(verb):
                # "agreed to withdraw her Motion and explore the sub-committee option": the procedural
                # step is no promise, the action joined to it is
                verb = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and _is_action(c)), verb)
            if verb is not None and (_is_action(verb) or _causative(verb)) and not _negated(token) and not _negated(verb) \
                    and (not _decision_only(verb) or _deferred_to_meeting(verb)):
                if lemma == "commit" and any(c.dep_ in ("auxpass",) or c.lemma_ == "be" for c in token.children):
                    continue  # "was committed to improving": an aim
                if CANNOT_BEFORE.search(text_of(sent.doc)[sent.start_char:token.idx]):
                    continue  # "it is not possible to commit to undertake this exercise": a refusal
                subject = _subject(token)
                if _perfect(token) and _another_body(subject):
                    continue   # "the Town had agreed to supply the barriers", "the Club had offered to groom ...": reported
                if _expletive(subject):
                    candidate = Candidate("commit.it_was_agreed", verb, None, False, sent, "resolution")
                else:
                    candidate = Candidate("commit.agree_to", verb, subject, False, sent)
                found.append(candidate)
        # "It was agreed to do Y", "X was asked to do Y"
        elif token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children):
            subject = _subject(token)
            # "on the proposal of X, seconded by Y, it was requested that the Valuation Office be invited": carried
            if lemma in rules["commit.agreed_subjunctive"].words or (
                    lemma in BODY_ONLY_SUBJUNCTIVE and _expletive(subject) and _carried(sent)):
                candidate = _subjunctive(token, sent)
                if candidate is not None:
                    found.append(candidate)
                    continue
            verb = _infinitive_complement(token)
            if verb is None and lemma == "propose" and SECONDED.search(sent.text):
                verb = _seconded_infinitive(token)
            if verb is None and lemma == "intend" and _expletive(subject):
                intended = _intended_clause(token)
                passive = intended is not None and any(c.dep_ == "auxpass" for c in intended.children)
                if intended is not None and not _negated(token) and not _negated(intended) and _is_action(
                        intended, passive=passive):
                    found.append(Candidate("commit.it_is_intended", intended, None, passive, sent, "undertaking"))
                continue
            if verb is None or not _is_action(verb) or _negated(verb) or _negated(token) or (
                    _decision_only(verb) and not _deferred_to_meeting(verb)):
                continue
            carried = lemma == "propose" and SECONDED.search(sent.text)
            if not carried and lemma in rules["commit.it_is_intended"].words and (subject is None or _expletive(subject)):
                found.append(Candidate("commit.it_is_intended", verb, None, False, sent, "undertaking"))
                continue
            if lemma in rules["commit.it_was_agreed"].words or carried:
                # "It was proposed by X and seconded by Y to invite ...": a carried proposal
                found.append(Candidate("commit.it_was_agreed", verb, None if _expletive(subject) else subject,
                                       False, sent, "resolution"))
            elif lemma in rules["commit.asked_to"].words and subject is not None and not _expletive(subject):
                if lemma in ("authorize", "authorise") and verb.lemma_.lower() in SIGNING_VERBS:
                    continue   # "the Mayor and Clerk be authorized to execute the contract": signing authority
                if verb.lemma_.lower() == "consider" and _head_noun(subject).lemma_.lower() in DECIDING_BODIES:
                    continue   # "The Council was being requested to consider approving ...": the meeting is asked to
                    # decide (train gold: 7 of 7 such sentences carry no commitment; "asked to approve / note" are
                    # lex.decision_verbs, dropped above)
                found.append(Candidate("commit.asked_to", verb, subject, False, sent, "resolution"))
        # "Clarification is to be provided", "The SEE is to contact ..."
        elif lemma == "be" and token.dep_ in ("ROOT", "ccomp", "conj") and token.tag_ in ("VBZ", "VBP") \
                and token.i + 1 < sent.end and token.nbor(1).lower_ == "to":
            verb = _infinitive_complement(token)
            subject = _subject(token)
            if verb is None or subject is None or subject.root.lower_ in {"it", "this", "that", "there", "which"}:
                continue
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            if not passive and _head_noun(subject).lower_ in NON_AGENT_SUBJECTS:
                continue
            if _is_action(verb, passive=passive) and (passive or _is_agent(subject)):
                found.append(Candidate("commit.is_to", verb, subject, passive, sent))
    match = rules["commit.made_commitment"].pattern.search(text)
    if match:
        after = [t for t in sent if t.idx >= sent.start_char + match.end() and t.pos_ in ("VERB", "AUX")]
        if after and _is_action(after[0]):
            gov = next((t for t in sent if t.idx >= sent.start_char + match.start()), None)
            subject = _subject(gov.head) if gov else None
            if _expletive(subject):
                subject = None   # "It is the intention of the Council to ...": whoever says so, or the council
            author = REPORT_AUTHOR.search(text, 0, match.start()) if match.group().startswith("setting") else None
            if author is not None:
                # "Circulated, report of the Head of Property Services dated 5th April, 2018 setting out proposals ...
                # and the intention to bring a Section 183 Notice": the report's author
                subject = sent.doc.char_span(sent.start_char + author.start("who"), sent.start_char + author.end("who"),
                                             alignment_mode="expand") or subject
            found.append(Candidate("commit.made_commitment", after[0], subject, False, sent))
    reception = rules["commit.civic_reception"].pattern.search(text)
    if reception and not found:
        # "the approval of the Council be and is hereby given to the grant of a Civic Reception to honour ..."
        grant = next((t for t in sent if t.idx == sent.start_char + reception.start("grant")), None)
        if grant is not None:
            found.append(Candidate("commit.civic_reception", grant, None, False, sent, "resolution"))
    # an owner line, or a table row's last cell ("8.3 | Ostenby BIA - facade guidelines | Committee Coordinator to add to
    # the April agenda.")
    if not found and (in_actions or INFINITIVE_SUBJECT.match(text) or (
            CELL in text and INFINITIVE_SUBJECT.match(text.rsplit(CELL, 1)[1]))):
        candidate = _infinitive_action(sent, in_actions)
        if candidate is not None:
            found.append(candidate)
    if not found:
        candidate = _clause_infinitive_action(sent) or _seconded_deferral(sent)
        if candidate is not None:
            found.append(candidate)
    found = [c for c in found if not _hedged(c)]
    decided = [c for c in found if (c.kind or cue_rules()[c.rule].kind) in ("resolution", "recommendation")]
    if decided and not _carried_or_unknown(sent):
        found = [c for c in found if c not in decided]   # a resolution defeated, deferred, withdrawn, ...
    found.sort(key=lambda c: -cue_rules()[c.rule].confidence)
    return found


@lru_cache(maxsize=1)
def _resolution_outcome() -> re.Pattern[str]:
    """How the meeting dealt with a resolution, on a line (or table cell) of its own below it: "Carried",
    "CARRIED AS AMENDED", "Motion #10 was Defeated"; the words are "carried" and lex.not_carried."""
    words = "|".join(re.escape(w) for w in ["carried", *sorted(lexicon()["lex.not_carried"])])
    return re.compile(
        r"(?:^|\|)[^\S\n]*(?:(?:The\s+)?(?:(?:Main|MAIN)\s+)?(?:Motion|MOTION|Resolution|RESOLUTION)\s+(?:(?:No\.?|#)\s*[\w-]+\s+)?"
        r"(?:(?:was|is|WAS|IS)\s+)?(?:(?:declared|DECLARED)\s+)?)?(?P<outcome>(?i:" + words + r"))\b", re.M)


def _phrases(lex_id: str, end: str = r"\b", flags: int = 0) -> re.Pattern[str]:
    """One alternation of a lexicon row's phrases, longest first, as whole words."""
    phrases = sorted(lexicon()[lex_id], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + ")" + end, flags)


@lru_cache(maxsize=1)
def _agent_phrase() -> re.Pattern[str]:
    """A department named by its work ending the subject ("Public Works"; matched on the lower-cased subject)."""
    return _phrases("lex.agent_phrases", end="$")


@lru_cache(maxsize=1)
def _meeting_procedure() -> re.Pattern[str]:
    return _phrases("lex.meeting_procedure", flags=re.I)


def _consensus(sent: Span) -> Candidate | None:
    """'It was the consensus of Council that staff proceed with the tender': a resolution, as 'agreed that'."""
    match = CONSENSUS_THAT.search(sent.text)
    if not match:
        to = CONSENSUS_TO.search(sent.text)
        if to and re.search(r"\b(?:no|not(?:\s+a)?)\s+$", sent.text[:to.start()], re.I):
            return None   # "There was no consensus of the committee to hold ..."
        verb = next((t for t in sent if t.idx == sent.start_char + to.start("verb")), None) if to else None
        if verb is None or not _is_action(verb) or _decision_only(verb):
            return None
        return Candidate("commit.it_was_agreed", verb, None, False, sent, "resolution")
    return _resolution_clause(sent, sent.start_char + match.start("rest"), match.group("rest"), "resolution",
                              transmit_ok=True)


def _body_directed(sent: Span) -> Candidate | None:
    """'Council directed staff to contact the property owner', 'Direction was given to staff to prepare a
    draft by-law': the one directed acts."""
    match = BODY_DIRECTED_TEXT.match(sent.text) or DIRECTION_GIVEN.search(sent.text) or BODY_DIRECTED_THAT.match(sent.text)
    if not match:
        return None
    if match.re is BODY_DIRECTED_TEXT and (match.group("obj").startswith("that ") or re.search(
            r"\bMembers\s+(?:\w+\s+)?(?:requested|asked)\b", match.group()) and not _carried(sent)):
        return None   # "Members asked that more Gardaí be allocated to ...": the members' request (train gold: 42 of 46
        # such sentences commit no one), unless the meeting carried it
    if match.re is BODY_DIRECTED_THAT and re.search(r"\b(?:requested|asked)\b", match.group()) \
            and _asks_outsider("request", match.group("obj"), sent.doc):
        return None   # "Council requested that the Ministry install ...": the council's own request (GUIDELINES.md)
    obj_start = sent.start_char + match.start("obj")
    obj = sent.doc.char_span(obj_start, obj_start + len(match.group("obj")), alignment_mode="expand")
    verb = next((t for t in sent if t.idx >= sent.start_char + match.start("action")), None)
    # what a body directs someone to do is an act, even with a verb that elsewhere names a state
    # ("directed the Director to include the cost", "to apply a second treatment")
    if match.re is BODY_DIRECTED_THAT and (verb is None or (verb.pos_ not in ("VERB", "AUX") and verb.dep_ != "ccomp")):
        return None   # the clause's verb (the tagger may call "report" a noun), never "of" of a post
    if obj is None or verb is None or verb.lemma_.lower() == "be" or not (
            _is_action(verb) or verb.lemma_.lower() in lexicon()["lex.state_verbs"]):
        return None
    return Candidate("commit.directs_someone", verb, obj, False, sent, "resolution")


def _further_clauses(sent: Span, rest_start: int, kind: str, first: Candidate | None, *,
                     passive_ok: bool = False) -> list[Candidate]:
    """The acts a resolution's later 'that' clauses direct ('...; and further that a copy of this resolution
    be forwarded to the MPP'): annotation.md makes each its own record."""
    found = []
    text = sent.text
    for match in FURTHER_THAT.finditer(text, rest_start + 1):
        clause = _resolution_clause(sent, sent.start_char + match.end(), text[match.end():], kind, transmit_ok=True,
                                    passive_ok=passive_ok)
        if clause is not None and (first is None or clause.verb.i != first.verb.i) \
                and all(clause.verb.i != c.verb.i for c in found):
            # an agreed recommendation's "and that a public consultation be undertaken" is its own record, though
            # passive (elsewhere a later clause is kept only for another actor: distinct_promises)
            found.append(replace(clause, own_clause=passive_ok))
    return found


def _carried_commitment(doc: Doc, commitment: Commitment) -> bool:
    """The minutes record the motion holding this commitment as carried."""
    span = doc.char_span(commitment.evidence_start, commitment.evidence_end, alignment_mode="expand")
    return span is not None and _recorded_outcome(span[-1].sent) == "carried"


def _carried_or_unknown(sent: Span) -> bool:
    """False when the outcome line under the resolution says it was not carried ("Defeated", "Lost",
    "Deferred", "Tabled", "Withdrawn"); the first outcome before the next resolution's own lines counts."""
    return _recorded_outcome(sent) != "not carried"


def _recorded_outcome(sent: Span) -> str | None:
    """"carried" or "not carried" as the outcome line under the resolution records it, None when none does."""
    doc = sent.doc
    text = text_of(doc)
    item = doc._.structure.item_at(sent.start_char)
    end = min(item.end if item is not None else len(text), sent.end_char + 3000)
    # the outcome may sit in the resolution's own table row: "That Council direct staff to ... | Defeated"
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    outcome = _resolution_outcome().search(text, line_start if "|" in text[line_start:sent.end_char] else sent.end_char, end)
    if outcome is None:
        return None
    outcome_line_start = text.rfind("\n", 0, outcome.start()) + 1
    outcome_line = text[outcome_line_start:text.find("\n", outcome.start()) % (len(text) + 1)]
    between = [ln for ln in text[sent.end_char:outcome.start()].split("\n") if ln.strip() and "|" not in ln]
    if len(outcome_line.strip()) > 60 or len(between) > 3:
        return None   # "Withdrawn applications were noted.", or an outcome too far below to be this one's
    following = NEXT_RESOLUTION.search(text, sent.end_char, outcome.start())
    movers_below = all(MOVERS_LINE.match(ln.strip()) for ln in text[sent.end_char:outcome_line_start].split("\n")
                       if ln.strip())
    if following is not None and not movers_below:
        # the outcome belongs to a later resolution; this one's is not recorded (mover and seconder written
        # below the text, as in an agenda-software export, are this one's)
        return None
    return "not carried" if outcome.group("outcome").lower() in lexicon()["lex.not_carried"] else "carried"


def _going_to(going: Token) -> Token | None:
    """The act of a present 'is / are going to': "is going to be set up" -> set ("was going to" is a past plan)."""
    if not any(c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in going.children):
        return None
    return next((c for c in going.children if c.dep_ == "xcomp" and c.i > going.i
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _modal(modal: Token, sent: Span, rule: str | None = None, verb: Token | None = None) -> Candidate | None:
    """The candidate a modal ("will", "would", ...) heads, or the act ``verb`` of a modal phrase ("is going to")."""
    verb = verb if verb is not None else modal.head
    if modal.lower_ == "should" and rule is None and not _has_due_date(verb, sent):
        return None   # 'should' is an obligation or opinion unless a due date makes it a plan
    if verb.pos_ not in ("VERB", "AUX") or verb.i == modal.i:
        return None
    if _negated(verb) or any(c.dep_ == "neg" for c in modal.children):
        return None
    if modal.lower_ in ("would", "could", "might", "should") and verb.tag_ in ("VBN", "VBG") \
            and any(c.dep_ == "aux" and c.lower_ == "have" and c.i > modal.i for c in verb.children):
        return None   # "he would have been celebrating his anniversary": what did not happen ("will have been
        # completed by May" still plans)
    if modal.lower_ == "would" and re.match(r"\s*ever\b", sent.doc.text[modal.idx + len(modal.text):]):
        return None   # "one of the nicest guys you would ever meet": a manner of speaking
    subject_token = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject_token is not None and subject_token.i > modal.i:
        return None   # "where would they locate": a question
    lemma = verb.lemma_.lower()
    if lemma in TRYING | {"aim", "plan", "intend", "need"}:
        complement = _infinitive_complement(verb)
        if complement is not None and lemma not in {"need", "aim"}:
            verb = complement
        elif lemma in {"need", "aim", "plan", "intend"}:
            return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if not passive and verb.lemma_.lower() == "be":
        able = _able_to(verb)
        if able is not None and _is_agent(_subject(verb)):
            return Candidate("commit.able_to", able, _subject(verb), False, sent)
        if _ready_by(verb, sent):
            return Candidate("commit.available_by", verb, _subject(verb), True, sent)
        return None   # "would be available": a state
    if not passive and lemma in lexicon()["lex.event_verbs"] and (_has_due_date(verb, sent) or _soon(verb, sent)) \
            and _is_agent_or_work(_subject(verb)):
        # "the works will commence in May": the works are what someone starts; "the Council will commence
        # preparation of a plan in 2020": the Council starts it
        started = not any(c.dep_ in ("dobj", "xcomp") for c in verb.children)
        return Candidate("commit.modal_future", verb, _subject(verb), started, sent)
    if lemma == "come" and any(c.lower_ == "back" for c in verb.children) and not passive:
        subject = _subject(verb)
        if subject is not None and _is_agent(subject) and any(
                c.dep_ == "prep" and c.lower_ == "with" and any(g.lemma_.lower() in BROUGHT_THINGS for g in c.children)
                for c in verb.children):
            return Candidate("commit.modal_future", verb, subject, False, sent)   # "she will come back with a report"
        # "a report on the growth plan would come back to the Board in June": the speaker brings it, by a date
        if subject is None or _head_noun(subject).lemma_.lower() not in UPDATE_SUBJECTS - {"meeting"} \
                or any(c.dep_ == "poss" for c in _head_noun(subject).children):
            return None   # not "the Province's report on the growth plan would come back to the municipalities"
        return Candidate("commit.available_by", verb, subject, True, sent) if _has_due_date(verb, sent) else None
    if not passive and lemma == "issue" and not any(c.dep_ == "dobj" for c in verb.children) \
            and _has_due_date(verb, sent):
        subject = _subject(verb)
        # "a report of the Voids Programme will issue to members in the coming month": the council issues it, by a date
        if subject is not None and _head_noun(subject).lemma_.lower() in UPDATE_SUBJECTS | lexicon()["lex.documents"]:
            return Candidate("commit.available_by", verb, subject, True, sent)
    if lemma == "take" and any(c.lower_ == "place" for c in verb.children):
        subject = _subject(verb)
        # "the next update would take place at the May meeting" promises; "the June Meeting would take place" schedules
        if subject is None or _head_noun(subject).lemma_.lower() not in UPDATE_SUBJECTS - {"meeting"}:
            return None
        return Candidate("commit.available_by", verb, subject, True, sent) if _ready_by(verb, sent) else None
    if not (_is_action(verb, passive=passive) or (not passive and (_changes_something(verb) or _causative(verb)))):
        return None   # "the detachment would increase patrols", "he would have Sandbar Road graded": acts
    subject = _subject(verb)
    if not passive and not _is_agent(subject):
        return None
    if subject is not None and subject.root.lower_ in {"which", "that", "who"} and subject.root.head.dep_ == "relcl":
        return None
    if rule is None:
        rule = "commit.modal_passive" if passive else "commit.modal_future"
    return Candidate(rule, verb, subject, passive, sent)


# "I will move at the next Meeting that Limerick City and County Council call on the Minister ...": only
# words of place and time between "move" and "that" ("I will move ... calling on the Minister to ensure
# that the HSE ..." is not a "that" resolution)
# The meeting may be named in full ("of Limerick City and County Council,", OCR's "ofLimerick"); a motion
# may also ask the meeting "to call on" / "to seek" something, or be "calling on" someone (that verb is the act).
MOTION_THAT = re.compile(rf"^[\W\d]*(?:{WRITER}|We)\s+(?:(?:will|willl|wish to|would like to)\s+)?move"
                         r"(?:\s+at\s+(?:the\s+)?next\s+(?:(?:[A-Z][\w/-]*|council|district|full)\s+){0,3}[Mm]eeting"
                         r"(?:\s+of\s*(?:the\s+)?[A-Z][\w/'’&-]*(?:\s+(?:of\s*|and\s+)?[A-Z][\w/'’&-]*){0,6})?)?,?"
                         r"(?:\s+that,?\s+(?P<rest>.+)|\s+(?P<act>calling\s+on\b|to\s+(?P<act_verb>[a-z]+)\b).+)$", re.S)
# how the meeting dealt with the motion, said of the motion itself: "The Motion was seconded by
# Councillor Scanlan and agreed.", "The Motion was then put and carried.", or a line of its own
# "Proposed by Cllr. M. Donegan, seconded by Cllr. M. Ryan and agreed." (not "An amendment to the
# Motion ... was lost", nor "in proposing the Motion, he hoped it would be agreed")
# within one sentence: any character but a full stop, which may end a title or an initial ("Cllr. M. Ryan")
_IN_SENTENCE = r"(?:[^.\n]|(?:(?<=Cllr)|(?<=Clir)|(?<=Cmhlr)|(?<=Clr)|(?<=Mr)|(?<=Ms)|(?<=Mrs)|(?<=Dr)|(?<=\b[A-Z]))\.)"
MOTION_OUTCOME = re.compile(rf"(?:(?:^|(?<=[.!?]\s))[^\S\n]*"
                            # "On the proposal of Councillor Ryan, seconded by Councillor Donegan, the Motion was adopted."
                            rf"(?:On\s+the\s+proposal\s+of\s+{_IN_SENTENCE}{{3,120}}?,\s+)?"
                            r"(?:The|This|the)\s+(?:amended\s+)?(?:Notice\s+of\s+)?[Mm]otion\b"
                            r"|^[^\S\n]*Proposed\s+by\b)"
                            rf"{_IN_SENTENCE}{{0,200}}?\b(?:and|was|were|been|is)\s+(?:(?:duly|unanimously|then|also)\s+)?"
                            r"(?P<outcome>agreed|adopted|carried|defeated|lost|referred|deferred|"
                            r"withdrawn|not\s+(?:proposed|seconded|agreed))\b[^.\n]*", re.M)
# the next motion starts a line: its heading or its own text
NEXT_MOTION = re.compile(rf"^[\W\d]*(?:(?:To\s+consider\s+)?Notices?\s+of\s+Motion\b|(?:{WRITER}|We)\s+will\s+move\b)", re.M)


def _carried_motion(sent: Span) -> Candidate | None:
    """A notice of motion's own text ("I will move ... that the Council call on the Minister to ...") is a
    resolution when the minutes then record the motion agreed in the same item (GUIDELINES.md, Motions);
    referred, deferred, defeated or only proposed and seconded, it is not. The last word on the motion
    before the next motion counts."""
    match = MOTION_THAT.match(sent.text)
    if not match:
        return None
    item = sent.doc._.structure.item_at(sent.start_char)
    text = text_of(sent.doc)   # built once per document; doc.text rebuilds the string on every access
    end = item.end if item is not None else len(text)
    following = NEXT_MOTION.search(text, sent.end_char, end)   # the next motion's business is its own
    outcomes = list(MOTION_OUTCOME.finditer(text, sent.end_char, following.start() if following else end))
    if not outcomes or outcomes[-1].group("outcome") not in ("agreed", "adopted", "carried") \
            or re.search(r"\b(?:refer|defer)", outcomes[-1].group()):
        return None   # "... seconded by X and it was agreed to refer it to the SPC": referred, not carried
    if match.group("act"):
        # "I will move at the next Meeting to call on the NTA to provide bus shelters", "... to seek a shuttle bus
        # service": the meeting's own act, no subject written (the meeting body's)
        act_at = sent.start_char + (match.start("act_verb") if match.group("act_verb") else match.start("act"))
        verb = next((t for t in sent if t.idx >= act_at), None)
        if verb is None or not (verb.lemma_.lower() == "call" or (_is_action(verb) and not _decision_only(verb))):
            return None
        called = _own_council_called(verb) if verb.lemma_.lower() == "call" else None
        if called is not None:
            return Candidate("commit.carried_motion", called[1], called[0], False, sent, "resolution")
        return Candidate("commit.carried_motion", verb, None, False, sent, "resolution")
    found = _resolution_clause(sent, sent.start_char + match.start("rest"), match.group("rest"), "resolution",
                               passive_ok=True)
    return replace(found, rule="commit.carried_motion") if found is not None else None


OWN_COUNCIL = re.compile(r"^(?:the\s+|this\s+)?(?:Council|Executive|Local\s+Authority)$", re.I)


def _own_council_called(call: Token) -> tuple[Span, Token] | None:
    """'calling on Limerick City and County Council to carry out modifications': a motion calling on the council
    itself asks for the council's act (train gold gives it the council and that act); a call on anyone else stays
    the meeting's call. (the callee, its act) or None."""
    on = next((c for c in call.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    callee = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
    if callee is None:
        return None
    span = call.doc[callee.left_edge.i:callee.i + 1]
    council = call.doc._.council or ""
    if not (OWN_COUNCIL.match(span.text) or (council and span.text.lower().removeprefix("the ") == council.lower())):
        return None
    action = _asked_act(call, callee)
    if action is None or not _is_action(action):
        return None
    return span, action


def _recommendation(sent: Span, kind: str) -> Candidate | None:
    match = RECOMMENDATION.match(sent.text)
    if not match:
        return None
    return _resolution_clause(sent, sent.start_char + match.start("rest"), match.group("rest"), kind, transmit_ok=True,
                              passive_ok=_recommendation_agreed_next(sent))


# "On the proposal of Councillor Secas, seconded by Councillor Galvin, Recommendation No. 1 was agreed."
RECOMMENDATION_AGREED = re.compile(r"\bRecommendations?\s+(?:No\.?\s*)?(?:\d+\s+)?(?:was|were)\s+(?:unanimously\s+)?"
                                   r"(?:agreed|adopted|approved)\b")


def _recommendation_agreed_next(sent: Span) -> bool:
    """A committee's recommendation the council agrees in the next sentence: its passive ("That the Draft Litter
    Management Plan be published") is an act the council now undertakes (train gold: both such "be published"
    sentences; the others, "be approved by Full Council" and "monies should be allocated", are decisions the
    action test refuses: bench/gold_decisions.py)."""
    if sent.end >= len(sent.doc):
        return False
    return bool(RECOMMENDATION_AGREED.search(sent.doc[sent.end].sent.text))


# the clause's own verb comes later: "... report for March 2024 be received", "... update be noted"
RECEIVED_AFTER = re.compile(r"\w+\b(?:(?!\band\b)[^;,])*?\bbe\s+(?:received|noted|filed|accepted|adopted|endorsed)\b", re.I)


def _resolution_clause(sent: Span, start: int, rest: str, kind: str, *, passive_ok: bool = False,
                       transmit_ok: bool = False) -> Candidate | None:
    """The 'X do Y' (`rest`, from character `start`) after 'That' (a resolution or recommendation) or after
    a motion's 'move that'."""
    directive = DIRECTIVE_TEXT.match(rest)
    if directive and _asks_outsider(directive.group("verb"), directive.group("obj"), sent.doc):
        directive = None   # "Council request the Minister of Finance to restore ...": the council's request
    if directive:
        # capitalised resolutions defeat the tagger ("direct" as an adjective): read the words
        obj_start = start + directive.start("obj")
        obj = sent.doc.char_span(obj_start, obj_start + len(directive.group("obj")), alignment_mode="expand")
        verb = next((t for t in sent if t.idx >= start + directive.start("action")), None)
        if obj is not None and verb is not None and _is_action(verb):
            return Candidate("commit.directs_someone", verb, obj, False, sent, "resolution")
    tokens = [t for t in sent if t.idx >= start]
    for i, token in enumerate(tokens):
        # "That Council receives the Treasurer's report": Ontario resolutions often use the 3rd person
        before = tokens[i - 1] if i > 0 else None
        # a determiner, preposition, possessive or lower-case adjective before it makes it a noun ("the Fire Chief's
        # monthly report ... be received"); "the Directorate report" (the tagger's JJ) is still a verb
        noun_like = before is not None and (before.tag_ in ("DT", "IN", "PRP$", "POS") or (before.tag_ == "JJ" and before.is_lower))
        clause = token.head if token.dep_ in ("aux", "auxpass") else token
        if clause.dep_ == "relcl" and any(c.lower_ in ("who", "which", "whom", "whose") for c in clause.children):
            continue   # "that the outdoor staff who have retired ... be replaced": the subject's own clause (the parser
            # also calls a motion's main verb after "that" a relcl: "that the Council widen the road")
        # "that the Council widen the road": a base form the tagger reads as a past tense (VBD, lemma = form)
        looks_verb = token.tag_ in ("VB", "VBP", "VBZ") or (token.tag_ == "VBD" and token.lower_ == token.lemma_.lower()) or (
            token.is_lower and token.lower_ in RECOMMENDATION_VERBS and not noun_like
            and not (i + 1 < len(tokens) and tokens[i + 1].lower_ in ("be", "is", "was", "were"))) or (
            # "THAT the Committee of the Whole recommend to Council that ...": the tagger's noun "recommend"
            token.lower_ in ("recommend", "recommends") and RECOMMENDED_THAT.match(text_of(sent.doc)[token.idx:sent.end_char]))
        if looks_verb and RECEIVED_AFTER.match(text_of(sent.doc)[token.idx:sent.end_char]):
            looks_verb = False   # "THAT the Fire Department report for March 2024 be received": a noun, then its verb
        if looks_verb and i > 0 and token.lemma_.lower() not in ("be",):
            inner = _recommended_clause(sent, token, kind) if token.lemma_.lower() == "recommend" else None
            if inner is not None:
                return inner or None   # False: the recommended clause promises nothing
            if not (_is_action(token) or _changes_something(token) or _causative(token)) or _decision_only(token):
                return None   # "AND THAT staff have the hall set up ...": having a thing done is an act
            subject = sent.doc[tokens[0].i:token.i]
            if token.lemma_.lower() == "meet" and MEETING_BODY.search(subject.text):
                return None   # "and that Council meet again on Tuesday, April 23": the next meeting's date, procedure
            if not _is_agent(subject) or _condition_of_approval(token, subject):
                return None
            directed = _directive(token)
            if directed is not None:
                return Candidate("commit.directs_someone", directed[1], directed[0], False, sent, "resolution")
            return Candidate("commit.recommendation_that", token, subject, False, sent, kind)
        if token.lemma_.lower() == "be" and i > 0:
            # "That the Minutes be adopted": a decision, not a promise; a carried motion's "that the bridge
            # be named after him" asks for an act
            verb = token.head if token.dep_ == "auxpass" else None
            referred = _referred_to_act(verb) if verb is not None else None
            if referred is not None:
                return referred   # "be received and referred to the By-law Enforcement Officer to follow up ..."
            transmitted = transmit_ok and verb is not None and verb.lemma_.lower() in lexicon()["lex.transmit_verbs"]
            # "that the motion be deferred to the regular meeting of November 12": taken up then (GUIDELINES.md)
            deferred = transmit_ok and verb is not None and _deferred_to_meeting(verb)
            # "That, a Workshop be held to discuss ...": someone organises it (lex.organised_events)
            organised = transmit_ok and verb is not None and verb.lemma_.lower() == "hold" \
                and _organised_event(_head_noun(sent.doc[tokens[0].i:token.i]))
            # "AND THAT the work be completed by May 31, 2016": a dated act of the meeting's own
            dated = verb is not None and token.lower_ == "be" and _has_due_date(verb, sent)
            if (passive_ok or transmitted or deferred or organised or dated) and verb is not None and (deferred or organised or (
                    _is_action(verb, passive=True) and not _decision_only(verb))):
                patient = sent.doc[tokens[0].i:token.i]   # "that [a copy of this resolution] be forwarded to ..."
                return Candidate("commit.recommendation_that", verb, patient if len(patient) else None, True, sent, kind)
            return None
    return None


RECOMMENDED_THAT = re.compile(r"^recommends?(?:\s+to\s+[^,;]{1,60}?)?,?\s+(?:that|THAT|That)\b,?\s+(?P<rest>.+)$", re.S)


def _recommended_clause(sent: Span, verb: Token, kind: str) -> Candidate | False | None:
    """'THAT the Committee recommend to Council that the Public Works Department repave the lot': the act
    recommended is the commitment, not the recommending (a committee's recommendation, kind
    recommendation; a passive one, 'that the bridge be tendered', the meeting body's). False when the
    recommended clause is no act ('that the repair be approved'): nothing is promised."""
    match = RECOMMENDED_THAT.match(text_of(sent.doc)[verb.idx:sent.end_char])
    if match is None:
        return None
    start = verb.idx + match.start("rest")
    kind = "recommendation" if kind == "resolution" else kind
    found = _resolution_clause(sent, start, match.group("rest"), kind, passive_ok=True)
    return found if found is not None else False


REFERRED_TO_ACT = re.compile(r"\s+(?:and\s+)?referred\s+to\s+" + DIRECTED_TO)
# "be referred to staff for a report to the April meeting": the work asked of the one it is referred to
REFERRED_FOR = re.compile(r"\s+(?:and\s+)?referred\s+(?:back\s+)?to\s+(?P<obj>(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,5}?)"
                          r"\s+for\s+(?:(?:a|an|their|his|her|its|further|written)\s+)*"
                          r"(?P<action>report|response|reply|recommendation|review|revision|comments?)\b", re.I)


# where a matter goes for deliberation, not staff work: a body (speakers.MEETING_BODY) or a sitting
REFERRAL_BODIES = {w.lower() for w in MEETING_BODY.pattern.split("|")} | {"forum", "meeting", "workshop", "session"}
# the work a referral asks for, as the verb that does it
REFERRAL_WORK = {"response": "respond", "recommendation": "make a recommendation", "comments": "comment", "revision": "revise"}
# a correspondence decision: "Refer to Road Superintendent." (a line or a table's last cell), or its disposition
# "Referred to the Roads Superintendent for a response to the resident within 30 days." ("for a site visit and a
# response"; synthetic gold: 15 of 16 such lines are the officer's work; a committee or the budget takes a matter up)
REFER_TO_OFFICER = re.compile(rf"(?:^{RUN_IN_LABELS}|\|\s*)(?:Received,?\s+and\s+)?(?:Refer(?:red)?|Forward)\s+to\s+(?:the\s+)?"
                              r"(?P<who>[A-Z][\w.'’/-]*(?:\s+(?:of\s+)?[A-Z][\w.'’/-]*){0,5})"
                              r"(?:\s+(?:for\s+(?:an?\s+)?(?:[\w-]+\s+){0,4}?(?:response|reply|report|review|comments?|visit|"
                              r"inspection|investigation|follow-up|recommendation)\b|to\s+(?:respond|reply|report)\b)"
                              r"[^|\n]*?)?\s*\.?\s*$")


def _referred_to_officer(sent: Span) -> Candidate | None:
    """'Refer to Road Superintendent.': the officer is asked to deal with the letter (GUIDELINES.md, referral for
    work); a referral to a committee or the council's budget is no one's work yet."""
    from ..structure.participants import kind_for_role

    match = REFER_TO_OFFICER.search(sent.text)
    if match is None:
        return None
    end = match.end("who") - match.group("who").endswith(".")   # the sentence's full stop is not the post's
    who = sent.doc.char_span(sent.start_char + match.start("who"), sent.start_char + end, alignment_mode="expand")
    verb = next((t for t in sent if t.idx - sent.start_char >= match.start() and t.lower_ in ("refer", "referred", "forward")),
                None)
    if who is None or verb is None or kind_for_role(who.text) not in ("officer", "clerk"):
        return None
    return Candidate("commit.referred_to_officer", verb, who, False, sent, "resolution")


def _referred_to_act(verb: Token) -> Candidate | None:
    """'that the letter be received and referred to the By-law Enforcement Officer to follow up with the owner':
    the one it is referred to does the act (a bare 'referred to the Clerk' asks nothing)."""
    doc = verb.doc
    text = text_of(doc)
    at = next((t for t in verb.sent if t.i >= verb.i and t.lemma_.lower() == "refer"), None)
    if at is None or not at.idx:
        return None
    match = REFERRED_TO_ACT.match(text, at.idx - 1, verb.sent.end_char)
    if match is not None:
        obj = doc.char_span(match.start("obj"), match.end("obj"), alignment_mode="expand")
        action = next((t for t in verb.sent if t.idx >= match.start("action")), None)
        if obj is not None and action is not None and action.pos_ == "VERB" and _is_action(action):
            return Candidate("commit.directs_someone", action, obj, False, verb.sent, "resolution")
    # "referred to the Planning Committee to the extent possible" has no act; "referred to staff for a report to
    # the April meeting" asks for a report
    match = REFERRED_FOR.match(text, at.idx - 1, verb.sent.end_char)
    obj = doc.char_span(match.start("obj"), match.end("obj"), alignment_mode="expand") if match else None
    if obj is None or not _is_agent(obj) or names_a_body(obj.text) or obj[-1].lower_ in REFERRAL_BODIES:
        return None   # the budget, a committee or the next meeting takes the matter up (read elsewhere)
    action = next((t for t in verb.sent if t.idx >= match.start("action")), None)
    return Candidate("commit.referred_for", action, obj, False, verb.sent, "resolution") if action is not None else None


def _causative(verb: Token) -> bool:
    """'would have Sandbar Road graded', 'would have the signs installed': someone has a thing done; 'would have the
    grader back on Sproule Road within two weeks': brought back, by a date."""
    if verb.lemma_.lower() != "have" or any(t.lower_ == "already" for t in verb.subtree):
        return False   # "they would have the hall booked already": a state
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects and (any(c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in verb.children)
                    or any(c.lemma_.lower() in BROUGHT_THINGS for c in objects)) and _has_due_date(verb, verb.sent):
        return True   # "would have the grader back ... within two weeks", "agreed to have report on both for next SPC"
    objects_end = max((c.i for c in objects), default=verb.i)
    return any((c.dep_ in ("ccomp", "xcomp", "oprd")
                # "would have the potholes cold-patched before the long weekend": the parser may hang the participle
                # after the object as an adverbial clause (not "provided" / "given" before a condition)
                or c.dep_ == "advcl" and objects and c.i > objects_end and c.lower_ not in ("provided", "given", "based"))
               and c.tag_ == "VBN" and not any(a.lower_ == "to" for a in c.children)
               # "... no objection, provided it was costed": a clause with its own auxiliary, not a thing had done
               and not any(a.dep_ in ("aux", "auxpass") for a in c.children)
               for c in verb.children) or any(   # not "would have to be sought": an obligation
        # (the tagger may read the participle as a past tense: "to have the beacons reprogrammed")
        # ("to have the ramps on both buses inspected": the participle may hang on a noun inside the object)
        # (not "figures on the number of ASBOs issued": one preposition deep only)
        c.dep_ == "dobj" and any(g.dep_ == "acl" and g.tag_ in ("VBN", "VBD") and g.head.i in {c.i} | {
            o.i for p in c.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"} for g in c.subtree)
        for c in verb.children) or any(
        # "would try to have a levy comparison ready before the session": a thing made ready (the parser may make
        # "ready" the clause: "will have the text panels ready for the printer")
        c.dep_ == "dobj" and any(g.dep_ == "amod" and g.i > c.i and g.lower_ in READY_WORDS for g in c.children)
        or c.dep_ in ("ccomp", "xcomp", "oprd") and c.lower_ in READY_WORDS and any(g.dep_ == "nsubj" for g in c.children)
        for c in verb.children) or any(
        # "agreed to have parks staff inspect the launch": someone has their staff do a thing
        c.dep_ == "ccomp" and c.tag_ == "VB" and _is_action(c) and any(
            g.dep_ == "nsubj" and _is_agent(verb.doc[g.left_edge.i:g.i + 1]) for g in c.children)
        for c in verb.children)


def _changes_something(verb: Token) -> bool:
    """A resolution's 'that the Council increases the Grass Cutting Grant': an agent changes something
    (CHANGE_VERBS are states elsewhere: 'costs will increase', 'C.C.C. had agreed to increase ...' is reported)."""
    subject = _subject(verb)
    return verb.lemma_.lower() in CHANGE_VERBS and _is_agent(subject) and any(c.dep_ == "dobj" for c in verb.children)


def _asks_outsider(verb: str, obj: str, doc: Doc) -> bool:
    """A request or call to someone the meeting cannot direct (a minister, another body): the resolution is
    the meeting's own act of asking, not the other party's promise. Staff and listed officers are directed."""
    if verb.lower().rstrip("s") not in ("request", "ask"):
        return False
    words = {w.lower().strip(".,") for w in obj.split()}
    if words & lexicon()["lex.staff_nouns"]:
        return False
    return doc._.participants.resolve(obj) is None


def _asked_act(verb: Token, obj: Token) -> Token | None:
    """The act a directing or calling verb asks of its object: its own infinitive, or one the parser often hangs
    on the object ("direct staff to prepare", "calling on the Council to carry out")."""
    return _infinitive_complement(verb) or next(
        (c for c in obj.children if c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ == "VERB"
         and any(a.lower_ == "to" for a in c.children)), None)


def _directive(verb: Token, *, outsiders: bool = False) -> tuple[Span, Token] | None:
    """'Council direct staff to prepare a report' -> (staff, prepare): the one directed acts. A request to
    someone the meeting cannot direct gives None unless `outsiders` (then the caller makes it the body's request)."""
    if verb.lemma_.lower() not in cue_rules()["commit.directs_someone"].words:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    action = _asked_act(verb, obj) if obj is not None else None
    if obj is None or action is None or not _is_action(action):
        return None
    directed = verb.doc[obj.left_edge.i:obj.i + 1]
    if not outsiders and _asks_outsider(verb.lemma_, directed.text, verb.doc):
        return None
    return directed, action


def _be_directed(sent: Span) -> Candidate | None:
    """'THAT the Civic Administration BE DIRECTED to continue ...' — a resolution naming who acts."""
    match = cue_rules()["commit.be_directed"].pattern.search(sent.text)
    if not match:
        return None
    start = sent.start_char + match.start("action")
    verb = next((t for t in sent if t.idx >= start), None)
    who_start = sent.start_char + match.start("who")
    who = sent.doc.char_span(who_start, who_start + len(match.group("who")), alignment_mode="expand")
    if verb is None or who is None:
        return None
    directed = next((t for t in sent if t.idx >= sent.start_char + match.start() and t.lemma_.lower() in AGREEING_OR_ASKING),
                    None)
    if directed is not None and _in_condition_or_reason(directed):
        return None   # "because three contractors were asked to quote": a reason, not a direction
    if _head_noun(who).lemma_.lower() in ASKED_PERMISSIONS:
        return None   # "that the approval of the Council was requested to bank overdraft accommodation": a vote asked
    return Candidate("commit.be_directed", verb, who, False, sent, "resolution")


# "report of the Senior Engineer, Mid West National Road Design Office dated 15th March": the report's author
REPORT_AUTHOR = re.compile(r"\breport\s+of\s+(?P<who>the\s+[^\n]{3,120}?)\s+dated\b")

# what a meeting is asked to give, not asked to do
ASKED_PERMISSIONS = {"approval", "permission", "consent", "sanction", "agreement", "authority"}


# what a resolution authorizes signing officers to do, which permits and promises nothing (synthetic Ontario gold:
# "be authorized to sign the agreement" is no commitment; "be authorized to negotiate the purchase" is)
SIGNING_VERBS = {"sign", "execute", "seal", "countersign"}
# a motion's opening verb in the imperative (Burlington-style "Direct the City Clerk to consult ...")
IMPERATIVE_DIRECTIONS = {"direct", "instruct", "request", "ask"}   # not "authorize": permission, no direction


# the answer a question's own sentence carries, after a semicolon or "and": "Councillor Rezende asked if internet voting
# would be cheaper; the Clerk responded that it would save about $8,000, and that he would bring a report ..."
REPLY_IN_QUESTION = re.compile(r"(?:;\s+(?P<who>(?:the\s+|The\s+)?(?:[A-Z][\w.'’/-]*\s+){0,3}[A-Z][\w.'’/-]*)\s+(?:responded|replied|"
                               r"answered|confirmed|advised|explained|stated|said)|,?\s+and\s+(?P<in_reply>in\s+(?:reply|replying|response),?\s+)?"
                               r"(?P<who_and>(?:the\s+|The\s+)?(?:[A-Z][\w.'’/-]*\s+){0,3}[A-Z][\w.'’/-]*)\s+"
                               r"(?:(?P<and_verb>responded|replied|answered|stated|advised|confirmed|indicated|explained)|"
                               # "An update was sought on the dog park and the Meetings Administrator agreed to seek an
                               # update": an answer by undertaking
                               r"(?P<and_agree>agreed|undertook)(?=\s+to\s)))(?(and_agree)|\s+that\b)")
# "asked whether Irish Water and the Council confirmed that ...": inside the question, "and X confirmed" is asked about
ASKED_ABOUT = re.compile(r"\b(?:whether|if)\b")


# words after which "to" is a preposition: "in response to request", "with regard to", "prior to"
TO_AS_PREPOSITION = {"response", "reply", "regard", "relation", "addition", "prior", "due", "according", "subject",
                     "further", "respect", "reference", "view", "answer", "contrary", "pursuant", "owing"}


def _infinitive_action(sent: Span, in_actions: bool = False) -> Candidate | None:
    """'Clerk to write to Mrs Phillips', 'The Director – ... to provide ...'."""
    for token in sent:
        if token.lower_ == "to" and token.dep_ == "aux" and token.head.pos_ in ("VERB", "AUX"):
            verb = token.head
            if verb.lemma_.lower() == "be":
                continue
            if verb.dep_ != "ROOT" and verb.head.pos_ in ("VERB", "AUX"):
                return None
            # in a table row only the cell before "to" is the owner's ("8.3 | Ostenby BIA – façade improvement
            # guidelines | Committee Coordinator to add ...": the tagger's verbs in the earlier cells do not count)
            cell_from = next((t.i + 1 for t in reversed(sent.doc[sent.start:token.i]) if t.text == "|"), sent.start)
            if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or (t.tag_ == "VBN" and t.dep_ not in ("amod", "compound"))
                   for t in sent.doc[cell_from:token.i]):
                return None
            if verb.dep_ in ("xcomp", "ccomp") and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < token.i:
                return None
            if not (_is_action(verb) or _causative(verb)):   # "Sgt. Hyslop to have the speed trailer placed ..."
                return None
            subject = sent.doc[sent.start:token.i]
            label = next((t.i for t in reversed(subject) if t.text in (":", ";")), None)
            if label is not None:
                subject = sent.doc[label + 1:subject.end]   # "Action: Public Works Superintendent to inspect ..."
            while len(subject) and subject[0].is_punct:
                subject = sent.doc[subject.start + 1:subject.end]
            first_to = next((t.i for t in subject if t.lower_ == "to"), None)
            if first_to is not None and first_to > subject.start:
                subject = sent.doc[subject.start:first_to]   # "The Clerk to action and to make enquiries": the owner
            if len(subject) and subject[-1].lower_ in TO_AS_PREPOSITION:
                return None   # "Circulated response from An Garda Siochana in response to request regarding ...": no owner
            kind = "action"
            cell = next((t.i for t in reversed(subject) if t.text == "|"), None)
            if cell is not None:
                subject = sent.doc[cell + 1:subject.end]   # "From | Subject | Clerk to respond": the Action cell's owner
            if len(subject) > 1 and subject[0].lower_ in ("authorize", "authorise", "permit", "allow"):
                return None   # "Authorize the Mayor and Clerk to sign the agreement": permission, no one is directed
            if len(subject) > 1 and subject[0].lower_ in ("request", "ask") and _asks_outsider(
                    "request", sent.doc[subject.start + 1:subject.end].text, sent.doc):
                return None   # "Request the Ministry to install a signal": the council's own request, not theirs
            if len(subject) > 1 and subject[0].lower_ in IMPERATIVE_DIRECTIONS:
                # "Direct the Director of Finance to report back ...": a motion written as an imperative
                subject, kind = sent.doc[subject.start + 1:subject.end], "resolution"
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            if not len(subject) or not (in_actions or passive or _is_actor_phrase(subject)):
                return None
            if passive and not _is_action(verb, passive=True):
                return None
            return Candidate("commit.infinitive_action", verb, subject, passive, sent, kind)
    return _mistagged_infinitive(sent)


def _mistagged_infinitive(sent: Span) -> Candidate | None:
    """'Clerk to forward a copy of the letter to MPP Stanhope': the tagger read 'forward' as an adverb; an owner
    line opening the sentence with a lower-case word after 'to' is still an owner and an act."""
    match = INFINITIVE_SUBJECT.match(sent.text)
    if match is None:
        return None
    to = next((t for t in sent if t.idx - sent.start_char >= match.end("who") and t.lower_ == "to"), None)
    verb = sent.doc[to.i + 1] if to is not None and to.i + 1 < sent.end else None
    if verb is None or verb.pos_ in ("VERB", "AUX") or not (verb.is_alpha and verb.is_lower) or verb.lower_ == "date" \
            or verb.tag_ in ("DT", "IN", "PRP", "PRP$", "CD", "CC", "WDT") or not _is_action(verb) \
            or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sent.doc[verb.i + 1:sent.end]):
        return None   # "Clerk to date has received three letters": a finite verb follows, no owner line
    who = next((t for t in sent if t.idx - sent.start_char >= match.start("who")), None)   # after "Action:"
    subject = sent.doc[who.i if who is not None else sent.start:to.i]
    if len(subject) > 6 or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in subject) or not _is_actor_phrase(subject):
        return None   # "He thanked the Chief Superintendent ... came to fruition": a clause, not an owner
    return Candidate("commit.infinitive_action", verb, subject, False, sent, "action")


def _clause_infinitive_action(sent: Span) -> Candidate | None:
    """'C.C.C. request for data, Clerk to respond.' — an owner and a to-infinitive after a comma."""
    for token in sent:
        if token.lower_ != "to" or token.dep_ != "aux" or token.head.pos_ != "VERB" or token.head.i < token.i:
            continue
        start = token.i
        while start > sent.start and sent.doc[start - 1].text not in {",", ";", ":"}:
            start -= 1
        if start == sent.start or token.i - start > 5:
            continue
        subject = sent.doc[start:token.i]
        if any(t.pos_ in ("VERB", "AUX") for t in subject) or len(subject) > 4:
            continue
        if subject.root.lower_ in lexicon()["lex.agent_nouns"] or any(t.ent_type_ == "PERSON" for t in subject) \
                or subject.text.lower().startswith(("cllr", "councillor")):
            if _is_action(token.head):
                return Candidate("commit.infinitive_action", token.head, subject, False, sent, "action")
    return None


def _perfect(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children) and \
        not any(c.dep_ == "auxpass" for c in token.children)


WILLING = {"able", "happy", "willing", "glad", "prepared", "pleased"}
IN_TOUCH = {"dialogue", "contact", "touch", "discussion", "discussions", "communication", "consultation", "talks"}


def _able_to(be: Token) -> Token | None:
    """'would be able to provide', 'would be happy to assist' -> the action; 'would be in dialogue
    with the agencies' -> 'be' itself (being in contact is the undertaking)."""
    for child in be.children:
        if child.dep_ == "acomp" and child.lower_ in WILLING:
            return _infinitive_complement(child)
        if child.dep_ == "prep" and child.lower_ == "in" and any(
                g.dep_ == "pobj" and g.lower_ in IN_TOUCH and any(w.lower_ == "with" for w in g.children)
                for g in child.children):
            return be
    return None


def _ready_by(verb: Token, sent: Span) -> bool:
    """'will be available before the April meeting': a promise only when a due date bounds it."""
    from ..deadlines import find_deadlines

    in_place = any(c.dep_ == "prep" and ((c.lower_ == "in" and any(g.lower_ == "place" for g in c.children))
                                         or (c.lower_ == "on" and any(g.lemma_.lower() in ("website", "site", "page")
                                                                      for g in c.children)))
                   for c in verb.children)   # "would be in place", "would be on the Township website by May 1"
    if verb.lemma_.lower() == "be" and not in_place and not any(
            c.dep_ == "acomp" and c.lower_ in READY_WORDS for c in verb.children):
        return False
    subject = _subject(verb)
    if subject is None or subject.root.lower_ in {"it", "there", "this", "that", "which"}:
        return False
    return bool(find_deadlines(text_of(sent.doc)[verb.idx:sent.end_char], None))


def _hoped_with_date(hope: Token, sent: Span) -> Candidate | None:
    """'He hopes to have the brushing on the 6th Line finished by the end of March', 'Housing Construction and
    Maintenance hope to have a revised Stage 3 ... by mid November': the agent's own hope, dated, undertakes
    (GUIDELINES.md, Hopes); 'it is hoped that', a hope with no date, or someone else's act forecast."""
    subject = _subject(hope)
    named = subject is not None and subject.root.tag_ == "NNP" and len(subject) > 1 and all(
        t.text[:1].isupper() or t.lower_ in ("and", "of", "&") for t in subject)   # "Housing Construction and Maintenance"
    if subject is None or not (_is_agent(subject) or named or subject.root.lower_ in ("we", "i", "he", "she")):
        return None
    act = next((c for c in hope.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    if act is None or not _has_due_date(act, sent) or _negated(hope) or _negated(act) \
            or act.lemma_.lower() in OUTCOME_VERBS:
        return None   # "the Club hoped to reach its goal of $60,000 by the end of the year": an outcome, not an act
    having = act.lemma_.lower() == "have" and any(c.dep_ == "dobj" for c in act.children)   # "have a revised Stage 3 to ..."
    if not (_is_action(act) or _causative(act) or having) or any(
            c.dep_ in ("ccomp", "xcomp") and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in act.children):
        return None   # "hopes to see everyone at the dinner", "hopes to see the County repave the road": no act of theirs
    return Candidate("commit.hope_with_date", act, subject, False, sent)


def _has_due_date(verb: Token, sent: Span) -> bool:
    from ..deadlines import find_deadlines

    return bool(find_deadlines(text_of(sent.doc)[verb.idx:sent.end_char], None))


# the meeting itself asked to decide: "The Members were being requested to consider the submission of observations"
DECIDING_BODIES = frozenset({"council", "members", "member", "committee", "district", "meeting", "board"})


def _soon(verb: Token, sent: Span) -> bool:
    """The works themselves start at a vague time the council gives ("This survey will commence shortly"; train gold: 6
    of the 8 such sentences carry a commitment, the other two a contractor's and a hope), not someone ("he would start
    shortly"). "In the coming months" is a due date already (deadline.coming_period)."""
    subject = _subject(verb)
    return subject is not None and not _is_agent(subject) \
        and states_vague_timing(text_of(sent.doc)[verb.idx + len(verb.text):sent.end_char])


def _scheduled(token: Token, sent: Span) -> Candidate | None:
    """'Works are due to commence in August 2023', 'a contractor is scheduled to be on site in April 2023', 'This
    section is programmed for surfacing during Q3 2023': work the council has scheduled, by a date."""
    predicate = token.dep_ == "acomp" and token.head.lemma_ == "be"   # "are due", "is scheduled" read as adjectives
    passive = any(c.dep_ == "auxpass" for c in token.children)         # "is programmed", "is scheduled"
    if not (predicate or passive):
        return None
    # the act: "to commence" (an infinitive, or the parser's "to" + object), or "for completion" / "for surfacing"
    act = next((c for c in token.children if c.dep_ == "xcomp" and c.tag_ == "VB"), None) or next(
        (g for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
         if g.dep_ == "pobj" and (g.tag_ == "VB" or g.lower_ in lexicon()["lex.event_verbs"])), None)   # "commence" as a noun
    target = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                   if g.dep_ in ("pobj", "pcomp") and (g.tag_ == "VBG" or g.lemma_.lower() in SCHEDULED_TARGETS)), None)
    if act is None and target is None:
        return None   # "due to the large volume of cases": a cause; "scheduled for Tuesday": a day
    be = token.head if predicate else next(c for c in token.children if c.dep_ == "auxpass")
    if be.tag_ not in ("VBZ", "VBP"):
        return None   # "Ben Noonan was due to return to work": what was scheduled then
    subject = _subject(token.head if predicate else token)
    if subject is None or not _is_agent_or_work(subject) or _outside_party(subject) \
            or any(t.lemma_.lower() in NOT_SCHEDULED_BY_US for t in subject) or subject.root.lower_ == "they":
        return None   # "the contractor is due to commence works", "gardai are due to retire", "the meeting is scheduled"
    if act is not None and act.lemma_.lower() in lexicon()["lex.event_verbs"] \
            and _head_noun(subject).lemma_.lower() not in SCHEDULED_WORK:
        return None   # "The new Emergency Department is scheduled to open in 2016": an event, not the council's work
    if not _has_due_date(token, sent):
        return None
    return Candidate("commit.scheduled", act or target, subject, True, sent)


# what a council schedules "for": "due for completion", "programmed for delivery"
SCHEDULED_TARGETS = {"completion", "delivery", "construction", "tender", "tendering", "installation", "commencement",
                     "publication", "repair", "repairs", "resurfacing", "surfacing", "upgrade"}
# work that starts or finishes on the council's schedule ("works are due to commence")
SCHEDULED_WORK = {"work", "works", "construction", "scheme", "project", "consultation", "process", "tender", "review",
                  "survey", "programme", "study", "installation", "upgrade", "repair", "repairs", "strategy", "phase",
                  "contract", "procurement", "restoration", "design", "plan"}
# subjects whose schedule is not the council's promise
NOT_SCHEDULED_BY_US = {"meeting", "hearing", "contractor", "garda", "gardai", "gardaí", "election", "offence"}


def _is_agent_or_work(subject: Span | None) -> bool:
    """Event verbs ('commence', 'start') promise something when works or a scheme start by a date."""
    if subject is None:
        return False
    return _is_agent(subject) or _head_noun(subject).lemma_.lower() in SCHEDULED_WORK | {"operation"}


SECONDED = re.compile(r"\bseconded\b", re.I)


AGREED_NEXT = re.compile(r"^\s*(?:This|It|The (?:proposal|request|motion|suggestion))\s+was\s+(?:(?:duly|unanimously|also)\s+)?"
                         r"(?P<verb>seconded|agreed|approved|accepted|carried|supported)\b(?!\s+(?:that|to|on|with)\b)")


# an outcome after a seconding: "This was seconded by Councillor Teskey and agreed.", or "Agreed." on its own
OUTCOME = re.compile(r"\b(?:agreed|approved|accepted|carried|adopted|passed)\b", re.I)


def _agreed_after(sent: Span) -> bool:
    """'Cllr Keary proposed the site be declared derelict. This was seconded by Cllr Sheahan and agreed.': the
    next sentence carries the proposal. Seconded only, it is still a proposal (train gold: none of the six
    proposals followed only by "This was seconded by ..." is a commitment; most followed by "... and agreed" are)."""
    if sent.end >= len(sent.doc):
        return False
    following = sent.doc[sent.end].sent
    match = AGREED_NEXT.match(following.text)
    if match is None:
        return False
    if match.group("verb") != "seconded" or OUTCOME.search(following.text, match.end()):
        return True
    after = sent.doc[following.end].sent if following.end < len(sent.doc) else None
    return after is not None and bool(OUTCOME.match(after.text.strip()))


def _carried(sent: Span) -> bool:
    return bool(SECONDED.search(sent.text)) or _agreed_after(sent)


# the deadline rules that name a later meeting ("the next meeting", "the March meeting", "next month")
LATER_MEETING_RULES = {"deadline.next_meeting", "deadline.month_meeting", "deadline.meeting_in_month",
                       "deadline.next_month_meeting", "deadline.month_rel", "deadline.month"}


def _put_on_display(verb: Token) -> bool:
    """"The material amendments will be placed on public display for 4 weeks": the council publishes them, which is
    no procedure of the meeting, whatever the amended text."""
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(o.lemma_.lower() in ("display", "exhibition")
                                                             for o in c.children if o.dep_ == "pobj")
               for c in verb.children)


def _for_a_later_agenda(verb: Token) -> bool:
    """'agreed to add this to the agenda for the next meeting', 'Clerk to add to March meeting agenda':
    business put to a later meeting is a resolution (train gold); changing this meeting's agenda
    ('agreed to add Risk Assessment as Agenda Item 10A') is procedure."""
    from ..deadlines import find_deadlines

    words = verb.doc[verb.left_edge.i if verb.dep_ != "ROOT" else verb.i:verb.right_edge.i + 1]
    if not any(t.lower_ == "agenda" for t in words):
        return False
    meeting = verb.doc._.meeting.date if verb.doc._.meeting is not None else None
    found = find_deadlines(words.text, meeting)
    if any(d.rule in LATER_MEETING_RULES for d in found):
        return True
    # a dated meeting the deadline rules read ("the agenda for the full Council meeting on 28th November 2022"), or a
    # date before "agenda" they need a preposition for ("to the July 24, 2019 agenda")
    dated = DATED_AGENDA.search(words.text)
    when = find_deadlines("on " + dated.group("date"), meeting) if dated else [d for d in found if d.date is not None]
    # "to the July 24, 2019 agenda" at a June meeting; this meeting's own agenda ("the May 7 agenda" on May 7) is procedure
    if when and when[0].date is not None:
        return meeting is None or when[0].date > meeting
    month = MONTH_AGENDA.search(words.text)   # "Committee Coordinator to add to the April agenda" at a March meeting
    return month is not None and meeting is not None and month_number(month.group("month")) != meeting.month


MONTH_AGENDA = re.compile(rf"\bthe\s+(?P<month>{MONTHS})\s+(?:(?:council|regular|committee|board)\s+)?(?:meeting\s+)?agenda\b",
                          re.I)


# "to the July 24, 2019 agenda", "on the 12th March meeting agenda": a later meeting's agenda, by its date
DATED_AGENDA = re.compile(rf"(?P<date>(?:\b{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS})"
                          r"(?:,?\s+\d{4})?)\s+(?:(?:council|regular|committee|board|special)\s+)?(?:meeting\s+)?agenda\b", re.I)


# where a deferred item goes: a named meeting, or (referred) the budget deliberations, which take it up
DEFERRED_TO = re.compile(r"^[^\S\n]+(?:to|until|till)\s+(?:the\s+|a\s+|its\s+)?(?:[^.;,\n]|,(?=\s*\d)){0,40}?\b(?:[Mm]eeting\b|MEETING\b|[Hh]earing\b|"
                         r"(?P<budget>(?:\d{4}\s+)?[Bb]udget\s+(?:deliberations|process|discussions|meetings?)))")


# what a document is recommended for when recommending it only asks for an approval (GUIDELINES.md, "A committee's
# recommendation to Council": recommending an approval promises nothing)
APPROVALS = {"adoption", "approval", "ratification", "endorsement"}


def _decision_only(verb: Token) -> bool:
    """A verb that only decides or records (lex.decision_verbs); signing a letter is writing to someone
    ("That the Board Chair sign a letter to the Minister"), signing the minutes or an agreement is not. Recommending
    a document for adoption only asks for an approval ("that the draft Homeless Policy Document be recommended to
    Council for adoption")."""
    if verb.lemma_.lower() == "recommend" and any(
            p.lower_ == "for" and _governing_verb(p) == verb and any(o.dep_ == "pobj" and o.lemma_.lower() in APPROVALS
                                                                     for o in p.children)
            for p in verb.subtree):
        return True
    if verb.lemma_.lower() not in lexicon()["lex.decision_verbs"]:
        return False
    if verb.lemma_.lower() == "receive" and _hears_at_a_later_meeting(verb):
        return False   # "agreed to receive a Deputation from Glengurt National School at the February Meeting": planned
    if verb.lemma_.lower() == "confirm" and any(t.lower_ in ("whether", "if") or (t.lower_ == "with" and any(
            c.dep_ == "pobj" and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "PERSON")) for c in t.children))
            for t in verb.subtree):
        # "confirm the funding allocation with the Ministry", "confirm whether ...": finding out, an act ("confirm
        # Order PS-2021-011, with the time for compliance extended" decides)
        return False
    return not (verb.lemma_.lower() == "sign" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("letter", "correspondence") for c in verb.children))


HEARD_AT_MEETINGS = {"deputation", "delegation", "presentation"}


def _hears_at_a_later_meeting(verb: Token) -> bool:
    """Receiving a deputation or presentation at a named later meeting arranges it (train gold: 2 of 2); receiving
    one at this meeting ("That Council receive the delegation ... for information") only records it."""
    heard = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in HEARD_AT_MEETINGS), None)
    if heard is None:
        return False
    return any(t.lower_ == "at" and t.head.i in (verb.i, heard.i) and not any(
        g.text == ";" for g in verb.doc[verb.i:t.i]) and any(m.lemma_.lower() == "meeting" for m in t.subtree)
        and any(m.lower_ in LATER or m.like_num for m in t.subtree)   # "the March Meeting", "the next meeting"
        for t in verb.subtree)


# words that put a meeting later: "at the next / February / 12th May meeting" (not "at the start of the meeting")
LATER = {"next", "following", "future", "subsequent", *MONTH_NAMES, "monday", "tuesday", "wednesday", "thursday", "friday"}


def _seconded_deferral(sent: Span) -> Candidate | None:
    """'On the proposal of Councillor Sheahan, seconded by Councillor Butler, this item was deferred to the November
    Meeting': a proposal carried, the item taken up at a named meeting (train gold); a bare 'was deferred' is procedure."""
    if not SECONDED.search(sent.text):
        return None
    deferred = next((t for t in sent if t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children)
                     and _deferred_to_meeting(t)), None)
    return Candidate("commit.it_was_agreed", deferred, _subject(deferred), True, sent, "resolution") \
        if deferred is not None else None


def _deferred_to_meeting(verb: Token) -> bool:
    """'agreed to defer this item until the next meeting': the meeting takes the matter up at a
    named meeting, a resolution with a due date (GUIDELINES.md); a bare deferral records a decision."""
    lemma = verb.lemma_.lower()
    if lemma == "adjourn" and not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("meeting", "session")
                                      for c in verb.children):
        lemma = "defer"   # "this Notice of Motion would be adjourned to the next Meeting": the item put off, not the
        # meeting itself adjourned
    if lemma not in lexicon()["lex.deferral_verbs"] and lemma != "refer":
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"to", "until", "till"} and any(
            t.lower_ in ("end", "close", "conclusion") for t in c.subtree) for c in verb.subtree):
        return False   # "defer Items Nos. 1 - 13 to the end of the Meeting": this meeting's order of business
    if lemma != "refer" and any(c.dep_ == "prep" and c.lower_ in {"to", "until", "till"}
                                and any(t.lemma_.lower() == "meeting" for t in c.subtree) for c in verb.subtree):
        # "defer this item until the next meeting"; "defer By-law 2019-49, being a by-law to amend the fees ..., to the
        # November 7, 2019 Council meeting" (the parser hangs the "to" inside the by-law's description)
        return True
    # else read the words: the parser hangs "the October 24, 2023 Regular Meeting" anywhere
    after = text_of(verb.doc)[verb.idx + len(verb.text):verb.sent.end_char]
    target = DEFERRED_TO.match(after)
    return target is not None and (lemma != "refer" or target.group("budget") is not None)


def _seconded_infinitive(proposed: Token) -> Token | None:
    """'It was proposed by X and seconded by Y to invite Z': the infinitive hangs off 'seconded'."""
    for conj in proposed.children:
        if conj.dep_ == "conj" and conj.lemma_.lower() == "second":
            for child in conj.children:
                if child.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
                    return child
    return None


AGREEING_OR_ASKING = {"agree", "ask", "request", "direct", "instruct"}
# "it is not possible to commit to", "was unable to agree to": the promise is refused by the word that governs it
# (the parser hangs "commit" on "is", "possible" or "unable" by turns); "could not agree to" is _negated's
CANNOT_BEFORE = re.compile(r"(?:\b(?:not|never)\s+(?:be\s+)?(?:possible|able|in\s+a\s+position)\s+to|\bunable\s+to)\s*$",
                           re.I)
CONDITION_OR_REASON = {"unless", "if", "because", "since", "until", "once", "whether", "provided"}


def _in_condition_or_reason(token: Token) -> bool:
    """The verb heads, or lies in, a clause that states a condition or a reason ("unless the landowners agreed to share
    the cost", "because three contractors were asked to quote"): no decision or undertaking of its own."""
    node, seen = token, 0
    while seen < 4:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_OR_REASON for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node, seen = node.head, seen + 1
    return False


def _subjunctive(governor: Token, sent: Span) -> Candidate | None:
    """'agreed that X be done' / 'agreed that the Council asks Y': a resolution of the meeting."""
    if governor.lemma_.lower() == "propose" and "seconded" not in sent.text and "agreed" not in sent.text \
            and not _agreed_after(sent):
        return None
    if governor.lemma_.lower() == "recommend" and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in governor.children) \
            and not _carried(sent):
        return None   # "it is recommended that a small working group be formed": a report's or reply's advice, not a
        # decision (train gold: 5 of 6 such sentences commit no one; the sixth was proposed and seconded)
    for child in governor.children:
        if child.dep_ != "ccomp" or child.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children) and not (
                governor.lemma_.lower() in ("propose", "request") and _carried(sent)) and not (
                # "it was agreed Tom Cassidy be invited to the September Meeting": a subjunctive needs no "that"
                governor.lemma_.lower() in ("agree", "decide")
                and any(c.dep_ == "auxpass" and c.tag_ == "VB" and c.lower_ == "be" for c in child.children)):
            continue   # "X proposed the District write to ..., seconded by Y" needs no "that"
        if any(c.tag_ == "MD" for c in child.children) and not (
                governor.lemma_.lower() in ("agree", "decide") and _deferred_to_meeting(child)):
            return None   # a modal: handled by the modal rules ("agreed that this item would be deferred to the next
            # Meeting" is the meeting's own deferral: train gold, 5 of 5)
        if _negated(child):
            return None   # "He recommended that Council not proceed with the repair": nothing to do
        passive = any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in child.children)
        # "approved that Cllr. O. Williams set up these accounts": a past form spelt as the base is the subjunctive
        active_present = (child.tag_ in ("VB", "VBZ", "VBP") or (child.tag_ == "VBD" and child.lower_ == child.lemma_.lower())) \
            and not passive
        # "It was agreed that this Question be deferred to the February Meeting": taken up at a named meeting
        deferred = passive and _deferred_to_meeting(child)
        if not (passive or active_present) or not (_is_action(child, passive=passive) or deferred):
            return None
        if _decision_only(child) and not deferred:
            return None
        subject = _subject(child)
        carried = governor.lemma_.lower() == "propose" and _carried(sent)
        if not passive and not _is_agent(subject) and not (carried and subject is None):
            return None
        asker = _subject(governor)
        if governor.lemma_.lower() in ("request", "ask") and subject is not None and asker is not None \
                and MEETING_BODY.fullmatch(without_article(asker.text.strip())) \
                and _asks_outsider("request", subject.text, sent.doc):
            # "Council requested that the Ministry install a signal": the council's own request (GUIDELINES.md)
            return Candidate("commit.agreed_subjunctive", governor, asker, False, sent, "resolution")
        return Candidate("commit.agreed_subjunctive", child, subject, passive, sent, "resolution")
    wanted = next((c for c in governor.children if c.dep_ == "dobj" and (c.lemma_.lower() in UPDATE_SUBJECTS - {"meeting"}
                                                                        or _organised_event(c))), None)
    if governor.lemma_.lower() == "propose" and wanted is not None and _carried(sent) and _has_due_date(governor, sent):
        # "Councillor O’Donoghue proposed a further update ... for the July Meeting. This was seconded ...": the
        # meeting asks for it, by then
        return Candidate("commit.agreed_subjunctive", governor, None, False, sent, "resolution")
    return None



def _governing_verb(token: Token) -> Token | None:
    head = token.head
    while head.i != head.head.i and head.pos_ not in ("VERB",):
        head = head.head
    if head.i == token.i:
        return None
    return head if head.pos_ == "VERB" else None


def _infinitive_complement(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in ("xcomp", "ccomp", "advcl") and child.pos_ in ("VERB", "AUX") \
                and any(c.lower_ == "to" and c.dep_ == "aux" for c in child.children):
            return child
    for child in token.children:   # "agreed to reviewing"
        if child.dep_ == "prep" and child.lower_ == "to":
            for grand in child.children:
                if grand.tag_ == "VBG":
                    return grand
    return None


MARKER_TOKEN = re.compile(r"^(?:[ivx]{1,4}|[a-z]|\d{1,2})$", re.I)


def _list_marker(token: Token) -> bool:
    """'i' of "i) PCSO Anthony would look again", which the parser may take for a subject."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return bool(MARKER_TOKEN.match(token.text)) and following is not None and following.text in (")", ".")


def _subject(verb: Token | None) -> Span | None:
    seen = 0
    while verb is not None and seen < 4:
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and not _list_marker(child):
                start = child.left_edge.i
                while start < child.i and verb.doc[start].is_punct:
                    start += 1   # "- Anjali will contact the owner": a bullet the parser hung on the subject
                return verb.doc[start:child.right_edge.i + 1]
        if verb.dep_ == "conj":
            # "held by a Trust and the Council would continue": the parser made "the Council" a
            # conjunct of "Trust"; the noun just before the clause's auxiliary is its subject
            first = min([c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i] + [verb.i])
            before = verb.doc[first - 1] if first - 1 >= verb.sent.start else None
            if before is not None and before.dep_ == "conj" and before.head.i < before.i \
                    and before.pos_ in ("NOUN", "PROPN", "PRON"):
                return verb.doc[before.left_edge.i:before.i + 1]
        if verb.dep_ in ("xcomp", "conj", "ccomp") and verb.head.i != verb.i:
            if verb.dep_ == "ccomp":
                return None
            if verb.dep_ == "conj" and verb.tag_ == "VBD" and verb.lemma_.lower() in cue_rules()["commit.agree_to"].words \
                    and verb.head.dep_ == "ccomp" and verb.head.head.i != verb.head.i:
                # "The Director noted that receipts were included in the budget but undertook to consider the
                # request": the parser joined the promise to the reported clause; the one who noted undertook
                verb = verb.head.head
            else:
                verb = verb.head
            seen += 1
            continue
        return None
    return None



def _is_actor_phrase(subject: Span) -> bool:
    """Stricter than _is_agent: a person, a post or an agent noun, not any capitalised phrase."""
    from ..structure.participants import kind_for_role

    root = subject.root
    return (root.lower_ in lexicon()["lex.agent_nouns"] or root.ent_type_ == "PERSON"
            or kind_for_role(subject.text) != "other"
            or bool(DOTTED_INITIALS.fullmatch(subject.text.strip()))   # "K.M. to issue a NOTAM": a person by initials
            or subject.text.lower().startswith(("cllr", "councillor", "mr", "mrs", "ms", "county cllr")))


def _expletive(subject: Span | None) -> bool:
    return subject is not None and subject.root.lower_ in {"it", "there"}


def _negated(token: Token) -> bool:
    # the parser may hang "not" on the auxiliary: "It is not therefore proposed to ..."
    return any(c.dep_ == "neg" or c.dep_ in ("aux", "auxpass") and any(g.dep_ == "neg" for g in c.children)
               # "no member will discuss the business of Council": a rule, no one's promise
               or c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none", "no-one") or any(
                   g.dep_ == "det" and g.lower_ in ("no", "neither") for g in c.children))
               for c in token.children)


# a later item of this meeting's agenda: where a request is taken up, not work anyone promises
LATER_ON_AGENDA = re.compile(r"\bunder\s+(?:(?:New|Other|Any Other|Unfinished)\s+Business|Item\s+\d|Correspondence)\b")


def _is_action(verb: Token, *, passive: bool = False) -> bool:
    lex = lexicon()
    lemma = verb.lemma_.lower()
    subject = _subject(verb)
    if _deferred_to_meeting(verb) and not passive:
        return True   # "agreed to defer this item until the next meeting": not mere procedure
    if lemma in ("include", "place", "put", "add") and _for_a_later_agenda(verb):
        return True   # "that Ballywilliam Estate be included as an item on the Agenda for the July District Meeting"
    if lemma == "have" and not passive and any(c.dep_ == "dobj" and c.lemma_.lower() in INFO_NOUNS for c in verb.children) \
            and _has_due_date(verb, verb.sent):
        return True   # "he would have figures on the ASBOs issued for the next meeting": he brings them, by then
    if subject is not None and re.match(r"the following (?:elected )?(?:members|councillors)\b", subject.text.lower()) \
            and verb.sent.text.rstrip().endswith(":") \
            and any(c.dep_ == "aux" and c.lower_ in ("would", "should", "will") for c in verb.children):
        return False   # "it was agreed that the following Members would attend:": approving a list of delegates
        # (train gold: 0 of 4), not a promise; "The following members agreed to work on a sub-committee:" volunteer
    if lemma in ("deal", "take", "consider") and LATER_ON_AGENDA.search(verb.sent.text, verb.idx - verb.sent.start_char):
        return False   # "the request would be dealt with under New Business": the meeting's own order of business
    if lemma in lex["lex.hosting_verbs"] and not passive and _outside_body(subject):
        return False   # "the Legion will hold its Remembrance Day service": an announcement (GUIDELINES.md)
    if lemma == "hold" and _organised_event(_head_noun(subject) if passive and subject is not None
                                            else next((c for c in verb.children if c.dep_ == "dobj"), None)):
        return True   # "a workshop would be held", "agreed to hold a briefing session": someone organises it
    if lemma in PROCEDURAL_VERBS and not _for_a_later_agenda(verb) and not _put_on_display(verb) and (
            (subject is not None and (subject.root.lemma_.lower() in lex["lex.procedural_subjects"] or any(
                c.dep_ == "compound" and c.lemma_.lower() in lex["lex.procedural_subjects"] for c in subject.root.children)))
            or any(t.lemma_.lower() in lex["lex.procedural_subjects"] for t in verb.children if t.dep_ == "dobj"
                   and not (lemma == "place" and t.lemma_.lower() == "order"))   # "place the order for the truck": a purchase
            or any(t.lower_ == "agenda" for t in verb.subtree)):
        return False
    if lemma in lex["lex.hedges"]:
        return False
    if lemma in lex["lex.leaving_the_meeting"] and any(
            c.dep_ == "prep" and c.lower_ == "from" and any(o.lemma_.lower() in ("meeting", "chamber") for o in c.children)
            for c in verb.children):
        return False   # "he would be withdrawing from the Meeting while this item was under discussion": procedure
    if lemma == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() in lex["lex.chair_taken"] for c in verb.children):
        return False   # "the Deputy Mayor would take the Chair during this time"
    if lemma in ("make", "take") and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lex["lex.decision_nouns"] for c in verb.children):
        return False   # "the formal decision will be made at the September Meeting": deciding, no act promised
    # "I will represent ...", "I will endeavour to work ...", "I will continue to represent ..."
    aiming = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    first_person = (subject is not None and subject.root.lower_ in {"i", "we"}) or any(
        c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for a in aiming for c in a.children)
    if first_person and any(a.lemma_.lower() in lex["lex.aim_verbs"] for a in aiming):
        return False   # an aim, not a commitment (GUIDELINES.md)
    if first_person and lemma in lex["lex.telling_verbs"] and any(c.lower_ == "would" for c in verb.children) \
            and any(c.dep_ == "ccomp" for c in verb.children):
        return False   # "I would advise the Members that ...": telling them now
    if any(c.lower_ in lex["lex.aim_words"] for c in verb.subtree if c.dep_ in ("dobj", "advmod") and c.head.i == verb.i
           or c.head.dep_ == "advmod" and c.head.head.i == verb.i):
        return False   # "I will do my best", "I will take it very seriously"
    if lemma in lex["lex.spending_verbs"] and _gives_money(verb) and not _outside_party(subject):
        return False   # "agreed to give £300 towards the instrument": a spending decision ("the Lions Club would
        # contribute $25,000" is a delegation's promise)
    if (lemma == "pay" and not any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)) \
            or any(c.dep_ == "dobj" and c.lemma_.lower() == "payment" for c in verb.children):
        return False   # "Clerk to arrange payment", "that this be paid": settling an account, as approving one
        # (annotation.md; train gold: 'Clerk to arrange payment' 0 of 4, '... be paid' 0 of 7); paying for an
        # act is the act ("the Club will pay for replacing the lobby windows")
    if lemma in lex["lex.budget_verbs"] and budget_heading().search(
            verb.doc[verb.i:verb.right_edge.i + 1].text):
        return False   # "agreed to assign these to group D05 Tourism Development": a budget decision
    if lemma == "take" and any(c.lower_ in {"together", "read"} or (c.lower_ == "committee" and c.head.lower_ == "in")
                               or (c.dep_ == "dobj" and c.head.i == verb.i and TAKEN_BUSINESS.match(
                                   c.doc[c.left_edge.i:c.right_edge.i + 1].text))
                               for c in verb.subtree):
        return False   # "taken together", "taken as read", "to take Item No. 4 in committee", "to take Notice of Motion No.
        # 13 at this time", "to take Item No. 15 at this stage": the meeting's procedure
    if lemma in ("answer", "take", "address", "deal") and any(
            c.lemma_.lower() in ("query", "queries", "question") for c in verb.subtree if c.dep_ in ("dobj", "pobj")) \
            and any(c.dep_ == "prep" and c.lower_ in ("after", "following") and any(
                g.lemma_.lower() in ("presentation", "report", "item", "briefing") for g in c.children) for c in verb.children):
        return False   # "he would answer any queries after the presentation": this meeting's order of business (JPC
        # gold, rounds 19 and 20)
    if lemma in ("find", "see", "know") and any(c.dep_ == "ccomp" for c in verb.children):
        return False   # "many applicants will find that their income ...": a realisation, no act
    if passive:
        if lemma == "take":   # "taken into account", "taken on"; "that action is taken to tackle ..."
            return any(c.lower_ in {"into", "on"} for c in verb.children) or any(
                c.dep_ == "nsubjpass" and c.lemma_.lower() in {"action", "step", "measure"} for c in verb.children)
        if lemma in lex["lex.decision_verbs"] and subject is not None and _names_a_person(subject):
            return False   # "Councillor Joe Pond would be appointed to the Audit Committee": an election, no act
            # ("a Resident Engineer will be appointed for the works" hires someone: an act)
        return lemma not in lex["lex.passive_non_actions"]
    if lemma in lex["lex.event_verbs"] and not any(c.dep_ in ("dobj", "xcomp", "prt") for c in verb.children) \
            and not (lemma == "proceed" and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)):
        return False
    if lemma == "take" and any(c.lower_ == "place" for c in verb.children):
        return False
    if lemma == "ask" and verb.tag_ in ("VB", "VBP") and _asks_someone_to_act(verb):
        return True   # "she would ask the Health Unit to provide brochures", "agreed to ask the NTA to review ..."
    if lemma == "apply" and any(t.lower_ == "for" and t.head.i in (verb.i, *(c.i for c in verb.children)) for t in verb.subtree):
        return True   # "she will apply to the Foundation for funding": an act ("the rule applies" is a state)
    if lemma == "include" and any(c.dep_ == "dobj" for c in verb.children) and any(
            t.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() in lex["lex.documents"] for g in t.children)
            for t in verb.subtree if t.i > verb.i):
        return True   # "staff were directed to include an option ... in the draft budget": putting it there is an act
    if lemma == "receive" and not passive and _hears_at_a_later_meeting(verb):
        return True   # "agreed to receive a Deputation from Bruff Community Council at the March Meeting": arranged
    if lemma == "go" and _goes_to_a_stage(verb):
        return True   # "the schemes will go to public consultation in May/June 2021", "would go to tender shortly": the
        # council takes the scheme to that stage (train gold: 5 of 5 such sentences without a hedge or a question,
        # bench/gold_decisions.py)
    if lemma in lex["lex.state_verbs"]:
        return lemma in lex["lex.phrasal_ok"] and any(
            c.dep_ in ("prt", "prep", "advmod") and c.lower_ in {"into", "back", "up", "at", "out", "over", "forward"}
            for c in verb.children)
    return True


PROCUREMENT_STAGES = {"consultation", "tender", "display", "part"}


def _goes_to_a_stage(verb: Token) -> bool:
    """'go to public consultation', 'go out to tender', 'go to Part 8': a scheme taken to its next formal stage ('the
    footpath will go to part of the estate' goes nowhere formal)."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in PROCUREMENT_STAGES and (g.lemma_.lower() != "part" or _numbered(g))
        for g in c.children) for c in verb.children) or any(
        c.lower_ == "tender" and any(g.lower_ == "to" for g in c.children) for c in verb.children)   # "to tender" read as a verb


def _asks_someone_to_act(verb: Token) -> bool:
    """'ask the Conservation Authority about a permit', 'ask the Health Unit to provide ...': a request put
    to someone named, not a question's content ('ask whether ...', 'ask what ...')."""
    if not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    return not any(c.dep_ in ("ccomp", "advcl") and any(
        g.lower_ in {"whether", "if", "what", "why", "how", "when", "where", "which", "who"} for g in c.subtree
        if g.i < c.i) for c in verb.children)


def _outside_party(subject: Span | None) -> bool:
    """A delegation's body or an applicant (lex.outside_parties), not the meeting deciding to spend its own money."""
    return subject is not None and _head_noun(subject).lemma_.lower() in lexicon()["lex.outside_parties"]


def _outside_body(subject: Span | None) -> bool:
    """An outside party (lex.outside_parties) or a named board, centre, church or school ("the Millbrook Community
    Hall Board", "the Ellery Lake Seniors' Centre"); a bare "the Board" or "the library" is the meeting's own only
    where the minutes' own body is a board (a council's minutes report a library or police board's events)."""
    if subject is None:
        return False
    head = _head_noun(subject)
    if head.lemma_.lower() in ("board", "library") and len(subject) <= 2 and subject.doc._.meeting is not None \
            and subject.doc._.meeting.body and not names_own_body(subject.doc._.meeting, head.lemma_.lower()) \
            and not names_own_body(subject.doc._.meeting, "library board"):
        return True   # "The Board will hold its summer reading launch on June 29" in a council's minutes
    return _outside_party(subject) or (head.lemma_.lower() in ("board", "centre", "center", "church", "school",
                                                               "institute", "guild") and any(
        t.text[:1].isupper() and t.i < head.i and t.pos_ in ("PROPN", "NOUN", "ADJ") for t in subject))


# bodies that are not the meeting's own unless its name says so ("the Town" in a BIA board's minutes)
OTHER_BODY_HEADS = {"town", "city", "county", "township", "municipality", "region", "contractor", "ministry", "province",
                    "government", "consultant", "insurer"}


def _numbered(noun: Token) -> bool:
    """'Part 8', 'Part VIII': the planning stage, not 'part of the site'."""
    return noun.i + 1 < len(noun.doc) and bool(re.fullmatch(r"\d+|[IVX]+", noun.doc[noun.i + 1].text))


def _intended_clause(intended: Token) -> Token | None:
    """'it is intended that the following schemes will go to public consultation in May/June 2021', 'It was intended
    that these units would be allocated from the general housing list': the clause's verb, when it says what will
    happen (train gold: 7 of 7 such sentences carry a commitment, bench/gold_decisions.py; 'envisaged that' is a forecast, not here)."""
    for clause in intended.children:
        if clause.dep_ == "ccomp" and clause.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "shall") for c in clause.children):
            return clause
    return None


OWN_INTENDING_HEADS = {"council", "authority", "district", "staff", "we"}


def _own_intention(intend: Token, sent: Span) -> Candidate | None:
    """'The Local Authority intends to progress a Stage 4 application', 'Staff intend to bring a draft ... in the fall':
    the council, its district or its staff announcing what it will do undertakes it (GUIDELINES.md, announced
    intentions); another body's intention ('Irish Rail intend to reopen the line') or a new mayor's aim ('I intend to
    uphold that tradition') is news or an aim."""
    subject = _subject(intend)
    if subject is None or _head_noun(subject).lemma_.lower() not in OWN_INTENDING_HEADS or _another_body(subject):
        return None
    verb = _infinitive_complement(intend)
    if verb is None or _negated(verb) or not (_is_action(verb) or _causative(verb)):
        return None
    return Candidate("commit.it_is_intended", verb, subject, False, sent, "undertaking")


def _another_body(subject: Span | None) -> bool:
    """An outside body or another government: what it 'had agreed' or 'had offered' a member only reports
    (GUIDELINES.md); the meeting's own municipality is not another body."""
    if subject is None or _outside_body(subject):
        return subject is not None
    head = _head_noun(subject).lemma_.lower()
    if head not in OTHER_BODY_HEADS:
        return False
    return not names_own_body(subject.doc._.meeting, head)


def _condition_of_approval(verb: Token, subject: Span) -> bool:
    """'That the owner obtain a building permit': a bare verb binding the owner or applicant is a condition the
    approval imposes, not a promise (GUIDELINES.md, Conditions of an approval)."""
    return verb.tag_ in ("VB", "VBP") and _head_noun(subject).lemma_.lower() in lexicon()["lex.condition_subjects"]


def _gives_money(verb: Token) -> bool:
    """What is given, allocated or donated is a sum or a donation ("£300", "a donation of £50",
    "the amount of €40,000 would be allocated")."""
    objects = lexicon()["lex.spending_objects"]
    if verb.lemma_.lower() == "donate":
        return True
    given = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for head in given:
        # the sum itself ("£300", "the amount of €40,000"), not money mentioned inside the object
        # ("a report on the €1.2m allocation")
        near = [head, *[c for c in head.children if c.dep_ in ("nummod", "quantmod", "compound", "nmod", "appos")]]
        near += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        if head.lemma_.lower() in objects or any(t.text[:1] in "£€$" or any(
                g.text[:1] in "£€$" for g in t.children if g.dep_ in ("nmod", "quantmod", "nummod"))
                for t in near):
            return True
    return False


def _organised_event(noun: Token | None) -> bool:
    """'workshop', 'a briefing session', 'a launch' (lex.organised_events), not 'the meeting'."""
    events = lexicon()["lex.organised_events"]
    if noun is not None and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children):
        return False   # "the Legion's Remembrance Day reception will be held": an outside body's event (GUIDELINES.md)
    if noun is not None and noun.i > 0 and f"{noun.doc[noun.i - 1].lower_} {noun.lower_}" in events:
        return True   # "the Fire Prevention Week open house will be held"
    return noun is not None and (noun.lemma_.lower() in events
                                 or any(c.dep_ == "compound" and c.lemma_.lower() in events for c in noun.children))


def _head_noun(span: Span) -> Token:
    """The span's head word; a mis-parsed 'the Directorate' (amod) falls back to its last noun."""
    root = span.root
    if root.pos_ in ("NOUN", "PROPN", "PRON"):
        return root
    nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN", "PRON") or (t.text[:1].isupper() and t.pos_ == "ADJ")]
    return nouns[-1] if nouns else root


def _is_agent(subject: Span | None) -> bool:
    if subject is None:
        return False
    root = _head_noun(subject)
    if root.lower_ in {"it", "this", "that", "there", "these", "those", "which", "what"}:
        return False
    if PERSON_TITLE.match(subject.text):
        return True
    if root.text in ("Village", "Town", "City", "Region"):
        return True   # "That the Village host a Clean-Up Day": the municipality, capitalised (not "the towns")
    listed = subject.doc._.participants.resolve(subject.text) if len(subject) <= 4 else None
    if listed is not None and listed.source != "mention":
        return True   # "Gord will take the quote to Council": a listed person, by first name
    if subject[-1].text[:1].isupper() and _agent_phrase().search(subject.text.lower()):
        return True   # "Public Works would survey the culvert grade" (capitalised, ending the subject)
    last = next((t for t in reversed(subject) if t.pos_ in ("NOUN", "PROPN")), root)
    if any(t.lower_ in lexicon()["lex.agent_nouns"] or t.lemma_.lower() in lexicon()["lex.agent_nouns"]
           for t in (root, last)):
        return True
    if any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in [root, *[c for c in root.children if c.dep_ == "compound"]]):
        return True
    if root.tag_ == "NNP" and len(subject) <= 4 and any(
            f" {subject.text.strip()} " in f" {(p.role or '').replace(',', ' ')} " for p in subject.doc._.participants):
        return True   # "Boreal will deliver the final plan": the firm a present consultant's post names
    from ..structure.participants import kind_for_role

    # the words up to the head name the post: not "written comments received by the Clerk"
    return kind_for_role(post_head(subject).text) != "other" or (root.tag_ in ("NNP", "NNPS") and root.ent_type_ in ("GPE", "FAC"))


def _names_a_person(span: Span) -> bool:
    """'Councillor Joe Pond', 'Cmhlr. Séighin Ó Ceallaigh', 'Ms. Mary Hayes': a titled name or a person the tagger
    found, not a post ("a Resident Engineer", "the contractor")."""
    return bool(PERSON_TITLE.match(span.text.strip())) or any(t.ent_type_ == "PERSON" for t in span)


def _hedged(candidate: Candidate) -> bool:
    hedges = lexicon()["lex.hedges"]
    verb = candidate.verb
    if any(c.lower_ in hedges for c in verb.children if c.dep_ in ("advmod", "aux")):
        return True
    if candidate.rule.startswith("commit.modal") or candidate.rule in ("commit.available_by", "commit.able_to",
                                                                       "commit.progressive_future"):
        if any(c.lower_ in {"may", "might", "could"} for c in verb.children):
            return True
        top = verb
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head   # "J. Davies would enquire ... and the Clerk would make ...": a joined verb governs nothing
        ancestors = list(top.ancestors)
        if top.dep_ == "xcomp" and ancestors and ancestors[0].lemma_.lower() in TRYING:
            ancestors = ancestors[1:]   # "he would seek to fill any gaps": seeking is the promise itself
        for ancestor in ancestors:
            if (ancestor.lemma_.lower() in hedges or ancestor.lower_ in hedges) \
                    and ancestor.lower_ not in {"if", "whether"}:
                return True
            if ancestor.lemma_.lower() in {"ask", "query", "enquire", "inquire", "wonder", "request", "seek",
                                           "want", "call", "urge"}:
                return True
        if any(c.lower_ in {"if", "whether"} and c.dep_ == "mark" for c in verb.children):
            return _mark_is_question(verb)
    return False


def _mark_is_question(verb: Token) -> bool:
    """'asked whether the Council would ...' is a question; 'if needed, we will ...' is a promise."""
    return any(a.lemma_.lower() in {"ask", "query", "wonder", "enquire", "inquire"} for a in verb.ancestors)


TRYING = {"continue", "endeavour", "try", "seek", "strive"}   # "would seek to fill": the promise is the complement


# -- building the commitment ------------------------------------------------------------------
AGREEING = {"agree", "decide", "resolve"}


def _agreed_clause(verb: Token) -> bool:
    """The verb sits in what the meeting agreed ("It was agreed that X would be raised", "it was
    decided that ..."), not in what someone agreed to do themselves ("the Engineer agreed that he would")."""
    token, hops = verb, 0
    while token.dep_ in ("ccomp", "xcomp") and token.head.i != token.i and hops < 3:
        token, hops = token.head, hops + 1
        if token.lemma_.lower() in AGREEING:
            impersonal = any(c.dep_ == "auxpass" for c in token.children) or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ == "it" for c in token.children)
            return impersonal
    return False


def build_commitment(doc: Doc, utt: Utterance, candidate: Candidate, recent: list,
                     who: Actor | None = None) -> Commitment:
    rule = cue_rules()[candidate.rule]
    kind = candidate.kind or rule.kind
    if kind == "undertaking" and _agreed_clause(candidate.verb):
        kind = "resolution"   # "It was agreed that the matter would be raised with the Area Office"
        candidate = replace(candidate, kind=kind)
    if kind == "undertaking" and "actions" in utt.blocks:
        kind = "action"
    if kind == "undertaking" and "recommendations" in utt.blocks:
        kind = "recommendation"
    if who is None:
        who = resolve_actor(doc, utt, candidate, recent)
    start, end = _evidence(candidate.sentence)
    confidence = rule.confidence
    if _conditional(candidate.verb):
        confidence -= 0.15
    if candidate.verb.lemma_.lower() in {"consider", "look", "examine", "explore", "investigate", "try"}:
        confidence -= 0.1
    return Commitment(
        kind=kind,
        who=who,
        what=action_text(candidate),
        evidence_start=start,
        evidence_end=end,
        utterance=utt.index,
        rule=candidate.rule,
        confidence=round(max(0.05, min(confidence, 0.99)), 2),
        to_whom=recipient(candidate),
        verb_start=candidate.verb.idx,
    )


def _evidence(sent: Span) -> tuple[int, int]:
    from .speakers import trim_span

    text = text_of(sent.doc)
    start, end = trim_span(text, sent.start_char, sent.end_char)
    cell = text.rfind(" | ", start, end)
    if cell > start and end - cell <= 60:
        end = cell   # a table row's last cell is the owner, not part of the promise
    return start, end


def _conditional(verb: Token) -> bool:
    return any(t.lower_ in {"if", "subject", "provided", "should", "once", "when"} and t.i < verb.i
               for t in verb.sent) and any(c.dep_ == "advcl" for c in verb.children)


SPEAKS_FOR_BODY = {"officer", "witness", "cabinet_member", "clerk", "chair", "vice_chair", "other", "public"}
# a committee, board or club a member reports for (not the council itself)
MEMBER_REPORTED_BODIES = {"committee", "board", "commission", "club", "association", "society", "group", "foundation"}


def resolve_actor(doc: Doc, utt: Utterance, candidate: Candidate, recent: list) -> Actor:
    """Who undertakes: the subject as written, resolved to a listed participant where one fits.

    With no actor written (a passive, 'it was agreed'), an officer reporting it gave the
    undertaking; a resolution or a written reply belongs to the council (annotation.md)."""
    registry = doc._.participants
    said_by = registry.get(utt.speaker) if utt.speaker else None
    speaker = said_by if said_by is not None and said_by.kind in SPEAKS_FOR_BODY else None
    if "reply" in utt.blocks and utt.speaker_rule == "speaker.continuation":
        speaker = None
    subject = candidate.subject
    if candidate.passive and subject is not None:
        agent = next((c for c in candidate.verb.children if c.dep_ == "agent"), None)
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        subject = doc[pobj.left_edge.i:pobj.right_edge.i + 1] if pobj is not None else None
        if subject is not None and _is_time_phrase(subject):
            subject = None   # "completed by the end of January": a due date, not an agent
    meeting_body = doc._.meeting.body if doc._.meeting is not None else None
    # a resolution is the meeting's own (the district, the committee: GUIDELINES.md); an undertaking
    # no one is reported giving is the council's, whose staff carry it out
    kind = candidate.kind or cue_rules()[candidate.rule].kind
    meeting_acts = kind == "resolution" and candidate.verb.lemma_.lower() not in lexicon()["lex.executive_verbs"] \
        and not (candidate.rule == "commit.carried_motion" and candidate.passive)
    # a carried motion in the passive ("that Public Toilets be installed at Hospital") asks for works the council's
    # executive does, not the district that voted (train gold: 11 of 11 at district meetings; bench/gold_decisions.py)
    body = (meeting_body or doc._.council) if meeting_acts else (doc._.council or meeting_body)
    if subject is None:
        if speaker is not None and candidate.kind != "resolution":
            return Actor(text=None, participant=speaker.id, name=speaker.name, role=speaker.role)
        return Actor(text=None, participant=None, name=None, role=body)
    text = subject.text.strip(" ,;:")
    text = re.sub(r"^(?:That|and)\s+", "", text)
    text = re.sub(r",?\s+on\s+behalf\s+of\b.*$", "", text)   # "the Chair, on behalf of the Board,": the Chair
    if text_of(subject.doc)[subject.end_char:subject.end_char + 1] == "-":
        # "the Chief Building Official re-inspect the property": the tokenizer split the verb's prefix off
        text = re.sub(r"\s+(?:re|co|pre|un|non)$", "", text, flags=re.I)
    text = strip_trailing_adverbs(text)
    lowered = text.lower()
    if lowered in {"he", "she", "i", "we"}:
        person = said_by if lowered != "we" else speaker
        if person is None and lowered in {"he", "she"}:
            person = latest_person(recent)
        if person is not None:
            return Actor(text=text, participant=person.id, name=person.name, role=person.role)
        if lowered == "we" and "reply" in utt.blocks:
            return Actor(text=text, participant=None, name=None, role=body)
    if speaker is None and said_by is not None and said_by.kind == "member" and candidate.kind != "resolution" \
            and _head_noun(subject).lemma_.lower() in MEMBER_REPORTED_BODIES:
        # "He said the committee would post the event schedule": the member reporting for a committee he sits on
        # undertook it (a member's "the Council will ..." stays the council's: train gold)
        speaker = said_by
    span = (subject.start_char, subject.start_char + len(subject.text))
    participant = resolve_in_context(text, recent) or registry.resolve(text)
    if participant is not None and not participant.name and MEETING_BODY.fullmatch(participant.role or ""):
        participant = None   # "the Board would consider Saturday hours": the body, not the "Board" that deliberated
    if participant is not None:
        participant.mentions.append(span)
        return Actor(text=text, participant=participant.id, name=participant.name, role=participant.role)
    if speaker is not None and candidate.kind != "resolution" and names_a_body(text):
        # "the Gardaí would engage with the families": the Superintendent saying so undertook it
        return Actor(text=text, participant=speaker.id, name=speaker.name, role=speaker.role)
    if _is_person_like(text):
        created = registry.get_or_create(text, span)
        return Actor(text=text, participant=created.id, name=created.name, role=created.role)
    if speaker is not None and candidate.kind != "resolution":
        # "the Council will ...", "the police would ...", "the Service had made a commitment": the
        # officer or witness who says it gave the undertaking (annotation.md)
        return Actor(text=text, participant=speaker.id, name=speaker.name, role=speaker.role)
    if re.match(r"(?i)^(?:the )?(?:council|local authority)$", text):
        return Actor(text=text, participant=None, name=None, role=body)
    return Actor(text=text, participant=None, name=None, role=re.sub(r"^(?:the|The)\s+", "", text))


def _is_time_phrase(span: Span) -> bool:
    from ..deadlines import find_deadlines

    return bool(find_deadlines("by " + span.text, None)) or span.root.lemma_.lower() in {
        "end", "beginning", "start", "middle", "date", "time", "deadline", "week", "month", "year"}




def _is_person_like(text: str) -> bool:
    from ..structure.participants import kind_for_role

    first = text.split()[0].lower().rstrip(".") if text.split() else ""
    return first in {"councillor", "cllr", "mr", "mrs", "ms", "dr", "a"} or kind_for_role(text) not in ("other",)


def action_text(candidate: Candidate) -> str:
    """The promised action, verb first, without the actor: 'provide a written response to Members'."""
    verb = candidate.verb
    sent = candidate.sentence
    skip: set[int] = set()
    subject = candidate.subject
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "mark", "punct") and child.i < verb.i:
            skip.update(range(child.left_edge.i, child.right_edge.i + 1))
        if child.dep_ == "agent":
            skip.update(range(child.left_edge.i, child.right_edge.i + 1))
        if child.dep_ == "conj" and child.i > verb.i and any(g.dep_ in ("nsubj", "nsubjpass") for g in child.children):
            # "... would enquire further and Cllr. H. Gwynne would arrange ...": another actor's own clause
            skip.update(range(child.left_edge.i, child.right_edge.i + 1))
            skip.update(c.i for c in verb.children if c.dep_ == "cc" and c.i < child.left_edge.i)
    tokens = [t for t in verb.subtree if t.i not in skip and sent.start <= t.i < sent.end and t.i >= verb.i]
    if len(tokens) == 1 and verb.pos_ not in ("VERB", "AUX"):
        tokens = list(sent.doc[verb.i:sent.end])   # "that the Clerk forward a copy ...": the tagger lost the verb
    stop = next((k for k, t in enumerate(tokens) if t.text in (";", ":", "|") and k > 0), None)
    if stop is not None:
        tokens = tokens[:stop]   # "...; and that update include ...": a second clause, not this action
    while tokens and (tokens[-1].is_punct or (tokens[-1].dep_ == "cc" and len(tokens) > 1)):
        tokens.pop()   # and the "and" before another actor's clause
    head = verb.lemma_ if verb.tag_ in ("VBN", "VBG", "VBD", "VBZ") else verb.text
    if candidate.rule == "commit.referred_to_officer":
        return "deal with the matter referred"
    if candidate.rule == "commit.referred_for":
        head = REFERRAL_WORK.get(verb.lower_, head)   # "for a response to the residents": respond to the residents
    rest = "".join(t.text_with_ws for t in tokens[1:]).strip()
    if candidate.passive and subject is not None:
        patient = subject.text.strip()
        patient = re.sub(r"^(?:That|and)\s+", "", patient)
        return f"{head} {patient[0].lower() + patient[1:] if patient[:2].lower() in ('a ', 'an', 'th') else patient}" \
               + (f" {rest}" if rest else "")
    return f"{head} {rest}".strip().rstrip(" .")   # "AMO." is one token


def recipient(candidate: Candidate) -> str | None:
    lex = lexicon()
    verb = candidate.verb
    for token in verb.subtree:
        if token.dep_ == "dative" and token.head.i == verb.i:
            if token.lower_ == "to":
                pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
                if pobj is not None and _recipient_like(pobj):
                    return _np(pobj)
                continue
            return _np(token)
        if token.dep_ == "dobj" and token.head.i == verb.i and verb.lemma_.lower() in lex["lex.recipient_verbs"]:
            if _recipient_like(token) and (verb.lemma_.lower() != "provide" or
                                          any(c.lower_ == "with" for c in verb.children)):
                return _np(token)
        if token.lower_ == "to" and token.dep_ in ("prep", "dative") and token.head.i in {verb.i} | _object_heads(verb):
            pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
            if pobj is not None and _recipient_like(pobj):
                return _np(pobj)
    return None


def _object_heads(verb: Token) -> set[int]:
    return {c.i for c in verb.children if c.dep_ in ("dobj", "nsubjpass")}


def _recipient_like(token: Token) -> bool:
    lex = lexicon()["lex.recipient_nouns"]
    return token.lower_ in lex or token.lemma_.lower() in lex or token.ent_type_ in ("PERSON", "ORG") \
        or token.tag_ in ("NNP", "NNPS")


def _np(token: Token) -> str:
    span = token.doc[token.left_edge.i:token.right_edge.i + 1]
    # keep the recipient itself, not its trailing clauses ("Members regarding ...")
    cut = [t for t in span if t.i > token.i and t.dep_ in ("prep", "acl", "relcl") and t.head.i == token.i
           and t.lower_ not in ("of",)]
    if cut:
        span = token.doc[span.start:cut[0].i]
    return span.text.strip(" ,;:")


# -- owner cells run into a sentence: "...; Clerk to book his place." ------------------------
# after a semicolon, comma or colon, an owner cell and its act in the infinitive closes the sentence:
# "Cllr. O. Williams agreed to attend on behalf of the Council; Clerk to book his place.", "... that this
# work be carried out by Mr Bowen, Clerk to action", "... full payment should be made once the work was
# completed, Clerk and Chair to liaise."
RUN_IN_OWNER = re.compile(r"[;,:]\s+(?P<owner>[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3}"
                          r"(?:\s*(?:/|\band\b|&)\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3})?)"
                          r"\s+to\s+(?!be\b)(?P<act>[a-z][a-z-]*\b[^;:\n]*?)\s*(?:\.\s*)?$")


def run_in_owner_actions(doc: Doc, found: list[Commitment]) -> list[Commitment]:
    """One action per owner of an owner cell run into the end of a sentence, beside what the sentence's
    opening promises (its own actor's undertaking, or the resolution the owner carries out)."""
    extra: list[Commitment] = []
    text = text_of(doc)
    for utt in doc._.utterances:
        m = RUN_IN_OWNER.search(text, utt.start, utt.end)
        if m is None:
            continue
        owners = owner_cell_names(m.group("owner"))
        if not owners or not all(is_owner_cell(o) for o in owners):
            continue
        act = doc.char_span(m.start("act"), m.end("act"), alignment_mode="expand")
        if act is not None and not _is_action(act[0]):
            continue   # "...; Clerk to arrange payment": settling an account
        for name in owners:
            if any(c.utterance == utt.index and (c.who.text or "").lower() == name.lower() for c in found):
                continue   # "it was agreed that the bench was beyond repair, Clerk to get quotes" (_inline_owner)
            at = text.find(name, m.start("owner"), m.end("owner"))
            extra.append(owner_action(doc, name, (at, at + len(name)), m.group("act").strip(), m.start("act"),
                                      (utt.start, utt.end), "commit.run_in_owner",
                                      confidence=cue_rules()["commit.run_in_owner"].confidence))
    return extra


def owner_cell_names(cell: str) -> list[str]:
    """The owners an MSCC owner cell names: "Cllr. P. Harries/Clerk", "Clerk and Chair"."""
    return [o.strip() for o in re.split(r"\s*/\s*|\s+(?:and|&)\s+", cell) if o.strip()]


# -- action-owner lines (MSCC style: the owner's name at the end of the paragraph) -----------
def owner_line_actions(doc: Doc, found: list[Commitment]) -> list[Commitment]:
    from ..structure.sections import owner_lines

    extra: list[Commitment] = []
    registry = doc._.participants
    utterances = doc._.utterances
    for start, end, owner in owner_lines(text_of(doc), 0, len(text_of(doc))):
        paragraph_start = owned_paragraph_start(text_of(doc), start)
        before = [c for c in found if paragraph_start <= c.evidence_start < start]
        run_in = {(c.who.text or "").lower() for c in before if c.rule == "commit.run_in_owner"}
        # an owner whose act the sentence already wrote out ("...; Clerk to book his place.\nClerk") has it
        owners = [o for o in owner_cell_names(owner) if o.lower() not in run_in]
        if not owners:
            continue
        if before:
            base = before[-1]
            if base.kind != "resolution":
                # replaced below by one commitment per owner; a resolution stays beside its owner-line
                # action (annotation.md: both are annotated)
                for same in [c for c in before if c.utterance == base.utterance and c.kind != "resolution"]:
                    if same in found:
                        found.remove(same)
        else:
            utt = next((u for u in reversed(utterances) if paragraph_start <= u.start < start
                        and u.act != "procedural"), None)
            if utt is None or not OWNED_ACTION.search(text_of(doc)[utt.start:utt.end]):
                continue   # a correspondence line or a status ("was in hand") with an owner: no action
            base = Commitment(kind="action", who=Actor(text=None), what=_clause_text(doc, utt, owner),
                              evidence_start=utt.start, evidence_end=utt.end, utterance=utt.index,
                              rule="commit.owner_line", confidence=cue_rules()["commit.owner_line"].confidence)
        offset = start
        for name in owners:
            at = text_of(doc).find(name, offset, end + 1)
            span = (at, at + len(name)) if at >= 0 else (start, end)
            participant = registry.get_or_create(name, span)
            extra.append(Commitment(
                kind="action", who=Actor(text=name, participant=participant.id, name=participant.name,
                                         role=participant.role),
                what=base.what, evidence_start=base.evidence_start, evidence_end=base.evidence_end,
                utterance=base.utterance, rule=base.rule,
                confidence=max(base.confidence, cue_rules()["commit.owner_line"].confidence),
                to_whom=base.to_whom, deadline=base.deadline, verb_start=base.verb_start))
    return extra


def owned_paragraph_start(text: str, owner_start: int) -> int:
    """Where the text an owner cell belongs to begins: the same line for a table cell ("... | Clerk"),
    else the paragraph above ("...\nClerk", "...\n\nAction: Clerk")."""
    line_start = text.rfind("\n", 0, owner_start) + 1
    before = text[line_start:owner_start].strip()
    if before and not re.fullmatch(r"(?i)actions?(?:\s+by)?\s*[:–-]", before):
        return line_start
    end = line_start - 1
    if end > 0 and text[end - 1] != "\n":
        return text.rfind("\n", 0, end) + 1    # the line right above
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    block = text.rfind("\n\n", 0, end)
    return block + 2 if block >= 0 else 0


OWNED_ACTION = re.compile(r"\b[Tt]o\s+(?!be\s+paid\b)(?:be\s+)?(?!(?:paid|all|the|a|an|each|every|any|some|his|her|their|its|this|that|these|those)\b)[a-z]\w+"
                          r"|\b(?:will|would|should|shall|must)\s+(?!be\s+paid\b)[a-z]\w+|^[A-Z][a-z]+(?:/[a-z]+)?\s+(?:the|a|an|all)\b")


def _clause_text(doc: Doc, utt: Utterance, owner: str) -> str:
    text = text_of(doc)[utt.start:utt.end].strip()
    text = re.sub(rf"\s*\({re.escape(owner)}\)\s*\.?$", "", text)   # "Meet the owner on site (CBO)": the owner is not the act
    return text[0].lower() + text[1:] if text else text
