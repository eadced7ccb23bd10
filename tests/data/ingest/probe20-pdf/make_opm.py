"""Build opm.html and opm.docx, a self-written competency dictionary in OPM's layout.

Print them to PDF: ``chromium --headless --print-to-pdf=opm-chromium.pdf opm.html`` and
``soffice --headless --convert-to pdf opm.docx`` (saved here as ``opm-word.pdf``).
"""

import html
from pathlib import Path

import docx

DEF = {
    5: [
        "Applies the competency in exceptionally difficult situations",
        "Serves as a key resource and advises others",
    ],
    4: [
        "Applies the competency in considerably difficult situations",
        "Generally requires little or no guidance",
    ],
    3: ["Applies the competency in difficult situations", "Requires occasional guidance"],
    2: ["Applies the competency in somewhat difficult situations", "Requires frequent guidance"],
    1: [
        "Applies the competency in the simplest situations",
        "Requires close and extensive guidance",
    ],
}
NAMES = {5: "Expert", 4: "Advanced", 3: "Intermediate", 2: "Basic", 1: "Awareness"}
# self-written illustrations, two competencies
COMPS = {
    "Keeping Records - Keeps the team's records complete, current and easy to find; sets how records are kept.": {
        5: [
            "Sets the record-keeping standard for the whole service",
            "Audits records across several teams and reports the gaps to the board",
        ],
        4: ["Changes how records are kept when the team keeps missing them"],
        3: [
            "Reads the team's records weekly and fixes what is out of date",
            "Trains new staff in the filing system",
        ],
        2: ["Files every note where the team can find it"],
        1: ["Writes down what was done and where it was left each day"],
    },
    "Planning Work - Breaks work into steps, estimates them and revisits the plan as the work changes.": {
        5: ["Plans a year of work across several teams and keeps the plan current"],
        4: [
            "Plans a quarter of work with the team and revisits it monthly",
            "Spots work that depends on other teams before it starts",
        ],
        3: ["Plans a fortnight of work for a pair"],
        2: ["Breaks a task into steps of a day or less"],
        1: ["Says early when a step takes longer than planned"],
    },
}


def main(folder: Path = Path()) -> None:
    """Write opm.html and opm.docx into ``folder``."""
    rows = []
    for head, cells in COMPS.items():
        name, desc = head.split(" - ", 1)
        rows.append(f"<p class='c'><b>{html.escape(name)}</b> - {html.escape(desc)}</p>")
        rows.append(
            "<table><tr><th>Proficiency Level</th><th>Proficiency Level Definition</th><th>Proficiency Level Illustrations</th></tr>"
        )
        for n in (5, 4, 3, 2, 1):
            d = "".join(f"<li>{html.escape(t)}</li>" for t in DEF[n])
            ill = "".join(f"<li>{html.escape(t)}</li>" for t in cells[n])
            rows.append(
                f"<tr><td>Level {n} - {NAMES[n]}</td><td><ul>{d}</ul></td><td><ul>{ill}</ul></td></tr>"
            )
        rows.append("</table><div style='page-break-after:always'></div>")
    (folder / "opm.html").write_text(
        "<html><head><meta charset='utf-8'><style>body{font-family:serif;font-size:11pt} table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;vertical-align:top;padding:4px} th{font-weight:bold} td:first-child{width:18%}</style></head><body><h2>Proficiency Levels for Team Competencies</h2>"
        + "".join(rows)
        + "</body></html>"
    )

    d = docx.Document()
    d.add_heading("Proficiency Levels for Team Competencies", 1)
    for head, cells in COMPS.items():
        name, desc = head.split(" - ", 1)
        p = d.add_paragraph()
        p.add_run(name).bold = True
        p.add_run(" - " + desc)
        t = d.add_table(rows=1, cols=3)
        t.style = d.styles["Table Grid"]
        heads = [
            "Proficiency Level",
            "Proficiency Level Definition",
            "Proficiency Level Illustrations",
        ]
        for c, h in zip(t.rows[0].cells, heads, strict=True):
            c.text = h
        for n in (5, 4, 3, 2, 1):
            r = t.add_row().cells
            r[0].text = f"Level {n} - {NAMES[n]}"
            for cell, items in ((r[1], DEF[n]), (r[2], cells[n])):
                for k, it in enumerate(items):
                    if k:
                        cell.add_paragraph(it, style="List Bullet")
                    else:
                        cell.paragraphs[0].text = it
                        cell.paragraphs[0].style = d.styles["List Bullet"]
        d.add_page_break()
    d.save(folder / "opm.docx")


if __name__ == "__main__":
    main()
