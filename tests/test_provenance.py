"""Provenance of data/frameworks/*.yaml, read against data/raw/ in both directions: every text
equals the raw lines it cites, and every statement line of a source is cited exactly once. The
checks take (raw lines, parsed YAML) and return problems, so tests can feed them mutated copies."""

import copy
import re
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
RAW, FRAMEWORKS = ROOT / "data" / "raw", ROOT / "data" / "frameworks"
FILES = {"cis": "000_f041fda749b9a554.txt", "wsx": "004_311b47c8518e2add.txt"}
NUMBER = re.compile(r"^\s*(\d+)\.\s+")  # a WSX list number, "4.     "
HEADING = re.compile(r"^Competency (\d+):\s*")  # a CiS competency heading
WSX_LEVELS = ("CORE", "SKILLED", "SUPERVISORY", "MANAGEMENT", "EXECUTIVE")


def norm(text: str) -> str:
    """Whitespace runs collapse; every other character, apostrophes included, is as printed."""
    return re.sub(r"\s+", " ", text).strip()


def indicators(doc: dict):
    for comp in doc["competencies"]:
        for ind in comp["indicators"]:
            yield comp, ind


class Item(NamedTuple):
    competency: str  # the competency (cluster) name as printed
    rank: int  # level column (CiS) or level section (WSX), 1-based
    lines: list[int]


Mark = tuple[str, str, int, int]  # a level header naming a role: (role, competency, rank, line)


def scan_cis(lines: list[str]) -> tuple[list[Item], list[Mark]]:
    """Per competency: heading, description, VALUES, 4 level headers, then 4 cells; a tab-indented
    line starts a cell, blank lines separate its statements."""
    items, marks, name, headers, rank, item = [], [], None, 0, 0, None
    for n, line in enumerate(lines, 1):
        if m := HEADING.match(line):
            name, headers, rank, item = norm(line[m.end() :]), 0, 0, None
        elif name and headers < 4 and (m := re.fullmatch(r"\t(\d)\s*(.*?)\s*", line)):
            headers += 1
            if int(m[1]) != headers:
                raise ValueError(f"line {n}: level header {m[1]} where {headers} was due")
            if m[2]:
                marks.append((m[2], name, headers, n))
        elif name and headers == 4 and line.strip():
            if line.startswith("\t"):
                rank, item = rank + 1, None
            if item is None:
                item = Item(name, rank, [])
                items.append(item)
            item.lines.append(n)
        elif headers == 4:
            item = None
    return items, marks


def scan_wsx(lines: list[str]) -> tuple[list[Item], list[Mark]]:
    """Level sections; cells open with a tab-only line: 4 cluster headings, then 4 numbered lists
    in the headings' order. A text line right after an item continues it."""
    items, level, heads, lists, cell, item, cluster = [], 0, [], 0, False, None, ""
    for n, line in enumerate(lines, 1):
        text = line.strip()
        if line in WSX_LEVELS:
            level, heads, lists, cell, item = WSX_LEVELS.index(line) + 1, [], 0, False, None
        elif not level:
            continue
        elif not text:
            cell, item = cell or line.startswith("\t"), None
        elif NUMBER.match(line):
            if cell:
                cluster, lists = heads[lists], lists + 1
            item, cell = Item(cluster, level, [n]), False
            items.append(item)
        elif item is not None:
            item.lines.append(n)
        elif cell:
            heads.append(text)
            cell = False
        else:
            raise ValueError(f"line {n}: unexpected text {text!r}")
    return items, []


SCANNERS = {FILES["cis"]: scan_cis, FILES["wsx"]: scan_wsx}


def heading(line: str) -> tuple[list[int], str]:
    """A heading's number and name: "Competency 1:  Supporting our people", "Managing Work"."""
    m = HEADING.match(line)
    return ([int(m[1])] if m else []), norm(line[m.end() if m else 0 :])


def printed_values(line: str) -> list[str]:
    return [norm(v) for v in line.split(":", 1)[1].split(",")] if line.startswith("VALUES:") else []


