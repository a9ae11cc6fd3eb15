"""Cross-fitting folds: by meeting, disjoint, fixed by rule; a fold's classifier is reused while it matches."""
import json
from types import SimpleNamespace

import pytest

from pipeline.annotation.gold import GoldFileError
from pipeline.training.crossfit import fold_classifiers, folds_of

MEETINGS = [SimpleNamespace(doc=f"limerick/2019/m{i:02d}.md") for i in (7, 3, 11, 1, 9, 5, 2)]


def test_folds_are_disjoint_cover_every_meeting_and_do_not_depend_on_order():
    folds = folds_of(MEETINGS, 3)
    ids = [d.doc for fold in folds for d in fold]
    assert sorted(ids) == sorted(d.doc for d in MEETINGS) and len(set(ids)) == len(ids)
    assert [len(f) for f in folds] == [3, 2, 2]
    assert [[d.doc for d in f] for f in folds_of(list(reversed(MEETINGS)), 3)] == [[d.doc for d in f] for f in folds]


@pytest.mark.parametrize("k", [0, 1, 8])
def test_impossible_folds_are_a_clear_error(k):
    with pytest.raises(GoldFileError):
        folds_of(MEETINGS, k)


def test_a_fold_classifier_that_names_the_same_meetings_and_seed_is_reused(tmp_path):
    folds = folds_of(MEETINGS, 2)
    for f, held in enumerate(folds):
        rest = [d.doc for g, fold in enumerate(folds) if g != f for d in fold]
        (tmp_path / f"fold{f}").mkdir()
        (tmp_path / f"fold{f}" / "training.json").write_text(json.dumps(
            {"training_documents": rest[1:], "calibration_documents": rest[:1], "config": {"seed": 0, "epochs": 3}}))
    pairs = fold_classifiers(MEETINGS, 2, tmp_path, seed=0)   # nothing to train: no model is loaded or fitted
    assert [([d.doc for d in held], path.name) for held, path in pairs] == [
        ([d.doc for d in folds[0]], "fold0"), ([d.doc for d in folds[1]], "fold1")]
