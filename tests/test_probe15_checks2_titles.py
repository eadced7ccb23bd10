"""Fifteenth probe: a framework's title with its organisation reads like a professional's title.

``titled`` wrote "Title (Organisation)" whatever the two held: HSE's stress competencies read
"…manager behaviour) (Health and Safety Executive (research by …))", and Medium's framework
"Snowflake - Medium engineering growth framework (Medium (A Medium Corporation))". Brackets
no longer nest (an em dash joins the two), and an organisation the title names is not repeated.
"""

from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

import compkit
from compkit.authoring.xlsx import write_workbook
from compkit.framework.model import titled

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "hse-stress-competencies",
            "Management competencies for preventing and reducing stress at work (positive and "
            "negative manager behaviour) — Health and Safety Executive (research by Goldsmiths, "
            "University of London, and Affinity Health at Work)",
        ),
        ("medium-snowflake", "Snowflake - Medium engineering growth framework"),
        ("myunidays", "UNiDAYS competency framework - Core competencies"),
        ("engineering-ladders-developer", "Engineering Ladders - Developer"),
        ("ft-engineering", "Engineering competencies (Financial Times)"),
    ],
)
def test_corpus_titles_read_well(name, expected):
    assert titled(compkit.load(CORPUS / f"{name}.yaml")) == expected


def test_a_bracket_that_is_no_short_form_does_not_hide_the_organisation():
    wsx = compkit.load("wsx")
    care = replace(wsx, title="Care in England", organisation="NHS (England)")
    assert titled(care) == "Care in England — NHS (England)"
    assert titled(replace(wsx, organisation="(organisation not stated)")) == wsx.title


def test_the_workbook_read_me_heads_with_it(tmp_path):
    fw = compkit.load(CORPUS / "hse-stress-competencies.yaml")
    wb = openpyxl.load_workbook(write_workbook(fw, tmp_path / "hse.xlsx"))
    heading = wb["Read me"]["A1"].value
    assert heading == wb.properties.title == titled(fw)
    assert ") (" not in heading and "))" not in heading
