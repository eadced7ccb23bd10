"""A role ladder saved as a web page: its roles' named lists read as in Markdown.

The page of a contributor ladder (:mod:`compkit.ingest.rolelists` says what one is) arrives as
HTML too: GitHub's render of a project's ``CONTRIBUTOR_LADDER.md``, a docs site's page. There
each role is a heading (``<h2>Reviewer</h2>``) over items naming their lists, each holding a
nested list (``<li>Responsibilities include:<ul><li>...</li></ul></li>``), or a paragraph
closed by a colon over a list (``<p><strong>Requirements:</strong></p><ul>...``), or a
heading one rank below (``<h3>Requirements</h3>``). :func:`role_blocks` reads the page's
blocks (:mod:`compkit.ingest.markup`) on the same terms as the Markdown reader reads its
lines: each list's name a heading one rank below its role over its items, the prose and steps
after a role's lists and the sections of that rank holding none of them set aside, reported;
where headings name the lists, a role's section no other role holds ("Becoming a Triager")
and the prose before and after a named section's list (:func:`_headed_aside`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import clean
from .rolelists import ladder_notes, ladder_rank, recurring, unprefixed
from .rolenames import list_name, opening_name, role_word
from .rolenumbers import unnumbered

__all__ = ["role_blocks"]

_LEAD = re.compile(r"^[A-Z][^.:;!?]{1,60}:$")  # "Requirements:", a paragraph over a list
_SAYING = re.compile(r"^[A-Z][^.:;!?]{1,200}:$")  # "Members are expected to:"


def _lead(blocks: list, k: int) -> str | None:
    """The words (no colon) opening a list at block ``k``, when the block opens one."""
    block = blocks[k]
    below = blocks[k + 1] if k + 1 < len(blocks) else None
    if not block.html or block.depth or block.table is not None or block.nest:
        return None
    if block.bullet and block.subs:  # "Responsibilities include: a b" joined
        joined = len(" ".join(t for t, _ in block.subs))
        text = clean(block.text[: len(block.text) - joined])
    elif block.bullet and below is not None and below.nest > 0:
        text = clean(block.text)
    elif not block.bullet and block.number is None and below is not None and below.bullet:
        text = clean(block.text)
        flat = not below.subs and not (k + 2 < len(blocks) and blocks[k + 2].nest > 0)
        if _LEAD.match(text) or (_SAYING.match(text) and flat and opening_name(text[:-1])):
            return text[:-1].strip()
        return text if list_name(text) == text and role_word(text) else None  # "Privileges"
    else:
        return None
    text = text.rstrip(":").strip()
    return text if text[:1].isupper() else None


def _heads(blocks: list) -> list[tuple[int, int, int]]:
    """Each heading block's (index, rank, end): its section runs to the next heading."""
    at = [(k, b.depth) for k, b in enumerate(blocks) if b.depth and b.table is None]
    ends = [k for k, _ in at[1:]] + [len(blocks)] * bool(at)
    return [(k, d, e) for (k, d), e in zip(at, ends, strict=True)]


def _found(blocks: list) -> tuple[int, dict, bool] | None:
    by_depth: dict[int, dict[int, dict[int, str]]] = {}
    for k, depth, end in _heads(blocks):
        named = {
            i: n for i in range(k + 1, end) if (o := _lead(blocks, i)) and (n := opening_name(o))
        }
        if named:
            by_depth.setdefault(depth, {})[k] = named
    if found := ladder_rank(by_depth):
        return (*found, False)
    by_depth = {}
    above: list[tuple[int, int]] = []
    for k, depth, _ in _heads(blocks):
        above = [(d, h) for d, h in above if d < depth]
        if above and above[-1][0] == depth - 1:  # "<h4>Member requirements</h4>" too
            text = unprefixed(clean(blocks[k].text), clean(blocks[above[-1][1]].text))
        if above and above[-1][0] == depth - 1 and (name := list_name(text)):
            by_depth.setdefault(depth - 1, {}).setdefault(above[-1][1], {})[k] = name
        above.append((depth, k))
    found = ladder_rank(by_depth)
    return (*found, True) if found else None


def _headed_aside(blocks: list, held: dict, depth: int) -> set[int]:
    """The blocks a ladder whose lists are named by headings sets aside (see the module).

    A role's heading one rank below its own that no other role holds, naming nothing a role
    asks or grants, with all under it; in a named section holding a list and no heading, the
    paragraphs before its first list and all after it (a nomination's steps).
    """
    kept, out = recurring(held), set()
    heads = [(k, d) for k, d, _ in _heads(blocks)]
    for n, (k, d) in enumerate(heads):
        if d != depth + 1 or not any(h < k for h in held):
            continue
        end = next((j for j, e in heads[n + 1 :] if e <= d), len(blocks))
        role = max(h for h in held if h < k)
        name = list_name(unprefixed(clean(blocks[k].text), clean(blocks[role].text)))
        if name is None or name.casefold() not in kept:
            out.update(range(k, end))
            continue
        if any(blocks[j].depth for j in range(k + 1, end)):
            continue
        items = [j for j in range(k + 1, end) if blocks[j].bullet or blocks[j].number is not None]
        if items:  # the list runs on over its items and their nested items
            last = next(
                (j for j in range(items[0], end) if j not in items and not blocks[j].nest), end
            )
            out.update(j for j in range(k + 1, end) if j < items[0] or j >= last)
    return out


