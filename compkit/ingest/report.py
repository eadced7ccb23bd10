"""The ingest report: what was read, every guess with its confidence, nothing dropped silently.

The report names the layout detected and why; then one entry per guess (what was read as a
level, a competency, a group, a stem, a description, a role), per structure repair (lines
joined, numbers joined), per cell left undefined, and per piece of source text that went into no
statement, name or description. Entries with the lowest confidence come first: they are the
ones to look at. It flattens to a DataFrame and prints as Markdown (``FILE.ingest.md``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from .._words import plural

__all__ = ["KINDS", "IngestReport", "Note"]

#: Kinds of report entries, in the order the Markdown report lists them.
KINDS = ("guess", "repair", "undefined", "unused", "warning")
_NOUNS = {"undefined": "undefined cell", "unused": "unused text"}  # "2 unused texts", in words


@dataclass(frozen=True)
class Note:
    """One report entry: its kind, how sure ingest is (0 to 1), what it says and where."""

    kind: str
    message: str
    confidence: float = 1.0
    where: str = ""


def _where(source: dict | None) -> str:
    if not source:
        return ""
    parts = []
    for key in ("page", "sheet", "cell", "table", "paragraph"):
        if source.get(key) not in (None, ""):
            parts.append(f"{key} {source[key]}")
    lines = source.get("lines") or []
    if lines:
        span = f"{lines[0]}" if len(lines) == 1 else f"{lines[0]}-{lines[-1]}"
        parts.append(f"line {span}" if len(lines) == 1 else f"lines {span}")
    return ", ".join(parts)


@dataclass
class IngestReport:
    """What :func:`compkit.ingest.ingest` read, and every guess it made.

    Attributes
    ----------
    file : str
        The document read.
    layout : str
        The layout detected (or given).
    reasons : list of str
        Why that layout.
    notes : list of Note
        Every guess, repair, undefined cell, unused text and warning.
    counts : pandas.DataFrame
        Statements per competency (rows) and level (columns), in source order.
    read_lines : int
        How many source lines went into statements (0: not counted).
    """

    file: str
    layout: str = ""
    reasons: list[str] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    counts: pd.DataFrame = field(default_factory=pd.DataFrame)
    read_lines: int = 0  # the source lines inside statements (0: not counted)

    def add(self, kind: str, message: str, confidence: float = 1.0, source=None) -> None:
        """Add an entry (``source`` is a location dict or a ready-made string)."""
        where = source if isinstance(source, str) else _where(source)
        self.notes.append(Note(kind, message, round(float(confidence), 2), where))

    @staticmethod
    def where(source: dict | None) -> str:
        """Where a location dict points, as the report's entries say it.

        Examples
        --------
        >>> IngestReport.where({"sheet": "Skills", "cell": "C4"})
        'sheet Skills, cell C4'
        """
        return _where(source)

    def to_frame(self) -> pd.DataFrame:
        """One row per entry, lowest confidence first (columns kind, confidence, message, where).

        Examples
        --------
        >>> r = IngestReport("fw.txt", "outline")
        >>> r.add("guess", "'Level 1' read as a level", 0.9, {"lines": [3]})
        >>> r.to_frame()[["kind", "message", "where"]].loc[0].tolist()
        ['guess', "'Level 1' read as a level", 'line 3']
        """
        frame = pd.DataFrame(
            [(n.kind, n.confidence, n.message, n.where) for n in self.notes],
            columns=["kind", "confidence", "message", "where"],
        )
        order = {k: i for i, k in enumerate(KINDS)}
        frame["_k"] = frame["kind"].map(order)
        return (
            frame.sort_values(["confidence", "_k"], kind="stable")
            .drop(columns="_k")
            .reset_index(drop=True)
        )

    def summary(self) -> dict[str, int]:
        """How many entries of each kind."""
        return {k: sum(n.kind == k for n in self.notes) for k in KINDS}

    def unread(self) -> str:
        """A warning when more source lines went into no statement than into statements.

        The unused lines are those the report's unused entries name (their line spans).
        Empty when most lines were read, or when the lines read were not counted.

        Examples
        --------
        >>> r = IngestReport("fw.pdf", "outline", read_lines=3)
        >>> r.add("unused", "'Overview' is in no statement", 0.5, {"page": 1, "lines": [1, 9]})
        >>> r.unread()
        'most of the text (9 of 12 lines) went into no statement'
        """
        spans = [_span(n.where, n.message) for n in self.notes if n.kind == "unused"]
        unused = sum(n for n, _ in spans)
        if not self.read_lines or unused <= self.read_lines:
            return ""
        total = unused + self.read_lines
        least = "at least " if any(inexact for _, inexact in spans) else ""
        return f"most of the text ({least}{unused:,} of {total:,} lines) went into no statement"

    @property
    def low_confidence(self) -> list[Note]:
        """Entries with confidence under 0.7: the guesses to check first."""
        return [n for n in self.notes if n.confidence < 0.7]

    def to_markdown(self) -> str:
        """The report as Markdown: layout, counts, then entries (lowest confidence first)."""
        total = int(self.counts.sum().sum()) if not self.counts.empty else 0
        out = [
            f"# Ingest report: {self.file}",
            "",
            f"Layout: **{self.layout}** — " + "; ".join(self.reasons),
            "",
            f"{plural(total, 'statement')} read. "
            + ", ".join(plural(v, _NOUNS.get(k, k)) for k, v in self.summary().items() if v)
            + ".",
            "",
        ]
        if self.unread():
            out += [f"**Warning: {self.unread()}.**", ""]
        if not self.counts.empty:  # by name where the names are known (ingest.reportview)
            names, levels = getattr(self, "names", {}), getattr(self, "level_names", {})
            table = self.counts.rename(index=names, columns=levels)
            term = getattr(self, "term", "competency").capitalize()
            out += [
                "## Statements per cell",
                "",
                _md_table(table.rename_axis(term).reset_index(), "undefined"),
                "",
            ]
        frame = self.to_frame()
        if len(frame):
            out += ["## Entries (lowest confidence first)", ""]
            shown = frame.assign(message=frame["message"].str.replace("|", "\\|", regex=False))
            out += [_md_table(shown), ""]
        return "\n".join(out)

    def __str__(self) -> str:
        return self.to_markdown()


def _span(where: str, message: str = "") -> tuple[int, bool]:
    """How many lines an unused entry covers, and whether that is a lower bound.

    Its place's lines ("page 2, lines 4-9" is 6; none, 0), or the paragraphs its message
    counts ("the text under 'Level 3' (21 sections, 71 paragraphs) ...": at least 71 lines).
    """
    m = re.search(r"\((?:[\d,]+ sections?, )?([\d,]+) paragraphs?\)", message)
    if m:
        return int(m.group(1).replace(",", "")), True
    m = re.search(r"\blines? (\d+)(?:-(\d+))?$", where)
    if not m:
        return 0, False
    return (int(m.group(2)) - int(m.group(1)) + 1 if m.group(2) else 1), False


def _md_table(frame: pd.DataFrame, missing: str = "") -> str:
    """A Markdown table; a missing value (None, NaN, ``<NA>``) reads ``missing``."""
    cols = [str(c) for c in frame.columns]
    rows = [[missing if v is None or v is pd.NA or v != v else str(v).replace("\n", " ")
             for v in r] for r in frame.to_numpy()]  # fmt: skip
    lines = ["| " + " | ".join(cols) + " |", "|" + " --- |" * len(cols)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)
