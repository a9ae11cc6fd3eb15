"""Utterances and who said them.

Minutes are reported speech: "The Director stated that ...", "A Member asked whether ...". The
speaker is the subject of the reporting verb; a sentence without one continues the previous
speaker inside the same numbered point. Titles ("the Director") resolve to the one listed
person, or failing that to the latest speaker in the item who holds that title.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..extensions import text_of
from ..results import Utterance
from ..rulebook import load_rules, words
from ..structure.meeting import names_own_body
from ..structure.participants import Participant, ParticipantRegistry, chair_post, kind_for_role, names_a_group
from .lexicon import lexicon

# A list marker at the start of a sentence is layout, not speech: "1. ", "ii) ", "(a) ", "- ", "9.2 " before a capital.
LIST_MARKER = re.compile(
    r"(?:\(?\d{1,3}(?:\.\d{1,3})*(?:[a-z]|[ivx]{1,5})?[.)](?=\s)|\d{1,2}(?:\.\d{1,2})+(?=\s+[A-Z])|\(?[ivxlc]{1,6}[.)](?=\s)|\([a-z]\)|[a-z]\)|[-•–]\s)\s*",
)
# the members in lower case, not "staff members" or "family members"
LOWER_CASE_MEMBERS = re.compile(r"(?:(?:the|all|some|many|several|other|a (?:large |small )?number of(?: the)?)\s+)?(?:elected\s+)?"
                                r"(?:members|councillors)")
# one token of a list marker the parser hung on a subject: "5.v", "12i", "ii)", "a)", "5."
MARKER_TOKEN = re.compile(r"\(?(?:\d{1,3}(?:\.\d{1,3})*\.?(?:[a-z]|[ivx]{1,5})?[.)]?|(?:[ivx]{1,5}|[a-z])[.)])")
PRONOUNS = {"he", "she", "they", "i", "we"}
# "took the opportunity to thank ...": the reporting verb hangs on the occasion taken
OCCASIONS = {"opportunity", "occasion", "chance"}
# adverbs the parser hangs on the subject's right edge: "the Director, Services, then stated"
TRAILING_ADVERBS = {"then", "also", "further", "subsequently", "again", "briefly", "next", "finally", "both", "now"}
# "commenced by stating", "concluded by thanking": the verb of opening or closing carries the subject
OPENS_BY = frozenset({"commence", "begin", "start", "open", "conclude", "finish", "end", "close"})
ACTOR_MODALS = {"would", "will", "shall"}
PERSON_TITLES = ("councillor", "cllr", "mr", "ms", "mrs", "miss", "dr", "sr", "fr", "professor", "prof")


@lru_cache(maxsize=1)
def reporting_lemmas() -> dict[str, str]:
    return words("reporting_verbs")


@lru_cache(maxsize=2)
def reporting_objects(field: str = "objects") -> dict[str, frozenset[str]]:
    """Verbs that report speech only with certain objects ('make' + 'points'); with field "negated_objects", only
    when negated as well ('did not take part', 'took no part')."""
    return {w: frozenset(row[field]) for row in load_rules("reporting_verbs") if row.get(field) for w in row["words"]}


@lru_cache(maxsize=1)
def active_only_lemmas() -> frozenset[str]:
    """Verbs that report speech only in the active voice (reporting_verbs.jsonl, active_only)."""
    return frozenset(w for row in load_rules("reporting_verbs") if row.get("active_only") for w in row["words"])


@lru_cache(maxsize=1)
def own_subject_lemmas() -> frozenset[str]:
    """Verbs that report speech only with a subject of their own (reporting_verbs.jsonl, own_subject): "Councillor
    Browne seconded the Motion", not "On the proposal of Councillor Byrne and seconded by Councillor Collins"."""
    return frozenset(w for row in load_rules("reporting_verbs") if row.get("own_subject") for w in row["words"])


@lru_cache(maxsize=1)
def speaker_cues() -> dict[str, re.Pattern]:
    return {row["id"]: re.compile(row["pattern"]) for row in load_rules("speaker_cues")}


def _titled_name_at(tokens: list[Token]) -> int | None:
    """Where the one titled name of a subject the parser ran an opening phrase into begins ("Following the adoption
    of the Minutes Councillor Keary" -> at "Councillor"); None at the start, with two titles ("Cllr. A and Cllr. B")
    or in brackets after a post ("the Executive Engineer (Mr. J. Sheehan)")."""
    titled = [k for k, t in enumerate(tokens) if re.sub(r"[.]", "", t.lower_) in PERSON_TITLES]
    if len(titled) != 1 or titled[0] == 0 or tokens[titled[0] - 1].lower_ in ("(", "and", "&", ",", "/"):
        return None
    return titled[0]


ASKING_GROUPS = {"member", "members", "councillor", "councillors", "query", "queries", "question", "questions"}


def _post_after_opening(tokens: list[Token]) -> int | None:
    """Where a post begins after an opening phrase the writer ran into it ("In reply to Members queries the Head of
    Digital Strategy" -> at "the"): the last "the" before a capital that no preposition governs; None when the
    phrase opens with no preposition."""
    if not tokens or tokens[0].pos_ != "ADP":
        return None
    return next((k for k in range(len(tokens) - 2, 0, -1) if tokens[k].lower_ == "the"
                 and tokens[k - 1].pos_ not in ("ADP", "DET", "CCONJ") and tokens[k + 1].text[:1].isupper()), None)


def _has_reporting_object(verb: Token) -> bool:
    """A verb that reports speech only with certain objects has one: "made the following points", "wanted to
    know", "were of the view" (reporting_verbs.jsonl, objects)."""
    lemma = verb.lemma_.lower()
    if lemma in active_only_lemmas() and any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if lemma in own_subject_lemmas() and (verb.tag_ != "VBD" or any(c.dep_ == "agent" for c in verb.children)
                                          or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)):
        return False   # "Seconded by: Councillor Lamarche", "(proposed by A, seconded by B)": no one speaks
    negated = reporting_objects("negated_objects").get(lemma, frozenset())
    if negated and any(c.dep_ == "dobj" and c.lemma_.lower() in negated and (
            any(g.dep_ == "neg" for g in verb.children) or any(g.lower_ == "no" for g in c.children)) for c in verb.children):
        return True
    needs = reporting_objects().get(lemma)
    return not needs or any((c.dep_ in ("dobj", "xcomp") and c.lemma_.lower() in needs) or (
        c.dep_ == "prep" and c.lower_ in ("to", "into", "of") and any(g.dep_ == "pobj" and g.lemma_.lower() in needs
                                                                       for g in c.children)) for c in verb.children)


def strip_trailing_adverbs(mention: str) -> str:
    """'the Director, Services, then' -> 'the Director, Services'."""
    words = mention.split()
    while len(words) > 1 and words[-1].lower().strip(",") in TRAILING_ADVERBS:
        words.pop()
    return " ".join(words).rstrip(" ,")


def body_nouns() -> frozenset[str]:
    """Last words of subjects that name a body, not a person (rules/commitment_lexicon.jsonl)."""
    return lexicon()["lex.body_nouns"]


PERSON_KINDS = {"officer", "clerk", "chair", "vice_chair", "member", "cabinet_member"}


def names_a_body(text: str) -> bool:
    """'the Gardaí', 'the Environment Dept'; not a post that ends in a body word ('the Director of
    Services', 'the Chief Executive')."""
    words = text.split()
    return bool(words) and words[-1].lower().strip(".,") in body_nouns() \
        and words[0].lower().rstrip(".") not in PERSON_TITLES \
        and kind_for_role(text) not in PERSON_KINDS


@lru_cache(maxsize=1)
def election_cues() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(row["pattern"]) for row in load_rules("speaker_cues") if row.get("elected"))


def elections_in(text: str) -> list[tuple[str, str, int]]:
    """(post kind, mention of the person elected, its offset in `text`) for each election reported."""
    found = []
    for pattern in election_cues():
        for m in pattern.finditer(text):
            kind = chair_post(m.group("post"))
            if kind is not None:
                found.append((kind, m.group("who"), m.start("who")))
    return found


@Language.factory(
    "minutes_speakers",
    requires=["doc.sents", "doc._.participants", "doc._.structure"],
    assigns=["doc._.utterances"],
    default_config={"max_subject_tokens": 14},
)
def make_speakers(nlp: Language, name: str, *, max_subject_tokens: int) -> "SpeakerAttributor":
    return SpeakerAttributor(max_subject_tokens=max_subject_tokens)


def _named_inside_reply(previous: Utterance) -> bool:
    """A written reply's sentences do not continue the question's submitter, but someone named inside the
    reply block ("Councillor Galvin welcomed the reply. How will the Council fund the works.") goes on."""
    return "reply" in previous.blocks and previous.speaker is not None \
        and previous.speaker_rule != "speaker.submitted_by"


