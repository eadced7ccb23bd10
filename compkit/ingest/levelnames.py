"""Read one label's words: whether it names a level, a group of competencies or a column.

:mod:`.labels` decides per slot of labels; the functions here read a single label (or one
slot's names together, for the words they share):

- :func:`level_score`: how much a label reads as a level name ("Level 2", "IC4", "Senior");
- :func:`names_group`: whether it names a collection ("Core Competencies");
- :func:`special_column`: a description or roles column's header;
- :func:`split_role_marks`: role names printed beside level names in one header row.
"""

from __future__ import annotations

import re

from .blocks import clean, numbered_name
from .levelabroad import NOUNS as ABROAD
from .levelabroad import WORDS as ABROAD_WORDS

__all__ = [
    "LEVEL_WORDS",
    "bare",
    "distinct_words",
    "level_run",
    "level_score",
    "names_activity",
    "names_group",
    "special_column",
    "split_role_marks",
]

#: A level word that is a verb's "-ing" form: "Working", "Leading" name a level alone, but
#: with an object or a subject beside it they name what is done ("Working together", "Leading
#: people", "Team working", "People management")
_DOING_TEXT = (
    "working developing leading applying enabling ensuring advising initiating influencing "
    "management"
)
_DOING = frozenset(_DOING_TEXT.split())
#: Who holds a level: after a level word they make a level's name ("Leading Engineer")
_HOLDER_TEXT = (
    "engineer developer officer leader lead analyst designer scientist consultant architect "
    "administrator assistant professional member contributor worker technician researcher "
    "teacher partner adviser advisor coordinator head fellow staff employee level grade band "
    "stage tier role"
)
_HOLDER = frozenset(_HOLDER_TEXT.split())
#: A ladder's rung named by a word that is also a holder: "Staff" (after "Senior"), alone or
#: before holders only ("Staff Engineer"); elsewhere a holder ("Support staff", "Staff
#: development")
_RUNGS = frozenset({"staff"})
#: What a proficiency level says its holder has: "Working knowledge", "Basic understanding"
_HOLDS_TEXT = (
    "knowledge understanding awareness proficiency experience competence skill skills ability "
    "capability application practice performance expertise"
)
_HOLDS = frozenset(_HOLDS_TEXT.split())
#: Level words that qualify ("Strategic perspective"), as against those that name a holder
#: ("Manager", "Director", "Lead": "Director Engineering" is a title)
_QUALIFIERS_TEXT = (
    "strategic effective core essential fundamental basic advanced expert specialist "
    "established emerging accomplished exemplary knowledgeable proficient competent skilled "
    "experienced intermediate foundational executive"
)
_QUALIFIERS = frozenset(_QUALIFIERS_TEXT.split())
#: The endings of an abstract noun: what a competency is about ("perspective", "thinking")
_ABSTRACT = re.compile(r"(?:tion|sion|ment|ness|ity|ive|ance|ence|ism|acy|ing)$")
#: A level's number with its word ("Band IV"), a ladder's code ("IC4", "SWE-3"), a CEFR level ("B2")
_TOKEN = (
    rf"(?:(?:(?:level|grade|band|tier|stage|step|milestone|lvl|{ABROAD})\.?\s*)?"
    r"(?:\d{1,2}|[IVX]{1,4})"
    r"|(?:l|ic|e|p|m|g|se|swe|sde|em|eng)-?\d{1,2}|[abc][12])"
)
_LEVEL_TOKEN = re.compile(rf"^{_TOKEN}$", re.IGNORECASE)
_LEVEL_PREFIX = re.compile(rf"^({_TOKEN})\b[\s:.–—-]*(.*)$", re.IGNORECASE)
_BRACKETED = re.compile(r"^[(\[][^()\[\]]+[)\]]$")  # "(Junior)": part of a level's name
_GRADE_SUFFIX = re.compile(r"^[a-z][a-z'-]+(?: [a-z][a-z'-]+)? (?:i{1,3}|iv|vi{0,3}|\d{1,2})$")
# "Level 2 - Working", "Proficiency Level 2 - Working experience" (a word qualifying "Level")
_NAMED_LEVEL = re.compile(
    r"^(?:(?:proficiency|competency|skills?|performance|capability|mastery)\s+)?"
    rf"(?:level|grade|band|tier|{ABROAD})\s*(?:\d{{1,2}}|[a-e]\b)\s*[:：–—-]\s*\S",
    re.I,
)
#: A level for a run of grades: "Grades 1-3", "Grades 7 & above", "Grades 1-2/Core", "Bands 5 to 6"
_GRADE_RANGE = re.compile(
    r"^(?:level|grade|band)s?\s*\d{1,2}\s*(?:(?:[-–—]|to|and|&)\s*\d{1,2}|\+|"
    r"(?:&|and|or)\s*(?:above|over|higher))(?:\s*/\s*[a-z]+)?$"
)
# "L1: Engineer I", "L7 = Staff Tech Lead", "T5/L5 = Senior Eng" (a track's code beside it)
#: (a function's code with a leading zero, "SWE-01 — Writing Code", numbers a catalogue's item:
#: its title must read as a level, :data:`_PADDED_CODE`; "L" and "IC" name levels, padded or not:
#: "L02 - Analyst")
_CODE_LEVEL = re.compile(
    r"^(?:[a-z]{1,3}\d{1,2}\s*/\s*)?(?:(?:l|ic)-?\d{1,2}|(?:swe|sde|em)-?(?!0\d)\d{1,2})"
    r"\s*[:=–—-]\s*\S"
)
#: a holder's title and a ladder's code after it: "Engineer L2", "Data Scientist IC3"
_HOLDER_CODE = re.compile(r"^([a-z]+(?: [a-z]+){0,2}) (?:l|ic|swe|sde|em)-?(?!0\d)\d{1,2}$")
#: a level's name and, in brackets after an equals sign, another scale's: "M1 (= P2)"
_SAME_AS = re.compile(r"^(\S+(?: \S+)?)\s*\(\s*=\s*[^()]+\)$")
_PADDED_CODE = re.compile(r"^(?:l|ic|swe|sde|em)-?0\d\s*[:=–—-]?\s*(\S.*)$")
# a ladder's code before a title of level words: "L9 Principal Tech Lead", "IC4 Senior Engineer"
_CODE_TITLE = re.compile(r"^(?:l|ic|swe|sde|em)-?\d{1,2}\s+([a-z].*)$")
# a name with its level number in brackets: "Starter (L1)", "Analyst (Level 2)", "Lead (IC4)"
_BRACKET_LEVEL = re.compile(r"\((?:l|lvl|level|grade|band|ic)\.?\s*\d{1,2}\)$", re.IGNORECASE)
_LEVEL_WORD = re.compile(
    rf"\b(?:level|grade|band|tier|proficiency|milestone)\b|(?:^|\b)(?:{ABROAD})(?:\b|\d)",
    re.IGNORECASE,
)
# a ladder's note of the years a level takes, after its name: "Engineer I (<1-2)", "Engineer II
# (2-6+)" (Rent the Runway), "Staff Engineer (7-10+ years)", "Senior (5+ yrs experience)"
_YEARS_NOTE = re.compile(
    r"\s*\((?:[<>~]\s*)?\d{1,2}\+?(?:\s*[-–]\s*\d{1,2}\+?|\s+\d{1,2}\+?)?"
    r"(\s*(?:years?|yrs?)(?:\s+(?:of\s+)?(?:experience|exp\.?))?)?\)$",
    re.IGNORECASE,
)
#: Words that name a level on their own (lower case).
_LEVEL_WORDS = (
    "core foundation foundational basic beginner unfamiliar familiar novice entry awareness "
    "aware working developing developed skilled practitioner proficient competent "
    "intermediate experienced advanced expert master mastery senior lead leading principal "
    "distinguished supervisory supervisor management manager managerial executive strategic "
    "director junior mid middle associate trainee apprentice graduate specialist essential "
    "effective accomplished emerging established exemplary fundamental knowledgeable applying "
    "enabling ensuring advising initiating influencing mid-level team-leader n00b"
)
LEVEL_WORDS = frozenset(_LEVEL_WORDS.split()) | ABROAD_WORDS
#: A rung of a rating scale, named whole: teacher-evaluation rubrics (Danielson's
#: "Unsatisfactory | Basic | Proficient | Distinguished", "Needs Improvement", "Highly
#: Effective"); not its single words ("Continuous improvement" names a competency)
_RATING = re.compile(
    r"^(?:unsatisfactory|needs? (?:improvement|development)|partially (?:proficient|effective)|"
    r"(?:minimally|highly) effective|approaching(?: (?:expectations|standards?|proficiency))?|"
    r"(?:meets|exceeds|does not meet|below) (?:expectations|standards?)|beginning|"
    r"not (?:yet )?(?:evident|demonstrated))$"
)
#: The last word of a label that names a collection of competencies, never one level.
_GROUP_NOUN = re.compile(
    r"\b(?:competenc(?:ies|es)|capabilities|values|clusters?|domains?|areas?|categories|"
    r"pillars|themes)\W*$",
    re.IGNORECASE,
)
#: "Tier 5 - ": a tier's number before its area's name (the DOL's building-blocks pyramid)
_TIER_GROUP = re.compile(r"^tier\s*\d{1,2}\s*[:.–—-]\s*(?=\S+\s+\S)", re.IGNORECASE)
_SPECIAL = {
    "description": re.compile(
        r"^(?:description|definition|summary|overview|about|what (?:it|this) (?:is|means)|"
        r"purpose|scope)\b",
        re.IGNORECASE,
    ),
    # the whole header, or roles "that"/"which" need it: "Role Highlights" and "Role and
    # Competencies" head statements about the role (Persado's ladder), not role names
    "roles": re.compile(
        r"^(?:(?:job |relevant )?roles?|role profiles?)\W*$|^(?:job )?roles? (?:that|which) ",
        re.I,
    ),
}


