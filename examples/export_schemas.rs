//! Writes the JSON Schema of every root document, and the profile catalogue document,
//! to a directory.
//!
//! ```text
//! cargo run --example export_schemas -- schemas
//! ```
//!
//! Without an argument it writes to `schemas/`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "schemas".to_owned()),
    );
    if let Err(err) = std::fs::create_dir_all(&dir) {
        eprintln!("cannot create {}: {err}", dir.display());
        return ExitCode::FAILURE;
    }
    for schema in peerwork::schema::root_schemas() {
        let path = dir.join(schema.file_name());
        if let Err(err) = std::fs::write(&path, schema.to_json_pretty()) {
            eprintln!("cannot write {}: {err}", path.display());
            return ExitCode::FAILURE;
        }
        println!("wrote {}", path.display());
    }
    let path = dir.join("profile_catalogue.json");
    let mut catalogue =
        serde_json::to_string_pretty(&peerwork::ProfileCatalogue::new()).unwrap_or_default();
    catalogue.push('\n');
    if let Err(err) = std::fs::write(&path, catalogue) {
        eprintln!("cannot write {}: {err}", path.display());
        return ExitCode::FAILURE;
    }
    println!("wrote {}", path.display());
    ExitCode::SUCCESS
}
