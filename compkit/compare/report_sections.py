"""The parts of the comparison report that are written, not just tabulated.

The executive summary (a few sentences in plain words, from the same figures as the tables),
the cross-walk section, the negative indicators and cells left undefined, and the appendix of
every statement. :mod:`compkit.compare.report_content` assembles them into the report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from .._words import plural, possessive
from ._prose import (
    arrangement,
    label_and_title,
    listing,
    n_grades,
    pct,
    reach,
    side_note,
    times,
)
from .present import readable
from .report_model import Section, Table
from .themes import emphases
from .voicing import voice, voices

if TYPE_CHECKING:
    from ..framework.model import Framework

__all__ = ["appendix_section", "crosswalk_section", "executive_summary"]


_pct = pct


def versions(fa: Framework, fb: Framework) -> bool:
    """Whether ``fa`` and ``fb`` are two versions of one framework (same title and publisher)."""
    return (fa.title, fa.organisation) == (fb.title, fb.organisation)


def kind(fa: Framework, fb: Framework) -> str:
    """What the report compares, in the plural: "versions" of one framework, or "frameworks".

    Examples
    --------
    >>> import compkit
    >>> cis, wsx = compkit.load("cis"), compkit.load("wsx")
    >>> kind(cis, wsx), kind(cis, cis)
    ('frameworks', 'versions')
    """
    return "versions" if versions(fa, fb) else "frameworks"


def _aside(fw: Framework) -> str:
    """(once for every grade, at 'All levels')": where a side list stands, or nothing."""
    note = side_note(fw)
    return f" ({note})" if note else ""


def _top_load(over: pd.DataFrame, fw: Framework) -> int:
    """How many statements a holder of the framework's top level must show."""
    return int(over.loc["statements a top-level holder must show", fw.id])


