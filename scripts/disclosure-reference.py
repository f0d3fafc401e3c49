#!/usr/bin/env python3
"""Reference answers for the disclosure-control audit, from an integer program.

    /usr/bin/python3 scripts/disclosure-reference.py > test/cohort/disclosure-reference.json

Needs Debian's python3-scipy (`apt-get install python3-scipy`). CI does not run this script:
the tests read the committed JSON. The output is deterministic (seeded data).

Each case is a table of counts with its margins, laid out as `tableLayout` numbers them
(cells row by row, then the row totals, then the column totals, then the grand total), the
lines (equations) that its published totals make, and a set of hidden entries (every hidden
entry at least 1, since 0 is always shown). For each hidden entry scipy's `milp` finds the
least and the greatest whole value it can take while every line still adds up and every
shown entry keeps its value. `pinned` lists the hidden entries whose least and greatest are
the same: a reader of the table can work them out. `pinnedByOneLine` lists those that some
line on its own pins (the same program with that line's equation alone): the others are
worked out only by combining lines.

With `--check`, it reads instead a JSON list of published tables (`values`, `lines`,
`hidden`) from stdin and prints how many leave some hidden entry pinned.

With `--closing`, it writes the reference for the whole-table step's choice instead:

    /usr/bin/python3 scripts/disclosure-reference.py --closing > test/cohort/closing-reference.json

tables where every count from 1 to 5 is hidden (as primary suppression leaves them) and some
larger entries too, each with a pinned entry. For the first pinned entry, `freeing` lists
every shown non-zero entry that frees it when hidden alone: with it hidden too, milp finds
the pinned entry more than one value.
"""
import json
import random
import sys

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp


CAP = 10**6


def layout(rows, columns, row_totals, column_totals):
    cell = lambda r, c: r * columns + c
    row_total = lambda r: rows * columns + r
    column_total = lambda c: rows * columns + rows + c
    grand = rows * columns + rows + columns
    lines = []
    if row_totals:
        lines += [{"members": [cell(r, c) for c in range(columns)], "total": row_total(r)} for r in range(rows)]
    if column_totals:
        lines += [{"members": [cell(r, c) for r in range(rows)], "total": column_total(c)} for c in range(columns)]
    if row_totals and column_totals:
        lines.append({"members": [row_total(r) for r in range(rows)], "total": grand})
        lines.append({"members": [column_total(c) for c in range(columns)], "total": grand})
    return grand + 1, lines


def extremes(values, lines, hidden, i):
    """The least and greatest value of entry i (None for no greatest)."""
    n = len(values)
    a = np.zeros((len(lines), n))
    for k, line in enumerate(lines):
        for m in line["members"]:
            a[k, m] += 1
        a[k, line["total"]] -= 1
    lo = np.array([1.0 if hidden[j] else float(values[j]) for j in range(n)])
    # A cap far above any count stands for "no greatest": HiGHS cannot always tell an
    # unbounded problem from an infeasible one, and these problems are never infeasible.
    hi = np.array([CAP if hidden[j] else float(values[j]) for j in range(n)])
    constraints = [LinearConstraint(a, 0, 0)] if lines else []
    found = []
    for sign in (1, -1):
        c = np.zeros(n)
        c[i] = sign
        res = milp(c, constraints=constraints, integrality=np.ones(n), bounds=Bounds(lo, hi))
        if res.status != 0:
            raise RuntimeError(f"milp failed: {res.message}")
        value = int(round(res.x[i]))
        found.append(None if value >= CAP else value)
    return found[0], found[1]


def pinned(values, lines, hidden):
    out = []
    for i, h in enumerate(hidden):
        if not h:
            continue
        least, greatest = extremes(values, lines, hidden, i)
        if greatest is not None and least == greatest:
            out.append(i)
    return out


# Shapes beyond the first cases' (up to 6 x 5): one row, one column, and tables up to 12 x 6.
SHAPES = [((1, 1), (1, 8)), ((1, 12), (1, 1)), ((6, 12), (3, 6))]
COUNTS = [0, 1, 1, 2, 3, 4, 5, 6, 7, 9, 12, 20, 35]
# Mostly 1s and 2s, where "each c is at least 1" pins the most.
SMALL_COUNTS = [0, 1, 1, 1, 2, 2, 3, 7]


def random_values(rng, rows, columns, size, counts):
    """Cells drawn from `counts`, row by row, then every total from them, whatever lines are published."""
    values = [0] * size
    for r in range(rows):
        for c in range(columns):
            values[r * columns + c] = rng.choice(counts)
    for r in range(rows):
        values[rows * columns + r] = sum(values[r * columns + c] for c in range(columns))
    for c in range(columns):
        values[rows * columns + rows + c] = sum(values[r * columns + c] for r in range(rows))
    values[size - 1] = sum(values[: rows * columns])
    return values


