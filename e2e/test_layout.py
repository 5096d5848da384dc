"""At phone width nothing overflows sideways except the table's own scroller; the print
card fits on at most four A4 pages."""
import pathlib
import subprocess
import tempfile

PAGES = ["", "activations/gelu/", "activations/elu/", "compare/relu-family/", "compare/", "frameworks/", "print/", "404.html"]

OVERFLOW_SCRIPT = """
const width = document.documentElement.clientWidth;
const offenders = [];
for (const el of document.querySelectorAll('body *')) {
  if (el.closest('.table-scroll, .math, math')) continue;
  const r = el.getBoundingClientRect();
  if (r.width > 0 && (r.right > width + 1 || r.left < -1)) offenders.push(el.tagName + '.' + el.className + ' ' + Math.round(r.right));
}
return [document.documentElement.scrollWidth, width, offenders.slice(0, 10)];
"""


def test_nothing_overflows_sideways_at_phone_width(server, browser):
    browser.set_window_size(390, 844)
    problems = []
    for page in PAGES:
        browser.get(server + page)
        scroll_width, width, offenders = browser.execute_script(OVERFLOW_SCRIPT)
        if scroll_width > width or offenders:
            problems.append(f"{page or 'home'}: scrollWidth {scroll_width} > {width}: {offenders}")
    assert not problems, "\n".join(problems)


def test_comparison_table_scrolls_inside_its_box_on_a_phone(server, browser):
    browser.set_window_size(390, 844)
    browser.get(server)
    inner, outer = browser.execute_script(
        "const b = document.querySelector('.table-scroll'); return [b.scrollWidth, b.clientWidth];")
    assert inner > outer  # the table is wider than the phone, and scrolls in its box


def test_print_card_fits_on_four_a4_pages(server):
    pdf = pathlib.Path(tempfile.mkdtemp()) / "print.pdf"
    subprocess.run(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", server + "print/"], check=True, capture_output=True, timeout=120)
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    size = next(line for line in info.splitlines() if line.startswith("Page size:"))
    assert "(A4)" in size, size
    assert 1 <= pages <= 4, f"{pages} pages"
