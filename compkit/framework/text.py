"""Read statements as text: normalisation, grammatical voice and the scope of a statement.

Vectorised over a pandas Series of statements (regular expressions through ``Series.str``), so a
whole framework, or a large taxonomy, is classified at once. Used by the consistency checker
(progression, voice) and by framework comparisons.

Scope is the reach of what a statement asks of its holder, from narrowest to widest:

=========  ===============================================================================
scope      the statement is about ...
=========  ===============================================================================
self       the holder's own work, conduct and development (the default)
managed    people the holder line-manages, supervises or delegates to
team       a whole team, department or service
org        the organisation as a whole, its strategy, or the sector beyond it
=========  ===============================================================================

The classifier takes the widest scope a statement names through phrases that express
responsibility for it ("ensure my team ...", "lead on organisational budget setting"), and
ignores phrases of membership ("participates in the team", "in line with WSX Mind's policy"),
which keep a statement at *self*, and words read in another sense by their neighbours ("the
organisation, storage and retrieval" of files, "personal search strategies"). It is a documented
heuristic, tested on the bundled frameworks; see ``tests/test_text.py``.
"""

from __future__ import annotations

import re
from typing import Literal

import numpy as np
import pandas as pd

__all__ = ["SCOPES", "Scope", "normalise", "scope", "scope_rank", "voice"]

Scope = Literal["self", "managed", "team", "org"]
#: Scopes from narrowest to widest.
SCOPES: tuple[str, ...] = ("self", "managed", "team", "org")

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    r"""A statement's comparison key: whitespace collapsed, curly apostrophes straightened.

    Statements keep their marks as printed; this key is what matching and the heuristics read,
    so "team’s" and "team's" are the same word to them.

    Examples
    --------
    >>> normalise("  I am aware of my team’s   budget\n and targets. ")
    "I am aware of my team's budget and targets."
    """
    return _SPACE.sub(" ", text.translate(_APOSTROPHES)).strip()


