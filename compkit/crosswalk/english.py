"""What a cross-walk says when a framework is not written in English.

The cross-walk reads English: its word match drops English stop words and stems English
endings, and its sentence encoders were trained on English. On a French or German framework its
suggestions rest on shared words, names and loanwords. :func:`compkit.suggest` warns so (a
:class:`~compkit.errors.CompkitWarning`, which the command line prints as a note), so that a
user of the Python API, the review widget or the command line is told alike.
"""

from __future__ import annotations

from ..framework.tongue import not_in_english, written_in

__all__ = ["encoders_note"]


def encoders_note(fa, fb) -> str:
    """A note for a cross-walk of a framework not in English ("" when both are in English).

    Examples
    --------
    >>> from types import SimpleNamespace as F
    >>> print(encoders_note(F(label="Data skills", language="fr"), F(label="W", language="en")))
    Data skills is written in French (fr): the cross-walk reads English (its word match drops \
English stop words and stems English endings; its sentence models were trained on English), so \
its suggestions rest on shared words, names and loanwords; review every one
    >>> encoders_note(F(label="A", language="en-GB"), F(label="B", language="en-US"))
    ''
    """
    others = not_in_english([fa] if fa.label == fb.label else [fa, fb])  # itself named once
    if not others:
        return ""
    return (
        f"{written_in(others)}: the cross-walk reads English (its word match drops English stop "
        "words and stems English endings; its sentence models were trained on English), so its "
        "suggestions rest on shared words, names and loanwords; review every one"
    )
