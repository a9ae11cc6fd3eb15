"""Count, in the train split's gold, the cases behind the annotation decisions that GUIDELINES.md
settled on 2026-11-26 (who undertakes when no one is named; spending decisions; requests; raised
issues; a later meeting's agenda; hopes; 'shall') and later (a proposal only seconded; an announced intention;
a document recommended for adoption; session 21: concerns, a report's stated intention, paying an account, 'approved
that', 'is going to', an appointed member, a question reported in the past, and in the synthetic Ontario gold a notice
of motion's 'that' clause; session 29: lines the speaker cues leave unspoken, REPLY headings, 'it is intended that ...
will', schemes that 'will go to' consultation, tender or Part 8; session 30: taking the chair or leaving the meeting,
making a decision, carried notices of motion that ask the meeting to act). Reads annotations/gold and annotations/synthetic only; no model is loaded.

    .venv/bin/python bench/gold_decisions.py
"""
from __future__ import annotations

import re
from collections import Counter

from pipeline.deadlines import find_deadlines
from pipeline.evaluation.gold_eval import gold_documents
from pipeline.rulebook import load_rules

REQUEST_THAT = re.compile(r"\b(?:requested|asked|urged|called for|sought) that\b")
SPENDING = re.compile(r"\b(?:donat\w*|£\d|€\d)", re.I)
DECIDED = re.compile(r"\b(?:agreed|decided|approved|resolved)\b")
AGENDA = re.compile(r"\bagenda\b", re.I)
HOPED = re.compile(r"\b(?:it (?:is|was) (?:hoped|expected|anticipated|envisaged)|(?:is|are) expected to)\b", re.I)
SHALL = re.compile(r"\bshall\b")
# "Cllr X proposed ... . This was seconded by Cllr Y." with nothing after the seconder (session 20)
SECONDED_ONLY = re.compile(r"[^.\n]{0,80}\bproposed (?:that )?[^.\n]{0,200}\.\s+This was seconded by "
                           r"(?![^.\n]*\b(?:and|agreed|carried)\b)[^.\n]*\.(?!\s*(?:Agreed|Carried)\b)")
INTENTION = re.compile(r"\b(?:advised|announced|indicated|stated|confirmed|outlined|noted|said) (?:of |that )?"
                       r"(?:my|our|his|her|their|the Council['’]s) intention (?:is |was )?to|\b[Tt]he intention (?:is|was) to|"
                       r"[Ii]t['’]s the Council['’]s intention to")
FOR_ADOPTION = re.compile(r"\brecommended to (?:the )?(?:full )?Council for (?:adoption|approval)", re.I)
RAISED = re.compile(r"\braised (?:the )?(?:issues?|matters?|questions?|concerns?|queries) "
                    r"(?:of|in relation to|regarding|about|relating to|with regard to)\b")


# session 21: sentence patterns and the gold label type whose overlap is counted
SESSION_21 = (
    ("a concern or fear with a modal ('They were concerned that ... would be increased')",
     re.compile(r"\b(?:concern(?:ed|s)?|fear(?:ed|s)?|worried|worry)\b[^.]*\b(?:would|will)\b", re.I), "commitment"),
    ("a circulated report 'setting out ... and the intention to bring'",
     re.compile(r"\bsetting out\b[^\n]{0,400}?\band the intention to\b"), "commitment"),
    ("'Clerk to arrange payment' / '... be paid'", re.compile(r"\bto arrange payment\b|\bbe paid\b"), "commitment"),
    ("'unanimously approved that'", re.compile(r"\bunanimously approved that\b"), "commitment"),
    ("'is / are going to' (not in a question)", re.compile(r"^(?!.*\b(?:queried|asked|if|whether)\b).*\b(?:is|are) going to\b"),
     "commitment"),
    ("a titled member 'would be appointed'", re.compile(r"\b(?:Councillor|Cllr\.?|Cmhlr\.?)\s[^.]{0,40}would be appointed\b"),
     "commitment"),
    ("a question reported in the past ('What was ...', 'Were there ...')",
     re.compile(r"^[“\"‘']?\s*(?:(?:What|How|When|Where|Why|Which)\s+(?:was|were)\b|(?:Was|Were)\s+(?:the|there|any|this|it)\s+\w+)"),
     "question"),
)
NOTICE_THAT = re.compile(r"\b(?:gave|gives|give|served) notice that\b")


