"""The few findings an OD consultant would lead with, each with the figures behind it.

:func:`headline_differences` reads the side-by-side tables of :mod:`compkit.compare.tables`
(shape, growth from level to level, voice, length, scope, values) and turns the largest
differences into one sentence each.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pandas as pd

from .._words import plural, possessive
from ..framework.tongue import not_in_english
from ._prose import NO_EFFECTIVE, arrangement, n_grades, pct, sentence, side_note, times
from .cells import undefined_cells
from .tables import _load, compare_levels, compare_overview, scope_by_level
from .tongues import english_readings, uncounted
from .voicing import own_words, reading, voices

if TYPE_CHECKING:
    from ..framework.model import Framework

__all__ = ["headline_differences"]


def headline_differences(
    a: Framework | str | os.PathLike, b: Framework | str | os.PathLike
) -> pd.DataFrame:
    """The most telling differences between two frameworks, with the figures behind them.

    Each row is one finding: ``aspect`` (shape, growth, voice, length, scope, values, and
    polarity or definition when a framework lists negative indicators or leaves cells
    undefined), ``measure``, the figure for each framework (columns named by framework id)
    and a plain-language ``finding``. Figures describe what a holder must show (effective
    statements); negative indicators are their own finding. Themes are compared separately
    (:func:`compkit.compare.themes.theme_gaps`).

    Examples
    --------
    >>> import compkit
    >>> t = compkit.headline_differences("cis", "wsx")
    >>> t.set_index("measure").loc["statements", ["cis", "wsx"]].tolist()
    [62, 153]
    """
    fa, fb = _load((a, b))
    over = compare_overview(fa, fb)
    lv = compare_levels(fa, fb)
    lv = lv[lv["level_position"].notna()]  # a side list at 'All levels' is no grade
    sc = scope_by_level(fa, fb)
    A, B = fa.id, fb.id
    la, lb = fa.label, fb.label

    def val(measure):
        return over.loc[measure, A], over.loc[measure, B]

    rows = []

    def add(aspect, measure, x, y, finding):
        finding = sentence(finding, (fa, fb))  # "At the lowest level ...", "Per level ..."
        rows.append({"aspect": aspect, "measure": measure, A: x, B: y, "finding": finding})

    n = tuple(int(v) for v in val("effective indicators"))
    neg = tuple(int(v) for v in val("negative indicators"))
    only = " (effective statements only)" if any(neg) else ""
    size = _size_finding(fa, fb, n)
    if only and size.endswith(")"):  # one bracket: "(153 against 13, effective statements only)"
        size, only = size[:-1], f", {only.strip(' ()')})"
    add("shape", "statements", n[0], n[1], f"{size}{only}.")
    cells = val("indicators per cell (mean)")
    add(
        "shape",
        "statements per competency and level (mean)",
        float(cells[0]),
        float(cells[1]),
        "; ".join(
            f"{fw.label}: {arrangement(fw)} × {plural(n_grades(fw), 'level')}" for fw in (fa, fb)
        )
        + ".",
    )

    def growth(fid):  # top and lowest levels holding statements, as the summary reads them
        t = lv[lv["framework"] == fid]["n_indicators"].to_numpy()
        t = t[t > 0] if (t > 0).any() else t
        return round(float(t[-1] / t[0]), 2) if t[0] and len(t) > 1 else float("nan")

    ga, gb = growth(A), growth(B)
    add(
        "growth",
        "statements at the top level / at the lowest",
        ga,
        gb,
        f"per level {la}: {over.loc['statements per level (lowest to highest)', A]}; "
        f"{lb}: {over.loc['statements per level (lowest to highest)', B]}"
        + "".join(f" ({'; '.join(notes)})" for notes in [_growth_notes(fa, fb, lv)] if notes)
        + ".",
    )
    add("voice", *_voice_figures(fa, fb, over), voices(fa, fb, over))
    words = tuple(float(w) for w in val("words per statement (median)"))
    if unspaced := uncounted((fa, fb)):  # Japanese, Chinese: no spaces, no words to count
        length = unspaced.removesuffix(".")
    elif any(pd.isna(w) for w in words):
        length = "; ".join(
            f"{fw.label}: {NO_EFFECTIVE}" if pd.isna(w) else f"{fw.label}: {w:g} words"
            for fw, w in zip((fa, fb), words, strict=True)
        )
    elif words[0] == words[1]:
        length = "The two write statements of the same median length"
    elif abs(words[0] - words[1]) <= 1:  # half a word apart is no difference a reader sees
        length = (
            "The two write statements of about the same length (median "
            f"{words[0]:g} and {words[1]:g} words)"
        )
    else:
        length = f"{la if words[0] > words[1] else lb} writes the longer statements"
    add("length", "words per statement (median)", words[0], words[1], f"{length}.")

    def top_org(fw):
        if not n[0 if fw is fa else 1]:
            return float("nan"), float("nan")
        mine = sc[sc["framework"] == fw.id]
        held = mine.groupby("level")["n"].transform("sum") > 0  # a level with statements
        t = mine[(mine["scope"] == "org") & held]
        return float(t["share"].iloc[-1]), float(t["share"].iloc[0])

    (ta, ba), (tb, bb) = top_org(fa), top_org(fb)
    if all(n) and min(n_grades(fa), n_grades(fb)) == 1:
        reach = "; ".join(
            f"{fw.label}: {pct(t)} at its one level"
            if n_grades(fw) == 1
            else f"{fw.label}: {pct(b)} at the lowest level, {pct(t)} at the top"
            for fw, t, b in ((fa, ta, ba), (fb, tb, bb))
        )
        reach += "."
    elif all(n):
        reach = (
            f"at the lowest level {pct(ba)} ({la}) and {pct(bb)} ({lb}); "
            f"at the top level {pct(ta)} ({la}) and {pct(tb)} ({lb})."
        )
    else:
        reach = "; ".join(
            f"{fw.label}: {NO_EFFECTIVE}"
            if not k
            else f"{fw.label}: {pct(b)} at the lowest level, {pct(t)} at the top"
            for fw, k, t, b in ((fa, n[0], ta, ba), (fb, n[1], tb, bb))
        )
        reach += "."
    add(
        "scope",
        "top-level statements reaching the organisation or sector (%)",
        ta,
        tb,
        reach,
    )
    nv = val("values")
    add(
        "values",
        "organisational values named",
        int(nv[0]),
        int(nv[1]),
        _values_finding(fa, fb),
    )
    if any(neg):
        add(
            "polarity",
            "negative indicators (what not to do)",
            neg[0],
            neg[1],
            _negatives_finding(fa, fb, neg),
        )
    undefined = (len(undefined_cells(fa)), len(undefined_cells(fb)))
    if any(undefined):
        add(
            "definition",
            "cells the publisher left undefined",
            undefined[0],
            undefined[1],
            "; ".join(_undefined_words(fw) for fw in (fa, fb)) + ".",
        )
    if note := english_readings((fa, fb)):  # read by English words: held back, and said so
        for row in rows:
            if row["aspect"] in ("voice", "scope"):
                row.update({fw.id: float("nan") for fw in not_in_english((fa, fb))})
                row["finding"] = note
    return pd.DataFrame(rows, columns=["aspect", "measure", A, B, "finding"], dtype=object)


def _size_finding(fa: Framework, fb: Framework, n: tuple[int, int]) -> str:
    """Which framework writes more statements, and how many times as many (no ratio with 0)."""
    if n[0] == n[1]:
        return f"Both write {plural(n[0], 'statement')}"
    big, small = (fb, fa) if n[1] > n[0] else (fa, fb)
    k_big, k_small = max(n), min(n)
    if not k_small:
        return (
            f"{big.label} writes {plural(k_big, 'statement')}, {small.label} none that a "
            "holder must show"
        )
    ratio = times(k_big, k_small)
    if ratio == "about as many":
        return f"The two are of similar size ({n[0]:,} and {n[1]:,} statements)"
    return f"{big.label} writes {ratio} statements ({k_big:,} against {k_small:,})"


def _growth_notes(fa: Framework, fb: Framework, lv: pd.DataFrame) -> list[str]:
    """Why a top-to-lowest ratio may mislead: one level only, or a lowest level left part-undefined.

    leads.io's 21 skills are described from level 1 by 9 only, so its 17 statements at level 1
    against 113 at level 6 say as much about what level 1 leaves undefined as about growth.
    Competencies left empty at every level (GDS's career path: 6 of 9 headings with no
    statements) are said so: the lowest level describes as many as any other.
    """
    if all(len(lv[lv["framework"] == fw.id]) == 1 for fw in (fa, fb)):
        return ["both have one level: no growth to measure"]
    notes = []
    for fw in (fa, fb):
        mine = lv[lv["framework"] == fw.id]
        if len(mine) == 1:
            notes.append(f"{fw.label} has one level: no growth to measure")
        elif int(mine["n_undefined"].iloc[0]):
            described = int(mine["n_competencies"].iloc[0])
            total = len(fw.competency_records)
            ind = fw.indicators
            anywhere = ind.loc[ind["polarity"] == "effective", "competency_id"].nunique()
            if described < anywhere:
                notes.append(
                    f"{possessive(fw.label)} lowest level describes {described} "
                    f"of its {plural(total, fw.competency_term)}"
                )
            elif anywhere < total:  # left empty at every level, not at the lowest alone
                empty = total - anywhere
                notes.append(
                    f"{empty} of {possessive(fw.label)} {plural(total, fw.competency_term)} "
                    f"{'holds' if empty == 1 else 'hold'} no statements at any level"
                )
    return notes


def _undefined_words(fw: Framework) -> str:
    cells = undefined_cells(fw)
    if cells.empty:
        return f"{fw.label} defines every cell"
    whole = int((cells["polarity"] == "all").sum())
    parts = []
    if whole:
        parts.append(f"{plural(whole, 'cell')} ({fw.competency_term} at a level)")
    for side, words in (("effective", "what a holder must show"), ("ineffective", "negative")):
        k = int((cells["polarity"] == side).sum())
        if k:
            what = "negative indicators" if side == "ineffective" else words
            parts.append(f"the {what} of {plural(k, 'cell')}")
    return f"{fw.label} leaves {' and '.join(parts)} undefined, shown as 'not defined', not as 0"


def _negatives_finding(fa: Framework, fb: Framework, neg: tuple[int, int]) -> str:
    """The polarity finding, both frameworks' negative indicators in one sentence when they can.

    When both list them at their grades: "A lists 335 negative indicators and B 57 ..." (it said
    "also lists ..., counted apart from what a holder must show" twice over).
    """
    if all(neg) and not (side_note(fa) or side_note(fb)):
        return (
            f"{fa.label} lists {plural(neg[0], 'negative indicator')} and {fb.label} {neg[1]:,} "
            "(what a holder should not do), counted apart from what a holder must show."
        )
    return "; ".join(_negative_words(fw, k) for fw, k in ((fa, neg[0]), (fb, neg[1]))) + "."


def _negative_words(fw: Framework, k: int) -> str:
    if not k:
        return f"{fw.label} lists none"
    return (
        f"{fw.label} also lists {plural(k, 'negative indicator')} (what a holder should not "
        f"do{', ' + side_note(fw) if side_note(fw) else ''}), counted apart from what a holder "
        "must show"
    )


def _values_finding(fa: Framework, fb: Framework) -> str:
    from .report_sections import kind

    if not fa.value_records and not fb.value_records:  # two versions: "Neither version ..."
        return f"Neither {kind(fa, fb)[:-1]} names organisational values."
    parts = []
    for fw in (fa, fb):
        if fw.value_records:
            linked = fw.competency_values["competency_id"].nunique()
            parts.append(
                f"{fw.label} names {plural(len(fw.value_records), 'value')}, each tied to "
                f"{fw.competency_term_plural} ({linked} of {len(fw.competency_records)} "
                f"express one)"
            )
        else:
            parts.append(f"{fw.label} names no values")
    return "; ".join(parts) + "."


#: The measure of the voice row when neither framework writes in the first person.
_VOICE_MEASURES = {
    "second": "second-person statements (%)",
    "third": "third-person statements (%)",
    "bare": "statements written as instructions (%)",
    "other": "statements in other forms (%)",
}


def _voice_figures(fa: Framework, fb: Framework, over: pd.DataFrame) -> tuple:
    """The voice row's measure and figures: the first-person shares, unless both are nil.

    Two frameworks neither of which writes 'I ...' (one in 'You ...', one as instructions)
    would show 0.0 and 0.0 beside a finding about other voices; they show the share of the voice
    the finding names instead: their common one, else each one's own main voice.
    """
    fp = tuple(
        float(v) for v in (over.loc["first person (%)", fa.id], over.loc["first person (%)", fb.id])
    )
    if any(pd.isna(v) or v > 0 for v in fp):
        return "first-person statements (%)", fp[0], fp[1]
    (ma, sa), (mb, sb) = reading(fa, over), reading(fb, over)
    told = not (own_words(fa) or own_words(fb))  # verb phrases saying "my" are no instructions
    if ma and ma == mb and ma in _VOICE_MEASURES and (ma != "bare" or told):
        return _VOICE_MEASURES[ma], round(sa[ma], 1), round(sb[mb], 1)
    return (
        "statements in each framework's main voice (%)",
        round(sa[ma] if ma else max(sa.values()), 1),
        round(sb[mb] if mb else max(sb.values()), 1),
    )
