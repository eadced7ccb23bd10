"""The pieces a comparison report is made of: tables, figures, sections and the report itself.

Built by :mod:`compkit.compare.report_content`, laid out by :mod:`compkit.compare.report` (HTML,
Markdown) and :mod:`compkit.compare.report_docx` (Word).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

__all__ = ["Figure", "Report", "Section", "Table", "figure_block"]


@dataclass
class Table:
    """A table for people: a caption and a frame of strings with headers in words."""

    caption: str
    frame: pd.DataFrame
    wide: str = ""  # the column that takes the spare width (a statement, a finding)
    listing: bool = False  # rows that may run on over pages however few (never printed whole)

    def numeric(self) -> list[bool]:
        """Whether each column holds numbers only (set right-aligned, as figures are)."""
        values = self.frame.astype(str).to_numpy().tolist()
        return [
            bool(values) and all(_NUMBER.match(row[j]) for row in values)
            for j in range(len(self.frame.columns))
        ]


_NUMBER = re.compile(r"^[–-]?[\d,]+(\.\d+)?%?$|^–$|^[\d,]+ \([\d.]+%\)$")


@dataclass
class Figure:
    """A picture: a file name (no suffix), a caption, PNG bytes and its width in inches."""

    name: str
    caption: str
    png: bytes
    width: float


@dataclass
class Section:
    """A titled part of the report: paragraphs, then tables and figures in order."""

    title: str
    paragraphs: list[str] = field(default_factory=list)
    blocks: list[Table | Figure] = field(default_factory=list)


@dataclass
class Report:
    """Everything the report says; see :func:`build_report`."""

    title: str
    subtitle: str
    author: str
    date: str
    summary: list[str]
    sections: list[Section]
    language: str = "en-GB"  # the report's own: en-GB unless both frameworks are en-US


def figure_block(name: str, caption: str, fig) -> Figure:
    """A :class:`Figure` from a matplotlib figure (rendered once, to PNG)."""
    from .._plotting import figure_png

    return Figure(name, caption, figure_png(fig, dpi=100), float(fig.get_figwidth()))
