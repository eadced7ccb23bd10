"""Interactive explorers for JupyterLab (ipywidgets), built on the framework tables.

The widgets hold no logic of their own: they call :meth:`Framework.profile` and filter
``Framework.indicators``, so what a notebook shows is what the API returns.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from .._words import plural
from .naming import titled

if TYPE_CHECKING:
    import pandas as pd

    from .model import Framework

__all__ = ["Explorer", "explorer", "indicator_html"]


def indicator_html(table: pd.DataFrame, *, caption: str = "") -> str:
    """Render indicator rows as an escaped HTML table grouped by competency and level.

    Examples
    --------
    >>> import compkit
    >>> "people-l1-1" in indicator_html(compkit.load("cis").indicators.head(2))
    True
    """
    if table.empty:
        return f"<p><b>{html.escape(caption)}</b></p><p><i>No indicators.</i></p>"
    rows = "".join(
        "<tr>"
        f"<td style='min-width:11em'>{html.escape(r.competency)}</td>"
        f"<td style='white-space:nowrap'>{html.escape(r.level_name)}</td>"
        f"<td>{html.escape(r.text)}</td>"
        f"<td style='white-space:nowrap;color:#555'>{html.escape(r.indicator_id)}</td>"
        "</tr>"
        for r in table.itertuples(index=False)
    )
    head = "<tr><th>Competency</th><th>Level</th><th>Statement</th><th>Id</th></tr>"
    cap = (
        f"<caption style='text-align:left'><b>{html.escape(caption)}</b></caption>"
        if caption
        else ""
    )
    return (
        f"<table class='compkit-indicators'>{cap}<thead>{head}</thead><tbody>{rows}</tbody></table>"
    )


class Explorer:
    """Pick a framework, a competency and a level; see its indicators, cumulative or not.

    Attributes
    ----------
    framework, competency, level : ipywidgets.Dropdown
        The three choices (competency offers "(all)").
    cumulative : ipywidgets.Checkbox
        Include every lower level, as a holder of the level must.
    output : ipywidgets.HTML
        The indicators table.
    widget : ipywidgets.VBox
        The whole explorer, to display.
    """

    def __init__(self, frameworks: dict[str, Framework]):
        import ipywidgets as widgets

        self.frameworks = frameworks
        first = next(iter(frameworks))
        self.framework = widgets.Dropdown(
            options=[(_choice(fw), key) for key, fw in frameworks.items()],
            value=first,
            description="Framework",
        )
        self.competency = widgets.Dropdown(description="Competency")
        self.level = widgets.Dropdown(description="Level")
        self.cumulative = widgets.Checkbox(
            value=True, description="cumulative (include lower levels)"
        )
        self.summary = widgets.HTML()
        self.output = widgets.HTML()
        self.framework.observe(self._framework_changed, names="value")
        for w in (self.competency, self.level, self.cumulative):
            w.observe(self._refresh, names="value")
        self._framework_changed()
        self.widget = widgets.VBox(
            [
                widgets.HBox([self.framework]),
                widgets.HBox([self.competency, self.level]),
                self.cumulative,
                self.summary,
                self.output,
            ],
            layout={"width": "100%"},
        )
        self.widget.add_class("compkit-explorer")

    def _framework_changed(self, change=None) -> None:
        fw = self.frameworks[self.framework.value]
        self._updating = True
        self.competency.description = fw.competency_term.capitalize()
        self.competency.options = [("(all)", "")] + [(c.name, c.id) for c in fw.competency_records]
        self.competency.value = ""
        self.level.options = [(lv.name, lv.id) for lv in fw.level_records]
        self.level.value = fw.level_ids[0]
        self.cumulative.value = fw.cumulative  # levels that do not build: one level at a time
        self._updating = False
        self._refresh()

    def selection(self) -> pd.DataFrame:
        """The indicators for the current choices (a DataFrame from the public API)."""
        fw = self.frameworks[self.framework.value]
        table = fw.profile(level=self.level.value, cumulative=self.cumulative.value)
        if self.competency.value:
            table = table[table["competency_id"] == self.competency.value]
        return table

    def _refresh(self, change=None) -> None:
        if getattr(self, "_updating", False):
            return
        fw = self.frameworks[self.framework.value]
        table = self.selection()
        scope = "up to and including" if self.cumulative.value else "at"
        what = (
            fw.competency(self.competency.value).name
            if self.competency.value
            else f"all {fw.competency_term_plural}"
        )
        level = fw.level(self.level.value).name
        caption = f"{plural(len(table), 'indicator')}, {what}, {scope} {level}"
        self.summary.value = f"<p>{html.escape(titled(fw))}</p>"
        self.output.value = indicator_html(table, caption=caption)

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)


def _choice(fw: Framework) -> str:
    """A framework as the explorer's drop-down names it: its label and title, said once."""
    return fw.title if fw.label == fw.title else f"{fw.label}: {fw.title}"


def explorer(frameworks: dict[str, Framework] | None = None) -> Explorer:
    """An indicator explorer for ``frameworks`` (default: every bundled framework).

    Examples
    --------
    >>> ex = explorer()
    >>> ex.framework.value = "wsx"; ex.level.value = "skilled"
    >>> len(ex.selection())
    70
    >>> ex.cumulative.value = False
    >>> ex.output.value.count("<tr>") - 1
    26
    """
    from .io import load_all

    return Explorer(frameworks or load_all())
