#!/usr/bin/env python3
"""Full site builds, Nonlin against Hugo, on generated sites of growing size.

For each size N, bench/generate_content.py writes N activations; Hugo builds the same
Markdown files with the minimal templates in bench/hugo/, and Nonlin does its full build
(every plot, property, table and page). Both write into a fresh folder each run (removed
beforehand, untimed) and the runs alternate between the two tools, starting with a
different one each time. Run alone, it prints the Markdown section.
"""
import json
import pathlib
import shutil
import statistics
import subprocess

from common import (BENCH, NONLIN, QUICK, ROOT, Goal, Series, fresh, log, measure, mebibytes, ratio,
                    save_json, scratch_root, seconds, span, table, print_section)

SIZES = [(30, 10), (100, 5), (300, 5), (1000, 5), (3000, 3), (10000, 3)]
if QUICK:
    SIZES = [(30, 3), (100, 2), (300, 2)]


def commands(content, work):
    nonlin = [NONLIN, "build", "--content", content, "--templates", ROOT / "Templates", "--output", work / "nonlin"]
    hugo = ["hugo", "--quiet", "--source", BENCH / "hugo", "--contentDir", content / "activations",
            "--destination", work / "hugo"]
    return {"Nonlin": (nonlin, work / "nonlin"), "Hugo": (hugo, work / "hugo")}


def bench_size(count, runs, scratch):
    content = scratch / f"content-{count}"
    subprocess.run(["python3", BENCH / "generate_content.py", str(count), content], check=True)
    tools = commands(content, scratch)
    results = {name: {"wall": Series(), "cpu": Series(), "rss": Series()} for name in tools}
    order = list(tools)
    for run in range(runs):
        for name in (order if run % 2 == 0 else order[::-1]):
            command, output = tools[name]
            fresh(output)
            result = measure(command, cwd=ROOT)
            results[name]["wall"].values.append(result.wall)
            results[name]["cpu"].values.append(result.cpu)
            results[name]["rss"].values.append(result.peak_rss)
        log(f"  {count} pages, run {run + 1}/{runs}: " + ", ".join(
            f"{name} {seconds(results[name]['wall'].values[-1])}" for name in tools))
    pages = sum(1 for _ in (scratch / "nonlin").rglob("*.html"))
    fresh(scratch / "nonlin"), fresh(scratch / "hugo"), fresh(content)
    return results, pages


