"""Markdown nested lists: a list item ending in a colon and the nested items that complete it.

A Markdown bullet such as ``- Knows the difference between:`` with a more indented list below
it is one statement, as the HTML reader (:mod:`compkit.ingest.markup`) reads ``<li>`` with a
nested list: the lead-in, then the nested items in order, joined with single spaces, with a
repair note naming the lines. Every other line is kept as it is. (A short bold item over a
nested list -- ``- **Beginner**`` -- is a heading; :mod:`compkit.ingest.textlines` reads it.)

A ladder may write each cell as a paragraph opening with a bold name: ``**Productivity:** They
deliver ...`` under each level's heading. :func:`lead_in_paragraphs` reads such paragraphs as
list items opening so are read: the name a heading, the text after the colon its statement.

What is not text in a list: :func:`blockquotes` sets quoted blocks aside (beside the lists, or
inside a list item: an example on that item, reported with it) and :func:`thematic_breaks`
blanks the rules ("---") that separate parts.
"""

from __future__ import annotations

import re

from .._words import some
from .blocks import atx_heading, clean, marker
from .levelnotes import level_notes
from .markup import HTML, inline_markdown
from .nameditems import BARE_ITEM as _BARE_ITEM
from .nameditems import LEAD_ITEM as _LEAD_ITEM
from .nameditems import item_indent
from .nameditems import item_leads as _item_leads

__all__ = [
    "blockquotes",
    "empty_items",
    "item_goes_on",
    "item_indent",
    "join_nested_lists",
    "lead_in_paragraphs",
    "thematic_breaks",
]


def item_goes_on(lines: list[str], i: int) -> bool:
    """Whether line ``i`` goes on the list item above it: indented past its marker, no marker.

    Examples
    --------
    >>> item_goes_on(["- Follow the Kubewarden", "  CoC now"], 1)
    True
    >>> item_goes_on(["- Follow the Kubewarden", "CoC now"], 1), item_goes_on(["  CoC"], 0)
    (False, False)
    """
    line = lines[i]
    indent = len(line) - len(line.lstrip(" \t"))
    if not indent or item_indent(line) is not None or i == 0:
        return False
    k = i - 1
    while k >= 0 and lines[k].strip() and item_indent(lines[k]) is None:
        k -= 1  # a wrapped line before this one
    above = item_indent(lines[k]) if k >= 0 and lines[k].strip() else None
    return above is not None and above < indent


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t")) if line.strip() else -1


def join_nested_lists(lines: list[str]) -> tuple[list[str], list[dict], dict[int, str]]:
    """Join each list item ending in ":" with the more indented list below it.

    Returns the lines (a joined item is one line), each line's source location
    (``{"lines": [...]}``, 1-based) and a repair note by output line.

    Examples
    --------
    >>> out, places, notes = join_nested_lists(["- Knows:", "  - tests", "  - tools", "- Asks"])
    >>> out, places
    (['- Knows: tests tools', '- Asks'], [{'lines': [1, 2, 3]}, {'lines': [4]}])

    A lead-in wrapped over lines closes on the colon of its last line:

    >>> join_nested_lists(["- Has made contributions, which", "  may include:", "  - PRs"])[0]
    ['- Has made contributions, which may include: PRs']
    """
    out: list[str] = []
    places: list[dict] = []
    notes: dict[int, str] = {}
    heads = _item_leads(lines)  # "- Teamwork:" over its list, named under other levels too
    i = 0
    while i < len(lines):
        line = lines[i]
        indent = item_indent(line)
        subs: list[list[str]] = []
        j = i + 1
        while j < len(lines) and lines[j].strip() and item_goes_on(lines, j):
            j += 1  # the item's own wrapped lines: its lead-in may close on the last of them
        wraps = [lines[n].strip() for n in range(i + 1, j)]
        if indent is not None and clean(" ".join([line, *wraps])).endswith(":") and i not in heads:
            while j < len(lines):
                k = j
                while k < len(lines) and not lines[k].strip():
                    k += 1
                if k == len(lines) or _indent(lines[k]) <= indent:
                    break
                if item_indent(lines[k]) is not None:
                    subs.append([marker(lines[k].strip())[2]])
                elif subs:  # a nested item wrapped over lines
                    subs[-1].append(lines[k].strip())
                else:
                    break
                j = k + 1
        if not subs:
            out.append(line)
            places.append({"lines": [i + 1]})
            i += 1
            continue
        texts = [clean(" ".join(s)) for s in subs]
        notes[len(out)] = (
            f"This bullet holds a nested list of {_count(len(texts))} (lines "
            f"{i + 2 + len(wraps)}-{j}); the text is the whole bullet, its lead-in followed by "
            "the nested items in order, joined with single spaces."
        )
        out.append(" ".join([line.rstrip(), *wraps, *texts]))
        places.append({"lines": [n + 1 for n in range(i, j) if lines[n].strip()]})
        i = j
    return out, places, notes