def _overlaps(sentence: dict, rows: list[dict]) -> bool:
    return any(r["start"] < sentence["end"] and sentence["start"] < r["end"] for r in rows)


def _session_21() -> None:
    counts = {label: Counter() for label, _, _ in SESSION_21}
    for gold in gold_documents("annotations/gold", "train"):
        for label, pattern, kind in SESSION_21:
            rows = [r for r in gold.lines if r.get("type") == kind]
            for s in gold.sentences:
                if pattern.search(s["text"]):
                    counts[label][_overlaps(s, rows)] += 1
    for label, _, kind in SESSION_21:   # a sentence counts when a gold label of `kind` overlaps it anywhere
        print(f"{label}: sentences with a gold {kind} {counts[label][True]} of {sum(counts[label].values())}")
    notices: Counter[bool] = Counter()
    for gold in gold_documents("annotations/synthetic", "all"):
        rows = [r for r in gold.lines if r.get("type") == "commitment"]
        for s in gold.sentences:
            if NOTICE_THAT.search(s["text"]):
                notices[_overlaps(s, rows)] += 1
    print(f"synthetic: 'gave notice that ...' with a gold commitment {notices[True]} of {sum(notices.values())}")


# session 29: the shipped speaker cues' lines, REPLY headings, intentions told as a clause, schemes going to a stage
REPLY_LABEL = re.compile(r"^\s*REPLY\s*[:.-]?\s*$", re.I)
INTENDED_THAT = re.compile(r"\b(?:is|was) intended that\b[^.]*\b(?:will|would)\b", re.I)
GOES_TO_STAGE = re.compile(r"\b(?:will|would)\s+(?:be\s+going|go)\s+(?:out\s+)?to\s+(?:public\s+)?"
                           r"(?:consultation|tender|Part\s+(?:\d+|[IVX]+))\b", re.I)


def _session_29() -> None:
    from pipeline.components.speakers import speaker_cues

    cues = speaker_cues()
    unspoken = {rule: Counter() for rule in ("speaker.proposal_line", "speaker.unspoken_decision")}
    replies: Counter[tuple[str, bool]] = Counter()
    promised = {"intended that ... will": Counter(), "will go to consultation/tender/Part N": Counter()}
    for gold in gold_documents("annotations/gold", "train"):
        rows = [r for r in gold.lines if r.get("type") == "commitment"]
        for s in gold.sentences:
            for rule, counts in unspoken.items():
                if cues[rule].match(s["text"]):
                    counts[s.get("speaker") is None] += 1
            if REPLY_LABEL.match(s["text"]):
                replies[(s["act"], s.get("speaker") is None)] += 1
            for label, pattern in (("intended that ... will", INTENDED_THAT),
                                   ("will go to consultation/tender/Part N", GOES_TO_STAGE)):
                if pattern.search(s["text"]):
                    promised[label][_overlaps(s, rows)] += 1
    for rule, counts in unspoken.items():
        print(f"{rule}: train sentences with no gold speaker {counts[True]} of {sum(counts.values())}")
    print(f"'REPLY:' alone: procedural with no speaker {replies[('procedural', True)]} of {sum(replies.values())}")
    for label, counts in promised.items():
        print(f"{label}: sentences with a gold commitment {counts[True]} of {sum(counts.values())}")


# session 30: the shapes of the rules' own lexicon entries (lex.chair_taken, lex.leaving_the_meeting, lex.decision_nouns)
CHAIR_OR_LEAVING = re.compile(r"\btake the chair\b|\b(?:withdraw|exempt|absent|excus|recus|leav|retir)\w* (?:himself |herself "
                              r"|themselves )?from the meeting\b", re.I)