# a correspondence list's line speaks for its writer alone: "Received for information." after it is the meeting's
LISTED_LETTERS = ("speaker.correspondence_line", "speaker.correspondence_from")
# cues that name who speaks where the sentence's subject does not: a letter's writer, a presentation's presenter
NAMED_BY_CUES = ("speaker.received_from", *LISTED_LETTERS, "speaker.presentation_by")
CLOSING_QUOTE = re.compile(r"[”\"]\W*$")
# participants the text itself made (a mention, a welcomed guest), not the minutes' attendance lists
QUOTED_SOURCES = frozenset({"mention", "welcomed"})
# a speech's own persons: "we all", "you" in an address are its giver and audience, never a new speaker
SPEECH_PERSONS = frozenset({"i", "we", "you", "us", "our"})


def _after_submission(doc: Doc, previous: Utterance, utt: Utterance) -> bool:
    """The first unnamed sentence after a written question's or motion's closing quote is not its submitter's: with no
    REPLY heading, the answer follows ("... be replaced”. / Of the 26 promoted to date Limerick has received 24"); an
    unquoted text runs on ("... the following: / how much Local Property Tax was collected")."""
    return previous.speaker_rule == "speaker.submitted_by" and bool(SUBMITTED_BLOCKS & set(previous.blocks)) \
        and not SUBMITTED_BLOCKS & set(utt.blocks) \
        and bool(CLOSING_QUOTE.search(text_of(doc)[previous.start:previous.end]))


