"""The loose matching of a spreadsheet's or CSV file's header rows to a framework's columns.

The grids come from :mod:`~compkit.ingest.sheetgrids` (:func:`read_grids`, :class:`Grid`,
kept importable from here). :func:`header_row` finds the header row among the first rows
(title rows above it are skipped) and :func:`find_columns` matches its headers loosely to what
a framework needs.
"""

from __future__ import annotations

import re

from .blocks import clean
from .jobladder import job_ladder, ranked
from .labels import level_score, special_column
from .levelruns import header_levels
from .rungcolumns import between_levels
from .sheetgrids import Grid, read_grids, tab_table

__all__ = [
    "HEADERS",
    "Grid",
    "at",
    "find_columns",
    "header_row",
    "header_score",
    "norm_header",
    "rating_scale",
    "read_grids",
    "tab_table",
]

#: Loose header patterns, per column role (matched on lower-case words, ``_`` read as a space).
HEADERS = {
    "competency": r"(?:competenc(?:y|ies|es?)|skill|capabilit(?:y|ies)|behaviou?ral area|"
    r"(?:(?:capability|competency) )?(?:group|cluster|category) (?:and|&|/) "
    r"(?:capability|competency|skill)|"
    r"(?:competency|competence|skills?|capability|focus|knowledge|practice) area|"
    r"track|topic|theme|area|"
    r"(?:core |our )?values?|rubric row|component|element)"  # "Value | Behaviour | I will"
    r"(?: name| title)?",
    # "Capability group", "Competency cluster": the kind of what it groups, before it
    "group": r"(?:(?:(?:capability|competency|competence|skills?|behaviou?r) )?"
    r"(?:group|cluster|(?:sub ?)?domain|category|family|pillar)(?: name| id)?|standard|strand)",
    "level": r"(?:(?:performance|proficiency|rating|career|skill) )?(?:level|grade|band|"
    r"proficiency|stage|tier|milestone|rating)(?: name)?",
    "rank": r"(?:level )?(?:rank|order)",
    "text": r"(?:text|statement|indicator|behaviou?r|behaviou?ral indicator|criteri(?:on|a)|"
    r"descriptor|signal|indicator text|statement text|description of behaviou?r|expectation|"
    r"(?:skill |proficiency )?level description|"  # a long sheet's "Skill Level Description"
    r"(?!(?:in)?effective |positive |negative |counter )[a-z]+ (?:behaviou?r|indicator)|"
    r"(?:i|you|we|they|the (?:learner|individual|citizen|person|employee)) (?:can|am able to|"
    r"are able to|is able to)(?::|\.\.\.|…)?)s?",  # a stem over its statements ("I can")
    "polarity": r"(?:polarity|effective|type|positive ?(?:or|/) ?negative|"
    r"effective ?(?:or|/) ?ineffective)",
    "numbers": r"(?:number|no\.?|#|item|source numbers)",
    "description": r"(?:competency |skill |capability |overall |general |short |brief )?"
    r"(?:description|definition|summary)",
    # "Roles that require this skill", DDaT's CSV download "Roles that require Skill"
    "roles": r"(?:(?:job )?roles?(?: that (?:require|need)s? (?:it|(?:this |the )?skill))?|"
    r"required by)",
}
_COMPILED = {k: re.compile(rf"^{v}$") for k, v in HEADERS.items()}
#: A statement header with a qualifier of two words ("Senior manager behaviour"): the statement
#: column only when it is the one such header and no other header names the statements
_QUALIFIED = re.compile(
    r"^(?!(?:in)?effective |positive |negative |counter |examples? )[a-z]+ [a-z]+ "
    r"(?:behaviou?r|indicator)s?$"
)
#: A qualifier in brackets after a header's words ("Level (1-8)", "Competency (name)")
_BRACKET = re.compile(r"\s*\([^()]*\)$")
# when two headers fit one role, prefer the one that names a name over an id
_PREFER = {
    "competency": (
        "competency",
        "competency name",
        "competency title",
        "competence",
        "competence name",
        "competence title",
        "skill",
    ),
    "level": ("level name",),
}


