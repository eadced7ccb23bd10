"""Statements holding a bare carriage return, or a line break before '#', in cross-walk files."""

import csv

import pytest

import compkit
from compkit.authoring.yamledit import write_yaml
from compkit.cli import main
from compkit.framework.build import from_dict
from compkit.framework.io import to_dict

TEXTS = {
    "cr-formula": "Works well.\r=2+3",
    "lf-hash": "Works well\n# not a comment",
    "crlf-formula": "Works well\r\n@SUM(A1)",
    "tab": "Works\twell =x",
}


@pytest.fixture(params=sorted(TEXTS))
def hostile(request, tmp_path):
    doc = to_dict("cis")
    doc["competencies"][0]["indicators"][0]["text"] = TEXTS[request.param]
    return write_yaml(from_dict(doc), tmp_path / "hostile.yaml"), TEXTS[request.param]


def test_sssom_reads_back_what_it_wrote(hostile, tmp_path):
    path, text = hostile
    found = compkit.suggest(path, "wsx", method="lexical", top=2)
    out = compkit.export_crosswalk(found, tmp_path / "x.sssom.tsv", a=path, b="wsx")
    back = compkit.read_sssom(out)
    assert len(back) == len(found)
    assert text in set(back["subject_label"])
    raw = out.read_text(encoding="utf-8")
    assert "\r=" not in raw and "\n@" not in raw  # a formula after a break is guarded


def test_csv_keeps_one_row_per_suggestion(hostile, tmp_path, capsys):
    path, text = hostile
    out = tmp_path / "x.csv"
    assert (
        main(["crosswalk", str(path), "wsx", "--method", "lexical", "--top", "1", "-o", str(out)])
        == 0
    )
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == 63  # the header and one row per CiS statement
    cells = {cell for row in rows for cell in row}
    assert any(c.replace("'", "") == text.replace("'", "") for c in cells)
    capsys.readouterr()
    assert main(["crosswalk", str(path), "wsx", "--method", "lexical", "--top", "1"]) == 0
    import io

    assert len(list(csv.reader(io.StringIO(capsys.readouterr().out, newline="")))) == 63
