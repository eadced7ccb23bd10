"""Text-quality rules (T) on the form of statements: fragments, conversion leftovers, voice.

Spelling and word choice are in :mod:`compkit.checks.spelling`; capitals and quotation marks in
:mod:`compkit.checks.typography`.
"""

from __future__ import annotations

import re

import pandas as pd

from .._words import plural
from ..framework.tongue import is_english
from .context import Context
from .cutoffs import CLOSING as _CLOSING
from .cutoffs import CUT_OFF as _CUT_OFF
from .cutoffs import cut_mid_sentence
from .listends import closes_on_list
from .lowernames import lower_name
from .registry import rule
from .strays import named_end, people_of, role_titles, stray_mark
from .voice import VOICES
from .voicenotes import how, mixed_voices, prose_competencies, prose_findings

#: Fewer words than this make a statement a fragment (T003).
MIN_WORDS = 3
#: A framework with this share of statements of ``MIN_WORDS`` words or fewer writes in short
#: phrases: only its one-word statements are fragments (T003).
SHORT_SHARE = 0.1
#: A share of statements following one form at or above this sets the pattern (T007, T011).
PATTERN_SHARE = 0.75
#: Ineffective statements this many or more keep a voice of their own (T007).
OWN_VOICE = 5

_STRAY_END = re.compile(r"\b([a-z][a-z']+)\s+([A-Z][a-z]+)[.\s]*$")
# the last word is one of a list of capitalised items ("Visual, Auditory, Motor and Cognitive",
# "Jira and Confluence"), or a name after "such as", "like", "including" ("tools like Jira")
_NAME_LIST_END = re.compile(
    r"(?:\b[A-Z][\w.+#-]*,?\s+(?:and|or|&|and/or)\s+"
    r"|\b(?:such as|like|including|e\.g\.?,?|namely|notably|especially|for example,?)\s+"
    r"(?:[A-Z][\w.+#-]*,?\s+(?:(?:and|or|&)\s+)?)*)"
    r"[A-Z][a-z]+[.\s]*$"
)
#: A statement in title case is a heading, not a sentence with a stray word ("Growing the Team").
_TITLE_WORD = re.compile(r"\b[A-Za-z][a-z]{3,}\b")
_LEANS = re.compile(
    r"^\s*(Likewise|Similarly|Also|As above|As before|In addition(?! to\b)|"
    r"Furthermore|This|These|The same)\b[,\s]",
    re.IGNORECASE,
)
#: Words no sentence ends with (articles, conjunctions, possessives, prepositions that are no
#: particle of a phrasal verb): a statement ending so, with no full stop, was cut short (T001).
_OPEN_WORDS = frozenset(
    """a an the and or but nor of to at for with by from as into onto within across via per
    between among against without their his her its our your my such including than which
    whose whom while if both either""".split()  # noqa: SIM905
)


def _left_open(text: str) -> bool:
    """Whether a statement reads unfinished.

    It does when its last mark is one of :data:`_CUT_OFF`, or it ends with no mark after a word
    of :data:`_OPEN_WORDS`.

    Examples
    --------
    >>> [_left_open(t) for t in ["Is willing to take risks and", "Plans the work,",
    ...     "Reduces churn by 10%", "Plans the work.", "Builds trust with"]]
    [True, True, False, False, True]
    """
    end = _CLOSING.sub("", text)
    if end[-1:] in _CUT_OFF:
        return True
    words = end.split()
    return bool(words) and words[-1].lower() in _OPEN_WORDS


# A closing abbreviation's full stop ("..., etc.", "e.g.") says nothing about the pattern.
_ABBREVIATION_END = re.compile(r"\b(?:etc|e\.g|i\.e|et al|Inc|Ltd|Co|vs|approx)\.$")


def percent(share: float) -> str:
    """A share as a whole percentage that never rounds a part up to all, or down to none.

    Examples
    --------
    >>> percent(0.857), percent(0.996), percent(0.003)
    ('86%', 'over 99%', 'under 1%')
    """
    if 0.99 < share < 1:
        return "over 99%"
    if 0 < share < 0.01:
        return "under 1%"
    return f"{share:.0%}"


