"""Twenty-eighth round, helper B: a reviewer's and an analyst's day with the cross-walk.

A Rank cell typed over (2 made 9, or "low") is told as what it is, not as ranks deleted; the
review widget and ``pending`` hold a statement given a counterpart settled, as the workbook
does; a cross-walk carried to a new version of a framework no longer declares the old one's
prefix.
"""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest

import compkit
from compkit.cli import main
from compkit.crosswalk import decide, pending, read_sssom, to_crosswalk, write_sssom
from compkit.crosswalk.workbookreview import read_review_workbook

CORPUS = Path(__file__).parent / "data" / "corpus"


@pytest.fixture(scope="module")
def under_review(tmp_path_factory):
    """Engineering Ladders → Medium's (a hyphenated id on each side): SSSOM, top 3, workbook."""
    a, b = CORPUS / "engineering-ladders-developer.yaml", CORPUS / "medium-snowflake.yaml"
    s = compkit.suggest(a, b, top=3, backend="hashing")
    folder = tmp_path_factory.mktemp("review")
    sssom = compkit.export_crosswalk(s, folder / "cw.sssom.tsv", a=a, b=b)
    book = compkit.export_crosswalk(read_sssom(sssom), folder / "cw.xlsx", a=a, b=b)
    return sssom, book


def _said(under_review, tmp_path, edit) -> tuple[list[str], object]:
    """The warnings take-review gives of a workbook edited by ``edit(sheet, columns)``."""
    from openpyxl import load_workbook

    sssom, book = under_review
    wb = load_workbook(book)
    pairs = wb["Pairs"]
    edit(pairs, {c.value: c.column for c in pairs[1]})
    wb.save(tmp_path / "cw.xlsx")
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        out = read_review_workbook(tmp_path / "cw.xlsx", read_sssom(sssom), reviewer="R")
    return [str(w.message).split("cw.xlsx: ", 1)[1] for w in seen], out


def test_a_rank_typed_over_is_said_as_such_not_as_rows_deleted(under_review, tmp_path):
    """Rank 2 typed 9 was told "rank 2, 4, 5, 6, 7, 8 ... has no row: was a row deleted?"."""

    def edit(pairs, column):
        assert [pairs.cell(r, column["Rank"]).value for r in (2, 3, 4)] == [1, 2, 3]
        pairs.cell(3, column["Rank"]).value = 9
        pairs.delete_rows(6)  # the second statement's rank 2: a row deleted, said as before

    said, _ = _said(under_review, tmp_path, edit)
    assert len(said) == 2, said
    assert said[0].startswith("sheet 'Pairs', row 3, column 'Rank': '9' where the method ranked")
    assert "the pair 2 (statement 'actively learns and adopts the technology and tools" in said[0]
    assert (
        "its rows ranked 1, 9, 3): a rank is the method's order of the candidates, not a "
        in (said[0])
    )
    assert (
        "typing over it records nothing; to say the pair is a poorer match than that, pick "
        in (said[0])
    )
    assert "has no row" not in said[0]
    assert said[1].startswith("sheet 'Pairs', row 6: rank 2 of statement ")
    assert "has no row (its rows are ranked 1, 3): was a row deleted?" in said[1]


@pytest.mark.parametrize(
    ("rank", "review", "sort", "tail"),
    [
        ("low", None, False, "its rows ranked 1, low, 3)"),
        (9, "rejected", False, "records nothing; its Review, 'rejected', is recorded"),
        (9, None, True, "its rows ranked 1, 3, 9)"),  # sorted by Rank: the cross-walk tells it
    ],
)
def test_a_rank_typed_over_in_words_decided_or_sorted_is_said(
    under_review, tmp_path, rank, review, sort, tail
):
    def edit(pairs, column):
        pairs.cell(3, column["Rank"]).value = rank
        if review:
            pairs.cell(3, column["Review"]).value = review
        if sort:  # the whole sheet sorted by its Rank column, as a spreadsheet does
            rows = sorted(
                ([c.value for c in row] for row in pairs.iter_rows(min_row=2)),
                key=lambda r: r[column["Rank"] - 1],
            )
            for n, row in enumerate(rows, start=2):
                for k, value in enumerate(row, start=1):
                    pairs.cell(n, k).value = value

    said, out = _said(under_review, tmp_path, edit)
    assert len(said) == 1, said
    assert "column 'Rank'" in said[0] and "where the method ranked the pair 2" in said[0]
    assert tail in said[0]
    assert (out["reviewer_label"] == "R").sum() == (review is not None)


def test_the_cli_says_a_rank_typed_over(under_review, tmp_path, capsys):
    from openpyxl import load_workbook

    sssom, book = under_review
    cw = shutil.copy(sssom, tmp_path / "cw.sssom.tsv")
    wb = load_workbook(book)
    pairs = wb["Pairs"]
    column = {c.value: c.column for c in pairs[1]}
    pairs.cell(4, column["Rank"]).value = 9  # the last of the statement's three: 1, 2, 9
    wb.save(tmp_path / "cw.xlsx")
    capsys.readouterr()
    assert main(["take-review", str(cw), str(tmp_path / "cw.xlsx"), "--reviewer", "R"]) == 0
    err = capsys.readouterr().err
    assert "row 4, column 'Rank': '9' where the method ranked the pair 3" in err
    assert "has no row" not in err
    assert tmp_path.joinpath("cw.sssom.tsv").read_bytes() == sssom.read_bytes()


