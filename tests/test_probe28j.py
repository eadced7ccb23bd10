"""Twenty-eighth round, helper J: an OD consultant's and an author's day (compare, report, authoring).

The author revised USDS's 2019 sample competencies (13 competencies at four levels, ingested
from the public-domain PDF of ``tests/data/probe27a``; the reading is kept in
``tests/data/probe28j/usds-2019.yaml``) through the Python API: added, reworded, moved, split,
merged and retired statements, renamed a level, added a competency, then diffed, redlined and
rendered it. Each test here failed on the round's start commit.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import compkit
from compkit.authoring import editor, set_text

USDS = Path(__file__).parent / "data" / "probe28j" / "usds-2019.yaml"


def test_a_statement_set_to_its_own_words_says_so_and_changes_nothing():
    """``set_text`` with the words a statement already has returned a new framework silently,
    and the editor logged "reworded" for it; a move that changes nothing warned already."""
    fw = compkit.load(USDS)
    ident = "analytical-ability-familiar-1"
    with pytest.warns(compkit.errors.CompkitWarning, match="nothing to change") as said:
        same = set_text(fw, ident, f"{fw.indicator(ident).text} ")
    assert same is fw
    assert f"{ident} already reads 'Displays some critical" in str(said[0].message)


def test_the_editor_says_an_update_to_the_same_words_and_logs_nothing(tmp_path):
    path = tmp_path / "usds.yaml"
    path.write_bytes(USDS.read_bytes())
    ed = editor(path)
    ident = ed.statements.options[0][1]  # the first statement shown
    ed.statements.value = ident
    ed.text.value = compkit.load(path).indicator(ident).text
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ed.buttons["update"].click()
    assert ed.log == []
    assert "nothing to change" in ed.status.value


def _merged(fw):
    """Customer Service's Experienced statement joined onto its Master one, through the API."""
    from compkit.authoring import remove_indicator

    first = fw.indicator("customer-service-and-support-experienced-1").text
    top = fw.indicator("customer-service-and-support-master-1").text
    new = set_text(fw, "customer-service-and-support-master-1", f"{top} {first}")
    return remove_indicator(new, "customer-service-and-support-experienced-1")


def test_a_merge_made_through_the_api_is_told_as_a_merge():
    """Merging is rewording one statement to hold both and removing the other, which retires
    its id; the diff took the retired id at its word: "reworded" and "removed", never "merged"
    (25 frameworks merged so through the API: 0 -> 25 told as merges). A retired id whose words
    went nowhere is still removed."""
    from compkit.authoring import remove_indicator

    fw = compkit.load(USDS)
    changes = compkit.diff(fw, remove_indicator(_merged(fw), "analytical-ability-unfamiliar-1"))
    assert changes["change"].tolist() == ["removed", "merged", "merged"]
    changes = changes.iloc[1:]
    assert set(changes["old_id"]) == {
        "customer-service-and-support-master-1",
        "customer-service-and-support-experienced-1",
    }
    assert changes["note"].iloc[0] == (
        "merged from customer-service-and-support-master-1, "
        "customer-service-and-support-experienced-1"
    )


def test_a_split_made_through_the_api_by_removing_the_whole_is_told_as_a_split():
    from compkit.authoring import add_indicator, remove_indicator

    fw = compkit.load(USDS)
    whole = fw.indicator("team-building-master-1").text
    first, rest = whole.split(". ", 1)
    new = remove_indicator(fw, "team-building-master-1")
    new = add_indicator(new, "team-building", "master", first + ".")
    new = add_indicator(new, "team-building", "master", rest)
    changes = compkit.diff(fw, new)
    assert changes["change"].tolist() == ["split", "split"]
    assert changes["note"].iloc[0] == "split into team-building-master-2, team-building-master-3"


