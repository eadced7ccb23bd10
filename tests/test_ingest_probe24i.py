"""Probe 24 I: a framework's values section read as its values (name, description)."""

from __future__ import annotations

from pathlib import Path

import pytest

from compkit.ingest import ingest
from compkit.ingest.freevalues import value_item

DATA = Path(__file__).parent / "data" / "probe24i"
VALUES = [
    ("Integrity", "We do what we say and say what we do."),
    ("Curiosity", "We ask questions and learn from every answer."),
    ("Care", "We look after each other and our users."),
]


def _word(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("Acme Engineering Framework", 0)
    d.add_heading("Core Values", 1)
    for name, text in VALUES:
        p = d.add_paragraph(style="List Bullet")
        p.add_run(name).bold = True
        p.add_run(f": {text}")
    for comp, texts in (("Communication", ["Writes clear messages."]), ("Delivery", ["Ships."])):
        d.add_heading(comp, 1)
        for level in ("Junior", "Senior"):
            d.add_heading(level, 2)
            d.add_paragraph(f"{level}: {texts[0]}", style="List Bullet")
    d.save(path)
    return path


@pytest.mark.parametrize("name", ["ourvalues.md", "ourvalues.html", "ourvalues.docx"])
def test_values_section_is_the_frameworks_values(name, tmp_path):
    path = _word(tmp_path / name) if name.endswith(".docx") else DATA / name
    result = ingest(path)
    fw = result.framework
    got = [(v.name, v.description) for v in fw.value_records]
    assert got == VALUES
    intro = " ".join(p.text for p in fw.introduction) if fw.introduction else ""
    assert "Integrity" not in intro
    assert "values" not in intro.casefold()
    assert len(fw.indicator_records) in (6, 4)
    said = [n.message for n in result.report.notes if "framework's values" in n.message]
    assert said == [
        f"'{'Core Values' if name.endswith('.docx') else 'Our values'}' and the 3 names under "
        "it read as the framework's values ('Integrity', 'Curiosity', 'Care'), not its "
        "introduction"
    ]
    assert not [n for n in result.report.notes if "read as part of the introduction" in n.message]


def test_values_section_after_the_competencies(tmp_path):
    lines = (DATA / "ourvalues.md").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "end.md"
    path.write_text("\n".join(lines[:2] + lines[8:] + [""] + lines[2:8]) + "\n", encoding="utf-8")
    result = ingest(path)
    fw = result.framework
    assert [(v.name, v.description) for v in fw.value_records] == VALUES
    assert [c.name for c in fw.competency_records] == ["Communication", "Delivery"]
    notes = [n.message for n in result.report.notes]
    assert not [n for n in notes if "holds no statement" in n]
    assert [
        n
        for n in notes
        if n.endswith(
            "read as the framework's values ('Integrity', 'Curiosity', 'Care'), not a competency"
        )
    ]


def test_values_heading_over_prose_stays_introduction(tmp_path):
    text = (DATA / "ourvalues.md").read_text(encoding="utf-8")
    prose = "We put our users first, and we act with care in all we do.\n"
    start, end = text.index("- **Integrity"), text.index("## Levels")
    path = tmp_path / "prose.md"
    path.write_text(text[:start] + prose + "\n" + text[end:], encoding="utf-8")
    fw = ingest(path).framework
    assert list(fw.value_records) == []
    assert [p.text for p in fw.introduction] == ["Our values", prose.strip()]


def test_value_items():
    assert value_item("- **Be Bold** — we try things first.") == ("Be Bold", "we try things first.")
    assert value_item("1. Care") == ("Care", "")
    assert value_item("- We put people first: always.") is None


def test_data_files_values_list(tmp_path):
    path = tmp_path / "acme.yaml"
    path.write_text(
        "title: Acme\nvalues:\n"
        "  - name: Integrity\n    description: We do what we say.\n"
        "  - Care\n"
        "competencies:\n  - name: Communication\n    levels:\n"
        "      Junior: [Writes clear messages.]\n      Senior: [Explains complex ideas.]\n",
        encoding="utf-8",
    )
    result = ingest(path)
    got = [(v.name, v.description) for v in result.framework.value_records]
    assert got == [("Integrity", "We do what we say."), ("Care", "")]
    assert not [n for n in result.report.notes if "not read" in n.message]
