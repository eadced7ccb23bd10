from pathlib import Path

import pandas as pd
import pytest

import compkit
from compkit.framework.frames import (
    COMPETENCY_COLUMNS,
    INDICATOR_COLUMNS,
    LEVEL_COLUMNS,
    ROLE_COLUMNS,
    VALUE_COLUMNS,
)

CIS_COUNTS = {
    "people": [3, 2, 2, 2],
    "brilliant": [3, 3, 3, 3],
    "creativity": [3, 2, 2, 3],
    "others": [3, 4, 3, 3],
    "sustainability": [2, 2, 2, 2],
    "equality": [2, 3, 2, 3],
}
WSX_COUNTS = {
    "qualities": [10, 7, 7, 5, 5],
    "partnerships": [14, 7, 9, 9, 6],
    "work": [13, 6, 14, 8, 5],
    "improving": [7, 6, 6, 6, 3],
}


@pytest.mark.parametrize(("name", "expected"), [("cis", CIS_COUNTS), ("wsx", WSX_COUNTS)])
def test_counts_per_competency_and_level(name, expected):
    counts = compkit.load(name).counts()
    assert {k: list(v) for k, v in counts.iterrows()} == expected


def test_tables_have_their_columns(cis):
    assert list(cis.indicators.columns) == INDICATOR_COLUMNS
    assert list(cis.competencies.columns) == COMPETENCY_COLUMNS
    assert list(cis.levels.columns) == LEVEL_COLUMNS
    assert list(cis.values.columns) == VALUE_COLUMNS
    assert list(cis.roles.columns) == ROLE_COLUMNS


def test_frames_cannot_alter_the_framework(cis):
    frame = cis.indicators
    frame.loc[0, "text"] = "changed"
    frame["extra"] = 1
    assert cis.indicators.loc[0, "text"] != "changed"
    assert "extra" not in cis.indicators.columns
    with pytest.raises(AttributeError):
        cis.id = "other"


def test_values_as_printed(cis, wsx):
    assert cis.values["value"].tolist() == [
        "OPEN AND FAIR",
        "BRAVE",
        "COLLABORATIVE AND KIND",
        "COLLABORATIVE",
    ]
    pairs = cis.competency_values.groupby("competency_id", sort=False)["value_id"].agg(list)
    assert pairs["equality"] == ["open-and-fair", "collaborative-and-kind"]
    assert pairs["sustainability"] == ["collaborative"]
    assert wsx.values.empty and wsx.competency_values.empty  # WSX names no values


def test_senior_officer_role(cis):
    roles = cis.roles.set_index("competency_id")["level"].to_dict()
    assert roles == {
        "people": "l2",
        "brilliant": "l2",
        "creativity": "l2",
        "others": "l3",
        "sustainability": "l2",
        "equality": "l2",
    }


def test_role_profile_is_cumulative(cis):
    prof = cis.profile(role="Senior Officer")
    assert len(prof) == 5 + 6 + 5 + 10 + 4 + 5
    assert prof.groupby("competency_id")["level_rank"].max().to_dict() == {
        "brilliant": 2,
        "creativity": 2,
        "equality": 2,
        "others": 3,
        "people": 2,
        "sustainability": 2,
    }
    assert set(prof["required_level"]) == {"l2", "l3"}


@pytest.mark.parametrize(
    ("level", "n"), [("core", 44), ("Skilled", 70), (3, 106), ("executive", 153)]
)
def test_level_profile(wsx, level, n):
    assert len(wsx.profile(level=level)) == n


def test_non_cumulative_profile(wsx):
    assert len(wsx.profile(level="supervisory", cumulative=False)) == 36


def test_profile_of_a_competency_described_at_some_levels(clustered):
    prof = clustered.profile(level="senior")
    assert prof.groupby("competency_id").size().to_dict() == {
        "caring": 4,  # what a holder must show: the negative indicator is not a requirement
        "delivering": 4,
        "leading": 1,
    }
    assert (prof["polarity"] == "effective").all()
    every = clustered.profile(level="senior", polarity="all")
    assert every.groupby("competency_id").size().to_dict()["caring"] == 5
    assert (
        clustered.competencies.set_index("competency_id").loc["leading", "levels"]
        == "senior, lead, director"
    )


def test_negative_indicators_and_groups(clustered):
    ind = clustered.indicators.set_index("indicator_id")
    assert ind.loc["caring-foundation-2", "polarity"] == "ineffective"
    assert ind.loc["caring-foundation-1", "polarity"] == "effective"
    assert clustered.groups["competencies"].tolist() == ["leading, caring", "delivering"]
    assert ind.loc["leading-lead-1", "group_id"] == "people"


