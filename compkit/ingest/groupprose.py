"""A cluster's paragraph under its heading: the group's description, not a statement.

Many frameworks print a paragraph under each cluster's heading ("Leading people" / "This
cluster is about how we guide and grow the people around us.") before its first competency.
The outline reader meets it where no competency stands yet; :func:`note_group_prose` keeps it
aside, and once every region is read :func:`keep_group_prose` makes it the group's description
when the heading did group competencies and two or more headings do (else it stays what it was:
the introduction, or text reported as unused). Only prose is taken so, never a list, and the
report says so.
"""

from __future__ import annotations

from .blocks import Label, Region, clean
from .compnames import group_name
from .levelnames import level_score, names_group
from .prose import _listed

__all__ = ["keep_group_prose", "note_group_prose"]


def note_group_prose(pending: dict, group: Label | None, level, region: Region) -> None:
    """Keep ``region``'s paragraphs aside when they stand right under a group's own heading.

    Examples
    --------
    >>> from compkit.ingest.blocks import Para
    >>> head = Label("Leading people", "Heading 2", key="k1")
    >>> region = Region((head,), [Para("This cluster is about people.", {}, key="p1")])
    >>> pending = {}
    >>> note_group_prose(pending, head, None, region)
    >>> [p.text for p in pending["Leading people"][1]]
    ['This cluster is about people.']
    >>> note_group_prose(pending := {}, head, None, Region((head,), [Para("- Leads", {})]))
    >>> pending
    {}
    """
    if group is None or level is not None or region.in_table or not region.paras:
        return
    if region.labels[-1] is not group or any(_listed(p) for p in region.paras):
        return
    pending.setdefault(group.text, (group, []))[1].extend(p for p in region.paras if p.text)


def _own_cluster(draft, doc, pending: dict, held: set[str]) -> bool:
    """Whether a lone group's heading names a cluster of its own, its paragraph no introduction.

    Its name is no collection alone ("Competencies", "Core competencies") and no role's or
    level's ("Senior Engineer"), and the framework has an introduction of its own besides the
    heading and its paragraph (else that paragraph may be the only introduction it has).
    """
    (key,) = held
    found = [(lb, ps) for lb, ps in pending.values() if clean(group_name(lb)[0]).casefold() == key]
    if not found or names_group(found[0][0].text) or level_score(found[0][0].text) >= 0.5:
        return False
    label, paras = found[0]
    keys = {p.key for p in paras} | {label.key}
    return any(p.key not in keys and clean(p.text) for p in doc.introduction)


def keep_group_prose(draft, doc, pending: dict, used: set[str]) -> None:
    """Make each kept paragraph its group's description where the group holds competencies.

    Where two or more groups hold competencies; or one, when its heading names a cluster of
    its own (:func:`_own_cluster`). A lone heading over them all that names only a collection
    ("Competencies") or a role or level ("Senior Engineer") is a section, its text the
    introduction as before.
    """
    held = {c.group for c in draft.competencies.values() if c.group}
    if not held or (len(held) == 1 and not _own_cluster(draft, doc, pending, held)):
        return
    for label, paras in pending.values():
        name = group_name(label)[0]
        key = clean(name).casefold()
        if key not in draft.groups or not paras:
            continue
        if key not in held:
            continue
        named = draft.groups[key]
        texts = [clean(p.text) for p in paras if clean(p.text)]
        named.description = "\n\n".join([named.description, *texts]).strip()
        keys = {p.key for p in paras} | {label.key}
        doc.introduction[:] = [p for p in doc.introduction if p.key not in keys]
        used.update([*label.key.split(), *(p.key for p in paras)])
        said = f"{len(texts)} paragraphs" if len(texts) > 1 else "the paragraph"
        draft.report.add(
            "guess",
            f"{said} under the group {name!r} read as its description (prose under a "
            "cluster's heading, before its first competency)",
            0.7,
            paras[0].source,
        )
