"""Publish a framework as a document: Word (DOCX), HTML and Markdown.

Each document holds the title, the framework's own introduction, then for each competency its
description, its values and a table with one column per level, each cell holding that level's
statements in order. The levels a role requires are highlighted as in the Children in
Scotland document: the role is named in the column heading, which is shaded, and the column
has bold borders. A table of role profiles ends the document. The statements are printed
word for word; :func:`render_docx` returns the bytes of the Word file, the others text, and
:func:`render` writes any of them atomically.
"""

from __future__ import annotations

import html
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import _atomic
from ..errors import UsageError

if TYPE_CHECKING:
    from ..framework.model import Competency, Framework, Indicator, Level

__all__ = ["FORMATS", "render", "render_docx", "render_html", "render_markdown"]

#: Document formats and their file suffixes.
FORMATS = {"docx": ".docx", "html": ".html", "md": ".md"}
_SHADE = "FCE4C8"  # the highlight of a role's levels


@dataclass(frozen=True)
class _Column:
    level: Level
    roles: tuple[str, ...]  # names of the roles that require this level (or a higher one)
    statements: tuple[Indicator, ...]


def _columns(fw: Framework, comp: Competency, role: str | None) -> list[_Column]:
    roles = [fw.role(role)] if role else list(fw.role_records)
    levels = [lv for lv in fw.level_records if not comp.levels or lv.id in comp.levels]
    out = []
    for lv in levels:
        wanting = []
        for r in roles:
            need = r.required_levels.get(comp.id)
            if need is None:
                continue
            top = fw.level(need)
            if lv.rank == top.rank or (fw.cumulative and lv.rank < top.rank):
                wanting.append(r.name)
        cell = tuple(
            i for i in fw.indicator_records if i.competency == comp.id and i.level == lv.id
        )
        out.append(_Column(lv, tuple(wanting), cell))
    return out


def _statement(ind: Indicator) -> str:
    return ind.text + (" (ineffective)" if ind.polarity == "ineffective" else "")


def _heading(fw: Framework, n: int, comp: Competency) -> str:
    return f"{fw.competency_term.capitalize()} {n}: {comp.name}"


def _values(fw: Framework, comp: Competency) -> str:
    names = {v.id: v.name for v in fw.value_records}
    return ", ".join(names[v] for v in comp.values)


def _groups(fw: Framework) -> list[tuple[str, list[tuple[int, Competency]]]]:
    """Competencies numbered in framework order, under their group's name ("" for none)."""
    names = {g.id: g.name for g in fw.group_records}
    out: list[tuple[str, list[tuple[int, Competency]]]] = []
    for n, comp in enumerate(fw.competency_records, 1):
        group = names.get(comp.group or "", "")
        if not out or out[-1][0] != group:
            out.append((group, []))
        out[-1][1].append((n, comp))
    return out


def _role_rows(fw: Framework) -> list[list[str]]:
    levels = {lv.id: lv.name for lv in fw.level_records}
    return [
        [r.name] + [levels.get(r.required_levels.get(c.id, ""), "") for c in fw.competency_records]
        for r in fw.role_records
    ]


# -- Markdown ------------------------------------------------------------------------------------


