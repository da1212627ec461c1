#!/usr/bin/env bash
# Checks every committed JSON Schema (schemas/*.schema.json) with three consumers, and
# fails on any error or warning from any of them:
#
#   1. ajv 8 (draft 2020-12) in strict mode with allErrors, plus ajv-formats for `date`;
#   2. Python jsonschema: Draft202012Validator.check_schema;
#   3. json-schema-to-typescript, its output type-checked by `tsc --strict --noEmit`.
#
# ajv and jsonschema also validate example documents against their schemas: the four
# Vantaa pilot job descriptions the crate writes (`cargo run --example vantaa_profiles
# -- --json`), and the committed fuzz seeds of a roster and of a peer-worker record.
#
#   schemas/check/check.sh
#
# Installs what it needs into this folder, git-ignored: `npm ci` into node_modules/,
# requirements.txt into the virtual environment .venv/ (PYTHON picks the interpreter,
# default python3). Each install runs again only when its lock file changed. Without
# the npm registry or PyPI the install fails, and so does the check.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$here"

started=$SECONDS
say() { printf '%s\n' "-- $*"; }

# ---- install (each step only when its lock file is newer than the last install)
if ! cmp -s package-lock.json node_modules/.installed-package-lock.json; then
  say "npm ci"
  npm ci --no-audit --no-fund || {
    echo "schema check: npm ci failed (is the npm registry reachable?)" >&2
    exit 1
  }
  cp package-lock.json node_modules/.installed-package-lock.json
fi
if ! cmp -s requirements.txt .venv/installed-requirements.txt; then
  say "pip install -r requirements.txt (into .venv)"
  rm -rf .venv
  "${PYTHON:-python3}" -m venv .venv
  PIP_DISABLE_PIP_VERSION_CHECK=1 .venv/bin/pip install --quiet --require-virtualenv \
    -r requirements.txt || {
    echo "schema check: pip install failed (is PyPI reachable?)" >&2
    exit 1
  }
  cp requirements.txt .venv/installed-requirements.txt
fi
installed=$SECONDS

# ---- example documents, one a file under out/docs/<schema name>/
out="$here/out"
rm -rf "$out"
mkdir -p "$out/ts" "$out/docs/job_description" "$out/docs/roster" "$out/docs/peer_worker_record"
(cd "$root" && cargo run --quiet --example vantaa_profiles -- --json) >"$out/pilots.json"
node -e '
  const fs = require("node:fs");
  const [file, dir] = process.argv.slice(1);
  const jobs = JSON.parse(fs.readFileSync(file, "utf8"));
  if (!Array.isArray(jobs) || jobs.length !== 4) throw new Error(`${file}: expected the 4 pilot posts`);
  jobs.forEach((job, i) => fs.writeFileSync(`${dir}/pilot_${i + 1}.json`, JSON.stringify(job)));
' "$out/pilots.json" "$out/docs/job_description"
cp "$root/fuzz/seeds/json_roster/two_workers" "$out/docs/roster/fuzz_seed_two_workers.json"
cp "$root/fuzz/seeds/json_peer_worker_record/full" "$out/docs/peer_worker_record/fuzz_seed_full.json"
documents=$SECONDS

# ---- the consumers; each runs even when one before it failed
status=0
say "ajv (strict) and json-schema-to-typescript"
node check.mjs "$root/schemas" "$out/docs" "$out/ts" || status=1
say "Python jsonschema"
.venv/bin/python -W error check.py "$root/schemas" "$out/docs" || status=1
say "tsc --strict --noEmit on the generated TypeScript"
shopt -s nullglob
ts_files=("$out"/ts/*.ts)
if [ ${#ts_files[@]} -eq 0 ]; then
  echo "tsc: no TypeScript was generated" >&2
  status=1
elif node_modules/.bin/tsc --strict --noEmit --pretty false "${ts_files[@]}"; then
  echo "tsc $(node_modules/.bin/tsc --version | sed 's/^Version //') --strict --noEmit: ${#ts_files[@]} files, no error"
else
  status=1
fi

say "install $((installed - started)) s, documents $((documents - installed)) s, checks $((SECONDS - documents)) s"
if [ "$status" -ne 0 ]; then
  echo "schema check FAILED" >&2
  exit 1
fi
echo "schema check passed: ajv strict, Python jsonschema, json-schema-to-typescript + tsc"
