"""Provenance: every statement of each source is in its framework file, and every statement of a
framework file stands in its source, word for word (only whitespace and curly apostrophes
normalised). Reads data/raw/ directly, with scanners written for each source's layout, independent
of compkit's loader."""

import copy
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
RAW, FRAMEWORKS = ROOT / "data" / "raw", ROOT / "data" / "frameworks"
NUMBER = re.compile(r"^\s*(\d+)\.\s*")
WSX_LEVELS = ("CORE", "SKILLED", "SUPERVISORY", "MANAGEMENT", "EXECUTIVE")
WSX_CLUSTERS = {
    "Demonstrating Personal Qualities",
    "Partnerships & Working With Others",
    "Managing Work",
    "Continually & Creatively Improving",
}


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2019", "'").replace("\u2018", "'")).strip()


def raw_lines(name: str) -> list[str]:
    return (RAW / name).read_text(encoding="utf-8").split("\n")


def doc_of(fid: str) -> dict:
    return yaml.safe_load((FRAMEWORKS / f"{fid}.yaml").read_text(encoding="utf-8"))


# -- independent scanners: which raw lines carry statements, grouped by (competency #, level #) ---


def scan_cis(lines: list[str]) -> dict[int, tuple[int, int]]:
    """Line number -> (competency number, level number) for every statement line of CiS."""
    found, comp, level, in_cells = {}, 0, 0, False
    for n, line in enumerate(lines, 1):
        if m := re.match(r"Competency (\d+):", line):
            comp, level, in_cells = int(m.group(1)), 0, False
        elif re.match(r"^\t\d", line):  # a level column header: "\t1 Senior Officer"
            in_cells = True
        elif in_cells and line.strip():
            if line.startswith("\t"):
                level += 1
            found[n] = (comp, level)
    return found


def scan_wsx(lines: list[str]) -> dict[int, tuple[int, int]]:
    """Line number -> (cluster column 0-3, level number) for every statement line of WSX."""
    found, level, column, pending = {}, 0, -1, False
    for n, line in enumerate(lines, 1):
        text = line.strip()
        if text in WSX_LEVELS and line == text:
            level, column, pending = WSX_LEVELS.index(text) + 1, -1, False
        elif not level or text in WSX_CLUSTERS:
            pending = False  # a cell that holds a cluster heading, not a list
        elif line.startswith("\t") and not text:  # a table cell starts
            pending = True
        elif text:
            if pending:  # the first statement of a list cell: the next cluster column
                column, pending = column + 1, False
            found[n] = (column, level)
    return found


SOURCES = {
    "cis": ("000_f041fda749b9a554.txt", scan_cis),
    "wsx": ("004_311b47c8518e2add.txt", scan_wsx),
}


def indicators(doc: dict):
    for comp in doc["competencies"]:
        for ind in comp["indicators"]:
            yield comp, ind


# -- the checks, as functions of (raw lines, framework document) so tests can mutate either ------


def forward_problems(lines: list[str], doc: dict) -> list[str]:
    """Each statement (and description, value, introduction passage) equals its cited lines."""
    problems = []
    items = [(f"indicator {i['id']}", i["text"], i.get("source", {})) for _, i in indicators(doc)]
    items += [
        (f"competency {c['id']}", c.get("description"), c.get("source", {}))
        for c in doc["competencies"]
        if c.get("description")
    ]
    items += [
        (f"intro {k}", p["text"], p["source"]) for k, p in enumerate(doc.get("introduction", []))
    ]
    for what, text, source in items:
        cited = source.get("lines", [])
        if not cited:
            problems.append(f"{what}: no source lines")
            continue
        parts, numbers = [], []
        for n in cited:
            line = lines[n - 1]
            if what.startswith("indicator") and (m := NUMBER.match(line)):
                numbers.append(int(m.group(1)))
                line = line[m.end() :]
            parts.append(line)
        if what.startswith("competency"):  # heading, description, values: the description line
            parts = [lines[cited[1] - 1]]
        if norm(" ".join(parts)) != text:
            problems.append(f"{what}: text differs from source lines {cited}")
        if numbers and numbers != source.get("numbers"):
            problems.append(f"{what}: source numbers {numbers} != {source.get('numbers')}")
    for _, ind in indicators(doc):
        src = ind["source"]
        if (len(src["lines"]) > 1 or len(src.get("numbers", [])) > 1) and "repair" not in ind:
            problems.append(
                f"indicator {ind['id']}: spans several lines or numbers without a repair"
            )
    for value in doc.get("values", []):
        printed = {
            v.strip()
            for n in value["source"]["lines"]
            for v in lines[n - 1].split(":", 1)[1].split(",")
        }
        if value["name"] not in printed:
            problems.append(f"value {value['id']}: not printed on lines {value['source']['lines']}")
    return problems


def backward_problems(statement_lines: dict[int, tuple], doc: dict) -> list[str]:
    """Every statement line of the source is cited by exactly one indicator, and no other line."""
    cited = Counter(n for _, ind in indicators(doc) for n in ind["source"]["lines"])
    problems = [
        f"source line {n} is in no indicator" for n in sorted(set(statement_lines) - set(cited))
    ]
    problems += [
        f"line {n} is cited but is not a statement line"
        for n in sorted(set(cited) - set(statement_lines))
    ]
    problems += [f"line {n} is cited {k} times" for n, k in sorted(cited.items()) if k > 1]
    return problems


