"""Read a text file: plain text, Markdown, Markdown with HTML blocks, YAML front matter.

Plain text is a text export of a Word document or text pasted from one. The file is decoded
(UTF-8, UTF-16 with a BOM, else Windows-1252); YAML front matter gives the title, organisation
and language, or the whole framework (:mod:`compkit.ingest.frontmatter`); HTML blocks are read
as a browser shows them (:mod:`compkit.ingest.markup`); Markdown's inline markup is resolved
(links keep their words). The lines then go to :func:`compkit.ingest.textlines.text_document`,
which finds the headings, lists and tables.
"""

from __future__ import annotations

import re
from pathlib import Path

from .aspectintros import introducing_headings
from .blocks import Document, Para, atx_heading, clean
from .cosmetichtml import cosmetic_html
from .datatoml import toml_as_json
from .dividers import divider_headings
from .emphasised import emphasised_paragraphs
from .frontmatter import read_front_matter
from .kramdown import kramdown_attributes
from .leadins import lead_in_headings
from .levelnotes import set_apart
from .limits import IngestError
from .markedcomps import rank_marked_competencies
from .marks import apply as apply_marks
from .marks import from_markdown as markdown_marks
from .markup import HTML, inline_markdown, spans_over_breaks
from .markupdoc import markup_document
from .mdbullets import spaceless_bullets
from .mdcontents import contents_lists
from .mdinline import reference_links
from .mdlevelitems import level_items
from .mdlists import (
    blockquotes,
    empty_items,
    join_nested_lists,
    lead_in_paragraphs,
    thematic_breaks,
)
from .mdnavigation import page_navigation
from .mdreasons import markdown_reasons, note_reasons
from .notecolumns import note_columns
from .numberedlevels import numbered_levels
from .pageleads import page_leads
from .parentnames import parent_prefixes
from .pipetables import pipe_tables, pipe_tables_as_html
from .rolelists import known_ladder, role_lists
from .roletables import role_tables
from .sidelines import side_lines
from .skillsahead import skills_ahead
from .tabtables import tab_tables
from .textfields import labelled_parts
from .textheads import dash_names, unmarked_items
from .textlines import text_document
from .textpages import page_furniture
from .textrefusals import refuse_broken_data, refuse_broken_front_matter
from .textwraps import mark_starts, prose_wraps, unwrap
from .titleheads import title_heading
from .webpage import page_title

__all__ = ["decode", "read_text"]

_MD_HEADING = re.compile(r"^#{1,6} \S", re.MULTILINE)
_MD_DEPTH = re.compile(r"^(#{1,6}) \S")
#: A task list item's check box ("- [ ] Ships", "- [x] Ships"; a no-break space inside is a blank
#: box too): markup, as its bullet is.
_TASK_BOX = re.compile(r"^(\s*(?:[-*+]|\d{1,9}[.)])[ \t]+)\[[ \u00a0xX]\][ \t\u00a0]+(?=\S)")

#: A text file that opens like JSON or a YAML mapping ("{", or "name: ..." on its first line).
_DATA = re.compile(r"\A\s*(?:\{|[A-Za-z_][\w-]*:[ \t]+\S)")
#: YAML data however it opens: after comment lines and a "---" line, a key over nested values
#: ("competencies:") or a list of records ("- id: ..."); the text must parse as YAML too
_YAML_DATA = re.compile(
    r"\A(?:[ \t]*(?:#[^\n]*)?\n)*(?:---[ \t]*\n(?:[ \t]*(?:#[^\n]*)?\n)*)?"
    r"(?:-[ \t]+)?[A-Za-z_][\w-]*:[ \t]*(?:\S[^\n]*)?\n[ \t]*(?:-[ \t]|[A-Za-z_][\w-]*:)"
)
#: A compkit framework file: its schema version and its competencies, at the top level.
_COMPKIT = re.compile(r"^schema_version:[ \t]*\d+[ \t]*$.*^competencies:", re.MULTILINE | re.DOTALL)
#: CASE's own keys ("CFDocument", a server's "CFDocuments" list, "CFItems", "CFPackage"):
#: 'compkit import' reads a package and says what other CASE data is.
_CASE = re.compile(r'"CF(Document|Documents|Items|Item|Associations|Association|Package)"\s*:')


