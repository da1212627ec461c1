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
serve_pid=
trap '[ -z "$serve_pid" ] || kill "$serve_pid" 2>/dev/null || true; rm -rf "$scratch"' EXIT
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

step "serve once: the builder on a free loopback port, its front page, stopped"
"$peerwork" serve --addr 127.0.0.1:0 --db "$scratch/drafts.sqlite3" >"$scratch/serve.log" 2>&1 &
serve_pid=$!
url=
for _ in $(seq 300); do # up to 30 s
  url=$(sed -n 's/^peerwork builder: open \(http:[^ ]*\)$/\1/p' "$scratch/serve.log")
  [ -n "$url" ] && break
  kill -0 "$serve_pid" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$url" ]; then
  cat "$scratch/serve.log" >&2
  echo "peerwork serve did not print its address" >&2
  exit 1
fi
echo "$url"
curl -fsS --max-time 10 -L -H 'Accept-Language: en' -o "$scratch/front.html" "$url"
grep -q '<html lang="en">' "$scratch/front.html"
kill "$serve_pid"
wait "$serve_pid" # SIGTERM stops it cleanly: exit code 0
serve_pid=
cat "$scratch/serve.log"

step "benches compile"
cargo bench -p peerwork-cli --no-run

step "all checks passed"
