"""Train the NER model (PERSON, ORG, DATE kept; ROLE added) from the gold files' entity lines.

Gold JSONL stays the source of truth; the .spacy files are derived into a scratch folder each run.
Only the four gold labels are annotated in the gold documents, so the model is trained and judged
on those; the sourced model's other labels (GPE, CARDINAL, ...) fade, which the pipeline does not use.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Sequence

import spacy
from spacy.tokens import Doc, DocBin
from spacy.util import filter_spans, registry

from ..annotation.gold import GoldDocument

NER_CONFIG = Path(__file__).resolve().parents[1] / "configs" / "ner.cfg"


@registry.callbacks("minutes.add_ner_labels.v1")
def make_add_labels(labels: list[str]):
    """Before initialisation: give the sourced NER the labels it does not know yet (ROLE)."""
    def add_labels(nlp):
        ner = nlp.get_pipe("ner")
        for label in labels:
            ner.add_label(label)
        return nlp
    return add_labels


def gold_to_doc(nlp, document: GoldDocument) -> tuple[Doc, int]:
    """The gold text tokenised as the pipeline tokenises it, with the gold entities; returns the
    number of entities that could not be aligned to tokens (reported, never silently dropped)."""
    doc = nlp.make_doc(document.text)
    spans, lost = [], 0
    for ent in document.entities:
        span = doc.char_span(ent["start"], ent["end"], label=ent["label"], alignment_mode="contract")
        if span is None or not span.text.strip():
            lost += 1
            continue
        spans.append(span)
    kept = filter_spans(spans)
    lost += len(spans) - len(kept)
    doc.set_ents(kept, default="outside")
    return doc, lost


def write_docbin(nlp, documents: Sequence[GoldDocument], path: Path) -> dict[str, int]:
    bin_ = DocBin(store_user_data=False)
    lost = total = 0
    for document in documents:
        doc, missing = gold_to_doc(nlp, document)
        bin_.add(doc)
        lost += missing
        total += len(document.entities)
    bin_.to_disk(path)
    return {"documents": len(documents), "entities": total, "unaligned": lost}


def train_ner(train_docs: Sequence[GoldDocument], dev_docs: Sequence[GoldDocument], out_dir: str | Path,
              *, seed: int = 0, overrides: dict | None = None) -> dict:
    from spacy.training.loop import train as train_loop
    from spacy.training.initialize import init_nlp
    from spacy.util import load_config

    from ..nlp import add_abbreviations

    # the pipeline's tokenizer (base model + abbreviations), without loading the NER being replaced
    tokenizer_nlp = spacy.blank("en")
    add_abbreviations(tokenizer_nlp)
    out_dir = Path(out_dir)
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        stats = {"train": write_docbin(tokenizer_nlp, train_docs, scratch / "train.spacy"),
                 "dev": write_docbin(tokenizer_nlp, dev_docs, scratch / "dev.spacy")}
        config = load_config(NER_CONFIG, overrides={"paths.train": str(scratch / "train.spacy"),
                                                    "paths.dev": str(scratch / "dev.spacy"),
                                                    "system.seed": seed, **(overrides or {})},
                             interpolate=False)
        nlp = init_nlp(config)
        add_abbreviations(nlp)
        (scratch / "model").mkdir()
        with open(os.devnull, "w") as quiet:
            train_loop(nlp, scratch / "model", use_gpu=-1, stdout=quiet)
        if out_dir.exists():
            shutil.rmtree(out_dir)
        shutil.copytree(scratch / "model" / "model-best", out_dir)
    meta_path = out_dir / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    return {"data": stats, "performance": meta.get("performance", {}), "seed": seed}
