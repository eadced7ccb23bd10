"""The ninth probe of the cross-walk's public interfaces, on frameworks nobody had tried.

Found by reviewing Sarah Drasner's engineering career ladder (career-ladders.dev, MIT licence)
against InfraCloud's career ladders (github.com/infracloudio/career-ladders, CC BY 4.0), both
ingested from their published text; pinned here on the bundled frameworks and the public
corpus frameworks in tests/data/corpus (FT engineering, Monzo backend; see its README):

- a pair the reviewer adds (the counterpart was not among the suggestions) had no statement,
  competency, level or polarity: blank in the cross-walk, its SSSOM file and the workbook, and
  left out of the level alignment; for a framework read from a file (not bundled) it was
  refused, saying the statement was not in the framework;
- the level alignment of a cross-walk under review rested on its few decisions alone: two
  accepted best suggestions moved CiS Level 3 from Supervisory to Management (and a level of
  each of four more pairs), against every other suggestion;
- a workbook given as the cross-walk file was told to be saved "as UTF-8".
"""

from pathlib import Path

import pandas as pd
import pytest

import compkit
from compkit.crosswalk import (
    decide,
    export_crosswalk,
    level_matrix,
    read_sssom,
    to_crosswalk,
    write_sssom,
)

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
FT, MONZO = CORPUS / "ft-engineering.yaml", CORPUS / "monzo-backend.yaml"


def _unsuggested(cw, fw, *, anywhere=False):
    """A subject of the cross-walk and a statement of ``fw`` never suggested for it (or, with
    ``anywhere``, for any subject)."""
    subject = cw["subject_id"].iloc[0]
    shown = set(cw["object_id"] if anywhere else cw.loc[cw["subject_id"] == subject, "object_id"])
    ind = fw.indicators
    free = ind[~(fw.id + ":" + ind["indicator_id"]).isin(shown)].iloc[0]
    return subject, free


def _pair(cw, subject, obj):
    """The one row of a pair in a cross-walk."""
    rows = cw[(cw["subject_id"] == subject) & (cw["object_id"] == obj)]
    assert len(rows) == 1
    return rows.iloc[0]


@pytest.fixture(scope="module")
def cis_wsx():
    return to_crosswalk(compkit.suggest("cis", "wsx", top=1), subject="cis", object="wsx")


def test_added_pair_carries_the_bundled_statement(cis_wsx, wsx, tmp_path):
    subject, free = _unsuggested(cis_wsx, wsx)
    cw = decide(cis_wsx, subject, f"wsx:{free.indicator_id}", "accept", reviewer="R")
    row = _pair(cw, subject, f"wsx:{free.indicator_id}")  # beside the statement's other pairs
    assert row["object_label"] == free.text  # word for word, never blank
    assert (row["object_category"], row["object_level"], row["object_polarity"]) == (
        free.competency_id,
        free.level,
        free.polarity,
    )
    back = read_sssom(write_sssom(cw, tmp_path / "cw.sssom.tsv"))
    assert _pair(back, subject, f"wsx:{free.indicator_id}")["object_label"] == free.text
    import openpyxl

    out = export_crosswalk(back, tmp_path / "cw.xlsx", a="cis", b="wsx")
    sheet = openpyxl.load_workbook(out)["Pairs"]
    header = [c.value for c in sheet[1]]
    oid = header.index("WSX Mind id")
    rows = [r for r in sheet.iter_rows(min_row=2, values_only=True) if r[oid] == free.indicator_id]
    by_name = dict(zip(header, rows[0], strict=True))
    assert by_name["WSX Mind statement"] == free.text
    assert by_name["WSX Mind level"] == wsx.level_records[wsx.level_ids.index(free.level)].name