#: The people one works with, named beside "team members" in a list.
_WORKED_WITH = (
    r"(?:customers?|clients?|stakeholders?|partners?|peers|colleagues|management|managers|"
    r"service users|users|fellow \w+)"
)
#: Whom one keeps informed when it is oneself: what one learns stays as read.
_ONESELF = r"(?:myself|yourself|yourselves|himself|herself|themselves|themself|ourselves|oneself)"
#: What people are kept informed of, to the clause's end or a verb of the holder's own after
#: "and" ("informed of progress and sets the organisation's strategy").
_NEWS = (
    r"(?:of|on|about|regarding|with) (?:(?! (?:and|but|while|then) \w+ (?:the|a|an|their|its|"
    r"our|my|your|his|her|all|new)\b)[^,.;])*"
)
# Phrases that express *membership* of a wider unit, not responsibility for it: removed before
# the scope patterns are applied.
_MEMBERSHIP = (
    r"(?:in[- ]line|consistent|in keeping|in accordance) with [^,.;]*",
    r"as required by [^,.;]*",
    r"collaborat\w+ (?:closely )?with (?:the|my|your|our|their) team\b",
    r"\b(?:customer|client|partner|vendor|supplier)s?(?:'s)? teams?\b",
    r"\bteams? (?:you|they|I|we|he|she) (?:interact|work|collaborate|deal|engage)\w* with\b",
    # team members one works beside, not people one manages: peers ("other", "fellow",
    # "immediate" team members), ones listed with the customers, managers or colleagues one
    # works with, and new or junior ones one helps, welcomes or onboards ("Helps new team
    # members during their first weeks"); managing, supervising or hiring them stays managed
    r"(?<!manage )(?<!manages )(?<!managing )(?<!supervise )(?<!supervises )"
    r"\b(?:other|fellow|immediate|peer) team members\b",
    rf"\b{_WORKED_WITH}(?:'s)?,? (?:and |or )?(?:their |other )?team members\b",
    rf"\bteam members,? (?:and |or )?(?:\w+ )?{_WORKED_WITH}",
    r"\b(?:help|assist|support|welcom|onboard|on-board|induct|guid|mentor|coach|buddy|clear|"
    r"unblock)\w*\b(?: (?!manag|supervis|line|hir|recruit|select|apprais)\w+){0,3}? "
    r"(?:new|newer|junior|less experienced) (?:team members|members of (?:the|my|your|our) team|"
    r"colleagues|starters|joiners|hires|staff(?: members)?)\b",
    r"(?:values|priorities|culture|policies|policy|strategy) (?:and \w+ )?(?:of|for) "
    r"(?:WSX Mind|the organi[sz]ation|our organi[sz]ation|the company)",
    r"(?:the|our) company(?:'s)? values",
    r"(?:participant|participates?|participation|participating|takes? part) in "
    r"(?:the |our )?(?:company|organi[sz]ation)(?:'s)? culture",
    # taking part in the organisation's processes and events is a member's own work
    r"\b(?:participat\w+|takes? part|contribut\w+)(?: (?!to\b|in\b|within\b)\w+){0,3}? "
    r"(?:in|within|to) (?:the |our |their )?(?:company|organi[sz]ation)(?:al|'s)? "
    r"(?:processes|events|activities|meetings|rituals)\b",
    r"(?:participates?|participation|contribut\w+|member|part) (?:in|to|of) "
    r"(?:the )?(?:team|teams)\b[^,.;]*",
    r"(?:common purpose|decisions|contributions) of the team",
    # what the team one belongs to has set, used or asked, taken up by its member: "adopts the
    # tools defined by the team", "the building blocks used by our team", "follows the team
    # processes", "delivers with support from their team", "as a member of a team"
    # (taken up: "sets the tools used by the team" answers for them and stays team)
    r"\b(?:learn|adopt|us(?:e|es|ing)|follow|know|proficient|competent|familiar|fluent|"
    r"comfortable|master)\w*\b[^,.;]{0,60}? (?:defined|used|set|agreed|chosen|adopted|created|"
    r"established|preferred) by (?:the|my|our|their|your) (?:own )?team\b",
    r"\b(?:follow|adher|adapt|stick|conform)\w*(?: to| with)? (?:all )?(?:the|my|our|their|your) "
    r"team(?:'s)? (?:processes|practices|standards|conventions|guidelines|rules|workflows?|"
    r"ways of working)\b",
    # knowing or learning the processes of the team one works in, to follow them: "well aware
    # of all processes of my team and diligently follows them" (LMG, Readify)
    r"\b(?:aware|know\w*|learn\w*|understand\w*|familiar|follow\w*|adher\w*)"
    r"(?: (?:of|about|with|to|all|the|its|their))* (?:processes|practices|standards|conventions|"
    r"guidelines|rules|workflows?|ways of working) (?:of|in|within|used by) "
    r"(?:the|my|our|their|your) (?:own )?team\b",
    # wanted, chosen or asked onto a team by others: "Other team members want me on their team"
    r"\b(?:want|wants|wanted|like|likes|choose|chooses|chose|pick|picks|picked|ask|asks|asked|"
    r"invite|invites|invited|welcome|welcomes|welcomed) (?:me|you|him|her|them) "
    r"(?:on|in|onto|into|to join) (?:their|his|her|your|the|a|our) team\b(?!'s)",
    # what people are kept informed of is news passed on, not a reach: "keeps team informed
    # of what is happening in the organisation" reaches the team told, "keeps the board
    # informed of the organisation's strategy" the board, which is the organisation's own (the
    # people told are kept: ``_TOLD``); what one keeps oneself informed of stays as read
    # (the holder kept informed, "Is kept informed of ...", "I am kept ...", learns: as read)
    r"(?<=\bkept )(?<!^is kept )(?<!^are kept )(?<!\bam kept )(?<!\byou are kept )"
    rf"(?<!\bwe are kept )(?:\w+ly )?(?:informed|updated|briefed|apprised|up to date) {_NEWS}",
    rf"(?P<told>\b(?:keep|keeps|keeping) (?!{_ONESELF}\b)(?:[\w'&-]+,? ){{1,6}}?"
    rf"(?:\w+ly )?(?:informed|updated|briefed|apprised|up to date)) {_NEWS}",
    r"\b(?:support|help|guidance|input|feedback|advice|proposals|requests) from "
    r"(?:the|my|our|their|your) (?:own )?team\b",
    r"\b(?:an? )?(?:\w+ )?(?:member|part) of (?:a|an|my|our|their|your) (?:\w+ )?team\b",
    r"\b(?:in|within) (?:a|the) team (?:environment|setting|context)\b",
    # a community one belongs to, not one the holder reaches: "an active member of the
    # developer community", "a good citizen in the developer community"
    r"\b(?:member|citizen|part) (?:of|in) (?:the|a|an|our|this) (?:\w+ )?communit(?:y|ies)\b",
    r"(?:others|colleagues) in (?:my|the|our) team",
    r"(?:with|to) (?:colleagues|managers|team members)",
    r"organi[sz]ation(?:'s|al)? (?:work|priorities) ",
    r"(?:adopt|work as) a team approach",
    r"organi[sz]ational skills",
)
# Words of scope read in another sense, told by their neighbours, also removed: organising
# things ("the organisation of data", "organisation, storage and retrieval" of files) is no
# organisation, and a strategy of method ("personal search strategies", "communication modes and
# strategies", "coping strategies") is no organisation's strategy.
_THINGS = r"(?:information|data|files?|folders?|content|documents?|records?|notes|ideas|materials)"
_ACTIVITIES = r"(?:storage|retrieval|processing|classification|filing|archiving|presentation)"
_OTHER_SENSES = (
    rf"\borgani[sz]ation(?: of (?:\w+ )?{_THINGS}\b|(?=,? (?:and )?{_ACTIVITIES}\b))",
    rf"\b{_ACTIVITIES}(?:,| and| or) (?:\w+ )?organi[sz]ation\b(?! of (?:the|our|their)\b)",
    rf"\b{_THINGS} organi[sz]ation\b",
    # what the industry knows, follows or offers, learnt or used by the holder: "industry
    # trends", "industry best practices", "explains available industry paths" (careers)
    r"\bindustry(?:-standard| standards?| best practices?| trends| knowledge| experience|"
    r" paths| certifications?| tools)\b",
    # ("develop a communication strategy", "the learning strategy" are a plan, kept)
    r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bour )"
    r"\b(?:search(?:ing)?|communication|learning|study|coping|testing|teaching|questioning|"
    r"problem-solving) (?:(?:modes|methods|skills|tools) (?:and|or) )?strateg(?:y|ies)\b",
    # strategies someone uses to handle something are a method ("employs strategies to manage
    # conflict", "has strategies to cope with ..."); one they develop or set is still a plan
    r"\b(?:employ|use|apply|adopt|ha(?:ve|s))(?:s|es|ing)? (?:(?:a|an|some|several|various|"
    r"different|appropriate|effective|practical|personal|simple|own|range of|set of|"
    r"variety of|number of) ){0,3}strateg(?:y|ies) (?:to|for) (?:manag|mitigat|resolv|cop|"
    r"deal|handl|overcom|reduc|de-?escalat|defus|avoid|prevent|calm)\w*",
)
_PATTERNS: dict[str, str] = {
    "org": (
        r"\borgani[sz]ation(?:al|'s)?\b|\bsector\b|\bexternal (?:stakeholders|partners)\b|"
        r"\ball resources\b|"
        r"\bstrateg(?:y|ies|ic)\b|\bacross (?:the )?"
        r"(?:whole )?organi[sz]ation\b|\bkey decision makers\b|\bbusiness models?\b|"
        r"\bmulti-agency\b|\bprofessional communities\b|\bPR profile\b|"
        r"\bexternally\b|\bwide circle\b|"
        r"\ball staff\b|\bstaff group\b|"
        # beyond one's own team: the company, the industry, other teams, the public
        r"\bindustry\b|\b(?:company|org|business|engineering|industry)-wide\b|"
        r"\b(?:the|our) (?:whole|entire|wider) (?:company|business|org|engineering)\b|"
        r"\bacross (?:the )?(?:company|business|org|engineering|departments|functions|"
        r"(?:multiple |many |other |several )?teams)\b|\b(?:multiple|other|several) teams\b|"
        # a public body's or large employer's reach: "across the enterprise", "across agencies",
        # "across systems and organizations", "enterprise-wide"
        r"\bacross (?:the )?(?:whole |wider )?(?:enterprise|agencies|government|"
        r"(?:\w+ and )?organi[sz]ations)\b|\benterprise-wide\b|"
        r"\bcross-(?:team|org)\b|\bcompany(?:'s)? (?:goals|strategy|mission|success|vision)\b|"
        r"\b(?:open[- ]source|external|wider|professional) communit(?:y|ies)\b|\bpublicly\b|"
        # a trade's community beyond the employer: "makes an impact on the tech community"
        r"\b(?:tech|technology|developer|engineering|design|data|security|testing|research|"
        r"scientific|practitioner) communit(?:y|ies)\b|"
        r"\bbeyond (?:my|our|their|your|the|his|her) (?:own )?(?:team|group|org|company)\b|"
        # a public body by what it is: "the work of the council", "the Trust's values" (not
        # "the trust of colleagues", "the authority to decide")
        r"\b(?:the|our) (?:council|university|college|charity|agency|local authority|"
        r"health board)(?:'s)?\b|"
        r"\b(?:the|our) (?:trust|authority)(?:'s)?\b"
        r"(?! (?:of|and|to|in|that|between|with|for|they|we|I|you|others|colleagues)\b)|"
        r"\b(?:council|trust|university|authority|agency)-wide\b|"
        # a company's ladder calls its organisation "the company": "shape the company
        # direction", "a leader at the company" (Croner-i, Medium, Skylight, Drasner)
        r"\b(?:the|our) company(?:'s)?\b(?! of\b)"
    ),
    "team": (
        r"\b(?:my|the|our|their|a|whole) (?:team|service|department)(?:'s|s)?\b(?! members)|"
        r"\bteam(?:'s)? (?:working|development|work|budget|decisions|goals|objectives)\b|"
        r"\bdepartment(?:al)?\b|\bservices\b(?! users)|\bteams\b|\bstaff team\b|"
        # a team kept informed or briefed, named without an article ("keeps team informed")
        r"\b(?:keep|keeps|keeping|kept|inform|informs|informing|brief|briefs|briefing|update|"
        r"updates|updating) team\b(?! members)|"
        r"\bservice (?:outcomes|levels|delivery)\b|"
        # a ladder written to "you": "your team" where the holder answers for it ("coach your
        # team", "goals for your team"), not the team one belongs to ("tools your team uses")
        r"\b(?:lead|manag|inspir|enabl|empower|motivat|grow|build|coach|mentor|guid|direct|"
        r"develop|support|shap|unblock|steer|run|hir|scal|ensur|organi[sz])\w* "
        r"(?:and \w+ )?your (?:own |whole )?teams?\b|"
        r"\b(?:goals|direction|priorities|vision|roadmap|standards|objectives|expectations) "
        r"for your (?:own |whole )?teams?\b|"
        r"\b(?:responsib|accountab|ownership)\w* (?:for|of) your (?:own |whole )?team(?:'s)?\b"
    ),
    "managed": (
        # supervising others, or giving supervision; "without constant supervision", "low
        # levels of supervision" and the holder's own "supervisors" are no one it manages
        r"\bline[- ]manage\w*|\bsupervis(?:e|es|ing)\b|\bsupervision (?:of|to|for)\b|"
        r"\b(?:provides?|providing|gives?|giving|offers?) (?:\w+ )?supervision\b|"
        r"\bdelegat\w+|\bstaff members\b|\bteam members\b|"
        r"\bothers who I\b|\btheir staff\b|\bsupport (?:others|staff|colleagues) to\b|"
        r"\b(?:motivates|encourages|assists and supports) (?:and \w+ )?(?:staff|team members)\b|"
        r"\bmakes staff\b|\bwith staff members\b|"
        # an engineering or product ladder's managers: "direct reports", "the people they manage"
        r"\bdirect reports?\b|\bpeople management\b|"
        r"\bpeople (?:I|you|they|we|he|she) (?:line[- ])?(?:manage|supervise)\b"
    ),
}
#: What a membership phrase is replaced by: the people told, where news is passed on.
_TOLD = r" \g<told> "
_MEMBERSHIP_RE = re.compile(
    "|".join(f"(?:{p})" for p in _MEMBERSHIP + _OTHER_SENSES), re.IGNORECASE
)


