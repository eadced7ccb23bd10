"""The shape every document reader produces: labelled regions of paragraphs.

Word, PDF and text readers all turn a document into :class:`Region` records: a run of
paragraphs together with the *labels* above it -- the headings it sits under, the column header of
its table cell, the row header beside it. Which labels name levels and which name competencies is
decided later, by :mod:`compkit.ingest.labels`, for every kind of document alike. This module also
holds the text helpers every reader shares: the faithful clean-up of a statement (whitespace and
holds the text helpers every reader shares: the faithful clean-up of a statement (whitespace only)
"""

from __future__ import annotations

import re
import unicodedata
from contextvars import ContextVar
from dataclasses import dataclass, field

from .levelabroad import NOUNS as ABROAD

__all__ = [
    "OPEN_END",
    "Document",
    "Label",
    "Para",
    "Region",
    "atx_heading",
    "clean",
    "clean_note",
    "file_name_title",
    "marker",
    "numbered_heading",
    "numbered_name",
    "slug",
    "unbulleted",
    "windows_marks",
    "wrapped",
]

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\x81\x8d\x8f\x90\x9d]")
#: The C1 control characters that stand for Windows-1252 marks: text saved from Windows in its
#: own encoding and read back as Latin-1 (or pasted through such a tool) keeps U+0092 for ’,
#: U+0096 for – and so on. No one types a C1 control on purpose: each is read as the mark its
#: byte is in Windows-1252 (the five bytes Windows-1252 leaves undefined are dropped).
_WINDOWS_MARKS = {
    c: bytes([c]).decode("cp1252")
    for c in range(0x80, 0xA0)
    if c not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}
_C1 = re.compile(r"[\x80-\x9f]")
#: Which C1 characters :func:`clean` has read as Windows-1252 marks in this ingest (its report
#: says so: :func:`windows_marks`).
_SEEN: ContextVar[set[str] | None] = ContextVar("compkit_windows_marks", default=None)
# "4.", "(4)", "4)", and outline numbers "1.2" or "1.2." before a capital (the last part
# counts): "1.1 Accepts" is item 1 of its list, never item 1 with "1 Accepts" as its text; "1.5
# days a week" is no list item
_NUMBERED = re.compile(
    r"^\s*\(?(?:(?:\d{1,3}\.)+(\d{1,3})\.?\)?\s+(?=[A-Z\"'(‘“])|"
    r"(\d{1,3})(?:\.(?!\d)|\)|\.\))\s*(?=\S))"
)
# \uf0b7, \uf0a7, \uf076, \uf0d8: Symbol and Wingdings bullets as a PDF's text layer gives them;
# lower-case letters and roman numerals ("a)", "(b)", "c.", "iv)") mark items as bullets do (a
# government framework's lettered lists): the letter is list markup, not part of the statement
_BULLET = re.compile(
    r"^\s*(?:[•·▪◦‣∙●○■□➢➤►✓\uf0b7\uf0a7\uf076\uf0d8\uf0fc]\s*|[-–—*]\s+|o\s+(?=[A-Z])|"
    r"\(?(?:[a-h]|i{1,3}|iv|vi{0,3}|ix|x)(?:\)|\.(?=\s+[A-Z]))\s+)(?=\S)"
)


def clean(text: str) -> str:
    r"""A statement as compkit keeps it: whitespace runs collapsed, every mark as printed.

    Control characters (a Word soft break ``\v`` is whitespace and collapses like any other)
    are dropped; nothing else changes: curly and straight apostrophes and quotation marks stay
    as the source has them (a mix of them is the checker's T012 to report, not ingest's to
    hide).

    Examples
    --------
    A C1 control character standing for a Windows-1252 mark (U+0092 for ’) is read as that mark
    (:data:`_WINDOWS_MARKS`); the ingest report says which were found (:func:`windows_marks`).

    >>> clean("  It’s   a\vtest\t"), clean("Team\x92s work \x96 shared")
    ('It’s a test', 'Team’s work – shared')
    """
    if _C1.search(text):
        seen = _SEEN.get()
        if seen is not None:
            seen.update(_C1.findall(text))
        text = text.translate(_WINDOWS_MARKS)
    return " ".join(_CONTROL.sub("", text).split())


