"""The parts of the comparison report that are written, not just tabulated.

The executive summary (a few sentences in plain words, from the same figures as the tables),
the cross-walk section, the negative indicators and cells left undefined, and the appendix of
every statement. :mod:`compkit.compare.report_content` assembles them into the report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from .._words import plural
from .present import readable
from .report_model import Section, Table

if TYPE_CHECKING:
    from ..framework.model import Framework

__all__ = ["appendix_section", "crosswalk_section", "executive_summary", "polarity_section"]


def _pct(x: float) -> str:
    return f"{x:.0f}%"


def _voice(fw: Framework, over: pd.DataFrame) -> str:
    first = float(over.loc["first person (%)", fw.id])
    third = float(over.loc["third person (%)", fw.id])
    if first >= 80:
        return f"in the first person ({_pct(first)} of statements start 'I ...')"
    if third >= 80:
        return f"in the third person ({_pct(third)} read like 'Manages ...')"
    return f"in a mix of voices ({_pct(first)} first person, {_pct(third)} third person)"


def executive_summary(
    fa: Framework, fb: Framework, over: pd.DataFrame, gaps: pd.DataFrame, mapped
) -> list[str]:
    """Three or four short paragraphs: size and shape, voice and reach, themes, cross-walk."""
    from .mapping import crosswalk_levels, matches
    from .tables import scope_by_level

    A, B = fa.id, fb.id
    n = {fw.id: int(over.loc["effective indicators", fw.id]) for fw in (fa, fb)}
    big, small = (fb, fa) if n[B] > n[A] else (fa, fb)
    ratio = n[big.id] / max(n[small.id], 1)
    size = (
        f"{big.label} asks more of its staff on paper: {n[big.id]:,} statements against "
        f"{n[small.id]:,} in {small.label} ({ratio:.1f} times as many)"
        if ratio >= 1.2
        else f"The two frameworks are of similar size ({n[A]:,} and {n[B]:,} statements)"
    )
    shape = "; ".join(
        f"{fw.label} arranges them in {plural(len(fw.competency_records), fw.competency_term)} "
        f"at {plural(len(fw.level_records), 'level')}"
        for fw in (fa, fb)
    )
    first = [f"{size}. {shape[0].upper()}{shape[1:]}."]
    cumulative = [fw.label for fw in (fa, fb) if fw.cumulative]
    if cumulative:
        which = "Both are" if len(cumulative) == 2 else f"{cumulative[0]} is"
        first.append(
            f"{which} cumulative: a holder of the top level must show "
            + " and ".join(
                f"{int(over.loc['statements a top-level holder must show', fw.id]):,} ({fw.label})"
                for fw in (fa, fb)
                if fw.cumulative
            )
            + " statements."
        )
    negative = {fw.id: int(over.loc["negative indicators", fw.id]) for fw in (fa, fb)}
    for fw in (fa, fb):
        if negative[fw.id]:
            first.append(
                f"{fw.label} also lists {negative[fw.id]:,} negative indicators, behaviours a "
                "holder should not show; they are reported on their own and not counted above."
            )
    for fw in (fa, fb):
        if fw.undefined_cells:
            first.append(
                f"{fw.label} leaves {plural(len(fw.undefined_cells), 'cell')} "
                f"({fw.competency_term} at a level) undefined; they are shown as "
                "'not defined', not as empty."
            )
    paragraphs = [" ".join(first)]

    scope = scope_by_level(fa, fb)
    org = scope[scope["scope"] == "org"]
    top = [_pct(org[org["framework"] == fw.id]["share"].iloc[-1]) for fw in (fa, fb)]
    low = [_pct(org[org["framework"] == fw.id]["share"].iloc[0]) for fw in (fa, fb)]
    paragraphs.append(
        f"{fa.label} is written {_voice(fa, over)}, {fb.label} {_voice(fb, over)}. "
        f"At the top level, {top[0]} of {fa.label}'s statements reach the organisation or "
        f"sector, against {top[1]} of {fb.label}'s (at the lowest level: {low[0]} and "
        f"{low[1]})."
    )

    theme_bits = []
    for fw in (fa, fb):
        mine = gaps[gaps["status"].isin([f"only {fw.id}", f"mostly {fw.id}"])]["theme"].tolist()
        if mine:
            listed = ", ".join(t.lower() for t in mine[:4])
            theme_bits.append(f"{fw.label} stresses {listed}")
    values = []
    for fw in (fa, fb):
        values.append(
            f"{fw.label} names {plural(len(fw.value_records), 'organisational value')}"
            if fw.value_records
            else f"{fw.label} names no organisational values"
        )
    themes = (
        "Themes: " + "; ".join(theme_bits) + ", where the other framework says little or nothing."
        if theme_bits
        else "The two frameworks cover the same themes in similar proportions."
    )
    paragraphs.append(f"{themes} {values[0]}; {values[1]}.")

    if mapped is not None:
        frame, kind = mapped
        table = matches(frame, fa, fb)
        share = table.groupby("framework")["matched"].mean() * 100
        levels = crosswalk_levels(frame, fa, fb)
        top = levels.iloc[-1]
        paragraphs.append(
            f"By {kind}, {_pct(share[A])} of {fa.label}'s statements have a counterpart in "
            f"{fb.label}, and {_pct(share[B])} of {fb.label}'s have one in {fa.label}. "
            f"{fa.label}'s {top['level_name']} corresponds most closely to {fb.label}'s "
            f"{top['aligned_level_name']}."
        )
    return paragraphs


def crosswalk_section(mapped, fa: Framework, fb: Framework) -> Section:
    """Share matched, statements unique to each side, and the level alignment."""
    from .mapping import crosswalk_levels, crosswalk_overview, matches

    frame, kind = mapped
    over = crosswalk_overview(frame, fa, fb)
    over = over.assign(share=over["share"].map(lambda v: f"{v:.1f}%"))
    levels = crosswalk_levels(frame, fa, fb)
    table = matches(frame, fa, fb)
    blocks = [
        Table(
            "The cross-walk in figures",
            readable(over, (fa, fb), columns={"value": "Number", "share": "Share"}),
            wide="Measure",
        ),
        Table(
            f"Which level of {fb.label} each level of {fa.label} corresponds to",
            readable(
                levels,
                (fa, fb),
                columns={
                    "level_name": f"{fa.label} level",
                    "aligned_level_name": f"Closest {fb.label} level",
                    "match_share": "Share of the level's matches landing there (%)",
                },
            ),
        ),
    ]
    for fw, other in ((fa, fb), (fb, fa)):
        alone = table[(table["framework"] == fw.id) & ~table["matched"]]
        if len(alone):
            blocks.append(
                Table(
                    f"{fw.label} statements with no counterpart in {other.label} ({len(alone):,})",
                    readable(alone[["competency", "level_name", "text"]], (fa, fb)),
                    wide="Statement",
                )
            )
    return Section(
        "Cross-walk: what each framework has that the other has not",
        [
            f"A cross-walk pairs each statement of {fa.label} with the statements of {fb.label} "
            f"that ask for the same behaviour. This section reads {kind}: a statement counts as "
            "matched when it has at least one counterpart. Only statements a holder must show "
            "are counted.",
            "Level alignment: for each level, the level of the other framework where most of "
            "its matches land, kept in order (a higher level never aligns below a lower one).",
        ],
        blocks,
    )


def polarity_section(fa: Framework, fb: Framework) -> Section | None:
    """Negative indicators and undefined cells as findings of their own (None when neither)."""
    from .cells import cell_counts
    from .tables import statements

    negative = statements(fa, fb, polarity="ineffective")
    cells = cell_counts(fa, fb)
    undefined = cells[~cells["defined"]]
    if negative.empty and undefined.empty:
        return None
    paragraphs, blocks = [], []
    if len(negative):
        per = negative.groupby(["framework", "level_rank", "level_name"], sort=False).size()
        paragraphs.append(
            "Negative indicators describe what a holder should not do (for example "
            f"'{negative['text'].iloc[0]}'). They are a different kind of statement: the rest of "
            "the report counts only what a holder must show."
        )
        blocks.append(
            Table(
                "Negative indicators per level",
                readable(per.rename("n").reset_index().drop(columns="level_rank"), (fa, fb)),
            )
        )
    if len(undefined):
        paragraphs.append(
            "Cells the publisher left undefined (a competency at a level the framework does not "
            "describe) are not the same as cells with no statements: they are 'not defined'."
        )
        per = undefined.groupby(["framework", "competency"], sort=False)["level_name"].agg(
            ", ".join
        )
        blocks.append(
            Table(
                "Cells not defined by the publisher",
                readable(per.rename("levels not defined").reset_index(), (fa, fb)),
                wide="Levels not defined",
            )
        )
    return Section("Negative indicators and undefined cells", paragraphs, blocks)


def appendix_section(fws, assigned: pd.DataFrame, mapped) -> Section:
    """Every statement as published, with its level, scope and themes."""
    from .._plotting import SCOPE_LABELS
    from .tables import statements

    blocks = []
    polar = False
    for fw in fws:
        st = statements(fw)
        polar = polar or bool((st["polarity"] == "ineffective").any())
    for fw in fws:
        st = statements(fw)
        mine = assigned[assigned["framework"] == fw.id]
        names: dict[str, list[str]] = {}  # each statement's themes, in order
        for ident, theme in zip(mine["indicator_id"], mine["theme"], strict=True):
            names.setdefault(ident, []).append(theme)
        shown = st.assign(
            themes=["; ".join(names[i]) if i in names else "" for i in st["indicator_id"].tolist()],
            scope=st["scope"].astype(str).map(SCOPE_LABELS),
            polarity=st["polarity"].map({"effective": "must show", "ineffective": "not to do"}),
        )
        cols = ["competency", "level_name", "text", "scope", "themes"]
        if polar:
            cols.insert(4, "polarity")
        blocks.append(
            Table(f"{fw.label}: {fw.title}", readable(shown[cols], fws), wide="Statement")
        )
    return Section(
        "Appendix: every statement",
        [
            "Each statement word for word as published, in the framework's order, with its "
            "level, how far it reaches, and its themes."
        ],
        blocks,
    )
