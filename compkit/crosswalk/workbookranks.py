"""What a reviewer did to the Rank column of a cross-walk's workbook, said to them plainly.

A statement's rows in the "Pairs" sheet are ranked 1, 2, ... by the method. A reviewer may
delete a row (a rank goes missing) or type over a Rank cell (2 made 9, or "low"), most likely
meaning the pair is a poorer match than the method thought. Neither records anything: a rank is
the method's order, not a decision. :func:`rank_slips` tells each apart and says it once: a Rank
cell typed over names the rank the method gave the pair and the decision that would say what
the reviewer meant; a row deleted is said only where no typed-over cell explains the gap.

A Rank cell counts as typed over where it differs from the rank the cross-walk holds for the
row's pair, in a workbook that otherwise shows the cross-walk's ranks (a workbook made with
other settings, another ``--top``, ranks its rows its own way); failing that, where the
statement's other rows, in the sheet's order, leave exactly the one rank it took the place of.
A rank past the last the method could have given (a year, 2024, or a date, 20240101, typed
in) was typed over too, and ranks are weighed, and gaps looked for, up to that last only: the
cross-walk's last rank for the statement, or the most rows a statement has in the sheet.
"""

from __future__ import annotations

__all__ = ["rank_slips"]

_DECIDE = (
    "; to say which is the better match, pick 'accepted' in its Review column (and "
    "'rejected' or 'unsure' in the other's)"
)


