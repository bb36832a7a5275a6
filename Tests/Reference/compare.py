#!/usr/bin/env python3
"""Compares two export CSVs row by row: same header, same rows in the same order, equal text or
numbers within a relative tolerance of 1e-9. Prints the differences; exit status 1 if any."""
import csv, math, sys


def same(x, y):
    if x == y:
        return True
    try:
        return math.isclose(float(x), float(y), rel_tol=1e-9, abs_tol=1e-12)
    except ValueError:
        return False


ours, ref = (list(csv.reader(open(p, newline=""))) for p in sys.argv[1:3])
problems = []
if ours[:1] != ref[:1]:
    problems.append(f"header differs: {ours[:1]} vs {ref[:1]}")
if len(ours) != len(ref):
    problems.append(f"{len(ours) - 1} rows vs {len(ref) - 1} in the reference")
for line, (a, b) in enumerate(zip(ours[1:], ref[1:]), start=2):
    for name, x, y in zip(ours[0], a, b):
        if not same(x, y):
            problems.append(f"line {line}, {name}: {x!r} vs reference {y!r} ({a[:3]})")
print("\n".join(problems[:20]) or f"{len(ours) - 1} rows equal", file=sys.stderr)
sys.exit(1 if problems else 0)
