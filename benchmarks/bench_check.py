"""Time the consistency checker on each bundled framework (warm: the framework is loaded and its
spell-check dictionary read once before timing), and on a synthetic framework 20x larger.

Run: ``.venv/bin/python benchmarks/bench_check.py``
"""

import statistics
import time

import compkit
from compkit.io import from_dict, to_dict


def timed(fw, n=7) -> float:
    compkit.check(fw)  # warm: dictionary load, imports
    runs = []
    for _ in range(n):
        start = time.perf_counter()
        compkit.check(fw)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def scaled(fw, times: int):
    doc = to_dict(fw)
    for comp in doc["competencies"]:
        comp["indicators"] = [
            {**ind, "id": f"{ind['id']}-{k}", "text": f"{ind['text']} (variant {k})"}
            for k in range(times)
            for ind in comp["indicators"]
        ]
    return from_dict(doc, validate=False)


def main() -> None:
    for fid in ("cis", "wsx"):
        fw = compkit.load(fid)
        t = timed(fw)
        print(f"check {fid}: {len(fw.indicators)} indicators, median {t * 1000:.0f} ms")
    big = scaled(compkit.load("wsx"), 20)
    t = timed(big, n=3)
    print(f"check wsx x20: {len(big.indicators)} indicators, median {t * 1000:.0f} ms")


if __name__ == "__main__":
    main()
