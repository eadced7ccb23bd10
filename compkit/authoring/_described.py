"""The competencies' descriptions in a document laid out by level: said once, before the levels.

By competency, a competency's description and values stand under its heading, over its table.
By level, its heading recurs under every level, and a description repeated at each (nine themes
× eight levels) would bury the statements; printed at one level only, the readers of the others
would miss it. So it is said once, ahead of the levels, in the list of competencies that opens
the document ("Themes in this framework"): each competency's heading in bold, its description
and its values after it, word for word; a group's name over its competencies. The section's
heading is the one compkit's marks name as the contents, so ingest sets it aside as it does the
Word title page's list, and reads the statements, by level, as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import _layout as L

if TYPE_CHECKING:
    from ..framework.model import Framework

__all__ = ["Entry", "contents_title", "described", "entries", "group_paragraphs"]


@dataclass(frozen=True)
class Entry:
    """One line of the list of competencies: a group's name, or a competency and its words."""

    heading: str  # "Theme 1: Planning and Organising", or a group's name
    group: bool = False
    paragraphs: tuple[str, ...] = ()  # the description's paragraphs, word for word
    values: str = ""  # the values it expresses, comma-separated ("" for none)


def contents_title(fw: Framework) -> str:
    """The heading of the list of competencies: "Clusters in this framework".

    Examples
    --------
    >>> import compkit
    >>> contents_title(compkit.load("wsx"))
    'Clusters in this framework'
    """
    return f"{fw.competency_term_plural.capitalize()} in this framework"


def described(fw: Framework, layout: str) -> bool:
    """Whether a by-level document lists its competencies' descriptions (or values) up front.

    Only by level (by competency each stands under its heading), and only where a competency
    or a group has something to say beyond its name: WSX Mind's clusters have no descriptions.

    Examples
    --------
    >>> import compkit
    >>> described(compkit.load("wsx"), "level"), described(compkit.load("cis"), "competency")
    (False, False)
    """
    if layout != "level":
        return False
    said = any(c.description or c.values for c in fw.competency_records)
    return said or any(g.description for g in fw.group_records)


def group_paragraphs(fw: Framework, name: str) -> list[str]:
    """The paragraphs of the description of the group named ``name``, word for word.

    A group's description stands under its name wherever the name heads its competencies: by
    competency under its heading, by level in the list of competencies (once, not per level).

    Examples
    --------
    >>> import compkit
    >>> group_paragraphs(compkit.load("tests/data/clustered.yaml"), "People")
    []
    """
    group = next((g for g in fw.group_records if g.name == name), None)
    return L.paragraphs(group.description) if group is not None else []


def entries(fw: Framework) -> list[Entry]:
    """The list of competencies as a by-level document opens with it, groups' names between.

    Each competency is headed as under the levels ("Theme 1: Planning and Organising"), so a
    reader finds it again there.
    """
    out = []
    for group, comps in L.groups(fw):
        if group:
            out.append(Entry(group, group=True, paragraphs=tuple(group_paragraphs(fw, group))))
        for n, comp in comps:
            values = L.values_text(fw, comp) if comp.values else ""
            out.append(
                Entry(
                    L.heading(fw, n, comp),
                    paragraphs=tuple(L.paragraphs(comp.description)),
                    values=values,
                )
            )
    return out
