"""A framework's own values section, read as its values (name, description), not introduction.

Many frameworks open with the organisation's values: a heading "Our values" (or "Values",
"Core values", "<Organisation> values": the labels :mod:`.valuelines` reads) over a list of
names, each with its description after a colon or a dash ("- **Integrity**: We do what we
say"). Compkit recorded values only when a competency named them, so such a section went to
the introduction and the framework named no values. Here the heading and its items leave the
introduction and become the framework's values, each name and description as printed (bold
marks and list markers set aside). The first entry after the heading that is no such item
ends the section; a heading over no item, or whose first item's name is no short name (each
word capitalised or a joining word, as :func:`.valuelines.value_names` reads names), is left
in the introduction, as before. The same section after the competencies, read as a competency
holding no statement, is read so too (:func:`unused_values`); a data file's ``values`` list
by :func:`data_values`.
"""

from __future__ import annotations

import re

from .blocks import clean, marker
from .valuewords import is_label, is_name

__all__ = ["data_values", "intro_values", "unused_values", "value_item"]

_SPLIT = re.compile(r"^(?P<name>[^:–—]{1,80}?)(?:\s*:|\s+[–—-])\s+(?P<text>\S.*)$")
_NAME_KEYS = ("name", "value", "title", "label")
_TEXT_KEYS = ("description", "definition", "summary", "text", "meaning")


def value_item(text: str) -> tuple[str, str] | None:
    """A values list's item as ``(name, description)``, or None when it names no value.

    Examples
    --------
    >>> value_item("- **Integrity**: We do what we say and say what we do.")
    ('Integrity', 'We do what we say and say what we do.')
    >>> value_item("Be Bold – we try things."), value_item("* Curiosity")
    (('Be Bold', 'we try things.'), ('Curiosity', ''))
    >>> value_item("We put our users first in all we do.") is None
    True
    """
    rest = clean(clean(marker(text)[2]).replace("**", "").replace("__", ""))
    found = _SPLIT.match(rest)
    if found and is_name(clean(found.group("name"))):
        return clean(found.group("name")), clean(found.group("text"))
    return (rest.rstrip("."), "") if is_name(rest.rstrip(".")) else None


def intro_values(draft) -> int:
    """Move a values section out of ``draft.introduction`` into its values; return how many.

    ``draft`` is a :class:`compkit.ingest.draft.Draft`; each value is recorded by its
    ``value`` method with no competency, and the report says what was read.

    Examples
    --------
    >>> from compkit.ingest.draft import Draft
    >>> from compkit.ingest.report import IngestReport
    >>> d = Draft(IngestReport("x.md", "headings-lists"))
    >>> d.introduction = [("Welcome.", {}), ("Our values", {"lines": [3]}),
    ...     ("- Care: We look after each other.", {"lines": [4]}), ("- Courage", {"lines": [5]}),
    ...     ("How to use this.", {})]
    >>> intro_values(d), [v.name for v in d.values.values()], [t for t, _ in d.introduction]
    (2, ['Care', 'Courage'], ['Welcome.', 'How to use this.'])
    """
    intro = draft.introduction
    for at, (text, source) in enumerate(intro):
        label = clean(text).replace("**", "").rstrip(":").strip()
        if not label or marker(text)[:2] != (None, False) or not is_label(label.split()):
            continue
        items = []
        for item_text, item_source in intro[at + 1 :]:
            item = value_item(item_text)
            if item is None:
                break
            items.append((*item, item_source))
        if not items:
            continue
        for name, description, item_source in items:
            draft.value(None, name, item_source, description=description)
        draft.introduction = intro[:at] + intro[at + 1 + len(items) :]
        said = f"heading {clean(text)!r} and its text read as part of the introduction"
        draft.report.notes[:] = [n for n in draft.report.notes if n.message != said]
        _say(draft, label, [name for name, _, _ in items], source, "its introduction")
        return len(items)
    return 0


def unused_values(draft, used: set[str]) -> int:
    """Values sections read as competencies holding no statement: the framework's values.

    A values section after the competencies (or between them) is read as a competency whose
    description is the list; when its name is a values label and every paragraph a value's
    item, it leaves the competencies (where it was reported unused) for the values. ``used``
    holds the keys of competencies with statements. Returns how many values were read.

    Examples
    --------
    >>> from compkit.ingest.draft import Draft
    >>> from compkit.ingest.report import IngestReport
    >>> d = Draft(IngestReport("x.md", "headings-lists"))
    >>> key = d.competency("Our values", {"lines": [9]})
    >>> d.describe(key, "- Care: We look after each other.", {"lines": [10]})
    >>> unused_values(d, set()), [(v.name, v.description) for v in d.values.values()]
    (1, [('Care', 'We look after each other.')])
    >>> d.competencies
    {}
    """
    count = 0
    for key, comp in list(draft.competencies.items()):
        label = clean(comp.name).replace("**", "").rstrip(":").strip()
        if key in used or not label or not is_label(label.split()):
            continue
        paras = comp.said or [(t, comp.source) for t in comp.description.split("\n\n") if t]
        items = [value_item(text) for text, _ in paras]
        if not items or None in items:
            continue
        for (name, text), (_, source) in zip(items, paras, strict=True):
            draft.value(None, name, source, description=text)
        del draft.competencies[key]
        _say(draft, label, [name for name, _ in items], comp.source, "a competency")
        count += len(items)
    return count


def _say(draft, label: str, names: list[str], source, was: str) -> None:
    shown = ", ".join(repr(name) for name in names[:4]) + ", ..." * (len(names) > 4)
    draft.report.add(
        "guess",
        f"{label!r} and the {len(names)} names under it read as the framework's values "
        f"({shown}), not {was}",
        0.8,
        source,
    )


def data_values(data, where) -> tuple[list[tuple[str, str, dict]], set[tuple]]:
    """A data file's top-level values list: ``([(name, description, source)], paths read)``.

    ``values`` (or ``core_values``, ``our_values``) holding names, objects with a name and a
    description, or names keyed to their descriptions. ``where`` gives a path's source.

    Examples
    --------
    >>> data = {"values": [{"name": "Care", "description": "We look after people."}, "Grit"]}
    >>> found, used = data_values(data, lambda path: {})
    >>> found, sorted(used, key=str)
    ([('Care', 'We look after people.', {}), ('Grit', '', {})], [('values', 0, 'description'), ('values', 0, 'name'), ('values', 1)])
    >>> data_values({"values": {"Care": "We look after people."}}, lambda path: {})[0]
    [('Care', 'We look after people.', {})]
    """  # noqa: E501
    if not isinstance(data, dict):
        return [], set()
    key = next(
        (k for k in data if isinstance(k, str) and re.fullmatch(r"(?:core|our)?_?values", k, re.I)),
        None,
    )
    node = data.get(key) if key else None
    out, used = [], set()
    if isinstance(node, dict):
        for name, text in node.items():
            if isinstance(name, str) and isinstance(text, str | type(None)):
                out.append((clean(name), clean(text or ""), where((key, name))))
                used.add((key, name))
    elif isinstance(node, list):
        for n, item in enumerate(node):
            if isinstance(item, str) and clean(item):
                out.append((clean(item), "", where((key, n))))
                used.add((key, n))
            elif isinstance(item, dict):
                name = next((k for k in _NAME_KEYS if isinstance(item.get(k), str)), None)
                if name is None:
                    continue
                text = next((k for k in _TEXT_KEYS if isinstance(item.get(k), str)), None)
                out.append((clean(item[name]), clean(item.get(text, "")), where((key, n))))
                used |= {(key, n, name)} | ({(key, n, text)} if text else set())
    return out, used
