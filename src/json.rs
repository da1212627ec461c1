//! Reading documents from JSON with errors that say where in the document they are.
//!
//! Every document type of the crate implements serde's `Deserialize`, so
//! `serde_json::from_str` reads it and runs the same validation as the builders. The
//! crate's own errors name their field (`terms.working_time_percent: …`), but the
//! errors serde itself raises do not: a wrong enum value reads ``unknown variant
//! `space_station`, expected one of …`` without saying which field held it, and an
//! unknown key is repeated whole however long it is.
//!
//! [`from_json`] and [`from_json_slice`] read the same documents with the same rules and
//! return a [`JsonError`] that carries the path to the value at fault (`setting`,
//! `tasks.essential[2]`, `workers[3].languages[0]`), the line and column, and a message
//! cut to [`MAX_MESSAGE_BYTES`] (and a path cut to [`MAX_PATH_BYTES`]). Use them where a person or another system has to act on
//! the error.
//!
//! ```
//! use peerwork::{JobDescription, JsonErrorKind, from_json};
//!
//! let json = r#"{"format_version": 1, "title": "Peer worker", "setting": "space_station"}"#;
//! let err = from_json::<JobDescription>(json).unwrap_err();
//! assert_eq!(err.path(), Some("setting"));
//! assert_eq!(err.kind(), JsonErrorKind::Data);
//! assert!(err.to_string().starts_with("setting: unknown variant `space_station`"));
//! ```

use core::fmt;

use serde::de::{DeserializeOwned, IgnoredAny};

use crate::error::quote_bounded;

/// The longest message a [`JsonError`] keeps, in bytes; a longer one is cut on a
/// character boundary and marked with `…`.
pub const MAX_MESSAGE_BYTES: usize = 512;

/// The longest path a [`JsonError`] keeps, in bytes (a path repeats the keys of the
/// document, and an unknown key can be of any length); a longer one is cut like a
/// message.
pub const MAX_PATH_BYTES: usize = 256;

/// What kind of fault a [`JsonError`] reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JsonErrorKind {
    /// The text is not JSON.
    Syntax,
    /// The text is JSON, but not a valid document: a wrong type, an unknown field or
    /// value, a missing field, or a broken rule of the model.
    Data,
    /// The text ends before the document does.
    Eof,
}

/// A document that could not be read from JSON, with where and why.
///
/// `Display` writes the path, the message and the position:
/// ``tasks.essential[2]: unknown task id `x` at line 1 column 120``. When the message
/// already starts with the field it concerns (the crate's own errors do), the path is
/// not written twice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    path: Option<String>,
    message: String,
    kind: JsonErrorKind,
    line: usize,
    column: usize,
}

impl JsonError {
    /// The path to the value at fault, as `field.inner[index]` (at most
    /// [`MAX_PATH_BYTES`] long), or `None` when the fault is the document as a whole: a
    /// rule across fields (whose message names the fields), or text that is not JSON
    /// before any field.
    #[must_use]
    pub fn path(&self) -> Option<&str> {
        self.path.as_deref()
    }

    /// The message, without the path or the position, at most
    /// [`MAX_MESSAGE_BYTES`] long.
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }

    /// What kind of fault this is.
    #[must_use]
    pub fn kind(&self) -> JsonErrorKind {
        self.kind
    }

    /// The line of the fault, counting from 1; 0 when the fault has no position.
    #[must_use]
    pub fn line(&self) -> usize {
        self.line
    }

    /// The column of the fault on its line, counting from 1; 0 when the fault has no
    /// position.
    #[must_use]
    pub fn column(&self) -> usize {
        self.column
    }

    fn new(error: serde_path_to_error::Error<serde_json::Error>) -> Self {
        let path = withhold_below_backgrounds(&error.path().to_string());
        // `?` stands for a key that could not be read.
        let path = (path != "." && path != "?" && !path.starts_with("?."))
            .then(|| quote_bounded(&path, MAX_PATH_BYTES));
        Self::at(path, &error.into_inner())
    }

    fn at(path: Option<String>, inner: &serde_json::Error) -> Self {
        let (line, column) = (inner.line(), inner.column());
        let full = inner.to_string();
        let suffix = format!(" at line {line} column {column}");
        let message = match full.strip_suffix(&suffix) {
            Some(message) if line != 0 => message,
            _ => full.as_str(),
        };
        let kind = kind_of(inner);
        Self {
            path,
            message: quote_bounded(message, MAX_MESSAGE_BYTES),
            kind,
            line,
            column,
        }
    }
}

