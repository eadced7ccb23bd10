"""Probe 25 I: Word documents laid out as publishers lay them (fixtures self-written).

Two faults found reading real Word documents: numbered items in lower case were joined where
one ends on a particle ("... head on") or opens with a quote ("‘leading from the front’"),
and the paragraphs describing each level ("FOUNDATION – University professionals at this
level ...") before the competencies stayed in the introduction.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compkit.ingest import ingest

ITEMS = [
    "tackling problems head on",
    "following up on actions after each meeting",
    "‘leading by example’",
    "steps in to help when the team is stretched",
    "speaks up for the team in planning",
]
LEVELS = ["FOUNDATION", "INTERMEDIATE", "ADVANCED"]
DESCRIBED = [
    "Staff at this level carry out clearly defined tasks with guidance.",
    "Staff at this level carry out complex tasks on their own.",
    "Staff at this level resolve open-ended problems and guide their peers.",
]


BROKEN = ["plans the work of the team by", "setting clear priorities", "reviews plans"]


def _numbered(path: Path, *, in_table: bool) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("Team Behaviours", 0)
    for comp, manager in (("Taking responsibility", ITEMS), ("Planning", BROKEN)):
        d.add_heading(comp, 1)
        cells = (manager, ["sets the direction for the area"])
        if in_table:
            t = d.add_table(rows=2, cols=2)
            t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Manager", "Lead"
            for cell, items in zip(t.rows[1].cells, cells, strict=True):
                cell.paragraphs[0].text = items[0]
                cell.paragraphs[0].style = "List Number"
                for text in items[1:]:
                    cell.add_paragraph(text, style="List Number")
        else:
            for level, items in zip(("Manager", "Lead"), cells, strict=True):
                d.add_heading(level, 2)
                for text in items:
                    d.add_paragraph(text, style="List Number")
    d.save(path)
    return path


@pytest.mark.parametrize("in_table", [False, True], ids=["headings", "table"])
def test_numbered_items_in_lower_case_stay_apart(tmp_path, in_table):
    read = ingest(_numbered(tmp_path / "numbered.docx", in_table=in_table)).document
    cells = {(c["name"], i["level"]): [] for c in read["competencies"] for i in c["indicators"]}
    for c in read["competencies"]:
        for i in c["indicators"]:
            cells[c["name"], i["level"]].append(i["text"])
    assert cells["Taking responsibility", "manager"] == ITEMS
    # an item broken off mid-sentence ("... by") still runs on into the next number
    assert cells["Planning", "manager"] == [
        "plans the work of the team by setting clear priorities",
        "reviews plans",
    ]


def _level_grid(d, comp: str, statement) -> None:
    """A competency's heading over a table: the level names, then a statement under each."""
    d.add_heading(comp, 2)
    grid = d.add_table(rows=2, cols=len(LEVELS))
    for k, name in enumerate(LEVELS):
        grid.rows[0].cells[k].text = name
        grid.rows[1].cells[k].text = statement(name.lower())


def _described(path: Path, *, described: int = 3) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("Research Support Capability Framework", 0)
    d.add_paragraph("This framework describes what research support staff do.")
    d.add_heading("Level Descriptions", 1)
    for name, text in list(zip(LEVELS, DESCRIBED, strict=True))[:described]:
        d.add_paragraph(f"{name} – {text}")
    for comp in ("Funding opportunities", "Proposal support"):
        _level_grid(d, comp, lambda level, comp=comp: f"{comp}: a behaviour at {level} level.")
    d.save(path)
    return path


def test_paragraphs_opening_with_a_level_name_describe_the_levels(tmp_path):
    result = ingest(_described(tmp_path / "described.docx"))
    doc = result.document
    assert [(lv["name"], lv.get("description")) for lv in doc["levels"]] == list(
        zip(LEVELS, DESCRIBED, strict=True)
    )
    assert [p["text"] for p in doc["introduction"]] == [
        "This framework describes what research support staff do."
    ]
    assert sum(len(c["indicators"]) for c in doc["competencies"]) == 6
    said = [n.message for n in result.report.notes if "levels' descriptions" in n.message]
    assert said == [
        "3 paragraphs of the introduction opening with a level's name read as the levels' "
        "descriptions: 'FOUNDATION', 'INTERMEDIATE', 'ADVANCED'"
    ]
    # one paragraph naming a level is no set of descriptions: it stays in the introduction
    doc = ingest(_described(tmp_path / "one.docx", described=1)).document
    assert not any(lv.get("description") for lv in doc["levels"])
    assert f"{LEVELS[0]} – {DESCRIBED[0]}" in [p["text"] for p in doc["introduction"]]


