"""Quality of cross-walk suggestions: hit@1, hit@5 and MRR per method and embedding backend.

Against the evaluation set ``tests/data/crosswalk/cis-wsx-gold.csv`` (all 62 CiS indicators
paired with the WSX indicators a careful consultant would choose, three with no counterpart),
built by reading the statements before any method ran. hit@k: share of indicators with a
right candidate among the first k; MRR: mean reciprocal rank of the first right candidate
(0 beyond 10). no-match recall: share of the indicators with no counterpart that were flagged
``unmatched``; false no-match: share of the others that were. Backends that are not installed
are listed as skipped. The last table checks the hybrid weights are not fitted to the set: the
same figures on two halves of it (odd and even indicators).

Run: ``.venv/bin/python benchmarks/bench_crosswalk_quality.py``
"""

import time
from pathlib import Path

import pandas as pd

import compkit
from compkit.crosswalk import available, evaluate, read_gold, suggest

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "crosswalk" / "cis-wsx-gold.csv"


def main() -> None:
    gold = read_gold(GOLD)
    cis, wsx = compkit.load("cis"), compkit.load("wsx")
    have = available()
    rows, by_half = [], []
    runs = [("lexical", "-")] + [
        (m, b)
        for b in ("wordllama", "minilm-onnx", "minilm-torch", "hashing")
        for m in ("embedding", "hybrid")
    ]
    for method, backend in runs:
        if backend != "-" and not have[backend]:
            rows.append({"method": method, "backend": backend, "note": "skipped: not installed"})
            continue
        suggest(cis, wsx, top=10, method=method, backend=backend if backend != "-" else "hashing")
        start = time.perf_counter()
        s = suggest(
            cis, wsx, top=10, method=method, backend=backend if backend != "-" else "hashing"
        )
        seconds = time.perf_counter() - start
        scores = evaluate(s, gold)
        rows.append(
            {
                "method": method,
                "backend": backend,
                **scores,
                "seconds": round(seconds, 3),
                "note": "default" if (method, backend) == ("hybrid", "wordllama") else "",
            }
        )
        if backend in ("-", "wordllama"):
            ids = list(cis.indicators["indicator_id"])
            for name, half in (("odd", ids[0::2]), ("even", ids[1::2])):
                part = evaluate(s[s["subject_id"].isin(half)], gold[gold["subject_id"].isin(half)])
                by_half.append(
                    {
                        "method": method,
                        "half": name,
                        "subjects": part["subjects"],
                        "hit@1": part["hit@1"],
                        "hit@5": part["hit@5"],
                        "mrr": part["mrr"],
                    }
                )
    table = pd.DataFrame(rows).astype(object).fillna("")
    cols = [
        "method",
        "backend",
        "subjects",
        "hit@1",
        "hit@5",
        "mrr",
        "no_match_recall",
        "false_no_match",
        "seconds",
        "note",
    ]
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(
            "Cross-walk quality, CiS -> WSX (evaluation set: "
            f"{gold['subject_id'].nunique()} CiS indicators, {len(gold)} pairs)\n"
        )
        print(table[cols].to_string(index=False))
        lexical = table[table["method"] == "lexical"].iloc[0]
        default = table[table["note"] == "default"].iloc[0]
        print(
            f"\ndefault vs TF-IDF: hit@1 {default['hit@1'] - lexical['hit@1']:+.3f}, "
            f"hit@5 {default['hit@5'] - lexical['hit@5']:+.3f}, "
            f"MRR {default['mrr'] - lexical['mrr']:+.3f} "
            f"(MRR ratio {default['mrr'] / lexical['mrr']:.2f}x)"
        )
        print("\nStability on two halves of the set (same weights):")
        print(pd.DataFrame(by_half).to_string(index=False))


if __name__ == "__main__":
    main()
