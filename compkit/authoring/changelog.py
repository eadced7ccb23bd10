"""Render a :func:`compkit.diff` table as a change log (Markdown or HTML); see ``render_changelog``.

Statements are placed by competency and level name, the ids kept last for reference; reworded
statements show their word-level diff: struck-through and bold words in Markdown, ``<del>``
and ``<ins>`` in HTML (a page that prints on A4). The title tells two versions of the same
framework apart by their version or file name.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from ..errors import UsageError
from ._wordiff import _ops
from .versions import CHANGES

if TYPE_CHECKING:
    import pandas as pd

TITLES = {
    "added": "Added",
    "removed": "Removed",
    "reworded": "Reworded",
    "moved": "Moved",
    "moved and reworded": "Moved and reworded",
    "split": "Split",
    "merged": "Merged",
    "renamed": "Renamed",
    "unchanged": "Unchanged",
}


def _where(r) -> str:
    """Where a statement is (or was, if removed), by name: "Managing Work / Skilled"."""
    new = isinstance(r.new_competency, str)
    comp = _name(r, "new_competency" if new else "old_competency")
    level = _name(r, "new_level" if new else "old_level")
    return f"{comp} / {level}" if comp else ""


def _name(r, column: str) -> str:
    """The name beside an id column (the id when the table has no names, or none is known)."""
    name = getattr(r, f"{column}_name", None)
    ident = getattr(r, column)
    return name if isinstance(name, str) else ident if isinstance(ident, str) else ""


def title_of(attrs: dict) -> str:
    """The change log's title: both frameworks, told apart by version or file when named alike.

    Examples
    --------
    >>> title_of({"old": "WSX Mind", "new": "WSX Mind", "old_file": "wsx.yaml",
    ...           "new_file": "wsx-v2.yaml"})
    'Changes to WSX Mind: wsx.yaml → wsx-v2.yaml'
    >>> title_of({"old": "CiS", "new": "WSX Mind"})
    'Changes: CiS → WSX Mind'
    """
    old, new = attrs.get("old", "old"), attrs.get("new", "new")
    if old != new:
        return f"Changes: {old} → {new}"
    for key, word in (("version", "version "), ("file", "")):
        before, after = attrs.get(f"old_{key}") or "", attrs.get(f"new_{key}") or ""
        if before and after and before != after:
            return f"Changes to {new}: {word}{before} → {word}{after}"
    return f"Changes to {new}"


def _md_escape(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>|~])", r"\\\1", text).replace("\n", " ")


def _markdown_log(title: str, summary: str, sections) -> str:
    lines = [f"# {title}", "", f"**{summary}**", ""]
    for change, rows in sections:
        lines += [f"## {TITLES[change]} ({len(rows)})", ""]
        for r in rows.itertuples(index=False):
            ident = r.new_id if isinstance(r.new_id, str) else r.old_id
            if r.item != "indicator":
                lines.append(f"- {r.item.capitalize()}: {_md_text(r)}")
                continue
            if isinstance(r.old_id, str) and isinstance(r.new_id, str) and r.old_id != r.new_id:
                ident = f"{r.old_id} → {r.new_id}"
            note = f" ({_md_escape(r.note)})" if r.note else ""
            lines.append(f"- {_md_escape(_where(r))}{note}: {_md_text(r)} (`{ident}`)")
        lines.append("")
    return "\n".join(lines)


def _md_text(r) -> str:
    if isinstance(r.old_text, str) and isinstance(r.new_text, str) and r.old_text != r.new_text:
        return " ".join(
            _md_escape(t)
            if op == "equal"
            else (f"~~{_md_escape(t)}~~" if op == "delete" else f"**{_md_escape(t)}**")
            for op, t in _ops(r.old_text, r.new_text)
        )
    text = r.new_text if isinstance(r.new_text, str) else r.old_text
    return _md_escape(text or "")


_CSS = (
    "body{font-family:sans-serif;max-width:60em;margin:auto;line-height:1.45}"
    "@media print{@page{size:A4;margin:1.5cm}body{max-width:none;margin:0;font-size:10pt}"
    "h1,h2{break-after:avoid}tr{break-inside:avoid}thead{display:table-header-group}}"
    "del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}"
    "table{border-collapse:collapse;width:100%;table-layout:fixed}th:nth-child(1){width:22%}"
    "th:nth-child(2){width:40%}th:nth-child(3){width:18%}code{overflow-wrap:anywhere}"
    "td,th{border:1px solid #ccc;padding:4px;"
    "vertical-align:top;text-align:left}th{background:#eef2f6}code{font-size:90%}"
)


def _html_log(title: str, summary: str, sections, language: str = "en-GB") -> str:
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{e(language)}"><head><meta charset="utf-8">',
        f"<title>{e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{e(title)}</h1>",
        f"<p><strong>{e(summary)}</strong></p>",
    ]
    for change, rows in sections:
        parts.append(f"<h2>{e(TITLES[change])} ({len(rows)})</h2>")
        parts.append(
            "<table><thead><tr><th>Where</th><th>Statement</th><th>Note</th><th>Id</th></tr>"
            "</thead><tbody>"
        )
        for r in rows.itertuples(index=False):
            ident = r.new_id if isinstance(r.new_id, str) else r.old_id
            if isinstance(r.old_id, str) and isinstance(r.new_id, str) and r.old_id != r.new_id:
                ident = f"{r.old_id} → {r.new_id}"
            where = _where(r) if r.item == "indicator" else r.item.capitalize()
            parts.append(
                f"<tr><td>{e(where)}</td><td>{_html_text(r)}</td><td>{e(r.note or '')}</td>"
                f"<td><code>{e(ident)}</code></td></tr>"
            )
        parts.append("</tbody></table>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _html_text(r) -> str:
    e = html.escape
    if isinstance(r.old_text, str) and isinstance(r.new_text, str) and r.old_text != r.new_text:
        return " ".join(
            e(t)
            if op == "equal"
            else (f"<del>{e(t)}</del>" if op == "delete" else f"<ins>{e(t)}</ins>")
            for op, t in _ops(r.old_text, r.new_text)
        )
    return e((r.new_text if isinstance(r.new_text, str) else r.old_text) or "")


def render_changelog(changes: pd.DataFrame, *, to: str = "md", title: str = "") -> str:
    """A readable change log of a :func:`diff` table, as Markdown (``md``) or HTML (``html``).

    Examples
    --------
    >>> import compkit
    >>> doc = compkit.framework.to_dict("wsx")
    >>> doc["competencies"][0]["indicators"][0]["text"] = "Takes responsibility for own wellbeing"
    >>> log = render_changelog(compkit.diff("wsx", compkit.framework.build.from_dict(doc)))
    >>> print(log)
    # Changes to WSX Mind
    <BLANKLINE>
    **1 reworded**
    <BLANKLINE>
    ## Reworded (1)
    <BLANKLINE>
    - Demonstrating Personal Qualities / Core: ... (`qualities-core-1`)
    <BLANKLINE>
    """
    if to not in ("md", "html"):
        raise UsageError(f"unknown change log format {to!r}; expected one of: md, html")
    attrs = changes.attrs
    title = title or title_of(attrs)
    counts = changes["change"].value_counts()
    summary = ", ".join(f"{int(counts[c])} {c}" for c in CHANGES if c in counts) or "no changes"
    sections = [
        (c, changes[changes["change"] == c]) for c in CHANGES if (changes["change"] == c).any()
    ]
    if to == "md":
        return _markdown_log(title, summary, sections)
    return _html_log(title, summary, sections, attrs.get("language") or "en-GB")
