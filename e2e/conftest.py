"""Shared fixtures for Nonlin's end-to-end suite: a site built for a sub-path, served by
Debian's nginx on loopback, and a headless chromium driven by selenium."""
import os
import pathlib
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
SUBPATH = "/docs/activations/"


def nonlin_binary() -> pathlib.Path:
    """$NONLIN, else the newest of the release and debug builds."""
    if os.environ.get("NONLIN"):
        return pathlib.Path(os.environ["NONLIN"])
    builds = [ROOT / ".build" / c / "nonlin" for c in ("release", "debug")]
    builds = [b for b in builds if b.exists()]
    if builds:
        return max(builds, key=lambda b: b.stat().st_mtime)
    for configuration in ("release", "debug"):
        candidate = ROOT / ".build" / configuration / "nonlin"
        if candidate.exists():
            return candidate
    raise RuntimeError("build nonlin first (make build or swift build)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def port() -> int:
    return free_port()


@pytest.fixture(scope="session")
def base_url(port) -> str:
    return f"http://127.0.0.1:{port}{SUBPATH}"


@pytest.fixture(scope="session")
def site(base_url) -> pathlib.Path:
    """The real content and templates, built with the sub-path base URL."""
    work = pathlib.Path(tempfile.mkdtemp(prefix="nonlin-e2e-"))
    os.chmod(work, 0o755)
    output = work / "Output"
    subprocess.run([str(nonlin_binary()), "build", "--content", str(ROOT / "Content"),
                    "--templates", str(ROOT / "Templates"), "--output", str(output), "--base-url", base_url],
                   check=True, cwd=ROOT)
    subprocess.run(["chmod", "-R", "a+rX", str(work)], check=True)
    return output


def html_pages(site: pathlib.Path):
    return sorted(p for p in site.rglob("*.html"))


@pytest.fixture(scope="session")
def server(site, port):
    """nginx serving the site under SUBPATH, with the site's 404.html as its error page."""
    prefix = pathlib.Path(tempfile.mkdtemp(prefix="nonlin-nginx-"))
    user = "user root;" if os.geteuid() == 0 else ""
    conf = prefix / "nginx.conf"
    conf.write_text(f"""
{user}
worker_processes 1;
daemon off;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    server {{
        listen 127.0.0.1:{port};
        server_name localhost;
        location {SUBPATH} {{
            alias {site}/;
            index index.html;
            autoindex off;
        }}
        error_page 404 {SUBPATH}404.html;
    }}
}}
""")
    process = subprocess.Popen(["nginx", "-c", str(conf), "-p", str(prefix)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}{SUBPATH}", timeout=1)
            break
        except Exception:
            if process.poll() is not None:
                raise RuntimeError("nginx exited: " + process.stderr.read().decode())
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}{SUBPATH}"
    process.terminate()
    process.wait(timeout=10)
    shutil.rmtree(prefix, ignore_errors=True)


@pytest.fixture(scope="session")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                 "--force-device-scale-factor=1"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    yield driver
    driver.quit()
