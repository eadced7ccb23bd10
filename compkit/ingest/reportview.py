"""The ingest report as a notebook and a console show it: short, by name, the doubtful first.

:class:`ShownReport` is the :class:`~compkit.ingest.report.IngestReport` that
:func:`compkit.ingest` returns, with the names of what it read (competencies and levels), so
that ``result.report`` left as a cell's last line reads like ``OUT.ingest.md``: the file, the
layout and why, how many statements, how many entries of each kind, the statements per
competency and level by name, and the entries lowest confidence first (the first
:data:`MOST_ENTRIES`; ``to_frame()`` has them all), not a wall of dataclass fields. Every text
from the document is escaped. ``str(report)`` is still the whole Markdown report.
"""

from __future__ import annotations

import html
import textwrap

import pandas as pd

from .._words import plural
from .report import IngestReport

__all__ = ["MOST_ENTRIES", "MOST_ROWS", "ShownReport", "report_html", "report_text"]

#: The most entries the display lists (lowest confidence first); the rest are counted.
MOST_ENTRIES = 12
#: The most competencies the display's table lists; the rest are counted.
MOST_ROWS = 20

_NOUNS = {"undefined": "undefined cell", "unused": "unused text"}
_CELL = "padding:2px 8px;border-bottom:1px solid #ddd;vertical-align:top"
_DOUBT = 0.7  # under this a guess is one to check first (IngestReport.low_confidence)


class ShownReport(IngestReport):
    """An :class:`~compkit.ingest.report.IngestReport` that shows itself in words.

    Attributes
    ----------
    names : dict
        Competency id → name, in the framework's order (set once the framework is built).
    level_names : dict
        Level id → name, lowest first.
    term : str
        What the framework calls its competencies ("competency", "cluster", ...).
    """

    names: dict
    level_names: dict
    term: str

    def named(self, framework) -> ShownReport:
        """Take the names of ``framework``'s competencies and levels; return the report."""
        self.names = {c.id: c.name for c in framework.competency_records}
        self.level_names = {lv.id: lv.name for lv in framework.level_records}
        self.term = framework.competency_term
        return self

    def __repr__(self) -> str:
        return report_text(self)

    def _repr_html_(self) -> str:
        return report_html(self)


def _summary(report: IngestReport) -> str:
    """The counts in a sentence: "62 statements read in 6 competencies × 4 levels: 9 guesses"."""
    counts = report.counts
    total = int(counts.sum().sum()) if not counts.empty else 0
    said = plural(total, "statement") + " read"
    if not counts.empty:
        term = getattr(report, "term", "competency")
        said += f" in {plural(len(counts.index), term)} × {plural(len(counts.columns), 'level')}"
    kinds = [plural(n, _NOUNS.get(k, k)) for k, n in report.summary().items() if n]
    return said + (": " + ", ".join(kinds) if kinds else "") + "."


def _doubtful(report: IngestReport) -> str:
    n = len(report.low_confidence)
    if not n:
        return "No entry is under 0.7 confidence."
    them = "it" if n == 1 else "them"
    return f"{plural(n, 'entry', 'entries')} under 0.7 confidence: check {them} first."


def _named_counts(report: IngestReport) -> pd.DataFrame:
    """``report.counts`` with competencies and levels by name (ids where no name is known)."""
    names, levels = getattr(report, "names", {}), getattr(report, "level_names", {})
    table = report.counts.copy()
    table.index = [names.get(i, i) for i in table.index]
    table.columns = [levels.get(c, c) for c in table.columns]
    return table


def report_text(report: IngestReport, *, most: int = MOST_ENTRIES) -> str:
    """The report in a few lines of text: file, layout, counts and the doubtful entries first.

    Examples
    --------
    >>> r = ShownReport("fw.txt", "headings-lists", ["headings over lists"])
    >>> r.add("guess", "organisation not stated", 0.3)
    >>> print(report_text(r))
    Ingest report: fw.txt
    Layout: headings-lists (headings over lists)
    0 statements read: 1 guess.
    1 entry under 0.7 confidence: check it first.
    <BLANKLINE>
      0.30  guess      organisation not stated
    """
    out = [f"Ingest report: {report.file}"]
    out.append(f"Layout: {report.layout or '(none)'}" + _reasons(report, " ({})"))
    out.append(_summary(report))
    if report.unread():
        out.append(f"Warning: {report.unread()}.")
    out.append(_doubtful(report))
    frame = report.to_frame()
    if len(frame):
        out.append("")
        for row in frame.head(most).itertuples():
            said = row.message + (f" [{row.where}]" if row.where else "")
            lead = f"  {row.confidence:.2f}  {_NOUNS.get(row.kind, row.kind):<9}  "
            lines = textwrap.wrap(said, 96 - len(lead)) or [""]
            out.append(lead + lines[0])
            out += [" " * len(lead) + line for line in lines[1:]]
        if len(frame) > most:
            out.append(f"  … and {len(frame) - most:,} more (report.to_frame() has them all)")
    return "\n".join(out)


