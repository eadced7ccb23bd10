"""How a higher-level statement's words differ from a lower one's: changed, swapped, kept.

The cumulation rules (:mod:`compkit.checks.cumulation`) call a higher statement a repeat or a
restatement of a lower one by their content words; a level that changes or swaps a word of
the lower statement ("with no support" for "with minimal support", "at board level" for "at
peer level"), or a number ("5 years" for "2 years"), is saying how it grows, and these tell
them so.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from itertools import pairwise

import pandas as pd

from .similarity import _STOP, _WORD, EXTENDS, ordered_tokens, stem, tokens

__all__ = [
    "asks_otherwise",
    "asks_the_same",
    "changes_words",
    "keeps_opening_clause",
    "numbers_within",
    "opening_words",
    "owns",
    "parallel_wording",
    "reworded",
    "stems_differ",
    "swaps_words",
    "trades_words",
]

#: Stop words that change what a statement asks: "with no support" is not "with minimal
#: support", nor "all teams" "teams", though the content words are the same.
_QUALIFIERS = frozenset(
    ["no", "not", "nor", "never", "all", "any", "every", "more", "most", "only"]
)
#: Stop words that say who, what or whose: a statement that has one the other lacks ("the
#: forces within myself" for "... within others", "know who your customer is" beside "know
#: what customer value is", "having a strategy" beside "aligning to the strategy") asks
#: something else, though its content words are all in the other.
_SENSE = frozenset(
    """who whom whose what which how why myself yourself himself herself itself ourselves
    themselves having""".split()  # noqa: SIM905
)
_WORDS = re.compile(r"[a-z]+")
#: A limit a lower level sets on what it asks: the higher level that drops it asks more
#: ("select safety measures" above "select well-defined and routine safety measures"; "I can
#: interpret requirements" above "I am learning how to interpret requirements").
_LIMITS = re.compile(
    r"\b(?:with (?:some |minimal |close |limited |little |appropriate |regular )?"
    r"(?:support|guidance|help|supervision|direction|oversight)|under (?:close |direct )?"
    r"(?:supervision|direction|guidance)|(?:when|if|as) (?:asked|directed|prompted)|"
    r"simple|routine|well-defined|straightforward|basic|familiar|minor|"
    r"(?:learning|beginning|starting|learns|begins|starts)(?: how)? to|becoming|"
    r"(?:gaining|developing) (?:an? )?(?:understanding|awareness|knowledge))\b"
)


def changes_words(lower: pd.Series, higher: pd.Series) -> pd.Series:
    """Whether each higher text changes a word of the lower one, though it adds no new word.

    The higher text uses a content word more often than the lower ("high customer
    visibility and high business risk" for "... and medium business risk"), or holds a
    negation or quantity word the lower does not ("with no support" for "with minimal
    support"), or the other way round, or drops a limit the lower one sets ("select safety
    and security measures" for "select well-defined and routine safety and security
    measures", "with support", "simple"): a level that changes a word grows, it does not
    repeat.

    Examples
    --------
    >>> changes_words(
    ...     pd.Series(["Completes tasks with minimal support.", "high visibility, medium risk",
    ...                "Keeps up to date.", "Writes simple tests with support."]),
    ...     pd.Series(["Completes tasks with no support.", "high visibility, high risk",
    ...                "Keeps up to date.", "Writes tests."])).tolist()
    [True, True, False, True]
    """
    found = []
    for a, b in zip(lower, higher, strict=True):
        more = Counter(ordered_tokens(b)) - Counter(ordered_tokens(a))
        marks = set(_WORDS.findall(a.lower())) ^ set(_WORDS.findall(b.lower()))
        limits = set(_LIMITS.findall(a.lower())) - set(_LIMITS.findall(b.lower()))
        swapped = set(_WORDS.findall(b.lower())) - set(_WORDS.findall(a.lower()))
        found.append(bool(more) or bool(marks & _QUALIFIERS) or bool(limits | swapped & _SENSE))
    return pd.Series(found, index=lower.index, dtype=bool)


def asks_otherwise(inner: pd.Series, outer: pd.Series) -> pd.Series:
    """Whether each inner text, all of whose content words the outer holds, asks otherwise.

    It has a word of who, what or whose the outer text lacks ("Know who your customer is"
    beside "Know what customer value is"; "the importance of having a strategy" beside "...
    of aligning to the strategy of an organisation").

    Examples
    --------
    >>> asks_otherwise(pd.Series(["Know who your customer is", "Accepts feedback graciously"]),
    ...     pd.Series(["Know what customer value is", "Accepts feedback from others"])).tolist()
    [True, False]
    """
    found = []
    for a, b in zip(inner, outer, strict=True):
        mine, theirs = set(_WORDS.findall(a.lower())), set(_WORDS.findall(b.lower()))
        found.append(bool((mine - theirs) & _SENSE))
    return pd.Series(found, index=inner.index, dtype=bool)


#: "own" as a verb ("own the roadmap", "Owns decisions"), not after a possessive ("their own
#: work", "on your own"): the stop words leave "own" out, and "delegate decisions" beside "own
#: decisions" would read as one statement adding a word to the other.
_OWN_VERB = re.compile(
    r"(?i)\bown(?:s|ed|ing)\b|(?<!\bmy )(?<!\byour )(?<!\bhis )(?<!\bher )(?<!\bits )"
    r"(?<!\bour )(?<!\btheir )(?<!\bone's )(?<!\bwhose )\bown\b"
)


def owns(texts: pd.Series) -> pd.Series:
    """Whether each text uses "own" as a verb, a content word the stop words leave out.

    Examples
    --------
    >>> owns(pd.Series(["You own technical decisions", "Owns the roadmap",
    ...     "Takes care of their own work", "Works on your own", "Ownership of it"])).tolist()
    [True, True, False, False, False]
    """
    return texts.str.contains(_OWN_VERB)


def swaps_words(lower: pd.Series, higher: pd.Series) -> pd.Series:
    """Whether each higher text puts a new word where the lower one has a word it drops.

    The content words of the two, in order, are aligned: a lower word the higher text does
    not hold, standing where the higher one has other words ("Communicates ... at peer
    level" and "... at management/board level"; "Contributes to analysis activities" and
    "Completes analysis activities"), is swapped; one left out with nothing in its place
    ("ethics, in-line with the values" and "ethics and values") is not.

    Examples
    --------
    >>> lower = ["Briefs the wider team at peer level.", "Upholds ethics, in-line with values."]
    >>> higher = ["Briefs the wider team at board level.", "Upholds ethics and values, always."]
    >>> swaps_words(pd.Series(lower), pd.Series(higher)).tolist()
    [True, False]
    """
    found = []
    for a, b in zip(lower, higher, strict=True):
        left, right = ordered_tokens(a), ordered_tokens(b)
        blocks = SequenceMatcher(None, left, right, autojunk=False).get_opcodes()
        found.append(
            any(op == "replace" and set(left[i:j]) - set(right) for op, i, j, _, _ in blocks)
        )
    return pd.Series(found, index=lower.index, dtype=bool)


def trades_words(one: pd.Series, other: pd.Series) -> pd.Series:
    """Whether each pair of texts sets two words before each other's next words.

    Where one text has "x w" and "y z" (content words, next to each other) and the other "y w"
    and "x z" ("low risk and high reversibility", "high risk and low reversibility"), the
    words qualify other words and the two say different things. A list in another order
    ("verbal and written skills", "written and verbal skills") trades no place.

    Examples
    --------
    >>> one = ["Owns calls of low risk and high reversibility", "Has verbal and written skills"]
    >>> other = ["Owns calls of high risk and low reversibility", "Has written and verbal skills"]
    >>> trades_words(pd.Series(one), pd.Series(other)).tolist()
    [True, False]
    """
    found = []
    for a, b in zip(one, other, strict=True):
        left, right = _next_words(a), _next_words(b)
        only = left - right
        found.append(
            any(
                (y, w) in right and (x, z) in right
                for x, w in only
                for y, z in only
                if len({x, w, y, z}) == 4
            )
        )
    return pd.Series(found, index=one.index, dtype=bool)


#: A term of single letters joined by a slash or an ampersand ("A/B", "R&D", "Q&A", "P&L").
_LETTERS = re.compile(r"(?<![\w/&])[A-Z](?:\s?[/&]\s?[A-Z])+(?![\w/&])")


def asks_the_same(inner: pd.Series, outer: pd.Series) -> pd.Series:
    """Whether each inner text, whose content words the outer one holds, asks what it asks.

    The one test of C001, C002 and C003 (and C004, P003 through C001's repeats): the inner
    text has no word of who, what or whose the outer lacks (:func:`asks_otherwise`), no verb
    "own" the outer lacks ("You own decisions with high risk" is not inside "You delegate
    decisions with low risk", :func:`owns`), no number the outer lacks
    (:func:`numbers_within`), and the two set no words in each other's places ("low risk and
    high reversibility" beside "high risk and low reversibility", :func:`trades_words`), nor
    a term of single letters the outer lacks ("A/B testing" is not "statistical testing",
    "R&D" not "research": content words leave single letters out).

    Examples
    --------
    >>> asks_the_same(pd.Series(["Owns decisions of low risk and high reversibility",
    ...     "Owns risky decisions", "Leads 5 teams", "Knows A/B testing", "Accepts feedback"]),
    ...     pd.Series(["Owns decisions of high risk and low reversibility",
    ...     "Delegates risky decisions", "Leads 2 teams", "Knows statistical testing",
    ...     "Accepts feedback from others"])).tolist()
    [False, False, False, False, True]
    """
    letters = [
        set(_LETTERS.findall(a.upper())) <= set(_LETTERS.findall(b.upper()))
        for a, b in zip(inner, outer, strict=True)
    ]
    return (
        ~asks_otherwise(inner, outer)
        & ~(owns(inner) & ~owns(outer))
        & pd.Series(letters, index=inner.index, dtype=bool)
        & numbers_within(inner, outer)
        & ~trades_words(inner, outer)
    )


def _next_words(text: str) -> set[tuple[str, str]]:
    """The text's content words, each with the one after it."""
    words = ordered_tokens(text)
    return set(pairwise(words))


def reworded(lower: pd.Series, higher: pd.Series) -> pd.Series:
    """Whether each higher text swaps a word of the lower one, or puts words among them.

    The content words the two share are aligned in order: a lower word swapped for another
    (:func:`swaps_words`), or higher words set between two runs of the lower's ("differentiate
    a variety of risks and threats" for "differentiate risks and threats"; "create, select
    and use a wide range of resources" for "select and/or create and use a range of
    resources"), is how a level grows; words before or after the lower's (a restatement
    that adds to it) are not, nor words before a lone word alike further on, unless that
    word ends both statements ("across a whole squad of engineers" for "in other
    engineers"), nor words joined on with "and" ("Understands, supports and promotes the
    organisation's vision").

    Examples
    --------
    >>> reworded(pd.Series(["Differentiate risks and threats.", "I am aware of the budget."]),
    ...     pd.Series(["Differentiate a variety of risks and threats.",
    ...                "I am aware of the budget. I contribute to it."])).tolist()
    [True, False]
    >>> reworded(pd.Series(["Instils our principles in other engineers"]),
    ...     pd.Series(["Instils our principles across a whole squad of engineers"])).tolist()
    [True]
    """
    found = []
    for a, b in zip(lower, higher, strict=True):
        ops = SequenceMatcher(None, ordered_tokens(a), ordered_tokens(b), autojunk=False)
        codes = ops.get_opcodes()
        kept = [k for k, (op, *_) in enumerate(codes) if op == "equal"]
        at = [
            m.span()
            for m in _WORD.finditer(b.lower())
            if m.group() not in _STOP and len(m.group()) > 1
        ]
        # words added (none dropped) before a run of two or more lower words: one word alike
        # further on is chance, a word dropped for others is a swap (swaps_words), and words
        # joined on by "and" ("follows direction and communicates it to others") add to it
        left, right = len(ops.a), len(ops.b)
        found.append(
            any(
                codes[k][0] == "insert"
                and (codes[k + 1][2] - codes[k + 1][1] >= 2 or _closes(codes[k + 1], left, right))
                and not re.search(
                    r"\band\b", b.lower()[at[codes[k][3] - 1][1] : at[codes[k][3]][0]]
                )
                for k in range(kept[0] + 1, kept[-1])
            )
            if kept
            else False
        )
    return swaps_words(lower, higher) | pd.Series(found, index=lower.index, dtype=bool)


def _closes(block: tuple, left: int, right: int) -> bool:
    """Whether an equal block ends both statements: the lower's last word closes the higher.

    Words put before it ("in other engineers" to "across a whole squad of engineers") grow
    the statement where it stands, with nothing added after it, so one word alike is no chance.
    """
    return block[2] == left and block[4] == right


def parallel_wording(lower: pd.Series, higher: pd.Series) -> pd.Series:
    """Whether each higher text is the lower one with a word swapped, and so says how it grows.

    It keeps ``EXTENDS`` of the lower text's content words and swaps one or more of the rest
    (:func:`swaps_words`): "Communicates to a wider stakeholder group ... at management/board
    level" a level above "... at peer level" is written in parallel, not restated.
    """
    kept = [
        len(tokens(a) & tokens(b)) / max(len(tokens(a)), 1)
        for a, b in zip(lower, higher, strict=True)
    ]
    near = pd.Series(kept, index=lower.index, dtype=float) >= EXTENDS
    return near & swaps_words(lower, higher)


#: Numbers written as words ("six to eight weeks", "two or three teams").
_NUMBER_WORDS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    "|eighty|ninety|hundred|thousand|million|dozen"
)
#: A number and the word after it ("2 years", "GS-13", "3.5 days", "six to"): content words
#: leave numbers in figures out, and count a number word as any other word, so statements
#: alike but for their numbers would read as the same.
_NUMBER = re.compile(rf"(?:\d+(?:[.,]\d+)*|\b(?:{_NUMBER_WORDS})\b)(?:\s*[%a-z]+)?")


def numbers_within(inner: pd.Series, outer: pd.Series) -> pd.Series:
    """Whether every number of each ``inner`` text, with its word, is in the ``outer`` text.

    "Requires a minimum of 5 years of professional experience" does not repeat "... 2 years
    ...", though every content word of one is in the other; nor is "longer than 3 years"
    inside "between 3 and 5 years", nor "six to eight people" in "two to three people".

    Examples
    --------
    >>> numbers_within(pd.Series(["5 years", "Leads", "3 years", "1 and 3 years"]),
    ...     pd.Series(["2 years", "Leads 2", "3 and 5 years", "3 years, 1 and"])).tolist()
    [False, True, False, True]
    >>> numbers_within(pd.Series(["Leads two or three teams of six to eight people."]),
    ...     pd.Series(["Leads six or eight teams of two to three people."])).tolist()
    [False]
    """
    found = [
        set(_NUMBER.findall(a.lower())) <= set(_NUMBER.findall(b.lower()))
        for a, b in zip(inner, outer, strict=True)
    ]
    return pd.Series(found, index=inner.index, dtype=bool)


#: What may follow the end of a clause: a stop, comma, semicolon, colon, bracket or dash.
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?(\u2013\u2014]|\s-\s|$)")


def _content_words(text: str) -> list[tuple[str, int]]:
    """Each content word of ``text``, stemmed and less a final -s, with where it ends."""
    return [
        (re.sub(r"(?<=[^s])s$", "", stem(m.group())), m.end())
        for m in _WORD.finditer(text.lower())
        if m.group() not in _STOP and len(m.group()) > 1
    ]


#: A subordinate clause that opens a statement, up to its closing comma ("When faced with a
#: choice of courses,"): it frames the statement, whose own clause follows.
_LEAD_IN = re.compile(
    r"^\s*(?:When|Whenever|Where|Wherever|If|While|Once|Before|After|Although|Though|Unless|"
    r"Until|Since|As soon as)\s[^.;:!?]{1,160}?,",
    re.IGNORECASE,
)


def keeps_opening_clause(lower: pd.Series, higher: pd.Series) -> pd.Series:
    """Whether each higher text keeps the lower one's opening words up to the end of a clause.

    Two statements that open with the same content words restate one another only if the
    words they share make a whole clause of the lower one: "Acts as a positive role model
    for innovation, creativity and change" is restated by "Act as a positive role model for
    innovation and inspires others", but "Effectively plan and run a design session with
    your team" is not by "... design sessions that include senior leaders": the two part
    in the middle of a clause, which is how the higher level grows; nor is it restated by a
    higher text that adds no word to it ("..., with support" left off), nor by one that shares
    only its lead-in clause ("When faced with a choice of courses, I list their costs" and
    "..., I weigh each against my goals").

    Examples
    --------
    >>> keeps_opening_clause(
    ...     pd.Series(["Acts as a role model for innovation, creativity and change.",
    ...                "Plans and runs a design session with your team, users or others."]),
    ...     pd.Series(["Act as a role model for innovation and inspires others.",
    ...                "Plans and runs design sessions that include senior leaders."])).tolist()
    [True, False]
    """
    found = []
    for a, b in zip(lower, higher, strict=True):
        left, right = _content_words(a), [w for w, _ in _content_words(b)]
        run = 0
        while run < min(len(left), len(right)) and left[run][0] == right[run]:
            run += 1
        adds = bool(set(right) - {w for w, _ in left})  # "..., with support" dropped: no
        # a lead-in clause alone ("When faced with a choice of courses, I ...") is no restating
        lead = _LEAD_IN.match(a)
        framing = bool(lead) and run > 0 and left[run - 1][1] <= lead.end()
        ends = run > 0 and bool(_CLAUSE_END.match(a.lower(), left[run - 1][1]))
        found.append(adds and ends and not framing)
    return pd.Series(found, index=lower.index, dtype=bool)


def stems_differ(pairs: pd.DataFrame) -> pd.Series:
    """Whether the stems of each pair's two statements say different things, level names aside.

    ``pairs`` holds ``stem_a``, ``stem_b``, ``level_name_a`` and ``level_name_b``. DigComp's
    "At basic level and with guidance, I can:" and "At basic level and with autonomy and
    appropriate guidance where needed, I can:" over the same "identify simple ways to protect
    my devices": the level grows through its stem. "As a Senior Engineer, you:" and "As a
    Staff Engineer, you:" differ only by the level's name, and "You can:" not at all.

    Examples
    --------
    >>> stems_differ(pd.DataFrame({
    ...     "stem_a": ["With guidance, I can:", "As a Senior, you:"],
    ...     "level_name_a": ["One", "Senior"],
    ...     "stem_b": ["On my own, I can:", "As a Staff, you:"],
    ...     "level_name_b": ["Two", "Staff"],
    ... })).tolist()
    [True, False]
    """
    said = {
        side: [
            tokens(stem) - tokens(name)
            for stem, name in zip(
                pairs[f"stem_{side}"].fillna(""), pairs[f"level_name_{side}"], strict=True
            )
        ]
        for side in "ab"
    }
    differ = [a != b for a, b in zip(said["a"], said["b"], strict=True)]
    return pd.Series(differ, index=pairs.index, dtype=bool)


def opening_words(text: str, n: int = 5) -> str:
    """The words of ``text`` up to its ``n``-th content word (all of it if it has fewer).

    Examples
    --------
    >>> opening_words("Acts as a positive role model for innovation, creativity and change")
    'Acts as a positive role model for innovation'
    """
    words = text.split()
    for k in range(1, len(words) + 1):
        if len(ordered_tokens(" ".join(words[:k]))) >= n:
            return " ".join(words[:k]).rstrip(",;:")
    return text
