"""HTML pieces of a framework document: the style sheet, a cell's lists, the tables.

Used by :func:`compkit.authoring.documents.render_html`.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from . import _described as W
from . import _layout as L
from . import _notes as N

if TYPE_CHECKING:
    from ..framework.model import Framework, Indicator

_SHADE = "FCE4C8"  # the highlight of a role's levels

_CSS = """
body { font-family: Calibri, Arial, sans-serif; max-width: 80em; margin: 2em auto; padding: 0 1em;
       line-height: 1.4; color: #222; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0.5em 0 1.5em; }
col.level { width: 3.8cm; }
table.roles { table-layout: auto; }  /* short cells: no column narrower than its longest word */
th, td { border: 1px solid #999; padding: 0.4em 0.6em; vertical-align: top; text-align: left; }
th { background: #eef2f6; }
th.role, td.role { border: 3px solid #333; }
th.role { background: #SHADE; }
th .role-name { font-weight: normal; font-style: italic; }
td ul, td ol { margin: 0; padding-left: 1.4em; } li { margin-bottom: 0.4em; }
.values { font-weight: bold; } .stem, .undefined { font-style: italic; }
.note { color: #555; font-size: 0.9em; }  /* a statement's note: no part of the statement */
.contents .entry { font-weight: bold; margin: 0.8em 0 0.2em; } .contents p { margin-top: 0; }
.contents .values { font-weight: normal; font-style: italic; }  /* apart from the bold name */
.contents .group { font-size: 1.1em; font-weight: bold; font-style: italic; margin-top: 1.2em; }
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
  .contents .entry, .contents .group { break-after: avoid; }
  tr.whole { break-inside: auto; }
  thead { display: table-header-group; }
}
""".replace("SHADE", _SHADE)


def _html_list(
    stem: str, items: tuple[Indicator, ...], missing: str, gone: frozenset[str] = frozenset()
) -> str:
    e = html.escape
    out = f'<p class="stem">{e(stem)}</p>' if stem and items else ""
    runs = L.numbering(items, gone=gone)
    if runs is None:
        out += (
            "<ul>" + "".join(f"<li>{N.html_item(i)}</li>" for i in items) + "</ul>" if items else ""
        )
    else:
        for start, run in runs:
            first = "" if start == 1 else f' start="{start}"'
            out += f"<ol{first}>" + "".join(f"<li>{N.html_item(i)}</li>" for i in run) + "</ol>"
    if missing:
        out += f'<p class="undefined">{e(missing)}</p>'
    return out or f'<p class="undefined">{e(L.NONE)}</p>'


def _html_polarity(fw: Framework, cell: L.Cell) -> str:
    # one stem of both sides stands over the table; a stem per side heads its own column
    shared = cell.stem if cell.stem == cell.ineffective_stem else ""
    stem = f'<p class="stem">{html.escape(shared)}</p>' if shared else ""
    sides = "".join(
        "<td>"
        + _html_list("" if shared else cell.stem_of(side), items, cell.missing(side), cell.gone)
        + "</td>"
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
            f"<td{role_attr(c)}>{_html_list(c.stem, c.effective, c.missing(), c.gone)}</td>"
            for c in cols
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
        if c.empty and len(sides) > 1:  # a level not yet written: said once, across both sides
            sides = sides[:1]
        span = f' colspan="{len(names)}"' if len(sides) < len(names) else ""
        cells = "".join(
            f"<td{span}>"
            + _html_list(c.stem_of(side), () if whole else items, whole or c.missing(side), c.gone)
            + "</td>"
            for items, side in sides
        )
        rows.append(f'<tr><th{role_attr(c)} scope="row">{head(c)}</th>{cells}</tr>')
    return f"<table>{colgroup}<thead><tr>{heads}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _html_described(fw: Framework) -> str:
    """The list of competencies with their descriptions, ahead of a by-level document's levels."""
    e = html.escape
    out = [f'<section class="contents"><h2>{e(W.contents_title(fw))}</h2>']
    for entry in W.entries(fw):
        kind = "group" if entry.group else "entry"
        out.append(f'<p class="{kind}">{e(entry.heading)}</p>')
        out += [f"<p>{e(p)}</p>" for p in entry.paragraphs]
        if entry.values:
            out.append(f'<p class="values">Values: {e(entry.values)}</p>')
    return "\n".join([*out, "</section>"])
