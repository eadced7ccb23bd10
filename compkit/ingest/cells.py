"""Statements from the paragraphs of one cell: list items, wrapped lines, split numbers, stems.

A cell of a framework -- a table cell, or the text under a level heading -- holds statements as
numbered or bulleted items, or as paragraphs. The source's structure is sometimes broken: a
statement wraps over two lines of a text export, or one sentence is spread over several numbers
("2. Act as a positive role model" / "3. to be creative ..." / "4. Mind"). :func:`split_cell`
rebuilds the statements and records every such repair; it never changes a word.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from .._words import plural
from .blocks import OPEN_END, Para, clean, marker
from .report import IngestReport, Note

__all__ = [
    "UNDEFINED",
    "Item",
    "cell_paras",
    "examples_note",
    "lead_note",
    "nested_repair",
    "split_cell",
    "undefined_note",
]

#: Where a cell that refers elsewhere points: "above", "the previous level", "level 5", "L5"
_ELSEWHERE = (
    r"(?:the )?(?:above|below|(?:(?:previous|prior|next|lower|higher) )?(?:level|grade|band)"
    r"(?:\s*\w{1,3})?(?: (?:above|below))?|(?:level|grade|band)s?\s*\d{1,2}(?:\s*(?:above|below))?|"
    r"[a-z]{1,3}-?\d{1,2}(?: (?:above|below))?)"
)
#: Whole-cell texts that say the publisher left the cell undefined.
UNDEFINED = re.compile(
    r"^(?:n/?a|none|nil|not applicable|not (?:yet )?defined(?: by the (?:publisher|author))?|"
    r"not (?:used|in use)|not required|tb[cd]|to be (?:confirmed|decided|defined|determined)|"
    r"no (?:indicators|statements|behaviours|behaviors)(?: at this level)?|[-–—]+|\?|"
    # said as a sentence: "This skill level is currently not defined." (UK DDaT)
    r"(?:this|the) (?:[a-z]+ )?level is (?:currently )?not (?:yet )?(?:defined|used|applicable)|"
    r"not (?:yet )?(?:defined|applicable) (?:at|for) this (?:[a-z]+ )?level|"
    # a cell that refers to another instead of saying more: nothing new at this level
    r"(?:same|as) (?:as )?(?:the )?(?:above|before|previous|prior|lower|level\s*\w{1,3}|"
    r"[a-z]{1,3}-?\d{1,2})(?: level)?|no change(?: from (?:the )?(?:previous|prior) level)?|"
    # ... said another way: "See L5", "Refer to level 4", "As for Level 2", "As per the level
    # above", "Same as level 2 (see above)", "Ditto"
    rf"(?:see|refer to|(?:same )?as (?:for|per|in|at)|same as) {_ELSEWHERE}"
    rf"(?:\s*\((?:see )?(?:above|below)\))?|as {_ELSEWHERE} \((?:see )?(?:above|below)\)|"
    r"ditto)"
    r"\.?$",
    re.IGNORECASE,
)
_EMPTY = re.compile(r"^\((?:none|empty|no statements)\)$", re.IGNORECASE)
_END = (".", "!", "?", ";", ":")
_NOTED = re.compile(r"^not (?:yet )?defined\s*\((.+)\)\.?$", re.IGNORECASE)


#: A cell naming the level it refers to: "Same as Senior", "As for Practitioner (see above)"
_NAMED_ELSEWHERE = re.compile(
    r"^(?:see|refer to|same as|(?:same )?as (?:for|per|in|at)|as) (?:the )?(.+?)(?: level)?"
    r"(?:\s*\((?:see )?(?:above|below)\))?\.?$",
    re.IGNORECASE,
)


def undefined_note(text: str, levels: Collection[str] = ()) -> str | None:
    """The publisher's words when a cell says it is undefined, else None.

    A cell referring to another level by its name ("Same as Senior") is one too, when that name
    is among ``levels``.

    Examples
    --------
    >>> undefined_note("n/a"), undefined_note("Not defined (n/a)"), undefined_note("Listens")
    ('n/a', 'n/a', None)
    >>> undefined_note("TBD."), undefined_note("Same as L1."), undefined_note("As above")
    ('TBD.', 'Same as L1.', 'As above')
    >>> undefined_note("See L5"), undefined_note("Refer to level 4."), undefined_note("Ditto")
    ('See L5', 'Refer to level 4.', 'Ditto')
    >>> undefined_note("As for Level 2"), undefined_note("Same as level 2 (see above)")
    ('As for Level 2', 'Same as level 2 (see above)')
    >>> undefined_note("As level 2, and also mentors others") is None  # more than a reference
    True
    >>> undefined_note("This skill level is currently not defined.")
    'This skill level is currently not defined.'
    >>> undefined_note("The level is set by your manager.") is None
    True
    >>> undefined_note("Same as Senior", ["Junior", "Senior"]), undefined_note("Same as Senior")
    ('Same as Senior', None)
    """
    text = clean(text)
    named = _NAMED_ELSEWHERE.match(text)
    if named and named.group(1).casefold() in {clean(n).casefold() for n in levels}:
        return text
    noted = _NOTED.match(text)
    if noted:
        return noted.group(1)
    return text if UNDEFINED.match(text) else None


@dataclass
class Item:
    """One statement rebuilt from a cell: its text, numbers, paragraphs and any repair."""

    text: str
    numbers: list[int] = field(default_factory=list)
    paras: list[Para] = field(default_factory=list)
    repair: tuple[str, str] | None = None  # (kind, note)
    marked: bool = False  # a list item (numbered or bulleted)
    nested: int = 0  # items of a nested list joined to it (its lead-in ends in ":")
    lead: Para | None = None  # a lead-in line above it, mid-cell ("... mistakes means:")
    examples: list[Para] = field(default_factory=list)  # deeper items marked as its examples

    @property
    def note(self) -> str:
        r"""What the source sets beside the statement, word for word, one part a line.

        Its paragraphs' own notes (their reasons, :attr:`.blocks.Para.note`), then the items
        nested under it that the source marks as its examples (see :func:`split_cell`).

        Examples
        --------
        >>> item = Item("Writes code.", paras=[Para("Writes code.", {}, note="Why: x")])
        >>> item.examples.append(Para("e.g. names things well", {}, depth=1))
        >>> item.note
        'Why: x\ne.g. names things well'
        """
        parts = [p.note for p in self.paras] + [clean(p.text) for p in self.examples]
        return "\n".join(part for part in parts if part)

    @property
    def lines(self) -> list[int]:
        """The source lines of every paragraph in the item."""
        return [n for p in self.paras for n in p.source.get("lines", ())]


_QUOTES = re.compile(r"^[\"'‘’“”(\[]+")
_PARTICLES = frozenset({"on", "in"})  # ending a phrasal verb or adverb: "head on", "join in"


def _continues(item: Item, text: str) -> bool:
    """A numbered item that only continues the previous sentence ("to be creative", "Mind").

    It starts in lower case, or it is one word after an item that already continues a sentence
    over numbers; and the previous item does not end a sentence. An item itself begun in lower
    case ("1. listen to colleagues", "2. explain decisions") is continued only where it breaks
    off mid-sentence ("... and"): in a list written in lower case, the case tells nothing. An
    opening quote is no capital ("‘leading from the front’" / "steps in to help"), and an
    item ending on a particle between items opening alike ("dealing with conflicts head on" /
    "following up on conflicts after resolution") breaks nothing off.
    """
    if not item.text or item.text.rstrip().endswith(_END):
        return False
    words = text.split()
    split = item.repair is not None and item.repair[0] == "joined-split-numbers"
    lower = bool(words) and words[0][:1].islower()
    if (
        lower
        and _opening(item.text)[:1].islower()
        and (not OPEN_END.search(item.text.rstrip()) or _parallel(item.text, text))
    ):
        lower = False
    return bool(words) and (lower or (len(words) == 1 and split))


def _opening(text: str) -> str:
    """The text from its first letter: an opening quote or bracket says nothing of its case."""
    return _QUOTES.sub("", text)


def _parallel(item: str, text: str) -> bool:
    """Two items of one list, the first ending on a particle, both opening on a verb in -ing.

    "dealing with conflicts head on" / "following up on conflicts": "on" ends a phrasal verb
    or adverb here ("head on", "join in"). A preposition wanting its object ("by", "for",
    "of") still breaks a sentence off.
    """
    first, nxt = _opening(item).split()[:1], text.split()[:1]
    return (
        bool(first and nxt)
        and item.rstrip().split()[-1].casefold() in _PARTICLES
        and all(len(w) > 4 and w.casefold().endswith("ing") for w in (first[0], nxt[0]))
    )


def cell_paras(text: str, source: dict, key: str) -> list[Para]:
    r"""A spreadsheet cell's lines as paragraphs, nested lists joined as in Markdown.

    An item ending in ":" over a more indented list is one line, noted as a repair
    (:func:`compkit.ingest.mdlists.join_nested_lists`).

    Examples
    --------
    >>> [p.text for p in cell_paras("- Knows:\n  - tests\n  - tools\n- Asks", {}, "A1")]
    ['- Knows: tests tools', '- Asks']
    """
    from .mdlists import join_nested_lists

    lines, _, notes = join_nested_lists(text.split("\n"))
    return [
        Para(line, source, key=f"{key}:{k}", repair=notes.get(k)) for k, line in enumerate(lines)
    ]


def nested_repair(item: Item, where: str) -> tuple[str, str] | None:
    """The repair of a cell's item that joined a nested list (:func:`cell_paras`), if any."""
    if item.repair and item.repair[1]:
        return item.repair[0], f"In {where}: " + item.repair[1].replace("(lines ", "(its lines ", 1)
    return None


