"""Publish a framework as a document: Word (DOCX), HTML and Markdown.

Each document holds the title, the framework's own introduction, then its statements in the
layout the source was published in (``layout="auto"``, or ``"competency"`` / ``"level"``): by
competency, a table with one column per level (a row per level when there are more than four
levels or effective | ineffective columns); or by level, each level listing every competency.
Stems ("You can:") are printed before the statements they open; numbered lists keep the
source's own numbers; a cell the publisher left undefined says so (the curator's note on it
stays in the framework file), an empty one reads "(none)"; effective and ineffective statements
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
import re
from pathlib import Path
from typing import TYPE_CHECKING

from .. import _atomic
from ..errors import UsageError
from ..framework.model import stated_organisation, titled
from . import _layout as L
from . import _marks as M

if TYPE_CHECKING:
    from ..framework.model import Framework, Indicator

__all__ = ["FORMATS", "LAYOUTS", "render", "render_docx", "render_html", "render_markdown"]

#: Document formats and their file suffixes.
FORMATS = {"docx": ".docx", "html": ".html", "md": ".md"}
LAYOUTS = L.LAYOUTS
_SHADE = "FCE4C8"  # the highlight of a role's levels
_ROLES = "Role profiles"


def _roles(fw: Framework) -> dict[str, str]:
    """The heading compkit adds that holds no statements, for the marks."""
    return {"roles": _ROLES if fw.role_records else ""}


def _grid(fw: Framework) -> str:
    """The competency layout's grid: "columns" (one per level) or "rows" (one per level)."""
    widest = max((len(L.cells(fw, c)) for c in fw.competency_records), default=1)
    return "columns" if widest <= 4 and not L.has_ineffective(fw) else "rows"


# -- Markdown ------------------------------------------------------------------------------------


