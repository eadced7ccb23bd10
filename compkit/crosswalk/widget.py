"""A review widget for JupyterLab: step through suggested mappings and decide, one at a time.

The two statements stand side by side with their competency and level, the method's score and
suggested relation. Buttons accept, reject, mark unsure, change the relation (from the
drop-down), or say the subject has no counterpart; every control is reachable with Tab, in
reading order, and a button is pressed with Enter or Space. Every decision is saved
at once, atomically (a temporary file renamed over the cross-walk: a crash or a kill leaves the
previous file whole), and opening the file again resumes at the first undecided suggestion.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

import pandas as pd

from ..errors import UsageError
from .review import decide, pending, to_crosswalk
from .sssom import NO_TERM, PREDICATES, read_sssom, write_sssom

__all__ = ["ReviewWidget", "review_crosswalk"]

_BUTTONS = (
    ("accept", "Accept", "success", "check", "Accept the suggested relation"),
    ("reject", "Reject", "danger", "times", "These statements do not match"),
    ("unsure", "Unsure", "warning", "question", "Come back to this one later"),
    ("change", "Change relation", "info", "exchange", "Accept with the relation chosen above"),
    ("no_match", "No match", "", "ban", "Nothing in the other framework matches the subject"),
    ("skip", "Skip", "", "forward", "Leave undecided for now"),
    ("back", "Back", "", "backward", "Show the previous decision again"),
)


class ReviewWidget:
    """Review a cross-walk file, saving after every decision.

    Parameters
    ----------
    path : path
        The cross-walk (SSSOM TSV). Decisions are written back to it.
    reviewer : str
        Recorded with every decision (``reviewer_label``).
    a, b : Framework, bundled id or path, optional
        The two frameworks, to show competency and level names (default: the CURIE prefixes,
        when they are bundled ids).

    Attributes
    ----------
    crosswalk : pandas.DataFrame
        The current cross-walk, as saved.
    current : tuple of (str, str) or None
        The pair on screen, ``None`` when everything is reviewed.
    widget : ipywidgets.VBox
        The whole widget, to display.
    """

    def __init__(self, path: str | os.PathLike, *, reviewer: str, a=None, b=None):
        import ipywidgets as widgets

        if not str(reviewer).strip():
            raise UsageError("the review widget needs a reviewer name (reviewer=...)")
        self.path = Path(path)
        self.reviewer = reviewer
        self.crosswalk = read_sssom(self.path)
        self._meta = self.crosswalk.attrs.get("sssom") or None
        self._names = self._framework_names(a, b)
        self._skipped: list[tuple[str, str]] = []
        self._history: list[tuple[str, str]] = []
        self.current: tuple[str, str] | None = None
        self.progress = widgets.HTML()
        self.subject = widgets.HTML(layout={"width": "50%", "padding": "0 8px"})
        self.object = widgets.HTML(layout={"width": "50%", "padding": "0 8px"})
        self.relation = widgets.Dropdown(options=list(PREDICATES), description="Relation")
        self.note = widgets.Text(
            placeholder="why (saved as the justification note)",
            description="Note",
            layout={"width": "90%"},
        )
        self.status = widgets.HTML()
        self.buttons = {}
        for key, label, style, icon, tip in _BUTTONS:
            button = widgets.Button(
                description=label,
                button_style=style,
                icon=icon,
                tooltip=tip,
                layout={"width": "auto"},
            )
            button.add_class(f"compkit-review-{key.replace('_', '-')}")
            button.add_class("compkit-review-button")
            button.on_click(getattr(self, f"_on_{key}"))
            self.buttons[key] = button
        self.widget = widgets.VBox(
            [
                self.progress,
                widgets.HBox([self.subject, self.object], layout={"width": "100%"}),
                self.relation,
                self.note,
                widgets.HBox(list(self.buttons.values()), layout={"flex_flow": "row wrap"}),
                self.status,
            ],
            layout={"width": "100%"},
        )
        self.widget.add_class("compkit-review")
        self._show_next()

    # -- frameworks --------------------------------------------------------------------------
    def _framework_names(self, a, b) -> dict[str, dict[str, str]]:
        from ..framework.io import bundled, load

        names: dict[str, dict[str, str]] = {}
        prefixes = {
            str(v).split(":", 1)[0]
            for col in ("subject_id", "object_id")
            for v in self.crosswalk[col].head(1)
        }
        sources = [x for x in (a, b) if x is not None] or [
            p for p in sorted(prefixes) if p in bundled()
        ]
        for source in sources:
            fw = load(source)
            names[fw.id] = {c.id: c.name for c in fw.competency_records} | {
                f"level:{lv.id}": lv.name for lv in fw.level_records
            }
        return names

    def _describe(self, curie: str, label: str, competency: str, level: str) -> str:
        prefix = str(curie).split(":", 1)[0]
        names = self._names.get(prefix, {})
        comp = names.get(str(competency), str(competency))
        lvl = names.get(f"level:{level}", str(level))
        return (
            f"<div style='border:1px solid #ccc;padding:6px;border-radius:4px'>"
            f"<div><code>{html.escape(str(curie))}</code></div>"
            f"<div><b>{html.escape(comp)}</b> · {html.escape(lvl)}</div>"
            f"<p style='font-size:1.1em'>{html.escape(str(label))}</p></div>"
        )

    # -- navigation --------------------------------------------------------------------------
    def _row(self, pair: tuple[str, str]) -> pd.Series:
        cw = self.crosswalk
        return cw[(cw["subject_id"] == pair[0]) & (cw["object_id"] == pair[1])].iloc[0]

    def _show_next(self) -> None:
        todo = pending(self.crosswalk)
        pairs = list(zip(todo["subject_id"], todo["object_id"], strict=True))
        fresh = [p for p in pairs if p not in self._skipped]
        later = [p for p in self._skipped if p in pairs]
        self._show((fresh or later or [None])[0])

    def _show(self, pair: tuple[str, str] | None) -> None:
        self.current = pair
        done = int((self.crosswalk["review_status"] != "suggested").sum())
        left = len(pending(self.crosswalk))
        self.progress.value = (
            f"<b>{html.escape(self.path.name)}</b>: {done} decided, {left} to review "
            f"(reviewer: {html.escape(self.reviewer)})"
        )
        for key, button in self.buttons.items():
            button.disabled = pair is None and key != "back"
        if pair is None:
            self.subject.value = self.object.value = ""
            self.status.value = "<b>All suggestions reviewed.</b>"
            return
        row = self._row(pair)
        self.subject.value = self._describe(
            row["subject_id"], row["subject_label"], row["subject_category"], row["subject_level"]
        )
        self.object.value = self._describe(
            row["object_id"], row["object_label"], row["object_category"], row["object_level"]
        )
        self.relation.value = (
            row["predicate_id"] if row["predicate_id"] in PREDICATES else ("skos:closeMatch")
        )
        self.note.value = str(row["comment"] or "") if row["review_status"] != "suggested" else ""
        score = row["similarity_score"]
        self.status.value = (
            f"suggested: <code>{html.escape(str(row['suggested_predicate_id'] or '-'))}</code>, "
            f"rank {row['rank'] if pd.notna(row['rank']) else '-'}, similarity "
            f"{score if pd.notna(score) else '-'}; status <b>{row['review_status']}</b>"
        )

    # -- decisions ---------------------------------------------------------------------------
    def decide(self, decision: str, predicate: str | None = None) -> None:
        """Record ``decision`` on the pair on screen, save the file, and show the next pair."""
        if self.current is None:
            return
        subject, obj = self.current
        self.crosswalk = decide(
            self.crosswalk,
            subject,
            obj,
            decision,
            reviewer=self.reviewer,
            predicate=predicate,
            note=self.note.value.strip(),
        )
        write_sssom(self.crosswalk, self.path, meta=self._meta)
        self._history.append((subject, NO_TERM if decision == "no_match" else obj))
        self._skipped = [p for p in self._skipped if p != self.current]
        self._show_next()

    def _on_accept(self, _=None) -> None:
        self.decide("accept")

    def _on_reject(self, _=None) -> None:
        self.decide("reject")

    def _on_unsure(self, _=None) -> None:
        self.decide("unsure")

    def _on_change(self, _=None) -> None:
        self.decide("change", predicate=self.relation.value)

    def _on_no_match(self, _=None) -> None:
        self.decide("no_match")

    def _on_skip(self, _=None) -> None:
        if self.current is not None:
            self._skipped.append(self.current)
        self._show_next()

    def _on_back(self, _=None) -> None:
        if self._history:
            self._show(self._history.pop())

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)


def review_crosswalk(
    path: str | os.PathLike,
    a=None,
    b=None,
    *,
    reviewer: str,
    top: int = 5,
    method: str = "hybrid",
) -> ReviewWidget:
    """Open the review widget on a cross-walk file, creating it from suggestions if needed.

    Parameters
    ----------
    path : path
        The cross-walk file (SSSOM TSV). When it does not exist, suggestions of ``a`` against
        ``b`` are written there first.
    a, b : Framework, bundled id or path, optional
        The two frameworks (needed to create the file).
    reviewer : str
        Your name, recorded with every decision.
    top, method :
        For a new file: candidates per indicator and the suggestion method.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "cis-wsx.sssom.tsv"
    >>> w = review_crosswalk(path, "cis", "wsx", reviewer="A. Reviewer", top=2)
    >>> w.current
    ('cis:people-l1-1', 'wsx:work-core-11')
    >>> w.buttons["accept"].click()
    >>> from compkit.crosswalk import read_sssom
    >>> read_sssom(path).loc[0, ["review_status", "reviewer_label"]].tolist()
    ['accepted', 'A. Reviewer']
    """
    path = Path(path)
    if not path.exists():
        if a is None or b is None:
            raise UsageError(f"{path} does not exist: give both frameworks to create it")
        from ..framework.io import load
        from .export import _set_meta
        from .suggest import suggest

        fa, fb = load(a), load(b)
        cw = to_crosswalk(suggest(fa, fb, top=top, method=method), subject=fa.id, object=fb.id)
        write_sssom(cw, path, meta=_set_meta(fa, fb))
    return ReviewWidget(path, reviewer=reviewer, a=a, b=b)
