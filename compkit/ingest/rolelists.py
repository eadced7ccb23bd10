"""A role ladder's named lists: "- Responsibilities:" over its items, under every role's heading.

An open-source project's contributor ladder (CNCF's template, and the projects that fill it
in) writes a section per role, lowest first ("## Contributor", "## Reviewer", "## Maintainer"),
each holding the same few lists, each opened by a bullet naming it over its nested items
("- Responsibilities include:", "- Requirements (one or several of the below):", "-
Privileges:"). The roles are the ladder's levels, and each list a competency of it: what a
holder of that role does, must meet and may do. Read as printed, the roles' names are no level
words, so they were read as competencies, each list joined into one long statement.

:func:`role_lists` reads such a page as that grid. It asks for all of:

- bullets at the left margin over a nested list (or paragraphs of a bold name and a colon
  alone over a list, "**Requirements:**"), under headings of one rank, whose names (a
  bracketed qualifier, a closing "include" and an opening "Additional" left out, at most four
  words, no level's name) recur: two or more names each under two or more of the headings,
  three or more headings holding them (two, where two of the names are such words as below);
- one of those names opening with a word saying what a role asks or grants
  ("Responsibilities", "Requirements", "Privileges", "Duties", "Expectations" ...).

A heading of that rank holding a list so named is a role too, though its name is its own
(the lowest role's "Responsibilities", where the others list "Requirements").

The lists may be named by headings instead, one rank below each role's ("## Reviewer" over
"### Requirements" and "### Responsibilities and privileges", as Kubernetes' membership page
writes them), on the same terms; a role's section of that rank no other role holds, naming
nothing a role asks or grants ("### Becoming a Triager", "### Kubernetes Ecosystem"), is set
aside as the prose after a role's named bullets is, and so is the prose before and after a
named section's list ("The following apply to the subproject ...", "See also ...").

Each named bullet becomes a heading one rank below its role
(the name as read, the printed words in the report), its nested items the statements; another
bullet over a nested list among them ("How users can get involved with the community:") names
a list of its own. The prose and steps after a role's lists ("The process of becoming a
Reviewer is: 1. ...") and the sections of that rank holding none of the lists ("## Inactivity",
"## Contact") are set aside, named in the report.
"""

from __future__ import annotations

import re

from .._words import plural
from .blocks import Document, atx_heading, clean, marker
from .levelnames import level_score
from .nameditems import item_indent
from .rolenames import list_name, opening_name, role_word
from .rolenumbers import unnumbered

__all__ = ["known_ladder", "ladder_notes", "ladder_rank", "recurring", "role_lists", "unprefixed"]

_EMPHASIS = re.compile(r"\*\*|__")
_BOLD_LEAD = re.compile(r"^(?:\*\*|__)([A-Z][^*_:]{1,60}?)(?:(?:\*\*|__)\s*:?|:(?:\*\*|__))$")


def _printed(line: str) -> str | None:
    """A top-level bullet's words without emphasis or a closing colon, or None."""
    if item_indent(line) != 0:
        return None
    number, bullet, rest = marker(line.strip())
    if not bullet or number is not None:
        return None
    text = _EMPHASIS.sub("", rest).strip().rstrip(":").strip()
    return text if text and text[0].isupper() else None


def _over_nested(lines: list[str], i: int) -> bool:
    below = next((t for t in lines[i + 1 :] if t.strip()), "")
    return (item_indent(below) or 0) > 0


def _sections(lines: list[str]) -> list[tuple[int, int, int]]:
    """Each heading's (line, depth, end): its section runs to the next heading of any rank."""
    heads = [(i, h[0]) for i, line in enumerate(lines) if (h := atx_heading(line))]
    ends = [i for i, _ in heads[1:]] + [len(lines)] * bool(heads)
    return [(i, depth, end) for (i, depth), end in zip(heads, ends, strict=True)]


def _bold(lines: list[str], i: int) -> str | None:
    """A paragraph of a bold name and a colon alone ("**Requirements:**") over a list, or None."""
    m = _BOLD_LEAD.match(lines[i].strip())
    below = next((t for t in lines[i + 1 :] if t.strip()), "")
    return m.group(1).strip() if m and item_indent(below) == 0 else None


def _sentence(lines: list[str], i: int) -> str | None:
    """A paragraph of one line closed by a colon over a list ("Members are expected to:")."""
    line = lines[i].strip()
    if not line.endswith(":") or item_indent(lines[i]) is not None or atx_heading(lines[i]):
        return None
    if i and lines[i - 1].strip():
        return None
    j = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), len(lines))
    if j == len(lines) or item_indent(lines[j]) != 0 or _over_nested(lines, j):
        return None  # no list below, or one whose items open lists of their own
    text = _EMPHASIS.sub("", line).rstrip(":").strip()
    return text if text[:1].isupper() else None


