"""Renders of a revised framework (eighteenth round, W2): numbered lists and empty levels.

A numbered list whose first statement was removed or moved away starts at 1, as one that lost a
statement in the middle prints no gap; a list the source itself started late keeps its start.
A level not yet written says so once in a table of effective and ineffective columns.
"""

import io
import re

import docx
import pytest

from compkit import load
from compkit.authoring import move_indicator, remove_indicator
from compkit.authoring._layout import EMPTY_LEVEL
from compkit.authoring.documents import render_docx, render_html, render_markdown
from compkit.framework import from_dict


def _numbers(text: str, after: str) -> list[int]:
    """The numbers of the Markdown list that follows the line ``after``."""
    out = []
    for line in text.split(after, 1)[1].splitlines()[1:]:
        if m := re.match(r"(\d+)\. ", line):
            out.append(int(m.group(1)))
        elif line.strip() and out:
            break
    return out


HEAD = "### Cluster 1: Demonstrating Personal Qualities"


@pytest.mark.parametrize("edit", ["move", "remove"])
def test_a_list_whose_first_statement_left_starts_at_one(edit):
    """WSX's Supervisory "Personal Qualities" list 1-7 without its first: 1-6, not 2-7."""
    wsx = load("wsx")
    if edit == "move":
        fw = move_indicator(wsx, "qualities-supervisory-1", level="management")
    else:
        fw = remove_indicator(wsx, "qualities-supervisory-1")
    text = render_markdown(fw, layout="level").split("## Supervisory")[1]
    assert _numbers(text, HEAD) == [1, 2, 3, 4, 5, 6]  # was 2, 3, 4, 5, 6, 7
    page = render_html(fw, layout="level").split(">Supervisory<")[1].split("</section>")[0]
    assert '<ol start="2">' not in page


def test_the_sources_own_gaps_and_late_starts_are_kept():
    """A joined statement's numbers (2, 3, 4) stay; so does a list the source started at 3."""
    wsx = load("wsx")
    fw = remove_indicator(wsx, "improving-management-1")
    text = render_markdown(fw, layout="level").split("## Management")[1]
    assert _numbers(text, "### Cluster 4: Continually & Creatively Improving") == [1, 4, 5, 6, 7]
    late = _late()
    assert _numbers(render_markdown(late), "*You can:*") == [3, 4]
    gone = remove_indicator(late, "delivering-one-1")
    assert _numbers(render_markdown(gone), "*You can:*") == [3]  # the source's 3, was 4


def _late():
    """A self-written framework whose source numbered one list from 3."""
    return from_dict(
        {
            "schema_version": 2,
            "id": "late",
            "title": "Late Start",
            "organisation": "Probe Works",
            "levels": [{"id": "one", "name": "One", "rank": 1}],
            "competencies": [
                {
                    "id": "delivering",
                    "name": "Delivering",
                    "stem": "You can:",
                    "indicators": [
                        {"id": f"delivering-one-{n}", "level": "one", "text": t, **src}
                        for n, t, src in (
                            (1, "plan the week ahead", {"source": {"numbers": [3]}}),
                            (2, "keep the team told", {"source": {"numbers": [4]}}),
                        )
                    ],
                }
            ],
        }
    )


def _sided():
    """Self-written: effective and ineffective statements; "Expert" not yet written, required."""
    said = {"foundation": "explains the plan", "practised": "adapts the plan"}
    return from_dict(
        {
            "schema_version": 2,
            "id": "sided",
            "title": "Sided Draft",
            "organisation": "Probe Works",
            "levels": [
                {"id": lv, "name": lv.capitalize(), "rank": n}
                for n, lv in enumerate(("foundation", "practised", "expert"), 1)
            ],
            "competencies": [
                {
                    "id": "planning",
                    "name": "Planning",
                    "indicators": [
                        item
                        for lv, text in said.items()
                        for item in (
                            {"id": f"planning-{lv}-1", "level": lv, "text": f"Often {text}."},
                            {
                                "id": f"planning-{lv}-n1",
                                "level": lv,
                                "text": f"Never {text}.",
                                "polarity": "ineffective",
                            },
                        )
                    ],
                }
            ],
            "roles": [{"id": "lead", "name": "Lead", "requires": {"planning": "expert"}}],
        }
    )


def test_html_says_an_empty_level_once_across_both_columns():
    page = render_html(_sided(), layout="competency")
    assert page.count(EMPTY_LEVEL) == 1  # was 2: once under each side
    assert f'<td colspan="2"><p class="undefined">{EMPTY_LEVEL}</p></td>' in page


def test_word_says_an_empty_level_once_across_both_columns():
    word = docx.Document(io.BytesIO(render_docx(_sided(), layout="competency")))
    table = word.tables[0]
    expert = table.rows[-1]
    assert expert.cells[0].text.startswith("Expert")
    assert len(expert._tr.tc_lst) == 2  # the level's name, and one cell over both sides
    assert expert._tr.xml.count(EMPTY_LEVEL) == 1  # was 2


def test_markdown_says_an_empty_level_once():
    assert render_markdown(_sided(), layout="competency").count(EMPTY_LEVEL) == 1


@pytest.mark.parametrize("rank", [5.5, "5.5"])
def test_a_level_rank_of_five_and_a_half_is_one_clear_message(rank):
    """The workbook's levels sheet: the rank given, and what is expected, once."""
    from compkit.authoring.workbook import from_tables, to_tables
    from compkit.errors import WorkbookError

    tables = to_tables("cis")
    levels = tables["levels"].astype({"rank": object})
    levels.loc[1, "rank"] = rank
    tables["levels"] = levels
    with pytest.raises(WorkbookError) as caught:
        from_tables(tables)
    message = str(caught.value)
    shown = "5.5" if isinstance(rank, float) else "'5.5'"
    assert (
        f"column 'rank': {shown} is not a whole number; expected a whole number: 1 for the "
        "lowest level, one more for each level up (2 follows the row above)"
    ) in message  # was "... expected 1 for the lowest level", whichever row it stood on


def test_compkit_carry_on_the_wrong_side_says_the_option(capsys, tmp_path):
    from compkit.cli import main

    out = tmp_path / "carried.sssom.tsv"
    # --side object given: without it, compkit now finds OLD on the subject side (2561c6b)
    assert main(["carry", "cis-wsx", "cis", "cis", "--side", "object", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "is a statement of CiS (cis); expected the old version of the objects' framework" in err
    assert "(or side='subject', on the command line --side subject, if it is the other one)" in err
    assert not out.exists()
