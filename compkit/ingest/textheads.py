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

__all__ = [
    "CHROME",
    "described_heading",
    "join_descriptions",
    "level_colon",
    "long_name",
    "outline_heads",
    "stem_line",
    "unmarked_items",
]


#: A web page's own furniture, saved with its text: never the framework's title.
CHROME = re.compile(
    r"^(?:skip (?:to (?:the )?(?:main )?(?:content|navigation)|navigation)|jump to (?:main )?"
    r"(?:content|navigation)|back to top|main menu|menu|search|print(?: this page)?|"
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


def described_heading(lines: list[str], nonblank: list[int], k: int) -> list[int]:
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
    """
    found = _described(lines, nonblank, k)
    return [] if found and _described(lines, nonblank, k + 1) else found


_STOPS = (".", "!", ")")


def _described(lines: list[str], nonblank: list[int], k: int) -> list[int]:
    """:func:`described_heading` without its look at the line below."""
    if k + 2 >= len(nonblank):
        return []
    i = nonblank[k]
    if not _alone(lines, i) or OPEN_END.search(clean(lines[i])) or _item(lines[i]):
        return []  # a paragraph's first line, broken mid-sentence ("Plans the")
    j = k + 1  # the description: lines run on until a blank line or a list item
    first = clean(lines[nonblank[j]])
    if _item(lines[nonblank[j]]) or stem_line(lines[nonblank[j]]) or not first[:1].isupper():
        return []
    while j + 1 < len(nonblank) and nonblank[j + 1] == nonblank[j] + 1:
        if _item(lines[nonblank[j + 1]]) or stem_line(lines[nonblank[j + 1]]):
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
    if stem_line(lines[after]) and j + 2 < len(nonblank):
        after = nonblank[j + 2]
    return nonblank[k + 1 : j + 1] if _item(lines[after]) else []


def level_colon(text: str) -> bool:
    """A level's name closed by a colon ("Level 1:", "A1:"): a label, not a stem."""
    return text.endswith(":") and len(text.split()) <= 4 and level_score(text[:-1]) >= 0.8


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
        head.source = {"lines": [n for i in run for n in paras[i].source.get("lines", [])]}
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
