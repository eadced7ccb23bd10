"""Typography rules (T): capitals mid-sentence, quotes, broken words, invisibles, alphabets."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from .._words import join, plural
from .capitals import capital_list, capital_pair, level_named
from .context import Context
from .dictionary import known
from .registry import rule
from .runins import heading_before, run_in_message
from .voice import _THIRD_VERB

#: A capitalised word after a lower-case word, a comma or the pronoun "I" ("I Influence ..."),
#: not the statement's last word.
_MID_CAPITAL = re.compile(r"(?:(?<=[a-z,] )|(?<=\bI ))([A-Z][a-z]+)\b(?![.\s]*$)")
#: An acronym in brackets, all capitals or mixed ("(CIO)", "(PaaS)", "(IaaS)").
_ACRONYM = r"[A-Z](?=[A-Za-z]*[A-Z])[A-Za-z]{1,7}"
_DETERMINER = re.compile(r"\b(?:the|our|their|its|his|her|your|my|this|that)\s*$", re.IGNORECASE)
#: Nouns that name an institution or an office, capitalised as names ("the Board", "Ministers").
INSTITUTIONS = frozenset(
    """board boards minister ministers department departments government council councils
    parliament cabinet trust trustee trustees executive directorate committee committees
    authority agency agencies ministry office secretary director directors chair commissioner
    commissioners court tribunal assembly company""".split()  # noqa: SIM905
)
#: Short words joining the capitalised words of a name ("Policy as Code", "Head of Sales").
_JOINS = r"(?:as|by|of|for|on|in)(?:\s+an?)?"
#: Words after a capitalised word that make it the name of a unit ("the Technology team").
UNITS = frozenset(
    "team teams department directorate division group unit office service board".split()  # noqa: SIM905
)


def _lower_counts(texts) -> Counter:
    """How often each word is written in lower case (singular and plural counted as one)."""
    words = Counter(w for t in texts for w in re.findall(r"\b[a-z][a-z]+\b", t))
    out = Counter()
    for w, k in words.items():
        out[w] += k
        out[w.removesuffix("s")] += k if w.endswith("s") else 0
    return out


def _named(text: str, m: re.Match) -> bool:
    """Whether the capital at ``m`` starts, ends or stands in a name, by its neighbours."""
    before, after = text[: m.start()], text[m.end() :]
    prev = re.search(r"(\S+)\s*$", before)
    nxt = re.match(r"\s*(\S+)", after)
    # a name in quotation marks ("\u201cFatal Distraction\u201d"): its opening mark is no word
    prev_word = prev.group(1).lstrip("\"'\u201c\u2018") if prev else ""
    next_word = nxt.group(1) if nxt else ""
    word = m.group(1).lower()
    # the pronoun "I" is no name ("I Influence ..."), unless a capital stands before it
    # ("Level I Engineer")
    pronoun = prev_word == "I" and not re.search(r"[A-Z]\w*\s+I\s*$", before)
    return bool(
        (prev_word[:1].isupper() and not prev_word.endswith((",", ";", ":", ".")) and not pronoun)
        or next_word[:1].isupper()
        or re.match(rf"\(?(?:[A-Z]{{2,}}|{_ACRONYM}\))", next_word)
        or (word in INSTITUTIONS and (word.endswith("s") or _DETERMINER.search(before)))
        or (_DETERMINER.search(before) and next_word.lower().strip(",.;:") in UNITS)
        # a discipline named as a department is ("leading Technology as a discipline")
        or re.match(r"\s*as an? (?:discipline|function|department|profession)\b", after)
        # a name in title case: hyphenated ("Cross-Site Scripting"), or capitals joined by a
        # short word ("Policy as Code", "Security by Design", "Software as a Service")
        or re.match(r"-[A-Z]", after)
        or re.match(rf"\s+{_JOINS}\s+[A-Z][a-z]", after)
        or re.search(rf"[A-Z][a-z]+\s+{_JOINS}\s+$", before)
    )


def _spelt_out(text: str, m: re.Match) -> bool:
    """Whether the capital spells out a neighbouring acronym: "KISS (Keep it Simple)".

    The word stands in brackets after an acronym, or a few words before a bracketed one
    ("Keep it Simple (KISS)", "Software as a Service (SaaS)"), and the initials of the
    capitalised words there are letters of the acronym in order.
    """
    before, after = text[: m.start()], text[m.end() :]
    opened = before.rfind("(")
    if opened > before.rfind(")") and (acronym := re.search(r"\b([A-Z]{2,})\s*$", before[:opened])):
        closed = after.find(")")
        phrase = text[opened + 1 : m.end() + (closed if closed >= 0 else len(after))]
        return _initials_in(phrase, acronym.group(1))
    if nxt := re.match(rf"((?:\s+[\w'-]+){{0,5}}?)\s*\(({_ACRONYM})\)", after):
        start = max(before.rfind(c) for c in ",(;)")
        phrase = text[start + 1 : m.end()] + nxt.group(1)
        return _initials_in(phrase, nxt.group(2))
    return False


def _initials_in(phrase: str, acronym: str) -> bool:
    """Whether the initials of the capitalised words of ``phrase`` spell part of ``acronym``."""
    initials = [w[0] for w in re.findall(r"\b[A-Z][a-z]+", phrase)]
    letters = iter(acronym.upper())
    return bool(initials) and all(c in letters for c in initials)


def _listed(text: str, m: re.Match) -> bool:
    """Whether the capital is an item of a list of lower-case words ("team, Department ...")."""
    before, after = text[: m.start()], text[m.end() :]
    return bool(re.search(r"\b[a-z]+, $", before)) and bool(re.match(r" [a-z]", after))


def _openers(ctx: Context) -> frozenset[str]:
    """The words that open the framework's statements and sentences, as written."""
    return frozenset(
        m.group(0)
        for t in ctx.indicators["text"]
        for s in re.split(r"(?<=[.;!?])\s+", t)
        if (m := re.match(r"[A-Z][a-z]+", s.strip()))
    )


