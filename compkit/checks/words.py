"""Word lists of the spelling rules: workplace vocabulary, spelling variants, confusions.

The dictionary is pyspellchecker's English word list (American spellings, with word
frequencies). These lists add what it lacks and say how British and American spellings map to
each other, so that the rules can follow a framework's ``language``.
"""

from __future__ import annotations

import re

#: Workplace and technology words that the dictionary lacks but staff frameworks use as ordinary
#: vocabulary (each is in a general English dictionary such as Collins or Merriam-Webster, or
#: in everyday use among engineers: "dev", "repo", "async"), and British forms it lacks whose
#: American ones differ by more than a suffix ("speciality" for "specialty").
VOCABULARY = frozenset(
    """etc quo multi wellbeing equalities co pre re hoc vs themself lifecycle lifecycles roadmap
    roadmaps codebase codebases backend frontend refactor refactors refactored refactoring
    onboard onboards onboarded onboarding offboarding workstream workstreams workflow workflows
    dashboard dashboards dashboarding inclusivity impactful underserved underperforming
    underperformance siloing siloed offsite offsites reorg reorgs tech crypto todo
    assistive multidisciplinary interdependencies interdependency upskill upskilling reskilling
    stakeholder stakeholders deliverables timelines timeboxed agile scrum kanban standups
    changemaker signpost signposting neurodiverse neurodivergent cybersecurity datasets
    ecosystem ecosystems onsite org orgs proto non sub semi inter dev devs app apps repo repos
    async devops config configs unix linux speciality specialities reportee reportees mixin
    mixins""".split()  # noqa: SIM905
)

#: Names of working methods that the trade capitalises as names wherever they stand ("inclusive
#: of engineering, data, and Agile"; "Lean and Kanban boards"): proper nouns to every framework.
METHOD_NAMES = frozenset({"Agile", "Scrum", "Kanban", "Lean", "DevOps", "SAFe", "Waterfall"})

#: Workplace tools whose names are common words ("Slack posts", "a Zoom call", "Excel
#: models"): capitalised mid-sentence they name the product, never a stray capital.
TOOL_NAMES = frozenset({"Slack", "Zoom", "Excel", "Outlook", "Confluence", "Notion"})


#: Institutions English names without an article, always in capitals ("mandated by Congress",
#: "reports to Parliament"): names wherever they stand, mid-sentence or last (T004, T008).
BARE_INSTITUTIONS = frozenset({"Congress", "Parliament", "Senate"})

#: Bare verbs that end as a third person's "-s" or a gerund's "-ing" do: "Focus on the goal",
#: "Bring together views" are instructions, as "Plan the work" is.
BARE_VERBS_LIKE_FORMS = frozenset({
    "focus", "refocus", "re-focus", "bias", "bring", "sing", "ring", "sting", "swing", "spring",
    "string", "cling", "fling", "sling", "wring",
})  # fmt: skip

#: Function words that form no compounds (unlike the particles "over", "out", "up", "back",
#: "in", "on" and the prefixes "be", "per", "a"): a word the dictionary lacks that is
#: one of these and a known word is two words run together ("andconstructive"). Not "to",
#: which ends names and words of their own ("Makoto", "mailto", "tomers" of "cus- tomers").
JOINERS = frozenset(
    """the and nor of for with from into onto upon before after during between among within
    without against towards toward across than that this these those which whom whose what
    where when their them they your are were been have had would could should might shall
    does also such each both either neither""".split()  # noqa: SIM905
)

#: Prefixes whose compounds British and American dictionaries alike (Oxford, Merriam-Webster)
#: write with a hyphen: "self-control", "ex-colleague", "all-inclusive", "quasi-judicial".
HYPHEN_PREFIXES = frozenset({"self", "ex", "all", "quasi"})

#: Compounds of two words whose spelling Oxford and Merriam-Webster agree on (singular): the
#: noun "thought leader" is open, "decision-making" is hyphenated. A form of a word spelt two
#: ways equally often is the usual one when it is here, or a prefix of :data:`HYPHEN_PREFIXES`
#: and a word, or a single word the dictionary knows.
COMPOUNDS = frozenset(
    {
        "thought leader",
        "team player",
        "line manager",
        "best practice",
        "decision-making",
        "problem-solving",
        "trade-off",
    }
)

#: Compounds that Oxford and Merriam-Webster alike write as one word, in two parts, and whose
#: parts written apart make no other sense in a framework ("stake holders" is "stakeholders";
#: not "feed back", a verb, nor "road map", "skill set", "life cycle", written either way).
CLOSED_COMPOUNDS: tuple[tuple[str, str], ...] = (
    ("stake", "holder"), ("team", "work"), ("work", "load"), ("work", "place"),
    ("work", "force"), ("frame", "work"), ("guide", "line"), ("dead", "line"),
    ("mile", "stone"), ("check", "list"), ("spread", "sheet"), ("data", "base"),
    ("hand", "book"), ("play", "book"), ("mind", "set"), ("bench", "mark"),
)  # fmt: skip

