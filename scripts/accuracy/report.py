"""Writes ACCURACY.md: worst errors in ulps of Nonlin, the NumPy textbook formulas and JAX,
per function and precision, against the mpmath reference fixture."""
import json
import math
import os
import subprocess
import warnings

import numpy as np

from reference_functions import FUNCTIONS
from textbook import TEXTBOOK

IDS = list(FUNCTIONS)
HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "..", "..", "Tests", "ActivationCoreTests", "Fixtures", "reference.tsv")

FORMATS = {  # unit = ulp of 1, tiny = smallest spacing, largest finite
    "double": (2.0 ** -52, 2.0 ** -1074, 1.7976931348623157e308),
    "float": (2.0 ** -23, 2.0 ** -149, 3.4028234663852886e38),
}


def load_reference():
    rows = []
    with open(FIXTURE) as f:
        for line in f:
            if line.startswith("#") or line.startswith("id\t"):
                continue
            c = line.rstrip("\n").split("\t")
            df = None if c[4] == "none" else (float(c[4]), float(c[5]))
            rows.append(dict(id=c[0], x=float(c[1]), f=(float(c[2]), float(c[3])), df=df,
                             near_root=c[6] == "1", is_float=c[7] == "1"))
    return rows


def ulps(got, exact, precision):
    """|got − exact| in ulps of the exact value (exact = (hi, lo)), as the Swift test measures it."""
    unit, tiny, largest = FORMATS[precision]
    hi, lo = exact
    if math.isinf(hi) or abs(hi) > largest * (1 + unit / 4):
        return 0.0 if got == math.copysign(math.inf, hi) else math.inf
    if not math.isfinite(got):
        return math.inf
    difference = abs((got - hi) - lo)
    magnitude = abs(hi)
    if magnitude < tiny / unit:
        spacing = tiny
    else:
        mantissa, exponent = math.frexp(magnitude)  # magnitude = mantissa·2^exponent, mantissa in [0.5, 1)
        spacing = 2.0 ** (exponent - 1) * unit
        if mantissa == 0.5 and lo != 0 and (lo < 0) != (hi < 0):
            spacing /= 2
        spacing = max(spacing, tiny)
    return difference / spacing


class Worst:
    def __init__(self):
        self.error, self.x, self.count = 0.0, None, 0

    def update(self, error, x):
        self.count += 1
        if self.x is None or error > self.error or math.isnan(error):
            self.error, self.x = error, x

    def cell(self, bound):
        if self.count == 0:
            return "—"
        if math.isinf(self.error):
            return f"**∞** (NaN or ∞ at x = {self.x:g})"
        if self.error >= 1e4:
            return f"**{self.error:.1e}** (x = {self.x:g})"
        text = f"{self.error:.2f}"
        return (f"**{text}**" if self.error > bound else text) + f" ({self.x:g})"


def measure(rows, values, precision):
    """values: {(id, x): (f, df)}; returns {id: (worst f, worst f′ away from roots,
    worst absolute f′ error near a root in units of 2⁻⁵²)}."""
    result = {fid: (Worst(), Worst(), Worst()) for fid in IDS}
    for row in rows:
        key = (row["id"], row["x"])
        if key not in values or (precision == "float" and not row["is_float"]):
            continue
        f, df = values[key]
        worst_f, worst_df, worst_root = result[row["id"]]
        if f is not None:
            worst_f.update(ulps(f, row["f"], precision), row["x"])
        if row["df"] is not None and df is not None:
            if not row["near_root"]:
                worst_df.update(ulps(df, row["df"], precision), row["x"])
            elif precision == "double":
                error = abs((df - row["df"][0]) - row["df"][1]) / 2.0 ** -52 if math.isfinite(df) else math.inf
                worst_root.update(error, row["x"])
    return result


def nonlin_values(source, rows):
    """Nonlin's values from a dump written by the Swift test, or by running an executable."""
    out = {"double": {}, "float": {}}
    if not os.access(source, os.X_OK) or source.endswith(".tsv"):
        buffers = {"double": {}, "float": {}}
        as32 = lambda s: float(np.float32(float(s)))  # shortest Float decimals: round back to binary32
        with open(source) as f:
            next(f)
            for line in f:
                cells = line.rstrip("\n").split("\t")
                fid, x = cells[0], float(cells[1])
                # Columns: scalar f, f′ (Double), f, f′ (Float), then the same through buffers if present.
                for target, part in ((out, cells[2:6]), (buffers, cells[6:10])):
                    if len(part) < 4:
                        continue
                    fd, dfd, ff, dff = part
                    target["double"][(fid, x)] = (float(fd), None if dfd == "none" else float(dfd))
                    if ff != "skip":
                        target["float"][(fid, x)] = (as32(ff), None if dff == "none" else as32(dff))
        if buffers["double"]:
            out["buffers"] = buffers
        return out
    for precision in ("double", "float"):
        for fid in IDS:
            xs = [r["x"] for r in rows if r["id"] == fid and (precision == "double" or r["is_float"])]
            command = [source, "values", fid, "--at", ",".join(repr(x) for x in xs), "--derivative",
                       "--format", "json", "--precision", precision]
            data = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
            # `nonlin values --format json`: {"id", "parameters", "precision", "points": [{"x", "y", "dy"}]}
            for x, point in zip(xs, data["points"]):
                value = point["y"]
                slope = point.get("dy")
                # Float results are printed as the Float's shortest decimal: round back to binary32.
                exact = (lambda v: float(np.float32(v))) if precision == "float" else (lambda v: v)
                out[precision][(fid, x)] = (exact(number(value)), None if slope is None else exact(number(slope)))
    return out


