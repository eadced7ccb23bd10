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

from .._words import plural
from ..errors import UsageError
from ._wordiff import _ops, _read
from .versions import CHANGES

if TYPE_CHECKING:
    import pandas as pd

TITLES = {
    "renamed": "Renamed",
    "changed": "Changed",
    "added": "Added",
    "removed": "Removed",
    "reworded": "Reworded",
    "moved": "Moved",
    "moved and reworded": "Moved and reworded",
    "note changed": "Note changed (statement kept)",
    "reordered": "Reordered",
    "split": "Split",
    "merged": "Merged",
    "id changed": "Id changed (text kept)",
    "unchanged": "Unchanged",
}
#: A change in the summary's words, where its name does not read ("2 statements given new ids").
SAID = {"id changed": "given a new id", "note changed": "with a changed note"}
#: What leads a statement's note in the log: the note stands beside it and is none of its words.
NOTE = "Note (not part of the statement)"
#: What a reader calls each kind of item.
ITEMS = {"indicator": "statement"}


def _where(r) -> str:
    """Where a statement is (or was, if removed), by name: "Managing Work / Skilled".

    An ineffective statement says so: "Managing workload / Manager / ineffective".
    """
    new = isinstance(r.new_competency, str)
    comp = _name(r, "new_competency" if new else "old_competency")
    level = _name(r, "new_level" if new else "old_level")
    side = getattr(r, "new_polarity" if new else "old_polarity", None)
    where = f"{comp} / {level}" if comp else ""
    return f"{where} / {side}" if where and side == "ineffective" else where


def _name(r, column: str) -> str:
    """The name beside an id column (the id when the table has no names, or none is known)."""
    name = getattr(r, f"{column}_name", None)
    ident = getattr(r, column)
    return name if isinstance(name, str) else ident if isinstance(ident, str) else ""


def _item(r, term: str = "competency") -> str:
    """The kind of item in words, capitalised: "Competency" (or the framework's), "Statement"."""
    return ITEMS.get(r.item, term if r.item == "competency" else r.item).capitalize()


def _term(changes: pd.DataFrame) -> str:
    """The framework's own word for a competency ("theme", "track"), as :func:`diff` notes it."""
    return changes.attrs.get("competency_term") or "competency"


def describe(r, *, term: str = "competency") -> tuple[str, str]:
    """What happened to one row of a :func:`compkit.diff` table, in words: (where, note).

    A renamed competency, level, group, value or role reads "renamed: Old → New"; a split or
    merge is told by how many statements, not their ids. A competency is called ``term``, the
    framework's own word for one (``changes.attrs["competency_term"]``).
    """
    note = r.note or ""
    if r.item != "indicator":
        if r.change == "renamed":
            ids = note.split("; ", 1)[1] if "; " in note else ""
            return _item(r, term), "; ".join(
                x for x in (f"renamed: {r.old_text} → {r.new_text}", ids) if x
            )
        return _item(r, term), note
    parts = [x for x in note.split("; ") if x and not x.startswith(("split into", "merged from"))]
    if r.change in ("split", "merged") and note:
        many = next(x for x in note.split("; ") if x.startswith(("split into", "merged from")))
        n = len(many.split(", "))
        parts.insert(0, f"{r.change} {'into' if r.change == 'split' else 'from'} {n} statements")
    return _where(r), "; ".join(parts)


def summary(changes: pd.DataFrame) -> str:
    """The changes counted as a reader counts them: "1 competency renamed, 2 statements added".

    A statement split in two is one statement split; two merged into one are one merge.
    """
    if changes.empty:
        return "no changes"
    out = []
    for change in CHANGES:
        rows = changes[changes["change"] == change]
        for item in dict.fromkeys(rows["item"]):
            part = rows[rows["item"] == item]
            n = len(part)
            if change == "split":
                n = part["old_id"].nunique()
            elif change == "merged":
                n = part["new_id"].nunique()
            word = ITEMS.get(item, _term(changes) if item == "competency" else item)
            out.append(f"{plural(n, word)} {SAID.get(change, change)}")
    return ", ".join(out)


def title_of(attrs: dict) -> str:
    """The change log's title: both frameworks, told apart by version or file when named alike.

    Examples
    --------
    >>> title_of({"old": "WSX Mind", "new": "WSX Mind", "old_file": "wsx.yaml",
    ...           "new_file": "wsx-v2.yaml"})
    'Changes to WSX Mind: wsx.yaml → wsx-v2.yaml'
    >>> title_of({"old": "CiS", "new": "WSX Mind"})
    'Changes: CiS → WSX Mind'

    A name holding a colon takes no colon after it, so none reads as the break:

    >>> title_of({"old": "Acme: Engineering", "new": "Acme: Engineering", "old_version": "1",
    ...           "new_version": "2"})
    'Changes to Acme: Engineering (version 1 → version 2)'
    """
    old, new = attrs.get("old", "old"), attrs.get("new", "new")
    colon = ":" in old + new
    if old != new:
        return f"Changes from {old} to {new}" if colon else f"Changes: {old} → {new}"
    for key, word in (("version", "version "), ("file", "")):
        before, after = attrs.get(f"old_{key}") or "", attrs.get(f"new_{key}") or ""
        if before and after and before != after:
            said = f"{word}{before} → {word}{after}"
            return f"Changes to {new} ({said})" if colon else f"Changes to {new}: {said}"
    return f"Changes to {new}"


