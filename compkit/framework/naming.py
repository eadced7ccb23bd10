"""A framework's names as readers see them: its organisation, when stated, and its title.

:func:`stated_organisation` leaves out a placeholder ("(organisation not stated)"), and
:func:`titled` gives "Title (Organisation)" without saying the organisation twice. Both are
re-exported by :mod:`compkit.framework.model`, where they were first.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Framework

__all__ = ["stated_organisation", "titled"]


#: An organisation written as a placeholder: "(organisation not stated)", "Unknown", "n/a", "-".
_PLACEHOLDER = re.compile(
    r"\s*(?:\(.*\)|\[.*\]|unknown|not (?:stated|known|given)|n/?a|none|tbc|tbd|[-–—?]*)\s*",
    re.IGNORECASE,
)


def stated_organisation(fw: Framework) -> str:
    """The framework's organisation, or "" when its file holds a placeholder for it.

    Examples
    --------
    >>> import compkit
    >>> from dataclasses import replace
    >>> wsx = compkit.load("wsx")
    >>> stated_organisation(wsx), stated_organisation(replace(wsx, organisation="(not stated)"))
    ('WSX Mind', '')
    """
    return "" if _PLACEHOLDER.fullmatch(fw.organisation or "") else fw.organisation


def titled(fw: Framework) -> str:
    """The framework's title with its organisation, when one is stated and not in the title.

    "Title (Organisation)"; "Title — Organisation" when either holds a bracket already, so
    brackets never nest; the title alone when it names the organisation (its name before a
    bracket, or its short form in the bracket: "MyUNiDAYS Ltd (UNiDAYS)" by "UNiDAYS ...").

    Examples
    --------
    >>> import compkit
    >>> from dataclasses import replace
    >>> wsx = compkit.load("wsx")
    >>> titled(wsx)
    'Staff Competency Framework (WSX Mind)'
    >>> titled(replace(wsx, title="Staff Framework (2019)", organisation="WSX Mind (Sussex)"))
    'Staff Framework (2019) — WSX Mind (Sussex)'
    >>> titled(replace(wsx, title="WSX Mind staff framework"))
    'WSX Mind staff framework'
    """
    org = stated_organisation(fw)
    head, *inner = [n.strip() for n in re.split(r"[()]", org or "") if n.strip()] or [""]
    # a bracket giving the head's short form names it too; another bracket ("(England)") not
    names = [head, *(n for n in inner if n.lower() in head.lower())]
    if not org or any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", fw.title) for n in names):
        return fw.title
    if re.search(r"[()]", fw.title + org):
        return f"{fw.title} — {org}"
    return f"{fw.title} ({org})"
