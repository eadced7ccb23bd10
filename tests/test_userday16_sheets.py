"""A user's day on sheets compkit had not seen (sixteenth round): a row per criterion.

A skills matrix kept as a long list (a row per level and criterion, as the Welcome to the
Jungle "IC evaluation grid" CSV keeps it, github.com/mickael-palma-wttj/career-path, no
licence stated, so only its shape is copied here) says "N/A" for one criterion of a level and
gives the level's other criteria a statement. The cell holds statements: it is not undefined
(compkit wrote a framework its own validator refused, an error on every such cell).
"""

from __future__ import annotations

import csv

from compkit.ingest import ingest

ROWS = [  # synthetic statements, the grid's shape: Subsection (competency), Criteria, text
    ("Level 1", "Testing", "Unit tests", "You write unit tests with help."),
    ("Level 1", "Testing", "Strategy", "N/A"),
    ("Level 1", "Hiring", "Interviews", "N/A"),
    ("Level 1", "Hiring", "Brand", "N/A"),
    ("Level 2", "Testing", "Unit tests", "You write solid unit tests alone."),
    ("Level 2", "Testing", "Strategy", "You shape the team's testing strategy."),
    ("Level 2", "Hiring", "Interviews", "You interview candidates."),
    ("Level 2", "Hiring", "Brand", "N/A"),
]


def _write(tmp_path):
    path = tmp_path / "grid.csv"
    with path.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Level", "Subsection", "Criteria", "Description"])
        w.writerows(ROWS)
    return path


def test_na_beside_statements_leaves_the_cell_defined(tmp_path):
    got = ingest(_write(tmp_path), text_from="Description", competency_from="Subsection")
    doc = got.document
    undefined = {(c["id"], u["level"]) for c in doc["competencies"] for u in c.get("undefined", [])}
    assert undefined == {("hiring", "level-1")}  # all N/A: undefined, once
    texts = [i["text"] for c in doc["competencies"] for i in c["indicators"]]
    assert len(texts) == 4
    assert "not recorded as undefined" in got.report.to_markdown()


def test_report_counts_only_the_cells_left_undefined(tmp_path):
    report = ingest(_write(tmp_path), text_from="Description", competency_from="Subsection").report
    said = [n.message for n in report.notes if n.kind == "undefined"]
    assert said == ["Hiring, Level 1 reads 'N/A': recorded as undefined"]