def _new_sentence(text: str, m: re.Match, openers: frozenset[str], verbs: bool) -> bool:
    """Whether the capital after a comma opens a clause as a sentence would: a full stop meant.

    The word follows a comma, lower-case words follow it, and it is a word that opens the
    framework's statements or sentences, or, where they open with a verb ("Provides ..."),
    a verb of that form ("..., Optimises costs").
    """
    if not re.search(r"\w, $", text[: m.start()]) or not re.match(r" [a-z]", text[m.end() :]):
        return False
    word = m.group(1)
    return word in openers or (verbs and len(word) > 3 and bool(_THIRD_VERB.match(word)))


def _comma_message(text: str, m: re.Match) -> str:
    """T008's message for a capital after a comma where a sentence seems to start."""
    before = re.search(r"(\S+\s+)?\S+,\s$", text[: m.start()]).group(0).rstrip(", ")
    after = re.match(r"\s*\S+", text[m.end() :]).group(0)
    word = m.group(1)
    return (
        f"'{word}' is capitalised after a comma, as if it opened a sentence: if it does, "
        f"the comma should be a full stop ('{before}. {word}{after}'); if not, "
        f"write '{word.lower()}'"
    )


@rule("T008", "capital-mid-sentence", "warning")
def capital_mid_sentence(ctx: Context):
    """A common word is capitalised in the middle of a sentence.

    **What it does.** Flags a capitalised word after a lower-case word, a comma or the
    pronoun "I" ("I Influence ..."), inside a statement (rule T004 covers the last word),
    where the framework's own majority writes it in lower case (it is lower case elsewhere at
    least as often), or where it is one item of a list of lower-case words ("team, Department
    system and organisational decisions"), or where it follows a comma and opens a clause as
    the framework's statements open ("..., Optimises costs ..." where statements open
    "Provides ...", "Applies ..."): then the message says the comma may be a full stop that
    was meant. It accepts acronyms and words with inner capitals ("IT", "JavaScript"), runs
    of title-case words and words before an acronym ("Key Performance Indicator", "Chief
    Information Officer (CIO)"), words that spell out a neighbouring acronym, in capitals or
    mixed case ("KISS (Keep it Simple)", "Platform as a Service (PaaS)"), names in title case
    hyphenated, joined by a short word or quoted ("Cross-Site Scripting", "Policy as Code",
    "\u201cFatal Distraction\u201d"),
    institutions and offices named as such ("the Board", "Ministers", "the Technology team",
    "leading Technology as a discipline", "Congress"), the items of a list in capitals alike
    ("work with Product, Design, Analytics"; two after "e.g.": "(e.g. Product, Tech)") or a
    pair joined by "and", "or" or "&" ("Engineering and Product leadership"), a one-word
    level name after an article ("the Member becoming an Approver"), and the framework's
    proper nouns: words it
    capitalises mid-sentence at least twice, the words of its organisation's name, title or
    values, workplace tools named by common words ("Slack posts", "a Zoom call") and
    ``rules: {allow_words: [...]}``. A capital after a heading run into its paragraph
    ("Bachelor's level Students at ...") is said to be that (:mod:`compkit.checks.runins`).

    **Why it matters.** A stray capital is usually a leftover of a heading, a table cell or an
    edit, and it makes a common word look like a name.

    **Example.** "Contributes their unique perspective to team, Department system and
    organisational decisions".

    **Fix.** Write the word in lower case, or allow it if it is a name; where a new sentence
    starts after a comma, make the comma a full stop.
    """
    proper = ctx.proper_nouns
    texts = ctx.indicators["text"]
    lower = _lower_counts(texts)
    # a statement copied into several competencies is written once: its capitals count once
    capitals = Counter(m.group(1).lower() for t in texts.unique() for m in _MID_CAPITAL.finditer(t))
    openers = _openers(ctx)
    rungs = frozenset(
        lv.name for lv in ctx.fw.level_records if re.fullmatch(r"[A-Z][a-z]+", lv.name)
    )
    verbs = ctx.indicators["voice"].eq("holder").mean() >= 0.5
    for r in ctx.rows:
        for m in _MID_CAPITAL.finditer(r.text):
            word = m.group(1)
            if word in proper or _named(r.text, m) or _spelt_out(r.text, m):
                continue
            if capital_list(r.text, m) or capital_pair(r.text, m) or level_named(r.text, m, rungs):
                continue
            key = word.lower()
            usual = lower[key] + lower[key.removesuffix("s")] * key.endswith("s")
            if lead := heading_before(r.text, m.start(1)):  # "Bachelor's level Students at"
                yield {
                    "indicator_id": r.indicator_id,
                    "subject": word,
                    "message": run_in_message(lead, word),
                }
            elif _new_sentence(r.text, m, openers, verbs):
                yield {
                    "indicator_id": r.indicator_id,
                    "subject": word,
                    "message": _comma_message(r.text, m),
                }
            elif usual >= max(capitals[key], 1) or _listed(r.text, m):
                why = (
                    f"written in lower case elsewhere ({plural(usual, 'time')})"
                    if usual
                    else "a list item among lower-case words"
                )
                yield {
                    "indicator_id": r.indicator_id,
                    "subject": word,
                    "message": f"'{word}' is capitalised mid-sentence, but is {why}",
                }


