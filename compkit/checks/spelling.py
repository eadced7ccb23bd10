"""Spelling rules (T): one word spelt two ways, doubled words, confused words.

Misspelt words and words run together are rule T005's (:mod:`compkit.checks.misspelling`).

The dictionary (:mod:`compkit.checks.dictionary`) is pyspellchecker's English word list, read in
the framework's ``language``: British spellings (-ise, -yse, -our, -tre, -mme, -ence, -lled, ...)
are correct in en-GB, en-AU, en-NZ, en-CA and every English but en-US, American ones in en-US; no
rule suggests the other language's form. Word lists are in :mod:`compkit.checks.words`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cached_property, lru_cache

import numpy as np
import pandas as pd

from .._words import plural
from ..framework.spellings import BRITISH_TO_AMERICAN
from .compounds import attributive_usual, drop_predicative
from .context import Context, plain
from .dictionary import _british_form, american, british_spelling, known, program_word, two_words
from .registry import rule
from .runins import heading_before, run_in_message
from .spelling_systems import other_system
from .tongues import double_allowed
from .words import COMPOUNDS, CONFUSED, CONFUSED_CLUES, HYPHEN_PREFIXES

_WORD = re.compile(r"[A-Za-z][A-Za-z']*[A-Za-z]|[A-Za-z]")
_COMPOUND = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*")
#: A web address, whose words are a path's, not the framework's spelling (T009): with its scheme
#: or "www.", or written bare as a domain and a path ("github.com/mre/idiomatic-rust",
#: "example.org/path"), the domain's last part a name of letters (no "3.5/5").
_URL = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/\S*", re.IGNORECASE)
#: Particles of phrasal verbs: "pay off" (the verb) is not a spelling of "pay-off" (the noun).
_PARTICLES = ["up", "off", "out", "in", "on", "down", "over", "back", "away", "through"]
_DOUBLED = re.compile(r"\b([^\W\d_]+)\s+(\1)\b", re.IGNORECASE)
#: Two words written twice in a row, a word between the copies ("in the in the").
_DOUBLED_PAIR = re.compile(r"\b([^\W\d_]+\s+[^\W\d_]+)\s+(\1)\b", re.IGNORECASE)


@rule("T013", "doubled-word", "warning")
def doubled_word(ctx: Context):
    """A word is written twice in a row ("to to develop").

    **What it does.** Finds a word repeated straight after itself, in any case and any
    alphabet, except the few doubles that are grammatical in the framework's language ("that
    that", "had had"; French "nous nous engageons", German "das Team, das das Projekt
    leitet" after a comma or a conjunction, Dutch "zorgt dat dat gebeurt"), and a pair of
    words repeated straight after itself ("works with the with the team"). A heading run into
    a paragraph opening with its last word ("PhD PhD students ...") is said to be that.

    **Why it matters.** A doubled word is a typing slip that a spell-checker passes, and a
    reader stumbles on it.

    **Example.** "You can estimate how long it will take to to develop a feature".

    **Fix.** Delete one of the two.
    """
    language = ctx.fw.language
    for r in ctx.rows:
        for m in _DOUBLED.finditer(r.text):
            if not double_allowed(language, m.group(1), r.text[: m.start()]):
                second = m.end() - len(m.group(1))  # "PhD PhD students": a heading run in
                lead = m.group(1)[:1].isupper() and heading_before(r.text, second)
                said = f"'{m.group(0)}': the word '{m.group(1)}' is written twice"
                yield {
                    "indicator_id": r.indicator_id,
                    "subject": m.group(0),
                    "message": run_in_message(lead, m.group(1)) if lead else said,
                }
        for m in _DOUBLED_PAIR.finditer(r.text):
            yield {
                "indicator_id": r.indicator_id,
                "subject": m.group(0),
                "message": f"'{m.group(0)}': the words '{m.group(1)}' are written twice",
            }


def _other_text(fw) -> str:
    """The framework's words outside its statements: names, descriptions, introduction."""
    parts = [fw.title]
    for attr in ("competency_records", "level_records", "group_records", "value_records"):
        parts += [f"{x.name}. {x.description}" for x in getattr(fw, attr)]
    parts += [p.text for p in fw.introduction]
    return plain("\n".join(parts)).lower()


