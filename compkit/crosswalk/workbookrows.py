"""A reviewer's rows of the cross-walk workbook checked before any is recorded.

A workbook comes back as a reviewer saved it: a decision typed rather than picked ("Accepted",
"no  counterpart"), misspelt ("acepted"), an id edited so that it names another statement than
the row shows, a row copied and decided twice. :func:`choice` reads a typed value that means one
of the drop-down's values as that value (case and spaces aside) and names the closest for a
slip; :func:`row_ids` holds a row's ids to the statements the row shows; :func:`twice` finds a
pair decided differently on two rows, :func:`torn` a statement given a counterpart on one row
and none on another, :func:`unrecorded` a relation or note changed on a row left "not
reviewed", which nothing would record. Each says what is wrong in one line with the sheet, row
and column, so that ``compkit take-review`` refuses the workbook before writing anything.
"""

from __future__ import annotations

import difflib

from ..errors import Problem

__all__ = ["choice", "decision_date", "misplaced", "row_ids", "torn", "twice",
           "unrecorded"]  # fmt: skip


def _plain(value: str) -> str:
    return " ".join(value.split()).casefold()


def choice(
    n: int, column: str, value: str, allowed, aliases: dict | None = None
) -> tuple[str | None, Problem | None]:
    """The drop-down value ``value`` means, or the problem saying it means none.

    ``aliases`` maps other spellings of a value to it (a relation's SKOS term, which the
    workbook's "Relation (SKOS)" column shows, to its words).

    Examples
    --------
    >>> choice(2, "Review", " No  Counterpart", ["accepted", "no counterpart"])
    ('no counterpart', None)
    >>> close = {"skos:closeMatch": "close match"}
    >>> choice(2, "Relation", "skos:closeMatch", ["close match"], close)
    ('close match', None)
    >>> said = choice(3, "Review", "acepted", ["accepted", "rejected"])[1].message
    >>> said.startswith("sheet 'Pairs', row 3, column 'Review': 'acepted' is not one of")
    True
    >>> "(did you mean 'accepted'?)" in said
    True
    """
    allowed = list(allowed)
    by_plain = {_plain(a): a for a in allowed}
    if _plain(value) in by_plain:
        return by_plain[_plain(value)], None
    also = {_plain(k): v for k, v in (aliases or {}).items()}
    if _plain(value) in also:
        return also[_plain(value)], None
    near = difflib.get_close_matches(_plain(value), list(by_plain), n=1, cutoff=0.75)
    hint = f" (did you mean {by_plain[near[0]]!r}?)" if near else ""
    said = (
        f"sheet 'Pairs', row {n}, column '{column}': {value!r} is not one of the drop-down's "
        f"values{hint}; expected one of: {', '.join(repr(a) for a in allowed)}"
    )
    return None, Problem("", said)


def _same(shown: str, label: str) -> bool:
    """Whether a row's statement cell shows ``label`` (after a stem the workbook puts first)."""
    shown, label = " ".join(shown.split()), " ".join(label.split())
    return shown == label or shown.endswith(" " + label)


def row_ids(n: int, row: dict, columns: dict, labels: dict) -> Problem | None:
    """The problem with a row whose id names no statement of the cross-walk, or another one.

    ``columns`` maps each side (``"subject"``, ``"object"``) to its id and statement columns'
    names; ``labels`` each side's ids (bare) to their statements in the cross-walk. A row may
    name a pair the cross-walk lacks, but each id must be one of its statements, and the one
    the row's statement column shows: an id edited by hand otherwise records a decision on a
    statement the reviewer never read.
    """
    for side in ("subject", "object"):
        id_col, text_col = columns[side]
        given = row.get(side, "")
        if side == "object" and not given:
            continue  # "no counterpart" names no object
        known = labels[side]
        if given not in known:
            near = difflib.get_close_matches(given, list(known), n=1, cutoff=0.8)
            hint = f" (did you mean {near[0]!r}?)" if near else ""
            other = (  # a candidate of other settings, or an id edited: both said
                "; or, if the workbook was made with other settings than the cross-walk "
                "(another --top or --method), give the object framework to add the pair "
                "('compkit take-review ... --object B')"
                if side == "object"
                else ""
            )
            return Problem(
                "",
                f"sheet 'Pairs', row {n}: its '{id_col}' {given!r} is not the id of a statement "
                f"in the cross-walk{hint}; ids are not to be edited (a row names its pair by "
                f"them): expected the workbook of this cross-walk, its ids as written{other}",
            )
        shown = row.get(text_col, "")
        if text_col and shown and not _same(shown, known[given]):
            return Problem(
                "",
                f"sheet 'Pairs', row {n}, column '{id_col}': {given!r} is the id of "
                f"{_short(known[given])!r}, but the row's '{text_col}' is {_short(shown)!r}; "
                "was the id edited? expected the id of the statement the row shows (ids are "
                "not to be edited: a row names its pair by them)",
            )
    return None


