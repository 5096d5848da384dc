"""Zero axe-core violations on every page, in headless chromium."""
from axe_selenium_python import Axe

from conftest import html_pages


def test_every_page_has_zero_axe_violations(server, site, browser):
    browser.set_window_size(1280, 800)
    failures = []
    for page in html_pages(site):
        relative = page.relative_to(site).as_posix()
        browser.get(server + relative)
        axe = Axe(browser)
        axe.inject()
        results = axe.run()
        for violation in results["violations"]:
            targets = [node["target"] for node in violation["nodes"]][:3]
            failures.append(f"{relative}: {violation['id']} ({violation['impact']}): {violation['help']} {targets}")
    assert not failures, "\n".join(failures)
