#!/usr/bin/env python3
"""The GELU function-and-derivative plot drawn with matplotlib, for comparison with
Nonlin's SVG: size of the files and time to render 30 SVGs.

Usage: bench/plot_matplotlib.py [NONLIN_SVG]
  NONLIN_SVG  Nonlin's GELU plot to compare with (default: Output/plots/gelu.svg if it
              exists). Without it only matplotlib's numbers are printed.
Writes bench/out/gelu-matplotlib.svg and .png (bench/out/ is gitignored) and prints a
markdown snippet for BENCHMARKS.md. Installs matplotlib with pip if it is missing.
"""
import math
import pathlib
import subprocess
import sys
import time

try:
    import matplotlib
except ImportError:
    subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "matplotlib"])
    import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
RUNS = 30

erf = np.vectorize(math.erf)


def gelu(x):
    return x * 0.5 * (1 + erf(x / math.sqrt(2)))


def gelu_derivative(x):
    return 0.5 * (1 + erf(x / math.sqrt(2))) + x * np.exp(-x * x / 2) / math.sqrt(2 * math.pi)


def figure():
    """The same plot as Nonlin's (the view of Content/activations/gelu.md): x in [-4, 4],
    y in [-0.5, 4], f solid, f' dashed, grid, labels, legend."""
    x = np.linspace(-4, 4, 1000)
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.plot(x, gelu(x), label="f(x)", color="#2563eb", linewidth=2)
    ax.plot(x, gelu_derivative(x), label="f′(x)", color="#ea580c", linewidth=2, linestyle="--")
    ax.axhline(0, color="#6b7280", linewidth=0.8)
    ax.axvline(0, color="#6b7280", linewidth=0.8)
    ax.grid(True, color="#e5e7eb")
    ax.set_xlim(-4, 4)
    ax.set_ylim(-0.5, 4)
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    ax.set_title("GELU and its derivative")
    ax.legend(loc="upper left")
    fig.tight_layout()
    return fig


def measure():
    """Writes the SVG and PNG once, then times RUNS SVGs; returns (svg path, png path, seconds)."""
    OUT.mkdir(parents=True, exist_ok=True)
    plt.rcParams["svg.hashsalt"] = "nonlin"  # deterministic ids
    svg_path, png_path = OUT / "gelu-matplotlib.svg", OUT / "gelu-matplotlib.png"

    fig = figure()
    fig.savefig(svg_path, format="svg", metadata={"Date": None})
    fig.savefig(png_path, format="png", dpi=100)
    plt.close(fig)

    start = time.perf_counter()
    for i in range(RUNS):
        fig = figure()
        fig.savefig(OUT / f"run-{i}.svg", format="svg", metadata={"Date": None})
        plt.close(fig)
    elapsed = time.perf_counter() - start
    for i in range(RUNS):
        (OUT / f"run-{i}.svg").unlink()
    return svg_path, png_path, elapsed


def main():
    svg_path, png_path, elapsed = measure()

    nonlin = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "Output" / "plots" / "gelu.svg"
    rows = [
        ("matplotlib " + matplotlib.__version__ + " (6×4 in, 1000 points)",
         f"{svg_path.stat().st_size:,}", f"{png_path.stat().st_size:,} (600×400)", f"{elapsed:.2f} s"),
    ]
    if nonlin.exists():
        rows.append(("Nonlin (480×320, adaptive to 0.1 px)", f"{nonlin.stat().st_size:,}", "—", "see the site build"))

    print("### GELU and its derivative: one plot, two renderers\n")
    print(f"| renderer | SVG bytes | PNG bytes | {RUNS} SVGs |")
    print("| --- | ---: | ---: | ---: |")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print(f"\nmatplotlib files: {svg_path.relative_to(ROOT)}, {png_path.relative_to(ROOT)}"
          + (f"; Nonlin file: {nonlin}" if nonlin.exists() else "; no Nonlin SVG given"))


if __name__ == "__main__":
    main()
