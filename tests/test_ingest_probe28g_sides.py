"""Round 28, helper G's patch: a list of what to avoid beside the competencies ("### Red flags").

Fixtures in ``tests/data/probe28g/`` (see its README for sources and licences).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compkit.ingest.api import ingest

DATA = Path(__file__).parent / "data" / "probe28g"


@pytest.mark.parametrize(
    ("name", "flags"), [("socialbakers-engineer-l2.md", 2), ("socialbakers-engineer-l3.md", 6)]
)
def test_a_red_flags_list_beside_the_competencies_reads_as_ineffective(name, flags):
    result = ingest(DATA / name)
    ind = result.framework.indicators
    side = ind.loc[ind["polarity"] == "ineffective"]
    assert len(side) == flags
    assert set(side["competency"]) == {"Red flags"}
    assert set(ind.loc[ind["competency"] != "Red flags", "polarity"]) == {"effective"}
    notes = "\n".join(n.message for n in result.report.notes)
    assert f"the {flags} statements under 'Red flags' read as ineffective" in notes

    hinted = ingest(DATA / name, polarity="Red flags").framework.indicators
    assert (hinted["polarity"] == "ineffective").sum() == flags  # the hint still decides
