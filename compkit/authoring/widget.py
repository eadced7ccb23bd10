"""Edit a framework's statements in JupyterLab and save them back to its YAML file.

:class:`Editor` is an ipywidgets front end over the pure edits of
:mod:`compkit.authoring.edits`: pick a competency and a level, select a statement, reword it
or set its note, add, remove or move it (up, down, to another level or competency), see the
consistency checker's findings for it as you type, and save with :func:`compkit.write_yaml`,
which keeps the file's comments and layout and writes atomically.
"""

from __future__ import annotations

import html
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..errors import CompkitError

if TYPE_CHECKING:
    import pandas as pd

    from ..framework.model import Framework

from ._layout import has_ineffective
from .edits import add_indicator, move_indicator, remove_indicator, set_note, set_text

__all__ = ["Editor", "editor", "findings_for"]


def findings_for(framework: Framework, indicator_id: str) -> list[dict[str, Any]]:
    """The consistency checker's findings about one statement (``[]`` without a checker).

    Examples
    --------
    >>> import compkit
    >>> isinstance(findings_for(compkit.load("cis"), "people-l1-1"), list)
    True
    """
    try:
        from ..checks import check
    except ImportError:  # the checker is not part of this installation
        return []
    table = _as_frame(check(framework))
    about = table["indicator_id"] == indicator_id
    if "related_id" in table.columns:
        about |= table["related_id"] == indicator_id
    return table[about].to_dict("records")


def _as_frame(report):
    """The findings of a checker report as a DataFrame."""
    for name in ("to_frame", "to_dataframe", "frame", "findings"):
        value = getattr(report, name, None)
        value = value() if callable(value) else value
        if hasattr(value, "columns"):
            return value
    return report


# -- the widget ----------------------------------------------------------------------------------


