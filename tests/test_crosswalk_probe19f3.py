"""A text the object framework repeats: its other places shown where a reviewer looks.

The workbook's pairs sheet (of suggestions and of a reviewed cross-walk) gains an "also at"
column only when some candidate's text stands elsewhere; the review widget says it on the
candidate's card. FT → Engineering Ladders: 23 of the ladder's 35 statements repeat.
"""

import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

import compkit
from compkit.crosswalk import export_crosswalk, read_sssom, review_crosswalk
from compkit.crosswalk.alsoat import places
from compkit.errors import CompkitWarning

CORPUS = Path(__file__).parent / "data" / "corpus"
ALSO = "Engineering Ladders also at"


@pytest.fixture(scope="module")
def ft_el():
    a = compkit.load(CORPUS / "ft-engineering.yaml")
    b = compkit.load(CORPUS / "engineering-ladders-developer.yaml")
    with pytest.warns(CompkitWarning, match="small framework"):  # 35 statements
        return a, b, compkit.suggest(a, b, top=3)


def _pairs(path) -> tuple[list, list]:
    ws = load_workbook(path)["Pairs"]
    rows = list(ws.iter_rows(values_only=True))
    return list(rows[0]), rows[1:]


def _other_places(b) -> dict[str, set[str]]:
    """Written apart from compkit: each statement's other levels with the same words."""
    ind = b.indicators.assign(key=b.indicators["text"].str.split().str.join(" ").str.casefold())
    out = {}
    for _, same in ind.groupby("key"):
        for i, row in same.iterrows():
            out[row["indicator_id"]] = set(same.drop(i)["level_name"])
    return out


def _check_column(header, rows, b):
    assert header.index(ALSO) == header.index("Engineering Ladders statement") + 1
    ids = [r[header.index("Engineering Ladders id")] for r in rows]
    said = [r[header.index(ALSO)] or "" for r in rows]
    others = _other_places(b)
    for i, text in zip(ids, said, strict=True):
        named = set(text.split("; ")) - {""}
        assert named == others[i], (i, text)  # every other level, and only those
    assert sum(bool(t) for t in said) >= len(rows) // 4


def test_suggestions_workbook_shows_also_at_beside_the_candidate(ft_el, tmp_path):
    a, b, s = ft_el
    out = export_crosswalk(s, tmp_path / "ft-el.xlsx", a=a, b=b)
    header, rows = _pairs(out)
    _check_column(header, rows, b)
    wb = load_workbook(out)
    ws = wb["Pairs"]
    column = ws.cell(1, header.index(ALSO) + 1).column_letter
    assert ws.column_dimensions[column].width == 16  # wraps, clear of the statements
    assert column <= ws.print_area.split(":")[-1].lstrip("$")[0]  # printed
    readme = [r[0] for r in wb["Read me"].iter_rows(values_only=True)]
    assert ALSO in readme


def test_a_reviewed_crosswalk_without_the_column_shows_it_from_the_framework(ft_el, tmp_path):
    a, b, s = ft_el
    path = export_crosswalk(s, tmp_path / "ft-el.sssom.tsv", a=a, b=b)
    assert "also_at" not in path.read_text()  # a fact of the framework, not of a mapping
    header, rows = _pairs(export_crosswalk(read_sssom(path), tmp_path / "cw.xlsx", a=a, b=b))
    _check_column(header, rows, b)


def _members(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:  # core.xml holds the time of writing
        return {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}


def test_no_repeats_no_column_and_the_same_workbook(tmp_path):
    s = compkit.suggest("cis", "wsx", top=1)
    assert s["also_at"].eq("").all()
    new = export_crosswalk(s, tmp_path / "new.xlsx", a="cis", b="wsx")
    old = export_crosswalk(s.drop(columns="also_at"), tmp_path / "old.xlsx", a="cis", b="wsx")
    assert not any("also at" in str(h) for h in _pairs(new)[0])
    assert _members(new) == _members(old)


def test_the_review_widget_says_where_else_a_candidate_stands(ft_el, tmp_path):
    a, b, s = ft_el
    path = export_crosswalk(s, tmp_path / "ft-el.sssom.tsv", a=a, b=b)
    w = review_crosswalk(path, a, b, reviewer="Ann")
    where = places(b)
    seen = 0
    for _ in range(6):
        for obj, card in zip(w.objects, w.candidates.children, strict=True):
            html = card.children[2].value
            bare = obj.split(":", 1)[1]
            if bare in where:
                assert f"also at, word for word: {where[bare]}</div><div" in html
                seen += 1
            else:
                assert "also at" not in html
        w.press("s")
    assert seen >= 3


def test_a_workbook_with_the_column_reads_back_a_reviewers_decision(ft_el, tmp_path):
    from compkit.crosswalk.workbookreview import read_review_workbook

    a, b, s = ft_el
    cw = read_sssom(export_crosswalk(s, tmp_path / "ft-el.sssom.tsv", a=a, b=b))
    path = export_crosswalk(cw, tmp_path / "cw.xlsx", a=a, b=b)
    wb = load_workbook(path)
    ws = wb["Pairs"]
    header = [c.value for c in ws[1]]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, header.index(ALSO) + 1).value)
    ws.cell(row, header.index("Review") + 1).value = "accepted"
    wb.save(path)
    new = read_review_workbook(path, cw, reviewer="Ann", b=b)
    sid = ws.cell(row, header.index("FT id") + 1).value
    oid = ws.cell(row, header.index("Engineering Ladders id") + 1).value
    hit = new[new["subject_id"].str.endswith(sid) & new["object_id"].str.endswith(oid)]
    assert hit["review_status"].tolist() == ["accepted"]
