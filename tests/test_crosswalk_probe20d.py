"""The no-counterpart features against frameworks of other sizes than the evaluation sets'."""

import dataclasses

import numpy as np
import pandas as pd
import pytest

from compkit.crosswalk import Weights
from compkit.crosswalk.calibrate import (
    SIZE_DRIFT,
    SIZE_REFERENCE,
    no_match_probability,
    size_adjusted,
)
from compkit.crosswalk.embeddings import DEFAULT_BACKENDS
from compkit.crosswalk.ranking import no_match_table
from compkit.crosswalk.suggest import tuned_weights

GOLD = "tests/data/crosswalk/cis-wsx-gold.csv"


def test_size_adjusted_takes_the_drift_of_each_feature_per_e_fold_of_candidates():
    f = np.array([[2.0, 1.5], [3.0, np.nan]])
    against = np.array([SIZE_REFERENCE * np.e, SIZE_REFERENCE / np.e])
    got = size_adjusted(f, against)
    assert got[0].tolist() == pytest.approx([2.0 - SIZE_DRIFT[0], 1.5 - SIZE_DRIFT[1]])
    assert got[1, 0] == pytest.approx(3.0 + SIZE_DRIFT[0]) and np.isnan(got[1, 1])
    assert size_adjusted(f[:, :1], 35).shape == (2, 1)  # the model on the mean z alone
    assert np.array_equal(size_adjusted(f, SIZE_REFERENCE), f, equal_nan=True)


@pytest.fixture(scope="module")
def against_a_sample(cis, wsx):
    """CiS's first 12 subjects with a counterpart, against WSX and against their counterparts."""
    gold = pd.read_csv(GOLD)
    gold = gold[gold["object_id"] != "sssom:NoTermFound"]
    subjects = sorted(gold["subject_id"].unique())[:12]
    keep = set(gold.loc[gold["subject_id"].isin(subjects), "object_id"])
    records = tuple(r for r in wsx.indicator_records if r.id in keep)
    small = dataclasses.replace(wsx, indicator_records=records)
    w = tuned_weights(DEFAULT_BACKENDS)
    sizes = (len(wsx.indicators), len(records))
    tables = []
    for fb, m in zip((wsx, small), sizes, strict=True):
        # no_match_table gives the features as the model reads them, adjusted for size; the
        # raw ones are those adjusted back (to SIZE_REFERENCE**2 / m candidates)
        t = no_match_table(cis, fb, w, DEFAULT_BACKENDS).set_index("subject_id").loc[subjects]
        raw = size_adjusted(t.to_numpy(), SIZE_REFERENCE**2 / m)
        tables.append(pd.DataFrame(raw, index=t.index, columns=t.columns))
    return tables, sizes, w


def test_the_features_against_a_small_sample_read_as_against_the_whole(against_a_sample):
    # the same counterparts, fewer candidates: the raw features fall, the adjusted ones stay
    (whole, sample), (m_whole, m_sample), w = against_a_sample
    assert m_sample < 50 < m_whole
    raw = (sample - whole).mean()
    adjusted = size_adjusted(sample.to_numpy(), m_sample) - size_adjusted(whole.to_numpy(), m_whole)
    assert (raw < -0.5).all()
    assert (np.abs(adjusted.mean(axis=0)) < np.abs(raw.to_numpy()) / 2).all()
    flagged_raw = no_match_probability(sample.to_numpy(), w.no_match) > w.flag
    adjusted_sample = size_adjusted(sample.to_numpy(), m_sample)
    flagged = no_match_probability(adjusted_sample, w.no_match) > w.flag
    assert flagged.sum() <= 2 < flagged_raw.sum()  # all 12 have their counterparts there


def test_the_weights_stay_valid_against_the_evaluation_sets_sizes():
    # the shipped coefficients were fitted against 135 to 153 statements
    f = np.array([[2.8, 2.4]])
    for m in (135, 153):
        shift = no_match_probability(size_adjusted(f, m), Weights().no_match)
        assert shift[0] == pytest.approx(no_match_probability(f, Weights().no_match)[0], abs=0.03)


def test_a_subject_repeated_in_its_own_framework_names_its_other_places():
    # Engineering Ladders says 35 statements in 22 texts: the rows of a repeated subject are
    # the same question asked again, and the reader is told where else it stands
    import compkit
    from compkit.crosswalk.alsoat import subject_also_at

    el = compkit.load("tests/data/corpus/engineering-ladders-developer.yaml")
    rows = pd.DataFrame({"subject_id": "el:" + el.indicators["indicator_id"]})
    said = subject_also_at(rows, el)
    assert (said != "").sum() == 23  # 13 repeats of 10 texts: 23 statements stand elsewhere
    people = el.indicators["text"].str.startswith("mentors others").to_numpy()
    assert said[people].str.count(";").tolist() == [2, 2, 2, 2]  # D4-D7: three other places
    assert said.iloc[0] == "D2 - Developer 2"
