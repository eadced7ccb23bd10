"""Twenty-seventh round, helper J: "change" and "flexible" read in the theme's sense only.

HSE's "flexible when employees need time off" and "not giving enough notice of shift changes"
were tagged "Change and innovation" (issue left by the twenty-sixth round): a change to a rota
or to a system's code, and flexibility over working time, are no change in the theme's sense.
Over 92 frameworks (every framework file under ``tests/data`` and ``data/frameworks``, and the
probe and corpus documents ingested) 9 tags went, every one read and intended, none added.
"""

from __future__ import annotations

from pathlib import Path

from compkit.compare.themes import assign_themes

DATA = Path(__file__).parent / "data"


def _changed(framework) -> set[str]:
    t = assign_themes(framework)
    return set(t.loc[t["theme_id"] == "change", "indicator_id"])


def test_a_rota_a_systems_code_and_working_time_are_no_change():
    found = _changed(DATA / "probe27j" / "change-senses.yaml")
    kept = {f"adapting-one-{k}" for k in (1, 2, 3, 4)}  # leading, open to, changing, flexibly
    assert found == kept


def test_hse_keeps_organisational_change_only():
    found = _changed(DATA / "corpus" / "hse-stress-competencies.yaml")
    assert found == {"communication-neg-3"}  # "... communication on organisational change"
