"""How a framework is laid out as a document, whatever the format (Word, HTML, Markdown).

Shared by :mod:`compkit.authoring.documents` and ``_docx``: which layout a framework was
published in (by competency, a table of level columns; or by level, each level listing every
competency), the cells of a competency at each level (its statements split into effective and
ineffective, the stem they complete, the roles that require the level, what the publisher left
undefined), the source's numbering of each list, and the role profiles in words.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import TYPE_CHECKING

from ..errors import UsageError
from ._numbers import gone_ids as gone_ids  # re-exported, as numbering
from ._numbers import numbering as numbering  # re-exported: the documents read L.numbering

if TYPE_CHECKING:
    from ..framework.model import Competency, Framework, Indicator, Level, Undefined

#: Layouts a framework can be rendered in ("auto" picks the one its source uses).
LAYOUTS = ("auto", "competency", "level")
#: What a document says of a cell the publisher left undefined; the curator's note on why stays
#: in the framework file (a note is for the editor, not the reader). Worded so that ingest reads
#: it back as an undefined cell.
NOT_DEFINED = "Not defined by the publisher"
#: What a document says of an empty side (effective or ineffective) of a cell.
NONE = "(none)"
#: What a document says, once, of a level that holds no statement yet (an author drafting it).
EMPTY_LEVEL = "No statements at this level yet."
# a framework's statements by (competency, level), and whether any is ineffective: worked out
# once per (immutable) framework, not once per cell, which made a large document quadratic
_INDEX: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class Cell:
    """A competency at one level: its statements, their stems and what is not defined.

    ``stem`` is the effective statements' stem, ``ineffective_stem`` the ineffective ones'.
    """

    level: Level
    roles: tuple[str, ...]  # names of the roles that require this level (or a higher one)
    stem: str
    effective: tuple[Indicator, ...]
    ineffective: tuple[Indicator, ...]
    undefined: tuple[Undefined, ...]  # the publisher's words for what is not defined
    ineffective_stem: str = ""  # the stem the ineffective statements complete ("" for none)
    empty: bool = False  # a level with no statements yet, kept because a role requires it
    gone: frozenset[str] = frozenset()  # ids of statements that left their cell (_numbers.py)

    def stem_of(self, polarity: str) -> str:
        """The stem the ``polarity`` statements complete ("" for none)."""
        return self.ineffective_stem if polarity == "ineffective" else self.stem

    def missing(self, polarity: str | None = None) -> str:
        """:data:`NOT_DEFINED` for an undefined cell or side, "" for a defined one.

        The curator's note (why it is undefined) is not printed: it is for the editor. A level
        with no statements yet says :data:`EMPTY_LEVEL`.
        """
        if self.empty:
            return EMPTY_LEVEL
        if any(u.polarity is None or u.polarity == polarity for u in self.undefined):
            return NOT_DEFINED
        return ""


def choose_layout(fw: Framework, layout: str = "auto") -> str:
    """``"competency"`` or ``"level"``: as asked, else the order the source printed things in.

    A framework is taken as published by level when, read in source order (file, page, table,
    line), its statements change level fewer times than they change competency (WSX Mind prints
    each level with all four clusters; Children in Scotland each competency with four level
    columns). Without source locations for most statements, the layout is by competency.

    Examples
    --------
    >>> import compkit
    >>> choose_layout(compkit.load("wsx")), choose_layout(compkit.load("cis"))
    ('level', 'competency')
    """
    if layout not in LAYOUTS:
        raise UsageError(f"unknown layout {layout!r}; expected one of: {', '.join(LAYOUTS)}")
    if layout != "auto":
        return layout
    located = [i for i in fw.indicator_records if i.source.lines or i.source.paragraph is not None]
    if len(fw.level_records) < 2 or len(located) * 2 < len(fw.indicator_records):
        return "competency"

    def where(i: Indicator) -> tuple:
        s = i.source
        return (s.file, s.page or 0, s.table or 0, s.paragraph or 0, s.lines[0] if s.lines else 0)

    ordered = sorted(located, key=where)

    def runs(attr: str) -> int:
        return sum(getattr(a, attr) != getattr(b, attr) for a, b in pairwise(ordered))

    return "level" if runs("level") < runs("competency") else "competency"


def cells(fw: Framework, comp: Competency, role: str | None = None) -> list[Cell]:
    """The cells of ``comp``, lowest level first (only the levels it is described at).

    A level with no statement and no undefined cell in any competency (:func:`empty_levels`,
    one an author has added and not yet written) has no cell: the document says so once. Where
    a role requires such a level of ``comp``, its cell stays (``empty``), headed with the role.

    Each cell names the roles that require its level: ``role``, or every role of a framework
    with three roles or fewer (more names would fill the heading; the role profiles say it).
    """
    roles = [fw.role(role)] if role else list(fw.role_records)
    if not role and len(roles) > 3:
        roles = []
    out = []
    empty, gone = _index(fw)[2], gone_ids(fw)
    for lv in fw.level_records:
        if comp.levels and lv.id not in comp.levels:
            continue
        if lv.id in empty and all(r.required_levels.get(comp.id) != lv.id for r in roles):
            continue
        wanting = []
        for r in roles:
            need = r.required_levels.get(comp.id)
            if need is None:
                continue
            top = fw.level(need)
            if lv.rank == top.rank or (fw.cumulative and lv.rank < top.rank):
                wanting.append(r.name)
        mine = _index(fw)[0].get((comp.id, lv.id), [])
        out.append(
            Cell(
                level=lv,
                roles=tuple(wanting),
                stem=fw.stem_for(comp.id, lv.id),
                effective=tuple(i for i in mine if i.polarity == "effective"),
                ineffective=_paired([i for i in mine if i.polarity == "ineffective"], mine),
                undefined=tuple(_whole(u, fw) for u in comp.undefined if u.level == lv.id),
                ineffective_stem=fw.stem_for(comp.id, lv.id, "ineffective"),
                empty=lv.id in empty,
                gone=gone,
            )
        )
    return out


def _paired(negative: list[Indicator], mine: list[Indicator]) -> tuple[Indicator, ...]:
    """Ineffective statements in the order of the effective ones they mirror, then the rest."""
    order = {i.id: n for n, i in enumerate(mine)}
    return tuple(sorted(negative, key=lambda i: order.get(i.mirrors or i.id, order[i.id])))


def _whole(u: Undefined, fw: Framework) -> Undefined:
    """A cell's effective side undefined is the whole cell where nothing is ineffective.

    An author marking a cell of a one-sided framework (Rent the Runway's ladder) undefined may
    fill the workbook's ``polarity`` column with "effective": the document says "Not defined",
    not "(none)". The framework itself is left as written.
    """
    if u.polarity == "effective" and not has_ineffective(fw):
        return replace(u, polarity=None)
    return u


def has_ineffective(fw: Framework) -> bool:
    """Whether any statement of the framework is an ineffective one."""
    return _index(fw)[1]


def empty_levels(fw: Framework) -> list[Level]:
    """The levels that hold no statement yet, lowest first: a level an author is drafting.

    A level with an undefined cell is not empty: the publisher said something of it, and each
    such cell keeps saying "Not defined by the publisher".

    Examples
    --------
    >>> import compkit
    >>> empty_levels(compkit.load("cis"))
    []
    """
    empty = _index(fw)[2]
    return [lv for lv in fw.level_records if lv.id in empty]


def empty_note(fw: Framework) -> str:
    """One line naming the levels with no statements yet ("" for none), for a by-competency page.

    Its tables leave those levels out (:func:`cells`); this line says why they are missing.
    """
    names = [lv.name for lv in empty_levels(fw)]
    if not names:
        return ""
    if len(names) == 1:
        return f"No statements yet at level {names[0]}."
    return f"No statements yet at levels {', '.join(names[:-1])} and {names[-1]}."


def _index(fw: Framework) -> tuple[dict[tuple[str, str], list[Indicator]], bool, frozenset]:
    """Statements by (competency, level) in order; any ineffective; the empty levels' ids."""
    found = _INDEX.get(fw)
    if found is None:
        by_cell: dict[tuple[str, str], list[Indicator]] = {}
        for i in fw.indicator_records:
            by_cell.setdefault((i.competency, i.level), []).append(i)
        negative = any(i.polarity == "ineffective" for i in fw.indicator_records)
        said = {lv for _, lv in by_cell} | {
            u.level for c in fw.competency_records for u in c.undefined
        }
        empty = frozenset(lv.id for lv in fw.level_records if lv.id not in said)
        found = _INDEX[fw] = (by_cell, negative, empty)
    return found


_BULLETS = ("· ", "• ", "▪ ", "o ")


def passages(fw: Framework) -> list[tuple[bool, str]]:
    """The introduction as (is a list item, text): a typed bullet ("· ") becomes a list item.

    Examples
    --------
    >>> import compkit
    >>> [text for bullet, text in passages(compkit.load("wsx")) if bullet][-2:]
    ['Management', 'Executive']
    """
    out = []
    for p in fw.introduction:
        text = p.text.strip()
        bullet = text.startswith(_BULLETS)
        out.append((bullet, text[2:].strip() if bullet else p.text))
    return out


def groups(fw: Framework) -> list[tuple[str, list[tuple[int | None, Competency]]]]:
    """Competencies under their group's name ("" for none), each with its number or None.

    A group's competencies are shown together, in the order of its first: a competency an author
    added at the foot of the list, in a group met earlier, joins that group rather than
    opening it again at the end. The number is the source's own where the source numbered every
    competency (CiS's "Competency 1:"), else the place in this order; None for a name that
    carries its own number ("1. Manage Self", "A. Leading people"), printed as it is.

    >>> import compkit
    >>> [(g, [(n, c.id) for n, c in cs][:2]) for g, cs in groups(compkit.load("cis"))]
    [('', [(1, 'people'), (2, 'brilliant')])]
    """
    names = {g.id: g.name for g in fw.group_records}
    blocks: dict[str, list[Competency]] = {}
    for comp in fw.competency_records:
        blocks.setdefault(names.get(comp.group or "", ""), []).append(comp)
    ordered = [c for comps in blocks.values() for c in comps]
    unnamed = [c for c in ordered if not own_number(c.name)]
    by_source = bool(unnamed) and all(c.source and c.source.numbers for c in unnamed)
    numbers = iter(range(1, len(ordered) + 1))
    out: list[tuple[str, list[tuple[int | None, Competency]]]] = []
    for group, comps in blocks.items():
        shown: list[tuple[int | None, Competency]] = []
        for comp in comps:
            n = next(numbers)
            if own_number(comp.name):
                shown.append((None, comp))
            else:
                shown.append((comp.source.numbers[0] if by_source else n, comp))
        out.append((group, shown))
    return out


#: A name that opens with its own number or letter: "1. Manage Self", "2.3 Plan", "A) Lead",
#: "IV. Finance", "C1 Communication", "HWB1 Promotion of health", "Capability 3: Finance",
#: "Core dimension 1: Communication", "1.1-Strategic thinking" (Kafaa's clusters), "A.1. IS and
#: Business Strategy Alignment" (the e-CF's). A bare number needs a mark after it ("360
#: Feedback" is a name, so is "360-degree feedback").
_OWN_NUMBER = re.compile(
    r"\(?(?:\d+(?:\.\d+)*[.):]|\d+\.\d+(?:\.\d+)*|[A-Z][.)]|[IVX]+[.)]|[A-Z]{1,4}\d+(?:\.\d+)*[.):]?"
    r"|[A-Z]\.\d+(?:\.\d+)*\.?)\s+\S|\d+(?:\.\d+)+\s*[\u2013\u2014-]\s*[A-Za-z]"
    r"|(?:[A-Za-z]+ ){1,3}\d+(?:\.\d+)*\s*[:.\u2013\u2014-]\s+\S"
)


def own_number(name: str) -> bool:
    """Whether a competency's name carries its own number (the source numbered it in the name).

    >>> names = ("1. Manage Self", "2.3 Plan work", "A) Lead", "HWB1 Promotion of health")
    >>> [own_number(n) for n in (*names, "Core dimension 1: Communication")]
    [True, True, True, True, True]
    >>> [own_number(n) for n in ("1.1-Strategic thinking", "A.1. IS and Business Strategy")]
    [True, True]
    >>> [own_number(n) for n in ("360 Feedback", "Leadership", "3D design", "A team player")]
    [False, False, False, False]
    >>> [own_number(n) for n in ("360-degree feedback", "2-way communication", "A.I. tools")]
    [False, False, False]
    """
    return bool(_OWN_NUMBER.match(name.strip()))


def entry(n: int | None, comp: Competency) -> str:
    """A competency as the contents list shows it: "1. Leadership", or its own numbered name."""
    return comp.name if n is None else f"{n}. {comp.name}"


def groups_at_level(fw, level_id: str, role=None) -> list[tuple]:
    """Per group (its name, or ``None``), the competencies with a cell at ``level_id``.

    Each as ``(number, competency, cell)``, in the order of :func:`groups`; what the by-level
    layouts (Markdown, HTML) show under a level heading.
    """
    out = []
    for group, comps in groups(fw):
        shown = []
        for n, comp in comps:
            cell = next((c for c in cells(fw, comp, role) if c.level.id == level_id), None)
            if cell is not None and not cell.empty:  # said once under the level's heading
                shown.append((n, comp, cell))
        out.append((group, shown))
    return out


def paragraphs(text: str | None) -> list[str]:
    r"""A description's paragraphs: its blank lines part them, as in the framework file.

    >>> paragraphs("Sets the direction.\n\nLeads others.\n"), paragraphs(None)
    (['Sets the direction.', 'Leads others.'], [])
    """
    return [p.strip() for p in re.split(r"\n\s*\n", text or "") if p.strip()]


def heading(fw: Framework, n: int | None, comp: Competency) -> str:
    """A competency's heading: "Competency 1: Supporting our people", or a numbered name as is.

    The number ``n`` is from :func:`groups` (None for a name that carries its own), so a
    source's "1. Manage Self" never reads "Competency 1: 1. Manage Self".
    """
    if n is None:
        return comp.name
    return f"{fw.competency_term.capitalize()} {n}: {comp.name}"


def values_text(fw: Framework, comp: Competency) -> str:
    """The names of the values a competency expresses, comma-separated."""
    names = {v.id: v.name for v in fw.value_records}
    return ", ".join(names[v] for v in comp.values)


def role_table(fw: Framework) -> list[list[str]]:
    """The role profiles in words, a header row first.

    A row per competency and a column per role, or the other way round when there are more
    roles than competencies (the narrower table): each cell the level required, "no level
    stated", or empty.

    Examples
    --------
    >>> import compkit
    >>> role_table(compkit.load("cis"))[:2]
    [['Competency', 'Senior Officer'], ['Supporting our people', 'Level 2']]
    """
    levels = {lv.id: lv.name for lv in fw.level_records}

    def need(r, c) -> str:
        wanted = r.required_levels
        if c.id not in wanted:
            return ""
        return "no level stated" if wanted[c.id] is None else levels[wanted[c.id]]

    comps, roles = fw.competency_records, fw.role_records
    if len(roles) > len(comps):
        head = ["Role", *(c.name for c in comps)]
        return [head] + [[r.name, *(need(r, c) for c in comps)] for r in roles]
    head = [fw.competency_term.capitalize(), *(r.name for r in roles)]
    return [head] + [[c.name, *(need(r, c) for r in roles)] for c in comps]


def american(fw: Framework) -> bool:
    """Whether the framework is written in US English (its generated words are spelled so)."""
    return (fw.language or "").casefold().replace("_", "-") == "en-us"


def language(fw: Framework) -> str:
    """The framework's language tag for a document ("en-GB" when it names none)."""
    return fw.language or "en-GB"


def side_names(fw: Framework) -> tuple[str, str]:
    """The headings of the effective and ineffective sides, in the framework's spelling.

    Examples
    --------
    >>> import compkit
    >>> side_names(compkit.load("cis"))
    ('Effective behaviours', 'Ineffective behaviours')
    """
    word = "behaviors" if american(fw) else "behaviours"
    return f"Effective {word}", f"Ineffective {word}"


def summary(fw: Framework) -> str:
    """One line of what the framework holds: "6 competencies, 4 levels, 62 statements"."""
    from .._words import plural

    negative = sum(i.polarity == "ineffective" for i in fw.indicator_records)
    parts = [
        plural(len(fw.competency_records), fw.competency_term),
        plural(len(fw.level_records), "level"),
        plural(len(fw.indicator_records) - negative, "statement"),
    ]
    if negative:
        positive = len(fw.indicator_records) - negative
        parts[-1:] = [plural(positive, "effective statement")] if positive else []
        parts.append(plural(negative, "ineffective statement"))
    if fw.role_records:
        parts.append(plural(len(fw.role_records), "role"))
    return ", ".join(parts)
