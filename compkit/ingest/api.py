"""``ingest``: read a framework from the document it was published in, and write it as YAML.

:func:`ingest` checks the file (:mod:`compkit.ingest.limits`), reads it with the reader for its
type (Word, spreadsheet, CSV, PDF, text), detects the layout, and returns an :class:`Ingested`:
the framework document, the :class:`~compkit.framework.Framework` built from it (validated), and
the :class:`~compkit.ingest.report.IngestReport`. :meth:`Ingested.write` saves the YAML and the
report beside it, each atomically; nothing is written when anything fails.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .. import _atomic
from .blocks import clean, file_name_title, slug, windows_marks
from .draft import Draft
from .hintcheck import check_hints, check_kind, no_polarity_label
from .limits import IngestError, check_file
from .report import IngestReport
from .reportview import ShownReport
from .sidelists import side_lists

__all__ = ["LAYOUTS", "Ingested", "ingest"]

#: The layouts ingest detects, each also a value of the ``layout`` hint.
LAYOUTS = {
    "level-columns": "Word (or text) tables with a column per level, one table per competency; "
    "or a workbook with a sheet per competency, each level's statements listed down its column",
    "headings-lists": "headings and numbered or bulleted lists per level and competency",
    "effective-ineffective": "tables of effective | ineffective behaviours",
    "wide": "spreadsheet or CSV: a row per competency, a column per level",
    "long": "spreadsheet or CSV: a row per statement (competency, level, text, ...)",
    "front-matter": "a Markdown page whose YAML front matter lists competencies, levels and "
    "statements, or a JSON or YAML data file of them (nested, a record per statement, or "
    "competencies keyed by name)",
    "compkit-workbook": "compkit's own workbook (compkit export --to xlsx), read whole",
}
_CUMULATIVE = re.compile(
    r"\bcumulative\b|\bbuilds? (?:up)?on\b|\balso (?:be required to )?meet\b|"
    r"\b(?:the )?levels? below\b|\blower levels?\b|"
    r"\b(?:previous|earlier|prior|preceding) (?:roles?|levels?|grades?|bands?|stages?)\b"
    r"[^.]{0,40}\b(?:still|also|continue to) apply|"
    # "Expectations for a level add to the expectations of earlier levels." (Sourcegraph)
    r"\badds? to (?:the )?(?:expectations|requirements|responsibilities|behaviou?rs|skills)\b"
    r"[^.]{0,40}?\b(?:previous|earlier|prior|preceding|lower) (?:levels?|roles?|grades?|bands?)\b",
    re.IGNORECASE,
)


#: a level's description adding to another level's: "must meet the responsibilities and
#: requirements of a Reviewer, plus:", "have all the rights ... of an Organization Member, plus"
_ADDS_TO = re.compile(
    r"\b(?:responsibilities|requirements|rights|privileges)\b[^.:]{0,80}?\bof (?:an? |the )?"
    r"([A-Z][\w ]{0,40}?),? plus\b"
)


def _adds_to(draft) -> str | None:
    """The words of a level's description naming another level it adds to, or None."""
    names = {clean(lv.name).casefold() for lv in draft.levels.values()}
    for level in draft.levels.values():
        for m in _ADDS_TO.finditer(level.description or ""):
            if m.group(1).strip().casefold() in names - {clean(level.name).casefold()}:
                return m.group(0)
    return None