def test_added_pair_from_a_framework_file():
    ft, monzo = compkit.load(FT), compkit.load(MONZO)
    cw = to_crosswalk(compkit.suggest(ft, monzo, top=1, method="lexical"), subject=ft, object=monzo)
    subject, free = _unsuggested(cw, monzo, anywhere=True)
    with pytest.raises(compkit.UsageError, match=r"give the object framework \(b=") as info:
        decide(cw, subject, free.indicator_id, "accept", reviewer="R")
    assert "not in the cross-walk nor" not in str(info.value)  # it is in monzo: never say not
    added = decide(cw, subject, free.indicator_id, "accept", reviewer="R", b=MONZO)
    row = _pair(added, subject, f"monzo-backend:{free.indicator_id}")
    assert row["object_id"] == f"monzo-backend:{free.indicator_id}"
    assert (row["object_label"], row["object_level"]) == (free.text, free.level)
    with pytest.raises(compkit.UsageError, match="not in the cross-walk nor a statement of"):
        decide(cw, subject, "no-such-statement", "accept", reviewer="R", b=MONZO)
    with pytest.raises(compkit.UsageError, match="objects are statements of monzo-backend"):
        decide(cw, subject, free.indicator_id, "accept", reviewer="R", b=FT)
    # suggested for another statement only: its text as the cross-walk has it, without b
    _, elsewhere = _unsuggested(cw, monzo)
    row = _pair(
        decide(cw, subject, elsewhere.indicator_id, "accept", reviewer="R"),
        subject,
        f"monzo-backend:{elsewhere.indicator_id}",
    )
    assert (row["object_label"], row["object_category"]) == (
        elsewhere.text,
        elsewhere.competency_id,
    )


@pytest.mark.parametrize(("a", "b"), [("cis", "wsx"), (FT, MONZO)])
def test_few_decisions_do_not_move_the_level_alignment(a, b):
    suggestions = compkit.suggest(a, b, top=3)
    cw = to_crosswalk(suggestions, subject=a, object=b)
    before = compkit.align_levels(cw, a, b)["aligned_level"].tolist()
    best = suggestions[suggestions["rank"] == 1].head(2)
    for subject, obj in zip(best["subject_id"], best["object_id"], strict=True):
        cw = decide(cw, subject, obj, "accept", reviewer="R", date="2024-01-01")
    # accepting the best suggestions of two statements says what the suggestions said
    assert compkit.align_levels(cw, a, b)["aligned_level"].tolist() == before
    # a rejected pair weighs nothing: as if it had never been suggested
    fresh = to_crosswalk(suggestions, subject=a, object=b)
    pair = fresh.iloc[0][["subject_id", "object_id"]].tolist()
    rejected = decide(fresh, *pair, "reject", reviewer="R", date="2024-01-01")
    without = fresh.drop(index=0)
    pd.testing.assert_frame_equal(level_matrix(rejected, a, b), level_matrix(without, a, b))


def test_a_reviewed_crosswalk_still_aligns_by_its_decisions():
    shares = level_matrix(read_sssom("cis-wsx"), "cis", "wsx")
    assert shares.loc["Level 1", "Core"] == pytest.approx(0.712)
    assert shares.loc["Level 4"].idxmax() in ("Management", "Executive")


def test_a_workbook_given_as_the_crosswalk_file(tmp_path):
    s = compkit.suggest("cis", "wsx", top=1, method="lexical")
    book = export_crosswalk(s, tmp_path / "cw.xlsx", a="cis", b="wsx")
    with pytest.raises(compkit.CrosswalkError) as info:
        read_sssom(book)
    message = str(info.value)
    assert "a workbook or other zip file (XLSX, DOCX), not SSSOM TSV text" in message
    assert "compkit take-review CROSSWALK.sssom.tsv WORKBOOK.xlsx" in message  # the way back
    assert "does not read" not in message
    assert "UTF-8" not in message


def _minimal(tmp_path, a, b, subject, obj) -> Path:
    """A cross-walk as another SSSOM tool writes it: the mandatory columns, nothing else."""
    text = (
        f"# curie_map:\n#   {a}: https://w3id.org/compkit/{a}/\n"
        f"#   {b}: https://w3id.org/compkit/{b}/\n"
        "# mapping_set_id: https://example.org/minimal.sssom.tsv\n"
        "# license: https://creativecommons.org/licenses/by/4.0/\n"
        "subject_id\tpredicate_id\tobject_id\tmapping_justification\n"
        f"{a}:{subject}\tskos:closeMatch\t{b}:{obj}\tsemapv:ManualMappingCuration\n"
    )
    path = tmp_path / f"{a}-{b}.sssom.tsv"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("a", "b"), [("cis", "wsx"), (FT, MONZO)])
