"""Headings of plain text pasted from Word: a name over its description over its list.

Text copied out of a Word document keeps one paragraph per line and loses every style: a
competency's name is a line of its own, often with its description paragraph between it and
its list of indicators (the APS Integrated Leadership System profiles; a school's values, each
with "Definition: ..." and "Key behaviours:" over its list). :func:`described_heading` tells
such a name from the last line of a paragraph; :func:`long_name` lets a name run to twelve words
("Takes responsibility for managing work projects to achieve results") where it stands alone.
"""

from __future__ import annotations

import re

from .blocks import OPEN_END, Document, Para, clean, marker
from .labels import level_score, polarity_of
from .pdfcells import join_lines, words_of
from .polarity import side_stem
from .sidecolons import side_colon

__all__ = [
    "CHROME",
    "dash_names",
    "described_heading",
    "described_slot",
    "join_descriptions",
    "level_colon",
    "long_name",
    "outline_heads",
    "side_colon",
    "stem_line",
    "title_head",
    "unmarked_items",
]


#: A web page's own furniture, saved with its text: never the framework's title.
CHROME = re.compile(
    r"^(?:skip (?:to (?:the )?(?:main )?(?:content|navigation)|navigation)|jump to (?:main )?"
    r"(?:content|navigation)|(?:back|go) to (?:the )?top(?: of (?:the )?page)?|"
    r"(?:top |main )?(?:[A-Z]{2,8} )?menu|(?:[\w&'’.-]+ ){0,3}logo|"
    r"search|print(?: this page)?|"
    r"share(?: this page)?|you are here:?.*)$",
    re.IGNORECASE,
)


def _alone(lines: list[str], i: int) -> bool:
    """Whether line ``i`` opens a paragraph: the first line, or a blank line above it."""
    return i == 0 or not lines[i - 1].strip()


def _item(line: str) -> bool:
    number, bullet, _ = marker(line.strip())
    return number is not None or bullet


def long_name(lines: list[str], i: int) -> bool:
    """A name of nine to twelve words standing alone: capitalised, no stop, blank line above.

    Examples
    --------
    >>> long_name(["", "Takes responsibility for managing work projects to achieve results"], 1)
    True
    >>> long_name(["Plans", "the work of the team so that each member knows what to do next"], 1)
    False
    """
    text = clean(lines[i])
    words = text.split()
    return (
        9 <= len(words) <= 12
        and _alone(lines, i)
        and text[:1].isupper()
        and not text.endswith((".", ";", ",", ":", "!", "?"))
        and not OPEN_END.search(text)
        and not _item(lines[i])
    )


def described_heading(
    lines: list[str], nonblank: list[int], k: int, known: frozenset | dict = frozenset()
) -> list[int]:
    """The description's lines when the line at ``nonblank[k]`` names a description and a list.

    The line opens a paragraph and stands over one paragraph of sentences (ending with a stop;
    on one line, or wrapped over several as a PDF's text is), directly over a list (a stem
    line such as "Key behaviours:" may stand between). A name over another such name ("Achieves
    results" over "Takes responsibility for managing work projects to achieve results", then
    its description) heads that name, not a description. Else an empty list.

    Examples
    --------
    >>> lines = ["", "Thinks strategically", "Understands the work environment.", "• Plans."]
    >>> described_heading(lines, [1, 2, 3], 0)
    [2]
    >>> described_heading(["Plans the", "work of the team.", "• Plans."], [0, 1, 2], 0)
    []
    >>> lines = ["Achieves results", "", "Manages projects", "Sees work through.", "• Plans."]
    >>> described_heading(lines, [0, 2, 3, 4], 0), described_heading(lines, [0, 2, 3, 4], 1)
    ([], [3])

    A group's name directly above the first name (a PDF's page, copied) leaves it a name:

    >>> lines = ["Personal Attributes", "Manage Self", "Shows drive.", "• Models initiative"]
    >>> described_heading(lines, [0, 1, 2, 3], 1)
    [2]
    """
    found = _described(lines, nonblank, k, known)
    return [] if found and _described(lines, nonblank, k + 1, known) else found


_STOPS = (".", "!", ")")