@dataclass
class Ingested:
    """The result of :func:`ingest`: the framework document, its report, and the file read.

    Attributes
    ----------
    document : dict
        The framework in the file format (schema version 2).
    report : IngestReport
        What was read and every guess.
    path : pathlib.Path
        The document that was read.
    """

    document: dict
    report: IngestReport
    path: Path
    _framework: object = field(default=None, repr=False)

    @property
    def framework(self):
        """The framework, validated (:class:`compkit.Framework`)."""
        if self._framework is None:
            from ..framework.build import from_dict

            self._framework = from_dict(self.document)
        return self._framework

    def to_yaml(self) -> str:
        """The framework file's text: a header comment, then the document in house style."""
        from ..authoring.yamledit import dump_yaml

        head = (
            f"# {self.document['title']}: ingested by compkit from {self.path.name}.\n"
            f"# Layout: {self.report.layout}. Check the ingest report beside this file (its\n"
            "# low-confidence guesses first) before relying on the data.\n"
        )
        return head + dump_yaml(self.document)

    def write(
        self, path: str | os.PathLike | None = None, *, report: bool = True, force: bool = False
    ) -> Path:
        """Write the YAML (default: beside the source, ``<name>.yaml``) and its report.

        A source that is itself a ``.yaml`` data file gets ``<name>.framework.yaml``. The report
        goes beside the YAML as ``<name>.ingest.md``. Both writes are atomic.
        A framework file already there is replaced; any other file is refused unless ``force``,
        and so is the suffix of another kind of file, such as ``.docx`` (see
        :func:`compkit.authoring.yamledit.replaceable`). Returns the YAML's path.
        """
        from ..authoring.yamledit import replaceable

        target = _atomic.as_path(path) if path is not None else self.path.with_suffix(".yaml")
        if path is None and target.resolve() == self.path.resolve():
            target = self.path.with_suffix(".framework.yaml")
        if target.resolve() == self.path.resolve():
            raise IngestError(
                target,
                "the output would overwrite the document read; expected another path "
                "(write(path); on the command line, -o)",
            )
        replaceable(target, force=force)
        text = self.to_yaml()
        self.framework  # noqa: B018 - validate before anything is written
        _atomic.write_text(target, text)
        if report:
            _atomic.write_text(target.with_suffix(".ingest.md"), self.report.to_markdown())
        return target

    def __repr__(self) -> str:
        n = sum(len(c["indicators"]) for c in self.document["competencies"])
        return (
            f"<Ingested {self.path.name}: {self.report.layout}, {n} statements, "
            f"{len(self.report.low_confidence)} low-confidence entries>"
        )


#: The framework file's pattern for ``language`` (compkit/schema/framework.schema.json).
_BCP47 = re.compile(r"[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?")


def _file_title(stem: str, texts: list[str]) -> str:
    """A title made from a file name, tidied, its acronyms in capitals ("HSE stress").

    The file name is tidied as :func:`~compkit.ingest.blocks.file_name_title` tidies it; an
    acronym is a word the document writes in capitals more often than not, or a short one
    (four letters at most) that is no English word.

    Examples
    --------
    >>> _file_title("hse-stress-competencies", ["The HSE management standards ..."])
    'HSE stress competencies'
    >>> _file_title("aphl-communication_competencies_v1", [])
    'APHL communication competencies v1'
    >>> _file_title("postman-osc", []), _file_title("data-team-ladder", ["DATA and data"])
    ('Postman OSC', 'Data team ladder')
    >>> _file_title("bayawan", ["Adaptability"])
    'Bayawan'
    """
    from ..checks.dictionary import known

    words = file_name_title(stem).split(" ")
    body = " ".join(texts)
    for n, word in enumerate(words):
        if not word.isalpha() or len(word) > 6:
            continue
        every = len(re.findall(rf"\b{re.escape(word)}\b", body, re.IGNORECASE))
        caps = len(re.findall(rf"\b{re.escape(word.upper())}\b", body))
        if (caps and 2 * caps > every) or (len(word) <= 4 and not known(word.lower())):
            words[n] = word.upper()  # an acronym
    title = " ".join(words)
    return title[:1].upper() + title[1:] if title.islower() else title  # "bayawan": "Bayawan"


