"""A framework's language: English or not, and its name in a sentence.

Much of compkit reads English: the checker's spelling and grammar rules, the comparison's
themes, scope and voice, the cross-walk's sentence encoders. They ask :func:`is_english`
before they speak of a framework, and name the language with :func:`language_name`.
"""

from __future__ import annotations

__all__ = ["is_english", "language_name", "not_in_english", "written_in"]

#: Names of the languages ingest tells apart (:mod:`compkit.ingest.tongue`).
_NAMES = {
    "fr": "French", "de": "German", "es": "Spanish", "nl": "Dutch", "pt": "Portuguese",
    "it": "Italian", "ja": "Japanese", "zh": "Chinese", "ko": "Korean", "ru": "Russian",
    "uk": "Ukrainian", "ar": "Arabic", "fa": "Persian", "el": "Greek", "he": "Hebrew",
    "th": "Thai", "hi": "Hindi",
}  # fmt: skip


def _primary(language: str) -> str:
    return (language or "en").replace("_", "-").split("-")[0].strip().lower()


def is_english(language: str) -> bool:
    """Whether a BCP 47 tag (``"en-GB"``, ``"fr"``, ``"pt_BR"``) names English.

    A framework with no language is English (compkit's default, ``en-GB``).

    Examples
    --------
    >>> is_english("en-GB"), is_english("EN"), is_english("fr-CA"), is_english("")
    (True, True, False, True)
    """
    return _primary(language) == "en"


def language_name(language: str) -> str:
    """The language's English name and tag, for a sentence: "French (fr)".

    Examples
    --------
    >>> language_name("fr"), language_name("pt-BR"), language_name("sv")
    ('French (fr)', 'Portuguese (pt-BR)', 'sv')
    """
    name = _NAMES.get(_primary(language))
    return f"{name} ({language})" if name else language


def not_in_english(frameworks) -> list:
    """The frameworks of ``frameworks`` whose ``language`` is not English, in order."""
    return [fw for fw in frameworks if not is_english(fw.language)]


def written_in(frameworks) -> str:
    """Who is written in what: "A and B are written in French (fr)".

    Examples
    --------
    >>> from types import SimpleNamespace as F
    >>> written_in([F(label="A", language="fr"), F(label="B", language="fr")])
    'A and B are written in French (fr)'
    """
    by: dict[str, list[str]] = {}
    for fw in frameworks:
        by.setdefault(language_name(fw.language), []).append(fw.label)
    return " and ".join(
        f"{' and '.join(labels)} {'is' if len(labels) == 1 else 'are'} written in {name}"
        for name, labels in by.items()
    )
