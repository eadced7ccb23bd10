"""An analyst's first hour in JupyterLab with a framework of their own (twenty-second round).

A newcomer ingests a spreadsheet, looks at the framework in a notebook, looks things up by
name and mistypes some. Each test pins what they read, on a self-written framework: a wide
sheet of four levels that do not build on each other and no organisation stated (the shape of
the public framework this round read, in words of our own).
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace

import pytest

import compkit

#: A framework laid out as its publisher might: no organisation, levels that do not build.
YAML = """\
schema_version: 1
id: tinyco
title: Tinyco Skills
organisation: (organisation not stated)
cumulative: false
levels:
  - {id: learning, name: Learning, rank: 1}
  - {id: competent, name: Competent, rank: 2}
  - {id: mastering, name: Mastering, rank: 3}
groups:
  - {id: company, name: Company}
competencies:
  - id: growth-mindset
    name: Growth Mindset
    group: company
    indicators:
      - {id: growth-mindset-learning-1, level: learning, text: "Asks for feedback on their own drafts."}
      - {id: growth-mindset-competent-1, level: competent, text: "Gives feedback that names one thing to change."}
      - {id: growth-mindset-mastering-1, level: mastering, text: "Runs the team's review of what went well."}
  - id: code-quality
    name: Code Quality
    group: company
    indicators:
      - {id: code-quality-learning-1, level: learning, text: "Follows the team's style guide."}
      - {id: code-quality-competent-1, level: competent, text: "Writes tests for the code they change."}
      - {id: code-quality-mastering-1, level: mastering, text: "Sets the standards other teams adopt."}
"""


@pytest.fixture
def tiny(tmp_path):
    path = tmp_path / "tinyco.yaml"
    path.write_text(YAML, encoding="utf-8")
    return compkit.load(path)


# -- mistyped names: the close ones suggested ------------------------------------------------


def test_a_mistyped_level_suggests_the_close_one(tiny):
    with pytest.raises(compkit.UsageError) as info:
        tiny.profile(level="Competant")
    said = str(info.value)
    # was: "unknown level 'Competant' in framework 'tinyco'; expected one of: learning ..."
    assert said == (
        "unknown level 'Competant' in framework 'tinyco'; did you mean 'Competent'? "
        "Expected one of: learning (Learning), competent (Competent), mastering (Mastering)"
    )


def test_a_name_cut_short_or_plural_suggests_the_whole(tiny):
    with pytest.raises(compkit.UsageError, match=r"did you mean 'Mastering'\?"):
        tiny.level("Master")
    with pytest.raises(compkit.UsageError, match=r"did you mean 'Growth Mindset'\?"):
        tiny.competency("Growth Mindsets")


def test_a_number_of_another_level_suggests_nothing(tiny):
    # "Level 9" is no slip for "Level 1": numbers apart are not suggested
    renamed = replace(
        tiny, level_records=tuple(replace(lv, name=f"Level {lv.rank}") for lv in tiny.level_records)
    )
    with pytest.raises(compkit.UsageError) as info:
        renamed.level("Level 9")
    assert "did you mean" not in str(info.value)


def test_a_rank_out_of_range_says_the_ranks(tiny):
    with pytest.raises(compkit.UsageError) as info:
        tiny.level(7)
    # was: "unknown level 7 in framework 'tinyco'; expected one of: learning (Learning), ..."
    assert str(info.value).startswith(
        "unknown level 7 in framework 'tinyco': its levels rank 1 to 3; expected one of:"
    )


def test_a_mistyped_indicator_id_suggests_the_close_one(tiny):
    with pytest.raises(compkit.UsageError, match=r"; did you mean 'code-quality-competent-1'\? "):
        tiny.indicator("code-quality-competant-1")


# -- the framework as a notebook shows it ----------------------------------------------------


def test_repr_leaves_out_a_placeholder_organisation(tiny):
    # was: "<Framework 'tinyco': Tinyco Skills ((organisation not stated)); ...>"
    assert (
        repr(tiny) == "<Framework 'tinyco': Tinyco Skills; 3 levels, 2 competencies, 6 indicators>"
    )
    assert repr(compkit.load("wsx")).startswith(
        "<Framework 'wsx': Staff Competency Framework (WSX Mind); 5 levels, 4 clusters"
    )


def test_a_framework_shows_in_a_notebook_as_a_card_by_name(tiny):
    card = tiny._repr_html_()  # was: no _repr_html_, the notebook showed the repr
    assert "<b>Tinyco Skills</b>" in card and "not stated" not in card
    assert "3 levels, 2 competencies in 1 group and 6 statements" in card
    assert "the levels do not build on each other" in card
    header = card[card.index("<thead>") : card.index("</thead>")]
    assert all(w in header for w in ("Group", "Competency", "Learning", "Competent", "Mastering"))
    assert "Growth Mindset" in card and "growth-mindset" not in card  # names, not ids


def test_the_card_escapes_and_shows_undefined_cells_as_a_dash(tiny):
    odd = replace(tiny, title="Skills <b>& more</b>")
    card = odd._repr_html_()
    assert "Skills &lt;b&gt;&amp; more&lt;/b&gt;" in card
    wsx = compkit.load("wsx")._repr_html_()
    assert "Demonstrating Personal Qualities" in wsx and "<NA>" not in wsx and "nan" not in wsx


def test_a_long_framework_lists_its_first_competencies_and_counts_the_rest(tiny):
    from compkit.framework.display import framework_html

    card = framework_html(tiny, most=1)
    assert "Growth Mindset" in card and "Code Quality" not in card
    assert "… and 1 competency more" in card


# -- the explorer ----------------------------------------------------------------------------


def test_the_explorer_follows_a_framework_whose_levels_do_not_build(tiny):
    from compkit.framework.explorer import explorer

    ex = explorer({"mine": tiny})
    # was: ticked, so Competent showed Learning's statements too, "up to and including"
    assert ex.cumulative.value is False
    ex.level.value = "competent"
    assert ex.selection()["level"].unique().tolist() == ["competent"]
    assert "2 indicators, all competencies, at Competent" in ex.output.value
    ex.competency.value = "code-quality"
    assert "1 indicator, Code Quality, at Competent" in ex.output.value  # was "1 indicators"


def test_the_explorer_names_a_framework_once_and_no_placeholder(tiny):
    from compkit.framework.explorer import explorer

    ex = explorer({"mine": tiny, "wsx": compkit.load("wsx")})
    labels = [label for label, _ in ex.framework.options]
    # was: "Tinyco Skills: Tinyco Skills" and "Tinyco Skills ((organisation not stated))"
    assert labels == ["Tinyco Skills", "WSX Mind: Staff Competency Framework"]
    assert ex.summary.value == "<p>Tinyco Skills</p>"
    ex.framework.value = "wsx"
    assert ex.cumulative.value is True
    assert ex.summary.value == "<p>Staff Competency Framework (WSX Mind)</p>"


# -- a compkit error in IPython --------------------------------------------------------------

IPYTHON = r"""
import re
from IPython.core.interactiveshell import InteractiveShell