_MARKS = {
    "straight double quotes": re.compile('"'),
    "curly double quotes": re.compile("[\u201c\u201d]"),
    "straight apostrophes": re.compile("'"),
    "curly apostrophes": re.compile("[\u2018\u2019]"),
}


@rule("T012", "mixed-quotation-marks", "info")
def mixed_quotation_marks(ctx: Context):
    """The framework mixes straight and curly quotation marks or apostrophes.

    **What it does.** Counts straight (" ') and curly (“ ” ‘ ’) marks over all statements and
    the introduction, and reports once for the framework when both kinds of double quote, or
    both kinds of apostrophe, are used (loading and ingest keep every mark as written; the
    other rules read a curly apostrophe as a straight one, so "don’t" is never a misspelling).

    **Why it matters.** Mixed marks show text pasted from several sources, and they defeat
    search: "team's" with one apostrophe does not find "team’s" with the other.

    **Example.** “self” in one statement and "service" in another.

    **Fix.** Use one kind throughout.
    """
    texts = [*ctx.indicators["written"], *(p.text for p in ctx.fw.introduction)]
    counts = {name: sum(len(p.findall(t)) for t in texts) for name, p in _MARKS.items()}
    for kind in ("double quotes", "apostrophes"):
        straight, curly = counts[f"straight {kind}"], counts[f"curly {kind}"]
        if straight and curly:
            yield {
                "subject": kind,
                "message": f"mixes {kind}: "
                + join([f"{plural(straight, 'straight mark')}", f"{plural(curly, 'curly mark')}"]),
            }