def _described(lines: list[str], nonblank: list[int], k: int, known=frozenset()) -> list[int]:
    """:func:`described_heading` without its look at the line below.

    A line ``known`` as a heading (a PDF's, by its font) ends the description.
    """
    if k + 2 >= len(nonblank):
        return []
    i = nonblank[k]
    under = (  # a name directly under a group's name
        i > 0
        and _alone(lines, i - 1)
        and _label_line(clean(lines[i - 1]))
        and _label_line(clean(lines[i]))
    )
    if not (_alone(lines, i) or under) or OPEN_END.search(clean(lines[i])) or _item(lines[i]):
        return []  # a paragraph's first line, broken mid-sentence ("Plans the")
    j = k + 1  # the description: lines run on until a blank line or a list item
    first = clean(lines[nonblank[j]])
    if _item(lines[nonblank[j]]) or stem_line(lines[nonblank[j]]) or not first[:1].isupper():
        return []
    while j + 1 < len(nonblank) and nonblank[j + 1] == nonblank[j] + 1:
        below = lines[nonblank[j + 1]]
        if _item(below) or stem_line(below) or _level_line(below) or nonblank[j + 1] in known:
            break
        j += 1
    if (
        j > k + 1
        and not first.endswith(_STOPS)
        and not OPEN_END.search(first)
        and len(first.split()) <= 8
        and clean(lines[nonblank[k + 2]])[:1].isupper()
    ):
        return []  # a name directly over a name and its description, not a wrapped line
    if not clean(lines[nonblank[j]]).endswith(_STOPS) or j + 1 >= len(nonblank):
        return []
    after = nonblank[j + 1]
    if (stem_line(lines[after]) or _level_line(lines[after])) and j + 2 < len(nonblank):
        after = nonblank[j + 2]  # "Key behaviours:", or a level's heading, over the list
    return nonblank[k + 1 : j + 1] if _item(lines[after]) else []


def _level_line(line: str) -> bool:
    """A level's heading on a line of its own ("Level 3 – Example Grade: Executive Officer")."""
    text = clean(line)
    return 0 < len(text.split()) <= 8 and not _item(line) and level_score(text) >= 0.8


def described_slot(lines: list[str], nonblank: list[int], about: list[int]) -> str:
    """The slot of a name over its description (``about``): over a level's heading, or a list.

    A name whose description stands over a level's heading ("Seeing the Big Picture", its
    description, "Level 3 – Example Grade: Executive Officer", the list) heads that heading,
    as a competency heads its levels.

    Examples
    --------
    >>> lines = ["Plans", "Sets goals.", "Level 3", "• Plans the work"]
    >>> plain = ["Plans", "Sets goals.", "• Plans the work"]
    >>> described_slot(lines, [0, 1, 2, 3], [1]), described_slot(plain, [0, 1, 2], [1])
    ('heading over a heading', 'heading over a list')
    """
    k = nonblank.index(about[-1]) + 1 if about else len(nonblank)
    over = k + 1 < len(nonblank) and _level_line(lines[nonblank[k]])
    return "heading over a heading" if over else "heading over a list"


def level_colon(text: str) -> bool:
    """A level's or a side's name closed by a colon ("Level 1:", "Ineffective behaviours:").

    A label, not a stem: "Effective behaviours:" reads as a level's name, and "Ineffective
    behaviours:" beside it names the other side (its items were read as effective).
    """
    named = text.endswith(":") and len(text.split()) <= 4 and level_score(text[:-1]) >= 0.8
    named = named and not side_stem(text)  # "Effective people:" is a side's stem
    return named or side_colon(text)


def stem_line(line: str) -> bool:
    """A line such as "You can:" that the list below it completes."""
    text = clean(line)
    number, bullet, _ = marker(line)
    return (
        text.endswith(":")
        and number is None
        and not bullet
        and len(text.split()) <= 8
        and not level_colon(text)
    )


