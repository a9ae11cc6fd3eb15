"""minutes_entities: the NER's spans put right for titled names (GUIDELINES.md, Entities). Docs built by hand."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from pipeline.components.entities import EntityRepair, is_post
from pipeline.extensions import register_extensions
from pipeline.structure.participants import find_participants

LISTS = ("Present: Mayor Darlene Oakes, Deputy Mayor Raymond Tessier, Councillor Hugh McCallum\n"
         "Staff: Angela Ruiz, Treasurer\n\n")


def repaired(sentence: str, ents: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Run the repair on LISTS + sentence whose model entities are ``ents`` (text, label) in the sentence."""
    register_extensions()
    text = LISTS + sentence
    doc = spacy.blank("en")(text)
    spans = []
    for words, label in ents:
        start = text.index(words, len(LISTS))
        spans.append(doc.char_span(start, start + len(words), label=label))
    doc.ents = spans
    doc._.participants = find_participants(text)
    EntityRepair()(doc)
    return [(e.text, e.label_) for e in doc.ents if e.start_char >= len(LISTS)]


@pytest.mark.parametrize("sentence, ents, expected", [
    # a post and a listed name read as one span: two spans
    ("Deputy Mayor Tessier moved the motion.", [("Deputy Mayor Tessier", "ROLE")],
     [("Deputy Mayor", "ROLE"), ("Tessier", "PERSON")]),
    ("Mayor Oakes called the meeting to order.", [("Mayor Oakes", "PERSON")], [("Mayor", "ROLE"), ("Oakes", "PERSON")]),
    # the member title and honorifics belong to no span
    ("Councillor McCallum declared an interest.", [("Councillor McCallum", "ROLE")], [("McCallum", "PERSON")]),
    ("Mr. Smith attended.", [("Mr. Smith", "PERSON")], [("Smith", "PERSON")]),
    # a listed surname the model called a post
    ("The motion of McCallum was lost.", [("McCallum", "ROLE")], [("McCallum", "PERSON")]),
    # a post the model called a person or a body
    ("The Treasurer will report.", [("Treasurer", "PERSON")], [("Treasurer", "ROLE")]),
    ("The CAO will report.", [("CAO", "ORG")], [("CAO", "ROLE")]),
    # a post missing before a name the model found
    ("Reeve Oakes thanked staff.", [("Oakes", "PERSON")], [("Reeve", "ROLE"), ("Oakes", "PERSON")]),
    # a span with no post's words is dropped; trailing line breaks are trimmed
    ("Motion Defeated.", [("Defeated", "ROLE")], []),
    ("Thanks to Tessier\n\nfor the update.", [("Tessier\n\n", "PERSON")], [("Tessier", "PERSON")]),
    # negatives: one post, whatever its words; a post then a department; names not listed
    ("The Chief Executive replied.", [("Chief Executive", "ROLE")], [("Chief Executive", "ROLE")]),
    ("The Head of Finance replied.", [("Head of Finance", "ROLE")], [("Head of Finance", "ROLE")]),
    ("The Director of Service Operations replied.", [("Director of Service Operations", "ROLE")],
     [("Director of Service Operations", "ROLE")]),
    ("Mayor Brown of Elmvale attended.", [("Mayor Brown", "PERSON")], [("Mayor Brown", "PERSON")]),   # not listed: left
    ("The Senior Engineer replied.", [("Senior Engineer", "ROLE")], [("Senior Engineer", "ROLE")]),
    # a post joined by a hyphen or slash: the tokenizer splits it, the NER keeps the first part
    ("The Clerk-Treasurer will write.", [("Clerk", "ROLE")], [("Clerk-Treasurer", "ROLE")]),
    ("The CAO/Clerk will write.", [("CAO", "ROLE")], [("CAO/Clerk", "ROLE")]),
    # posts the NER never saw (rules/roles.jsonl), written with a capital
    ("The By-law Enforcement Officer will inspect the lot.", [], [("By-law Enforcement Officer", "ROLE")]),
    ("The MPP was asked to attend.", [], [("MPP", "ROLE")]),
    ("The Superintendent will grade the road.", [], [("Superintendent", "ROLE")]),
    # ... but not a bare one-word post, a member or the public
    ("An Officer will attend.", [], []),
    ("Members of the Public attended.", [], []),
    ("Mr. Ryan bought a PC for the office.", [], []),   # an all-capitals word is a post only as a known abbreviation
    # a listed person the NER missed, after the member title
    ("Councillor McCallum declared an interest.", [], [("McCallum", "PERSON")]),
])
def test_entity_repair(sentence, ents, expected):
    assert repaired(sentence, ents) == expected


@pytest.mark.parametrize("text, post", [("Deputy Mayor", True), ("CAO", True), ("Treasurer", True),
                                        ("Councillor", False), ("A Member", False), ("Tessier", False)])
def test_is_post(text, post):
    assert is_post(text) is post