def _examples(words: list[str]) -> str:
    """'a', 'a' and 'b', or 'a', 'b' and 3 more words, quoted."""
    quoted = [f"'{w}'" for w in words[:2]]
    if len(words) > 2:
        return f"{', '.join(quoted)} and {plural(len(words) - 2, 'more word')}"
    return " and ".join(quoted)


class _Habits:
    """How a framework spells its words: which of two spellings it uses for other words.

    A word spelt two ways equally often ("organises" once, "organizes" once) is told by the
    framework's other words: one written in Oxford -ize throughout slipped into "organises".
    """

    def __init__(self, texts: pd.Series, other: str):
        self._texts = texts
        self.other = other

    @cached_property
    def words(self) -> list[str]:
        """The distinct words of the statements, lower case, by how often they are used."""
        found = self._texts.str.lower().str.findall(_WORD.pattern).explode().dropna()
        return found.value_counts().index.tolist()

    def kin(self, form: str, forms: list[str], key: str) -> list[str]:
        """Other words spelt the way ``form`` is and not the way the other ``forms`` are."""
        rivals = [f for f in forms if f != form]
        found = _pattern(form, rivals)
        if found is None:
            return []
        pattern, repl = found
        out = []
        side = _british(form)
        for word in self.words:
            gb, british = _spelling(word)
            if (
                gb
                and british == side
                and pattern.search(gb)
                and pattern.sub(repl, gb) == american(gb)
                and _variant_key(word, "en-US") != key
            ):
                out.append(word)
        return out

    def named(self, form: str) -> int:
        """How often ``form`` is written in the framework's names, descriptions, introduction."""
        return len(re.findall(rf"(?<![\w-]){re.escape(form)}(?![\w-])", self.other))


@lru_cache(maxsize=1 << 16)
def _spelling(word: str) -> tuple[str, bool]:
    """A word's British form and whether it is that form ("" for a word of one spelling)."""
    if _british(word):
        return word, True
    gb = _british_form(word)
    return (gb, False) if gb != word else ("", False)


def _pattern(form: str, rivals: list[str]) -> tuple[re.Pattern, str] | None:
    """The British -> American pattern that tells ``form`` from its rivals, if one does."""
    for pattern, repl in BRITISH_TO_AMERICAN:
        for a in (form, *rivals):
            if pattern.search(a) and pattern.sub(repl, a) in (form, *rivals) and _british(a):
                return pattern, repl
    return None


def _british(form: str) -> bool:
    """Whether a form is the British one of its spellings (-ise, -our, -tre, judgement)."""
    return american(form) != form


@lru_cache(maxsize=1 << 16)
def _variant_key(form: str, language: str) -> str:
    """One key for the spellings of a word: no hyphens or spaces, American, 'judgment'.

    In en-GB (not en-AU or en-CA) text "programme" and "program" are two words, kept apart.
    """
    joined = form.replace("-", "").replace(" ", "")
    if (gb := british_spelling(language)) and two_words(joined, language):
        return joined
    if not gb and _plural_noun(joined):
        return joined  # "analyses", the plural of "analysis": not the British "analyzes"
    return american(joined)


def _plural_noun(word: str) -> bool:
    """Whether a word in -yses is the plural of a noun in -ysis ("analyses", "paralyses")."""
    return word.endswith("yses") and known(word[:-4] + "ysis")