def split_role_marks(texts: list[str]) -> list[tuple[str, tuple[str, ...]]]:
    """Split role names printed beside level names in one header row.

    "1 Senior Officer", "2 Senior Officer", "3", "4": every header starts with a level token
    and some (not all) end with the same words -- those words name a role that needs the level.

    Examples
    --------
    >>> split_role_marks(["1 Senior Officer", "2  Senior Officer", "3", "4"])
    [('1', ('Senior Officer',)), ('2', ('Senior Officer',)), ('3', ()), ('4', ())]
    >>> split_role_marks(["1 Foundation", "2 Practitioner"])
    [('1 Foundation', ()), ('2 Practitioner', ())]
    >>> split_role_marks(["Level 1 (Junior)", "Level 2", "Level 3"])
    [('Level 1 (Junior)', ()), ('Level 2', ()), ('Level 3', ())]
    """
    texts = [clean(t) for t in texts]
    parts = [_LEVEL_PREFIX.match(t) for t in texts]
    if len(texts) < 2 or not all(parts):
        return [(t, ()) for t in texts]
    tails = {m.group(2) for m in parts if m.group(2)}
    if len(tails) != 1 or all(m.group(2) for m in parts) or _BRACKETED.match(next(iter(tails))):
        return [(t, ()) for t in texts]  # "Level 1 (Junior)": the brackets qualify its name
    return [(m.group(1), (m.group(2),) if m.group(2) else ()) for m in parts]


