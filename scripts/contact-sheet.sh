#!/usr/bin/env bash
# Renders every plot kind to PNG, for looking at: one PNG per plot (at 2x) and three
# contact sheets (light, dark via the --plot-* custom properties, and grayscale as a
# black-and-white print would show it). PNGs are for looking at, not for committing.
#
# Usage: scripts/contact-sheet.sh [out-dir]        (default: .build/contact-sheet)
#   PACKAGE_DIR=/path/to/package  runs the dump test in another package that has the
#                                 PlotTests target (default: the repository root)
# Needs: swift, chromium (Debian package `chromium`).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=$(realpath -m "${1:-$root/.build/contact-sheet}")
package=${PACKAGE_DIR:-$root}
rm -rf "$out"
mkdir -p "$out/svg" "$out/png"

# 1. Dump every plot kind as SVG (the test writes only when NONLIN_PLOT_DUMP is set).
(cd "$package" && NONLIN_PLOT_DUMP="$out/svg" swift test --filter PlotDump >/dev/null)

shoot() { # html-or-svg png width height scale
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor="$5" \
        --screenshot="$2" --window-size="$3,$4" "file://$1" >/dev/null 2>&1
}

# 2. One PNG per plot at twice its drawn size.
for svg in "$out"/svg/*.svg; do
    name=$(basename "$svg" .svg)
    size=$(sed -n 's/.*viewBox="0 0 \([0-9.]*\) \([0-9.]*\)".*/\1 \2/p' "$svg" | head -1)
    read -r w h <<<"$size"
    shoot "$svg" "$out/png/$name.png" "${w%.*}" "${h%.*}" 2
done

# 3. Contact sheets: the SVGs inline, so the page's custom properties restyle them.
sheet() { # name extra-css
    {
        echo "<!doctype html><meta charset=utf-8><style>"
        echo "body{margin:16px;font:13px system-ui,sans-serif;background:#fff;color:#111}"
        echo ".grid{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}figure{margin:0}"
        echo "figcaption{color:#666;margin-top:2px}$2</style><div class=grid>"
        for svg in "$out"/svg/*.svg; do
            name=$(basename "$svg" .svg)
            echo "<figure>$(cat "$svg")<figcaption>$name — $(wc -c <"$svg") bytes</figcaption></figure>"
        done
        echo "</div>"
    } >"$out/$1.html"
    shoot "$out/$1.html" "$out/$1.png" 1560 2400 1
}
sheet sheet-light ""
sheet sheet-dark "body{background:#111827;color:#e5e7eb}figcaption{color:#9ca3af}body{--plot-bg:#111827;--plot-text:#d1d5db;--plot-grid:#374151;--plot-axis:#9ca3af;--plot-f:#60a5fa;--plot-d:#fb923c;--plot-e:#c084fc;--plot-s1:#60a5fa;--plot-s2:#fb923c;--plot-s3:#4ade80;--plot-s4:#c084fc;--plot-s5:#f472b6;--plot-s6:#22d3ee}"
sheet sheet-gray "body{filter:grayscale(1)}"

echo "contact sheet: $out/sheet-light.png, sheet-dark.png, sheet-gray.png; plots: $out/png/"
