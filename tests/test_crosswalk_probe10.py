"""The tenth probe of the cross-walk's public interfaces, on frameworks nobody had tried.

Found by cross-walking BuzzFeed's product design ladder (github.com/buzzfeed/design,
product-design-roles.md, GNU FDL 1.3: its designer levels against its design-manager levels,
each ingested from the published Markdown) and reviewing it as an analyst would; pinned here on
the public corpus frameworks in tests/data/corpus (FT engineering, Monzo backend, GDS, Medium;
see its README):

- the review widget reopened on a saved cross-walk without ``a=``/``b=`` showed competency and
  level ids ("patterns · associate-product-designer") for any framework not bundled, though the
  framework files lay beside the cross-walk, and did not say what to pass;
- a statement the reviewer said had no counterpart came back as not reviewed once the
  cross-walk was refreshed (``compkit crosswalk A B --reviewed cw.sssom.tsv -o cw.sssom.tsv``
  adds fresh candidates), though :func:`compkit.crosswalk.pending` holds it settled;
- a cross-walk whose ``#`` header was lost (a program that kept only the table) was refused
  with one line per id: 462 lines for 232 rows, the thing to do said nowhere; one saved in the
  system's code page was told to save as "CSV UTF-8", which loses the tabs;
- a statement marked unsure never came back ("All statements reviewed" with two left unsure),
  and fresh candidates for a decided statement sent the review back to the first statement;
- a column the reviewer added in a spreadsheet was dropped by the widget's next save;
- a decision changed by hand in ``review_status`` alone (``rejected`` to ``accepted``, the
  ``Not`` of ``predicate_modifier`` left) was read as accepted by the widget and as rejected by
  ``--reviewed``; now refused, saying which column to change (``accepted`` to ``rejected``
  alone is read as rejected and written with its ``Not``, as every SSSOM tool reads it).
"""

import re
import shutil
from pathlib import Path

import pytest

import compkit
from compkit.crosswalk import read_sssom, review_crosswalk, to_crosswalk, update, write_sssom

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
PAIRS = [
    ("ft-engineering", "monzo-backend"),
    ("gds-tech-career-path", "medium-snowflake"),
]


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def _crosswalk(folder: Path, a: str, b: str, top: int = 2) -> Path:
    """A cross-walk of two corpus frameworks written to ``folder``, the frameworks beside it."""
    for name in (a, b):
        shutil.copy(CORPUS / f"{name}.yaml", folder / f"{name}.yaml")
    path = folder / "cw.sssom.tsv"
    review_crosswalk(path, folder / f"{a}.yaml", folder / f"{b}.yaml", reviewer="Ann",
                     top=top, method="lexical")  # fmt: skip
    return path


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_a_reopened_widget_names_competencies_and_levels_from_the_files_beside_it(tmp_path, a, b):
    path = _crosswalk(tmp_path, a, b)
    fa, fb = compkit.load(CORPUS / f"{a}.yaml"), compkit.load(CORPUS / f"{b}.yaml")
    w = review_crosswalk(path, reviewer="Bob")  # no a=, b=
    row = fa.indicators.set_index("indicator_id").loc[w.current.split(":", 1)[1]]
    level = fa.levels.set_index("level").loc[row["level"], "level_name"]
    assert f"{row['competency']} · {level}" in _text(w.subject.value)
    card = _text(w.candidates.children[0].children[2].value)
    obj = fb.indicators.set_index("indicator_id").loc[w.objects[0].split(":", 1)[1]]
    assert obj["competency"] in card
    assert "show as ids" not in w.progress.value


def test_a_reopened_widget_says_what_to_pass_when_no_framework_file_is_found(tmp_path):
    path = _crosswalk(tmp_path, "ft-engineering", "monzo-backend")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    moved = shutil.move(path, elsewhere / "cw.sssom.tsv")
    w = review_crosswalk(moved, reviewer="Bob")
    said = _text(w.progress.value).replace("&#x27;", "'")
    assert (
        "Competencies and levels show as ids: no framework file with id ft-engineering or "
        "monzo-backend was found beside cw.sssom.tsv. To see their names, open it with the "
        "framework files: review_crosswalk('cw.sssom.tsv', a='path/to/ft-engineering.yaml', "
        "b='path/to/monzo-backend.yaml', reviewer=...)."
    ) in said
    # given, the frameworks are used and the hint goes
    w = review_crosswalk(moved, tmp_path / "ft-engineering.yaml", tmp_path / "monzo-backend.yaml",
                         reviewer="Bob")  # fmt: skip
    assert "show as ids" not in w.progress.value