@rule("T001", "fragment-lower-case-start", "warning")
def fragment_lower_case_start(ctx: Context):
    """A statement starts in lower case where the framework's statements start with a capital.

    **What it does.** Flags statements whose first letter is lower case, when at least 75 % of
    the framework's statements start with a capital. A statement that completes a stem ("You
    should:" then "be familiar with ...") is read after its stem and never flagged, and a
    framework that writes its statements in lower case (bullets of a table, say) is left
    alone.

    A statement opening with a name written in lower case ("gitdm is used ...",
    "openprofile.dev will ...": a word the dictionary does not know, nor reads as a slip, or
    an address) is no fragment.

    **Why it matters.** Among capitalised statements, a lower-case start is usually the tail of
    a statement broken across numbers or lines. The message says so when the statement before
    it reads unfinished (it ends with a comma, or with no full stop after "and", "to", "the"
    ...); a list printed in lower case ("decreasing onboarding time" after "... by 10%") gets
    the plain message.

    **Example.** "to be creative in their approach to their ideas" after "Is willing to".

    **Fix.** Join it to the statement it continues (record the repair), or capitalise it.
    """
    ind = ctx.indicators
    free = ind[ind["stem"] == ""]
    lower = free["text"].str.strip().str[:1].str.islower()
    share = 1 - lower.mean() if len(free) else 0.0
    if share < PATTERN_SHARE:
        return
    first = free.loc[lower, "text"].str.extract(r"^\s*([a-z][\w.-]*[\w])", expand=False)
    named = first.fillna("").map(lower_name).astype(bool)  # "gitdm is ...", "npm", "x.dev"
    lower[named[named].index] = False
    before = ind["text"].shift(1, fill_value="").str.strip()
    for ident, prev in zip(
        free.loc[lower, "indicator_id"], before[lower[lower].index], strict=True
    ):
        guess = (
            f": the end of the statement before it ('... {' '.join(prev.split()[-3:])}')?"
            if _left_open(prev)
            else ""
        )
        yield {
            "indicator_id": ident,
            "message": f"starts in lower case, unlike {percent(share)} of the statements{guess}",
        }


@rule("T002", "fragment-trailing-comma", "warning")
def fragment_trailing_comma(ctx: Context):
    """A statement ends with a comma, colon, semicolon or dash.

    **What it does.** Flags statements whose last character promises more text.

    **Why it matters.** The statement was cut off, or its end was lost in conversion.

    **Example.** "I create organisational structures and systems that are robust and can
    withstand scrutiny,".

    **Fix.** Complete the statement, or end it with a full stop.
    """
    for r in ctx.rows:
        if r.text.rstrip()[-1:] in _CUT_OFF:
            yield {
                "indicator_id": r.indicator_id,
                "message": f"ends with '{r.text.rstrip()[-1]}': the statement looks cut off",
            }


@rule("T003", "fragment-too-short", "info")
def fragment_too_short(ctx: Context):
    """A statement has fewer than three words.

    **What it does.** Flags statements of one or two words. A framework written in short
    phrases (one statement in ten, or more, of three words or fewer: "taking sides", "admits
    mistakes") is measured against its own style: there only one-word statements are flagged.
    So is a framework not in English: a language that writes compounds as one word or elides
    its articles says in two words what English says in three ("Anwenderschulung
    durchführen", "Documenter l’application": conduct user training, document the
    application).

    **Why it matters.** Too short to say what behaviour is expected, or how well.

    **Example.** "Is flexible".

    **Fix.** Say what the holder does, and to what standard.
    """
    words = [len(r.text.split()) for r in ctx.rows]
    terse = bool(words) and sum(n <= MIN_WORDS for n in words) >= SHORT_SHARE * len(words)
    english = is_english(ctx.fw.language)
    least = 2 if terse or not english else MIN_WORDS
    for r, n in zip(ctx.rows, words, strict=True):
        if n < least:
            style = ", even among this framework's short phrases" if terse else ""
            yield {
                "indicator_id": r.indicator_id,
                "message": f"only {plural(n, 'word')}: too short to describe a behaviour{style}",
            }


