"""A statement's calibrated confidence (kg/extract/confidence.py, ontology/confidence.tsv)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from factories import result

from kg.errors import OntologyError
from kg.extract.admission import REASONS
from kg.extract.confidence import calibrate, features, load, model, probability
from kg.model import MODALITIES, PATTERNS, RESOLUTIONS

PRAISED = replace(result().statements[0], subject_resolution="name")  # Putin praised a topic


@pytest.mark.parametrize(
    ("changes", "present", "absent"),
    [
        ({}, {"bias", "admitted=yes", "modality=asserted", "depth=0", "sure=yes"},
         {"admitted=no"}),
        ({"clause_depth": 5}, {"depth=2", "sure=no"}, {"depth=0"}),
        ({"admitted": False, "dropped_because": ["copula", "pronoun"]},
         {"admitted=no", "dropped=copula", "dropped=pronoun"}, {"admitted=yes"}),
        ({"event_type": "Say"}, {"typed=say", "sure_typed=no"}, {"typed=yes"}),
        ({"event_type": "Accuse"}, {"typed=yes", "sure_typed=yes"}, set()),
        ({"event_type": None}, {"typed=no", "sure_typed=no"}, set()),
        ({"object_type": None, "object_resolution": None}, {"object=none"}, set()),
        # not sure: a guessed subject or object, or a subject no actor
        ({"subject_resolution": "pronoun"}, {"sure=no"}, {"sure=yes"}),
        ({"object_resolution": "collective", "object_type": "Country"}, {"sure=no"}, set()),
        ({"subject_type": "Topic"}, {"sure=no"}, set()),
        # the recipient: none, the object, or an actor inferred inside a topic object
        ({"recipient_id": None}, {"recipient=none"}, set()),
        ({"recipient_id": "x", "object_type": "Country"}, {"recipient=object"}, set()),
        ({"recipient_id": "x", "object_type": "Topic"}, {"recipient=inferred"}, set()),
    ],
)  # fmt: skip
def test_features(changes, present, absent):
    found = set(features(replace(PRAISED, **changes)))
    assert present <= found and not absent & found


def test_probability_is_the_logistic_of_the_summed_weights():
    weights = {"bias": 0.0, "modality=reported": -2.0}
    assert probability(PRAISED, weights) == pytest.approx(0.5)
    reported = replace(PRAISED, modality="reported")
    assert probability(reported, weights) == pytest.approx(1 / (1 + 2.718281828**2), rel=1e-6)
    assert calibrate(reported, weights) == 0.12


def test_the_packaged_weights_load_and_give_a_probability():
    weights = model()
    assert "bias" in weights
    assert 0 < calibrate(PRAISED) < 1


@pytest.mark.parametrize(
    ("body", "message"),
    [("feature\tweight\nbias\tlots\n", "row 2: weight 'lots'"),
     ("feature\tweight\n\t1.0\n", "row 2: no feature")],
)  # fmt: skip
def test_a_broken_weights_file_is_an_error(tmp_path, body, message):
    path = tmp_path / "confidence.tsv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(OntologyError, match=message):
        load(path)


@pytest.mark.model
def test_sample_confidences_are_probabilities_that_rank(sample_result):
    found = [st.confidence for st in sample_result.statements]
    assert all(0 < c < 1 for c in found)
    assert len(set(found)) > 3  # not one number for all
    deep = [st.confidence for st in sample_result.statements if st.clause_depth >= 2]
    main = [st.confidence for st in sample_result.statements if st.clause_depth == 0]
    assert sum(main) / len(main) > sum(deep) / len(deep)  # the weights favour main clauses


#: Every value each feature of :func:`features` can take.
DOMAINS = {
    "bias": None,
    "pattern": {*PATTERNS, "none"},
    "subject": {*RESOLUTIONS, "none"},
    "object": {*RESOLUTIONS, "none"},
    "modality": set(MODALITIES),
    "depth": {"0", "1", "2"},
    "typed": {"say", "yes", "no"},
    "sure": {"yes", "no"},
    "sure_typed": {"yes", "no"},
    "recipient": {"none", "object", "inferred"},
    "admitted": {"yes", "no"},
    "dropped": set(REASONS),
}


def test_every_packaged_weight_is_a_feature_kg_can_produce():
    """A weight for a feature that never occurs (a typo, a renamed value) would be silently
    dead; a feature without a weight counts 0 (the bias decides)."""
    for feature in model():
        name, _, value = feature.partition("=")
        assert name in DOMAINS, feature
        assert DOMAINS[name] is None or value in DOMAINS[name], feature