def test_a_framework_file_of_that_id_but_other_statements_is_not_used(tmp_path):
    path = _crosswalk(tmp_path, "ft-engineering", "monzo-backend")
    medium = (CORPUS / "medium-snowflake.yaml").read_text(encoding="utf-8")
    impostor = medium.replace("id: medium-snowflake", "id: monzo-backend", 1)
    (tmp_path / "monzo-backend.yaml").write_text(impostor, encoding="utf-8")
    w = review_crosswalk(path, reviewer="Bob")
    said = _text(w.progress.value)
    assert "no framework file with id monzo-backend was found beside cw.sssom.tsv" in said
    assert "a=..., b='path/to/monzo-backend.yaml'" in said.replace("&#x27;", "'")
    fa = compkit.load(tmp_path / "ft-engineering.yaml")
    competency = fa.indicators.set_index("indicator_id").loc[w.current.split(":", 1)[1]]
    assert competency["competency"] in _text(w.subject.value)


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_no_counterpart_stays_decided_when_fresh_suggestions_are_merged_in(tmp_path, a, b):
    path = _crosswalk(tmp_path, a, b, top=2)
    w = review_crosswalk(path, reviewer="Ann")
    first = w.current
    w.choose({})  # no counterpart
    assert w.current != first
    fresh = to_crosswalk(
        compkit.suggest(tmp_path / f"{a}.yaml", tmp_path / f"{b}.yaml", top=4, method="lexical"),
        subject=a,
        object=b,
    )
    merged = update(read_sssom(path), fresh)
    mine = merged[merged["subject_id"] == first]
    assert (mine["review_status"] == "suggested").any()  # fresh candidates came in
    write_sssom(merged, path, meta=merged.attrs.get("sssom"))
    again = review_crosswalk(path, reviewer="Ann")
    assert again.current != first
    assert "<b>1 of" in again.progress.value


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_a_crosswalk_without_its_header_is_refused_in_a_few_lines_saying_what_to_do(tmp_path, a, b):
    path = _crosswalk(tmp_path, a, b, top=3)
    rows = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    bare = tmp_path / "bare.sssom.tsv"
    bare.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(compkit.CrosswalkError) as err:
        read_sssom(bare)
    lines = str(err.value).splitlines()
    assert len(lines) == 3, lines
    n = len(rows) - 1
    # the file writes a hyphenated id under a prefix every SSSOM reader takes (ft_engineering)
    a, b = a.replace("-", "_"), b.replace("-", "_")
    assert lines[0].startswith(f"{bare}:2: subject_id '{a}:")
    assert lines[0].endswith(
        f"prefix '{a}' is not declared in the header's curie_map "
        f"(likewise in {n - 1} more rows, lines 3 to {n + 1})"
    )
    assert f"prefix '{b}' is not declared" in lines[1]
    assert lines[2] == (
        f"{bare}:2: the file has no curie_map: its metadata header (the lines starting '#' "
        "above the table) is missing, as when a program saved the table without them; put the "
        "header back (from the file as compkit wrote it) or declare each prefix under "
        "'# curie_map:'"
    )


