"""Finding a competency, level or role of a framework by its id or by its name.

An id is looked up as written; a name matches whatever its case and spacing, and, failing
that, by its words alone, without the emoji or marks that dress it ("😀 Attitude" is found as
"Attitude"). A name two items bear is refused, naming their ids: the first would be a guess.
"""

from __future__ import annotations

from .._words import plural_form

__all__ = ["bare_name", "find"]


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

    found = fw._index[kind].get(key)
    if found is not None:
        return found
    wanted = " ".join(str(key).split()).casefold()
    same = [
        it for it in items if wanted in {" ".join(str(a).split()).casefold() for a in aliases(it)}
    ]
    if not same:  # a name dressed with an emoji or a mark ("😀 Attitude"): by its words
        same = [it for it in items if bare_name(key) in {bare_name(a) for a in aliases(it)}]
    term = fw.competency_term if kind == "competency" else kind
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
    raise UsageError(f"unknown {term} {key!r} in framework '{fw.id}'; expected one of: {known}")


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