def _md_escape(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>|~])", r"\\\1", text).replace("\n", " ")


def _groups(rows: pd.DataFrame):
    """The rows of one change, a split's (or merge's) parts together under their one statement."""
    done: set = set()
    for r in rows.itertuples(index=False):
        if r.change in ("split", "merged"):
            key = (r.change, r.old_id if r.change == "split" else r.new_id)
            if key in done:
                continue
            done.add(key)
            side = "old_id" if r.change == "split" else "new_id"
            parts = [p for p in rows.itertuples(index=False) if getattr(p, side) == key[1]]
            yield r, parts
        else:
            yield r, []


def _ident(r) -> str:
    if isinstance(r.old_id, str) and isinstance(r.new_id, str) and r.old_id != r.new_id:
        return f"{r.old_id} → {r.new_id}"
    return r.new_id if isinstance(r.new_id, str) else r.old_id


def _count(change: str, rows: pd.DataFrame) -> int:
    if change == "split":
        return rows["old_id"].nunique()
    if change == "merged":
        return rows["new_id"].nunique()
    return len(rows)


def _markdown_log(title: str, summary: str, sections, term: str = "competency") -> str:
    e = _md_escape
    lines = [f"# {title}", "", f"**{summary}**", ""]
    for change, rows in sections:
        lines += [f"## {TITLES[change]} ({_count(change, rows)})", ""]
        for r, parts in _groups(rows):
            where, note = describe(r, term=term)
            if r.item != "indicator":
                lines.append(f"- {e(_structure_line(r, where, note))}")
                if r.word_diff:  # a description or introduction reworded: its words
                    lines.append(f"  - {_told(r)}: {_md_words(_read(r.word_diff))}")
                continue
            if parts:
                whole = r.old_text if r.change == "split" else r.new_text
                lines.append(f"- {e(where)} ({e(note)}): {e(whole)}")
                for p in parts:
                    piece = p.new_text if r.change == "split" else p.old_text
                    at = e(_where(p)) if r.change == "split" else e(_old_where(p))
                    lines.append(f"  - {at}: {e(piece)} (`{_ident(p)}`)")
                continue
            if r.change == "id changed":  # the text is kept: the ids are the news
                lines.append(f"- {e(where)}: `{r.old_id}` → `{r.new_id}`")
                if (ops := _note_ops(r)) is not None:
                    lines.append(f"  - {NOTE}: {_md_words(ops)}")
                continue
            note = f" ({e(note)})" if note else ""
            lines.append(f"- {e(where)}{note}: {_md_text(r)} (`{_ident(r)}`)")
            if (ops := _note_ops(r)) is not None:
                lines.append(f"  - {NOTE}: {_md_words(ops)}")
        lines.append("")
    return "\n".join(lines)


def _structure_line(r, item: str, note: str) -> str:
    """A competency, level, group, value or role's change in one line, by name."""
    if r.change == "renamed":
        return f"{item} {note}"
    name = r.new_text if isinstance(r.new_text, str) else r.old_text
    if note and str(name).lower().startswith(f"{item.lower()} "):  # "Level 5", not "Level Level 5"
        return f"{name}: {note}"
    return f"{item} {name}: {note}" if note else f"{item}: {name}"


def _old_where(r) -> str:
    """Where a statement was in the old version, by name."""
    comp, level = _name(r, "old_competency"), _name(r, "old_level")
    return f"{comp} / {level}" if comp else ""


def _told(r) -> str:
    """What a structure row's word diff is of: the framework's introduction, else a description."""
    return "Introduction" if r.item == "framework" else "Description"


def _md_words(ops) -> str:
    """Words with their changes: struck through when deleted, bold when inserted."""
    return " ".join(
        _md_escape(t)
        if op == "equal"
        else (f"~~{_md_escape(t)}~~" if op == "delete" else f"**{_md_escape(t)}**")
        for op, t in ops
    )


def _note_ops(r):
    """The word changes of a statement's note (what stands beside it), or None if it kept it.

    Examples
    --------
    >>> from types import SimpleNamespace as R
    >>> _note_ops(R(old_statement_note="See A.", new_statement_note="See B."))
    [('equal', 'See'), ('delete', 'A.'), ('insert', 'B.')]
    >>> _note_ops(R(old_statement_note="See A.", new_statement_note="See A.")) is None
    True
    """
    old = getattr(r, "old_statement_note", None)
    new = getattr(r, "new_statement_note", None)
    old, new = (x if isinstance(x, str) else "" for x in (old, new))
    if " ".join(old.split()) == " ".join(new.split()):
        return None
    return _ops(old, new)


def _md_text(r) -> str:
    if isinstance(r.old_text, str) and isinstance(r.new_text, str) and r.old_text != r.new_text:
        return _md_words(_ops(r.old_text, r.new_text))
    text = r.new_text if isinstance(r.new_text, str) else r.old_text
    return _md_escape(text or "")


