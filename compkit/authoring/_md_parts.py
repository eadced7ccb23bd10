"""Markdown pieces of a framework document: escaping, paragraphs, a cell's lists.

Used by :func:`compkit.authoring.documents.render_markdown`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import _described as W
from . import _layout as L
from . import _notes as N

if TYPE_CHECKING:
    from ..framework.model import Framework, Indicator


def _md(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>|~#])", r"\\\1", text).replace("\n", " ")


def _md_paragraphs(text: str) -> list[str]:
    """A description's paragraphs as Markdown, each closed by a blank line."""
    return [line for p in L.paragraphs(text) for line in (_md(p), "")]


def _md_list(
    stem: str, items: tuple[Indicator, ...], missing: str, gone: frozenset[str] = frozenset()
) -> list[str]:
    out = [f"*{_md(stem)}*", ""] if stem and items else []
    runs = L.numbering(items, gone=gone)
    if runs is None:
        out += [f"- {N.md_item(i, _md)}" for i in items]
    else:
        out += [
            f"{start + k}. {N.md_item(i, _md)}" for start, run in runs for k, i in enumerate(run)
        ]
    if missing:
        out += ["", f"*{_md(missing)}*"] if out else [f"*{_md(missing)}*"]
    return [*out, ""] if out else []


def _md_cell(fw: Framework, cell: L.Cell) -> list[str]:
    if cell.missing():
        return [f"*{_md(cell.missing())}*", ""]
    none = [f"*{_md(L.NONE)}*", ""]
    if not L.has_ineffective(fw):
        return _md_list(cell.stem, cell.effective, "", cell.gone) or none
    good, bad = L.side_names(fw)
    out = [f"**{good}**", ""]
    out += _md_list(cell.stem, cell.effective, cell.missing("effective"), cell.gone) or none
    out += [f"**{bad}**", ""]
    # a stem of both sides is said once, over the effective side; a side's own over its side
    bad_stem = cell.ineffective_stem if cell.ineffective_stem != cell.stem else ""
    return out + (
        _md_list(bad_stem, cell.ineffective, cell.missing("ineffective"), cell.gone) or none
    )


def _md_described(fw: Framework) -> list[str]:
    """The list of competencies with their descriptions, ahead of a by-level document's levels."""
    out = [f"## {_md(W.contents_title(fw))}", ""]
    for entry in W.entries(fw):
        if entry.group:  # a group's name over its competencies, set apart from them
            out += [f"***{_md(entry.heading)}***", ""]
            out += [line for p in entry.paragraphs for line in (_md(p), "")]
            continue
        out += [f"**{_md(entry.heading)}**", ""]
        out += [line for p in entry.paragraphs for line in (_md(p), "")]
        if entry.values:
            out += [f"*Values: {_md(entry.values)}*", ""]
    return out
