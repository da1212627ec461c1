#!/usr/bin/env bash
# The CI steps of the command-line tool: format, lint, build, tests (the README's
# examples included), every subcommand run once on committed files, docs, and the
# benches compiled. Run from anywhere; .ci/run calls it.
set -euo pipefail
cd "$(dirname "$0")"

export CARGO_TERM_COLOR=never
step() { printf '\n== cli: %s\n' "$*"; }

step "format"
cargo fmt -p peerwork-cli -- --check

step "clippy (all targets)"
cargo clippy -p peerwork-cli --all-targets -- -D warnings

step "build"
cargo build -p peerwork-cli

step "tests"
cargo test -p peerwork-cli

step "docs"
RUSTDOCFLAGS="-D warnings" cargo doc -p peerwork-cli --no-deps --document-private-items

step "every subcommand once"
peerwork="$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')/debug/peerwork"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd tests/data
"$peerwork" --version
"$peerwork" profiles --lang fi --format html -o "$scratch/profiles.html"
"$peerwork" new --pilot bridge_builder --lang fi,sv -o "$scratch/post.toml" 2>/dev/null
"$peerwork" check "$scratch/post.toml" caretaker.json custom.toml details.toml roster.json jobs.jsonl >/dev/null 2>&1 \
  || [ $? -eq 1 ] # jobs.jsonl holds one refused document on purpose
"$peerwork" convert "$scratch/post.toml" -o "$scratch/post.json"
"$peerwork" render "$scratch/post.json" --lang sv --format html_page -o "$scratch/ad.html"
"$peerwork" publish "$scratch/post.toml" --details details.toml --script >/dev/null
"$peerwork" fees --job talk.toml >/dev/null
"$peerwork" schema --out "$scratch/schemas"
"$peerwork" match --roster roster.json custom.toml --from 2027-02-01 --to 2027-07-31 >/dev/null
"$peerwork" completions bash >/dev/null
"$peerwork" man >/dev/null
cd - >/dev/null

step "benches compile"
cargo bench -p peerwork-cli --no-run

step "all checks passed"
