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

__all__ = ["bare_name", "close_names", "find", "rank_gap"]


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
        a = "an" if term[:1].casefold() in set("aeiou") else "a"  # "an indicator", "an area"
        raise UsageError(
            f"expected {what} of {a} {term} of framework '{fw.id}' (a string), "
            f"got {type(key).__name__} {key!r}"[:300]
        )
    found = fw._index[kind].get(key)
    if found is not None:
        return found
    wanted = " ".join(str(key).split()).casefold()
    same = [
        it for it in items if wanted in {" ".join(str(a).split()).casefold() for a in aliases(it)}
    ]
    number = kind == "level" and _RANK.fullmatch(str(key))
    if not same and not number:  # a name dressed with an emoji or a mark ("😀 Attitude")
        same = [it for it in items if bare_name(key) in {bare_name(a) for a in aliases(it)}]
    if number and not same:  # "+2", "02": the rank as a number
        same = [it for it in items if it.rank == int(key)]
    if number and len(same) == 1:
        _numbered_elsewhere(fw, key, same[0], items)
    if len(same) > 1:  # two of one name (rule S008): the first is a guess
        raise UsageError(
            f"{term} {key!r} names {len(same)} {plural_form(term)} in framework '{fw.id}' "
            f"({', '.join(it.id for it in same)}); give the id of the one you mean"
        )
    if same:
        return same[0]
    if not items:
        raise UsageError(f"unknown {term} {key!r}: framework '{fw.id}' has no {term}s")
    known = _known(items)
    ranks = ""
    if number:  # a rank out of range, or one counted from the top ("-1")
        ranks = f": its levels rank {rank_runs([it.rank for it in items])}"
        if int(key) < 1:
            top = max(items, key=lambda it: it.rank)
            ranks += f", counted from 1 (the lowest), so the highest is {top.rank} ({top.name!r})"
        elif named := _named_by(int(key), items, None):
            ranks += f"; {named.name!r} ({named.id}) is ranked {named.rank}: give its id or name"
    names = [getattr(it, "name", it.id) for it in items]
    close = close_names(key, names) or close_names(key, [it.id for it in items])
    said = f"unknown {term} {key!r} in framework '{fw.id}'{ranks}"
    if close and not ranks:
        raise UsageError(
            f"{said}; did you mean {' or '.join(map(repr, close))}? Expected one of: {known}"
        )
    raise UsageError(f"{said}; expected one of: {known}")


#: How long the list of known items may run in a message ("expected one of: ...").
_KNOWN_CHARS = 200


def _known(items) -> str:
    """The items a message names as known, up to about ``_KNOWN_CHARS`` characters.

    Ids of statements run to 50 characters each: twelve of them made a message of 500. The
    list stops before it passes the limit (always naming one) and says how many there are.

    Examples
    --------
    >>> import compkit
    >>> _known(compkit.load("cis").level_records)
    'l1 (Level 1), l2 (Level 2), l3 (Level 3), l4 (Level 4)'
    >>> said = _known(compkit.load("cis").indicator_records)
    >>> said.endswith("(62 in all)"), len(said) < 260
    (True, True)
    """
    shown: list[str] = []
    for it in items:
        one = f"{it.id} ({it.name})" if hasattr(it, "name") else it.id
        if shown and len(", ".join([*shown, one])) > _KNOWN_CHARS:
            return f"{', '.join(shown)}, ... ({len(items)} in all)"
        shown.append(one)
    return ", ".join(shown)


#: A level's rank as typed: a whole number, signed or not ("2", "-1", " +3 ").
_RANK = re.compile(r"\s*[+-]?\d+\s*")


def _numbered_elsewhere(fw, key, found, items) -> None:
    """Refuse a rank that another level's name numbers, where the levels are named by number.

    Levels named alike but for a number ("Level 1", "Level 2", "Level 4") and ranked with a
    gap (1, 2, 3) make ``4`` two levels: the one ranked 4 and the one named 4. Neither is
    taken; the message names both.
    """
    from ..errors import UsageError

    rank = int(key)
    other = _named_by(rank, items, found)
    if other is not None:
        raise UsageError(
            f"level {str(key).strip()!r} could be two levels in framework '{fw.id}': rank "
            f"{rank} is {found.id} ({found.name!r}), and {other.id} ({other.name!r}) is ranked "
            f"{other.rank} (its levels rank {rank_runs([it.rank for it in items])}); "
            f"give the id or the name of the one you mean"
        )


def _named_by(number: int, items, found):
    """The level other than ``found`` named by ``number``, when every level's name is a number.

    Names alike but for a number ("Level 1", "L2") number their levels; names that are not
    ("Senior Engineer 2", "Principal") leave a number to mean a rank alone.
    """
    patterns = {re.sub(r"\d+", "#", bare_name(it.name)) for it in items}
    if len(patterns) != 1 or next(iter(patterns)).count("#") != 1:
        return None
    return next(
        (it for it in items if it is not found and re.findall(r"\d+", it.name) == [str(number)]),
        None,
    )


def rank_gap(levels) -> str:
    """What a gap in the levels' ranks leaves out, said for a reader; "" when there is none.

    The levels are read in rank order whatever their numbers, so a level after a gap is
    simply the next one up; a reader is told, since a gap often means a level was lost.

    Examples
    --------
    >>> import compkit
    >>> from compkit.framework.records import Level
    >>> rank_gap(compkit.load("cis").level_records)
    ''
    >>> rank_gap([Level("a", "Core", 1), Level("b", "Skilled", 2), Level("c", "Expert", 4)])
    "the level ranks skip 3 (they are 1, 2 and 4): 'Expert' is read as the level after 'Skilled'"
    """
    ordered = sorted(levels, key=lambda lv: lv.rank)
    ranks = [lv.rank for lv in ordered]
    gaps, below = [], 0  # spans of ranks left out, never listed one by one (a rank may be 10**30)
    for rank in ranks:
        if rank > below + 1:
            gaps += [str(below + 1)] if rank == below + 2 else [f"{below + 1} to {rank - 1}"]
            if rank == below + 3:
                gaps[-1:] = [str(below + 1), str(below + 2)]
        below = max(below, rank)
    if not gaps:
        return ""
    skipped = gaps[0] if len(gaps) == 1 else f"{', '.join(gaps[:-1])} and {gaps[-1]}"
    said = f"the level ranks skip {skipped} (they are {rank_runs(ranks)})"
    after = next(i for i in range(len(ranks)) if ranks[i] > i + 1)
    if after == 0:
        return f"{said}: {ordered[0].name!r} is read as the lowest level"
    return f"{said}: {ordered[after].name!r} is read as the level after {ordered[after - 1].name!r}"


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
