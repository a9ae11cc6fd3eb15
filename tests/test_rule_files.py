"""Every rules file loads, has unique ids, and every table with patterns compiles."""
from __future__ import annotations

import re

import pytest

from pipeline.rulebook import RULES_DIR, RuleFileError, load_rules

RULE_FILES = sorted(p.stem for p in RULES_DIR.glob("*.jsonl"))


@pytest.mark.parametrize("name", RULE_FILES)
def test_rules_load_with_unique_ids(name):
    rows = load_rules(name)
    assert rows
    assert len({r["id"] for r in rows}) == len(rows)


@pytest.mark.parametrize("name", ["question_cues", "procedural_cues", "speaker_cues", "commitment_cues", "parent_councils"])
def test_patterns_compile(name):
    for row in load_rules(name):
        if "pattern" in row:
            re.compile(row["pattern"])


def test_bad_rules_file_is_a_clear_error(tmp_path, monkeypatch):
    import pipeline.rulebook as rulebook

    (tmp_path / "broken.jsonl").write_text('{"id": "a"}\n{"id": "a"}\n')
    monkeypatch.setattr(rulebook, "RULES_DIR", tmp_path)
    rulebook.load_rules.cache_clear()
    with pytest.raises(RuleFileError, match="duplicate rule id 'a'"):
        rulebook.load_rules("broken")
    rulebook.load_rules.cache_clear()


PROCEDURAL = {row["id"]: row["example"] for row in load_rules("procedural_cues")}


@pytest.mark.parametrize("rule_id", sorted(PROCEDURAL))
def test_procedural_cue_matches_its_example(rule_id):
    from pipeline.components.acts import first_cue

    cue = first_cue("procedural_cues", PROCEDURAL[rule_id])
    assert cue is not None and cue.id == rule_id


@pytest.mark.parametrize("row", load_rules("role_abbreviations"), ids=lambda r: r["id"])
def test_role_abbreviation_expands(row):
    from pipeline.structure.participants import expand_role_abbreviations

    assert expand_role_abbreviations(f"the {row['abbreviation']}") == f"the {row['expansion']}"


@pytest.mark.parametrize("row", load_rules("parent_councils"), ids=lambda r: r["id"])
def test_parent_council_rule_matches_its_example(row):
    from pipeline.structure.council import find_council_name, parent_council

    assert parent_council(row["example"]) == row["council"]
    if row.get("example_other_order"):
        assert parent_council(row["example_other_order"]) == row["council"]
    # the council named in the minutes still wins; with none named, the district's parent is used
    assert find_council_name("Minutes of the meeting.", row["example"]) == row["council"]
    assert find_council_name("Minutes.", "Manordeilo and Salem Community Council") == "Manordeilo and Salem Community Council"
    assert parent_council("Joint Policing Committee") is None
