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
