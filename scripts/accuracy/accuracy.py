#!/usr/bin/env python3
"""Measures the accuracy of Nonlin's built-in activations against mpmath (60 digits).

  python3 scripts/accuracy/accuracy.py reference
      Writes Tests/ActivationCoreTests/Fixtures/reference.tsv: for every built-in id (default
      parameters) and every point x, f(x) and f'(x) as double-double pairs (hi + lo, the
      60-digit mpmath value rounded to about 32 significant digits). The Swift test
      ReferenceAccuracyTests reads it and enforces the ULP bounds.

  NONLIN_DUMP=/tmp/nonlin.tsv swift test --filter ReferenceAccuracyTests
      Makes that test also write Nonlin's own values (Double and Float) at the same points.

  python3 scripts/accuracy/accuracy.py report --nonlin /tmp/nonlin.tsv [--output ACCURACY.md]
  (or --nonlin .build/release/nonlin: Nonlin's values through `nonlin values --format json`)
      Measures the worst error per function and precision for Nonlin, for the textbook NumPy
      formulas and for JAX's jax.nn (skipped if JAX does not import), and writes ACCURACY.md.
      --nonlin may also name an executable: it is run as
      `EXE values ID --at X1,X2,... --derivative --format json --precision double|float`.
"""
import argparse
import json
import math
import os
import random
import subprocess
import sys

import numpy as np
from mpmath import mp, mpf

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reference_functions import DERIVATIVE_ROOTS, FUNCTIONS  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FIXTURE = os.path.join(ROOT, "Tests", "ActivationCoreTests", "Fixtures", "reference.tsv")
IDS = list(FUNCTIONS)


def as_float32(x):
    """x rounded to the nearest binary32 value, as a Python float (binary64)."""
    return float(np.float32(x))


def points():
    """The point set: |x| from 1e-300 to 1000, dense near 0 and where functions are delicate."""
    xs = set()
    for i in range(-100, 101):  # −10 … 10 by 0.1
        xs.add(i / 10)
    for e in (-300, -250, -200, -150, -100, -60, -45, -38, -30, -20, -15, -12, -10):
        xs.update((10.0 ** e, -(10.0 ** e)))
    for k in range(0, 6 * 11 + 1):  # 1e-8 … 1e3, 6 per decade
        m = 10 ** (-8 + k / 6)
        xs.update((m, -m))
    special = [0.0, 0.5, -0.5, 1, -1, 3, -3, 6, 0.55, -0.55, 1e-4, 0.7071067811865476,
               -0.7517915246935645, -0.7524614220710163, -0.751154255441289, -1.2784645427610737, -1.1924312145154952,
               -0.74, -0.76, -1.26, -1.29, -1.18, -1.2, -1.414, 1.414,
               -17, -17.5, -18, -20, -25, -30, -36, -37, -37.5, -38, -38.4, -38.6, -40, -50, -100,
               17, 18.5, 19.5, 20, 25, 30, 36, 37, 40, 50, 100, 350, 354, 355, 372, 373,
               700, -700, 708, -708, 709.7, -709.7, 710, -710, 740, -740, 744, -744, 745, -745, 746, -746, 800, -800,
               999.9, -999.9, 1000, -1000]
    xs.update(special)
    rng = random.Random(20261124)
    for _ in range(120):
        xs.add(rng.uniform(-40, 40))
    for _ in range(30):
        xs.add(rng.uniform(-1000, 1000))
    for _ in range(200):  # where derivatives cross zero and formulas switch branches
        xs.add(rng.uniform(-4, 4))
    # Round to binary32 where that keeps the point (so the Float test can use it).
    out = set()
    for x in xs:
        if abs(x) >= 1e-37 or x == 0:
            out.add(as_float32(x))
        else:
            out.add(x)
    return sorted(out)


def split(value):
    """An mpmath value as (hi, lo) doubles with hi + lo ≈ value to about 32 digits."""
    if value is None:
        return "none", "none"
    hi = float(value)
    if math.isinf(hi):
        return ("inf" if hi > 0 else "-inf"), "0"
    lo = float(value - mpf(hi))
    return repr(hi), repr(lo)


def near_root(fid, x):
    return any(abs(x - float(r)) <= 0.25 for r in DERIVATIVE_ROOTS.get(fid, []))


def write_reference():
    xs = points()
    lines = [
        "# Reference values of Nonlin's built-in activations at default parameters, from mpmath at 60 digits",
        "# (scripts/accuracy/accuracy.py reference). Each value is a double-double hi + lo (about 32 digits);",
        "# 'none' marks a derivative that does not exist (a kink or jump); near_root = 1 where |x − r| ≤ 0.25",
        "# for a root r of f′ (an absolute error bound applies there); float = 1 when x is a binary32 value.",
        "id\tx\tf_hi\tf_lo\tdf_hi\tdf_lo\tnear_root\tfloat",
    ]
    for fid in IDS:
        f, df, _ = FUNCTIONS[fid]
        for x in xs:
            X = mpf(x)
            fh, fl = split(f(X))
            dh, dl = split(df(X))
            is_float = 1 if as_float32(x) == x else 0
            lines.append(f"{fid}\t{x!r}\t{fh}\t{fl}\t{dh}\t{dl}\t{1 if near_root(fid, x) else 0}\t{is_float}")
    with open(FIXTURE, "w") as out:
        out.write("\n".join(lines) + "\n")
    print(f"wrote {FIXTURE}: {len(IDS)} functions × {len(xs)} points")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("reference")
    report = sub.add_parser("report")
    report.add_argument("--nonlin", required=True)
    report.add_argument("--output", default=os.path.join(ROOT, "ACCURACY.md"))
    args = parser.parse_args()
    if args.command == "reference":
        write_reference()
    else:
        from report import write_report
        write_report(args.nonlin, args.output)