def test_a_row_naming_only_its_pair_is_shown_with_its_statements(a, b, tmp_path):
    import openpyxl

    fa, fb = compkit.load(a), compkit.load(b)
    sa, sb = fa.indicators.iloc[0], fb.indicators.iloc[-1]
    cw = read_sssom(_minimal(tmp_path, fa.id, fb.id, sa.indicator_id, sb.indicator_id))
    book = export_crosswalk(cw, tmp_path / "cw.xlsx", a=a, b=b)
    sheet = openpyxl.load_workbook(book)["Pairs"]
    row = dict(zip([c.value for c in sheet[1]], [c.value for c in sheet[2]], strict=True))
    assert row[f"{fa.label} statement"] == sa.text  # word for word from the framework
    assert row[f"{fb.label} statement"] == sb.text
    assert row[f"{fb.label} level"] == fb.level_records[fb.level_ids.index(sb.level)].name
    shares = level_matrix(cw, a, b)  # the decision counts at its levels
    assert shares.to_numpy().sum() == pytest.approx(1.0)
    honoured = compkit.suggest(a, b, top=1, method="lexical", reviewed=cw)
    first = honoured[honoured["subject_id"] == sa.indicator_id].iloc[0]
    assert (first["object_id"], first["object_label"], first["object_level"]) == (
        sb.indicator_id,
        sb.text,
        sb.level,
    )


@pytest.mark.parametrize(("a", "b"), [("cis", "wsx"), (FT, MONZO)])
def test_suggestions_given_to_write_sssom_are_named(a, b, tmp_path):
    s = compkit.suggest(a, b, top=1, method="lexical")
    with pytest.raises(compkit.UsageError, match="these are suggestions") as info:
        write_sssom(s, tmp_path / "cw.sssom.tsv")
    assert "to_crosswalk(suggestions, subject=" in str(info.value)
    assert "export_crosswalk(suggestions, path, a=" in str(info.value)
    assert not (tmp_path / "cw.sssom.tsv").exists()


@pytest.mark.parametrize(("a", "b"), [("cis", "wsx"), (FT, MONZO)])
def test_the_review_widget_shows_the_statements_of_a_minimal_file(a, b, tmp_path):
    pytest.importorskip("ipywidgets")
    fa, fb = compkit.load(a), compkit.load(b)
    sa, sb = fa.indicators.iloc[0], fb.indicators.iloc[-1]
    path = _minimal(tmp_path, fa.id, fb.id, sa.indicator_id, sb.indicator_id)
    path.write_text(path.read_text().replace("ManualMappingCuration", "LexicalMatching"))
    w = compkit.review_crosswalk(path, a, b, reviewer="R")  # another tool's suggestion
    assert w.current == f"{fa.id}:{sa.indicator_id}"
    assert sa.text in w.subject.value
    assert sb.text in w.candidates.children[0].children[-1].value
    w.ticks[0].value = True
    w.buttons["save"].click()
    saved = read_sssom(path).iloc[0]
    assert (saved["review_status"], saved["object_label"]) == ("accepted", sb.text)


@pytest.mark.parametrize(("a", "b"), [("cis", "wsx"), (FT, MONZO)])
def test_the_command_counts_one_decision_in_the_singular(a, b, tmp_path, capsys):
    from compkit.cli import main

    fa, fb = compkit.load(a), compkit.load(b)
    sa, sb = fa.indicators.iloc[0], fb.indicators.iloc[-1]
    reviewed = _minimal(tmp_path, fa.id, fb.id, sa.indicator_id, sb.indicator_id)
    out = tmp_path / "out.sssom.tsv"
    argv = ["crosswalk", str(a), str(b), "--method", "lexical", "--top", "1"]
    assert main([*argv, "--reviewed", str(reviewed), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "the reviewed cross-walk's 1 decision, kept, and " in err
    cw = read_sssom(out)
    pair = (cw["subject_id"] == f"{fa.id}:{sa.indicator_id}") & (
        cw["object_id"] == f"{fb.id}:{sb.indicator_id}"
    )
    assert cw.loc[pair, ["object_label", "review_status"]].values.tolist() == [
        [sb.text, "accepted"]
    ]
