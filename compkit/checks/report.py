"""The checker's report: findings as data, a DataFrame, a summary table and filters."""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass

import pandas as pd

from .._words import plural
from ._arguments import given
from .registry import FAMILIES, RULES, SEVERITIES, Finding, resolve

#: Columns of :meth:`Report.to_frame`.
FINDING_COLUMNS = [
    "code",
    "name",
    "severity",
    "family",
    "framework",
    "indicator_id",
    "related_id",
    "subject",
    "competency_id",
    "level",
    "source_lines",
    "message",
]


@dataclass(frozen=True)
class Report:
    """Every finding of a check, in rule order; immutable.

    Examples
    --------
    >>> import compkit
    >>> report = compkit.check("cis")
    >>> report.filter(select="C").to_frame()[["code", "indicator_id", "related_id"]]
       code         indicator_id           related_id
    0  C002       brilliant-l2-1       brilliant-l1-1
    1  C002  sustainability-l2-1  sustainability-l1-1
    >>> both = report + compkit.check("wsx")
    >>> both.summary().head(3)
       code                            name severity  cis  wsx  total
    0  C002        restated-at-higher-level  warning    2    2      4
    1  C004  repeated-from-other-competency     info    0    1      1
    2  P001               scope-below-level     info    0    2      2
    """

    findings: tuple[Finding, ...]
    frameworks: tuple[str, ...] = ()
    #: What the check left out and why ("language fr is not English, so 14 rules ...").
    notes: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.findings)

    def __add__(self, other: Report) -> Report:
        """The findings of two reports (of two frameworks, say), in one report."""
        if not isinstance(other, Report):
            return NotImplemented  # Python's TypeError names both types
        frameworks = tuple(dict.fromkeys(self.frameworks + other.frameworks))
        notes = tuple(dict.fromkeys(self.notes + other.notes))
        return Report(self.findings + other.findings, frameworks, notes)

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    @property
    def has_errors(self) -> bool:
        """True when any finding has error severity."""
        return any(f.severity == "error" for f in self.findings)

    def to_frame(self) -> pd.DataFrame:
        """One row per finding (columns :data:`FINDING_COLUMNS`)."""
        rows = [{**asdict(f), "family": FAMILIES[f.code[0]]} for f in self.findings]
        return pd.DataFrame(rows, columns=FINDING_COLUMNS)

    def summary(self) -> pd.DataFrame:
        """Findings counted by code (rows) and framework (columns), with name and severity."""
        frame = self.to_frame()
        if frame.empty:
            return pd.DataFrame(columns=["code", "name", "severity", "total"])
        table = pd.crosstab([frame["code"], frame["name"], frame["severity"]], frame["framework"])
        table["total"] = table.sum(axis=1)
        return table.reset_index().rename_axis(columns=None)

    def filter(
        self,
        *,
        select: Iterable[str] | str | None = None,
        ignore: Iterable[str] | str | None = None,
    ) -> Report:
        """A report with only the findings of ``select`` codes/prefixes, less ``ignore`` ones."""
        keep = resolve(select, argument="select") if select else set(RULES)
        keep -= resolve(ignore, argument="ignore")
        kept = tuple(f for f in self.findings if f.code in keep)
        return Report(kept, self.frameworks, self.notes)

    def __repr__(self) -> str:
        counts = {s: sum(f.severity == s for f in self.findings) for s in SEVERITIES}
        head = (
            f"<Report {', '.join(self.frameworks)}: {plural(len(self), 'finding')} "
            f"({plural(counts['error'], 'error')}, {plural(counts['warning'], 'warning')}, "
            f"{counts['info']} info)>"
        )
        lines = [
            f"  {f.code} {f.framework}:{f.indicator_id or f.competency_id or '-'} {f.message}"
            for f in self.findings[:20]
        ]
        more = [f"  ... and {len(self) - 20} more"] if len(self) > 20 else []
        return "\n".join([head, *lines, *more, *(f"  note: {n}" for n in self.notes)])

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{f.code}</td><td>{html.escape(f.name)}</td><td>{f.severity}</td>"
            f"<td>{html.escape(f.framework)}</td><td>{html.escape(f.indicator_id)}</td>"
            f"<td>{html.escape(f.related_id)}</td><td>{html.escape(f.message)}</td></tr>"
            for f in self.findings
        )
        head = "".join(
            f"<th>{c}</th>"
            for c in ("code", "name", "severity", "framework", "indicator", "related", "message")
        )
        return (
            f"<p><b>{plural(len(self), 'finding')}</b> in "
            f"{html.escape(', '.join(self.frameworks))}</p>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
        )


def report_argument(value, argument: str = "report") -> Report:
    """``value`` as a checker's report; an error naming ``argument`` when it is none.

    Examples
    --------
    >>> import pandas as pd
    >>> report_argument(pd.DataFrame())
    Traceback (most recent call last):
    compkit.errors.UsageError: report: expected a Report, as compkit.check returns, got DataFrame
    """
    from ..errors import UsageError
    from ..framework.model import Framework

    if isinstance(value, Report):
        return value
    if isinstance(value, Framework):
        said = "a Framework; compkit.check(framework) makes its report"
    elif isinstance(value, str | int | float | bytes | type(None) | list | tuple | dict):
        said = given(value)
    else:  # a table or an object: its name, not its contents
        said = type(value).__name__
    raise UsageError(f"{argument}: expected a Report, as compkit.check returns, got {said}")
