r"""Search many statements for one regular expression at once, quickly and with the same result.

The text classifiers (scope) and the themes of a comparison run case-insensitive regular
expressions over every statement; over a sector-wide library (150,000 statements) that is the
slow part, and most statements cannot match: ``\bworkloads?\b`` needs the letters "workload"
somewhere. :func:`required_letters` reads a pattern for runs of letters one of which every match
must contain; :class:`Statements` looks for them in all the statements in one scan, and runs the
pattern itself only on the statements that hold one (and on every statement that is not plain
ASCII, where case-insensitive matching is subtler). The answers are those of ``re.search`` and
``re.sub`` on each statement, only sooner.
"""

from __future__ import annotations

import re
from itertools import accumulate, pairwise

import numpy as np

__all__ = ["Statements", "required_letters"]

_CLASSES = frozenset("bBdDsSwWAZ")  # escapes that match no letter of their own (\b, \w, ...)
_BRACES = re.compile(r"\{(?:\d+(?:,\d*)?|,\d+)\}")  # a {m,n} quantifier
_GROUP = re.compile(r"\(\?:|\(\?>|\(\?P<\w+>|\((?!\?)")  # groups whose text is part of a match


def _close(pattern: str, i: int) -> int:
    """The index of the ``)`` closing the group that opens at ``i``."""
    depth, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 1
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class, i = True, _class_start(pattern, i) - 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError("unbalanced group")


def _class_start(pattern: str, i: int) -> int:
    """Where the members of the class opening at ``i`` start: past ``[``, ``^`` and a ``]``."""
    i += 1
    if pattern[i : i + 1] == "^":
        i += 1
    return i + 1 if pattern[i : i + 1] == "]" else i


def _tokens(pattern: str) -> list[tuple[str, str]]:
    """The top-level pieces of a pattern, in order.

    ``("char", c)``, ``("group", inner)``, ``("|", "")``, ``("quantifier", "")`` and
    ``("other", "")`` (anything that is no letter of its own).
    """
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        braces = _BRACES.match(pattern, i) if ch == "{" else None
        if ch in "?*+" or braces:
            out.append(("quantifier", ""))
            i = braces.end() if braces else i + 1
            i += pattern[i : i + 1] in ("?", "+")  # lazy or possessive
            continue
        if ch == "\\":
            nxt = pattern[i + 1 : i + 2]
            if nxt.isalnum() and nxt not in _CLASSES:
                raise ValueError("an escape that stands for a character")
            out.append(("other", ""))
            i += 2
        elif ch == "[":
            out.append(("other", ""))
            i = _close_class(pattern, i)
        elif ch == "(":
            end = _close(pattern, i)
            opening = _GROUP.match(pattern, i)
            if opening is None and re.match(r"\(\?[aiLmsux-]", pattern[i:]):
                raise ValueError("inline flags")
            out.append(("group", pattern[opening.end() : end]) if opening else ("other", ""))
            i = end + 1
        elif ch == "|":
            out.append(("|", ""))
            i += 1
        else:
            out.append(("char", ch.lower()) if ch.isascii() and ch.isalnum() else ("other", ""))
            i += 1
    return out


def _close_class(pattern: str, i: int) -> int:
    """The index just past the ``]`` closing the class that opens at ``i``."""
    i = _class_start(pattern, i)
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


def _branch(tokens: list[tuple[str, str]]) -> list[set[str]]:
    """What every match of a branch (no top-level ``|``) holds: one of each set's letters."""
    items: list[set[str]] = []
    run = ""
    for k, (kind, text) in enumerate(tokens):
        optional = k + 1 < len(tokens) and tokens[k + 1][0] == "quantifier"
        if kind == "char" and not optional:
            run += text
            continue
        if run:
            items.append({run})
        run = ""
        if kind == "group" and not optional:
            inner = required_letters(text)
            if inner:
                items.append(inner)
    return [*items, {run}] if run else items


def _requirements(pattern: str) -> list[list[set[str]]] | None:
    """For each top-level branch, the sets of letters its matches hold one of; None if unknown."""
    if "(?#" in pattern:
        return None
    try:
        tokens = _tokens(pattern)
    except (ValueError, IndexError):
        return None
    cuts = [-1, *(k for k, t in enumerate(tokens) if t[0] == "|"), len(tokens)]
    branches: list[list[set[str]]] = []
    for a, b in pairwise(cuts):
        part = tokens[a + 1 : b]
        inner = _requirements(part[0][1]) if len(part) == 1 and part[0][0] == "group" else None
        branches += inner or [_branch(part)]  # a branch that is one group: the group's branches
    return None if any(not b for b in branches) else branches