impl JsonError {
    /// Whether the message already starts with the field the path leads through first
    /// (`workers[3] (id …): languages: …` for the path `workers[3].languages[0]`,
    /// `experience_backgrounds: …` for `experience_backgrounds[0]`), as the crate's own
    /// errors do.
    fn message_names_field(&self, path: &str) -> bool {
        let first = path.split(['.', '[']).next().unwrap_or(path);
        !first.is_empty()
            && self
                .message
                .strip_prefix(first)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([':', '.', '[', ' ']))
    }
}

/// The field of a person's experience backgrounds. A path goes no deeper than this
/// field: what lies below it (a key inside a malformed value) could be a background.
const BACKGROUNDS_FIELD: &str = "experience_backgrounds";

/// `path` cut after its `experience_backgrounds` segment (and that segment's index, if
/// any), if it has one.
fn withhold_below_backgrounds(path: &str) -> String {
    let mut kept = String::with_capacity(path.len());
    for (n, segment) in path.split('.').enumerate() {
        if n > 0 {
            kept.push('.');
        }
        kept.push_str(segment);
        if segment.split('[').next() == Some(BACKGROUNDS_FIELD) {
            break;
        }
    }
    kept
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(path) = &self.path
            && !self.message_names_field(path)
        {
            write!(f, "{path}: ")?;
        }
        f.write_str(&self.message)?;
        if self.line != 0 {
            write!(f, " at line {} column {}", self.line, self.column)?;
        }
        Ok(())
    }
}

impl std::error::Error for JsonError {}

/// Reads a document of type `T` from JSON text, with the validation of `T`.
///
/// The same as `serde_json::from_str`, except that the error says where in the document
/// the fault is (see [`JsonError`]). A valid document is read once, as fast as
/// `serde_json::from_str` reads it; a refused one is read a second time, keeping track
/// of the path, to say where the fault is.
///
/// # Errors
///
/// [`JsonError`] when the text is not JSON, or not a valid `T`.
pub fn from_json<T: DeserializeOwned>(json: &str) -> Result<T, JsonError> {
    serde_json::from_str(json).map_err(|plain| {
        let scan = || serde_json::from_str(json);
        locate::<_, T>(&plain, &mut serde_json::Deserializer::from_str(json), scan)
    })
}

/// Reads a document of type `T` from JSON bytes (UTF-8), with the validation of `T`.
///
/// As [`from_json`], for input that has not been checked to be UTF-8.
///
/// # Errors
///
/// [`JsonError`] when the bytes are not JSON, or not a valid `T`.
pub fn from_json_slice<T: DeserializeOwned>(json: &[u8]) -> Result<T, JsonError> {
    serde_json::from_slice(json).map_err(|plain| {
        let scan = || serde_json::from_slice(json);
        locate::<_, T>(
            &plain,
            &mut serde_json::Deserializer::from_slice(json),
            scan,
        )
    })
}

/// Reads a refused document again, keeping track of the path, and returns the error
/// with its path. Reading is deterministic, so the second reading fails where the first
/// did; should it not, the first error is returned without a path.
///
/// `scan` tells whether the text is JSON at all: a reader that puts a field's name
/// before the errors it meets there (a bank record does) makes a syntax error look like
/// a data error, and the scan gives it back its kind.
fn locate<'de, R: serde_json::de::Read<'de>, T: DeserializeOwned>(
    plain: &serde_json::Error,
    deserializer: &mut serde_json::Deserializer<R>,
    scan: impl FnOnce() -> Result<IgnoredAny, serde_json::Error>,
) -> JsonError {
    let second = serde_path_to_error::deserialize::<_, T>(&mut *deserializer)
        .map_err(JsonError::new)
        .and_then(|_| {
            deserializer
                .end()
                .map_err(|error| JsonError::at(None, &error))
        });
    let mut error = match second {
        Err(error) if (error.line, error.column) == (plain.line(), plain.column()) => error,
        _ => JsonError::at(None, plain),
    };
    if error.kind == JsonErrorKind::Data
        && let Err(syntax) = scan()
        && (syntax.line(), syntax.column()) == (error.line, error.column)
    {
        error.kind = kind_of(&syntax);
    }
    error
}

fn kind_of(error: &serde_json::Error) -> JsonErrorKind {
    match error.classify() {
        serde_json::error::Category::Syntax => JsonErrorKind::Syntax,
        serde_json::error::Category::Eof => JsonErrorKind::Eof,
        // Reading from memory raises no I/O errors.
        serde_json::error::Category::Data | serde_json::error::Category::Io => JsonErrorKind::Data,
    }
}
