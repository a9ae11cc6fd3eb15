"""Entity spans put right where the statistical NER and the annotation guidelines disagree on titled names.

The NER was trained on Irish and Welsh minutes, where a post mostly stands alone ("the Senior Engineer")
and a member's title is "Cllr."; North American minutes put an office before a name ("Deputy Mayor
Tessier", "Reeve Marchuk"), which the NER reads as one ROLE or one PERSON. GUIDELINES.md ("Entities"):
a post and a name in apposition are two spans, honorifics and the member title "Councillor" belong to
no span. This runs last, so nothing upstream sees a different doc.ents; each change is deterministic
post-processing of the model's spans, with a row per case in tests/components/test_entities.py.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..structure.participants import _best_role_match, _role_rules, role_abbreviations

# honorifics and the member title: never part of a span (GUIDELINES.md, Entities)
HONORIFIC = re.compile(r"^(?:Mr|Ms|Mrs|Miss|Mx|Dr|Prof|Messrs|Councill?ors?|Cllrs?|Clirs?|Clr|Cmhlr|County\s+Councillor)\.?$")
NAME_WORD = re.compile(r"^(?:[A-Z][\w'’-]*\.?|[A-Z]\.|O[’'][A-Z][\w-]*|Mc[A-Z][\w-]*|Mac[A-Z]?[\w-]*|de|van|von|Ó|Ní|Uí)$")
MAX_TITLE_WORDS = 4


def is_post(text: str) -> bool:
    """The whole of ``text`` is a post (rules/roles.jsonl) other than a member's title ("Councillor", "A Member")."""
    if text in role_abbreviations():
        return True
    best = _best_role_match(text)
    return best is not None and best[1].start() == 0 and best[1].end() == len(text) and best[0].kind != "member"


def _looks_like_name(tokens: Span) -> bool:
    return len(tokens) > 0 and all(NAME_WORD.match(t.text) for t in tokens) and not is_post(tokens.text)


def _trimmed(ent: Span) -> Span | None:
    """Without the line breaks the model sometimes takes into a span ("McCallum\n\n")."""
    start, end = ent.start, ent.end
    while start < end and ent.doc[start].is_space:
        start += 1
    while end > start and ent.doc[end - 1].is_space:
        end -= 1
    return Span(ent.doc, start, end, label=ent.label_) if end > start else None


def repair(ent: Span, names: frozenset[str]) -> list[Span]:
    """The spans one model entity stands for (``names``: the listed participants' names and surnames)."""
    trimmed = _trimmed(ent)
    if trimmed is None:
        return []
    ent = trimmed
    doc, label = ent.doc, ent.label_
    if label == "ORG" and ent.text in role_abbreviations():
        return [Span(doc, ent.start, ent.end, label="ROLE")]       # "the CAO" is a post, not a body
    if label not in ("ROLE", "PERSON"):
        return [ent]
    if HONORIFIC.match(ent[0].text) or (len(ent) > 1 and HONORIFIC.match(f"{ent[0].text} {ent[1].text}")):
        skip = 2 if len(ent) > 1 and HONORIFIC.match(f"{ent[0].text} {ent[1].text}") else 1
        rest = doc[ent.start + skip:ent.end]
        return [Span(doc, rest.start, rest.end, label="PERSON")] if _looks_like_name(rest) else []
    if is_post(ent.text):   # "Chief Executive", "Head of Finance": one post, whatever its words
        return [Span(doc, ent.start, ent.end, label="ROLE")]       # "the Treasurer" read as a PERSON too
    for k in range(min(MAX_TITLE_WORDS, len(ent) - 1), 0, -1):    # "Deputy Mayor Tessier": post + name
        title, rest = doc[ent.start:ent.start + k], doc[ent.start + k:ent.end]
        # the rest a listed person's name or surname: not "Head of | Finance", "Director of Service | Operations"
        if is_post(title.text) and not title[-1].is_lower and _looks_like_name(rest) and rest.text in names:
            return [Span(doc, title.start, title.end, label="ROLE"), Span(doc, rest.start, rest.end, label="PERSON")]
    if label == "ROLE" and ent.text.strip() in names:
        return [Span(doc, ent.start, ent.end, label="PERSON")]     # "McCallum" after "Councillor"
    if label == "ROLE" and _best_role_match(ent.text) is None:
        return []   # "Defeated", "Staff Reports": no post's words at all (98% of train gold ROLE spans have them)
    return [ent]