def at(cells: list[str], col: int | None) -> str:
    """The cleaned text of a row's cell ``col``; empty past the row's end or for no column."""
    return clean(cells[col]) if col is not None and col < len(cells) else ""


def norm_header(header: str) -> str:
    """A header cell as columns are matched: lower case, "_" and "-" as spaces, runs collapsed."""
    return " ".join(clean(str(header)).lower().replace("_", " ").replace("-", " ").split())


def header_score(cols: dict) -> int:
    """How much a matched header row looks like a framework's (0: not at all)."""
    named = sum(k in cols for k in ("competency", "level", "text")) * 3
    if "_inferred" in cols:
        named -= 3
    levels = len(cols.get("_levels", []))
    return named + (levels if named or levels >= 3 or cols.get("_sure") else 0)


def header_row(grid: Grid, hints: dict) -> tuple[int | None, int]:
    """The index of the row that reads most like a header (among the first 30), and its score.

    A row under a row as full as itself is inside a table, not its header.
    """
    best, best_row = 0, None
    filled = [sum(bool(clean(c)) for c in cells) for cells in grid.rows[:30]]
    for r, cells in enumerate(grid.rows[:30]):
        if r and filled[r - 1] >= max(3, filled[r]):
            continue  # a row inside a table (as full a row above it) heads nothing
        score = header_score(find_columns(cells, hints))
        if score > best:
            best, best_row = score, r
    return best_row, best


def _statement_hits(names: list[str], hits: list[int], listed: set[str]) -> list[int]:
    """The statement columns among ``hits``, less those a level names ("Novice behaviours").

    A level-named one is the statement column when no other statement header is matched and no
    other header names a level (a "Level" or "Grade" column aside): one column cannot be a wide
    sheet's levels ("Competency | Manager behaviour | Positive / Negative", HSE's stress
    competencies as a long sheet).

    Examples
    --------
    >>> names = ["competency", "manager behaviour", "positive / negative"]
    >>> _statement_hits(names, [1], set())
    [1]
    >>> _statement_hits(["competency", "grade", "senior manager behaviour"], [2], set())
    [2]
    >>> wide = ["competency", "manager behaviour", "senior manager behaviour"]
    >>> _statement_hits(wide, [1, 2], set())
    []
    """
    kept = [
        i
        for i in hits
        if names[i] not in listed and (level_score(names[i]) < 0.6 or _LEVEL_TEXT.match(names[i]))
    ]
    levelled = [
        i
        for i, n in enumerate(names)
        if n and (n in listed or level_score(n) >= 0.6) and not _COMPILED["level"].match(n)
    ]  # a "Level" or "Grade" column holds each row's level: it is no level's column
    if not kept and len(hits) == 1 and levelled == hits and names[hits[0]] not in listed:
        return hits
    return kept


_LEVEL_TEXT = re.compile(r"^(?:skill |proficiency )?level descriptions?$")
_GROUPED = re.compile(r"^(?:(?:capability|competency) )?(?:group|cluster|category) (?:and|&|/) ")
#: "1/ Junior", "2) Medior", "0：未到達" (a full-width colon): a number, then a name in any script
_NUMBERED = re.compile(r"^(\d{1,2})\s*[/.):：–-]\s*[^\W\d_]")


