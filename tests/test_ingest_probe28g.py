"""Round 28, helper G: Markdown and web-page frameworks never seen before.

Fixtures in ``tests/data/probe28g/`` (see its README for sources and licences).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compkit.ingest.api import ingest

DATA = Path(__file__).parent / "data" / "probe28g"

_ROLES = ["Contributors", "Maintainers", "Leaders"]
_LISTS = [
    "Prerequisites: Indicators to look for before promotion",
    "Expectations",
    "Recognition, Access, Effect of access",
]


@pytest.mark.parametrize(
    "name", ["allstar-contributor-ladder.md", "web/allstar-contributor-ladder.html"]
)
def test_a_table_of_roles_by_what_each_asks_reads_as_a_role_ladder(name):
    result = ingest(DATA / name)
    fw = result.framework
    assert fw.levels["level_name"].tolist() == _ROLES
    assert fw.competencies["competency"].tolist() == _LISTS
    ind = fw.indicators
    grid = ind.groupby(["competency", "level_name"]).size()
    assert len(grid) == 9
    assert set(grid) == {1}
    cell = ind.loc[(ind["competency"] == "Expectations") & (ind["level_name"] == "Maintainers")]
    assert cell["text"].tolist()[0].startswith("Available to have PRs assigned to them for review")
    notes = "\n".join(n.message for n in result.report.notes)
    assert "a table of 3 roles (Contributors, Maintainers, Leaders)" in notes
