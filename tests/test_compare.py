from pathlib import Path

import pandas as pd
import pytest

import compkit
from compkit.compare.tables import statements

CORPUS = Path(__file__).parent / "data" / "corpus"


def test_overview_side_by_side(cis, wsx):
    over = compkit.compare.compare_overview(cis, wsx)
    assert list(over.columns) == ["cis", "wsx"]
    assert over.loc["indicators"].tolist() == [62, 153]
    assert over.loc["levels"].tolist() == [4, 5]
    assert over.loc["values"].tolist() == [4, 0]
    assert over.loc["competencies expressing a value"].tolist() == [6, 0]
    assert over.loc["statements per level (lowest to highest)"].tolist() == [
        "16 / 16 / 14 / 16",
        "44 / 26 / 36 / 28 / 19",
    ]
    assert over.loc["first person (%)", "cis"] == 100.0
    assert over.loc["third person (%)", "wsx"] > 90


def test_statements_carry_length_voice_and_scope(cis, clustered):
    st = statements(cis, clustered)
    assert len(st) == 62 + 16
    row = st.set_index("indicator_id").loc["sustainability-l4-1"]
    assert row["n_words"] == len(row["text"].split())
    assert row["voice"] == "first" and row["scope"] == "org"
    assert st.groupby("framework")["level_position"].agg(["min", "max"]).values.tolist() == [
        [0.0, 1.0],
        [0.0, 1.0],
    ]


def test_levels_side_by_side_with_cumulative_counts(cis, wsx):
    levels = compkit.compare.compare_levels(cis, wsx)
    names = levels.pivot(index="level_rank", columns="framework", values="level_name")
    assert names["wsx"].tolist() == ["Core", "Skilled", "Supervisory", "Management", "Executive"]
    assert names["cis"].isna().tolist() == [False, False, False, False, True]
    by = levels.groupby("framework")
    assert by["n_cumulative"].apply(list).to_dict() == {
        "cis": [16, 32, 46, 62],
        "wsx": [44, 70, 106, 134, 153],
    }
    assert set(levels["n_competencies"]) == {4, 6}


def test_levels_of_a_framework_described_at_some_levels_only(clustered):
    levels = compkit.compare.compare_levels(clustered).set_index("level")
    assert levels.loc["foundation", "n_competencies"] == 2  # "leading" starts at senior
    assert levels.loc["director", "n_cumulative"] == 15  # effective statements only
    assert levels["n_negative"].sum() == 1
    assert levels["n_undefined"].tolist() == [1, 1, 1, 0, 0, 0]


def test_competencies_side_by_side(cis, wsx):
    comps = compkit.compare.compare_competencies(cis, wsx)
    assert comps.groupby("framework")["share"].sum().round().to_dict() == {
        "cis": 100.0,
        "wsx": 100.0,
    }
    row = comps.set_index("competency_id").loc["equality"]
    assert row["values"] == "open-and-fair, collaborative-and-kind" and row["n_levels"] == 4
    assert set(comps[comps["framework"] == "wsx"]["term"]) == {"cluster"}
    assert comps["n_negative"].sum() == 0 and set(comps["group"]) == {""}


def test_cell_counts_mark_cells_left_undefined(clustered):
    cells = compkit.compare.cell_counts(clustered)
    assert len(cells) == 3 * 6
    leading = cells[cells["competency_id"] == "leading"].set_index("level")
    assert leading["defined"].tolist() == [False, False, False, True, True, True]
    assert leading["n_indicators"].isna().tolist() == [True, True, True, False, False, False]
    assert leading["n_indicators"].dropna().tolist() == [1, 1, 1]
    assert cells["n_indicators"].sum() + cells["n_negative"].sum() == 16


def test_undefined_cells_of_a_real_framework_are_not_zero():
    gds = compkit.load(CORPUS / "gds-tech-career-path.yaml")
    cells = compkit.compare.cell_counts(gds)
    assert (~cells["defined"]).sum() == len(gds.undefined_cells) > 0
    assert cells.loc[~cells["defined"], "n_indicators"].isna().all()
    assert (cells.loc[cells["defined"], "n_indicators"] >= 0).all()
    levels = compkit.compare.compare_levels(gds)
    assert levels["n_undefined"].sum() == len(gds.undefined_cells)


