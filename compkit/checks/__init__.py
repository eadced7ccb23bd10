"""The consistency checker: a linter for competency frameworks.

Rules live in one registry (:mod:`compkit.checks.registry`), in five families:
Structure (S, :mod:`~compkit.checks.structure`; a gap in the level ranks,
:mod:`~compkit.checks.ranks`), Cumulation (C, :mod:`~compkit.checks.cumulation`
and :mod:`~compkit.checks.overlap`),
Progression (P, :mod:`~compkit.checks.progression`), Text quality (T,
:mod:`~compkit.checks.text_quality`, :mod:`~compkit.checks.misspelling`,
:mod:`~compkit.checks.spelling` and :mod:`~compkit.checks.typography`) and Values (V,
:mod:`~compkit.checks.values`). Findings are data: a
:class:`Report` that flattens to a DataFrame and summarises as a table; :func:`file_lines`
adds each finding's path and line in the framework file (for editors and CI). ``docs/rules.md`` is
generated from the registry (``python -m compkit.checks > docs/rules.md``).
"""

from __future__ import annotations

from .filelines import file_lines
from .registry import RULES, Finding, Rule, get_rule, sorted_rules
from .report import FINDING_COLUMNS, Report
from .rulesdoc import rules_markdown
from .run import check

__all__ = [
    "FINDING_COLUMNS",
    "RULES",
    "Finding",
    "Report",
    "Rule",
    "check",
    "file_lines",
    "get_rule",
    "rules_markdown",
    "sorted_rules",
]
