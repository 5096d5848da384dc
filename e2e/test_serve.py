"""`nonlin serve`: live reload after an edit, an error overlay (and the last good site)
after a broken edit, no escape from the site, and a bounded load test."""
import http.client
import pathlib
import shutil
import subprocess
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from conftest import ROOT, free_port, nonlin_binary


@pytest.fixture(scope="module")
def preview():
    work = pathlib.Path(tempfile.mkdtemp(prefix="nonlin-serve-"))
    shutil.copytree(ROOT / "Content", work / "Content")
    shutil.copytree(ROOT / "Templates", work / "Templates")
    port = free_port()
    process = subprocess.Popen([str(nonlin_binary()), "serve", "--port", str(port), "--content", "Content",
                                "--templates", "Templates", "--output", "Output"],
                               cwd=work, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}/"
    for _ in range(300):
        try:
            urllib.request.urlopen(base, timeout=1)
            break
        except Exception:
            assert process.poll() is None, process.stderr.read().decode()
            time.sleep(0.1)
    yield base, work, process, port
    process.terminate()
    process.wait(timeout=10)
    shutil.rmtree(work, ignore_errors=True)


class Events:
    """Reads server-sent events on a background thread."""

    def __init__(self, url):
        self.events = []
        self.response = urllib.request.urlopen(url, timeout=30)
        threading.Thread(target=self.read, daemon=True).start()

    def read(self):
        event, data = None, []
        for raw in self.response:
            line = raw.decode().rstrip("\n")
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: "):
                data.append(line[6:])
            elif line == "" and event:
                self.events.append((event, "\n".join(data)))
                event, data = None, []

    def wait_for(self, kind, after=0, timeout=20):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for event in self.events[after:]:
                if event[0] == kind:
                    return event
            time.sleep(0.05)
        raise AssertionError(f"no {kind} event; got {self.events}")


def get(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode()


def test_pages_carry_the_live_reload_script(preview):
    base, work, _, _ = preview
    page = get(base + "activations/relu/")
    assert '<script src="/__nonlin/reload.js"></script></body>' in page
    # The files written to Output/ stay clean.
    assert "__nonlin" not in (work / "Output" / "activations" / "relu" / "index.html").read_text()


def test_an_edit_is_rebuilt_and_announced_then_a_broken_edit_keeps_the_last_good_site(preview):
    base, work, process, _ = preview
    events = Events(base + "__nonlin/events")
    first = events.wait_for("version")
    file = work / "Content" / "activations" / "relu.md"
    text = file.read_text()
    file.write_text(text.replace("## Problem it solves", "An edited sentence for the live reload test.\n\n## Problem it solves", 1))
    seen = len(events.events)
    reloaded = events.wait_for("version", after=seen)
    assert reloaded[1] != first[1]
    assert "An edited sentence for the live reload test." in get(base + "activations/relu/")

    file.write_text(text.replace("formula: max(0, x)", "formula: max(0, x"))
    seen = len(events.events)
    failure = events.wait_for("failure", after=seen)
    assert "relu.md:" in failure[1] and "error:" in failure[1]
    # The last good site is still served.
    assert "An edited sentence for the live reload test." in get(base + "activations/relu/")

    file.write_text(text)
    events.wait_for("version", after=len(events.events))


@pytest.mark.parametrize("path", ["/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/activations%2f..%2f..%2fetc%2fpasswd",
                                  "/..%5c..%5cetc%5cpasswd", "//etc/passwd", "/activations/../../etc/passwd"])
def test_no_request_leaves_the_site(preview, path):
    _, _, _, port = preview
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read().decode(errors="replace")
    assert response.status in (400, 404)
    assert "root:" not in body


def test_folders_are_never_listed(preview):
    base, _, _, _ = preview
    try:
        urllib.request.urlopen(base + "assets/", timeout=10)
        raise AssertionError("expected 404")
    except urllib.error.HTTPError as error:
        assert error.code == 404


def rss_kib(pid):
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def test_ten_thousand_requests_complete_without_errors_or_memory_growth(preview):
    base, _, process, port = preview
    paths = ["/", "/activations/gelu/", "/assets/", "/plots/relu.svg", "/data/activations.json", "/missing"]

    def fetch(i):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            connection.request("GET", paths[i % len(paths)])
            response = connection.getresponse()
            response.read()
            return response.status
        finally:
            connection.close()

    for i in range(500):  # warm up allocators and caches
        fetch(i)
    before = rss_kib(process.pid)
    with ThreadPoolExecutor(max_workers=16) as pool:
        statuses = list(pool.map(fetch, range(10_000)))
    after = rss_kib(process.pid)
    expected = {"/": 200, "/activations/gelu/": 200, "/assets/": 404, "/plots/relu.svg": 200,
                "/data/activations.json": 200, "/missing": 404}
    wrong = [(paths[i % len(paths)], s) for i, s in enumerate(statuses) if s != expected[paths[i % len(paths)]]]
    assert not wrong, wrong[:5]
    assert after - before < 64 * 1024, f"resident memory grew by {(after - before) // 1024} MiB"
