//! Committed snapshots under `tests/snapshots/`.

use std::path::PathBuf;

/// Compares `actual` with the committed snapshot `name`, or writes it when
/// `UPDATE_SNAPSHOTS` is set; `test` names the test target to run again.
#[track_caller]
pub fn assert_snapshot(test: &str, name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == actual,
        "{} differs from the output; if the change is intended, run \
         `UPDATE_SNAPSHOTS=1 cargo test --test {test}` and review the diff.\n--- output:\n{actual}",
        path.display()
    );
}
