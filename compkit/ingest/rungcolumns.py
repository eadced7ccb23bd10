"""Header columns between two level columns that name a level too, though no word list knows it.

A wide sheet's level columns are found by their words (:func:`compkit.ingest.levelnames.
level_score`); a rung of a ladder or of a proficiency scale that no word list holds stands
between two of them: "Staff PM" between "Senior PM" and "Principal PM", NSW's "Adept" between
"Intermediate" and "Advanced"; or, left of them next to the names, the scale's lowest rung
(Stats NZ's "New" before "Proficient | Expert"); or right of them, the ladder's top rung named as
the last two are ("Staff Engineer" after "Intermediate Engineer | Senior Engineer", though an
unheaded column of notes stand between); or a run of a ladder's codes numbered on before their
titles ("IC1 Security Engineer" ... "IC5 Staff Security Engineer"), the titles holding no level
word. :func:`between_levels` finds such columns for
:func:`compkit.ingest.tables.find_columns`, and leaves a kind of column ("Notes", "Score")
where it stands.
"""

from __future__ import annotations

import re

from .levelnames import special_column

__all__ = ["between_levels"]

#: Rungs of job ladders that are no level words elsewhere ("staff" names everyone)
_RUNGS = frozenset({"staff", "fellow"})
#: One-word headers that name a kind of column, never a rung between two levels
_KINDS = re.compile(
    r"^(?:notes?|comments?|scores?|ratings?|examples?|evidence|weight(?:ing)?|points|total|"
    r"guidance|ids?|ref|code|status|owner|source|links?|resources?|training|remarks?|"
    r"purpose|overview|scope|context|aims?|objectives?|outcomes?|background|why|what|how)$"
)


def between_levels(names: list[str], levels: list[int], taken: set[int]) -> set[int]:
    """Columns between two level columns, named like them, that no word list knows as levels.

    "Staff PM" between "Senior PM" and "Principal PM" (one word before the same title), or a
    ladder's rung no word list holds ("Staff" between "Senior" and "Principal": "staff" names
    everyone elsewhere); not "Score" beside each level's column, nor one word that names a
    kind of column ("Notes").

    Examples
    --------
    >>> between_levels(["skill", "senior pm", "staff pm", "principal pm"], [1, 3], {0})
    {2}
    >>> between_levels(["skill", "level 1", "level 1 notes", "level 2"], [1, 3], {0})
    set()
    >>> between_levels(["novice", "score", "skilled", "score", "expert"], [0, 2, 4], set())
    set()

    A word of one proficiency scale between two level words is a rung of it (NSW's "Adept"
    between "Intermediate" and "Advanced"); a kind of column there is not:

    >>> between_levels(["capability", "intermediate", "adept", "advanced"], [1, 3], {0})
    {2}
    >>> between_levels(["skill", "novice", "notes", "expert"], [1, 3], {0})
    set()

    The lowest rung of a scale of one-word levels, right of the names, is one too (Stats NZ's
    "New | Proficient | Expert"), unless it names a kind of column:

    >>> between_levels(["capability", "new", "proficient", "expert"], [2, 3], {0})
    {1}
    >>> between_levels(["capability", "purpose", "proficient", "expert"], [2, 3], {0})
    set()

    The top rung right of the last two, named as they are (one word before the same title),
    after unheaded columns of notes if any, is one too; a kind of column is not:

    >>> between_levels(["area", "junior engineer", "senior engineer", "", "staff engineer"],
    ...                [1, 2], {0})
    {4}
    >>> between_levels(["area", "junior engineer", "senior engineer", "notes engineer"],
    ...                [1, 2], {0})
    set()
    """
    out = _lowest(names, levels, taken) | _highest(names, levels, taken) | _coded(names, taken)
    for i in range(1, len(names) - 1):
        if i in levels or i in taken or not names[i] or special_column(names[i]) is not None:
            continue
        if i - 1 not in levels or i + 1 not in levels:
            continue
        words, before, after = (names[k].split() for k in (i, i - 1, i + 1))
        same = len(words) == len(before) == len(after) and words[1:] == before[1:] == after[1:]
        rung = words[0] in _RUNGS or (words[0].isalpha() and not _KINDS.match(words[0]))
        if same and names.count(names[i]) == 1 and (words[1:] or rung):
            out.add(i)
    return out


#: A ladder's level code before a title: "ic1 machine learning engineer", "l5 staff engineer"
_CODED = re.compile(r"^(l|ic|e|p|m|g|t|se|swe|sde|em|eng)-?(\d{1,2})\s+[^\W\d_]")


def _coded(names: list[str], taken: set[int]) -> set[int]:
    """Three or more columns side by side, each a ladder's code numbered on before a title.

    "IC1 Machine Learning Engineer | IC2 ... | IC5 Staff Machine Learning Engineer": the titles
    hold no level word ("Engineer"), or another rung ("Staff", "Principal"), but one code,
    numbered on by one, heads each (unheaded columns between them aside).

    Examples
    --------
    >>> names = ["area", "ic1 security engineer", "ic2 security engineer",
    ...          "ic3 staff security engineer", "notes"]
    >>> sorted(_coded(names, {0}))
    [1, 2, 3]
    >>> sorted(_coded(["skill", "q1 revenue", "q2 revenue", "q3 revenue"], {0}))
    []
    """
    headed = [(i, _CODED.match(n)) for i, n in enumerate(names) if n and i not in taken]
    out: set[int] = set()
    run: list[tuple[int, re.Match]] = []
    for i, m in [*headed, (-1, None)]:
        if (
            run
            and m
            and m.group(1) == run[-1][1].group(1)
            and (int(m.group(2)) == int(run[-1][1].group(2)) + 1)
        ):
            run.append((i, m))
            continue
        if len(run) >= 3:
            out |= {k for k, _ in run}
        run = [(i, m)] if m else []
    return out


def _lowest(names: list[str], levels: list[int], taken: set[int]) -> set[int]:
    """The one-word column between the names and two or more one-word level columns: a rung."""
    if not levels:
        return set()
    i = min(levels) - 1
    if i < 1 or i - 1 not in taken or i in taken or not names[i] or i + 1 not in levels:
        return set()
    run = [k for k in levels if k > i]
    one_word = all(len(names[k].split()) == 1 for k in run[:2])
    word = names[i]
    if len(run) < 2 or not one_word or not word.isalpha() or _KINDS.match(word):
        return set()
    return {i} if special_column(word) is None and names.count(word) == 1 else set()


def _highest(names: list[str], levels: list[int], taken: set[int]) -> set[int]:
    """The first headed column right of the levels, named as the last two are: a top rung."""
    if len(levels) < 2:
        return set()
    last, before = names[levels[-1]].split(), names[levels[-2]].split()
    i = next((k for k in range(levels[-1] + 1, len(names)) if names[k]), None)
    if i is None or i in taken or special_column(names[i]) is not None:
        return set()
    words = names[i].split()
    same = len(words) == len(last) == len(before) >= 2 and words[1:] == last[1:] == before[1:]
    rung = words[0].isalpha() and not _KINDS.match(words[0])
    return {i} if same and rung and names.count(names[i]) == 1 else set()