def check_forward(lines: list[str], doc: dict) -> list[str]:
    """Every text in the file equals the raw lines it cites."""
    problems = []

    def same(what: str, text: str, cited: list[int], numbers: list[int]) -> None:
        parts, nums = [], []  # the cited lines, list numbers ("4.     ") taken off
        for n in cited:
            m = NUMBER.match(lines[n - 1])
            nums += [int(m[1])] if m else []
            parts.append(lines[n - 1][m.end() if m else 0 :])
        if (got := norm(" ".join(parts))) != text:
            problems.append(f"{what}: {text!r} != lines {cited}: {got!r}")
        if nums != numbers:
            problems.append(f"{what}: numbers {numbers} != numbers in the source {nums}")

    if doc["title"] != norm(next(line for line in lines if line.strip())):
        problems.append(f"title {doc['title']!r} is not the source's first line")
    for k, passage in enumerate(doc.get("introduction", []), 1):
        same(f"introduction {k}", passage["text"], passage["source"]["lines"], [])
    for _, ind in indicators(doc):
        src = ind["source"]
        same(f"indicator {ind['id']}", ind["text"], src["lines"], src.get("numbers", []))
        kind = ind.get("repair", {}).get("kind")
        if len(src.get("numbers", [])) > 1 and kind != "joined-split-numbers":
            problems.append(f"indicator {ind['id']}: joins numbers without a repair")
        elif len(src["lines"]) > 1 and kind not in ("joined-wrapped-lines", "joined-split-numbers"):
            problems.append(f"indicator {ind['id']}: joins lines without a repair")
    value_names = {v["id"]: v["name"] for v in doc.get("values", [])}
    for v in doc.get("values", []):
        for n in v["source"]["lines"]:
            if v["name"] not in printed_values(lines[n - 1]):
                problems.append(f"value {v['id']}: {v['name']!r} is not printed on line {n}")
    for comp in doc["competencies"]:
        src = comp.get("source", {"lines": [1]})
        for n in src["lines"]:
            if heading(lines[n - 1]) != (src.get("numbers", []), comp["name"]):
                problems.append(f"competency {comp['id']}: line {n} is not its heading")
        if "description" in comp:  # CiS: heading, description, VALUES
            same(f"competency {comp['id']}", comp["description"], [src["lines"][0] + 1], [])
        if "values" in comp:
            printed = printed_values(lines[src["lines"][0] + 1])
            if [value_names.get(v) for v in comp["values"]] != printed:
                problems.append(f"competency {comp['id']}: values differ from the source")
    for level in doc["levels"]:
        for n in level.get("source", {}).get("lines", []):
            if norm(lines[n - 1]).lstrip("\u00b7 ").lower() != level["name"].lower():
                problems.append(f"level {level['id']}: line {n} does not name it")
    return problems


def check_backward(lines: list[str], doc: dict) -> list[str]:
    """Every statement line the scanner finds is cited by exactly one indicator, in its own
    competency and level; no indicator cites anything else; nothing introductory is left out."""
    try:
        items, marks = SCANNERS[doc["source"]["file"]](lines)
    except (ValueError, IndexError) as error:
        return [f"source layout: {error}"]
    cell = {n: (item.competency, item.rank) for item in items for n in item.lines}
    rank = {level["id"]: level["rank"] for level in doc["levels"]}
    problems, cited, owner = [], Counter(), {}
    for comp, ind in indicators(doc):
        for n in ind["source"]["lines"]:
            cited[n], owner[n] = cited[n] + 1, ind["id"]
            if n not in cell:
                problems.append(f"indicator {ind['id']}: line {n} is not a statement line")
            elif cell[n] != (comp["name"], rank[ind["level"]]):
                problems.append(f"indicator {ind['id']}: line {n} stands in {cell[n]}")
    problems += [f"statement line {n} is cited {cited[n]} times" for n in cell if cited[n] != 1]
    for item in items:  # a statement is never split over indicators
        if len(ids := {owner.get(n) for n in item.lines}) > 1:
            problems.append(f"the statement on lines {item.lines} is split over {ids}")
    body = next(n for n, line in enumerate(lines, 1) if HEADING.match(line) or line in WSX_LEVELS)
    intro = [n for n in range(1, body) if lines[n - 1].strip()][1:]  # after the title
    if sorted(n for p in doc.get("introduction", []) for n in p["source"]["lines"]) != intro:
        problems.append(f"the introduction should cite lines {intro}")
    names = {comp["id"]: comp["name"] for comp in doc["competencies"]}
    roles = {role["name"]: role for role in doc.get("roles", [])}
    if set(roles) != {role for role, *_ in marks}:
        problems.append(f"roles {sorted(roles)} differ from the source's level headers")
    for name, role in roles.items():
        marked = [mark for mark in marks if mark[0] == name]
        highest = {c: r for _, c, r, _ in marked}  # in column order, so the highest stays
        if {names[c]: rank[lv] for c, lv in role["requires"].items()} != highest:
            problems.append(f"role {role['id']}: requires differs from the marked headers")
        if sorted(role["source"]["lines"]) != [n for *_, n in marked]:
            problems.append(f"role {role['id']}: source lines differ from the marked headers")
    return problems


EXPECTED = {  # source items per competency (in file order) and level, counted by hand in data/raw/
    "cis": [[3, 2, 2, 2], [3, 3, 3, 3], [3, 2, 2, 3], [3, 4, 3, 3], [2, 2, 2, 2], [2, 3, 2, 3]],
    "wsx": [[10, 7, 7, 5, 5], [14, 7, 9, 9, 6], [13, 6, 14, 8, 5], [7, 6, 6, 8, 3]],
}  # WSX improving/management: items 2, 3 and 4 are one indicator, hence 62 and 153 indicators
INDICATORS = {"cis": 62, "wsx": 153}
WRAPPED, SPLIT = "joined-wrapped-lines", "joined-split-numbers"
REPAIRED = {
    "cis": {"others-l4-3": WRAPPED},
    "wsx": {"partnerships-skilled-4": WRAPPED, "partnerships-skilled-6": WRAPPED}
    | {"partnerships-supervisory-2": WRAPPED, "qualities-management-5": WRAPPED}
    | {"improving-management-2": SPLIT},
}