def test_polarity_what_a_holder_must_show_is_effective_only():
    hse = compkit.load(CORPUS / "hse-stress-competencies.yaml")
    negative = int((hse.indicators["polarity"] == "ineffective").sum())
    assert negative == 57
    over = compkit.compare.compare_overview(hse)
    total = len(hse.indicators)
    assert over.loc["negative indicators", hse.id] == negative
    assert over.loc["effective indicators", hse.id] == total - negative
    assert over.loc["statements a top-level holder must show", hse.id] == total - negative
    levels = compkit.compare.compare_levels(hse)
    assert levels["n_indicators"].sum() == total - negative
    assert levels["n_negative"].sum() == negative
    comps = compkit.compare.compare_competencies(hse)
    assert comps["n_indicators"].sum() == total - negative
    assert comps["n_negative"].sum() == negative
    assert compkit.compare.voice_shares(hse)["n"].sum() == total - negative
    assert compkit.compare.scope_by_level(hse)["n"].sum() == total - negative
    assert compkit.compare.statement_lengths(hse)["n"].sum() == total - negative
    assert len(statements(hse, polarity="ineffective")) == negative


def test_headlines_report_negative_indicators_as_their_own_finding(cis):
    hse = CORPUS / "hse-stress-competencies.yaml"
    heads = compkit.headline_differences(hse, cis).set_index("measure")
    row = heads.loc["negative indicators (what not to do)"]
    assert row.iloc[1:3].tolist() == [57, 0]
    assert "57 negative indicators" in row["finding"]
    assert heads.loc["statements", "finding"].endswith(", effective statements only).")


def test_statement_lengths_per_level(cis, wsx):
    lengths = compkit.compare.statement_lengths(cis, wsx)
    assert lengths.groupby("framework")["n"].sum().to_dict() == {"cis": 62, "wsx": 153}
    assert (lengths["min"] <= lengths["median"]).all()
    assert (lengths["median"] <= lengths["max"]).all()


def test_voice_shares(cis, wsx):
    shares = compkit.compare.voice_shares(cis, wsx).set_index(["framework", "voice"])
    assert shares.loc[("cis", "first"), "n"] == 62
    assert shares.loc[("wsx", "first"), "n"] == 0
    assert shares.groupby("framework")["share"].sum().round().tolist() == [100.0, 100.0]


def test_scope_rises_with_level(cis, wsx):
    scope = compkit.compare.scope_by_level(cis, wsx)
    assert len(scope) == (4 + 5) * 4  # every scope at every level, zeros included
    totals = scope.groupby(["framework", "level"])["share"].sum()
    assert ((totals - 100).abs() < 0.5).all()
    org = scope[scope["scope"] == "org"].groupby("framework")["share"].apply(list)
    assert org["cis"][-1] > 80 > org["cis"][0]
    assert org["wsx"][-1] > 60 > org["wsx"][0]
    own = scope[scope["scope"] == "self"].set_index(["framework", "level"])["share"]
    assert own[("cis", "l1")] > own[("cis", "l4")]


def test_values_and_the_competencies_that_express_them(cis, wsx, clustered):
    vm = compkit.compare.values_map(cis, wsx)
    assert set(vm["framework"]) == {"cis"}  # WSX names no values
    assert len(vm) == 7
    assert vm.groupby("value")["competency_id"].apply(set).to_dict()["OPEN AND FAIR"] == {
        "people",
        "creativity",
        "equality",
    }
    empty = compkit.compare.values_map(wsx)
    assert empty.empty and "competency_id" in empty.columns
    assert compkit.compare.values_map(clustered).groupby("value_id").size().to_dict() == {
        "care": 2,
        "courage": 2,
    }


def test_headline_differences_name_the_figures(cis, wsx):
    heads = compkit.headline_differences(cis, wsx).set_index("measure")
    assert heads.loc["statements", ["cis", "wsx"]].tolist() == [62, 153]
    assert heads.loc["statements", "finding"] == (
        "WSX Mind writes 2.5 times as many statements (153 against 62)."
    )
    assert heads.loc["organisational values named", "finding"].startswith("CiS names 4 values")
    assert "first person" in heads.loc["first-person statements (%)", "finding"]
    assert set(heads["aspect"]) == {"shape", "growth", "voice", "length", "scope", "values"}


def test_functions_accept_ids_paths_and_frameworks(cis, clustered):
    by_id = compkit.compare.compare_levels("cis", clustered.path)
    by_object = compkit.compare.compare_levels(cis, clustered)
    pd.testing.assert_frame_equal(by_id, by_object)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: compkit.compare.compare_overview(), "give at least one framework"),
        (
            lambda: compkit.compare.compare_levels("cis", "cis"),
            "framework 'cis' given twice; compare different frameworks",
        ),
        (lambda: compkit.headline_differences("wsx", "wsx"), "framework 'wsx' given twice"),
        (lambda: statements("cis", polarity="positive"), "unknown polarity 'positive'"),
    ],
)
def test_bad_arguments_are_usage_errors(call, message):
    with pytest.raises(compkit.UsageError, match=message):
        call()


def test_unknown_framework():
    with pytest.raises(compkit.FrameworkNotFoundError, match="unknown framework 'nope'"):
        compkit.compare.voice_shares("cis", "nope")