def _count(n: int) -> str:
    return "one item" if n == 1 else f"{n} items"


#: "**Productivity:** They deliver ..." (the colon inside or after the bold), a paragraph's start
_LEAD_PARA = re.compile(r"^(?:\*\*|__)([^*_:]{2,60}?)(?:(?:\*\*|__)\s*:|:(?:\*\*|__))\s*(\S.*)?$")


def lead_in_paragraphs(
    lines: list[str], places: list[dict], repairs: dict[int, str]
) -> tuple[list[str], list[dict], dict[int, str], list[tuple]]:
    """Paragraphs opening "**Name:** text", several under each heading, the names recurring.

    A ladder that writes each cell as a paragraph ("**Productivity:** They are capable ...")
    under each level's heading names the competency of each: each such paragraph becomes a
    heading one below the heading it stands under (the name) over its text after the colon.
    Only where the structure says so: four or more such paragraphs, two or more under one
    heading, and a name that recurs under another heading; a lone bold lead-in in an
    introduction is left as written. Beside them, a bold name and colon alone over a list
    ("**Responsibilities:**") heads that list the same way. Returns the lines, their places
    and repairs (moved), and the report's note.

    Examples
    --------
    >>> lines = ["# Ladder", "**Note:** Read me.", "## IC1", "Learns.", "", "**Impact:** Ships.",
    ...          "", "**Craft:** Tests.", "## IC2", "**Impact:** Leads.", "", "**Craft:** Designs."]
    >>> out, _, _, notes = lead_in_paragraphs(lines, [{}] * len(lines), {})
    >>> out[:8]
    ['# Ladder', '**Note:** Read me.', '## IC1', 'Learns.', '', '### Impact', 'Ships.', '']
    >>> len(notes)
    1
    """
    heads: dict[int, tuple[int, int]] = {}  # line -> (depth, line) of the heading over it
    current: tuple[int, int] | None = None
    found: dict[int, re.Match] = {}
    facts = level_notes(lines)  # "**Typical Tenure:** 2 years": a level's note, no competency
    for i, line in enumerate(lines):
        if i in facts:
            continue
        if (head := atx_heading(line)) is not None:
            current = (head[0], i)
        elif (
            current
            # after a blank, the heading, or another such line ("**Scope**: x" over
            # "**Skills**:", one name a line as the author typed them)
            and (not lines[i - 1].strip() or current[1] == i - 1 or i - 1 in found)
            and (m := _LEAD_PARA.match(line) or _list_lead(lines, i))
        ):
            found[i], heads[i] = m, current
    plain = {i for i in found if not _LEAD_PARA.match(lines[i])}
    kept = _kept(found, heads, [i for i in found if found[i].group(2)], plain)
    if not kept:  # no text after the names: names alone over the lists, recurring
        kept = _kept(found, heads, list(found), set())
    if not kept and (items := _item_leads(lines)):  # "- Impact: Delivers ..." under each level
        found, heads, kept = {i: items[i][0] for i in items}, {}, set(items)
        heads = {i: items[i][1] for i in items}
    if not kept:
        return lines, places, repairs, []
    texts = [i for i in kept if found[i].group(2)]
    goes_on: dict[int, int] = {}  # an item's own next lines, indented: its text goes on
    for i in (i for i in sorted(texts) if _LEAD_ITEM.match(lines[i])):
        k = i + 1
        while k < len(lines) and _LAZY.match(lines[k]) and item_indent(lines[k]) is None:
            goes_on[k], k = i, k + 1
    out, where, notes = [], [], {}
    for i, line in enumerate(lines):
        if i in goes_on:
            out[-1] = f"{out[-1]} {line.strip()}"
            where[-1] = {"lines": [*where[-1].get("lines", []), *places[i].get("lines", [])]}
            continue
        if i in kept:
            out.append(f"{'#' * min(6, heads[i][0] + 1)} {found[i].group(1).strip()}")
            where.append(places[i])
            if not found[i].group(2):
                continue
            line = found[i].group(2)
        if i in repairs:
            notes[len(out)] = repairs[i]
        out.append(line)
        where.append(places[i])
    shown = list(dict.fromkeys(found[i].group(1).strip() for i in sorted(kept)))
    said = (
        f"{len(kept)} list items open with a name followed by a colon"
        if _LEAD_ITEM.match(lines[min(kept)]) or _BARE_ITEM.match(lines[min(kept)])
        else f"{len(texts)} paragraphs open with a bold name followed by a colon"
        if texts
        else f"{len(kept)} names followed by a colon stand alone over lists"
    )
    note = (
        "guess",
        f"{said}, several under each heading ({', '.join(repr(n) for n in shown[:4])}, ...): "
        "each name read as the competency of its "
        + ("paragraph, the text after the colon as the statement" if texts else "list"),
        0.7,
    )
    return out, where, notes, [note]