shell = InteractiveShell.instance()
for cell in ["import compkit", "compkit.load('wsx').level('Skiled')", "%tb", "1/0"]:
    print(f"=== {cell}", flush=True)
    print("success:", shell.run_cell(cell).success, flush=True)
"""


def _ipython_cells(script: str) -> dict[str, str]:
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=True
    )
    out = re.sub(r"\x1b\[[0-9;]*m", "", done.stdout)
    parts = re.split(r"^=== (.*)$", out, flags=re.M)[1:]
    return dict(zip(parts[::2], parts[1::2], strict=True))


def test_a_compkit_error_in_ipython_shows_as_its_message():
    cells = _ipython_cells(IPYTHON)
    said = cells["compkit.load('wsx').level('Skiled')"]
    lines = [line for line in said.splitlines() if line.strip()]
    # was: 25 lines of compkit's frames ("File .../model.py:236, in Framework.level"), then this
    assert lines == [
        "An exception has occurred, use %tb to see the full traceback.",
        "UsageError: unknown level 'Skiled' in framework 'wsx'; did you mean 'Skilled'? "
        "Expected one of: core (Core), skilled (Skilled), supervisory (Supervisory), "
        "management (Management), executive (Executive)",
        "success: False",  # the cell still fails: Run All stops there
    ]
    assert "lookup.py" in cells["%tb"] and "Traceback" in cells["%tb"]  # the whole, when asked
    assert "Traceback" in cells["1/0"] and "----> 1 1/0" in cells["1/0"]  # others: as they were


def test_a_handler_already_registered_is_left_alone():
    script = IPYTHON.replace(
        "for cell in [",
        "shell.set_custom_exc((KeyError,), lambda *a, **k: ['mine'])\nfor cell in [",
    ).replace(
        '"1/0"]',
        '"1/0", "from compkit.framework import errorview", '
        '"print(errorview.register(), errorview.unregister())"]',
    )
    cells = _ipython_cells(script)
    assert "File " in cells["compkit.load('wsx').level('Skiled')"]  # the full traceback
    assert "False False" in cells["print(errorview.register(), errorview.unregister())"]


def test_a_record_shows_what_it_holds(tiny):
    # was: Competency(id=..., description='', group='company', values=(), levels=(),
    # source=SourceRef(lines=(), numbers=(), ref='', file='', page=None, sheet='', ...), ...)
    assert repr(tiny.competency("growth mindset")) == (
        "Competency(id='growth-mindset', name='Growth Mindset', group='company')"
    )
    from compkit.framework.records import Indicator, SourceRef

    made = Indicator("x-1", "x", "l1", 1, "Plans.", source=SourceRef(sheet="Skills", cell="D2"))
    assert repr(made) == (
        "Indicator(id='x-1', competency='x', level='l1', position=1, text='Plans.', "
        "source=SourceRef(sheet='Skills', cell='D2'))"
    )
    assert eval(repr(made), {"Indicator": Indicator, "SourceRef": SourceRef}) == made


def test_a_profile_of_one_competency_by_name(tiny):
    # was: TypeError: Framework.profile() got an unexpected keyword argument 'competency'
    rows = tiny.profile(level="Mastering", competency="Code Quality", cumulative=True)
    assert rows["indicator_id"].tolist() == [
        "code-quality-learning-1",
        "code-quality-competent-1",
        "code-quality-mastering-1",
    ]
    assert len(tiny.profile(level="Mastering", competency="code-quality")) == 1  # not cumulative
    with pytest.raises(compkit.UsageError, match=r"did you mean 'Code Quality'\?"):
        tiny.profile(level="Mastering", competency="Code Qualty")


def test_the_graph_says_what_it_holds(tiny, tmp_path):
    import networkx as nx

    graph = compkit.to_graph(tiny, "wsx")
    # was: <networkx.classes.multidigraph.MultiDiGraph at 0x7f40e511a610>
    assert repr(graph) == (
        f"<FrameworkGraph of Tinyco Skills and WSX Mind: {graph.number_of_nodes()} nodes, "
        f"{graph.number_of_edges()} edges>"
    )
    assert isinstance(graph, nx.MultiDiGraph) and isinstance(graph.copy(), type(graph))
    back = compkit.framework.read_graphml(compkit.framework.write_graphml(graph, tmp_path / "g"))
    assert repr(back) == repr(graph)


def test_a_role_needing_a_competency_at_no_stated_level_is_in_the_graph(tmp_path):
    path = tmp_path / "roles.yaml"
    path.write_text(
        YAML + "roles:\n  - id: lead\n    name: Lead\n"
        "    requires: {growth-mindset: competent, code-quality: null}\n",
        encoding="utf-8",
    )
    graph = compkit.to_graph(compkit.load(path))  # was: KeyError: None
    needs = {
        v.rsplit(":", 1)[-1]: d.get("level_name")
        for u, v, d in graph.edges(data=True)
        if d["type"] == "requires"
    }
    assert needs == {"growth-mindset": "Competent", "code-quality": None}
    back = compkit.framework.read_graphml(
        compkit.framework.write_graphml(graph, tmp_path / "roles.graphml")
    )
    assert back.number_of_edges() == graph.number_of_edges()


def test_a_list_where_a_name_belongs_is_said_in_words(tiny):
    # was: TypeError: unhashable type: 'list'
    with pytest.raises(compkit.UsageError) as info:
        tiny.competency(["Growth Mindset", "Code Quality"])
    assert str(info.value) == (
        "expected an id or a name of a competency of framework 'tinyco' (a string), "
        "got list ['Growth Mindset', 'Code Quality']"
    )
    import numpy as np

    assert tiny.level(np.int64(2)).name == "Competent"  # a rank read from a table still is one


def test_an_empty_path_is_said_to_be_empty():
    # was: ": is a folder; expected the path of a framework YAML file"
    with pytest.raises(
        compkit.FrameworkNotFoundError, match=r"^no framework named: got an empty path"
    ):
        compkit.load("")
