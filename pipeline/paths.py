"""Where the checkout's models and the shared corpus are (both found relative to the repository)."""
from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def resolve_model_path(model: str) -> Path:
    """A model path from config: absolute, relative to the working directory, or to the repository."""
    path = Path(model)
    if path.is_absolute() or path.exists():
        return path
    return REPO / path


def default_corpus_root() -> Path:
    """../shared/corpus beside the checkout, or $MINUTES_CORPUS."""
    env = os.environ.get("MINUTES_CORPUS")
    return Path(env) if env else REPO.parent / "shared" / "corpus"