def scope_names(fw) -> tuple[str, ...]:
    """The names a framework's statements call its organisation by (for :func:`scope`).

    Examples
    --------
    >>> import compkit
    >>> scope_names(compkit.load("cis"))
    ('Children in Scotland', 'CiS')
    """
    names = (fw.organisation, fw.short_name)
    return tuple(dict.fromkeys(n for n in names if n and not n.startswith("(")))


#: What an organisation's name may end in that its statements then call it by: "the council".
_INSTITUTIONS = frozenset({
    "council", "trust", "university", "college", "authority", "agency", "foundation",
    "society", "institute", "board", "bank", "charity", "commission", "service", "group",
})  # fmt: skip


def _org_by_name(names: tuple[str, ...]) -> str:
    """The pattern of statements reaching the organisation they name ("beyond Mews")."""
    alts = "|".join(re.escape(n) for n in names if n)
    if not alts:
        return ""
    n = f"(?:{alts})"
    heads = {n.split()[-1].casefold() for n in names if len(n.split()) > 1}
    heads = sorted(heads & _INSTITUTIONS)  # "Chesterfield Borough Council" is "the council"
    by_head = rf"|\bthe (?:{'|'.join(heads)})(?:'s)?\b" if heads else ""
    return by_head + (
        rf"|\b(?:across|beyond|drive|drives|represents?|throughout) (?:the )?(?:whole |wider )?"
        rf"{n}\b|\b{n}(?:'s)? (?:performance|strategic|strategy|engineering|goals|success|"
        rf"mission|reputation|vision|as a whole)\b|\b{n}-wide\b"
    )