def _reasons(report: IngestReport, form: str) -> str:
    return form.format("; ".join(report.reasons)) if report.reasons else ""


def report_html(report: IngestReport, *, most: int = MOST_ENTRIES, rows: int = MOST_ROWS) -> str:
    """The report as an HTML fragment (a ``div`` of class ``compkit-ingest-report``).

    Parameters
    ----------
    report : IngestReport
        The report to show.
    most : int
        The most entries listed, lowest confidence first (the others are counted).
    rows : int
        The most competencies the table of statements lists (the others are counted).

    Examples
    --------
    >>> r = ShownReport("a<b>.docx", "long", ["a row per statement"])
    >>> r.add("unused", "'<script>' is in no statement", 0.5, {"page": 2})
    >>> shown = report_html(r)
    >>> "&lt;script&gt;" in shown, "<script>" in shown, "1 unused text" in shown
    (True, False, True)
    """
    esc = html.escape
    head = (
        f"<p style='margin:0 0 4px'><b>Ingest report: {esc(report.file)}</b></p>"
        f"<p style='margin:0 0 4px'>Layout: <b>{esc(report.layout or '(none)')}</b>"
        f"{esc(_reasons(report, ' — {}'))}</p>"
        f"<p style='margin:0 0 6px'>{esc(_summary(report))} {esc(_doubtful(report))}</p>"
    )
    if report.unread():
        head += f"<p style='margin:0 0 6px;color:#a40'><b>Warning: {esc(report.unread())}.</b></p>"
    return (
        f"<div class='compkit-ingest-report'>{head}{_entries_html(report, most)}"
        f"{_counts_html(report, rows)}<p style='margin:6px 0 0;color:#555'>"
        "<code>.to_frame()</code> has every entry; <code>print(report)</code> the whole report "
        "as Markdown.</p></div>"
    )


def _entries_html(report: IngestReport, most: int) -> str:
    frame = report.to_frame()
    if not len(frame):
        return ""
    esc = html.escape
    heads = [("Confidence", "right"), ("Kind", "left"), ("What was read", "left")]
    heads.append(("Where", "left"))
    head = "".join(f"<th style='{_CELL};text-align:{a}'>{t}</th>" for t, a in heads)
    body = []
    for row in frame.head(most).itertuples():
        tint = " style='background:#fff4e0'" if row.confidence < _DOUBT else ""
        body.append(
            f"<tr{tint}><td style='{_CELL};text-align:right'>"
            f"{row.confidence:.2f}</td>"
            f"<td style='{_CELL};text-align:left;white-space:nowrap'>"
            f"{esc(_NOUNS.get(row.kind, row.kind))}</td>"
            f"<td style='{_CELL};text-align:left'>{esc(row.message)}</td>"
            f"<td style='{_CELL};text-align:left;color:#555;white-space:nowrap'>"
            f"{esc(row.where)}</td></tr>"
        )
    more = len(frame) - most
    caption = (
        f"Entries, lowest confidence first ({len(frame):,})"
        if more > 0
        else "Entries, lowest confidence first"
    )
    foot = (
        f"<p style='margin:4px 0 8px;color:#555'>… and {more:,} more "
        f"{'entry' if more == 1 else 'entries'}</p>"
        if more > 0
        else ""
    )
    return (
        f"<table class='compkit-ingest-entries' style='border-collapse:collapse;margin-bottom:6px'>"
        f"<caption style='text-align:left;color:#555'>{caption}</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>{foot}"
    )


def _counts_html(report: IngestReport, rows: int) -> str:
    if report.counts.empty:
        return ""
    esc = html.escape
    table = _named_counts(report)
    term = getattr(report, "term", "competency")
    lead = f"<th style='{_CELL};text-align:left'>{esc(term.capitalize())}</th>"
    head = lead + "".join(
        f"<th style='{_CELL};text-align:right'>{esc(str(c))}</th>" for c in table.columns
    )
    body = []
    for name, values in table.head(rows).iterrows():
        cells = "".join(
            f"<td style='{_CELL};text-align:right'>{'–' if pd.isna(v) else f'{int(v):,}'}</td>"
            for v in values
        )
        body.append(f"<tr><td style='{_CELL};text-align:left'>{esc(str(name))}</td>{cells}</tr>")
    more = len(table) - rows
    foot = (
        f"<p style='margin:4px 0 0;color:#555'>… and {plural(more, term)} more</p>"
        if more > 0
        else ""
    )
    undefined = "; – where the publisher defined none" if table.isna().any().any() else ""
    return (
        "<table class='compkit-ingest-counts' style='border-collapse:collapse'>"
        f"<caption style='text-align:left;color:#555'>Statements per {esc(term)} and level"
        f"{undefined}</caption><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody>"
        f"</table>{foot}"
    )
