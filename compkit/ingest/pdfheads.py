"""A PDF table's header row: whether its cells name levels, one of them perhaps unknown.

:func:`levels_header` is the test :mod:`compkit.ingest.pdftables` puts to a line of layout
text before reading the lines under it as a table's cells by their columns.
"""

from __future__ import annotations

import re

from .blocks import clean, marker
from .labels import level_score, polarity_of, special_column
from .levelruns import header_levels
from .pdfcodes import coded_ladder
from .pdfhint import NO_HINTS, Given

__all__ = [
    "LEVEL_COLUMN",
    "by_row",
    "heading_like",
    "level_words",
    "levels_header",
    "next_level",
    "next_score",
    "repeated",
    "repeated_rows",
    "row_key",
    "scale_header",
    "title_ladder",
]

LEVEL_COLUMN = re.compile(r"^(?:levels?|grades?|bands?)(?:\s*/\s*\w+)?$", re.IGNORECASE)

# a track after a level's name: "(Individual Contributor)", "(People Manager)", "(IC)"; not a
# level's own code ("Starter (L1)", "Lead (G7)"), which carries a digit
_QUALIFIED = re.compile(r"\s+\((?:[A-Z][A-Za-z-]*\s?){1,3}\)$")
_NOT_LEVEL = re.compile(
    r"^(?:notes?|comments?|examples?|evidence|scores?|ratings?|results?|totals?|weight(?:ing)?s?"
    r"|competenc(?:y|ies)|capabilit(?:y|ies)|skills?|behaviou?rs?|indicators?|areas?|themes?)$",
    re.IGNORECASE,
)

# the one column beside a column of levels that holds each level's statements
_STATEMENTS = re.compile(
    r"^(?:(?:key|expected|example|typical)\s+)?(?:statements?|behaviou?rs?|indicators?"
    r"|expectations?)$",
    re.IGNORECASE,
)

# a scale's score cell: a bare number or a mark for "not applicable"
_SCORE_CELL = re.compile(r"^(?:\d{1,2}|n/?a|not applicable|[-–—])$", re.IGNORECASE)

# a proficiency scale's header, a row per level: "Score | Proficiency Level | Description"
# (the NIH Proficiency Scale's shape), the score column first, the levels' names second
_SCORE = re.compile(r"^(?:scores?|ratings?|points?|scale points?|no\.?|#|ranks?|steps?)$", re.I)
_NAMES = re.compile(
    r"^(?:(?:proficiency|competency|skills?|performance|mastery|career) )?"
    r"(?:levels?|names?|titles?|stages?)(?: names?| titles?)?$",
    re.IGNORECASE,
)


def levels_header(texts: list[str], *, hints: Given = NO_HINTS) -> bool:
    """Whether a header's cells name levels: every one (:func:`header_levels`), or all but one.

    A ladder's header can hold one level no word list knows among names it does: "Guru"
    between "Senior" and "Principal", "Leadership" after "Foundation | Intermediate |
    Advanced". Four cells or more, one odd one out, not the first (there it names the row
    labels' column: "Dimension | Junior | Senior | Lead"), a name of one or two words that
    is no column of another kind ("Notes", "Score", "Skill", "Description"). Or two or
    more of the levels the user named, in their order (``hints``, :mod:`.pdfhint`).

    Examples
    --------
    >>> levels_header(["Junior", "Mid-level", "Senior", "Guru", "Principal"])
    True
    >>> levels_header(["Foundation", "Intermediate", "Advanced", "Leadership"])
    True
    >>> levels_header(["Foundation", "Intermediate", "Advanced", "Notes"])
    False
    >>> levels_header(["Dimension", "Foundation", "Intermediate", "Advanced"])
    False
    >>> levels_header(["Senior", "Guru", "Principal"]), levels_header(["Junior", "Senior"])
    (False, True)
    >>> levels_header(["Senior", "Staff", "Principal"])  # "Staff" alone names a level
    True

    A level word beside bare numbers is no such header: the pieces of a table of job titles
    by their numbers, wrapped ("Individual Contributor | 1 | 2 | Senior | 4", Persado's
    summary of its tracks):

    >>> levels_header(["Contributor", "1", "2", "Senior", "4"]), levels_header(["1", "2", "3"])
    (False, True)
    >>> levels_header(["3", "4", "5"])
    False

    A cell opening with a lower-case word that names no level is a sentence's piece, no
    header's ("(basic knowledge) | understanding of basic": the lines of a row's cells):

    >>> levels_header(["(basic knowledge)", "understanding of basic"])
    False
    """
    if any(_sentence_piece(t) for t in texts):
        return False
    if hints.header(texts):  # the user named these levels (ingest.pdfhint)
        return True
    texts = [_unqualified(t) for t in texts]
    bare = [t for t in texts if clean(t).isdigit()]
    if bare and any(level_score(t) >= 0.8 and not re.search(r"\d", t) for t in texts):
        return False  # "Contributor | 1 | 2 | Senior | 4": titles' pieces by their numbers
    if bare and len(bare) == len(texts) and int(clean(bare[0])) > 1:
        return False  # "3 | 4 | 5": a ladder's numbers from its middle, no header
    if header_levels(texts) or _bare_title(texts) or title_ladder(texts) or _numbered(texts):
        return True
    if coded_ladder(texts):  # "D1 - Developer 1", "A2 Waystage": codes numbered as a ladder
        return True
    odd = [k for k, t in enumerate(texts) if level_score(t) < 0.8]
    if len(texts) < 4 or len(odd) != 1 or odd[0] == 0:
        return False
    name = clean(texts[odd[0]])
    return (
        heading_like(name)
        and len(name.split()) <= 2
        and not _NOT_LEVEL.match(name)
        and not special_column(name)
        and not polarity_of(name)
    )


