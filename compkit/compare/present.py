"""Tables for people, not programs: words for headers, names for ids, numbers formatted once.

The comparison functions return tidy DataFrames with snake_case columns and framework ids, which
is what code wants. What a client reads (the report, the dashboard, a notebook) goes through
here: :func:`readable` renames columns to words (:data:`LABELS`), puts each framework's name
where its id was, and formats every number the same way (whole numbers with thousands
separators, other figures with one decimal, a missing figure as a dash); :func:`styled` turns
the result into a pandas ``Styler`` that wraps long statements instead of cutting them.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

import pandas as pd

from .._plotting import NOT_DEFINED

if TYPE_CHECKING:
    from pandas.io.formats.style import Styler

    from ..framework.model import Framework

__all__ = ["LABELS", "MISSING", "counts_table", "fmt", "readable", "show", "styled"]

#: What a table shows where there is no figure (a level one framework does not have).
MISSING = "–"

#: Column headers in words, one place for every table a person reads.
LABELS = {
    "framework": "Framework",
    "aspect": "Aspect",
    "measure": "Measure",
    "finding": "Finding",
    "indicator_id": "Id",
    "competency_id": "Competency id",
    "competency": "Competency",
    "group": "Group",
    "term": "Called",
    "level": "Level id",
    "level_name": "Level",
    "level_rank": "Rank",
    "text": "Statement",
    "polarity": "Kind",
    "n_indicators": "Statements",
    "n_cumulative": "Must show (with lower levels)",
    "n_competencies": "Competencies described",
    "n_levels": "Levels described",
    "n_negative": "Negative indicators",
    "n_undefined": "Cells not defined",
    "n_words": "Words",
    "median_words": "Median words",
    "share": "Share (%)",
    "values": "Values",
    "value": "Value",
    "voice": "Voice",
    "scope": "Scope",
    "themes": "Themes",
    "theme": "Theme",
    "status": "Where",
    "difference": "Difference (points)",
    "n": "Statements",
    "min": "Shortest",
    "median": "Median",
    "mean": "Mean",
    "max": "Longest",
    "defined": "Defined",
}
#: Columns that hold counts (shown as whole numbers).
_COUNTS = re.compile(r"^(n|n_\w+|min|max|level_rank)$")


def fmt(value, *, decimals: int = 1, whole: bool = False) -> str:
    """One figure as text: ``1,234``, ``2.5``, a dash when missing.

    Examples
    --------
    >>> fmt(1234), fmt(2.456), fmt(16.0, whole=True), fmt(float("nan")), fmt(True)
    ('1,234', '2.5', '16', '–', 'yes')
    """
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return MISSING
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int) or (whole and isinstance(value, float)):
        return f"{round(value):,}"
    if isinstance(value, float):
        return f"{value:,.{decimals}f}"
    if hasattr(value, "item"):  # a NumPy scalar
        return fmt(value.item(), decimals=decimals, whole=whole)
    return str(value)


#: The columns whose cells name a framework by its id ("cis", "only cis", "both"); every other
#: cell is content (a competency, a title, a statement) and is shown as it is, even when it
#: reads the same as a framework's id (only a framework's own column names it so).
ID_COLUMNS = frozenset({"framework", "status"})


def _names(frameworks) -> dict[str, str]:
    return {fw.id: fw.label for fw in frameworks}


def _swap_ids(text: str, names: dict[str, str]) -> str:
    for fid, label in names.items():
        if text == fid:
            return label
        for head in ("only ", "mostly "):
            if text == head + fid:
                return f"{head}in {label}"
        if text.startswith(f"{fid} "):
            return label + text[len(fid) :]
    return {"both": "in both", "neither": "in neither"}.get(text, text)


def _swap(text: str, names: dict[str, str], heads: tuple[str, ...]) -> str:
    """:func:`_swap_ids`, quickly: a text that starts with no id (a statement) stays as it is."""
    if text.startswith(heads) or text in ("both", "neither"):
        return _swap_ids(text, names)
    return text


def readable(
    frame: pd.DataFrame,
    frameworks: tuple[Framework, ...] | list[Framework] = (),
    *,
    columns: dict[str, str] | None = None,
    index: bool = False,
) -> pd.DataFrame:
    """A copy of ``frame`` for people: headers in words, names for ids, numbers as text.

    Parameters
    ----------
    frame : pandas.DataFrame
        A table of :mod:`compkit.compare` (snake_case columns, framework ids).
    frameworks : sequence of Framework
        The frameworks the table is about; their ids become their names in column headers
        and in the ``framework`` and ``status`` columns (:data:`ID_COLUMNS`), and in its own
        column; a competency or statement that reads as a framework's id stays as it is.
    columns : dict, optional
        Headers of your own, over :data:`LABELS`.
    index : bool
        Keep the index as the first column (its name as header).

    Returns
    -------
    pandas.DataFrame
        Every cell a string; whole-number columns without decimals, other numbers with one.

    Examples
    --------
    >>> import compkit
    >>> from compkit.compare import compare_levels
    >>> cis, wsx = compkit.load("cis"), compkit.load("wsx")
    >>> t = readable(compare_levels(cis, wsx)[["framework", "level_name", "n_cumulative"]],
    ...              (cis, wsx))
    >>> t.columns.tolist(), t.iloc[-1].tolist()
    (['Framework', 'Level', 'Must show (with lower levels)'], ['WSX Mind', 'Executive', '153'])
    """
    names = _names(frameworks)
    heads = (*names, "only ", "mostly ")  # what a text that names a framework starts with
    out = frame.reset_index() if index else frame.copy()
    for col in out.columns:
        series = out[col]
        whole = bool(_COUNTS.match(str(col)))
        if pd.api.types.is_bool_dtype(series):
            out[col] = series.map(fmt)
        elif pd.api.types.is_numeric_dtype(series):
            if not whole:
                values = pd.to_numeric(series, errors="coerce").dropna()
                whole = pd.api.types.is_integer_dtype(series) or (
                    len(values) > 0 and str(col) in names and (values % 1 == 0).all()
                )
            out[col] = [fmt(v, whole=whole) for v in series.tolist()]
        elif col in ID_COLUMNS:
            out[col] = [
                (_swap(v, names, heads) if isinstance(v, str) else fmt(v, whole=whole))
                for v in series.tolist()
            ]
        else:
            # a framework's own column may name it by its id (the "framework" row of a summary)
            own = {col: names[col]} if col in names else {}
            out[col] = [
                own.get(v, v) if isinstance(v, str) else fmt(v, whole=whole)
                for v in series.tolist()
            ]
    labels = {**LABELS, **(columns or {})}
    header = {}
    for col in out.columns:
        text = str(col)
        if text in labels:
            header[col] = labels[text]
        elif text in names:
            header[col] = names[text]
        elif text.endswith(" %") and text[:-2] in names:
            header[col] = f"{names[text[:-2]]} (%)"
        else:
            header[col] = text[:1].upper() + text[1:].replace("_", " ")
    return out.rename(columns=header)


def styled(frame: pd.DataFrame, *, caption: str = "", widths: dict[str, str] | None = None):
    """A pandas ``Styler`` of a readable table: wrapped text, left-aligned, no index.

    Long statements wrap instead of being cut with "…"; the table's id is fixed, so a notebook
    shows the same HTML every run.

    Parameters
    ----------
    frame : pandas.DataFrame
        Usually the output of :func:`readable`.
    caption : str
        A caption above the table.
    widths : dict, optional
        Column header -> CSS width (e.g. ``{"Statement": "40em"}``).

    Returns
    -------
    pandas.io.formats.style.Styler

    Examples
    --------
    >>> import pandas as pd
    >>> html = styled(pd.DataFrame({"Statement": ["I listen."]}), caption="One").to_html()
    >>> "white-space: normal" in html and "<caption>One</caption>" in html
    True
    """
    style: Styler = frame.style.hide(axis="index").set_uuid("compkit")
    if caption:
        style = style.set_caption(caption)
    cell = [
        ("text-align", "left"),
        ("vertical-align", "top"),
        ("white-space", "normal"),
        ("padding", "0.25em 0.6em"),
    ]
    style = style.set_table_styles(
        [
            {"selector": "th", "props": [*cell, ("font-weight", "600")]},
            {"selector": "td", "props": cell},
            {"selector": "caption", "props": [("text-align", "left"), ("font-weight", "600")]},
        ]
    )
    for col, width in (widths or {}).items():
        if col in frame.columns:
            style = style.set_properties(subset=[col], **{"min-width": width})
    return style


def show(
    frame: pd.DataFrame,
    frameworks: tuple[Framework, ...] | list[Framework] = (),
    *,
    caption: str = "",
    columns: dict[str, str] | None = None,
    index: bool = False,
):
    """:func:`readable` then :func:`styled`: a comparison table as a person should see it.

    Examples
    --------
    >>> import compkit
    >>> cis = compkit.load("cis")
    >>> "Supporting our people" in show(cis.competencies[["competency"]]).to_html()
    True
    """
    return styled(readable(frame, frameworks, columns=columns, index=index), caption=caption)


def counts_table(framework, *, polarity: str = "effective") -> pd.DataFrame:
    """Statements per competency × level, with names, for reading.

    A cell the publisher left undefined says "not defined", never 0.

    Examples
    --------
    >>> counts_table("cis").loc["Supporting our people"].tolist()
    ['3', '2', '2', '2']
    """
    from .cells import counts
    from .tables import _load

    (fw,) = _load((framework,))
    table = counts(fw, polarity=polarity)
    shown = table.astype(object).where(table.notna(), NOT_DEFINED).map(str)
    shown.index = [c.name for c in fw.competency_records]
    shown.columns = [lv.name for lv in fw.level_records]
    return shown.rename_axis(index=fw.competency_term.capitalize(), columns="Level")
