"""What the comparison says when a framework is not written in English.

The report reads each statement's voice ("I take ..." or "Takes ..."), scope (own work, team,
organisation) and themes (wellbeing, learning, change ...) by English words. On a French or
Japanese framework those readings count the few English loanwords it holds and nothing else:
its figures would look like findings and be none. The report says so where it would speak of
them, in place of the summary's sentences, and beside the sections' tables.
"""

from __future__ import annotations

from ..framework.tongue import language_name, not_in_english

__all__ = ["encoders_note", "english_readings"]


def english_readings(frameworks) -> str:
    """A sentence saying voice, scope and themes are read by English words ("" in English).

    Examples
    --------
    >>> from types import SimpleNamespace as F
    >>> fr = F(label="Data skills", language="fr")
    >>> en = F(label="WSX", language="en-GB")
    >>> print(english_readings([fr, en]))
    Data skills is written in French (fr): its statements' voice, scope and themes are read by \
English words, which it does not use, so they are not reported; read its statements.
    >>> english_readings([en])
    ''
    >>> print(english_readings([fr, F(label="Grille", language="fr")]))
    Data skills and Grille are written in French (fr): their statements' voice, scope and themes \
are read by English words, which they do not use, so they are not reported; read their \
statements.
    """
    others = not_in_english(frameworks)
    if not others:
        return ""
    who = _written_in(others)
    its = "its" if len(others) == 1 else "their"
    uses = "it does not use" if len(others) == 1 else "they do not use"
    return (
        f"{who}: {its} statements' voice, scope and themes are read by English words, which "
        f"{uses}, so they are not reported; read {its} statements."
    )


def _written_in(frameworks) -> str:
    """Who is written in what: "A and B are written in French (fr)"."""
    by: dict[str, list[str]] = {}
    for fw in frameworks:
        by.setdefault(language_name(fw.language), []).append(fw.label)
    return " and ".join(
        f"{' and '.join(labels)} {'is' if len(labels) == 1 else 'are'} written in {name}"
        for name, labels in by.items()
    )


def encoders_note(fa, fb) -> str:
    """A note for a cross-walk of a framework not in English: its encoders read English.

    Examples
    --------
    >>> from types import SimpleNamespace as F
    >>> print(encoders_note(F(label="Data skills", language="fr"), F(label="W", language="en")))
    Data skills is written in French (fr): the cross-walk reads English (its word match drops \
English stop words and stems English endings; its sentence models were trained on English), so \
its suggestions rest on shared words, names and loanwords; review every one
    """
    others = not_in_english([fa, fb])
    if not others:
        return ""
    who = _written_in(others)
    return (
        f"{who}: the cross-walk reads English (its word match drops English stop words and "
        "stems English endings; its sentence models were trained on English), so its "
        "suggestions rest on shared words, names and loanwords; review every one"
    )
