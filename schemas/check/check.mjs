// Checks every committed JSON Schema with two JavaScript consumers:
//
// - ajv 8 (draft 2020-12) in strict mode, with allErrors and the `date` format of
//   ajv-formats: a schema must compile with no error and no warning, and every example
//   document must be valid against its schema;
// - json-schema-to-typescript: each schema becomes `<out>/<name>.ts`, with no error and
//   no warning; check.sh then type-checks the files with `tsc --strict --noEmit`.
//
//   node check.mjs SCHEMA_DIR DOCS_DIR OUT_DIR
//
// DOCS_DIR holds `<schema name>/<document>.json`, one document a file. Exits 1 on any
// failure, after reporting all of them.

import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { compile } from "json-schema-to-typescript";

const [schemaDir, docsDir, outDir] = process.argv.slice(2);
if (!schemaDir || !docsDir || !outDir) {
  console.error("usage: node check.mjs SCHEMA_DIR DOCS_DIR OUT_DIR");
  process.exit(2);
}

const here = dirname(fileURLToPath(import.meta.url));
const version = (pkg) =>
  JSON.parse(readFileSync(join(here, "node_modules", pkg, "package.json"), "utf8")).version;

const failures = [];
const fail = (message) => failures.push(message);

// Node's own warnings (deprecations and the like) count as failures too.
process.on("warning", (warning) => fail(`node warning: ${warning.name}: ${warning.message}`));

const schemaFiles = readdirSync(schemaDir)
  .filter((file) => file.endsWith(".schema.json"))
  .sort();
if (schemaFiles.length === 0) {
  fail(`no *.schema.json in ${schemaDir}`);
}

/** Runs `body` with console output captured; returns what it printed. */
async function capturingConsole(body) {
  const printed = [];
  const saved = {};
  for (const level of ["log", "info", "warn", "error", "debug", "dir"]) {
    saved[level] = console[level];
    console[level] = (...args) => printed.push(`${level}: ${args.map(String).join(" ")}`);
  }
  try {
    await body();
  } finally {
    Object.assign(console, saved);
  }
  return printed;
}

let documents = 0;
for (const file of schemaFiles) {
  const name = file.slice(0, -".schema.json".length);
  const schema = JSON.parse(readFileSync(join(schemaDir, file), "utf8"));

  // ajv, strict: every strict-mode rule throws, and anything it would log is a failure.
  const logged = [];
  const logger = {
    log: (...args) => logged.push(`log: ${args.join(" ")}`),
    warn: (...args) => logged.push(`warning: ${args.join(" ")}`),
    error: (...args) => logged.push(`error: ${args.join(" ")}`),
  };
  const ajv = new Ajv2020({ strict: true, allErrors: true, logger });
  // Only `date`: any other format left in a schema is an unknown format, which strict
  // mode refuses.
  addFormats(ajv, ["date"]);
  let validate = null;
  try {
    validate = ajv.compile(schema);
  } catch (err) {
    fail(`ajv: ${file}: ${err.message}`);
  }
  for (const line of logged) {
    fail(`ajv: ${file}: ${line}`);
  }
  const docDir = join(docsDir, name);
  if (validate && existsSync(docDir)) {
    for (const doc of readdirSync(docDir).sort()) {
      const value = JSON.parse(readFileSync(join(docDir, doc), "utf8"));
      documents += 1;
      if (!validate(value)) {
        const errors = validate.errors
          .map((e) => `${e.instancePath || "/"} ${e.message}`)
          .join("; ");
        fail(`ajv: ${name}/${doc} is not valid: ${errors}`);
      }
    }
  }

  // json-schema-to-typescript: whatever it prints is a warning or an error.
  let typescript = null;
  const printed = await capturingConsole(async () => {
    try {
      // The defaults, but index signatures admit `undefined`, which tsc --strict checks.
      typescript = await compile(schema, name, {
        bannerComment: `// Generated from schemas/${file} by schemas/check/check.mjs.`,
        strictIndexSignatures: true,
      });
    } catch (err) {
      fail(`json-schema-to-typescript: ${file}: ${err.name}: ${err.message}`);
    }
  });
  for (const line of printed) {
    fail(`json-schema-to-typescript: ${file}: ${line}`);
  }
  if (typescript !== null) {
    writeFileSync(join(outDir, `${name}.ts`), typescript);
  }
}

if (documents === 0) {
  fail(`no example documents in ${docsDir}`);
}
// Let warnings that Node emitted late reach the listener above.
await new Promise((resolve) => setImmediate(resolve));

if (failures.length > 0) {
  for (const failure of failures) {
    console.error(failure);
  }
  console.error(`ajv and json-schema-to-typescript: ${failures.length} failure(s)`);
  process.exit(1);
}
console.log(
  `ajv ${version("ajv")} (draft 2020-12, strict, allErrors): ${schemaFiles.length} schemas ` +
    `compiled with no warning, ${documents} documents valid`,
);
console.log(
  `json-schema-to-typescript ${version("json-schema-to-typescript")}: ` +
    `${schemaFiles.length} schemas converted with no warning`,
);
