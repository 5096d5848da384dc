#!/usr/bin/env python3
"""The GELU function-and-derivative plot, Nonlin against matplotlib: file sizes, the two
renderings side by side, and the time to draw plots.

Nonlin's plot is `plots/gelu.svg` from a build of the real Content/ (the standalone file,
with its <style> block; pages inline the same drawing without it). matplotlib's is drawn
by bench/plot_matplotlib.py at 6×4 in with the same view. Both are rasterised at
600×400 px: matplotlib's PNG by matplotlib, Nonlin's SVG by headless Chromium (as a
browser shows it), and bench/out/gelu-side-by-side.png puts them next to each other.
"""
import pathlib
import re
import shutil
import subprocess
import json

from common import CORE_BENCHMARK, OUT, Goal, Series, gzip_size, kilobytes, log, seconds, span, table, print_section

ROUNDS = 3
PLOTS = 30


def chromium():
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def rasterise(svg, png):
    """600×400 px PNG of a 480×320 SVG, as Chromium draws it (rsvg-convert as a fallback,
    which ignores the CSS custom properties the plot's colours use)."""
    browser = chromium()
    if browser:
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        "--force-device-scale-factor=1.25", "--window-size=480,320", f"--screenshot={png}",
                        svg.resolve().as_uri()], capture_output=True, timeout=120, check=True)
        return "Chromium (headless)"
    subprocess.run(["rsvg-convert", "-w", "600", "-h", "400", "-b", "white", svg, "-o", png], check=True)
    return "rsvg-convert (no CSS variables: colours lost)"


def side_by_side(left, right, target):
    from PIL import Image, ImageDraw
    a, b = Image.open(left).convert("RGB"), Image.open(right).convert("RGB")
    canvas = Image.new("RGB", (a.width + b.width + 20, max(a.height, b.height) + 24), "white")
    canvas.paste(a, (0, 24))
    canvas.paste(b, (a.width + 20, 24))
    draw = ImageDraw.Draw(canvas)
    draw.text((8, 6), "Nonlin (SVG rendered by Chromium)", fill="black")
    draw.text((a.width + 28, 6), "matplotlib (PNG)", fill="black")
    canvas.save(target)


def run(site):
    """`site` is the output folder of a build of the real Content/."""
    import plot_matplotlib
    log("Plots, Nonlin vs matplotlib")
    nonlin_svg = site / "plots" / "gelu.svg"
    OUT.mkdir(parents=True, exist_ok=True)
    nonlin_png = OUT / "gelu-nonlin.png"
    renderer = rasterise(nonlin_svg, nonlin_png)

    matplotlib_times, nonlin_gelu, nonlin_all = Series(), Series(), Series()
    for index in range(ROUNDS):
        for side in (("nonlin", "matplotlib") if index % 2 == 0 else ("matplotlib", "nonlin")):
            if side == "matplotlib":
                svg_path, png_path, elapsed = plot_matplotlib.measure()
                matplotlib_times.values.append(elapsed)
            else:
                result = json.loads(subprocess.run([CORE_BENCHMARK, "--plots", str(PLOTS)], capture_output=True,
                                                   text=True, check=True).stdout)
                nonlin_gelu.values.append(result["gelu_seconds"])
                nonlin_all.values.append(result["builtin_seconds"])
                builtins = result["builtin_plots"]
    side_by_side(nonlin_png, png_path, OUT / "gelu-side-by-side.png")

    svg_bytes = nonlin_svg.read_bytes()
    inline_page = (site / "activations" / "gelu" / "index.html").read_text()
    inline = re.search(r'<svg[^>]*id="fp[^"]*"[^>]*>.*?</svg>|<svg[^>]*aria-labelledby="fp-t[^>]*>.*?</svg>',
                       inline_page, flags=re.S)
    plot_count = len(list((site / "plots").glob("*.svg"))) + sum(
        p.read_text().count("<svg") for p in site.rglob("*.html"))
    rows = [
        ["Nonlin `plots/gelu.svg` (480×320, with its style block)", f"{len(svg_bytes):,}", f"{gzip_size(svg_bytes):,}",
         f"{nonlin_png.stat().st_size:,}"],
    ]
    if inline:
        rows.append(["Nonlin, inline in the GELU page (no style block)", f"{len(inline.group(0).encode()):,}",
                     f"{gzip_size(inline.group(0).encode()):,}", "—"])
    rows.append([f"matplotlib {plot_matplotlib.matplotlib.__version__} (6×4 in, 1000 points)",
                 f"{svg_path.stat().st_size:,}", f"{gzip_size(svg_path.read_bytes()):,}", f"{png_path.stat().st_size:,}"])
    timing = [
        [f"{PLOTS} GELU function-and-derivative SVGs", span(nonlin_gelu), span(matplotlib_times),
         f"{nonlin_gelu.median / matplotlib_times.median:.4f}×"],
        [f"all {builtins} built-ins' function-and-derivative SVGs", span(nonlin_all), "—", "—"],
    ]
    goals = [
        Goal("GELU plot size", "≤ 4 KB (matplotlib: ~20 KB SVG, ~21 KB PNG)",
             f"{kilobytes(len(svg_bytes))} SVG vs {kilobytes(svg_path.stat().st_size)} SVG, "
             f"{kilobytes(png_path.stat().st_size)} PNG",
             f"{len(svg_bytes) / svg_path.stat().st_size:.2f}× matplotlib's SVG", len(svg_bytes) <= 4000),
        Goal(f"{PLOTS} GELU SVGs", "report (matplotlib: ~1.4 s)",
             f"{seconds(nonlin_gelu.median)} vs {seconds(matplotlib_times.median)}",
             f"{nonlin_gelu.median / matplotlib_times.median:.4f}×", nonlin_gelu.median <= matplotlib_times.median),
    ]
    markdown = [
        "## Plots: Nonlin vs matplotlib",
        "",
        "The GELU function-and-derivative plot (grid, axis labels, legend, f solid and f′ dashed, x from −4 to 4). "
        f"Nonlin's PNG is its SVG rasterised at 600×400 px by {renderer}; matplotlib's is its own PNG at 100 dpi "
        "(600×400 px). Bytes, and bytes after gzip -9:",
        "",
        table(["plot", "SVG bytes", "SVG gzip bytes", "PNG bytes (600×400)"], rows),
        "",
        "Side by side: `bench/out/gelu-side-by-side.png` (left Nonlin, right matplotlib; not committed).",
        "",
        f"Time to draw, median (min–max) of {ROUNDS} alternating rounds, inside one process on each side "
        "(Nonlin: `CoreBenchmark --plots`, the site's sampling and SVG writer; matplotlib: figure, plot, savefig):",
        "",
        table(["plots", "Nonlin", "matplotlib", "Nonlin / matplotlib"], timing),
        "",
        f"The full site build draws {plot_count} plots (standalone files, inline page plots, print-card "
        "multiples, comparison overlays, error plots and table sparklines); its whole-process time is in "
        "the page-weight section below.",
        "",
    ]
    return "\n".join(markdown), goals


if __name__ == "__main__":
    import sys
    print_section(run(pathlib.Path(sys.argv[1])))
