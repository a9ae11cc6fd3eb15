"""Meeting header (body, date, title) and document layout (items, points, typed blocks)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import text_of
from ..structure.council import find_council_name
from ..structure.meeting import parse_meeting_info
from ..structure.sections import analyse_structure


@Language.factory(
    "minutes_structure",
    assigns=["doc._.meeting", "doc._.council", "doc._.structure"],
    default_config={},
)
def make_structure(nlp: Language, name: str) -> "StructureAnalyser":
    return StructureAnalyser()


class StructureAnalyser:
    def __call__(self, doc: Doc) -> Doc:
        doc._.meeting = parse_meeting_info(text_of(doc), source=doc._.source)
        doc._.council = find_council_name(text_of(doc), doc._.meeting.body)
        doc._.structure = analyse_structure(text_of(doc))
        return doc
