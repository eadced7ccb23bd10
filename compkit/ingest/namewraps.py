"""A cell's line wrapped inside a capitalised name: "... to the Executive" over "Board and ...".

A long sheet's cell whose lines have no closing stops is read as a statement a line when every
line after the first opens with a capital and none runs on (:mod:`~compkit.ingest.celllines`).
A sentence wrapped inside a name breaks that rule's premise: the line before the break ends on
a capitalised word ("Executive", not the line's first) and the line after opens with the rest
of the name ("Board"). What tells the wrap from a new statement is the cell's shape: the lines
of one list open alike ("Presents …", "Leads …": each a verb in its third person), and the
line after a wrap does not ("Board" is no "-s" verb). A line is joined to the one above it when
both hold:

- the line above ends on a capitalised word that is not its first;
- the other lines that surely open a statement (the first, and any not after a capitalised
  end) share an inflected verb form by their first words (third person "Writes", past "Joined",
  "-ing", by lemminflect's dictionary), and the line's own first word can have none
  (a noun, an adjective, a bare verb: "Board", "Regulation", "Team").

Lines opening with nouns or mixed forms (a ladder's "Awareness of …" beside "Recognise …") share
none and stay a statement each, as does a list of bare verbs, whose noun-phrase items ("Present
to Senior Leadership" over "External blog posts") cannot be told from a wrap; a line opening
with an inflected verb ("... to Medium" over "Joined public Slack group") is a statement. Over
the 188 cells of the project's sheets and CSV files the capital rule parts (447 breaks), none
is joined. Left: an imperative list's wrap ("Present the plan to the Executive" over "Board
and its auditors") and a cell of two lines whose first opens with a bare verb.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["name_wraps"]

_OPENERS = "(['\"‘“"


@lru_cache(maxsize=4096)
def _forms(word: str) -> frozenset[str]:
    """The verb forms ``word`` can have: "s" (third person), "ed", "ing", "base".

    Examples
    --------
    >>> sorted(_forms("Presents")), sorted(_forms("Board")), sorted(_forms("Awareness"))
    (['s'], ['base'], [])
    >>> sorted(_forms("Joined")), sorted(_forms("Leading"))
    (['ed'], ['ing'])
    """
    from lemminflect import getAllLemmas

    w = word.lower()
    lemmas = getAllLemmas(w).get("VERB", ())
    out = set()
    for lemma in lemmas:
        if lemma == w:
            out.add("base")
        elif w.endswith("s"):
            out.add("s")
        elif w.endswith("ing"):
            out.add("ing")
        elif w.endswith(("ed", "d", "t", "n")):
            out.add("ed")
    return frozenset(out)


def _first(text: str) -> str:
    words = text.split()
    return words[0].strip(_OPENERS).rstrip(",;:") if words else ""


def _capital_end(text: str) -> bool:
    """Whether a line of two words or more ends on a capitalised word."""
    words = text.split()
    return len(words) >= 2 and words[-1].strip(_OPENERS)[:1].isupper()


def _joins(texts: list[str], k: int) -> bool:
    """Whether line ``k`` (not the first) goes on from the line above it inside a name."""
    if not _capital_end(texts[k - 1]):
        return False
    others = [  # the lines that surely open a statement: the first, and none after a name
        _forms(_first(t))
        for i, t in enumerate(texts)
        if i != k and (i == 0 or not _capital_end(texts[i - 1]))
    ]
    shared = (frozenset.intersection(*others) if others else frozenset()) - {"base"}
    return bool(shared) and not _forms(_first(texts[k])) - {"base"}


def name_wraps(para: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A cell's lines (number, text) as statements: lines wrapped inside a name joined.

    Examples
    --------
    >>> name_wraps([(1, "Presents the annual plan to the Executive"),
    ...             (2, "Board and its auditors"), (3, "Leads the budget round")])
    [(1, 'Presents the annual plan to the Executive Board and its auditors'), (3, 'Leads the budget round')]
    >>> name_wraps([(1, "Creates new activities on Android"), (2, "Migrates code")])
    [(1, 'Creates new activities on Android'), (2, 'Migrates code')]
    """  # noqa: E501
    texts = [t for _, t in para]
    out: list[tuple[int, str]] = []
    for k, (number, text) in enumerate(para):
        if k and _joins(texts, k):
            out[-1] = (out[-1][0], f"{out[-1][1]} {text}")
        else:
            out.append((number, text))
    return out