def level_score(text: str, listed: set[str] = frozenset()) -> float:
    """How much a label reads as a level name, 0 to 1.

    Examples
    --------
    >>> level_score("Level 2"), level_score("SKILLED"), level_score("Managing Work")
    (1.0, 0.8, 0.0)
    >>> level_score("Starter (L1)"), level_score("Craftsmanship (C1)"), level_score("L2: Analyst")
    (0.8, 0.0, 0.8)
    >>> level_score("Level 5 – Deputy Director (SCS PB1)")
    0.8
    >>> level_score("Proficiency Level 4 - Subject matter depth and breadth")
    0.8
    >>> level_score("IC4"), level_score("L3"), level_score("B2"), level_score("C3")
    (1.0, 1.0, 1.0, 0.0)
    >>> level_score("Management"), level_score("2. Management Competencies")
    (0.8, 0.0)
    >>> level_score("Tier 3 - Workplace Competencies"), level_score("Tier 2 - Senior Engineer")
    (0.0, 0.8)
    >>> level_score("Engineer I (<1-2)"), level_score("Junior Engineer (0-2 years)")
    (0.7, 0.8)
    >>> level_score("Software Engineer (2-4 years)"), level_score("Communication (1-2)")
    (0.6, 0.0)
    >>> level_score("Unsatisfactory"), level_score("Needs Improvement")
    (0.8, 0.8)
    >>> level_score("Continuous improvement"), level_score("Meeting expectations of users")
    (0.0, 0.0)
    >>> level_score("Strategic perspective"), level_score("Team working")
    (0.0, 0.0)
    >>> level_score("Senior Manager"), level_score("Working knowledge")
    (0.8, 0.8)
    >>> level_score("Senior Manager, Engineering"), level_score("Director of Engineering")
    (0.8, 0.8)
    >>> level_score("Grades 1-3"), level_score("Grades 7 & above"), level_score("Bands 5 to 6")
    (0.9, 0.9, 0.9)
    >>> level_score("T5/L5 = Senior Eng / Technical Lead"), level_score("L9 Principal Tech Lead")
    (0.8, 0.8)
    >>> level_score("L2 Communication")
    0.0
    >>> level_score("Staff"), level_score("Staff Engineer"), level_score("Support staff")
    (0.8, 0.8, 0.0)
    >>> level_score("SWE-01 — Writing Code"), level_score("SWE-1 — Writing Code")
    (0.0, 0.8)
    >>> level_score("L02 - Analyst")
    0.8
    >>> level_score("Engineer L2"), level_score("Data Scientist IC3"), level_score("Impact L2")
    (0.8, 0.8, 0.0)
    """
    t = clean(text).lower().removesuffix(":").rstrip()  # "Level 1:" names the level "Level 1"
    if t in listed or _LEVEL_TOKEN.match(t):
        return 1.0
    years = _YEARS_NOTE.search(t)
    if years and years.start():  # the name before its years: a level, or a title said in years
        return level_score(t[: years.start()], listed) or (0.6 if years.group(1) else 0.0)
    words = re.findall(r"(?:[^\W_]|['-])+", t)  # letters of any language: "débutant"
    if 0 < len(words) <= 3 and words[0] in _RUNGS and all(w in _HOLDER for w in words[1:]):
        return 0.8
    if 0 < len(words) <= 3 and any(w in LEVEL_WORDS for w in words) and not names_group(t):
        titled = "," in t or " of " in t  # "Manager, Sourcing", "Director of Engineering"
        return 0.0 if not titled and names_activity(words) else 0.8
    if _RATING.match(" ".join(words)) or _RATING.match(bare(t).lower()):
        return 0.8
    if names_group(t):  # "Tier 1 - Personal Effectiveness Competencies": a group of them
        return 0.0
    if _NAMED_LEVEL.match(t) or _CODE_LEVEL.match(t):  # "Level 5 – Deputy Director": however long
        return 0.8
    if (titled := _CODE_TITLE.match(t)) and level_score(titled.group(1), listed) >= 0.8:
        return 0.8
    if (padded := _PADDED_CODE.match(t)) and level_score(padded.group(1), listed) >= 0.8:
        return 0.8  # "EM-01 — Team Lead"; "SWE-01 — Writing Code" is a catalogue's item
    if _GRADE_RANGE.match(t):  # "Grades 4-6", "Grades 7 & above": one level for a few grades
        return 0.9
    if len(words) <= 5 and _BRACKET_LEVEL.search(t):
        return 0.8
    if _GRADE_SUFFIX.match(t):  # "Staff II", "Engineer III": a grade within a title
        return 0.7
    if (same := _SAME_AS.match(t)) and level_score(same.group(1), listed) >= 0.8:
        return 0.8  # "M1 (= P2)": a level and the level of another scale it stands for
    if (coded := _HOLDER_CODE.match(t)) and coded.group(1).split()[-1] in _HOLDER:
        return 0.8  # "Engineer L2", "Developer IC3": a holder's title and a ladder's code
    return 0.6 if _LEVEL_WORD.search(t) and len(words) <= 5 else 0.0


