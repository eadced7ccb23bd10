"""The content of the comparison report, once, for every output (HTML, Markdown, Word).

:func:`build_report` computes every table and picture of the report and returns a
:class:`Report`: a title block, an executive summary in prose, and sections made of paragraphs,
tables (already in words: :func:`compkit.compare.present.readable`) and pictures (PNG bytes). The
renderers in :mod:`compkit.compare.report` and :mod:`compkit.compare.report_docx` only lay it
out. Figures describe what a holder must show (effective statements); negative indicators and
cells the publisher left undefined are reported as their own findings.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from .._words import plural, possessive
from ..framework.model import titled
from ._reportargs import report_date, text_arguments
from ._rungs import every_levels
from .present import MISSING, fmt, readable
from .report_model import Figure, Report, Section, Table, figure_block

if TYPE_CHECKING:
    from ..framework.model import Framework

__all__ = ["GRAPH_LIMIT", "build_report", "report_language"]

#: A framework graph is drawn up to this many competencies; beyond, the table says more.
GRAPH_LIMIT = 14


def _effective(fw: Framework) -> int:
    return int((fw.indicators["polarity"] == "effective").sum())


def build_report(
    a: Framework | str | os.PathLike,
    b: Framework | str | os.PathLike,
    *,
    title: str | None = None,
    author: str = "",
    date: dt.date | str | None = None,
    crosswalk: str | os.PathLike | pd.DataFrame | bool | None = None,
    appendix: bool = True,
) -> Report:
    """Compute the comparison report of ``a`` and ``b`` (see :func:`compkit.write_report`).

    Examples
    --------
    >>> r = build_report("cis", "wsx", date="2027-01-15", appendix=False)
    >>> r.date, [s.title for s in r.sections][:3:2]
    ('15 January 2027', ['Key figures', 'Shape'])
    >>> r.sections[1].title  # the reviewed cross-walk of CiS and WSX Mind ships with compkit
    'Cross-walk: what each framework has that the other has not'

    """
    from . import tables, themes
    from .headlines import headline_differences
    from .mapping import report_mappings
    from .report_polarity import polarity_section
    from .report_sections import (
        appendix_section,
        crosswalk_section,
        executive_summary,
        kind,
        versions,
    )
    from .tongues import english_readings
    from .values_table import values_map

    text_arguments(title=title, author=author)
    # a title or author of spaces alone is none (the default title; no author line), and a line
    # break typed into one is a space: it was an empty heading ("# ") or a heading cut in two
    title, author = (" ".join(v.split()) if v else v for v in (title, author))
    fa, fb = tables._load((a, b))
    fws = (fa, fb)
    mapped = report_mappings(crosswalk, fa, fb)  # first: a bad cross-walk is said at once
    assigned = themes.assign_themes(fa, fb)
    heads = headline_differences(fa, fb)
    if english_readings(fws):  # read by English words: not on a framework in another language
        heads = heads[~heads["aspect"].isin(["voice", "scope"])]
    gaps = themes.theme_gaps(fa, fb, assignments=assigned)
    over = tables.compare_overview(fa, fb)
    cw = crosswalk_section(mapped, fa, fb) if mapped is not None else None
    two = kind(fa, fb)
    key = [
        "The figures behind the summary, each with a sentence saying what it means. "
        f"Every figure is computed from the two {two} as published, statement by statement."
    ]
    if versions(fa, fb):
        key.append(
            "This report compares the two versions as wholes; what changed, statement by "
            "statement, is in their change log (compkit diff, or compkit.diff in Python) and in "
            "the new version with every change tracked (compkit diff --format docx)."
        )
    sections = [
        Section(
            "Key figures",
            key,
            [Table("Headline differences", _headlines(heads, fws), wide="Finding")],
        ),
        _shape(over, fws, two),
        _levels(tables.compare_levels(fa, fb), fws),
        _competencies(tables.compare_competencies(fa, fb), fws),
        _voice(tables.voice_shares(fa, fb), tables.statement_lengths(fa, fb), fws),
        _scope(tables.scope_by_level(fa, fb), fws),
        _themes(gaps, assigned, fws, appendix=appendix),
        _values(values_map(fa, fb), fws),
        _graphs(fws),
    ]
    # voice, scope and themes are read by English words: not on a framework in another language
    if note := english_readings(fws):
        sections[4:7] = [Section("Voice, scope and themes", [note])]
    negative = polarity_section(fa, fb)
    if negative is not None:
        sections.insert(1, negative)
    if cw is not None:
        sections.insert(1, cw)
    if appendix:
        sections.append(appendix_section(fws, assigned, mapped))
    what = "versions" if versions(fa, fb) else "competency frameworks"
    # a name holding a colon ("Acme: Engineering") takes a dash, so no colon reads as the break
    cut = " — " if ":" in fa.label + fb.label else ": "
    return Report(
        title=title or f"{fa.label} and {fb.label}{cut}how the two {what} compare",
        subtitle=(
            f"Two versions of {titled(fa)}{' — ' if ':' in titled(fa) else ': '}"
            f"{fa.label} and {fb.label}"
            if versions(fa, fb)
            else f"{titled(fa)} and {titled(fb)}"
        ),
        author=author,
        date=report_date(date),
        summary=executive_summary(fa, fb, over, gaps, mapped),
        sections=[s for s in sections if s is not None],
        language=report_language(fa, fb),
    )


def report_language(*fws: Framework) -> str:
    """The report's language: US English when every framework is, else British English.

    Examples
    --------
    >>> import compkit
    >>> report_language(compkit.load("cis"), compkit.load("wsx"))
    'en-GB'
    """
    us = all((fw.language or "").casefold().replace("_", "-") == "en-us" for fw in fws)
    return "en-US" if us and fws else "en-GB"


# -- sections -----------------------------------------------------------------------------------
def _headlines(heads: pd.DataFrame, fws) -> pd.DataFrame:
    heads = heads.assign(aspect=heads["aspect"].str.capitalize())
    heads["measure"] = heads["measure"].str[:1].str.upper() + heads["measure"].str[1:]
    return readable(heads, fws)


_OVERVIEW_ROWS = {
    "organisation": "Organisation",
    "title": "Framework",
    "competency term": "Word for a competency",
    "cumulative": "Levels are cumulative",
    "levels": "Levels",
    "competencies": "Competencies",
    "groups": "Groups of competencies",
    "values": "Organisational values named",
    "roles": "Role profiles",
    "indicators": "Statements (all)",
    "effective indicators": "Statements a holder must show (effective)",
    "negative indicators": "Negative indicators (what not to do)",
    "cells not defined by the publisher": "Cells the publisher left undefined",
    "indicators per cell (mean)": "Statements per competency and level (mean)",
    "words per statement (median)": "Words per statement (median)",
    "statements a top-level holder must show": "Statements a top-level holder must show",
    "statements per level (lowest to highest)": "Statements per level (lowest to highest)",
    "first person (%)": "Written in the first person (%)",
    "second person (%)": "Written in the second person (%)",
    "third person (%)": "Written in the third person (%)",
    "beyond own work (%)": "Reaching beyond the holder's own work (%)",
    "organisation or sector scope (%)": "Reaching the organisation or sector (%)",
    "competencies expressing a value": "Competencies expressing a value",
    "recorded repairs": "Statements joined where the source's layout broke them",
}


def _shape(over: pd.DataFrame, fws, two: str = "frameworks") -> Section:
    from .plots import plot_counts
    from .tongues import held_back

    shown = over.loc[[k for k in _OVERVIEW_ROWS if k in over.index]]
    shown = shown.rename(index=_OVERVIEW_ROWS).rename_axis(index="measure")
    cells = shown.map(lambda v: fmt(v) if isinstance(v, float) else v)
    cells = cells.map(lambda v: fmt(v.item() if hasattr(v, "item") else v))
    cells = held_back(cells, fws, _OVERVIEW_ROWS)  # voice, scope and words not read: said
    if "Organisation" in cells.index:  # a framework naming none: said, not an empty cell
        cells.loc["Organisation"] = cells.loc["Organisation"].replace({"": "not stated"})
    table = readable(cells.reset_index().astype(str), fws)
    fig = figure_block("counts", "Statements per competency and level", plot_counts(*fws))
    return Section(
        "Shape",
        ["Size, levels and the way statements are written, side by side."],
        [Table(f"The two {two} at a glance", table, wide="Measure"), fig],
    )


def _levels(levels: pd.DataFrame, fws) -> Section:
    # a side list of negative indicators ("All levels" beside the grades) is no grade: it has
    # no position, stays out of the table, and the grades are ranked without it
    every = pd.Series(False, index=levels.index)  # "All Levels" before IC1: shown, unranked
    for fw in fws:
        every |= (levels["framework"] == fw.id) & levels["level"].isin(every_levels(fw))
    side = levels["level_position"].isna() & ~every
    said = [
        f"{fw.label}'s " + " and ".join(f"'{n}'" for n in levels.loc[mine & side, "level_name"])
        for fw in fws
        if (side & (mine := levels["framework"] == fw.id)).any()
    ]
    apart = [
        f"{possessive(fw.label)} "
        + " and ".join(f"'{n}'" for n in levels.loc[mine & every, "level_name"])
        for fw in fws
        if (every & (mine := levels["framework"] == fw.id)).any()
    ]
    levels = levels[~side].assign(rung=~every[~side])
    levels = levels.assign(
        level_rank=(levels.groupby("framework", sort=False)["rung"].cumsum()).where(levels["rung"])
    )
    cols = ["framework", "level_rank", "level_name", "n_indicators", "n_cumulative"]
    cols += ["n_competencies", "median_words"]
    for extra in ("n_negative", "n_undefined"):
        if levels[extra].sum():
            cols.append(extra)
    text = (
        "Levels are compared by rank (1 is the lowest). Where a framework is cumulative, a "
        "holder of a level must also show every level below it: the 'must show' column "
        "counts them all."
    )
    if said:
        text += (
            f" {' and '.join(said)} {'holds' if len(said) == 1 else 'hold'} only negative "
            "indicators, each competency's once for every grade: no level of its own, left "
            "out here (see the section on negative indicators)."
        )
    if apart:
        text += (
            f" {' and '.join(apart)} {'holds' if len(apart) == 1 else 'hold'} statements set "
            "once for every level: no rung of the ladder, shown unranked (–); they apply to "
            "every holder, so a cumulative framework's 'must show' counts them at each level."
        )
    from .tongues import uncounted

    text += f" {uncounted(fws)}" if uncounted(fws) else ""  # Japanese: no median words
    return Section("Levels side by side", [text], [Table("Levels", readable(levels[cols], fws))])


def _competencies(comps: pd.DataFrame, fws) -> Section:
    names = {fw.id: {v.id: v.name for v in fw.value_records} for fw in fws}
    values = [
        ", ".join(names[f].get(v.strip(), v.strip()) for v in str(vals).split(",") if v.strip())
        for f, vals in zip(comps["framework"], comps["values"].fillna(""), strict=True)
    ]
    comps = comps.assign(values=values)
    cols = ["framework", "competency"]
    if (comps["group"] != "").any():  # a competency in no group: a dash, not an empty cell
        cols.append("group")
        comps = comps.assign(group=comps["group"].replace({"": MISSING}))
    cols += ["n_indicators", "share", "n_levels", "median_words"]
    if comps["n_negative"].sum():
        cols.append("n_negative")
    if (comps["values"] != "").any():
        cols.append("values")
    terms = " and ".join(dict.fromkeys(fw.competency_term_plural for fw in fws))
    return Section(
        "Competencies",
        [f"Each framework's {terms}, with the share of its statements each one holds."],
        [Table("Competencies side by side", readable(comps[cols], fws))],
    )


def _voice(voices: pd.DataFrame, lengths: pd.DataFrame, fws) -> Section:
    from .._plotting import VOICE_LABELS
    from .plots import plot_lengths

    cells = voices.assign(
        cell=[
            f"{n:,} ({s:.1f}%)" if pd.notna(s) else MISSING
            for n, s in zip(voices["n"], voices["share"], strict=True)
        ],
        voice=voices["voice"].map(lambda v: VOICE_LABELS.get(v, v)),
    )
    wide = cells.pivot(index="voice", columns="framework", values="cell")
    wide = wide.reindex(index=list(dict.fromkeys(cells["voice"])), columns=[f.id for f in fws])
    lengths = lengths[["framework", "level_name", "n", "min", "median", "mean", "max"]]
    return Section(
        "Voice and length",
        [
            "How statements are written: 'I take responsibility ...' (first person), 'Takes "
            "responsibility ...' (third person), or fragments and instructions (other)."
        ],
        [
            Table("Voice: statements (share)", readable(wide.reset_index(), fws)),
            Table("Words per statement, by level", readable(lengths, fws)),
            figure_block("lengths", "Words per statement at each level", plot_lengths(*fws)),
        ],
    )


def _scope(scope: pd.DataFrame, fws) -> Section:
    from .._plotting import SCOPE_LABELS
    from .plots import plot_scope

    level_total = scope.groupby(["framework", "level"])["n"].transform("sum")
    scope = scope.assign(share=scope["share"].where(level_total > 0, -1.0))  # -1: no statements
    wide = scope.assign(scope=scope["scope"].map(SCOPE_LABELS)).pivot_table(
        index=["framework", "level_rank", "level_name"],
        columns="scope",
        values="share",
        observed=True,
        sort=False,
    )
    wide = wide.mask(wide < 0)  # a level with no statements has no shares
    wide = wide[list(SCOPE_LABELS.values())].reset_index().rename_axis(columns=None)
    wide = wide.drop(columns="level_rank")
    headers = {name: f"{name.capitalize()} (%)" for name in SCOPE_LABELS.values()}
    return Section(
        "How far expectations reach",
        [
            "Each statement's scope is the widest thing it takes responsibility for: the "
            "holder's own work, people they line-manage, a team or service, or the organisation "
            "and sector beyond it. As levels rise, scope usually widens."
        ],
        [
            Table(
                "Share of each level's statements per scope (%)",
                readable(wide, fws, columns=headers),
            ),
            figure_block("scope", "Scope of statements by level", plot_scope(*fws)),
        ],
    )


def _themes(gaps: pd.DataFrame, assigned: pd.DataFrame, fws, *, appendix: bool = True) -> Section:
    from .plots import plot_theme_coverage, plot_theme_levels
    from .themes import EMPHASIS_SHARE

    fa, fb = fws
    cols = ["theme", fa.id, fb.id, f"{fa.id} %", f"{fb.id} %", "status", "difference"]
    shown = gaps[gaps["status"] != "neither"][cols]
    for fw in fws:
        if not _effective(fw):  # no statements: no share of them, and no difference
            shown = shown.assign(**{f"{fw.id} %": np.nan, "difference": np.nan})
    headers = {fa.id: f"{fa.label} statements", fb.id: f"{fb.label} statements"}
    headers["difference"] = f"Difference ({fa.label} minus {fb.label}, points)"
    by_hand = set(assigned.loc[assigned["method"] == "override", "framework"])
    reviewed = [fw.label for fw in fws if fw.id in by_hand]
    checked = (
        f"then, for {' and '.join(reviewed)}, checked by a reviewer"
        if reviewed
        else "by keywords alone, which no reviewer has checked"
        + (" (read a sample in the appendix)" if appendix else "")  # none without it
    )
    return Section(
        "Themes",
        [
            "Each statement is read against one shared list of about twenty themes an OD "
            "consultant recognises (wellbeing, learning, change, service users, finance ...), "
            f"by the words it uses, {checked}. A statement may carry several "
            "themes. 'Mostly' means at least twice the share of the other framework; the "
            f"summary names a theme as stressed when it also holds {EMPHASIS_SHARE:.0f}% of "
            "that framework's statements or more; a framework 'says little or nothing' of a "
            f"theme holding under {EMPHASIS_SHARE:.0f}% of its statements.",
        ],
        [
            Table(
                "Themes each framework covers, gaps first", readable(shown, fws, columns=headers)
            ),
            figure_block(
                "themes", "Theme coverage", plot_theme_coverage(*fws, assignments=assigned)
            ),
            figure_block(
                "theme-levels", "Themes by level", plot_theme_levels(*fws, assignments=assigned)
            ),
        ],
    )


def _values(vm: pd.DataFrame, fws) -> Section:
    from .plots import plot_values

    texts = [
        f"{fw.label} names {plural(len(fw.value_records), 'value')}: "
        f"{', '.join(v.name for v in fw.value_records)}."
        if fw.value_records
        else f"{fw.label} names no organisational values."
        for fw in fws
    ]
    if not any(fw.value_records for fw in fws):
        from .report_sections import kind

        texts = [f"Neither {kind(*fws)[:-1]} names organisational values."]
    blocks: list[Table | Figure] = []
    if len(vm):
        cols = ["framework", "value", "competency", "n_indicators"]
        blocks.append(
            Table("Values and the competencies that express them", readable(vm[cols], fws))
        )
        blocks.append(figure_block("values", "Values and competencies", plot_values(*fws)))
    return Section("Values", texts, blocks)


def _graphs(fws) -> Section | None:
    from .plots import plot_graph

    drawable = [fw for fw in fws if len(fw.competency_records) <= GRAPH_LIMIT]
    if not drawable:
        return None
    drawn = "Values, competencies" if any(fw.value_records for fw in drawable) else "Competencies"
    text = [
        f"{drawn} and levels as a graph; the thickness of a line is the number of "
        "statements in that competency at that level."
    ]
    text += [
        f"{fw.label} has {len(fw.competency_records)} {fw.competency_term_plural}, too many to "
        "draw legibly: the competencies table above gives the same facts."
        for fw in fws
        if fw not in drawable
    ]
    return Section(
        "The frameworks as graphs",
        text,
        [
            figure_block(f"graph-{i}", f"Framework graph of {fw.label}", plot_graph(fw))
            for i, fw in enumerate(drawable, 1)
        ],
    )
