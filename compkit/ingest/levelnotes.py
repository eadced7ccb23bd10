"""A level's facts set apart from its statements: "**Typical Tenure:** 12-24 months".

Ladders put under each level, apart from its list of statements, a short emphasised note that
labels a fact about the people at that level, not a behaviour: how long they have worked
("_**Experience**: Typically requires a minimum of 2 years of professional experience._",
Sarah Drasner's ladder), how long they stay ("**Typical Tenure:** 12-24 months before IC2",
HRSkills' ladder), how their time is split ("**Time expectation**: ... about 20 percent of
their time", Abtion's). Such a paragraph is a note on its level (its description), not a
statement and not a competency. The rule asks for all of:

- an emphasised run-in label, a colon and a value, alone as a paragraph (no list item);
- a label of the level's facts: experience, tenure or time ("Customer Experience" or "Time
  management" name competencies: their values state no durations, see below);
- the same label at least twice in the document (once under each of several levels);
- a duration or a share of time ("2 years", "12-24 months", "20 percent") in at least half
  of that label's values ("No previous experience required." goes with its label's others).

A label such as "Scope" whose values name durations ("Features and small projects (1-3
months)") is no fact of this kind: it is left to be read as the competency it names.

A level's grades are a fact of the same kind: the UK Civil Service Behaviours put "Example
grades: AA, AO" (then "EO", "HEO, SEO", "Grade 7, Grade 6") beside each level's behaviours. A
label naming grades, bands or pay grades is a note on its level when it comes back at least
twice and every one of its values is a list of grade codes ("AA, AO", "Band 5-7", "SCS Pay
Band 1"): such a value says nothing a statement says, so the label need not be emphasised. A
value in words ("Grades: marks work fairly") keeps the line a statement.
"""

from __future__ import annotations

import re
from collections import defaultdict

__all__ = ["facts_of", "grade_codes", "grade_label", "level_notes", "notes_entry", "set_apart"]

#: an emphasised label, a colon and a value: "__Experience: 2 years.__", "**Tenure:** 2 years"
_NOTE = re.compile(
    r"^\s*(?:<p>\s*)?(?:\*\*|__|[*_]){1,2}([A-Z][A-Za-z' -]{1,40}?)(?:\*\*|__|[*_])*\s*:"
    r"(?:\*\*|__|[*_])*\s+(\S.*)$"
)
_PLAIN = re.compile(r"^\s*([A-Z][A-Za-z' -]{1,40}?)\s*:\s+(\S.*)$")  # its text once read
_FACT = re.compile(r"\b(?:experience|tenure|time)\b(?! management)", re.I)  # not "Time management"
_TIME = re.compile(
    r"\b\d+(?:\.\d+)?\+?\s*(?:(?:-|–|to|and)\s*\d+\+?\s*)?"
    r"(?:years?|yrs?|months?|weeks?|hours?|percent|per cent)\b|\b\d+\s*%",
    re.I,
)
#: a label naming grades: "Example grades", "Pay band", "Grade" (never "Grades of service")
_GRADES = re.compile(r"^(?:[A-Za-z]+ ){0,2}(?:pay )?(?:grades?|bands?|pay ?grades?)$", re.I)
#: one grade code: "AA", "HEO", "SCS1", "Grade 7", "Band 5-7", "SCS Pay Band 1", "7"
_CODE = re.compile(
    r"^(?:[A-Z][A-Z0-9]{0,5}(?:\s+(?:pay\s+)?(?:grade|band)\s+\d{1,2}[A-Za-z]?)?"
    r"|(?:(?:pay\s+)?(?:grade|band)\s+)?[A-Z]{0,4}\d{1,2}[A-Za-z]?(?:\s*[-–]\s*\d{1,2}[A-Za-z]?)?)$",
    re.I,
)
_CODES = re.compile(r"\s*(?:[,/;&]|\band\b|\bor\b|\bto\b|\s[-–—]\s)\s*")
_EMPHASIS = re.compile(r"(?:<(?:strong|b|em|i)\b[^>]*>\s*){1,2}$|(?:\*\*|__|[*_])$")


def grade_label(label: str) -> bool:
    """Whether ``label`` names a level's grades ("Example grades", "Pay band").

    Examples
    --------
    >>> grade_label("Example grades"), grade_label("Pay band"), grade_label("Grades of service")
    (True, True, False)
    """
    return _GRADES.match(label.strip()) is not None