@rule("T004", "stray-word", "warning")
def stray_word(ctx: Context):
    """A statement ends with a stray capitalised word or quotation mark: a conversion leftover.

    **What it does.** Flags a statement ending in a quotation mark that closes no quotation
    ("... when necessary.'": no mark opens one before it; an odd number of straight double
    marks; a mark after an "s" is a plural possessive, "and others'"), and one ending in a
    capitalised word after a lower-case one,
    where the word is not a proper noun of the framework (a word it capitalises mid-sentence
    elsewhere too, a word of its organisation's name, or one listed in
    ``rules: {allow_words: [...]}``), nor a name a preposition takes, in the singular
    ("mandated by Congress", "deployment in Heroku"), nor the last of a list of items
    capitalised alike ("Visual, Auditory, Motor and Cognitive", "Jira and Confluence"), nor a
    name after "such as", "like" or "including" ("tools like Jira"), nor a name for the people
    of a proper noun of the framework, which a dictionary does not know ("all Dropboxers" in a
    framework titled "Dropbox ...", "Googlers", "Monzonauts"), nor a person its levels or roles
    name ("other Maintainers" where Maintainer is a level), nor an institution after its
    article ("others in the Company", "the Board"), nor a title ("Code of Conduct"). A
    statement in title case ("Growing the Team") is a heading, and is left alone.

    **Why it matters.** Table conversion pastes headings and the next cell's first word onto
    statements ("...service users Person"), or keeps the capital of a wrapped line ("values
    are Compromised"), and a quoted source keeps a closing quote; readers stumble on them.

    **Example.** "Uses communication effectively to assist planning between managers, team
    members and service users Person".

    **Fix.** Delete the stray word, mark or capital (record the repair), or allow the word if
    it is a name.
    """
    proper = ctx.proper_nouns
    fw = ctx.fw
    titles = role_titles([*(v.name for v in fw.level_records), *(v.name for v in fw.role_records)])
    for r in ctx.rows:
        mark = stray_mark(r.text)
        if mark:
            yield {
                "indicator_id": r.indicator_id,
                "message": f"ends with a stray {mark} that closes no quotation: a slip of "
                "typing or conversion",
            }
            continue
        m = _STRAY_END.search(r.text)
        if not m or m.group(2) in proper or _NAME_LIST_END.search(r.text):
            continue
        if people_of(m.group(2), proper) or named_end(r.text, m.group(2), titles):
            continue
        long = _TITLE_WORD.findall(r.text)
        if len(long) >= 2 and all(w[0].isupper() for w in long):
            continue
        yield {
            "indicator_id": r.indicator_id,
            "message": f"ends with a capitalised '{m.group(2)}' after '{m.group(1)}': a "
            "stray word left by document conversion, or a wrong capital",
        }


@rule("T006", "leans-on-neighbour", "warning")
def leans_on_neighbour(ctx: Context):
    """A statement only makes sense after its neighbour ("Likewise, ...").

    **What it does.** Flags statements that open with a word pointing at another statement:
    Likewise, Similarly, Also, As above, In addition, Furthermore, This, These. "In addition
    to their own work, reviews ..." says what it adds to, and stands alone.

    **Why it matters.** Statements are read, assessed and mapped one at a time; a statement
    that leans on the one before loses its meaning when it stands alone.

    **Example.** "Likewise, must be open to other suggestions".

    **Fix.** Say it in full: "Is open to other people's suggestions, even when...".
    """
    for r in ctx.rows:
        if m := _LEANS.match(r.text):
            yield {
                "indicator_id": r.indicator_id,
                "message": f"opens with '{m.group(1)}': it leans on a neighbouring statement",
            }


