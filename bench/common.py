"""Shared pieces of the benchmark scripts: paths, whole-process measurement, statistics,
the machine's description and Markdown formatting."""
import gzip
import json
import os
import pathlib
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field

ROOT = pathlib.Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
OUT = BENCH / "out"  # scratch results and images (gitignored)
NONLIN = pathlib.Path(os.environ.get("NONLIN", ROOT / ".build" / "release" / "nonlin"))
CORE_BENCHMARK = pathlib.Path(os.environ.get("CORE_BENCHMARK", ROOT / ".build" / "release" / "CoreBenchmark"))
QUICK = os.environ.get("BENCH_QUICK") == "1"  # smaller sizes and fewer runs, for trying the scripts


def scratch_root():
    """Where builds write: BENCH_SCRATCH, else /dev/shm (tmpfs) when there is one. On disk,
    the output of one run is deleted just before the next run creates as many files, and
    on an ext4 without a journal (as on the machine these figures were first taken on) the
    inode allocator then skips every recently deleted inode, which made file creation, not
    the tools, dominate. tmpfs keeps the comparison about the two programs."""
    chosen = os.environ.get("BENCH_SCRATCH") or ("/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None)
    return tempfile.mkdtemp(prefix="nonlin-bench-", dir=chosen)


def log(message):
    print(message, file=sys.stderr, flush=True)


@dataclass
class Run:
    """One whole-process run: wall time (s), CPU time (s, user + system), peak RSS (bytes)."""
    wall: float
    cpu: float
    peak_rss: int


GNU_TIME = shutil.which("time", path="/usr/bin:/bin")


def measure(command, cwd=None, env=None):
    """Runs `command` to completion: wall time around it, and the CPU time (user + system)
    and peak resident set size that GNU time (`/usr/bin/time`) reads from the process's
    rusage. GNU time is the parent because on Linux a child's peak RSS also counts the
    memory of the process it was forked from before exec, here a Python with NumPy loaded.
    Output is discarded; a failure raises with the tail of standard error."""
    if GNU_TIME is None:
        raise RuntimeError("GNU time (/usr/bin/time) is missing: apt-get install time")
    with tempfile.TemporaryFile() as errors, tempfile.NamedTemporaryFile("r") as usage:
        timed = [GNU_TIME, "-f", "%U %S %M", "-o", usage.name] + [str(c) for c in command]
        start = time.perf_counter()
        code = subprocess.run(timed, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=errors).returncode
        wall = time.perf_counter() - start
        if code != 0:
            errors.seek(0)
            tail = errors.read().decode(errors="replace")[-2000:]
            raise RuntimeError(f"{' '.join(map(str, command))} exited with {code}:\n{tail}")
        user, system, peak_kib = usage.read().split()[-3:]
    return Run(wall=wall, cpu=float(user) + float(system), peak_rss=int(peak_kib) * 1024)


@dataclass
class Series:
    """Repeated measurements of one quantity."""
    values: list = field(default_factory=list)

    @property
    def median(self):
        return statistics.median(self.values)

    @property
    def low(self):
        return min(self.values)

    @property
    def high(self):
        return max(self.values)


def fresh(path):
    """An empty, not yet existing folder at `path` (removed if it exists)."""
    path = pathlib.Path(path)
    if path.exists():
        shutil.rmtree(path)
    return path


def gzip_size(data):
    return len(gzip.compress(data, compresslevel=9, mtime=0))


# Formatting ---------------------------------------------------------------------------------

def seconds(value):
    """A duration in the unit that reads best: 0.85 ms, 37.2 ms, 1.23 s."""
    if value < 0.01:
        return f"{value * 1000:.2f} ms"
    if value < 1:
        return f"{value * 1000:.1f} ms"
    return f"{value:.2f} s"


def span(series, unit=seconds):
    return f"{unit(series.median)} ({unit(series.low)}–{unit(series.high)})"


def mebibytes(value):
    return f"{value / 2**20:.0f} MiB" if value >= 10 * 2**20 else f"{value / 2**20:.1f} MiB"


def kilobytes(value):
    return f"{value / 1000:.1f} KB"


def ratio(a, b):
    return f"{a / b:.2f}×" if b else "—"


def table(header, rows, align=None):
    align = align or ["---"] + ["---:"] * (len(header) - 1)
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


@dataclass
class Goal:
    """One line of the summary: what the issue asks, what was measured, and the verdict."""
    name: str
    target: str
    measured: str
    ratio: str
    met: bool

    def row(self):
        return [self.name, self.target, self.measured, self.ratio, "met" if self.met else "**missed**"]


# The machine ----------------------------------------------------------------------------------

def print_section(section):
    """Prints a section's Markdown and its goals, for running one bench script on its own."""
    text, goals = section
    print(text)
    print(table(["figure", "goal", "measured", "ratio", ""], [g.row() for g in goals]))


def command_output(command):
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=60).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return ""


def machine():
    """A description of this machine and of the tools compared, as Markdown lines."""
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")),
               platform.processor())
    memory = next((int(line.split()[1]) * 1024 for line in open("/proc/meminfo") if line.startswith("MemTotal")), 0)
    system = next((line.split("=", 1)[1].strip().strip('"') for line in open("/etc/os-release")
                   if line.startswith("PRETTY_NAME")), platform.system())
    versions = {"Swift": command_output(["swift", "--version"]).splitlines()[0:1],
                "Hugo": command_output(["hugo", "version"]).split()[1:2]}
    modules = []
    for name in ("numpy", "scipy", "matplotlib"):
        try:
            modules.append(f"{name} {__import__(name).__version__}")
        except ImportError:
            modules.append(f"{name} (missing)")
    return [
        f"- CPU: {cpu}, {os.cpu_count()} logical cores; memory {memory / 2**30:.1f} GiB",
        f"- System: {system}, Linux {platform.release()}",
        f"- Swift: {' '.join(versions['Swift']) or 'unknown'}; Nonlin built with {build_command()}",
        f"- Hugo: {' '.join(versions['Hugo']) or 'missing'} (Debian package)",
        f"- Python {platform.python_version()}: " + ", ".join(modules),
        f"- Load average when the run started: {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
        " (other work on the machine slows both sides of each comparison alike, since their runs alternate)",
    ]


def build_command():
    """How the measured binary was built, read from the binary itself: a statically linked Swift
    runtime (`make bench`) leaves no libswiftCore among its shared libraries, and TCMalloc
    (linked when the machine has it, see Package.swift) shows up among them."""
    linked = command_output(["ldd", str(NONLIN)])
    static = "libswiftCore" not in linked
    allocator = "TCMalloc" if "libtcmalloc" in linked else "glibc's malloc"
    exported = len([line for line in command_output(["readelf", "--dyn-syms", "-W", str(NONLIN)]).splitlines()
                    if " GLOBAL " in line and " UND " not in line])
    flags = (" --static-swift-stdlib" if static else "") + (" -Xlinker --no-export-dynamic" if exported < 2000 else "")
    return ("`swift build -c release" + flags + "`" + ("" if static else " (Swift runtime linked dynamically)")
            + f", memory allocator: {allocator}")


def save_json(name, data):
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / name).write_text(json.dumps(data, indent=1))
