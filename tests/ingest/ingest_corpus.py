"""Shared helpers for ingest tests: locate the read-only corpus and refuse non-train files."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def train_file(relative: str) -> Path:
    """Path of a corpus file, skipping when the corpus is absent; fails on a non-train file."""
    splits = CORPUS / "splits.json"
    if not splits.is_file():
        pytest.skip(f"corpus not found at {CORPUS} (tests on real files need ../shared/corpus)")
    split = json.loads(splits.read_text(encoding="utf-8")).get(relative)
    assert split == "train", f"{relative} is not a train-split file (split={split!r})"
    path = CORPUS / relative
    if not path.is_file():
        pytest.skip(f"corpus file missing: {path}")
    return path
