#!/usr/bin/env python3
"""Page weight of the real site (Content/): bytes and gzip bytes of the home page, an
activation page and the print card, the requests each page makes, and requests to other
hosts (there must be none).

A request is anything a browser fetches to show the page: stylesheets, scripts, images,
icons, frames, media, and the url(…)/@import targets inside the stylesheets; links to
other pages are not requests. Resources are read from the built files, not from a
browser, so the count covers what the HTML and CSS ask for.
"""
import html.parser
import pathlib
import posixpath
import re
import sys
import urllib.parse

from common import NONLIN, ROOT, Goal, Series, fresh, gzip_size, kilobytes, log, measure, seconds, span, table, print_section

PAGES = [("home page", "index.html", 150_000), ("activation page (GELU)", "activations/gelu/index.html", 40_000),
         ("print card", "print/index.html", None), ("comparison page (GELU approximations)",
                                                      "compare/gelu-approximations/index.html", None)]
BUILD_RUNS = 7


class Resources(html.parser.HTMLParser):
    """Collects the URLs a page loads."""
    LINK_RELS = {"stylesheet", "icon", "shortcut", "preload", "modulepreload", "manifest", "apple-touch-icon", "prefetch"}

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "link" and self.LINK_RELS & set((a.get("rel") or "").lower().split()):
            self.urls.append(a.get("href"))
        elif tag in ("script", "img", "iframe", "embed", "source", "audio", "video", "track", "input"):
            self.urls.append(a.get("src"))
            if a.get("srcset"):
                self.urls += [part.strip().split()[0] for part in a["srcset"].split(",") if part.strip()]
            if tag == "video":
                self.urls.append(a.get("poster"))
        elif tag == "object":
            self.urls.append(a.get("data"))
        elif tag in ("image", "use", "feimage"):  # SVG references
            href = a.get("href") or a.get("xlink:href")
            if href and not href.startswith("#"):
                self.urls.append(href)
        if a.get("style"):
            self.urls += css_urls(a["style"])

    def handle_data(self, data):
        if self.lasttag == "style":
            self.urls += css_urls(data)


def css_urls(css):
    found = re.findall(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)", css)
    found += re.findall(r"@import\s+['\"]([^'\"]+)['\"]", css)
    return found


def is_external(url):
    parsed = urllib.parse.urlparse(url)
    return bool(parsed.netloc) or parsed.scheme not in ("", "data")


def requests(site, page):
    """Every URL the page loads (following stylesheets), as (url, local path or None)."""
    parser = Resources()
    parser.feed((site / page).read_text())
    seen, queue, result = set(), [(page, u) for u in parser.urls if u], []
    while queue:
        base, url = queue.pop(0)
        if url.startswith("data:") or url.startswith("#"):
            continue
        if is_external(url):
            key = url
            local = None
        else:
            path = posixpath.normpath(posixpath.join(posixpath.dirname(base), urllib.parse.urlparse(url).path))
            key, local = path, site / path
        if key in seen:
            continue
        seen.add(key)
        result.append((url, local))
        if local is not None and local.suffix == ".css" and local.exists():
            queue += [(key, u) for u in css_urls(local.read_text())]
    return result


def run(site):
    log("Page weight")
    rows, goals = [], []
    all_external = []
    for label, page, budget in PAGES:
        path = site / page
        if not path.exists():
            continue
        data = path.read_bytes()
        loaded = requests(site, page)
        external = [u for u, local in loaded if local is None]
        all_external += external
        images = sum(local.stat().st_size for _, local in loaded
                     if local is not None and local.exists() and local.suffix in (".svg", ".png", ".jpg", ".webp", ".gif"))
        assets = sum(local.stat().st_size for _, local in loaded if local is not None and local.exists())
        inline_svgs = data.decode().count("<svg")
        rows.append([label, f"`{page}`", f"{len(data):,}", f"{gzip_size(data):,}", inline_svgs,
                     1 + len(loaded), len(external), f"{len(data) + assets:,}"])
        if budget:
            weight = len(data) + images
            goals.append(Goal(f"{label[0].upper() + label[1:]} weight", f"< {kilobytes(budget)} uncompressed, plots included",
                              f"{kilobytes(weight)} ({inline_svgs} inline SVGs)", f"{weight / budget:.2f}× the budget",
                              weight < budget))
    everything = sorted(set(all_external))
    goals.append(Goal("Requests to other hosts", "0", str(len(everything)), "—", not everything))

    # The explorer's shared code: the page script and the formula language's JavaScript helpers.
    shared = [p for pattern in ("explorer.*.js", "formula-runtime.*.js") for p in (site / "assets").glob(pattern)]
    shared_bytes = b"".join(p.read_bytes() for p in sorted(shared))
    explorer_budget = 8 * 1024
    goals.append(Goal("Explorer's shared script", f"< {kilobytes(explorer_budget)} gzipped",
                      f"{kilobytes(gzip_size(shared_bytes))} gzipped ({kilobytes(len(shared_bytes))} as written, "
                      + " + ".join(f"`{p.name}`" for p in sorted(shared)) + ")",
                      f"{gzip_size(shared_bytes) / explorer_budget:.2f}× the budget", gzip_size(shared_bytes) < explorer_budget))

    build = Series()
    for _ in range(BUILD_RUNS):
        target = fresh(site.parent / "weight-build")
        build.values.append(measure([NONLIN, "build", "--content", ROOT / "Content", "--templates", ROOT / "Templates",
                                     "--output", target], cwd=ROOT).wall)
    fresh(site.parent / "weight-build")
    activations = len(list((ROOT / "Content" / "activations").glob("*.md")))

    markdown = [
        "## Page weight (the real site)",
        "",
        f"From `nonlin build` of `Content/` ({activations} activations; whole-process build time {span(build)}, "
        f"median (min–max) of {BUILD_RUNS} runs into a fresh folder). Bytes as written and after gzip -9; requests "
        "count the page itself plus what its HTML and stylesheets load (stylesheets, scripts, images, fonts, icons); "
        "*with assets* adds the bytes of those same-site files.",
        "",
        table(["page", "file", "bytes", "gzip bytes", "inline SVGs", "requests", "other hosts", "bytes with assets"], rows),
        "",
        ("No page loads anything from another host." if not everything else
         "Requests to other hosts: " + ", ".join(f"`{u}`" for u in everything)),
        "",
    ]
    return "\n".join(markdown), goals


if __name__ == "__main__":
    print_section(run(pathlib.Path(sys.argv[1])))
