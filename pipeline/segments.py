"""Running the pipeline over documents of any length: the token-level components (tok2vec, tagger,
parser, NER, ...) run on paragraph-aligned segments, which are then joined into one Doc for the
components that read the whole meeting (structure, participants, speakers, acts, commitments).

Why: spaCy's tok2vec and NER hold arrays for the whole Doc at once; on a 700,000-character budget
meeting that took 3.6 GB and ran three times slower per word than on ordinary minutes. Segments
of 50,000 characters keep memory flat. Segments end after a blank line (else a line break), where
a sentence starts anyway, and the joined Doc has exactly the document's text, so every offset is
the same as without segmenting.
"""
from __future__ import annotations

from itertools import islice
from typing import Collection, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

SEGMENT_CHARS = 50_000
TOKEN_LEVEL_COMPONENTS = frozenset({"minutes_line_breaks"})   # ours that read one sentence at a time


def document_level_components(nlp: Language) -> list[str]:
    """The components after the last token-level one: they need the whole Doc."""
    names = nlp.pipe_names
    last = max((i for i, name in enumerate(names)
                if not name.startswith("minutes_") or name in TOKEN_LEVEL_COMPONENTS), default=-1)
    return names[last + 1:]


def segment_bounds(text: str, size: int = SEGMENT_CHARS) -> list[tuple[int, int]]:
    """(start, end) pieces covering ``text``, each at most ``size`` characters unless no line break
    or space allows a cut, ending after a blank line where one is in the second half of the piece."""
    if size < 2:
        raise ValueError(f"segment size must be at least 2, got {size}")
    bounds, start = [], 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = -1
        for mark in ("\n\n", "\n", " "):
            at = window.rfind(mark, size // 2)
            if at > 0:
                cut = at + len(mark)
                break
        if cut <= 0:
            cut = size
        bounds.append((start, start + cut))
        start += cut
    bounds.append((start, len(text)))
    return bounds


def annotate(nlp: Language, documents: Iterable[tuple[str, str]], *, disable: Collection[str] = (),
             batch_size: int = 4, segment_chars: int = SEGMENT_CHARS) -> Iterator[Doc]:
    """One processed Doc per (text, source), in order; ``disable`` names components to skip."""
    whole_doc = [name for name in document_level_components(nlp) if name not in disable]
    skip_in_segments = [name for name in nlp.pipe_names if name in set(disable) | set(document_level_components(nlp))]
    documents = iter(documents)
    while batch := list(islice(documents, batch_size)):
        owners, pieces = [], []
        for k, (text, _) in enumerate(batch):
            for start, end in segment_bounds(text, segment_chars):
                owners.append(k)
                pieces.append(text[start:end])
        segment_docs = []
        with nlp.select_pipes(disable=skip_in_segments):
            for group in _groups(pieces, segment_chars):
                segment_docs.extend(nlp.pipe(group, batch_size=len(group)))
        for k, (text, source) in enumerate(batch):
            parts = [d for owner, d in zip(owners, segment_docs) if owner == k]
            doc = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
            doc.user_data.pop("minutes_text", None)
            doc._.source = source
            for name in whole_doc:
                doc = nlp.get_pipe(name)(doc)
            yield doc


def _groups(pieces: list[str], max_chars: int) -> Iterator[list[str]]:
    """Consecutive pieces of at most ``max_chars`` characters together (at least one each): nlp.pipe
    batches them into one set of arrays, so the budget bounds memory as segmenting does."""
    group: list[str] = []
    size = 0
    for piece in pieces:
        if group and size + len(piece) > max_chars:
            yield group
            group, size = [], 0
        group.append(piece)
        size += len(piece)
    if group:
        yield group