def ingest(
    path: str | os.PathLike,
    *,
    layout: str | None = None,
    id: str | None = None,
    title: str | None = None,
    organisation: str | None = None,
    language: str | None = None,
    cumulative: bool | None = None,
    competency_term: str | None = None,
    stem: str | None = None,
    levels: list[str] | None = None,
    level_from: str | None = None,
    competency_from: str | None = None,
    text_from: str | None = None,
    sheet: str | None = None,
    blank_cells: str = "empty",
    polarity: str | None = None,
) -> Ingested:
    """Read a competency framework from a Word, spreadsheet, CSV, PDF or text document.

    No option is needed for the common layouts (see :data:`LAYOUTS`); every option is a hint
    that overrides a guess, and the report lists every guess that remains.

    Parameters
    ----------
    path : path
        The document (.docx, .xlsx, .ods, .csv, .tsv, .pdf, .txt, .md, .html, or a .json / .yaml
        / .toml data file).
    layout : str, optional
        One of :data:`LAYOUTS`, instead of detecting it.
    id, title, organisation, language, competency_term : str, optional
        The framework's id (default: from the file name), title (default: the document's
        first line or title), organisation, language (default ``en-GB``) and what it calls
        its competencies.
    cumulative : bool, optional
        Whether a holder of a level meets every lower level (default: true when the
        introduction says so, e.g. "cumulative" or "also meet the lower levels").
    stem : str, optional
        The words every statement completes (e.g. "You can:"), when the document does not
        print them in each cell.
    levels : list of str, optional
        The level names, lowest first.
    level_from, competency_from, text_from : str, optional
        Where levels, competencies and statements are: a label slot of a document ("column
        header", "Heading 2", ...) or a column of a spreadsheet.
    sheet : str, optional
        The sheet of a workbook to read (default: the one that looks most like a framework).
    blank_cells : {"empty", "undefined"}
        How to read a blank cell of a table: as empty, or as undefined by the publisher.
    polarity : str, optional
        ``"ineffective"`` (or ``"effective"``) reads every statement so, e.g. a document of
        negative indicators; any other text names the heading, column header or spreadsheet
        column that marks ineffective statements ("Derailers", "Watch outs").

    Returns
    -------
    Ingested
        The document, the validated framework and the report; ``.write()`` saves them.

    Raises
    ------
    IngestError
        An unsupported, damaged, protected or oversized file, or no framework found.
    compkit.UsageError
        When ``path`` is not a path (None, a number).

    Examples
    --------
    >>> import compkit
    >>> from compkit.framework import data_dir
    >>> result = compkit.ingest(data_dir() / "raw" / "004_311b47c8518e2add.txt")
    >>> result.report.layout, len(result.framework.indicators)
    ('headings-lists', 153)
    >>> result.framework.level_ids
    ('core', 'skilled', 'supervisory', 'management', 'executive')
    """
    path = _atomic.as_path(path)
    if layout is not None and layout not in LAYOUTS:
        raise IngestError(path, f"unknown layout {layout!r}; expected one of: {', '.join(LAYOUTS)}")
    if blank_cells not in ("empty", "undefined"):
        raise IngestError(path, f"blank_cells must be 'empty' or 'undefined', not {blank_cells!r}")
    if polarity is not None and (not isinstance(polarity, str) or not polarity.strip()):
        raise IngestError(
            path, f"polarity must be 'ineffective', 'effective' or a label, not {polarity!r}"
        )
    if language is not None and not _BCP47.fullmatch(str(language)):
        raise IngestError(
            path,
            f"language {language!r} is not a language tag; expected a BCP 47 tag such as en-GB "
            "(the default) or en-US",
        )
    given = dict(id=id, title=title, organisation=organisation, competency_term=competency_term)
    given.update(stem=stem, levels=levels, level_from=level_from, competency_from=competency_from)
    given.update(text_from=text_from, sheet=sheet, cumulative=cumulative)
    check_hints(path, given)  # see hintcheck
    side = polarity.strip().casefold() if polarity else None
    forced = side if side in ("effective", "ineffective") else None
    kind = check_file(path)
    check_kind(path, kind, sheet)
    if kind == "text" and path.suffix.lower() == ".txt":
        from .tables import tab_table

        kind = "csv" if tab_table(path) else kind  # a sheet saved by Excel as Unicode Text
    if kind == "xlsx" and layout in (None, "compkit-workbook") and _is_compkit_workbook(path):
        return _read_compkit_workbook(path)
    report = ShownReport(path.name)  # an IngestReport that shows itself in words (reportview)
    draft = Draft(report)
    hints = {
        "levels": levels,
        "level_from": level_from,
        "competency_from": competency_from,
        "text_from": text_from,
        "sheet": sheet,
        "layout": layout,
        "blank_cells": blank_cells,
        "negative": polarity.strip() if polarity and not forced else None,
    }
    try:
        if kind in ("csv", "xlsx"):
            from .sheets import read_sheets

            info, marks = windows_marks(lambda: read_sheets(path, kind, draft, hints))
            if kind == "xlsx":  # hidden rows are read: said (ingest.hiddenrows)
                from .hiddenrows import hidden_rows, hidden_rows_note

                for name, rows in hidden_rows(path, sheet).items():
                    report.add("guess", hidden_rows_note(name, rows), 0.8)
        else:
            from .documents import read_document

            info, marks = windows_marks(lambda: read_document(path, kind, draft, hints))
    except IngestError as exc:  # a reader names the file by its name: say it as it was given
        if exc.file == Path(path.name) != path:
            raise IngestError(path, exc.reason) from None
        raise
    if marks:  # U+0092 for ’: read as the mark it stands for, and said (blocks.clean)
        report.add("repair", marks, 0.9)
    if not draft.statements:
        raise IngestError(
            path,
            "no competency framework found (no statements under a competency and a level); "
            "try the layout, level_from or competency_from hints",
        )
    if forced is None and not polarity:  # "### Red flags" beside the competencies
        side_lists(draft)
    _apply_polarity(draft, polarity, forced, path)
    intro = " ".join(t for t, _ in draft.introduction)
    if cumulative is None:
        cumulative = bool(_CUMULATIVE.search(intro))
        adds = None if cumulative else _adds_to(draft)  # "... of a Reviewer, plus:"
        cumulative = cumulative or adds is not None
        why = " (the introduction says so)" if cumulative else " (nothing says they build)"
        report.add(
            "guess",
            f"levels read as {'cumulative' if cumulative else 'not cumulative'}"
            + (f" (a level's description adds to another's: \"{adds}\")" if adds else why),
            0.6,
        )
    page = info.get("page_title")  # a web page's <title> or first h1, even if a name too
    the_title = (
        title
        or info.get("title")
        or page
        or _file_title(path.stem, [intro, *(st.text for st in draft.statements)])
    )
    if not title:
        where = "document" if info.get("title") else "page's own title" if page else "file name"
        report.add(
            "guess",
            f"title {the_title!r} taken from the {where}",
            0.8 if info.get("title") else 0.7 if page else 0.4,
        )
    if not organisation and info.get("organisation"):
        organisation = info["organisation"]
        where = info.get("organisation_from", "subtitle")
        report.add("guess", f"organisation {organisation!r} taken from the {where}", 0.5)
    elif not organisation:
        said = "organisation not stated; give it with --organisation (organisation= in Python)"
        report.add("guess", said, 0.3)
    if not language and not info.get("language"):
        language = _guess_language(draft)
    doc = draft.to_document(
        id=id or _file_id(path),
        title=clean(the_title),
        organisation=organisation or "(organisation not stated)",
        source={"file": path.name, "description": f"Ingested by compkit ({report.layout})."},
        language=language or info.get("language") or "en-GB",
        cumulative=cumulative,
        competency_term=competency_term or info.get("competency_term", "competency"),
        stem=stem,
    )
    result = Ingested(doc, report, path)
    report.counts = result.framework.counts(polarity="all")
    report.named(result.framework)
    report.read_lines = sum(len(i.source.lines) for i in result.framework.indicator_records)
    return result