#: A word broken by a hyphen and a space ("tai- lored"), not a suspended hyphen ("short- and
#: long-term", "first- or second-line", "part- to full-time"): what a line-end hyphen of a
#: printed source leaves when its lines are joined.
BROKEN = re.compile(r"\b([A-Za-z]+)-[ \t\r\n]+(?!(?:and|or|nor|to|as)\b)([a-z]+)\b")


def unbroken(m: re.Match) -> str | None:
    """The word a hyphen-and-space break split, when the dictionary knows it whole, else None.

    Examples
    --------
    >>> [unbroken(m) for m in BROKEN.finditer("Tai- lored support for cus- tomers, self- aware")]
    ['Tailored', 'customers', None]
    """
    whole = m.group(1) + m.group(2)
    return whole if known(whole.lower()) else None


@rule("T014", "broken-word", "warning")
def broken_word(ctx: Context):
    """A word is broken in two by a hyphen and a space ("tai- lored").

    **What it does.** Finds a hyphen followed by a space or a line break inside a word, where
    the two pieces joined make a word the dictionary knows ("infor- mation" is
    "information"). A suspended hyphen ("short- and long-term", "first- or second-line") is
    not a break, and neither is a pair whose joined form is no word ("self- aware" may be a
    compound written with a stray space: rule T005 sees its pieces).

    **Why it matters.** A printed source hyphenates words at line ends; text copied from a
    PDF keeps the hyphen and a space where the line ended. Readers trip on it, searches miss
    the word, and a spell-checker flags its pieces ("sional") rather than the break.

    **Example.** "Provides tai- lored support to cus- tomers".

    **Fix.** Join the word ("tailored").
    """
    for r in ctx.rows:
        for m in BROKEN.finditer(r.text):
            whole = unbroken(m)
            if whole is not None:
                yield {
                    "indicator_id": r.indicator_id,
                    "subject": m.group(0),
                    "message": f"'{m.group(0)}' is one word broken by a hyphen and a space; "
                    f"did you mean '{whole}'?",
                }


#: Characters that print as nothing: format characters (zero-width spaces and joiners, the
#: byte order mark, soft hyphens, direction marks) and control characters other than tab and
#: line breaks; and a non-breaking space inside a word (rule T015).
_INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f"
                        r"\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
                        r"|(?<=[A-Za-z])[\u00a0\u2007\u202f](?=[a-z])")  # fmt: skip
_NAMES = {
    "\ufeff": "byte order mark",
    "\u00a0": "non-breaking space",
    "\u00ad": "soft hyphen",
    "\u200b": "zero-width space",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
}


def _where(text: str, at: int) -> str:
    """Where the invisible character at ``at`` is, by the words around it.

    Examples
    --------
    >>> _where("Plans the work\u200b.", 14), _where("\ufeffPlans the work", 0)
    ("at the end, after 'the work'", "at the start, before 'Plans the'")
    >>> _where("Gives con\u00adstructive feedback", 9), _where("Plans it\u200b. Then", 8)
    ("between 'Gives con' and 'structive' (character 10)", "after 'Plans it' (character 9)")
    """
    before = re.search(r"(\S+(?:\s+\S+)?)\s*$", text[:at])
    after = re.match(r"\s*(\S+(?:\s+\S+)?)", text[at + 1 :])
    if not text[at + 1 :].strip(" .;:,!?\"'”’"):
        return "at the end" + (f", after '{before.group(1)}'" if before else "")
    if not before:
        return f"at the start, before '{after.group(1)}'"
    place = f"(character {at + 1})"
    if not re.match(r"\w", text[at + 1 :]):
        return f"after '{before.group(1)}' {place}"
    if not re.search(r"\w$", text[:at]):
        return f"before '{after.group(1)}' {place}"
    return f"between '{before.group(1)}' and '{after.group(1).split()[0]}' {place}"


def _inside_word(text: str, m: re.Match) -> bool:
    """Whether a non-breaking space at ``m`` splits one word ("con structive"), not two."""
    left = re.search(r"[A-Za-z]+$", text[: m.start()]).group(0).lower()
    right = re.match(r"[a-z]+", text[m.end() :]).group(0)
    return known(left + right) and not (known(left) and known(right))


