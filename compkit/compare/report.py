"""A standalone comparison report of two frameworks, for clients who never open Jupyter.

:func:`report_html` builds one self-contained HTML page: styles inline, every picture embedded as
a PNG, no script and a Content-Security-Policy that forbids loading anything, so it opens offline
and from an e-mail attachment; it prints on A4 (headings kept with what follows, table headers
repeated on every page, no row split, page numbers). Every piece of framework text is escaped,
so a statement containing ``<script>`` shows as text. :func:`report_markdown` gives the same
content as Markdown (user text escaped, so a statement cannot become a link or an image), and
:func:`write_report` writes HTML, Markdown (pictures as PNG files beside it) or an editable
Word document (:mod:`compkit.compare.report_docx`). The content itself comes from
:func:`compkit.compare.report_content.build_report`; nothing is computed here.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from .. import _atomic
from ..errors import UsageError
from .report_content import build_report
from .report_model import Figure, Report, Table

if TYPE_CHECKING:
    import pandas as pd

    from ..framework.model import Framework

__all__ = ["REPORT_FORMATS", "report_html", "report_markdown", "write_report"]

#: Report formats and their file suffixes.
REPORT_FORMATS = {"html": ".html", "md": ".md", "docx": ".docx"}

FrameworkLike = "Framework | str | os.PathLike"

# -- HTML ---------------------------------------------------------------------------------------
_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;
max-width:72rem;padding:0 1rem;color:#1a1a1a;line-height:1.45}
header{border-bottom:3px solid #2d708e;padding-bottom:.6rem;margin-bottom:1.2rem}
h1{font-size:1.7rem;margin:0 0 .3rem}.subtitle{font-size:1.05rem;color:#333;margin:0}
.meta{color:#555;margin:.3rem 0 0}
h2{margin-top:2.4rem;border-bottom:2px solid #2d708e;padding-bottom:.2rem;font-size:1.3rem}
.summary p{font-size:1.02rem;max-width:52rem}
table{border-collapse:collapse;margin:.6rem 0 1.4rem;font-size:.86rem;width:auto}
caption{text-align:left;font-weight:600;padding:.3rem 0;caption-side:top}
th,td{border:1px solid #c8c8c8;padding:.25rem .5rem;vertical-align:top;text-align:left}
th{background:#e8f0f5}tbody tr:nth-child(even) td{background:#f7f7f7}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}td.num{white-space:nowrap}
td.wide{min-width:22rem}td.short{white-space:nowrap}
figure{margin:1rem 0}img{max-width:100%;height:auto}figcaption{font-size:.85rem;color:#444}
nav ol{columns:2}footer{margin-top:3rem;font-size:.8rem;color:#555}
@page{size:A4;margin:15mm 13mm 17mm}
@page{@bottom-right{content:"Page " counter(page) " of " counter(pages);font-size:8pt;
color:#555}}
@media print{
body{margin:0;max-width:none;padding:0;font-size:9.5pt}
h1,h2,h3,caption,.keep{break-after:avoid-page;page-break-after:avoid}
h2{margin-top:1.4rem}
table{break-inside:auto;font-size:8.5pt}thead{display:table-header-group}
tr,td,th,figure,img{break-inside:avoid;page-break-inside:avoid}
table.whole{break-inside:avoid;page-break-inside:avoid}
tbody tr:first-child{break-before:avoid-page;page-break-before:avoid}
tbody tr:nth-child(even) td{background:none}
p{orphans:3;widows:3}a{color:inherit;text-decoration:none}
nav{break-after:page}footer{display:none}
.lead{break-inside:avoid-page;page-break-inside:avoid}
}
"""
_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")


#: Rows of a table short enough to print whole on one page: its caption and header never stand
#: alone at a page's foot with its rows overleaf (Abtion and CiS "at a glance", 25 rows).
WHOLE_ROWS = 30


