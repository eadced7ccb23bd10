"""The role profiles of a tracked-changes document: each role's requirements, changes tracked.

A role stands under its name (a renamed role shows both names; an added one is inserted, a
removed one struck out), its description tracked word by word, then one line per competency it
requires, "Competency: Level", by name: a level changed shows the old level deleted and the new
one inserted; a competency newly required is an inserted line, one no longer required a deleted
one. A removed role stands where it stood, after the role above it in the old version.
Accepting every change gives the new version's profiles, rejecting every change the old.
The section is written when a role changed (added, removed, renamed, other requirements).
"""

from __future__ import annotations

from ._tracked import _described, _heading, _reworded, _Tracker

__all__: list[str] = []


def _requirements(fw, role, comps: dict[str, str]) -> dict[str, str]:
    """A role's requirements as "Competency: Level" lines, keyed by the new competency id."""
    comp_names = {c.id: c.name for c in fw.competency_records}
    level_names = {lv.id: lv.name for lv in fw.level_records}
    lines = {}
    for comp, level in role.requires:
        shown = level_names.get(level, level) if level else "no level stated"
        lines[comps.get(comp, comp)] = f"{comp_names.get(comp, comp)}: {shown}"
    return lines


def _after(pairs: list, above: list) -> int:
    """Where a removed role goes: after the nearest role above it in the old version."""
    for role in reversed(above):
        for n, (old, _) in enumerate(pairs):
            if old is role:
                return n + 1
    return 0


def write_roles(
    doc, a, b, maps: dict[str, dict[str, str]], tracker: _Tracker, *, changed: bool
) -> None:
    """Add the role profiles of ``b`` with their changes since ``a``, when a role changed.

    Parameters
    ----------
    doc : docx.Document
        The tracked-changes document being written.
    a, b : Framework
        The old version and the new.
    maps : dict
        Which old competency, level and role is which new one (``_structure.match``).
    tracker : _Tracker
        The revision marks' maker.
    changed : bool
        Whether a role was added, removed, renamed or requires other levels; if not, the
        profiles are left out (as the changed competencies' names are shown where they stand).
    """
    if not changed:  # the pages show the competencies; the profiles only when they changed
        return
    title = "Role profiles"  # inserted with the first role, deleted with the last
    _heading(doc, tracker, 1, title if a.role_records else None, title if b.role_records else None)
    back = {n: o for o, n in maps["role"].items()}
    before = {r.id: r for r in a.role_records}
    pairs = [(before.get(back.get(r.id, "")), r) for r in b.role_records]
    for k, role in enumerate(a.role_records):  # a removed role: struck where it stood
        if role.id not in maps["role"]:
            pairs.insert(_after(pairs, a.role_records[:k]), (role, None))
    order = list(b.competency_ids) + [c for c in a.competency_ids if c not in b.competency_ids]
    rank = {c: n for n, c in enumerate(order)}
    for x, y in pairs:
        _heading(doc, tracker, 2, x.name if x else None, y.name if y else None)
        was, now = ((r.description or "") if r else "" for r in (x, y))
        _described(doc, tracker, was, now)
        old = _requirements(a, x, maps["competency"]) if x else {}
        new = _requirements(b, y, {}) if y else {}
        for comp in sorted(set(old) | set(new), key=lambda c: rank.get(c, len(rank))):
            para = doc.add_paragraph(style="List Bullet")
            if comp in old and comp in new:
                _reworded(tracker, para, old[comp], new[comp])
                continue
            kind = "ins" if comp in new else "del"
            tracker.run(para, kind, new.get(comp) or old[comp])
            tracker.paragraph(para, kind)
