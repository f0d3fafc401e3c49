#!/usr/bin/env python3
"""Reference values for the agreement tests, from established implementations.

    /usr/bin/python3 scripts/kappa-reference.py > test/agreement/kappa-reference.json

Needs Debian's python3-sklearn and python3-statsmodels, and Rscript with r-cran-psych
(`apt-get install python3-sklearn python3-statsmodels r-cran-psych`). CI does not run this
script: the tests read the committed JSON. The output is deterministic (seeded data).

- Cohen's kappa: scikit-learn's `cohen_kappa_score(a, b, labels=..., weights=...)` and R
  psych's `cohen.kappa(cbind(a, b), w=..., levels=...)`, with psych's observed and expected
  agreement (`sum(w * agree)`, `sum(w * rowSums %o% colSums)` of its `agree` table).
- Its standard error and 95 % interval: statsmodels' `cohens_kappa(table, wt=...)` (Fleiss,
  Cohen & Everitt 1969), and psych's `sqrt(var.kappa)` for unweighted kappa.
- Fleiss' kappa: statsmodels' `fleiss_kappa` on the counts table of each data set.
- Two-sided normal p-values `2 · P(Z > |z|)`, for Fleiss' z: SciPy's `norm.sf`.

`categories` is what the test passes to `cohenKappa` (`null`: none, so the library takes the
distinct ratings given, and scikit-learn is called with its default `labels=None`);
`labels` is what psych was given and what the library reports: the same categories.
"""
import csv
import json
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import sklearn
import statsmodels
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import aggregate_raters, cohens_kappa, fleiss_kappa

COMMAND = "/usr/bin/python3 scripts/kappa-reference.py > test/agreement/kappa-reference.json"
R_SCRIPT = Path(__file__).with_name("kappa-reference.R")
TRAINING_CSV = Path(__file__).parent.parent / "examples" / "data" / "training-grades.csv"


def rng(seed):
    return np.random.RandomState(seed)


def skewed(r, n, values, p):
    return [int(v) for v in r.choice(values, size=n, p=p)]


def near(r, a, lo, hi, spread):
    """b: a's ratings moved by up to `spread`, kept in [lo, hi]."""
    return [int(min(hi, max(lo, x + r.randint(-spread, spread + 1)))) for x in a]


def cohen_data_sets():
    """(id, a, b, categories or None) — each run with every weighting."""
    sets = []
    sets.append(("small-unused-top", [1, 2, 3, 3, 4], [1, 2, 3, 4, 4], [1, 2, 3, 4, 5]))
    # The browser training page's sample case: the trainee grades the browser test enters
    # (a) against the page's reference grading (b), GCP2 sub-areas in instrument order.
    sets.append((
        "browser-sample",
        [4, 2, 3, 5, 3, 2, 3, 3, 1, 3, 3, 3, 3, 2, 4, 2],
        [4, 3, 3, 4, 3, 2, 4, 3, 2, 3, 3, 2, 3, 2, 3, 2],
        [1, 2, 3, 4, 5],
    ))
    r = rng(1)
    a = [int(x) for x in r.randint(1, 6, size=50)]
    sets.append(("gcp-random-50", a, near(r, a, 1, 5, 1), [1, 2, 3, 4, 5]))
    r = rng(2)
    a = [int(x) for x in r.randint(3, 9, size=40)]
    sets.append(("star-unused-ends", a, near(r, a, 3, 8, 2), list(range(1, 11))))
    sets.append(("two-categories", [1, 1, 2, 2, 1, 2, 1, 1, 2, 1, 2, 2], [1, 2, 2, 2, 1, 1, 1, 1, 2, 2, 2, 2], [1, 2]))
    sets.append(("systematic-disagreement", [1, 2, 1, 2, 1, 2, 3, 3, 1], [2, 1, 2, 1, 2, 1, 1, 2, 3], [1, 2, 3]))
    sets.append(("identical-with-unused", [2, 3, 4, 2, 3, 4, 3], [2, 3, 4, 2, 3, 4, 3], [1, 2, 3, 4, 5]))
    sets.append(("middle-unused", [1, 2, 4, 5, 5, 1, 2, 4, 4, 5], [1, 2, 5, 5, 4, 2, 1, 4, 5, 5], [1, 2, 3, 4, 5]))
    sets.append(("default-gap-left-out", [1, 2, 5, 5, 1, 2, 1, 5], [1, 1, 5, 2, 2, 2, 1, 5], None))
    r = rng(3)
    a = skewed(r, 500, [1, 2, 3, 4, 5], [0.35, 0.3, 0.2, 0.1, 0.05])
    sets.append(("skewed-500", a, near(r, a, 1, 5, 1), [1, 2, 3, 4, 5]))
    sets.append(("one-pair-disagreeing", [1], [2], [1, 2]))
    sets.append(("explicit-noncontiguous", [1, 3, 7, 7, 3, 1, 3], [1, 7, 7, 3, 3, 1, 1], [1, 3, 7]))
    sets.append(("zero-based", [0, 1, 2, 3, 4, 0, 2, 4, 1], [0, 1, 3, 3, 4, 1, 2, 3, 0], [0, 1, 2, 3, 4]))
    r = rng(4)
    a = [int(x) for x in r.randint(1, 11, size=120)]
    sets.append(("star-random-120", a, near(r, a, 1, 10, 3), None))
    sets.append(("one-rater-constant", [3, 3, 3, 3, 3, 3, 3], [2, 3, 4, 3, 3, 2, 3], [1, 2, 3, 4, 5]))
    r = rng(5)
    a = [int(x) for x in r.randint(1, 6, size=16)]
    sets.append(("gcp2-one-case", a, [int(x) for x in r.randint(1, 6, size=16)], [1, 2, 3, 4, 5]))
    # Every pair of raters in examples/data/training-grades.csv (`graded-care agree`), over the
    # rows both graded, on the GCP scale.
    header, rows = training_grades()
    for i in range(1, len(header)):
        for j in range(i + 1, len(header)):
            both = [(row[i], row[j]) for row in rows if row[i] is not None and row[j] is not None]
            sets.append((f"training-grades:{header[i]}~{header[j]}", [x for x, _ in both], [y for _, y in both], [1, 2, 3, 4, 5]))
    return sets


