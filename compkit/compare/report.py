"""A standalone comparison report of two frameworks, for clients who never open Jupyter.

:func:`report_html` builds one self-contained HTML page: styles inline, every picture embedded as
a base64 PNG, no script and a Content-Security-Policy that forbids loading anything, so it opens
offline and from an e-mail attachment. Every piece of framework text is escaped, so a statement
containing ``<script>`` shows as text. :func:`report_markdown` gives the same content as
Markdown (tables, with the pictures as PNG files beside it when written by :func:`write_report`).
The content (findings, shape, levels, competencies, voice and length, scope, themes, values, the
framework graphs and every statement with its reading) comes from :mod:`compkit.compare.tables`,
:mod:`compkit.compare.themes` and :mod:`compkit.compare.plots`; nothing is computed here.
"""

from __future__ import annotations

import base64
import html
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .. import _atomic
from ..errors import UsageError

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

    from ..framework.model import Framework

__all__ = ["REPORT_FORMATS", "report_html", "report_markdown", "write_report"]

#: Report formats and their file suffixes.
REPORT_FORMATS = {"html": ".html", "md": ".md"}


@dataclass
class _Section:
    title: str
    text: list[str] = field(default_factory=list)
    tables: list[tuple[str, pd.DataFrame]] = field(default_factory=list)
    figures: list[tuple[str, str, Figure]] = field(default_factory=list)


def _build(a, b) -> tuple[str, list[_Section]]:
    """Compute every section of the report (the slow part: tables and figures)."""
    from . import plots, tables, themes
    from .headlines import headline_differences
    from .tables import _load

    fa, fb = _load((a, b))
    A, B = fa.id, fb.id
    assigned = themes.assign_themes(fa, fb)
    title = (
        f"{fa.label} and {fb.label} compared: {fa.title} ({fa.organisation}) and "
        f"{fb.title} ({fb.organisation})"
    )
    heads = headline_differences(fa, fb)
    gaps = themes.theme_gaps(fa, fb, assignments=assigned)
    marked = gaps[gaps["status"] != "both"]
    sections = [
        _Section(
            "What differs most",
            [
                f"The figures behind the differences between {_who(fa)} and {_who(fb)}. "
                "Every figure below is computed from the "
                "framework files, statement by statement, word for word as published."
            ],
            [
                ("Headline differences", heads),
                (
                    "Themes one framework stresses and the other hardly covers (share of each "
                    "framework's statements; 'mostly' = at least twice the share)",
                    marked[["theme", A, B, f"{A} %", f"{B} %", "status"]],
                ),
            ],
        ),
        _Section(
            "Shape",
            ["Size, levels and readings of the statements, side by side."],
            [("Overview", tables.compare_overview(fa, fb).reset_index(names="measure"))],
            [("counts", "Statements per competency and level", plots.plot_counts(fa, fb))],
        ),
        _Section(
            "Levels side by side",
            [
                "Levels are compared by rank (1 is the lowest). Cumulative: a holder of a level "
                "must also show every level below it."
            ],
            [("Levels", tables.compare_levels(fa, fb))],
        ),
        _Section(
            "Competencies",
            [],
            [("Competencies or clusters", tables.compare_competencies(fa, fb))],
        ),
        _Section(
            "Voice and length",
            [
                "Voice: 'first' is written as 'I ...', 'third' as 'Manages ...' or 'Is able "
                "to ...', 'other' as fragments or imperatives."
            ],
            [
                ("Voice", tables.voice_shares(fa, fb)),
                ("Words per statement, by level", tables.statement_lengths(fa, fb)),
            ],
            [("lengths", "Words per statement at each level", plots.plot_lengths(fa, fb))],
        ),
        _Section(
            "How far expectations reach",
            [
                "Each statement's scope: the holder's own work, people they line-manage, a "
                "team or service, or the organisation and sector beyond it (the widest scope "
                "the statement takes responsibility for)."
            ],
            [
                (
                    "Share of each level's statements per scope (%)",
                    _scope_wide(tables.scope_by_level(fa, fb)),
                )
            ],
            [("scope", "Scope of statements by level", plots.plot_scope(fa, fb))],
        ),
        _Section(
            "Themes",
            [
                "Each statement is read against one shared vocabulary of themes by keywords "
                "(regular expressions kept in data/themes/themes.yaml), corrected by a "
                "reviewer's overrides (data/themes/overrides.yaml). A statement may carry "
                "several themes."
            ],
            [("Theme coverage and gaps", gaps)],
            [
                (
                    "themes",
                    "Theme coverage",
                    plots.plot_theme_coverage(fa, fb, assignments=assigned),
                ),
                (
                    "theme-levels",
                    "Themes by level",
                    plots.plot_theme_levels(fa, fb, assignments=assigned),
                ),
            ],
        ),
        _Section(
            "Values",
            [_value_text(fa), _value_text(fb)],
            [("Values and the competencies that express them", tables.values_map(fa, fb))],
            [("values", "Values and competencies", plots.plot_values(fa, fb))],
        ),
        _Section(
            "The framework graphs",
            [
                "Values, competencies and levels as a graph; the thickness of a line is the "
                "number of statements in that competency at that level."
            ],
            [],
            [
                (f"graph-{A}", f"Framework graph of {fa.label}", plots.plot_graph(fa)),
                (f"graph-{B}", f"Framework graph of {fb.label}", plots.plot_graph(fb)),
            ],
        ),
        _Section(
            "Every statement",
            ["Each statement as published, with its level, voice, scope and themes."],
            [(f"{fw.label}: {fw.title}", _statement_table(fw, assigned)) for fw in (fa, fb)],
        ),
    ]
    return title, sections