_CSS = (
    "body{font-family:sans-serif;max-width:60em;margin:auto;line-height:1.45}"
    # in print, 1px each side: a full-width table's outer border lies half outside its box
    "@media print{@page{size:A4;margin:1.5cm}"
    "body{max-width:none;margin:0;padding:0 1px;font-size:10pt}"
    "h1,h2{break-after:avoid}tr{break-inside:avoid}thead{display:table-header-group}}"
    "del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}"
    ".note{color:#555;font-size:90%}"
    "table{border-collapse:collapse;width:100%;table-layout:fixed}th:nth-child(1){width:22%}"
    "th:nth-child(2){width:40%}th:nth-child(3){width:18%}code{overflow-wrap:anywhere}"
    "td,th{border:1px solid #ccc;padding:4px;"
    "vertical-align:top;text-align:left}th{background:#eef2f6}code{font-size:90%}"
)


def _html_log(
    title: str, summary: str, sections, language: str = "en-GB", term: str = "competency"
) -> str:
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{e(language)}"><head><meta charset="utf-8">',
        f"<title>{e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{e(title)}</h1>",
        f"<p><strong>{e(summary)}</strong></p>",
    ]
    for change, rows in sections:
        parts.append(f"<h2>{e(TITLES[change])} ({_count(change, rows)})</h2>")
        parts.append(
            "<table><thead><tr><th>Where</th><th>Statement</th><th>Note</th><th>Id</th></tr>"
            "</thead><tbody>"
        )
        for r, group in _groups(rows):
            where, note = describe(r, term=term)
            if r.item != "indicator":
                line = e(_structure_line(r, where, note))
                if r.word_diff:  # a description or introduction reworded: its words
                    line += f"<br>{_told(r)}: {_html_words(_read(r.word_diff))}"
                parts.append(
                    f'<tr><td colspan="3">{line}</td><td><code>{e(_ident(r))}</code></td></tr>'
                )
                continue
            text = _html_text(r)
            ident = _ident(r)
            if group:
                whole = r.old_text if r.change == "split" else r.new_text
                items = "".join(
                    f"<li>{e(_where(p) if r.change == 'split' else _old_where(p))}: "
                    f"{e(p.new_text if r.change == 'split' else p.old_text)}</li>"
                    for p in group
                )
                text = f"{e(whole)}<ul>{items}</ul>"
                ident = ", ".join(_ident(p) for p in group)
            if not group and (ops := _note_ops(r)) is not None:
                text += f'<br><span class="note"><em>{NOTE}:</em> {_html_words(ops)}</span>'
            parts.append(
                f"<tr><td>{e(where)}</td><td>{text}</td><td>{e(note)}</td>"
                f"<td><code>{e(ident)}</code></td></tr>"
            )
        parts.append("</tbody></table>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _html_words(ops) -> str:
    """Words with their changes in ``<del>`` and ``<ins>``."""
    e = html.escape
    return " ".join(
        e(t)
        if op == "equal"
        else (f"<del>{e(t)}</del>" if op == "delete" else f"<ins>{e(t)}</ins>")
        for op, t in ops
    )


def _html_text(r) -> str:
    e = html.escape
    if isinstance(r.old_text, str) and isinstance(r.new_text, str) and r.old_text != r.new_text:
        return _html_words(_ops(r.old_text, r.new_text))
    return e((r.new_text if isinstance(r.new_text, str) else r.old_text) or "")


def render_changelog(changes: pd.DataFrame, *, to: str = "md", title: str = "") -> str:
    """A readable change log of a :func:`diff` table, as Markdown (``md``) or HTML (``html``).

    Examples
    --------
    >>> import compkit
    >>> doc = compkit.framework.to_dict("wsx")
    >>> doc["competencies"][0]["indicators"][0]["text"] = "Recognises and explains their values"
    >>> log = render_changelog(compkit.diff("wsx", compkit.framework.build.from_dict(doc)))
    >>> print(log)
    # Changes to WSX Mind
    <BLANKLINE>
    **1 statement reworded**
    <BLANKLINE>
    ## Reworded (1)
    <BLANKLINE>
    - Demonstrating Personal Qualities / Core: ... (`qualities-core-1`)
    <BLANKLINE>
    """
    if to not in ("md", "html"):
        raise UsageError(f"unknown change log format {to!r}; expected one of: md, html")
    if not hasattr(changes, "attrs") or "change" not in getattr(changes, "columns", ()):
        raise UsageError(
            "render_changelog: expected the table compkit.diff returns (a 'change' column), got "
            f"{type(changes).__name__} {changes!r}"[:200]
            + "; e.g. render_changelog(compkit.diff(old, new))"
        )
    attrs = changes.attrs
    title = title or title_of(attrs)
    told = summary(changes)
    sections = [
        (c, changes[changes["change"] == c]) for c in CHANGES if (changes["change"] == c).any()
    ]
    if to == "md":
        return _markdown_log(title, told, sections, _term(changes))
    return _html_log(title, told, sections, attrs.get("language") or "en-GB", _term(changes))
