"""Time the authoring workflow on the bundled frameworks, and the version diff at scale.

Every figure is the median of several warm runs (imports and first loads done beforehand). The
diff runs on synthetic frameworks of 1,000 and 5,000 statements built from the seeds' words:
"15% changed" rewords 10% of the statements and gives 5% new ids (the usual revision); "all
changed" gives every statement a new id and a new word, so every pair must be compared by text
(the worst case: one n x n similarity matrix).

Run: ``.venv/bin/python benchmarks/bench_authoring.py``
"""

import copy
import random
import statistics
import tempfile
import time
from pathlib import Path

import compkit
from compkit.authoring.edits import set_text
from compkit.framework.build import from_dict
from compkit.framework.io import to_dict


def timed(func, n=5) -> float:
    runs = []
    for _ in range(n):
        start = time.perf_counter()
        func()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def synthetic(n: int, rng: random.Random) -> dict:
    words = " ".join(compkit.combine(*compkit.load_all().values())["text"]).split()
    comps = [
        {
            "id": f"c{c}",
            "name": f"Competency {c}",
            "indicators": [
                {"id": f"c{c}-l1-{k}", "level": "l1", "text": " ".join(rng.sample(words, 14))}
                for k in range(100)
            ],
        }
        for c in range(n // 100)
    ]
    return {
        "schema_version": 1,
        "id": "big",
        "title": "Synthetic",
        "organisation": "Bench",
        "cumulative": True,
        "levels": [{"id": "l1", "name": "Level 1", "rank": 1}],
        "competencies": comps,
    }


def main() -> None:
    tmp = Path(tempfile.mkdtemp())
    wsx = compkit.load("wsx")
    crosswalk = compkit.read_sssom(
        compkit.framework.io.data_dir() / "crosswalks" / "cis-wsx.sssom.tsv"
    )
    load = timed(lambda: compkit.framework.io.read_framework(compkit.framework.bundled()["wsx"]))
    print(f"load wsx (153 statements, no cache):       {load * 1000:7.1f} ms")
    book = tmp / "wsx.xlsx"
    write = timed(lambda: compkit.authoring.write_workbook(wsx, book))
    read = timed(lambda: compkit.authoring.read_workbook(book))
    print(f"authoring workbook: write / read           {write * 1000:7.1f} / {read * 1000:.1f} ms")
    folder = tmp / "tables"
    write = timed(lambda: compkit.authoring.write_tables(wsx, folder))
    read = timed(lambda: compkit.authoring.read_tables(folder))
    print(f"CSV tables: write / read                   {write * 1000:7.1f} / {read * 1000:.1f} ms")
    case = tmp / "wsx.json"
    write = timed(lambda: compkit.authoring.write_case(wsx, case))
    read = timed(lambda: compkit.authoring.read_case(case))
    print(f"CASE package: write / read                 {write * 1000:7.1f} / {read * 1000:.1f} ms")
    yaml_file = tmp / "wsx.yaml"
    yaml_file.write_text(
        compkit.framework.bundled()["wsx"].read_text(encoding="utf-8"), encoding="utf-8"
    )
    edited = set_text(wsx, "qualities-core-1", "Recognises their own values")
    save = timed(lambda: compkit.write_yaml(edited, yaml_file))
    print(
        f"save one edit to wsx.yaml (round trip):    {save * 1000:7.1f} ms  "
        f"(x{save / load:.1f} a load)"
    )
    docx = timed(lambda: compkit.authoring.render_docx(wsx))
    print(f"render DOCX:                               {docx * 1000:7.1f} ms")
    drafting = timed(lambda: compkit.draft("wsx", "cis", crosswalk), n=3)
    print(f"draft wsx + cis (checker twice included):  {drafting * 1000:7.1f} ms")
    print()
    rng = random.Random(6)
    for n in (1_000, 5_000):
        base = synthetic(n, rng)
        usual = copy.deepcopy(base)
        for comp in usual["competencies"]:
            for ind in comp["indicators"][:10]:
                ind["text"] = ind["text"].replace(ind["text"].split()[3], "changed", 1)
            for ind in comp["indicators"][10:15]:
                ind["id"] += "x"
        every = copy.deepcopy(base)
        for comp in every["competencies"]:
            for ind in comp["indicators"]:
                ind["id"] += "x"
                ind["text"] += " now"
        old, new, worst = from_dict(base), from_dict(usual), from_dict(every)
        t_usual = timed(lambda old=old, new=new: compkit.diff(old, new), n=3)
        t_worst = timed(lambda old=old, worst=worst: compkit.diff(old, worst), n=3)
        found = compkit.diff(old, worst)["change"].value_counts().to_dict()
        print(
            f"diff {n:>5} statements: 15% changed {t_usual:6.2f} s; all changed {t_worst:6.2f} s "
            f"(x{t_worst / t_usual:.0f}; {found})"
        )
    assert to_dict(compkit.authoring.read_workbook(book).framework) == to_dict(wsx)


if __name__ == "__main__":
    main()