def _md(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>|~#])", r"\\\1", text).replace("\n", " ")


def render_markdown(framework, *, role: str | None = None) -> str:
    """The framework as Markdown: a section per competency, a list of statements per level.

    Parameters
    ----------
    framework : Framework, bundled id or path
        The framework.
    role : str, optional
        Highlight only this role's levels (default: every role's).

    Examples
    --------
    >>> text = render_markdown("cis")
    >>> print(text.splitlines()[0])
    # Competencies – Senior Officer roles
    >>> print(text[text.index("### Level 1"):].splitlines()[0])
    ### Level 1 — Senior Officer
    """
    from ..framework.io import load

    fw = load(framework)
    out = [f"# {_md(fw.title)}", "", f"*{_md(fw.organisation)}*", ""]
    out += [line for p in fw.introduction for line in (_md(p.text), "")]
    for group, comps in _groups(fw):
        if group:
            out += [f"## {_md(group)}", ""]
        for n, comp in comps:
            out += [f"## {_md(_heading(fw, n, comp))}", ""]
            if comp.description:
                out += [_md(comp.description), ""]
            if comp.values:
                out += [f"**Values:** {_md(_values(fw, comp))}", ""]
            for col in _columns(fw, comp, role):
                mark = f" — {_md(', '.join(col.roles))}" if col.roles else ""
                out += [f"### {_md(col.level.name)}{mark}", ""]
                out += [f"- {_md(_statement(i))}" for i in col.statements] or ["*(none)*"]
                out.append("")
    if fw.role_records:
        out += ["## Role profiles", ""]
        out.append("| role | " + " | ".join(_md(c.name) for c in fw.competency_records) + " |")
        out.append("|" + " --- |" * (len(fw.competency_records) + 1))
        out += ["| " + " | ".join(_md(c) for c in row) + " |" for row in _role_rows(fw)]
        out.append("")
    return "\n".join(out)


# -- HTML ----------------------------------------------------------------------------------------

_CSS = """
body { font-family: Calibri, Arial, sans-serif; max-width: 80em; margin: 2em auto; padding: 0 1em;
       line-height: 1.4; color: #222; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #999; padding: 0.4em 0.6em; vertical-align: top; text-align: left; }
th { background: #eef2f6; }
th.role, td.role { border: 3px solid #333; }
th.role { background: #SHADE; }
th .role-name { display: block; font-weight: normal; font-style: italic; }
td ul { margin: 0; padding-left: 1.1em; } td li { margin-bottom: 0.4em; }
.values { font-weight: bold; }
""".replace("SHADE", _SHADE)


def render_html(framework, *, role: str | None = None) -> str:
    """The framework as a standalone HTML page, a table per competency, one column per level.

    Examples
    --------
    >>> page = render_html("cis")
    >>> page.count("<table"), page.count('<th class="role"')
    (7, 13)
    """
    from ..framework.io import load

    fw = load(framework)
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{e(fw.title)} ({e(fw.organisation)})</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{e(fw.title)}</h1>",
        f'<p class="organisation">{e(fw.organisation)}</p>',
    ]
    out += [f"<p>{e(p.text)}</p>" for p in fw.introduction]
    for group, comps in _groups(fw):
        if group:
            out.append(f"<h2>{e(group)}</h2>")
        for n, comp in comps:
            out.append(f'<section id="{e(comp.id)}"><h2>{e(_heading(fw, n, comp))}</h2>')
            if comp.description:
                out.append(f"<p>{e(comp.description)}</p>")
            if comp.values:
                out.append(f'<p class="values">Values: {e(_values(fw, comp))}</p>')
            cols = _columns(fw, comp, role)
            heads = "".join(
                f'<th{" class=" + chr(34) + "role" + chr(34) if c.roles else ""} scope="col">'
                f"{e(c.level.name)}"
                + (f'<span class="role-name">{e(", ".join(c.roles))}</span>' if c.roles else "")
                + "</th>"
                for c in cols
            )
            cells = "".join(
                f"<td{' class=' + chr(34) + 'role' + chr(34) if c.roles else ''}><ul>"
                + "".join(f"<li>{e(_statement(i))}</li>" for i in c.statements)
                + "</ul></td>"
                for c in cols
            )
            out.append(f"<table><thead><tr>{heads}</tr></thead><tbody><tr>{cells}</tr></tbody>")
            out.append("</table></section>")
    if fw.role_records:
        out.append("<h2>Role profiles</h2><table><thead><tr><th>role</th>")
        out.append("".join(f"<th>{e(c.name)}</th>" for c in fw.competency_records) + "</tr>")
        out.append("</thead><tbody>")
        out += [
            "<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in _role_rows(fw)
        ]
        out.append("</tbody></table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# -- DOCX ----------------------------------------------------------------------------------------


def render_docx(framework, *, role: str | None = None) -> bytes:
    """The framework as a Word document (the bytes of a DOCX file), landscape A4.

    Examples
    --------
    >>> import io, docx
    >>> doc = docx.Document(io.BytesIO(render_docx("wsx")))
    >>> len(doc.tables), doc.tables[0].rows[0].cells[1].text
    (4, 'Skilled')
    """
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    from ..framework.io import load

    fw = load(framework)
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.8))
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.core_properties.title = fw.title
    doc.core_properties.author = fw.organisation
    doc.add_heading(fw.title, level=0)
    doc.add_paragraph(fw.organisation).runs[0].italic = True
    for p in fw.introduction:
        doc.add_paragraph(p.text)
    for group, comps in _groups(fw):
        if group:
            doc.add_heading(group, level=1)
        for n, comp in comps:
            heading = doc.add_heading(_heading(fw, n, comp), level=1 if not group else 2)
            heading.paragraph_format.keep_with_next = True
            if comp.description:
                doc.add_paragraph(comp.description).paragraph_format.keep_with_next = True
            if comp.values:
                para = doc.add_paragraph()
                para.add_run("VALUES: ").bold = True
                para.add_run(_values(fw, comp))
                para.paragraph_format.keep_with_next = True
            _docx_table(doc, _columns(fw, comp, role))
    if fw.role_records:
        doc.add_heading("Role profiles", level=1)
        rows = _role_rows(fw)
        table = doc.add_table(rows=1 + len(rows), cols=1 + len(fw.competency_records))
        table.style = "Table Grid"
        for j, text in enumerate(["Role"] + [c.name for c in fw.competency_records]):
            table.cell(0, j).text = text
            table.cell(0, j).paragraphs[0].runs[0].bold = True
        for i, row in enumerate(rows, 1):
            for j, text in enumerate(row):
                table.cell(i, j).text = text
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _docx_table(doc, cols: list[_Column]) -> None:
    table = doc.add_table(rows=2, cols=len(cols))
    table.style = "Table Grid"
    table.autofit = False
    for j, col in enumerate(cols):
        head, body = table.cell(0, j), table.cell(1, j)
        para = head.paragraphs[0]
        para.add_run(col.level.name).bold = True
        if col.roles:
            para.add_run("\n" + ", ".join(col.roles)).italic = True
            for cell in (head, body):
                _borders(cell, size=18)  # tcBorders comes before shd in a cell's properties
            _shade(head, _SHADE)
        for k, ind in enumerate(col.statements):
            para = body.paragraphs[0] if k == 0 else body.add_paragraph()
            para.style = doc.styles["List Bullet"]
            para.add_run(_statement(ind))
    _repeat_header(table.rows[0])