def _html_table(table: Table) -> str:
    frame = table.frame
    cols = [str(c) for c in frame.columns]
    values = frame.to_numpy().tolist()
    numeric = table.numeric()
    css = [
        "num" if numeric[j] else ("wide" if c == table.wide else _short_column(frame.iloc[:, j]))
        for j, c in enumerate(cols)
    ]
    head = "".join(
        f'<th scope="col"{f" class={css[j]}" if css[j] == "num" else ""}>{html.escape(c)}</th>'
        for j, c in enumerate(cols)
    )
    rows = []
    for row in values:
        cells = "".join(
            f"<td{f' class={css[j]}' if css[j] else ''}>{html.escape(str(v))}</td>"
            for j, v in enumerate(row)
        )
        rows.append(f"<tr>{cells}</tr>")
    return (
        f"<table{' class=whole' if _short(table) else ''}>"
        f"<caption>{html.escape(table.caption)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


#: Characters of the longest value of a column whose values never wrap ("Milestone 1",
#: "Junior level", "must show"): the browser gave their width to long headers beside them
SHORT = 16


def _short_column(column: pd.Series) -> str:
    """``short`` for a column of short names, each kept on one line; else no class.

    Examples
    --------
    >>> import pandas as pd
    >>> _short_column(pd.Series(["Milestone 1", "Milestone 2"]))
    'short'
    >>> _short_column(pd.Series(["Leading and communicating"]))
    ''
    """
    texts = column.astype(str)
    return "short" if len(texts) and texts.str.len().max() <= SHORT else ""


def _html_figure(fig: Figure) -> str:
    data = base64.b64encode(fig.png).decode("ascii")
    return (
        f'<figure id="fig-{html.escape(fig.name)}"><img alt="{html.escape(fig.caption)}" '
        f'width="{round(fig.width * 100)}" src="data:image/png;base64,{data}">'
        f"<figcaption>{html.escape(fig.caption)}</figcaption></figure>"
    )


def _short(block: Table | Figure) -> bool:
    """A figure, or a table printed whole: :data:`WHOLE_ROWS` rows or fewer, not a listing."""
    return isinstance(block, Figure) or (not block.listing and len(block.frame) <= WHOLE_ROWS)


def _colophon(version: str) -> str:
    """Printed, the colophon goes in each page's foot: at the end it could stand on a page alone."""
    words = f"Made with compkit {version}".replace("\\", "").replace('"', "")
    return f'@page{{@bottom-left{{content:"{words}";font-size:8pt;color:#555}}}}'


def _render_html(report: Report) -> str:
    from .._version import __version__

    esc = html.escape
    meta = " · ".join(
        x for x in (report.author and f"Prepared by {report.author}", report.date) if x
    )
    toc = [("summary", "Summary")] + [(_slug(s.title), s.title) for s in report.sections]
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(report.language)}"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(report.title)}</title><style>{_CSS}{_colophon(__version__)}</style>",
        "</head><body>",
        f"<header><h1>{esc(report.title)}</h1><p class=subtitle>{esc(report.subtitle)}</p>",
        f"<p class=meta>{esc(meta)}</p></header>" if meta else "</header>",
        '<nav aria-label="Contents"><h2>Contents</h2><ol>'
        + "".join(f'<li><a href="#{k}">{esc(t)}</a></li>' for k, t in toc)
        + "</ol></nav><main>",
        '<section id="summary" class="summary"><h2>Summary</h2>',
        *(f"<p>{esc(p)}</p>" for p in report.summary),
        "</section>",
    ]
    for s in report.sections:
        blocks = [_html_table(b) if isinstance(b, Table) else _html_figure(b) for b in s.blocks]
        # a section's heading and words print on one page with its first table or figure, if
        # that is short: never at a page's foot with what they introduce overleaf
        first = blocks[:1] if s.blocks and _short(s.blocks[0]) else []
        parts += [
            f'<section id="{_slug(s.title)}"><div class="lead{"" if first else " keep"}">',
            f"<h2>{esc(s.title)}</h2>",
            *(f"<p>{esc(t)}</p>" for t in s.paragraphs),
            *first,
            "</div>",
            *blocks[len(first) :],
            "</section>",
        ]
    parts.append(f"</main><footer>Made with compkit {esc(__version__)}.</footer></body></html>")
    return "\n".join(parts) + "\n"


# -- Markdown -----------------------------------------------------------------------------------
_MD_SPECIAL = re.compile(r"([\\`*_\[\]!<>|#])")


