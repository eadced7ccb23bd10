"""A framework as a notebook shows it: a card with its shape and its statements per cell.

:meth:`Framework._repr_html_ <compkit.framework.model.Framework>` calls :func:`framework_html`,
so a framework left as a cell's last line reads as a short card, not as its ``repr``: the
title and organisation, how many levels, competencies (in the framework's own word) and
statements, whether the levels build on each other, and a table of statements per competency
and level, by name. Everything is escaped; nothing here computes what the tables do not.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from .._words import join, plural
from .lookup import rank_gap
from .naming import titled

if TYPE_CHECKING:
    from .model import Framework

__all__ = ["framework_html"]

#: The most competencies the card's table lists; the rest are counted under it.
MOST_ROWS = 40

_CELL = "padding:2px 8px;border-bottom:1px solid #ddd"


def framework_html(fw: Framework, *, most: int = MOST_ROWS) -> str:
    """The framework as an HTML card: title, shape and statements per competency and level.

    Parameters
    ----------
    fw : Framework
        The framework to show.
    most : int
        The most competencies listed in the table (the others are counted below it).

    Returns
    -------
    str
        An HTML fragment (a ``div`` of class ``compkit-framework``), every text escaped.

    Examples
    --------
    >>> import compkit
    >>> card = framework_html(compkit.load("wsx"))
    >>> "Staff Competency Framework" in card, "Managing Work" in card, "<NA>" in card
    (True, True, False)
    """
    esc = html.escape
    term = fw.competency_term
    shape = [plural(len(fw.level_records), "level"), plural(len(fw.competency_records), term)]
    if fw.group_records:
        shape[-1] += f" in {plural(len(fw.group_records), 'group')}"
    negative = sum(i.polarity == "ineffective" for i in fw.indicator_records)
    statements = plural(len(fw.indicator_records), "statement")
    if negative:
        statements += f" ({negative} of them ineffective)"
    shape.append(statements)
    if fw.role_records:
        shape.append(plural(len(fw.role_records), "role"))
    builds = (
        "the levels build on each other (a higher level includes the ones below)"
        if fw.cumulative
        else "the levels do not build on each other"
    )
    gap = rank_gap(fw.level_records)
    head = (
        f"<p style='margin:0 0 4px'><b>{esc(titled(fw))}</b></p>"
        f"<p style='margin:0 0 6px'>{esc(join(shape))}; {esc(builds)}"
        f"{'; ' + esc(gap) if gap else ''}.</p>"
    )
    return (
        f"<div class='compkit-framework'>{head}{_counts_table(fw, most)}"
        f"<p style='margin:6px 0 0;color:#555'>framework id <code>{esc(fw.id)}</code>; "
        f"the tables: <code>.indicators</code>, <code>.competencies</code>, "
        f"<code>.levels</code>, <code>.counts()</code>, <code>.profile(level=…)</code></p></div>"
    )


def _counts_table(fw: Framework, most: int) -> str:
    """Effective statements per competency (rows, by name) and level (columns, by name)."""
    if not fw.competency_records or not fw.level_records:
        return ""
    esc = html.escape
    table = fw.counts()
    groups = {g.id: g.name for g in fw.group_records}
    show_group = bool(groups)
    head = "".join(
        f"<th style='{_CELL};text-align:right'>{esc(lv.name)}</th>" for lv in fw.level_records
    )
    lead = f"<th style='{_CELL};text-align:left'>{esc(fw.competency_term.capitalize())}</th>"
    if show_group:
        lead = f"<th style='{_CELL};text-align:left'>Group</th>" + lead
    rows, last = [], None
    for comp in fw.competency_records[:most]:
        cells = "".join(
            f"<td style='{_CELL};text-align:right'>{_count(table.at[comp.id, lv])}</td>"
            for lv in fw.level_ids
        )
        name = f"<td style='{_CELL};text-align:left'>{esc(comp.name)}</td>"
        if show_group:  # a group's name on its first row only, as a printed table has it
            group = groups.get(comp.group, "") if comp.group != last else ""
            name = f"<td style='{_CELL};text-align:left;color:#555'>{esc(group)}</td>" + name
            last = comp.group
        rows.append(f"<tr>{name}{cells}</tr>")
    more = len(fw.competency_records) - most
    foot = (
        f"<p style='margin:4px 0 0;color:#555'>… and {plural(more, fw.competency_term)} more "
        f"(<code>.counts()</code> has them all)</p>"
        if more > 0
        else ""
    )
    negative = any(i.polarity == "ineffective" for i in fw.indicator_records)
    what = "Effective statements" if negative else "Statements"
    undefined = "; – where the publisher defined none" if table.isna().any().any() else ""
    caption = (
        f"<caption style='text-align:left;color:#555'>{what} per {esc(fw.competency_term)} "
        f"and level{undefined}</caption>"
    )
    return (
        f"<table class='compkit-counts' style='border-collapse:collapse'>{caption}"
        f"<thead><tr>{lead}{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>{foot}"
    )


def _count(value) -> str:
    """A count as the table shows it: the number, or a dash for an undefined cell."""
    import pandas as pd

    return "–" if pd.isna(value) else f"{int(value):,}"
