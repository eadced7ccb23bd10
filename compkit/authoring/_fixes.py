"""The text fixes a draft makes or proposes (used by :mod:`compkit.authoring.harmonise`).

Mechanical fixes of a checker finding (a stray word, a word spelt two ways, a final full stop),
never a change of usage; and the other organisation's names in a carried statement, replaced by
the base organisation's own where that is mechanical, the rest listed for a human.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..framework.model import Framework


def _mechanical_fix(finding: dict, indicator) -> tuple[str, str] | None:
    """The fixed text and what was done, when the finding has a mechanical fix; else None.

    Mechanical: a stray word left by document conversion (deleted), a word capitalised where a
    wrapped line was joined (lower-cased), a word spelt two ways in the framework (its usual
    form), a final full stop that breaks the framework's pattern. Changing words to others
    (misspellings, confused words) needs a reader.
    """
    text, name, message = indicator.text, finding["name"], finding["message"]
    quoted = re.findall(r"'([^']+)'", message)
    if name == "stray-word" and quoted and text.rstrip(" .").endswith(quoted[0]):
        word = quoted[0]
        stem = text.rstrip(" .")
        tail = text[len(stem) :]
        if indicator.repair is not None and indicator.repair.kind == "joined-wrapped-lines":
            lowered = stem[: -len(word)] + word[0].lower() + word[1:] + tail
            return lowered, f"lower-cased '{word}', capitalised where a wrapped line was joined"
        return stem[: -len(word)].rstrip() + tail, f"deleted the stray word '{word}'"
    if name == "inconsistent-spelling" and len(quoted) >= 2:
        form, usual = quoted[0], quoted[1]
        if form.replace("-", " ").casefold() == usual.replace("-", " ").casefold():
            return None  # hyphen or space is usage ("in line with", "in-line skating"): a reader
        fixed = re.sub(
            rf"\b{re.escape(form)}\b",
            lambda m: usual[0].upper() + usual[1:] if m.group(0)[0].isupper() else usual,
            text,
            flags=re.IGNORECASE,
        )
        return (
            (fixed, f"spelt '{form}' as '{usual}', the framework's usual form")
            if fixed != text
            else None
        )
    if name == "end-punctuation-breaks-pattern":
        if message.startswith("ends with a full stop") and text.endswith("."):
            return text[
                :-1
            ].rstrip(), "removed the final full stop, as the other statements have none"
        if message.startswith("ends without a full stop"):
            return text.rstrip() + ".", "added a final full stop, as the other statements have"
    return None


def _names(fw: Framework) -> list[str]:
    """The names an organisation goes by in its framework, longest first."""
    return sorted({n for n in (fw.organisation, fw.short_name) if n}, key=len, reverse=True)


def _own_names(text: str, other: Framework, base: Framework) -> tuple[str, str]:
    """``text`` with the other organisation's names replaced by the base's, and what was done.

    A mechanical replacement ("Children in Scotland's aim" -> "WSX Mind's aim", "the CiS
    strategic plan" -> "the WSX Mind strategic plan"); "" when the text names neither.
    """
    done = []
    for name in _names(other):
        pattern = re.compile(rf"\b{re.escape(name)}\b")
        if pattern.search(text) and name not in _names(base):
            own = base.short_name or base.organisation
            text = pattern.sub(own, text)
            done.append(f"'{name}' -> '{own}'")
    if not done:
        return text, ""
    return text, f"named {other.organisation}; replaced {', '.join(done)} (the base's own name)"


def _other_names(text: str, other: Framework, base: Framework) -> list[str]:
    """Words of the other organisation's names still in ``text`` (for a human to rewrite)."""
    own = {w.casefold() for n in _names(base) for w in re.findall(r"[A-Za-z]+", n)}
    words = {
        w
        for n in _names(other)
        for w in re.findall(r"[A-Z][A-Za-z]+", n)
        if len(w) > 2 and w.casefold() not in own
    }
    return sorted(w for w in words if re.search(rf"\b{re.escape(w)}\b", text))