def split_cell(
    paras: list[Para],
    *,
    lines: bool = False,
    blank_separated: bool = False,
    leads: bool = False,
    levels: Collection[str] = (),
) -> tuple[list[Item], Para | None, tuple[str, Para] | None]:
    """Rebuild the statements of one cell.

    A list item more deeply nested (a Word list's deeper bullet) under an item that ends in
    ":" completes it and is joined to it; under any other item it is a statement of its own,
    as in Markdown ("Designs systems" over "Leads design reviews"), unless the source marks
    the nested items as examples: an item ending in "Examples:", "for example:" or "e.g.", a
    nested label "Examples:" (a list item or a line), or a nested item led by "e.g." or "For
    example". Those are the item's ``examples``, kept word for word in its note.

    Parameters
    ----------
    paras : list of Para
        The cell's paragraphs (text lines, for a text source), in order.
    lines : bool
        The paragraphs are lines of a text export: a line without a list marker directly under a
        list item continues it (a wrapped line).
    blank_separated : bool
        The document separates statements by blank lines, so any line directly under another
        continues it.
    leads : bool
        A line ending in ":" in the middle of a cell, over list items, leads into them as a
        stem leads into a cell: it is no statement, and stands as ``lead`` on the first of
        them ("Taking ownership of your mistakes means:" over six bullets, after the bullets
        of "... the success of your project means:"; the caller reports it).
    levels : collection of str
        The framework's level names: a cell referring to one of them ("Same as Senior") says
        nothing of its own, as "See L5" does (:func:`undefined_note`).

    Returns
    -------
    items : list of Item
        The statements, in source order.
    stem : Para or None
        An opening line such as "You can:" that the statements complete.
    undefined : (str, Para) or None
        The cell's own words when it says it is undefined ("n/a", "Not defined").

    Examples
    --------
    >>> from compkit.ingest.blocks import Para
    >>> lines = ["1. Acts as a model", "2. Act as a role model for", "3. innovation at WSX",
    ...          "4. Mind", "5. Reads all", "the papers"]
    >>> paras = [Para(t, {"lines": [i]}) for i, t in enumerate(lines, 1)]
    >>> items, stem, undefined = split_cell(paras, lines=True)
    >>> [(i.text, i.numbers, i.repair[0] if i.repair else None) for i in items]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Acts as a model', [1], None),
     ('Act as a role model for innovation at WSX Mind', [2, 3, 4], 'joined-split-numbers'),
     ('Reads all the papers', [5], 'joined-wrapped-lines')]
    """
    paras = [p for p in paras if clean(p.text)]
    if not paras:
        return [], None, None
    if len(paras) == 1 and _EMPTY.match(clean(paras[0].text)):
        return [], None, None  # "(none)": an empty cell, as compkit's Markdown prints one
    if len(paras) == 1 and (said := undefined_note(marker(paras[0].text)[2], levels)):
        return [], None, (said, paras[0])
    stem = None
    first = clean(paras[0].text)
    number, bullet, _ = marker(paras[0].text)
    if (
        len(paras) > 1
        and first.endswith(":")
        and number is None
        and not bullet
        and not paras[0].bullet
        and paras[0].number is None
    ):
        stem, paras = paras[0], paras[1:]
    marked_cell = any(_is_marked(p) for p in paras)
    items: list[Item] = []
    lead = None
    for k, p in enumerate(paras):
        styled = p.number is not None or p.bullet  # a Word list paragraph: no typed marker
        number, bullet, rest = (p.number, p.bullet, p.text) if styled else marker(p.text)
        is_marked = number is not None or bullet or p.bullet
        text = clean(rest)
        if not text:
            continue
        deeper = bool(items) and items[-1].marked and p.depth > items[-1].paras[0].depth
        if is_marked:
            if deeper and _exemplified(items[-1], text):
                items[-1].examples.append(p)  # "Designs systems, e.g.:" over its examples
                continue
            if deeper and _leads_in(items[-1]):
                _nest(items[-1], text, p)
                continue
            if items and number is not None and items[-1].numbers and _continues(items[-1], text):
                _join(items[-1], text, p, "joined-split-numbers", number)
                continue
            items.append(Item(text, [number] if number is not None else [], [p], marked=True))
            items[-1].lead, lead = lead, None
            if p.repair:
                items[-1].repair = ("joined-wrapped-lines", p.repair)
        elif items and items[-1].marked and _EXAMPLE.match(text) and _deeper(paras, k, items):
            items[-1].examples.append(p)  # a label line "Examples:" over deeper items
        elif items and lines and not p.blank_before and (marked_cell or blank_separated):
            _join(items[-1], text, p, "joined-wrapped-lines", None)
        elif leads and k and _lead_in(text) and k + 1 < len(paras) and _is_marked(paras[k + 1]):
            lead = p  # "Taking ownership of your mistakes means:" over its bullets
        else:
            items.append(
                Item(text, [], [p], repair=("joined-wrapped-lines", p.repair) if p.repair else None)
            )
    return items, stem, None