def grade_codes(value: str) -> bool:
    """Whether ``value`` is a list of grade codes and nothing else.

    Examples
    --------
    >>> [grade_codes(v) for v in ["AA, AO", "HEO, SEO", "Grade 7, Grade 6", "SCS Pay Band 1"]]
    [True, True, True, True]
    >>> grade_codes("Band 5-7."), grade_codes("marks work fairly"), grade_codes("")
    (True, False, False)
    """
    parts = [t for t in _CODES.split(re.sub(r"[*_]+$|[.;]$", "", value.strip()).strip()) if t]
    return bool(parts) and all(
        _CODE.match(t) and any(c.isupper() or c.isdigit() for c in t) for t in parts
    )


def facts_of(seen: list[tuple[int, str]], label: str) -> bool:
    """Whether a label's values, seen under several levels, make them notes (see the module)."""
    if len(seen) < 2:
        return False
    if grade_label(label):
        return all(grade_codes(v) for _, v in seen)
    return 2 * sum(bool(_TIME.search(v)) for _, v in seen) >= len(seen)


def level_notes(lines: list[str], raw: dict[int, str] | None = None) -> set[int]:
    """The lines that are notes on their level: an emphasised fact label, a colon, a value.

    ``lines`` are a document's lines (Markdown, or the text of HTML blocks); where ``raw`` is
    given (a line's HTML source by index), a line is read as its text and its emphasis
    looked for in its source.

    Examples
    --------
    >>> lines = ["## IC1", "- Learns", "", "**Typical Tenure:** 12-24 months before IC2",
    ...          "## IC2", "- Leads", "", "**Typical Tenure:** 2-3 years before IC3"]
    >>> sorted(level_notes(lines))
    [3, 7]
    >>> sorted(level_notes([line.replace("Typical Tenure", "Scope") for line in lines]))
    []
    >>> sorted(level_notes([line.replace("Typical Tenure", "Time management") for line in lines]))
    []
    """
    found: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for i, line in enumerate(lines):
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if raw is None and nxt and not nxt.startswith(("#", "-", "*", "+", "<")):
            continue  # a paragraph running on: more than a note
        m = (_PLAIN if raw is not None else _NOTE).match(line)
        grades = m is None and (m := _PLAIN.match(line)) is not None
        if m is None or len(m.group(1).split()) > 3:
            continue
        label = m.group(1).strip().lower()
        if grade_label(label):  # "Example grades: AA, AO": codes, no emphasis needed
            found[label].append((i, m.group(2) if grade_codes(m.group(2)) else ""))
            continue
        if grades or not _FACT.search(label):
            continue
        if raw is None or _emphasised(raw.get(i, ""), m.group(1)):
            found[label].append((i, m.group(2)))
    return {i for label, seen in found.items() if facts_of(seen, label) for i, _ in seen}


def _emphasised(source: str, label: str) -> bool:
    """Whether ``label`` opens an emphasis in ``source`` (HTML, or Markdown within it)."""
    source = re.sub(r"\s+", " ", source)
    at = source.find(label)
    return at > 0 and _EMPHASIS.search(source[:at].rstrip()) is not None


def notes_entry(texts: list[str], lines: list[int]) -> tuple[str, str, float, str]:
    """The ingest report's entry for the notes found: how many, the first, and their lines.

    Examples
    --------
    >>> notes_entry(["Typical Tenure: 2 years", "Typical Tenure: 3 years"], [20, 40])[1][:40]
    '2 notes on their levels set apart from t'
    """
    where = f"line{'s' * (len(lines) > 1)} {', '.join(str(n) for n in lines)}"
    message = (
        f"{len(texts)} notes on their levels set apart from the statements ({texts[0]!r}, ...):"
        " a fact about the level, each read as its level's description, not a statement"
    )
    return ("guess", message, 0.75, where)


def set_apart(
    lines: list[str], places: list[dict], raw: dict[int, str] | None = None
) -> tuple[set[int], list[tuple]]:
    """:func:`level_notes` and the report's entry for them (none when there are none).

    Examples
    --------
    >>> lines = ["__Experience: 2 years.__", "", "__Experience: 5 years.__"]
    >>> found, entries = set_apart(lines, [{"lines": [4]}, {}, {"lines": [9]}])
    >>> sorted(found), entries[0][3]
    ([0, 2], 'lines 4, 9')
    """
    found = level_notes(lines, raw)
    if not found:
        return found, []
    at = [places[i].get("lines", [i + 1])[0] if places else i + 1 for i in sorted(found)]
    texts = [re.sub(r"[*_]{2,}|<[^>]+>|^[*_]|[*_]$", "", lines[i].strip()) for i in sorted(found)]
    return found, [notes_entry(texts, at)]