@rule("T007", "voice-breaks-pattern", "warning")
def voice_breaks_pattern(ctx: Context):
    """A statement breaks the framework's grammatical voice.

    **What it does.** Finds the framework's voice among its statements that complete no
    stem, when at least 75 % follow it (see :func:`compkit.checks.voice.voice`): first person
    ("I plan ..."), second person ("You plan ..."), third person about the holder ("Plans
    ...", "Can plan ...", "Is able to ...", "Accountable for ..."), or imperative or bare verb
    ("Plan ..."); an opening lead-in ("Where appropriate,", "Regularly", or any short phrase
    closed by a comma: "As needed,", "In meetings,") is read past, so is a run-in label of a
    few words closed by a colon or a dash where the rest is in the framework's voice ("Craft -
    I focus ...", "WEB: You're ..."), and so is a short opening sentence with a subject of its
    own ("The buck stops here. You're ..."), and adjectives that take a complement ("Aware of"), a
    verb compounded with "self" and written open ("Self learns ...") and a person described
    by a relative clause ("Someone who takes ...") read as the holder, while a finite verb
    that needs a subject ("Are curious ...", "Have taught ...") is no instruction unless a
    stem gives it one ("Candidates who:"); in a second-person framework, a statement that
    speaks to the reader though "You" does not open it ("Others often turn to you ...", "If
    you get blocked ... you seek help") is in its voice, and so, in a first-person one, is a
    statement in which the writer speaks though others open it ("People value my opinions",
    "Even when I disagree ..., I continue ..."). It flags the statements that
    break it: another person, an imperative among third-person statements ("Act as ..."), a
    third-person verb among imperatives, a past tense ("Made ..."), a modal of obligation
    ("must be ..."), or no verb ("Actively involved in ...", "An analytical mindset ..."). A
    statement that completes a stem ("You should:") must start with a bare verb. The message
    says how a statement breaks the voice where that is sure: another person, an opening in
    "-ing" with no verb of its own, or a passive whose "is" was left out among the holder's
    active verbs ("Known for ...", "Sought out for ...": a reputation, not a behaviour, and
    "Is known for ..." keeps the voice). Where no voice holds 75 % but two voices hold 90 %
    between them, the smaller 20 % or more ("Own hiring ..." and "Participates in ..."), one
    finding at the first statement in the smaller voice says so with both counts; a split
    with fragments ("Deep expertise in ...") is no voice and is not reported. A competency
    10 or more of whose statements break the voice, and two thirds of them, reads as prose (a
    level's summary in paragraphs): one finding, at its first such statement, says so.
    Ineffective statements, five or more, are read against their own voice, effective ones
    against theirs.

    **Why it matters.** A consistent voice lets every statement complete the same opening
    ("The holder ...", "I ...", "You should ..."); a break reads as an instruction or a
    fragment.

    **Example.** In a third-person framework: "Act as a positive role model for innovation".

    **Fix.** Rewrite in the framework's voice: "Acts as a positive role model ...".
    """
    # ineffective statements keep a voice of their own ("Confusing exposure with ...",
    # "Blames others"): each polarity is read against its own pattern
    ind = ctx.indicators
    neg = ind["polarity"] == "ineffective"
    if neg.sum() < OWN_VOICE or neg.all():
        yield from _voice_breaks(ind, "statements")  # a few are read with the others
        return
    yield from _voice_breaks(ind[~neg], "effective statements")
    yield from _voice_breaks(ind[neg], "ineffective statements")


def _voice_breaks(ind: pd.DataFrame, of: str):
    """T007's findings among statements of one polarity (``of`` names them in messages)."""
    free = ind["stem"] == ""
    share = ind.loc[free, "voice"].value_counts(normalize=True)
    if share.empty or share.index[0] == "other" or share.iloc[0] < PATTERN_SHARE:
        odd = ~free & (ind["voice"] != "bare")
        pattern, said = "bare", "stem's bare-verb voice"
        if mixed := mixed_voices(ind.loc[free, "voice"], ind.loc[free, "text"]):
            r = ind[free].iloc[mixed[2]]
            opening = " ".join(r.text.split()[:3])
            yield {
                "indicator_id": r.indicator_id,
                "message": f"'{opening} ...' is the first of {mixed[1]}; put them in one",
            }
    else:
        pattern = share.index[0]
        odd = (free & (ind["voice"] != pattern)) | (~free & (ind["voice"] != "bare"))
        said = f"framework's {VOICES[pattern]} voice ({percent(share.iloc[0])} of {of})"
    prose = prose_competencies(ind[free], odd[free])
    for r in ind[odd & ~(free & ind["competency_id"].isin(prose))].itertuples(index=False):
        opening = " ".join(r.text.split()[:3])
        where = f"after the stem '{r.stem}', " if r.stem else ""
        reason = how(r.text, r.voice, pattern if not r.stem else "bare")
        yield {
            "indicator_id": r.indicator_id,
            "message": f"'{opening} ...' {where}{reason}breaks the "
            + (said if not r.stem else "stem's bare-verb voice"),
        }
    yield from prose_findings(ind[free & odd], prose, said)


