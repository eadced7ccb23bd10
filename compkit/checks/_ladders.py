"""A job ladder read as many competencies, each at one level (rule S001 speaks once).

A ladder whose levels each list their own themes ("I write good quality code ..." under
Graduate Engineer, "I am a technical mentor" under Senior Engineer) read with the themes as
competencies leaves every competency empty at all levels but one: one finding a competency
would say the same thing thirty times. Where most competencies hold statements at one level
only, and those levels differ, the empty cells are the layout's, said once.
"""

from __future__ import annotations

from .._words import plural

#: At least this share of the competencies, and at least ``LEAST`` of them, at one level each.
SHARE, LEAST = 0.75, 4
#: ... spread over at least this many levels of a framework of at least as many.
SPREAD = 3


def ladder_sections(fw, ind) -> dict | None:
    """S001's one finding for a ladder of per-level sections read as competencies, or None.

    Examples
    --------
    >>> import pandas as pd
    >>> from types import SimpleNamespace as NS
    >>> fw = NS(level_ids=["a", "b", "c"], competency_records=[NS(id=c) for c in "wxyz"],
    ...     competency=lambda c: NS(name=c.upper()))
    >>> ind = pd.DataFrame({"competency_id": list("wxyz"), "level": list("abca")})
    >>> ladder_sections(fw, ind)["message"][:62]
    '4 of 4 competencies have statements at one level each (W, X, Y'
    """
    if len(fw.level_ids) < SPREAD or ind.empty:
        return None
    levels = ind.groupby("competency_id")["level"].unique()
    single = [c.id for c in fw.competency_records if len(levels.get(c.id, ())) == 1]
    comps = len(fw.competency_records)
    spread = {levels[c][0] for c in single}
    if len(single) < max(LEAST, SHARE * comps) or len(spread) < SPREAD:
        return None
    names = ", ".join(fw.competency(c).name for c in single[:3])
    return {
        "competency_id": single[0],
        "level": levels[single[0]][0],
        "message": f"{len(single)} of {plural(comps, 'competency')} have statements at one "
        f"level each ({names}, ...), over {plural(len(spread), 'level')}: each level lists "
        "its own sections, as a job ladder does, so the other cells are not gaps; if these "
        "are a ladder's sections, read them as one competency (or declare each one's levels)",
    }