class SpeakerAttributor:
    def __init__(self, *, max_subject_tokens: int = 14) -> None:
        self.max_subject_tokens = max_subject_tokens

    def __call__(self, doc: Doc) -> Doc:
        utterances = build_utterances(doc)
        registry: ParticipantRegistry = doc._.participants
        previous: Utterance | None = None
        recent: list[Participant] = []   # speakers of the current item, latest last
        holders: dict[str, Participant] = {}   # chair / vice_chair elected so far in this meeting
        presenter: tuple[Participant, str] | None = None   # who speaks next: a welcomed guest, a letter's author
        lister: str | None = None   # who introduced a list ("presented her report with the following updates:")
        lister_text = False         # ... or a text of their own ("proposed the following amendment:")
        addresser: Participant | None = None   # who gives the speech under way ("gave the following address:")
        for utt in utterances:
            if previous is None or previous.item != utt.item:
                recent, lister, lister_text, addresser = [], None, False, None
            said = text_of(doc)[utt.start:utt.end]
            if speaker_cues()["speaker.no_speaker_line"].match(said):
                continue   # "Seconded by Councillor Ryan", "Signed:": no one speaks; the speech before goes on past it
            if speaker_cues()["speaker.proposal_line"].match(said):
                # "The Notice of Motion was proposed by Councillor Hartigan.": no one speaks it, but the proposer
                # joins the item's people ("He highlighted ..." next is his); the speech before goes on past it
                self._attribute(doc, registry, utt, previous, recent, holders)
                utt.speaker, utt.speaker_text, utt.speaker_span, utt.speaker_rule = None, None, None, None
                _note_elections(registry, utt, said, holders)   # "It was proposed by ... and agreed to elect X"
                continue
            self._attribute(doc, registry, utt, previous, recent, holders)
            if addresser is not None:
                addresser = self._hold_the_address(registry, utt, recent, addresser)
            point = lister_text or _opens_list_point(doc, utt)
            if utt.speaker is None and lister is not None and not utt.blocks and point:
                utt.speaker, utt.speaker_rule = lister, "speaker.following_list"   # the list's points are theirs
            elif (utt.speaker is not None and utt.speaker_rule not in ("speaker.continuation", "speaker.following_list")) \
                    or not point:
                lister = None   # someone else speaks, or the prose goes on: the list is over
            if utt.speaker is not None and FOLLOWING_LIST.search(said):
                # "proposed the following amendment:": its text is the proposer's, points and prose alike
                # ("1. Amend Objective TM O1 as follows:" inside that text keeps it the proposer's)
                lister_text = (lister_text and lister == utt.speaker) or bool(FOLLOWING_TEXT.search(said))
                lister = utt.speaker
            if utt.speaker is None or utt.speaker_rule == "speaker.continuation":
                # "An email had been received from Mr Stephen Davies, Western Power confirming", a correspondence
                # list's "Township of Ardlee Hills – Resolution requesting ...", "A presentation was given by X"
                for cue in NAMED_BY_CUES:
                    writer = _named_by_cue(doc, utt, registry, cue)
                    if writer is not None:
                        utt.speaker, utt.speaker_rule = writer.id, cue
                        recent.append(writer)
                        break
                else:
                    reporter = _listed_by_dash(doc, utt, registry)
                    if reporter is not None:   # "Sam - Thinks we should ...", "Councillor Boucher - attended ROMA"
                        utt.speaker, utt.speaker_rule = reporter.id, "speaker.name_dash_line"
                        recent.append(reporter)
            if presenter is not None and utt.speaker_rule == "speaker.continuation":
                utt.speaker, utt.speaker_rule = presenter[0].id, presenter[1]
                recent.append(presenter[0])
            presenter = None
            guests = welcomed_guests(doc, utt, registry)
            if guests:
                # before the welcomer: "He" in the next sentence is still the chair until the guest speaks
                recent[-1:-1] = guests
                presenter = (guests[0], "speaker.welcomed_guest") if len(guests) == 1 else None
            author = author_read_out(doc, utt, registry)
            if author is not None:
                presenter = (author, "speaker.read_from")   # "read the following reply from the SEO:" -> the SEO's
            proposer = proposer_of_what_follows(doc, utt, registry)
            if proposer is not None:   # "On the proposal of Councillor Pond, ..., the following amendment was proposed:"
                presenter = (proposer, "speaker.following_proposal")
            if utt.speaker is not None and speaker_cues()["speaker.address_intro"].search(said.rstrip()):
                addresser = registry.get(utt.speaker)
            # after attributing: the outgoing chair declares the election, the new one speaks next
            _note_elections(registry, utt, said, holders)
            if utt.speaker_rule == "speaker.continuation" and speaker_cues()["speaker.unspoken_decision"].match(said):
                # "It was agreed that ...": the meeting decides; the speech before goes on past it
                utt.speaker, utt.speaker_rule = None, None
                continue
            previous = utt
        doc._.utterances = utterances
        return doc

    @staticmethod
    def _hold_the_address(registry: ParticipantRegistry, utt: Utterance, recent: list[Participant],
                          addresser: Participant) -> Participant | None:
        """Inside a speech, the people it quotes or thanks ("It was Paulo Coelho who said", "To Sean Coughlan, thank
        you") are not speakers: the sentence stays the addresser's. A listed participant or the members named as the
        speaker end the speech (the minutes' own narrative again: "Councillor Sheahan proposed ..."). Returns the
        addresser while the speech goes on, None once it is over."""
        speaking = registry.get(utt.speaker) if utt.speaker else None
        spoken = (utt.speaker_text or "").split()
        own_words = bool(spoken) and spoken[0].lower() in SPEECH_PERSONS   # "But what we all agree on is that ..."
        if speaking is not None and speaking is not addresser and utt.speaker_rule != "speaker.continuation" \
                and not own_words and (speaking.source not in QUOTED_SOURCES or is_group(speaking)):
            return None   # "Members congratulated the Mayor on his election": the minutes again
        if speaking is not None and recent and recent[-1] is speaking and speaking is not addresser:
            recent.pop()
        utt.speaker, utt.speaker_rule = addresser.id, "speaker.address"
        return addresser

    def _attribute(self, doc: Doc, registry: ParticipantRegistry, utt: Utterance, previous: Utterance | None,
                   recent: list[Participant], holders: dict[str, Participant]) -> None:
        span = doc.char_span(utt.start, utt.end, alignment_mode="expand")
        found = self.find_speaker(span) if span is not None else None
        if found is not None and "reply" in utt.blocks and found[0].lower() in {"we", "i"}:
            found = None   # a written reply: "we" is the council, not the last speaker
        said = text_of(doc)[utt.start:utt.end]
        # a written question's own text: "I will ask ...", or a bare interrogative under a
        # "Question submitted by Councillor X" line ("5. What is the up to date position ...")
        submission = SUBMISSION_TEXT.match(said)
        written = SUBMITTED_BLOCKS & set(utt.blocks) or submission or (
            "reply" not in utt.blocks and interrogative(said) and _opens_numbered_paragraph(doc, utt))
        # "I will move at the next meeting that the Chief Executive deliver ...": the writer is the submitter,
        # whoever the motion's own clause names
        if (found is None or found[0].lower() in PRONOUNS or submission) and written:
            by = submitter(doc, utt)
            if by is not None:
                utt.speaker, utt.speaker_text, utt.speaker_rule = by[0], by[1], "speaker.submitted_by"
                return
        if found is not None and previous is not None and previous.speaker and _same_point(previous, utt) and (
                found[3] == "speaker.body" or self._relayed_body(registry, found[0], previous)):
            found = None   # "The Department had indicated that ...", "The Gardaí monitor ... and said ..." inside an
            # officer's account: the officer relays it
        if found is not None:
            text, start, end, rule = found
            participant = self._resolve(registry, text, (start, end), recent, holders, doc)
            if participant is not None and "reply" in utt.blocks and not participant.name \
                    and participant.kind in ("member", "chair", "vice_chair") and span is not None \
                    and span.root.tag_ not in ("VBD", "VBN"):
                # a written reply's "Elected Members consider the submissions": members the reply writes about in
                # its present tense; the minutes' own past tense after it ("The Members welcomed the reply") is
                # the debate, where members speak (reply blocks run on to the next heading)
                participant = None
            if participant is not None:
                utt.speaker = participant.id
                utt.speaker_text = text
                utt.speaker_span = (start, end)
                utt.speaker_rule = rule
                recent.append(participant)
        elif previous is not None and _same_point(previous, utt) and previous.speaker_rule not in LISTED_LETTERS and (
                "reply" not in utt.blocks or _named_inside_reply(previous)) and not _after_submission(doc, previous, utt):
            utt.speaker = previous.speaker
            utt.speaker_rule = "speaker.continuation" if previous.speaker else None

    # -- finding the mention ---------------------------------------------------------------
    def find_speaker(self, sent: Span) -> tuple[str, int, int, str] | None:
        """Return (mention text, start, end, rule id) of the sentence's speaker, if it names one."""
        text = sent.text
        offset = 0
        rule = "speaker.subject"
        cue = speaker_cues()["speaker.in_response"].match(text) or speaker_cues()["speaker.intro_clause"].match(text) \
            or speaker_cues()["speaker.after_passive_query"].match(text)
        if cue:
            offset = cue.end()
        else:
            cell = LEADING_ITEM_HEADING.match(text) or LEADING_CELL.match(text)
            if cell:   # "Operations Supervisor's Report | K.M. presented the operations report": the item's cell (or
                # its heading) first
                offset = cell.end()
            else:
                marker = speaker_cues()["speaker.qa_marker"].match(text)
                offset = marker.end() if marker else run_in_heading_end(text)
        lemmas = reporting_lemmas()
        heading = self._presentation_heading(sent)
        if heading is not None:
            return heading
        declared = speaker_cues()["speaker.declaration_line"].match(text)
        if declared and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sent if t.idx >= sent.start_char + declared.end()):
            # "Cllr. P. Harries, Agenda Item 4 – Capel Isaac Notice Board": the member declares; a clause after the item
            # ("Cllr. P. Harries, Item 7 was deferred ...") is no declaration
            return declared.group("who"), sent.start_char, sent.start_char + declared.end("who"), "speaker.declaration_line"
        deliberating = self._meeting_deliberates(sent, offset)
        if deliberating is not None:
            return deliberating
        reporting = speaker_cues()["speaker.member_report_line"].match(text)
        if reporting:   # "Councillor Quarrington - District Social Services Administration Board: ..."
            return reporting.group("who"), sent.start_char, sent.start_char + reporting.end("who"), "speaker.member_report_line"
        labelled = speaker_cues()["speaker.submitted_label"].match(text)
        if labelled:   # "Submitted by Gerald Barlowe, Elm Street: Why is ...?"
            return (labelled.group("who"), sent.start_char + labelled.start("who"), sent.start_char + labelled.end("who"),
                    "speaker.submitted_label")
        label = speaker_cues()["speaker.run_in_label"].match(text)
        if label and self._label_names_someone(sent, label):   # "A. Treasurer Olander: The insurer has cited ..."
            return (label.group("who"), sent.start_char + label.start("who"), sent.start_char + label.end("who"),
                    "speaker.run_in_label")
        asks_about = WH_OPENING.match(text) is not None   # "How is X addressed ...?": X is asked about
        antecedent = None   # the subject of a passive reporting verb skipped for want of an agent
        skipped = None      # that verb
        for token in sent:
            if token.idx < sent.start_char + offset:
                continue
            if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in lemmas:
                continue
            if not _has_reporting_object(token):
                continue   # "made the following points", "wanted to know" report speech; "would make funding available" does not
            if asks_about and any(c.dep_ == "auxpass" for c in token.children):
                continue   # "How is Climate Change addressed in the CFRAMS process?": asked about, no one speaks
            if skipped is not None and not (token.dep_ == "conj" and token.head.i == skipped.i):
                return None   # "Members were informed that the Clerk had retired": no one speaks
            taker = token.head.head if token.dep_ in ("acl", "relcl") and token.head.lemma_.lower() in OCCASIONS \
                and token.head.dep_ == "dobj" and token.head.head.lemma_.lower() == "take" else None
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and taker is None:
                continue   # "Clerk to respond": an action, not reported speech
            # a list marker the parser took for a subject ("i) PCSO Anthony advised") lies before the span
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.i >= sent.start]
            if not subjects and token.dep_ == "conj" and token.head.pos_ == "VERB":
                subjects = [c for c in token.head.children if c.dep_ == "nsubj" and c.i >= sent.start]
            verb_at = token.i
            if not subjects and taker is not None:
                # "Councillor Collins (M) took the opportunity to thank all the Members": who took it speaks
                subjects = [c for c in taker.children if c.dep_ == "nsubj" and c.i >= sent.start]
                verb_at = taker.i
            relative = bool(subjects) and subjects[0].lower_ == "who" and token.dep_ == "relcl" \
                and token.head.i < subjects[0].i and token.head.pos_ in ("PROPN", "NOUN") \
                and not any(c.dep_ == "aux" for c in token.children)
            # "... my children Catriona, Therese and Ciaran, who have supported me throughout the year": a speech's
            # thanks for what people have done (an auxiliary) report no one speaking at the meeting
            if relative:
                # "The Motion was seconded by Councillor Sheahan who highlighted ...": the one the clause is about
                # speaks, and the mention ends before "who"
                verb_at = subjects[0].i
                subjects = [token.head]
            if not subjects and token.dep_ == "acl" and token.head.pos_ == "PROPN" and token.head.dep_ == "ROOT" \
                    and token.head.i < token.i and token.head.left_edge.idx <= sent.start_char + offset \
                    and any(re.sub(r"[.]", "", t.lower_) in PERSON_TITLES for t in sent.doc[token.head.left_edge.i:token.head.i]):
                # "Cllr. Collopy enquired about the helpline": the parser may take a titled name for the sentence and
                # the verb for a participle hanging on it (ninth round); "Shannon Airport recognised as ..." is no one
                subjects = [token.head]
            if not subjects and token.dep_ == "pcomp" and token.head.lower_ == "by" \
                    and token.head.head.lemma_.lower() in OPENS_BY:
                # "The A/Director commenced by stating that ...": the one who opened speaks (the parser may
                # hang "commenced" on the subject as a participle)
                opener = token.head.head
                subjects = [c for c in opener.children if c.dep_ == "nsubj" and c.i >= sent.start] or (
                    [opener.head] if opener.dep_ == "acl" and opener.head.pos_ in ("NOUN", "PROPN") else [])
                verb_at = opener.i
            if not subjects:
                # the parser lost the subject: "In response ..., the Director, Economic Development and
                # Planning indicated that ..." -> take the phrase between the opening and the verb
                found = self._prefix_mention(sent, offset, token)
                if found is not None:
                    return found
                continue
            if offset:   # a subject after the opening cell or clause, where the parser found one there too
                subjects = [c for c in subjects if c.idx >= sent.start_char + offset] or subjects
            subj = subjects[0]
            if offset and subj.idx < sent.start_char + offset:
                # the parser took a word of the opening cell or clause for the subject ("... Half-Load Season | The
                # Roads Supt. reported"): the phrase between it and the verb speaks
                found = self._prefix_mention(sent, offset, token)
                if found is not None:
                    return found
                continue
            if subj.lower_ in ("he", "she") and antecedent is not None and not names_a_group(
                    sent.doc[antecedent.left_edge.i:antecedent.i + 1].text):
                subj = antecedent
            if subj.dep_ == "nsubjpass" and subj.head.i == token.i:
                # "Members were advised by the Director": the hearer is the subject, the speaker the agent
                agents = [g for a in token.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
                if not agents:
                    # "X was congratulated ... and he thanked the Councillors": a reporting verb joined
                    # to this one may still say, and its "he" is X; anything else decides nothing
                    skipped, antecedent = token, subj
                    continue
                subj = agents[0]
            lead_from = subj.left_edge.i
            if subj.lemma_.lower() in SPEECH_NOUNS:
                # "Ms O’Connell’s presentation outlined ...": she speaks (the parser may hang "Ms" on the noun)
                possessor = next((c for c in subj.children if c.i < subj.i and any(
                    g.dep_ == "case" and g.lower_ in ("'s", "’s") for g in c.children)), None)
                subj = possessor if possessor is not None else subj
            left = max(lead_from, sent.start)   # never reach back over a list marker
            if offset:   # nor over an opening clause or a leading table cell
                left = max(left, next((t.i for t in sent if t.idx >= sent.start_char + offset), left))
            # "5.v) Cllr. O. Williams reported": the parser hung the list marker on the subject
            while left < subj.i and (sent.doc[left].is_punct or MARKER_TOKEN.fullmatch(sent.doc[left].text)):
                left += 1
            before = sent.doc[sent.start:left - 1]
            if left - 1 > sent.start and sent.doc[left - 1].text == "," and 2 <= len(before) <= 4 \
                    and all(t.pos_ == "PROPN" for t in before):
                left = sent.start   # "Stuart Quick, Highways Department had responded": the name leads
            right = subj.right_edge.i
            if subj.i < verb_at:
                # "Fire Chief K. M. reported that ...: four calls, ...": the parser may hang words after the verb
                # on the subject; a subject before its verb ends there
                right = min(right, verb_at - 1)
            # "The Director, Regeneration gave": the parser split the post into two subjects; the
            # NER's post or name runs on to the verb
            while right + 1 < token.i and sent.doc[right].ent_type_ in ("ROLE", "PERSON") \
                    and sent.doc[right + 1].ent_iob_ == "I":
                right += 1
            # "Councillor Kiely expressed": the parser may leave the surname outside the subject
            while right + 1 < token.i and sent.doc[right + 1].pos_ == "PROPN":
                right += 1
            if right == subj.i and re.sub(r"[.]", "", subj.lower_) in PERSON_TITLES and right + 1 < token.i \
                    and sent.doc[right + 1].is_alpha and sent.doc[right + 1].text[:1].isupper():
                right += 1   # "Cllr Kiely submitted": the tagger read the surname as an adverb
            # "The Senior Engineer, Service Operations, then gave": the adverb is not part of the title; nor is a
            # possessive's "’s"
            while right > left and (sent.doc[right].is_punct or sent.doc[right].lower_ in TRAILING_ADVERBS
                                    or sent.doc[right].dep_ == "case"):
                if sent.doc[right].text == ")" and any(t.text == "(" for t in sent.doc[left:right]):
                    break   # "Councillor Collins (M)": the bracket tells two Collinses apart
                right -= 1
            bracket = next((t.i for t in sent.doc[left + 1:right + 1] if t.text == "("), None)
            if bracket is not None and bracket > subj.i and bracket < right and sent.doc[bracket + 1].is_lower:
                right = bracket - 1   # "Cllr. J. Davies (as County Councillor) did not take part": the aside is no name
            if right - left + 1 > self.max_subject_tokens:
                continue
            mention = sent.doc[left : right + 1]
            dash = next((t.i for t in mention[1:-1] if t.text in ("–", "—")), None)
            if dash is not None:
                # "Township of Wetherby – Nadia Khoury, Treasurer, reported": a run-in label, then who speaks (not
                # "Dale Hurst – Email of October 4 asking ...": the person before the dash)
                before, after = sent.doc[left:dash], sent.doc[dash + 1 : right + 1]
                if not _names_someone(before) and _names_someone(after):
                    mention = after
            if len(mention) > 2 and mention[0].lower_ in ("he", "she") and mention[1].lower_ == "and":
                mention = mention[:1]   # "He and the CAO will request a delegation": he speaks
            mention_text = ON_BEHALF.sub("", mention.text).strip(" ,")   # "Cllr. Scully, on his own behalf and on behalf
            # of Fine Gael, congratulated": the member, not the party he speaks for
            if is_person_mention(mention) or sent.doc._.participants.resolve(mention_text) is not None \
                    or _looks_like_a_name(mention):
                return mention_text, mention.start_char, mention.start_char + len(mention_text), rule
            at = _titled_name_at(list(mention))
            if at:   # an opening phrase with no comma ran into the subject; the titled name at its end speaks
                tail = mention[at:]
                if is_person_mention(tail) or sent.doc._.participants.resolve(tail.text) is not None:
                    return tail.text, tail.start_char, tail.end_char, rule
            lead = named_lead(mention_text, sent.doc._.participants) if "," in mention_text else None
            if lead is not None:   # "R Lowth, Operations and Maintenance, informed": the name before the post
                return lead, mention.start_char, mention.start_char + len(lead), rule
            if MEETING_BODY.fullmatch(without_article(mention_text)) and token.lemma_.lower() in MEETING_DELIBERATES \
                    and token.tag_ == "VBD" and not any(c.dep_ == "aux" for c in token.children) \
                    and names_own_body(sent.doc._.meeting, without_article(mention_text),
                                       text_of(sent.doc)[:min(sent.start_char, 400)]):
                # "Council discussed the gravel program": the meeting itself, not the last one to speak ("The
                # Council had provided ..." in an officer's report is the organisation the officer speaks for)
                return mention_text, mention.start_char, mention.start_char + len(mention_text), rule
            if _reporting_body(mention) and token.tag_ in ("VBD", "VBN") and token.dep_ == "ROOT":
                # "The Highways Department had advised that ...", "C.C.C. had confirmed that ...": the body
                # reported (not the meeting's own Council or Board, whose officer speaks for it)
                if INITIALISM.fullmatch(mention_text + ".") and sent.doc.text[mention.end_char:mention.end_char + 1] == ".":
                    mention_text += "."   # "C.C.C. had confirmed": the last full stop is the initialism's
                return mention_text, mention.start_char, mention.start_char + len(mention_text), "speaker.body"
            if relative:
                continue   # "X, who had received a reply, read ...": the main verb may still name X
            # only the first reporting verb with a subject decides (a name leading its post, which the parser
            # made the subject's modifier, still does)
            return self._name_post_lead(sent)
        return self._name_post_lead(sent) or self._actor_mention(sent)

    def _meeting_deliberates(self, sent: Span, offset: int) -> tuple[str, int, int, str] | None:
        """'The Board reviewed revised Policy OP-07', 'The Board directed the CEO to respond': the meeting itself,
        deliberating or deciding (GUIDELINES.md), whether or not the verb is one that reports speech."""
        match = MEETING_BODY_OPENS.match(sent.text, offset)
        if match is None:
            return None
        verb = next((t for t in sent if t.idx >= sent.start_char + match.end("body")), None)
        if verb is None or verb.tag_ != "VBD" or verb.lemma_.lower() not in MEETING_DELIBERATES:
            return None
        meeting = sent.doc._.meeting
        # the body the minutes are of: as read from the header, or the header's own words
        own = " ".join(filter(None, (meeting.body, meeting.title) if meeting is not None else ())).lower() \
            + " " + " ".join(text_of(sent.doc)[:min(sent.start_char, 400)].split("\n")[:5]).lower()
        word = match.group("body").split()[-1].lower()
        if word != "council" and word not in own:
            return None   # a delegate's "The Board reviewed the plan at its March meeting": another body
        return match.group("body"), sent.start_char + match.start("body"), sent.start_char + match.end("body"), \
            "speaker.subject"

    def _presentation_heading(self, sent: Span) -> tuple[str, int, int, str] | None:
        """'3.Presentation by Ms. Grace O'Sheahan on the Role of ... Ms. O'Sheahan stated that ...': a heading
        run into the sentence after it; the presenter speaks if a reporting verb follows the heading."""
        match = speaker_cues()["speaker.presentation_heading"].match(sent.text)
        if not match:
            return None
        after = sent.start_char + match.end("who")
        lemmas = reporting_lemmas()
        verb = next((t for t in sent if t.idx >= after and t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in lemmas
                     and _has_reporting_object(t)), None)
        who = sent.doc.char_span(sent.start_char + match.start("who"), after, alignment_mode="expand")
        if verb is None or who is None or not any(t.ent_type_ == "PERSON" for t in who):
            return None   # the heading alone ("Presentation by Failte Ireland on ..."), or a body ("by Irish Water")
        # the presenter is the one who speaks only when the sentence names them again just before the verb
        # ("... Ms. O'Sheahan stated"), not "... Director of Housing Members welcomed the presentation"
        before = next((t for t in reversed(sent.doc[sent.start:verb.i]) if not t.is_punct), None)
        surname = match.group("who").split()[-1]
        if before is None or before.text.lower() != surname.lower():
            return None
        start = sent.start_char + match.start("who")
        return match.group("who"), start, start + len(match.group("who")), "speaker.presentation_heading"

    @staticmethod
    def _relayed_body(registry: ParticipantRegistry, text: str, previous: Utterance) -> bool:
        """An outside body named as the subject while an officer speaks ("The Gardaí monitor ..." in the Chief
        Superintendent's account), not the meeting's own body deliberating ("The Council discussed ...")."""
        speaker = registry.get(previous.speaker)
        return speaker is not None and speaker.kind in ("officer", "witness") and names_a_body(text) \
            and not names_a_group(text) and not MEETING_BODY.fullmatch(without_article(text))

    @staticmethod
    def _label_names_someone(sent: Span, label: re.Match) -> bool:
        """A run-in label speaks when it names a listed person ("Treasurer Olander", initials "AH") or a titled one
        ("Councillor Nadeau"); "Present", "Direction" or "Staff" label other things."""
        who = sent.doc.char_span(sent.start_char + label.start("who"), sent.start_char + label.end("who"),
                                 alignment_mode="expand")
        if who is None:
            return False
        listed = sent.doc._.participants.resolve(label.group("who"))
        # a name alone may be a place ("Carrig Desmond: Snag list agreed with banks", an estate in a roads update)
        return (listed is not None and listed.name is not None and listed.source != "mention") or (
            re.sub(r"[.]", "", who[0].lower_) in PERSON_TITLES and is_person_mention(who))

    def _name_post_lead(self, sent: Span) -> tuple[str, int, int, str] | None:
        """'S McNamara, HAT, updated members on ...', 'K. Burke Senior Executive Planner, informed members': the parser
        lost the verb (it read 'updated' as an adjective); a name, a post and a reporting verb still give the speaker."""
        for rule in ("speaker.name_post_lead", "speaker.name_post_nocomma"):
            match = speaker_cues()[rule].match(sent.text)
            if not match:
                continue
            verb = sent.doc.char_span(sent.start_char + match.start("verb"), sent.start_char + match.end("verb"))
            word = verb.text.lower() if verb is not None else ""
            # the tagger may read the verb as an adjective, lemma and all ("informed"): its stem still reports
            if verb is None or not {verb.root.lemma_.lower(), word[:-2], word[:-1]} & set(reporting_lemmas()):
                continue
            if verb.root.lemma_.lower() in active_only_lemmas() and not _has_reporting_object(verb.root):
                continue   # "Cllr. P. Harries, Item 7 was deferred to the next meeting": deferring reports only an item
            lead = named_lead(match.group("who"), sent.doc._.participants)
            if lead is not None:
                return lead, sent.start_char, sent.start_char + len(lead), rule
        return None

    def _actor_mention(self, sent: Span) -> tuple[str, int, int, str] | None:
        """No reporting verb: in "The Clerk would circulate the draft" the minutes report the
        actor's own undertaking, so the actor is the speaker (a person or post, never 'the Council'). The
        undertaking may be a clause joined to the sentence's root ("There was one large tree ... and Cllr. A.
        Thomas would meet with Cllr. H. Gwynne on site") or one the parser hung under a conditional ("... should
        this be necessary")."""
        for verb in [sent.root, *(t for t in sent if t.i != sent.root.i and t.dep_ in ("conj", "ccomp")
                                  and any(c.dep_ == "aux" and c.lower_ in ACTOR_MODALS for c in t.children))]:
            found = self._actor_of(sent, verb)
            if found is not None:
                return found
        return None

    def _actor_of(self, sent: Span, root: Token) -> tuple[str, int, int, str] | None:
        # "Cllr. Joseph Davies would forward to ...": the tagger may read the verb after the modal as an adverb
        verbal = root.pos_ == "VERB" or (root.is_alpha and root.is_lower and sent.doc[root.i - 1].lower_ in ACTOR_MODALS)
        # "The Clerk had contacted the Cariad Charity ...": a person reporting what they had done (past perfect)
        done = root.pos_ == "VERB" and root.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in root.children)
        if not done and (not verbal or not any(c.dep_ == "aux" and c.lower_ in ACTOR_MODALS for c in root.children)):
            return None
        subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i >= sent.start]
        if not subjects:
            return None
        subj = subjects[0]
        if subj.lower_ in PRONOUNS and subj.lower_ not in ("he", "she"):
            return None
        left, right = max(subj.left_edge.i, sent.start), subj.right_edge.i
        while left > sent.start and re.sub(r"[.]", "", sent.doc[left - 1].lower_) in PERSON_TITLES:
            left -= 1   # "Cllr." the parser hung on the verb
        if right - left + 1 > self.max_subject_tokens:
            return None
        mention = sent.doc[left : right + 1]
        text = mention.text.strip(" ,")
        listed = sent.doc._.participants.resolve(text) if len(mention) == 1 else None   # "Gord will take the quote"
        if not text or not (is_person_mention(mention) or _looks_like_a_name(mention)
                            or (listed is not None and listed.source != "mention")):
            return None
        if people_listed(text) or names_a_body(text):
            return None   # "Cllr. X and Cllr. Y would ...", "the Gardaí would ...": no one speaker
        return text, mention.start_char, mention.start_char + len(text), "speaker.actor"

    def _prefix_mention(self, sent: Span, offset: int, verb) -> tuple[str, int, int, str] | None:
        misread = verb.tag_ == "VBN" and verb.dep_ == "amod" and verb.i > sent.start \
            and sent.doc[verb.i - 1].ent_type_ in ("ROLE", "PERSON")   # "the Chairperson thanked members" read as an adjective
        if verb.tag_ not in ("VBD", "VBZ", "VBP") and not misread:
            return None   # "Clerk to respond": an action line, not reported speech
        tokens = [t for t in sent if sent.start_char + offset <= t.idx and t.i < verb.i]
        while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in ("ADV", "PART")):
            tokens.pop()
        at = _titled_name_at(tokens) or _post_after_opening(tokens)
        if at:   # no comma after the opening phrase: the titled name or post at its end
            tokens = tokens[at:]
        if not tokens or len(tokens) > self.max_subject_tokens or (
                tokens[0].pos_ == "ADP" and tokens[-1].lemma_.lower() in ASKING_GROUPS):
            return None   # "In reply to Members queries ...": an opening phrase alone names no one
        if any(t.pos_ in ("VERB", "AUX") for t in tokens):
            return None
        mention = sent.doc[tokens[0].i:tokens[-1].i + 1]
        text = ON_BEHALF.sub("", mention.text).strip(" ,")
        if not text or not (text[0].isupper() or text.lower().startswith(("the ", "a "))):
            return None
        if kind_for_role(text) == "other" and not any(t.ent_type_ == "PERSON" for t in mention):
            return None
        return text, mention.start_char, mention.start_char + len(text), "speaker.subject_prefix"

    def _resolve(self, registry, text, span, recent, holders, doc: Doc | None = None) -> Participant | None:
        lowered = text.lower()
        if lowered in ("he", "she"):
            return latest_person(recent, lowered, text_of(doc) if doc is not None else None)
        if lowered in PRONOUNS:
            return recent[-1] if recent else None
        post = chair_post(text)
        if post is not None and post in holders:
            holders[post].mentions.append(span)
            return holders[post]
        in_context = resolve_in_context(text, recent) or (named_earlier(doc, text, span[0]) if doc is not None else None)
        if in_context is not None:
            in_context.mentions.append(span)
            return in_context
        return registry.get_or_create(text, span)