def joined_posts(doc: Doc, spans: list[Span]) -> list[Span]:
    """A ROLE span runs on over a post joined to it by a hyphen or slash: the tokenizer splits
    "Clerk-Treasurer" and "CAO/Clerk", the NER keeps only the first part."""
    out = []
    for span in spans:
        end = span.end
        while span.label_ == "ROLE" and end + 1 < len(doc) and doc[end].text in ("-", "/") \
                and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
            nxt = next((k for k in range(end + 2, min(end + 2 + MAX_TITLE_WORDS, len(doc) + 1))
                        if is_post(doc[end + 1:k].text) and (k == len(doc) or doc[k].text not in ("-", "/"))), None)
            if nxt is None:
                break
            end = nxt
        out.append(Span(doc, span.start, end, label=span.label_) if end != span.end else span)
    return out


def listed_people(doc: Doc, taken: list[Span]) -> list[Span]:
    """The listed participants' names where the minutes mention them and the NER found nothing: "Brandt"
    of "Councillor Brandt", "Sylvie Aubin" in the attendance list (the participant registry's mentions)."""
    registry = doc._.participants
    if registry is None:
        return []
    covered = {i for span in taken for i in range(span.start, span.end)}
    text = doc.text
    added = []
    for person in registry.participants:
        if not person.name:
            continue
        forms = sorted({person.name, person.name.split()[-1]}, key=len, reverse=True)
        for start, end in person.mentions:
            mention = text[start:end]
            form = next((f for f in forms if re.search(rf"(?<![\w]){re.escape(f)}(?![\w])", mention)), None)
            if form is None:
                continue
            at = start + re.search(rf"(?<![\w]){re.escape(form)}(?![\w])", mention).start()
            span = doc.char_span(at, at + len(form))
            if span is not None and not any(i in covered for i in range(span.start, span.end)):
                added.append(Span(doc, span.start, span.end, label="PERSON"))
    return filter_spans(added)


THE_BEFORE = re.compile(r"\b[Tt]he\s+\Z")


def _name_after(text: str, end: int, names: frozenset[str]) -> bool:
    following = re.match(r"[^\S\n]+([A-Z][\w'’-]+)", text[end:end + 40])
    return following is not None and following.group(1) in names


def posts_in_text(doc: Doc, taken: list[Span], names: frozenset[str] = frozenset()) -> list[Span]:
    """Posts (rules/roles.jsonl) written with a capital that the NER left without any span: posts it never
    saw in training ("Roads Superintendent", "By-law Enforcement Officer", "Deputy Reeve", "MPP")."""
    covered = {i for span in taken for i in range(span.start, span.end)}
    text = doc.text
    added = []
    for rule in _role_rules():
        if rule.kind in ("member", "public"):
            continue
        for m in rule.regex.finditer(text):
            one_word = " " not in m.group()
            if one_word and rule.kind not in ("chair", "vice_chair", "clerk") and m.group() not in role_abbreviations() \
                    and not THE_BEFORE.search(text, max(0, m.start() - 8), m.start()) and not _name_after(text, m.end(), names):
                continue   # a bare "Officer" or "Inspector" names no post; "the Superintendent", "Planner Sethi" do
            if not m.group()[:1].isupper() or (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-/")) \
                    or (m.end() < len(text) and (text[m.end()].isalnum() or text[m.end()] in "-/")):
                continue
            span = doc.char_span(m.start(), m.end())
            if span is None or any(i in covered for i in range(span.start, span.end)) or "\n" in span.text:
                continue
            added.append(Span(doc, span.start, span.end, label="ROLE"))
    return filter_spans(added)


def titles_before_names(doc: Doc, taken: list[Span]) -> list[Span]:
    """A post written before a PERSON the NER found, with no span of its own ("Mayor" of "Mayor Oakes")."""
    covered = {i for span in taken for i in range(span.start, span.end)}
    added = []
    for span in taken:
        if span.label_ != "PERSON":
            continue
        for k in range(MAX_TITLE_WORDS, 0, -1):
            start = span.start - k
            if start < 0 or any(i in covered for i in range(start, span.start)):
                continue
            title = doc[start:span.start]
            if "\n" not in title.text and is_post(title.text):
                added.append(Span(doc, start, span.start, label="ROLE"))
                break
    return added


def listed_names(doc: Doc) -> frozenset[str]:
    """The participants' names as listed and their surnames ("Raymond Tessier", "Tessier")."""
    registry = doc._.participants
    names = [p.name for p in (registry.participants if registry else []) if p.name]
    return frozenset(names) | frozenset(name.split()[-1] for name in names)


@Language.factory("minutes_entities", requires=["doc.ents", "doc._.participants"], assigns=["doc.ents"])
def make_entities(nlp: Language, name: str) -> "EntityRepair":
    return EntityRepair()


class EntityRepair:
    def __call__(self, doc: Doc) -> Doc:
        registry = doc._.participants
        names = listed_names(doc)   # once per document, not once per entity
        spans = joined_posts(doc, [span for ent in doc.ents for span in repair(ent, names)])
        spans += listed_people(doc, spans)
        spans += titles_before_names(doc, spans)
        spans += posts_in_text(doc, spans, names)
        doc.ents = filter_spans(spans)
        return doc
