"""A CASE package's items in compkit's terms: names, ids, dates, languages, loops in the tree.

The small readings :mod:`._case_read` builds a framework document from: an item's compkit
extension, its name over its description, a unique id from its code or text, whether it was
withdrawn by the package's last change, the document's language as a BCP 47 tag, and a loop
in the ``isChildOf`` tree (refused naming its items).
"""

from __future__ import annotations

import re
from typing import Any

EXT = "compkit"  # the key of compkit's data in every `extensions` object


def ext(obj: dict) -> dict:
    """The compkit data in an object's ``extensions``, else an empty dict.

    Examples
    --------
    >>> ext({"extensions": {"compkit": {"rank": 2}}}), ext({"extensions": {"other": 1}})
    ({'rank': 2}, {})
    """
    ext = obj.get("extensions") or {}
    value = ext.get(EXT) if isinstance(ext, dict) else None
    return value if isinstance(value, dict) else {}


def slug(text: str, fallback: str) -> str:
    """An id made of ``text``'s letters and digits, else ``fallback``.

    Examples
    --------
    >>> slug("Conservation of Energy", "x"), slug("???", "level-1")
    ('conservation-of-energy', 'level-1')
    """
    out = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:40].strip("-")
    return out or fallback


class NotATree(Exception):
    """The package's ``isChildOf`` associations go round in a loop."""


def loop(children: dict[str, list], root: str) -> tuple[str, str] | None:
    """An item and the ancestor of it that is also its child, if ``isChildOf`` loops."""
    state = {root: 1}  # 1: on the path from the root, 2: done
    stack = [(root, iter(children.get(root, [])))]
    while stack:
        node, rest = stack[-1]
        for _, _, child in rest:
            if state.get(child) == 1:
                return node, child
            if child not in state:
                state[child] = 1
                stack.append((child, iter(children.get(child, []))))
                break
        else:
            state[node] = 2
            stack.pop()
    return None


def label(item: dict, identifier: str) -> str:
    code = str(item.get("humanCodingScheme") or "").strip()
    text = str(item.get("fullStatement") or "").strip()
    text = text if len(text) <= 60 else text[:57] + "..."
    return f"{code} {text!r}".strip() if code else repr(text or identifier)


def said(item: dict) -> str:
    """An item in words: its code, its name and, where it has one, its description."""
    record = naming(item, {})
    code = str(item.get("humanCodingScheme") or "").strip()
    said = f"{code} {record['name']}".strip()
    return f"{said} ({record['description']})" if record.get("description") else said


def naming(item: dict, record: dict) -> dict:
    """The record named by its item, its CASE short form over the text in full where both are.

    The ``abbreviatedStatement`` is the name and the ``fullStatement`` the description where
    both are given and differ (as compkit writes a described competency or level, and as other
    tools write a competency's short name); else the ``fullStatement`` is the name.
    """
    record["name"] = item["fullStatement"]
    short = item.get("abbreviatedStatement")
    if isinstance(short, str) and short.strip() and short.strip() != record["name"].strip():
        record["name"], record["description"] = short, record["name"]
    return record


def unique(base: str, taken: set[str]) -> str:
    out, n = base, 1
    while out in taken:
        n += 1
        out = f"{base}-{n}"
    taken.add(out)
    return out


def ended(item: dict, cf_doc: dict) -> bool:
    """True for a statement whose ``statusEndDate`` is on or before the package's last change."""
    end = item.get("statusEndDate")
    return isinstance(end, str) and end[:10] <= str(cf_doc.get("lastChangeDateTime", ""))[:10]


def language(tag: Any) -> str:
    """A package's ``language`` as compkit's BCP 47 tag ("en", "en-us" -> "en-US"), or ""."""
    parts = re.split(r"[-_]", str(tag or "").strip())
    if not parts[0]:
        return ""
    out = [parts[0].lower()] + [p.upper() if len(p) == 2 else p.title() for p in parts[1:]]
    tag = "-".join(out)
    return tag if re.fullmatch(r"[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?", tag) else ""


#: Markdown a CASE text may hold: a table row, a rule under a header, emphasis, a link, a
#: heading or list line, TeX between dollars (CASE 1.1 lets texts carry Markdown and math).
_MARKUP = re.compile(
    r"^\s*\|.*\|\s*$|^\s*\|?\s*:?-{3,}:?\s*\||\*\*[^*\n]+\*\*|(?<![\w*])_[^_\s][^_\n]*_(?!\w)"
    r"|\[[^\]\n]+\]\([^)\s]+\)|^#{1,6}\s+\S|\$[^$\n]*[\\^{}=][^$\n]*\$",
    re.M,
)


def markup(text: str) -> bool:
    r"""True for a text holding Markdown or TeX (a table, emphasis, a link, ``$x^2$``).

    Examples
    --------
    >>> markup("This contains a _table_ in markdown:\r\n\r\n| a | b |\r\n| --- | --- |")
    True
    >>> markup("This contains math markdown: $x^2$"), markup("Costs $5 to $10 a_b")
    (True, False)
    """
    return bool(_MARKUP.search(str(text or "")))
