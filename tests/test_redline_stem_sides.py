"""The Word redline prints a stem per side over its side's statements, as the render does."""

import copy
import io
from pathlib import Path

import docx
import pytest

import compkit
from compkit.authoring import render_docx, render_redline
from compkit.framework.build import from_dict
from compkit.framework.io import to_dict

SIDES = Path(__file__).parent / "data" / "stem_sides" / "sides.yaml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _read(data: bytes, *, accept: bool) -> list[str]:
    """The body's paragraphs with every change accepted (or every change rejected)."""
    body = docx.Document(io.BytesIO(data)).element.body
    drop = "del" if accept else "ins"
    out = []
    for p in body.iter(f"{W}p"):
        if p.xpath(f"./w:pPr/w:rPr/w:{drop}"):
            continue  # a paragraph inserted (rejecting) or deleted (accepting) goes whole
        words = [
            t.text
            for t in p.iter(f"{W}t", f"{W}delText")
            if t.getparent().getparent().tag != f"{W}{drop}"
        ]
        out.append("".join(words))
    return out


def _cells(paras: list[str]) -> dict[str, list[str]]:
    """The paragraphs under each level heading, by competency and level name."""
    out: dict[str, list[str]] = {}
    comp = None
    for p in paras:
        if p in ("Listening", "Planning"):
            comp = p
        elif comp and p in ("Foundation", "Advanced"):
            key = f"{comp} {p}"
            out[key] = []
        elif comp:
            out[key].append(p)
    return out


def _revised(edit) -> tuple:
    old = compkit.load(SIDES)
    doc = copy.deepcopy(to_dict(old))
    edit(doc)
    return old, from_dict(doc)


def test_each_sides_stem_stands_over_its_own_statements():
    fw = compkit.load(SIDES)
    cells = _cells(_read(render_redline(fw, fw), accept=True))
    # the framework's stem is the effective side's: the plain sentence has none over it
    assert cells["Listening Foundation"] == [
        "Effective behaviours",
        "You can:",
        "hear colleagues out",
        "Ineffective behaviours",
        "Interrupts colleagues.",
    ]
    assert cells["Listening Advanced"] == [
        "Effective behaviours",
        "Effective people:",
        "draw out quiet voices",
        "Ineffective behaviours",
        "Less effective people:",
        "talk over others",
    ]
    # one stem of both sides is said once, over both, as before
    assert cells["Planning Foundation"] == [
        "At this level you:",
        "Effective behaviours",
        "plan your own work",
        "Ineffective behaviours",
        "miss deadlines",
    ]


def test_the_redline_prints_the_stems_the_render_prints():
    fw = compkit.load(SIDES)
    rendered = docx.Document(io.BytesIO(render_docx(fw)))
    italic = {
        r.text
        for t in rendered.tables
        for row in t.rows
        for c in row.cells
        for p in c.paragraphs
        for r in p.runs
        if r.italic
    }
    italic |= {r.text for p in rendered.paragraphs for r in p.runs if r.italic}
    red = docx.Document(io.BytesIO(render_redline(fw, fw)))
    stems = {p.text for p in red.paragraphs if p.runs and all(r.italic for r in p.runs)}
    assert stems == {
        "You can:",
        "Effective people:",
        "Less effective people:",
        "At this level you:",
    }
    assert stems <= italic


@pytest.mark.parametrize(
    ("where", "old_stem", "new_stem", "deleted", "inserted"),
    [
        (
            "level",
            "Less effective people:",
            "Less effective colleagues:",
            "people:",
            "colleagues:",
        ),
        ("framework", "", "You might:", None, "You might:"),
    ],
)
def test_a_changed_sides_stem_is_a_tracked_change_over_its_side(
    where, old_stem, new_stem, deleted, inserted
):
    def edit(doc):
        scope = doc["levels"][1] if where == "level" else doc
        scope["stem"] = {**scope["stem"], "ineffective": new_stem}

    old, new = _revised(edit)
    data = render_redline(old, new)
    body = docx.Document(io.BytesIO(data)).element.body
    assert [t.text.strip() for t in body.xpath(".//w:del/w:r/w:delText")] == (
        [deleted] if deleted else []
    )
    assert [t.text.strip() for t in body.xpath(".//w:ins/w:r/w:t")] == [inserted]
    level = "Listening Advanced" if where == "level" else "Listening Foundation"
    accepted, rejected = (_cells(_read(data, accept=a))[level] for a in (True, False))
    statement = "talk over others" if where == "level" else "Interrupts colleagues."
    assert accepted[accepted.index("Ineffective behaviours") :] == [
        "Ineffective behaviours",
        new_stem,
        statement,
    ]
    assert rejected[rejected.index("Ineffective behaviours") :] == [
        "Ineffective behaviours",
        *([old_stem] if old_stem else []),
        statement,
    ]
    # the effective side's stem is untouched and stands over its own statements
    assert (
        accepted[:2]
        == rejected[:2]
        == [
            "Effective behaviours",
            "Effective people:" if where == "level" else "You can:",
        ]
    )


def test_a_stem_split_by_side_shows_on_the_page_not_in_a_comment():
    """A competency's stem for every statement given a side each: the pages show the change."""

    def edit(doc):
        doc["competencies"][1]["stem"] = {
            "effective": "At this level you:",
            "ineffective": "At this level people:",
        }

    old, new = _revised(edit)
    data = render_redline(old, new)
    cells = _cells(_read(data, accept=True))
    assert cells["Planning Foundation"] == [
        "Effective behaviours",
        "At this level you:",
        "plan your own work",
        "Ineffective behaviours",
        "At this level people:",
        "miss deadlines",
    ]
    assert _cells(_read(data, accept=False))["Planning Foundation"][3:5] == [
        "Ineffective behaviours",
        "At this level you:",
    ]
    comments = docx.Document(io.BytesIO(data)).comments
    assert not [c.text for c in comments if "stem" in c.text.lower()]