@rule("T015", "invisible-character", "warning")
def invisible_character(ctx: Context):
    """A statement holds a character that prints as nothing.

    **What it does.** Reports, with where they are, the characters of a statement that print
    as nothing: zero-width spaces and joiners (U+200B–U+200D), the byte order mark (U+FEFF)
    and word joiner (U+2060), soft hyphens (U+00AD), direction marks, control characters other
    than tab and line breaks, and a non-breaking space inside a word (U+00A0 between the two
    halves of "con structive"; between two words it is a space, and it is left alone). A
    zero-width joiner between two emoji is part of the emoji, not reported. Nothing is removed:
    the statement stays as written until you edit it.

    **Why it matters.** They are left by copying from web pages, PDFs and word processors. A
    reader cannot see them, but they split words for search, spell-checking, sorting and
    comparison (a zero-width space after "team" makes another word of it), and they travel
    into every export.

    **Example.** A zero-width space at the end of "Supports the team in enabling change".

    **Fix.** Delete the character (retype the word around it).
    """
    for r in ctx.indicators[["indicator_id", "written"]].itertuples(index=False):
        found: dict[str, list[int]] = {}
        for m in _INVISIBLE.finditer(r.written):
            char = m.group(0)
            if char == "\u200d" and not re.search(
                r"[\x00-\u2000]", r.written[max(m.start() - 1, 0) : m.end() + 1]
            ):
                continue  # an emoji's joiner
            if char in "\u00a0\u2007\u202f" and not _inside_word(r.written, m):
                continue
            found.setdefault(char, []).append(m.start())
        for char, places in found.items():
            code = f"U+{ord(char):04X}"
            name = _NAMES.get(char) or unicodedata.name(char, "control character").lower()
            where = join([_where(r.written, at) for at in places])
            yield {
                "indicator_id": r.indicator_id,
                "subject": code,
                "message": f"{plural(len(places), 'invisible ' + name)} ({code}) {where}",
            }


#: A word of Latin letters holding a Cyrillic or Greek letter (rule T017); the micro sign's
#: Greek twin (μ in "μg") is a unit, not a slip.
_LOOKALIKE_WORD = re.compile(
    r"\b(?=\w*[A-Za-z])(?=\w*[\u0370-\u03bb\u03bd-\u03ff\u0400-\u04ff])\w+"
)


def _lookalikes(word: str) -> list[str]:
    """The letters of ``word`` from another alphabet, named, with their places.

    Examples
    --------
    >>> _lookalikes("\u0441ollaborative")
    ["'\u0441' (letter 1, Cyrillic small letter es, U+0441)"]
    """
    return [
        f"'{ch}' (letter {i + 1}, {unicodedata.name(ch).capitalize()}, U+{ord(ch):04X})"
        for i, ch in enumerate(word)
        if "\u0370" <= ch <= "\u04ff"
    ]


@rule("T017", "mixed-alphabet-word", "warning")
def mixed_alphabet_word(ctx: Context):
    """A word mixes the Latin alphabet with a Cyrillic or Greek letter that looks the same.

    **What it does.** Finds a word of Latin letters holding one or more Cyrillic or Greek
    letters (Cyrillic "с", "о", "а", "е", "р" and Greek "ο", "α" print like Latin "c", "o",
    "a", "e", "p"), and names each letter and its place. A Greek word or symbol standing alone
    ("β", "Δ"), and the micro sign in a unit ("μg"), are left alone.

    **Why it matters.** The word reads right but is another word to every machine: it is not
    found by search or by a spelling checker, it sorts and compares as a different word, and
    it carries into every export. It comes from typing with a second keyboard layout, or from
    copying text that was once run through a translation tool.

    **Example.** "Builds \u0441ollaborative relationships", whose first "c" is Cyrillic es
    (U+0441).

    **Fix.** Retype the word.
    """
    for r in ctx.indicators[["indicator_id", "written"]].itertuples(index=False):
        for m in _LOOKALIKE_WORD.finditer(r.written):
            word = m.group(0)
            yield {
                "indicator_id": r.indicator_id,
                "subject": word,
                "message": f"'{word}' mixes alphabets: {join(_lookalikes(word))} looks like a "
                "Latin letter but is not one; retype the word",
            }