def test_a_fault_down_a_whole_column_is_said_five_times_then_counted(tmp_path):
    path = _crosswalk(tmp_path, "ft-engineering", "monzo-backend", top=3)
    text = path.read_text(encoding="utf-8")
    head = [ln for ln in text.splitlines() if ln.startswith("#")]
    rows = [ln for ln in text.splitlines() if not ln.startswith("#")]
    columns = rows[0].split("\t")
    at = columns.index("rank")
    edited = [rows[0]]
    for line in rows[1:]:
        cells = line.split("\t")
        cells[at] = "first"
        edited.append("\t".join(cells))
    bad = tmp_path / "bad.sssom.tsv"
    bad.write_text("\n".join(head + edited) + "\n", encoding="utf-8")
    with pytest.raises(compkit.CrosswalkError) as err:
        read_sssom(bad)
    lines = str(err.value).splitlines()
    first = len(head) + 2
    assert lines[:5] == [f"{bad}:{first + k}: rank 'first' is not a number" for k in range(5)]
    last = len(head) + len(edited)
    assert lines[5:] == [
        f"{bad}:{first + 5}: and {len(edited) - 6} more rows with a bad rank, lines "
        f"{first + 5} to {last}"
    ]


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_a_crosswalk_saved_in_a_code_page_is_told_how_to_save_it_with_its_tabs(tmp_path, a, b):
    path = _crosswalk(tmp_path, a, b)
    cw = read_sssom(path)
    cw.loc[0, "comment"] = "the designer’s brief — not quite"
    write_sssom(cw, path)
    text = path.read_text(encoding="utf-8").replace("\n", "\r\n")
    ansi = tmp_path / "ansi.sssom.tsv"  # Excel's "Text (Tab delimited)": the system code page
    ansi.write_bytes(text.encode("cp1252", errors="replace"))  # as Excel: "?" for the rest
    with pytest.raises(compkit.CrosswalkError) as err:
        read_sssom(ansi)
    said = str(err.value)
    assert said.startswith(f"{ansi}: not UTF-8 text (invalid start byte at byte ")
    assert said.endswith(
        "; save it again as tab-separated text: in Excel, Save As 'Unicode Text (*.txt)' "
        "(compkit reads it); in LibreOffice, Save As 'Text CSV' with Tab as the field delimiter "
        "and character set UTF-8"
    )
    assert "CSV UTF-8" not in said  # that would lose the tabs
    unicode_text = tmp_path / "unicode.txt"  # what the advice gives: UTF-16 with its BOM
    unicode_text.write_bytes(("\ufeff" + text).encode("utf-16-le"))
    back = read_sssom(unicode_text)
    assert back.loc[0, "comment"] == "the designer’s brief — not quite"
    assert back[["subject_id", "object_id"]].equals(cw[["subject_id", "object_id"]])


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_a_statement_marked_unsure_comes_back_once_the_others_are_done(tmp_path, a, b):
    path = _crosswalk(tmp_path, a, b, top=1)
    w = review_crosswalk(path, reviewer="Ann")
    first, second = w.subjects[:2]
    w.choose(unsure=True)
    w.choose(unsure=True)
    assert "(2 unsure)" in w.progress.value
    while w.current not in (first, None):
        w.choose({})
    assert w.current == first  # not "All statements reviewed" with two left unsure
    assert "Marked unsure before." in w.status.value
    w.choose(unsure=True)  # unsure again: the other one comes first
    assert w.current == second
    w.choose({})
    w.choose({})
    assert w.current is None and "All statements reviewed" in w.status.value
    again = review_crosswalk(path, reviewer="Ann")
    assert f"<b>{len(w.subjects)} of {len(w.subjects)} statements reviewed</b>" in (
        again.progress.value
    )


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_fresh_candidates_for_a_decided_statement_do_not_restart_the_review(tmp_path, a, b):
    path = _crosswalk(tmp_path, a, b, top=2)
    w = review_crosswalk(path, reviewer="Ann")
    first, third = w.subjects[0], w.subjects[2]
    w.choose({w.objects[0]: None})  # the best candidate accepted, the other rejected
    w.choose({w.objects[1]: None})
    assert w.current == third
    fresh = to_crosswalk(
        compkit.suggest(tmp_path / f"{a}.yaml", tmp_path / f"{b}.yaml", top=4, method="lexical"),
        subject=a,
        object=b,
    )
    merged = update(read_sssom(path), fresh)
    write_sssom(merged, path, meta=merged.attrs.get("sssom"))
    again = review_crosswalk(path, reviewer="Ann")
    assert again.current == third  # where the review stopped, not back at the first
    # the two statements given a counterpart are settled: their fresh candidates are not
    # needed, as the workbook says (since the twenty-eighth round; they were "still open")
    assert f"<b>2 of {len(again.subjects)} statements reviewed</b>" in again.progress.value
    assert "still open" not in again.progress.value
    shown = []
    while again.current is not None:
        shown.append(again.current)
        again.choose({})
    assert first not in shown


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_a_column_the_reviewer_added_survives_decisions_and_a_refresh(tmp_path, a, b):
    path = _crosswalk(tmp_path, a, b, top=2)
    lines = path.read_text(encoding="utf-8").splitlines()
    table = [k for k, ln in enumerate(lines) if not ln.startswith("#")]
    lines[table[0]] += "\tsecond opinion"
    for k in table[1:]:
        lines[k] += f"\tasked Kim, row {k}"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    w = review_crosswalk(path, reviewer="Ann")
    w.choose({})
    w.choose({w.objects[0]: "skos:broadMatch"})
    saved = read_sssom(path)
    assert saved.columns[-1] == "second opinion"
    said = saved["second opinion"]
    assert said.str.startswith("asked Kim, row ").sum() == len(table) - 1  # every one kept
    fresh = to_crosswalk(
        compkit.suggest(tmp_path / f"{a}.yaml", tmp_path / f"{b}.yaml", top=3, method="lexical"),
        subject=a,
        object=b,
    )
    merged = update(saved, fresh)
    decided = merged[merged["review_status"] != "suggested"]
    assert decided["second opinion"].str.startswith("asked Kim").sum() == len(decided) - 1
    undecided = saved[saved["review_status"] == "suggested"].iloc[0]
    again = merged.set_index(["subject_id", "object_id"]).loc[
        (undecided["subject_id"], undecided["object_id"]), "second opinion"
    ]
    assert again == undecided["second opinion"]  # a pair suggested again keeps what was said
    write_sssom(merged, path, meta=merged.attrs.get("sssom"))
    assert "second opinion" in read_sssom(path).columns


