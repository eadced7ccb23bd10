"""The ingest report's note on each stem kept: said once, with the cells it opens.

A reader records every lead-in that opens a cell ("You can:"); the draft then decides which
are the framework's, a level's or a competency's stems and which are no stems at all (a lead-in
over few cells). Only the kept ones are said to be stems, so the report never says a line is a
stem and, further down, that it was not kept.
"""

from __future__ import annotations

from .._words import plural

__all__ = ["say_stems"]


def _texts(placed: dict) -> set[str]:
    out: set[str] = set()
    for value in placed.values():
        out.update(value.values() if isinstance(value, dict) else [value])
    return {t for t in out if t}


def say_stems(draft, placed: dict, given: str | None = None) -> dict:
    r"""Report each stem of ``placed`` the document printed, once; return ``placed``.

    ``draft`` is the :class:`compkit.ingest.draft.Draft` whose ``stems`` were read (competency
    key, level key, text, source, side...); a stem the user ``given`` is not said.

    Examples
    --------
    >>> import pathlib, tempfile, compkit
    >>> page = pathlib.Path(tempfile.mkdtemp()) / "ladder.md"
    >>> cell = "### Level {}\n\nYou can:\n\n- {}.\n\n"
    >>> _ = page.write_text(
    ...     "# Ladder\n\n## Listening\n\n" + cell.format(1, "hear others out")
    ...     + cell.format(2, "sum up a debate") + "## Writing\n\n"
    ...     + cell.format(1, "write a note") + cell.format(2, "write a report")
    ... )
    >>> [m for m in compkit.ingest(page).report.to_frame().message if "stem" in m]
    ['\'You can:\' leads into the Level 1 "Listening" cell and 3 other cells: a stem']
    """
    if given:
        return placed
    kept = _texts(placed)
    cells: dict[str, list[tuple]] = {}
    for ckey, lkey, text, src, *_ in draft.stems:
        if text in kept:
            cells.setdefault(text, []).append((ckey, lkey, src))
    for text, where in cells.items():
        ckey, lkey, src = where[0]
        first = f'the {draft.levels[lkey].name} "{draft.competencies[ckey].name}" cell'
        more = f" and {plural(len(where) - 1, 'other cell')}" if len(where) > 1 else ""
        draft.report.add("guess", f"{text!r} leads into {first}{more}: a stem", 0.8, src)
    return placed