def _unqualified(text: str) -> str:
    """A header cell's name less a track named after it in brackets.

    "Senior Engineer 2 (Individual Contributor)" and "(People Manager)" beside it: FT's
    ladder parts a level into two tracks; the level is the name before the brackets.

    >>> _unqualified("Principal Engineer (People Manager)"), _unqualified("(Individual)")
    ('Principal Engineer', '(Individual)')
    >>> _unqualified("Starter (L1)")
    'Starter (L1)'
    """
    return _QUALIFIED.sub("", text) or text


def _bare_title(texts: list[str]) -> bool:
    """Whether a header names levels as a title and that title qualified ("Associate Engineer").

    A ladder's levels may be a job title alone and the title with a level word before it:
    "Associate Engineer | Engineer", "Designer | Senior Designer | Lead Designer". Every cell
    names a level but the bare title; each such cell ends with the title, and it is no
    column of another kind.

    >>> _bare_title(["Associate Engineer", "Engineer"])
    True
    >>> _bare_title(["Senior Designer", "Designer", "Lead Designer"])
    True
    >>> _bare_title(["Senior Engineer", "Notes"]), _bare_title(["Engineer", "Engineer"])
    (False, False)
    """
    names = [clean(t) for t in texts]
    bare = {t.casefold() for t in names if level_score(t) < 0.8}
    if len(bare) != 1 or len(names) < 2:
        return False
    title = bare.pop()
    qualified = [t for t in names if t.casefold() != title]
    return (
        bool(qualified)
        and 1 <= len(title.split()) <= 3
        and all(heading_like(t) for t in names)
        and not _NOT_LEVEL.match(title)
        and not special_column(title)
        and not polarity_of(title)
        and all(t.casefold().endswith(f" {title}") for t in qualified)
    )


_GRADE = re.compile(r"\s+(?:I{1,3}|IV|VI{0,3}|IX|X)$")  # a grade after a title: "Engineer II"
_NUMBERED = re.compile(r"^([^\W\d_]+)\s*(\d{1,2})\b(?!\s*[.)])")  # "Level 2 Practitioner"


def title_ladder(texts: list[str]) -> bool:
    """Whether a header's cells are one job title at its grades: a ladder of titles.

    Every cell ends with the same title ("Software Engineer"), a grade in Roman numerals
    after it or none; before it, nothing or a level word ("Senior", "Principal"), one cell
    at most with a word no list knows ("Staff"). Two cells or more say their level by such
    a word or a grade. Job families ("Software Engineer | Data Engineer | QA Engineer") are
    none.

    >>> title_ladder(["Software Engineer I", "Software Engineer II", "Senior Software Engineer",
    ...               "Staff Software Engineer"])
    True
    >>> title_ladder(["Engineer I", "Engineer II", "Senior Engineer", "Staff Engineer"])
    True
    >>> title_ladder(["Software Engineer", "Data Engineer", "QA Engineer"])
    False
    """
    names = [clean(t) for t in texts]
    if len(names) < 2 or len({t.casefold() for t in names}) < len(names):
        return False
    graded = [bool(_GRADE.search(t)) for t in names]
    words = [_GRADE.sub("", t).split() for t in names]
    size = 0
    while size < min(len(w) for w in words) and len({w[-1 - size].casefold() for w in words}) == 1:
        size += 1
    if not size or not all(heading_like(t) for t in names):
        return False
    before = [" ".join(w[: len(w) - size]) for w in words]
    known = [bool(b) and level_score(b) >= 0.8 for b in before]
    odd = [b for b, k in zip(before, known, strict=True) if b and not k]
    said = sum(k or g for k, g in zip(known, graded, strict=True))
    return len(odd) <= 1 and all(len(b.split()) <= 2 for b in odd) and said >= 2


