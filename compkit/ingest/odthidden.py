"""What an OpenDocument text hides, for :mod:`compkit.ingest.odtword` to carry as Word's.

Writer hides text four ways: a character or paragraph style with ``text:display="none"``
(Format > Character > Font Effects > Hidden), a section set hidden, a ``text:hidden-text``
field (Insert > Field > Hidden Text) and a ``text:hidden-paragraph`` field, which hides the
paragraph holding it. A field caches in ``text:is-hidden`` whether its condition held when
the file was saved; compkit evaluates no condition, so a field is taken as hiding unless it
says ``false``. Hidden text is carried as Word's (``w:vanish``), so the Word reader leaves
it out and says so (:func:`compkit.ingest.runstyles.leave_hidden_out`), as for a ``.docx``.
"""

from __future__ import annotations

__all__ = ["field_hides", "hidden_paragraph", "hidden_section", "style_hides"]

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_IS_HIDDEN = f"{{{_TEXT}}}is-hidden"


def field_hides(field) -> bool:
    """Whether a ``text:hidden-text`` or ``text:hidden-paragraph`` field hides its text."""
    return field.get(_IS_HIDDEN) != "false"


def hidden_paragraph(el) -> bool:
    """Whether a paragraph (``text:p``, ``text:h``) holds a field hiding it."""
    return any(field_hides(f) for f in el.iter(f"{{{_TEXT}}}hidden-paragraph"))


def hidden_section(el) -> bool:
    """Whether a ``text:section`` is set hidden."""
    return el.get(f"{{{_TEXT}}}display") == "none"


def style_hides(prop, name: str | None) -> bool:
    """Whether a style hides its text; ``prop`` looks a style's property up through its parents.

    A named style counts, as Word's ``w:vanish`` in a style does.
    """
    return prop(name, "text", "text:display", direct=False) == "none"