def _shade(cell, colour: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shd)


def _borders(cell, *, size: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), str(size))
        edge.set(qn("w:color"), "000000")
        borders.append(edge)
    cell._tc.get_or_add_tcPr().append(borders)


def _repeat_header(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(flag)


# -- files ---------------------------------------------------------------------------------------


def render(
    framework, path: str | os.PathLike, *, to: str | None = None, role: str | None = None
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

    Returns
    -------
    pathlib.Path
        The written file.

    Raises
    ------
    compkit.UsageError
        For an unknown format or role.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = render("cis", pathlib.Path(tempfile.mkdtemp()) / "cis.md")
    >>> out.read_text(encoding="utf-8").count("### Level 4")
    6
    """
    path = Path(path)
    suffix = path.suffix.lower()
    fmt = to or next((k for k, v in FORMATS.items() if suffix in (v, v.replace("ml", "m"))), None)
    if fmt not in FORMATS:
        raise UsageError(
            f"unknown document format {to or suffix!r}; expected one of: {', '.join(FORMATS)}"
        )
    if fmt == "docx":
        return _atomic.write_bytes(path, render_docx(framework, role=role))
    text = (
        render_html(framework, role=role)
        if fmt == "html"
        else render_markdown(framework, role=role)
    )
    return _atomic.write_text(path, text)
