"""Where each finding stands in the framework file: its path and line, for editors and CI.

A finding's ``source_lines`` are lines of the *source* the statement was read from (the raw
document or web page), not of the framework file the checker read; a CI annotation or an
editor jumping to a finding needs the framework file's own path and line. :func:`file_lines`
adds both to a report's table, reading the file's YAML once with the loader's line map.
"""

from __future__ import annotations

import pandas as pd
import yaml

from ..framework import Framework
from ..framework._yaml import load_yaml
from .report import Report

#: Columns :func:`file_lines` adds after those of :meth:`Report.to_frame`.
FILE_COLUMNS = ["file", "line"]


def _lines(fw: Framework) -> dict[str, int]:
    """The line of each indicator and competency id in the framework's file ({} for none)."""
    if fw.path is None or not fw.path.is_file():
        return {}
    try:
        doc, linemap, _ = load_yaml(fw.path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):  # changed since it was loaded
        return {}
    found: dict[str, int] = {}
    comps = doc.get("competencies") if isinstance(doc, dict) else None
    for c, comp in enumerate(comps if isinstance(comps, list) else []):
        if not isinstance(comp, dict):
            continue
        if isinstance(comp.get("id"), str):
            found[comp["id"]] = linemap.line(["competencies", c, "id"]) or 0
        indicators = comp.get("indicators")
        for k, ind in enumerate(indicators if isinstance(indicators, list) else []):
            if isinstance(ind, dict) and isinstance(ind.get("id"), str):
                where = ["competencies", c, "indicators", k, "text"]
                found[ind["id"]] = linemap.line(where) or 0
    return found


def file_lines(report: Report, *frameworks: Framework) -> pd.DataFrame:
    """A report's findings with the framework file's path and the line of each in it.

    The line is that of the statement's ``text`` (a finding about a competency: its ``id``);
    a finding about the framework as a whole, or one of a framework given no file, has line 0.

    Parameters
    ----------
    report : Report
        The findings, as :func:`compkit.checks.check` returns them.
    *frameworks : Framework
        The frameworks checked (each loaded from its file).

    Returns
    -------
    pandas.DataFrame
        :data:`~compkit.checks.report.FINDING_COLUMNS` then ``file`` and ``line`` (int).

    Examples
    --------
    >>> import compkit
    >>> from compkit.checks import check
    >>> cis = compkit.load("cis")
    >>> table = file_lines(check(cis), cis)
    >>> table[["code", "indicator_id", "line"]].head(2)
       code         indicator_id  line
    0  C002       brilliant-l2-1   138
    1  C002  sustainability-l2-1   295
    >>> table["file"].iloc[0].endswith("cis.yaml")
    True
    """
    frame = report.to_frame()
    files = {fw.id: str(fw.path) if fw.path is not None else "" for fw in frameworks}
    lines = {fw.id: _lines(fw) for fw in frameworks}
    frame["file"] = frame["framework"].map(files).fillna("")
    keys = zip(frame["framework"], frame["indicator_id"], frame["competency_id"], strict=True)
    frame["line"] = [lines.get(f, {}).get(i) or lines.get(f, {}).get(c) or 0 for f, i, c in keys]
    return frame.astype({"line": int})
