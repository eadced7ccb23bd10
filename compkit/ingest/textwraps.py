"""Paragraphs of plain text hard-wrapped at a line width: joined, or told apart, by that width.

Text copied out of a PDF breaks every paragraph into lines of the page's width; a statement
that ends a line with its full stop may still run on ("... the need for data science
solutions." / "Identifies what data sources to use or acquire." is one SFIA paragraph), while
a line that stops short of the width ends its paragraph. Typesetting says which: a line wraps
when the next line's first word would not have fitted on it. The width is that of the text's
own wrapped lines (those whose next line runs on in lower case). Text pasted from Word keeps a
paragraph a line and wraps nothing: there, a line opening with a capital starts a paragraph of
its own, and never continues the list item above it. In Markdown a paragraph's lines are one
paragraph on the page: :func:`prose_wraps` joins a line running on in lower case to the
paragraph line above it, wherever the paragraph stands (a section of prose holds no list whose
items would gather its lines).
"""

from __future__ import annotations

import re

from .blocks import OPEN_END, atx_heading, clean, marker
from .nameditems import item_indent
from .pdfcells import join_lines, words_of

__all__ = ["mark_starts", "prose_wraps", "unwrap"]

_OPEN = re.compile(r"^[a-z(]")  # a line running on in lower case
_CAPITAL = re.compile(r"^[A-Z0-9\"'‘“]")
_ENDS = (".", "!", "?", ";", ",")
_RULE = re.compile(r"^[-=*_ ]+$")


def _item(line: str) -> bool:
    number, bullet, _ = marker(line.strip())
    return number is not None or bullet


def _runs_on(above: str, line: str) -> bool:
    """Line ``line`` plainly continues ``above``: it opens in lower case, mid-sentence."""
    return (
        bool(above.strip())
        and bool(_OPEN.match(line.strip()))
        and not _item(line)
        and not clean(above).endswith((".", "!", "?", ":"))
        and "\t" not in above + line
    )


def _headed(line: str) -> bool:
    """A short capitalised line with no closing stop: perhaps a heading ("Level 3")."""
    text = clean(line)
    return len(text.split()) <= 6 and not text.endswith(_ENDS)


def unwrap(
    lines: list[str], places: list[dict]
) -> tuple[list[str], list[dict], dict[int, str], set[int], dict[int, int], list[tuple]]:
    """Join the lines of hard-wrapped paragraphs; say which lines open a paragraph.

    Returns the lines, their places, repair notes by line, the source line numbers that open a
    paragraph (never a wrapped line of the one above; later passes may move lines), the old
    line -> new line map, and the report's note. A document is hard-wrapped when three or more
    lines run on in lower case near one width, the longest of them. Lines holding tabs (a
    table's rows) are left as they are.

    Examples
    --------
    >>> lines = ["Level 5", "Provides expert advice to evaluate the problems to be solved.",
    ...          "Identifies what data to use.", "Specifies and applies the techniques of the",
    ...          "data.", "Reviews the benefits of the tools, and recommends the", "changes.",
    ...          "Leads the development of policies on data and the", "models."]
    >>> out, places, repairs, starts, moved, notes = unwrap(lines, [{}] * len(lines))
    >>> out[1]
    'Provides expert advice to evaluate the problems to be solved. Identifies what data to use.'
    >>> out[2], sorted(starts)
    ('Specifies and applies the techniques of the data.', [2, 4, 6, 8])
    """
    runs = [i for i in range(len(lines) - 1) if _runs_on(lines[i], lines[i + 1])]
    width = max((len(clean(lines[i])) for i in runs), default=0)
    full = [i for i in runs if len(clean(lines[i])) >= width * 0.8]
    # the wrapped lines stand near one width (a list of short lower-case items does not)
    wrapped = len(full) >= 3 and len(full) * 3 >= len(runs) * 2
    join = {i for i in runs if wrapped and len(clean(lines[i])) >= width * 0.6}
    starts: set[int] = set()  # old line indices that open a paragraph
    for i in range(len(lines) - 1):
        above, line = lines[i], lines[i + 1]
        if i in join or not above.strip() or not line.strip() or _item(line):
            continue
        if "\t" in above + line or not _CAPITAL.match(line.strip()):
            continue
        if not wrapped:
            starts.add(i + 1)  # pasted from Word: a paragraph a line
            continue
        word = len(line.split()[0])
        fits = len(clean(above)) + 1 + word <= width
        if fits:
            starts.add(i + 1)
        elif not _headed(line) and len(clean(above)) >= width * 0.6:
            join.add(i)
    out: list[str] = []
    where: list[dict] = []
    repairs: dict[int, str] = {}
    moved: dict[int, int] = {}
    spans: list[list[int]] = []
    words = words_of(lines)  # a line-end hyphen mended as the text spells the word elsewhere
    for i, line in enumerate(lines):
        if i - 1 in join and out:
            out[-1] = join_lines(out[-1].rstrip(), line.strip(), words)
            spans[-1].append(i)
            moved[i] = len(out) - 1
            continue
        moved[i] = len(out)
        out.append(line)
        spans.append([i])
    joined = 0
    for k, span in enumerate(spans):
        got = [n for i in span for n in places[i].get("lines", [i + 1])]
        where.append({**places[span[0]], "lines": got} if len(span) > 1 else places[span[0]])
        if len(span) > 1:
            joined += 1
            quoted = " / ".join(f'"{clean(lines[i])}"' for i in span)
            repairs[k] = (
                f"A statement wraps over {len(span)} source lines (lines "
                f"{', '.join(map(str, got))}: {quoted}); joined with a space."
            )
    new_starts = {  # by source line: later passes may move or split lines
        where[moved[i]].get("lines", [moved[i] + 1])[0]
        for i in starts
        if moved[i] != moved.get(i - 1)
    }
    notes = []
    if joined and wrapped:
        notes.append(
            (
                "repair",
                f"{joined} paragraphs wrapped at the text's line width ({width} characters) "
                "joined: a line wraps when the next line's first word would not have fitted on it",
                0.8,
            )
        )
    return out, where, repairs, new_starts, moved, notes


