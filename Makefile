# Nonlin — the two commands a newcomer needs are `make site` and `make test`.
SWIFT ?= swift
NONLIN = .build/release/nonlin

.PHONY: site test deps build check table e2e bench clean

## Install the one system library Nonlin needs (Debian: libcmark-dev), if missing.
deps:
	@if ! pkg-config --exists libcmark 2>/dev/null; then \
	  echo "Installing libcmark-dev (cmark, the CommonMark C library)…"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libcmark-dev pkg-config; \
	fi

build: deps
	$(SWIFT) build -c release --product nonlin

## Build the site into Output/.
site: build
	$(NONLIN) build --content Content --templates Templates --output Output

## Run every test: Swift unit and end-to-end tests, then the content check.
test: deps
	$(SWIFT) build --product nonlin
	$(SWIFT) test
	.build/debug/nonlin check

check: build
	$(NONLIN) check

table: build
	$(NONLIN) table

clean:
	rm -rf .build Output/*
