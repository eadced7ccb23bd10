"""Time the consistency checker on each bundled framework, on 2,000 statements, and 20x WSX.

Warm figures: the framework is loaded and checked once before timing (imports, the spell-check
dictionary, cached word look-ups); the cold figure is that first check, dictionary load included.
The x20 framework repeats every WSX statement 20 times with a suffix, so it is dense with
near-duplicates (one finding per pair): a worst case for the similarity rules. The 2,000-statement
framework is the first 2,000 statements of 14x WSX (the target: under 2 s after import).

Run: ``.venv/bin/python benchmarks/bench_check.py``
"""

import statistics
import time

import compkit
from compkit.framework.build import from_dict
from compkit.framework.io import to_dict


def timed(fw, n=7) -> float:
    runs = []
    for _ in range(n):
        start = time.perf_counter()
        compkit.check(fw)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def scaled(fw, times: int, *, total: int | None = None):
    doc = to_dict(fw)
    for comp in doc["competencies"]:
        comp["indicators"] = [
            {**ind, "id": f"{ind['id']}-{k}", "text": f"{ind['text']} (variant {k})"}
            for k in range(times)
            for ind in comp["indicators"]
        ]
    if total is not None:  # keep the first ``total`` statements, round-robin over competencies
        kept = 0
        for k in range(max(len(c["indicators"]) for c in doc["competencies"])):
            for comp in doc["competencies"]:
                if k < len(comp["indicators"]):
                    comp["indicators"][k]["keep"] = kept < total
                    kept += 1
        for comp in doc["competencies"]:
            comp["indicators"] = [
                {k: v for k, v in i.items() if k != "keep"} for i in comp["indicators"] if i["keep"]
            ]
    return from_dict(doc, validate=False)


def main() -> None:
    cis = compkit.load("cis")
    start = time.perf_counter()
    compkit.check(cis)
    print(f"first check (cold: imports, dictionary): {(time.perf_counter() - start) * 1000:.0f} ms")
    warm = {}
    for fid in ("cis", "wsx"):
        fw = compkit.load(fid)
        warm[fid] = timed(fw)
        n = len(fw.indicators)
        print(
            f"check {fid}: {n} indicators, median {warm[fid] * 1000:.0f} ms "
            f"({warm[fid] * 1e6 / n:.0f} us per indicator)"
        )
    two = scaled(compkit.load("wsx"), 14, total=2000)
    compkit.check(two)
    t2 = timed(two, n=5)
    cpu = []
    for _ in range(5):
        start = time.process_time()
        compkit.check(two)
        cpu.append(time.process_time() - start)
    print(
        f"check 2,000 statements: {len(two.indicators)} indicators, "
        f"{len(compkit.check(two))} findings, median {t2 * 1000:.0f} ms wall, "
        f"{statistics.median(cpu) * 1000:.0f} ms CPU (target < 2,000 ms; wall time grows "
        "when other processes share the cores)"
    )
    big = scaled(compkit.load("wsx"), 20)
    compkit.check(big)
    t = timed(big, n=3)
    findings = len(compkit.check(big))
    print(
        f"check wsx x20: {len(big.indicators)} indicators, {findings} findings, "
        f"median {t * 1000:.0f} ms; x{t / warm['wsx']:.1f} the time for x20 the statements"
    )


if __name__ == "__main__":
    main()
