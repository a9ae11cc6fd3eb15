"""Where the shared corpus is: ../shared/corpus beside the checkout, or $MINUTES_CORPUS."""
from __future__ import annotations

import os
from pathlib import Path


def default_corpus_root() -> Path:
    env = os.environ.get("MINUTES_CORPUS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