def executive_summary(
    fa: Framework, fb: Framework, over: pd.DataFrame, gaps: pd.DataFrame, mapped
) -> list[str]:
    """Three or four short paragraphs: size and shape, voice and reach, themes, cross-walk."""
    from .mapping import crosswalk_levels, matched_pairs, matches
    from .tables import scope_by_level
    from .tongues import english_readings

    A, B = fa.id, fb.id
    two = f"The two {kind(fa, fb)}"
    neither = f"Neither {kind(fa, fb)[:-1]}"
    n = {fw.id: int(over.loc["effective indicators", fw.id]) for fw in (fa, fb)}
    big, small = (fb, fa) if n[B] > n[A] else (fa, fb)
    ratio = n[big.id] / max(n[small.id], 1)
    if not n[small.id]:
        size = (
            f"{big.label} asks more of its staff on paper: {plural(n[big.id], 'statement')} "
            f"a holder must show, against none in {small.label}"
            if n[big.id]
            else f"{neither} has a statement a holder must show"
        )
    elif ratio >= 1.2 and (said := _words(big)) < (other := _words(small)):
        # more statements, fewer words: one side writes a behaviour a statement, the other
        # several (Abtion's 34 bullets of 12 words against Skylight's 23 paragraphs of 51)
        size = (
            f"{big.label} writes more statements ({n[big.id]:,} against {n[small.id]:,} in "
            f"{small.label}, {times(n[big.id], n[small.id])}), but {possessive(small.label)} "
            f"are longer: {other:,} words against {said:,} in all"
        )
    elif ratio >= 1.2 and (load := _top_load(over, big)) < (other := _top_load(over, small)):
        # more statements in all, but spread over levels none holds together: a holder asks
        # less (Medium's 320 over 5 milestones, 64 at the top, against HSE's 67 at one level)
        size = (
            f"{big.label} writes more statements ({n[big.id]:,} against {n[small.id]:,} in "
            f"{small.label}, {times(n[big.id], n[small.id])}), but a holder of its top level "
            f"must show fewer: {load:,} against {other:,}"
        )
    elif ratio >= 1.2:
        size = (
            f"{big.label} asks more of its staff on paper: {plural(n[big.id], 'statement')} "
            f"against {n[small.id]:,} in {small.label} ({times(n[big.id], n[small.id])})"
        )
    elif n[A] == n[B]:
        size = f"{two} are the same size ({plural(n[A], 'statement')} each)"
    else:
        size = f"{two} are of similar size ({n[A]:,} and {n[B]:,} statements)"
    arranged = {fw.id: f"{arrangement(fw)} at {plural(n_grades(fw), 'level')}" for fw in (fa, fb)}
    if arranged[A] == arranged[B] and n[A] and n[B]:
        shape = f"both arrange them in {arranged[A]}"
    else:
        shape = "; ".join(
            f"{fw.label} {'arranges them in' if n[fw.id] else 'has'} {arranged[fw.id]}"
            for fw in (fa, fb)
        )
    first = [f"{size}. {shape[0].upper()}{shape[1:]}."]
    cumulative = [fw for fw in (fa, fb) if fw.cumulative and n_grades(fw) > 1 and n[fw.id]]
    top = {
        fw.id: int(over.loc["statements a top-level holder must show", fw.id]) for fw in cumulative
    }
    if len(cumulative) == 2:
        first.append(
            "Both are cumulative: a holder of the top level must show "
            + " and ".join(f"{top[fw.id]:,} ({fw.label})" for fw in cumulative)
            + " statements."
        )
    elif cumulative:
        fw = cumulative[0]
        first.append(
            f"{fw.label} is cumulative: a holder of its top level must show "
            f"{plural(top[fw.id], 'statement')}, every level below included."
        )
    negative = {fw.id: int(over.loc["negative indicators", fw.id]) for fw in (fa, fb)}
    lists_neg = [fw for fw in (fa, fb) if negative[fw.id]]
    if lists_neg:  # both: one sentence, not the same words twice
        also = "also " if all(n[fw.id] for fw in lists_neg) else ""
        second = (
            f" and {lists_neg[1].label} {negative[lists_neg[1].id]:,}{_aside(lists_neg[1])}"
            if len(lists_neg) > 1
            else ""
        )
        first.append(
            f"{lists_neg[0].label} {also}lists "
            f"{plural(negative[lists_neg[0].id], 'negative indicator')}"
            f"{_aside(lists_neg[0])}{second}, "
            "behaviours a holder should not show; they are reported on their own and not "
            "counted above."
        )
    for fw in (fa, fb):
        k = int(over.loc["cells not defined by the publisher", fw.id])
        if k:
            first.append(
                f"{fw.label} leaves {plural(k, 'cell')} ({fw.competency_term} at a level) "
                f"{_how_undefined(fw, k)}; {'they are' if k > 1 else 'it is'} shown as "
                "'not defined', not as empty."
            )
    paragraphs = [" ".join(first)]

    scope = scope_by_level(fa, fb)
    held = scope.groupby(["framework", "level"])["n"].transform("sum") > 0  # a level's own
    org = scope[scope["scope"] == "org"].assign(held=held).sort_values("level_rank", kind="stable")

    def ends(fw) -> pd.Series:  # the org share at the lowest and highest levels with statements
        mine = org[org["framework"] == fw.id]
        return (mine[mine["held"]] if mine["held"].any() else mine)["share"]

    top = [_pct(ends(fw).iloc[-1]) for fw in (fa, fb)]
    low = [_pct(ends(fw).iloc[0]) for fw in (fa, fb)]
    # a framework not written in English: voice, scope and themes are not read
    if english := english_readings((fa, fb)):
        paragraphs.append(english)
    elif n[A] and n[B]:
        paragraphs.append(f"{voices(fa, fb, over)} {reach(fa, fb, top, low)}")
    else:
        told = [
            f"{fw.label} is written {voice(fw, over)}, and at its top level "
            f"{top[k]} of its statements reach the organisation or sector."
            for k, fw in enumerate((fa, fb))
            if n[fw.id]
        ]
        empty = " and ".join(fw.label for fw in (fa, fb) if not n[fw.id])
        paragraphs.append(
            " ".join(told)
            + (" " if told else "")
            + f"{empty} {'has' if n[A] or n[B] else 'have'} no statements a holder must show, "
            "so voice, length and scope are not read for " + ("it." if n[A] or n[B] else "them.")
        )

    theme_bits = []
    for fw, other in ((fa, fb), (fb, fa)):
        little, less = emphases(gaps, fw.id, other.id)
        less = less[: max(0, 4 - len(little))]  # four at most, those the other says little of first
        said = [
            (little[:4], f"where {other.label} says little or nothing"),
            (less, f"at twice {possessive(other.label)} share or more"),
        ]
        parts = [f"{listing(names)}, {how}" for names, how in said if names]
        if parts:
            theme_bits.append(f"{fw.label} stresses " + ", and ".join(parts))
    values = [
        f"{fw.label} names {plural(len(fw.value_records), 'organisational value')}"
        if fw.value_records
        else f"{fw.label} names no organisational values"
        for fw in (fa, fb)
    ]
    said = f"{values[0]}; {values[1]}."
    if not fa.value_records and not fb.value_records:
        said = f"{neither} names organisational values."
    themes = (
        "Themes: " + "; ".join(theme_bits) + "."
        if theme_bits
        else f"{two} cover the same themes in similar proportions."
    )
    paragraphs.append(said if english else f"{themes} {said}")

    if mapped is not None and (nothing := _nothing_to_pair(fa, fb)):
        paragraphs.append(f"There is no cross-walk to report: {nothing[0]}.")
    elif mapped is not None and (mapped[0].empty or matched_pairs(mapped[0], fa, fb).empty):
        paragraphs.append(
            f"By {mapped[1]}, no statement of {fa.label} has a counterpart in {fb.label}."
        )
    elif mapped is not None:
        frame, how = mapped
        table = matches(frame, fa, fb)
        share = table.groupby("framework")["matched"].mean() * 100
        levels = crosswalk_levels(frame, fa, fb)
        top = levels.iloc[-1]
        pairs = matched_pairs(frame, fa, fb)
        close = pairs.loc[pairs["predicate_id"].isin(_CLOSE), "subject_id"].nunique()
        close = 100 * close / max(int((table["framework"] == A).sum()), 1)
        # a counterpart may be only related: say how many are close (Monzo → UNiDAYS: 82% have
        # one, 24% a close one)
        closeness = (
            ""
            if round(close) == round(share[A])
            else f" (a close one for {_pct(close)})"
            if round(close)
            else " (none of them close)"
        )
        paragraphs.append(
            f"By {how}, {_pct(share[A])} of {possessive(fa.label)} statements have a counterpart "
            f"in {fb.label}{closeness}, and {_pct(share[B])} of {possessive(fb.label)} have one in "
            f"{fa.label}. {possessive(fa.label)} {top['level_name']} corresponds most closely to "
            f"{possessive(fb.label)} "
            f"{top['aligned_level_name']}."
        )
    return paragraphs