def find_columns(cells: list[str], hints: dict) -> dict:
    """Match header cells to column roles; ``_levels`` lists level-named columns (wide).

    ``hints["levels"]`` names the level columns as the header prints them: a column headed
    exactly by one is a level's, though it be the only one (HSE's "Competency | Manager").

    Examples
    --------
    >>> find_columns(["Competency", "Grade", "Senior manager behaviour", "Polarity"], {})
    {'competency': 0, 'level': 1, 'text': 2, 'polarity': 3}
    >>> find_columns(["Competency", "Manager"], {"levels": ["Manager"]})
    {'competency': 0, '_levels': [1], '_sure': True}
    >>> find_columns(["Competency", "Manager"], {})  # one column, no hint: no levels
    {'competency': 0}
    """
    names = [norm_header(c) for c in cells]
    listed = {norm_header(x) for x in hints.get("levels") or ()}
    out: dict = {}
    for role, rx in _COMPILED.items():
        hits = [i for i, n in enumerate(names) if rx.match(n) or rx.match(_BRACKET.sub("", n))]
        if role == "text":  # "Novice behaviours" heads a level's column, not the statements
            wider = [i for i, n in enumerate(names) if _QUALIFIED.match(n)]
            hits = hits or (wider if len(wider) == 1 else [])
            hits = _statement_hits(names, hits, listed)
        if role == "competency":  # "IC1 | Competence | Skills | IC2 | Competence": each a rating
            hits = [i for i in hits if names.count(names[i]) == 1]
        preferred = [i for i in hits if names[i] in _PREFER.get(role, ())]
        if hits:
            out[role] = (preferred or hits)[0]
    for role in ("text", "competency", "level"):
        want = hints.get(f"{role}_from")
        if want is not None and norm_header(want) in names:
            out[role] = names.index(norm_header(want))
            out["_sure"] = True
    if "description" in out and out["description"] == out.get("text"):  # text_from="Description"
        del out["description"]
    marks = hints.get("negative")
    if marks is not None and norm_header(marks) in names:  # the column that marks ineffective ones
        out["polarity"], out["_negative"] = names.index(norm_header(marks)), True
    if "competency" in out and _GROUPED.match(names[out["competency"]]):
        out["_grouped"] = True  # "Group and Capability": the group's name, then the competency's
    if "description" in out and "text" not in out and "competency" not in out:
        del out["description"]
    if {"description", "competency", "level"} <= out.keys() and "text" not in out:
        out["text"] = out.pop("description")  # a description per competency and level
    taken = {v for k, v in out.items() if not k.startswith("_") and k not in ("level", "rank")}
    levels = [
        i
        for i, n in enumerate(names)
        if n
        and i not in taken
        and special_column(n) is None
        and (_given(n, listed) or (not listed and level_score(n) >= 0.6))
        and ("competency" in out or _given(n, listed) or not re.fullmatch(r"[\d.]+", n))
    ]
    numbered = [i for i, n in enumerate(names) if i not in taken and _NUMBERED.match(n)]
    numbers = [int(_NUMBERED.match(names[i]).group(1)) for i in numbered]
    if (
        len(numbered) >= 3
        and numbers[0] in (0, 1)
        and numbers == list(range(numbers[0], numbers[0] + len(numbered)))
    ):  # "1/ Junior", "2/ Medior", "3/ Senior" (or from 0): numbered in order, whatever the words
        levels = sorted(set(levels) | set(numbered))
    run = [i for i, n in enumerate(names) if n and i not in taken and special_column(n) is None]
    if header_levels([clean(cells[i]) for i in run]):  # "EL1", "EL2", "SES B1" ... "SES B3"
        levels = sorted(set(levels) | set(run))
    words = [set(re.findall(r"\w+", names[i])) for i in run]
    while len(words) > 1 and not words[0] & set().union(*words[1:]):  # "Parameter | Junior PM"
        run, words = run[1:], words[1:]  # a name column before the ladder shares none of its words
    while len(words) > 1 and not words[-1] & set().union(*words[:-1]) and not ranked(words[-1]):
        run, words = run[:-1], words[:-1]  # "Level 3 | Reviewed": a column after it, no rung
    if min(run, default=0) > 0 and job_ladder([clean(cells[i]) for i in run]):
        levels = sorted(set(levels) | set(run))  # "D1 - Developer 1" ...: a document's levels
    levels = sorted(set(levels) | between_levels(names, levels, taken)) if not listed else levels
    if listed:  # the levels given are the columns read, though a run holds more ("Level 1" ...)
        levels = [i for i in levels if _given(names[i], listed)]
    kinds = [i for i in levels if _KIND.search(names[i]) and not _given(names[i], listed)]
    if len(kinds) < len(levels):  # "Core dimension" heads the names beside "Level 1" ...
        levels = [i for i in levels if i not in kinds]
    # one column headed by a level the user named is that level's column ("Manager" alone)
    scale = [] if listed else rating_scale(names)
    if scale:  # "Ineffective | Developing | Effective | Highly Effective": rungs, no polarity
        levels = sorted(set(levels) | set(scale))
        out = {k: v for k, v in out.items() if v not in scale or k.startswith("_")}
    single = len(levels) == 1 and _given(names[levels[0]], listed)
    if len({names[i] for i in levels}) < 2 and not single:  # "Level result" over every column
        levels = []
    if (len(levels) >= 2 or single) and "level" not in out:
        out["_levels"] = levels
        out["_sure"] = out.get("_sure") or bool(listed)
        named = out.get("text")  # "Domain | Indicator | Ineffective ...": the row's name
        if named is not None and named < min(levels) and _ROW_NAME.match(names[named]):
            out.setdefault("competency", named)
            del out["text"]  # the statements are the level columns' cells
        if "competency" not in out and 0 not in levels:
            out["competency"], out["_inferred"] = 0, True
            # "e-Competence | Description | Level e-1 ...": the names' own description column
            told = min(levels) > 1 and special_column(names[1]) == "description"
            out["description"] = 1 if told else None
    return {k: v for k, v in out.items() if v is not None}