def _md(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>|~#])", r"\\\1", text).replace("\n", " ")


def _md_paragraphs(text: str) -> list[str]:
    """A description's paragraphs as Markdown, each closed by a blank line."""
    return [line for p in L.paragraphs(text) for line in (_md(p), "")]


def _md_list(stem: str, items: tuple[Indicator, ...], missing: str) -> list[str]:
    out = [f"*{_md(stem)}*", ""] if stem and items else []
    runs = L.numbering(items)
    if runs is None:
        out += [f"- {_md(i.text)}" for i in items]
    else:
        out += [f"{start + k}. {_md(i.text)}" for start, run in runs for k, i in enumerate(run)]
    if missing:
        out += ["", f"*{_md(missing)}*"] if out else [f"*{_md(missing)}*"]
    return [*out, ""] if out else []


def _md_cell(fw: Framework, cell: L.Cell) -> list[str]:
    if cell.missing():
        return [f"*{_md(cell.missing())}*", ""]
    none = [f"*{_md(L.NONE)}*", ""]
    if not L.has_ineffective(fw):
        return _md_list(cell.stem, cell.effective, "") or none
    good, bad = L.side_names(fw)
    out = [f"**{good}**", ""]
    out += _md_list(cell.stem, cell.effective, cell.missing("effective")) or none
    out += [f"**{bad}**", ""]
    # a stem of both sides is said once, over the effective side; a side's own over its side
    bad_stem = cell.ineffective_stem if cell.ineffective_stem != cell.stem else ""
    return out + (_md_list(bad_stem, cell.ineffective, cell.missing("ineffective")) or none)


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

    fw = load(framework)
    if role:
        fw.role(role)
    out = [f"# {_md(fw.title)}", "", f"*{_md(fw.organisation)}*", "", _md(L.summary(fw)), ""]
    for bullet, text in L.passages(fw):
        out += [f"- {_md(text)}"] if bullet else ["", _md(text), ""]
    layout = L.choose_layout(fw, layout)
    if layout == "level":
        for lv in fw.level_records:
            out += [f"## {_md(lv.name)}", ""]
            out += _md_paragraphs(lv.description)
            for group, shown in L.groups_at_level(fw, lv.id, role):
                if group and shown:
                    out += [f"### {_md(group)}", ""]
                mark = "####" if group else "###"
                for n, comp, cell in shown:
                    out += [f"{mark} {_md(L.heading(fw, n, comp))}", "", *_md_cell(fw, cell)]
    else:
        for group, comps in L.groups(fw):
            if group:
                out += [f"## {_md(group)}", ""]
            mark = "###" if group else "##"
            for n, comp in comps:
                out += [f"{mark} {_md(L.heading(fw, n, comp))}", ""]
                out += _md_paragraphs(comp.description)
                if comp.values:
                    out += [f"**Values:** {_md(L.values_text(fw, comp))}", ""]
                for cell in L.cells(fw, comp, role):
                    roles = f" — {_md(', '.join(cell.roles))}" if cell.roles else ""
                    out += [f"{mark}# {_md(cell.level.name)}{roles}", "", *_md_cell(fw, cell)]
    if fw.role_records:
        head, *rows = L.role_table(fw)
        out += [f"## {_ROLES}", "", "| " + " | ".join(_md(c) for c in head) + " |"]
        out.append("|" + " --- |" * len(head))
        out += ["| " + " | ".join(_md(c) for c in row) + " |" for row in rows]
        out.append("")
    if marks:
        out += [M.markdown_comment(M.structure(fw, layout, sections=_roles(fw))), ""]
    return "\n".join(out)


# -- HTML ----------------------------------------------------------------------------------------

_CSS = """
body { font-family: Calibri, Arial, sans-serif; max-width: 80em; margin: 2em auto; padding: 0 1em;
       line-height: 1.4; color: #222; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0.5em 0 1.5em; }
col.level { width: 3.8cm; }
th, td { border: 1px solid #999; padding: 0.4em 0.6em; vertical-align: top; text-align: left; }
th { background: #eef2f6; }
th.role, td.role { border: 3px solid #333; }
th.role { background: #SHADE; }
th .role-name { font-weight: normal; font-style: italic; }
td ul, td ol { margin: 0; padding-left: 1.4em; } li { margin-bottom: 0.4em; }
.values { font-weight: bold; } .stem, .undefined { font-style: italic; }
@media print {
  @page { size: A4 ORIENT; margin: 1.5cm; }
  body { max-width: none; margin: 0; font-size: 10pt; }  /* as the Word document */
  td, th { font-size: 9pt; }
  h1, h2, h3, h4, .stem { break-after: avoid; }
  .head { break-inside: avoid; break-after: avoid; }
  section.keep { break-inside: avoid; }  /* a one-row table that fits a page is not split */
  li { margin-bottom: 0.2em; }
  .head > :last-child { margin-bottom: 0.3em; }
  tr, li { break-inside: avoid; }
  tr.whole { break-inside: auto; }
  thead { display: table-header-group; }
}
""".replace("SHADE", _SHADE)


def _html_list(stem: str, items: tuple[Indicator, ...], missing: str) -> str:
    e = html.escape
    out = f'<p class="stem">{e(stem)}</p>' if stem and items else ""
    runs = L.numbering(items)
    if runs is None:
        out += "<ul>" + "".join(f"<li>{e(i.text)}</li>" for i in items) + "</ul>" if items else ""
    else:
        for start, run in runs:
            first = "" if start == 1 else f' start="{start}"'
            out += f"<ol{first}>" + "".join(f"<li>{e(i.text)}</li>" for i in run) + "</ol>"
    if missing:
        out += f'<p class="undefined">{e(missing)}</p>'
    return out or f'<p class="undefined">{e(L.NONE)}</p>'


def _html_polarity(fw: Framework, cell: L.Cell) -> str:
    # one stem of both sides stands over the table; a stem per side heads its own column
    shared = cell.stem if cell.stem == cell.ineffective_stem else ""
    stem = f'<p class="stem">{html.escape(shared)}</p>' if shared else ""
    sides = "".join(
        f"<td>{_html_list('' if shared else cell.stem_of(side), items, cell.missing(side))}</td>"
        for items, side in ((cell.effective, "effective"), (cell.ineffective, "ineffective"))
    )
    heads = "".join(f'<th scope="col">{html.escape(n)}</th>' for n in L.side_names(fw))
    return (
        f"{stem}<table><thead><tr>{heads}</tr></thead>"
        f'<tbody><tr class="whole">{sides}</tr></tbody></table>'
    )


def _html_competency_table(fw: Framework, cols: list[L.Cell], grid: str) -> str:
    e = html.escape

    def role_attr(c: L.Cell) -> str:
        return ' class="role"' if c.roles else ""

    def head(c: L.Cell) -> str:
        names = f'<br><span class="role-name">{e(", ".join(c.roles))}</span>' if c.roles else ""
        return f"{e(c.level.name)}{names}"

    if grid == "columns":
        heads = "".join(f'<th{role_attr(c)} scope="col">{head(c)}</th>' for c in cols)
        body = "".join(
            f"<td{role_attr(c)}>{_html_list(c.stem, c.effective, c.missing())}</td>" for c in cols
        )
        # the one row holds the whole table: it may run over a page (each statement stays whole)
        return (
            f'<table><thead><tr>{heads}</tr></thead><tbody><tr class="whole">{body}</tr></tbody>'
            "</table>"
        )
    names = list(L.side_names(fw)) if L.has_ineffective(fw) else ["Statements"]
    colgroup = '<colgroup><col class="level">' + "<col>" * len(names) + "</colgroup>"
    heads = '<th scope="col">Level</th>' + "".join(f'<th scope="col">{e(n)}</th>' for n in names)
    rows = []
    for c in cols:
        whole = c.missing()
        sides = [(c.effective, "effective"), (c.ineffective, "ineffective")][: len(names)]
        cells = "".join(
            f"<td>{_html_list(c.stem_of(side), () if whole else items, whole or c.missing(side))}"
            "</td>"
            for items, side in sides
        )
        rows.append(f'<tr><th{role_attr(c)} scope="row">{head(c)}</th>{cells}</tr>')
    return f"<table>{colgroup}<thead><tr>{heads}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


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

    fw = load(framework)
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
        *(M.html_meta(M.structure(fw, layout, sections=_roles(fw))) if marks else []),
        f"<style>{_CSS.replace('ORIENT', 'landscape' if wide else 'portrait')}</style>",
        "</head><body>",
        f"<h1>{e(fw.title)}</h1>",
        *([f'<p class="organisation">{e(fw.organisation)}</p>'] if stated_organisation(fw) else []),
        f"<p>{e(L.summary(fw))}</p>",
    ]
    for bullet, text in L.passages(fw):
        out.append(f"<li>{e(text)}</li>" if bullet else f"<p>{e(text)}</p>")
    out = [  # consecutive list items of the introduction in one list
        ("<ul>" if line.startswith("<li>") and not prev.startswith("<li>") else "")
        + line
        + ("</ul>" if line.startswith("<li>") and not nxt.startswith("<li>") else "")
        for prev, line, nxt in zip(["", *out[:-1]], out, [*out[1:], ""], strict=True)
    ]
    if by_level:
        for lv in fw.level_records:
            out.append(f'<section class="level" id="{e(lv.id)}"><h2>{e(lv.name)}</h2>')
            out += [f"<p>{e(p)}</p>" for p in L.paragraphs(lv.description)]
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
                        out.append(_html_list(cell.stem, cell.effective, ""))
            out.append("</section>")
    else:
        for group, comps in L.groups(fw):
            if group:
                out.append(f"<h2>{e(group)}</h2>")
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
                out.append(_html_competency_table(fw, L.cells(fw, comp, role), grid))
                out.append("</section>")
    if fw.role_records:
        head, *rows = L.role_table(fw)
        out.append(f"<h2>{_ROLES}</h2><table><thead><tr>")
        out.append("".join(f'<th scope="col">{e(c)}</th>' for c in head) + "</tr></thead><tbody>")
        out += ["<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in rows]
        out.append("</tbody></table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


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
    from ._docx import render as build

    return build(load(framework), role=role, layout=layout, marks=marks)


# -- files ---------------------------------------------------------------------------------------


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
    >>> import tempfile, pathlib
    >>> out = render("cis", pathlib.Path(tempfile.mkdtemp()) / "cis.md")
    >>> out.read_text(encoding="utf-8").count("### Level 4")
    6
    """
    path = _atomic.as_path(path)
    suffixes = {k: _atomic.DOCUMENT_SUFFIXES[k] for k in FORMATS}
    suffix = path.suffix.lower()
    fmt = to or next((k for k, v in suffixes.items() if suffix in v), None)
    if fmt not in FORMATS:
        raise UsageError(
            f"unknown document format {to or suffix!r}; expected one of: {', '.join(FORMATS)}"
        )
    _atomic.check_suffix(path, fmt, suffixes)
    if fmt == "docx":
        data = render_docx(framework, role=role, layout=layout, marks=marks)
        return _atomic.write_bytes(path, data)
    writer = render_html if fmt == "html" else render_markdown
    text = writer(framework, role=role, layout=layout, marks=marks)
    return _atomic.write_text(path, text)