def counts_from_source(statement_lines: dict[int, tuple], lines: list[str], fid: str) -> Counter:
    """Statements per (competency position, level rank), counted from the source alone."""
    starts = Counter()
    previous = None
    for n in sorted(statement_lines):
        key = statement_lines[n]
        new = (
            bool(NUMBER.match(lines[n - 1]))
            if fid == "wsx"
            else (previous is None or n - previous > 1 or lines[n - 1].startswith("\t"))
        )
        if new:
            starts[key] += 1
        previous = n
    if fid == "wsx":  # the one statement split over numbers 2-4 (MANAGEMENT, 4th column)
        starts[(3, 4)] -= 2
    return starts


def counts_from_file(doc: dict) -> Counter:
    rank = {lv["id"]: lv["rank"] for lv in doc["levels"]}
    order = {c["id"]: k for k, c in enumerate(doc["competencies"])}
    return Counter(
        (order[c["id"]] + (1 if doc["id"] == "cis" else 0), rank[i["level"]])
        for c, i in indicators(doc)
    )


EXPECTED = {  # counted by hand from the sources: per competency, statements at each level
    "cis": [[3, 2, 2, 2], [3, 3, 3, 3], [3, 2, 2, 3], [3, 4, 3, 3], [2, 2, 2, 2], [2, 3, 2, 3]],
    "wsx": [[10, 7, 7, 5, 5], [14, 7, 9, 9, 6], [13, 6, 14, 8, 5], [7, 6, 6, 6, 3]],
}


@pytest.fixture(params=["cis", "wsx"])
def source(request):
    fid = request.param
    name, scan = SOURCES[fid]
    lines = raw_lines(name)
    return fid, lines, scan(lines), doc_of(fid)


def test_every_framework_statement_stands_in_its_source(source):
    fid, lines, _, doc = source
    assert doc["source"]["file"] == SOURCES[fid][0]
    assert forward_problems(lines, doc) == []


def test_every_source_statement_is_in_the_framework(source):
    _, _, statement_lines, doc = source
    assert backward_problems(statement_lines, doc) == []


def test_counts_match_the_source_and_the_hand_count(source):
    fid, lines, statement_lines, doc = source
    from_file = counts_from_file(doc)
    assert counts_from_source(statement_lines, lines, fid) == from_file
    offset = 1 if fid == "cis" else 0
    expected = {
        (c + offset, lv + 1): k for c, row in enumerate(EXPECTED[fid]) for lv, k in enumerate(row)
    }
    assert dict(from_file) == expected


def test_ids_are_unique_and_readable(source):
    _fid, _, _, doc = source
    ids = [i["id"] for _, i in indicators(doc)]
    assert len(ids) == len(set(ids))
    for comp, ind in indicators(doc):
        assert re.fullmatch(rf"{comp['id']}-{ind['level']}-\d+", ind["id"]), ind["id"]


def test_repairs_keep_the_source_numbering():
    doc = doc_of("wsx")
    joined = next(i for _, i in indicators(doc) if i["id"] == "improving-management-2")
    assert joined["source"]["numbers"] == [2, 3, 4]
    assert joined["repair"]["kind"] == "joined-split-numbers"
    assert joined["text"].endswith(
        "to be creative in their approach to their ideas and work at WSX Mind"
    )
    repaired = {i["id"] for d in (doc, doc_of("cis")) for _, i in indicators(d) if "repair" in i}
    assert repaired == {
        "others-l4-3",
        "qualities-management-5",
        "partnerships-skilled-4",
        "partnerships-skilled-6",
        "partnerships-supervisory-2",
        "improving-management-2",
    }


def first_word_changed(text: str) -> str:
    words = text.split(" ")
    k = next(i for i, w in enumerate(words) if len(w) > 3)
    return " ".join([*words[:k], words[k] + "x", *words[k + 1 :]])


@pytest.mark.parametrize("which", range(0, 215, 23))
def test_one_changed_word_in_the_framework_file_is_caught(which):
    all_ind = [
        (fid, k) for fid in ("cis", "wsx") for k in range(len(list(indicators(doc_of(fid)))))
    ]
    fid, k = all_ind[which]
    doc = copy.deepcopy(doc_of(fid))
    ind = list(indicators(doc))[k][1]
    ind["text"] = first_word_changed(ind["text"])
    assert any(ind["id"] in p for p in forward_problems(raw_lines(SOURCES[fid][0]), doc))


@pytest.mark.parametrize("fid", ["cis", "wsx"])
def test_one_changed_word_in_the_source_is_caught(fid):
    name, _scan = SOURCES[fid]
    doc = doc_of(fid)
    for _, ind in list(indicators(doc))[::17]:
        lines = raw_lines(name)
        n = ind["source"]["lines"][0]
        lines[n - 1] = first_word_changed(lines[n - 1])
        assert any(ind["id"] in p for p in forward_problems(lines, doc)), ind["id"]


@pytest.mark.parametrize("fid", ["cis", "wsx"])
def test_a_dropped_or_invented_statement_is_caught(fid):
    name, scan = SOURCES[fid]
    lines = raw_lines(name)
    doc = copy.deepcopy(doc_of(fid))
    dropped = doc["competencies"][1]["indicators"].pop(2)
    assert f"source line {dropped['source']['lines'][0]} is in no indicator" in backward_problems(
        scan(lines), doc
    )
    doc = copy.deepcopy(doc_of(fid))
    doc["competencies"][0]["indicators"].append(
        {
            "id": "invented",
            "level": doc["levels"][0]["id"],
            "text": "I invent things.",
            "source": {"lines": [1]},
        }
    )
    assert "line 1 is cited but is not a statement line" in backward_problems(scan(lines), doc)
    assert "indicator invented: text differs from source lines [1]" in forward_problems(lines, doc)
