#!/usr/bin/env bash
# Peak resident memory of `from_json` refusing large documents, against their size.
#
#   benches/refused_memory.sh [BYTES]      # default 52428800 (50 MiB)
#
# Builds examples/refused_memory.rs in release mode and runs each case in a process of
# its own under `/usr/bin/time -v`, which reports the peak resident set size. The
# table gives, per case: the document's size, the peak, the peak over the size, and the
# peak less the process's own baseline (a run with an empty document) over the size.
# The `load` row only builds the document: what any reader starts from; `roster_serde`
# reads the `roster` document with serde_json alone. The goal is a peak
# of at most 2.5 times the document's size for every refused document.
set -euo pipefail

size=${1:-52428800}
cd "$(dirname "$0")/.."
cargo build --quiet --release --example refused_memory
bin="${CARGO_TARGET_DIR:-target}/release/examples/refused_memory"

# One run: prints the document's size in bytes and the peak resident set size in kB.
measure() {
    local out
    out=$(mktemp)
    /usr/bin/time -v "$bin" "$@" 2>"$out.time" >"$out"
    printf '%s %s\n' \
        "$(awk 'NR == 2 { print $2 }' "$out")" \
        "$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$out.time")"
    rm -f "$out" "$out.time"
}

read -r _ base_kb < <(measure load 0)
echo "document size asked: $size bytes; process baseline (empty document): $base_kb kB"
printf '%-14s %12s %12s %8s %16s\n' case document "peak RSS kB" ratio "(peak-base)/doc"
for case in load unknown_key unknown_value title long_array deep_array roster roster_serde escaped_key; do
    read -r bytes kb < <(measure "$case" "$size")
    awk -v c="$case" -v b="$bytes" -v k="$kb" -v base="$base_kb" 'BEGIN {
        printf "%-14s %12d %12d %7.2fx %15.2fx\n", c, b, k, k * 1024 / b, (k - base) * 1024 / b
    }'
done
