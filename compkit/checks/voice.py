"""The grammatical voice of statements, for rule T007: who speaks, and in what form.

A framework writes its statements in one voice: first person ("I plan ..."), second person ("You
understand ..."), about the holder ("Plans ...", "Can plan ...", "Is able to ...", "Accountable
for ..."), or as instructions (the imperative or bare verb: "Plan ...", also the bullets that
complete a stem such as "You should:"); the voice is that of the main clause, read after any
lead-in ("If asked, I ..."). "Someone who plans ..." describes the holder; "Are ..." and "Have
taught ..." need a subject and read in no voice of their own unless a stem gives them one.
Vectorised over a Series with regular expressions, plus one look-up per distinct first word in
the spell-check dictionary (is "plans" a word? then "plan" can be a bare verb).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd

from ._addressee import addressed
from ._finite import finite
from ._holder import HOLDER_PRONOUN, compound_verb, pronoun_subject, verb_after_phrase
from ._speaker import speaking
from .words import BARE_VERBS_LIKE_FORMS

#: Voices, and how a message names each.
VOICES = {
    "first": "first-person ('I ...')",
    "second": "second-person ('You ...')",
    "holder": "third-person ('Plans ...', 'Can plan ...')",
    "bare": "imperative or bare-verb ('Plan ...')",
    "other": "other",
}

# What may follow a lead-in: the main clause, opening with a lower-case word ("plans", "you",
# "we") or with the pronoun "I", which is capital wherever it stands ("If asked, I write ...").
_MAIN = r"(?=[a-z]|I\b)"
# Adverbs of frequency, degree and focus that do not end in -ly ("Always strive ...", "Just
# deliver ...", "Never blames ...", "Also supports ...", "Not give ...": the bare voice negated):
# never a verb where a statement opens ("Even out" is, and is left alone).
_ADVERBS = (
    r"just|always|never|often|also|still|only|sometimes|seldom|ever|already|almost|even(?! out)|not"
)
# Openings before the statement's own first word: "Where appropriate,", "When unsure", "-ly",
# an adverb of :data:`_ADVERBS`.
_LEAD = re.compile(
    r"^\s*(?:(?:Where appropriate|Whenever possible|Where possible|When possible|If possible|"
    r"If needed|Likewise|(?:Where|When|Whenever|If) "
    r"(?!appropriate\b|possible\b|you\b|your\b|we\b|our\b)[a-z]+"
    rf"(?=,? {_MAIN}))[,;]?\s+|"
    r"(?!(?i:apply|supply|rely|comply|reply|imply|multiply|ally|rally|tally|fly)\b)"
    r"[A-Za-z-]+ly,?\s+(?:and\s+[A-Za-z-]+ly\s+)?|"
    rf"(?i:{_ADVERBS})\b,?\s+{_MAIN})+"
)  # an adverb opens the statement; a verb in -ly ("Apply ...", "Rely on ...") does not
# Any other short opening phrase, of up to four words closed by a comma before a lower-case
# word or "I" ("As needed, involves ...", "In meetings, listens ...", "Working with my manager,
# I ..."): looked past only when the statement reads in no voice without doing so, since a
# verb and its object can open a statement the same way ("Builds complex, reusable ...").
# Before a personal pronoun, a subject beyond doubt, the phrase may be longer and hold commas
# itself ("With guidance from my manager, and Tech lead, I deliver ..."). Before a verb, only a
# phrase that opens with a preposition or a participle may ("With guidance from their manager
# and tech lead, delivers ..."), and not before a word in a list: the words after a comma
# inside a list read as a verb ("Knowledge of systems, processes and tools").
_OPENING = re.compile(
    rf"^\s*(?:[A-Za-z][\w'/-]*(?: [\w'/-]+){{0,3}},\s+{_MAIN}|"
    r"[A-Za-z][^.;:!?]{1,120}?,\s+(?=(?:I|you|we)(?:'[a-z]+)?\s+[a-z])|"
    r"(?:With|Without|In|On|At|By|For|From|During|Through|Throughout|Under|Within|Across|"
    r"Alongside|Beyond|Outside|Together with|As|Upon|Among|Given|[A-Z][a-z]+ing)\s"
    r"[^,;.:!?]{1,100}?,(?:\s+(?:and|or)\s[^,;.:!?]{1,40}?,)?\s+"
    r"(?=(?!and\b|or\b|but\b)[a-z][\w'-]*\s+(?!and\b|or\b)\w))"
)
# A subordinate clause closed by a comma before its main clause ("When something goes wrong,
# you ...", "If a release slips, tells ..."): read past before the one-word leads of _LEAD,
# which would otherwise take the clause's own verb ("goes") for the statement's.
_CLAUSE = re.compile(
    r"^\s*(?:When|Whenever|Where|Wherever|If|While|Once|Before|After|Although|Though|Unless|"
    rf"Until|Since|As soon as)\s[^,;.:]{{1,80}}?,\s+{_MAIN}"
)
# A subordinate clause, commas and all, closed by a comma before a personal pronoun, a subject
# beyond doubt ("When figures, charts and tables disagree, I ask why"): read past first, as
# _CLAUSE stops at the clause's first comma.
_PRONOUN_CLAUSE = re.compile(
    r"^\s*(?:When|Whenever|Where|Wherever|If|While|Once|Before|After|Although|Though|Unless|"
    r"Until|Since|As soon as)\s[^.;:!?]{1,160}?,\s+(?=(?:I|you|we)(?:'[a-z]+)?\s+[a-z])"
)
# A lead-in clause whose subject is a personal pronoun ("When I present ..., it helps them"):
# the statement speaks in that person, though its main clause has another subject.
_LEAD_PERSON = re.compile(
    r"^\s*(?:When|Whenever|If|While|Once|As|Before|After|Unless|Until|Because|Since)\s+"
    r"(I|you|we)(?:'[a-z]+)?\s+[a-z]"
)
# A clause cut short, with no comma before the main clause ("When possible I leverage ...",
# "If asked I write ..."): read past before _CLAUSE, which would run on to a later comma. Before
# "I", a subject beyond doubt, it may run to five words; before "you" or "we", to one.
_ELLIPSIS = re.compile(
    r"^\s*(?:When|Whenever|Where|Wherever|If|Once|Unless|While)\s+"
    r"(?:(?:[a-z][\w'/-]*\s+){1,5}?(?=I(?:'[a-z]+)?\s+[a-z])|"
    r"[a-z][\w'/-]*\s+(?=(?:you|we)(?:'[a-z]+)?\s+[a-z]))"
)
# A run-in label before the statement: up to five words, perhaps in brackets, then a colon or a
# spaced dash ("Craft - I focus ...", "(Team Strategy): Understands ...", "Security, privacy and
# ethics - understands ..."); not a noun phrase opened by an article ("A self-starter - picks").
_LABEL = re.compile(
    r"^\s*\(?(?!(?:A|An|The)\s)[A-Z][\w'&/]*(?:,?[ -][\w'&/]+){0,4}?\)?\s*"
    r"(?::|\s[-\u2013\u2014])\s+(?=\S)"
)
# A sentence of up to six words with a subject of its own, not the holder, before the
# statement's ("The buck stops here. You ..."); not a fragment ("Limited impact on X. Tries").
_SENTENCE = re.compile(r"^\s*(?:The|This|That|It|It's|There|Here)(?: [\w'-]+){1,5}[.!]\s+(?=[A-Z])")
# "Not only leads, but ...", "Neither knows nor cares ...", "Under or overestimates ...": the
# verb follows (a prefix shared by two verbs, "under- or overestimates", reads as the second).
_NOT_ONLY = re.compile(
    r"^\s*(?:Not only|Neither|Either|(?:Under|Over|Pre|Post|Re|Co|Sub|Inter|Multi|Non|Self)-?"
    r"\s+(?:or|and|and/or))\s+(?=[a-z])"
)
# Emphasis left from Markdown ("_Anticipates ..._", "**Plans** ...") is not a word.
_MARKUP = re.compile(r"^[\s_*]+")
# "I" only in its capital; "we", "my" and "our" also after a lead-in ("When possible, we ...").
_FIRST = re.compile(r"^(?:I|I'm|I've|I'll|I'd|[Ww]e|[Ww]e're|[Ww]e've|[Mm]y|[Oo]ur)\b")
_SECOND = re.compile(r"^(?:You|You're|You've|Your)\b", re.IGNORECASE)
# "Applicant is ...", "The post holder can ...", "Candidate has ...": a named holder, then a verb
_NAMED_HOLDER = re.compile(
    r"^(?:(?:the|a|an|each|every|this)\s+)?(?:applicants?|candidates?|(?:post|role|job)[- ]?"
    r"holders?|holders?|employees?|individuals?|persons?|staff(?: members?)?|colleagues?|"
    r"managers?|leaders?|engineers?|officers?|members?|practitioners?|workers?)\s+"
    r"(?:is|are|has|have|can|cannot|will|should|must|may|does|did|was|were|demonstrates?|"
    r"shows?|understands?)\b",
    re.IGNORECASE,
)
_MODAL = re.compile(r"^(?:Can|Cannot|Will|May|Might|Could)\s+[a-z]", re.IGNORECASE)
# "Is ...", "Has ...", "Doesn't ...": verbs of the holder; adjectives that take a complement
# ("Able to", "Aware of", "Accountable for", "Effective at", "Good at") complete "The holder
# is ..." and read the same way ("Effective communication" is a noun phrase).
_HOLDER_WORDS = re.compile(
    r"^(?:Is|Has|Does|Doesn't|Isn't|Hasn't|Able|Unable|Willing|Confident|Aware|Accountable|"
    r"Responsible|Capable|Competent|Proficient|Familiar|Comfortable|Committed|Prepared|Open|"
    r"Keen|Happy|Eager|Ready|Passionate|Proactive|Flexible|Knowledgeable|Skilled|Experienced|"
    r"Transparent|Self-\w+|Well-\w+|Versed|Adept|Fluent|Conversant|Mindful|Attentive|"
    r"Receptive|Expert|Clear(?= (?:on|about)\b)|Role[- ]models|"
    r"(?:Effective|Successful)(?= (?:at|in)\b)|(?:Good|Excellent)(?= at\b))\b",
    re.IGNORECASE,
)
#: Words that open a phrase and are never a bare verb, though "ins", "ons" and "ups" are words.
_NOT_VERBS = frozenset(
    """in on at by for with within without under over after before during through from into
    onto upon across as once until the a an this that these those all each every some any no
    not and or but so to of off up out down about around among between beyond despite near
    per since than via where when while if whether though although because its their his her
    our my your together along alongside ahead someone somebody one""".split()  # noqa: SIM905
)
# A person described by a relative clause ("Someone who takes ownership", "A person who
# listens", "An engineer who mentors"): the holder, as "Able to ..." is ("The holder is ...").
_DESCRIBED = re.compile(
    r"^(?:Some(?:one|body)\s+(?:who|that)|One\s+who|(?:A|An)\s+(?:[a-z][\w-]*\s+){1,2}?who)\s+"
    r"[a-z]"
)
# A personal pronoun as the subject inside a statement's first clause, with no comma before it:
# after a lead-in ("In partnership with my manager I define ...") or in a clause of its own
# after a noun ("Code modules I write exhibit ...", "Work you have done ... has been ..."). The
# words before it and the word after it are checked by :func:`_pronoun_subject`.
_SUBJECT = re.compile(r"^((?:[A-Za-z][\w'/&-]*\s+){1,7}?)(I|you|we)(?:'[a-z]+)?\s+([a-z][\w-]*)")
#: Words that end the first clause before a pronoun ("..., but we expect").
_LINKS = frozenset("and or but so because yet then nor that which who whom".split())  # noqa: SIM905
_THIRD_VERB = re.compile(r"^[A-Za-z-]*[^sui'\W]s$")
# A plural noun and a pronoun's clause as the subject, before the main verb ("Channels you
# create have a purpose", "Reports I write are read ..."): the first word is no holder's verb
# ("Helps you plan ..." has no verb after the pronoun's).
_NOUN_CLAUSE = re.compile(
    r"^[A-Z][a-z]+s\s+(?:you|I|we)\s+[a-z]+\s+(?:have|has|are|is|was|were|get|gets)\b"
)
_WORD = re.compile(r"^[A-Za-z][A-Za-z-]*")
# A verb compounded with "self" and written open ("Self learns new tools", "Self manages
# their time"): the holder's verb, as "Self-learns" is.
_SELF_VERB = re.compile(r"^Self\s+([a-z]+)s\b(?!')")
# Nouns whose plural reads as a verb's third person ("Self assessments", "Self reflections").
_NOUN_ENDS = ("ment", "ness", "tion", "sion", "ance", "ence", "ity", "ship", "er", "or")


@lru_cache(maxsize=1 << 14)
def _is_verb_base(word: str) -> bool:
    """Whether ``word`` can be a bare verb: its third-person form ("plans") is a known word."""
    from .dictionary import american, known

    w = word.lower()
    if w in _NOT_VERBS or len(w) < 2 or (w.endswith(("ing", "s")) and w[-2:] != "ss"):
        return w in BARE_VERBS_LIKE_FORMS  # "Focus on ...", "Bring together ..."
    if w.endswith("en") and _participle(w):  # "Given enough time, I ...", not "Listen"
        return False
    # "-ed" and "-ly" words are verbs when their third-person form is a word ("feeds",
    # "exceeds", "applies"), and British forms count as their American ones ("prioritises")
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        forms = [w[:-1] + "ies"]
    elif w.endswith(("ss", "sh", "ch", "x", "z", "o")):
        forms = [w + "es"]
    else:
        forms = [w + "s"]
    return any(known(f) or known(american(f)) for f in forms)


def _participle(word: str) -> bool:
    """Whether ``word`` is only another word's form as a verb ("given", "taken"; not "open").

    >>> _participle("given"), _participle("open"), _participle("strengthen")
    (True, False, False)
    """
    from lemminflect import getAllLemmas

    verbs = getAllLemmas(word).get("VERB", ())
    return bool(verbs) and word not in verbs


def _self_verb(head: str) -> bool:
    """Whether ``head`` opens with an open compound of "self" and a third-person verb."""
    m = _SELF_VERB.match(head)
    if not m or m.group(1).endswith(_NOUN_ENDS):
        return False
    base = m.group(1)  # "learn" of "learns", "manage" of "manages", "teache" of "teaches"
    return _is_verb_base(base) or (base.endswith("e") and _is_verb_base(base[:-1]))


def _pronoun_subject(head: str) -> str:
    """The person of a pronoun that is the subject inside the first clause, or "" for none.

    Examples
    --------
    >>> [_pronoun_subject(t) for t in ["Code modules I write exhibit it", "Work you have done",
    ...     "In partnership with my manager I define it", "Share it with you and them",
    ...     "Notes on L6 but we expect more", "Plan the work"]]
    ['first', 'second', 'first', '', '', '']
    """
    m = _SUBJECT.match(head)
    if not m:
        return ""
    before = m.group(1).lower().split()
    if _LINKS.intersection(before) or before[-1] in _NOT_VERBS or m.group(3) in _NOT_VERBS:
        return ""
    return "second" if m.group(2) == "you" else "first"


def _meant(word: str) -> str:
    """The word as meant: its spelling correction, in its case, when it looks misspelt."""
    from .dictionary import likely_typo

    fix = likely_typo(word) if len(word) > 2 else None
    if not fix:
        return word
    return fix[0].upper() + fix[1:] if word[0].isupper() else fix


def _classify(head: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series]:
    """The voice of each statement's opening.

    Also whether it opens with a bare verb, and the opening as read (a misspelt first word as
    meant).
    """
    word = head.str.extract(f"({_WORD.pattern})", expand=False).fillna("")
    # a misspelt first word is read as meant ("Wiling to" as "Willing to")
    meant = {w: _meant(w) for w in word.unique()}
    head = head.str.replace(_WORD, lambda m: meant.get(m.group(0), m.group(0)), n=1, regex=True)
    word = word.map(meant)
    first = head.str.contains(_FIRST)
    second = head.str.contains(_SECOND)
    holder = (
        head.str.contains(_MODAL)
        | head.str.contains(_HOLDER_WORDS)
        | head.str.contains(_NAMED_HOLDER)
        | head.str.contains(_DESCRIBED)
        | head.str.contains(HOLDER_PRONOUN)
        | (word.str.contains(_THIRD_VERB) & word.str.len().gt(3))
        | head.map(_self_verb)
    )
    bases = {w: _is_verb_base(w) for w in word.unique()}
    bare = word.map(bases).astype(bool) & ~finite(head)
    out = np.select(
        [first.to_numpy(), second.to_numpy(), holder.to_numpy(), bare.to_numpy()],
        ["first", "second", "holder", "bare"],
        default="other",
    )
    return pd.Series(out, index=head.index, dtype=object), bare, head


def _read(texts: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series]:
    """The voice of each statement after its lead-in, as :func:`_classify` returns it."""
    head = texts.str.replace(_MARKUP, "", regex=True)
    head = head.str.replace(_NOT_ONLY, "", regex=True)
    head = head.str.replace(_PRONOUN_CLAUSE, "", regex=True)
    head = head.str.replace(_ELLIPSIS, "", regex=True)
    head = head.str.replace(_CLAUSE, "", regex=True)
    head = head.str.replace(_LEAD, "", regex=True).str.strip()
    out, bare, head = _classify(head)
    opened = (out == "other") & head.str.contains(_OPENING)
    if opened.any():
        after = (
            head[opened].str.replace(_OPENING, "", regex=True).str.replace(_LEAD, "", regex=True)
        )
        out2, bare2, head2 = _classify(after)
        better = out2 != "other"
        out[opened] = out[opened].where(~better, out2)
        bare[opened] = bare[opened] | (better & bare2)
        head[opened] = head[opened].where(~better, head2)
    # a verb compounded with a modifier and written open ("Reverse engineers ... and ...")
    joined = out.isin(["other", "bare"]) & head.map(
        lambda h: compound_verb(h, is_verb=_is_verb_base, not_verbs=_NOT_VERBS)
    )
    out[joined], bare[joined] = "holder", False
    # the holder's pronoun after a lead-in with no comma ("During visits he/she asks ..."), or
    # the holder's verb after a phrase with none ("In terms of safety adapts the method ...")
    loose = out == "other"
    if loose.any():
        held = head[loose].map(
            lambda h: (
                pronoun_subject(h, not_verbs=_NOT_VERBS)
                or verb_after_phrase(h, is_verb=_is_verb_base, not_verbs=_NOT_VERBS)
            )
        )
        out[held[held].index] = "holder"
    return out, bare, head


def voice(texts: pd.Series, stems: pd.Series | None = None) -> pd.Series:
    """Classify each statement's voice: first, second, holder, bare or other.

    The subject of the main clause is read after a lead-in: a clause or a phrase, closed by a
    comma or not ("If asked, I write ...", "When possible I use ...", "With guidance from my
    manager, and Tech lead, I deliver ..."). A statement that opens as an instruction or a
    fragment but holds a pronoun's clause ("Code modules I write exhibit ...") is read in the
    voice of most statements when that is the pronoun's (first or second person).

    A run-in label closed by a colon or a dash ("Craft - I focus ...", "WEB: You're ...") is
    read past where the rest is in the voice of most statements, and so is an opening sentence
    of up to six words with a subject of its own ("The buck stops here. You're ...").

    A statement that completes a stem ("You should:" then "be familiar with ...") is read after
    its stem: a bare verb there is the stem's voice, so it counts as ``bare``.

    Parameters
    ----------
    texts : Series of str
        The statements.
    stems : Series of str, optional
        The stem each statement completes ("" for none), aligned with ``texts``.

    Returns
    -------
    pandas.Series
        One of :data:`VOICES` per statement.

    Examples
    --------
    >>> voice(pd.Series(["I plan my work", "You understand it", "Plans the work",
    ...     "Can plan the work", "Accountable for delivery", "Plan the work",
    ...     "Actively involved in it", "Where unsure checks the plan",
    ...     "Analytical mindset", "In meetings, listens", "Well-versed in it",
    ...     "When something goes wrong, you fix it", "Not only leads, but ideates",
    ...     "_Anticipates change._", "Applicant has worked remotely"])).tolist()
    ... # doctest: +NORMALIZE_WHITESPACE
    ['first', 'second', 'holder', 'holder', 'holder', 'bare', 'other', 'holder', 'other',
     'holder', 'holder', 'second', 'holder', 'holder', 'holder']
    >>> voice(pd.Series(["Always strive to do it", "Just deliver it", "Never blames others",
    ...     "Even out the load"])).tolist()
    ['bare', 'bare', 'holder', 'bare']
    >>> voice(pd.Series(["I plan my work", "I write code", "Craft - I focus on my craft",
    ...     "A self-starter - picks up work"])).tolist()
    ['first', 'first', 'first', 'other']
    >>> voice(pd.Series(["You plan", "You write", "The buck stops here. You're on call.",
    ...     "Be curious. You ask."])).tolist()
    ['second', 'second', 'second', 'bare']
    >>> voice(pd.Series(["I plan my work", "If asked, I write it", "When possible I share it",
    ...     "Working with my manager, I plan", "Code modules I write exhibit it"])).tolist()
    ['first', 'first', 'first', 'first', 'first']
    """
    out, bare, head = _read(texts.fillna("").astype(str))
    free = pd.Series(True, index=out.index) if stems is None else stems.eq("")
    main = out[free].mode()
    if len(main) == 1 and main.iloc[0] != "other":
        # a run-in label ("Craft - I focus ...", "WEB: You're ...") read past where the
        # statement then speaks in the framework's voice, and so is a short sentence with a
        # subject of its own ("The buck stops here. You're ...")
        for lead, loose in ((_LABEL, out != main.iloc[0]), (_SENTENCE, out == "other")):
            labelled = loose & texts.str.contains(lead, na=False)
            if labelled.any():
                out2, bare2, head2 = _read(texts[labelled].str.replace(lead, "", regex=True))
                same = out2 == main.iloc[0]
                out[labelled] = out[labelled].where(~same, out2)
                bare[labelled] = bare[labelled].where(~same, bare2)
                head[labelled] = head[labelled].where(~same, head2)
    if len(main) == 1 and main.iloc[0] in ("first", "second"):
        # an opening that reads as an instruction or a fragment, or as a pronoun's clause
        # ("Code modules I write ...", "Work you have done ...", "Channels you create have
        # ...", whose "Channels" reads as a verb), is read in the framework's
        # voice; never the other way ("Use the tools you have" among instructions)
        loose = out.isin(["bare", "other"]) | head.str.contains(_NOUN_CLAUSE)
        person = head[loose].map(_pronoun_subject)
        out.loc[person[person == main.iloc[0]].index] = main.iloc[0]
        # "When I present ..., it helps them": the lead-in's subject speaks
        lead = texts[out != main.iloc[0]].str.extract(_LEAD_PERSON, expand=False)
        lead = lead.map({"I": "first", "we": "first", "you": "second"})
        out.loc[lead[lead == main.iloc[0]].index] = main.iloc[0]
    if len(main) == 1 and main.iloc[0] == "second":
        out[addressed(out, head, is_verb=_is_verb_base, not_verbs=_NOT_VERBS)] = "second"
    if len(main) == 1 and main.iloc[0] == "first":
        out[speaking(out, head)] = "first"  # "People ask me ...", "Even when I disagree ..."
    out = out.rename("voice")
    if stems is not None:
        # a bullet completing a stem: its own first word decides, in lower case as printed
        # ("Engineers at this level:" then "Have taught ...", "must:" then "Have shown ...")
        done = bare | head.str[:1].str.islower() | finite(head)
        out = out.mask(stems.ne("") & done, "bare")
    return out