def clean_note(text: str) -> str:
    r"""A statement's note as compkit keeps it: each line :func:`clean`, its line breaks kept.

    A note may run over lines and paragraphs (a line break in Word, ``<br>`` on a web page, a
    hard break in Markdown); a blank line between paragraphs stays one, none at either end.

    Examples
    --------
    >>> clean_note("  Why this level:  P2. \n\n\n Sources:\tSFIA.\n")
    'Why this level: P2.\n\nSources: SFIA.'
    """
    lines = [clean(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def windows_marks(read) -> tuple[object, str | None]:
    r"""Run ``read()`` and say which C1 characters :func:`clean` read as Windows-1252 marks.

    Returns what ``read`` returned and a sentence for the ingest report (None when there were
    none).

    Examples
    --------
    >>> windows_marks(lambda: clean("Teams best"))[1]
    "control characters read as the Windows-1252 marks they stand for (U+0092 as '’', U+0093 as
    '“', U+0094 as '”'): the text was saved in Windows' encoding and read as another on its way"
    """
    token = _SEEN.set(set())
    try:
        got = read()
        seen = sorted(_SEEN.get() or ())
    finally:
        _SEEN.reset(token)
    if not seen:
        return got, None
    said = ", ".join(
        f"U+{ord(c):04X} as {_WINDOWS_MARKS[ord(c)]!r}"
        if ord(c) in _WINDOWS_MARKS
        else f"U+{ord(c):04X} dropped (Windows-1252 has no mark for it)"
        for c in seen
    )
    return got, (
        f"control characters read as the Windows-1252 marks they stand for ({said}): the text "
        "was saved in Windows' encoding and read as another on its way"
    )


def marker(text: str) -> tuple[int | None, bool, str]:
    """Split a list marker from a line: ``(number, is_bullet, rest)``.

    Examples
    --------
    >>> marker("4.     Able to communicate")
    (4, False, 'Able to communicate')
    >>> marker("• Listens well"), marker("Plain text")
    ((None, True, 'Listens well'), (None, False, 'Plain text'))
    >>> marker("1.2 Seeks feedback"), marker("2.10. Leads"), marker("1.5 days a week")
    ((2, False, 'Seeks feedback'), (10, False, 'Leads'), (None, False, '1.5 days a week'))

    Lettered items are list items (their letter is markup); a sentence is not:

    >>> marker("a) Models initiative"), marker("(iv) Leads"), marker("b. Listens")
    ((None, True, 'Models initiative'), (None, True, 'Leads'), (None, True, 'Listens'))
    >>> marker("a. m. meetings"), marker("i.e. the team"), marker("A) Heading")
    ((None, False, 'a. m. meetings'), (None, False, 'i.e. the team'), (None, False, 'A) Heading'))
    """
    m = _NUMBERED.match(text)
    if m:
        return int(m.group(1) or m.group(2)), False, text[m.end() :]
    m = _BULLET.match(text)
    if m and text[m.end() :].strip():
        return None, True, text[m.end() :]
    return None, False, text


def unbulleted(text: str) -> str:
    """A paragraph's text without a bullet typed before it ("- ", "* ", "• "): markup, not words.

    For introductions and descriptions, whose paragraphs keep no list structure of their own.

    Examples
    --------
    >>> unbulleted("*   A learner who adopts"), unbulleted("1. First"), unbulleted("Plain")
    ('A learner who adopts', '1. First', 'Plain')
    """
    number, bullet, rest = marker(clean(text))
    return clean(rest) if bullet and number is None else clean(text)


_FILE_NUMBER = re.compile(r"^\d{1,3}(?:[._)-]+[ _-]*|[ _-]+)(?=\S)")


def file_name_title(stem: str) -> str:
    """A name made from a file name: no leading number, words spaced, the first capitalised.

    For a competency the document does not name; the report says where it came from. A file
    name with nothing to tidy (one plain word, "ladder") is kept as it is.

    Examples
    --------
    >>> file_name_title("01._planning"), file_name_title("03_widget-skills")
    ('Planning', 'Widget skills')
    >>> file_name_title("postman-osc"), file_name_title("ladder"), file_name_title("2024")
    ('Postman osc', 'ladder', '2024')
    """
    words = " ".join(re.sub(r"[_-]+", " ", _FILE_NUMBER.sub("", stem.strip())).split())
    if not words or words == stem:
        return stem
    return words[:1].upper() + words[1:]


_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$")
_ATX_CLOSE = re.compile(r"(?:^|[ \t]+)#+$")


def atx_heading(line: str) -> tuple[int, str] | None:
    r"""A Markdown (ATX) heading's depth and text, or None when the line is no such heading.

    As CommonMark reads it: the optional closing run of ``#`` (after a space) is not part of
    the text; a ``#`` with no space before it, or escaped (``\#``), is.

    Examples
    --------
    >>> atx_heading("## Level 2 ##"), atx_heading("# C# #"), atx_heading("#hashtag")
    ((2, 'Level 2'), (1, 'C#'), None)
    >>> atx_heading("### ###")
    (3, '')
    """
    m = _ATX.match(line)
    if not m:
        return None
    return len(m.group(1)), _ATX_CLOSE.sub("", m.group(2) or "").strip()


OPEN_END = re.compile(
    r"(?:[,;:(–-]|\b(?:a|an|the|of|to|and|or|with|for|in|on|by|at|from|as|their|its|own|that|"
    r"which|into|about|but|not|is|are|be|such|than|more|less|across|within|without|what|whether|"
    r"whose|because|including|via|between|among|onto|towards?|per|every))$",
    re.IGNORECASE,
)  # a line that ends mid-sentence: the text runs on


_LEVEL_PREFIXES = frozenset(["level", "grade", "band", "tier", "stage", "step", "lvl"])
# "Cluster 3 - Name"; "Table 2-1. Name", a table numbered in its chapter, is table 1 (not "1. Name")
_PREFIXED = re.compile(r"^([A-Z][A-Za-z]+)\s+(?:\d{1,3}[-–.])?(\d{1,3})\s*[:.–-](?!\d)\s*(\S.*)$")


def numbered_heading(text: str) -> tuple[str, int, str] | None:
    """Split "Competency 2: Being brilliant" into ``('Competency', 2, 'Being brilliant')``.

    Examples
    --------
    >>> numbered_heading("Cluster 3 - Managing Work"), numbered_heading("Managing Work")
    (('Cluster', 3, 'Managing Work'), None)
    >>> numbered_heading("Level 1 – AA/AO") is None, numbered_heading("Niveau 1 – Starter") is None
    (True, True)

    A caption numbered within its chapter (the US Army's "Table 4-3. Name") keeps its name
    whole; a number run on into another is no heading's:

    >>> numbered_heading("Table 4-3. Builds trust"), numbered_heading("Table 4-3 Builds trust")
    (('Table', 3, 'Builds trust'), None)
    """
    m = _PREFIXED.match(clean(text))
    if (
        m is None
        or m.group(1).lower() in _LEVEL_PREFIXES
        or re.fullmatch(ABROAD, m.group(1).lower())
    ):
        return None  # "Level 1 – Associate": a level's name, its number part of it
    return (m.group(1), int(m.group(2)), m.group(3))


_NUMBERED_NAME = re.compile(
    r"^(?:(?:level|grade|band|tier|stage|step)\s+)?(\d{1,2})\s*[-–—:]\s*(\S.*)$", re.IGNORECASE
)


def numbered_name(text: str) -> tuple[int, str] | None:
    """Split a plain level line, "1 - Novice" or "Level 2: Practitioner", into number and name.

    Examples
    --------
    >>> numbered_name("1 - Novice"), numbered_name("Level 2: Practitioner")
    ((1, 'Novice'), (2, 'Practitioner'))
    >>> numbered_name("Level 2") is None, numbered_name("1. Listens") is None
    (True, True)
    """
    m = _NUMBERED_NAME.match(clean(text))
    return (int(m.group(1)), m.group(2)) if m else None


def slug(text: str, *, words: int = 5, fallback: str = "x") -> str:
    """A short id from a name: lower-case words joined by ``-``.

    Examples
    --------
    >>> slug("Partnerships & Working With Others")
    'partnerships-working-with-others'
    >>> slug("Level 1"), slug("***", fallback="c")
    ('level-1', 'c')
    >>> slug("2ⁿ (level 0)"), slug("Développement durable")
    ('2n-level-0', 'developpement-durable')

    A "+" closing a word is "plus" ("and above"), so "Principal+" is not "Principal":

    >>> slug("Principal+ Engineer"), slug("C++ Developer")
    ('principal-plus-engineer', 'c-developer')
    """
    text = re.sub(r"(?<=[^\W_])\+(?![\w+])", " plus", clean(text))  # "L5+", not "C++"
    plain = unicodedata.normalize("NFKD", text.lower().replace("'", ""))
    plain = "".join(c for c in plain if not unicodedata.combining(c))  # "é" is "e", "ⁿ" "n"
    parts = re.findall(r"[a-z0-9]+", plain)
    out = "-".join(parts[:words])[:48].strip("-")
    return out or fallback


@dataclass
class Para:
    """One paragraph (or text line) of a document, as printed, with where it stands.

    Attributes
    ----------
    text : str
        The raw text (before :func:`clean`).
    source : dict
        Its location in the file format's terms (``lines``, ``paragraph``, ``table``, ``page``).
    number : int or None
        The list number printed or generated for it.
    bullet : bool
        True for a bulleted list item.
    blank_before : bool
        A blank line stands before it (text sources).
    key : str
        A unique key, used to tell which paragraphs went into the framework.
    italic : bool
        Set in italics (Word: marks a role name under a level).
    repair : str or None
        A note when the reader already joined the paragraph from parts of the source (an HTML
        list item with a nested list).
    depth : int
        How deep in a nested list the item stands (Word: 0 for a top-level item, 1 for an item
        of a list nested in it, ...).
    describes : bool
        A one-line description set under a bold name ("**Scope**" over "*Area of ownership*"):
        the description of what the name heads, never a heading or a statement.
    aside : bool
        A paragraph set wholly in bold or italics among plain statements ("**Experience:
        Typically requires 2 years.**"): a note on the level, not a statement.
    note : str
        What the source sets beside the paragraph's statement that is not the statement
        itself, word for word (its reasons "Why this level: ...", evidence, sources): the
        reader cut it off the text; it becomes the statement's ``note``.
    """

    text: str
    source: dict
    number: int | None = None
    bullet: bool = False
    blank_before: bool = False
    key: str = ""
    italic: bool = False
    repair: str | None = None
    depth: int = 0
    describes: bool = False
    aside: bool = False
    note: str = ""


@dataclass(frozen=True)
class Label:
    """A heading, column header or row header above a region.

    ``slot`` names the kind of label ("Heading 2", "column header", "section heading", ...);
    labels of one slot are all levels, or all competencies, and so on. ``roles`` are the role
    names marked on a level column (shading, or a role name beside the level).
    """

    text: str
    slot: str
    source: tuple = ()
    roles: tuple[str, ...] = ()
    number: int | None = None
    key: str = ""

    @property
    def where(self) -> dict:
        """The label's source location as a dict."""
        return dict(self.source)


@dataclass
class Region:
    """Paragraphs under the same labels: a table cell, or the text below a heading."""

    labels: tuple[Label, ...]
    paras: list[Para]
    in_table: bool = False
    source: dict = field(default_factory=dict)
    pair: tuple | None = None  # (table, row): cells of one row pair their statements
    scale: bool = False  # a row of a proficiency scale's table (see .scalecolumns)
    describes_level: bool = False  # its text is its level's description (see .scalecolumns)


@dataclass
class Document:
    """A document read into labelled regions, plus what stands before the first label."""

    regions: list[Region]
    title: Para | None = None
    subtitle: Para | None = None
    introduction: list[Para] = field(default_factory=list)
    level_names: list[str] = field(default_factory=list)  # levels an introduction lists
    roles: dict[str, dict[str, str | None]] = field(default_factory=dict)  # a roles table
    role_source: dict = field(default_factory=dict)
    #: "role" or "value" -> name -> (description, source): see .describedtables
    descriptions: dict[str, dict[str, tuple[str, dict]]] = field(default_factory=dict)
    kind: str = "text"
    structure: str = ""  # how the reader saw it: "tables", "flattened tables", "outline"
    notes: list[tuple[str, str, float]] = field(default_factory=list)  # (kind, message, conf.)
    all_keys: dict[str, tuple[str, dict]] = field(default_factory=dict)  # key -> (text, source)
    meta: dict[str, str] = field(default_factory=dict)  # organisation, language (front matter)
    slots: dict[str, str] = field(default_factory=dict)  # kind -> slot, when the reader knows
    slot_reasons: dict[str, tuple[str, float]] = field(default_factory=dict)  # kind -> why, conf.
    marked_levels: frozenset[str] = frozenset()  # compkit's marks' level names, lower case
    level_order: str = "the introduction's list"  # where level_names come from
    one_side_stems: frozenset[str] | None = None  # compkit's Markdown: see .sidestems
    values: list[tuple[str, str, dict]] = field(default_factory=list)  # a data file's own


def wrapped(paras: list[Para]) -> list[Para]:
    """Text lines one under the other, the first ending mid-sentence: one wrapped paragraph."""
    out: list[Para] = []
    for p in paras:
        last = out[-1] if out else None
        lines, prev = p.source.get("lines"), last.source.get("lines") if last else None
        if (
            last is not None
            and lines
            and prev
            and not p.blank_before
            and lines[0] == prev[-1] + 1
            and p.source.get("page") == last.source.get("page")
            and marker(p.text)[0] is None
            and not marker(p.text)[1]
            and (clean(p.text)[:1].islower() or OPEN_END.search(clean(last.text)))
        ):
            out[-1] = Para(f"{last.text} {p.text}", {**last.source, "lines": [*prev, *lines]})
            out[-1].key = f"{last.key} {p.key}"
            continue
        out.append(p)
    return out
