"""Custom attributes the minutes components read and write (registered once, idempotently)."""
from spacy.tokens import Doc

DOC_ATTRIBUTES = (
    "source",        # str: the input as given
    "meeting",       # pipeline.structure.meeting.MeetingInfo
    "council",       # str | None: the council the meeting belongs to
    "structure",     # pipeline.structure.sections.DocumentStructure
    "participants",  # pipeline.structure.participants.ParticipantRegistry
    "utterances",    # list[pipeline.results.Utterance]
    "questions",     # list[pipeline.results.Question]
    "commitments",   # list[pipeline.results.Commitment]
)


def register_extensions() -> None:
    for name in DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()


def text_of(doc: Doc) -> str:
    """doc.text, built once: spaCy rebuilds the string from the tokens on every access."""
    text = doc.user_data.get("minutes_text")
    if text is None:
        text = doc.user_data["minutes_text"] = doc.text
    return text