def lead_note(lead: Para, items: list[Item], where: str) -> str:
    """The report's words for a lead-in line set aside mid-cell (see :func:`split_cell`).

    Examples
    --------
    >>> items = [Item("Owns it", marked=True), Item("Fixes it", marked=True)]
    >>> lead_note(Para("Owning mistakes means:", {}), items, "cell B6")[:60]
    "'Owning mistakes means:' leads into the 2 items below it in "
    """
    n = next((k for k, item in enumerate(items[1:], 1) if item.lead is not None), len(items))
    return (
        f"{clean(lead.text)!r} leads into the {n} item{'s' if n != 1 else ''} below it in "
        f"{where}: read as their lead-in, not a statement; not kept"
    )


def examples_note(items: list[Item]) -> list[Note]:
    """The report's one note on the examples kept in their statements' notes, or none.

    Examples
    --------
    >>> item = Item("Writes clean code, e.g.:", [], [Para("Writes clean code, e.g.:", {})])
    >>> item.examples += [Para("Names things well", {}), Para("Keeps functions short", {})]
    >>> print(examples_note([item])[0].message)  # doctest: +NORMALIZE_WHITESPACE
    2 list items nested under a statement and marked as its examples ('Examples:', 'e.g.',
    'For example') kept in its note, not as statements (1 statement, the first 'Writes clean
    code, e.g.:')
    """
    if not items:
        return []
    n = sum(len(item.examples) for item in items)
    said = (
        f"{plural(n, 'list item')} nested under a statement and marked as its examples "
        "('Examples:', 'e.g.', 'For example') kept in its note, not as statements "
        f"({plural(len(items), 'statement')}, the first {clean(items[0].text)!r})"
    )
    return [Note("guess", said, 0.7, IngestReport.where(items[0].paras[0].source))]