def hyperfine_check(scratch, count=30, runs=20):
    """A second opinion at the smallest size from hyperfine (each tool's runs in a row,
    not alternating); None when hyperfine is not installed."""
    if not shutil.which("hyperfine"):
        return None
    content = scratch / f"content-{count}"
    subprocess.run(["python3", BENCH / "generate_content.py", str(count), content], check=True)
    tools = commands(content, scratch)
    report = scratch / "hyperfine.json"
    arguments = ["hyperfine", "--style", "none", "--warmup", "2", "--runs", str(runs), "--export-json", report]
    for name, (command, output) in tools.items():
        arguments += ["--prepare", f"rm -rf '{output}'", "--command-name", name,
                      " ".join(f"'{part}'" for part in map(str, command))]
    subprocess.run(arguments, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    results = {r["command"]: r for r in json.loads(report.read_text())["results"]}
    fresh(content), fresh(scratch / "nonlin"), fresh(scratch / "hugo")
    return {name: Series(results[name]["times"]) for name in tools}


def linear_fit(xs, ys):
    """Least-squares y = a + b·x, and R²."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx
    a = my - b * mx
    total = sum((y - my) ** 2 for y in ys)
    residual = sum((y - a - b * x) ** 2 for x, y in zip(xs, ys))
    return a, b, 1 - residual / total if total else 1.0


def run():
    log("Site builds, Nonlin vs Hugo")
    rows, goals, data = [], [], {}
    scratch = pathlib.Path(scratch_root())
    try:
        for count, runs in SIZES:
            results, pages = bench_size(count, runs, scratch)
            n, h = results["Nonlin"], results["Hugo"]
            data[count] = {tool: {k: s.values for k, s in r.items()} for tool, r in results.items()}
            rows.append([
                f"{count:,}", pages, runs,
                span(n["wall"]), span(h["wall"]), ratio(n["wall"].median, h["wall"].median),
                f"{seconds(n['cpu'].median)} / {seconds(h['cpu'].median)}",
                f"{mebibytes(n['rss'].median)} / {mebibytes(h['rss'].median)}",
                ratio(n["rss"].median, h["rss"].median),
            ])
            if count == 30:
                goals.append(Goal("Full build, 30 pages", "≤ 0.5 × Hugo's time",
                                  f"{seconds(n['wall'].median)} vs {seconds(h['wall'].median)}",
                                  ratio(n["wall"].median, h["wall"].median),
                                  n["wall"].median <= 0.5 * h["wall"].median))
            if count in (1000, 10000):
                goals.append(Goal(f"Full build, {count:,} pages", "≤ Hugo's time",
                                  f"{seconds(n['wall'].median)} vs {seconds(h['wall'].median)}",
                                  ratio(n["wall"].median, h["wall"].median),
                                  n["wall"].median <= h["wall"].median))
                goals.append(Goal(f"Peak memory, {count:,} pages", "≤ Hugo's",
                                  f"{mebibytes(n['rss'].median)} vs {mebibytes(h['rss'].median)}",
                                  ratio(n["rss"].median, h["rss"].median),
                                  n["rss"].median <= h["rss"].median))
        check = hyperfine_check(scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    save_json("site_build.json", data)

    sizes = sorted(data)
    growth = []
    for tool in ("Nonlin", "Hugo"):
        walls = [statistics.median(data[c][tool]["wall"]) for c in sizes]
        cpus = [statistics.median(data[c][tool]["cpu"]) for c in sizes]
        a, b, r2 = linear_fit(sizes, walls)
        growth.append([tool] + [f"{w / c * 1000:.2f} / {u / c * 1000:.2f}" for c, w, u in zip(sizes, walls, cpus)]
                      + [f"{a * 1000:.0f} ms + {b * 1000:.2f} ms × N (R² = {r2:.4f})"])

    markdown = [
        "## Full site build: Nonlin vs Hugo",
        "",
        "Generated sites (`bench/generate_content.py N`: random formulas from the language, each activation with a "
        "summary, Problem it solves, Pros, Cons, When to use, Used in). Nonlin runs "
        "`nonlin build --content DIR --templates Templates --output FRESH` (all pages, plots, properties, the table, "
        "the print card, JSON, sitemap); Hugo runs `hugo --source bench/hugo --contentDir DIR/activations "
        "--destination FRESH` over the same Markdown files with the minimal templates in `bench/hugo/` (a page per "
        "activation and a home page listing them). Both write to tmpfs (see `scratch_root` in `bench/common.py`). Runs alternate between the two; times are wall-clock medians "
        "(min–max), CPU is user + system, memory is peak resident set size, all from the process's own rusage.",
        "",
        table(["activations", "Nonlin pages", "runs", "Nonlin wall", "Hugo wall", "Nonlin / Hugo",
               "CPU Nonlin / Hugo", "peak RSS Nonlin / Hugo", "RSS ratio"], rows),
        "",
        "### Growth",
        "",
        "Milliseconds per activation (wall / CPU) at each size, and a least-squares line through the wall medians:",
        "",
        table(["tool"] + [f"N = {c:,}" for c in sizes] + ["linear fit of wall time"], growth),
        "",
    ]
    if check:
        n, h = check["Nonlin"], check["Hugo"]
        markdown += [
            f"Cross-check with hyperfine at 30 activations ({len(n.values)} runs each after 2 warm-ups, one tool "
            f"after the other): Nonlin {span(n)}, Hugo {span(h)}, ratio {ratio(n.median, h.median)}.",
            "",
        ]
    return "\n".join(markdown), goals


if __name__ == "__main__":
    print_section(run())
