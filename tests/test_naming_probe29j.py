"""Twenty-ninth probe (J): a framework with a long title is called by its source's short form.

An ingested framework with no short name, no organisation and a title over 40 characters was
called by its id in every workbook header and table ("sourcegraph-engineering-framework",
"usds-sample-competencies-proficiencies-2021"); the comparison already called it by the short
form its source gives, else by the whole title. ``Framework.label`` now does the same.
"""

from dataclasses import replace

import compkit


def test_a_long_title_is_called_by_its_own_short_form():
    cis = compkit.load("cis")
    long = "Snowflake - Medium engineering growth framework"
    fw = replace(cis, short_name="", organisation="", title=long)
    assert fw.label == "Snowflake"  # was 'cis'


def test_a_long_title_without_a_short_form_is_called_whole():
    cis = compkit.load("cis")
    long = "Sourcegraph engineering career development framework"
    assert replace(cis, short_name="", organisation="", title=long).label == long  # was 'cis'
