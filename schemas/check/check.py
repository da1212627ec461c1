"""Checks every committed JSON Schema with Python's jsonschema.

Each schema must pass Draft202012Validator.check_schema, and every example document
must be valid against its schema (formats checked).

    python -W error check.py SCHEMA_DIR DOCS_DIR

DOCS_DIR holds `<schema name>/<document>.json`, one document a file. Exits 1 on any
failure, after reporting all of them.
"""

import json
import sys
from importlib.metadata import version
from pathlib import Path

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: python check.py SCHEMA_DIR DOCS_DIR", file=sys.stderr)
        return 2
    schema_dir, docs_dir = Path(sys.argv[1]), Path(sys.argv[2])
    failures = []
    files = sorted(schema_dir.glob("*.schema.json"))
    if not files:
        failures.append(f"no *.schema.json in {schema_dir}")
    documents = 0
    for file in files:
        name = file.name.removesuffix(".schema.json")
        schema = json.loads(file.read_text(encoding="utf-8"))
        try:
            Draft202012Validator.check_schema(schema)
        except SchemaError as err:
            failures.append(f"jsonschema: {file.name}: {err.message} at {err.json_path}")
            continue
        validator = Draft202012Validator(
            schema, format_checker=Draft202012Validator.FORMAT_CHECKER
        )
        for doc in sorted((docs_dir / name).glob("*.json")):
            documents += 1
            value = json.loads(doc.read_text(encoding="utf-8"))
            for error in validator.iter_errors(value):
                failures.append(
                    f"jsonschema: {name}/{doc.name} is not valid: "
                    f"{error.json_path}: {error.message}"
                )
    if documents == 0:
        failures.append(f"no example documents in {docs_dir}")
    for failure in failures:
        print(failure, file=sys.stderr)
    if failures:
        print(f"jsonschema: {len(failures)} failure(s)", file=sys.stderr)
        return 1
    print(
        f"jsonschema {version('jsonschema')} (Draft202012Validator): {len(files)} schemas "
        f"pass check_schema, {documents} documents valid"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