def mark_starts(doc, starts: set[int]) -> None:
    """Mark the paragraphs that open at the given source lines: none continues the one above.

    ``doc`` is the document :func:`compkit.ingest.textlines.text_document` read.
    """
    for region in doc.regions:
        for p in region.paras:
            if p.source.get("lines", [None])[0] in starts:
                p.blank_before = True


def _prose(line: str) -> bool:
    """A Markdown line that may open or carry on a paragraph: no heading, item, row or tag."""
    text = line.strip()
    return (
        bool(text)
        and atx_heading(text) is None
        and item_indent(line) is None
        and "|" not in text  # a table's row, its outer pipes left out or not
        and not _RULE.match(text)  # "---", "===": a break or a heading's underline
        and not text.startswith((">", "<", "```", "~~~"))
    )


def _carries_on(above: str, line: str) -> bool:
    """A paragraph's line goes on from the one above: in lower case, or after "the", "of" ..."""
    text = clean(above)
    broken = above.endswith(("  ", "\\"))  # a hard line break: the author's own
    mid = bool(OPEN_END.search(text)) and not text.endswith(":")
    return not broken and (_runs_on(above, line) or (mid and "\t" not in above + line))


def prose_wraps(
    lines: list[str], places: list[dict], repairs: dict[int, str]
) -> tuple[list[str], list[dict], dict[int, str], list[tuple[str, str, float]]]:
    """Join a Markdown paragraph's lines where one runs on from the line above, mid-sentence.

    A paragraph's lines are one paragraph on the page; a line opening in lower case under one
    that ends on no full stop, colon or hard line break (two spaces, a backslash), or any line
    under one ending mid-sentence (on "the", "of", "and", a comma: :data:`.blocks.OPEN_END`),
    carries its sentence on ("If you feel like you meet the requirements above and are willing
    to take on" / "the additional responsibilities ..."). Lines of a paragraph that each open
    with a capital and end a sentence stay apart, as their author set them, and so do a list
    item's own lines (the list's reader gathers them). Returns the lines, their places and
    repairs, and the report's note.

    Examples
    --------
    >>> lines = ["# Roles", "", "If you meet the requirements and are willing to take on",
    ...          "the work, ask a maintainer.", "Then wait.", "- An item that goes", "  on here"]
    >>> out, places, repairs, notes = prose_wraps(lines, [{"lines": [n]} for n in range(1, 8)], {})
    >>> out[2], places[2], out[3:]
    ('If you meet the requirements and are willing to take on the work, ask a maintainer.', \
{'lines': [3, 4]}, ['Then wait.', '- An item that goes', '  on here'])
    >>> notes[0][1]
    "1 paragraph's wrapped lines joined (lines 3-4): Markdown shows a paragraph's lines as one"
    """
    out: list[str] = []
    where: list[dict] = []
    fixed: dict[int, str] = {}
    spans: list[list[int]] = []
    prose = False  # the line above belongs to a paragraph of prose (no list item's)
    for i, line in enumerate(lines):
        above = lines[i - 1] if i else ""
        if prose and _prose(line) and _carries_on(above, line):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
            where[-1] = {
                **where[-1],
                "lines": [*where[-1].get("lines", []), *places[i].get("lines", [])],
            }
            spans[-1].append(i)
            continue
        prose = _prose(line) and (
            prose or not above.strip() or atx_heading(above.strip()) is not None
        )
        if i in repairs:
            fixed[len(out)] = repairs[i]
        out.append(line)
        where.append(places[i])
        spans.append([i])
    joined = [span for span in spans if len(span) > 1]
    for k, span in enumerate(spans):
        if len(span) > 1 and k not in fixed:
            quoted = " / ".join(f'"{clean(lines[i])}"' for i in span)
            got = ", ".join(map(str, where[k].get("lines", [])))
            fixed[k] = (
                f"A paragraph wraps over {len(span)} source lines (lines {got}: {quoted}); "
                "joined with a space, as Markdown shows it."
            )
    notes = []
    if joined:
        first = where[spans.index(joined[0])].get("lines", [0])
        said = f"{len(joined)} paragraph's" if len(joined) == 1 else f"{len(joined)} paragraphs'"
        notes.append(
            (
                "repair",
                f"{said} wrapped lines joined (lines {first[0]}-{first[-1]}"
                f"{' and others' if len(joined) > 1 else ''}): Markdown shows a paragraph's "
                "lines as one",
                0.8,
            )
        )
    return out, where, fixed, notes
