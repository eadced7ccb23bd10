"""Build the APHL/CDC communication domain as a Word table and a web page, as the guidelines set it.

Run from the repository root: ``python tests/data/ingest/probe15-groups/make_aphl.py``. Reads
``tests/data/ingest/probe15-pdf/aphl-communication.csv`` (the rows, unchanged) and writes
``aphl-communication.docx`` and ``aphl-communication.html`` beside this script: a table
"Subcompetency | Beginner | Competent | Proficient | Expert" (the page's header repeated on each
printed page), each competency ("1.
Communication technique competencies deploy ...") a row merged across it over its
subcompetencies' rows ("1.01 Written communication | ...").
"""

from __future__ import annotations

import csv
import html
from pathlib import Path

import docx

HERE = Path(__file__).parent
SOURCE = HERE.parent / "probe15-pdf" / "aphl-communication.csv"
LEVELS = ("beginner", "competent", "proficient", "expert")


def rows() -> list[dict]:
    with SOURCE.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def groups(source: list[dict]) -> list[tuple[str, list[dict]]]:
    """The competencies in order, each with its subcompetencies' rows."""
    out: list[tuple[str, list[dict]]] = []
    for r in source:
        name = f"{r['competency_value']}. {r['competency_text']}"
        if not out or out[-1][0] != name:
            out.append((name, []))
        out[-1][1].append(r)
    return out


def write_docx(path: Path, source: list[dict]) -> Path:
    document = docx.Document()
    document.add_heading("Communication", 1)
    table = document.add_table(rows=1, cols=1 + len(LEVELS))
    table.style = "Table Grid"
    head = ["Subcompetency", *map(str.capitalize, LEVELS)]
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        cell.text = text
    for name, subs in groups(source):
        cells = table.add_row().cells
        cells[0].merge(cells[-1]).text = name
        for r in subs:
            cells = table.add_row().cells
            cells[0].text = f"{r['subcompetency_value']} {r['subcompetency_text']}"
            for cell, level in zip(cells[1:], LEVELS, strict=True):
                cell.text = r[level]
    document.save(path)
    return path


def write_html(path: Path, source: list[dict]) -> Path:
    out = ["<thead><tr><th>Subcompetency</th>", *(f"<th>{lv.capitalize()}</th>" for lv in LEVELS)]
    out.append("</tr></thead><tbody>")
    for name, subs in groups(source):
        out.append(f'<tr><td colspan="{1 + len(LEVELS)}"><b>{html.escape(name)}</b></td>')
        for r in subs:
            out.append(
                f"</tr><tr><td>{r['subcompetency_value']} "
                f"{html.escape(r['subcompetency_text'])}</td>"
            )
            out += [f"<td>{html.escape(r[lv])}</td>" for lv in LEVELS]
    page = (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Communication</title>'
        "</head><body>\n<h1>Communication</h1>\n<table>"
        + "\n".join(out)
        + "</tr></tbody></table>\n</body></html>\n"
    )
    path.write_text(page, encoding="utf-8")
    return path


if __name__ == "__main__":
    source = rows()
    print(write_docx(HERE / "aphl-communication.docx", source))
    print(write_html(HERE / "aphl-communication.html", source))
