#!/usr/bin/env python3
"""Incremental rebuilds under `nonlin serve`: from saving one activation file to the
reloaded page.

On a generated site of N activations, `nonlin serve` runs on a free port; a client holds
the live-reload stream (GET /__nonlin/events, server-sent events) open like a browser tab.
Each edit rewrites one activation file, alternately its prose (the computed entry is
reused) and its formula (the entry is recomputed), and measures:

- edit → event: from the file's write to the `event: version` that tells pages to reload.
  inotify names the changed file and the server looks at its events every 5 ms, so this
  includes 0–5 ms of waiting besides the rebuild itself;
- edit → page: the above plus fetching the edited page, which is what a reloading tab does;
- rebuild: the server's own "Rebuilt (…) in N ms" line (loading, rendering, publishing).
"""
import http.client
import pathlib
import random
import re
import shutil
import socket
import subprocess
import threading
import time

from common import BENCH, NONLIN, QUICK, ROOT, Goal, Series, log, save_json, scratch_root, seconds, span, table, print_section

SIZES = [(30, 20, 0.050), (1000, 12, 0.200)]  # activations, edits, goal (s)
if QUICK:
    SIZES = [(30, 6, 0.050), (300, 4, 0.200)]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class EventStream(threading.Thread):
    """Reads `event: version` messages and records when each version arrived."""

    def __init__(self, port):
        super().__init__(daemon=True)
        self.port = port
        self.arrivals = {}
        self.condition = threading.Condition()

    def run(self):
        connection = http.client.HTTPConnection("127.0.0.1", self.port)
        connection.request("GET", "/__nonlin/events")
        response = connection.getresponse()
        event = None
        while True:
            line = response.fp.readline()
            if not line:
                return
            line = line.decode().rstrip("\n")
            if line.startswith("event:"):
                event = line.split(":", 1)[1].strip()
            elif line.startswith("data:") and event == "version":
                with self.condition:
                    self.arrivals[int(line.split(":", 1)[1])] = time.perf_counter()
                    self.condition.notify_all()

    def wait_for(self, version, timeout=120):
        with self.condition:
            self.condition.wait_for(lambda: version in self.arrivals, timeout)
            return self.arrivals.get(version)


def fetch(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port)
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, body


ORIGINAL_FORMULAS = {}


def edit(path, rng, formula):
    """Rewrites one activation file: its first summary sentence, or its formula (the
    generated one plus a new linear term each time)."""
    text = path.read_text()
    if formula:
        original = ORIGINAL_FORMULAS.setdefault(path, re.search(r"^formula: (.*)$", text, flags=re.M).group(1))
        text = re.sub(r"^formula: .*$", lambda _: f"formula: ({original}) + {rng.uniform(0.01, 0.5):.4f} * x",
                      text, count=1, flags=re.M)
    else:
        marker = "\n---\n\n"
        head, body = text.split(marker, 1)
        text = head + marker + f"Edited {rng.randint(0, 10**6)} times. " + body
    path.write_text(text)


