"""Findings that are one fault: a statement repeated at several levels, or alike at one.

A linter that reports each pair of alike statements buries one fault under many findings: a
statement repeated at four levels makes six pairs, and a sentence every competency repeats
at one level makes dozens. The cumulation rules (:mod:`compkit.checks.cumulation`) join the
pairs here and report each fault once, naming the others.
"""

from __future__ import annotations

import pandas as pd

from .._words import join


def quoted(text: str, words: int = 8) -> str:
    """A statement quoted for a message: its first ``words`` words, then "..." if it goes on.

    Examples
    --------
    >>> quoted("Greets visitors and acts on our core values.")
    "'Greets visitors and acts on our core values.'"
    >>> quoted("I promote and role model Dropbox core values, leading by example", 6)
    "'I promote and role model Dropbox ...'"
    """
    split = text.split()
    return "'" + " ".join(split[:words]) + (" ...'" if len(split) > words else "'")


def chains(found: pd.DataFrame) -> list[pd.DataFrame]:
    """Repeats of one original statement, one frame each, lowest first.

    A statement repeated at levels 4, 5, 6 and 7 makes six pairs (5 of 4, 6 of 4 and of 5,
    ...) but one fault. ``found`` holds pairs of a higher statement (``_b``) every content word
    of which is in a lower one (``_a``), as :func:`~compkit.checks.cumulation.repeats` finds
    them. Each higher statement joins the lowest statement it repeats (the
    likeliest, at one level), and a statement that repeats a repeat joins that one's original;
    the first row of each frame pairs its lowest repeat with the original.

    Examples
    --------
    >>> found = pd.DataFrame({"indicator_id_b": ["b5", "b6", "b6"],
    ...     "indicator_id_a": ["a4", "a4", "b5"], "level_rank_a": [4, 4, 5],
    ...     "level_rank_b": [5, 6, 6], "cosine": [1.0, 1.0, 1.0]})
    >>> [c["indicator_id_b"].tolist() for c in chains(found)]
    [['b5', 'b6']]
    """
    first = found.sort_values(
        ["level_rank_a", "cosine"], ascending=[True, False], kind="stable"
    ).drop_duplicates("indicator_id_b")
    lower = dict(zip(first["indicator_id_b"], first["indicator_id_a"], strict=True))

    def original(ident: str) -> str:
        seen = {ident}
        while (ident := lower.get(ident, ident)) not in seen:
            seen.add(ident)
        return ident

    first = first.assign(original=first["indicator_id_b"].map(original))
    ordered = first.sort_values(["level_rank_b"], kind="stable")
    out = [g.drop(columns="original") for _, g in ordered.groupby("original", sort=False)]
    return sorted(out, key=lambda g: g.index[0])  # in the framework's order


def linked(pairs: pd.DataFrame):
    """The connected sets of statements of ``pairs``, each with the cosines that join it.

    Examples
    --------
    >>> pairs = pd.DataFrame({"indicator_id_a": ["x", "y", "p"],
    ...     "indicator_id_b": ["y", "z", "q"], "cosine": [0.9, 1.0, 0.7]})
    >>> sorted((sorted(m), c) for m, c in linked(pairs))
    [(['p', 'q'], [0.7]), (['x', 'y', 'z'], [0.9, 1.0])]
    """
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    links = list(
        zip(pairs["indicator_id_a"], pairs["indicator_id_b"], pairs["cosine"], strict=True)
    )
    for a, b, _ in links:
        parent[root(a)] = root(b)
    groups: dict[str, tuple[set[str], list[float]]] = {}
    for a, b, cos in links:
        members, cosines = groups.setdefault(root(a), (set(), []))
        members.update((a, b))
        cosines.append(float(cos))
    return list(groups.values())


