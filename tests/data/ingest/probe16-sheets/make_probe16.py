"""Build the probe-16 DigComp 2.1 workbook and long CSV from ``digcomp-2-1.json``.

Run: ``.venv/bin/python tests/data/ingest/probe16-sheets/make_probe16.py``. The workbook is laid
out as publishers lay theirs: a read-me sheet, a title row, a band row merged over pairs of level
columns (Foundation ... Highly specialised), the competence area merged down its competences,
each cell's statements one a line, wrapped.
"""

import csv
import json
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).parent
WRAP = Alignment(wrap_text=True, vertical="top")
BANDS = ["Foundation", "Intermediate", "Advanced", "Highly specialised"]


def digcomp_xlsx(areas: list, path: Path) -> None:
    """The wide workbook: a row per competence, a column per level."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Read me"
    ws["A1"] = "DigComp 2.1: The Digital Competence Framework for Citizens"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "With eight proficiency levels and examples of use."
    ws["A4"] = (
        "Source: European Commission, Joint Research Centre (2017). Reuse is authorised "
        "provided the source is acknowledged."
    )
    g = wb.create_sheet("Proficiency levels")
    g["A1"] = "DigComp 2.1 proficiency levels"
    g["A1"].font = Font(bold=True, size=13)
    g.merge_cells("A1:K1")
    for i, band in enumerate(BANDS):
        col = 4 + 2 * i
        g.cell(row=2, column=col, value=band).font = Font(bold=True)
        g.merge_cells(start_row=2, start_column=col, end_row=2, end_column=col + 1)
    head = ["Competence area", "Competence", "Description"] + [f"Level {n}" for n in range(1, 9)]
    for c, h in enumerate(head, 1):
        g.cell(row=3, column=c, value=h).font = Font(bold=True)
    r = 4
    for area in areas:
        first = r
        for comp in area["competences"]:
            g.cell(row=r, column=2, value=comp["name"]).alignment = WRAP
            g.cell(row=r, column=3, value=comp["description"]).alignment = WRAP
            for n, items in enumerate(comp["levels"], 1):
                g.cell(row=r, column=3 + n, value="\n".join(items)).alignment = WRAP
            r += 1
        g.cell(row=first, column=1, value=area["name"]).alignment = WRAP
        if r - 1 > first:
            g.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFGHIJK", [18, 24, 40] + [30] * 8, strict=True):
        g.column_dimensions[col].width = w
    wb.save(path)


def digcomp_areas_xlsx(areas: list, path: Path) -> None:
    """The same matrix split over a sheet per competence area, each repeating the header."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Read me"
    ws["A1"] = "DigComp 2.1: The Digital Competence Framework for Citizens"
    ws["A2"] = "Each sheet is one competence area."
    for area in areas:
        s = wb.create_sheet(area["name"][:31])
        s["A1"] = area["name"]
        s["A1"].font = Font(bold=True)
        s.cell(row=2, column=2, value="Proficiency levels")
        s.merge_cells(start_row=2, start_column=2, end_row=2, end_column=9)
        s.append(["Competence"] + [str(n) for n in range(1, 9)])
        for comp in area["competences"]:
            s.append([comp["name"]] + ["\n".join(items) for items in comp["levels"]])
            for cell in s[s.max_row]:
                cell.alignment = WRAP
    wb.save(path)


def digcomp_csv(areas: list, path: Path) -> None:
    """The long CSV: a row per statement, its statements' column headed by their stem."""
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Competence area", "Competence", "Proficiency level", "I can"])
        for area in areas:
            for comp in area["competences"]:
                for n, items in enumerate(comp["levels"], 1):
                    for item in items:
                        w.writerow([area["name"], comp["name"], n, item])


if __name__ == "__main__":
    data = json.loads((HERE / "digcomp-2-1.json").read_text(encoding="utf-8"))
    digcomp_xlsx(data, HERE / "digcomp-levels.xlsx")
    digcomp_areas_xlsx(data, HERE / "digcomp-areas.xlsx")
    digcomp_csv(data, HERE / "digcomp-long.csv")
