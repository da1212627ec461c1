//! Reading a document of the library through its one gate: JSON with
//! [`peerwork::from_json_slice`], TOML through [`crate::toml_gate`] and then the same.
//! Every rule of the library is in its `Deserialize` implementations, so nothing here
//! checks anything of its own; this module only says where a fault is.

use std::path::Path;

use serde::de::DeserializeOwned;

use peerwork::{JsonError, from_json_slice};

use crate::error::{CliError, Diagnostic};
use crate::input::{self, InputFormat};
use crate::toml_gate::{TomlAsJson, line_column};

/// Reads `bytes` (from `source`) as a `T` written in `format`.
///
/// # Errors
///
/// A [`Diagnostic`] with the path, line and column of the fault, and the library's
/// message.
pub fn read<T: DeserializeOwned>(
    source: &str,
    bytes: &[u8],
    format: InputFormat,
) -> Result<T, Diagnostic> {
    match format {
        InputFormat::Json | InputFormat::Jsonl => read_json(source, bytes, 0),
        InputFormat::Toml => read_toml(source, bytes),
    }
}

/// Reads one JSON document; `lines_before` lines of a JSON-lines stream come before it.
pub fn read_json<T: DeserializeOwned>(
    source: &str,
    bytes: &[u8],
    lines_before: usize,
) -> Result<T, Diagnostic> {
    from_json_slice(bytes).map_err(|error| {
        let position =
            (error.line() > 0).then(|| (error.line().saturating_add(lines_before), error.column()));
        Diagnostic::new(source, position, without_position(&error)).with_path(error.path())
    })
}

fn read_toml<T: DeserializeOwned>(source: &str, bytes: &[u8]) -> Result<T, Diagnostic> {
    let text = core::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_column(
            &String::from_utf8_lossy(bytes.get(..e.valid_up_to()).unwrap_or_default()),
            e.valid_up_to(),
        );
        Diagnostic::new(source, Some((line, column)), "TOML text is not valid UTF-8")
    })?;
    let document = TomlAsJson::new(text).map_err(|e| {
        let position = e.span.map(|span| line_column(text, span.start));
        Diagnostic::new(source, position, e.message)
    })?;
    from_json_slice(document.json.as_bytes()).map_err(|error| {
        // The JSON is on one line: its column, less one, is the byte offset.
        let position = (error.line() > 0)
            .then(|| document.toml_offset(error.column().saturating_sub(1)))
            .flatten()
            .map(|offset| line_column(text, offset));
        Diagnostic::new(source, position, without_position(&error)).with_path(error.path())
    })
}

/// The error's text without `at line L column C`, which the diagnostic gives in the
/// file's own terms.
pub fn without_position(error: &JsonError) -> String {
    let text = error.to_string();
    if error.line() == 0 {
        return text;
    }
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    match text.strip_suffix(&suffix) {
        Some(rest) => rest.to_owned(),
        None => text,
    }
}

/// Reads the document at `path` (`-` for standard input) as a `T`, in `format` or the
/// format its extension names.
///
/// # Errors
///
/// [`CliError::Io`] when it cannot be read, [`CliError::Usage`] for JSON lines (which
/// only `check` reads), and [`CliError::Refused`] when the library refuses it.
pub fn read_file<T: DeserializeOwned>(
    path: &Path,
    format: Option<InputFormat>,
) -> Result<T, CliError> {
    let input = input::read(path)?;
    let format = format.unwrap_or_else(|| InputFormat::of(&input.name));
    if format == InputFormat::Jsonl {
        return Err(CliError::usage(format!(
            "{}: JSON lines hold many documents; only `peerwork check` reads them",
            input.name
        )));
    }
    Ok(read(&input.name, &input.bytes, format)?)
}
