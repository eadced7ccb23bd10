"""Round 30 (K): the whole cross-walk flow on frameworks of odd shapes.

- ``compkit.suggest`` on a framework not written in English said nothing: only the command line
  printed that the cross-walk reads English, so a user of the Python API or the review widget
  was not told. :mod:`compkit.crosswalk.english` writes the note; ``suggest`` warns it, once,
  before the work, and the command line prints that warning as its note.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import compkit
from compkit.errors import CompkitWarning

DATA = Path(__file__).parent / "data" / "probe30k"
FRENCH = DATA / "fr-grille.yaml"


def _notes(a, b) -> list[str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compkit.suggest(a, b, top=2, method="lexical")
    return [str(w.message) for w in caught if issubclass(w.category, CompkitWarning)]


def test_suggest_on_a_french_framework_warns_its_encoders_read_english():
    notes = [n for n in _notes(FRENCH, "cis") if "the cross-walk reads English" in n]
    assert notes == [
        "Grille des compétences de l'équipe données is written in French (fr): the cross-walk "
        "reads English (its word match drops English stop words and stems English endings; its "
        "sentence models were trained on English), so its suggestions rest on shared words, "
        "names and loanwords; review every one"
    ]
    # on the object side too, and a framework against itself is named once
    assert any(n.startswith("Grille des") for n in _notes("cis", FRENCH))
    itself = [n for n in _notes(FRENCH, FRENCH) if "reads English" in n]
    assert itself[0].startswith("Grille des compétences de l'équipe données is written")


def test_english_frameworks_get_no_such_warning():
    assert not [n for n in _notes("cis", "wsx") if "reads English" in n]


def test_the_command_line_says_it_once(tmp_path, capsys):
    from compkit.cli import main

    out = tmp_path / "cw.sssom.tsv"
    assert main(["crosswalk", str(FRENCH), "cis", "--method", "lexical", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert err.count("the cross-walk reads English") == 1
    assert "compkit: note: Grille des compétences" in err


def test_counts_over_999_are_said_with_thousands_separated(tmp_path, capsys):
    """A 5,200-statement library against CiS said "(4178 of 5200 statements of ...)", "1022 of
    5200 statements ... have no candidate of their polarity", and carry "(19128 kept, ...)"."""
    from compkit.authoring import set_text
    from compkit.cli import main
    from compkit.framework.synthetic import large_framework

    compkit.write_yaml(large_framework(1050, seed=1), tmp_path / "big.yaml")
    cw = tmp_path / "cw.sssom.tsv"
    argv = ["crosswalk", str(tmp_path / "big.yaml"), "cis", "--method", "lexical", "--top", "2"]
    assert main([*argv, "-o", str(cw)]) == 0
    said = capsys.readouterr().err
    assert re.search(r"\b\d{3} of 1,050 statements of .* have no candidate of their", said), said
    assert re.search(r"\(\d{3} of 1,050 statements of ", said), said
    compkit.write_yaml(
        set_text("cis", "people-l1-1", "I know what my role is for."), tmp_path / "new.yaml"
    )
    argv = ["carry", str(cw), "cis", str(tmp_path / "new.yaml")]
    assert main([*argv, "-o", str(tmp_path / "out.sssom.tsv")]) == 0
    said = capsys.readouterr().err
    assert re.search(r"1,\d{3} pairs \(1,\d{3} kept, \d+ re-review\)", said), said


def test_no_word_of_the_workbook_is_cut_in_two(tmp_path):
    """A competency column 13 wide printed "Communicatio / n" (fr-grille → CiS; CSCF's
    "Leading and Communicating", USDS's "Troubleshooting"): a column is as wide as its longest
    word, in Calibri's widths, up to 40."""
    from openpyxl import load_workbook

    from compkit.crosswalk._wraplines import text_width

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CompkitWarning)
        s = compkit.suggest(FRENCH, "cis", top=2, method="lexical")
    book = compkit.export_crosswalk(s, tmp_path / "cw.xlsx", a=FRENCH, b="cis")
    ws = load_workbook(book)["Pairs"]
    cut = []
    for col in ws.iter_cols(min_row=1):
        width = ws.column_dimensions[col[0].column_letter].width
        for cell in col[1:]:
            if isinstance(cell.value, str):
                words = re.findall(r"[^\s-]*-+|[^\s-]+", cell.value)  # a line breaks after "-"
                cut += [w for w in words if text_width(w, bold=False) + 0.72 > width]
    assert "Communication" in {c.value for c in ws["A"]}
    assert not cut, sorted(set(cut))