#: Pairs whose British forms are two different words (a computer program and a programme of
#: work; the noun licence and the verb license): not one word spelt two ways in en-GB text.
GB_DISTINCT = re.compile(r"(?<=[a-z]{4})mme(s)?$|^licen[cs]e")

#: Doubled words that are grammatical ("that that", "had had").
DOUBLE_OK = frozenset({"that", "had", "is", "do", "very", "so", "bye", "no", "now", "ha"})

#: Confusions wrong in any framework, in any English: (pattern, replacement, why); the why may
#: refer to the match's groups as the replacement does. Among them, set phrases missing their
#: article ("in timely manner", "acts as sounding board", "has good understanding of") and a
#: possessive after a determiner missing its apostrophe ("my teams decisions").
CONFUSED: tuple[tuple[re.Pattern, str, str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), repl, why)
    for p, repl, why in (
        (r"\bthrive(s|d)? to\b", r"strive\1 to", "'thrive' takes no 'to'; 'strive to' is meant"),
        (r"\bhas to why\b", "as to why", "'as to why' is meant"),
        (r"\b(take|takes|taken|took|taking) in to account\b", r"\1 into account", "one word"),
        (
            r"\b(the|existing|good|best|current|reflective|professional|working|safe|inclusive"
            r"|our|their|my|its) practis(e|es)\b",
            r"\1 practic\2",
            "'practice' is the noun",
        ),
        (
            r"\bother's\b(?<!\beach other's)(?<!\bone other's)(?<!\ban other's)"
            r"(?<!\bthe other's)(?<!\bevery other's)",
            "others'",
            "a plural possessive: the views of others",
        ),
        (
            r"\b(users|members|others|colleagues|carers|families|partners|clients|patients)"
            r" (views|feelings|needs|wishes|rights|experiences|voices|ideas|opinions|choices)\b",
            r"\1' \2",
            "a plural possessive needs its apostrophe",
        ),
        (r"\b(could|should|would|must) of\b", r"\1 have", "'of' for 'have'"),
        (r"\bit's own\b", "its own", "'it's' is 'it is'"),
        (r"\bthere own\b", "their own", "'their' is the possessive"),
        (r"\beach others\b", "each other's", "a possessive needs its apostrophe"),
        (r"\bper say\b", "per se", "Latin 'per se'"),
        (r"\byour (are|were)\b", r"you \1", "'your' is the possessive; the subject is 'you'"),
        (
            r"\b(the|my|our|your|their|his|her|its) (?-i:(team|customer|stakeholder|peer"
            r"|employee|learner|student|manager|organisation|organization|department)s)"
            r" ((?:best )?(?:decisions|goals|priorities|objectives|interests|expectations|concerns"
            r"|requirements|satisfaction|success|wellbeing|well-being|views|needs|feelings|wishes"
            r"|rights|experiences|ideas|opinions|choices|perspectives|aspirations|strengths))\b",
            r"\1 \2's \3",
            r"or \1 \2s' \3 for several; a possessive needs its apostrophe",
        ),
        (
            r"\b(in|on) ((?:timely|regular|consistent|professional|respectful|constructive"
            r"|structured|positive|systematic|collaborative|fair|transparent|flexible"
            r"|sensitive|daily|weekly|monthly|case-by-case|continuous|planned|proactive)"
            r" (?:manner|basis))\b",
            r"\1 a \2",
            "a singular noun takes an article",
        ),
        (
            r"\b(in|on) ((?:appropriate|efficient|effective|organised|organized|open|honest"
            r"|ongoing|orderly|ethical|inclusive|objective|accurate|agile)"
            r" (?:manner|basis))\b",
            r"\1 an \2",
            "a singular noun takes an article",
        ),
        (
            r"\b(acts?|acting|acted|serves?|serving|served) as (sounding board|role model"
            r"|point of contact|go-to person|trusted advisor|trusted adviser)\b",
            r"\1 as a \2",
            "a singular noun takes an article",
        ),
        (
            r"\b(has|have|having|had|gains?|gained|gaining|develops?|developed|developing"
            r"|demonstrates?|demonstrated|demonstrating|shows?|showed|shown|showing|possess(?:es)?"
            r"|possessed|possessing|acquires?|acquired|acquiring|builds?|built|building|with)"
            r" ((?:good|sound|solid|thorough|basic|working|reasonable|firm|broad|detailed"
            r"|comprehensive) (?:understanding|grasp) of)\b",
            r"\1 a \2",
            "'a good understanding of', 'a firm grasp of': the noun takes an article",
        ),
    )
)
#: Words any match of each :data:`CONFUSED` pattern contains, lower case ("" when none is
#: certain): statements without them are not searched with the pattern.
CONFUSED_CLUES: tuple[str, ...] = (
    "thrive", "to why", "in to account", "practis", "other's", "", " of", "it's own",
    "there own", "each others", "per say", "your ", "s ", "", "", " as ",
    " of",
)  # fmt: skip
