"""A Word run's look given by its styles: bold made direct, hidden text left out.

python-docx answers ``run.bold`` from the run's own properties only, so a name set in Word's
"Strong" character style (or in a publisher's own bold paragraph style, "Level name") read as
plain text, while the readers take a short bold line for a heading and a bold lead-in for a
label. :func:`bold_from_styles` writes the bold a run's styles give it onto the run, as Word
shows it: the run's own setting, else its character style's, else its paragraph style's (each
through the styles it is based on); heading and title styles are read by their names.

Hidden text (``w:vanish``: Home > Font > Hidden) is not shown on screen or printed by Word's
defaults; publishers use it for notes to authors and superseded wording. A framework is read as
shown (tracked changes read as accepted), so :func:`leave_hidden_out` removes hidden runs --
set hidden on the run, by its character style or by its paragraph's style -- and says how many
and the first one's words in the report, so the user can unhide them in Word if they belong.
"""

from __future__ import annotations

import re

__all__ = ["bold_from_styles", "leave_hidden_out"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_OFF = ("0", "false", "off", "none")
#: paragraph styles read by their names (a heading, the title), whose bold says nothing more
_HEADS = re.compile(r"^(?:Heading\d|Title|Subtitle|TOC)", re.IGNORECASE)


def _flag(rpr, name: str) -> bool | None:
    """A toggle property (``w:b``, ``w:vanish``) of a run's properties: True, False or unset."""
    el = rpr.find(f"{_W}{name}") if rpr is not None else None
    if el is None:
        return None
    return el.get(f"{_W}val", "true").lower() not in _OFF


def _styles(word) -> dict[str, object]:
    part = word.styles.element
    return {el.get(f"{_W}styleId"): el for el in part.iter(f"{_W}style")}


def _styled(styles: dict, ident: str | None, name: str) -> bool | None:
    """A toggle property a style gives, following ``w:basedOn`` (at most 20 steps)."""
    seen = 0
    while ident and seen < 20:
        seen += 1
        style = styles.get(ident)
        if style is None:
            return None
        value = _flag(style.find(f"{_W}rPr"), name)
        if value is not None:
            return value
        based = style.find(f"{_W}basedOn")
        ident = based.get(f"{_W}val") if based is not None else None
    return None


def _run_style(run) -> str | None:
    rpr = run.find(f"{_W}rPr")
    el = rpr.find(f"{_W}rStyle") if rpr is not None else None
    return el.get(f"{_W}val") if el is not None else None


def bold_from_styles(word) -> int:
    """Set bold on each run whose styles make it bold; the number of runs set.

    A run's own ``w:b`` (bold or not) stands; only runs with none take their styles'.

    Parameters
    ----------
    word : docx.document.Document
        The document, changed in place.

    Returns
    -------
    int
        How many runs were made bold.
    """
    styles = _styles(word)
    made = 0
    for p in word.element.body.iter(f"{_W}p"):
        ppr = p.find(f"{_W}pPr")
        pstyle = ppr.find(f"{_W}pStyle") if ppr is not None else None
        pident = pstyle.get(f"{_W}val") if pstyle is not None else None
        by_para = None if _HEADS.match(pident or "") else _styled(styles, pident, "b")
        for run in p.iter(f"{_W}r"):
            if next(run.iterancestors(f"{_W}p")) is not p:
                continue  # a run of a nested paragraph (a text box) is its own paragraph's
            if _flag(run.find(f"{_W}rPr"), "b") is not None:
                continue
            styled = _styled(styles, _run_style(run), "b")
            if styled if styled is not None else by_para:
                rpr = run.find(f"{_W}rPr")
                if rpr is None:
                    rpr = run.makeelement(f"{_W}rPr", {})
                    run.insert(0, rpr)
                at = 1 if rpr.find(f"{_W}rStyle") is not None else 0
                rpr.insert(at, rpr.makeelement(f"{_W}b", {}))  # as the schema orders them
                made += 1
    return made


def leave_hidden_out(word) -> list[tuple[str, str, float]]:
    """Remove the hidden runs of a document's body, in place; the report's note saying so.

    Parameters
    ----------
    word : docx.document.Document
        The document, changed in place.

    Returns
    -------
    list of tuple
        One "unused" note counting the pieces of hidden text left out and quoting the first,
        or nothing when the document holds none.
    """
    styles = _styles(word)
    pieces: list[str] = []
    for p in list(word.element.body.iter(f"{_W}p")):
        ppr = p.find(f"{_W}pPr")
        pstyle = ppr.find(f"{_W}pStyle") if ppr is not None else None
        by_para = _styled(styles, pstyle.get(f"{_W}val") if pstyle is not None else None, "vanish")
        joining = False  # hidden runs in a row are one piece
        for run in list(p.iter(f"{_W}r")):
            own = _flag(run.find(f"{_W}rPr"), "vanish")
            if own is None:
                own = _styled(styles, _run_style(run), "vanish")
            text = "".join(t.text or "" for t in run.iter(f"{_W}t"))
            if not (own if own is not None else by_para):
                joining = joining and not text.strip()
                continue
            if joining:
                pieces[-1] += text
            elif text.strip():
                pieces.append(text)
                joining = True
            run.getparent().remove(run)
    if not pieces:
        return []
    first = " ".join(pieces[0].split())
    first = first if len(first) <= 60 else first[:57] + "..."
    n = len(pieces)
    said = f"{n} piece{'s' if n != 1 else ''} of hidden text left out, as Word shows and prints"
    said += f" the document (the first: {first!r}); unhide it in the document if it belongs"
    return [("unused", said, 0.7)]
