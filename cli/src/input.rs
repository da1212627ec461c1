//! Where documents come from and go to: files, or `-` for standard input and output,
//! and the format each is written in.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use clap::ValueEnum;

use crate::error::CliError;

/// The text formats documents are read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    /// One JSON document.
    Json,
    /// One TOML document (for documents people write by hand).
    Toml,
    /// JSON lines: one JSON document on each line (`check` only).
    Jsonl,
}

impl InputFormat {
    /// The format of the file `name`, by its extension: `.toml` is TOML, `.jsonl` and
    /// `.ndjson` are JSON lines, anything else (and standard input) JSON.
    pub fn of(name: &str) -> Self {
        let extension = Path::new(name)
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match extension.as_deref() {
            Some("toml") => Self::Toml,
            Some("jsonl" | "ndjson") => Self::Jsonl,
            _ => Self::Json,
        }
    }
}

/// The text formats documents are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// JSON, pretty-printed.
    Json,
    /// JSON on one line.
    JsonCompact,
    /// TOML (for a document that is an object).
    Toml,
}

impl OutputFormat {
    /// The format of the file `name`, by its extension: `.toml` is TOML, anything else
    /// (and standard output) pretty JSON.
    pub fn of(name: &str) -> Self {
        match InputFormat::of(name) {
            InputFormat::Toml => Self::Toml,
            InputFormat::Json | InputFormat::Jsonl => Self::Json,
        }
    }
}

/// A document's text and where it came from.
#[derive(Debug)]
pub struct Input {
    /// The file's name as given, `<stdin>` for `-`.
    pub name: String,
    /// The bytes read.
    pub bytes: Vec<u8>,
}

/// The name standard input is reported under.
pub const STDIN: &str = "<stdin>";

/// Reads `path`, or standard input for `-`.
pub fn read(path: &Path) -> Result<Input, CliError> {
    if path == Path::new("-") {
        let mut bytes = Vec::new();
        io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| CliError::io(STDIN, e))?;
        return Ok(Input {
            name: STDIN.to_owned(),
            bytes,
        });
    }
    let name = path.display().to_string();
    let bytes = fs::read(path).map_err(|e| CliError::io(&name, e))?;
    Ok(Input { name, bytes })
}

/// Where output goes: a file, or standard output for `-` or nothing.
#[derive(Debug, Clone)]
pub struct Destination(Option<PathBuf>);

impl Destination {
    /// Standard output for `None` or `-`, otherwise the file.
    pub fn new(path: Option<&Path>) -> Self {
        Self(path.filter(|p| *p != Path::new("-")).map(Path::to_path_buf))
    }

    /// The file's name, if output goes to a file.
    pub fn file_name(&self) -> Option<String> {
        self.0.as_ref().map(|p| p.display().to_string())
    }

    /// Writes `text` there. A closed standard output (`peerwork … | head`) is not an
    /// error.
    pub fn write(&self, text: &str) -> Result<(), CliError> {
        if let Some(path) = &self.0 {
            return fs::write(path, text).map_err(|e| CliError::io(path.display().to_string(), e));
        }
        let mut out = io::stdout().lock();
        match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(CliError::io("<stdout>", e)),
            _ => Ok(()),
        }
    }
}

/// `value` written as `format`, ending with a line break.
///
/// # Errors
///
/// [`CliError::Usage`] for TOML of a document that is not an object (a task set is a
/// JSON array).
pub fn document_text<T: serde::Serialize>(
    value: &T,
    format: OutputFormat,
) -> Result<String, CliError> {
    let mut text = match format {
        OutputFormat::Json => {
            serde_json::to_string_pretty(value).map_err(|e| CliError::usage(e.to_string()))?
        }
        OutputFormat::JsonCompact => {
            serde_json::to_string(value).map_err(|e| CliError::usage(e.to_string()))?
        }
        OutputFormat::Toml => {
            return toml::to_string_pretty(value).map_err(|e| {
                CliError::usage(format!(
                    "this document cannot be written as TOML ({}); a TOML document is a table, \
                     so write it as JSON",
                    e.to_string().trim_end()
                ))
            });
        }
    };
    text.push('\n');
    Ok(text)
}
