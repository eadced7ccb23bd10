"""Readings that dropped or refused what is there (twenty-ninth round, helper I2).

Novoda's Senior Product Engineer page (``tests/data/probe27i``, MIT) sets its sections of
statements ("Consulting", "Delivery", ...) under "Recommended reading" by the rank of their
headings: a reading list is titles and links, and a section of sentences under a heading of
its own is kept. The RSE Competencies Toolkit's scale printed to PDF (``tests/data/probe29a``,
CC BY 4.0) is titled "... Skill Levels Definition": the framework's title is no block of the
levels' definitions, so its "You ..." bullets are statements, not descriptions.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from compkit.ingest.api import ingest

DATA = Path(__file__).parent / "data"


def _read(path):
    result = ingest(path)
    return result.document, [n.message for n in result.report.notes]


def _by_competency(document) -> dict[str, list[tuple[str, str]]]:
    names = {lv["id"]: lv["name"] for lv in document["levels"]}
    return {
        c["name"]: [(names[i["level"]], i["text"]) for i in c["indicators"]]
        for c in document["competencies"]
    }


def test_novoda_sections_under_recommended_reading_are_read():
    document, notes = _read(DATA / "probe27i" / "novoda-senior-product-engineer.docx")
    got = _by_competency(document)
    sizes = {"Consulting": 6, "Communication and Collaboration": 2, "Delivery": 8, "Novoda": 3}
    for name, n in {**sizes, "Experience": 4}.items():
        assert len(got[name]) == n, name
        assert {lv for lv, _ in got[name]} == {"All levels"}, name
    assert got["Delivery"][0][1] == (
        "Defines logical product definition and delivery, and recommends new working practices"
    )
    assert sum(map(len, got.values())) == 15 + 23  # the two tables' and the page's
    texts = [t for pairs in got.values() for _, t in pairs]
    assert "Working Effectively with Legacy Code - Michael Feathers" not in texts  # a book
    assert "Recommended reading" not in got
    assert (
        "the lists under 'Recommended reading' (3 sections) are reading, not statements: "
        "not read" in notes
    )
    assert any(
        n.startswith("5 sections under 'Recommended reading' read as statements") for n in notes
    )


PAGE = """# Delivery ladder

## Engineer

### Delivery
- Ships small changes behind feature flags.
- Writes tests for the code they change.

## Senior Engineer

### Delivery
- Plans the releases of a team and sees them through.
- Reviews the tests of others for what they leave out.

# Further reading

### Books
- Accelerate - Nicole Forsgren
- Continuous Delivery by Jez Humble

### Articles
- How we run incident reviews at our company every week
- Why small batches make for calmer releases and teams

### Practices
- Keeps a written log of every release and what it changed.
- Shares what went wrong in a release with the whole team.
"""


def _page_docx(path: Path) -> Path:
    """The page laid out in Word: '#' a Heading 1, '##' 2, '###' 3, '-' a List Bullet."""
    d = docx.Document()
    for line in PAGE.splitlines():
        if line.startswith("#"):
            hashes, text = line.split(" ", 1)
            d.add_heading(text, len(hashes))
        elif line.startswith("- "):
            d.add_paragraph(line[2:], style="List Bullet")
    d.save(path)
    return path


@pytest.mark.parametrize("kind", ["md", "docx"])
def test_sections_under_a_reading_heading_are_told_by_their_items(tmp_path, kind):
    """Books and articles (titles, an author, a question) stay reading; sentences under a
    heading of their own are read, at "All levels"."""
    path = tmp_path / f"ladder.{kind}"
    if kind == "md":
        path.write_text(PAGE, encoding="utf-8")
    else:
        _page_docx(path)
    document, notes = _read(path)
    got = _by_competency(document)
    texts = [t for pairs in got.values() for _, t in pairs]
    assert not [
        t for t in texts if "Humble" in t or "Forsgren" in t or t.startswith(("How", "Why"))
    ]
    assert got["Practices"] == [
        ("All levels", "Keeps a written log of every release and what it changed."),
        ("All levels", "Shares what went wrong in a release with the whole team."),
    ]
    assert len(got["Delivery"]) == 4
    assert any("'Further reading' (2 sections) are reading" in n for n in notes)


@pytest.mark.parametrize("font", ["carlito", "dejavu"])
def test_a_scale_titled_as_the_levels_definition_is_read(font):
    document, _ = _read(DATA / "probe29a" / f"rse-toolkit-scale-{font}.pdf")
    got = _by_competency(document)
    assert list(got) == ["RSE Competency Scale"]
    assert len(got["RSE Competency Scale"]) == 22
    assert [lv["name"].split(" - ")[0] for lv in document["levels"]] == [
        f"Level {n}" for n in range(6)
    ]
    first = got["RSE Competency Scale"][2]
    assert first == (
        "Level 1 - Fundamental awareness (basic knowledge)",
        "You have a common knowledge or an understanding of basic techniques and concepts.",
    )
