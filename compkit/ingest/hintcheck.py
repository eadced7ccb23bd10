"""The ingest hints' own checks: a hint given empty, of the wrong type, or naming a level twice.

Each refusal is one line naming the hint as Python spells it (``levels=[...]``); the command
line says the same with its option's name (:func:`compkit.cli.ingest.as_typed`).
"""

from __future__ import annotations

from pathlib import Path

from .limits import IngestError

__all__ = ["check_hints"]

#: The hints that take words, and what each wants (said when one is given empty).
WORDS = {
    "id": "an id such as nhs-hlm",
    "title": "the framework's title",
    "organisation": "the organisation's name",
    "competency_term": "a word such as capability or skill",
    "stem": "the words every statement completes, such as 'You can:'",
    "level_from": "the kind of heading or the column holding the levels",
    "competency_from": "the kind of heading or the column holding the competencies",
    "text_from": "the column holding the statements",
    "sheet": "a sheet's name",
}


def check_hints(path: Path, hints: dict) -> None:
    """Refuse a hint that cannot hold, in one line naming it as Python spells it.

    Examples
    --------
    >>> check_hints(Path("f.txt"), {"levels": "Senior"})
    Traceback (most recent call last):
    ...
    compkit.ingest.limits.IngestError: f.txt: levels='Senior' is one string; expected a list \
of level names, lowest first, such as levels=['Senior']
    >>> check_hints(Path("f.txt"), {"levels": ["Junior", "junior"]})
    Traceback (most recent call last):
    ...
    compkit.ingest.limits.IngestError: f.txt: levels=[...] names 'junior' twice; expected each \
level once, lowest first
    """
    for name, wanted in WORDS.items():
        value = hints.get(name)
        if value is None:
            continue
        if not isinstance(value, str) or not value.strip():
            said = "is empty" if isinstance(value, str) else f"is {value!r}, not text"
            raise IngestError(path, f"{name}= {said}; expected {wanted}")
    levels = hints.get("levels")
    if levels is None:
        return
    if isinstance(levels, str):
        raise IngestError(
            path,
            f"levels={levels!r} is one string; expected a list of level names, lowest first, "
            f"such as levels=[{levels!r}]",
        )
    if not levels:
        raise IngestError(path, "levels=[] names no level; expected level names, lowest first")
    seen: set[str] = set()
    for name in levels:
        if not isinstance(name, str) or not name.strip():
            said = "an empty level" if isinstance(name, str) else f"{name!r}, not a name"
            raise IngestError(path, f"levels=[...] names {said}; expected level names as text")
        if name.strip().casefold() in seen:
            raise IngestError(
                path, f"levels=[...] names {name.strip()!r} twice; expected each level once, "
                "lowest first"
            )  # fmt: skip
        seen.add(name.strip().casefold())