def decode(data: bytes, path: str | Path) -> tuple[str, str]:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16, else Windows-1252.

    UTF-16 is read with its byte-order mark, or without one when every other byte of the text
    is zero. Returns the text and the encoding used.

    Examples
    --------
    >>> decode("café’s “regulars”".encode("utf-16-le"), "f.csv")
    ('café’s “regulars”', 'UTF-16')
    >>> decode("café".encode("cp1252"), "f.csv")
    ('café', 'Windows-1252')
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "UTF-16"
    if (order := _utf16_order(data)) is not None:  # a UTF-16 file saved without its BOM
        try:
            return data.decode(order), "UTF-16"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as exc:
        raise IngestError(
            path, f"not UTF-8 text (byte {exc.start}); save the file as UTF-8 and try again"
        ) from None


def _utf16_order(data: bytes) -> str | None:
    """The UTF-16 byte order ("utf-16-le"/"-be") when zero bytes fill one side of the pairs.

    Latin text in UTF-16 has a zero byte in every pair (the high byte); a UTF-8 or
    Windows-1252 file holds none. Read from the first 4,096 bytes.
    """
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2 or len(data) % 2:
        return None
    odd, even = sample[1 : 2 * pairs : 2].count(0), sample[0 : 2 * pairs : 2].count(0)
    if odd >= 0.3 * pairs and even <= 0.02 * pairs:
        return "utf-16-le"
    if even >= 0.3 * pairs and odd <= 0.02 * pairs:
        return "utf-16-be"
    return None