#: "Technical:" alone on its line: a short name and a colon, no bold
_PLAIN_LEAD = re.compile(r"^([A-Z][\w/&' -]{1,40}?)\s*:()\s*$")


def _list_lead(lines: list[str], i: int) -> re.Match | None:
    """A plain name and colon alone on line ``i`` with a list item right below it, else None."""
    m = _PLAIN_LEAD.match(lines[i])
    below = lines[i + 1] if i + 1 < len(lines) else ""
    if m is None or len(m.group(1).split()) > 4 or _MD_ITEM.match(below) is None:
        return None
    return m


def _kept(found: dict, heads: dict, counted: list[int], plain: set[int]) -> set[int]:
    """The lead-in lines read as headings: four or more ``counted``, two under one heading.

    Every one of them under a heading that holds two counted ones, and one name recurring
    under another heading; ``plain`` (names without bold) are never kept.
    """
    by_head: dict[int, list[int]] = {}
    for i in counted:
        if i not in plain:
            by_head.setdefault(heads[i][1], []).append(i)
    sections = {h for h, group in by_head.items() if len(group) >= 2}
    kept = {i for i in found if heads[i][1] in sections and i not in plain}
    names: dict[str, set[int]] = {}
    for i in kept & set(counted):
        names.setdefault(clean(found[i].group(1)).casefold(), set()).add(heads[i][1])
    if len(kept & set(counted)) < 4 or not any(len(under) >= 2 for under in names.values()):
        return set()
    return kept


_LAZY = re.compile(r"^[ \t]+\S")
_QUOTE = re.compile(r"^\s{0,3}>")
_MD_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+\S")
#: A quote indented under a list item ("- Implements RPC handlers" over "    > Examples")
_ITEM_QUOTE = re.compile(r"^[ \t]+>")


def _owner(lines: list[str], i: int) -> int | None:
    """The list item an indented line ``i`` stands inside (its nearest item above), else None.

    Blank lines, quoted and indented lines lie between them; a line at the margin ends the item.
    """
    for k in range(i - 1, -1, -1):
        line = lines[k]
        if _MD_ITEM.match(line):
            return k
        if line.strip() and not line[:1].isspace():
            return None
    return None


def blockquotes(lines: list[str]) -> tuple[list[str], list[tuple]]:
    """Markdown block quotes set aside in a page whose statements are list items.

    A quoted block ("> NOTE", "> Solves tasks of fixed scope") is a note or a summary beside
    the lists, not a statement; each block is reported as text not read, with its lines. A
    block indented under a list item (Monzo's "> **Examples**" under a criterion) belongs to
    that item: an example or note on it, reported with the item it belongs to, never a
    statement of its own nor joined to the item's words. A page with no list items keeps its
    quotes (they may be all it has).

    Examples
    --------
    >>> out, notes = blockquotes(["- Ships", "", "    > **Examples**", "    > CRUD", "- Plans"])
    >>> out
    ['- Ships', '', '', '', '- Plans']
    >>> notes[0][1][:70]
    "the quoted block 'Examples CRUD' inside the list item 'Ships' (line 1)"
    """
    if not any(_MD_ITEM.match(line) for line in lines if not _QUOTE.match(line)):
        return lines, []
    out, notes, block = list(lines), [], []
    owners = {i: _owner(lines, i) for i, line in enumerate(lines) if _ITEM_QUOTE.match(line)}
    quoted = {i for i, line in enumerate(lines) if _QUOTE.match(line)}
    opening = sorted(_heading_text(lines, quoted))  # "## Graduate Engineer" over "> I am a ..."
    for i in opening:
        out[i] = _QUOTE_MARK.sub("", lines[i])
    quoted -= set(opening)
    if opening:
        notes.append(_opening_note(lines, opening))
    quoted |= {i for i, k in owners.items() if k is not None}
    for i in range(len(lines) + 1):
        if i in quoted and (not block or owners.get(i) == owners.get(block[0])):
            block.append(i)
            out[i] = ""
            continue
        if block:
            text = clean(" ".join(inline_markdown(lines[k].lstrip(" \t>")) for k in block))
            owner = owners.get(block[0])
            if text and owner is not None:
                item = clean(inline_markdown(marker(lines[owner].strip())[2]))
                message = (
                    f"the quoted block {text!r} inside the list item {item!r} (line {owner + 1}) "
                    "is in no statement: an example or note on that item"
                )
            else:
                message = (
                    f"the quoted block {text!r} is in no statement, name or description "
                    "(a note or summary beside the lists)"
                )
            if text:
                where = [block[0] + 1, block[-1] + 1] if len(block) > 1 else [block[0] + 1]
                notes.append(("unused", message, 0.5, {"lines": where}))
            block = []
            if i in quoted:  # a quote of another item begins right here
                block.append(i)
                out[i] = ""
    return out, notes


