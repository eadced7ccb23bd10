"""A framework being drafted: a level with no statements yet is said once, not "(none)" per cell.

An author adds a level (an "Apprentice" below FT's eight) before writing its statements. The
by-level render says "No statements at this level yet." once under the level, the by-competency
render leaves the level out of its tables and says so once at the top; a cell the publisher left
undefined keeps saying "Not defined by the publisher".
"""

import io
import re
from pathlib import Path

import docx
import pytest

from compkit.authoring._layout import EMPTY_LEVEL, NONE, NOT_DEFINED, empty_levels, empty_note
from compkit.authoring.documents import render_docx, render_html, render_markdown
from compkit.framework import from_dict
from compkit.framework.io import load, to_dict

FT = Path(__file__).parent / "data" / "corpus" / "ft-engineering.yaml"


@pytest.fixture(scope="module")
def ft_apprentice():
    """FT's engineering framework with an "Apprentice" level added below the others, empty."""
    doc = to_dict(load(FT))
    for lv in doc["levels"]:
        lv["rank"] += 1
    doc["levels"].insert(0, {"id": "apprentice", "name": "Apprentice", "rank": 1})
    return from_dict(doc)


def _drafted(*, undefined: bool = False, statements: bool = True):
    """A self-written framework: three levels, "Expert" with no statement (one undefined cell
    when ``undefined``), two competencies; ``statements=False``: none at any level."""
    said = {"Foundation": "explains the plan", "Practised": "adapts the plan to the team"}

    def indicators(comp: str) -> list[dict]:
        if not statements:
            return []
        return [
            {"id": f"{comp}-{lv.lower()}-1", "level": lv.lower(), "text": f"{text} ({comp})"}
            for lv, text in said.items()
        ]

    return from_dict(
        {
            "schema_version": 2,
            "id": "drafted",
            "title": "Drafted Framework",
            "organisation": "Probe Works",
            "levels": [
                {"id": "foundation", "name": "Foundation", "rank": 1},
                {"id": "practised", "name": "Practised", "rank": 2},
                {"id": "expert", "name": "Expert", "rank": 3},
            ],
            "competencies": [
                {
                    "id": "planning",
                    "name": "Planning",
                    "indicators": indicators("planning"),
                    "undefined": [{"level": "expert", "note": "cell left blank"}]
                    if undefined
                    else [],
                },
                {"id": "coaching", "name": "Coaching", "indicators": indicators("coaching")},
            ],
        }
    )


def _visible(text: str) -> str:
    """A Markdown or HTML render without compkit's marks (they record the note out of sight)."""
    text = re.sub(r"<!--\s*compkit-structure:.*?-->", "", text, flags=re.S)
    return re.sub(r'<meta name="compkit-structure"[^>]*>', "", text)


def _docx_text(data: bytes) -> str:
    word = docx.Document(io.BytesIO(data))
    cells = [c.text for t in word.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in word.paragraphs] + cells)


def _docx_levels(data: bytes) -> list[str]:
    """The level names heading the rows of every by-competency table."""
    word = docx.Document(io.BytesIO(data))
    return [r.cells[0].text for t in word.tables for r in t.rows[1:]]


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_ft_apprentice_by_level_says_once_that_the_level_is_empty(ft_apprentice, fmt):
    render = {"md": render_markdown, "html": render_html, "docx": render_docx}[fmt]
    out = render(ft_apprentice, layout="level")
    text = _docx_text(out) if fmt == "docx" else out
    assert text.count(NONE) == 0  # was nine, one under each of FT's themes
    assert text.count(EMPTY_LEVEL) == 1
    # nothing stands between the Apprentice heading and the note, then the next level
    if fmt == "md":
        assert f"## Apprentice\n\n*{EMPTY_LEVEL}*\n\n## Junior Engineer" in text
    elif fmt == "html":
        assert re.search(
            rf"<h2>Apprentice</h2>\s*<p[^>]*>{re.escape(EMPTY_LEVEL)}</p>\s*</section>", text
        )
    else:
        heads = [p.text for p in docx.Document(io.BytesIO(out)).paragraphs]
        at = heads.index("Apprentice")
        assert heads[at + 1 : at + 3] == [EMPTY_LEVEL, "Junior Engineer"]


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_ft_apprentice_by_competency_leaves_the_level_out_and_says_so_once(ft_apprentice, fmt):
    render = {"md": render_markdown, "html": render_html, "docx": render_docx}[fmt]
    out = render(ft_apprentice, layout="competency")
    text = _docx_text(out) if fmt == "docx" else _visible(out)
    note = empty_note(ft_apprentice)
    assert note == "No statements yet at level Apprentice."
    assert text.count(NONE) == 0
    assert text.count(note) == 1
    if fmt == "md":
        assert "### Apprentice" not in text and "### Junior Engineer" in text
    elif fmt == "html":
        assert '<th scope="row">Apprentice' not in text
        assert text.count('<th scope="row">Junior Engineer') == 9
    else:
        rows = _docx_levels(out)
        assert "Apprentice" not in rows and rows.count("Junior Engineer") == 9


def test_an_undefined_cell_keeps_saying_so_and_its_level_is_not_empty():
    fw = _drafted(undefined=True)
    assert empty_levels(fw) == [] and empty_note(fw) == ""
    for layout in ("level", "competency"):
        for text in (
            render_markdown(fw, layout=layout),
            render_html(fw, layout=layout),
            _docx_text(render_docx(fw, layout=layout)),
        ):
            assert text.count(NOT_DEFINED) == 1, layout  # Planning at Expert
            assert text.count(NONE) == 1, layout  # Coaching at Expert: empty, not undefined
            assert EMPTY_LEVEL not in text and "No statements yet" not in text


def test_an_empty_level_beside_full_ones_keeps_a_column_grid():
    """Two written levels and an empty one print as the two-level table they are."""
    fw = _drafted()
    assert [lv.name for lv in empty_levels(fw)] == ["Expert"]
    page = render_html(fw, layout="competency")
    heads = re.findall(r'<th scope="col">([^<]+)</th>', page)
    assert heads == ["Foundation", "Practised"] * 2
    word = docx.Document(io.BytesIO(render_docx(fw, layout="competency")))
    assert [[c.text for c in t.rows[0].cells] for t in word.tables] == [heads[:2]] * 2
    md = render_markdown(fw, layout="level")
    assert md.count(EMPTY_LEVEL) == 1 and md.count("Coaching") == 2


def test_a_framework_with_no_statements_at_all_renders_headings_and_one_note():
    fw = _drafted(statements=False)
    note = "No statements yet at levels Foundation, Practised and Expert."
    assert empty_note(fw) == note
    md = _visible(render_markdown(fw, layout="competency"))
    assert md.count(note) == 1 and "## Competency 2: Coaching" in md and NONE not in md
    page = _visible(render_html(fw, layout="competency"))
    assert "<table" not in page and page.count(note) == 1
    data = render_docx(fw, layout="competency")
    assert not docx.Document(io.BytesIO(data)).tables and _docx_text(data).count(note) == 1
    for text in (
        render_markdown(fw, layout="level"),
        render_html(fw, layout="level"),
        _docx_text(render_docx(fw, layout="level")),
    ):
        assert text.count(EMPTY_LEVEL) == 3 and NONE not in text