def also_at(
    again: pd.DataFrame,
    plural: str,
    singular: str,
    *,
    most: int | None = None,
    names: dict[str, str] | None = None,
) -> str:
    """A finding's other higher statements, in words, after its first: empty when none.

    Examples
    --------
    >>> again = pd.DataFrame({"level_name_b": ["Three"], "indicator_id_b": ["x-three-1"]})
    >>> also_at(again, "repeat", "repeats")
    '; the Three statement repeats it too'
    >>> also_at(pd.DataFrame({"level_name_b": ["Two", "Two", "Three"]}), "repeat", "repeats")
    '; 2 Two statements and the Three statement repeat it too'

    With ``names`` (competency names by id), each statement is named by its competency:

    >>> again = pd.DataFrame({"level_name_b": ["Two"], "competency_id_b": ["x"]})
    >>> also_at(again, "repeat", "repeats", names={"x": "Teamwork"})
    '; the Two statement in Teamwork repeats it too'
    """
    if again.empty:
        return ""
    # the same words: no quote; statements at one level counted, in the order they come
    counts = again.groupby("level_name_b", sort=False).size()
    said = [f"the {n} statement" if k == 1 else f"{k} {n} statements" for n, k in counts.items()]
    if names is not None:
        said = [
            f"the {n} statement in {names.get(c, c)}"
            for n, c in zip(again["level_name_b"], again["competency_id_b"], strict=True)
        ]
    verb = plural if len(again) > 1 else singular
    if most is not None and len(said) > most:
        return f"; {', '.join(said[:most])} and {len(said) - most} more {verb} it too"
    return f"; {join(said)} {verb} it too"


def repeated_text(found: pd.DataFrame, order: dict[str, int]) -> list[pd.DataFrame]:
    """The pairs of ``found`` joined into the sets of statements one text links, first first.

    A sentence copied into several competencies is one fault however many pairs it makes: a
    higher statement repeating the same words of four competencies' lower ones, or one lower
    statement repeated at six higher levels of another competency. Each frame holds one set's
    pairs, its first row the pair to report (its lowest higher statement, earliest in
    ``order``, the framework's; against the lowest lower one); frames are in that row's order.

    Examples
    --------
    >>> found = pd.DataFrame({"indicator_id_b": ["w1", "w1", "x2"],
    ...     "indicator_id_a": ["a1", "b1", "c1"], "level_rank_a": [1, 1, 1],
    ...     "level_rank_b": [2, 2, 2], "cosine": [1.0, 1.0, 1.0]})
    >>> [g["indicator_id_a"].tolist() for g in repeated_text(found, {"w1": 0, "x2": 1})]
    [['a1', 'b1'], ['c1']]
    """
    out = []
    for members, _ in linked(found):
        rows = found[found["indicator_id_b"].isin(members)]
        rows = rows.assign(_at=rows["indicator_id_b"].map(order))
        rows = rows.sort_values(
            ["level_rank_b", "_at", "level_rank_a", "cosine"],
            ascending=[True, True, True, False],
            kind="stable",
        )
        out.append(rows.drop(columns="_at"))
    return sorted(
        out, key=lambda g: (g["level_rank_b"].iloc[0], order[g["indicator_id_b"].iloc[0]])
    )


def also_in(rows: pd.DataFrame, names: dict[str, str], *, most: int = 5) -> str:
    """A finding's other lower statements, in words, after its first: empty when none.

    Examples
    --------
    >>> rows = pd.DataFrame({"level_name_a": ["One"], "indicator_id_a": ["x-one-1"],
    ...     "competency_id_a": ["x"]})
    >>> also_in(rows, {"x": "Teamwork"})
    '; the same words are also in the One statement in Teamwork'
    """
    if rows.empty:
        return ""
    said = [
        f"the {lv} statement in {names.get(c, c)}"
        for lv, c in zip(rows["level_name_a"], rows["competency_id_a"], strict=True)
    ]
    more = f" and {len(said) - most} more" if len(said) > most else ""
    listed = join(said) if not more else ", ".join(said[:most]) + more
    return f"; the same words are also in {listed}"