_QUOTE_MARK = re.compile(r"^\s{0,3}>\s?")


def _heading_text(lines: list[str], quoted: set[int]) -> set[int]:
    """Quoted lines that are a heading's own text: no list item between it and the next heading.

    A level's one-line summary set in a quote ("## Graduate Engineer" over "> I am a committed
    student of ...", then its competencies' headings) is what the heading's text says.
    """
    out: set[int] = set()
    start, rest = None, set()
    for i, line in enumerate([*lines, "# end"]):
        if atx_heading(line) is not None:
            if start is not None and not any(_MD_ITEM.match(lines[k]) for k in rest - quoted):
                out |= rest & quoted
            start, rest = i, set()
        elif start is not None:
            rest.add(i)
    return out


def _opening_note(lines: list[str], opening: list[int]) -> tuple:
    """The report's note on the quotes read as their headings' text."""
    firsts = [i for i in opening if i - 1 not in opening]
    heads = [
        next(atx_heading(lines[k])[1] for k in range(i, -1, -1) if atx_heading(lines[k]))
        for i in firsts
    ]
    shown = some(heads)
    return (
        "guess",
        f"{_count(len(firsts)).replace('item', 'quoted block')} under headings with no list "
        f"({shown}) read as their headings' own text, not notes beside the lists",
        0.7,
        {"lines": [firsts[0] + 1]},
    )


#: A thematic break ("---", "***", "_ _ _"): a rule between parts, never text
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")


def thematic_breaks(lines: list[str]) -> list[str]:
    """Markdown thematic breaks as blank lines; a "---" under a paragraph's line is its heading.

    A rule separates (Monzo's "---" between levels): it is never a statement. As CommonMark
    reads it, a line of dashes directly under a line of plain text (a setext underline)
    makes that line a level-2 heading instead.

    Examples
    --------
    >>> thematic_breaks(["- Ships", "", "---", "", "Teamwork", "---", "* * *"])
    ['- Ships', '', '', '', '## Teamwork', '', '']
    """
    out = list(lines)
    for i, line in enumerate(lines):
        if not _RULE.match(line):
            continue
        out[i] = ""
        above = out[i - 1] if i else ""
        plain = above.strip() and not above[:1].isspace() and not _MD_ITEM.match(above)
        alone = i < 2 or not out[i - 2].strip()  # a paragraph of one line: its heading
        dashes = set(line.strip()) == {"-"} and "|" not in above and not HTML.search(above)
        if plain and dashes and alone and atx_heading(above) is None:
            out[i - 1] = f"## {above.strip()}"
    return out


#: a list item with no text: its bullet or number alone ("* ", "-", "3.")
_EMPTY_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]*$")


def empty_items(lines: list[str]) -> tuple[list[str], list[tuple[str, str, float]]]:
    """List items with no text blanked, as a page shows an empty bullet; the report's note.

    An item of a bullet alone ("* " after a list's last item) holds no statement; read as a
    line of text it was joined to the item above it ("... those solutions *"). A dash alone
    under a paragraph's line is that line's heading (a setext underline), and stays.

    Examples
    --------
    >>> empty_items(["* Ships code", "* ", "", "### Next"])
    (['* Ships code', '', '', '### Next'], [('repair', '1 empty list item (line 2) left out: \
a bullet with no text', 0.9)])
    >>> empty_items(["Teamwork", "-"])[0]
    ['Teamwork', '-']
    """
    out, found = list(lines), []
    for i, line in enumerate(lines):
        if not _EMPTY_ITEM.match(line):
            continue
        above = lines[i - 1] if i else ""
        if line.strip() == "-" and above.strip() and item_indent(above) is None:
            continue  # "Teamwork" over "-": a heading's underline
        out[i] = ""
        found.append(i + 1)
    if not found:
        return out, []
    shown = ", ".join(str(n) for n in found[:4]) + (", ..." if len(found) > 4 else "")
    said = f"{len(found)} empty list item{'s' * (len(found) > 1)} (line{'s' * (len(found) > 1)}"
    return out, [("repair", f"{said} {shown}) left out: a bullet with no text", 0.9)]
