"""scripts/fit_confidence.py: the penalised logistic fit, its leave-one-article-out checks and
the comparison of feature sets, on hand-built statements (never the judged benchmark)."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from factories import result

from kg.extract.confidence import features

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import fit_confidence  # noqa: E402

PRAISED = replace(result().statements[0], subject_resolution="name")  # sure, typed (Support)


def statements() -> tuple[list, np.ndarray]:
    """Four articles of 20 statements: sure and typed ones right 9 times in 10, guessed ones
    (a pronoun subject) right 3 times in 10."""
    found, right = [], []
    for doc in ("a", "b", "c", "d"):
        for i in range(10):
            found.append(replace(PRAISED, doc=doc))
            right.append(i < 9)
            found.append(replace(PRAISED, doc=doc, subject_resolution="pronoun"))
            right.append(i < 3)
    return found, np.array(right, dtype=float)


def test_design_has_the_bias_first_and_one_column_per_feature_value():
    found, _ = statements()
    x, index = fit_confidence.design(found, features)
    assert next(iter(index)) == "bias" and (x[:, 0] == 1).all()
    assert {"sure=yes", "sure=no", "sure_direct_typed=yes", "admitted=yes"} <= set(index)
    assert x[0, index["sure=yes"]] == 1 and x[1, index["sure=no"]] == 1
    assert (x.sum(axis=1) == len(features(PRAISED))).all()


def test_fit_recovers_the_shares_and_the_penalty_shrinks_them():
    found, y = statements()
    x, _ = fit_confidence.design(found, features)
    p = 1 / (1 + np.exp(-x @ fit_confidence.fit(x, y, l2=0.0)))
    assert p[0] == pytest.approx(0.9, abs=1e-3) and p[1] == pytest.approx(0.3, abs=1e-3)
    shrunk = 1 / (1 + np.exp(-x @ fit_confidence.fit(x, y, l2=100.0)))
    assert 0.3 < shrunk[1] < shrunk[0] < 0.9  # pulled towards the mean, order kept


def test_held_out_predicts_each_article_from_the_others():
    found, y = statements()
    y_odd = y.copy()
    y_odd[:20] = 1 - y_odd[:20]  # article "a" says the opposite
    x, _ = fit_confidence.design(found, features)
    groups = [st.doc for st in found]
    p = fit_confidence.held_out(x, y_odd, groups, 0.0)
    assert p[0] > 0.8  # "a" predicted from b, c, d: sure is right
    assert fit_confidence.cross_validated(x, y_odd, groups, 0.0) > fit_confidence.cross_validated(
        x, y, groups, 0.0
    )


def test_top_bin_counts_the_right_ones_at_or_over_point_eight():
    p = np.array([0.95, 0.85, 0.80, 0.79, 0.9])
    y = np.array([1.0, 0.0, 1.0, 1.0, 1.0])
    where = np.array([True, True, True, True, False])
    assert fit_confidence.top_bin(p, y, where) == "2/3"


def test_compare_lists_a_constant_the_model_and_each_candidate():
    found, y = statements()
    lines = fit_confidence.compare(found, y, features, 1.0)
    names = [line.split()[0] for line in lines[1:]]
    assert names[:2] == ["constant", "the"]
    assert len(lines) == 1 + 2 + len(fit_confidence.CANDIDATES) + 1
    constant, model = (float(line.split()[-4]) for line in lines[1:3])  # log-loss, all
    assert model < constant  # sure separates right from wrong here


@pytest.mark.parametrize(
    ("p_out", "right", "expected"),
    [([0.85, 0.85, 0.6], [True, True, False], 1.0),  # the top bin all right: no cap
     ([0.85, 0.85, 0.6], [True, False, True], 0.79),  # half right at 0.85: capped
     ([0.5, 0.6], [True, True], 0.79),  # nothing at 0.8: capped
     ([0.795, 0.9], [False, True], 0.79)],  # 0.795 rounds to 0.8 and is wrong
)  # fmt: skip
def test_the_ceiling_allows_0_8_only_where_left_out_articles_are_90_percent_right(
    p_out, right, expected
):
    assert fit_confidence.ceiling(np.array(p_out), np.array(right)) == expected
