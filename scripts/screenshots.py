#!/usr/bin/env python3
"""Screenshots of a built site at desktop (1280x800) and phone (390x844) widths, and the
print card as PDF and PNG pages. Usage: scripts/screenshots.py [Output] [out-folder]

Pages are opened from disk (file://), so no server is needed. PNGs are for looking at,
not for committing (they are gitignored)."""
import pathlib
import shutil
import subprocess
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

site = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "Output").resolve()
out = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "screenshots").resolve()
out.mkdir(parents=True, exist_ok=True)
pages = {"home": "index.html", "gelu": "activations/gelu/index.html", "relu-family": "compare/relu-family/index.html"}
sizes = {"desktop": (1280, 800), "phone": (390, 844)}

options = webdriver.ChromeOptions()
options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1"):
    options.add_argument(flag)
driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
try:
    for size_name, (width, height) in sizes.items():
        for name, path in pages.items():
            driver.set_window_size(width, height)
            driver.get((site / path).as_uri())
            full = driver.execute_script("return document.documentElement.scrollHeight")
            driver.set_window_size(width, min(full + 100, 6000))
            target = out / f"{name}-{size_name}.png"
            driver.save_screenshot(str(target))
            print(target)
finally:
    driver.quit()

pdf = out / "print.pdf"
subprocess.run(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", (site / "print/index.html").as_uri()], check=True, capture_output=True)
subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out / "print-page")], check=True)
print(pdf)
