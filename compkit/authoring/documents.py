"""Publish a framework as a document: Word (DOCX), HTML and Markdown.

Each document holds the title, the framework's own introduction, then its statements in the
layout the source was published in (``layout="auto"``, or ``"competency"`` / ``"level"``): by
competency, a table with one column per level (a row per level when there are more than four
levels or effective | ineffective columns); or by level, each level listing every competency.
Stems ("You can:") are printed before the statements they open; numbered lists keep the
source's own numbers; a cell the publisher left undefined says so (the curator's note on it
stays in the framework file), an empty one reads "(none)", and a level with no statements yet (an
author drafting it) is said once, not cell by cell (by competency, its column stays only where a
role requires it, highlighted and saying the level is empty); effective and ineffective statements
stand in two columns, headed in the framework's spelling ("behaviors" in US English), and the
document is tagged with the framework's language. The levels a role
requires are highlighted as in the Children in Scotland document: the role is named in the
column heading, which is shaded, and the column has bold borders. A table of role profiles ends
the document. The statements are printed word for word; :func:`render_docx` returns the bytes
of the Word file (the Word layout is in ``_docx``), the others text, and :func:`render` writes
any of them atomically.
"""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import TYPE_CHECKING

from .. import _atomic
from ..errors import UsageError
from ..framework.model import stated_organisation, titled
from . import _described as W
from . import _layout as L
from . import _marks as M
from . import _named as N
from ._html_parts import _CSS, _html_competency_table, _html_described, _html_list, _html_polarity
from ._md_parts import _md, _md_cell, _md_described, _md_paragraphs

if TYPE_CHECKING:
    from ..framework.model import Framework

__all__ = ["FORMATS", "LAYOUTS", "render", "render_docx", "render_html", "render_markdown"]

#: Document formats and their file suffixes.
FORMATS = {"docx": ".docx", "html": ".html", "md": ".md"}
LAYOUTS = L.LAYOUTS
_ROLES = "Role profiles"


def _roles(fw: Framework, layout: str = "competency") -> dict[str, str]:
    """The headings compkit adds that hold no statements, for the marks."""
    contents = W.contents_title(fw) if W.described(fw, layout) else ""
    values = N.VALUES if N.value_table(fw) and not N.up_front(fw, layout) else ""
    return {"contents": contents, "values": values, "roles": _ROLES if fw.role_records else ""}


def _grid(fw: Framework) -> str:
    """The competency layout's grid: "columns" (one per level) or "rows" (one per level)."""
    widest = max((len(L.cells(fw, c)) for c in fw.competency_records), default=1)
    return "columns" if widest <= 4 and not L.has_ineffective(fw) else "rows"


# -- Markdown ------------------------------------------------------------------------------------


