"""Build the minutes pipeline from configs/minutes.cfg (or another .cfg) with dotted overrides."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.util import load_config

from . import components  # noqa: F401  (registers the minutes_* factories)
from .classifier import commitment_confidence, tagger  # noqa: F401  (registers minutes.act_classifier.v1, minutes.commitment_confidence.v1)
from .errors import MinutesError
from .paths import resolve_model_path
from .rulebook import load_rules

DEFAULT_CONFIG = Path(__file__).parent / "configs" / "minutes.cfg"
POSITION_KEYS = ("before", "after", "first", "last")


class PipelineConfigError(MinutesError):
    """The pipeline config is missing, malformed, or names something that does not exist."""


def add_abbreviations(nlp: Language, table: str = "abbreviations") -> None:
    """Abbreviations ("Cllr.", "S.E.E.") stay one token: the pipeline and NER training tokenise alike."""
    for row in load_rules(table):
        nlp.tokenizer.add_special_case(row["orth"], [{ORTH: row["orth"]}])


def replace_ner(nlp: Language, model: str) -> None:
    """Swap the base model's NER for a trained one (models/ner): same vocabulary, own tok2vec."""
    path = resolve_model_path(model)
    if not (path / "ner").is_dir():
        raise PipelineConfigError(f"no trained NER at {path} (run `minutes train ner`)")
    source = spacy.load(path)
    position = nlp.pipe_names.index("ner") if "ner" in nlp.pipe_names else len(nlp.pipe_names)
    if "ner" in nlp.pipe_names:
        nlp.remove_pipe("ner")
    nlp.add_pipe("ner", source=source, before=nlp.pipe_names[position] if position < len(nlp.pipe_names) else None)


def load_pipeline(config_path: str | Path | None = None, *, overrides: Mapping[str, Any] | None = None) -> Language:
    path = Path(config_path) if config_path else DEFAULT_CONFIG
    if not path.is_file():
        raise PipelineConfigError(f"pipeline config not found: {path}")
    try:
        config = load_config(path, overrides=dict(overrides or {}), interpolate=True)
    except Exception as err:  # confection raises several types for bad overrides/syntax
        raise PipelineConfigError(f"cannot read {path.name}: {err}") from err
    base = config["base"]
    try:
        nlp = spacy.load(base["model"], exclude=list(base.get("exclude", [])))
    except OSError as err:
        raise PipelineConfigError(f"spaCy model {base['model']!r} is not installed (run `make install`)") from err
    if base.get("ner"):
        replace_ner(nlp, base["ner"])
    if base.get("abbreviations"):
        add_abbreviations(nlp, base["abbreviations"])
    for name, section in config.get("components", {}).items():
        section = dict(section)
        factory = section.pop("factory", name)
        position = {k: section.pop(k) for k in POSITION_KEYS if k in section}
        if position.get("before") and position["before"] not in nlp.pipe_names:
            position.pop("before")
        nlp.add_pipe(factory, name=name, config=section, **position)
    nlp.meta["minutes_config"] = str(path)
    nlp.meta["minutes_pipeline"] = dict(config.get("pipeline", {}))
    return nlp
