"""Edits of a framework's statements: pure functions, a framework in and a new framework out.

:func:`set_text` rewords a statement (its note kept), :func:`set_note` sets or clears what
stands beside it that is no part of it (its note), :func:`add_indicator` adds one to a cell,
:func:`remove_indicator` removes one and :func:`move_indicator` moves one up, down, to another
level or to another competency. Each edit goes through the framework document, so the result is
validated like a loaded file, and keeps the record of retired ids: an id an edit drops is
retired, and no edit gives one again; the editor widget (:mod:`compkit.authoring.widget`) is a
front end over them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..framework.model import Framework

__all__ = ["add_indicator", "move_indicator", "remove_indicator", "set_note", "set_text"]


# -- edits: framework in, framework out ----------------------------------------------------------


def _edit(fw: Framework, change) -> Framework:
    """Apply ``change`` to the framework's document; every statement id it drops is retired.

    The result keeps the record of retired ids (``retired_ids``, perhaps empty), so
    :func:`compkit.diff` can take its ids at their word (:func:`._reuse.ids_kept`).
    """
    from ..framework.build import from_dict
    from ..framework.io import to_dict

    doc = to_dict(fw)
    change(doc)
    kept = {i["id"] for c in doc["competencies"] for i in c["indicators"]}
    dropped = [i.id for i in fw.indicator_records if i.id not in kept]
    doc["retired_ids"] = list(dict.fromkeys([*doc.get("retired_ids", ()), *dropped]))
    return replace(from_dict(doc), path=fw.path)


def _known(fw: Framework, indicator_id, what: str) -> None:
    """Refuse an id the framework lacks: a statement's words given for its id, or a slip.

    A statement's words ("Conduct market research ...") are answered with its id; any other
    unknown id with the close ones (``Framework.indicator``: "did you mean ...?").
    """
    from ..errors import UsageError

    if isinstance(indicator_id, str) and indicator_id in fw._index["indicator"]:
        return
    if isinstance(indicator_id, str) and len(words := _words(indicator_id)) > 1:
        said = [i for i in fw.indicator_records if _words(i.text)[: len(words)] == words]
        if said:
            ids = ", ".join(f"{i.id} ({i.text[:50]!r})" for i in said[:5])
            raise UsageError(
                f"{what}: {indicator_id[:60]!r} is a statement's words, not its id; expected "
                f"the id of the statement: {ids}"
            )
    try:
        fw.indicator(indicator_id)
    except UsageError as e:
        raise UsageError(f"{what}: {e}") from None


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _find(doc: dict, indicator_id: str) -> tuple[dict, int]:
    from ..errors import UsageError

    for comp in doc["competencies"]:
        for n, ind in enumerate(comp["indicators"]):
            if ind["id"] == indicator_id:
                return comp, n
    raise UsageError(f"unknown indicator {indicator_id!r} in framework '{doc['id']}'")


def _unchanged(fw: Framework, said: str) -> Framework:
    """Warn the caller of an edit that its change is none ("set_text: x already reads ...")."""
    import warnings

    from ..errors import CompkitWarning

    name, rest = said.split(": ", 1)
    warnings.warn(
        f"{name}: nothing to change: {rest}; the framework is unchanged",
        CompkitWarning,
        stacklevel=3,
    )
    return fw


def set_text(framework, indicator_id: str, text: str) -> Framework:
    """Reword a statement (one line of text, not the text of another statement in its cell).

    A statement set to the words it already has (spaces around them aside) returns the
    framework unchanged with a :class:`compkit.errors.CompkitWarning` saying so, as a move that
    changes nothing does.

    Examples
    --------
    >>> import compkit
    >>> fw = set_text("cis", "people-l1-3", "I see how my role serves the organisation.")
    >>> fw.indicator("people-l1-3").text
    'I see how my role serves the organisation.'
    """
    from ..framework.io import load

    fw = load(framework)
    _known(fw, indicator_id, "set_text")
    text = _one_line(text, "set_text")
    if text == fw.indicator(indicator_id).text:
        return _unchanged(fw, f"set_text: {indicator_id} already reads {text[:60]!r}")

    def change(doc):
        comp, n = _find(doc, indicator_id)
        item = comp["indicators"][n]
        _unique(comp, item["level"], text, "set_text", but=item["id"])
        item["text"] = text

    return _edit(fw, change)


def set_note(framework, indicator_id: str, note: str) -> Framework:
    """Set a statement's note, or clear it with ``""``; the statement's words stay as they are.

    A note is what stands beside a statement that is no part of it: its reasons ("Why this
    level: ..."), evidence, sources or an example (:attr:`Indicator.note
    <compkit.framework.records.Indicator>`). It may run over several lines; spaces around it
    are no part of it. A note set to what it already is warns and changes nothing.

    Examples
    --------
    >>> fw = set_note("cis", "people-l1-3", "Why this level: new starters see their own role.")
    >>> fw.indicator("people-l1-3").note
    'Why this level: new starters see their own role.'
    >>> reworded = set_text(fw, "people-l1-3", "I see how my role serves others.")
    >>> reworded.indicator("people-l1-3").note
    'Why this level: new starters see their own role.'
    >>> set_note(fw, "people-l1-3", "").indicator("people-l1-3").note
    ''
    """
    from ..errors import UsageError
    from ..framework.io import load

    fw = load(framework)
    _known(fw, indicator_id, "set_note")
    if not isinstance(note, str):
        raise UsageError(f"set_note: expected the note as text (or '' for none), not {note!r}")
    note = note.strip()
    if note == fw.indicator(indicator_id).note:
        said = f"has the note {note[:60]!r}" if note else "has no note"
        return _unchanged(fw, f"set_note: {indicator_id} already {said}")

    def change(doc):
        comp, n = _find(doc, indicator_id)
        item = comp["indicators"][n]
        item.pop("note", None)
        if note:
            item["note"] = note
            doc["schema_version"] = max(2, doc.get("schema_version", 1))

    return _edit(fw, change)


def _one_line(text, what: str) -> str:
    """The statement without spaces around it; refused if not one line of text (one per item)."""
    from ..errors import UsageError

    if not isinstance(text, str):
        raise UsageError(f"{what}: expected the statement as text, not {type(text).__name__}")
    text = text.strip()  # a space or line break typed after the words is no part of them
    if not text:
        raise UsageError(f"{what}: the statement is empty; expected its words")
    if "\n" in text or "\r" in text:
        first = re.split(r"[\r\n]", text)[0]
        raise UsageError(
            f"{what}: the statement {first[:60]!r}... holds a line break; expected one statement "
            "on one line (two statements: add the second with add_indicator)"
        )
    return text


def _unique(comp: dict, level: str, text: str, what: str, but: str | None = None) -> None:
    """Refuse a statement whose exact text another statement of its cell already has."""
    from ..errors import UsageError

    for other in comp["indicators"]:
        if other["level"] == level and other["id"] != but and other["text"] == text:
            raise UsageError(
                f"{what}: {comp['name']} at level {level} already has this statement "
                f"({other['id']}: {text[:60]!r}); expected a statement not yet in that cell"
            )


def _new_id(doc: dict, competency: str, level: str, polarity: str = "effective") -> str:
    """The next number after every id in use or retired, in the framework's own numbering."""
    from ._reuse import new_statement_id

    return new_statement_id(doc, competency, level, polarity)


def _not_retired(doc: dict, ident: str, what: str) -> None:
    """Refuse an id given by hand that a removed statement had (see ``add_indicator``)."""
    from ..errors import UsageError

    if ident in doc.get("retired_ids", ()):
        raise UsageError(
            f"{what}: the id {ident!r} is retired (a statement removed from '{doc['id']}' had "
            "it; see retired_ids), and compkit gives no retired id to another statement, so "
            "a cross-walk naming it cannot come to mean a different one; leave id out to get "
            "a new id, or, to restore the removed statement itself, take the id off "
            "retired_ids in the framework file first"
        )


def add_indicator(
    framework,
    competency: str,
    level: str,
    text: str,
    *,
    id: str | None = None,
    after: str | None = None,
    polarity: str = "effective",
) -> Framework:
    """Add a statement to a competency at a level (last, or right after statement ``after``).

    The new statement gets the id ``<competency>-<level>-<n>``, ``n`` one past the highest in
    use or retired (a removed statement's id is never given again), unless ``id`` is given; an
    ineffective behaviour (what not to do) is added with ``polarity="ineffective"``.

    Raises
    ------
    compkit.UsageError
        When ``id`` is retired: a removed statement had it, and a cross-walk or note naming it
        must not come to mean another statement. Restoring the removed statement itself under
        its id is a decision for the framework file (take the id off ``retired_ids``), not one
        an edit can check.

    Examples
    --------
    >>> fw = add_indicator("cis", "people", "l1", "I share what I learn.")
    >>> [i.id for i in fw.indicator_records if i.level == "l1" and i.competency == "people"]
    ['people-l1-1', 'people-l1-2', 'people-l1-3', 'people-l1-4']
    >>> fw = add_indicator(remove_indicator(fw, "people-l1-4"), "people", "l1", "I teach.")
    >>> [i.id for i in fw.indicator_records if i.level == "l1" and i.competency == "people"]
    ['people-l1-1', 'people-l1-2', 'people-l1-3', 'people-l1-5']
    """
    from ..framework.io import load

    fw = load(framework)
    comp_id, level_id = fw.competency(competency).id, fw.level(level).id
    text = _one_line(text, "add_indicator")
    _new_statement(fw, id, polarity)
    if after is not None:
        from ..errors import UsageError

        cell = (comp_id, level_id)
        here = [i.id for i in fw.indicator_records if (i.competency, i.level) == cell]
        if after not in here:
            raise UsageError(
                f"after={after!r} is not a statement of {fw.competency(comp_id).name} at "
                f"{fw.level(level_id).name}; expected one of: {', '.join(here) or 'none yet'}"
            )

    def change(doc):
        comp = next(c for c in doc["competencies"] if c["id"] == comp_id)
        _unique(comp, level_id, text, "add_indicator")
        if id:
            _not_retired(doc, id, "add_indicator")
        item = {
            "id": id or _new_id(doc, comp_id, level_id, polarity),
            "level": level_id,
            "text": text,
        }
        if polarity != "effective":  # an unknown one is refused by the validator, in words
            item["polarity"] = polarity
        inds = comp["indicators"]
        if after is not None:
            where = next(n for n, i in enumerate(inds) if i["id"] == after) + 1
        else:
            same = [n for n, i in enumerate(inds) if i["level"] == level_id]
            where = same[-1] + 1 if same else len(inds)
        inds.insert(where, item)

    return _edit(fw, change)


def _new_statement(fw: Framework, ident, polarity) -> None:
    """Refuse ``add_indicator``'s ``id`` and ``polarity`` in their own terms, before the edit.

    Checked after the edit, they were the framework file's faults ("at
    competencies[0].indicators[1].id"), which names no argument the caller typed.
    """
    from ..errors import UsageError

    if polarity not in ("effective", "ineffective"):
        raise UsageError(
            f"add_indicator: polarity={polarity!r}; expected 'effective' (what a holder must "
            "show) or 'ineffective' (what not to do)"
        )
    if ident is None:
        return
    if not isinstance(ident, str) or not re.fullmatch(r"[a-z0-9][a-z0-9._-]*", ident):
        raise UsageError(
            f"add_indicator: id={ident!r} is not an id; expected lower-case letters, digits, "
            "'.', '_' and '-', from a letter or digit (or no id, for the next in its cell)"
        )
    if ident in fw._index["indicator"]:
        taken = fw.indicator(ident)
        raise UsageError(
            f"add_indicator: id={ident!r} is taken by a statement of "
            f"{fw.competency(taken.competency).name} at {fw.level(taken.level).name} "
            f"({taken.text[:50]!r}); expected a new id, or no id for the next in its cell"
        )


def remove_indicator(framework, indicator_id: str) -> Framework:
    """Remove a statement; its id is retired (``retired_ids``), never to be given again.

    Examples
    --------
    >>> fw = remove_indicator("cis", "people-l1-3")
    >>> len(fw.indicators), fw.retired_ids
    (61, ('people-l1-3',))
    """
    from ..framework.io import load

    fw = load(framework)
    _known(fw, indicator_id, "remove_indicator")

    def change(doc):
        comp, n = _find(doc, indicator_id)
        del comp["indicators"][n]

    return _edit(fw, change)


def move_indicator(
    framework,
    indicator_id: str,
    *,
    level: str | None = None,
    competency: str | None = None,
    by: int = 0,
) -> Framework:
    """Move a statement to another level or competency (last there), or ``by`` places in its cell.

    A move that changes nothing (no target, ``by=0``, up from the top, to its own cell) returns
    the framework unchanged with a :class:`compkit.errors.CompkitWarning` saying so. A move into a
    cell that already holds the same text is refused.

    Examples
    --------
    >>> fw = move_indicator("cis", "people-l1-3", level="l2")
    >>> fw.indicator("people-l1-3").level, fw.indicator("people-l1-3").position
    ('l2', 3)
    >>> [i.id for i in move_indicator("cis", "people-l1-3", by=-1).indicator_records][:3]
    ['people-l1-1', 'people-l1-3', 'people-l1-2']
    """
    import numbers
    import warnings

    from ..errors import CompkitWarning, UsageError
    from ..framework.io import load, to_dict

    if isinstance(by, bool) or not isinstance(by, numbers.Integral):
        raise UsageError(
            f"move_indicator: by={by!r}; expected a whole number of places (-1 up, 1 down)"
        )
    fw = load(framework)
    _known(fw, indicator_id, "move_indicator")
    here = fw.indicator(indicator_id)
    target_level = fw.level(level).id if level else None
    target_comp = fw.competency(competency).id if competency else None
    cell = (target_comp or here.competency, target_level or here.level)
    if cell == (here.competency, here.level):  # its own cell: a move within it, if any
        target_level = target_comp = None
    else:
        doc_comp = next(c for c in to_dict(fw)["competencies"] if c["id"] == cell[0])
        _unique(doc_comp, cell[1], here.text, "move_indicator")

    def change(doc):
        comp, n = _find(doc, indicator_id)
        item = comp["indicators"].pop(n)
        if target_level is None and target_comp is None:
            cell = [k for k, i in enumerate(comp["indicators"]) if i["level"] == item["level"]]
            before = [k for k in cell if k < n]
            after = [k for k in cell if k >= n]
            if by < 0:
                where = before[max(0, len(before) + by)] if before else n
            elif by > 0:
                where = after[min(len(after), by) - 1] + 1 if after else n
            else:
                where = n
            comp["indicators"].insert(where, item)
            return
        item["level"] = target_level or item["level"]
        dest = next(c for c in doc["competencies"] if c["id"] == (target_comp or comp["id"]))
        dest["indicators"].append(item)

    moved = _edit(fw, change)
    if [(i.id, i.competency, i.level) for i in moved.indicator_records] == [
        (i.id, i.competency, i.level) for i in fw.indicator_records
    ]:
        warnings.warn(
            f"move_indicator: nothing to move: {indicator_id} is already there "
            f"({fw.competency(here.competency).name} at {fw.level(here.level).name}); "
            "the framework is unchanged",
            CompkitWarning,
            stacklevel=2,
        )
        return fw
    return moved


# -- the checker's findings, when the checker is installed ---------------------------------------