#: The relations of a counterpart that asks for (nearly) the same behaviour.
_CLOSE = ("skos:exactMatch", "skos:closeMatch")


def _after_stems(fw: Framework, ids: pd.Series, texts: pd.Series) -> tuple[list[str], str]:
    """Each statement after the stem it completes, and one stem for the prose ("" for none).

    A statement completing a stem ("You should:" then "be familiar with ...") is shown as its
    reader meets it, not as a fragment; the stem is looked up once per competency and level.
    """
    ind = fw.indicators
    where = zip(ind["competency_id"], ind["level"], strict=True)
    cell = dict(zip(ind["indicator_id"], where, strict=True))
    stems = {c: fw.stem_for(*c) for c in dict.fromkeys(cell[i] for i in ids)}
    if not any(stems.values()):
        return list(texts), ""
    lead = [stems[cell[i]] for i in ids]
    shown = [f"{w} {t}" if w else t for w, t in zip(lead, texts, strict=True)]
    return shown, next(w for w in lead if w)


def _words(fw: Framework) -> int:
    """How many words a framework's statements a holder must show hold in all."""
    ind = fw.indicators
    return int(ind.loc[ind["polarity"] == "effective", "text"].str.split().str.len().sum())


def _nothing_to_pair(fa: Framework, fb: Framework) -> tuple[str, str] | None:
    """Why no statements can be paired, and what could be done (None when some can)."""
    effective = {fw.id: (fw.indicators["polarity"] == "effective").any() for fw in (fa, fb)}
    if all(effective.values()):
        return None
    if not any(effective.values()):
        why = (
            f"neither {fa.label} nor {fb.label} has statements a holder must show (effective), "
            "so no statements of matching polarity exist to pair"
        )
    else:
        fw, other = (fa, fb) if not effective[fa.id] else (fb, fa)
        only = ", only negative indicators" if len(fw.indicators) else ""
        why = (
            f"{fw.label} has no statements a holder must show (effective){only}, so no "
            f"statements of matching polarity exist to pair with {possessive(other.label)}"
        )
    todo = (
        "A cross-walk pairs statements a holder must show with statements of the same kind, "
        "and this report counts only those; negative indicators are compared in their own "
        "section. To pair negative indicators with what a holder must show, suggest a "
        "cross-walk across polarity (compkit crosswalk A B --cross-polarity, or "
        "compkit.suggest(a, b, cross_polarity=True)) and review it on its own."
    )
    return why, todo