def number(v):
    return {"inf": math.inf, "-inf": -math.inf, "nan": math.nan}.get(v, v) if isinstance(v, str) else float(v)


def array_values(rows, evaluate, precision):
    dtype = np.float64 if precision == "double" else np.float32
    out = {}
    for fid in IDS:
        xs = np.array([r["x"] for r in rows if r["id"] == fid and (precision == "double" or r["is_float"])])
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore")
            f, df = evaluate(fid, xs, dtype)
        for x, a, b in zip(xs, np.asarray(f, dtype=np.float64), np.asarray(df, dtype=np.float64)):
            out[(fid, float(x))] = (float(a), float(b))
    return out


def textbook_evaluate(fid, xs, dtype):
    x = xs.astype(dtype)
    f, df = TEXTBOOK[fid]
    return f(x), df(x)


def write_report(nonlin_source, output):
    rows = load_reference()
    nonlin = nonlin_values(nonlin_source, rows)
    buffers = nonlin.pop("buffers", None)
    columns = [("Nonlin", nonlin)] + ([("Nonlin buffers", buffers)] if buffers else [])
    columns.append(("NumPy textbook", {p: array_values(rows, textbook_evaluate, p) for p in ("double", "float")}))
    jax_note = ""
    try:
        import jax_functions
        import jax
        columns.append(("JAX " + jax.__version__, {p: array_values(rows, jax_functions.evaluate, p) for p in ("double", "float")}))
        composites = [fid for fid in IDS if not jax_functions.JAX[fid][2]]
        jax_note = ("JAX column: `jax.nn` where it has the function; composites of `jax.numpy` for " +
                    ", ".join(composites) + ". Derivatives by `jax.grad`.")
    except Exception as error:  # JAX is optional
        jax_note = f"JAX was not measured: it did not import ({type(error).__name__})."

    measured = {name: {p: measure(rows, values[p], p) for p in ("double", "float")} for name, values in columns}
    points = len({r["x"] for r in rows})
    lines = [
        "# Accuracy",
        "",
        "Generated by `scripts/accuracy/accuracy.py report`; do not edit by hand.",
        "",
        f"Every built-in activation at its default parameters, at {points} points from |x| = 1e-300 to 1000",
        "(dense in [−10, 10], near minima, breakpoints and overflow/underflow thresholds, plus random points),",
        "against mpmath at 60 digits (`Tests/ActivationCoreTests/Fixtures/reference.tsv`). Each cell is the",
        "worst error in ulps of the exact value, with the x where it occurs; **bold** marks an error above",
        "Nonlin's bound (2 ulps for Double f, 4 for Double f′, 1 for Float),",
        "∞ a NaN or infinity where the exact value is finite. Float results are measured in Float ulps at the",
        "points that are Float values. f′ is measured away from the roots of f′ (within 0.25 of a root an",
        "absolute bound applies: Nonlin's f′ is there within 4·2⁻⁵², enforced by the test). Derivatives at",
        "kinks are excluded (they do not exist).",
        "",
        "Bounds enforced by `ReferenceAccuracyTests` for Nonlin: Double f ≤ 2 ulps, Double f′ ≤ 4 ulps,",
        "Float f and f′ ≤ 1 ulp. *Nonlin* is the scalar API (`value`, `derivative`); *Nonlin buffers* is",
        "`evaluate`/`evaluateDerivative` over buffers (f by the vector kernels), held to the same bounds.",
        "",
        jax_note,
        "",
    ]
    for precision in ("double", "float"):
        lines.append(f"## {precision.capitalize()}")
        lines.append("")
        header = "| id | " + " | ".join(f"{name} f | {name} f′" for name, _ in columns) + " |"
        lines.append(header)
        lines.append("|" + "---|" * (1 + 2 * len(columns)))
        for fid in IDS:
            cells = []
            for name, _ in columns:
                worst_f, worst_df, _ = measured[name][precision][fid]
                bounds = (2, 4) if precision == "double" else (1, 1)
                cells += [worst_f.cell(bounds[0]), worst_df.cell(bounds[1])]
            lines.append(f"| {fid} | " + " | ".join(cells) + " |")
        lines.append("")
    lines += [
        "## Double f′ near its roots",
        "",
        "Absolute error in units of 2⁻⁵² within 0.25 of a root of f′ (where f′ crosses zero, relative",
        "error is meaningless). Nonlin's bound: 4.",
        "",
        "| id | " + " | ".join(name for name, _ in columns) + " |",
        "|" + "---|" * (1 + len(columns)),
    ]
    for fid in IDS:
        if measured["Nonlin"]["double"][fid][2].count:
            lines.append(f"| {fid} | " + " | ".join(measured[name]["double"][fid][2].cell(4) for name, _ in columns) + " |")
    lines.append("")
    with open(output, "w") as out:
        out.write("\n".join(lines))
    print(f"wrote {output}")