def _standard(form: str, gb: bool = False) -> int:
    """0 for a form the dictionary gives, 1 for another compound, 2 for another single word.

    The dictionary gives a known single word ("proactively"), a hyphenated prefix that always
    takes its hyphen ("self-control", not "self control"), the compounds of
    :data:`~compkit.checks.words.COMPOUNDS` ("thought leader", not "thought-leader") and, in
    British English (``gb``), "co-" before a vowel ("co-operate" as well as "cooperate").

    Examples
    --------
    >>> [_standard(f) for f in ["self-control", "self control", "thought leader",
    ...     "thought-leaders", "well scoped", "proactively", "selfreflection"]]
    [0, 1, 0, 1, 1, 0, 2]
    >>> _standard("co-operate"), _standard("co-operate", gb=True)
    (1, 0)
    """
    parts = re.split(r"[- ]", form)
    if len(parts) == 1:
        return 0 if known(form) or known(american(form)) else 2
    joined = "".join(parts)
    if gb and form.startswith("co-") and form[3:4] in "aeiou" and known(american(joined)):
        return 0
    if "-" in form and " " not in form and parts[0] in HYPHEN_PREFIXES:
        return 0 if known(parts[-1]) or known(american(parts[-1])) else 1
    return 0 if form in COMPOUNDS or (form[-1] == "s" and form[:-1] in COMPOUNDS) else 1


def _foreign(form: str, british: set[str], language: str) -> bool:
    """Whether ``form`` is spelt in the other English than the framework's ``language``.

    In en-US text a British form ("analyses" the verb, "behaviour") is; in en-GB text an
    American one ("behavior", "analyzes") is, but not an -ize form of a British -ise word
    (Oxford spelling, "organization", is British too). ``british`` is the word's British forms.
    """
    if not british_spelling(language) or (program_word(language) and form.startswith("program")):
        return form in british
    return bool(british) and form not in british and form.replace("iz", "is") not in british


def _forms(texts: list[tuple[str, str]], language: str) -> dict[str, dict[str, list[str]]]:
    """``{key: {form: [indicator ids in order]}}`` of the words spelt more than one way.

    Over single, hyphenated and split words ("pro-actively", "proactively", "pro actively");
    keys and forms in order of first use. Each distinct word is keyed once.
    """
    ids = [ident for ident, _ in texts]
    found = pd.Series([text for _, text in texts], dtype=object)
    # a web address spells no word: ".../mre/idiomatic-rust" is no "idiomatic rust"
    found = found.str.replace(_URL, " ", regex=True).str.findall(_COMPOUND)
    rows = np.repeat(np.arange(len(found)), found.map(len).to_numpy(dtype=np.int64))
    codes, raw = pd.factorize(pd.Series([w for ws in found for w in ws], dtype=object))
    forms = pd.Series(raw, dtype=object).str.lower().str.replace(r"'s$", "", regex=True)
    keys = np.array([_variant_key(w, language) for w in forms], dtype=object)
    words = pd.Series(forms.to_numpy()[codes], dtype=object)
    table = pd.DataFrame({"row": rows, "form": words, "key": keys[codes]})
    joined = set(table.loc[table["form"].str.contains("-", regex=False), "key"])
    # split words ("pro actively") of a key also written with a hyphen: a prefix and a
    # length close to the key's first, then the exact key
    same_row = np.r_[rows[1:] == rows[:-1], False] if len(rows) else np.zeros(0, dtype=bool)
    first = np.flatnonzero(same_row)
    a, b = words.to_numpy()[first], words.to_numpy()[first + 1]
    both = pd.Series(a, dtype=object) + pd.Series(b, dtype=object)
    near = {(k[:3], len(k) + d) for k in joined for d in range(-3, 4)}
    # a verb and its particle ("pay off", "follows up") are not the noun ("pay-off", "setup")
    verb = np.isin(b, _PARTICLES) if len(b) else np.zeros(0, dtype=bool)
    maybe = np.array([(k[:3], len(k)) in near and "-" not in k for k in both], bool) & ~verb
    split = pd.DataFrame(
        {"row": rows[first], "form": pd.Series(a, dtype=object) + " " + b, "both": both}
    )[maybe]
    split = split.assign(key=[_variant_key(s, language) for s in split["both"]])
    split = split[split["key"].isin(joined)].drop(columns="both")
    split = drop_predicative(split, table, [text for _, text in texts])
    table = pd.concat([table, split], ignore_index=True)
    many = table.groupby("key", sort=False)["form"].nunique()
    table = table[table["key"].isin(many[many >= 2].index)]
    out: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for (key, form), group in table.groupby(["key", "form"], sort=False)["row"]:
        out[key][form] = [ids[r] for r in group]
    return out