def welcomed_guests(doc: Doc, utt: Utterance, registry: ParticipantRegistry) -> list[Participant]:
    """The guests a chair welcomes in `utt` ("The Cathaoirleach welcomed Ms. S. McCutcheon, Executive
    Archaeologist to the Meeting"); none when someone else welcomes (a Superintendent welcoming a
    colleague goes on speaking himself)."""
    speaker = registry.get(utt.speaker) if utt.speaker else None
    if speaker is None or speaker.kind not in ("chair", "vice_chair"):
        return []
    text = text_of(doc)[utt.start:utt.end]
    match = speaker_cues()["speaker.welcomed_guest"].search(text)
    if not match:
        return []
    return registry.welcome(match.group("who"), utt.start + match.start("who"))


# a sentence that introduces the speaker's own list: "presented her monthly report with the following updates:",
# "reported as follows:" (the numbered or bulleted points right below are hers, until a line that is no point or
# someone else is named)
FOLLOWING_LIST = re.compile(r"\b(?:the\s+following|as\s+follows)\b[^.!?]{0,40}:\s*$", re.I)
FOLLOWING_TEXT = re.compile(r"\bthe\s+following\s+(?:amendments?|motions?|resolutions?|notices?\s+of\s+motion)\b", re.I)


def author_read_out(doc: Doc, utt: Utterance, registry: ParticipantRegistry) -> Participant | None:
    """The author of a letter or reply someone reads to the meeting ("The Meetings Administrator read
    the following reply from the SEO, Water Services:"): the text after the colon is theirs."""
    return _named_by_cue(doc, utt, registry, "speaker.read_from")