def _opens(lines: list[str], i: int) -> str | None:
    """The words opening a list: a bullet's over nested items, a bold lead's or a sentence's."""
    printed = _printed(lines[i])
    if printed and _over_nested(lines, i):
        return printed
    return _bold(lines, i) or _sentence(lines, i)


def _named(lines: list[str], lo: int, hi: int) -> dict[int, str]:
    """The section's lists whose opening words give a short name, by line."""
    return {i: name for i in range(lo, hi) if (o := _opens(lines, i)) and (name := opening_name(o))}


def _sub_headings(lines: list[str]) -> dict[int, dict[int, dict[int, str]]]:
    """Headings one rank below another that give a short name, by the upper one's rank."""
    by_depth: dict[int, dict[int, dict[int, str]]] = {}
    above: list[tuple[int, int]] = []  # (depth, line) of the headings over this one
    for i, depth, _ in _sections(lines):
        above = [(d, h) for d, h in above if d < depth]
        text = _heading_text(lines[i])
        if above and above[-1][0] == depth - 1:  # "#### Member requirements" under "### Member"
            text = unprefixed(text, _heading_text(lines[above[-1][1]]))
        if above and above[-1][0] == depth - 1 and text[:1].isupper() and (name := list_name(text)):
            by_depth.setdefault(depth - 1, {}).setdefault(above[-1][1], {})[i] = name
        above.append((depth, i))
    return by_depth


def _heading_text(line: str) -> str:
    return clean(_EMPHASIS.sub("", atx_heading(line)[1]))


def unprefixed(name: str, role: str) -> str:
    """A list's heading without its role's name before it ("Member requirements": "Requirements").

    Examples
    --------
    >>> unprefixed("Member requirements", "Member"), unprefixed("Requirements", "Member")
    ('Requirements', 'Requirements')
    >>> unprefixed("Maintainer's duties", "Maintainer"), unprefixed("Membership", "Member")
    ('Duties', 'Membership')
    """
    m = re.match(rf"{re.escape(role)}(?:['’]s)?\s+(\S.*)$", name, re.IGNORECASE) if role else None
    return m.group(1)[0].upper() + m.group(1)[1:] if m else name


def _rank(lines: list[str], *, headed: bool = False) -> tuple[int, dict] | None:
    """The headings' rank whose sections hold the recurring named lists, and those lists.

    ``headed``: the lists are named by headings one rank below ("### Requirements"), not by
    bullets over nested lists.
    """
    by_depth: dict[int, dict[int, dict[int, str]]] = {}
    if headed:
        by_depth = _sub_headings(lines)
    for i, depth, end in () if headed else _sections(lines):
        if named := _named(lines, i + 1, end):
            by_depth.setdefault(depth, {})[i] = named
    return ladder_rank(by_depth)


def ladder_rank(by_depth: dict[int, dict[int, dict[int, str]]]) -> tuple[int, dict] | None:
    """The rank of headings that are a role ladder's roles, and the lists each holds, or None.

    ``by_depth`` holds, by the headings' rank, each heading's named lists (position: name);
    the terms are the module's.

    Examples
    --------
    >>> role = {1: "Responsibilities", 2: "Privileges"}
    >>> ladder_rank({2: {0: role, 10: role, 20: role}})[0]
    2
    >>> ladder_rank({2: {0: {1: "Behaviours", 2: "Examples"}} | {10: {11: "Behaviours",
    ...              12: "Examples"}, 20: {21: "Behaviours", 22: "Examples"}}}) is None
    True
    """
    for depth, held in sorted(by_depth.items()):
        under: dict[str, set[int]] = {}
        for head, named in held.items():
            for name in named.values():
                under.setdefault(name.casefold(), set()).add(head)
        recurring = {n for n, heads in under.items() if len(heads) >= 2}
        holding = {h for n in recurring for h in under[n]}
        if (
            len(recurring) >= 2
            and (len(holding) >= 3 or sum(map(role_word, recurring)) >= 2)
            and any(map(role_word, recurring))
            and not any(level_score(n) for n in recurring)
        ):
            holding |= {h for h, named in held.items() if any(map(role_word, named.values()))}
            return depth, {h: held[h] for h in sorted(holding)}
    return None