def used_entries(lines):
    """The entries some line holds: the only ones a table publishes and may hide."""
    return {line["total"] for line in lines} | {m for line in lines for m in line["members"]}


def case_record(rows, columns, row_totals, column_totals, values, hidden, pinned_entries, **more):
    """A case as the tests read it: the table, its hidden and pinned entries, then `more`."""
    return {
        "rows": rows,
        "columns": columns,
        "rowTotals": row_totals,
        "columnTotals": column_totals,
        "values": values,
        "hidden": [i for i, h in enumerate(hidden) if h],
        "pinned": pinned_entries,
        **more,
    }


def random_case(rng, rows=None, columns=None, counts=COUNTS, total_share=None):
    rows = rows if rows is not None else rng.randint(1, 6)
    columns = columns if columns is not None else rng.randint(1, 5)
    row_totals, column_totals = rng.choice([(True, True), (True, True), (True, False), (False, True)])
    size, lines = layout(rows, columns, row_totals, column_totals)
    values = random_values(rng, rows, columns, size, counts)
    used = used_entries(lines)
    p = rng.choice([0.2, 0.4, 0.6])
    # A share for the totals (row, column and grand) of their own, to hide most of them.
    q = p if total_share is None else total_share
    hidden = [i in used and values[i] > 0 and rng.random() < (q if i >= rows * columns else p) for i in range(size)]
    return case_record(rows, columns, row_totals, column_totals, values, hidden, pinned(values, lines, hidden),
                       pinnedByOneLine=sorted({i for line in lines for i in pinned(values, [line], hidden)}))


def check():
    tables = json.load(sys.stdin)
    exposed = 0
    for t in tables:
        hidden = [False] * len(t["values"])
        for i in t["hidden"]:
            hidden[i] = True
        if pinned(t["values"], t["lines"], hidden):
            exposed += 1
    print(json.dumps({"tables": len(tables), "exposed": exposed}))


def closing_case(rng):
    """A table after primary suppression, some larger entries hidden, with an entry pinned; None if none is."""
    rows, columns = rng.randint(1, 6), rng.randint(1, 5)
    row_totals, column_totals = rng.choice([(True, True), (True, True), (True, False), (False, True)])
    size, lines = layout(rows, columns, row_totals, column_totals)
    # The last set repeats 6, so that figures tie and the order between equals shows.
    counts = rng.choice([COUNTS, SMALL_COUNTS, [0, 1, 1, 2, 6, 8, 9, 14], [0, 1, 1, 2, 6, 6, 6, 12]])
    values = random_values(rng, rows, columns, size, counts)
    used = used_entries(lines)
    p = rng.choice([0.1, 0.3, 0.5])
    hidden = [i in used and (1 <= values[i] <= 5 or (values[i] > 5 and rng.random() < p)) for i in range(size)]
    found = pinned(values, lines, hidden)
    if not found:
        return None
    first = found[0]
    freeing = []
    for f in sorted(used):
        if hidden[f] or values[f] == 0:
            continue
        with_f = hidden[:]
        with_f[f] = True
        least, greatest = extremes(values, lines, with_f, first)
        if greatest is None or least != greatest:
            freeing.append(f)
    return case_record(rows, columns, row_totals, column_totals, values, hidden, found, freeing=freeing)


def closing():
    rng = random.Random(20261205)
    cases = []
    while len(cases) < 200:
        case = closing_case(rng)
        if case is not None:
            cases.append(case)
    json.dump({"source": "scipy.optimize.milp, scripts/disclosure-reference.py --closing", "cases": cases}, sys.stdout, indent=None, separators=(",", ":"))
    sys.stdout.write("\n")


def main():
    if "--check" in sys.argv:
        check()
        return
    if "--closing" in sys.argv:
        closing()
        return
    rng = random.Random(20261203)
    cases = [random_case(rng) for _ in range(300)]
    # Then 40 tables of each shape, half of them of small counts with most totals hidden.
    rng = random.Random(20261204)
    for (row_range, column_range) in SHAPES:
        for k in range(40):
            small = k % 2 == 1
            cases.append(
                random_case(
                    rng,
                    rng.randint(*row_range),
                    rng.randint(*column_range),
                    SMALL_COUNTS if small else COUNTS,
                    0.85 if small else None,
                )
            )
    json.dump({"source": "scipy.optimize.milp, scripts/disclosure-reference.py", "cases": cases}, sys.stdout, indent=None, separators=(",", ":"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
