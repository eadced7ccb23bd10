"""What a document's reading left in no statement: prose ahead of the levels, and the rest.

A heading at the levels' rank that names no level ("About our data people", "How does this
framework work?") stands beside the levels: its text is advice or context, not statements.
Where such headings open the document, before any statement, their text introduces the
framework, as the paragraphs before the first heading do: it joins the introduction, and the
report says so. Elsewhere (after the levels, "Promotion Process") it is reported unused, with
every other text the reading put nowhere.
"""

from __future__ import annotations

from .._words import plural
from .blocks import Document, Region, clean, unbulleted
from .draft import Draft

__all__ = ["report_leftovers"]


def report_leftovers(
    doc: Document,
    draft: Draft,
    sections: dict[str, list[tuple[Region, bool]]],
    used: set[str],
) -> None:
    """Put the leading sections beside the levels in the introduction; report the rest unused.

    ``sections`` holds, by heading, the regions under a level-rank heading that names no level,
    each with whether it came before the first statement; ``used`` the keys of every text read.

    Examples
    --------
    >>> from compkit.ingest.blocks import Label, Para
    >>> from compkit.ingest.report import IngestReport
    >>> doc = Document(regions=[], kind="docx")
    >>> about = Region((Label("About", "h2"),), [Para("A compass, not a GPS.", {"p": 1})])
    >>> after = Region((Label("Promotion", "h2"),), [Para("Ask your lead.", {"p": 9})])
    >>> draft = Draft(IngestReport(file="f.docx"))
    >>> sections = {"About": [(about, True)], "Promotion": [(after, False)]}
    >>> report_leftovers(doc, draft, sections, set())
    >>> draft.introduction_extra
    [('About', {}), ('A compass, not a GPS.', {'p': 1})]
    >>> [n[1] for n in doc.notes]
    ["the text under 'Promotion' (1 paragraph) is in no statement, name or description"]
    """
    for name, regions in sections.items():
        if all(leading for _, leading in regions):  # ahead of every statement: introduction
            _introduce(doc, draft, name, [region for region, _ in regions])
            where = regions[0][0].paras[0].source if regions[0][0].paras else {}
            draft.report.add(
                "guess", f"heading {name!r} and its text read as part of the introduction", 0.6,
                where,
            )  # fmt: skip
            continue
        n = sum(len(r.paras) for r, _ in regions)
        count = f"{plural(len(regions), 'section')}, " if len(regions) > 1 else ""
        said = f"the text under {name!r} ({count}{plural(n, 'paragraph')}) is in no statement"
        where = regions[0][0].paras[0].source if regions[0][0].paras else {}
        doc.notes.append(("unused", f"{said}, name or description", 0.5, where))
    intro = {p.key for p in doc.introduction}
    intro.update(p.key for p in (doc.title, doc.subtitle) if p is not None)
    unused: dict[str, list[dict]] = {}
    for key, (text, src) in doc.all_keys.items():
        if key not in used and key not in intro:
            unused.setdefault(text, []).append(src)
    doc.notes.extend(
        ("unused", f"{_times(len(srcs), repr(text))} is in no statement, name or description", 0.5,
         srcs[0])
        for text, srcs in unused.items()
    )  # fmt: skip


def _introduce(doc: Document, draft: Draft, name: str, regions: list[Region]) -> None:
    """A section's heading (unless the introduction holds it), its inner labels and text."""
    said = {clean(p.text) for p in doc.introduction} | {t for t, _ in draft.introduction_extra}
    lines: list[tuple[str, dict]] = [] if clean(name) in said else [(clean(name), {})]
    for region in regions:
        at = next((k for k, lb in enumerate(region.labels) if lb.text == name), -1)
        for lb in region.labels[at + 1 :]:  # "Impact" over its line, as the source has it
            if not lines or lines[-1][0] != clean(lb.text):
                lines.append((clean(lb.text), lb.where))
        lines += [(unbulleted(p.text), p.source) for p in region.paras if clean(p.text)]
    if lines and not lines[0][1] and regions and regions[0].labels:  # the heading's own place
        first = next((lb for lb in regions[0].labels if lb.text == name), None)
        lines[0] = (lines[0][0], first.where if first is not None else {})
    draft.introduction_extra += lines


def _times(n: int, what: str) -> str:
    return what if n == 1 else f"{what} ({n} times, the first here)"