# question.interrogative as it stood before session 30 (rules/question_cues.jsonl has today's)
INTERROGATIVE_BEFORE_30 = re.compile(r"^[\u201c\"\u2018']?\s*(?:(?:What|How|When|Where|Why|Which)\s+(?:is|are|was|were|will|would|can|could|has|"
                                     r"have|does|do|did|many)\b(?!\s+[a-z]+ed\b)|(?:Has|Have|Is|Are|Was|Were|Can|Could|Will|Would|"
                                     r"Does|Did)\s+(?:the|there|any|this|it)\s+\w+)")
# "that Public Toilets be installed at Hospital": a motion's clause in the passive (not "that the Council ...")
PASSIVE_REST = re.compile(r"(?:the\s+|a\s+|an\s+)?[^,]{0,80}?\b(?:be|is|are)\s+\w+(?:ed|en|t)\b")
OWN_BODY_REST = re.compile(r"(?:the|this)?\s*(?:Limerick City and County )?Council\b", re.I)
# the Irish alternatives of speaker_cues.jsonl's speaker.no_speaker_line
IRISH_PROPOSAL = re.compile(r"^(?:Ar\s+[Mm]h?oladh|Molta\s+ag|Cuidi\w*\s+(?:ag|ó|ón|6n))\b")
DECISION_MADE = re.compile(r"\b(?:make|made|making|take|taken|taking) (?:a |the |its |their |any )?(?:final |formal )?"
                           r"decisions?\b|\bdecisions? (?:will|would) be (?:made|taken)\b", re.I)


def _session_30() -> None:
    from pipeline.components.commitments import MOTION_THAT

    counts = {"take the chair / leave the meeting": Counter(), "make / take a decision": Counter(),
              "carried-motion shape 'I will move ... to <act>' / 'calling on'": Counter()}
    irish = Counter()   # "Ar moladh Cllr. X" / "Cuidithe ag Cllr. Y": the Irish proposer and seconder lines
    widened = Counter()   # sentences question.interrogative finds since session 30 and did not before
    passive_motions = Counter()   # carried motions in the passive at a district meeting: whose, by the gold
    interrogative = re.compile(next(r["pattern"] for r in load_rules("question_cues") if r["id"] == "question.interrogative"))
    for gold in gold_documents("annotations/gold", "train"):
        rows = [r for r in gold.lines if r.get("type") == "commitment"]
        questions = [r for r in gold.lines if r.get("type") == "question"]
        for s in gold.sentences:
            text = s["text"].strip("\u201c\u201d\" ")
            motion = MOTION_THAT.match(text)
            rest = motion.group("rest") if motion is not None else None
            if rest and "District" in (gold.header.get("meeting_body") or "") and PASSIVE_REST.match(rest) \
                    and not OWN_BODY_REST.match(rest):
                for r in rows:
                    if r["start"] < s["end"] and s["start"] < r["end"]:
                        passive_motions["council" if "Council" in (r.get("who_role") or "") else "other"] += 1
            if IRISH_PROPOSAL.match(text):
                irish[(s["act"], s.get("speaker") is None)] += 1
            if interrogative.search(s["text"]) and not INTERROGATIVE_BEFORE_30.search(s["text"]):
                widened[_overlaps(s, questions)] += 1
            for label, found in (("take the chair / leave the meeting", CHAIR_OR_LEAVING.search(text)),
                                 ("make / take a decision", DECISION_MADE.search(text)),
                                 ("carried-motion shape 'I will move ... to <act>' / 'calling on'",
                                  motion is not None and motion.group("act"))):
                if found:
                    counts[label][_overlaps(s, rows)] += 1
    for label, c in counts.items():
        print(f"{label}: train sentences with a gold commitment {c[True]} of {sum(c.values())}")
    print(f"Irish proposer/seconder lines procedural with no speaker: {irish[('procedural', True)]} of {sum(irish.values())}")
    print(f"carried motions in the passive at district meetings, gold actor the council: {passive_motions['council']} of "
          f"{sum(passive_motions.values())}")
    print(f"question.interrogative, sentences only session 30's pattern finds: gold questions {widened[True]} of "
          f"{sum(widened.values())}")


