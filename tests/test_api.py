"""Every public function checks its arguments before doing work (issue 14, item 4).

A table gives each public verb of ``compkit`` calls with wrong types and values; each must raise
a :class:`compkit.CompkitError` (or a ``TypeError``/``ValueError``) whose message says what was
expected -- never a raw ``KeyError``, ``AttributeError`` or ``IsADirectoryError`` from deep
inside. A new public function without rows in the table fails
``test_every_public_function_is_in_the_table``.
"""

from __future__ import annotations

import inspect

import pandas as pd
import pytest

import compkit

ACCEPTED = (compkit.CompkitError, TypeError, ValueError)


def _folder_named(tmp_path, name):
    path = tmp_path / name
    path.mkdir()
    return path


#: public name -> calls, each (args, kwargs); "{tmp}" in a string becomes a temporary folder
BAD_CALLS: dict[str, list[tuple[tuple, dict]]] = {
    "load": [((None,), {}), ((123,), {}), ((b"cis",), {}), ((["cis"],), {}), (("nope",), {})],
    "load_all": [],
    "combine": [((), {}), (("cis",), {"table": "nope"}), ((None,), {})],
    "to_graph": [((None,), {}), (("nope",), {})],
    "check": [
        (("cis",), {"select": 123}),
        (("cis",), {"ignore": [None]}),
        (("cis",), {"select": ["Z999"]}),
        ((None,), {}),
    ],
    "suggest": [
        (("cis", "wsx"), {"top": "5"}),
        (("cis", "wsx"), {"top": 0}),
        (("cis", "wsx"), {"block": 0}),
        (("cis", "wsx"), {"method": "magic"}),
        (("cis", "wsx"), {"cache_dir": str(compkit.framework.bundled()["cis"])}),  # a file
        (("cis", None), {}),
    ],
    "align_levels": [
        ((pd.DataFrame(), "cis", "wsx"), {}),
        (("not a frame", "cis", "wsx"), {}),
    ],
    "read_sssom": [(("{tmp}",), {}), ((None,), {}), (("{tmp}/missing.sssom.tsv",), {})],
    "write_sssom": [((pd.DataFrame(), "{tmp}/x.sssom.tsv"), {}), (("nope", "{tmp}/x.tsv"), {})],
    "export_crosswalk": [
        ((pd.DataFrame(), "{tmp}/x.csv"), {}),
        (("nope", "{tmp}/x.csv"), {}),
    ],
    "review_crosswalk": [(("{tmp}/x.sssom.tsv", "cis", "wsx"), {"reviewer": ""})],
    "headline_differences": [(("cis", None), {}), (("cis", "nope"), {}), (("cis", "cis"), {})],
    "theme_gaps": [(("cis", "wsx"), {"ratio": "x"}), (("cis", None), {})],
    "write_report": [
        (("cis", "wsx", "{tmp}/folder.html"), {}),
        (("cis", "wsx", "{tmp}/x.pdf"), {}),
        (("cis", None, "{tmp}/x.html"), {}),
    ],
    "draft": [(("wsx", "cis", None), {}), ((None, "cis", "cis-wsx"), {})],
    "diff": [
        (("cis", "wsx"), {"threshold": -1}),
        (("cis", "wsx"), {"threshold": "x"}),
        ((None, "cis"), {}),
    ],
    "carry_forward": [
        (("nope", "cis", "cis"), {}),
        ((pd.DataFrame(), "cis", "cis"), {"side": "up"}),
    ],
    "editor": [((None,), {}), ((123,), {})],
    "render": [
        (("cis", "{tmp}/x.pdf"), {}),
        (("cis", "{tmp}/x.docx"), {"to": "rtf"}),
        ((None, "{tmp}/x.md"), {}),
    ],
    "write_yaml": [((None,), {}), (("cis", "{tmp}"), {})],
    "import_file": [((None,), {}), (("{tmp}",), {}), (("{tmp}/missing.xlsx",), {})],
    "ingest": [
        ((None,), {}),
        (("{tmp}",), {}),
        (("{tmp}/missing.docx",), {}),
        (("data/raw/000_f041fda749b9a554.txt",), {"layout": "nonsense"}),
    ],
}


def public_functions() -> set[str]:
    return {
        name
        for name in compkit.__all__
        if callable(getattr(compkit, name)) and not inspect.isclass(getattr(compkit, name))
    }


def test_every_public_function_is_in_the_table():
    assert public_functions() == set(BAD_CALLS)


CASES = [
    pytest.param(name, args, kwargs, id=f"{name}-{i}")
    for name, calls in BAD_CALLS.items()
    for i, (args, kwargs) in enumerate(calls)
]


def _fill(value, tmp):
    return value.replace("{tmp}", str(tmp)) if isinstance(value, str) else value


@pytest.mark.parametrize(("name", "args", "kwargs"), CASES)
def test_bad_arguments_get_a_clear_error(tmp_path, name, args, kwargs):
    (tmp_path / "folder.html").mkdir()
    args = tuple(_fill(a, tmp_path) for a in args)
    kwargs = {k: _fill(v, tmp_path) for k, v in kwargs.items()}
    with pytest.raises(ACCEPTED) as info:
        getattr(compkit, name)(*args, **kwargs)
    message = str(info.value)
    assert message and "Traceback" not in message
    assert type(info.value).__name__ not in ("KeyError", "AttributeError", "IndexError")


def test_the_ingest_function_reaches_its_package_names():
    # compkit.ingest is the function (compkit.ingest(path)); its package's names read through it
    from compkit.ingest import LIMITS, IngestReport, wizard

    assert compkit.ingest.LIMITS is LIMITS and compkit.ingest.wizard is wizard
    assert compkit.ingest.IngestReport is IngestReport