def crosswalk_section(mapped, fa: Framework, fb: Framework) -> Section:
    """Share matched, statements unique to each side, and the level alignment."""
    from .mapping import crosswalk_levels, crosswalk_overview, matched_pairs, matches

    title = "Cross-walk: what each framework has that the other has not"
    nothing = _nothing_to_pair(fa, fb)
    if nothing is not None:
        return Section(title, [f"{nothing[0][:1].upper()}{nothing[0][1:]}.", nothing[1]])
    frame, kind = mapped
    if frame.empty or matched_pairs(frame, fa, fb).empty:
        return Section(
            title,
            [
                f"By {kind}, no statement of {fa.label} has a counterpart in {fb.label}: the "
                "cross-walk pairs none of the statements a holder must show.",
            ],
        )
    over = crosswalk_overview(frame, fa, fb)
    over = over.assign(share=over["share"].map(lambda v: f"{v:.1f}%"))
    # levels align by decisions once any are made, else by every statement's suggestions
    # (weighted by strength), counterparts or not: a level none of whose statements has a
    # counterpart still lands somewhere, so the figures must not be called its matches
    decided = kind.startswith(("the reviewed", "the cross-walk ("))
    landing = "reviewed matches" if decided else "suggestions"
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
                    "match_share": f"Share of the level's {landing} landing there (%)",
                },
            ),
        ),
    ]
    for fw, other in ((fa, fb), (fb, fa)):
        alone = table[(table["framework"] == fw.id) & ~table["matched"]]
        if len(alone):
            alone = alone.assign(text=_after_stems(fw, alone["indicator_id"], alone["text"])[0])
            blocks.append(
                Table(
                    f"{fw.label} statements with no counterpart in {other.label} ({len(alone):,})",
                    readable(alone[["competency", "level_name", "text"]], (fa, fb)),
                    wide="Statement",
                )
            )
    return Section(
        title,
        [
            f"A cross-walk pairs each statement of {fa.label} with the statements of {fb.label} "
            f"that ask for the same behaviour. This section reads {kind}: a statement counts as "
            "matched when it has at least one counterpart. Only statements a holder must show "
            "are counted.",
            "Level alignment: for each level, the level of the other framework where most of "
            + (
                "its reviewed matches land"
                if decided
                else "its statements' suggestions land, weighted by their strength, whether or "
                "not they count as counterparts"
            )
            + ", kept in order (a higher level never aligns below a lower one).",
        ],
        blocks,
    )


def appendix_section(fws, assigned: pd.DataFrame, mapped) -> Section:
    """Every statement as published, with its level, scope and themes."""
    from .._plotting import SCOPE_LABELS
    from .tables import statements

    blocks = []
    polar, stemmed = False, ""
    for fw in fws:
        st = statements(fw)
        polar = polar or bool((st["polarity"] == "ineffective").any())
    for fw in fws:
        st = statements(fw)
        text, stem = _after_stems(fw, st["indicator_id"], st["text"])
        st, stemmed = st.assign(text=text), stemmed or stem
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
        rows = readable(shown[cols], fws)
        blocks.append(Table(label_and_title(fw), rows, wide="Statement", listing=True))
    return Section(
        "Appendix: every statement",
        [
            "Each statement word for word as published, in the framework's order, with its "
            "level, how far it reaches, and its themes."
            + (
                f" A statement that completes a stem (such as '{stemmed}') follows it."
                if stemmed
                else ""
            )
        ],
        blocks,
    )


def _how_undefined(fw: Framework, k: int) -> str:
    """How ``fw``'s ``k`` undefined cells are undefined: "wholly undefined", "partly ...".

    "wholly" when every one is undefined on every side (Monzo's leadership at levels 1 and 2);
    "partly" and the side when every one misses the same side only (HSE's one cell without
    negative indicators: "partly undefined (its negative indicators)"); else "wholly or
    partly", the key figures telling them apart.
    """
    from .cells import undefined_cells

    sides = set(undefined_cells(fw)["polarity"])
    if sides == {"all"}:
        return "wholly undefined"
    if len(sides) == 1:
        what = (
            "negative indicators" if sides == {"ineffective"} else "statements a holder must show"
        )
        return f"partly undefined ({'their' if k > 1 else 'its'} {what})"
    return "wholly or partly undefined"
