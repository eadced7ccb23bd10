"""The rule registry: every consistency rule with its code, name, severity, message and docs.

A rule is a function ``(ctx) -> iterable of dict`` registered with :func:`rule`; each dict it
yields becomes a :class:`Finding`. Rule documentation is the function's docstring, written as
*What it does / Why it matters / Example / Fix*, and is what ``compkit rule CODE`` prints and
``docs/rules.md`` lists.
"""

from __future__ import annotations

import inspect
import re
import reprlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
FAMILIES = {
    "S": "Structure",
    "C": "Cumulation",
    "P": "Progression",
    "T": "Text quality",
    "V": "Values",
}


@dataclass(frozen=True)
class Finding:
    """One finding of the checker: a small, frozen record (data, not an exception)."""

    code: str
    name: str
    severity: str
    framework: str
    message: str
    indicator_id: str = ""
    related_id: str = ""
    subject: str = ""
    competency_id: str = ""
    level: str = ""
    source_lines: str = ""


@dataclass(frozen=True)
class Rule:
    """A registered rule."""

    code: str
    name: str
    severity: str
    summary: str
    doc: str
    func: Callable
    default: bool = True

    @property
    def family(self) -> str:
        """The family name from the code's prefix (``S`` -> Structure)."""
        return FAMILIES[self.code[0]]

    def markdown(self) -> str:
        """The rule's documentation as Markdown."""
        opt = ", opt-in" if not self.default else ""
        return f"### {self.code} `{self.name}` ({self.severity}{opt})\n\n{self.doc}\n"


RULES: dict[str, Rule] = {}


def rule(
    code: str, name: str, severity: Severity, *, default: bool = True
) -> Callable[[Callable], Callable]:
    """Register a rule function under ``code`` (family letter + three digits).

    ``default=False`` makes the rule opt-in: it runs only when selected (``select=``).
    """

    def register(func: Callable) -> Callable:
        if code in RULES:
            raise ValueError(f"duplicate rule code {code}")
        doc = inspect.cleandoc(func.__doc__ or "")
        summary = doc.splitlines()[0] if doc else ""
        RULES[code] = Rule(code, name, severity, summary, doc, func, default)
        return func

    return register


def resolve(codes: Iterable[str] | str | None, *, argument: str = "") -> set[str]:
    """Expand codes and prefixes (``"C"``, ``"T00"``, ``"P001"``) or names to rule codes.

    ``argument`` names where the codes were given (``select``, ``--ignore``): an error's
    message opens with it.

    Raises
    ------
    compkit.UsageError
        For a code, prefix or name that matches no rule, or codes of the wrong type.

    Examples
    --------
    >>> sorted(resolve("S00 V", argument="select"))[:2], sorted(resolve(["misspelling"]))
    (['S001', 'S002'], ['T005'])
    >>> resolve(["X9"], argument="select")
    Traceback (most recent call last):
    compkit.errors.UsageError: select: unknown rule code or prefix 'X9'; expected one of: ...
    """
    from ..errors import UsageError

    said = f"{argument}: " if argument else ""
    if codes is None:
        return set()
    if isinstance(codes, str):
        codes = [c for c in codes.replace(",", " ").split() if c]
    elif not isinstance(codes, Iterable) or isinstance(codes, bytes):
        raise UsageError(
            f"{said}expected rule codes as a string or a list of strings, got "
            f"{type(codes).__name__} {reprlib.repr(codes)}"
        )
    out: set[str] = set()
    for raw in codes:
        if not isinstance(raw, str):
            raise UsageError(
                f"{said}expected a rule code (a string such as 'T005'), got "
                f"{type(raw).__name__} {reprlib.repr(raw)}"
            )
        key = raw.strip()
        if not key:  # a blank is the prefix of every code: it would select every rule
            raise UsageError(
                f"{said}an empty rule code; expected a code, prefix or name ('T005', 'T')"
            )
        hits = {c for c, r in RULES.items() if c.startswith(key.upper()) or r.name == key}
        if not hits:
            known = ", ".join(sorted(RULES))
            raise UsageError(f"{said}unknown rule code or prefix {raw!r}; expected one of: {known}")
        out |= hits
    return out


def get_rule(code: str) -> Rule:
    """Find a rule by code or name, in any case; a name's hyphens may be spaces or underscores.

    Raises
    ------
    compkit.UsageError
        When there is no such rule, or ``code`` is no string (the message opens ``code:``).

    Examples
    --------
    >>> from compkit.checks import get_rule  # with every rule registered
    >>> get_rule("voice breaks pattern").code, get_rule("t007").name
    ('T007', 'voice-breaks-pattern')
    """
    from ..errors import UsageError
    from ._arguments import code_argument

    key = re.sub(r"[\s_-]+", "-", code_argument(code, "code").strip().casefold())
    for r in RULES.values():
        if key.upper() == r.code or key == r.name:
            return r
    raise UsageError(
        f"code: unknown rule {code!r}; expected one of: {', '.join(sorted(RULES))} (or a rule's "
        "name, which 'compkit rules' lists)"
    )


def sorted_rules() -> list[Rule]:
    """Rules in code order, families in the order S, C, P, T, V."""
    order = list(FAMILIES)
    return sorted(RULES.values(), key=lambda r: (order.index(r.code[0]), r.code))
