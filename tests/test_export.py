"""Exports of a whole framework (compkit.authoring.export) and spreadsheet-safe CSV."""

import json

import pandas as pd
import pytest
from openpyxl import load_workbook

import compkit
from compkit.authoring.exports import export
from compkit.framework.export import safe_csv_frame


def test_csv_round_trips_the_indicators(tmp_path, wsx):
    back = pd.read_csv(export(wsx, tmp_path / "wsx.csv"), keep_default_na=False, dtype=str)
    assert back["text"].tolist() == wsx.indicators["text"].tolist()
    assert back["indicator_id"].tolist() == wsx.indicators["indicator_id"].tolist()
    assert back["polarity"].tolist() == wsx.indicators["polarity"].tolist()


def test_xlsx_is_the_authoring_workbook_and_imports_back(tmp_path, cis):
    out = export(cis, tmp_path / "cis.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "Read me"
    ws = wb["indicators"]
    header = [c.value for c in ws[1]]
    texts = [row[header.index("text")] for row in ws.iter_rows(min_row=2, values_only=True)]
    assert texts == cis.indicators["text"].tolist()
    back = compkit.import_file(out).framework
    assert compkit.framework.to_dict(back) == compkit.framework.to_dict(cis)


def test_formula_text_is_neutralised_in_csv():
    frame = pd.DataFrame({"text": ['=HYPERLINK("x")', "+1", "-2", "@me", "plain"]})
    assert safe_csv_frame(frame)["text"].tolist() == [
        '\'=HYPERLINK("x")',
        "'+1",
        "'-2",
        "'@me",
        "plain",
    ]


def test_json_is_the_file_format(tmp_path, wsx):
    out = export(wsx, tmp_path / "wsx.json")
    doc = json.loads(out.read_text())
    assert doc == compkit.framework.to_dict(wsx)


@pytest.mark.parametrize("to", ["tables", "case", "graphml", "workbook"])
def test_every_format_by_name(tmp_path, to):
    out = export("wsx", tmp_path / f"wsx-{to}", to=to)
    assert out.exists()


def test_unknown_format(tmp_path):
    with pytest.raises(
        compkit.UsageError,
        match=r"unknown export format '\.pdf'; expected one of: csv, xlsx, json, graphml",
    ):
        export("cis", tmp_path / "x.pdf")
    with pytest.raises(compkit.UsageError, match=r"no suffix to tell the export format by"):
        export("cis", tmp_path / "a-folder-or-pipe")


def test_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    out = tmp_path / "cis.csv"
    out.write_text("previous")

    def boom(self, *args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(pd.DataFrame, "to_csv", boom)
    with pytest.raises(RuntimeError):
        export("cis", out)
    assert out.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["cis.csv"]
