"""The site served by nginx from a sub-path: no broken links, right absolute URLs, a real 404."""
import re
import subprocess
import urllib.error
import urllib.request

from conftest import html_pages


def test_linkchecker_finds_no_broken_links(server):
    result = subprocess.run(["linkchecker", "--no-status", "--no-warnings", "-o", "text", server],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "0 errors found" in result.stdout


def test_canonical_links_use_the_base_url(site, base_url):
    for page in html_pages(site):
        relative = page.relative_to(site).as_posix()
        if relative == "404.html":
            continue
        expected = base_url + (relative[: -len("index.html")] if relative.endswith("index.html") else relative)
        html = page.read_text()
        assert f'<link rel="canonical" href="{expected}">' in html, relative


def test_sitemap_lists_absolute_urls_that_answer(server, site, base_url):
    sitemap = (site / "sitemap.xml").read_text()
    urls = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert len(urls) >= 35
    for url in urls:
        assert url.startswith(base_url)
        with urllib.request.urlopen(url, timeout=5) as response:
            assert response.status == 200


def test_unknown_path_is_answered_by_the_sites_404_page(server):
    try:
        urllib.request.urlopen(server + "no/such/page/", timeout=5)
        raise AssertionError("expected a 404")
    except urllib.error.HTTPError as error:
        assert error.code == 404
        body = error.read().decode()
        assert "Page not found" in body
        assert server + "activations/relu/" in body


def test_no_page_loads_anything_from_another_host(site, base_url):
    """Scripts, styles, images and frames come from the site itself: relative URLs, or
    (on the 404 page, which is served at any depth) absolute URLs under base_url."""
    for page in html_pages(site):
        html = page.read_text()
        loaded = re.findall(r'<(?:script|img|iframe)[^>]*\bsrc="([^"]+)"', html)
        loaded += re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
        for url in loaded:
            if url.startswith(("http://", "https://", "//")):
                assert url.startswith(base_url), f"{page.relative_to(site)} loads {url}"