def _who(fw: Framework) -> str:
    return fw.label if fw.label == fw.organisation else f"{fw.label} ({fw.organisation})"


def _scope_wide(table: pd.DataFrame) -> pd.DataFrame:
    wide = table.pivot_table(
        index=["framework", "level_rank", "level_name"],
        columns="scope",
        values="share",
        observed=True,
        sort=False,
    )
    return wide.reset_index().rename_axis(columns=None)


def _value_text(fw: Framework) -> str:
    if not fw.value_records:
        return f"{fw.label} names no organisational values."
    names = ", ".join(v.name for v in fw.value_records)
    return f"{fw.label} names {len(fw.value_records)} values: {names}."


def _statement_table(fw: Framework, assigned: pd.DataFrame) -> pd.DataFrame:
    from .tables import statements

    st = statements(fw)
    mine = assigned[assigned["framework"] == fw.id]
    names = mine.groupby("indicator_id", sort=False)["theme"].agg("; ".join)
    return st.assign(themes=st["indicator_id"].map(names).fillna(""))[
        ["indicator_id", "competency", "level_name", "text", "voice", "scope", "themes"]
    ].astype({"scope": str})


# -- HTML ---------------------------------------------------------------------------------------
_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;
max-width:72rem;padding:0 1rem;color:#1a1a1a;line-height:1.45}
h1{font-size:1.6rem}h2{margin-top:2.5rem;border-bottom:2px solid #0072B2;padding-bottom:.2rem}
table{border-collapse:collapse;margin:.6rem 0 1.4rem;font-size:.88rem}
caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;text-align:left}
th{background:#eef4fa}tr:nth-child(even) td{background:#fafafa}
figure{margin:1rem 0}img{max-width:100%;height:auto}figcaption{font-size:.85rem;color:#444}
nav ol{columns:2}footer{margin-top:3rem;font-size:.8rem;color:#555}
"""
_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"


def _html_table(caption: str, frame: pd.DataFrame) -> str:
    import pandas as pd

    shown = frame.copy()
    for col in shown.columns:
        if pd.api.types.is_float_dtype(shown[col]):
            shown[col] = shown[col].map(lambda v: "" if pd.isna(v) else f"{v:g}")
    body = shown.to_html(index=False, escape=True, border=0, na_rep="", classes="data")
    return body.replace(
        '<table class="dataframe data">',
        f'<table class="data"><caption>{html.escape(caption)}</caption>',
        1,
    )


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")


def report_html(a: Framework | str | os.PathLike, b: Framework | str | os.PathLike) -> str:
    """The comparison of two frameworks as one self-contained HTML page.

    Parameters
    ----------
    a, b : Framework, bundled id or path
        The two frameworks.

    Returns
    -------
    str
        An HTML document: inline styles, pictures as ``data:`` PNG images, no scripts, and a
        Content-Security-Policy that blocks every network request. All framework text is
        escaped.

    Examples
    --------
    >>> page = report_html("cis", "wsx")
    >>> page.count("<img "), "<script" in page
    (8, False)
    """
    return _render_html(*_build(a, b))


def _render_html(title: str, sections: list[_Section]) -> str:
    from .._version import __version__
    from .plots import figure_png

    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<header><h1>{html.escape(title)}</h1></header>",
        "<nav><ol>"
        + "".join(
            f'<li><a href="#{_slug(s.title)}">{html.escape(s.title)}</a></li>' for s in sections
        )
        + "</ol></nav><main>",
    ]
    for s in sections:
        parts.append(f'<section id="{_slug(s.title)}"><h2>{html.escape(s.title)}</h2>')
        parts += [f"<p>{html.escape(t)}</p>" for t in s.text]
        for name, caption, fig in s.figures:
            data = base64.b64encode(figure_png(fig)).decode("ascii")
            parts.append(
                f'<figure id="fig-{html.escape(name)}"><img alt="{html.escape(caption)}" '
                f'src="data:image/png;base64,{data}"><figcaption>{html.escape(caption)}'
                "</figcaption></figure>"
            )
        parts += [_html_table(caption, frame) for caption, frame in s.tables]
        parts.append("</section>")
    parts.append(
        f"</main><footer>Made with compkit {html.escape(__version__)}: "
        "<code>compkit report</code>.</footer></body></html>"
    )
    return "\n".join(parts) + "\n"


# -- Markdown -----------------------------------------------------------------------------------
def _md_cell(value) -> str:
    import pandas as pd

    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    text = f"{value:g}" if isinstance(value, float) else str(value)
    text = html.escape(text, quote=False).replace("|", "\\|").replace("\n", " ")
    return text.replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")


def _md_table(caption: str, frame: pd.DataFrame) -> str:
    cols = [str(c) for c in frame.columns]
    lines = [
        f"**{_md_cell(caption)}**",
        "",
        "| " + " | ".join(_md_cell(c) for c in cols) + " |",
        "| " + " | ".join("---" for _ in cols) + " |",
    ]
    lines += [
        "| " + " | ".join(_md_cell(v) for v in row) + " |" for row in frame.itertuples(index=False)
    ]
    return "\n".join(lines)


def report_markdown(
    a: Framework | str | os.PathLike,
    b: Framework | str | os.PathLike,
    *,
    figures_dir: str | None = None,
) -> str:
    """The comparison of two frameworks as Markdown: the same sections and tables as the HTML.

    Parameters
    ----------
    a, b : Framework, bundled id or path
        The two frameworks.
    figures_dir : str, optional
        Where the pictures are, relative to the Markdown file (``<figures_dir>/<name>.png``);
        :func:`write_report` writes them there. Without it the Markdown has no pictures.

    Returns
    -------
    str
        Markdown; framework text is escaped (HTML special characters, ``|``, ``*``, ``_``).

    Examples
    --------
    >>> md = report_markdown("cis", "wsx")
    >>> md.splitlines()[0]
    '# CiS and WSX Mind compared: Competencies – Senior Officer roles (Children in Scotland) \
and Staff Competency Framework (WSX Mind)'
    """
    return _render_md(*_build(a, b), figures_dir=figures_dir)


def _render_md(title: str, sections: list[_Section], *, figures_dir: str | None) -> str:
    parts = [f"# {_md_cell(title)}"]
    for s in sections:
        parts.append(f"## {_md_cell(s.title)}")
        parts += [_md_cell(t) for t in s.text]
        if figures_dir is not None:
            parts += [
                f"![{_md_cell(caption)}]({figures_dir}/{name}.png)"
                for name, caption, _ in s.figures
            ]
        parts += [_md_table(caption, frame) for caption, frame in s.tables]
    return "\n\n".join(parts) + "\n"


def write_report(
    a: Framework | str | os.PathLike,
    b: Framework | str | os.PathLike,
    path: str | os.PathLike,
    *,
    to: str | None = None,
) -> Path:
    """Write the comparison report of ``a`` and ``b`` to ``path``, atomically.

    Parameters
    ----------
    a, b : Framework, bundled id or path
        The two frameworks.
    path : path
        The file to write; its folder is created.
    to : {"html", "md"}, optional
        The format (default: from the suffix of ``path``). Markdown also writes its pictures
        as PNG files into ``<stem>_figures/`` beside it.

    Returns
    -------
    pathlib.Path
        The written report.

    Raises
    ------
    compkit.UsageError
        For an unknown format, or two frameworks with the same id.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = write_report("cis", "wsx", pathlib.Path(tempfile.mkdtemp()) / "cis-wsx.html")
    >>> out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    True
    """
    path = Path(path)
    fmt = to or next((k for k, v in REPORT_FORMATS.items() if path.suffix.lower() == v), None)
    if fmt not in REPORT_FORMATS:
        raise UsageError(
            f"unknown report format {to or path.suffix or path.name!r}; expected one of: "
            f"{', '.join(REPORT_FORMATS)} (or an output file ending in .html or .md)"
        )
    title, sections = _build(a, b)
    if fmt == "html":
        return _atomic.write_text(path, _render_html(title, sections))
    from .plots import figure_png

    folder = f"{path.stem}_figures"
    for s in sections:
        for name, _, fig in s.figures:
            _atomic.write_bytes(path.parent / folder / f"{name}.png", figure_png(fig))
    return _atomic.write_text(path, _render_md(title, sections, figures_dir=folder))
