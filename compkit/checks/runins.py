"""A heading run into the paragraph under it by conversion (read by T008 and T013).

A document's sub-heading and the paragraph under it can come out of conversion as one
statement: "Bachelor's level Students at the undergraduate level mostly consume ...",
"Hands-on solution delivery Leads the design of ...", "PhD PhD students perform ..." (the
heading "PhD", then a paragraph opening "PhD students"). The capital after the heading opens
the paragraph's first sentence; it is no capital written mid-sentence, nor is the word the
heading ends on written twice by a slip. The rules say what the text holds: a heading run in.
A statement that opens with its holder's verb ("Leads cross-team Kubernetes upgrades ...")
is a clause from its first word, no heading: a capital in it is read as any other.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .words import JOINERS

#: Words a heading does not end on: a clause goes on after them ("Works with Engineering").
_GOES_ON = JOINERS | frozenset("to in on at by a an or as is be our its my his her".split())  # noqa: SIM905
#: Words a run-in heading holds at most.
HEADING_WORDS = 4
#: Words the paragraph after it holds at least (it is prose: two sentences or more).
PARAGRAPH_WORDS = 15
#: Subjects a statement's own clause opens with ("I Influence the business ..."): no heading.
_SUBJECTS = frozenset("I We You They He She It".split())  # noqa: SIM905
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")
_PLAIN = re.compile(r"^[A-Z][\w\u2019'-]*(?:\s+[\w\u2019'-]+)*$")


def heading_before(text: str, start: int) -> str | None:
    """The heading run into a paragraph before the capitalised word at ``start``, or None.

    The words before it, one to four, open the statement with a capital, hold no punctuation
    but hyphens and apostrophes, do not end on a word a clause goes on after ("with",
    "and", "the"), and do not open with a verb's third person ("Leads cross-team", "Coaches
    junior": the statement's own clause); the text from ``start`` is a paragraph of two
    sentences or more.

    Examples
    --------
    >>> text = ("Bachelor's level Students at the undergraduate level mostly consume "
    ...         "knowledge. During their studies, they should also learn about digital tools.")
    >>> heading_before(text, text.index("Students"))
    "Bachelor's level"
    >>> text = ("Works with Engineering and Product leadership to ensure alignment between "
    ...         "engineering and business goals. It also sets the roadmap with them, yearly.")
    >>> heading_before(text, text.index("Engineering")) is None
    True
    >>> text = ("Leads cross-team Kubernetes upgrades for the platform team and reviews their "
    ...         "changes. It also writes the runbooks that on-call engineers follow.")
    >>> heading_before(text, text.index("Kubernetes")) is None
    True
    >>> text = ("I Influence the business and technology direction. I align teams and orgs "
    ...         "towards simple, coherent security goals.")
    >>> heading_before(text, text.index("Influence")) is None
    True
    """
    lead = text[:start].strip()
    rest = text[start:]
    if not lead or not _PLAIN.match(lead) or len(lead.split()) > HEADING_WORDS:
        return None
    if lead.split()[-1].lower() in _GOES_ON or _third_person(lead.split()[0]):
        return None
    if lead.split()[0] in _SUBJECTS:  # "I Influence ...": a wrong capital after the subject
        return None
    if len(rest.split()) < PARAGRAPH_WORDS or not _SENTENCE_BREAK.search(rest):
        return None
    return lead


@lru_cache(maxsize=1 << 12)
def _third_person(word: str) -> bool:
    """Whether ``word`` is a verb's third person singular ("Leads", "Coaches"), by lemminflect.

    >>> _third_person("Leads"), _third_person("Students"), _third_person("Hands-on")
    (True, False, False)
    """
    from lemminflect import getAllLemmas, getInflection

    lemmas = getAllLemmas(word.lower()).get("VERB", ())
    return any(word.lower() in getInflection(lemma, "VBZ") for lemma in lemmas)


def run_in_message(lead: str, word: str) -> str:
    """What T008 and T013 say of a heading run into its paragraph.

    >>> run_in_message("PhD", "PhD")[:65]
    "'PhD' reads as a heading run into the paragraph opening 'PhD ...'"
    """
    return (
        f"'{lead}' reads as a heading run into the paragraph opening '{word} ...': put it on a "
        "line of its own, or delete it"
    )