#: A level's word or code and its number at a label's start: "Level 3: ...", "L2: ...", "IC4 -"
_RUN_NUMBER = re.compile(
    rf"^(?:level|grade|band|tier|stage|l|ic|swe|sde|em|{ABROAD})\.?\s*-?(\d{{1,2}})"
    r"\s*(?:$|[:：–—-])",
    re.I,
)


def level_run(names: list[str]) -> list[str]:
    """The labels of one slot that name its levels by number, in a run among other headings.

    Three or more labels in a row (in the order they stand) that name a level by its word or
    code and number ("Level 1: Software Engineer", "L2: Software Engineer II"), the numbers
    in a row too; the slot's other labels, before or after the run, name no level. Empty when
    there is no such run.

    Examples
    --------
    >>> level_run(["Overview", "Level 1: Engineer", "Level 2: Senior", "Level 3: Staff",
    ...            "Promotion Process"])
    ['Level 1: Engineer', 'Level 2: Senior', 'Level 3: Staff']
    >>> level_run(["L1: Engineer I", "Scope", "L2: Engineer II", "L3: Senior"])
    []
    >>> level_run(["1. Communication", "2. Teamwork", "3. Delivery"])
    []
    """
    found = [(k, _RUN_NUMBER.match(clean(t))) for k, t in enumerate(names)]
    at = [(k, int(m.group(1))) for k, m in found if m]
    if len(at) < 3:
        return []
    ks, ns = zip(*at, strict=True)
    in_row = list(ks) == list(range(ks[0], ks[0] + len(ks)))
    if not in_row or list(ns) != list(range(ns[0], ns[0] + len(ns))):
        return []
    return [names[k] for k in ks]


