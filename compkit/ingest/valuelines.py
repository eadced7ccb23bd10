"""A competency's values line, as a paragraph or a list item: "Core values: A & B".

The framework model links competencies to the organisation's values. Publishers print them
beside a competency in several ways: a paragraph "VALUES: OPEN AND FAIR, COLLABORATIVE AND
KIND" (Children in Scotland), or a list item among the competency's statements, "**Connected
InfraCloud core values**: Being Ahead of the Curve & Strive to Delight" (InfraCloud's ladder).
Read as a statement, the second said the framework names no values. A line is a values line
when the words before its colon are "values" with only qualifiers ("our", "core", "linked",
"connected", "demonstrated", ...) or the organisation's capitalised name beside it, and what
follows reads as names (short, each word capitalised or a joining word).

Names are parted at commas. " & " and " and " part them only where every part is a value the
document already names, or every part is a name of two to six capitalised words: "Being Ahead
of the Curve & Strive to Delight" is two values, "OPEN AND FAIR" and "Partnerships & Working
With Others" stay one (a one-word part is one half of a paired name).
"""

from __future__ import annotations

import re

from .blocks import Para, clean, marker
from .draft import Draft
from .valuewords import is_label, is_name

__all__ = ["known_values", "take_values", "value_names"]

_LABEL = re.compile(r"^(?P<label>[^:–—]{1,80}?)(?:\s*[:–—]|\s+-)\s*(?P<names>\S.*)$")
_PLAIN = re.compile(r"^(?:our\s+)?values?$", re.IGNORECASE)  # "Values:", read as before
_AND = re.compile(r"\s+(?:&|and)\s+", re.IGNORECASE)


def _split(names: str, known: set[str]) -> list[str]:
    """A values line's names: at commas, and at " & " / " and " where the parts are names."""
    out = []
    for chunk in (clean(c) for c in names.split(",")):
        parts = [clean(p) for p in _AND.split(chunk)]
        if len(parts) > 1 and (
            all(p.casefold() in known for p in parts)
            or all(is_name(p) and len(p.split()) >= 2 for p in parts)
        ):
            out.extend(parts)
        elif chunk:
            out.append(chunk)
    return out


def value_names(
    text: str, known: set[str] = frozenset(), *, names_only: bool = False
) -> list[str] | None:
    """The value names a values line lists, or None when the line is no values line.

    Parameters
    ----------
    text : str
        A paragraph or list item, its list marker and bold marks included or not.
    known : set of str
        Value names (casefolded) the document already uses: " & " parts among them split.
    names_only : bool
        Read a plain "Values:" line only when names follow it, as any other label (a list
        item among statements); otherwise a plain "Values:" paragraph is read whatever
        follows it, as compkit always read it.

    Examples
    --------
    >>> value_names("**Connected Acme core values**: Being Ahead of the Curve & Strive to Delight")
    ['Being Ahead of the Curve', 'Strive to Delight']
    >>> value_names("VALUES: OPEN AND FAIR, COLLABORATIVE AND KIND")
    ['OPEN AND FAIR', 'COLLABORATIVE AND KIND']
    >>> value_names("Core values: Partnerships & Working With Others")
    ['Partnerships & Working With Others']
    >>> value_names("Values demonstrated: Open & Fair", {"open", "fair"})
    ['Open', 'Fair']
    >>> value_names("Personal values: knows what matters to them") is None
    True
    >>> value_names("Our values: we put people first and act with care.", names_only=True) is None
    True
    >>> value_names("Values - BRAVE"), value_names("Values: Brave, Kind.", names_only=True)
    (['BRAVE'], ['Brave', 'Kind'])
    """
    rest = clean(marker(text)[2]).replace("**", "").replace("__", "")
    found = _LABEL.match(rest)
    if not found or not is_label(found.group("label").split()):
        return None
    names = found.group("names").rstrip(".").strip()
    if _PLAIN.match(clean(found.group("label"))) and not names_only:
        return _split(names, known) or None  # "Values: BRAVE": anything after it, as before
    if not all(is_name(clean(p)) for c in names.split(",") for p in _AND.split(c) if clean(p)):
        return None  # a sentence after the colon: a statement about values, not their names
    return _split(names, known) or None


def known_values(draft: Draft) -> set[str]:
    """The value names a draft holds so far, casefolded."""
    return {named.name.casefold() for named in draft.values.values()}


def take_values(draft: Draft, ckey: str, paras: list[Para], used: set[str]) -> list[Para]:
    """A cell's paragraphs less its values lines, each recorded as the competency's values.

    Reported as a guess; the line's key is marked used. A cell holding nothing but a values
    line keeps it (nothing says it is not the cell's one statement).
    """
    kept = []
    known = known_values(draft)
    for p in paras:
        names = value_names(p.text, known, names_only=True) if len(paras) > 1 else None
        if not names:
            kept.append(p)
            continue
        for name in names:
            draft.value(ckey, name, p.source)
        shown = ", ".join(repr(n) for n in names)
        draft.report.add(
            "guess",
            f"{clean(marker(p.text)[2])!r} in {draft.competencies[ckey].name!r} names its values "
            f"({shown}): read as values, not a statement",
            0.7,
            p.source,
        )
        used.update(p.key.split())
    return kept