@rule("T009", "inconsistent-spelling", "warning")
def inconsistent_spelling(ctx: Context):
    """One word is spelt two ways in the framework.

    **What it does.** Groups the words of all statements by a spelling key (hyphens and spaces
    dropped, -ise/-ize, -our/-or, -tre/-ter and judgement/judgment made one), and flags each
    statement that uses a less common form of a word spelt more than one way ("Pro-actively" where
    "Proactively" is the usual form), and each form of a word whose other forms are spelt in the
    other system ("organize" where "organises" and "organisation" are -ise; in American text, the
    -ise forms). On a tie the usual form is the one spelt the way the framework spells its other
    words (in a framework written in Oxford -ize throughout, a lone "organises" is the slip, not
    "organizes"), then the one its names, descriptions and introduction use, then the form of its
    ``language``, then a form the dictionary gives ("self-reflection", not "selfreflection";
    "self-control", not "self control"; "thought leader", not "thought-leader"). A tie nothing
    breaks ("well scoped" once, "well-scoped" once) is one finding, on the form used later, that
    calls neither wrong. The words of a web address ("github.com/mre/idiomatic-rust") are none. A
    form of the other English is never the usual one, even when it is the commoner: in en-US text
    "recognises" becomes "recognizes"; in en-GB text "behavior" becomes "behaviour" (but
    "organization", Oxford spelling, is British too). In en-GB text, "programme" and "program" (and
    "licence" and "license") are two words, not two spellings (en-AU and en-CA write "program" for
    both); in en-US text, "analyses" (the plural of "analysis") is not the verb "analyzes"; a verb
    with its particle ("pay off", "follows up") is not its noun ("pay-off", "follow-up"); and a
    compound left open where it is a noun, at the end of its sentence or before a function word
    ("code peers consider high quality.", "built for the long term and ..."), is not a slip where
    its hyphenated form always comes before a noun ("high-quality code"): modifiers take the hyphen
    only there. A noun so used after a determiner ("for the long term and ...") is not a slip where
    its hyphenated form comes before a noun at least once ("a long-term project"). A compound that
    only ever stands before a noun takes its hyphen, however often it is left open ("engineering
    wide improvements" beside "engineering-wide initiatives"; a tie too). A British form in en-US
    text ("minimise"; not "expertise") and an American one in en-GB text ("behavior"; not Oxford's
    "organize") are flagged; with nothing else telling, one finding.

    **Why it matters.** Mixed spellings read as careless, and break search and comparison
    across the framework.

    **Example.** "Pro-actively develops links" with "Proactively works" elsewhere; "good
    judgement" and "their judgment".

    **Fix.** Use the framework's usual spelling everywhere.
    """
    ind = ctx.indicators
    language = ctx.fw.language
    forms = _forms(list(zip(ind["indicator_id"], ind["text"], strict=True)), language)
    order = {ident: k for k, ident in enumerate(ind["indicator_id"])}
    gb = british_spelling(language)
    habits = _Habits(ind["text"], _other_text(ctx.fw))
    said: set[tuple[str, str]] = set()
    text_of = dict(zip(ind["indicator_id"], ind["text"], strict=True))
    for key, variants in forms.items():
        if len(variants) < 2:
            continue
        british = {f for f in variants if _british(f)}
        native = [f for f in variants if not _foreign(f, british, language)] or list(variants)
        if hyphen := attributive_usual(variants, text_of):
            native = [hyphen]  # "engineering-wide improvements", however often left open
        most = max(len(variants[f]) for f in native)
        tied = [f for f in native if len(variants[f]) == most]
        # the usual form: most occurrences; on a tie, the way the framework spells its other
        # words (Oxford -ize throughout, say), then its names and descriptions, then its
        # English, then the form the dictionary gives; never a form of the other English
        kin = {f: habits.kin(f, tied, key) for f in tied} if len(tied) > 1 else {}
        ranks = {
            f: (-len(kin.get(f, ())), -habits.named(f), _british(f) != gb, _standard(f, gb))
            for f in tied
        }
        usual = min(tied, key=lambda f: (ranks[f], order[variants[f][0]]))
        n = plural(len(variants[usual]), "time")
        even = [f for f in tied if ranks[f] == ranks[usual] and f != usual]
        if even:
            # a tie nothing breaks ("well scoped" once, "well-scoped" once): one finding, on
            # the first statement of the form used later, calling neither wrong
            later = min(even, key=lambda f: order[variants[f][0]])
            yield {
                "indicator_id": variants[later][0],
                "subject": later,
                "message": f"'{later}' is spelt '{usual}' as often elsewhere in the framework "
                f"({n}); neither is the usual spelling: choose one",
            }
        outvoted = any(len(variants[f]) > len(variants[usual]) for f in variants)
        why = f"; '{usual}' is the {language} spelling" if outvoted else ""
        if kin and len(kin[usual]) > max(len(kin[f]) for f in tied if f != usual):
            why = "; the framework spells " + _examples(kin[usual]) + " so"
        if hyphen:
            why = "; before a noun the compound takes its hyphen"
        for form, idents in variants.items():
            if form == usual or form in even:
                continue
            for ident in dict.fromkeys(idents):
                said.add((ident, form))
                yield {
                    "indicator_id": ident,
                    "subject": form,
                    "message": f"'{form}' is spelt '{usual}' elsewhere in the framework ({n})"
                    + why,
                }
    # a word's forms spelt both ways ("organises", "organize"); British in American ("minimise")
    texts = zip(ind["indicator_id"], ind["text"], strict=True)
    yield from other_system(texts, forms, language, said)


