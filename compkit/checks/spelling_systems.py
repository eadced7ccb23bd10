"""One word's forms spelt with -ise and with -ize: "organises" here, "organize" there (T009).

Rule T009 (:mod:`compkit.checks.spelling`) groups the spellings of one *form* ("organisation",
"organization"); a framework can also spell one word's *different forms* two ways
("organises" and "organize", "utilising" and "utilizes", "organisational" and
"organization"), which no form-by-form comparison sees. British English allows either
-ise or -ize (Oxford spelling); mixing them within one word is a slip in both.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from .dictionary import _speller, american, british_spelling, known

#: A British form in -ise/-yse (its stem, "is" or "ys", its ending) ...
_GB = re.compile(r"^([a-z]{3,})(is|ys)(ation|ations|ational|e|es|ed|ing|er|ers)$")
#: ... and an American one in -ize/-yze.
_US = re.compile(r"^([a-z]{3,})(iz|yz)(ation|ations|ational|e|es|ed|ing|er|ers)$")
_WORD = re.compile(r"[A-Za-z]+")
#: A word of any alphabet.
_LETTERS = re.compile(r"[^\W\d_]+")


def system(word: str) -> tuple[str, str] | None:
    """The word's stem and its spelling system, ``"s"`` (-ise, -yse) or ``"z"``, or None.

    A form counts only when the dictionary gives its other spelling ("expertise", "advise"
    and "size" have one spelling). A word in -yses may be the plural of a noun in -ysis
    ("analyses"), not the verb ("analyzes"), and is left alone.

    Examples
    --------
    >>> system("organises"), system("organization"), system("utilizes")
    (('organi', 's'), ('organi', 'z'), ('utili', 'z'))
    >>> system("advise"), system("size"), system("analyses"), system("team")
    (None, None, None, None)
    """
    w = word.lower()
    if m := _GB.match(w):
        us = m.group(1) + m.group(2)[0] + "z" + m.group(3)
        if not w.endswith("yses") and american(w) == us:
            return m.group(1) + m.group(2)[0], "s"
    elif (m := _US.match(w)) and known(w):
        gb = m.group(1) + m.group(2)[0] + "s" + m.group(3)
        if american(gb) == w:
            return m.group(1) + m.group(2)[0], "z"
    return None


def mixed_forms(texts: Iterable[tuple[str, str]], language: str) -> Iterator[dict[str, str]]:
    """The uses of a word's forms spelt in the system its other forms do not use.

    ``texts`` is ``(indicator_id, text)`` pairs. For each word ("organi-") whose forms are
    spelt both ways, the usual system is -ize in American English; in British English, which
    allows both, the one of more uses; on a tie, the one the framework uses more across all
    such words, then -ise. Yields a finding (``indicator_id``, ``subject``: the form,
    ``message``) for each statement's form of the other system, once.

    Examples
    --------
    >>> texts = [("a", "Organises the work."), ("b", "Sets up the organisation."),
    ...          ("c", "Helps organize events.")]
    >>> [(f["indicator_id"], f["subject"]) for f in mixed_forms(texts, "en-GB")]
    [('c', 'organize')]
    >>> print(next(mixed_forms(texts, "en-GB"))["message"])  # doctest: +NORMALIZE_WHITESPACE
    'organize' is spelt -ize, the word's other forms in the framework -ise: 'organises' and
    'organisation' (2 times)
    """
    uses: dict[str, dict[str, list[tuple[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for ident, text in texts:
        for word in _WORD.findall(text):
            if found := system(word):
                uses[found[0]][found[1]].append((ident, word.lower()))
    mixed = {stem: sides for stem, sides in uses.items() if len(sides) == 2}
    overall = Counter(s for sides in uses.values() for s, u in sides.items() for _ in u)
    for stem, sides in mixed.items():
        s, z = len(sides["s"]), len(sides["z"])
        if not british_spelling(language):
            usual = "z"  # -ise is British: in American text never the usual spelling
        elif s != z:
            usual = "s" if s > z else "z"
        elif overall["s"] != overall["z"]:
            usual = "s" if overall["s"] > overall["z"] else "z"
        else:
            usual = "s"
        other = "z" if usual == "s" else "s"
        forms = list(dict.fromkeys(form for _, form in sides[usual]))
        shown = " and ".join(f"'{f}'" for f in forms[:2])
        if len(forms) > 2:
            shown = ", ".join(f"'{f}'" for f in forms[:2]) + f" and {len(forms) - 2} more"
        times = len(sides[usual])
        said = f"{shown} ({times} time{'s' if times != 1 else ''})"
        for ident, form in dict.fromkeys(sides[other]):
            yield {
                "indicator_id": ident,
                "subject": form,
                "message": f"'{form}' is spelt -{stem[-1]}{other}e, the word's other forms in "
                f"the framework -{stem[-1]}{usual}e: {said}",
            }


def british_forms(
    texts: Iterable[tuple[str, str]], language: str, skip: set[tuple[str, str]]
) -> Iterator[dict[str, str]]:
    """The British forms of words in American text, each statement's once.

    ``texts`` is ``(indicator_id, text)`` pairs; ``skip`` holds the keys of words the framework
    spells two ways (rule T009 weighs those) and the ``(indicator_id, form)`` pairs already
    said. A form counts when its American spelling is at least twice as common (the
    dictionary's frequencies): "minimise", "behaviours" and "fulfil" are British, while
    "expertise", "dialogue", "catalogue" and "cancelled" are American too. A capitalised word
    inside a statement is a name ("the Centre for ..."). British English, which allows both
    -ise and -ize, has no such findings, nor has a framework that spells no word the American
    way (its ``language`` is what is wrong).

    Examples
    --------
    >>> texts = [("a", "Helps minimise risk."), ("b", "Shares expertise; organizes the Centre.")]
    >>> [f["message"] for f in british_forms(texts, "en-US", set())]
    ["'minimise' is the British spelling; in the framework's English (en-US) it is 'minimize'"]
    >>> list(british_forms(texts, "en-GB", set()))
    []
    """
    texts = list(texts)
    if british_spelling(language) or not _american_written(texts):
        return
    usage = _speller().word_usage_frequency
    for ident, text in texts:
        for k, word in enumerate(_LETTERS.findall(text)):
            form = word.lower()
            us = american(form)
            if (
                us == form
                or (k and word[0].isupper())
                or {us, (ident, form)} & skip
                or usage(us) < 2 * usage(form)
            ):
                continue
            skip.add((ident, form))
            yield {
                "indicator_id": ident,
                "subject": form,
                "message": f"'{form}' is the British spelling; in the framework's English "
                f"({language}) it is '{us}'",
            }


def _american_written(texts: list[tuple[str, str]]) -> bool:
    """Whether a statement spells a word the American way in -ize ("prioritizes").

    A framework declared American but written in British English throughout has its
    ``language`` wrong, not every British word misspelt. (Only -ize tells: "-er" and "-or"
    end many words of one spelling, "better" and "doctor".)
    """
    return any(
        (found := system(w)) is not None and found[1] == "z"
        for _, text in texts
        for w in _WORD.findall(text)
    )


def other_system(
    texts: Iterable[tuple[str, str]],
    forms: dict[str, dict[str, list[str]]],
    language: str,
    said: set[tuple[str, str]],
) -> Iterator[dict[str, str]]:
    """:func:`mixed_forms`, then :func:`british_forms`, each ``(indicator_id, form)`` said once.

    ``forms`` is rule T009's ``{key: {form: [indicator ids]}}`` of words spelt two ways;
    ``said`` holds the pairs T009 has already reported, and gains the ones yielded.
    """
    texts = list(texts)
    for found in mixed_forms(texts, language):
        if (found["indicator_id"], found["subject"]) not in said:
            said.add((found["indicator_id"], found["subject"]))
            yield found
    yield from british_forms(texts, language, said | set(forms))