def read_text(path: Path) -> Document:
    """Read a text file (plain, Markdown, Markdown with HTML and front matter) into a document."""
    text, encoding = decode(path.read_bytes(), path)
    if "\x00" in text:
        raise IngestError(path, "a binary file, not text; no competency framework found")
    toml = path.suffix.lower() == ".toml"
    if toml:  # read as the JSON it holds, line for line (.datatoml)
        text = toml_as_json(path, text)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines, marks = markdown_marks(lines)  # compkit's own documents say what they are
    front = read_front_matter(lines)
    if front is None:
        refuse_broken_front_matter(path, lines)
    data_file = path.suffix.lower() in (".json", ".yaml", ".yml", ".toml")
    sniffed = front is None and not data_file and _yaml_data(text)  # "framework.txt"
    if front is None and (data_file or sniffed or _DATA.match(text)):
        if _COMPKIT.search(text) or _CASE.search(text):
            raise IngestError(
                path,
                "a compkit framework file or CASE data, not a document to ingest; "
                "use it as it is (compkit validate, compkit.load) or 'compkit import' it",
            )
        whole = read_front_matter(lines, whole=True, file_name=path.stem)  # a data file
        front = whole if whole is not None and whole.regions else None
        if front is not None and toml:
            front.structure = "a TOML data file"
        if front is not None and not data_file:
            front.notes.append(("guess", _data_note(path, text), 0.9))
        if front is None and data_file:
            refuse_broken_data(path, text)
            if whole is not None and whole.refusal:  # competencies' names alone
                raise IngestError(path, whole.refusal)
            raise IngestError(
                path,
                "no competency framework found in this data file; expected nested competencies, "
                "levels and statements, records naming each statement's level, or level1... keys",
            )
    if front is not None:
        lines, titled = title_heading(front, [""] * front.size + lines[front.size :])
        front.notes.extend(titled)  # title: "Senior Engineer" over the level's sections
    text, lines, kram = cosmetic_html(text, kramdown_attributes(_closed_headings(lines)))
    fenced: list[tuple] = []
    if HTML.search(text) or path.suffix.lower() in (".md", ".markdown") or _MD_HEADING.search(text):
        lines, fenced = code_blocks(lines)
    if front is not None and front.regions:
        doc = _front_document(front, lines)
    elif HTML.search(text):
        page = path.suffix.lower() in (".html", ".htm", ".xhtml")
        doc = markup_document(pipe_tables_as_html(lines), page=page)
    elif (
        front is not None or path.suffix.lower() in (".md", ".markdown") or _MD_HEADING.search(text)
    ):
        lines = [_TASK_BOX.sub(r"\1", line) for line in lines]
        lines, spaced = spaceless_bullets(lines)  # "  -Seeks ..." among the list's items
        lines, noted, reasoned = markdown_reasons(lines)  # "*Why this level:* ...": a note
        lines, defined = reference_links(lines)  # "[2FA]" over "[2FA]: https://...": its words
        lines, contents = contents_lists(lines)  # "- [Testing](#testing)": the page's own
        lines, navigation = page_navigation(lines)  # "*Next up*: [L4](L4.md)": the site's
        lines, divided = divider_headings(lines)  # "# -- Customer --": a group's heading
        lines, introducing = introducing_headings(lines)  # "### Technical" beside the levels
        lines, quoted = blockquotes(lines)
        lines = thematic_breaks(lines)
        lines, emptied = empty_items(lines)  # "* " alone: no statement
        lines, leveled = level_items(lines)  # "- **Level 1:**" over indented paragraphs
        lines, laddered, ladder = role_lists(lines)  # "## Reviewer" over "- Requirements:"
        lines, places, repairs = join_nested_lists(lines)  # Markdown
        led_in = page_leads(*lead_in_headings(lines, places, repairs))  # one level's page
        lines, places, repairs, led = numbered_levels(*led_in)
        lines, places, repairs, paras = lead_in_paragraphs(lines, places, repairs)
        lines, places, at, sided = side_lines(lines, places)  # "Effective behaviours — You can:"
        led, repairs = led + paras + sided, {at[i]: note for i, note in repairs.items()}
        lines, places, repairs, wrapped = prose_wraps(lines, places, repairs)  # a paragraph
        lines, tables = pipe_tables(lines, places)
        columns = {i: note_columns(grid) for i, grid in tables.items()}  # "| ... | Notes |"
        tables = {i: grid for i, (grid, _) in columns.items()}
        facts, set_aside = set_apart(lines, places)  # "**Typical Tenure:** 2 years" (a level's)
        doc = text_document(
            [inline_markdown(line) for line in spans_over_breaks(lines)],
            places=places,
            repairs=repairs,
            tables=tables,
            describing=_describing(lines),
            asides=emphasised_paragraphs(lines) | facts,
        )
        doc.notes.extend(defined + contents + divided + introducing + quoted + laddered + led)
        doc.notes.extend(set_aside + reasoned + emptied + wrapped + spaced + navigation + leveled)
        doc.notes.extend(("guess", said, 0.7) for _, said in columns.values() if said)
        known_ladder(doc, ladder)
        doc.notes.extend(parent_prefixes(doc))
        note_reasons(doc, noted)  # each statement's reasons: its note
    else:
        lines, tables, notes = tab_tables(lines)  # a Word table pasted: tabs between cells
        lines, places, furniture = page_furniture(lines)  # a PDF's page numbers and footers
        at = {p["lines"][0] - 1: k for k, p in enumerate(places)}
        tables = {at[i]: grid for i, grid in tables.items()}
        lines, places, wraps, starts, moved, joined = unwrap(lines, places)  # see textwraps
        tables = {moved[i]: grid for i, grid in tables.items()}
        lines, places, at, sided = side_lines(lines, places)  # "Effective behaviours — You can:"
        tables, wraps = ({at[i]: v for i, v in d.items()} for d in (tables, wraps))
        lines, places, tables, heads, parts = labelled_parts(lines, places, tables)
        lines, places, tables, described, dashed = dash_names(lines, places, tables)
        lines, unmarked = unmarked_items(lines)  # one statement a line, its bullet lost
        doc = text_document(
            lines, tables=tables, places=places, describing=described, repairs=wraps, headings=heads
        )
        mark_starts(doc, starts)
        doc.notes.extend(notes + furniture + joined + sided + parts + dashed + unmarked)
    if front is not None:
        if front.title is not None:
            if doc.title is not None:
                doc.introduction.insert(0, doc.title)
            doc.title = front.title
        doc.introduction[:0] = front.introduction
        doc.meta.update(front.meta)
        doc.values = front.values
        doc.notes.extend(front.notes)
    doc.notes.extend(fenced + kram)
    if encoding != "UTF-8":
        doc.notes.append(("guess", f"read as {encoding} text", 0.6))
    if (HTML.search(text) or _MD_HEADING.search(text)) and (named := page_title(lines)):
        doc.meta.setdefault("page_title", named[0])  # <title> or first h1: when none is read
    if marks:  # an ungrouped competency one rank up (.markedcomps)
        doc.notes.extend(rank_marked_competencies(doc, marks.get("competency_term")))
    apply_marks(doc, marks)
    if not marks:  # "Required skills" over each competency's definition, then the levels
        doc.notes.extend(("guess", said, 0.7) for said in skills_ahead(doc))
        doc.notes.extend(role_tables(doc))  # "| Name | Prerequisites | Expectations |"
    return doc