_EG = r"e\.\s?g\.|[pz]\.\s?(?:ex|b)\.|(?:[fp]or|par|zum)\s+(?:ex\b|e[xj][ae]mpl|instance|beisp)"
_WORD = r"(?:e[xj][ae]mpl(?:es?|os?)|beispiele?)"  # example(s), exemplo(s), Beispiel(e)
_EXAMPLE = re.compile(rf"\(?(?:{_EG}|(?:some\s+)?{_WORD}\s*(?:include\b|:|$))", re.I)
_EXAMPLES_END = re.compile(
    rf"\b(?:(?:{_EG})\S*\s*:?|{_WORD}(?<![eo])(?:\s+include)?\s*:)\)?$", re.I
)


def _exemplified(item: Item, text: str) -> bool:
    """Whether a deeper item is ``item``'s example, as the source marks it (:func:`split_cell`).

    Examples
    --------
    >>> _exemplified(Item("Designs systems", marked=True), "Leads design reviews")
    False
    >>> _exemplified(Item("Designs systems, for example:", marked=True), "payments")
    True
    >>> _exemplified(Item("Designs systems", marked=True), "e.g. payments")
    True
    """
    return bool(item.examples or _EXAMPLES_END.search(item.text) or _EXAMPLE.match(text))


def _deeper(paras: list[Para], k: int, items: list[Item]) -> bool:
    """Whether the paragraph after ``paras[k]`` is nested deeper than the last item."""
    return k + 1 < len(paras) and paras[k + 1].depth > items[-1].paras[0].depth