def join_descriptions(doc: Document, paras: list[Para], described: set[int]) -> None:
    """Mark the description lines; join a description wrapped over lines into one paragraph.

    Text copied out of a PDF breaks each paragraph into lines; they are joined with a space (a
    line-end hyphen mended as the document spells the word elsewhere), and the report says how
    many descriptions were joined.

    Examples
    --------
    >>> paras = [Para("Plans", {}), Para("Sets goals", {"lines": [2]}, key="L2"),
    ...          Para("for the team.", {"lines": [3]}, key="L3")]
    >>> doc = Document([])
    >>> join_descriptions(doc, paras, {1, 2})
    >>> paras[1].text, paras[1].describes, paras[1].source, paras[2].text
    ('Sets goals for the team.', True, {'lines': [2, 3]}, '')
    """
    runs: list[list[int]] = []
    for i in sorted(described):
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    joined, words = 0, words_of(p.text for p in paras)
    for run in runs:
        head = paras[run[0]]
        head.describes = True
        if len(run) == 1:
            continue
        joined += 1
        head.text = clean(head.text)
        for i in run[1:]:  # a line-end hyphen as the document spells the word elsewhere
            head.text = join_lines(head.text, clean(paras[i].text), words)
        head.source = {  # a PDF's page kept
            **head.source,
            "lines": [n for i in run for n in paras[i].source.get("lines", [])],
        }
        doc.all_keys[head.key] = (head.text, head.source)
        for i in run[1:]:
            doc.all_keys.pop(paras[i].key, None)
            paras[i] = Para("", paras[i].source, key=paras[i].key)
    if joined:
        doc.notes.append(
            ("repair", f"{joined} descriptions wrapped over lines joined into paragraphs", 0.8)
        )


def _label_line(text: str, most: int = 8) -> bool:
    """A name: capitalised, ``most`` words or fewer, no stop."""
    return (
        bool(text)
        and len(text.split()) <= most
        and text[:1].isupper()
        and not text.endswith((".", ";", ",", "!", "?"))
    )


def unmarked_items(lines: list[str]) -> tuple[list[str], list[tuple]]:
    """Lines of a list that lost its bullets, marked as list items again; the report's note.

    Text pasted from Word without its formatting keeps one paragraph per line and drops every
    bullet: a name, perhaps a level's name ("Highly Advanced") or a side ("Ineffective"), then
    one indicator a line, a blank line before the next name. Only in a text with no list
    marker at all, and only where two or more blocks have that shape: each line after the
    name (and level) begins with a capital and the line before it ends no sentence half-way
    (a PDF's wrapped lines do). The lines are marked "• ", their words unchanged.

    Examples
    --------
    >>> text = ["Manage Self", "Models initiative", "Acts on feedback", "",
    ...         "Act with Integrity", "Advanced", "Sets a tone of integrity", "Acts promptly"]
    >>> [line for line in unmarked_items(text)[0] if line.startswith("•")]
    ['• Models initiative', '• Acts on feedback', '• Sets a tone of integrity', '• Acts promptly']
    """
    if any(_item(line) for line in lines):
        return lines, []
    blocks, start = [], None
    for i, line in enumerate([*lines, ""]):
        if line.strip() and start is None:
            start = i
        elif not line.strip() and start is not None:
            blocks.append(range(start, i))
            start = None
    found: list[int] = []
    shaped = 0
    for block in blocks:
        texts = [clean(lines[i]) for i in block]
        if len(texts) < 3 or not _label_line(texts[0], 12) or OPEN_END.search(texts[0]):
            continue
        h = 2 if level_score(texts[1]) >= 0.8 or polarity_of(texts[1]) else 1
        body = texts[h:]
        if len(body) < 2 or any(
            not t[:1].isupper() or OPEN_END.search(before)
            for before, t in zip(texts[h - 1 : -1], body, strict=True)
        ):
            continue
        shaped += 1
        found += list(block)[h:]
    if shaped < 2:
        return lines, []
    out = [f"• {line.strip()}" if i in found else line for i, line in enumerate(lines)]
    note = (
        "guess",
        f"{len(found)} lines under {shaped} names read as list items, one statement a line: "
        "no line has a bullet (text pasted without its formatting)",
        0.7,
    )
    return out, [note]


_MAJOR = re.compile(r"^\s*(\d{1,2})[.)]?\s+(\S.*)$")
_MINOR = re.compile(r"^\s*(\d{1,2})\.\d{1,2}\.?\s+\S")


def outline_heads(lines: list[str]) -> dict[int, tuple[str, str, int]]:
    """Numbered names over items numbered under them ("1. Manage Self" over "1.1", "1.2").

    Word's outline numbering, pasted as text, keeps its numbers and loses its styles: "1." is
    a heading when items "1.1", "1.2" ... follow it (a line or two, such as a level's name, may
    stand between). Returns ``line -> (slot, name, number)``.

    Examples
    --------
    >>> outline_heads(["1. Manage Self", "Advanced", "1.1 Models initiative", "1.2 Acts",
    ...                "2. Act with Integrity", "2.1 Sets a tone"])
    {0: ('numbered outline (N. name)', 'Manage Self', 1), 4: ('numbered outline (N. name)', \
'Act with Integrity', 2)}
    """
    out = {}
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    for k, i in enumerate(nonblank):
        m = _MAJOR.match(lines[i])
        if not m or not _label_line(clean(m.group(2)), 12) or _MINOR.match(lines[i]):
            continue
        for j in nonblank[k + 1 : k + 4]:
            sub = _MINOR.match(lines[j])
            if sub:
                if sub.group(1) == m.group(1):
                    out[i] = ("numbered outline (N. name)", clean(m.group(2)), int(m.group(1)))
                break
    return out