def scope(texts: pd.Series | list[str], names: tuple[str, ...] = ()) -> pd.Series:
    """Classify the scope of each statement: ``self``, ``managed``, ``team`` or ``org``.

    Parameters
    ----------
    texts : Series or list of str
        Statements.
    names : tuple of str
        The names statements call the organisation by (:func:`scope_names`): "beyond Mews",
        "WSX Mind's performance" reach the organisation.

    Returns
    -------
    pandas.Series
        An ordered categorical (``self < managed < team < org``) aligned with ``texts``.

    Examples
    --------
    >>> scope([
    ...     "I take responsibility for my own wellbeing.",
    ...     "I support others who I line manage to manage their workload.",
    ...     "I ensure my team maintains a culture of cost efficiency.",
    ...     "I lead on organisational budget setting.",
    ...     "Actively participates in the team in order to generate ideas",
    ...     "Makes an impact on the whole tech organization",
    ...     "You solve industry-wide problems",
    ...     "You have meaningful impact beyond Mews",
    ... ], names=("Mews",)).tolist()
    ['self', 'managed', 'team', 'org', 'self', 'org', 'org', 'org']
    >>> scope(["Keeps up to date with the work of the council",
    ...        "Earns the trust of colleagues",
    ...        "Anticipates the impact of national developments on the borough"],
    ...       names=("Chesterfield Borough Council",)).tolist()
    ['org', 'self', 'self']
    >>> scope(["Runs yearly 360 reviews with their direct reports.",
    ...        "Writes clear reports for the board."]).tolist()
    ['managed', 'self']
    >>> scope(["Names personal search strategies",  # a method, not the organisation's strategy
    ...        "Keeps files tidy for their organisation, storage and retrieval",
    ...        "Sets the organisation's communication strategy"]).tolist()
    ['self', 'self', 'org']
    """
    from ._keywords import Statements

    s = pd.Series(texts, dtype="object") if not isinstance(texts, pd.Series) else texts
    # as Series.str.replace and .str.contains, searching only statements that may match
    straight = s.fillna("").astype(str).str.translate(_APOSTROPHES).tolist()
    cleaned = Statements(Statements(straight).sub(_MEMBERSHIP_RE, _TOLD))
    rank = np.zeros(len(s), dtype=np.int8)
    for level, pattern in enumerate(("managed", "team", "org"), 1):
        rx = _PATTERNS[pattern] + (_org_by_name(tuple(names)) if pattern == "org" else "")
        hit = cleaned.contains(rx, re.IGNORECASE)
        rank = np.where(hit, np.maximum(rank, level), rank)
    cat = pd.CategoricalDtype(list(SCOPES), ordered=True)
    return pd.Series(pd.Categorical.from_codes(rank, dtype=cat), index=s.index, name="scope")


