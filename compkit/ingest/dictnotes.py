"""A competency dictionary's definitions and closing notes around each competency's list.

A dictionary with no levels prints each competency as its name, one paragraph defining it, a
part label ("Key Behaviors") over a list of behaviours, and often a closing line the same under
every competency ("Developmental opportunities for this competency are available from the
NIH Training Center."; NIH's competencies dictionary, on its web pages and in Word). Read as
they stand, the definition and the closing line were two more statements of each competency.

- the **definition**: the one plain paragraph (no list item, at most 60 words) straight under
  the competency's name, before a labelled part of the same competency holding a list, found so
  under two competencies or more and at least half of them. It is marked as describing
  (:attr:`compkit.ingest.blocks.Para.describes`), the competency's description, and moved
  over the list (its own region, left empty, would read as a blank cell);
- the **closing note**: the plain paragraph that ends a competency's last part, after its list,
  opening with the same five words under two competencies or more and at least half of them.
  It is a note on the dictionary: set aside and reported, never a statement. A closing line of
  one competency's own stays a statement.

Only in a document whose levels come from no label (a dictionary of behaviours alone).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from .._words import plural
from .blocks import Document, Para, Region, clean, marker
from .labels import Decision

__all__ = ["dictionary_notes"]

_MOST_WORDS = 60


def _listed(p: Para) -> bool:
    number, bullet, _ = marker(clean(p.text))
    return p.bullet or p.number is not None or bullet or number is not None


def _plain(p: Para) -> bool:
    text = clean(p.text)
    return bool(text) and not _listed(p) and not text.endswith(":") and not p.describes


def _opening(p: Para) -> str:
    return " ".join(clean(p.text).casefold().split()[:5])


def dictionary_notes(doc: Document, decision: Decision) -> tuple[str, dict] | None:
    """Mark each definition as describing and set each closing note aside (see the module).

    Returns what the ingest report should say of the definitions and where the first stands
    (None when there are none); the closing notes set aside are said in ``doc.notes``.

    Examples
    --------
    >>> from compkit.ingest.blocks import Label
    >>> def entry(name, definition, *items, note="Training is on the intranet."):
    ...     comp = Label(name, "h2")
    ...     return [Region((comp,), [Para(definition, {})]),
    ...             Region((comp, Label("Key Behaviors", "h3")),
    ...                    [*(Para(t, {}, bullet=True) for t in items), Para(note, {})])]
    >>> doc = Document([*entry("Writing", "Writes clearly.", "Uses plain words."),
    ...                 *entry("Data", "Keeps data sound.", "Backs up data.")])
    >>> said, _ = dictionary_notes(doc, Decision(kinds={"h2": "competency", "h3": "other"}))
    >>> print(said)  # doctest: +NORMALIZE_WHITESPACE
    2 competencies open with one paragraph defining them ('Writes clearly.', ...) over a
    labelled list: each read as its competency's description, not a statement
    >>> [(p.text, p.describes) for p in doc.regions[0].paras]
    [('Writes clearly.', True), ('Uses plain words.', False)]
    >>> print(doc.notes[0][1])  # doctest: +NORMALIZE_WHITESPACE
    the closing line under 2 competencies' lists ('Training is on the intranet.'): a note on
    the dictionary, not a statement; not read
    """
    cslot = decision.slot_of("competency")
    if cslot is None or decision.slot_of("level") is not None:
        return None
    by_comp: dict[str, list[Region]] = defaultdict(list)
    for r in doc.regions:
        comp = next((clean(lb.text) for lb in r.labels if lb.slot == cslot), None)
        if comp is not None and not r.in_table:
            by_comp[comp].append(r)
    if len(by_comp) < 2:
        return None
    defined: list[tuple[Region, Region]] = []  # the definition's region, its list's
    closing: dict[str, list[tuple[Region, int]]] = defaultdict(list)
    for regions in by_comp.values():
        first, parts = regions[0], [r for r in regions[1:] if r.labels[-1].slot != cslot]
        listed = [r for r in parts if any(_listed(p) for p in r.paras)]
        if not listed:
            continue
        if (
            first.labels[-1].slot == cslot
            and len(paras := [p for p in first.paras if clean(p.text)]) == 1
            and _plain(paras[0])
            and len(clean(paras[0].text).split()) <= _MOST_WORDS
        ):
            defined.append((first, listed[0]))
        last = regions[-1]
        k = max((i for i, p in enumerate(last.paras) if clean(p.text)), default=None)
        if k and _plain(last.paras[k]) and any(_listed(p) for p in last.paras[:k]):
            closing[_opening(last.paras[k])].append((last, k))
    enough = max(2, (len(by_comp) + 1) // 2)
    for found in closing.values():
        if len(found) < enough:
            continue
        texts = [clean(r.paras[k].text) for r, k in found]
        where = dict(found[0][0].paras[found[0][1]].source)
        for r, k in found:  # reported here, once, not again as text in nothing read
            doc.all_keys.pop(r.paras[k].key, None)
            del r.paras[k]
        more = "" if len(set(texts)) == 1 else ", ..."
        doc.notes.append(
            (
                "unused",
                f"the closing line under {len(found)} competencies' lists ({texts[0]!r}{more}): "
                "a note on the dictionary, not a statement; not read",
                0.7,
                where,
            )
        )
    if len(defined) < enough:
        return None
    for first, listed in defined:  # the definition moves over its list: no blank cell left
        para = next(p for p in first.paras if clean(p.text))
        listed.paras.insert(0, replace(para, describes=True))
    gone = {id(first) for first, _ in defined}
    doc.regions[:] = [r for r in doc.regions if id(r) not in gone]
    first = defined[0][1].paras[0]
    n = plural(len(defined), "competency", "competencies")
    return (
        f"{n} open with one paragraph defining them ({clean(first.text)!r}, ...) over a "
        "labelled list: each read as its competency's description, not a statement",
        dict(first.source),
    )