@rule("T010", "confused-word", "warning")
def confused_word(ctx: Context):
    """A commonly confused word or phrase: a real word in the wrong place.

    **What it does.** Matches a short, documented list of confusions that a dictionary cannot
    see and that are wrong in any framework, in British or American English: "thrives to"
    (strives to), "has to why" (as to why), "in to account" (into account), the noun
    "practise" after a determiner or adjective (practice), "other's" not after
    each/one/an/the/every (others'), a plural possessive without its apostrophe ("service
    users views"), "could of" (could have), "it's own" (its own), "there own" (their own),
    "each others" (each other's), "per say" (per se) and "your are" (you are); a possessive
    after a determiner missing its apostrophe ("my teams decisions": team's, or teams' for
    several; only for people and groups, "team", "customer", "stakeholder" ..., before what
    they hold, "decisions", "needs", "best interests" ...); and set phrases missing their
    article: "in timely manner" (in a timely manner), "on regular basis", "in efficient manner"
    (an), "acts as sounding board" (as a sounding board; also "role model", "point of
    contact"), "has good understanding of" (a good understanding; also "grasp", after "has",
    "demonstrates", "shows" and the like). Articles are checked only in these phrases: a
    statement written in note form ("Provides guidance", "Takes ownership") is not at fault.

    **Why it matters.** These slips survive spell-checkers and change or blur the meaning.

    **Example.** "Thrives to be creative in their work".

    **Fix.** Use the suggested wording.
    """
    ind = ctx.indicators
    texts, idents = ind["text"].tolist(), ind["indicator_id"].tolist()
    lower = ind["text"].str.lower()
    found = []
    for k, ((pattern, repl, why), clue) in enumerate(zip(CONFUSED, CONFUSED_CLUES, strict=True)):
        rows = np.flatnonzero(lower.str.contains(clue, regex=False)) if clue else range(len(texts))
        for row in rows:
            for m in pattern.finditer(texts[row]):
                fix = m.expand(repl)
                fix = fix[0].upper() + fix[1:] if m.group(0)[0].isupper() else fix
                found.append((row, k, m.start(), idents[row], m.group(0), fix, m.expand(why)))
    for *_, ident, said, fix, why in sorted(found):
        yield {
            "indicator_id": ident,
            "subject": said,
            "message": f'"{said}" should read "{fix}" ({why})',
        }