def test_level_descriptions_in_markdown(tmp_path):
    path = tmp_path / "described.md"
    rows = "\n".join(
        f"| {comp} | "
        + " | ".join(f"{comp}: a behaviour at {n.lower()} level." for n in LEVELS)
        + " |"
        for comp in ("Funding opportunities", "Proposal support")
    )
    path.write_text(
        "# Research Support Capability Framework\n\n## Level Descriptions\n\n"
        + "\n\n".join(f"{n} – {t}" for n, t in zip(LEVELS, DESCRIBED, strict=True))
        + "\n\n## Capabilities\n\n| Capability | "
        + " | ".join(LEVELS)
        + " |\n|---|---|---|---|\n"
        + rows
        + "\n",
        encoding="utf-8",
    )
    doc = ingest(path).document
    assert [lv.get("description") for lv in doc["levels"]] == DESCRIBED


CLUSTERS = {
    "Engagement and Impact": ["Research-related engagement", "Maximising impact"],
    "Proposal Development": ["Funding opportunities", "Proposal support"],
}


def _overview(path: Path, *, groups_first: bool = True) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("Research Support Capability Framework", 0)
    t = d.add_table(rows=4, cols=2)
    title = t.rows[0].cells[0].merge(t.rows[0].cells[1])
    title.text = "Staff achieve this purpose through the following key functions:"
    for col, (cluster, comps) in enumerate(CLUSTERS.items()):
        t.rows[1].cells[col].text = cluster
        for row, comp in enumerate(comps, 2):
            t.rows[row].cells[col].text = f"{comp}: what this capability is for."
    for comps in CLUSTERS.values():
        for comp in comps:
            said = comp.lower()
            _level_grid(d, comp.capitalize(), lambda level, s=said: f"Does {s} at {level} level.")
    d.save(path)
    return path


def test_an_overview_tables_columns_are_the_clusters_of_the_competencies_under_them(tmp_path):
    result = ingest(_overview(tmp_path / "overview.docx"))
    doc = result.document
    groups = {g["id"]: g["name"] for g in doc["groups"]}
    assert [g["name"] for g in doc["groups"]] == list(CLUSTERS)
    assert {c["name"]: groups[c["group"]] for c in doc["competencies"]} == {
        comp.capitalize(): cluster for cluster, comps in CLUSTERS.items() for comp in comps
    }
    assert sum(len(c["indicators"]) for c in doc["competencies"]) == 12
    # each cell's words after the competency's name are its description, no introduction
    assert {c.get("description") for c in doc["competencies"]} == {"what this capability is for."}
    assert not doc.get("introduction")
    assert not any("read as part of the introduction" in n.message for n in result.report.notes)
    assert any(
        "overview table's columns read as 2 groups of the 4 competencies" in n.message
        for n in result.report.notes
    )


NAMED = {
    "Planning and Organising": "Effectively manages activities within the people and resources "
    "available and keeps to expected or communicated timelines, breaking down tasks.",
    "People": "relationship with the team(s)",
}


def test_a_bold_name_over_its_description_in_the_first_column_names_the_row(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("Engineering Competencies", 0)
    t = d.add_table(rows=1, cols=3)
    for k, text in enumerate(["Competency", "Junior", "Senior"]):
        t.rows[0].cells[k].text = text
    for name, description in NAMED.items():
        row = t.add_row().cells
        row[0].paragraphs[0].add_run(name).bold = True
        row[0].add_paragraph(description)
        for k, level in enumerate(["junior", "senior"], 1):
            row[k].text = f"Shows {name.lower()} at {level} level."
    d.save(tmp_path / "named.docx")
    result = ingest(tmp_path / "named.docx")
    doc = result.document
    assert any(
        n.message.startswith("2 row headers of a bold name over plain text read as the name and")
        for n in result.report.notes
    )
    assert [lv["name"] for lv in doc["levels"]] == ["Junior", "Senior"]
    assert [(c["name"], c.get("description")) for c in doc["competencies"]] == list(NAMED.items())
    assert [[i["text"] for i in c["indicators"]] for c in doc["competencies"]] == [
        [f"Shows {name.lower()} at {level} level." for level in ("junior", "senior")]
        for name in NAMED
    ]


def test_a_side_heading_between_competencies_and_level_columns_is_no_tier(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("Developer Ladder", 0)
    levels = ["D1 - Developer 1", "D2 - Developer 2", "D3 - Developer 3"]
    for comp in ("Technology", "System", "People"):
        d.add_heading(comp, 1)
        d.add_heading("Positive indicators", 3)
        t = d.add_table(rows=2, cols=3)
        for k, level in enumerate(levels):
            t.rows[0].cells[k].text = level
            t.rows[1].cells[k].text = f"shows {comp.lower()} at {level[:2]}"
    d.save(tmp_path / "sides.docx")
    doc = ingest(tmp_path / "sides.docx").document
    assert [lv["name"] for lv in doc["levels"]] == levels
    assert [c["name"] for c in doc["competencies"]] == ["Technology", "System", "People"]
    assert sum(len(c["indicators"]) for c in doc["competencies"]) == 9