def _stops(texts) -> bool:
    """Whether a framework's statements (closing marks aside) end with a full stop, mostly."""
    ends = texts.str.replace(_CLOSING, "", regex=True).str[-1:]
    considered = ~ends.isin(list(_CUT_OFF))
    return bool(considered.any()) and ends[considered].isin([".", "!", "?"]).mean() >= PATTERN_SHARE


@rule("T016", "cut-off-mid-sentence", "warning")
def cut_off_mid_sentence(ctx: Context):
    """A statement stops mid-sentence: it ends on "the", "and", "their", "people's" ...

    **What it does.** Flags a statement with no end mark whose last word is one no sentence
    ends on: an article, a conjunction, a possessive ("their", "people's"), "such as",
    "including", "of" after a noun ("the adoption of"), or "through" after no verb it
    completes ("deliver work through"; "sees it through" is whole); a possessive after a
    contrast stands for its noun ("not the team's"). Where at least 75 % of the
    statements end with a full stop, one that lacks it and ends on a preposition is flagged
    too ("Recognises the need for"); elsewhere a preposition may end a sentence ("the
    libraries we depend on"). A statement ending with a comma, colon, semicolon or dash is
    rule T002's.

    **Why it matters.** The rest of the statement is lost: in the source (a cell cut short
    when it was pasted) or in conversion (a statement split where a PDF page or column
    breaks). Nobody can be assessed against half a sentence.

    **Example.** "Listens to, and considers different ideas and discusses issues credibly
    and thoughtfully. Identifies other people's".

    **Fix.** Complete it from the source, or join it to the statement that continues it
    (record the repair).
    """
    texts = ctx.indicators["text"]
    stops = _stops(texts)
    for ident, text in zip(ctx.indicators["indicator_id"], texts, strict=True):
        if words := cut_mid_sentence(text, stops=stops):
            yield {
                "indicator_id": ident,
                "message": f"ends '... {words}' with no full stop: it stops mid-sentence",
            }


@rule("T011", "end-punctuation-breaks-pattern", "info")
def end_punctuation_breaks_pattern(ctx: Context):
    """A statement's end punctuation breaks the framework's pattern.

    **What it does.** When at least 75 % of statements end with a full stop (or without one),
    flags those that do not follow the pattern. Statements that end with a comma, colon,
    semicolon or dash are left to rule T002, and those that stop mid-sentence ("... the need
    for") to rule T016; a question keeps its question mark where statements have no full stop
    ("Example: why do unit tests matter to the business?"); one that ends with an abbreviation
    ("..., etc.")
    could be either, and is left alone, as is one closing on a list of items after a colon
    ("... in support of: Stage Gate Reviews Change Control Requests"), which ends as its items
    do; closing emphasis marks and quotation marks are read past ("... contributor._" ends
    with a full stop).

    **Why it matters.** Consistent punctuation is part of a document that reads as finished;
    a missing full stop is also a common sign of a statement cut short.

    **Example.** In a framework whose statements end with full stops: "I keep myself up to
    date with the information I need to do my job".

    **Fix.** Add (or remove) the full stop.
    """
    texts = ctx.indicators["text"].str.replace(_CLOSING, "", regex=True)
    ends = texts.str[-1:]
    stop = ends.isin([".", "!", "?"])
    considered = ~ends.isin(list(_CUT_OFF)) & ~texts.str.contains(_ABBREVIATION_END)
    share = stop[considered].mean() if considered.any() else 0.0
    # a statement cut off mid-sentence is rule T016's
    cut = [bool(cut_mid_sentence(t, stops=share >= PATTERN_SHARE)) for t in texts]
    considered &= ~pd.Series(cut, index=texts.index, dtype=bool)
    if share >= PATTERN_SHARE:  # a list after a colon ends as its items do
        odd = considered & ~stop & ~closes_on_list(texts)
        message = f"ends without a full stop, unlike {percent(share)}"
    elif 1 - share >= PATTERN_SHARE:
        # a question or an exclamation keeps its mark where statements have no full stop
        full = stop & (ends == ".")
        odd, message = considered & full, f"ends with a full stop, unlike {percent(1 - share)}"
    else:
        return
    for ident in ctx.indicators.loc[odd, "indicator_id"]:
        yield {"indicator_id": ident, "message": f"{message} of the statements"}