def _named_by_cue(doc: Doc, utt: Utterance, registry: ParticipantRegistry, cue: str) -> Participant | None:
    """The participant the cue's "who" group names in the utterance, created if need be."""
    text = text_of(doc)[utt.start:utt.end]
    match = speaker_cues()[cue].search(text)
    if not match:
        return None
    return registry.get_or_create(match.group("who"), (utt.start + match.start("who"), utt.start + match.end("who")))


def _listed_by_dash(doc: Doc, utt: Utterance, registry: ParticipantRegistry) -> Participant | None:
    """The listed participant a line opens with before a dash ("Noreen - The permit has been applied for"); a name
    the attendance lists do not resolve (a correspondent, a topic: "Ice plant - Darren said") is no one's."""
    match = speaker_cues()["speaker.name_dash_line"].match(text_of(doc)[utt.start:utt.end])
    if not match:
        return None
    found = registry.resolve(match.group("who"))
    return found if found is not None and found.source.startswith("attendance.") else None


def proposer_of_what_follows(doc: Doc, utt: Utterance, registry: ParticipantRegistry) -> Participant | None:
    """The proposer of an amendment or motion set out after the line that introduces it: its text is theirs."""
    return _named_by_cue(doc, utt, registry, "speaker.following_proposal")   # the cue is anchored with ^


