"""Small pieces of report prose: how many times as many, shares, "neither" for two alike.

The comparison's sentences are built from these, so a ratio never reads "1.0 times as many" or
"62.0 times as many" and a missing share never reads "nan%".
"""

from __future__ import annotations

import math

from .._words import join, plural, possessive
from ..crosswalk.sidelevels import side_levels
from ._loading import undressed
from ._rungs import rungs

__all__ = [
    "NO_EFFECTIVE",
    "arrangement",
    "label_and_title",
    "listing",
    "pct",
    "reach",
    "sentence",
    "times",
]

#: What a figure about effective statements reads when a framework has none.
NO_EFFECTIVE = "n/a (no effective statements)"


def times(big: float, small: float) -> str:
    """How many times ``big`` is ``small``, in words ("" when either is 0 or they are equal).

    Examples
    --------
    >>> times(153, 62), times(124, 62), times(62, 1), times(3, 0), times(5, 5)
    ('2.5 times as many', 'twice as many', '62 times as many', '', '')
    """
    if not big or not small or big == small:
        return ""
    ratio = big / small
    if round(ratio, 1) == 2:
        return "twice as many"
    if round(ratio, 1) == 1:
        return "about as many"
    return f"{ratio:.1f}".removesuffix(".0") + " times as many"


def sentence(text: str, fws=()) -> str:
    """``text`` opening with a capital, as a sentence does ("Per level CiS: ...").

    One opening with a framework's own name keeps it as its publisher writes it ("eNgage").

    Examples
    --------
    >>> sentence("at the lowest level 12% (CiS)"), sentence("")
    ('At the lowest level 12% (CiS)', '')
    """
    if not text or any(text.startswith(fw.label) for fw in fws):
        return text
    return text[:1].upper() + text[1:]


def pct(x: float) -> str:
    """A share in per cent, rounded ("–" when missing), never rounded to all or none.

    A share short of 100 reads "over 99%", not "100%" (the tables beside the prose say 99.7);
    one above 0 reads "under 1%".

    Examples
    --------
    >>> pct(73.68), pct(float("nan")), pct(99.7), pct(100.0), pct(0.3), pct(0)
    ('74%', '–', 'over 99%', '100%', 'under 1%', '0%')
    """
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    if 99.5 <= x < 100:
        return "over 99%"
    if 0 < x < 0.5:
        return "under 1%"
    return f"{x:.0f}%"


def listing(themes: list[str]) -> str:
    """Theme names in a sentence, each quoted: their own commas stay inside one name.

    Examples
    --------
    >>> listing(["Ethics, values and integrity", "Communication"])
    "'ethics, values and integrity' and 'communication'"
    """
    return join(f"'{t.lower()}'" for t in themes)


def reach(fa, fb, top: list[str], low: list[str]) -> str:
    """How far each framework's statements reach, at its top and lowest levels, in one sentence.

    ``top`` and ``low`` are the two frameworks' shares reaching the organisation or sector. A
    framework of one level has no top and lowest level apart: its share is said once, at its
    one level (the ICF excerpt's "23% ... (at the lowest level: 23% ...)" said it twice).
    """
    if n_grades(fa) > 1 and n_grades(fb) > 1:
        return (
            f"At the top level, {top[0]} of {possessive(fa.label)} statements reach the "
            f"organisation or sector, against {top[1]} of {possessive(fb.label)} (at the lowest "
            f"level: {low[0]} and {low[1]})."
        )
    said = [
        f"{top[k]} of {possessive(fw.label)}{' statements' if not k else ''} "
        + (
            "at its one level"
            if n_grades(fw) == 1
            else f"at its top level ({low[k]} at its lowest)"
        )
        for k, fw in enumerate((fa, fb))
    ]
    return f"{said[0]} and {said[1]} reach the organisation or sector."


def n_grades(fw) -> int:
    """How many levels the framework grades: a side list of negative indicators is not one.

    A framework listing each competency's negative indicators once for every grade, at a level
    of their own ("All levels" beside "Grades 1-3" ...), has one level fewer than its file; so
    has one setting statements once for every level at a level named so ("All Levels" before
    IC1, :func:`compkit.compare._rungs.every_levels`).

    Examples
    --------
    >>> import compkit
    >>> n_grades(compkit.load("wsx"))
    5
    """
    return len(rungs(fw))


def arrangement(fw) -> str:
    """A framework's competencies in words, and the groups they stand in when it groups them.

    Clusters against a flat list is a difference of shape a reader is told: "9 competencies
    (in 3 groups)" beside "5 axes". One group holding them all is no grouping.

    Examples
    --------
    >>> import compkit
    >>> from types import SimpleNamespace
    >>> grouped = SimpleNamespace(
    ...     competency_records=range(9), competency_term="competency", group_records=range(3)
    ... )
    >>> arrangement(grouped), arrangement(compkit.load("wsx"))
    ('9 competencies (in 3 groups)', '4 clusters')
    """
    named = plural(len(fw.competency_records), fw.competency_term)
    groups = len(fw.group_records)
    return f"{named} (in {groups} groups)" if groups > 1 else named


def side_note(fw) -> str:
    """Where a side list of negative indicators stands, in words: empty when it has none.

    A framework listing each competency's negative indicators once for every grade, read with
    them at a level of their own, is told so: "once for every grade, at 'All levels'".

    Examples
    --------
    >>> import compkit
    >>> side_note(compkit.load("cis"))
    ''
    """
    side = side_levels(fw)
    names = [f"'{lv.name}'" for lv in fw.level_records if lv.id in side]
    return f"once for every grade, at {join(names)}" if names else ""


def label_and_title(fw) -> str:
    """The framework's name and title, "CiS: Competencies – Senior Officer roles", once each.

    A framework called by its title (no short name and no organisation stated) is named once,
    not "Accountability: Accountability".

    Examples
    --------
    >>> import compkit
    >>> from dataclasses import replace
    >>> cis = compkit.load("cis")
    >>> label_and_title(cis)
    'CiS: Competencies – Senior Officer roles'
    >>> label_and_title(replace(cis, short_name=cis.title))
    'Competencies – Senior Officer roles'
    >>> label_and_title(replace(cis, short_name="Ops", title="🎯 Ops"))
    'Ops'
    """
    same = fw.title in ("", fw.label) or undressed(fw.title) == fw.label  # "🎯 Ops" is "Ops"
    return fw.label if same else f"{fw.label}: {fw.title}"
