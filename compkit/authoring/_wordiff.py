"""Word-level diffs of two statements, for change logs and tracked changes.

Words keep their punctuation ("colleagues," is one word), and changes one unchanged word apart
are told as one change, as a reviewer would mark them.
"""

from __future__ import annotations

import difflib
import re

__all__ = ["word_diff"]

_MARKS = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}")


def word_diff(old: str, new: str) -> str:
    """A word-level diff in wdiff style: ``[-removed-]`` and ``{+inserted+}``.

    Examples
    --------
    >>> word_diff("I take responsibility for my work", "I take ownership of my work")
    'I take [-responsibility for-] {+ownership of+} my work'
    """
    for name, text in (("old", old), ("new", new)):
        if not isinstance(text, str):
            from ..errors import UsageError

            raise UsageError(
                f"word_diff: expected {name} as text (a statement), got {type(text).__name__} "
                f"{text!r}"[:200]
            )
    return " ".join(
        text if op == "equal" else ("[-" + text + "-]" if op == "delete" else "{+" + text + "+}")
        for op, text in _ops(old, new)
    )


def _ops(old: str, new: str) -> list[tuple[str, str]]:
    """The diff of two texts as (equal | delete | insert, words), words with their punctuation.

    Changes separated by a single unchanged word are one change ("colleagues and managers" to
    "colleagues, managers and service users" is one replacement, not three).

    Examples
    --------
    >>> _ops("colleagues and managers", "colleagues, managers and service users")
    [('delete', 'colleagues and managers'), ('insert', 'colleagues, managers and service users')]
    """
    a, b = old.split(), new.split()
    spans: list[list] = []  # [equal, a_start, a_end, b_start, b_end]
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        same = op == "equal"
        if spans and not same and not spans[-1][0]:
            spans[-1][2], spans[-1][4] = i2, j2
        else:
            spans.append([same, i1, i2, j1, j2])
    merged: list[list] = []
    for k, span in enumerate(spans):
        lone = span[0] and span[2] - span[1] == 1 and 0 < k < len(spans) - 1
        if lone or (merged and not merged[-1][0] and not span[0]):
            merged[-1][0] = False  # absorbed into the change before it
            merged[-1][2], merged[-1][4] = span[2], span[4]
        else:
            merged.append(list(span))
    out: list[tuple[str, str]] = []
    for same, i1, i2, j1, j2 in merged:
        if same:
            out.append(("equal", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(("delete", " ".join(a[i1:i2])))
        if j2 > j1:
            out.append(("insert", " ".join(b[j1:j2])))
    return out


def _read(marked: str) -> list[tuple[str, str]]:
    """The ops of a :func:`word_diff` string again: (equal | delete | insert, words).

    Examples
    --------
    >>> _read("I take [-responsibility for-] {+ownership of+} my work")[1:3]
    [('delete', 'responsibility for'), ('insert', 'ownership of')]
    """
    out: list[tuple[str, str]] = []
    end = 0
    for m in _MARKS.finditer(marked):
        if marked[end : m.start()].strip():
            out.append(("equal", marked[end : m.start()].strip()))
        out.append(("delete", m.group(1)) if m.group(1) is not None else ("insert", m.group(2)))
        end = m.end()
    if marked[end:].strip():
        out.append(("equal", marked[end:].strip()))
    return out