def test_profile_errors(cis):
    with pytest.raises(compkit.UsageError, match="exactly one of level= or role="):
        cis.profile()
    with pytest.raises(
        compkit.UsageError,
        match=r"unknown level 'l9' in framework 'cis'; expected one of: l1 \(Level 1\)",
    ):
        cis.profile(level="l9")
    with pytest.raises(compkit.UsageError, match="unknown role 'ceo'"):
        cis.profile(role="ceo")
    corpus = Path(__file__).parent / "data" / "corpus"
    no_roles = compkit.load(corpus / "hse-stress-competencies.yaml")
    with pytest.raises(
        compkit.UsageError,
        match=r"unknown role 'manager': framework 'hse-stress-competencies' has no roles$",
    ):
        no_roles.profile(role="manager")


def test_combine(cis, wsx):
    long = compkit.combine(cis, wsx)
    assert list(long.columns) == INDICATOR_COLUMNS
    assert long["framework"].value_counts().to_dict() == {"wsx": 153, "cis": 62}
    levels = compkit.combine(cis, wsx, table="levels")
    assert levels.groupby("framework").size().to_dict() == {"cis": 4, "wsx": 5}
    with pytest.raises(compkit.UsageError, match="unknown table 'nope'"):
        compkit.combine(cis, table="nope")


def test_repairs_are_visible(cis, wsx):
    assert set(cis.repairs["indicator_id"]) == {"others-l4-3"}
    joined = wsx.repairs.set_index("indicator_id").loc["improving-management-2"]
    assert joined["kind"] == "joined-split-numbers"
    assert joined["source_numbers"] == "2,3,4"
    assert isinstance(wsx.repairs, pd.DataFrame) and len(wsx.repairs) >= 5


def test_counts_and_profiles_respect_polarity(clustered):
    assert clustered.counts().loc["caring", "foundation"] == 1
    assert clustered.counts(polarity="ineffective").loc["caring", "foundation"] == 1
    assert clustered.counts(polarity="all").loc["caring", "foundation"] == 2
    negative = clustered.profile(level="foundation", polarity="ineffective")
    assert negative["indicator_id"].tolist() == ["caring-foundation-2"]
    with pytest.raises(compkit.UsageError, match="unknown polarity 'bad'; expected one of"):
        clustered.counts(polarity="bad")


def undefined_doc(**extra):
    doc = compkit.framework.to_dict("cis")
    comp = doc["competencies"][0]
    comp["indicators"] = [i for i in comp["indicators"] if i["level"] != "l4"]
    comp["undefined"] = [{"level": "l4", "note": "Not applicable", **extra}]
    doc["schema_version"] = 2
    return doc


def test_undefined_cells_are_not_defined_not_zero():
    fw = compkit.framework.from_dict(undefined_doc())
    assert fw.undefined_cells == {("people", "l4")}
    table = fw.counts()
    assert table.loc["people", "l4"] is pd.NA
    assert table.loc["people", "l3"] == compkit.load("cis").counts().loc["people", "l3"]
    assert compkit.framework.summary(fw).loc["cells not defined", "cis"] == 1
    # beside a framework with none, it has none (was NaN)
    both = compkit.framework.summary(fw, "wsx").loc["cells not defined"]
    assert both.to_dict() == {"cis": 1, "wsx": 0}
    one_side = compkit.framework.from_dict(undefined_doc(polarity="ineffective"))
    assert one_side.undefined_cells == frozenset()
    assert one_side.counts().loc["people", "l4"] == 0
    assert one_side.counts(polarity="ineffective").loc["people", "l4"] is pd.NA


def test_competency_described_at_some_levels_is_not_defined_elsewhere(clustered):
    table = clustered.counts()
    assert table.loc["leading", "foundation"] is pd.NA
    assert table.loc["leading", "lead"] == 1


def test_role_needing_a_competency_at_no_stated_level():
    doc = compkit.framework.to_dict("cis")
    doc["roles"][0]["requires"]["people"] = None
    fw = compkit.framework.from_dict(doc)
    assert fw.role("senior-officer").required_levels["people"] is None
    roles = fw.roles.set_index("competency_id")
    assert roles.loc["people", "level_name"] == "no level stated"
    assert "people" not in set(fw.profile(role="senior-officer")["competency_id"])
    assert compkit.framework.to_dict(fw)["roles"][0]["requires"]["people"] is None
    assert compkit.framework.to_dict(fw)["schema_version"] == 2


def test_summary_never_shows_a_placeholder_organisation():
    from dataclasses import replace

    fw = replace(compkit.load("cis"), organisation="(organisation not stated)")
    got = compkit.framework.summary(fw, "wsx").loc["organisation"].to_dict()
    assert got == {"cis": "", "wsx": "WSX Mind"}
