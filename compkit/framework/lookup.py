"""Finding a competency, level or role of a framework by its id or by its name.

An id is looked up as written; a name matches whatever its case and spacing, and, failing
that, by its words alone, without the emoji or marks that dress it ("😀 Attitude" is found as
"Attitude"). A name two items bear is refused, naming their ids: the first would be a guess.
A name found nowhere is refused naming the close ones first ("did you mean 'Competent'?"),
then every one known.
"""

from __future__ import annotations

import difflib
import numbers
import re

from .._words import plural_form

__all__ = ["bare_name", "close_names", "find"]


def find(fw, kind: str, key, items, aliases):
    """The item of ``kind`` in ``fw`` whose id is ``key``, or whose name (``aliases``) it is.

    Raises :class:`~compkit.errors.UsageError` naming what is known when nothing matches.

    Examples
    --------
    >>> import compkit
    >>> cis = compkit.load("cis")
    >>> cis.competency("  SUPPORTING our  people ").id
    'people'
    """
    from ..errors import UsageError

    term = fw.competency_term if kind == "competency" else kind
    if not isinstance(key, str | numbers.Integral):  # a list of names, a record: say so
        what = "an id, a name or a rank" if kind == "level" else "an id or a name"
        raise UsageError(
            f"expected {what} of a {term} of framework '{fw.id}' (a string), "
            f"got {type(key).__name__} {key!r}"[:300]
        )
    found = fw._index[kind].get(key)
    if found is not None:
        return found
    wanted = " ".join(str(key).split()).casefold()
    same = [
        it for it in items if wanted in {" ".join(str(a).split()).casefold() for a in aliases(it)}
    ]
    if not same:  # a name dressed with an emoji or a mark ("😀 Attitude"): by its words
        same = [it for it in items if bare_name(key) in {bare_name(a) for a in aliases(it)}]
    if len(same) > 1:  # two of one name (rule S008): the first is a guess
        raise UsageError(
            f"{term} {key!r} names {len(same)} {plural_form(term)} in framework '{fw.id}' "
            f"({', '.join(it.id for it in same)}); give the id of the one you mean"
        )
    if same:
        return same[0]
    if not items:
        raise UsageError(f"unknown {term} {key!r}: framework '{fw.id}' has no {term}s")
    known = ", ".join(
        f"{it.id} ({it.name})" if hasattr(it, "name") else it.id for it in items[:12]
    ) + (", ..." if len(items) > 12 else "")
    ranks = ""
    if kind == "level" and re.fullmatch(r"\s*\d+\s*", str(key)):  # a rank out of range
        ranks = f": its levels rank {rank_runs([it.rank for it in items])}"
    names = [getattr(it, "name", it.id) for it in items]
    close = close_names(key, names) or close_names(key, [it.id for it in items])
    said = f"unknown {term} {key!r} in framework '{fw.id}'{ranks}"
    if close and not ranks:
        raise UsageError(
            f"{said}; did you mean {' or '.join(map(repr, close))}? Expected one of: {known}"
        )
    raise UsageError(f"{said}; expected one of: {known}")


def rank_runs(ranks) -> str:
    """Level ranks as a reader says them: runs joined, a rank left out shown by its absence.

    Examples
    --------
    >>> rank_runs([1, 2, 3, 4]), rank_runs([4, 1, 2, 5, 6, 7]), rank_runs([1, 3])
    ('1 to 4', '1, 2 and 4 to 7', '1 and 3')
    """
    runs: list[list] = []
    for rank in sorted(set(ranks)):
        if runs and rank == runs[-1][-1] + 1:
            runs[-1].append(rank)
        else:
            runs.append([rank])
    said = []
    for run in runs:
        said += [f"{run[0]} to {run[-1]}"] if len(run) > 2 else [str(r) for r in run]
    return said[0] if len(said) == 1 else f"{', '.join(said[:-1])} and {said[-1]}"


def close_names(key, names: list[str], *, most: int = 3) -> list[str]:
    """The ``names`` a mistyped ``key`` is likely to mean: a slip of the hand, or cut short.

    A name is close when it spells ``key`` with a letter or two wrong, added or missing
    (:class:`difflib.SequenceMatcher` ratio 0.75 at least on the bare names, and within 0.05
    of the closest), or when it opens with ``key`` (three letters at least). Names that
    differ from ``key`` only in their numbers ("Level 1" for "Level 9") are never suggested:
    the number was meant.

    Examples
    --------
    >>> close_names("Competant", ["Learning", "Competent", "Mastering"])
    ['Competent']
    >>> close_names("master", ["Learning", "Competent", "Mastering"])
    ['Mastering']
    >>> close_names("Level 9", ["Level 1", "Level 2"]), close_names("zz", ["Level 1"])
    ([], [])
    """
    wanted = bare_name(key)
    if not wanted:
        return []
    bare = {}
    for name in names:
        bare.setdefault(bare_name(name), name)
    if not bare:
        return []

    def digits_apart(name: str) -> bool:
        return re.sub(r"\d+", "#", name) == re.sub(r"\d+", "#", wanted)

    found = [n for n in bare if len(wanted) >= 3 and n.startswith(wanted) and n != wanted]
    near = {n: difflib.SequenceMatcher(None, wanted, n).ratio() for n in bare}
    best = max(near.values())
    found += sorted(
        (n for n, r in near.items() if r >= max(0.75, best - 0.05)), key=near.get, reverse=True
    )
    found = [n for n in dict.fromkeys(found) if not digits_apart(n)]
    return [bare[n] for n in found[:most]]


def bare_name(name) -> str:
    """A name's words without what dresses it: case, spacing, and symbols at either end.

    Examples
    --------
    >>> bare_name("😀  Attitude ") == bare_name("attitude") == "attitude"
    True
    >>> bare_name("👩‍🔧 1st Line Analyst")
    '1st line analyst'
    """
    words = " ".join(str(name).split()).casefold()
    start, end = 0, len(words)
    while start < end and not words[start].isalnum():
        start += 1
    while end > start and not words[end - 1].isalnum():
        end -= 1
    return words[start:end]