def role_blocks(blocks: list) -> tuple[list, list[tuple[str, str, float]], dict]:
    """Read a role ladder's named lists on a web page as competencies under its roles.

    Returns the blocks (each list's name a heading over its items, what is set aside gone),
    the report's notes and what the reader knows (as :func:`.rolelists.role_lists` does);
    the blocks as they are, no notes and ``{}`` when the page is no such ladder.

    Examples
    --------
    >>> from compkit.ingest.blocks import clean
    >>> from compkit.ingest.markup import markdown_lines
    >>> role = "<li>Responsibilities:<ul><li>Reviews code</li></ul></li>"
    >>> grant = "<li>Privileges:<ul><li>Approves PRs</li></ul></li>"
    >>> page = [f"<h2>{n}</h2><ul>{role}{grant}</ul>" for n in ("Member", "Reviewer", "Owner")]
    >>> out, notes, known = role_blocks(markdown_lines(page + ["<h2>Contact</h2><p>Hi.</p>"]))
    >>> [(b.depth, b.text) for b in out[:4]]
    [(2, 'Member'), (3, 'Responsibilities'), (0, 'Reviews code'), (3, 'Privileges')]
    >>> known["levels"], len(out)
    (['Member', 'Reviewer', 'Owner'], 15)
    """
    found = _found(blocks)
    if found is None:
        return blocks, [], {}
    depth, held, headed = found
    out: list = []
    aside: list[tuple[int, str]] = []
    renamed: dict[str, str] = {}
    role, skipping, listing = None, False, ""  # listing: "nested" or "flat" items follow
    at: dict[int, int] = {}  # a heading's place among the blocks kept
    dropped = _headed_aside(blocks, held, depth) if headed else set()
    for k, block in enumerate(blocks):
        said = (block.lines[0], clean(block.text)[:60]) if block.text.strip() else None
        is_head = bool(block.depth) and block.table is None
        if k in dropped:  # "<h3>Becoming a Triager</h3>", "<p>The following apply ...</p>"
            if said and not block.nest:
                aside.append(said)
            continue
        if is_head and block.depth <= depth:
            listing = ""
            skipping = block.depth == depth and k not in held and k > min(held)
            role = k if k in held else None
            if skipping:  # "Inactivity", "Contact" among or after the roles
                aside.append(said)
            else:
                at[k] = len(out)
                out.append(block)
            continue
        if skipping:
            if said and not block.nest:
                aside.append(said)
            continue
        if role is not None and headed and (name := held[role].get(k)):
            printed = clean(block.text)  # "Member requirements" under "Member": "Requirements"
            if name != printed and name == unprefixed(printed, clean(blocks[role].text)):
                renamed.setdefault(printed, name)
                block = replace(block, text=name)
        if role is None or headed or k < min(held[role]):
            out.append(block)
            continue
        if is_head:  # a heading under a role after its lists ("Becoming a Maintainer")
            skipping = True
            aside.append(said)
            continue
        if listing == "flat" and (block.bullet or block.number is not None):
            out.append(block)
            continue
        if (printed := _lead(blocks, k)) is not None:
            name = held[role].get(k) or printed
            if name != printed:
                renamed.setdefault(printed, name)
            bare = dict(bullet=False, number=None, repair=None, subs=(), nest=0)
            out.append(replace(block, text=name, depth=min(depth + 1, 6), **bare))
            out += [replace(block, text=t, lines=[n], repair=None, subs=()) for t, n in block.subs]
            listing = "" if block.subs else "nested" if block.bullet else "flat"
            continue
        if listing == "nested" and block.nest:
            out.append(replace(block, nest=block.nest - 1))
            continue
        listing = ""
        if said:
            aside.append(said)
    notes = ladder_notes(depth, held, renamed, "headings" if headed else "lists", aside)
    levels, numbered = unnumbered([clean(blocks[h].text) for h in held])
    for h, name in zip(held, levels, strict=True) if numbered else ():  # "<h3>1) Contributor"
        out[at[h]] = replace(out[at[h]], text=name)
    notes += numbered
    return out, notes, {"level": "#" * depth, "competency": "#" * (depth + 1), "levels": levels}
