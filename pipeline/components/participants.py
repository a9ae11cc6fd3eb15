"""Participants from attendance, apologies, officials and witness lists, with later mentions."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import text_of
from ..structure.participants import find_participants


@Language.factory(
    "minutes_participants",
    assigns=["doc._.participants"],
    default_config={},
)
def make_participants(nlp: Language, name: str) -> "ParticipantFinder":
    return ParticipantFinder()


class ParticipantFinder:
    def __call__(self, doc: Doc) -> Doc:
        doc._.participants = find_participants(text_of(doc))
        return doc
