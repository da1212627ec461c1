#!/usr/bin/env bash
# CI steps of the builder (peerwork-web), from a clean clone on a fresh machine:
# installs Debian's chromium and chromium-driver when missing, and axe-core from npm
# for the browser test; checks format, lints and docs; runs the builder's tests, the
# browser test included (it fails, never skips, without a browser); then the load run.
#
#   web/ci.sh         every step
#   web/ci.sh deps    only what the browser test needs (.ci/run calls it before
#                     `cargo test --workspace`)
set -euo pipefail
cd "$(dirname "$0")"

export CARGO_TERM_COLOR=never
step() { printf '\n== web: %s\n' "$*"; }

step "browser and driver (Debian's chromium, chromium-driver)"
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] || command -v sudo >/dev/null 2>&1; then
    as_root=()
    [ "$(id -u)" = 0 ] || as_root=(sudo)
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "chromium or chromedriver is missing and this is not root: install chromium and chromium-driver" >&2
    exit 1
  fi
fi
chromium --version
chromedriver --version

step "axe-core (npm ci in tests/axe)"
(cd tests/axe && npm ci --no-audit --no-fund --silent)

if [ "${1:-}" = deps ]; then
  exit 0
fi

step "format"
cargo fmt -p peerwork-web -- --check

step "clippy (all targets)"
cargo clippy -p peerwork-web --all-targets -- -D warnings

step "docs"
RUSTDOCFLAGS="-D warnings" cargo doc -p peerwork-web --no-deps

step "tests (unit, HTTP, browser)"
cargo test -p peerwork-web

step "load: 64 connections on loopback, compose-assess-render, saves counted back"
cargo bench -p peerwork-web --bench load

step "all checks passed"