def required_letters(pattern: str) -> set[str] | None:
    r"""Runs of letters (lower case) one of which every match of ``pattern`` holds; None if none.

    Read conservatively: a letter a quantifier follows, a class, an escape, a lookaround or a
    quantified group adds nothing; inline flags, comments and escapes that stand for characters
    give None.

    Examples
    --------
    >>> sorted(required_letters(r"\bwell-?being\b|\bwork.life balance\b"))
    ['balance', 'being']
    >>> sorted(required_letters(r"(?:values|culture) (?:of|for) (?:WSX Mind|the organisation)"))
    ['culture', 'values']
    >>> required_letters(r"\w+"), required_letters(r"x{2}")
    (None, None)
    """
    branches = _requirements(pattern)
    if branches is None:
        return None
    best = (max(b, key=lambda s: (min(map(len, s)), -len(s))) for b in branches)
    return set().union(*best)


class Statements:
    r"""Many statements, indexed once to search them with many patterns quickly.

    Examples
    --------
    >>> s = Statements(["Manages WORKLOAD well", "Plans work"])
    >>> s.first_matches(r"\bworkloads?\b"), s.contains(r"\bplans?\b").tolist()
    (['WORKLOAD', None], [False, True])
    """

    def __init__(self, texts: list[str]):
        self.texts = texts
        plain = [t.isascii() for t in texts]
        # the ASCII statements in lower case, one a line (the others are always searched)
        self.lowered = "\n".join(t.lower() if a else "" for t, a in zip(texts, plain, strict=True))
        lengths = (len(t) + 1 if a else 1 for t, a in zip(texts, plain, strict=True))
        self.starts = np.fromiter(accumulate(lengths, initial=0), dtype=np.int64)[:-1]
        self.other = [i for i, a in enumerate(plain) if not a]
        self._scans: dict[frozenset[str], np.ndarray] = {}  # letters -> statements holding them

    def candidates(self, pattern: str, flags: int = re.IGNORECASE) -> list[int] | range:
        """The statements ``pattern`` may match: those holding the letters it requires."""
        branches = _requirements(pattern) if flags & re.IGNORECASE else None
        if branches is None:
            return range(len(self.texts))
        found = np.zeros(len(self.texts), dtype=bool)
        found[self.other] = True
        for items in branches:  # a statement holding one of each set's letters; the most
            best, *rest = sorted(items, key=lambda s: (-min(map(len, s)), len(s)))  # telling,
            holds = self._holding(best).copy()  # and one more if its words are not too short
            if rest and min(map(len, rest[0])) >= 4:
                holds &= self._holding(rest[0])
            found |= holds
        return np.flatnonzero(found).tolist()

    def _holding(self, letters: set[str]) -> np.ndarray:
        """Whether each (ASCII) statement holds one of ``letters``, in one scan of them all."""
        key = frozenset(letters)
        if key not in self._scans:
            # the first hit in a statement, then on to the next line: one match a statement
            find = re.compile(f"(?:{'|'.join(re.escape(r) for r in sorted(letters))})[^\n]*")
            at = np.fromiter((m.start() for m in find.finditer(self.lowered)), dtype=np.int64)
            mask = np.zeros(len(self.texts), dtype=bool)
            mask[np.searchsorted(self.starts, at, side="right") - 1] = True
            self._scans[key] = mask
        return self._scans[key]

    def first_matches(self, pattern: str, flags: int = re.IGNORECASE) -> list[str | None]:
        """What ``re.search(pattern, text, flags)`` matches in each statement, or None."""
        search = re.compile(pattern, flags).search
        out: list[str | None] = [None] * len(self.texts)
        for i in self.candidates(pattern, flags):
            match = search(self.texts[i])
            if match is not None:
                out[i] = match.group()
        return out

    def contains(self, pattern: str, flags: int = re.IGNORECASE) -> np.ndarray:
        """Whether ``re.search(pattern, text, flags)`` finds anything, statement by statement."""
        search = re.compile(pattern, flags).search
        out = np.zeros(len(self.texts), dtype=bool)
        for i in self.candidates(pattern, flags):
            out[i] = search(self.texts[i]) is not None
        return out

    def sub(self, pattern: re.Pattern, replacement: str) -> list[str]:
        """Each statement with every match of ``pattern`` replaced (``pattern.sub``)."""
        out = list(self.texts)
        for i in self.candidates(pattern.pattern, pattern.flags):
            out[i] = pattern.sub(replacement, out[i])
        return out