# a table row's first cell, or a run-in label, before the sentence proper: "Treasurer's Report - Financial Statements |
# T.R. presented ...", "Smoke Alarm Program: Deputy Chief Vinet reported ..."
LEADING_CELL = re.compile(r"^(?:[^|\n]{2,120}?\s\||[A-Z][\w'’&/-]*(?:\s+(?:[A-Z][\w'’&/-]*|and|of|&|the)){0,5}:)\s+(?=[A-Z])")
# an agenda item's heading run into its first sentence: "Item 5: Development of New Anti-Social Behaviour Strategy - To
# note progress to date Mr. Seamus Hayes, Administrative Officer, ... provided an update" (the titled name begins it)
TITLE_WORDS = "|".join(t.capitalize() for t in PERSON_TITLES)   # "Councillor|Cllr|Mr|..." in a pattern
LEADING_ITEM_HEADING = re.compile(r"^(?:Agenda\s+)?Item\s+(?:No\.?\s*)?\d+[a-z]?\s*[:.–-]\s*[^\n]{3,160}?\s"
                                  rf"(?=(?:{TITLE_WORDS})\.?\s+[A-Z])")
# a bold "2.Update on filling of Sectoral Vacancies" heading the reader ran into its paragraph: the number is glued
# to the heading's first word; the speaker's mention is the last titled one before the first verb-like word
RUN_IN_NUMBERED_HEADING = re.compile(r"^\d{1,2}\.(?=[A-Z][a-z])")
HEADING_MENTION = re.compile(r"\b(?:The\s+(?:A/)?[A-Z]|(?:Chief\s+)?Superintendent\s+[A-Z]|Sergeant\s+[A-Z]|Inspector\s+[A-Z]|"
                             rf"(?:{TITLE_WORDS})\.?\s+[A-Z])")
HEADING_WORD = re.compile(r"[A-Za-z][\w'’&/-]*")
HEADING_SMALL_WORDS = {"of", "on", "and", "for", "from", "the", "to", "in", "at", "by", "with", "under", "re", "per"}


def run_in_heading_end(text: str) -> int:
    """Where the sentence proper begins after a run-in heading ("4.Receive Presentation from Chief Superintendent
    Sheahan on Crime Statistics Chief Superintendent Sheahan gave ...", "Clarification of Powers of An Garda Siochana
    under Section 41 Road Traffic Act 1994 The Chief Superintendent outlined ..."), or 0. A heading with no number
    glued to it must be in title case throughout."""
    glued = RUN_IN_NUMBERED_HEADING.match(text)
    begin = glued.end() if glued else 0
    starts = [m.start() for m in HEADING_MENTION.finditer(text, begin + 3)]
    lead = text[begin:starts[0]] if starts else ""
    if starts and lead.upper() == lead and sum(c.isalpha() for c in lead) >= 8:
        return starts[0]   # a heading in capitals, commas and all: "LAKE ASSOCIATION - FRANK DEACON, PRESIDENT Mr. Deacon"
    if not glued and starts and ("," in text[:starts[0]] or HEADING_MENTION.match(text) or len(text[:starts[0]].split()) < 3):
        return 0   # "An Cathaoirleach, Cllr. Stephen Keary enquired", "Ms. O'Reilly and Ms. Conlon advised": no heading
    for word in HEADING_WORD.finditer(text, begin):
        if word.group()[0].islower() and word.group() not in HEADING_SMALL_WORDS:
            seen = bisect.bisect_right(starts, word.start())
            if seen:
                return starts[seen - 1]   # the verb after the latest mention
            if not glued:
                return 0                  # a sentence, not a heading, before any mention
    return 0


INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")   # "C.C.C.", "S.W.T.R.A."


def _reporting_body(mention: Span) -> bool:
    """'The Highways Department', 'Royal Mail', 'C.C.C.': a body other than the meeting's own."""
    text = without_article(mention.text.strip(" ,"))
    if MEETING_BODY.fullmatch(text) or text.lower() in ("members", "member", "staff", "officers"):
        return False
    return names_a_body(text) or all(t.ent_type_ == "ORG" for t in mention if not t.is_punct and t.lower_ != "the") \
        or bool(INITIALISM.fullmatch(text))


def is_group(participant: Participant) -> bool:
    """'Members', 'A number of members', 'the Deputation': more than one person."""
    return not participant.name and names_a_group(participant.role or "")


HONORIFICS = {"councillor", "cllr", "mr", "mrs", "ms", "miss", "dr", "mayor", "deputy"}
LIST_SPLIT = re.compile(r"\s*(?:,|;|\n|\band\b|&)\s*")


def owner_mention(text: str) -> bool:
    """One person, by title and name ("Cllr. Collins", "Ms Vaughan Mullane") or post ("the Senior
    Engineer"); not a bare title ("Cllr"), a group ("members") or a body ("the Council")."""
    words = text.split()
    if not words or len(words) > 6 or names_a_group(text):
        return False
    if words[0].lower().rstrip(".") in HONORIFICS:
        return len(words) >= 2
    return kind_for_role(text) in PERSON_KINDS and not names_a_body(text)


# "Cllrs. W. Loynton, Joseph Davies and P. Harries": one plural title before the names it covers
PLURAL_TITLE = re.compile(r"^\s*(?:Cllrs|Clirs|Councillors|Councilors|Messrs)\.?\s+(?=[A-Z])")
BARE_NAME = re.compile(r"^(?:[A-Z]\.\s?)*[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.\s?)*[A-Z][\w'’-]+){0,2}$")


def people_listed(text: str, offset: int = 0) -> list[tuple[str, int]]:
    """'Cllr. Collins, Cllr. McMahon and Ms Vaughan Mullane', 'Cllrs. W. Loynton and Arwel Davies' -> each
    person with their offset (plus `offset`); empty unless the text lists two or more people and nothing else."""
    parts, at = [], 0
    titled = PLURAL_TITLE.match(text)
    if titled:   # the names under a plural title need no title of their own
        text, offset = " " * titled.end() + text[titled.end():], offset
    for piece in LIST_SPLIT.split(text):
        cleaned = piece.strip(" .,\n")
        if not cleaned:
            continue
        if not (owner_mention(cleaned) or (titled and BARE_NAME.match(cleaned))):
            return []
        start = text.find(cleaned, at)
        parts.append((cleaned, offset + start))
        at = start + len(cleaned)
    return parts if len(parts) >= 2 else []


def _note_elections(registry: ParticipantRegistry, utt: Utterance, said: str, holders: dict[str, Participant]) -> None:
    """The chair or vice-chair the sentence elects holds the post from the next sentence on."""
    for kind, who, at in elections_in(said):
        holders[kind] = registry.get_or_create(who, (utt.start + at, utt.start + at + len(who)))


