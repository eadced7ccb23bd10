"""Markdown markup that must not be left in what ingest reads, each on a self-written fixture.

Closing ``#`` runs of headings ("## Level 2 ##"), emphasis around statements ("_..._",
"*...*", "__...__"), the organisation when none is stated, and the name of a framework's one
competency when the document has no competency headings. The wording is our own.
"""

from __future__ import annotations

import compkit
from compkit.ingest.blocks import atx_heading


def _ingest(tmp_path, name: str, text: str, **hints):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return compkit.ingest(path, **hints)


def _texts(result) -> list[str]:
    return [i["text"] for c in result.document["competencies"] for i in c["indicators"]]


# -- closing hashes of headings ---------------------------------------------------------------

CLOSED = """\
# Widget Making #

## Level 1 ##

- Builds widgets from a plan.

## Level 2 #

- Reviews the widget plans of others.

## Level 3 ###########

- Leads the widget work of a team.
"""


def test_closing_hashes_are_not_part_of_a_heading(tmp_path):
    result = _ingest(tmp_path, "widgets.md", CLOSED)
    assert [lv["name"] for lv in result.document["levels"]] == ["Level 1", "Level 2", "Level 3"]
    assert [c["name"] for c in result.document["competencies"]] == ["Widget Making"]
    assert "(Level 1, Level 2, Level 3)" in result.report.to_markdown()


LADDER = """\
# Widget Maker I #

- Builds widgets from a plan.

# Widget Maker II #

- Plans widgets for others to build.
"""


def test_closing_hashes_of_level_headings_in_a_ladder(tmp_path):
    result = _ingest(tmp_path, "ladder.md", LADDER)
    assert [lv["name"] for lv in result.document["levels"]] == ["Widget Maker I", "Widget Maker II"]


def test_a_hash_inside_a_heading_is_text():
    assert atx_heading("## C# and F# ##") == (2, "C# and F#")
    assert atx_heading("## Issue#") == (2, "Issue#")
    assert atx_heading(r"## Pound \#") == (2, r"Pound \#")
    assert atx_heading("#hashtag") is None
    assert atx_heading("## ##") == (2, "")


def test_an_escaped_closing_hash_stays(tmp_path):
    text = (
        "# Widget Making\n\n## Level 1\n\n- Builds widgets.\n\n## Grade \\#\n\n- Plans widgets.\n"
    )
    result = _ingest(tmp_path, "escaped.md", text)
    assert [lv["name"] for lv in result.document["levels"]] == ["Level 1", "Grade #"]


# -- emphasis around statements --------------------------------------------------------------

EMPHASIS = """\
# Widget Making

## Level 1

_Sees trouble coming before the widgets ship._

- Builds widgets from a *written* plan.
- Keeps the widget_parts table and the __init__ hook tidy.
- Names files like build_plan_v2 and spec__draft__final.

## Level 2

- *Plans widgets for others to build.*
- __Reviews every plan__ with its _author_.
- Checks that 2 * 3 widgets and 4 _ 5 gaps are counted.
"""


def test_emphasis_markers_are_dropped_and_words_kept(tmp_path):
    texts = _texts(_ingest(tmp_path, "emphasis.md", EMPHASIS))
    assert texts == [
        "Sees trouble coming before the widgets ship.",
        "Builds widgets from a written plan.",
        "Keeps the widget_parts table and the init hook tidy.",
        "Names files like build_plan_v2 and spec__draft__final.",
        "Plans widgets for others to build.",
        "Reviews every plan with its author.",
        "Checks that 2 * 3 widgets and 4 _ 5 gaps are counted.",
    ]


def test_an_underscore_inside_a_word_is_no_emphasis(tmp_path):
    text = "## Level 1\n\n- Reads the snake_case_name of a_b and x_.\n- Writes _y.\n"
    texts = _texts(_ingest(tmp_path, "words.md", text))
    assert texts == ["Reads the snake_case_name of a_b and x_.", "Writes _y."]


# -- the one competency of a ladder -----------------------------------------------------------

LEVELS_ONLY = """\
## Widget Maker I

- Builds widgets from a plan.

## Widget Maker II

- Plans widgets for others to build.
"""


def test_a_lone_competency_takes_the_front_matter_title(tmp_path):
    text = "---\ntitle: Widget Ladder\n---\n\n" + LEVELS_ONLY
    result = _ingest(tmp_path, "02_widgets.md", text)
    assert [c["name"] for c in result.document["competencies"]] == ["Widget Ladder"]
    assert result.document["title"] == "Widget Ladder"


def test_a_lone_competency_named_after_a_tidied_file_name(tmp_path):
    result = _ingest(tmp_path, "03._widget_making-ladder.md", LEVELS_ONLY)
    assert [c["name"] for c in result.document["competencies"]] == ["Widget making ladder"]
    (note,) = [n for n in result.report.notes if "one competency" in n.message]
    assert note.message == (
        "no labels name competencies: every statement read into one competency, "
        "'Widget making ladder' (named after the file name '03._widget_making-ladder'; "
        "rename it, or give competency_from)"
    )
    assert note in result.report.low_confidence
