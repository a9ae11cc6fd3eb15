"""The assembled pipeline saves with nlp.to_disk and loads back with spacy.load (factories are
registered through the package's entry points), giving the same records."""
from __future__ import annotations

import pytest
import spacy

from pipeline.extraction import extract_file

from conftest import SEED

pytestmark = [pytest.mark.model, pytest.mark.slow]


def test_round_trip_through_disk(nlp, tmp_path, seed_record):
    nlp.to_disk(tmp_path / "minutes-pipeline")
    reloaded = spacy.load(tmp_path / "minutes-pipeline")
    assert reloaded.pipe_names == nlp.pipe_names
    assert extract_file(SEED, reloaded) == seed_record


def test_config_override_reaches_the_component():
    import pipeline

    nlp = pipeline.load(overrides={"components.minutes_commitments.min_confidence": 0.5})
    assert nlp.get_pipe("minutes_commitments").min_confidence == 0.5
