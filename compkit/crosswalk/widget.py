"""A review widget for JupyterLab and Voilà: one statement with all its candidates at once.

The statement stands at the top with its competency and level; below it, each candidate with
its competency, level, suggested relation (changeable) and why it was suggested. Tick the
candidates that match (one, several) and save, or say the statement has no counterpart; unsure
and skip leave it for later, back returns to the previous statement. Each decision replaces the
earlier one on the same pairs (what was decided before stays in ``review_history``); the note box
always shows the note of the statement on screen. Progress shows how many statements are done.

Keys (when the widget has the focus; ipyevents): ``1``-``9`` tick or untick a candidate,
``Enter`` saves, ``0`` no counterpart, ``u`` unsure, ``s`` skip, ``b`` back. Every control is
also reachable with Tab, and buttons work with Enter or Space. Every decision is saved at once,
atomically (a crash or a kill leaves the previous file whole), and opening the file again
resumes at the first statement not yet decided.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

import pandas as pd

from ..errors import UsageError
from .added import fill_statements
from .alsoat import places
from .guards import prefixes, require_frameworks
from .nearby import find_framework, framework_hint
from .pairs import RELATION_WORDS, stems_of
from .review import decide, decide_statement, to_crosswalk
from .sssom import NO_TERM, PREDICATES, read_sssom, write_sssom
from .widgetcards import _SMALL, _flagged, _negative, candidate_card, subject_card
from .workbooksettled import SETTLING

__all__ = ["ReviewWidget", "review_crosswalk"]

_BUTTONS = (
    ("save", "Save ticked (Enter)", "success", "check", "Accept the ticked, reject the others"),
    ("none", "No counterpart (0)", "danger", "ban", "Nothing in the other framework matches"),
    ("unsure", "Unsure (u)", "warning", "question", "Mark the candidates unsure, come back later"),
    ("skip", "Skip (s)", "", "forward", "Leave undecided for now"),
    ("back", "Back (b)", "", "backward", "Show the previous statement again"),
)  # fmt: skip
_KEYS = {"Enter": "save", "0": "none", "u": "unsure", "s": "skip", "b": "back"}


class ReviewWidget:
    """Review a cross-walk file statement by statement, saving after every decision.

    Parameters
    ----------
    path : path
        The cross-walk (SSSOM TSV). Decisions are written back to it.
    reviewer : str
        Recorded with every decision (``reviewer_label``).
    a, b : Framework, bundled id or path, optional
        The two frameworks, to show competency and level names (default: the frameworks the
        CURIE prefixes name: bundled, or a framework file of that id in the cross-walk's folder,
        a ``frameworks/`` folder beside it or the current folder; when none is found, the
        widget says what to pass).

    Attributes
    ----------
    crosswalk : pandas.DataFrame
        The current cross-walk, as saved.
    current : str or None
        The statement (subject CURIE) on screen, ``None`` when everything is reviewed.
    ticks : list of ipywidgets.Checkbox
        One per candidate on screen, in rank order.
    widget : ipywidgets.VBox
        The whole widget, to display.
    """

    def __init__(self, path: str | os.PathLike, *, reviewer: str, a=None, b=None):
        import ipywidgets as widgets

        if not isinstance(reviewer, str) or not reviewer.strip():
            raise UsageError(
                f"the review widget needs a reviewer's name (reviewer='...'), not {reviewer!r}"
            )
        self.path = Path(path)
        self.reviewer = reviewer
        self.crosswalk = read_sssom(self.path)
        if a is not None and b is not None:
            require_frameworks(self.crosswalk, a, b, f"review_crosswalk({self.path.name})")
        fa, fb = self._frameworks(a, b)
        if fa is not None and fb is not None:  # rows naming only their pair get their text
            self.crosswalk = fill_statements(self.crosswalk, fa, fb)
        self._meta = self.crosswalk.attrs.get("sssom") or None
        self._names = self._framework_names(fa, fb)
        self.subjects = list(dict.fromkeys(self.crosswalk["subject_id"]))
        self._skipped: list[str] = []
        self._history: list[str] = []
        self.current: str | None = None
        self.objects: list[str] = []
        self.ticks: list = []
        self.relations: list = []
        self.bar = widgets.IntProgress(min=0, max=max(len(self.subjects), 1), description="Done")
        self.progress = widgets.HTML()
        self.subject = widgets.HTML()
        self.candidates = widgets.VBox()
        self.note = widgets.Textarea(
            placeholder="why (saved as the note of every pair of this statement)",
            description="Note",
            layout={"width": "95%", "height": "3.5em"},
        )
        self.status = widgets.HTML()
        self.buttons = {}
        for key, label, style, icon, tip in _BUTTONS:
            button = widgets.Button(
                description=label, button_style=style, icon=icon, tooltip=tip,
                layout={"width": "auto"},
            )  # fmt: skip
            button.add_class(f"compkit-review-{key}")
            button.add_class("compkit-review-button")
            button.on_click(getattr(self, f"_on_{key}"))
            self.buttons[key] = button
        self.widget = widgets.VBox(
            [
                widgets.HBox([self.bar, self.progress]),
                self.subject,
                self.candidates,
                self.note,
                widgets.HBox(list(self.buttons.values()), layout={"flex_flow": "row wrap"}),
                self.status,
            ],
            layout={"width": "100%"},
        )
        self.widget.add_class("compkit-review")
        self._keys = self._listen()
        self._show_next()

    # -- frameworks and text -------------------------------------------------------------------
    def _frameworks(self, a, b) -> tuple:
        """The two frameworks: as given, else bundled or a framework file found by its id."""
        from ..framework.io import load

        found, self._hint = [], ""
        for given, column, prefix in zip((a, b), ("subject_id", "object_id"),
                                         prefixes(self.crosswalk), strict=True):  # fmt: skip
            found.append(
                load(given)
                if given is not None
                else find_framework(self.crosswalk, column, prefix, self.path)
            )
        missing = [p for p, fw in zip(prefixes(self.crosswalk), found, strict=True) if fw is None]
        sides = dict(zip(prefixes(self.crosswalk), ("a", "b"), strict=True))
        self._hint = framework_hint(self.path, [p for p in missing if p], sides)
        return found[0], found[1]

    def _framework_names(self, *frameworks) -> dict[str, dict[str, str]]:
        names: dict[str, dict[str, str]] = {}
        for prefix, fw in zip(prefixes(self.crosswalk), frameworks, strict=True):
            if fw is not None:
                names[prefix] = {c.id: c.name for c in fw.competency_records} | {
                    f"level:{lv.id}": lv.name for lv in fw.level_records
                }  # and the stem a statement completes ("You should:"), shown before it
                names[prefix] |= {f"stem:{i}": stem for i, stem in stems_of(fw).items()}
                names[prefix] |= {f"also:{i}": where for i, where in places(fw).items()}
        return names

    def _where(self, curie: str, competency: str, level: str) -> str:
        names = self._names.get(str(curie).split(":", 1)[0], {})
        comp = names.get(str(competency), str(competency))
        return f"{html.escape(comp)} · {html.escape(names.get(f'level:{level}', str(level)))}"

    def _text(self, curie: str, label) -> str:
        prefix, _, bare = str(curie).partition(":")
        lead = self._names.get(prefix, {}).get(f"stem:{bare}")
        return html.escape(f"{lead} {label}" if lead and pd.notna(label) else str(label))

    def _also(self, curie: str) -> str:  # a text the framework repeats: its other places
        prefix, _, bare = str(curie).partition(":")
        also = self._names.get(prefix, {}).get(f"also:{bare}")
        return (
            f"<div style='{_SMALL}'>also at, word for word: {html.escape(also)}</div>"
            if also
            else ""
        )

    def _rows(self, subject: str) -> pd.DataFrame:
        cw = self.crosswalk
        rows = cw[(cw["subject_id"] == subject) & (cw["object_id"] != NO_TERM)]
        return rows.sort_values("rank", kind="stable")

    # -- navigation ----------------------------------------------------------------------------
    def _state(self, subject: str) -> str:
        """Where a statement stands: ``done``, ``todo``, ``new`` or ``unsure``.

        ``done``: settled (a counterpart accepted, or none), its other candidates not needed,
        as :func:`~compkit.crosswalk.pending` and the workbook hold; ``new``: decided (rejected,
        unsure), with candidates still open (fresh ones since, from ``compkit crosswalk
        --reviewed`` or ``update``, or ones :func:`~compkit.crosswalk.decide` left undecided);
        ``unsure``: to come back to once the others are done.
        """
        status = self.crosswalk.loc[self.crosswalk["subject_id"] == subject, "review_status"]
        if not len(status) or (status == "suggested").all():
            return "todo"
        if status.isin(SETTLING).any():  # settled: what is left open is not needed
            return "done"
        if (status == "suggested").any():
            return "new"
        return "unsure" if (status == "unsure").any() else "done"

    def _decided(self, subject: str) -> bool:
        return self._state(subject) == "done"

    def _show_next(self) -> None:
        states = {s: self._state(s) for s in self.subjects}
        order = []
        for state in ("todo", "new", "unsure"):  # never decided first; unsure last
            waiting = [s for s in self.subjects if states[s] == state]
            order += [s for s in waiting if s not in self._skipped]
            order += [s for s in self._skipped if s in waiting]  # skipped: in skip order
        self._show((order or [None])[0])

    def _show(self, subject: str | None) -> None:
        import ipywidgets as widgets

        self.current = subject
        states = [self._state(s) for s in self.subjects]
        done = states.count("done")
        self.bar.value = done
        left = [f"{states.count('unsure')} unsure"] * ("unsure" in states) + [
            f"{states.count('new')} decided with candidates still open"
        ] * ("new" in states)
        self.progress.value = (
            f"<b>{done:,} of {len(self.subjects):,} statements reviewed</b>"
            + (f" ({', '.join(left)})" if left else "")
            + f" in {html.escape(self.path.name)} (reviewer: {html.escape(self.reviewer)})"
            + (f"<div style='{_SMALL}'>{html.escape(self._hint)}</div>" if self._hint else "")
        )
        for key, button in self.buttons.items():
            button.disabled = subject is None and key != "back"
        if subject is None:
            self.subject.value = ""
            self.candidates.children = ()
            self.objects, self.ticks, self.relations = [], [], []
            self.note.value = ""
            self.status.value = "<b>All statements reviewed.</b>"
            return
        rows = self._rows(subject)
        first = self.crosswalk[self.crosswalk["subject_id"] == subject].iloc[0]
        self.subject.value = subject_card(
            self._where(subject, first["subject_category"], first["subject_level"]),
            self._text(subject, first["subject_label"]),
            subject,
            mark=_negative(first.get("subject_polarity")),
            after=_flagged(rows),
        )
        self.objects, self.ticks, self.relations, cards = [], [], [], []
        options = [(words, curie) for curie, words in RELATION_WORDS.items()]
        for k, row in enumerate(rows.itertuples(index=False), start=1):
            tick = widgets.Checkbox(
                value=row.review_status in ("accepted", "changed"),
                description=str(k),
                indent=False,
                layout={"width": "3em"},
            )
            tick.add_class("compkit-review-tick")
            relation = widgets.Dropdown(
                options=options,
                value=row.predicate_id if row.predicate_id in PREDICATES else "skos:closeMatch",
                layout={"width": "11em"},
            )
            why = str(row.explanation) if pd.notna(row.explanation) and row.explanation else ""
            text = widgets.HTML(
                candidate_card(
                    self._where(row.object_id, row.object_category, row.object_level),
                    self._text(row.object_id, row.object_label),
                    row,
                    mark=_negative(getattr(row, "object_polarity", "")),
                    also=self._also(row.object_id),
                    why=why,
                ),
                layout={"width": "100%"},
            )
            cards.append(widgets.HBox([tick, relation, text], layout={"width": "100%"}))
            self.objects.append(row.object_id)
            self.ticks.append(tick)
            self.relations.append(relation)
        self.candidates.children = tuple(cards)
        notes = self.crosswalk.loc[self.crosswalk["subject_id"] == subject, "comment"]
        decided = self.crosswalk.loc[self.crosswalk["subject_id"] == subject, "review_status"]
        kept = [str(n) for n, s in zip(notes, decided, strict=True) if s != "suggested" and n]
        self.note.value = kept[0] if kept else ""
        self.status.value = {
            "unsure": "<b>Marked unsure before.</b> Decide it now, or press <i>Unsure</i> to "
            "come back to it after the others. ",
            "new": "<b>Decided before, with candidates still open</b> (new since, or left "
            "undecided). ",
            "done": "<b>Settled before</b>: its candidates left open are not needed "
            "(ticking one adds a counterpart). "
            * bool((rows["review_status"] == "suggested").any()),
        }.get(self._state(subject), "") + (
            "Tick the candidates that match and save (keys 1–9, Enter), or say there is none."
        )

    # -- decisions -----------------------------------------------------------------------------
    def choose(self, picks: dict[str, str | None] | None = None, *, unsure: bool = False) -> None:
        """Record a decision on the statement on screen, save, and show the next statement.

        ``picks`` maps the accepted candidates (object CURIEs) to their relations (``None``: as
        on screen); default: the ticked ones. ``{}`` says the statement has no counterpart.
        """
        if self.current is None:
            return
        subject, note = self.current, self.note.value.strip()
        if picks is None and not unsure:
            picks = {
                o: r.value
                for o, t, r in zip(self.objects, self.ticks, self.relations, strict=True)
                if t.value
            }
            if not picks:
                self.status.value = (
                    "<b>Nothing ticked.</b> Tick the matching candidates, or press "
                    "<i>No counterpart</i>."
                )
                return
        picks = picks or {}
        shown = dict(zip(self.objects, (r.value for r in self.relations), strict=True))
        picks = {o: (r or shown.get(o)) for o, r in picks.items()}
        if unsure:
            cw = self.crosswalk
            for obj in self.objects:
                cw = decide(cw, subject, obj, "unsure", reviewer=self.reviewer, note=note)
            self.crosswalk = cw
        else:
            self.crosswalk = decide_statement(
                self.crosswalk, subject, picks, reviewer=self.reviewer, note=note
            )
        write_sssom(self.crosswalk, self.path, meta=self._meta)
        self._history.append(subject)
        self._skipped = [s for s in self._skipped if s != subject] + [subject] * unsure
        self._show_next()

    def _on_save(self, _=None) -> None:
        self.choose()

    def _on_none(self, _=None) -> None:
        self.choose({})

    def _on_unsure(self, _=None) -> None:
        self.choose(unsure=True)

    def _on_skip(self, _=None) -> None:
        if self.current is not None:
            self._skipped.append(self.current)
        self._show_next()

    def _on_back(self, _=None) -> None:
        if self._history:
            self._show(self._history.pop())

    def press(self, key: str) -> None:
        """Act on a key as the keyboard shortcuts do (``1``-``9``, Enter, 0, u, s, b)."""
        if key.isdigit() and key != "0":
            k = int(key) - 1
            if k < len(self.ticks):
                self.ticks[k].value = not self.ticks[k].value
        elif key in _KEYS and not (self.buttons[_KEYS[key]].disabled):
            getattr(self, f"_on_{_KEYS[key]}")()

    def _listen(self):
        try:
            from ipyevents import Event
        except ImportError:  # pragma: no cover - ipyevents is a dependency
            return None
        events = Event(source=self.widget, watched_events=["keydown"], prevent_default_action=False)
        last: list[tuple] = [()]

        def handle(event: dict) -> None:
            target = str(event.get("target", {}).get("tagName", "")).upper()
            if target in ("TEXTAREA", "INPUT", "SELECT"):
                return  # typing a note is not a command
            # ipyevents can attach its listener twice when the page renders the widget while the
            # kernel is busy (seen in Voilà on a loaded machine): one key then arrives twice,
            # with the same time stamp, and two toggles would undo each other.
            seen = (event.get("type"), event.get("key"), event.get("timeStamp"))
            if seen[2] is not None and seen == last[0]:
                return
            last[0] = seen
            self.press(str(event.get("key", "")))

        events.on_dom_event(handle)
        return events

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
        For a new file: candidates per indicator and the suggestion method (checked always).

    Examples
    --------
    >>> import compkit
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "cis-wsx.sssom.tsv"
    >>> w = compkit.review_crosswalk(path, "cis", "wsx", reviewer="A. Reviewer", top=2)
    >>> w.current, len(w.ticks)
    ('cis:people-l1-1', 2)
    >>> w.ticks[0].value = True
    >>> w.buttons["save"].click()
    >>> from compkit.crosswalk import read_sssom
    >>> compkit.read_sssom(path).loc[:1, ["review_status", "reviewer_label"]].values.tolist()
    [['accepted', 'A. Reviewer'], ['rejected', 'A. Reviewer']]
    """
    from .. import _atomic
    from ._arguments import check_arguments

    if not isinstance(reviewer, str) or not reviewer.strip():  # said before a file is written
        raise UsageError(f"the review widget needs a reviewer's name, not {reviewer!r}")
    check_arguments(method, top, 1, "", None, False, None, weights_type=object)
    path = _atomic.as_path(path)
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