class Editor:
    """Edit the statements of a framework and save them to its YAML file.

    Parameters
    ----------
    framework : Framework, bundled id or path
        The framework to edit.
    path : path, optional
        Where :meth:`save` writes (default: the framework's own file).

    Attributes
    ----------
    framework : Framework
        The framework with every edit so far (unsaved until :meth:`save`).
    competency, level : ipywidgets.Dropdown
        The cell being edited.
    statements : ipywidgets.Select
        The statements of the cell, in order.
    text : ipywidgets.Textarea
        The selected statement's text, or a new statement's.
    note : ipywidgets.Textarea
        The selected statement's note (its reasons, evidence or an example: no part of the
        statement), over as many lines as it takes; Update sets it, emptied it clears it. A
        statement is added without one: select it and Update to give it one.
    side : ipywidgets.Dropdown
        Whether Add adds an effective or an ineffective behaviour (shown, and each ineffective
        statement marked so in the list, where the framework has ineffective ones).
    widget : ipywidgets.VBox
        The whole editor, to display.
    """

    def __init__(self, framework, *, path=None):
        import ipywidgets as w

        from ..framework.io import load

        self.framework = load(framework)
        self.opened = self.framework  # the framework as it was opened: the edit log's base
        self.log: list[dict[str, str]] = []
        self.path = path if path is not None else self.framework.path
        fw = self.framework
        self.competency = w.Dropdown(
            options=[(c.name, c.id) for c in fw.competency_records],
            description=fw.competency_term.capitalize(),
        )
        self.level = w.Dropdown(
            options=[(lv.name, lv.id) for lv in fw.level_records], description="Level"
        )
        self.statements = w.Select(options=[], rows=8, layout={"width": "100%"})
        self.text = w.Textarea(
            placeholder="Select a statement to edit it, or type a new one and press Add",
            layout={"width": "100%", "height": "5em"},
            continuous_update=True,
        )
        self.note = w.Textarea(
            placeholder="The selected statement's note (reasons, evidence, an example): "
            "no part of the statement",
            description="Note",
            layout={"width": "100%", "height": "4em"},
        )
        self.findings = w.HTML()
        self.status = w.HTML()
        # what an added statement is: shown where the framework has ineffective behaviours
        self.side = w.Dropdown(
            options=[("Effective", "effective"), ("Ineffective", "ineffective")],
            description="Add as",
            layout={"width": "auto"},
        )
        self.move_to = w.Dropdown(description="Move to", layout={"width": "auto"})
        buttons = {
            "update": ("Update", self._update),
            "add": ("Add", self._add),
            "remove": ("Remove", self._remove),
            "up": ("Up", lambda _: self._move(by=-1)),
            "down": ("Down", lambda _: self._move(by=1)),
            "move": ("Move", self._move_level),
            "save": ("Save", self._save),
        }
        self.buttons = {}
        for key, (label, action) in buttons.items():
            button = w.Button(description=label, layout={"width": "auto"})
            button.add_class(f"compkit-editor-{key}")
            button.on_click(action)
            self.buttons[key] = button
        for widget, name in (
            (self.competency, "competency"),
            (self.level, "level"),
            (self.statements, "statements"),
            (self.text, "text"),
            (self.note, "note"),
            (self.move_to, "move-to"),
            (self.side, "side"),
            (self.findings, "findings"),
            (self.status, "status"),
        ):
            widget.add_class(f"compkit-editor-{name}")
        self.competency.observe(self._cell_changed, names="value")
        self.level.observe(self._cell_changed, names="value")
        self.statements.observe(self._selected, names="value")
        self.text.observe(self._typed, names="value")
        b = self.buttons
        self.widget = w.VBox(
            [
                w.HTML(f"<b>{html.escape(fw.title)}</b> ({html.escape(fw.organisation)})"),
                w.HBox([self.competency, self.level]),
                self.statements,
                self.text,
                self.note,
                w.HBox(
                    [b["update"], b["add"], b["remove"], b["up"], b["down"]]
                    + ([self.side] if has_ineffective(fw) else [])
                ),
                w.HBox([self.move_to, b["move"], b["save"]]),
                self.findings,
                self.status,
            ],
            layout={"width": "100%"},
        )
        self.widget.add_class("compkit-editor")
        self._cell_changed()

    # -- state -------------------------------------------------------------------------------
    def cell(self) -> list:
        """The indicators of the chosen competency at the chosen level, in order."""
        return [
            i
            for i in self.framework.indicator_records
            if i.competency == self.competency.value and i.level == self.level.value
        ]

    def _refresh(self, select: str | None = None) -> None:
        self.statements.options = [
            (f"{i.position}. {i.text}" + (" (ineffective)" * (i.polarity == "ineffective")), i.id)
            for i in self.cell()
        ]
        ids = [i.id for i in self.cell()]
        self.statements.value = select if select in ids else None
        others = [
            (f"{lv.name}", f"level:{lv.id}")
            for lv in self.framework.level_records
            if lv.id != self.level.value
        ] + [
            (f"{c.name}", f"competency:{c.id}")
            for c in self.framework.competency_records
            if c.id != self.competency.value
        ]
        self.move_to.options = others
        self._selected()

    def _cell_changed(self, change=None) -> None:
        self._refresh()

    def _selected(self, change=None) -> None:
        ident = self.statements.value
        if ident is not None:
            self.text.value = self.framework.indicator(ident).text
            self.note.value = self.framework.indicator(ident).note
        else:  # an added statement starts with no note, whatever the last one selected had
            self.note.value = ""
        self._show_findings()

    def _typed(self, change=None) -> None:
        self._show_findings()

    def _show_findings(self) -> None:
        """The checker's findings for the selected statement, as typed (not yet applied)."""
        ident = self.statements.value
        if ident is None:
            self.findings.value = ""
            return
        trial = self.framework
        text = self.text.value
        changed = text.strip() and text.strip() != trial.indicator(ident).text
        if changed:
            try:
                trial = set_text(trial, ident, text)
            except CompkitError:
                changed = False
        found = findings_for(trial, ident)
        words = len(text.split())
        head = (
            f"<b>{html.escape(ident)}</b>{' as typed' if changed else ''} "
            f"({words} word{'s' if words != 1 else ''}): "
        )
        if not found:
            self.findings.value = f"<p>{head}no findings.</p>"
            return
        rows = "".join(
            f"<li><code>{html.escape(str(f.get('code', '')))}</code> "
            f"{html.escape(str(f.get('message', '')))}</li>"
            for f in found
        )
        self.findings.value = (
            f"<p>{head}{len(found)} finding{'s' if len(found) != 1 else ''}</p>"
            f"<ul class='compkit-findings'>{rows}</ul>"
        )

    def _apply(self, new: Framework, select: str | None, message: str) -> None:
        self.log.append({"edit": message, "saved": "no"})
        self.framework = new
        self._refresh(select)
        self.status.value = f"<p>{html.escape(message)} (unsaved)</p>"

    def changes(self) -> pd.DataFrame:
        """The edit log: what changed since the editor opened, statement by statement.

        It follows every edit made here (reworded, added, removed, moved), with a word-level
        diff, so a draft's proposals and the manual edits on top of them read as one record;
        ``log`` lists the edits in the order they were made.

        Examples
        --------
        >>> import compkit, shutil, tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> ed = editor(shutil.copy(compkit.framework.bundled()["wsx"], folder / "wsx.yaml"))
        >>> ed.statements.value = ed.statements.options[0][1]
        >>> ed.text.value = "Recognises and explains their own values."
        >>> ed.buttons["update"].click()
        >>> ed.changes()["change"].tolist(), len(ed.log)
        (['reworded'], 1)
        """
        from .versions import diff

        return diff(self.opened, self.framework)

    def _fail(self, exc: Exception) -> None:
        self.status.value = f"<p style='color:#a00'>{html.escape(str(exc))}</p>"

    # -- actions -----------------------------------------------------------------------------
    def _update(self, _=None) -> None:
        """Apply the text and the note as typed: each edit that changes something, logged."""
        ident = self.statements.value
        if ident is None:
            self._fail(CompkitError("select a statement first"))
            return
        import warnings

        from ..errors import CompkitWarning

        old = self.framework.indicator(ident)
        reword = self.text.value.strip() != old.text
        renote = self.note.value.strip() != old.note
        try:
            with warnings.catch_warnings(record=True) as said:
                warnings.simplefilter("always", CompkitWarning)
                new = self.framework
                if reword or not renote:  # neither: set_text says the words are its own
                    new = set_text(new, ident, self.text.value)
                if renote:
                    new = set_note(new, ident, self.note.value)
        except CompkitError as exc:  # a user's error, shown in the widget
            self._fail(exc)
            return
        if new is self.framework:  # its own words: said in the status line, not logged
            self.status.value = "".join(f"<p>{html.escape(str(w.message))}</p>" for w in said)
            return
        noted = "cleared the note of" if not self.note.value.strip() else "set the note of"
        done = [f"reworded {ident}"] * reword + [f"{noted} {ident}"] * renote
        self._apply(new, ident, " and ".join(done).replace(f"{ident} and ", "and ", 1))

    def _add(self, _=None) -> None:
        try:
            new = add_indicator(
                self.framework,
                self.competency.value,
                self.level.value,
                self.text.value,
                after=self.statements.value,
                polarity=self.side.value,
            )
        except CompkitError as exc:
            self._fail(exc)
            return
        added = (
            {i.id for i in new.indicator_records} - {i.id for i in self.framework.indicator_records}
        ).pop()
        self._apply(new, added, f"added {added}")

    def _remove(self, _=None) -> None:
        ident = self.statements.value
        if ident is not None:
            self._apply(remove_indicator(self.framework, ident), None, f"removed {ident}")

    def _moved(self, ident: str, message: str, select: str | None, **where) -> None:
        """Apply a move; one that changes nothing is said in the status line, not logged."""
        import warnings

        from ..errors import CompkitWarning

        try:
            with warnings.catch_warnings(record=True) as said:
                warnings.simplefilter("always", CompkitWarning)
                new = move_indicator(self.framework, ident, **where)
        except CompkitError as exc:
            self._fail(exc)
            return
        if new is self.framework:
            self.status.value = "".join(f"<p>{html.escape(str(w.message))}</p>" for w in said)
            return
        self._apply(new, select, message)

    def _move(self, *, by: int) -> None:
        ident = self.statements.value
        if ident is not None:
            self._moved(ident, f"moved {ident}", ident, by=by)

    def _move_level(self, _=None) -> None:
        ident, target = self.statements.value, self.move_to.value
        if ident is None or not target:
            return
        kind, key = target.split(":", 1)
        named = dict((value, label) for label, value in self.move_to.options)[target]
        self._moved(ident, f"moved {ident} to {named}", None, **{kind: key})  # a name, not an id

    def save(self):
        """Write the edited framework to its YAML file (comments and layout kept, atomically)."""
        from .yamledit import write_yaml

        path = write_yaml(self.framework, self.path)
        self.framework = replace(self.framework, path=path)
        for entry in self.log:
            entry["saved"] = "yes"
        self.status.value = f"<p>saved to {html.escape(path.name)}</p>"
        return path

    def _save(self, _=None) -> None:
        try:
            self.save()
        except CompkitError as exc:
            self._fail(exc)

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)


def editor(framework, *, path=None) -> Editor:
    """A statement editor for ``framework`` that saves to its YAML file (or ``path``).

    Examples
    --------
    >>> import compkit, shutil, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> copy = shutil.copy(compkit.framework.bundled()["wsx"], folder / "wsx.yaml")
    >>> ed = compkit.editor(copy)
    >>> ed.competency.value, ed.level.value, len(ed.statements.options)
    ('qualities', 'core', 10)
    >>> ed.statements.value = "qualities-core-2"
    >>> ed.text.value = "Is open to and responds positively to feedback"
    >>> ed.buttons["update"].click(); ed.buttons["save"].click()
    >>> compkit.load(copy).indicator("qualities-core-2").text
    'Is open to and responds positively to feedback'
    """
    if path is not None:  # refused now, not at the first save
        from .._atomic import _target, as_path

        path = _target(as_path(path))  # a folder, a pipe or a device is refused
    return Editor(framework, path=path)
