"""Long documents run in segments and come back as one Doc with exactly the document's text."""
from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from pipeline.segments import annotate, document_level_components, segment_bounds

SEEN: list[int] = []


@Language.component("minutes_test_whole_doc")
def whole_doc(doc):
    SEEN.append(len(doc.text))
    return doc


def paragraphs(n: int) -> str:
    return "".join(f"{i}. Councillor Ryan asked about road {i}. The Engineer replied.\n\n" for i in range(n))


@pytest.mark.parametrize("text,size,expected", [
    ("short", 10, [(0, 5)]),
    ("aaaa\n\nbbbb\n\ncccc", 8, [(0, 6), (6, 12), (12, 16)]),
    ("aaaa bbbb cccc", 8, [(0, 5), (5, 10), (10, 14)]),
    ("aaaaaaaaaaaaaaaaaaaa", 8, [(0, 8), (8, 16), (16, 20)]),        # no place to cut: hard cut
    ("aa\naaaa\n\naaaaaaa", 10, [(0, 9), (9, 16)]),                   # a blank line beats a line break
])
def test_segment_bounds(text, size, expected):
    bounds = segment_bounds(text, size)
    assert bounds == expected
    assert "".join(text[s:e] for s, e in bounds) == text


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("minutes_line_breaks")
    nlp.add_pipe("minutes_test_whole_doc")
    from pipeline.extensions import register_extensions

    register_extensions()
    return nlp


def test_document_level_components(nlp):
    assert document_level_components(nlp) == ["minutes_test_whole_doc"]


def test_segmented_doc_keeps_text_tokens_and_sentences(nlp):
    text = paragraphs(200)
    SEEN.clear()
    (whole,) = annotate(nlp, [(text, "a.md")], segment_chars=10 ** 9)
    (pieces,) = annotate(nlp, [(text, "a.md")], segment_chars=1000)
    assert pieces.text == text and pieces._.source == "a.md"
    assert [t.text for t in pieces] == [t.text for t in whole]
    assert [t.idx for t in pieces] == [t.idx for t in whole]
    assert [s.start_char for s in pieces.sents] == [s.start_char for s in whole.sents]
    assert SEEN == [len(text), len(text)]          # the whole-doc component saw the whole meeting, once each


def test_batches_keep_documents_apart(nlp):
    texts = [(paragraphs(3), "a"), (paragraphs(50), "b"), (paragraphs(1), "c")]
    docs = list(annotate(nlp, texts, batch_size=2, segment_chars=500))
    assert [(d.text, d._.source) for d in docs] == texts


def test_disabled_components_do_not_run(nlp):
    SEEN.clear()
    list(annotate(nlp, [(paragraphs(2), "a")], disable=["minutes_test_whole_doc"]))
    assert SEEN == []