def _edit_cell(path: Path, line: int, column: str, value: str) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    header = next(ln for ln in lines if not ln.startswith("#")).split("\t")
    cells = lines[line - 1].split("\t")
    cells[header.index(column)] = value
    lines[line - 1] = "\t".join(cells)
    path.write_text("\n".join(lines), encoding="utf-8")


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_a_decision_changed_in_one_column_but_not_the_other_is_refused_saying_which(tmp_path, a, b):
    path = _crosswalk(tmp_path, a, b, top=2)
    w = review_crosswalk(path, reviewer="Ann")
    w.choose({w.objects[0]: None})  # first candidate accepted, second rejected
    cw = read_sssom(path)
    head = sum(ln.startswith("#") for ln in path.read_text(encoding="utf-8").splitlines())
    rejected = head + 2 + cw.index[cw["review_status"] == "rejected"][0]
    accepted = head + 2 + cw.index[cw["review_status"] == "accepted"][0]
    edited = tmp_path / "edited.sssom.tsv"
    shutil.copy(path, edited)
    _edit_cell(edited, rejected, "review_status", "accepted")  # the obvious column only
    _edit_cell(edited, accepted, "review_status", "rejected")
    with pytest.raises(compkit.CrosswalkError) as err:
        read_sssom(edited)
    assert str(err.value) == (
        f"{edited}:{rejected}: review_status 'accepted' but predicate_modifier 'Not' (the "
        "mapping rejected): to keep the decision, empty predicate_modifier; else write "
        "review_status rejected"
    )
    _edit_cell(edited, rejected, "predicate_modifier", "")  # as the message says
    back = read_sssom(edited)
    assert back.loc[rejected - head - 2, "review_status"] == "accepted"
    # turned rejected in review_status alone: rejected, and negated for every SSSOM tool
    assert back.loc[accepted - head - 2, ["review_status", "predicate_modifier"]].tolist() == [
        "rejected",
        "Not",
    ]
    write_sssom(back, edited)
    assert read_sssom(edited).loc[accepted - head - 2, "predicate_modifier"] == "Not"
    assert "\tNot\t" in edited.read_text(encoding="utf-8").split("\n")[accepted - 1]
