//! The one-gate table's bad input (tests/data/bad, written by its make.py) through the
//! tool: each document is refused with exit code 1 and exactly the library's error —
//! message, path, line and column as `peerwork::from_json_slice` gives them. The same
//! documents written as TOML get the same message and path, at a line of the TOML that
//! names the field.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

use peerwork::{
    FeeSchedule, JobDescription, JsonError, PeerWorkerRecord, Readiness, Roster, TaskSet,
    from_json_slice,
};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

/// The type a file of the table is, by its name.
fn doc_type(name: &str) -> &'static str {
    for (prefix, doc_type) in [
        ("job_", "job_description"),
        ("task_set_", "task_set"),
        ("fee_schedule_", "fee_schedule"),
        ("readiness_", "readiness"),
        ("roster_", "roster"),
        ("record_", "peer_worker_record"),
    ] {
        if name.starts_with(prefix) {
            return doc_type;
        }
    }
    panic!("{name}: no type for this name");
}

/// The library's own error for `bytes` read as `doc_type`.
fn library_error(doc_type: &str, bytes: &[u8]) -> Option<JsonError> {
    match doc_type {
        "job_description" => from_json_slice::<JobDescription>(bytes).err(),
        "task_set" => from_json_slice::<TaskSet>(bytes).err(),
        "fee_schedule" => from_json_slice::<FeeSchedule>(bytes).err(),
        "readiness" => from_json_slice::<Readiness>(bytes).err(),
        "roster" => from_json_slice::<Roster>(bytes).err(),
        "peer_worker_record" => from_json_slice::<PeerWorkerRecord>(bytes).err(),
        other => panic!("no reader for {other}"),
    }
}

/// The error's text without its `at line L column C`.
fn message(error: &JsonError) -> String {
    let text = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    if error.line() == 0 {
        text
    } else {
        text.strip_suffix(&suffix).unwrap().to_owned()
    }
}

/// Runs `peerwork check --format json` on `path`; the one result, and the exit code.
fn check_json(path: &Path, doc_type: &str) -> (Value, i32) {
    let output = Command::cargo_bin("peerwork")
        .unwrap()
        .args(["check", "--format", "json", "--type", doc_type])
        .arg(path)
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{}: {stdout}", path.display());
    (
        serde_json::from_str(lines[0]).unwrap(),
        output.status.code().unwrap(),
    )
}

fn bad_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(data("bad"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 45,
        "the table's files are missing: run make.py"
    );
    files
}

#[test]
fn every_bad_document_is_refused_with_the_library_error() {
    for path in bad_files() {
        let name = path.file_name().unwrap().to_str().unwrap();
        let doc_type = doc_type(name);
        let bytes = fs::read(&path).unwrap();
        let expected = library_error(doc_type, &bytes)
            .unwrap_or_else(|| panic!("{name}: the library accepts it; not bad input"));
        let (result, code) = check_json(&path, doc_type);
        assert_eq!(code, 1, "{name}");
        assert_eq!(result["valid"], false, "{name}");
        let error = &result["errors"][0];
        assert_eq!(error["message"], message(&expected), "{name}");
        assert_eq!(error["path"].as_str(), expected.path(), "{name}");
        if expected.line() > 0 {
            assert_eq!(error["line"], expected.line(), "{name}");
            assert_eq!(error["column"], expected.column(), "{name}");
        } else {
            assert!(error["line"].is_null(), "{name}");
        }
    }
}

#[test]
fn text_report_names_file_line_column_and_field_on_stderr() {
    let path = data("bad/job_working_time_0.json");
    let expected = library_error("job_description", &fs::read(&path).unwrap()).unwrap();
    let output = Command::cargo_bin("peerwork")
        .unwrap()
        .arg("check")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(
        stderr,
        format!(
            "{}:{}:{}: error: {}\n",
            path.display(),
            expected.line(),
            expected.column(),
            message(&expected)
        )
    );
    assert!(stderr.contains(": error: terms.working_time_percent: invalid value: integer `0`"));
}

#[test]
fn the_same_documents_as_toml_get_the_same_errors() {
    let dir = tempfile::tempdir().unwrap();
    let mut compared = 0;
    for path in bad_files() {
        let name = path.file_name().unwrap().to_str().unwrap();
        let doc_type = doc_type(name);
        // Documents that are JSON objects TOML can hold (no null; a repeated key is one
        // key to a JSON value, so that row is valid once rewritten).
        let Ok(value) = serde_json::from_slice::<Value>(&fs::read(&path).unwrap()) else {
            continue;
        };
        let Ok(toml_text) = toml::to_string(&value) else {
            continue;
        };
        // The library's error for the same document as JSON, its keys in the TOML's
        // order (TOML writes a table's values before its sub-tables, and which key
        // comes first can decide which fault is met first).
        let table: toml::Table = toml::from_str(&toml_text).unwrap();
        let Some(json_error) = library_error(doc_type, &serde_json::to_vec(&table).unwrap()) else {
            continue;
        };
        let toml_path = dir.path().join(name.replace(".json", ".toml"));
        fs::write(&toml_path, &toml_text).unwrap();
        let (result, code) = check_json(&toml_path, doc_type);
        assert_eq!(code, 1, "{name}");
        let error = &result["errors"][0];
        assert_eq!(error["message"], message(&json_error), "{name} as TOML");
        assert_eq!(error["path"].as_str(), json_error.path(), "{name} as TOML");
        // The line the tool names holds the field the path ends with.
        let last_key = json_error
            .path()
            .and_then(|path| path.rsplit('.').next())
            .filter(|key| !key.contains('[') && !key.contains(' '));
        if let (Some(key), Some(line)) = (last_key, error["line"].as_u64()) {
            let text = toml_text.lines().nth(line as usize - 1).unwrap();
            assert!(
                text.contains(key),
                "{name} as TOML: line {line} `{text}` does not name `{key}`\n{toml_text}"
            );
        }
        compared += 1;
    }
    assert!(compared >= 35, "only {compared} documents compared as TOML");
}