def scope_rank(texts: pd.Series | list[str], names: tuple[str, ...] = ()) -> pd.Series:
    """The scope of each statement as a number: 0 self, 1 managed, 2 team, 3 org."""
    return scope(texts, names).cat.codes.rename("scope_rank")


_LEAD = re.compile(
    r"^\s*(?:(?:Where appropriate|Whenever possible|Likewise|Where possible|If needed),?\s+|"
    # a tag naming whose statement it is, "[PM] Builds ...": the voice is the verb's after it
    r"\[[A-Za-z][\w &/-]{0,19}\]\s+|"
    # an adverb, not a verb ending in -ly ("apply searches" is an instruction, not "searches")
    r"(?!(?i:apply|reply|supply|comply|rely|imply|multiply|ally|rally|tally|bully|fly)\s)"
    r"[A-Za-z-]+ly\s+|"
    r"(?i:just|always|never|often|also|still|only|sometimes|seldom|ever|already|almost|"
    r"even(?! out))\b,?\s+(?=[a-z]|I\b))+"
)
_FIRST = re.compile(r"^(?:I|I'm|I've|We|We're|My|Our)\b", re.IGNORECASE)
_SECOND = re.compile(r"^(?:You|You're|You've|You'll|Your)\b", re.IGNORECASE)
_THIRD_WORDS = re.compile(
    r"^(?:Is|Has|Can|Able|Confident|Willing|Wiling|Values|Role models)\b", re.IGNORECASE
)
_THIRD_VERB = re.compile(r"^[A-Za-z-]+[^s\W]s\b|^[A-Za-z-]*(?:ies|ses|xes|zes|ches|shes)\b")