def _numbered(texts: list[str]) -> bool:
    """Whether every cell opens with one word and its number, rising by one ("Level 2 Expert").

    >>> _numbered(["Level 1 Trainee", "Level 2 Practitioner", "Level 3 Senior Practitioner"])
    True
    >>> _numbered(["Step 1 Plan", "Step 3 Do"]), _numbered(["Level 1", "Grade 2"])
    (False, False)
    >>> _numbered(["Level 1 –", "Level 2"])
    False
    """
    found = [_NUMBERED.match(clean(t)) for t in texts]
    if len(texts) < 2 or not all(found) or any(re.search(r"[–—:-]$", t.strip()) for t in texts):
        return False  # "Level 1 –": a cell left open, its name on the lines under it
    first = {m.group(1).casefold() for m in found}
    numbers = [int(m.group(2)) for m in found]
    return (
        len(first) == 1
        and level_score(f"{found[0].group(1)} 1") >= 0.8
        and numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    )


def _sentence_piece(text: str) -> bool:
    """Whether a cell opens with a lower-case word that names no level ("understanding of")."""
    words = clean(text).strip("([{\"'‘“").split()
    return bool(words) and words[0][:1].islower() and level_score(words[0]) < 0.8


def heading_like(text: str) -> bool:
    """A short line in capitals, no list item, no sentence's end (a table's heading cell).

    Examples
    --------
    >>> heading_like("Staff"), heading_like("Ships code."), heading_like("- Staff")
    (True, False, False)
    """
    text = clean(text)
    number, bullet, _ = marker(text)
    return (
        number is None
        and not bullet
        and len(text.split()) <= 10
        and not text.endswith((".", ";", ","))
        and text[:1].isupper()
    )


def by_row(cells: list[tuple[int, str]]) -> bool:
    """Whether a header's first cell names a column of levels over 2+ columns of another kind.

    Competency names ("Level | Delivery | Mentoring"), one column of statements ("Level |
    Statements", "Grade | Behaviours": the table of one competency), or the two sides of
    each level's behaviour ("Level | Effective behaviours | Ineffective behaviours", as
    compkit renders a framework with both): a row per level either way.

    Examples
    --------
    >>> by_row([(0, "Level"), (9, "Delivery"), (20, "Mentoring")])
    True
    >>> by_row([(0, "Level"), (9, "Effective behaviours"), (40, "Ineffective behaviours")])
    True
    >>> by_row([(0, "Level"), (9, "Statements")]), by_row([(0, "Level"), (9, "Senior")])
    (True, False)
    >>> by_row([(0, "Proficiency"), (9, "Proficiency Level Definition"),
    ...         (40, "Proficiency Level Illustrations")])
    True

    A proficiency scale's score column before its levels' names (the score column is set
    aside later, by :func:`~compkit.ingest.scalecolumns.score_column`):

    >>> by_row([(0, "Score"), (8, "Proficiency Level"), (30, "Description")])
    True
    >>> by_row([(0, "Score"), (8, "Team"), (30, "Description")])
    False
    """
    rest = [t for _, t in cells[1:]]
    if scale_header(cells):
        return all(heading_like(t) and level_score(t) < 0.8 for t in rest[1:])
    if level_words(cells):  # "Proficiency Level | Proficiency Level Definition | ..."
        return all(heading_like(t) for t in rest)
    if len(rest) == 1:  # "Level | Statements": each level's statements in one column
        return bool(LEVEL_COLUMN.match(cells[0][1]) and _STATEMENTS.match(clean(rest[0])))
    return (
        len(cells) >= 3
        and bool(LEVEL_COLUMN.match(cells[0][1]))
        and (
            all(heading_like(t) and level_score(t) < 0.8 for t in rest)
            or all(polarity_of(t) for t in rest)
        )
    )


def scale_header(cells: list[tuple[int, str]]) -> bool:
    """Whether a header opens with a score column, then the levels' names, then 1+ more.

    >>> scale_header([(0, "Score"), (8, "Proficiency Level"), (30, "Description")])
    True
    >>> scale_header([(0, "Level"), (8, "Name"), (30, "Description")])
    False
    """
    texts = [clean(t) for _, t in cells]
    return len(texts) >= 3 and bool(_SCORE.match(texts[0]) and _NAMES.match(texts[1]))


def level_words(cells: list[tuple[int, str]]) -> bool:
    """Whether every header after the first opens with the first's words and names levels.

    "Proficiency Level | Proficiency Level Definition | Proficiency Level Illustrations", the
    first cell perhaps cut by its wrap ("Proficiency" over "Level"): a column of levels, each
    other column a property of the level in the first header's words and one more.
    """
    first = clean(cells[0][1]).casefold().split() if cells else []
    rest = [clean(t).casefold().split() for _, t in cells[1:]]
    if not 1 <= len(first) <= 2 or len(rest) < 2 or LEVEL_COLUMN.match(" ".join(first)):
        return False
    return all(
        len(h) > 2 and h[0] == first[0] and LEVEL_COLUMN.match(h[1]) and h[: len(first)] == first
        for h in rest
    )


