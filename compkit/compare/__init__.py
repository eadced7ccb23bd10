"""Compare frameworks: side-by-side tables, themes, pictures, the report and the dashboard.

Tables (:mod:`~compkit.compare.tables`) line two or more frameworks up row by row;
:func:`headline_differences` condenses them into findings; themes
(:mod:`~compkit.compare.themes`) say what each covers; :mod:`~compkit.compare.plots` draws them;
:func:`write_report` puts it all in one file for a client; ``compare.dashboard`` serves it to
people who do not code.

Examples
--------
>>> from compkit import compare
>>> compare.compare_overview("cis", "wsx").loc["indicators"].tolist()
[62, 153]
"""

from .cells import cell_counts, counts
from .headlines import headline_differences
from .report import report_html, report_markdown, write_report
from .tables import (
    compare_competencies,
    compare_levels,
    compare_overview,
    scope_by_level,
    statement_lengths,
    statements,
    voice_shares,
)
from .theme_suggest import suggest_themes
from .themes import assign_themes, theme_by_level, theme_coverage, theme_gaps, unthemed
from .values_table import values_map

__all__ = [
    "assign_themes",
    "cell_counts",
    "compare_competencies",
    "compare_levels",
    "compare_overview",
    "counts",
    "headline_differences",
    "report_html",
    "report_markdown",
    "scope_by_level",
    "statement_lengths",
    "statements",
    "suggest_themes",
    "theme_by_level",
    "theme_coverage",
    "theme_gaps",
    "unthemed",
    "values_map",
    "voice_shares",
    "write_report",
]