def training_grades():
    with open(TRAINING_CSV, newline="") as f:
        header, *rows = list(csv.reader(f))
    return header, [[row[0]] + [int(c) if c.strip() else None for c in row[1:]] for row in rows]


def labels_of(a, b, categories):
    # Without categories, scikit-learn's labels=None: the distinct ratings given.
    return categories if categories is not None else sorted(set(a + b))


def psych_values(cases):
    """Runs R psych on every case; returns {(id, weights): (kappa, observed, expected, se or None)}."""
    lines = []
    for case in cases:
        cols = [case["id"], case["weights"], case["labels"], case["a"], case["b"]]
        lines.append("|".join(c if isinstance(c, str) else ",".join(map(str, c)) for c in cols))
    out = subprocess.run(["Rscript", str(R_SCRIPT)], input="\n".join(lines) + "\n", capture_output=True, text=True, check=True)
    values = {}
    for line in out.stdout.strip().splitlines():
        case_id, weights, kappa, observed, expected, se = line.split()
        values[(case_id, weights)] = (float(kappa), float(observed), float(expected), None if se == "NA" else float(se))
    return values


def r_version(package):
    expr = f'cat(R.version$major, R.version$minor, as.character(packageVersion("{package}")))'
    major, minor, version = subprocess.run(["Rscript", "-e", expr], capture_output=True, text=True, check=True).stdout.split()
    return f"R {major}.{minor}", version


def cohen_cases():
    cases = []
    for case_id, a, b, categories in cohen_data_sets():
        assert len(a) == len(b) and len(a) != 2  # psych reads a 2 x 2 input as a table
        labels = labels_of(a, b, categories)
        for weights in ["none", "linear", "quadratic"]:
            kappa = cohen_kappa_score(a, b, labels=None if categories is None else labels, weights=None if weights == "none" else weights)
            cases.append({"id": case_id, "weights": weights, "categories": categories, "labels": labels,
                          "a": a, "b": b, "sklearn": float(kappa), "statsmodels": statsmodels_kappa(a, b, labels, weights)})
    psych = psych_values(cases)
    for case in cases:
        kappa, observed, expected, se = psych[(case["id"], case["weights"])]
        case["psych"] = {"kappa": kappa, "observed": observed, "expected": expected}
        if se is not None:
            case["psych"]["standardError"] = se
    return cases


def statsmodels_kappa(a, b, labels, weights):
    """statsmodels' `cohens_kappa` on the table of the pairs: kappa, its large-sample variance
    (Fleiss, Cohen & Everitt 1969, as in SAS PROC FREQ) and 95 % bounds. Its weights are
    by position among the labels, as the library's are."""
    index = {label: i for i, label in enumerate(labels)}
    table = np.zeros((len(labels), len(labels)))
    for x, y in zip(a, b):
        table[index[x], index[y]] += 1
    with np.errstate(all="ignore"):
        result = cohens_kappa(table) if weights == "none" else cohens_kappa(table, wt=weights)
    # Perfect agreement (or a rater who used one category) has variance 0, which rounding can
    # make slightly negative: statsmodels' square root is then NaN, which JSON cannot hold.
    # The variance itself is written, and the bounds as null there.
    finite = lambda x: None if np.isnan(x) else float(x)
    return {"kappa": float(result.kappa), "variance": float(result.var_kappa),
            "lower": finite(result.kappa_low), "upper": finite(result.kappa_upp)}