def bench_size(count, edits, scratch):
    content = scratch / f"content-{count}"
    subprocess.run(["python3", BENCH / "generate_content.py", str(count), content], check=True)
    port = free_port()
    errors = open(scratch / "serve.log", "w+")
    server = subprocess.Popen([NONLIN, "serve", "--content", content, "--templates", ROOT / "Templates",
                               "--output", scratch / "output", "--port", str(port)],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=errors)
    try:
        deadline = time.time() + 600
        while "Serving on" not in (scratch / "serve.log").read_text():
            if server.poll() is not None or time.time() > deadline:
                raise RuntimeError("nonlin serve did not start:\n" + (scratch / "serve.log").read_text()[-2000:])
            time.sleep(0.05)
        stream = EventStream(port)
        stream.start()
        first = None
        while first is None:
            with stream.condition:
                stream.condition.wait(0.1)
                first = max(stream.arrivals, default=None)
        version = first
        rng = random.Random(7)
        results = {kind: {"event": Series(), "page": Series()} for kind in ("prose", "formula")}
        for index in range(edits):
            kind = "formula" if index % 2 else "prose"
            ident = f"gen-{rng.randint(1, count):05d}"
            time.sleep(0.3 + rng.random() * 0.12)  # a quiet moment, at a random phase of the polling
            start = time.perf_counter()
            edit(content / "activations" / f"{ident}.md", rng, kind == "formula")
            version += 1
            arrived = stream.wait_for(version)
            if arrived is None:
                raise RuntimeError(f"no reload event after editing {ident}:\n" + (scratch / "serve.log").read_text()[-2000:])
            status, _ = fetch(port, f"/activations/{ident}/")
            done = time.perf_counter()
            if status != 200:
                raise RuntimeError(f"GET /activations/{ident}/ answered {status}")
            results[kind]["event"].values.append(arrived - start)
            results[kind]["page"].values.append(done - start)
        rebuilt = [int(m) for m in re.findall(r"Rebuilt \((?!start).*?\) in (\d+) ms", (scratch / "serve.log").read_text())]
        startup = re.findall(r"Rebuilt \(start\) in (\d+) ms", (scratch / "serve.log").read_text())
    finally:
        server.terminate()  # an open event stream can hold up a graceful shutdown
        try:
            server.wait(5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        errors.close()
    return results, rebuilt, int(startup[0]) if startup else None


def run():
    log("Incremental rebuilds under nonlin serve")
    rows, goals, data = [], [], {}
    scratch = pathlib.Path(scratch_root())
    try:
        for count, edits, goal in SIZES:
            results, rebuilt, startup = bench_size(count, edits, scratch)
            data[count] = {"results": {k: {m: s.values for m, s in v.items()} for k, v in results.items()},
                           "rebuilt_ms": rebuilt, "startup_ms": startup}
            everything = Series(results["prose"]["page"].values + results["formula"]["page"].values)
            rebuild = Series([ms / 1000 for ms in rebuilt])
            for parity, kind in enumerate(("prose", "formula")):
                # Edits alternate prose, formula, …; so do the server's lines when each edit made one rebuild.
                own = Series([ms / 1000 for ms in rebuilt[parity::2]]) if len(rebuilt) == edits else rebuild
                rows.append([f"{count:,}", kind, len(results[kind]["event"].values),
                             span(results[kind]["event"]), span(results[kind]["page"]), span(own) if own.values else "—"])
            rows.append([f"{count:,}", "first build, at start", 1, "", "", seconds(startup / 1000) if startup else "—"])
            goals.append(Goal(f"Edit → reloaded page, {count:,} pages", f"< {seconds(goal)}",
                              f"{seconds(everything.median)} (max {seconds(everything.high)})",
                              f"{everything.median / goal:.2f}× the goal", everything.median < goal))
            log(f"  {count} pages: edit → page {seconds(everything.median)}, rebuild {span(rebuild) if rebuilt else '—'}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    save_json("incremental.json", data)
    markdown = [
        "## Incremental rebuild under `nonlin serve`",
        "",
        "One activation file is rewritten at a time, alternately its prose and its formula, while a client holds "
        "the live-reload event stream open. *edit → event* ends when the `event: version` message arrives; "
        "*edit → page* also fetches the edited page, as a reloading tab does. inotify names the changed file and "
        "the server reads its events every 5 ms, so both include 0–5 ms of waiting. *Rebuild* is the server's own "
        "figure for parsing the changed file, recomputing and rendering what it affects, publishing to the "
        "open pages and updating Output/. Medians (min–max).",
        "",
        table(["activations", "edit", "edits", "edit → event", "edit → page", "rebuild (server's log)"], rows),
        "",
    ]
    return "\n".join(markdown), goals


if __name__ == "__main__":
    print_section(run())
