"""Round 30's review of Markdown and web notes and navigation (fix F1, review #1, #2, #11, #16).

A statement's reasons carried on only over the lines indented under its list item, never over
a page's next statement; a web note found by its own label, not an equal one before it; a
link line set aside as the site's navigation only when it leads to a page beside this one by a
word of navigation; a note whose lines look like list items kept a note through a Markdown
render and back.
"""

from __future__ import annotations

import warnings

import compkit
from compkit.authoring import set_note
from compkit.ingest.htmltree import Tree, descendants
from compkit.ingest.webreasons import item_reasons

_SWALLOW_MD = """# Engineering

## Delivery

### Level 1

Plans a team's work. *Evidence:* a written plan.
Reviews others' code before it merges.
Keeps the team's board up to date.

### Level 2

- Plans several teams' work. *Why this level:* scope is many teams,
  and many releases.
- Mentors others.
"""


def _read(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return compkit.ingest(path)


def _notes(result):
    return {i.text: i.note for i in result.framework.indicator_records}


def test_reasons_never_take_the_next_line_of_a_paragraph(tmp_path):
    result = _read(tmp_path, "swallow.md", _SWALLOW_MD)
    assert _notes(result) == {
        "Plans a team's work.": "Evidence: a written plan.",
        "Reviews others' code before it merges.": "",
        "Keeps the team's board up to date.": "",
        "Plans several teams' work.": "Why this level: scope is many teams, and many releases.",
        "Mentors others.": "",
    }
    said = [m for m in result.report.to_frame()["message"] if "kept in its note" in m]
    assert said == [
        "1 line indented under a list item after its statement's reasons, kept in its note"
    ]


def test_a_lazy_line_after_reasons_is_no_part_of_the_note(tmp_path):
    text = _SWALLOW_MD.replace("  and many releases.", "Coordinates releases across teams.")
    result = _read(tmp_path, "lazy.md", text)
    notes = _notes(result)
    assert notes["Plans several teams' work. Coordinates releases across teams."] == (
        "Why this level: scope is many teams,"
    )
    messages = list(result.report.to_frame()["message"])
    assert any("Coordinates releases across teams." in m and "joined" in m for m in messages)
    assert not any("kept in its note" in m for m in messages)


def test_a_web_note_starts_at_its_own_label_not_an_equal_one_before():
    tree = Tree(1)
    tree.feed(
        "<ul><li>Writes the <em>Evidence:</em> section of each report. "
        "<em>Evidence:</em> two reports.</li></ul>"
    )
    tree.close()
    li = next(iter(descendants(tree.root, ("li",))))
    assert item_reasons(li) == (
        "Writes the Evidence: section of each report.",
        "Evidence: two reports.",
    )


_LINKS_MD = """# Handbook

## Delivery

### Level 1

- Plans a team's work.

[Home working policy](home.md)

### Level 2

- Plans several teams' work.

[Next steps for your career](career.md)

Up to date guidance: [Handbook](handbook.md)

[← Level 1](level-1.md) | [Next →](level-3.md)

*Next up*: [Level 3](level-3.md)
"""


def test_navigation_is_a_word_of_it_to_a_page_beside(tmp_path):
    result = _read(tmp_path, "links.md", _LINKS_MD)
    texts = " | ".join(i.text for i in result.framework.indicator_records)
    for content in ("Home working policy", "Next steps for your career", "Handbook"):
        assert content in texts
    assert "Next →" not in texts and "Next up" not in texts
    said = [m for m in result.report.to_frame()["message"] if "navigation" in m]
    assert said == [
        "2 lines linking to the pages beside this one set aside ('[← Level 1](level-1.md) | "
        "[Next →](level-3.md)', '*Next up*: [Level 3](level-3.md)'): the site's navigation, "
        "not statements"
    ]


def test_a_note_of_list_lines_comes_back_from_markdown(tmp_path):
    notes = {
        "people-l1-3": "Sources:\n- Rumelt, Good Strategy\n- Porter, Competitive Strategy",
        "people-l1-2": "Steps seen:\n1. Asked for help\n2) Fixed it\n---\n+ a plan\n===",
    }
    fw = None
    for ident, note in notes.items():
        fw = set_note(fw or "cis", ident, note)
    path = compkit.render(fw, tmp_path / "notes.md")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        back = compkit.ingest(path).framework
    assert len(back.indicator_records) == len(fw.indicator_records)
    got = {i.text: i.note for i in back.indicator_records}
    for ident, note in notes.items():
        assert got[fw.indicator(ident).text] == note