def test_a_report_title_of_spaces_is_no_title(tmp_path):
    """``compkit report --title "  "`` wrote a report headed "# " (an empty heading), and a
    title typed over two lines broke the Markdown heading in two."""
    from compkit.cli import main

    out = tmp_path / "r.md"
    args = [str(USDS), "usds-2019.yaml", "-o", str(out), "--no-appendix", "--no-crosswalk"]
    args[1] = str(Path(__file__).parent / "data" / "corpus" / "usds-sample-competencies.yaml")
    assert main(["report", *args, "--title", "  ", "--author", " "]) == 0
    head = out.read_text(encoding="utf-8").splitlines()
    assert (
        head[0]
        == "# Sample Competency Descriptions and USDS: how the two competency frameworks compare"
    )
    assert "Prepared by" not in "\n".join(head[:6])
    assert main(["report", *args, "--title", "USDS's two\nlibraries"]) == 0
    assert out.read_text(encoding="utf-8").splitlines()[0] == "# USDS's two libraries"


def test_a_markdown_render_prints_no_placeholder_organisation():
    """An ingested framework's "(organisation not stated)" stood under the Markdown render's
    title, in italics; Word and HTML leave a placeholder out."""
    from compkit.authoring import render_markdown

    for layout in ("competency", "level"):
        text = render_markdown(compkit.load(USDS), layout=layout)
        shown = [line for line in text.splitlines() if not line.startswith("<!-- compkit")]
        assert not [line for line in shown if "not stated" in line]
        assert text.startswith("# Sample Competency Descriptions\n\n13 competencies, 4 levels")
    stated = render_markdown(Path(__file__).parent / "data" / "corpus" / "gsa-508-pm.yaml")
    assert stated.splitlines()[2] == "*U.S. General Services Administration*"


def test_a_render_refuses_marks_that_are_no_yes_or_no(tmp_path):
    """``render(..., marks="no")`` wrote the marks ("no" is true)."""
    for writer in ("render_markdown", "render_html", "render_docx"):
        with pytest.raises(compkit.UsageError, match="marks: expected True or False, got str 'no'"):
            getattr(compkit.authoring, writer)(USDS, marks="no")
    with pytest.raises(compkit.UsageError, match="marks: expected True or False"):
        compkit.render(USDS, tmp_path / "usds.md", marks="no")
    assert not (tmp_path / "usds.md").exists()


def test_a_redline_refuses_an_author_that_is_no_name():
    """``render_redline(old, new, author=None)`` wrote a document with no author on its changes."""
    from compkit.authoring import render_redline

    fw = compkit.load(USDS)
    new = set_text(fw, "analytical-ability-familiar-1", "Breaks a problem down in parts.")
    for author in (None, "  ", 3):
        with pytest.raises(compkit.UsageError, match="render_redline: author: expected the name"):
            render_redline(fw, new, author=author)


def _word_report(rows: int, words: int):
    import pandas as pd

    from compkit.compare.report_model import Report, Section, Table

    text = " ".join(["statement"] * words)
    frame = pd.DataFrame({"Theme": [f"Theme {n}" for n in range(rows)], "Finding": [text] * rows})
    intro = ["Each statement is read against one shared list of themes. " * 6] * 2
    section = Section("Themes", intro, [Table("Themes each framework covers", frame, "Finding")])
    return Report("T", "S", "", "1 January 2027", ["Summary."], [section])


def test_a_word_report_table_too_tall_to_go_with_its_heading_runs_on():
    """A table of under 30 rows was held on one page with its section's heading and words
    however tall; LibreOffice left the caption alone at the foot of a page otherwise blank
    (CSCF's Themes table against Sourcegraph's and Novoda's). A short one is still held."""
    import io

    import docx

    from compkit.compare.report_docx import docx_bytes

    def held(report):
        table = docx.Document(io.BytesIO(docx_bytes(report))).tables[0]
        return [r.cells[0].paragraphs[0].paragraph_format.keep_with_next for r in table.rows]

    tall = held(_word_report(17, 60))
    assert not any(tall)
    short = held(_word_report(5, 10))
    assert all(short[:-1]) and not short[-1]
