"""Sentence starts at line breaks.

Minutes are lists: numbered points, action lines, attendance entries. The parser alone runs
them together, so a token that follows a newline always starts a sentence. The parser keeps
boundaries set before it and still splits inside a line.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory(
    "minutes_line_breaks",
    assigns=["token.is_sent_start"],
    default_config={},
)
def make_line_breaks(nlp: Language, name: str) -> "LineBreakSentencizer":
    return LineBreakSentencizer()


class LineBreakSentencizer:
    def __call__(self, doc: Doc) -> Doc:
        after_newline = False
        for token in doc:
            if token.is_space:
                if "\n" in token.text:
                    after_newline = True
                continue
            if after_newline and token.i > 0:
                token.is_sent_start = True
            after_newline = False
        return doc
