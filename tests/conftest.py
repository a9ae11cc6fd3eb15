"""Shared fixtures: the corpus beside the checkout (train split only) and one pipeline per run."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
SAMPLES = REPO / "samples"
SEED = SAMPLES / "surrey-2020-12-children-improvement-update.txt"
LIMERICK_SAMPLE = SAMPLES / "limerick-2019-03-06-newcastle-west.md"


def train_file(relative: str) -> Path:
    """A corpus file that is in the train split; skip the test when the corpus is absent."""
    splits = CORPUS / "splits.json"
    if not splits.is_file():
        pytest.skip(f"corpus not found at {CORPUS}")
    split = json.loads(splits.read_text())[relative]
    assert split == "train", f"{relative} is not a train-split document"
    return CORPUS / relative


@pytest.fixture(scope="session")
def nlp():
    import pipeline

    return pipeline.load()


@pytest.fixture(scope="session")
def seed_record(nlp):
    import pipeline

    return pipeline.extract(SEED, nlp)


@pytest.fixture(scope="session")
def limerick_record(nlp):
    import pipeline

    return pipeline.extract(LIMERICK_SAMPLE, nlp)
