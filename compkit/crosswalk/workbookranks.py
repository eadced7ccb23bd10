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
"""

from __future__ import annotations

__all__ = ["rank_slips"]


def _short(text: str, room: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= room else text[: room - 1].rstrip() + "…"


def _name(subject: str, text: str) -> str:
    return f"{_short(text)!r} ({subject})" if text else subject


def _typed_over(rows: list[tuple[int, dict]], known: dict[tuple[str, str], int]) -> dict[int, int]:
    """Row number -> the rank the method gave a row whose Rank cell was typed over."""
    by_subject: dict[str, list[tuple[int, str, int | None]]] = {}
    for n, row in rows:
        k = known.get((row["subject"], row["object"]))
        by_subject.setdefault(row["subject"], []).append((n, row.get("Rank", ""), k))
    out: dict[int, int] = {}
    for held in by_subject.values():
        shown = sorted(int(typed) for _, typed, _ in held if typed.isdigit())
        if shown == list(range(1, len(held) + 1)):
            continue  # ranked 1, 2, ... as written: a workbook of other settings ranks alike
        differ = [(n, typed, k) for n, typed, k in held if k is None or typed != str(k)]
        if len(differ) == 1 and differ[0][2] is not None:  # the others show the cross-walk's
            n, _, k = differ[0]
            if str(k) not in {typed for _, typed, _ in held} and k <= len(held):
                out[n] = k
                continue
        out.update(_out_of_order([(n, typed) for n, typed, _ in held]))
    return out


def _out_of_order(held: list[tuple[int, str]]) -> dict[int, int]:
    """A statement's one row whose rank breaks its rows' order, where it lost the one missing.

    A row deleted leaves the others in order; a Rank typed over stands out of it (1, 9, 3) or
    is no number ("low"), and the rank it took the place of is the only one missing.
    """
    out = {}
    ranks = [int(r) if r.isdigit() else None for _, r in held]
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
        if typed.isdigit() and max(before, default=0) < int(typed) < min(after, default=10**9):
            continue  # in order all the same: a row deleted reads alike
        out[n] = was
    return out


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
    >>> rank_slips(rows[::2], "A statement")[0][:62]
    "sheet 'Pairs', row 4: rank 2 of statement a has no row (its ro"
    """
    over = _typed_over(rows, known or {})
    reviews = reviews or {}
    texts = {row["subject"]: row.get(text_column, "") for _, row in rows}
    said, ranks = [], {}
    for n, row in rows:
        subject, typed = row["subject"], row.get("Rank", "")
        rank = over.get(n, int(typed) if typed.isdigit() else None)
        if rank is not None:
            ranks.setdefault(subject, {})[rank] = n
        if n not in over:
            continue
        order = ", ".join(r.get("Rank", "") or "empty" for _, r in rows if r["subject"] == subject)
        decided = reviews.get(n)
        kept = (
            f"; its Review, {decided!r}, is recorded" if decided else
            "; to say the pair is a poorer match than that, pick 'rejected' (or 'unsure') in "
            "its Review column and say why in its Note"
        )  # fmt: skip
        what = f"{typed!r}" if typed else "emptied"
        said.append(
            f"sheet 'Pairs', row {n}, column 'Rank': {what} where the method ranked the pair "
            f"{over[n]} (statement {_name(subject, texts[subject])}, its rows ranked {order}): "
            "a rank is the method's order of the candidates, not a decision, and typing over "
            f"it records nothing{kept}"
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