def role_lists(lines: list[str]) -> tuple[list[str], list[tuple[str, str, float]], dict]:
    """Read a role ladder's named lists as competencies under its roles (see the module).

    Returns the lines (each named bullet a heading over its items, what is set aside blank),
    the report's notes and what the reader knows (the levels' and lists' headings, ``{"level":
    "##", "competency": "###", "levels": [...]}``), empty when the page is no such ladder.

    Examples
    --------
    >>> role = ["- Responsibilities:", "  - Reviews code", "- Privileges:", "  - Approves PRs"]
    >>> lines = ["# Ladder"]
    >>> for name in ("Member", "Reviewer", "Maintainer"):
    ...     lines += [f"## {name}", *role]
    >>> lines += ["## Contact", "Write to us."]
    >>> out, notes, slots = role_lists(lines)
    >>> out[:6], out[-2:]
    (['# Ladder', '## Member', '### Responsibilities', '- Reviews code', '### Privileges', \
'- Approves PRs'], ['', ''])
    >>> slots
    {'level': '##', 'competency': '###', 'levels': ['Member', 'Reviewer', 'Maintainer']}
    >>> role_lists(lines[:6])[2]
    {}
    """
    found, headed = _rank(lines), False
    if found is None:
        found, headed = _rank(lines, headed=True), True
    if found is None:
        return lines, [], {}
    depth, held = found
    out = list(lines)
    renamed: dict[str, str] = {}
    aside: list[tuple[int, str]] = []
    levels = [(i, d, end) for i, d, end in _sections(lines) if d == depth]
    first = min(held)
    for head, _, end in levels:
        if head not in held:
            if head > first:  # "## Inactivity", "## Contact" among or after the roles
                aside += _blank(out, lines, head, _section_end(lines, head, depth))
            continue
        if headed:  # "### Requirements": the reader reads its lists as they stand
            aside += _own_sections(out, lines, head, depth, recurring(held))
            role = _heading_text(lines[head])
            for i, name in held[head].items():  # "#### Member requirements": "Requirements"
                printed = _heading_text(lines[i])
                if out[i] and name != printed and name == unprefixed(printed, role):
                    out[i] = f"{'#' * (depth + 1)} {name}"
                    renamed.setdefault(printed, name)
            continue
        named = held[head]
        start = min(named)
        i = start
        while i < end:
            printed = _opens(lines, i)
            # a list of its own, named or not (a sentence naming none is prose)
            if printed and (i in named or printed != _sentence(lines, i)):
                name = named.get(i) or printed
                if name != printed:
                    renamed.setdefault(printed, name)
                out[i] = f"{'#' * (depth + 1)} {name}"
                flat = _bold(lines, i) or _sentence(lines, i)
                i = (_list_end if flat else _dedent)(out, lines, i + 1, end)
            elif lines[i].strip():
                stop = next((k for k in range(i, end) if k in named), end)
                aside += _blank(out, lines, i, stop)
                i = stop
            else:
                i += 1
        below = _section_end(lines, head, depth)
        if below > end:  # "### Becoming a Maintainer" under the role
            aside += _blank(out, lines, end, below)
    notes = ladder_notes(depth, held, renamed, "headings" if headed else "lists", aside)
    levels, numbered = unnumbered([clean(atx_heading(lines[h])[1]) for h in held])
    for h, name in zip(held, levels, strict=True) if numbered else ():  # "### 1) Contributor"
        out[h] = f"{'#' * depth} {name}"
    notes += numbered
    return out, notes, {"level": "#" * depth, "competency": "#" * (depth + 1), "levels": levels}


def recurring(held: dict) -> set[str]:
    """The lists' names (in lower case) two or more roles hold, or saying what a role asks.

    Examples
    --------
    >>> recurring({1: {2: "Requirements", 3: "Becoming a Member"}, 9: {10: "Requirements"}})
    {'requirements'}
    """
    count: dict[str, int] = {}
    for named in held.values():
        for name in {n.casefold() for n in named.values()}:
            count[name] = count.get(name, 0) + 1
    return {n for n, k in count.items() if k >= 2 or role_word(n)}


def _own_sections(
    out: list[str], lines: list[str], head: int, depth: int, kept: set[str]
) -> list[tuple[int, str]]:
    """Set aside a role's sections no other role holds ("### Becoming a Triager").

    They hold the steps and prose after its lists, which a ladder of named bullets sets aside.
    """
    aside = []
    for i, d, _ in _sections(lines[: _section_end(lines, head, depth)]):
        if i <= head or d != depth + 1:
            continue
        name = list_name(unprefixed(_heading_text(lines[i]), _heading_text(lines[head])))
        end = _section_end(lines, i, d)
        if name is None or name.casefold() not in kept:
            aside += _blank(out, lines, i, end)
        else:
            aside += _prose_around(out, lines, i + 1, end)
    return aside


