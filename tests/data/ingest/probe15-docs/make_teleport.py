"""Build Teleport's SRE levels as a web page, a workbook, a CSV and a Word table.

Run from the repository root: ``.venv/bin/python tests/data/ingest/probe15-docs/make_teleport.py``.
``teleport-sre.md`` is the published page, unchanged (gravitational/careers ``levels/sre.md`` @
5e5a2cd, Apache-2.0): a Legend, then one HTML table with a row per level and a column per
skill, the first skill column headed "Scope". The page is rebuilt here in the files a user
would have: the page as a browser saves it (``.html``), the table pasted into a workbook
(``.xlsx``) and exported as CSV (``.csv``; a list cell's items on lines of their own, "- "
before each), and pasted into Word (``.docx``, a list cell's items as bulleted paragraphs).
Every cell's words are the page's own.
"""

from __future__ import annotations

import csv
import re
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "teleport-sre.md"


class _Table(HTMLParser):
    """Rows of cells, each cell a list of items (one item when it holds no list)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[list[str]]] = []
        self.cell: list[str] | None = None
        self.text = ""

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.cell, self.text = [], ""
        elif tag == "li":
            self.text = ""

    def handle_endtag(self, tag):
        if tag == "li" and self.cell is not None:
            self.cell.append(" ".join(self.text.split()))
            self.text = ""
        elif tag in ("td", "th") and self.cell is not None:
            if not self.cell and self.text.strip():
                self.cell.append(" ".join(self.text.split()))
            self.rows[-1].append(self.cell)
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.text += data


def _parts() -> tuple[list[str], str, list[list[list[str]]]]:
    text = SOURCE.read_text(encoding="utf-8")
    head, table = text.split("<table>", 1)
    parser = _Table()
    parser.feed("<table>" + table)
    return head.splitlines(), "<table>" + table, parser.rows


def _lists(cell: list[str]) -> str:
    return "\n".join(f"- {t}" for t in cell) if len(cell) > 1 else "".join(cell)


def build() -> None:
    head, table, rows = _parts()
    paras = re.split(r"\n\s*\n", "\n".join(head).strip())
    body = []
    for p in paras:
        m = re.match(r"(#+) (.*)", p)
        if m:
            n = len(m.group(1))
            body.append(f"<h{n}>{m.group(2)}</h{n}>")
        else:
            body.append(f"<p>{' '.join(p.split())}</p>")
    page = (
        '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8">'
        "<title>Site Reliability Engineer Levels</title></head>\n<body>\n"
        + "\n".join(body)
        + "\n"
        + table
        + "</body>\n</html>\n"
    )
    (HERE / "teleport-sre.html").write_text(page, encoding="utf-8")
    flat = [[_lists(c) for c in row] for row in rows]
    with (HERE / "teleport-sre.csv").open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(flat)
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "SRE levels"
    for row in flat:
        sheet.append([int(t) if t.isdigit() else t for t in row])
    book.save(HERE / "teleport-sre.xlsx")
    import docx

    doc = docx.Document()
    doc.add_heading("Site Reliability Engineer Levels", 1)
    grid = doc.add_table(rows=len(rows), cols=len(rows[0]))
    grid.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, items in enumerate(row):
            cell = grid.cell(r, c)
            if len(items) > 1:
                cell.paragraphs[0].text = items[0]
                cell.paragraphs[0].style = "List Bullet"
                for t in items[1:]:
                    cell.add_paragraph(t, style="List Bullet")
            else:
                cell.paragraphs[0].text = "".join(items)
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    doc.save(HERE / "teleport-sre.docx")


if __name__ == "__main__":
    build()
