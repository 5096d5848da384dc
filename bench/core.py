#!/usr/bin/env python3
"""Throughput of the core, Nonlin against NumPy/SciPy, over 10⁷ elements in float64
and float32.

Nonlin's side is the CoreBenchmark executable (Sources/CoreBenchmark): each built-in's
`ActivationFunction.evaluate(_:into:)` over a buffer, a plain buffer copy as the floor.
NumPy's side is bench/numpy_functions.py: each activation the fastest way NumPy/SciPy
express it, `np.copyto` as the floor. Both use the same inputs (SplitMix64 from the same
seed, uniform in [−10, 10]) and the same checksum (every 10,000th output summed), so a
NumPy form that computes something else than the built-in is caught. Rounds alternate
between the two sides; every sample is one pass over the array.
"""
import json
import subprocess
import time

import numpy as np

from common import CORE_BENCHMARK, QUICK, Goal, Series, log, save_json, table, print_section
from numpy_functions import FUNCTIONS

COUNT = 10_000_000 if not QUICK else 1_000_000
ROUNDS, REPEATS = (3, 3) if not QUICK else (1, 2)


def inputs(count, seed=0x5EED):
    """The inputs CoreBenchmark uses: SplitMix64 doubles in [0, 1), scaled to [−10, 10]."""
    mask = np.uint64(0xFFFFFFFFFFFFFFFF)
    with np.errstate(over="ignore"):
        state = (np.uint64(seed) + np.arange(1, count + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)) & mask
        z = state
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z = z ^ (z >> np.uint64(31))
    unit = (z >> np.uint64(11)).astype(np.float64) * 2.0 ** -53
    return unit * 20 - 10


def checksum(output):
    step = max(1, len(output) // 1000)
    return float(np.sum(output[::step].astype(np.float64)))


def numpy_round(arrays, results):
    for precision, x in arrays.items():
        out = np.empty_like(x)
        for name, f in [("copy", None)] + list(FUNCTIONS.items()):
            run = (lambda: np.copyto(out, x)) if f is None else (lambda: f(x))
            value = run()
            samples = []
            for _ in range(REPEATS):
                start = time.perf_counter()
                run()
                samples.append((time.perf_counter() - start) * 1e9 / len(x))
            entry = results.setdefault((name, precision), {"ns": Series(), "checksum": None})
            entry["ns"].values += samples
            entry["checksum"] = checksum(out if f is None else value)


def nonlin_round(results):
    output = subprocess.run([CORE_BENCHMARK, "--count", str(COUNT), "--repeats", str(REPEATS)],
                            capture_output=True, text=True, check=True).stdout
    for line in output.splitlines():
        record = json.loads(line)
        entry = results.setdefault((record["id"], record["precision"]), {"ns": Series(), "checksum": None})
        entry["ns"].values += record["ns_per_element"]
        entry["checksum"] = float(record["checksum"])


def ns(series):
    return f"{series.median:.2f} ({series.low:.2f}–{series.high:.2f})"


def run():
    log("Core throughput, Nonlin vs NumPy/SciPy")
    doubles = inputs(COUNT)
    arrays = {"double": doubles, "float": doubles.astype(np.float32)}
    nonlin, numpy = {}, {}
    for index in range(ROUNDS):
        for side in (("nonlin", "numpy") if index % 2 == 0 else ("numpy", "nonlin")):
            nonlin_round(nonlin) if side == "nonlin" else numpy_round(arrays, numpy)
        log(f"  round {index + 1}/{ROUNDS} done")

    rows, faster, total, mismatches, data = [], 0, 0, [], {}
    for name in ["copy"] + list(FUNCTIONS):
        for precision in ("double", "float"):
            a, b = nonlin.get((name, precision)), numpy.get((name, precision))
            if a is None or b is None:
                continue
            tolerance = 1e-5 if precision == "float" else 1e-9
            agree = abs(a["checksum"] - b["checksum"]) <= tolerance * max(1.0, abs(b["checksum"]))
            if not agree:
                mismatches.append(f"{name} ({precision}): Nonlin {a['checksum']!r}, NumPy {b['checksum']!r}")
            ratio = a["ns"].median / b["ns"].median
            if name != "copy":
                total += 1
                faster += ratio <= 1
            rows.append([name, "Float" if precision == "float" else "Double", ns(a["ns"]), ns(b["ns"]),
                         f"{ratio:.2f}×" if ratio <= 1 or name == "copy" else f"**{ratio:.2f}×**",
                         "" if agree else "checksums differ"])
            data[f"{name}/{precision}"] = {"nonlin": a["ns"].values, "numpy": b["ns"].values}
    save_json("core.json", data)

    goals = [Goal("Core throughput vs NumPy/SciPy", "Nonlin ≤ NumPy for every function (Float and Double)",
                  f"{faster} of {total} at most NumPy's time", "see the table", faster == total)]
    for precision in ("double", "float"):
        relu, copy = nonlin[("relu", precision)]["ns"].median, nonlin[("copy", precision)]["ns"].median
        goals.append(Goal(f"ReLU vs a plain copy ({'Double' if precision == 'double' else 'Float'})", "≤ 1.5 × copy",
                          f"{relu:.2f} vs {copy:.2f} ns/element", f"{relu / copy:.2f}×", relu <= 1.5 * copy))

    markdown = [
        "## Core throughput: Nonlin vs NumPy/SciPy",
        "",
        f"Nanoseconds per element over {COUNT:,} elements, median (min–max) of {ROUNDS * REPEATS} passes in "
        f"{ROUNDS} alternating rounds, single-threaded on both sides. Nonlin: `ActivationFunction.evaluate(_:into:)` "
        "of each built-in with its default parameters (`Sources/CoreBenchmark`): vector kernels over eight Double "
        "lanes (`Sources/ActivationCore/Vector`), Float buffers computed in Double lanes to about 2⁻³⁰ and rounded "
        "once (within 1 ulp, like every Float result of the core), ActivationCore compiled for the building machine's "
        "CPU (`-target-cpu`, chosen in Package.swift). NumPy/SciPy: the forms in `bench/numpy_functions.py` (ufuncs, "
        "`scipy.special.expit`, `ndtr`, `log_expit`, `np.logaddexp`), returning a new array as NumPy code does. "
        "*copy* is the floor: a buffer copy (Nonlin) and `np.copyto` (NumPy). Ratios above 1 (Nonlin slower) are bold.",
        "",
        table(["function", "type", "Nonlin ns/element", "NumPy ns/element", "Nonlin / NumPy", "check"], rows),
        "",
    ]
    if mismatches:
        markdown += ["Checksums that differ (the two sides do not compute the same values):", ""]
        markdown += [f"- {m}" for m in mismatches] + [""]
    else:
        markdown += ["Every NumPy form gives the same checksum as Nonlin's built-in (relative 1e-9 in Double, 1e-5 in Float).", ""]
    return "\n".join(markdown), goals


if __name__ == "__main__":
    print_section(run())