#: "Customer Focus - builds and maintains customer satisfaction ...": a name, a dash, a definition.
_DASH_NAME = re.compile(r"^([A-Z][^\s.:;,!?]*(?:\s+[^\s.:;!?]+){0,5}?)\s+[-–—]\s+(\S.*[.!?])$")


def dash_names(
    lines: list[str], places: list[dict], tables: dict[int, list]
) -> tuple[list[str], list[dict], dict[int, list], set[int], list[tuple]]:
    """A name and its definition on one line, over a list: the name a heading, the rest its text.

    "Customer Focus - builds and maintains customer satisfaction with the products and services
    offered by the organization." over the competency's bullets (Washington State's competency
    pages): the words before the dash (six or fewer, no level's name) name the competency, and
    the sentence after it, four words or more, describes it. Only where two or more lines have
    that shape, each directly over a list item (blank lines between). Returns the lines (the
    definition on a line of its own, at the same place), their places, the tables placed at
    their lines (:func:`compkit.ingest.tabtables.tab_tables`) moved with them, the definitions'
    lines (descriptions, never statements) and the report's note.

    Examples
    --------
    >>> lines = ["Customer Focus - builds and keeps customer satisfaction.", "",
    ...          "• Seeks feedback.", "Business Alignment - aligns the business line.",
    ...          "• Integrates."]
    >>> places = [{"lines": [n]} for n in range(1, 6)]
    >>> out, places, tables, described, notes = dash_names(lines, places, {})
    >>> out[:3], sorted(described), places[1]
    (['Customer Focus', 'builds and keeps customer satisfaction.', ''], [1, 5], {'lines': [1]})
    """
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    found = {}
    for k, i in enumerate(nonblank[:-1]):
        m = _DASH_NAME.match(clean(lines[i]))
        if (
            m
            and not _item(lines[i])
            and _item(lines[nonblank[k + 1]])
            and len(m.group(2).split()) >= 4
            and level_score(m.group(1)) < 0.8
        ):
            found[i] = m
    if len(found) < 2:
        return lines, places, tables, set(), []
    out, where, described = [], [], set()
    tables = {i + sum(f < i for f in found): grid for i, grid in tables.items()}
    for i, line in enumerate(lines):
        if i in found:
            out += [found[i].group(1), found[i].group(2)]
            where += [places[i], places[i]]
            described.add(len(out) - 1)
        else:
            out.append(line)
            where.append(places[i])
    names = ", ".join(repr(m.group(1)) for m in list(found.values())[:3])
    note = (
        "guess",
        f"{len(found)} lines read as a name, a dash and its definition ({names}, ...): each name "
        "heads the list below it, its definition the description",
        0.7,
    )
    return out, where, tables, described, [note]


def title_head(lines: list[str], heads: dict) -> dict:
    """The heads without the document's first line when it heads nothing: that line is its title.

    "BEHAVIOURAL SKILLS FRAMEWORK" over "COMMUNICATION", both in capitals, over the levels: a
    line in capitals directly over another holds nothing, and the next one closes it.

    Examples
    --------
    >>> lines = ["BEHAVIOURAL SKILLS FRAMEWORK", "", "COMMUNICATION", "Level 1", "Listens"]
    >>> heads = {0: ("CAPITALS", lines[0], None), 2: ("CAPITALS", lines[2], None),
    ...          3: ("Level N", lines[3], None)}
    >>> sorted(title_head(lines, heads))
    [2, 3]
    """
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    if len(nonblank) < 2 or nonblank[0] not in heads or nonblank[1] not in heads:
        return heads
    first, second = heads[nonblank[0]], heads[nonblank[1]]
    if first[0] != second[0] or first[0] != "CAPITALS":
        return heads  # a Markdown page's "# Title" is read by its depth, a PDF's by its font
    return {i: h for i, h in heads.items() if i != nonblank[0]}
