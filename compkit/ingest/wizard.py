"""Bring a framework in from JupyterLab: an ipywidgets wizard over :func:`~compkit.ingest.ingest`.

:class:`Wizard` reads a document (a path, or a file uploaded into ``build/``), shows the layout
detected and why, the statements per competency and level, and the consistency checker's first
findings; the user corrects the guesses (layout, where the levels, competencies and statements
are, the stem, polarity, whether levels build on each other, the language), reads again, and
saves the framework file with its ingest report, each written atomically.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pandas as pd

from ..errors import CompkitError
from .api import LAYOUTS, Ingested, ingest

__all__ = ["Wizard", "counts_table", "findings_table", "wizard"]

#: The checker's columns shown in the wizard, and their headers.
FINDING_COLUMNS = {
    "severity": "Severity",
    "name": "Rule",
    "competency": "Competency",
    "level": "Level",
    "message": "Finding",
}
_SLOT = re.compile(r"labels of the '([^']+)' kind|= '([^']+)'")


def counts_table(result: Ingested) -> pd.DataFrame:
    """Statements per competency (rows) and level (columns), by name; undefined cells say so.

    Examples
    --------
    >>> from compkit.framework import data_dir
    >>> table = counts_table(ingest(data_dir() / "raw" / "004_311b47c8518e2add.txt"))
    >>> table.loc["Managing Work"].tolist()
    [13, 6, 14, 8, 5]
    """
    fw = result.framework
    counts = fw.counts(polarity="all")
    names = {c.id: c.name for c in fw.competency_records}
    levels = {lv.id: lv.name for lv in fw.level_records}
    table = counts.astype(object).where(counts.notna(), "not defined")
    table.index = [names.get(i, i) for i in table.index]
    table.columns = [levels.get(c, c) for c in table.columns]
    return table.rename_axis(fw.competency_term.capitalize())


def findings_table(result: Ingested, *, limit: int = 10) -> pd.DataFrame:
    """The consistency checker's first ``limit`` findings, with names and headers in words.

    Examples
    --------
    >>> from compkit.framework import data_dir
    >>> table = findings_table(ingest(data_dir() / "raw" / "004_311b47c8518e2add.txt"))
    >>> list(table.columns)
    ['Severity', 'Rule', 'Competency', 'Level', 'Finding']
    """
    from ..checks import check

    fw = result.framework
    frame = check(fw).to_frame().head(limit)
    names = {c.id: c.name for c in fw.competency_records}
    levels = {lv.id: lv.name for lv in fw.level_records}
    shown = pd.DataFrame(
        {
            "severity": frame["severity"].astype(str),
            "name": frame["name"].astype(str).str.replace("-", " ").str.capitalize(),
            "competency": frame["competency_id"].map(lambda v: names.get(v, v or "")),
            "level": frame["level"].map(lambda v: levels.get(v, v or "")),
            "message": frame["message"].astype(str),
        }
    )
    return shown.fillna("").rename(columns=FINDING_COLUMNS).reset_index(drop=True)


_STYLE = (
    "<style>.compkit-wizard table {border-collapse: collapse; margin: 0.3em 0}"
    ".compkit-wizard th, .compkit-wizard td {text-align: left !important; padding: 0.15em 0.7em;"
    " vertical-align: top; line-height: 1.35}"
    ".compkit-wizard thead th {border-bottom: 1px solid #999}"
    ".compkit-wizard-findings-table td:nth-child(4) {white-space: nowrap}</style>"
)


def _html_table(frame: pd.DataFrame, css: str, *, index: bool = True) -> str:
    table = frame.to_html(classes=f"compkit-table {css}", border=0, index=index, justify="left")
    return _STYLE + table


class Wizard:
    """Read a framework document, correct the guesses, and save the framework file.

    Parameters
    ----------
    path : path, optional
        The document to read first (Word, spreadsheet, CSV, PDF or text).
    out : path, optional
        Where *Save* writes the YAML (default ``build/<framework id>.yaml``); the ingest report
        goes beside it as ``<name>.ingest.md``.

    Attributes
    ----------
    result : Ingested or None
        The last successful read.
    path, out : ipywidgets.Text
        The document to read and the YAML to write.
    layout, level_from, competency_from, text_from, levels, stem, cumulative, language, sheet
        The hints (ipywidgets); blank or "as detected" leaves the guess to ingest.
    polarity : ipywidgets.Combobox
        "ineffective" (or "effective") for every statement, or the heading or column that
        marks ineffective ones; blank: as detected.
    buttons : dict of ipywidgets.Button
        ``read`` (detect everything), ``again`` (read with the hints) and ``save``.
    status : ipywidgets.HTML
        What happened last, or what went wrong.
    widget : ipywidgets.VBox
        The whole wizard, to display.
    """

    def __init__(self, path=None, *, out=None):
        import ipywidgets as w

        self.result: Ingested | None = None
        self.saved: Path | None = None
        wide = {"width": "60%"}
        label = {"style": {"description_width": "8em"}}
        self.path = w.Text(
            value="" if path is None else str(path),
            description="Document",
            placeholder="a .docx, .odt, .xlsx, .ods, .csv, .pdf, .txt or .md file",
            layout=wide,
        )
        self.upload = w.FileUpload(description="Upload", multiple=False)
        self.info = w.HTML()
        self.counts = w.HTML()
        self.findings = w.HTML()
        self.status = w.HTML()
        self.layout = w.Dropdown(
            options=[("as detected", None), *((f"{k}: {v}", k) for k, v in LAYOUTS.items())],
            description="Layout",
            layout=wide,
        )
        self.level_from = w.Combobox(description="Levels from", placeholder="as detected", **label)
        self.competency_from = w.Combobox(
            description="Competencies", placeholder="as detected", **label
        )
        self.text_from = w.Combobox(description="Statements", placeholder="as detected", **label)
        self.levels = w.Text(
            description="Level names", placeholder="lowest first, comma between", **label
        )
        self.stem = w.Text(description="Stem", placeholder='e.g. "You can:"', **label)
        self.cumulative = w.Dropdown(
            options=[("as detected", None), ("yes", True), ("no", False)],
            description="Cumulative",
            **label,
        )
        self.polarity = w.Combobox(
            description="Polarity",
            placeholder="as detected",
            options=("ineffective", "effective"),
            **label,
        )
        self.polarity.add_class("compkit-wizard-polarity")
        self.language = w.Text(description="Language", placeholder="en-GB", **label)
        self.sheet = w.Text(description="Sheet", placeholder="the likeliest", **label)
        self.out = w.Text(
            value="" if out is None else str(out),
            description="Save as",
            placeholder="build/<id>.yaml",
            layout=wide,
        )
        self.buttons = {}
        for key, label, action in (
            ("read", "Read", self._read),
            ("again", "Read again", self._read_again),
            ("save", "Save", self._save),
        ):
            button = w.Button(description=label, layout={"width": "auto"})
            button.add_class(f"compkit-wizard-{key}")
            button.on_click(action)
            self.buttons[key] = button
        self.upload.observe(self._uploaded, names="value")
        for widget, name in (
            (self.path, "path"),
            (self.out, "out"),
            (self.layout, "layout"),
            (self.info, "info"),
            (self.counts, "counts"),
            (self.findings, "findings"),
            (self.status, "status"),
        ):
            widget.add_class(f"compkit-wizard-{name}")
        b = self.buttons
        self.widget = w.VBox(
            [
                w.HTML(
                    "<h3>Ingest wizard: bring a framework in from the document it was "
                    "published in</h3>"
                ),
                w.HTML("<b>1. Read a document</b>"),
                w.HBox([self.path, self.upload, b["read"]]),
                self.info,
                self.counts,
                w.HTML("<b>2. Correct the guesses</b> (blank: as detected)"),
                self.layout,
                w.HBox([self.level_from, self.competency_from, self.text_from]),
                w.HBox([self.levels, self.stem, self.polarity]),
                w.HBox([self.cumulative, self.language, self.sheet]),
                w.HBox([b["again"]]),
                w.HTML("<b>3. The consistency checker's first findings</b>"),
                self.findings,
                w.HTML("<b>4. Save the framework file</b> (and its ingest report beside it)"),
                w.HBox([self.out, b["save"]]),
                self.status,
            ],
            layout={"width": "100%"},
        )
        self.widget.add_class("compkit-wizard")
        if path is not None:
            self.read()

    # -- state -------------------------------------------------------------------------------
    def hints(self) -> dict:
        """The hints the user gave (those left blank or "as detected" are not passed)."""
        given = {
            "layout": self.layout.value,
            "level_from": self.level_from.value.strip() or None,
            "competency_from": self.competency_from.value.strip() or None,
            "text_from": self.text_from.value.strip() or None,
            "levels": [x.strip() for x in self.levels.value.split(",") if x.strip()] or None,
            "stem": self.stem.value.strip() or None,
            "cumulative": self.cumulative.value,
            "polarity": self.polarity.value.strip() or None,
            "language": self.language.value.strip() or None,
            "sheet": self.sheet.value.strip() or None,
        }
        return {k: v for k, v in given.items() if v is not None}

    @property
    def statements(self) -> int:
        """How many statements the last read found (0 before a read)."""
        return 0 if self.result is None else len(self.result.framework.indicators)

    def _show(self, result: Ingested) -> None:
        self.result = result
        report, fw = result.report, result.framework
        low = len(report.low_confidence)
        self.info.value = (
            f"<p><b>{html.escape(fw.title)}</b>: layout <b>{html.escape(report.layout)}</b>, "
            f"{self.statements} statements, {len(fw.competency_records)} "
            f"{html.escape(fw.competency_term_plural)}, {len(fw.level_records)} levels.<br>"
            f"Why: {html.escape('; '.join(report.reasons))}.<br>"
            f"{low} low-confidence guess{'es' if low != 1 else ''} to check in the report.</p>"
        )
        self.counts.value = _html_table(counts_table(result), "compkit-wizard-counts-table")
        found = findings_table(result)
        self.findings.value = (
            _html_table(found, "compkit-wizard-findings-table", index=False)
            if len(found)
            else "<p>No findings.</p>"
        )
        slots = []
        for text in [*(n.message for n in report.notes), *report.reasons]:
            for m in _SLOT.finditer(text):
                slot = m.group(1) or m.group(2)
                if slot not in slots:
                    slots.append(slot)
        for box in (self.level_from, self.competency_from, self.text_from):
            box.options = tuple(slots)
        workbook = Path(self.path.value).suffix.lower() in (".xlsx", ".ods")
        self.sheet.layout.display = None if workbook else "none"
        if not self.out.value.strip():
            self.out.value = str(Path("build") / f"{fw.id}.yaml")

    def _fail(self, exc: Exception) -> None:
        self.status.value = f"<p style='color:#a00'>{html.escape(str(exc))}</p>"

    def _say(self, message: str) -> None:
        self.status.value = f"<p>{html.escape(message)}</p>"

    # -- actions -----------------------------------------------------------------------------
    def read(self, *, hints: bool = False) -> Ingested:
        """Read the document: with every guess left to ingest, or with the hints given."""
        if not self.path.value.strip():
            raise CompkitError("give the path of a document to read, or upload one")
        given = self.hints() if hints else {}
        result = ingest(self.path.value.strip(), **given)
        self._show(result)
        told = ", ".join(f"{k}={v!r}" for k, v in given.items())
        self._say(
            f"read {result.path.name}: {self.statements} statements"
            + (f" (hints: {told})" if told else "")
        )
        return result

    def save(self) -> Path:
        """Write the YAML and its ingest report (atomically); returns the YAML's path."""
        if self.result is None:
            raise CompkitError("read a document first")
        target = self.out.value.strip() or None
        self.saved = self.result.write(target)
        self._say(f"saved {self.saved.name} and {self.saved.with_suffix('.ingest.md').name}")
        return self.saved

    def _uploaded(self, change=None) -> None:
        """Save an uploaded file under build/uploads/ (or beside the output) and read it."""
        from .. import _atomic

        files = self.upload.value
        if not files:
            return
        upload = files[0]
        folder = Path(self.out.value).parent if self.out.value.strip() else Path("build")
        target = folder / "uploads" / Path(upload["name"]).name
        try:
            _atomic.write_bytes(target, bytes(upload["content"]))
            self.path.value = str(target)
            self.read()
        except CompkitError as exc:
            self._fail(exc)

    def _read(self, _=None) -> None:
        try:
            self.read()
        except CompkitError as exc:  # a user's error, shown in the widget
            self._fail(exc)

    def _read_again(self, _=None) -> None:
        try:
            self.read(hints=True)
        except CompkitError as exc:
            self._fail(exc)

    def _save(self, _=None) -> None:
        try:
            self.save()
        except (CompkitError, OSError) as exc:
            self._fail(exc)

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)


def wizard(path=None, *, out=None) -> Wizard:
    """An ingest wizard in JupyterLab: read ``path``, correct the guesses, save to ``out``.

    Examples
    --------
    >>> from compkit.framework import data_dir
    >>> wiz = wizard(data_dir() / "raw" / "004_311b47c8518e2add.txt")
    >>> wiz.result.report.layout, wiz.statements
    ('headings-lists', 153)
    >>> wiz.stem.value = "The post holder:"
    >>> wiz.buttons["again"].click()
    >>> wiz.result.document["stem"]
    'The post holder:'
    """
    return Wizard(path, out=out)
