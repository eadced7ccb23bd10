"""A comparison dashboard for people who do not code: pick two frameworks, a theme and a level.

Built from ipywidgets (it runs in JupyterLab and as a Voilà app, ``make app``) on top of
:mod:`compkit.compare.tables`, :mod:`compkit.compare.themes` and :mod:`compkit.compare.plots`; it
holds no analysis of its own. Pictures are PNG images inside the widgets, so the app works offline.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from ..framework.model import Framework

__all__ = ["Dashboard", "dashboard"]

_ALL = ""


def _table_html(frame: pd.DataFrame, caption: str) -> str:
    body = frame.to_html(index=False, escape=True, border=0, na_rep="")
    return body.replace(
        '<table class="dataframe">',
        "<table class='dataframe compkit-table'><caption style='text-align:left'><b>"
        f"{html.escape(caption)}</b></caption>",
        1,
    ).replace('<tr style="text-align: right;">', "<tr style='text-align: left;'>")


class Dashboard:
    """Compare two frameworks interactively: headline figures, themes, scope and statements.

    Attributes
    ----------
    a, b : ipywidgets.Dropdown
        The two frameworks to compare.
    theme : ipywidgets.Dropdown
        A theme of the shared vocabulary, or "(all themes)".
    level : ipywidgets.Dropdown
        A level rank (1 is the lowest), or "(all levels)".
    statements : ipywidgets.HTML
        The statements of both frameworks on the chosen theme at the chosen level.
    widget : ipywidgets.VBox
        The whole dashboard, to display.
    """

    def __init__(self, frameworks: dict[str, Framework]):
        import ipywidgets as widgets

        from .themes import read_vocabulary

        if len(frameworks) < 2:
            from ..errors import UsageError

            raise UsageError("the dashboard compares two frameworks; give at least two")
        self.frameworks = frameworks
        self.vocabulary = read_vocabulary()
        keys = list(frameworks)
        options = [(f"{fw.label}: {fw.title}", key) for key, fw in frameworks.items()]
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
        self.message = widgets.HTML()
        self.headline = widgets.HTML()
        self.coverage = widgets.Image(format="png")
        self.scope = widgets.Image(format="png")
        self.statements = widgets.HTML()
        for w in (self.a, self.b, self.theme, self.level):
            w.style = {"description_width": "90px"}
            w.layout = {"width": "420px"}
        tabs = widgets.Tab(
            children=[
                self.headline,
                widgets.VBox([self.coverage]),
                widgets.VBox([self.scope]),
                self.statements,
            ]
        )
        for i, title in enumerate(
            ("Headline differences", "Themes", "Scope by level", "Statements")
        ):
            tabs.set_title(i, title)
        tabs.selected_index = 3
        self.tabs = tabs
        self.widget = widgets.VBox(
            [
                widgets.HBox([self.a, self.b]),
                widgets.HBox([self.theme, self.level]),
                self.message,
                tabs,
            ],
            layout={"width": "100%"},
        )
        self.widget.add_class("compkit-dashboard")
        self.a.observe(self._frameworks_changed, names="value")
        self.b.observe(self._frameworks_changed, names="value")
        self.theme.observe(self._refresh_statements, names="value")
        self.level.observe(self._refresh_statements, names="value")
        self._frameworks_changed()

    # -- updates ---------------------------------------------------------------------------
    def _pair(self) -> tuple[Framework, Framework]:
        return self.frameworks[self.a.value], self.frameworks[self.b.value]

    def _frameworks_changed(self, change=None) -> None:
        from .headlines import headline_differences
        from .plots import figure_png, plot_scope, plot_theme_coverage
        from .themes import assign_themes

        fa, fb = self._pair()
        if fa.id == fb.id:
            self.message.value = (
                "<p style='color:#D55E00'><b>Pick two different frameworks.</b></p>"
            )
            return
        self.message.value = ""
        self._assigned = assign_themes(fa, fb, vocabulary=self.vocabulary)
        depth = max(len(fa.level_records), len(fb.level_records))
        self._updating = True
        self.level.options = [("(all levels)", 0)] + [
            (f"{rank}: " + " | ".join(_level_name(fw, rank) for fw in (fa, fb)), rank)
            for rank in range(1, depth + 1)
        ]
        self.level.value = 0
        self._updating = False
        self.headline.value = _table_html(
            headline_differences(fa, fb), f"{fa.label} and {fb.label}: what differs most"
        )
        for image, fig in (
            (self.coverage, plot_theme_coverage(fa, fb, assignments=self._assigned)),
            (self.scope, plot_scope(fa, fb)),
        ):
            image.value = figure_png(fig, dpi=90)
            image.width = str(round(fig.get_figwidth() * 90))  # natural size, not stretched
        self._refresh_statements()

    def selection(self) -> pd.DataFrame:
        """The statements on the chosen theme at the chosen level, of both frameworks."""
        from .tables import statements

        fa, fb = self._pair()
        st = statements(fa, fb)
        if self.level.value:
            st = st[st["level_rank"] == self.level.value]
        if self.theme.value:
            on = self._assigned[self._assigned["theme_id"] == self.theme.value]
            keys = set(zip(on["framework"], on["indicator_id"], strict=True))
            st = st[[k in keys for k in zip(st["framework"], st["indicator_id"], strict=True)]]
        return st.reset_index(drop=True)

    def _refresh_statements(self, change=None) -> None:
        if getattr(self, "_updating", False):
            return
        fa, fb = self._pair()
        if fa.id == fb.id:
            return
        st = self.selection()
        theme = self.theme.label if self.theme.value else "all themes"
        level = f"level {self.level.value}" if self.level.value else "all levels"
        parts = []
        for fw in (fa, fb):
            mine = st[st["framework"] == fw.id]
            parts.append(
                "<div style='flex:1;min-width:0'>"
                + _table_html(
                    mine[["indicator_id", "competency", "level_name", "text"]].set_axis(
                        ["id", fw.competency_term, "level", "statement"], axis=1
                    ),
                    f"{fw.label}: {len(mine)} statements on {theme}, {level}",
                )
                + "</div>"
            )
        self.statements.value = (
            "<div class='compkit-statements' style='display:flex;gap:1rem'>"
            + "".join(parts)
            + "</div>"
        )

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)


def _level_name(fw: Framework, rank: int) -> str:
    found = [lv.name for lv in fw.level_records if lv.rank == rank]
    return f"{fw.label} {found[0]}" if found else f"{fw.label} –"


def dashboard(frameworks: dict[str, Framework] | None = None) -> Dashboard:
    """A comparison dashboard of ``frameworks`` (default: every bundled framework).

    Examples
    --------
    >>> d = dashboard()
    >>> d.theme.value = "technology"
    >>> d.selection().groupby("framework").size().to_dict()
    {'cis': 4, 'wsx': 1}
    >>> d.level.value = 4
    >>> "CiS: 1 statements on Technology and digital, level 4" in d.statements.value
    True
    """
    from ..framework.io import load_all

    return Dashboard(frameworks or load_all())