@pytest.fixture(params=sorted(FILES))
def source(request):
    fid = request.param
    lines = (RAW / FILES[fid]).read_text(encoding="utf-8").split("\n")
    return fid, lines, yaml.safe_load((FRAMEWORKS / f"{fid}.yaml").read_text(encoding="utf-8"))


def test_the_files_match_their_sources_both_ways(source):
    fid, lines, doc = source
    assert doc["source"]["file"] == FILES[fid]
    assert check_forward(lines, doc) == []
    assert check_backward(lines, doc) == []
    repairs = {i["id"]: i["repair"]["kind"] for _, i in indicators(doc) if "repair" in i}
    assert repairs == REPAIRED[fid]


def test_counts_match_the_scanner_and_the_hand_count(source):
    fid, lines, doc = source
    rank = {level["id"]: level["rank"] for level in doc["levels"]}
    in_file = Counter()  # source items, so a joined indicator counts its numbers
    for comp, ind in indicators(doc):
        in_file[comp["name"], rank[ind["level"]]] += len(ind["source"].get("numbers", [0]))
    scanned = Counter((item.competency, item.rank) for item in SCANNERS[FILES[fid]](lines)[0])
    names = [comp["name"] for comp in doc["competencies"]]
    expected = {
        (names[c], r): k for c, row in enumerate(EXPECTED[fid]) for r, k in enumerate(row, 1)
    }
    assert scanned == in_file == expected
    assert len(list(indicators(doc))) == INDICATORS[fid]


def test_ids_are_unique_patterned_and_in_source_order(source):
    _, _, doc = source
    parts = ("levels", "values", "competencies", "roles")
    ids = [x["id"] for part in parts for x in doc.get(part, [])]
    ids += [ind["id"] for _, ind in indicators(doc)]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9._-]*", i) for i in ids)
    rank = {level["id"]: level["rank"] for level in doc["levels"]}
    position = Counter()
    for comp, ind in indicators(doc):
        position[comp["id"], ind["level"]] += 1  # CiS: position in the cell; WSX: the number
        number = ind["source"].get("numbers", [position[comp["id"], ind["level"]]])[0]
        assert ind["id"] == f"{comp['id']}-{ind['level']}-{number}"
    for comp in doc["competencies"]:
        order = [(rank[i["level"]], i["source"]["lines"][0]) for i in comp["indicators"]]
        assert order == sorted(order), comp["id"]


def one_word_changed(text: str) -> str:
    longest = max(text.split(), key=len)
    return text.replace(longest, "altered" if longest == "changed" else "changed", 1)


def test_one_changed_word_anywhere_is_caught(source):
    _, lines, doc = source
    mutated = copy.deepcopy(doc)
    for _, ind in indicators(mutated):
        original = ind["text"]
        ind["text"] = one_word_changed(original)
        assert any(ind["id"] in p for p in check_forward(lines, mutated)), ind["id"]
        ind["text"] = original
        for n in ind["source"]["lines"]:
            raw = [*lines[: n - 1], one_word_changed(lines[n - 1]), *lines[n:]]
            assert any(ind["id"] in p for p in check_forward(raw, doc)), (ind["id"], n)


def test_lost_invented_moved_or_unrepaired_statements_are_caught(source):
    fid, lines, doc = source
    mutated = copy.deepcopy(doc)
    n = mutated["competencies"][1]["indicators"].pop()["source"]["lines"][0]
    assert f"statement line {n} is cited 0 times" in check_backward(lines, mutated)
    mutated["competencies"][0]["indicators"][0]["source"]["lines"] = [1]
    assert any("line 1 is not a statement line" in p for p in check_backward(lines, mutated))
    mutated = copy.deepcopy(doc)
    mutated["competencies"][0]["indicators"][0]["level"] = doc["levels"][1]["id"]
    assert any(" stands in " in p for p in check_backward(lines, mutated))
    ind = next(i for _, i in indicators(mutated) if "repair" in i)
    del ind["repair"]
    assert any(ind["id"] in p and "repair" in p for p in check_forward(lines, mutated))
    after = doc["competencies"][0]["indicators"][0]["source"]["lines"][-1]  # a blank line follows
    added = [*lines[:after], "99. An added statement", *lines[after + 1 :]]
    problems = check_backward(added, doc)
    assert f"statement line {after + 1} is cited 0 times" in problems
    if fid == "cis":  # there the added line also joins two paragraphs into one statement
        assert any(" is split over " in p for p in problems)


def test_a_straightened_apostrophe_is_caught(source):
    """Marks are evidence too (WSX Mind prints 13 curly apostrophes and one straight)."""
    _, lines, doc = source
    mutated = copy.deepcopy(doc)
    ind = next(i for _, i in indicators(mutated) if "\u2019" in i["text"])
    ind["text"] = ind["text"].replace("\u2019", "'")
    assert any(ind["id"] in p for p in check_forward(lines, mutated))