def md_escape(value) -> str:
    r"""User text for Markdown: every character that could make markup is backslash-escaped.

    Examples
    --------
    >>> md_escape("![x](http://e.vil) <b>|*_`")
    '\\!\\[x\\](http://e.vil) \\<b\\>\\|\\*\\_\\`'
    """
    text = " ".join(str(value).split())
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_table(table: Table) -> str:
    cols = [str(c) for c in table.frame.columns]
    lines = [
        f"**{md_escape(table.caption)}**",
        "",
        "| " + " | ".join(md_escape(c) for c in cols) + " |",
        "| " + " | ".join("---" for _ in cols) + " |",
    ]
    lines += [
        "| " + " | ".join(md_escape(v) for v in row) + " |"
        for row in table.frame.itertuples(index=False)
    ]
    return "\n".join(lines)


def _figure_file(block: Figure) -> str:
    """The figure's file name: its name and a hash of its picture, so files never change meaning."""
    import hashlib

    return f"{block.name}-{hashlib.sha1(block.png).hexdigest()[:10]}.png"


def _render_md(report: Report, *, figures_dir: str | None) -> str:
    parts = [f"# {md_escape(report.title)}", f"*{md_escape(report.subtitle)}*"]
    meta = " · ".join(
        x for x in (report.author and f"Prepared by {report.author}", report.date) if x
    )
    if meta:
        parts.append(md_escape(meta))
    parts.append("## Summary")
    parts += [md_escape(p) for p in report.summary]
    for s in report.sections:
        parts.append(f"## {md_escape(s.title)}")
        parts += [md_escape(t) for t in s.paragraphs]
        for b in s.blocks:
            if isinstance(b, Table):
                parts.append(_md_table(b))
            elif figures_dir is not None:
                parts.append(f"![{md_escape(b.caption)}]({figures_dir}/{_figure_file(b)})")
    return "\n\n".join(parts) + "\n"


# -- public -------------------------------------------------------------------------------------
def report_html(
    a: Framework | str | os.PathLike,
    b: Framework | str | os.PathLike,
    *,
    title: str | None = None,
    author: str = "",
    date: dt.date | str | None = None,
    crosswalk: str | os.PathLike | pd.DataFrame | bool | None = None,
    appendix: bool = True,
) -> str:
    """The comparison of two frameworks as one self-contained HTML page.

    Parameters
    ----------
    a, b : Framework, bundled id or path
        The two frameworks.
    title : str, optional
        The report's title (default: "<A> and <B>: how the two competency frameworks compare").
    author : str
        Who prepared it (shown under the title when given).
    date : datetime.date or str, optional
        The report's date: a date, an ISO date (``2027-01-15``) or words of your own
        (default: today).
    crosswalk : path, DataFrame, "suggest" or bool, optional
        A cross-walk to report on: an SSSOM file or the name of a bundled one, a DataFrame of
        :func:`compkit.read_sssom` or :func:`compkit.suggest`, or ``"suggest"`` to compute
        suggestions. Default: the reviewed cross-walk shipped for the pair, if there is one;
        ``False`` for none.
    appendix : bool
        End with every statement of both frameworks (default True).

    Returns
    -------
    str
        An HTML document: inline styles, pictures as ``data:`` PNG images, no scripts, and a
        Content-Security-Policy that blocks every network request. All framework text is
        escaped.

    Examples
    --------
    >>> page = report_html("cis", "wsx", author="A. Consultant", date="2027-01-15")
    >>> page.count("<img "), "<script" in page
    (8, False)
    >>> "Prepared by A. Consultant · 15 January 2027" in page
    True
    """
    report = build_report(
        a, b, title=title, author=author, date=date, crosswalk=crosswalk, appendix=appendix
    )
    return _render_html(report)