def continues(text: str, run: list[str]) -> bool:
    """Whether a label goes on from a run of numbered levels: its word and the next number.

    "Level 4 (Head of Service)" after "Level 1" to "Level 3" is the fourth level, though its
    words score lower than a bare level name; so is a tracked change's "Level 4Level 4".

    Examples
    --------
    >>> run = ["Level 1", "Level 2", "Level 3"]
    >>> continues("Level 4 (Head of Service)", run), continues("Level 4Level 4", run)
    (True, True)
    >>> continues("Promotion Process", run), continues("Level 40 plans", run)
    (False, False)
    """
    if not run or not (m := _RUN_NUMBER.match(clean(run[-1]))):
        return False
    word = re.escape(clean(run[-1])[: m.start(1)].rstrip(" .-"))
    return re.match(rf"{word}\.?\s*-?{int(m.group(1)) + 1}(?!\d)", clean(text), re.I) is not None


def names_activity(words: list[str]) -> bool:
    """Whether a short label's level word only qualifies what a competency is about.

    A level word before an abstract noun ("Strategic perspective", "Effective communication"),
    a level word in "-ing" before its object ("Working together", "Leading people"), or after
    a word that is no level word ("Team working", "Change management") makes the name of a
    competency, not a level. A level word before who holds it ("Senior Engineer") or what a
    level's holder has ("Working knowledge"), or after another level word ("Senior
    management"), still names a level.

    Examples
    --------
    >>> names_activity(["strategic", "thinking"]), names_activity(["leading", "people"])
    (True, True)
    >>> names_activity(["people", "management"]), names_activity(["senior", "management"])
    (True, False)
    >>> names_activity(["lead", "engineer"]), names_activity(["basic", "understanding"])
    (False, False)
    >>> names_activity(["highly", "effective"]), names_activity(["expert"])
    (False, False)
    >>> names_activity(["senior", "engineering"]), names_activity(["manager", "sourcing"])
    (False, False)
    >>> names_activity(["leading", "l3"])
    False
    """
    if len(words) < 2 or any(c.isdigit() for w in words for c in w):  # "Leading (L3)"
        return False
    last, first = words[-1], words[0]
    if last in LEVEL_WORDS:  # "Team working", "People management"; not "Senior management"
        return last in _DOING and not any(w in LEVEL_WORDS for w in words[:-1])
    if last in _HOLDER or last in _HOLDS:
        return False
    if first in _DOING:  # "Working together", "Leading people", "Developing others"
        return True
    return first in _QUALIFIERS and bool(_ABSTRACT.search(last))


def names_group(text: str) -> bool:
    """Whether a label's words say it groups competencies, rather than naming a level.

    Its last word names a collection -- competencies, capabilities, values, a cluster, domain
    or area -- and it has no level word ("Level 2 competencies" names a level). "Core" and
    "Management" are level words; "Core Competencies" and "Management Competencies" (the WHO
    model's clusters) name what the competencies under them have in common.

    Examples
    --------
    >>> names_group("1. Core Competencies"), names_group("Managerial competencies")
    (True, True)
    >>> names_group("Core"), names_group("Area Manager"), names_group("Level 2 Competencies")
    (False, False, False)

    A tier of the US Department of Labor's building-blocks models is a group of competencies
    named after its area ("Tier 1 - Personal Effectiveness Competencies"); a tier named only by
    its number stays a level:

    >>> names_group("Tier 5 - Industry Sector Competencies"), names_group("Tier 2 Competencies")
    (True, False)
    """
    t = _TIER_GROUP.sub("", clean(text))
    return bool(_GROUP_NOUN.search(t)) and not _LEVEL_WORD.search(t)


def special_column(text: str) -> str | None:
    """'description' or 'roles' for a header that names such a column, else None."""
    t = clean(text)
    return next((k for k, rx in _SPECIAL.items() if rx.match(t)), None)


def bare(name: str) -> str:
    """A label without its leading number ("1 - Novice" is "Novice"); else the label.

    Examples
    --------
    >>> bare("1 - Novice"), bare("2: Practitioner"), bare("Level 2")
    ('Novice', 'Practitioner', 'Level 2')
    """
    found = numbered_name(name)
    return found[1] if found else clean(name)


def distinct_words(names: list[str]) -> list[str]:
    """Each label without the words every label of its slot shares (a ladder's job title).

    Examples
    --------
    >>> distinct_words(["Engineer I", "Senior Engineer", "Principal Engineer"])
    ['I', 'Senior', 'Principal']
    >>> distinct_words(["Teamwork"])
    ['Teamwork']
    """
    words = [clean(t).split() for t in names]
    if len(words) < 3:
        return list(names)
    common = set.intersection(*({w.casefold() for w in ws} for ws in words))
    rest = [" ".join(w for w in ws if w.casefold() not in common) for ws in words]
    return rest if common and all(rest) else list(names)