@pytest.mark.parametrize(
    ("a", "b"), [("ft-engineering", "monzo-backend"), ("gds-tech-career-path", "medium-snowflake")]
)
def test_a_statement_given_a_counterpart_is_settled_in_the_widget_as_in_the_workbook(
    tmp_path, a, b
):
    """The widget offered a settled statement's fresh candidates as "still open"; the workbook
    shows them "not needed, statement settled"."""
    from compkit.crosswalk import review_crosswalk
    from compkit.crosswalk.workbooksettled import NOT_NEEDED, settled_reviews

    fa, fb = compkit.load(CORPUS / f"{a}.yaml"), compkit.load(CORPUS / f"{b}.yaml")
    cw = to_crosswalk(compkit.suggest(fa, fb, top=3, method="lexical"), subject=fa.id, object=fb.id)
    first, second, third = cw["subject_id"].unique()[:3]
    mine = cw[cw["subject_id"] == first]
    cw = decide(cw, first, mine["object_id"].iloc[0], "accept", reviewer="Ann")
    theirs = cw[cw["subject_id"] == second]
    for o in theirs["object_id"]:  # every candidate rejected: decided, not settled
        cw = decide(cw, second, o, "reject", reviewer="Ann")
    fresh = to_crosswalk(compkit.suggest(fa, fb, top=5, method="lexical"), subject=fa.id,
                         object=fb.id)  # fmt: skip
    cw = compkit.crosswalk.update(cw, fresh)
    shown = settled_reviews(cw, cw["review_status"])
    assert (shown[(cw["subject_id"] == first).to_numpy()] == NOT_NEEDED).sum() == 4
    assert first not in set(pending(cw)["subject_id"])
    assert {second, third} <= set(pending(cw)["subject_id"])
    path = write_sssom(cw, tmp_path / "cw.sssom.tsv", meta=cw.attrs.get("sssom"))
    w = review_crosswalk(path, fa, fb, reviewer="Ann")
    assert f"<b>1 of {len(w.subjects)} statements reviewed</b>" in w.progress.value
    assert "(1 decided with candidates still open)" in w.progress.value  # the second
    seen = []
    while w.current is not None:
        seen.append(w.current)
        if w.current == second:
            assert "Decided before, with candidates still open" in w.status.value
        w.press("s" if w.current == third and third not in seen[:-1] else "0")
    assert first not in seen and second in seen
    w.press("b")  # back: the last statement again; the settled one is reached only so
    assert "Settled before" not in w.status.value


def test_a_carried_cross_walk_declares_only_the_new_versions_prefix(under_review, tmp_path):
    """The old version's hyphenated prefix stayed in the curie_map after ``compkit carry``."""
    sssom, _ = under_review
    old = CORPUS / "medium-snowflake.yaml"
    text = old.read_text(encoding="utf-8").replace(
        "\nid: medium-snowflake\n", "\nid: medium-snowflake-v2\n"
    )
    assert "id: medium-snowflake-v2" in text
    (tmp_path / "new.yaml").write_text(text, encoding="utf-8")
    out = tmp_path / "carried.sssom.tsv"
    assert main(["carry", str(sssom), str(old), str(tmp_path / "new.yaml"), "-o", str(out)]) == 0
    header = [ln for ln in out.read_text(encoding="utf-8").splitlines() if ln.startswith("#")]
    declared = [ln.split(":")[0].strip("# ") for ln in header[1:] if ln.startswith("#   ")]
    assert "medium_snowflake_v2" in declared
    assert "medium-snowflake" not in declared and "medium_snowflake" not in declared
    cw = read_sssom(out)
    assert cw["object_id"].str.startswith("medium-snowflake-v2:").all()
    assert cw.attrs["sssom"]["curie_map"].keys() >= {"medium-snowflake-v2",
                                                     "engineering-ladders-developer"}  # fmt: skip


def test_the_read_me_rows_hold_a_long_frameworks_column_names(tmp_path):
    """A framework called by a long name ("Data Engineering Framework", Sthorm's, ingested)
    names columns that wrap in the Read me's first column: 9 of 33 rows were a line short, the
    name's last word printed under the next row's."""
    from openpyxl import load_workbook

    from compkit.crosswalk._wraplines import text_lines

    text = (CORPUS / "engineering-ladders-developer.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "short_name: Engineering Ladders\n", "short_name: Data Engineering Ladder\n"
    )
    (tmp_path / "long.yaml").write_text(text, encoding="utf-8")
    s = compkit.suggest(tmp_path / "long.yaml", "cis", top=1, backend="hashing")
    book = compkit.export_crosswalk(s, tmp_path / "s.xlsx", a=tmp_path / "long.yaml", b="cis")
    ws = load_workbook(book)["Read me"]
    width = ws.column_dimensions["A"].width
    rows = [
        r for r in ws.iter_rows(min_row=5) if r[0].value and r[1].value and r[0].value != "Column"
    ]
    wrapped = [r for r in rows if text_lines(str(r[0].value), width) > 1]
    assert len(wrapped) >= 3
    assert all(ws.row_dimensions[r[0].row].height >= 15 * text_lines(str(r[0].value), width)
               for r in wrapped)  # fmt: skip