def degenerate_cases():
    """Both raters used one and the same category: scikit-learn answers NaN (written null here)."""
    out = []
    for case_id, a, labels in [("all-twos", [2, 2, 2, 2], [1, 2, 3, 4, 5]), ("single-category", [4, 4, 4], [4])]:
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            kappa = cohen_kappa_score(a, a, labels=labels, weights="linear")
        out.append({"id": case_id, "a": a, "b": a, "labels": labels, "sklearn": None if np.isnan(kappa) else float(kappa)})
    return out


def fleiss_cases():
    sets = []
    # Fleiss (1971), Psychological Bulletin 76(5), Table 1: 30 patients, 6 psychiatrists,
    # 5 diagnoses (as statsmodels' tests and R irr's `diagnoses` data carry it); kappa .430.
    diagnoses = [
        [4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5], [2, 2, 2, 4, 4, 4],
        [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4], [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5],
        [1, 4, 4, 4, 4, 4], [1, 2, 4, 4, 4, 4], [2, 2, 2, 3, 3, 3], [1, 4, 4, 4, 4, 4], [2, 2, 4, 4, 4, 5],
        [3, 3, 3, 3, 3, 5], [1, 1, 1, 4, 5, 5], [1, 1, 1, 1, 1, 2], [2, 2, 4, 4, 4, 4], [1, 3, 3, 5, 5, 5],
        [5, 5, 5, 5, 5, 5], [2, 4, 4, 4, 4, 4], [2, 2, 4, 5, 5, 5], [1, 1, 4, 4, 4, 4], [1, 4, 4, 4, 4, 5],
        [2, 2, 2, 2, 2, 4], [1, 1, 1, 1, 5, 5], [2, 2, 4, 4, 4, 4], [1, 3, 3, 3, 3, 3], [5, 5, 5, 5, 5, 5],
    ]
    sets.append(("fleiss-1971-diagnoses", diagnoses))
    # The widely reproduced worked example (Wikipedia, "Fleiss' kappa"): 10 subjects, 14
    # raters, 5 categories, given as counts; turned into ratings[case][rater].
    counts = [[0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
              [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7]]
    sets.append(("worked-example-14-raters", [[c + 1 for c, k in enumerate(row) for _ in range(k)] for row in counts]))
    r = rng(6)
    sets.append(("random-3-raters", [[int(x) for x in r.randint(1, 6, size=3)] for _ in range(40)]))
    r = rng(7)
    truth = r.randint(1, 6, size=25)
    sets.append(("close-5-raters", [near(r, [int(t)] * 5, 1, 5, 1) for t in truth]))
    sets.append(("two-raters", [[1, 1], [2, 2], [3, 2], [1, 3], [2, 2], [3, 3]]))
    _, rows = training_grades()
    sets.append(("training-grades", [row[1:] for row in rows if None not in row]))
    out = []
    for case_id, ratings in sets:
        table, categories = aggregate_raters(np.array(ratings))
        out.append({"id": case_id, "ratings": ratings, "statsmodels": float(fleiss_kappa(table, method="fleiss"))})
    return out


def normal_cases():
    from scipy.stats import norm

    zs = [0, 0.05, 0.5, 0.9165, 1, 1.6449, 1.96, 2.4034, 3, 4.5, 6.0719, 8, 12.3743, 20, 30, -2.5]
    return [{"z": z, "p": float(2 * norm.sf(abs(z)))} for z in zs]


def main():
    r_release, psych_version = r_version("psych")
    data = {
        "command": COMMAND,
        "generatedBy": {
            "scikit-learn": sklearn.__version__,
            "statsmodels": statsmodels.__version__,
            "numpy": np.__version__,
            "scipy": __import__("scipy").__version__,
            "R": r_release,
            "psych": psych_version,
        },
        "cohen": cohen_cases(),
        "cohenDegenerate": degenerate_cases(),
        "fleiss": fleiss_cases(),
        "normalTwoSided": normal_cases(),
    }
    # One data set a line, so that a diff of this file reads case by case.
    sys.stdout.write("{\n")
    for i, (key, value) in enumerate(data.items()):
        sep = "," if i < len(data) - 1 else ""
        if isinstance(value, list):
            rows = ",\n".join("  " + json.dumps(item, separators=(", ", ": ")) for item in value)
            sys.stdout.write(f"  {json.dumps(key)}: [\n{rows}\n  ]{sep}\n")
        else:
            sys.stdout.write(f"  {json.dumps(key)}: {json.dumps(value)}{sep}\n")
    sys.stdout.write("}\n")


if __name__ == "__main__":
    main()