def render_markdown(
    framework, *, role: str | None = None, layout: str = "auto", marks: bool = True
) -> str:
    """The framework as Markdown: a section per competency (or level), a list per cell.

    Parameters
    ----------
    framework : Framework, bundled id or path
        The framework.
    role : str, optional
        Highlight only this role's levels (default: every role's).
    layout : {"auto", "competency", "level"}
        By competency or by level; ``auto`` follows the source's order.
    marks : bool
        End with compkit's structure marks (an HTML comment, which renders as nothing: the
        layout, the level names in order, the competency term), which ingest reads back.

    Examples
    --------
    >>> text = render_markdown("cis")
    >>> print(text.splitlines()[0])
    # Competencies – Senior Officer roles
    >>> print(text[text.index("### Level 1"):].splitlines()[0])
    ### Level 1 — Senior Officer
    >>> wsx = render_markdown("wsx")
    >>> print(wsx.split("### Cluster 1: Demonstrating Personal Qualities")[1][:60])
    <BLANKLINE>
    <BLANKLINE>
    1. Recognises and articulates their own values and princip
    """
    from ..framework.io import load
    from ._arguments import flag_argument

    fw = load(framework)
    marks = flag_argument(marks, "marks")  # marks="no" read as true
    for name, value in (("role", role), ("layout", layout)):
        if value is not None and not isinstance(value, str):
            raise UsageError(
                f"{name}: expected text (a string), got {type(value).__name__} {value!r}"[:300]
            )
    if role:
        fw.role(role)
    layout = L.choose_layout(fw, layout)
    out = [f"# {_md(fw.title)}", ""]
    if stated_organisation(fw):  # never a placeholder ("(organisation not stated)"), as in Word
        out += [f"*{_md(fw.organisation)}*", ""]
    out += [_md(L.summary(fw)), ""]
    if layout == "competency" and L.empty_note(fw):  # the tables leave those levels out
        out += [f"*{_md(L.empty_note(fw))}*", ""]
    for bullet, text in L.passages(fw):
        out += [f"- {_md(text)}"] if bullet else ["", _md(text), ""]
    if W.described(fw, layout):  # said once, not under every level (_described.py)
        out += _md_described(fw)
        out += _md_table(N.value_table(fw))  # the values described, with the contents
    empty = {lv.id for lv in L.empty_levels(fw)}
    if layout == "level":
        for lv in fw.level_records:
            out += [f"## {_md(lv.name)}", ""]
            out += _md_paragraphs(lv.description)
            if lv.id in empty:  # one line, not "(none)" under every competency
                out += [f"*{_md(L.EMPTY_LEVEL)}*", ""]
            for group, shown in L.groups_at_level(fw, lv.id, role):
                if group and shown:
                    out += [f"### {_md(group)}", ""]
                mark = "####" if group else "###"
                for n, comp, cell in shown:
                    out += [f"{mark} {_md(L.heading(fw, n, comp))}", "", *_md_cell(fw, cell)]
    else:
        for group, comps in L.groups(fw):
            if group:
                out += [
                    f"## {_md(group)}",
                    "",
                    *_md_paragraphs("\n\n".join(W.group_paragraphs(fw, group))),
                ]
            mark = "###" if group else "##"
            for n, comp in comps:
                out += [f"{mark} {_md(L.heading(fw, n, comp))}", ""]
                out += _md_paragraphs(comp.description)
                if comp.values:
                    out += [f"**Values:** {_md(L.values_text(fw, comp))}", ""]
                for cell in L.cells(fw, comp, role):
                    roles = f" — {_md(', '.join(cell.roles))}" if cell.roles else ""
                    out += [f"{mark}# {_md(cell.level.name)}{roles}", "", *_md_cell(fw, cell)]
    if N.value_table(fw) and not N.up_front(fw, layout):  # the values described (_named.py)
        out += [f"## {N.VALUES}", "", *_md_table(N.value_table(fw))]
    if fw.role_records:
        out += [f"## {_ROLES}", "", *_md_table(N.role_descriptions(fw))]  # who, then what
        out += _md_table(L.role_table(fw))
    if marks:
        out += [M.markdown_comment(M.structure(fw, layout, sections=_roles(fw, layout))), ""]
    return "\n".join(out)


# -- HTML ----------------------------------------------------------------------------------------