def voice(texts: pd.Series | list[str]) -> pd.Series:
    """Classify the voice of each statement: ``first``, ``second``, ``third`` or ``other``.

    ``first`` is "I ..." or "We ...", ``second`` "You ..." or "Your ...", ``third`` a
    third-person verb ("Manages ...", "Is able to ..."), ``other`` fragments, imperatives and
    lower-case starts.

    Examples
    --------
    >>> voice(["I take responsibility", "Manages it", "to be creative", "Act as a model",
    ...        "Positively changes", "Constantly seek ways",
    ...        "Where appropriate, be decisive", "You lead the team"]).tolist()
    ['first', 'third', 'other', 'other', 'third', 'other', 'other', 'second']
    >>> voice(["Always seek ways", "Never blames others", "Just deliver something"]).tolist()
    ['other', 'third', 'other']
    >>> voice(["[PM] Builds the roadmap", "[Lead] I coach others"]).tolist()
    ['third', 'first']
    >>> voice(["apply searches to find data", "Simply delivers"]).tolist()  # "apply": no adverb
    ['other', 'third']
    """
    s = pd.Series(texts, dtype="object") if not isinstance(texts, pd.Series) else texts
    head = s.fillna("").astype(str).str.translate(_APOSTROPHES)
    head = head.str.replace(_LEAD, "", regex=True).str.strip()
    first = head.str.contains(_FIRST, regex=True)
    second = head.str.contains(_SECOND, regex=True) & ~first
    third = (
        (head.str.contains(_THIRD_WORDS, regex=True) | head.str.contains(_THIRD_VERB, regex=True))
        & ~first
        & ~second
    )
    out = np.select(
        [first.to_numpy(), second.to_numpy(), third.to_numpy()],
        ["first", "second", "third"],
        default="other",
    )
    return pd.Series(out, index=s.index, name="voice")