def _yaml_data(text: str) -> bool:
    r"""Whether a text not named as data holds YAML data: it opens so and parses to a collection.

    Examples
    --------
    >>> _yaml_data("# Our framework\ncompetencies:\n  - name: Communication\n")
    True
    >>> _yaml_data("- id: 1\n  summary: Writes tests\n")
    True
    >>> _yaml_data("Communication\n- Speaks clearly\n"), _yaml_data("Level: 2\nText here\n")
    (False, False)
    >>> _yaml_data("Communication:\n- Speaks clearly\n- Listens\n")  # a text's list of lines
    False
    """
    import yaml

    if not _YAML_DATA.match(text):
        return False
    try:
        data = yaml.safe_load(text)
    except (yaml.YAMLError, RecursionError):
        return False
    values = data.values() if isinstance(data, dict) else data if isinstance(data, list) else []
    inner = [w for v in values for w in (v if isinstance(v, list) else [v])]
    return any(isinstance(w, dict) for w in inner)  # records, not a text's lists of lines


def _data_note(path: Path, text: str) -> str:
    """The report's note on a data file named as text ("framework.txt" holding YAML or JSON)."""
    kind = "JSON" if text.lstrip().startswith(("{", "[")) else "YAML"
    return (
        f"read as {kind} data: the file is named {path.suffix or 'without a suffix'} but holds "
        f"{kind} (rename it .{kind.lower()} to say so)"
    )


def _closed_headings(lines: list[str]) -> list[str]:
    r"""Markdown headings without their closing ``#`` run ("## Level 2 ##" is "## Level 2").

    CommonMark reads the run as markup, not text; a heading left with no text is a blank line.
    Done before inline markup is resolved, so an escaped ``\#`` stays in the text.
    """
    out = []
    for line in lines:
        head = atx_heading(line)
        out.append(line if head is None else f"{'#' * head[0]} {head[1]}" if head[1] else "")
    return out


_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)")


def code_blocks(lines: list[str]) -> tuple[list[str], list[tuple]]:
    """Fenced code blocks blanked out, and the report's word on them (at the first one).

    A fence (three or more backticks or tildes) holds code: a diagram's source (Mermaid), a
    sample's data, never a framework's text; a block left open is left as text. GitHub pages
    draw charts so (a product ladder's radar chart per level: 206 lines of Mermaid were
    reported as text not read, and the warning said most of the page went unread).

    Examples
    --------
    >>> lines, notes = code_blocks(["# Ladder", "```mermaid", "radar-beta", "```", "- Ships"])
    >>> lines
    ['# Ladder', '', '', '', '- Ships']
    >>> notes[0][1]
    "1 fenced code block ('mermaid') set aside: code, not text"
    """
    out, starts, kinds, i = list(lines), [], [], 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        end = next(
            (
                k
                for k in range(i + 1, len(lines))
                if m
                and re.fullmatch(rf" {{0,3}}{m.group(1)[0]}{{{len(m.group(1))},}}\s*", lines[k])
            ),
            None,
        )
        if m is None or end is None:
            i += 1
            continue
        out[i : end + 1] = [""] * (end + 1 - i)
        starts.append(i + 1)
        kinds.append(m.group(2))
        i = end + 1
    if not starts:
        return out, []
    named = ", ".join(repr(k) for k in dict.fromkeys(k for k in kinds if k))
    n = len(starts)
    message = f"{n} fenced code block{'s' * (n > 1)}{f' ({named})' if named else ''} set aside"
    return out, [("guess", message + ": code, not text", 0.9, {"lines": starts[:1]})]


def _front_document(front, lines: list[str]) -> Document:
    """The framework the front matter holds; the page's text below it is the introduction."""
    doc = Document(front.regions, structure=front.structure, slot_reasons=front.slot_reasons)
    doc.level_names, doc.level_order = front.level_names, front.level_order
    doc.slots = {"level": "front matter: level"} | front.slots  # a data file's groups
    doc.slots["competency"] = next(lb.slot for r in front.regions for lb in r.labels[-2:][:1])
    doc.all_keys = dict(front.all_keys)
    for i, line in enumerate(lines):
        text = clean(inline_markdown(line))
        if text and set(text) - set("-#*=_ "):
            head = atx_heading(text)
            para = Para(head[1] if head else text, {"lines": [i + 1]}, key=f"L{i + 1}")
            doc.introduction.append(para)
    return doc


_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?=\S)(.{1,60}?)(?<=\S)\1\s*$")
_ITALIC_LINE = re.compile(r"^\s*([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1\s*$")


def _describing(lines: list[str]) -> set[int]:
    """Lines set wholly in italics directly under a bold name: that name's description.

    ("**Scope**" over "*Area of ownership and level of autonomy*", over the list.)

    Examples
    --------
    >>> sorted(_describing(["**Scope**", "*Area of ownership*", "", "- Owns work", "*aside*"]))
    [1]
    """
    return {
        i
        for i in range(1, len(lines))
        if _ITALIC_LINE.match(lines[i]) and _BOLD_LINE.match(lines[i - 1])
    }