def latest_person(recent: list[Participant], pronoun: str | None = None, text: str | None = None) -> Participant | None:
    """Who 'he' or 'she' is: the latest single person in the item, not 'Members' or 'the Gardaí' who spoke last; given
    the pronoun and the document's text, not someone a title gives the other gender ("Mr. Pat Murphy ... Ms. Ryan
    advised ... She stressed": Ms. Ryan, though Mr. Murphy spoke since), unless no one else is there."""
    people = [p for p in reversed(recent) if not is_group(p) and not (not p.name and names_a_body(p.role or ""))]
    if pronoun in PRONOUN_GENDERS and text is not None:
        agreeing = next((p for p in people if title_gender(p, text) in (None, PRONOUN_GENDERS[pronoun])), None)
        if agreeing is not None:
            return agreeing
    return people[0] if people else None


def _names_someone(mention: Span) -> bool:
    """A person's mention, or one the meeting's participants resolve ("Nadia Khoury, Treasurer")."""
    return is_person_mention(mention) or mention.doc._.participants.resolve(mention.text.strip(" ,")) is not None


ON_BEHALF = re.compile(r",?\s+on\s+(?:his|her|their|its)\s+own\s+behalf\b.*$|,?\s+on\s+behalf\s+of\s+(?:the\s+)?"
                       r"(?:[A-Z][\w’'-]*\s*)+(?:Party)?$", re.S)
# a written question's opening wh-word: its passive verb's subject is what is asked about
WH_OPENING = re.compile(r"^\W*(?:How|What|When|Where|Why|Which|Who)\b")
PRONOUN_GENDERS = {"he": "m", "she": "f"}
TITLE_GENDERS = {"mr": "m", "ms": "f", "mrs": "f", "miss": "f"}


def title_gender(person: Participant, text: str) -> str | None:
    """The gender the person's honorifics in the text agree on ("Mr. Murphy", "Ms. A. Ryan"); None when no mention
    carries one or they disagree."""
    genders = {TITLE_GENDERS.get(text[start:end].split(".")[0].split(" ")[0].lower()) for start, end in person.mentions}
    genders.discard(None)
    return genders.pop() if len(genders) == 1 else None


SUBMITTED_BY = re.compile(r"\bsubmitted by\s+(?P<who>.+?)\s*$", re.I)
SUBMITTED_BLOCKS = {"written_question", "motion"}
# "Question submitted by", "Notices of Motion submitted by" (commitments reads headings with it too)
SUBMITTED_PHRASE = r"(?:Questions?|Notices?\s+of\s+Motion)\s+submitted\s+by\b"
# "... Questions submitted by Councillor L. Galvin:" run into a paragraph; or a line that opens with the phrase
# (perhaps after "To consider", "A Reply to the following" or "Deferred") and names the submitter, perhaps with where
# it came from ("To consider Notice of Motion referred from ..., submitted by Cllr. C. Sheehan;", "A Reply to the
# following Question submitted by Councillor B. Teefy at Meeting held on ...", "... submitted by the Municipal
# District of Adare-Rathkeale - Councillors ..." or "(Councillors S. Keary (Proposer), ...)"). A sentence about a
# submitted motion ("The Notice of Motion submitted by Cllr. Ryan at the Meeting of 5th May was deferred", "...
# referred to the Question submitted by Councillor Teefy") or one that goes on after the name ("Notice of Motion
# submitted by Cllr. Ryan was deferred.") names no one.
_NAME_WORD = r"(?:[A-ZÁÉÍÓÚ(][\w'’.,()-]*|and|of|&)"
SUBMITTED_LINE = re.compile(
    rf"\b{SUBMITTED_PHRASE}\s+(?P<who>[^:\n]{{3,60}}?)\s*:"
    rf"|^[\W\d]*(?i:Item\s+\d+[.:]?\s+)?(?i:To\s+consider\s+|A\s+Reply\s+to\s+the\s+following\s+|Deferred\s+)?"
    rf"(?i:Questions?|Notices?\s+of\s+Motion)\b[^\n]{{0,120}}?\b(?i:submitted\s+by)\s+"
    rf"(?P<own>(?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,10}}?)"
    rf"\s*(?:;|\.?\s*$|\s+at\s+(?:the\s+)?[Mm]eeting\b|\s+[-–]\s|\s+\((?i:to\s+be|referred|councill\w*|cllrs?)\b)",
    re.M)
# Who writes a question's or motion's text: "I", or the OCR's "|", "1", "!" or "l" for it
WRITER = r"(?:I|\||1|!|l)"
# The text of a written question or motion: "I will ask ...", "I WILL ASK AT THE NEXT MEETING", "I move at the next
# Meeting that ...", "7. “I will move ..."; a motion of several
# members: "We will move (at the next meeting) that ..." (not "We will move the bus stop", said in a reply)
SUBMISSION_TEXT = re.compile(rf"^[\W\d]*(?:{WRITER}|We(?=\s+will\s+move\b[^.\n]{{0,120}}?\bthat\b))\s+"
                             r"(?:(?i:will|wish\s+to|would\s+like\s+to)\s+|(?=move\s+(?:at\s+the\s+next|that)\b))"
                             r"(?P<verb>(?i:move|ask|propose))\b")


@lru_cache(maxsize=1)
def _interrogative_opening() -> re.Pattern:
    row = next(r for r in load_rules("question_cues") if r["id"] == "question.interrogative")
    return re.compile(row["pattern"])


def _opens_list_point(doc: Doc, utt: Utterance) -> bool:
    """The utterance opens a line with a list marker ("1. Media campaign", "- Dealing with correspondence")."""
    text = text_of(doc)
    line_start = text.rfind("\n", 0, utt.start) + 1
    before = text[line_start:utt.start].strip()
    return bool(before) and bool(LIST_MARKER.fullmatch(text[line_start:utt.start].lstrip()) or re.fullmatch(r"[-•●▪‣∙·*–]", before))


def _opens_numbered_paragraph(doc: Doc, utt: Utterance) -> bool:
    """'6. Can the Council install ...': a written question is a list entry of its own (the marker
    trim_span took off the utterance); a question put in the debate after it is not."""
    text = text_of(doc)
    line_start = text.rfind("\n", 0, utt.start) + 1
    return bool(LIST_MARKER.fullmatch(text[line_start:utt.start].lstrip()))


def interrogative(text: str) -> bool:
    """A wh-word or an inverted auxiliary opens the sentence (question.interrogative)."""
    return bool(_interrogative_opening().match(text))


def submitter(doc: Doc, utt: Utterance) -> tuple[str, str] | None:
    """(participant id, mention) of the member named in the item title 'Question / Notice of Motion
    submitted by Councillor X': the text of a written question or motion is theirs."""
    item = next((i for i in doc._.structure.items if i.id == utt.item), None)
    found: tuple[int, str] | None = None
    match = SUBMITTED_BY.search(item.title) if item is not None else None
    if match:
        title_at = text_of(doc).find(item.title, item.start)
        found = ((title_at if title_at >= 0 else item.start) + match.start("who"), match.group("who"))
    # "... Questions submitted by Councillor L. Galvin:" run into the paragraph before a numbered list of
    # written questions, or a later submitted-by line inside the item ("A Reply to the following Question
    # submitted by Councillor B. Teefy at Meeting held on ..."): the latest one before the utterance wins
    since = item.start if item is not None else max(0, utt.start - 1500)
    lines = list(SUBMITTED_LINE.finditer(text_of(doc)[since:utt.start]))
    if lines:
        group = "who" if lines[-1].group("who") else "own"
        at = since + lines[-1].start(group)
        if found is None or at > found[0]:
            found = (at, lines[-1].group(group))
    return _submitter_participant(doc, found[1], found[0]) if found is not None else None


def _submitter_participant(doc: Doc, who: str, start: int) -> tuple[str, str]:
    who = who.rstrip(".:")
    # "the Municipal District of Adare-Rathkeale (Councillors S. Keary (Proposer), B. Collins, ...)": the district
    who = re.sub(r"\s*\((?=[^)]*(?:,|\bCouncill|\bCllrs?\b|\bProposer\b))[^\n]*$", "", who)
    who = re.sub(r"^Councillors\s+(\S+)\s+and\s+.*$", r"Councillor \1", who)
    participant = doc._.participants.get_or_create(who, (start, start + len(who)))
    return participant.id, who


def _same_point(a: Utterance, b: Utterance) -> bool:
    return a.item == b.item and a.point == b.point


