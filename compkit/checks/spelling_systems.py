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

from .._words import some
from ..framework.spellings import spelling_key
from .dictionary import _british_form, _speller, american, british_spelling, known, two_words

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
    inside a statement is a name ("the Centre for ..."). A framework that spells no word the
    American way has one finding, on its first British form: its words are wrong, or its
    ``language``. British English has none (see :func:`american_forms`).

    Examples
    --------
    >>> texts = [("a", "Helps minimise risk."), ("b", "Shares expertise; organizes the Centre.")]
    >>> [f["message"] for f in british_forms(texts, "en-US", set())]
    ["'minimise' is the British spelling; in the framework's English (en-US) it is 'minimize'"]
    >>> list(british_forms(texts, "en-GB", set()))
    []
    """
    if british_spelling(language):
        return
    texts = list(texts)
    found = [w for w in _british_words(texts) if w[2] not in skip]
    alone = not any(_american_words(texts, "en-US"))
    yield from _findings(found, skip, language, ("British", "American"), alone=alone)


def american_forms(
    texts: Iterable[tuple[str, str]], language: str, skip: set[tuple[str, str]]
) -> Iterator[dict[str, str]]:
    """The American forms of words in British text ("behavior", "analyze"), each statement's once.

    -yze ("analyze"), -or ("behavior"), -er ("center") and one l ("traveled", "fulfill") are
    American only; -ize is British too (Oxford spelling), so it counts only when nothing in
    the framework is spelt the British way (one word's forms spelt both ways are
    :func:`mixed_forms`'s). A capitalised word inside a statement is a name ("the
    World Health Organization"). A framework that spells no word the British way has one
    finding, on its first American form ("organize" alone): its words are wrong, or its
    ``language``. American English has none (see :func:`british_forms`).

    Examples
    --------
    >>> texts = [("a", "Models the behavior we value."), ("b", "Prioritises; organizes.")]
    >>> [f["message"] for f in american_forms(texts, "en-GB", set())]
    ["'behavior' is the American spelling; in the framework's English (en-GB) it is 'behaviour'"]
    >>> [f["message"] for f in american_forms([("a", "Helps organize events.")], "en-GB", set())]
    ... # doctest: +NORMALIZE_WHITESPACE
    ["'organize' is the American spelling, and no word in the framework is spelt the British
    way: in its English (en-GB) it is 'organise' (if the framework is American, declare its
    language)"]
    """
    if not british_spelling(language):
        return
    texts = list(texts)
    found = [w for w in _american_words(texts, language) if w[2] not in skip]
    alone = not any(_british_words(texts)) and not _yse_written(texts)
    found = [w for w in found if alone or not _ize(w[1])]
    yield from _findings(found, skip, language, ("American", "British"), alone=alone)


#: A word in -yse whose American spelling is -yze ("analyses", "analysing", "paralysed")
_YSE = re.compile(r"\b([a-z]{2,}ly)s(e|es|ed|ing)\b")


def _yse_written(texts: list[tuple[str, str]]) -> bool:
    """Whether a statement writes a word in -yse ("Analyses the risks"): Oxford spelling's mark.

    British English in -ize (Oxford spelling) keeps -yse, and "analyses" may be a verb there
    even though it is also the plural of "analysis" in both Englishes: beside an -ize form it
    is taken as British, so the -ize form is no slip.

    Examples
    --------
    >>> _yse_written([("a", "Analyses the risks.")]), _yse_written([("a", "Analyzes data.")])
    (True, False)
    """
    found = (m for _, text in texts for m in _YSE.finditer(text.lower()))
    return any(known(f"{m.group(1)}z{m.group(2)}") for m in found)


def _findings(found, skip, language, sides, *, alone):
    """A finding per ``(indicator_id, form, fix)`` not in ``skip``, or one when ``alone``."""
    side, other = sides
    found = [w for w in dict.fromkeys(found) if w[:2] not in skip]
    if alone and found:
        ident, form, fix = found[0]
        more = list(dict.fromkeys(f for _, f, _ in found[1:] if f != form))
        also = f" (also {some(more)})"
        skip.update(w[:2] for w in found)
        yield {
            "indicator_id": ident,
            "subject": form,
            "message": f"'{form}' is the {side} spelling{also if more else ''}, and no word in "
            f"the framework is spelt the {other} way: in its English ({language}) it is "
            f"'{fix}' (if the framework is {side}, declare its language)",
        }
        return
    for ident, form, fix in found:
        skip.add((ident, form))
        yield {
            "indicator_id": ident,
            "subject": form,
            "message": f"'{form}' is the {side} spelling; in the framework's English "
            f"({language}) it is '{fix}'",
        }


def _british_words(texts: list[tuple[str, str]]) -> Iterator[tuple[str, str, str]]:
    """``(indicator_id, form, American form)`` of each British-only word, names aside."""
    usage = _speller().word_usage_frequency
    for ident, text in texts:
        for k, word in enumerate(_LETTERS.findall(text)):
            form = word.lower()
            us = american(form)
            if us != form and not (k and word[0].isupper()) and usage(us) >= 2 * usage(form):
                yield ident, form, us


#: American -er words whose British form is -re ("meter" is British too: a gas meter).
_TER = re.compile(r"^(cent|theat|lit|fib|calib|somb|sab|spect|lust|maneuv)er(s|ed|ing)?$")
#: American forms with one l where British doubles it ("traveled"), or the reverse ("fulfill").
_ONE_L = re.compile(
    r"^(travel|counsel|model|label|cancel|signal|level|channel|fuel|equal|quarrel|tunnel)"
    r"(ed|ing|er|ers)$"
)
_TWO_L = re.compile(r"^(fulfil|enrol|distil)l(ment|ments|s)?$")


def _british_of(form: str) -> str | None:
    """The British form of an American-only spelling ("behavior" -> "behaviour"), or None."""
    if (found := system(form)) and found[1] == "z":
        return _british_form(form)
    if (m := _ONE_L.match(form)) or form in ("catalog", "catalogs"):
        return f"{m[1]}l{m[2]}" if m else form.replace("log", "logue")
    if m := _TWO_L.match(form):
        return m[1] + (m[2] or "")
    gb = _british_form(form)
    if gb != form and (("our" in gb and spelling_key(gb) == form) or _TER.match(form)):
        return gb
    return None


def _american_words(texts: list[tuple[str, str]], language: str) -> Iterator[tuple[str, str, str]]:
    """``(indicator_id, form, British form)`` of each American-only word, names aside."""
    for ident, text in texts:
        for k, word in enumerate(_LETTERS.findall(text)):
            form = word.lower()
            gb = None if k and word[0].isupper() else _british_of(form)
            if gb and not two_words(gb, language):
                yield ident, form, gb


def _ize(form: str) -> bool:
    """Whether ``form`` is spelt -ize ("organize"; not "analyze"), as Oxford spelling writes it."""
    found = system(form)
    return found is not None and found[1] == "z" and found[0].endswith("i")


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
    skip = said | set(forms)
    yield from british_forms(texts, language, skip)
    yield from american_forms(texts, language, skip)
