"""Where the stems read per side belong: a stem per side at framework, level or competency.

A document may print each side's own stem over its statements ("Effective people:" over what to
show, "Less effective people:" over what not to), or a stem over the effective side only, the
ineffective statements plain sentences. A reader records each stem with the side it heads; a
side whose statements stand under no stem records none. :func:`place_side_stems` finds the
fewest stems that give every cell's sides what it printed, as the file's stems are read back
(the most specific wins, both sides together): the framework's, a level's where its cells
differ, a competency's where its cells differ from their level's.

compkit's own Markdown says a stem of both sides once, over the effective side; its marks list
the stems that head the effective side only (``one_side_stems``), so a side left without a
stem line there shares the effective side's, unless that stem is one of them.
"""

from __future__ import annotations

__all__ = ["place_side_stems", "stem_value"]

Pair = tuple  # (effective, ineffective): a stem's words, "" for none, None for not seen


def _fits(pairs) -> tuple | None:
    """The pair all of ``pairs`` agree with (a side not seen agrees with any), else None."""
    out: list = [None, None]
    for pair in pairs:
        for k in (0, 1):
            if pair[k] is None:
                continue
            if out[k] is not None and out[k] != pair[k]:
                return None
            out[k] = pair[k]
    return tuple(out)


def stem_value(pair) -> str | dict | None:
    """A pair of stems as the file writes it: one string for both sides, else a side each.

    Examples
    --------
    >>> stem_value(("You can:", "You can:")), stem_value(("You can:", None))
    ('You can:', 'You can:')
    >>> stem_value(("You can:", "")), stem_value(("", "")) is None
    ({'effective': 'You can:'}, True)
    """
    e, i = pair
    e, i = (i if e is None else e) or "", (e if i is None else i) or ""
    if e == i:
        return e or None
    return {k: v for k, v in (("effective", e), ("ineffective", i)) if v}


def _cells(stems: list, statements: list, one_side: frozenset[str] | None) -> dict:
    """Each (competency, level) cell's pair, as printed."""
    seen: dict[tuple[str, str], list] = {}
    for s in statements:
        seen.setdefault((s.competency, s.level), [None, None])[s.polarity == "ineffective"] = ""
    for comp, lv, text, _src, *side in stems:
        seen.setdefault((comp, lv), [None, None])[side == ["ineffective"]] = text
    if one_side is not None:  # compkit's Markdown: a stem of both sides said once
        for pair in seen.values():
            if pair[1] == "" and pair[0] is None:
                pair[1] = None  # a stem over no effective statement is not printed
            elif pair[1] == "" and pair[0] and pair[0] not in one_side:
                pair[1] = pair[0]
    return {k: tuple(v) for k, v in seen.items()}


def _best(candidates: list, cells: list, weight) -> tuple:
    """The candidate pair most cells agree with (weighted); the first on a tie."""
    scores = [sum(weight(k) for k, p in cells if _fits([p, c])) for c in candidates]
    return candidates[scores.index(max(scores))]


def place_side_stems(
    stems: list, statements: list, one_side: frozenset[str] | None = None
) -> tuple[dict, list]:
    """The stems by scope (``("framework", None)``, ``("level", key)``, ``("competency", key)``).

    Returns the stems (each a string or a mapping by side) and the cells no stem fits, as
    ((competency, level), pair) to report.

    Examples
    --------
    >>> from compkit.ingest.draft import Statement
    >>> sts = [Statement(c, lv, "x", p) for c in "ab" for lv in "12"
    ...        for p in ("effective", "ineffective")]
    >>> stems = [("a", "1", "You can:", {}, "effective"), ("b", "1", "You can:", {}, "effective"),
    ...          ("a", "2", "Good:", {}, "effective"), ("a", "2", "Poor:", {}, "ineffective"),
    ...          ("b", "2", "Good:", {}, "effective"), ("b", "2", "Poor:", {}, "ineffective")]
    >>> place_side_stems(stems, sts)[0]  # doctest: +NORMALIZE_WHITESPACE
    {('framework', None): {'effective': 'You can:'},
     ('level', '2'): {'effective': 'Good:', 'ineffective': 'Poor:'}}
    """
    seen = _cells(stems, statements, one_side)
    cells = list(seen.items())
    whole = _fits(p for _, p in cells)
    if whole is not None:
        value = stem_value(whole)
        return ({("framework", None): value} if value else {}), []
    by_comp: dict[str, list] = {}
    by_level: dict[str, list] = {}
    for (comp, lv), pair in cells:
        by_comp.setdefault(comp, []).append(pair)
        by_level.setdefault(lv, []).append(((comp, lv), pair))
    # a competency alike at every level may have its own stem: its cells count for less
    uniform = {c for c, pairs in by_comp.items() if len(pairs) > 1 and _fits(pairs)}

    def weight(key: tuple[str, str]) -> float:
        return 0.5 if key[0] in uniform else 1.0

    levels = {lv: _best([p for _, p in its], its, weight) for lv, its in by_level.items()}
    top = _best(list(levels.values()), cells, weight)
    top = _fits([top, *(p for _, p in cells if _fits([p, top]))]) or top
    out: dict = {}
    if stem_value(top):
        out[("framework", None)] = stem_value(top)
    scope_of: dict[str, tuple] = {}
    for lv, pair in levels.items():
        agree = [p for _, p in by_level[lv] if _fits([p, pair])]
        pair = _fits([pair, *agree]) or pair
        if _fits([pair, top]) is None and stem_value(pair) and any(pair):
            out[("level", lv)] = stem_value(pair)
            scope_of[lv] = pair
        else:
            scope_of[lv] = top
    unfit = []
    for (comp, lv), pair in cells:
        if _fits([pair, scope_of[lv]]) is not None or ("competency", comp) in out:
            continue
        own = _fits(by_comp[comp])
        if own is not None and any(own):
            out[("competency", comp)] = stem_value(own)
        else:
            unfit.append(((comp, lv), pair))
    return out, unfit