def without_article(mention: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", mention.strip(), flags=re.I)


def _head_words(mention: str) -> list[str]:
    return [w for w in re.split(r"[\s,–-]+", without_article(mention).lower()) if w]


def resolve_in_context(mention: str, recent: list[Participant]) -> Participant | None:
    """'The Director' -> the latest speaker of this item whose role starts with 'Director'."""
    head = _head_words(mention)
    if not head or head[0] in PERSON_TITLES or without_article(mention)[:1].islower():
        return None   # "members", "the report": not a post
    for participant in reversed(recent):
        if not participant.role:
            continue
        role = _head_words(participant.role)
        if role[: len(head)] == head and not _modifies_another_post(head, role):
            return participant
    if len(head) == 1:
        # "The Manager" for the "Landfill Manager" who has spoken in this item (a "Project Manager" listed among the
        # guests is not the one meant): the post's own noun, when one speaker of the item has it
        holders = {p.id: p for p in recent if p.role and _head_words(p.role.split(",")[0])[-1:] == head}
        if len(holders) == 1:
            return next(iter(holders.values()))
    return None


def named_earlier(doc: Doc, mention: str, at: int) -> Participant | None:
    """'The Director addressed the Meeting' where two Directors attend: the one the item last named by the whole post
    ("The Mayor then invited the Director of Environment and Water to present ..."), before anyone spoke."""
    registry = doc._.participants
    head = _head_words(mention)
    if not head or not without_article(mention)[:1].isupper() or registry.resolve(mention) is not None:
        return None
    holders = [p for p in registry.participants if p.source != "mention" and p.role
               and _head_words(p.role)[: len(head)] == head]
    if len(holders) < 2:
        return None
    item = doc._.structure.item_at(at)
    context = text_of(doc)[item.start if item is not None else max(0, at - 3000):at]
    words = r"\s+".join(re.escape(w) for w in without_article(mention).split())
    for named in reversed(list(re.finditer(rf"\b{words}\b[^.;:\n]{{0,80}}", context, re.I))):
        tokens = named.group().split()
        for k in range(len(tokens), len(head), -1):   # the longest stretch that names one of them
            found = registry.resolve(" ".join(tokens[:k]).rstrip(",.;"))
            if found in holders:
                return found
    return None


def _modifies_another_post(head: list[str], role: list[str]) -> bool:
    """'The Chief' is a Fire Chief or a Chief of Police, not the Chief Administrative Officer who spoke last:
    there "chief" only qualifies the post ("officer")."""
    return head == ["chief"] and len(role) > 1 and role[1] != "of"


def post_head(span: Span) -> Span:
    """The words up to the span's head, which name a post: "The Senior Executive Engineer" (not "... of the Council's
    view"); through "of" after the head, as "The A/Head of Finance" is a "Head of", not a bare "Head"."""
    root = span.root
    end = max(root.i + 1, span.start + 1)
    if end < span.end and span.doc[end].lower_ == "of":
        end += 1
    return span.doc[span.start:end]


def is_person_mention(mention: Span) -> bool:
    """A subject that can speak: a person, a post, a member; not 'the report' or 'a view expressed by Members'."""
    text = mention.text.strip()
    if not text:
        return False
    root = mention.root
    if root.lower_ in PRONOUNS:
        return True
    if LOWER_CASE_MEMBERS.fullmatch(text.lower()):
        return True   # "While members welcomed the presentation, they queried ...": lower-case, still the members
    if not (text[0].isupper() or text.lower().startswith(("the ", "a "))):
        return False
    if root.ent_type_ == "PERSON":
        return True
    first = re.sub(r"[.]", "", text.split()[0].lower())
    if first in PERSON_TITLES or first in ("councillors", "cllrs"):
        return True
    # the words up to the head decide: "The Senior Executive Engineer", "A Member", not "view ... by Members"
    head = post_head(mention).text
    if root.lower_ in ("staff", "officials", "representatives") and " from " in text and names_a_group(text):
        return True   # "Staff from the Home and Social Development Directorate made the following points"
    return kind_for_role(head) not in ("other",)


# "R Lowth", "S. McNamara", "Mr P J O'Grady", "Ms. Triona O'Connor": a title or initials, then a name
NAME_WITH_INITIALS = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+(?:[A-Z]\.?\s*){0,3}|(?:[A-Z]\.?\s*){1,3})"
                                r"(?:[A-Z][a-z]+\s+)?[A-Z][\w’'-]*[a-z][\w’'-]*")


# the meeting as a whole speaking ("Council discussed ...", "The Committee reviewed ...")
MEETING_BODY = re.compile(r"Council|Committee|Board|Commission")
# what the meeting does as a whole: "Council discussed ...", "Council directed staff to ...", "The Council wished to
# reiterate its objections" (train and synthetic gold: the body speaks in 73 of 82 such sentences)
MEETING_DELIBERATES = {"discuss", "review", "consider", "debate", "direct", "agree", "emphasise", "emphasize", "reiterate",
                       "wish", "congratulate"}
# what a person presents: "Ms O’Connell’s presentation outlined ..." reports her speaking
SPEECH_NOUNS = {"presentation", "report", "submission", "address", "reply", "response", "update", "overview"}
MEETING_BODY_OPENS = re.compile(r"\s*(?P<body>(?:[Tt]he\s+)?(?:Council|Committee|Board|Commission))\s+(?=[a-z]+ed\b)")
# "1502 Concession 6", "14 Mill Street": a street number opens a resident's address
STREET_ADDRESS = re.compile(r"\d{1,5}[A-Z]?\s+[A-Z0-9]")
# "Kyle Dorval", "Mary-Ann O'Neill": a first name and a surname, written out
FULL_NAME = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][\w’'-]*[a-z][\w’'-]*){1,2}")


def named_lead(mention: str, registry: ParticipantRegistry) -> str | None:
    """The name that leads 'Name, Post' ('R Lowth, Operations and Maintenance'; a bare name too):
    a participant the registry knows, or a name written with a title or initials (not 'In Kilmallock')."""
    lead = mention.split(",", 1)[0].strip()
    if not lead or names_a_body(lead) or names_a_group(lead):
        return None
    if registry.resolve(lead) is not None or NAME_WITH_INITIALS.fullmatch(lead):
        return lead
    post = mention.split(",", 1)[1].strip(" ,") if "," in mention else ""
    if post and FULL_NAME.fullmatch(lead) and kind_for_role(post) != "other":
        # "Kyle Dorval, Manager of Roads and Facilities, reviewed": an unlisted name, then a post; both, so that
        # the registry makes one participant with that post ("the Manager of Roads and Facilities" later is him)
        return mention.strip(" ,")
    if post and FULL_NAME.fullmatch(lead) and STREET_ADDRESS.match(post):
        return lead   # "Beverly Tremblay, 1502 Concession 6, asked": a resident, named with their address
    return None


def _looks_like_a_name(mention: Span) -> bool:
    """'Josephine Cotter Coughlan', 'Maria Woods': two to four capitalised proper nouns."""
    words = [t for t in mention if not t.is_punct]
    return 2 <= len(words) <= 4 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)


def build_utterances(doc: Doc) -> list[Utterance]:
    """Sentences with list markers stripped; a written question is one utterance."""
    structure = doc._.structure
    utterances: list[Utterance] = []
    question_blocks = [b for b in structure.blocks if b.kind == "written_question"]
    consumed_until = -1
    for sent in doc.sents:
        start, end = trim_span(text_of(doc), sent.start_char, sent.end_char)
        if start >= end or start < consumed_until:
            continue
        block = next((b for b in question_blocks if b.start <= start < b.end), None)
        if block is not None:
            start, end = trim_span(text_of(doc), max(block.start, start), block.end)
            consumed_until = block.end
        utterances.append(_make_utterance(doc, len(utterances), start, end))
    return utterances


def _make_utterance(doc: Doc, index: int, start: int, end: int) -> Utterance:
    structure = doc._.structure
    item = structure.item_at(start)
    point = structure.point_at(start)
    point_index = structure.points.index(point) if point is not None else None
    kinds = tuple(b.kind for b in structure.blocks_at(start))
    return Utterance(index=index, start=start, end=end, item=item.id if item else None,
                     point=point_index, blocks=kinds)


BULLET = re.compile(r"[-•–]\s+")


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip surrounding whitespace, a trailing table-cell bar ("... inflation? |") and a leading list marker
    ("1. ", "ii) ", "- - ") from [start, end); a bar alone is nothing (line_breaks starts a row's sentence after the bar of its
    empty first cell: "| K.M. to issue ...")."""
    while start < end and text[start].isspace():
        start += 1
    if text[start:end].strip() == "|":
        return end, end
    while end > start and (text[end - 1].isspace() or (text[end - 1] == "|" and end - start > 1)):
        end -= 1
    marker = LIST_MARKER.match(text, start, end)
    if marker and marker.end() < end:
        start = marker.end()
        bullet = BULLET.match(text, start, end)
        if bullet and bullet.end() < end:
            start = bullet.end()   # "- - Priya Nakamura to circulate ...": a page's own dash inside its list item
    return start, end