def _short(text: str, room: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= room else text[: room - 1].rstrip() + "…"


def _name(subject: str, text: str) -> str:
    return f"{_short(text)!r} ({subject})" if text else subject


def _number(typed: str) -> int | None:
    """A Rank cell's whole number (plain digits, a few of them), else None ("low", "²")."""
    return int(typed) if typed.isascii() and typed.isdigit() and len(typed) <= 18 else None


def _past(typed: str, bound: int) -> bool:
    """Whether a Rank cell is a whole number past ``bound``, however many its digits."""
    digits = typed.isascii() and typed.isdigit()
    return digits and (len(typed.lstrip("0")) > 18 or int(typed) > bound)


def _typed_over(
    rows: list[tuple[int, dict]], known: dict[tuple[str, str], int]
) -> tuple[dict[int, int | None], dict[str, int]]:
    """Rows whose Rank cell was typed over, and each statement's last rank.

    A row maps to the rank the method gave it, or to None where its cell is past the
    statement's ranks and the cross-walk does not hold the pair.
    """
    by_subject: dict[str, list[tuple[int, str, int | None]]] = {}
    last: dict[str, int] = {}
    for (s, _), k in known.items():
        last[s] = max(last.get(s, 0), k)
    for n, row in rows:
        k = known.get((row["subject"], row["object"]))
        by_subject.setdefault(row["subject"], []).append((n, row.get("Rank", ""), k))
    out: dict[int, int | None] = {}
    top = max(map(len, by_subject.values()), default=0)  # the most rows a statement has
    for subject, held in by_subject.items():
        last[subject] = bound = max(last.get(subject, 0), top)
        shown = sorted(r for _, typed, _ in held if (r := _number(typed)) is not None)
        if shown == list(range(1, len(held) + 1)):
            continue  # ranked 1, 2, ... as written: a workbook of other settings ranks alike
        differ = [(n, typed, k) for n, typed, k in held if k is None or typed != str(k)]
        if len(differ) == 1 and differ[0][2] is not None:  # the others show the cross-walk's
            n, _, k = differ[0]
            if str(k) not in {typed for _, typed, _ in held} and k <= len(held):
                out[n] = k
                continue
        out.update(_out_of_order([(n, typed) for n, typed, _ in held]))
        for n, typed, k in held:  # no pair is ranked past the statement's rows
            if n not in out and _past(typed, bound):
                out[n] = k
    return out, last


def _out_of_order(held: list[tuple[int, str]]) -> dict[int, int]:
    """A statement's one row whose rank breaks its rows' order, where it lost the one missing.

    A row deleted leaves the others in order; a Rank typed over stands out of it (1, 9, 3) or
    is no number ("low"), and the rank it took the place of is the only one missing.
    """
    out = {}
    ranks = [_number(r) for _, r in held]
    for i, (n, typed) in enumerate(held):
        others = {r for j, r in enumerate(ranks) if j != i and r is not None}
        gap = set(range(1, len(held) + 1)) - others
        if len(gap) != 1 or len(others) != len(held) - 1:
            continue
        (was,) = gap
        before = [r for r in ranks[:i] if r is not None]
        after = [r for r in ranks[i + 1 :] if r is not None]
        if str(was) == typed or any(r > was for r in before) or any(r < was for r in after):
            continue  # as it was, or the rank it lost does not stand there in the order
        if max(before, default=0) < (_number(typed) or 0) < min(after, default=10**19):
            continue  # in order all the same: a row deleted reads alike
        out[n] = was
    return out


def _reordered(rows: list[tuple[int, dict]]) -> dict[str, list[tuple[int, str, int]]]:
    """Statements whose Rank cells, as written, stand out of their rows' order: swapped.

    The workbook lists a statement's rows together, ranked 1, 2, ... down the sheet. Where they
    still stand together and their Rank cells still hold 1 to the number of rows, but not in
    that order down the sheet (1, 3, 2), a reviewer swapped two cells or moved rows: a sheet
    sorted by another column parts a statement's rows, and one sorted by the statement keeps
    its ranks in order. Gives each such statement's rows out of place: the row, its Rank cell
    and the rank its place holds.
    """
    at: dict[str, list[int]] = {}
    for i, (_, row) in enumerate(rows):
        at.setdefault(row["subject"], []).append(i)
    out = {}
    for subject, places in at.items():
        if places[-1] - places[0] != len(places) - 1:
            continue  # its rows parted: the sheet sorted by another column, no cell typed
        typed = [rows[i][1].get("Rank", "") for i in places]
        numbers = [_number(t) for t in typed]
        wanted = list(range(1, len(places) + 1))
        if None in numbers or sorted(numbers) != wanted or numbers == wanted:
            continue
        out[subject] = [
            (rows[i][0], t, k) for i, t, k in zip(places, typed, wanted, strict=True) if t != str(k)
        ]
    return out


def _typed(cells: list[tuple[int, str]], over: dict[int, int | None], last: int) -> str:
    """Where a statement's Rank cells were typed over, what they say, and the method's ranks."""
    what = ", ".join(repr(_short(typed, 20)) if typed else "emptied" for _, typed in cells)
    was = [over[n] for n, _ in cells]
    if None in was:
        method = f"where the method ranks the statement's pairs 1 to {last}"
    else:
        method = f"where the method ranked the pair{'s' * (len(was) > 1)} "
        method += ", ".join(str(w) for w in was)
    if len(cells) == 1:
        return f"row {cells[0][0]}, column 'Rank': {what} {method}"
    return f"rows {', '.join(str(n) for n, _ in cells)}, column 'Rank': {what} {method}"


def _kept(decided: list[tuple[int, str | None]]) -> str:
    """What becomes of the rows typed over: a decision recorded, or how to say one."""
    pick = (
        "; to say {} pair is a poorer match than that, pick 'rejected' (or 'unsure') in its "
        "Review column and say why in its Note"
    )
    if len(decided) == 1:
        review = decided[0][1]
        return f"; its Review, {review!r}, is recorded" if review else pick.format("the")
    done = [(n, r) for n, r in decided if r]
    out = ""
    if done:
        out = f"; the Review{'s' * (len(done) > 1)} on row{'s' * (len(done) > 1)} "
        out += ", ".join(f"{n} ({r!r})" for n, r in done)
        out += " are recorded" if len(done) > 1 else " is recorded"
    return out + (pick.format("a") if len(done) < len(decided) else "")


def _kept_swapped(decided: list[tuple[int, str | None]]) -> str:
    """What becomes of swapped rows: the decisions on them recorded, or how to say one."""
    done = [f"{n} ({r!r})" for n, r in decided if r]
    if not done:
        return _DECIDE
    rows = "row" + "s" * (len(done) > 1)
    return f"; the Review on {rows} {', '.join(done)} {'are' if len(done) > 1 else 'is'} recorded"


def rank_slips(
    rows: list[tuple[int, dict]],
    text_column: str,
    known: dict[tuple[str, str], int] | None = None,
    reviews: dict[int, str | None] | None = None,
) -> list[str]:
    """What is said of Rank cells typed over and of rows deleted from a statement's ranks.

    Parameters
    ----------
    rows : list of (int, dict)
        The Pairs sheet's rows by number, each with ``subject``, ``object`` and its ``Rank``.
    text_column : str
        The column of the subject's statement, to name it.
    known : dict, optional
        The rank the cross-walk holds for each ``(subject, object)`` pair (bare ids).
    reviews : dict, optional
        A decided row's decision, by row number: said to be recorded all the same.

    Returns
    -------
    list of str
        One line per Rank typed over and per statement with rows deleted, naming the sheet
        and row. A statement's last row deleted, or all of them, leave no gap and are not told.

    Examples
    --------
    >>> rows = [(2, {"subject": "a", "object": "x", "Rank": "1"}),
    ...         (3, {"subject": "a", "object": "y", "Rank": "9"}),
    ...         (4, {"subject": "a", "object": "z", "Rank": "3"})]
    >>> rank_slips(rows, "A statement")[0][:72]
    "sheet 'Pairs', row 3, column 'Rank': '9' where the method ranked the pai"
    >>> known = {("a", "x"): 1, ("a", "y"): 2, ("a", "z"): 3}  # as the cross-walk ranks them
    >>> rank_slips(rows[::2], "A statement", known)[0][:62]
    "sheet 'Pairs', row 4: rank 2 of statement a has no row (its ro"
    """
    over, last = _typed_over(rows, known or {})
    reviews = reviews or {}
    texts = {row["subject"]: row.get(text_column, "") for _, row in rows}
    said, ranks, typed_over = [], {}, {}
    for n, row in rows:
        subject, typed = row["subject"], row.get("Rank", "")
        rank = over.get(n, _number(typed))
        if rank is not None:
            ranks.setdefault(subject, {})[rank] = n
        if n in over:
            typed_over.setdefault(subject, []).append((n, typed))
    for subject, cells in typed_over.items():  # a statement's cells typed over: said at once
        order = ", ".join(
            _short(r.get("Rank", ""), 20) or "empty" for _, r in rows if r["subject"] == subject
        )
        said.append(
            f"sheet 'Pairs', {_typed(cells, over, last[subject])} (statement "
            f"{_name(subject, texts[subject])}, its rows ranked {order}): a rank is the method's "
            "order of the candidates, not a decision, and typing over it records nothing"
            + _kept([(n, reviews.get(n)) for n, _ in cells])
        )
    for subject, cells in _reordered(rows).items():  # 1 and 2 swapped: said, not recorded
        where = ", ".join(str(n) for n, *_ in cells)
        now, was = (", ".join(str(x[k]) for x in cells) for k in (1, 2))
        order = ", ".join(_short(r.get("Rank", ""), 20) for _, r in rows if r["subject"] == subject)
        said.append(
            f"sheet 'Pairs', rows {where}, column 'Rank': {now} where the method ranked the "
            f"pairs {was} (statement {_name(subject, texts[subject])}, its rows ranked {order} "
            "down the sheet): a rank is the method's order of the candidates, not a decision, "
            "and swapping ranks or rows records nothing"
            + _kept_swapped([(n, reviews.get(n)) for n, *_ in cells])
        )
    for subject, held in ranks.items():
        missing = sorted(set(range(1, max(held) + 1)) - set(held))
        if not missing:
            continue
        after = min(held[r] for r in held if r > missing[0])
        gone = ", ".join(str(m) for m in missing)
        said.append(
            f"sheet 'Pairs', row {after}: rank {gone} of statement "
            f"{_name(subject, texts[subject])} has no row (its rows are ranked "
            f"{', '.join(str(r) for r in sorted(held))}): was a row deleted? a deleted row "
            "records nothing, its pair left as it was; to reject a pair, pick 'rejected' in its "
            "Review column"
        )
    return said