def _lead_in(text: str) -> bool:
    """One sentence that ends in ":" (a sentence before it may be a statement: kept whole).

    Examples
    --------
    >>> _lead_in("Taking ownership of your mistakes means:")
    True
    >>> _lead_in("Consider different options, and discuss with your lead. Some examples:")
    False
    """
    return text.endswith(":") and not re.search(r"[.!?]\s+\S", text)


def _leads_in(item: Item) -> bool:
    """Whether a list item takes the more deeply nested items below it ("… between:")."""
    return item.nested > 0 or (item.marked and item.text.rstrip().endswith(":"))


def _nest(item: Item, text: str, para: Para) -> None:
    """Join an item of a nested list to the item that leads into it, as Markdown's are."""
    item.text = f"{item.text} {text}"
    item.paras.append(para)
    item.nested += 1
    where = [p.source.get("paragraph") for p in item.paras[1:]]
    span = (
        f" (paragraphs {where[0]}-{where[-1]})"
        if None not in where
        else f" (lines {item.lines[1]}-{item.lines[-1]})"
        if len(item.lines) > 1
        else ""
    )
    count = "one item" if item.nested == 1 else f"{item.nested} items"
    item.repair = (
        "joined-wrapped-lines",
        f"This bullet holds a nested list of {count}{span}; the text is the whole bullet, "
        "its lead-in followed by the nested items in order, joined with single spaces.",
    )


def _is_marked(p: Para) -> bool:
    number, bullet, _ = marker(p.text)
    return p.number is not None or p.bullet or number is not None or bullet


def _join(item: Item, text: str, para: Para, kind: str, number: int | None) -> None:
    from .pdfcells import join_lines  # a line-end hyphen: "long-" "term" is "long-term"

    item.text = join_lines(item.text, text)
    item.paras.append(para)
    if number is not None:
        item.numbers.append(number)
    if kind == "joined-split-numbers" or item.repair is None:
        item.repair = (kind, "")
