"""Make the self-written proficiency scale of the NIH Proficiency Scale's shape, printed.

A table "Score | Proficiency Level | Description", a row per level: its score (or "N/A"), its
name over a bracketed gloss, and a paragraph over a list. ``scale-chromium.pdf`` is the web
page printed by Chromium with the browser's own header style (header cells centred, the
score column narrow, the name column a fifth); ``scale-word.pdf`` the Word document printed
by LibreOffice. Run ``python make_scale.py`` here to make both again.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

TITLE = "Team Skills Proficiency Scale"
INTRO = "The scale says how well someone applies a skill in their work, in four steps."
# score, name, gloss, description, bullets (all self-written)
SCALE = [
    ("N/A", "Not Applicable", "", "You do not need this skill in your post.", []),
    ("1", "Basic", "(first steps)", "You know the words and main ideas of this area of work.",
     ["Focus is on learning."]),
    ("2", "Working", "(some practice)", "You do routine tasks in this area with some help and "
     "you say when a task is beyond you.", ["You ask when unsure;", "You use the team's guides."]),
    ("3", "Skilled", "(on your own)", "You do most tasks in this area without help, and you check "
     "your own work before it goes out.", ["Focus is on doing the work well;",
     "You help newer staff with their tasks;", "You improve the team's guides."]),
    ("4", "Expert", "(go-to person)", "You are the person others ask in this area, inside the "
     "team and beyond it.", ["Focus is strategic;", "You set how the team works in this area."]),
]  # fmt: skip


def page(path: Path) -> Path:
    """The scale as a web page: the browser's own header style, NIH-like column widths."""
    rows = "".join(
        f"<tr><td>{s}</td><td>{html.escape(n)}" + (f"<br>{q}" if q else "") + "</td><td>"
        f"<p>{html.escape(d)}</p>"
        + ("<ul>" + "".join(f"<li>{html.escape(b)}</li>" for b in bs) + "</ul>" if bs else "")
        + "</td></tr>"
        for s, n, q, d, bs in SCALE
    )
    path.write_text(
        "<html><head><meta charset='utf-8'><style>body{font-family:serif;font-size:11pt}"
        "table{border-collapse:collapse} td,th{border:1px solid #000;vertical-align:top;"
        "padding:4px} td:first-child{width:8%;text-align:center} td:nth-child(2){width:20%}"
        f"</style></head><body><h2>{TITLE}</h2><p>{INTRO}</p><table><tr><th>Score</th>"
        f"<th>Proficiency Level</th><th>Description</th></tr>{rows}</table></body></html>",
        encoding="utf-8",
    )
    return path


def word(path: Path) -> Path:
    """The scale as a Word document: a grid, the name and its gloss on two lines."""
    import docx

    d = docx.Document()
    d.add_heading(TITLE, 1)
    d.add_paragraph(INTRO)
    t = d.add_table(rows=1, cols=3)
    t.style = d.styles["Table Grid"]
    for c, h in zip(t.rows[0].cells, ["Score", "Proficiency Level", "Description"], strict=True):
        c.text = h
    for s, n, q, desc, bs in SCALE:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = s, f"{n}\n{q}" if q else n, desc
        for b in bs:
            r[2].add_paragraph(b, style="List Bullet")
    d.save(path)
    return path


def main(folder: Path) -> None:
    """Print both to PDF in ``folder``: scale-chromium.pdf and scale-word.pdf."""
    from compkit.testing import chromium_pdf, word_to_pdf

    chromium_pdf(page(folder / "scale-chromium.html"))
    word_to_pdf(word(folder / "scale-word.docx"))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent)
