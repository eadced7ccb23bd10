"""A lead-in is said to be a stem only when it is kept as one.

The report said "'X:' leads into the … cell: a stem" for every lead-in a reader met, then, for
a lead-in over few cells, "lead-in 'X:' opens 2 of 8 cells, no stem; not kept": two lines that
contradict each other (hanfak's analyst ladder, twenty-first round). The note now comes from the
draft once it has placed the stems (`ingest/stemnotes.py`).
"""

from __future__ import annotations

import compkit

CELL = "### Level {}\n\n{}- {}.\n\n"


def _page(tmp_path, leads: dict):
    body = "# Ladder\n\n"
    for comp in ("Listening", "Writing", "Planning", "Coaching"):
        body += f"## {comp}\n\n"
        for n in (1, 2):
            lead = leads.get((comp, n), "")
            body += CELL.format(n, f"{lead}\n\n" if lead else "", f"{comp.lower()} at level {n}")
    page = tmp_path / "ladder.md"
    page.write_text(body, encoding="utf-8")
    return compkit.ingest(page)


def _said(result) -> list[str]:
    return [m for m in result.report.to_frame().message if "stem" in m]


def test_a_lead_in_over_few_cells_is_not_said_to_be_a_stem(tmp_path):
    result = _page(tmp_path, {("Listening", 2): "In order to understand:"})
    said = _said(result)
    assert not any(m.endswith(": a stem") for m in said), said
    assert any("opens one cell only, no stem; not kept" in m for m in said), said
    assert result.document.get("stem") is None


def test_a_stem_kept_is_said_once_with_its_cells(tmp_path):
    leads = {(c, n): "You can:" for c in ("Listening", "Writing", "Planning", "Coaching")
             for n in (1, 2)}  # fmt: skip
    result = _page(tmp_path, leads)
    assert result.document.get("stem") == "You can:"
    assert _said(result) == [
        "'You can:' leads into the Level 1 \"Listening\" cell and 7 other cells: a stem"
    ]


def test_a_stem_the_user_gives_is_not_said_to_be_read(tmp_path):
    page = tmp_path / "ladder.md"
    page.write_text(
        "# Ladder\n\n## Listening\n\n### Level 1\n\nYou can:\n\n- hear others out.\n\n"
        "### Level 2\n\nYou can:\n\n- sum up a debate.\n",
        encoding="utf-8",
    )
    result = compkit.ingest(page, stem="You can:")
    assert not any(m.endswith(": a stem") for m in _said(result))