#: A header before a wide sheet's level columns that names each row (its text is in the levels)
_ROW_NAME = re.compile(r"^(?:indicator|criterion|element|performance indicator)$")
#: The two sides a polarity column names, which a rating scale also rates by
_SIDES = frozenset({"effective", "ineffective"})


def rating_scale(names: list[str]) -> list[int]:
    """A run of three or more columns rating one scale, with "Effective" among its rungs.

    "Ineffective | Developing | Effective | Highly Effective" (New York's and Florida's teacher
    rubrics) rates by the words of a polarity column; beside "Developing" and "Highly
    Effective" they are rungs of one scale, and every column is a level's.

    Examples
    --------
    >>> rating_scale(["indicator", "ineffective", "developing", "effective", "highly effective"])
    [1, 2, 3, 4]
    >>> rating_scale(["competency", "effective", "ineffective"])
    []
    >>> rating_scale(["competency", "level", "effective", "ineffective"])
    []
    """
    run: list[int] = []
    best: list[int] = []
    for i, n in enumerate([*names, ""]):
        if n and (n in _SIDES or (level_score(n) >= 0.8 and not _COMPILED["level"].match(n))):
            run.append(i)
            continue
        sided = [k for k in run if names[k] in _SIDES]
        if len(run) >= 3 and sided and len(sided) < len(run) and len(run) > len(best):
            best = run
        run = []
    return best


#: Words every level column's header may end with that say what the column holds, not which
#: level it is ("Level 1 description", "Level 2 description"; "Novice behaviours").
LEVEL_TAIL = re.compile(
    r"\s*[-–:(]?\s*\b(?:descriptions?|descriptors?|definitions?|statements?|behaviou?rs?|"
    r"indicators?|criteria|expectations?|responsibilities)\)?$",
    re.IGNORECASE,
)


#: A header naming what the rows are, after a level word ("Core dimension", "Core competency")
_KIND = re.compile(r"\b(?:dimensions?|competenc(?:y|ies)|capabilit(?:y|ies)|domains?|attributes?)$")


def _given(name: str, listed: set[str]) -> bool:
    """Whether a header names a level given: "Level e-3" "e-3", "Level 5 description" "Level 5"."""
    bare = LEVEL_TAIL.sub("", name)
    return name in listed or bool(bare and bare in listed) or re.sub(r"^level ", "", name) in listed
