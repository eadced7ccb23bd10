"""Finding a workbook row's level, competency or role by what the author typed in its cell.

An author names a level, competency or role by its id, its name in any case, or a level's rank;
a name is also found by its words alone, without the emoji or marks around them ("Play3r" for
UNiDAYS' "👨‍🔧 Play3r", "Client Focus" for "🎯 Client Focus"), when those words name one item.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .._words import plural

_WORDS = re.compile(r"\w+")
_SHEETS = {"level": "levels", "competency": "competencies", "role": "roles"}


def _words(name: str) -> str:
    """A name's words in lower case, without the emoji, marks and spaces between them."""
    return " ".join(_WORDS.findall(name.casefold()))


class Names:
    """Finds a level, competency or role of the sheets by its id or name (any case), or rank.

    Examples
    --------
    >>> levels = Names([{"id": "play3r", "name": "👨‍🔧 Play3r", "rank": 2}], "level")
    >>> levels.find("play3r"), levels.find("👨‍🔧 PLAY3R"), levels.find("Play3r"), levels.find("2")
    ('play3r', 'play3r', 'play3r', 'play3r')
    >>> print(levels.unknown("👩‍🏫 Pr0"))  # doctest: +ELLIPSIS
    unknown level '👩‍🏫 Pr0'; expected a level's id or name (1 level declared: play3r (👨‍🔧 Play3r))
    >>> print(levels.unknown("Player", {("level", "play3r"): "Player"}))  # doctest: +ELLIPSIS
    level 'Player' was renamed '👨‍🔧 Play3r' on the levels sheet; write its new name or its id, ...
    """

    def __init__(self, entries: list[dict], term: str):
        self.term, self.ids = term, [str(e.get("id")) for e in entries]
        self.known_ids = set(self.ids)
        self.now = {str(e.get("id")): str(e.get("name", "")) for e in entries}  # id -> name
        self.names: dict[str, list[str]] = defaultdict(list)
        self.words: dict[str, list[str]] = defaultdict(list)
        self.ranks: dict[str, list[str]] = defaultdict(list)
        for e in entries:
            name = str(e.get("name", ""))
            self.names[name.strip().casefold()].append(str(e.get("id")))
            self.words[_words(name)].append(str(e.get("id")))
            if "rank" in e:
                self.ranks[str(e["rank"])].append(str(e.get("id")))
        shown = [f"{e.get('id')} ({e.get('name')})" for e in entries[:12]]
        self.known = ", ".join(shown) + (", ..." if len(entries) > 12 else "") or "none"

    def find(self, text: str) -> str | None:
        """The id ``text`` names (an id, else a unique name, rank or name's words), or None."""
        if text in self.known_ids:
            return text
        hits = self.names.get(text.strip().casefold(), []) or self.ranks.get(text.strip(), [])
        if not hits and _words(text):
            hits = self.words.get(_words(text), [])
        return hits[0] if len(hits) == 1 else None

    def find_name(self, text: str) -> str | None:
        """The id of the one item named ``text`` exactly (case kept), else :meth:`find`'s.

        A name column names by name first: "planning" is the item so named even where
        another item's id is ``planning`` (and "Planning" its name).

        >>> comps = Names([{"id": "planning", "name": "Planning"},
        ...                {"id": "planning-again", "name": "planning"}], "competency")
        >>> comps.find_name("planning"), comps.find_name("Planning"), comps.find("planning")
        ('planning-again', 'planning', 'planning')
        """
        exact = [i for i, name in self.now.items() if name.strip() == text.strip()]
        return exact[0] if len(exact) == 1 else self.find(text)

    def unknown(self, text: str, renamed: dict | None = None) -> str:
        """Why ``text`` names nothing, with what it may name; the text as typed, not escaped.

        ``renamed`` maps ``(term, id)`` to each item's name as exported: the old name of an item
        renamed on its own sheet since is said to be one, with its new name and id.
        """
        old = [
            ident
            for (term, ident), name in (renamed or {}).items()
            if term == self.term
            and name.casefold() == text.strip().casefold()
            and self.now.get(ident, name).strip().casefold() != name.casefold()  # renamed
        ]
        if text and len(old) == 1 and not self.names.get(text.strip().casefold()):
            return (
                f"{self.term} '{text}' was renamed '{self.now[old[0]]}' on the "
                f"{_SHEETS.get(self.term, self.term)} sheet; "
                f"write its new name or its id, {old[0]}"
            )
        what = f"unknown {self.term} '{text}'" if text else f"no {self.term} given"
        count = plural(len(self.ids), self.term)
        return f"{what}; expected a {self.term}'s id or name ({count} declared: {self.known})"
