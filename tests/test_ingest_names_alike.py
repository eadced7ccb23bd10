"""Names alike but for case ("People" and "people", "Team lead" and "Team Lead") read back.

Was: any render of such a framework failed to ingest, an internal error (StopIteration) for
the groups, and a duplicate role id once that was mended. Found by the authoring probe (E,
twenty-third round) on a self-written checker fixture.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import compkit
from compkit.authoring import render

HARBOUR = Path(__file__).parent / "data" / "checks" / "probe19e3" / "harbour.yaml"


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_a_render_with_names_alike_but_for_case_reads_back(tmp_path, fmt):
    framework = compkit.load(HARBOUR)
    path = tmp_path / f"harbour.{fmt}"
    render(framework, path)
    back = compkit.ingest(path).framework
    assert sorted(back.indicators["text"]) == sorted(framework.indicators["text"])
    roles = {r.name: r.id for r in back.role_records}
    assert set(roles) == {"Team lead", "Team Lead"}
    assert len(set(roles.values())) == 2  # ids told apart: team-lead, team-lead-2