def _short(text: str, room: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= room else text[: room - 1].rstrip() + "…"


def twice(decided: list[tuple[int, tuple, tuple]], names: dict | None = None) -> list[Problem]:
    """Problems for pairs decided differently on two rows: ``(row, pair, decision)`` each.

    ``names`` gives each side's statements by id (``{"subject": {...}, "object": {...}}``), so
    that the message names the pair by its statements, not by ids alone.

    A row copied and decided again (the same decision, relation and note) is the same decision
    said twice and no problem; different decisions on one pair leave which was meant unknown.

    Examples
    --------
    >>> found = twice([(2, ("a", "b"), ("accept",)), (9, ("a", "b"), ("reject",)),
    ...                (4, ("a", "c"), ("accept",)), (5, ("a", "c"), ("accept",))])
    >>> [p.message[:67] for p in found]
    ["sheet 'Pairs', rows 2 and 9 decide the same pair (a, b) differently"]
    """
    first, problems = {}, []
    for n, pair, decision in decided:
        if pair not in first:
            first[pair] = (n, decision)
        elif first[pair][1] != decision:
            problems.append(
                Problem(
                    "",
                    f"sheet 'Pairs', rows {first[pair][0]} and {n} decide the same pair "
                    f"({_pair(pair, names)}) differently; expected "
                    "one decision per pair: delete one of the rows, or make them agree",
                )
            )
    return problems


def torn(decided: list[tuple[int, tuple, tuple]], names: dict | None = None) -> list[Problem]:
    """Problems for statements given a counterpart on one row and "no counterpart" on another.

    Both were recorded: the accepted pair and the statement's "no counterpart", a cross-walk
    saying two things of one statement. ``names`` gives each statement's text by its id.

    Examples
    --------
    >>> found = torn([(2, ("a", "b"), ("accept",)), (4, ("a", "c"), ("no_match",)),
    ...               (5, ("d", "e"), ("reject",)), (6, ("d", "f"), ("no_match",))])
    >>> [p.message[:74] for p in found]
    ["sheet 'Pairs', rows 2 and 4 say statement a has a counterpart and has none"]
    """
    matched, none = {}, {}
    for n, (subject, _), decision in decided:
        if decision[0] in ("accept", "change"):
            matched.setdefault(subject, n)
        elif decision[0] == "no_match":
            none.setdefault(subject, n)
    return [
        Problem(
            "",
            f"sheet 'Pairs', rows {min(matched[s], none[s])} and {max(matched[s], none[s])} "
            f"say statement {_named(s, names)} has a counterpart and has none (row {matched[s]} "
            f"accepted, row {none[s]} no counterpart); expected one or the other: accept its "
            "counterparts, or say 'no counterpart' and leave its pairs not reviewed (or rejected)",
        )
        for s in matched
        if s in none
    ]


def unrecorded(n: int, row: dict, old, predicate: str | None, flag: str) -> Problem | None:
    """The problem with a row left "not reviewed" whose Relation, Note, Date or Reviewer changed.

    Only a decision is recorded: a relation picked or a note written on such a row was dropped
    without a word. ``old`` is the pair's row in the cross-walk (``None``: a pair it lacks),
    ``predicate`` the row's relation as a CURIE, ``flag`` the method's note the row shows. What
    the row showed when written is the baseline: its "Relation (SKOS)" cell, which no drop-down
    changes, else the cross-walk's relation; so a workbook made with other settings than the
    cross-walk (another ``--top`` or ``--method``, relations the file does not hold) reads as
    untouched when it is.

    Examples
    --------
    >>> row = {"Relation": "close match", "Relation (SKOS)": "skos:closeMatch", "Note": ""}
    >>> unrecorded(2, row, None, "skos:closeMatch", "") is None  # as written: untouched
    True
    >>> unrecorded(2, {**row, "Relation": "exact match"}, None, "skos:exactMatch", "").message[:60]
    "sheet 'Pairs', row 2: its Relation to 'exact match' changed,"
    """
    written = row.get("Relation (SKOS)", "") or (old.predicate_id if old is not None else "")
    if not written:
        return None  # a pair the cross-walk lacks, in a workbook that does not say its relation
    note = row.get("Note", "")
    was = old.comment if old is not None and isinstance(old.comment, str) else ""
    changed = []
    if predicate and predicate != written:
        changed.append(f"its Relation to {row.get('Relation', '')!r}")
    if note and note not in (was.strip(), flag):
        changed.append(f"its Note to {_short(note)!r}")
    when = row.get("Date", "")
    if when and _day(when) != _day(_text(getattr(old, "mapping_date", None))):
        changed.append(f"its Date to {when!r}")
    by = " ".join(row.get("Reviewer", "").split())
    was_by = ", ".join(_text(getattr(old, "reviewer_label", None)).split("|"))
    if by and by.casefold() != " ".join(was_by.split()).casefold():
        changed.append(f"its Reviewer to {by!r}")
    if not changed:
        return None
    return Problem(
        "",
        f"sheet 'Pairs', row {n}: {' and '.join(changed)} changed, but its Review is still "
        "'not reviewed', so nothing would be recorded; expected a decision in the Review column "
        "('accepted' keeps the relation picked), or the row as it was",
    )


def _pair(pair: tuple, names: dict | None) -> str:
    """A pair as its statements say it: ``'text…' (id), 'text…' (id)``; ids alone unnamed."""
    sides = []
    for side, given in zip(("subject", "object"), pair, strict=True):
        known = (names or {}).get(side, {})
        sides.append(_named(given, known) if given else "no counterpart")
    return ", ".join(sides)


def _named(statement: str, names: dict | None) -> str:
    text = (names or {}).get(statement)
    return f"{_short(text)!r} ({statement})" if text else statement


def _text(value) -> str:
    return value.strip() if isinstance(value, str) else ""


def _day(value: str) -> str:
    """A date cell's text as ``YYYY-MM-DD`` (a date cell reads ``2026-12-03 00:00:00``)."""
    return value.removesuffix(" 00:00:00")


_MONTHS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")


def decision_date(n: int, value: str, was) -> tuple[str | None, Problem | None]:
    """The date a reviewer typed in a decided row's Date cell (``None``: left as it was).

    A date cell, ``YYYY-MM-DD`` and a date with its month in words ("3 Dec 2026") are read;
    a date in figures only ("03/12/2026": 3 December or 12 March?) and other text are refused.
    ``was`` is what the cell showed when written (the pair's date in the cross-walk).

    Examples
    --------
    >>> decision_date(5, "2026-12-03 00:00:00", "")
    ('2026-12-03', None)
    >>> decision_date(5, "3 Dec 2026", "")
    ('2026-12-03', None)
    >>> decision_date(5, "2026-11-23", "2026-11-23")
    (None, None)
    >>> print(decision_date(5, "03/12/2026", "")[1].message)  # doctest: +ELLIPSIS
    sheet 'Pairs', row 5, column 'Date': '03/12/2026' ... (3 December or 12 March?); ...
    """
    import datetime as dt
    import re

    value = _day(value)
    if not value or value == _day(_text(was)):
        return None, None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return dt.date.fromisoformat(value).isoformat(), None
        except ValueError:
            pass
    for form in _MONTHS:
        try:
            return dt.datetime.strptime(" ".join(value.split()), form).date().isoformat(), None
        except ValueError:
            continue
    why = "is not a date compkit can read"
    parts = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", value)
    if parts:
        a, b, _ = (int(p) for p in parts.groups())
        if a <= 12 and b <= 12 and a != b:
            why = f"is a date in figures only ({_spoken(a, b)} or {_spoken(b, a)}?)"
        else:
            why = "is a date in figures only, read differently in different countries"
    return None, Problem(
        "",
        f"sheet 'Pairs', row {n}, column 'Date': {value!r} {why}; expected the date of the "
        "decision as YYYY-MM-DD (2026-12-03), a date cell, or the cell as it was (the date "
        "take-review is run is recorded)",
    )


def _spoken(day: int, month: int) -> str:
    import calendar

    return f"{day} {calendar.month_name[month]}"


def misplaced(n: int, row: dict, review: str | None, decisions) -> Problem | None:
    """The problem with a decision typed in another column than Review ("rejected" as a Note).

    ``review`` is the row's decision as read (``None``: not reviewed); a column repeating it is
    no slip. The framework's own columns (competency, level, statement) are not looked at.

    Examples
    --------
    >>> row = {"Relation": "rejected", "Review": "", "Note": ""}
    >>> misplaced(5, row, None, ["accepted", "rejected"]).message[:66]
    "sheet 'Pairs', row 5, column 'Relation': 'rejected' is a decision,"
    >>> misplaced(5, {**row, "Relation": "close match"}, None, ["rejected"]) is None
    True
    """
    words = {_plain(d): d for d in decisions}
    own = (" competency", " level", " statement", " also at")
    for column, value in row.items():
        if column in ("Review", "subject", "object") or str(column).endswith(own):
            continue
        said = words.get(_plain(value)) if isinstance(value, str) and value else None
        if said is None or said == review or (column == "Note" and review is not None):
            continue
        where = f"its Review is {review!r}" if review is not None else "its Review is not reviewed"
        return Problem(
            "",
            f"sheet 'Pairs', row {n}, column '{column}': {value!r} is a decision, typed in the "
            f"{column} column, and {where}; expected the decision in the Review column (pick "
            f"it from the drop-down) and the {column} cell as it was",
        )
    return None