def render_html(
    framework, *, role: str | None = None, layout: str = "auto", marks: bool = True
) -> str:
    """The framework as a standalone HTML page that prints on A4 (see :func:`render_markdown`).

    Examples
    --------
    >>> page = render_html("cis")
    >>> page.count("<table"), page.count('<th class="role"')
    (7, 13)
    >>> render_html("wsx").count('<section class="level"')
    5
    """
    from ..framework.io import load
    from ._arguments import flag_argument

    fw = load(framework)
    marks = flag_argument(marks, "marks")
    if role:
        fw.role(role)
    e = html.escape
    layout = L.choose_layout(fw, layout)
    by_level = layout == "level"
    grid = _grid(fw)
    wide = not by_level and (grid == "columns" or L.has_ineffective(fw))
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{e(L.language(fw))}"><head><meta charset="utf-8">',
        f"<title>{e(titled(fw))}</title>",
        *(M.html_meta(M.structure(fw, layout, sections=_roles(fw, layout))) if marks else []),
        f"<style>{_CSS.replace('ORIENT', 'landscape' if wide else 'portrait')}</style>",
        "</head><body>",
        f"<h1>{e(fw.title)}</h1>",
        *([f'<p class="organisation">{e(fw.organisation)}</p>'] if stated_organisation(fw) else []),
        f"<p>{e(L.summary(fw))}</p>",
    ]
    if not by_level and L.empty_note(fw):  # the tables leave those levels out
        out.append(f'<p class="undefined">{e(L.empty_note(fw))}</p>')
    for bullet, text in L.passages(fw):
        out.append(f"<li>{e(text)}</li>" if bullet else f"<p>{e(text)}</p>")
    out = [  # consecutive list items of the introduction in one list
        ("<ul>" if line.startswith("<li>") and not prev.startswith("<li>") else "")
        + line
        + ("</ul>" if line.startswith("<li>") and not nxt.startswith("<li>") else "")
        for prev, line, nxt in zip(["", *out[:-1]], out, [*out[1:], ""], strict=True)
    ]
    if W.described(fw, layout):  # said once, not under every level (_described.py)
        out.append(_html_described(fw))
        if N.value_table(fw):  # the values described, with the contents
            out[-1:] = [
                out[-1].removesuffix("</section>"),
                *_html_table(N.value_table(fw), "values"),
                "</section>",
            ]
    if by_level:
        for lv in fw.level_records:
            out.append(f'<section class="level" id="{e(lv.id)}"><h2>{e(lv.name)}</h2>')
            out += [f"<p>{e(p)}</p>" for p in L.paragraphs(lv.description)]
            if lv in L.empty_levels(fw):  # one line, not "(none)" under every competency
                out.append(f'<p class="undefined">{e(L.EMPTY_LEVEL)}</p>')
            for group, shown in L.groups_at_level(fw, lv.id, role):
                if group and shown:
                    out.append(f"<h3>{e(group)}</h3>")
                h = "h4" if group else "h3"
                for n, comp, cell in shown:
                    out.append(f"<{h}>{e(L.heading(fw, n, comp))}</{h}>")
                    if cell.missing():
                        out.append(f'<p class="undefined">{e(cell.missing())}</p>')
                    elif L.has_ineffective(fw):
                        out.append(_html_polarity(fw, cell))
                    else:
                        out.append(_html_list(cell.stem, cell.effective, "", cell.gone))
            out.append("</section>")
    else:
        for group, comps in L.groups(fw):
            if group:
                out.append(f"<h2>{e(group)}</h2>")
                out += [f"<p>{e(p)}</p>" for p in W.group_paragraphs(fw, group)]
            h = "h3" if group else "h2"
            keep = ' class="keep"' if grid == "columns" else ""
            for n, comp in comps:
                # the heading block keeps with the start of its table when printed
                out.append(f'<section{keep} id="{e(comp.id)}"><div class="head">')
                out.append(f"<{h}>{e(L.heading(fw, n, comp))}</{h}>")
                out += [f"<p>{e(p)}</p>" for p in L.paragraphs(comp.description)]
                if comp.values:
                    out.append(f'<p class="values">Values: {e(L.values_text(fw, comp))}</p>')
                out.append("</div>")
                cols = L.cells(fw, comp, role)
                out += [_html_competency_table(fw, cols, grid)] if cols else []
                out.append("</section>")
    if N.value_table(fw) and not N.up_front(fw, layout):  # the values described (_named.py)
        first, *rest = _html_table(N.value_table(fw), "values")
        out += [f"<h2>{N.VALUES}</h2>{first}", *rest]
    if fw.role_records:
        described = _html_table(N.role_descriptions(fw), "roles")  # who, then what
        first, *rest = described or _html_table(L.role_table(fw), "roles")
        out += [f"<h2>{_ROLES}</h2>{first}", *rest]
        out += _html_table(L.role_table(fw), "roles") if described else []
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _md_table(table: list[list[str]]) -> list[str]:
    """A Markdown table, its header row first, closed by a blank line ([] for no table)."""
    if not table:
        return []
    head, *rows = table
    out = ["| " + " | ".join(_md(c) for c in head) + " |", "|" + " --- |" * len(head)]
    # a description's paragraphs on one line: a Markdown table's cell holds no break
    rows = [[" ".join(L.paragraphs(c)) if "\n" in c else c for c in row] for row in rows]
    return [*out, *("| " + " | ".join(_md(c) for c in row) + " |" for row in rows), ""]


def _html_table(table: list[list[str]], kind: str) -> list[str]:
    """An HTML table of class ``kind``, its header row first ([] for no table)."""
    if not table:
        return []
    e = html.escape
    head, *rows = table
    out = [f'<table class="{kind}"><thead><tr>']
    out.append("".join(f'<th scope="col">{e(c)}</th>' for c in head) + "</tr></thead><tbody>")
    out += ["<tr>" + "".join(f"<td>{_html_cell(c)}</td>" for c in row) + "</tr>" for row in rows]
    return [*out, "</tbody></table>"]