def report_markdown(
    a: Framework | str | os.PathLike,
    b: Framework | str | os.PathLike,
    *,
    figures_dir: str | None = None,
    title: str | None = None,
    author: str = "",
    date: dt.date | str | None = None,
    crosswalk: str | os.PathLike | pd.DataFrame | bool | None = None,
    appendix: bool = True,
) -> str:
    """The comparison of two frameworks as Markdown: the same sections and tables as the HTML.

    Parameters
    ----------
    a, b : Framework, bundled id or path
        The two frameworks.
    figures_dir : str, optional
        Where the pictures are, relative to the Markdown file (``<figures_dir>/<name>.png``);
        :func:`write_report` writes them there. Without it the Markdown has no pictures.
    title, author, date, crosswalk, appendix
        As for :func:`report_html`.

    Returns
    -------
    str
        Markdown; all user text is escaped (:func:`md_escape`).

    Examples
    --------
    >>> md = report_markdown("cis", "wsx", date="2027-01-15")
    >>> md.splitlines()[0]
    '# CiS and WSX Mind: how the two competency frameworks compare'
    """
    report = build_report(
        a, b, title=title, author=author, date=date, crosswalk=crosswalk, appendix=appendix
    )
    return _render_md(report, figures_dir=figures_dir)


def write_report(
    a: Framework | str | os.PathLike,
    b: Framework | str | os.PathLike,
    path: str | os.PathLike,
    *,
    to: str | None = None,
    title: str | None = None,
    author: str = "",
    date: dt.date | str | None = None,
    crosswalk: str | os.PathLike | pd.DataFrame | bool | None = None,
    appendix: bool = True,
) -> Path:
    """Write the comparison report of ``a`` and ``b`` to ``path``, atomically.

    Parameters
    ----------
    a, b : Framework, bundled id or path
        The two frameworks.
    path : path
        The file to write; its folder is created.
    to : {"html", "md", "docx"}, optional
        The format (default: from the suffix of ``path``). Markdown also writes its pictures
        as PNG files into ``<stem>_figures/`` beside it; ``docx`` is an editable Word document
        (A4, headings, tables with repeated header rows, pictures, page numbers).
    title, author, date, crosswalk, appendix
        As for :func:`report_html`.

    Returns
    -------
    pathlib.Path
        The written report.

    Raises
    ------
    compkit.UsageError
        For an unknown format or one the suffix of ``path`` contradicts, or the same framework
        given twice (two versions of one, from different files, are compared and told apart by
        file name).

    Examples
    --------
    >>> import compkit
    >>> import tempfile, pathlib
    >>> out = compkit.write_report("cis", "wsx", pathlib.Path(tempfile.mkdtemp()) / "cis-wsx.html")
    >>> out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    True
    """
    path = _atomic.as_path(path)
    suffixes = {k: _atomic.DOCUMENT_SUFFIXES[k] for k in REPORT_FORMATS}
    fmt = to or next((k for k, v in suffixes.items() if path.suffix.lower() in v), None)
    if fmt not in REPORT_FORMATS:
        raise UsageError(
            f"unknown report format {to or path.suffix or path.name!r}; expected one of: "
            f"{', '.join(REPORT_FORMATS)} (or an output file ending in .html, .htm, .md, "
            ".markdown or .docx)"
        )
    if path.is_dir():
        raise UsageError(
            f"{path} is a folder; give the report's file name (e.g. {path}/report.{fmt})"
        )
    _atomic.check_suffix(path, fmt, suffixes)
    report = build_report(
        a, b, title=title, author=author, date=date, crosswalk=crosswalk, appendix=appendix
    )
    if fmt == "html":
        return _atomic.write_text(path, _render_html(report))
    if fmt == "docx":
        from .report_docx import docx_bytes

        return _atomic.write_bytes(path, docx_bytes(report))
    # Whole at every moment: the new pictures go in beside the old ones under names that hash
    # their content, the Markdown file switches to them in one rename, then the old ones go.
    folder = f"{path.stem}_figures"
    figures = {
        _figure_file(block): block.png
        for s in report.sections
        for block in s.blocks
        if isinstance(block, Figure)
    }
    for name, png in figures.items():
        if not (path.parent / folder / name).exists():
            _atomic.write_bytes(path.parent / folder / name, png)
    written = _atomic.write_text(path, _render_md(report, figures_dir=folder))
    for old in (path.parent / folder).glob("*.png"):
        if old.name not in figures:
            old.unlink(missing_ok=True)
    return written