def next_level(row: list[list[tuple[str, int]]], parts: list[tuple[int, str]]) -> bool:
    """Whether a line opens the next row of a table with a row per level, right under a row.

    Its first cell and the row's first cell each name a level on their own, and its next
    cell opens a list item: "Level 1 | • Improves documentation" right over "Level 2 | •
    Raises issues" is two rows of one statement each, not one level name wrapped. So are two
    names alike but for their numbers, with text beside ("D1 - Developer 1 | actively learns"
    over "D2 - Developer 2 | ..."): no name wraps into the next of its series.

    Examples
    --------
    >>> next_level([[("Level 1", 4)], [("• Improves", 4)]], [(0, "Level 2"), (9, "• Raises")])
    True
    >>> next_level([[("Principal Engineer", 4)], []], [(0, "(People Manager)"), (9, "• Leads")])
    False
    >>> next_level([[("D1 - Developer 1", 4)], [("learns", 4)]], [(0, "D2 - Developer 2"),
    ...            (20, "supports")])
    True
    """
    above, text = clean(row[0][-1][0]), clean(parts[0][1])
    shape = [re.sub(r"\d+", "#", t) for t in (above, text)]
    series = len(row[0]) == 1 and above != text and shape[0] == shape[1] != above
    return len(parts) > 1 and (
        series
        or (
            heading_like(parts[0][1])
            and level_score(text) >= 0.8
            and level_score(above) >= 0.8
            and marker(clean(parts[1][1]))[1]
        )
    )


def next_score(row: list[list[tuple[str, int]]], parts: list[tuple[int, str]]) -> bool:
    """Whether a line opens the next row of a scale's table, its first column a bare score.

    A score ("1", "2", "N/A") never wraps onto a second line: text in the first column right
    under one is the next level's score ("N/A | Not Applicable" right over "1 | Basic").

    Examples
    --------
    >>> next_score([[("N/A", 4)], [("Not Applicable", 4)]], [(2, "1"), (9, "Basic")])
    True
    >>> next_score([[("Level 1", 4)], [("Basic", 4)]], [(2, "(first steps)")])
    False
    """
    above, text = clean(row[0][-1][0]), clean(parts[0][1])
    return len(row[0]) == 1 and all(_SCORE_CELL.match(t) for t in (above, text))


def row_key(text: str) -> str:
    """A line's text without its spaces, joiners and case: one header row in any extraction.

    >>> row_key(" n00b  Play3r  Pr0"), row_key("\u200dn00b   \u200dPlay3r   \u200dPr0")
    ('n00bplay3rpr0', 'n00bplay3rpr0')
    """
    return re.sub(r"[\s\u200b-\u200d\u2060\ufeff]+", "", text).casefold()


def repeated_rows(pages: list[list[str]]) -> frozenset[str]:
    """The lines (by :func:`row_key`) printed three times or more, each short words only.

    A table's header row over every competency's table names its columns, whatever its
    names: emoji and leet ("n00b  Play3r  Pr0  1337") no word list knows as levels. Only
    lines of three to twelve words, no sentence's end, none a list item, each right over a
    list item (a report's repeated "Aspect | Measure | Finding" over its figures is none).

    >>> head = ["n00b  Play3r  Pr0", "• Learns"]
    >>> sorted(repeated_rows([["Attitude", *head], head, head]))
    ['n00bplay3rpr0']
    >>> sorted(repeated_rows([["Aspect  Measure  Finding", "Shape 42 18"]] * 3))
    []
    """
    counts: dict[str, int] = {}
    for page in pages:
        for line, under in zip(page, [*page[1:], ""], strict=True):
            text = clean(line)
            number, bullet, _ = marker(text)
            if (
                3 <= len(text.split()) <= 12
                and number is None
                and not bullet
                and text[-1:] not in ".;,"
                and marker(clean(under))[1]  # its columns' lists open right under it
            ):
                counts[row_key(text)] = counts.get(row_key(text), 0) + 1
    return frozenset(k for k, n in counts.items() if n >= 3)


def repeated(cells: list[tuple[int, str]], known: frozenset[str]) -> bool:
    """Whether a layout line's three or more cells are a header row repeated over the tables.

    >>> repeated([(0, "n00b"), (9, "Play3r"), (20, "Pr0")], frozenset({"n00bplay3rpr0"}))
    True
    """
    return len(cells) >= 3 and row_key("".join(t for _, t in cells)) in known
