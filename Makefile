# Two commands do everything: `make serve` and `make test`. Each first installs what is
# missing (and only that), from the package registries alone.

SHELL := /bin/bash
.DEFAULT_GOAL := help

E2E        := tests/e2e
NODE_BIN   := $(CURDIR)/$(E2E)/node_modules/.bin
export PATH := $(NODE_BIN):$(HOME)/.cargo/bin:$(PATH)

# The wasm-bindgen CLI must match the library in Cargo.lock exactly.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/[^0-9.]/, ""); print }' Cargo.lock)
# The wasm splitter must match the runtime half Leptos links in (wasm_split_helpers).
WASM_SPLIT_VERSION := $(shell awk '/^name = "wasm_split_helpers"$$/ { getline; gsub(/[^0-9.]/, ""); print }' Cargo.lock)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

PORT       ?= 8080
PUBLIC_URL ?= /
DIST       := dist
# Builds used only by the end-to-end tests: a later release (update prompt) and a sub-path host.
DIST_NEXT    := target/e2e/dist-next
DIST_SUBPATH := target/e2e/dist-subpath

.PHONY: help setup tools wasm-target trunk wasm-bindgen wasm-split leptosfmt node-deps bench-deps chromium dist serve size bench fmt test test-style test-native test-e2e test-bytes e2e-builds clean

help:
	@echo "make serve   build the release app and serve it on http://127.0.0.1:$(PORT)"
	@echo "make test    native tests, then end-to-end tests in headless Chromium"
	@echo "make size    download sizes (wasm, first visit): raw, gzip, brotli"
	@echo "make bench   bytes, start-up, growth, Lighthouse and domain timings -> bench/results.md"
	@echo "make dist    release build into dist/ (PUBLIC_URL=/sub/path/ for a sub-path host)"
	@echo "make fmt     format the Rust and the view! macros (rustfmt, leptosfmt)"

## Installs: each step checks first and does nothing when the tool is already there.
setup: tools node-deps chromium
tools: wasm-target trunk wasm-bindgen wasm-split

wasm-target:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

trunk:
	@command -v trunk >/dev/null || cargo install trunk --locked --ignore-rust-version

wasm-bindgen:
	@test -n "$(WASM_BINDGEN_VERSION)" || { echo "wasm-bindgen not found in Cargo.lock"; exit 1; }
	@[ "$$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $(WASM_BINDGEN_VERSION)" ] \
	  || cargo install wasm-bindgen-cli --version "=$(WASM_BINDGEN_VERSION)"

# Formats view! macros, which rustfmt leaves alone (settings in leptosfmt.toml).
LEPTOSFMT_VERSION := 0.1.33
leptosfmt:
	@[ "$$(leptosfmt --version 2>/dev/null)" = "leptosfmt $(LEPTOSFMT_VERSION)" ] \
	  || cargo install leptosfmt --version "=$(LEPTOSFMT_VERSION)"

wasm-split:
	@test -n "$(WASM_SPLIT_VERSION)" || { echo "wasm_split_helpers not found in Cargo.lock"; exit 1; }
	@cargo install --list | grep -qx "wasm_split_cli_support v$(WASM_SPLIT_VERSION):" \
	  || cargo install wasm_split_cli_support --version "=$(WASM_SPLIT_VERSION)" --features build-binary

# npm ci only when node_modules is missing or older than the lockfile. It brings
# binaryen@132 (wasm-opt), Playwright (no browser download) and axe-core.
node-deps: $(E2E)/node_modules/.installed
$(E2E)/node_modules/.installed: $(E2E)/package-lock.json
	cd $(E2E) && npm ci --no-audit --no-fund
	@touch $@

# Only for `make bench`: Lighthouse and playwright-core, kept out of the test install.
bench-deps: bench/node_modules/.installed
bench/node_modules/.installed: bench/package-lock.json
	cd bench && npm ci --no-audit --no-fund
	@touch $@

chromium:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium chromium-driver; }

## Build and serve.
dist: tools node-deps
	trunk build --release --public-url "$(PUBLIC_URL)"

serve: dist
	python3 .ci/serve.py --dir $(DIST) --port $(PORT) --base "$(PUBLIC_URL)"

# The same measurement as the byte check in `make test` and the bench's bytes table.
size: dist
	@node bench/bytes.mjs $(DIST)

## Benchmark (not a test: timings vary by machine). RUNS=n runs per figure (default 10).
BENCH_OUT := target/bench
bench: setup bench-deps dist
	@mkdir -p $(BENCH_OUT)
	cargo bench --locked --bench domain > $(BENCH_OUT)/domain.md
	cargo run --locked --release --example five-years -- $(BENCH_OUT)/five-years.json
	DIST=$(CURDIR)/$(DIST) DATASET=$(BENCH_OUT)/five-years.json DOMAIN=$(BENCH_OUT)/domain.md \
	  CHROME_PATH=$$(command -v chromium) node bench/run.mjs

fmt: leptosfmt
	leptosfmt --quiet src
	cargo fmt

## Tests.
test: test-style test-native test-e2e test-bytes

# Formatting as `make fmt` leaves it, and the code's shape (.ci/shape.py: lines, functions
# and files within their limits).
test-style: leptosfmt
	cargo fmt --check
	leptosfmt --check --quiet src
	python3 .ci/shape.py

test-native:
	cargo test --locked

e2e-builds: dist
	APP_RELEASE=e2e-next trunk build --release --dist $(DIST_NEXT)
	trunk build --release --public-url /achilles/ --dist $(DIST_SUBPATH)

test-e2e: setup e2e-builds
	cd $(E2E) && DIST=$(CURDIR)/$(DIST) DIST_NEXT=$(CURDIR)/$(DIST_NEXT) DIST_SUBPATH=$(CURDIR)/$(DIST_SUBPATH) npx playwright test

# The byte budget: deterministic, so it is part of `make test` (ceilings in bench/bytes.mjs).
test-bytes: setup dist
	node bench/bytes.mjs $(DIST) --check

clean:
	rm -rf $(DIST) target/e2e $(E2E)/test-results
