"""Values rules (V): values no competency expresses, values referred to but not declared."""

from __future__ import annotations

import re

from .._words import plural, some
from .context import Context, plain
from .grouping import quoted
from .registry import rule


@rule("V001", "value-not-expressed", "warning")
def value_not_expressed(ctx: Context):
    """A declared value is expressed by no competency.

    **What it does.** Lists values that no competency names in its ``values:``.

    **Why it matters.** A value nobody is assessed against is a slogan, not a standard.

    **Example.** Values BRAVE and KIND declared; no competency expresses KIND.

    **Fix.** Attach the value to the competencies that express it, or drop it.
    """
    used = {v for c in ctx.fw.competency_records for v in c.values}
    for value in ctx.fw.value_records:
        if value.id not in used:
            yield {
                "subject": value.id,
                "message": f"value '{value.name}' is expressed by no competency",
            }


_VALUES_MENTION = re.compile(
    r"\b(?:core|organisational|organizational|our|its|the)\s+values\b|\bvalues of\b|"
    # "the organisation's values", "the company's mission, goals and values"
    r"\b(?:organi[sz]ation|company|business|employer|university|council|charity|trust)"
    r"(?:'s|\u2019s|s'|s\u2019)\s+(?:[a-z-]+,?\s+){0,4}?values\b|"
    # "mission, vision and values", "purpose and values"
    r"\b(?:vision|mission|purpose|principles|culture),?\s+and\s+values\b",
    re.IGNORECASE,
)


@rule("V002", "values-not-declared", "warning")
def values_not_declared(ctx: Context):
    """The framework refers to its values but declares none.

    **What it does.** When a framework declares no values, looks for references to them in
    its introduction and statements ("core values", "the values of ...", "<organisation>
    values", "<organisation>'s values", "the organisation's mission, vision and values",
    "vision and values").

    **Why it matters.** Statements that ask staff to act on the organisation's values cannot
    be assessed, or compared with another framework's values, when the values are not named.

    **Example.** "Individual competencies are directly aligned with WSX Mind's core values"
    with no values listed.

    **Fix.** Declare the values (``values:``) and attach them to competencies.
    """
    if ctx.fw.value_records:
        return
    names = [re.escape(n) for n in (ctx.fw.organisation, ctx.fw.short_name) if n]
    own = re.compile(rf"\b(?:{'|'.join(names)})(?:'s)? values\b") if names else _VALUES_MENTION

    def mentions(text: str) -> bool:
        return bool(_VALUES_MENTION.search(text) or own.search(text))

    hits = [("", p.text) for p in ctx.fw.introduction if mentions(plain(p.text))]
    hits += [(r.indicator_id, r.text) for r in ctx.rows if mentions(r.text)]
    if hits:
        written = dict(zip(ctx.indicators["indicator_id"], ctx.indicators["written"], strict=False))
        said = (quoted(written.get(i, t)) if i else "its introduction" for i, t in hits)
        where = some(said, quote=False)  # statements quoted with their marks as written
        yield {
            "message": f"refers to its values {plural(len(hits), 'time')} ({where}) but "
            "declares none: declare them under 'values:' and attach them to the competencies "
            "that express them"
        }


@rule("V003", "value-name-variant", "info")
def value_name_variant(ctx: Context):
    """One declared value looks like a shortened form of another.

    **What it does.** Flags a value whose name is the start of another value's name.

    **Why it matters.** Usually one value printed incompletely ("COLLABORATIVE" for
    "COLLABORATIVE AND KIND"); comparisons then count two values where there is one.

    **Example.** Values "COLLABORATIVE" and "COLLABORATIVE AND KIND".

    **Fix.** Use one name for the value everywhere, or make the difference explicit.
    """
    names = {v.id: v.name.casefold() for v in ctx.fw.value_records}
    for vid, name in names.items():
        for other_id, other in names.items():
            if other_id != vid and other.startswith(name + " "):
                users = [c.id for c in ctx.fw.competency_records if vid in c.values]
                yield {
                    "subject": vid,
                    "message": f"value '{vid}' (used by {', '.join(users) or 'no competency'})"
                    f" looks like a shortened form of '{other_id}'",
                }
