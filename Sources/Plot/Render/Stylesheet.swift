/// The plot's CSS. Every colour is a custom property with a fallback, so a page restyles
/// inline plots (dark mode, print) by setting `--plot-*`, and a standalone file still
/// looks right. Function and derivative, and the overlay series, differ in dash as well
/// as colour, so they stay apart in black-and-white print.
enum Stylesheet {
    static let css = [
        ".plot{font:11px system-ui,sans-serif}",
        ".plot text{fill:var(--plot-text,#374151)}",
        ".plot .g{fill:none;stroke:var(--plot-grid,#e5e7eb)}",
        ".plot .a{stroke:var(--plot-axis,#6b7280)}",
        ".plot .k{fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}",
        ".plot .i{fill:currentColor}",
        ".plot .o{fill:var(--plot-bg,#fff);stroke:currentColor;stroke-width:1.5}",
        ".plot .b{fill:var(--plot-bg,#fff);fill-opacity:.9;stroke:var(--plot-grid,#e5e7eb)}",
        ".plot .l{font-style:italic}",
        ".plot .f{color:var(--plot-f,#2563eb)}",
        ".plot .s1{color:var(--plot-s1,#2563eb)}",
        ".plot .d{color:var(--plot-d,#ea580c)}",
        ".plot .e{color:var(--plot-e,#9333ea)}",
        ".plot .s2{color:var(--plot-s2,#ea580c)}",
        ".plot .s3{color:var(--plot-s3,#16a34a)}",
        ".plot .s4{color:var(--plot-s4,#9333ea)}",
        ".plot .s5{color:var(--plot-s5,#db2777)}",
        ".plot .s6{color:var(--plot-s6,#0891b2)}",
        ".plot .d .k,.plot .s2 .k{stroke-dasharray:6 5}",
        ".plot .s3 .k{stroke-dasharray:.1 4}",
        ".plot .s4 .k{stroke-dasharray:9 5 .1 5}",
        ".plot .s5 .k{stroke-dasharray:14 6}",
        ".plot .s6 .k{stroke-dasharray:3 4}",
    ].joined()
}