def _html_cell(text: str) -> str:
    """A cell's text, its paragraphs (a description's) as paragraphs."""
    paras = L.paragraphs(text)
    if len(paras) <= 1:
        return html.escape(text)
    return "".join(f"<p>{html.escape(p)}</p>" for p in paras)


# -- DOCX ----------------------------------------------------------------------------------------


def render_docx(
    framework, *, role: str | None = None, layout: str = "auto", marks: bool = True
) -> bytes:
    r"""The framework as a Word document (the bytes of a DOCX file) that prints on A4.

    A title page, then the statements by competency (landscape, a column per level) or by
    level (portrait), as the source was published or as ``layout`` says; real Word lists,
    numbered with the source's numbers; rows that never split across pages; numbered pages.

    Examples
    --------
    >>> import io, docx
    >>> doc = docx.Document(io.BytesIO(render_docx("cis")))
    >>> len(doc.tables), doc.tables[0].rows[0].cells[1].text
    (7, 'Level 2\nSenior Officer')
    >>> doc = docx.Document(io.BytesIO(render_docx("wsx")))
    >>> [p.text for p in doc.paragraphs if p.style.name == "Heading 1"][:5]
    ['Clusters in this framework', 'Introduction', 'Core', 'Skilled', 'Supervisory']
    """
    from ..framework.io import load
    from ._arguments import flag_argument
    from ._docx import render as build

    fw = load(framework)
    return build(fw, role=role, layout=layout, marks=flag_argument(marks, "marks"))


# -- files ---------------------------------------------------------------------------------------


_PDF = (  # how to get the PDF compkit does not write itself
    "; for a PDF, render .html and print it from a browser (A4 pages), or render .docx and "
    "convert it: soffice --headless --convert-to pdf FILE.docx"
)


def render(
    framework,
    path: str | os.PathLike,
    *,
    to: str | None = None,
    role: str | None = None,
    layout: str = "auto",
    marks: bool = True,
) -> Path:
    """Render a framework to a DOCX, HTML or Markdown file (atomically).

    Parameters
    ----------
    framework : Framework, bundled id or path
        The framework.
    path : path
        The output file (its folder is created).
    to : {"docx", "html", "md"}, optional
        The format; from the suffix of ``path`` when omitted.
    role : str, optional
        Highlight only this role's levels (default: every role's).
    layout : {"auto", "competency", "level"}
        By competency (a table per competency) or by level (each level lists every
        competency); ``auto`` follows the order of the source.
    marks : bool
        Record, out of sight, that compkit made the document and how it is laid out (Word:
        custom document properties; HTML: ``<meta>``; Markdown: an HTML comment), so that
        :func:`compkit.ingest` reads it back with no hints. ``False`` writes none.

    Returns
    -------
    pathlib.Path
        The written file.

    Raises
    ------
    compkit.UsageError
        For an unknown format, role or layout, or a ``path`` whose suffix says another format
        than ``to``.

    Examples
    --------
    >>> import compkit
    >>> import tempfile, pathlib
    >>> out = compkit.render("cis", pathlib.Path(tempfile.mkdtemp()) / "cis.md")
    >>> out.read_text(encoding="utf-8").count("### Level 4")
    6
    """
    path = _atomic.as_path(path)
    suffixes = {k: _atomic.DOCUMENT_SUFFIXES[k] for k in FORMATS}
    suffix = path.suffix.lower()
    fmt = to or next((k for k, v in suffixes.items() if suffix in v), None)
    if fmt not in FORMATS:
        pdf = str(to or suffix).lstrip(".").lower() == "pdf"
        raise UsageError(
            f"unknown document format {to or suffix!r}; expected one of: {', '.join(FORMATS)}"
            + (_PDF if pdf else "")
        )
    _atomic.check_suffix(path, fmt, suffixes)
    if fmt == "docx":
        data = render_docx(framework, role=role, layout=layout, marks=marks)
        return _atomic.write_bytes(path, data)
    writer = render_html if fmt == "html" else render_markdown
    text = writer(framework, role=role, layout=layout, marks=marks)
    return _atomic.write_text(path, text)