DUE_TO = re.compile(r"\b(?:is|are|was|were)\s+due\s+to\s+(?:start|commence|begin|be\s+\w+ed|open|finish|complete)", re.I)
ANTICIPATED = re.compile(r"\bit is (?:anticipated|expected) that\b", re.I)
TODAY = re.compile(r"\b(?:today|tonight|this evening|this afternoon|end of the day)\b", re.I)
ACTIVE_SECONDER = re.compile(r"^(?:Cllr\.?|Councillor|Cmhlr\.?)\s+[A-Z][\w’'.]*(?:\s\([A-Z]\))?\s+(?:also\s+)?seconded\b")
# "That the Draft Litter Management Plan be published": not the council's own "That the Council write ..."
PASSIVE_RECOMMENDATION = re.compile(r"^[“\"]?That,?\s+(?!(?:Limerick|this|the)\s+(?:City|Council)\b)[^;]*?\bbe\s+\w+ed\b")


def _session_31() -> None:
    from pipeline.components.acts import PASSIVE_AGENT, RAISED_LIST
    from pipeline.components.commitments import RECOMMENDATION_AGREED

    seconders = Counter()   # "Councillor Browne seconded the Motion.": does the seconder speak?
    agreed = Counter()   # a passive recommendation the next sentence records agreed: a gold commitment?
    agents = Counter()   # a passive question with its agent ("were raised by Members"): the gold asker
    listed = Counter()   # questions in a "the following issues were raised by the Members:" list: the gold asker
    same_day = Counter()   # train commitments saying "today" / "the end of the day": does deadline.same_day date them?
    forecast = {"'is/are due to <start or be done>'": Counter(), "'it is anticipated/expected that'": Counter()}
    for gold in gold_documents("annotations/gold", "train"):
        rows = [r for r in gold.lines if r.get("type") == "commitment"]
        questions = [r for r in gold.lines if r.get("type") == "question"]
        for c in rows:
            if TODAY.search(c["quote"]):
                same_day[any(d.rule == "deadline.same_day" for d in find_deadlines(c["quote"], None))] += 1
        decoys = [r for r in gold.lines if r.get("type") == "not_commitment"]
        for s in gold.sentences:
            for label, pattern in zip(forecast, (DUE_TO, ANTICIPATED)):
                if pattern.search(s["text"]):
                    forecast[label]["commitment" if _overlaps(s, rows) else "decoy" if _overlaps(s, decoys) else "none"] += 1
        for k, s in enumerate(gold.sentences):
            if not RAISED_LIST.search(s["text"].strip()):
                continue
            for item in gold.sentences[k + 1:]:
                if item.get("speaker") != s.get("speaker"):
                    break
                for q in questions:
                    if item["start"] <= q["start"] < item["end"]:
                        listed["member" in (q.get("asked_by_text") or "").casefold()] += 1
        for s, following in zip(gold.sentences, gold.sentences[1:] + [None]):
            if ACTIVE_SECONDER.match(s["text"]):
                seconders[s.get("speaker") is not None] += 1
            if PASSIVE_RECOMMENDATION.match(s["text"]) and following is not None \
                    and RECOMMENDATION_AGREED.search(following["text"]):
                agreed[_overlaps(s, rows)] += 1
            agent = PASSIVE_AGENT.search(s["text"])
            if agent:
                for q in questions:
                    if s["start"] <= q["start"] < s["end"]:
                        asker = (q.get("asked_by_text") or "").casefold()
                        agents[bool(asker) and asker in agent.group("agent").casefold()] += 1
    print(f"'Councillor X seconded the Motion.': the seconder speaks {seconders[True]} of {sum(seconders.values())}")
    print(f"passive recommendations agreed in the next sentence: gold commitments {agreed[True]} of {sum(agreed.values())} "
          "(the rest approve or allocate, which the action test refuses)")
    print(f"passive questions with an agent ('raised by Members'): the gold asker is the agent {agents[True]} of "
          f"{sum(agents.values())}")
    print(f"questions in a members' list ('the following issues were raised by the Members:'): asked by the Members "
          f"{listed[True]} of {sum(listed.values())}")
    print(f"train commitments saying 'today' / 'the end of the day' that deadline.same_day dates: {same_day[True]} of "
          f"{sum(same_day.values())}")
    for label, c in forecast.items():
        print(f"{label} train sentences: {c['commitment']} commitments, {c['decoy']} decoys, {c['none']} neither")


