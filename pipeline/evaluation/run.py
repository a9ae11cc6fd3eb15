"""Run the pipeline over the documents of a gold folder and score it (`minutes evaluate`)."""
from __future__ import annotations

import os
from pathlib import Path

from spacy.language import Language

from ..extraction import extract_file
from .quotes import GoldFileError, Report, load_gold, score_document


def default_corpus_root() -> Path:
    """shared/corpus beside the checkout, or $MINUTES_CORPUS."""
    env = os.environ.get("MINUTES_CORPUS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def evaluate_gold(folder: str | Path, nlp: Language, *, corpus_root: str | Path | None = None) -> Report:
    root = Path(corpus_root) if corpus_root else default_corpus_root()
    report = Report()
    for gold in load_gold(Path(folder)):
        path = root / gold["doc"]
        if not path.is_file():
            raise GoldFileError(f"{gold['_path']}: document {gold['doc']} not found under {root}")
        score_document(gold, extract_file(path, nlp), report)
    return report
