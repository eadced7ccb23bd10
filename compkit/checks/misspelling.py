"""Rule T005: misspelt words, and words run together ("andconstructive").

Words are looked up in the dictionary of :mod:`compkit.checks.dictionary`, in the framework's
``language``; curly apostrophes read as straight ones ("don’t" is "don't").
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .context import Context
from .dictionary import known, likely_typo, run_together
from .registry import rule
from .typography import BROKEN, unbroken
from .words import CLOSED_COMPOUNDS

#: A word the framework uses in this many statements or more is its own vocabulary (T005).
OWN_WORD = 2

#: A word: letters of any alphabet ("communiqué" is one word, not "communiqu" and a stray
#: letter), with straight apostrophes inside.
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|')*[^\W\d_]|[^\W\d_]")
#: A word broken by a hyphen with no space ("infor-mation"): read whole where the dictionary
#: knows it whole, as rule T009 reports it, not as a misspelt piece ("infor").
_HYPHENED = re.compile(r"\b([A-Za-z]+)-([a-z]+)\b")
#: A word in lower case with a capital inside that may be two words run together.
_CAMEL = re.compile(r"[a-z]{6,}[A-Z][a-z]{2,}")
#: Code: a span in backticks, or a word with an inner capital touching code punctuation
#: ("obj.displayName", "getValue()"): an identifier, not words run together.
_CODE = re.compile(r"`[^`\n]*`|\S*[a-z][A-Z]\w*(?:[.(=<>/_]\w|\()\S*|\S*\w[.=<>/_]\w*[a-z][A-Z]\S*")
#: Two sentences run together at a stop with no space ("feedback.Participates"): a word
#: ending in lower case, a stop and a capitalised word, not part of an address, a path or a
#: call ("www.Example.org", "docs/Guide", "strings.Split(").
_RUN_ON = re.compile(r"(?<![\w.@/\\`-])([A-Za-z]*[a-z]{2})([.!?])([A-Z][a-z]{2,})(?![\w.(/@`-])")

#: No space after a semicolon or comma between two words ("data;Able", "symptoms,use"), as a
#: spreadsheet cell's lines joined by hand leave them; not in numbers, addresses or code.
_NO_SPACE = re.compile(
    r"(?<![\w.@/\\`-])([A-Za-z]*[a-z]{2})([;,])([A-Za-z][a-z]{2,})(?![\w.(/@`-])"
)


#: A compound of :data:`~compkit.checks.words.CLOSED_COMPOUNDS` written as two words ("stake
#: holders", "work loads"); "team work" not after a determiner nor as "team works", where its
#: parts read as a subject and its verb ("the team work together", "Team works together").
_SPLIT = re.compile(
    r"(?<![\w-])(?:(the|a|this|that|each|every|whole|my|our|your|their|his|her|its)\s+)?("
    + "|".join(rf"{a}\s+{b}" for a, b in CLOSED_COMPOUNDS)
    + r")(s?)(?![\w-])",
    re.IGNORECASE,
)


#: Words after "team work" that make "work" a verb ("a multidisciplinary team work together").
_VERB_ON = (" together", " closely", " well")


def _split_compounds(text: str):
    """The compounds written as two words in ``text``: (as written, as one word)."""
    for m in _SPLIT.finditer(text):
        said = m[2] + m[3]
        parts = said.split()
        if parts[0].lower() == "team" and (m[1] or m[3] or text[m.end() :].startswith(_VERB_ON)):
            continue  # "the team work together", "Team works together": a subject and its verb
        second = parts[1] if parts[1].isupper() else parts[1].lower()
        yield said, parts[0] + second


@rule("T005", "misspelling", "warning")
def misspelling(ctx: Context):
    """A word is misspelt, or two words are run together.

    **What it does.** Checks every word against an English dictionary that ships with the
    package (pyspellchecker) and a list of workplace and technology terms it lacks ("roadmap",
    "lifecycle"), in the framework's ``language``: spelling variants (British -ise, -our, -tre,
    -mme or American -ize, -or, -er) are not misspellings, and a suggestion is in the
    framework's own English. Curly apostrophes are read as straight ones ("don’t" is
    "don't"). Regular inflections of known words ("backfills"), the
    framework's proper nouns, words with inner capitals ("iOS"), words it uses in two
    statements or more, and ``rules: {allow_words: [...]}`` are accepted, and so are
    agentive forms ("influencers") and everyday engineering words ("dev", "repo", "async").
    An unknown word is flagged only when it reads as a slip of the hand for a common word (a
    known one, for a word of eight letters or more): a letter dropped from a word of five
    letters or more ("accoring"), two neighbours swapped ("wrok"; in three letters, only for
    the commonest words: "teh"), or, inside a word of six letters or more, a letter more
    ("releate") or another letter; a short word, or a change
    at either end ("dev" and "de", "app" and "ape"), is an abbreviation or a term of art far
    more often than a typo. A real but rare
    word (frequency < 1.5e-7) is flagged only when it is a word 100 times commoner with a
    doubled letter dropped or two neighbours swapped ("Wiling" for "Willing").

    Two words run together, as a PDF or a web page converted to text leaves them, are flagged
    with the split (even when the framework repeats them): an unknown word that is a known
    word and a function word that forms no compounds ("andconstructive", "othersbefore",
    "inthe"; not the particles and prefixes of real compounds: "failover", "rollout",
    "overcomplicate"), or a word in lower case of six letters or more joined to a capitalised
    common word ("environmentExamples": a heading or a sentence run on), or two sentences run
    together at a stop with no space after it ("solicits feedback.Participates on interview
    panels"), as text copied from a PDF leaves them, or at a semicolon or comma ("data;Able to
    summarise"). The reverse, a compound that dictionaries write as one word written as two,
    is flagged from a short list whose parts apart make no other sense ("stake holders",
    "work load", "dead line", "team work" but not "the team work together" nor "Team works
    together"). Two content words
    written as one ("styleguides", "runbooks", "workstream") are a compound, and names and
    identifiers ("PowerPoint", "DevOps", "eLearning", "camelCase", a word in backticks or
    touching code punctuation: "obj.displayName") are left alone. Real words in
    the wrong place are rule T010's; one word spelt two ways is rule T009's. The names of
    levels and competencies are read too, for slips of the hand only ("Intermediate
    prctitioner").

    **Why it matters.** Typos undermine a document that sets standards for staff; words run
    together also defeat search and comparison.

    **Example.** "Wiling to lead the team"; "provides honest andconstructive feedback";
    "maintenance activities.Complies with budget requirements".

    **Fix.** Correct the word, or add it to ``allow_words`` if it is a name or a term of art.
    """
    proper = ctx.proper_nouns
    ind = ctx.indicators
    # a word broken by a hyphen and a space is rule T014's, read whole here, not in pieces;
    # code (in backticks, or an identifier by its punctuation) is not prose
    texts = ind["text"].str.replace(BROKEN, lambda m: unbroken(m) or m.group(0), regex=True)
    texts = texts.str.replace(_HYPHENED, _whole, regex=True)  # "infor-mation", "re-use"
    found = texts.str.replace(_CODE, " ", regex=True).str.findall(_WORD.pattern)
    counts = found.map(len).to_numpy(dtype=np.int64)
    rows = np.repeat(np.arange(len(found)), counts)
    nth = np.arange(len(rows)) - np.repeat(np.cumsum(counts) - counts, counts)
    # each distinct word is looked at once
    codes, uniques = pd.factorize(pd.Series([w for ws in found for w in ws], dtype=object))
    uniques = pd.Series(uniques, dtype=object)
    low = uniques.str.lower()
    # the framework's own vocabulary: words it uses in OWN_WORD statements or more
    spread = pd.Series(rows).groupby(low.to_numpy()[codes]).nunique()
    own = low.isin(set(spread[spread >= OWN_WORD].index)).to_numpy(dtype=bool)
    camel = uniques.str.fullmatch(_CAMEL.pattern).to_numpy(dtype=bool)
    always = (
        uniques.isin(proper)
        # a word with a letter outside English's alphabet is a loanword or a name
        # ("communiqué", "whānau"), not a slip in an English word
        | ~uniques.map(str.isascii).astype(bool)
        | (uniques.str[1:].str.contains("[A-Z]", regex=True) & ~camel)
        | (uniques.str.len() < 3)
    ).to_numpy(dtype=bool)
    capital = uniques.str[0].str.isupper().to_numpy(dtype=bool)
    skip = always[codes] | ((nth > 0) & capital[codes])
    table = pd.DataFrame(
        {
            "row": rows,
            "word": uniques.to_numpy()[codes],
            "lower": low.to_numpy()[codes],
            "own": own[codes],
        }
    )[~skip]
    # each distinct word checked once, as first written
    first = table.drop_duplicates("lower")
    fixes = {
        lower: _fix(word, ctx.fw.language, own=mine)
        for lower, word, mine in zip(first["lower"], first["word"], first["own"], strict=True)
    }
    table = table.assign(fix=table["lower"].map(fixes))
    flagged = table[table["fix"].notna()].drop_duplicates(["row", "lower"])
    idents = ind["indicator_id"].to_numpy()
    for row, word, lower, fix in flagged[["row", "word", "lower", "fix"]].itertuples(index=False):
        if " " in fix:
            message = f"'{word}' looks like two words run together; did you mean '{fix}'?"
        else:
            hint = f"; did you mean '{fix}'?" if fix and fix != lower else ""
            message = f"'{word}' looks misspelt{hint}"
        yield {"indicator_id": idents[row], "subject": word, "message": message}
    yield from _name_slips(ctx, proper)
    prose = texts.str.replace(_CODE, " ", regex=True)
    for ident, text in zip(idents, prose, strict=True):
        for m in _RUN_ON.finditer(text):
            if m[1].lower() != m[3].lower():  # "context.Context" names a type
                yield {
                    "indicator_id": ident,
                    "subject": m[0],
                    "message": f"'{m[0]}' runs two sentences together; "
                    f"did you mean '{m[1]}{m[2]} {m[3]}'?",
                }
        for said, whole in _split_compounds(text):
            yield {
                "indicator_id": ident,
                "subject": said,
                "message": f"'{said}' is one word; did you mean '{whole}'?",
            }
        for m in _NO_SPACE.finditer(text):
            yield {
                "indicator_id": ident,
                "subject": m[0],
                "message": f"'{m[0]}' has no space after '{m[2]}'; "
                f"did you mean '{m[1]}{m[2]} {m[3]}'?",
            }


def _whole(m: re.Match) -> str:
    """A hyphened word as one where the dictionary knows it so ("infor-mation"), else as is.

    Examples
    --------
    >>> [_whole(m) for m in _HYPHENED.finditer("infor-mation, self-aware, re-use")]
    ['information', 'self-aware', 'reuse']
    """
    whole = m[1] + m[2]
    return whole if known(whole.lower()) else m[0]


def _name_slips(ctx: Context, proper: frozenset[str]):
    """Slips of the hand in the names of levels and competencies (T005).

    A name heads every table, report and workbook; a word in it is flagged only as a slip of
    the hand for a common word (:func:`~compkit.checks.dictionary.likely_typo`), never as two
    words run together: names hold terms of art and coinages ("Play3r", "DevOps").
    """
    fw = ctx.fw
    named = [("level", {"level": x.id}, x.name) for x in fw.level_records]
    named += [(fw.competency_term, {"competency_id": c.id}, c.name) for c in fw.competency_records]
    for kind, where, name in named:
        for word in dict.fromkeys(_WORD.findall(name)):
            if word in proper or len(word) < 3 or not word.isascii() or not word[1:].islower():
                continue
            if fix := likely_typo(word, fw.language):
                yield {
                    **where,
                    "subject": word,
                    "message": f"'{word}' in the {kind} name '{name}' looks misspelt; "
                    f"did you mean '{fix}'?",
                }


def _fix(word: str, language: str, *, own: bool) -> str | None:
    """The correction of a misspelt ``word``, its two words when it runs two together, or None.

    A word the framework uses in several statements is its own vocabulary, unless it runs two
    words together.

    Examples
    --------
    >>> _fix("acurate", "en-GB", own=False), _fix("andconstructive", "en-GB", own=True)
    ('accurate', 'and constructive')
    >>> _fix("acurate", "en-GB", own=True), _fix("styleguides", "en-GB", own=False)
    (None, None)
    """
    if not (own or _CAMEL.fullmatch(word)) and (typo := likely_typo(word, language)):
        return typo
    base = word.removesuffix("'s")
    split = run_together(base)
    return split + word[len(base) :] if split else None
