"""A comparison dashboard for people who do not code: pick two frameworks, read, filter, download.

Built from ipywidgets (it runs in JupyterLab and as a Voilà app, ``make app``) on top of
:mod:`compkit.compare.report_content` (the summary), :mod:`compkit.compare.themes` and
:mod:`compkit.compare.plots`; it holds no analysis of its own. It opens on a summary in words;
statements are shown once a theme, a level or a search narrows them, a page at a time, and the
"Download" links give exactly the statements shown (all pages) as CSV or Excel. Pictures are PNG
images inside the widgets and downloads are ``data:`` links, so the app needs no network.
"""

from __future__ import annotations

import base64
import html
import io
from typing import TYPE_CHECKING

from .._words import plural
from ._rungs import UNRANKED, at_rung, every_levels, rung_caption, rungs

if TYPE_CHECKING:
    import pandas as pd

    from ..framework.model import Framework

__all__ = ["PAGE_SIZE", "Dashboard", "dashboard"]

#: Statements per framework on one page of the Statements tab.
PAGE_SIZE = 15
_ALL = ""
_COLUMNS = {"competency": "Competency", "level_name": "Level", "text": "Statement"}


def _table_html(frame: pd.DataFrame, caption: str) -> str:
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    rows = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>"
        for row in frame.itertuples(index=False)
    )
    return (
        "<table class='compkit-table'><caption><b>"
        f"{html.escape(caption)}</b></caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


_STYLE = (
    "<style>.compkit-dashboard table{border-collapse:collapse;margin:.4em 0 1em;width:100%}"
    ".compkit-dashboard caption{text-align:left;padding:.2em 0}"
    ".compkit-dashboard th,.compkit-dashboard td{border:1px solid #ccc;padding:.25em .5em;"
    "text-align:left;vertical-align:top;white-space:normal}"
    ".compkit-dashboard th{background:#e8f0f5}"
    ".compkit-dashboard p{max-width:60em;line-height:1.45}</style>"
)


class Dashboard:
    """Compare two frameworks interactively: summary, themes, scope and statements.

    Attributes
    ----------
    a, b : ipywidgets.Dropdown
        The two frameworks to compare.
    theme : ipywidgets.Dropdown
        A theme of the shared vocabulary, or "(all themes)".
    level : ipywidgets.Dropdown
        A rung (1 is the lowest: its statements; in a cumulative framework what its holder
        must show, the rungs up to it and a level named for all, "All Levels", which holds at
        every rung, each statement's own level named), a level named for all
        alone (``-1``, after the rungs, "unranked" as the report says), or "(all levels)".
    search : ipywidgets.Text
        Words the statements must contain.
    page : int
        The page of statements shown (0 is the first).
    summary, statements, download : ipywidgets.HTML
        The summary in words, the statements shown, and the download links.
    widget : ipywidgets.VBox
        The whole dashboard, to display.
    """

    def __init__(self, frameworks: dict[str, Framework]):
        import ipywidgets as widgets

        from ..errors import UsageError
        from ._loading import _load
        from ._prose import label_and_title
        from .themes import read_vocabulary

        if len(frameworks) < 2:
            raise UsageError("the dashboard compares two frameworks; give at least two")
        # named as the report names them: two files of one framework are told apart here too
        # (one framework offered twice is kept as given: picking it twice is refused below)
        try:
            named = _load(list(frameworks.values()))
        except UsageError:
            named = list(frameworks.values())
        self.frameworks = dict(zip(frameworks, named, strict=True))
        self.vocabulary = read_vocabulary()
        self.page = 0
        self._updating = False
        keys = list(frameworks)
        options = [(label_and_title(fw), key) for key, fw in self.frameworks.items()]
        wide = {"width": "520px"}
        label = {"description_width": "110px"}
        self.a = widgets.Dropdown(options=options, value=keys[0], description="Framework A")
        self.b = widgets.Dropdown(options=options, value=keys[1], description="Framework B")
        self.theme = widgets.Dropdown(
            options=[
                ("(all themes)", _ALL),
                *zip(self.vocabulary["theme"], self.vocabulary["theme_id"], strict=True),
            ],
            value=_ALL,
            description="Theme",
        )
        self.level = widgets.Dropdown(description="Level")
        self.search = widgets.Text(description="Words", placeholder="e.g. budget, feedback")
        for w in (self.a, self.b, self.theme, self.level, self.search):
            w.style, w.layout = label, wide
        self.message = widgets.HTML()
        self.summary = widgets.HTML()
        self.coverage = widgets.Image(format="png")
        self.scope = widgets.Image(format="png")
        # on a framework not in English: what the two tabs hold back, in place of their charts
        self.coverage_note, self.scope_note = widgets.HTML(), widgets.HTML()
        self.statements = widgets.HTML()
        self.download = widgets.HTML()
        self.previous = widgets.Button(description="◀ Previous", layout={"width": "120px"})
        self.next = widgets.Button(description="Next ▶", layout={"width": "120px"})
        self.position = widgets.HTML()
        self.previous.on_click(lambda _b: self._turn(-1))
        self.next.on_click(lambda _b: self._turn(+1))
        pager = widgets.HBox([self.previous, self.position, self.next, self.download])
        tabs = widgets.Tab(
            children=[
                self.summary,
                widgets.VBox([self.coverage_note, self.coverage]),
                widgets.VBox([self.scope_note, self.scope]),
                widgets.VBox([self.theme, self.level, self.search, pager, self.statements]),
            ]
        )
        for i, title in enumerate(("Summary", "Themes", "Scope", "Statements")):
            tabs.set_title(i, title)
        tabs.selected_index = 0
        self.tabs = tabs
        self.widget = widgets.VBox(
            [widgets.HTML(_STYLE), self.a, self.b, self.message, tabs], layout={"width": "100%"}
        )
        self.widget.add_class("compkit-dashboard")
        self.a.observe(self._frameworks_changed, names="value")
        self.b.observe(self._frameworks_changed, names="value")
        for w in (self.theme, self.level, self.search):
            w.observe(self._filters_changed, names="value")
        self._frameworks_changed()

    # -- updates ---------------------------------------------------------------------------
    def _pair(self) -> tuple[Framework, Framework]:
        return self.frameworks[self.a.value], self.frameworks[self.b.value]

    def _clear(self) -> None:
        """Nothing of an earlier pair stays on screen."""
        self.summary.value = self.coverage_note.value = self.scope_note.value = ""
        self.coverage.value = b""
        self.scope.value = b""
        self.statements.value = ""
        self.download.value = ""
        self.position.value = ""
        self._selection = None

    def _frameworks_changed(self, change=None) -> None:
        from .plots import figure_png, plot_scope, plot_theme_coverage
        from .report_content import build_report
        from .themes import assign_themes
        from .tongues import english_readings

        fa, fb = self._pair()
        self._clear()
        if fa.id == fb.id:
            self.message.value = (
                "<p style='color:#B34700'><b>Pick two different frameworks</b> to compare "
                f"them: both are set to {html.escape(fa.label)}.</p>"
            )
            return
        self.message.value = ""
        self._assigned = assign_themes(fa, fb, vocabulary=self.vocabulary)
        depth = max(len(rungs(fa)), len(rungs(fb)))
        self._updating = True
        self.level.options = [("(all levels)", 0)] + [
            (f"{rank}: " + " | ".join(_level_name(fw, rank) for fw in (fa, fb)), rank)
            for rank in range(1, depth + 1)
        ]
        if every := [
            f"{fw.label} {fw.level(lv).name}" for fw in (fa, fb) for lv in every_levels(fw)
        ]:
            self.level.options += (("unranked: " + " | ".join(every), UNRANKED),)
        self.level.value = 0
        report = build_report(fa, fb, crosswalk=False, appendix=False)
        key = next(s for s in report.sections if s.title == "Key figures").blocks[0]
        self.summary.value = "".join(
            f"<p>{html.escape(p)}</p>" for p in report.summary
        ) + _table_html(key.frame, f"{fa.label} and {fb.label}: key figures")
        # themes and scope are read by English words: on another language, said, not drawn
        if held := english_readings((fa, fb)):
            self.coverage_note.value = self.scope_note.value = f"<p>{html.escape(held)}</p>"
        else:
            for image, fig in (
                (self.coverage, plot_theme_coverage(fa, fb, assignments=self._assigned)),
                (self.scope, plot_scope(fa, fb)),
            ):
                image.value = figure_png(fig, dpi=90)
                image.width = str(round(fig.get_figwidth() * 90))  # natural size, not stretched
        self.theme.disabled = bool(held)  # no theme to pick statements by
        if held:
            self.theme.value = _ALL
        self._updating = False
        self._filters_changed()

    def _filters_changed(self, change=None) -> None:
        if self._updating:
            return
        self.page = 0
        self._refresh_statements()

    def _turn(self, step: int) -> None:
        self.page = max(0, self.page + step)
        self._refresh_statements()

    def filtered(self) -> bool:
        """Whether a theme, a level or words narrow the statements."""
        return bool(self.theme.value or self.level.value or self.search.value.strip())

    def selection(self) -> pd.DataFrame:
        """The statements on the chosen theme, at the chosen level, with the words, of both."""
        from .tables import statements

        fa, fb = self._pair()
        st = statements(fa, fb)
        if self.level.value:  # a side list of ineffective statements is no rung of a ladder
            keep = st["framework"] == ""
            for fw in (fa, fb):
                mine = st["framework"] == fw.id
                keep |= mine & at_rung(fw, st["level"], self.level.value)
            st = st[keep]
        if self.theme.value:
            on = self._assigned[self._assigned["theme_id"] == self.theme.value]
            keys = set(zip(on["framework"], on["indicator_id"], strict=True))
            st = st[[k in keys for k in zip(st["framework"], st["indicator_id"], strict=True)]]
        words = self.search.value.strip()
        if words:
            st = st[st["text"].str.contains(words, case=False, regex=False)]
        return st.reset_index(drop=True)

    def _refresh_statements(self) -> None:
        fa, fb = self._pair()
        if fa.id == fb.id:
            return
        if not self.filtered():
            self.statements.value = (
                "<div class='compkit-statements'><p>Pick a theme or a level, or type words, "
                f"to see the statements of {html.escape(fa.label)} and "
                f"{html.escape(fb.label)} side by side ({len(fa.indicators):,} and "
                f"{len(fb.indicators):,} in all).</p></div>"
            )
            self.position.value = self.download.value = ""
            self.previous.disabled = self.next.disabled = True
            return
        st = self.selection()
        theme = self.theme.label if self.theme.value else "all themes"
        level = {0: "all levels", UNRANKED: "the levels for all (unranked)"}.get(
            self.level.value, f"level {self.level.value}"
        )
        words = self.search.value.strip()
        found = f"{theme}, {level}" + (f", with '{words}'" if words else "")
        groups = {fw.id: st[st["framework"] == fw.id] for fw in (fa, fb)}
        pages = max(1, -(-max(len(g) for g in groups.values()) // PAGE_SIZE))
        self.page = min(self.page, pages - 1)
        start = self.page * PAGE_SIZE
        parts = []
        for fw in (fa, fb):
            mine = groups[fw.id]
            if mine.empty:  # its caption alone: headers over no rows read as a fault
                said = html.escape(f"{fw.label}: no statements on {found}")
                parts.append(
                    "<div style='flex:1;min-width:0'><table class='compkit-table'><caption><b>"
                    f"{said}</b></caption></table></div>"
                )
                continue
            shown = mine.iloc[start : start + PAGE_SIZE]
            table = shown[list(_COLUMNS)].rename(columns=_COLUMNS)
            table = table.rename(columns={"Competency": fw.competency_term.capitalize()})
            if (mine["polarity"] == "ineffective").any():
                table.insert(2, "Kind", shown["polarity"].map(_KIND).to_numpy())
            said = f"{found}{rung_caption(fw, mine, self.level.value)}"
            parts.append(
                "<div style='flex:1;min-width:0'>"
                + _table_html(table, f"{fw.label}: {plural(len(mine), 'statement')} on {said}")
                + "</div>"
            )
        self.statements.value = (
            "<div class='compkit-statements' style='display:flex;gap:1rem'>"
            + "".join(parts)
            + "</div>"
        )
        self.position.value = f"<span style='padding:0 1em'>page {self.page + 1} of {pages}</span>"
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page >= pages - 1
        self.download.value = _download_links(self.export(st)) if len(st) else ""

    def export(self, selection: pd.DataFrame | None = None) -> pd.DataFrame:
        """What the Statements tab shows (every page), with headers in words, for download."""
        st = self.selection() if selection is None else selection
        names = {fw.id: fw.label for fw in self._pair()}
        return st.assign(framework=st["framework"].map(names), polarity=st["polarity"].map(_KIND))[
            ["framework", "competency", "level_name", "polarity", "text"]
        ].rename(columns={"framework": "Framework", "polarity": "Kind", **_COLUMNS})

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)


_KIND = {"effective": "must show", "ineffective": "not to do"}


def _download_links(table: pd.DataFrame) -> str:
    csv = table.to_csv(index=False).encode("utf-8-sig")
    buf = io.BytesIO()
    _excel_sheet(table).save(buf)
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    links = [
        ("compkit-statements.csv", "text/csv", csv, "Download CSV"),
        ("compkit-statements.xlsx", xlsx, buf.getvalue(), "Download Excel"),
    ]
    return (
        "<span class='compkit-download' style='padding-left:1.5em'>"
        + " · ".join(
            f"<a download='{name}' href='data:{mime};base64,{base64.b64encode(data).decode()}'>"
            f"{text}</a>"
            for name, mime, data, text in links
        )
        + f" <span style='color:#555'>({plural(len(table), 'statement')})</span></span>"
    )


#: Of a column's width, what a line of text may fill before it is counted as wrapping
_FILL = 0.99
#: Column widths (characters) of the Excel download; a wider text wraps within its column.
_WIDTHS = {"Framework": 12, "Level": 18, "Kind": 11, "Statement": 80}


def _excel_sheet(table: pd.DataFrame):
    """The statements as a workbook that reads and prints: wrapped text, landscape, headers.

    Each column as wide as its text up to a limit, longer text wrapped and its row as tall as
    its lines (LibreOffice does not grow rows), the header row bold, frozen and printed on
    every page, one page wide on landscape A4, numbered pages.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from ..crosswalk._wraplines import header_lines, text_lines

    wb = Workbook()
    ws = wb.active
    ws.title = "Statements"
    ws.append(list(table.columns))
    for row in table.itertuples(index=False):
        ws.append(["" if v is None else str(v) for v in row])
    widths = []
    for i, col in enumerate(table.columns, 1):
        longest = max([len(str(col)), *(len(str(v)) for v in table[col])])
        widths.append(min(longest + 2, _WIDTHS.get(str(col), 30)))
        ws.column_dimensions[get_column_letter(i)].width = widths[-1]
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(ws.iter_rows(min_row=2), 2):
        lines = 1
        for cell, width in zip(row, widths, strict=True):
            cell.alignment = wrap
            # measured in Calibri's letter widths as LibreOffice prints them, as the cross-walk
            # workbook's rows are (counted by characters, 101 of 1,128 rows over five pairs had
            # a line too many); a line within 1% of filling its column may wrap when the sheet
            # is printed scaled to the page's width, so it counts as wrapping
            lines = max(lines, text_lines(str(cell.value or ""), width * _FILL))
        ws.row_dimensions[r].height = 15 * lines
    for cell in ws[1]:
        cell.font = Font(name="Calibri", bold=True)
        cell.fill = PatternFill("solid", fgColor="E8F0F5")
        cell.alignment = wrap
    ws.row_dimensions[1].height = (
        15 * max(header_lines(str(c), w) for c, w in zip(table.columns, widths, strict=True)) + 3
    )
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.print_options.gridLines = True
    ws.oddFooter.center.text = "page &P of &N"
    return wb


def _level_name(fw: Framework, rank: int) -> str:
    """The name of ``fw``'s ``rank``-th graded level, or a dash.

    A side list of ineffective statements at "All levels" is no graded level, nor a level
    named for all ("All Levels" before IC1: :func:`._rungs.every_levels`).
    """
    graded = rungs(fw)
    return f"{fw.label} {graded[rank - 1].name}" if rank <= len(graded) else f"{fw.label} –"


def dashboard(frameworks: dict[str, Framework] | None = None) -> Dashboard:
    """A comparison dashboard of ``frameworks`` (default: every bundled framework).

    Examples
    --------
    >>> d = dashboard()
    >>> d.tabs.selected_index, "Pick a theme or a level" in d.statements.value
    (0, True)
    >>> d.theme.value = "technology"
    >>> d.selection().groupby("framework").size().to_dict()
    {'cis': 4, 'wsx': 1}
    >>> d.level.value = 4
    >>> "CiS: 4 statements on Technology and digital, level 4 (3 of them at the rungs below" in (
    ...     d.statements.value
    ... )
    True
    >>> d.b.value = "cis"
    >>> d.statements.value, d.summary.value
    ('', '')
    """
    from ..framework.io import load_all

    return Dashboard(frameworks or load_all())
