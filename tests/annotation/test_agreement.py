"""Agreement between two annotation passes of the same text."""
from __future__ import annotations

import json

from pipeline.evaluation.agreement import agreement

TEXT = "Cllr. Ryan asked when the road would be fixed. Mr. Daly said he would revert by Friday. The report was noted."


def write(folder, pass_, acts, commitments):
    folder.mkdir(exist_ok=True)
    spans = [(0, 46), (47, 87), (88, len(TEXT))]
    rows = [{"type": "document", "doc": "x/doc.md", "text": TEXT, "pass": pass_}]
    for (s, e), act in zip(spans, acts):
        rows.append({"type": "sentence", "start": s, "end": e, "text": TEXT[s:e], "act": act, "speaker": None})
    rows.append({"type": "question", "start": 0, "end": 46, "quote": TEXT[0:46], "asked_by_text": "Cllr. Ryan"})
    for who, date in commitments:
        rows.append({"type": "commitment", "start": 47, "end": 87, "quote": TEXT[47:87], "who_text": who,
                     "who_name": None, "who_role": None, "deadline_date": date})
    (folder / "x--doc.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")


def test_identical_passes_agree_fully(tmp_path):
    write(tmp_path / "a", "first", ["question", "commitment", "procedural"], [("Mr. Daly", "2020-01-03")])
    write(tmp_path / "b", "second", ["question", "commitment", "procedural"], [("Mr. Daly", "2020-01-03")])
    result = agreement(tmp_path / "a", tmp_path / "b")
    assert result["act_kappa"] == 1.0
    assert result["commitment_f1"] == result["record_f1"] == result["question_f1"] == 1.0


def test_disagreements_lower_kappa_and_record_f1(tmp_path):
    write(tmp_path / "a", "first", ["question", "commitment", "procedural"], [("Mr. Daly", "2020-01-03")])
    write(tmp_path / "b", "second", ["question", "answer", "procedural"], [("Mr. Daly", None)])
    result = agreement(tmp_path / "a", tmp_path / "b")
    assert result["act_kappa"] < 1.0
    assert result["commitment_f1"] == 1.0
    assert result["record_f1"] == 0.0
