#!/usr/bin/env bash
# Runs the fuzz targets one at a time, each from its committed seeds (seeds/<target>)
# plus a local, git-ignored working corpus (corpus/<target>).
#
#   fuzz/run.sh smoke [SECONDS]          every target for SECONDS each (default 5)
#   fuzz/run.sh runs N [TARGET...]       each target (default: all) for N executions
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`); on a stable toolchain
# RUSTC_BOOTSTRAP=1 lets it build with the sanitizer flags it needs. FUZZ_SANITIZER
# picks the sanitizer (default: address; `none` runs about twice as fast, and the
# crate forbids unsafe code). Debug assertions (overflow checks) are on either way.
set -euo pipefail
cd "$(dirname "$0")"

export RUSTC_BOOTSTRAP=1
targets_all=(json_job_description json_task_set json_fee_schedule json_readiness json_peer_worker_record json_roster posting_details reflection_form text_parse builder fee_estimate render publish)

mode=${1:-smoke}
case "$mode" in
  smoke) limit=(-max_total_time="${2:-5}"); shift $(( $# > 1 ? 2 : $# )) ;;
  runs) limit=(-runs="${2:?number of executions}"); shift 2 ;;
  *) echo "usage: $0 smoke [SECONDS] | runs N [TARGET...]" >&2; exit 2 ;;
esac
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${targets_all[@]}")

sanitizer=(--sanitizer "${FUZZ_SANITIZER:-address}")
cargo fuzz build --fuzz-dir . "${sanitizer[@]}"
mkdir -p artifacts
for target in "${targets[@]}"; do
  mkdir -p "corpus/$target" "seeds/$target"
  dict=()
  case "$target" in json_* | posting_details | reflection_form | text_parse | render | publish) dict=(-dict=peerwork.dict) ;; esac
  echo "== $target"
  log="artifacts/$target.log"
  status=0
  cargo fuzz run --fuzz-dir . "${sanitizer[@]}" "$target" "corpus/$target" "seeds/$target" -- \
    "${limit[@]}" "${dict[@]}" -max_len=4096 -print_final_stats=1 >"$log" 2>&1 || status=$?
  grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb|SUMMARY|Test unit written)|panicked' "$log" || true
  if [ "$status" -ne 0 ]; then
    tail -n 40 "$log"
    exit "$status"
  fi
done
