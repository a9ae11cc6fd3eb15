"""Speech acts of utterances and the questions they put, paired with their answers.

The act decision sits behind a registered tagger (``minutes.act_rules.v1`` here) so that the
learned classifier can replace it by config; pairing questions with answers is deterministic
post-processing and stays the same whichever tagger runs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from ..extensions import text_of
from ..results import Question, Utterance
from ..structure.participants import ELECTED_KINDS
from ..rulebook import load_rules
from .speakers import PERSON_TITLES, SUBMISSION_TEXT, submitter

ACTS = ("question", "answer", "commitment", "statement", "procedural")
PASSIVE_RULES = {"question.passive_request", "question.raised_passive", "question.referred_passive"}
ActTagger = Callable[[Doc], None]

# "Question submitted by Councillor L. Galvin" / "Questions submitted by Councillors Carey and Mitchell"


@dataclass(frozen=True)
class Cue:
    id: str
    pattern: re.Pattern
    implied: bool = False
    asker_must_be_named: bool = False   # "requested ..." asks only when the sentence names a member


@lru_cache(maxsize=None)
def cues(table: str) -> tuple[Cue, ...]:
    def flags(row: dict) -> int:
        return 0 if row.get("case_sensitive") or table == "procedural_cues" else re.I

    return tuple(Cue(row["id"], re.compile(row["pattern"], flags(row)), bool(row.get("implied")),
                     bool(row.get("asker_must_be_named"))) for row in load_rules(table))


def first_cue(table: str, text: str) -> Cue | None:
    for cue in cues(table):
        if cue.pattern.search(text):
            return cue
    return None


@registry.misc("minutes.act_rules.v1")
def make_rule_tagger() -> ActTagger:
    """Acts from cue phrases and document structure (no model)."""
    return tag_acts_by_rules


MOTION_DEBATE = re.compile(r"^(?:In (?:proposing|seconding)|Proposing|Seconding)\b")
# a proposer who asks for information while proposing ("In proposing the Motion, Councillor O' Donoghue asked if the
# hedge-cutting season could be extended") puts a question; "asked that ...", "asked for support" stay the motion's
# (train gold: the 7 proposers' sentences these cues find are all questions; 7 of the 253 they pass over are too)
DEBATE_QUESTIONS = frozenset({"question.asked_wh", "question.asked_inverted", "question.queried",
                              "question.sought_clarity", "question.asked_someone", "question.wanted_to_know"})


# a resolution's own text: "THAT the Board request the Minister ...; AND THAT the Chair write to the MPP asking ..."
RESOLUTION_TEXT = re.compile(r"^[“\"]?\s*(?:(?:NOW,?\s+)?(?:THEREFORE,?\s+)?BE\s+IT\s+(?:FURTHER\s+)?RESOLVED,?\s+)?"
                             r"(?:THAT|That)\s+(?:the\s+|Council\b|staff\b|[A-Z])")


def _motion_text(text: str) -> bool:
    """A motion's debate or its own text ("I will move ...", "THAT the Board request ..."): not a question,
    whatever its words."""
    submission = SUBMISSION_TEXT.match(text)
    if RESOLUTION_TEXT.match(text) and "?" not in text:
        return True
    return bool(MOTION_DEBATE.search(text)) or (submission is not None and submission.group("verb").lower() != "ask")
FIRST_PROCEDURAL = {"procedural.circulated", "procedural.proposed_seconded", "procedural.vote_outcome"}


INLINE_ATTENDANCE = {"attendance.joined"}   # "X joined the meeting" may come anywhere


def opening_end(doc: Doc) -> int:
    """Where the meeting's business starts: after the attendance lists that open the minutes (before
    the first agenda item), else at the first item. Sentences outside any item but after that
    (minutes whose items were not recognised, remarks before item 1) are business, not procedure."""
    items = doc._.structure.items
    first_item = items[0].start if items else None
    entries = sorted(min(p.mentions) for p in doc._.participants
                     if p.source.startswith("attendance") and p.source not in INLINE_ATTENDANCE and p.mentions)
    if first_item is not None:
        entries = [e for e in entries if e[0] < first_item]
    else:
        # no items: the opening lists are the first run of entries; a list further on (delegations
        # received at item 6) is not part of it
        run = entries[:1]
        for entry in entries[1:]:
            if entry[0] - run[-1][1] > OPENING_GAP:
                break
            run.append(entry)
        entries = run
    if entries:
        return max(end for _, end in entries)
    return first_item or 0


OPENING_GAP = 1500   # characters of other text between two list entries that ends the opening lists


# "the Members raised the following queries:", then "Cllr Pond: (1) Progress on the junction." and "(2) Funding for
# the N24." lines: each numbered query is a question of the member who leads its group
QUERIES_FOLLOW = re.compile(r"\bthe following (?:queries|questions)\b[^.:]{0,60}:\s*$", re.I)
LABELLED_QUERY = re.compile(r"(?P<who>(?i:" + "|".join(PERSON_TITLES + ("clir", "cmhlr")) + r")\.?\s+(?:[A-Z]\.\s*)*"
                            r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*:\s*\(1\)\s*\S")   # "Clir" is OCR's "Cllr"
NUMBERED_QUERY = re.compile(r"[ \t]*\((?:[2-9]|1\d)\)[ \t]*$")


def query_list_askers(doc: Doc) -> dict[int, tuple[str, int]]:
    """Utterance index -> (the member's mention, where it starts) for each numbered query of a members' query list."""
    text = text_of(doc)
    askers: dict[int, tuple[str, int]] = {}
    open_item: object = False
    current: tuple[str, int] | None = None
    for utt in doc._.utterances:
        body = text[utt.start:utt.end]
        if QUERIES_FOLLOW.search(body):
            open_item, current = utt.item, None
            continue
        if open_item is False or utt.item != open_item:
            open_item, current = False, None
            continue
        labelled = LABELLED_QUERY.match(body)
        if labelled:
            current = (labelled.group("who"), utt.start)
        elif current is None or not NUMBERED_QUERY.fullmatch(text[text.rfind("\n", 0, utt.start) + 1:utt.start]):
            current = None   # the answer, or anything else, ends the member's queries
            continue
        askers[utt.index] = current
    return askers


def tag_acts_by_rules(doc: Doc) -> None:
    registry = doc._.participants
    business_from = opening_end(doc)
    queries = query_list_askers(doc)
    for utt in doc._.utterances:
        text = text_of(doc)[utt.start:utt.end]
        if "written_question" in utt.blocks:
            utt.act, utt.act_score, utt.act_rule = "question", 0.95, "question.written"
            continue
        if utt.index in queries:
            utt.act, utt.act_score, utt.act_rule = "question", 0.85, "question.query_list"
            if utt.speaker_text is None:   # no one named in the line: the member who leads the group, over any carried on
                who, at = queries[utt.index]
                utt.speaker = registry.get_or_create(who, (at, at + len(who))).id
                utt.speaker_text, utt.speaker_span, utt.speaker_rule = who, (at, at + len(who)), "speaker.query_list"
            continue
        if (utt.item is None and utt.start < business_from) or {"attendance", "apologies"} & set(utt.blocks):
            utt.act, utt.act_score, utt.act_rule = "procedural", 0.9, "procedural.outside_items"
            continue
        procedural = first_cue("procedural_cues", text)
        if procedural is not None and procedural.id in FIRST_PROCEDURAL:
            utt.act, utt.act_score, utt.act_rule = "procedural", 0.8, procedural.id
            continue
        cue = first_cue("question_cues", text)
        if _motion_text(text) and not (cue is not None and cue.id in DEBATE_QUESTIONS and MOTION_DEBATE.search(text)):
            cue = None
        if cue is not None and cue.asker_must_be_named and not _names_an_asker(utt, registry):
            cue = None
        if cue is not None and not cue.implied:
            utt.act, utt.act_score, utt.act_rule = "question", 0.85, cue.id
            continue
        cue = procedural
        if cue is not None:
            utt.act, utt.act_score, utt.act_rule = "procedural", 0.8, cue.id
            continue
        utt.act, utt.act_score, utt.act_rule = "statement", 0.6, "statement.default"
    mark_referred_then_replied(doc)


def _names_an_asker(utt: Utterance, registry) -> bool:
    """A member is the one speaking ('Members requested ...', 'Cllr Keary requested ...'), not the TII or a
    district that 'had requested' something."""
    if utt.speaker is None:
        return False
    speaker = registry.get(utt.speaker)
    return speaker is not None and speaker.kind in ASKER_KINDS


# a member's point that is a question only when an officer answers it next (GUIDELINES.md, Requests)
REFERRED = re.compile(r"\b(?:referred to|raised (?:the )?(?:issues?|matters?|questions?|concerns?|queries) "
                      r"(?:of|about|regarding|in relation to|relating to|with regard to))\b", re.I)
AGREED_IN_SENTENCE = re.compile(r"\bit was (?:also |further |then )?agreed\b", re.I)
REPLY_OPENING = re.compile(r"^(?:In (?:reply|replying|response)|Responding|Replying)\b", re.I)
ASKER_KINDS = ELECTED_KINDS


def mark_referred_then_replied(doc: Doc) -> None:
    """'Councillor Galvin referred to X. The Senior Engineer stated ...': a member's point that an
    officer answers is a question (annotation.md: a request for information or action)."""
    utterances = doc._.utterances
    registry = doc._.participants
    for utt, nxt in zip(utterances, utterances[1:]):
        if utt.act != "statement" or nxt.item != utt.item or utt.speaker is None:
            continue
        text = text_of(doc)[utt.start:utt.end]
        if not REFERRED.search(text) or AGREED_IN_SENTENCE.search(text):
            continue   # "... referred to the traffic flow and following discussion, it was agreed that ...": decided
        asker = registry.get(utt.speaker)
        if asker is None or asker.kind not in ASKER_KINDS:
            continue
        responder = registry.get(nxt.speaker) if nxt.speaker else None
        replied = REPLY_OPENING.search(text_of(doc)[nxt.start:nxt.end]) or (
            responder is not None and responder.id != asker.id and responder.kind in ("officer", "witness"))
        if replied:
            utt.act, utt.act_score, utt.act_rule = "question", 0.7, "question.referred_then_reply"


@Language.factory(
    "minutes_acts",
    requires=["doc._.utterances", "doc._.participants"],
    assigns=["doc._.questions"],
    default_config={"tagger": {"@misc": "minutes.act_rules.v1"}},
)
def make_acts(nlp: Language, name: str, *, tagger: ActTagger) -> "ActAnnotator":
    return ActAnnotator(tagger)


class ActAnnotator:
    def __init__(self, tagger: ActTagger) -> None:
        self.tagger = tagger

    def __call__(self, doc: Doc) -> Doc:
        self.tagger(doc)
        doc._.questions = pair_questions(doc)
        return doc


def pair_questions(doc: Doc) -> list[Question]:
    """Each question with the answers that follow it, up to the next question or the point's end."""
    utterances: list[Utterance] = doc._.utterances
    registry = doc._.participants
    questions: list[Question] = []
    raised_list: Utterance | None = None   # "the following issues were raised by the Members:", its list running on
    for utt in utterances:
        text = text_of(doc)[utt.start:utt.end]
        if RAISED_LIST.search(text) and utt.speaker is not None:
            raised_list = utt
        elif raised_list is not None and (utt.item != raised_list.item or utt.speaker != raised_list.speaker):
            raised_list = None   # a reply, or the next item, ends the list
        if utt.act == "question":
            asked_by, asked_text = utt.speaker, utt.speaker_text
            rule = utt.act_rule or "question"
            if "written_question" in utt.blocks:
                asked_by, asked_text = _written_question_asker(doc, utt)
            in_list = raised_list is not None and utt is not raised_list
            if rule in PASSIVE_RULES and not in_list:
                asked_by, asked_text = _passive_agent(registry, text, utt.start)
            question = Question(utterance=utt.index, asked_by=asked_by, asked_by_text=asked_text, rule=rule)
            questions.append(question)
            if rule in PASSIVE_RULES and utt.speaker and not in_list:
                # "An update was sought ... and the Senior Executive Engineer stated that ...": the
                # sentence names no asker; its speaker answers
                question.answers.append(utt.index)
                question.answered_by.append(utt.speaker)
            continue
        for implied in (c for c in cues("question_cues") if c.implied):
            match = implied.pattern.search(text)
            if not match:
                continue
            # "from Councillor X" names the asker; "Members' queries" the owner of the queries
            group = next((g for g in ("asker", "owner") if match.groupdict().get(g)), None)
            who = match.group(group) if group else None
            asked_by = None
            if who:
                start = utt.start + match.start(group)
                asked_by = registry.get_or_create(who, (start, start + len(who))).id
            question = Question(utterance=utt.index, asked_by=asked_by, asked_by_text=who, rule=implied.id)
            questions.append(question)
            _attach_answer(question, utt)
            break
    by_index = {q.utterance: q for q in questions}
    for q in questions:
        asker_utt = utterances[q.utterance]
        following = utterances[q.utterance + 1:]
        for utt in following:
            if utt.index in by_index or utt.item != asker_utt.item:
                break
            written = "written_question" in asker_utt.blocks
            if not written and asker_utt.point is not None and utt.point != asker_utt.point:
                break
            if utt.act == "procedural":
                if written:
                    continue
                break
            if utt.speaker is not None and utt.speaker == q.asked_by:
                continue
            _attach_answer(q, utt, registry)
    return questions


# the Members' points set out as a list, each question in it theirs ("Clarification was sought as to whether ...")
RAISED_LIST = re.compile(r"\bthe following (?:issues|points|queries|questions|matters|concerns)(?: and (?:issues|points|queries|"
                         r"questions|concerns))? (?:were|was) (?:also )?raised by (?:the )?(?:[Ee]lected )?[Mm]embers\b[^:]{0,40}:\s*$"
                         r"|^(?:The )?(?:[Ee]lected )?[Mm]embers (?:also )?raised the following (?:issues|points|queries|questions|"
                         r"matters|concerns)\b[^:]{0,40}:\s*$")

# "A number of queries were raised by Members", "Clarification was sought by Cllr. Keary": the passive's agent asks
PASSIVE_AGENT = re.compile(r"\b(?:was|were|had been) (?:also |again )?(?:sought|requested|raised|queried|asked|put) by "
                           r"(?P<agent>(?:[Tt]he )?(?:[Ee]lected )?[Mm]embers\b|(?:Councillor|Cllr\.?|Cmhlr\.?) "
                           r"(?:[A-Z]\.\s*)*[A-Z][\w'’-]+)")


def _passive_agent(registry, text: str, start: int) -> tuple[str | None, str | None]:
    """(participant id, mention) of the agent a passive question names, else (None, None): no one asks it."""
    found = PASSIVE_AGENT.search(text)
    if found is None:
        return None, None
    at = start + found.start("agent")
    return registry.get_or_create(found.group("agent"), (at, at + len(found.group("agent")))).id, found.group("agent")


def _attach_answer(question: Question, utt: Utterance, registry=None) -> None:
    question.answers.append(utt.index)
    if utt.act in ("statement", "answer"):
        utt.act = "answer"
        utt.act_rule = f"answer.after_{question.rule}"
    if not utt.speaker or utt.speaker == question.asked_by or utt.speaker in question.answered_by:
        return
    if registry is not None:
        speaker, asker = registry.get(utt.speaker), registry.get(question.asked_by) if question.asked_by else None
        if speaker is not None and speaker.kind == "member" and (asker is None or asker.kind in ASKER_KINDS):
            return   # members commenting after a member's question are not its answerers
    question.answered_by.append(utt.speaker)


def _written_question_asker(doc: Doc, utt: Utterance) -> tuple[str | None, str | None]:
    found = submitter(doc, utt)
    if found is None:
        return utt.speaker, utt.speaker_text
    return found