def _guess_language(draft: Draft) -> str:
    """The English the draft's text is spelt in (:mod:`compkit.ingest.language`), reported."""
    from .language import guess_language

    texts = [s.text for s in draft.statements]
    for table in (draft.competencies, draft.levels, draft.groups):
        texts += [n.name for n in table.values()] + [n.description for n in table.values()]
    texts += [t for t, _ in draft.introduction]
    guess = guess_language(texts)
    draft.report.add("guess", guess.describe(), guess.confidence)
    return guess.tag


def _apply_polarity(draft: Draft, polarity: str | None, forced: str | None, path: Path) -> None:
    """Every statement read as ``forced``; or say when the label the hint names was not found."""
    report = draft.report
    if forced is not None:
        for s in draft.statements:
            s.polarity, s.mirrors = forced, None
        side = forced if forced == "ineffective" else None
        held = {(s.competency, s.level) for s in draft.statements}  # now all of one side
        for c, lv, words, _, src in draft.undefined:
            if (c, lv) in held:  # "n/a" on one side of a cell read now as one side: defined
                name = f"{draft.competencies[c].name} at {draft.levels[lv].name}"
                said = f"{name}: {words!r} not read as undefined (statements read as {forced})"
                report.add("guess", said, 0.5, src)
        draft.undefined = [(*u[:3], side, u[4]) for u in draft.undefined if u[:2] not in held]
        report.add("guess", f"every statement read as {forced}, as told", 1.0)
    elif polarity and not any(s.polarity == "ineffective" for s in draft.statements):
        raise IngestError(path, no_polarity_label(polarity))


def _is_compkit_workbook(path: Path) -> bool:
    """Whether ``path`` is compkit's own workbook: its sheets, read from the zip directory."""
    import zipfile

    with zipfile.ZipFile(path) as zf:
        try:
            book = zf.read("xl/workbook.xml").decode("utf-8", "replace")
        except KeyError:
            return False
    names = set(re.findall(r'<sheet [^>]*name="([^"]+)"', book))
    return {"framework", "levels", "competencies", "indicators", "exported_ids"} <= names


def _read_compkit_workbook(path: Path) -> Ingested:
    """Everything of compkit's own workbook, through the authoring import (nothing to guess)."""
    from ..authoring.workbook import read_workbook
    from ..framework.io import to_dict

    framework = read_workbook(path).framework
    report = ShownReport(path.name)
    report.layout = "compkit-workbook"
    report.reasons = ["the sheets of compkit's own workbook (framework, levels, indicators, ...)"]
    result = Ingested(to_dict(framework), report, path, framework)
    report.counts = framework.counts(polarity="all")
    report.named(framework)
    report.read_lines = sum(len(i.source.lines) for i in framework.indicator_records)
    return result


def _file_id(path: Path) -> str:
    return slug(path.stem, words=8, fallback="framework").replace("--", "-")
