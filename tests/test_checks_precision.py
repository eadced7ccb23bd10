"""The checker's precision, measured: every finding on the corpus and the seeds is judged.

``tests/data/corpus/judgements.csv`` holds one judgement (true or false, and why) per finding of
every rule, opt-in ones too, on the seven corpus frameworks and the two bundled ones. These tests
re-run the checker: a finding without a judgement, or a judgement without a finding, fails, so
the precision published in ``docs/rules.md`` is always the checker's own; and no warning rule
that runs by default may fall under 0.8 on the corpus or the seeds.
"""

import pandas as pd
import pytest

from compkit.checks import RULES
from compkit.checks.precision import (
    KEY,
    corpus_paths,
    evaluate,
    finding_rates,
    judge,
    precision_table,
    read_judgements,
)
from compkit.checks.report import Report
from compkit.framework.io import bundled

#: A warning rule that runs by default must be right this often.
FLOOR = 0.8


@pytest.fixture(scope="module")
def judged() -> pd.DataFrame:
    return evaluate()


def test_the_corpus_is_there():
    ids = {p.stem for p in corpus_paths()}
    assert len(ids) >= 4
    assert not ids & set(bundled())


def test_every_finding_has_exactly_one_judgement(judged):
    unjudged = judged[judged["correct"].isna()]
    assert unjudged.empty, unjudged[[*KEY, "message"]].to_string()
    assert not judged.duplicated(KEY).any(), judged[judged.duplicated(KEY, keep=False)][KEY]


def test_every_judgement_is_of_a_finding(judged):
    judgements = read_judgements()
    keys = pd.MultiIndex.from_frame(judged[KEY])
    stale = judgements[~pd.MultiIndex.from_frame(judgements[KEY]).isin(keys)]
    assert stale.empty, stale.to_string()
    assert judgements["why"].str.len().gt(10).all()
    assert set(judgements["code"]) <= set(RULES)


@pytest.mark.parametrize("part", ["corpus", "seed"])
def test_default_warning_rules_are_precise(judged, part):
    table = precision_table().set_index("code")
    warnings = [c for c, r in RULES.items() if r.severity == "warning" and r.default]
    measured = table.loc[warnings, f"{part}_precision"].dropna()
    assert len(measured) >= 5
    low = measured[measured < FLOOR]
    assert low.empty, low


def test_precision_matches_the_findings(judged):
    # the table read from the file is the precision of the findings the checker makes now
    seed = judged["framework"].isin(list(bundled()))
    now = judged[~seed].groupby("code")["correct"].mean()
    table = precision_table().set_index("code")["corpus_precision"].dropna()
    pd.testing.assert_series_equal(
        now.sort_index().astype(float), table.sort_index().astype(float), check_names=False
    )


def test_an_unjudged_finding_is_seen():
    judgements = read_judgements()
    report = Report((), ())
    assert judge(report, judgements).empty
    from compkit.checks import check

    found = judge(check("wsx", select="T005"), judgements.iloc[0:0])
    assert found["correct"].isna().all() and len(found) == 1


def test_opt_in_rules_run_only_when_selected():
    from compkit.checks import check

    opt_in = [c for c, r in RULES.items() if not r.default]
    assert opt_in == ["P002"]
    path = next(p for p in corpus_paths() if p.stem == "monzo-backend")
    assert "P002" not in {f.code for f in check(path)}
    assert "P002" in {f.code for f in check(path, select="P002")}


def test_finding_rates_per_100_statements():
    rates = finding_rates(["cis", "wsx"]).set_index("framework")
    assert rates.loc["cis", "statements"] == 62
    assert rates.loc["wsx", "per_100"] == round(
        100 * rates.loc["wsx", "findings"] / rates.loc["wsx", "statements"], 1
    )
    assert (rates["findings_all_rules"] >= rates["findings"]).all()
