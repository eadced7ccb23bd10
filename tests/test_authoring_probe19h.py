"""An author drafting a revised framework (nineteenth round): what the redline and import say.

A competency or level the author deletes is struck out in the Word redline where it stood in
the previous version (after the one that came before it), not after every other one.
"""

import io

import docx

from compkit.authoring import render_redline
from compkit.framework import from_dict

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _ladder(comps=("alpha", "bravo", "charlie"), levels=("one", "two", "three")):
    """A self-written framework: a statement per competency and level, in the order given."""
    return from_dict(
        {
            "schema_version": 1,
            "id": "ladder",
            "title": "Ladder Test Framework",
            "organisation": "Probe Works",
            "levels": [
                {"id": lv, "name": f"Level {lv.capitalize()}", "rank": n}
                for n, lv in enumerate(levels, 1)
            ],
            "competencies": [
                {
                    "id": comp,
                    "name": comp.capitalize(),
                    "indicators": [
                        {"id": f"{comp}-{lv}-1", "level": lv, "text": f"Shows {comp} at {lv}."}
                        for lv in levels
                    ],
                }
                for comp in comps
            ],
        }
    )


def _headings(data: bytes) -> list[tuple[str, str]]:
    """Each heading of the redline: its style and its text, deleted words included."""
    out = []
    for para in docx.Document(io.BytesIO(data)).paragraphs:
        if para.style.name.startswith("Heading"):
            words = para._p.iter(f"{_W}t", f"{_W}delText")
            out.append((para.style.name, "".join(t.text or "" for t in words)))
    return out


def test_a_removed_competency_is_struck_out_where_it_stood():
    old, new = _ladder(), _ladder(comps=("alpha", "charlie"))
    comps = [text for style, text in _headings(render_redline(old, new)) if style == "Heading 1"]
    assert comps == ["Alpha", "Bravo", "Charlie"]


def test_a_removed_first_competency_stays_first():
    old, new = _ladder(), _ladder(comps=("bravo", "charlie"))
    comps = [text for style, text in _headings(render_redline(old, new)) if style == "Heading 1"]
    assert comps == ["Alpha", "Bravo", "Charlie"]


def test_a_removed_level_is_struck_out_between_the_levels_it_stood_between():
    old, new = _ladder(), _ladder(levels=("one", "three"))
    heads = _headings(render_redline(old, new))
    ladder = heads[heads.index(("Heading 1", "Levels")) + 1 : heads.index(("Heading 1", "Alpha"))]
    assert [text for _, text in ladder] == ["Level One", "Level Two", "Level Three"]
    alpha = heads[heads.index(("Heading 1", "Alpha")) + 1 : heads.index(("Heading 1", "Bravo"))]
    assert [text for _, text in alpha] == ["Level One", "Level Two", "Level Three"]


def test_the_redline_of_kept_order_is_as_before():
    old, new = _ladder(), _ladder(comps=("alpha", "bravo", "charlie", "delta"))
    comps = [text for style, text in _headings(render_redline(old, new)) if style == "Heading 1"]
    assert comps == ["Alpha", "Bravo", "Charlie", "Delta"]