def _is_commitment(sentence: dict, quotes: list[str]) -> bool:
    return any(sentence["text"][:50] in q or q[:50] in sentence["text"] for q in quotes)


def main() -> None:
    bodies: Counter[tuple[str, str]] = Counter()
    requests: Counter[str] = Counter()
    raised: Counter[str] = Counter()
    spending: Counter[bool] = Counter()
    agenda: Counter[str] = Counter()
    hoped: Counter[str] = Counter()
    shall: Counter[str] = Counter()
    seconded_only: Counter[bool] = Counter()
    intention: Counter[bool] = Counter()
    for_adoption: Counter[bool] = Counter()
    for gold in gold_documents("annotations/gold", "train"):
        body = gold.header.get("meeting_body")
        commitments = [r for r in gold.lines if r.get("type") == "commitment"]
        quotes = [c["quote"] for c in commitments]
        for c in commitments:
            if c.get("who_name"):
                continue
            role = c.get("who_role") or ""
            owner = "meeting body" if role == body else (
                "council" if "Council" in role and "Community" not in role else "other")
            bodies[(c["kind"], owner)] += 1
        for row in gold.lines:
            if row.get("type") in ("commitment", "not_commitment"):
                if AGENDA.search(row["quote"]):
                    agenda[row["type"]] += 1
                if HOPED.search(row["quote"]):
                    hoped[row["type"]] += 1
                if SHALL.search(row["quote"]):
                    shall[row["type"]] += 1
        spans = [(c["start"], c["end"]) for c in commitments]
        for pattern, counter in ((SECONDED_ONLY, seconded_only), (INTENTION, intention), (FOR_ADOPTION, for_adoption)):
            for m in pattern.finditer(gold.text):
                counter[any(m.start() <= start < m.end() or start <= m.start() < end for start, end in spans)] += 1
        for s in gold.sentences:
            if REQUEST_THAT.search(s["text"]):
                requests[s["act"]] += 1
            if RAISED.search(s["text"]):
                raised[s["act"]] += 1
            if SPENDING.search(s["text"]) and DECIDED.search(s["text"]):
                spending[_is_commitment(s, quotes)] += 1
    print("records with no one named, by kind and owner:")
    for (kind, owner), n in sorted(bodies.items()):
        print(f"  {kind:15} {owner:13} {n}")
    print("'requested/asked that' sentences by act:", dict(requests))
    print("'raised the issue of' sentences by act:", dict(raised))
    print("money decided (agreed/decided ... £/€/donat-) that are commitments:", dict(spending))
    print("commitment / not_commitment rows mentioning an agenda:", dict(agenda))
    print("... with 'it is hoped / expected / anticipated / envisaged', 'is expected to':", dict(hoped))
    print("... with 'shall':", dict(shall))
    print("proposals followed only by 'This was seconded by X.' overlapping a commitment:", dict(seconded_only))
    print("announced intentions ('advised of his intention to', 'the intention is to') that are commitments:", dict(intention))
    print("'recommended to Council for adoption/approval' that are commitments:", dict(for_adoption))
    _session_21()
    _session_29()
    _session_30()
    _session_31()


if __name__ == "__main__":
    main()