def _prose_around(out: list[str], lines: list[str], lo: int, hi: int) -> list[tuple[int, str]]:
    """Set aside the paragraphs before a named section's list and all after it, if it has one.

    "The following apply to the subproject ..." over the list, "See also the blog post ..."
    or the steps of a nomination after it: what a ladder of named bullets sets aside as prose
    and steps beside the lists.
    """
    items = [k for k in range(lo, hi) if item_indent(lines[k]) == 0]
    if not items or any(atx_heading(lines[k]) for k in range(lo, hi)):
        return []
    last = _list_end(list(out), lines, items[0] + 1, hi)
    return _blank(out, lines, lo, items[0]) + _blank(out, lines, last, hi)


def known_ladder(doc: Document, ladder: dict) -> None:
    """Tell the document what :func:`role_lists` found: its levels' and lists' headings.

    The roles' names are the levels a reader names (never set aside as guidance beside them).
    """
    if not ladder:
        return
    why = ("a role ladder's named lists", 0.8)
    for kind in ("level", "competency"):
        doc.slots[kind], doc.slot_reasons[kind] = ladder[kind], why
    if not doc.level_names:
        doc.level_names = list(ladder["levels"])
        doc.level_order = "the roles' headings, as the page sets them"


def _section_end(lines: list[str], head: int, depth: int) -> int:
    """Where a heading's section ends with its sub-headings: the next heading of its rank."""
    for k in range(head + 1, len(lines)):
        if (h := atx_heading(lines[k])) and h[0] <= depth:
            return k
    return len(lines)


def _dedent(out: list[str], lines: list[str], lo: int, end: int) -> int:
    """Move a nested list (lines ``lo`` on) to the margin; return the line after it."""
    shift = None
    k = lo
    while k < end:
        line = lines[k]
        if line.strip():
            indent = len(line) - len(line.lstrip(" \t"))
            if indent == 0:
                break
            shift = indent if shift is None else shift
            out[k] = line[min(shift, indent) :]
        k += 1
    while k > lo and not lines[k - 1].strip():
        k -= 1
    return k


def _list_end(out: list[str], lines: list[str], lo: int, end: int) -> int:
    """The line after a list at the margin (its items, their nested items and wrapped lines).

    A line directly under an item's, not indented, goes on its paragraph (CommonMark's lazy
    continuation: "* Communicate through channels ..." / "with key achievements ...").
    """
    k = lo
    while k < end and (
        not lines[k].strip()
        or item_indent(lines[k]) is not None
        or lines[k][0] in " \t"
        or (k > lo and lines[k - 1].strip() and not atx_heading(lines[k]))
    ):
        k += 1
    while k > lo and not lines[k - 1].strip():
        k -= 1
    return k


def _blank(out: list[str], lines: list[str], lo: int, hi: int) -> list[tuple[int, str]]:
    """Blank lines ``lo`` to ``hi``; the first words of each paragraph or heading set aside."""
    said = []
    for k in range(lo, hi):
        starts = lines[k].strip() and (k == lo or not lines[k - 1].strip() or atx_heading(lines[k]))
        if starts:
            said.append((k + 1, clean(lines[k])[:60]))
        out[k] = ""
    return said


def ladder_notes(
    depth: int, held: dict, renamed: dict[str, str], what: str, aside: list[tuple[int, str]]
) -> list[tuple[str, str, float]]:
    """The report's notes on a role ladder read: what was read, and what was set aside.

    Examples
    --------
    >>> notes = ladder_notes(2, {0: {1: "Requirements"}}, {}, "lists", [(9, "Contact")])
    >>> notes[1]
    ('unused', "1 passage beside the roles' lists set aside (line 9: 'Contact')", 0.8)
    """
    notes = [("guess", _said(depth, held, renamed, what), 0.8)]
    if aside:
        shown = "; ".join(f"line {n}: {t!r}" for n, t in aside[:4])
        more = f" and {len(aside) - 4} more" if len(aside) > 4 else ""
        said = f"{plural(len(aside), 'passage')} beside the roles' lists set aside ({shown}{more})"
        notes.append(("unused", said, 0.8))
    return notes


def _said(depth: int, held: dict, renamed: dict[str, str], what: str) -> str:
    names = list(dict.fromkeys(n for named in held.values() for n in named.values()))
    shown = ", ".join(repr(n) for n in names[:4]) + (", ..." if len(names) > 4 else "")
    said = (
        f"a role ladder: {len(held)} headings of rank {depth} each hold {what} named alike "
        f"({shown}); each heading read as a level, each list as a competency"
    )
    if renamed:
        pairs = ", ".join(f"{a!r} as {b!r}" for a, b in list(renamed.items())[:4])
        said += f" (names read: {pairs}{', ...' if len(renamed) > 4 else ''})"
    return said
