import json

import pandas as pd
import pytest
from openpyxl import load_workbook

import compkit
from compkit.framework.export import export, safe_csv_frame, write_xlsx


def test_csv_round_trips_the_indicators(tmp_path, wsx):
    back = pd.read_csv(export(wsx, tmp_path / "wsx.csv"), keep_default_na=False, dtype=str)
    assert back["text"].tolist() == wsx.indicators["text"].tolist()
    assert back["indicator_id"].tolist() == wsx.indicators["indicator_id"].tolist()


def test_xlsx_is_formatted_and_complete(tmp_path, cis):
    wb = load_workbook(export(cis, tmp_path / "cis.xlsx"))
    assert wb.sheetnames == ["indicators", "competencies", "levels", "values", "roles", "repairs"]
    ws = wb["indicators"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref.startswith("A1:")
    assert ws.max_row == 63
    header = [c.value for c in ws[1]]
    texts = [row[header.index("text")] for row in ws.iter_rows(min_row=2, values_only=True)]
    assert texts == cis.indicators["text"].tolist()


def test_formula_text_stays_text(tmp_path):
    frame = pd.DataFrame({"text": ['=HYPERLINK("x")', "+1", "-2", "@me", "plain"]})
    wb = load_workbook(write_xlsx({"t": frame}, tmp_path / "t.xlsx"))
    cells = [c for (c,) in wb["t"].iter_rows(min_row=2)]
    assert [c.value for c in cells] == frame["text"].tolist()
    assert {c.data_type for c in cells} == {"s"}
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


def test_unknown_format(tmp_path):
    with pytest.raises(
        compkit.UsageError,
        match=r"unknown export format '\.pdf'; expected one of: csv, xlsx, json, graphml",
    ):
        export("cis", tmp_path / "x.pdf")


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
