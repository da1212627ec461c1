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
//! cut to [`MAX_MESSAGE_BYTES`] (and a path cut to [`MAX_PATH_BYTES`]). Use them where a
//! person or another system has to act on the error.
//!
//! ```
//! use peerwork::{JobDescription, JsonErrorKind, from_json};
//!
//! let json = r#"{"format_version": 1, "title": "Peer worker", "setting": "space_station"}"#;
//! let err = from_json::<JobDescription>(json).unwrap_err();
//! assert_eq!(err.path(), Some("setting"));
//! assert_eq!(err.kind(), JsonErrorKind::Data);
//! assert!(err.to_string().starts_with("setting: unknown variant `space_station`"));
//! // The position is where the value at fault starts.
//! assert_eq!((err.line(), err.column()), (1, 58));
//! assert!(json[57..].starts_with("\"space_station\""));
//! ```
//!
//! # How the path is found
//!
//! A valid document is read once, by `serde_json` alone. A refused one is not read again
//! as a document: `serde_json`'s error gives a position and a message, and a small JSON
//! scanner reads the text up to that position, keeping the keys and indexes of the
//! objects and arrays it is in. The path is that of the innermost value there: the
//! value just read (a serde error about a value, or a rule a value's type checks once
//! its object is read, is raised right after it), the key just read (an unknown or
//! repeated field), or the value to come (a syntax error after `:`).
//!
//! The crate's own errors start with the path of their field, relative to the value
//! that raised them (`terms.working_time_percent: …`, ``workers[3] (id `kap-1`):
//! languages: …``), and that path is joined to the one found: a rule across fields
//! checked once the whole document is read has the path of the field it names. serde's
//! ``missing field `x` `` gives the path of the field that is missing.
//!
//! Scanning allocates nothing in proportion to the document: keys are borrowed from the
//! text, and `serde_json`'s error, which may repeat a huge key or value, is dropped once
//! its bounded message is copied.

use core::fmt::{self, Write as _};
use core::iter;

use serde::de::DeserializeOwned;

mod scan;
mod text;

use scan::{Broken, Spot};
use text::{Bounded, Key, Named, Seg, WithoutSuffix};

/// The longest message a [`JsonError`] keeps, in bytes, the mark `…` of a cut included;
/// a longer one is cut on a character boundary and marked.
pub const MAX_MESSAGE_BYTES: usize = 512;

/// The longest path a [`JsonError`] keeps, in bytes, the mark `…` of a cut included (a
/// path repeats the keys of the document, and an unknown key can be of any length); a
/// longer one is cut like a message.
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
/// ``tasks.essential[2]: unknown task id `x` at line 1 column 120``. The part of the
/// path the message already names is not written twice: the crate's own errors start
/// with their field (`terms.working_time_percent: must be …`), and serde's ``unknown
/// field `x` `` names the key (`terms: unknown field `overtime`, …`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    path: Option<String>,
    message: String,
    kind: JsonErrorKind,
    line: usize,
    column: usize,
    /// What `Display` writes before the message: the part of the path the message
    /// does not name, with its separator (`terms: `, `job.`), or nothing.
    lead: String,
}

impl JsonError {
    /// The path to the value at fault, as `field.inner[index]` (at most
    /// [`MAX_PATH_BYTES`] long), or `None` when the fault is the document as a whole
    /// (text that is not JSON before any field, a rule across fields whose message
    /// names no field). Below a person's `experience_backgrounds` a path names at most
    /// the entry's index (`experience_backgrounds[0]`), and the message withholds the
    /// value.
    ///
    /// Keys are written as they are, with the characters a one-line text refuses
    /// escaped (see [`QUOTE_LIMIT`](crate::QUOTE_LIMIT)).
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

    /// The line of the fault, counting from 1.
    ///
    /// For a [`Data`](JsonErrorKind::Data) error whose path names a value the document
    /// holds, the position is where that value starts (so a rule across fields points
    /// at the field it names); otherwise it is where `serde_json` stopped reading.
    #[must_use]
    pub fn line(&self) -> usize {
        self.line
    }

    /// The column of the fault on its line, in bytes, counting from 1; 0 when the fault
    /// is the start of a line (the text ends right after a line break).
    #[must_use]
    pub fn column(&self) -> usize {
        self.column
    }

    /// The error for `text`, which `serde_json` refused with `error`.
    fn locate(text: &[u8], error: serde_json::Error) -> Self {
        let (line, column) = (error.line(), error.column());
        let category = kind_of(&error);
        let message = bounded_message(&error);
        // The error may repeat a huge part of the text; nothing below needs it.
        drop(error);

        let mut spot = match offset_of(text, line, column) {
            Some(offset) => scan::spot(text, offset),
            None => Spot::whole(text),
        };
        let kind = match spot.broken {
            Some(Broken::Syntax) => JsonErrorKind::Syntax,
            Some(Broken::Eof) => JsonErrorKind::Eof,
            None => category,
        };
        if kind == JsonErrorKind::Data
            && let Some(step) = spot.before_comma.take()
            && let Some(last) = spot.steps.last_mut()
        {
            *last = step;
        }
        let found = Found::new(text, &mut spot, &message);
        let path = (!found.path.is_empty())
            .then(|| text::path_text(&found.path, found.deeper, MAX_PATH_BYTES));
        let lead = found.lead();
        let (line, column) = match found.start(text, &spot) {
            _ if kind != JsonErrorKind::Data => (line, column),
            // The document as a whole: where serde_json stopped, which is after the
            // document's value for a rule checked once it is read.
            _ if found.path.is_empty() => match spot.root.and_then(|root| scan::end_of(text, root))
            {
                Some(end) if line == 0 => position_of(text, end.saturating_sub(1)),
                _ => (line, column),
            },
            (Some(start), whole) if whole || line == 0 => position_of(text, start),
            _ => (line, column),
        };
        Self {
            path,
            message,
            kind,
            line,
            column,
            lead,
        }
    }
}

/// The path of an error, from where it lies and what its message names.
struct Found<'a> {
    /// The steps of the scanner's path, then those the message names below them, cut
    /// after a person's `experience_backgrounds`.
    path: Vec<Seg<'a>>,
    /// How many steps of `path` the scanner found.
    scanned: usize,
    /// Whether the value lies deeper than the path.
    deeper: bool,
    /// How many leading steps of `path` the message does not name, and so `Display`
    /// writes; whether it writes them as the start of the message's own path.
    unnamed: usize,
    joined: bool,
}

impl<'a> Found<'a> {
    fn new(text: &[u8], spot: &mut Spot<'a>, message: &'a str) -> Self {
        let (named, rest) = text::leading_fields(message);
        if Self::names_a_sibling(text, spot, &named) {
            spot.steps.pop();
        }
        let scanned: Vec<Seg<'a>> = spot.steps.iter().map(|step| step.seg).collect();
        // The message's path is relative to the value that raised the error: the value
        // at the spot, or one of the values around it. Join it where it agrees with the
        // scanned path, as near the document's value as possible.
        let agrees = |at: usize| scanned.iter().skip(at).zip(&named).all(|(a, b)| a.same(*b));
        let at = (0..=scanned.len())
            .find(|&at| agrees(at))
            .unwrap_or(scanned.len());
        let mut path = scanned.clone();
        if !spot.deeper {
            let overlap = scanned.len().saturating_sub(at);
            path.extend(named.iter().skip(overlap).copied());
        }
        let names_last = !spot.deeper && Self::name_field(&mut path, rest);
        let (unnamed, joined) = if !named.is_empty() {
            (at, true)
        } else if names_last {
            (path.len().saturating_sub(1), false)
        } else {
            (path.len(), false)
        };
        let kept = withheld(&path);
        path.truncate(kept);
        Self {
            scanned: scanned.len().min(kept),
            path,
            deeper: spot.deeper,
            unnamed: unnamed.min(kept),
            joined,
        }
    }

    /// Whether the path the message leads with names a sibling of the value at the spot
    /// rather than a value inside it: an entry of a tagged object that came before its
    /// tag is read from a buffer once the tag is known (see `crate::tagged`), so its
    /// error is raised after the tag's value, led by the entry's key. It is a sibling
    /// when the object around the value holds the path and the value does not.
    fn names_a_sibling(text: &[u8], spot: &Spot<'_>, named: &[Seg<'_>]) -> bool {
        let [.., parent, last] = spot.steps.as_slice() else {
            return match spot.steps.as_slice() {
                [only] => {
                    Self::holds(text, spot.root, named) && !Self::holds(text, only.start, named)
                }
                _ => false,
            };
        };
        !named.is_empty()
            && !spot.deeper
            && Self::holds(text, parent.start, named)
            && !Self::holds(text, last.start, named)
    }

    /// Whether the value starting at `from` holds `path`.
    fn holds(text: &[u8], from: Option<usize>, path: &[Seg<'_>]) -> bool {
        !path.is_empty() && from.is_some_and(|from| scan::find(text, from, path).1 == path.len())
    }

    /// Adds to `path` the field serde's message names, unless it ends with it already;
    /// whether the message names the last step.
    fn name_field(path: &mut Vec<Seg<'a>>, rest: &'a str) -> bool {
        match text::named_field(rest) {
            Some(Named::Missing(name)) if !name.is_empty() => {
                path.push(Seg::Key(Key::Text(name)));
                true
            }
            Some(Named::Key { name, cut }) if !name.is_empty() => {
                if matches!(path.last(), Some(Seg::Key(key)) if key.is(name, cut)) {
                    true
                } else if cut {
                    false
                } else {
                    path.push(Seg::Key(Key::Text(name)));
                    true
                }
            }
            _ => false,
        }
    }

    /// What `Display` writes before the message.
    fn lead(&self) -> String {
        let Some(unnamed) = self
            .path
            .get(..self.unnamed)
            .filter(|steps| !steps.is_empty())
        else {
            return String::new();
        };
        let deeper = self.deeper && self.unnamed == self.path.len();
        let mut lead = text::path_text(unnamed, deeper, MAX_PATH_BYTES);
        lead.push_str(if self.joined { "." } else { ": " });
        lead
    }

    /// Where the value at the path starts, if the document holds it (`true`), or else
    /// where the deepest value on the way there starts (`false`).
    fn start(&self, text: &[u8], spot: &Spot<'_>) -> (Option<usize>, bool) {
        // The start of the value at each scanned step, the document's value first.
        let starts: Vec<Option<usize>> = iter::once(spot.root)
            .chain(spot.steps.iter().map(|step| step.start))
            .take(self.scanned.saturating_add(1))
            .collect();
        let below = self.path.get(self.scanned..).unwrap_or_default();
        match starts.last() {
            Some(&Some(from)) => {
                let (start, found) = scan::find(text, from, below);
                (Some(start), found == below.len())
            }
            _ => (starts.iter().rev().find_map(|&start| start), false),
        }
    }
}

/// The field of a person's experience backgrounds. A path goes no deeper than this
/// field (and its index, if any): what lies below it (a key inside a malformed value)
/// could be a background.
const BACKGROUNDS_FIELD: &str = "experience_backgrounds";

/// How many steps of `path` are kept: all, or those up to a person's
/// `experience_backgrounds` and its indexes.
fn withheld(path: &[Seg<'_>]) -> usize {
    let Some(field) = path
        .iter()
        .position(|step| matches!(step, Seg::Key(key) if key.is(BACKGROUNDS_FIELD, false)))
    else {
        return path.len();
    };
    let indexes = path
        .iter()
        .skip(field.saturating_add(1))
        .take_while(|step| matches!(step, Seg::Index(_)))
        .count();
    field.saturating_add(1).saturating_add(indexes)
}

/// `serde_json`'s message without its position, cut to [`MAX_MESSAGE_BYTES`]. The error
/// is written into a bounded text that stops it at the bound, so a message that repeats
/// a huge key is never copied whole.
fn bounded_message(error: &serde_json::Error) -> String {
    let suffix = if error.line() == 0 {
        String::new()
    } else {
        format!(" at line {} column {}", error.line(), error.column())
    };
    let mut message = Bounded::new(MAX_MESSAGE_BYTES);
    let mut writer = WithoutSuffix::new(&mut message, &suffix);
    // A full message stops the writing; what was written is kept.
    if write!(writer, "{error}").is_ok() {
        let _ = writer.finish();
    }
    message.finish()
}

/// The byte offset of `serde_json`'s position: `column` bytes into line `line` (`serde_json`
/// counts the bytes up to and including the one at fault). `None` for an error with no
/// position.
fn offset_of(text: &[u8], line: usize, column: usize) -> Option<usize> {
    let earlier_lines = line.checked_sub(1)?;
    let line_start = match earlier_lines.checked_sub(1) {
        None => 0,
        Some(nth) => text
            .iter()
            .enumerate()
            .filter(|&(_, &b)| b == b'\n')
            .nth(nth)
            .map_or(text.len(), |(at, _)| at.saturating_add(1)),
    };
    Some(line_start.saturating_add(column).min(text.len()))
}

/// The line and column (from 1) of the byte at `offset`.
fn position_of(text: &[u8], offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |at| at.saturating_add(1));
    #[expect(
        clippy::naive_bytecount,
        reason = "counted once per error; not worth a dependency"
    )]
    let breaks = before.iter().filter(|&&b| b == b'\n').count();
    (
        breaks.saturating_add(1),
        offset.saturating_sub(line_start).saturating_add(1),
    )
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.lead)?;
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
/// `serde_json::from_str` reads it; for a refused one, the text up to the fault is
/// scanned to find the path.
///
/// # Errors
///
/// [`JsonError`] when the text is not JSON, or not a valid `T`.
pub fn from_json<T: DeserializeOwned>(json: &str) -> Result<T, JsonError> {
    serde_json::from_str(json).map_err(|error| JsonError::locate(json.as_bytes(), error))
}

/// Reads a document of type `T` from JSON bytes (UTF-8), with the validation of `T`.
///
/// As [`from_json`], for input that has not been checked to be UTF-8.
///
/// # Errors
///
/// [`JsonError`] when the bytes are not JSON, or not a valid `T`.
pub fn from_json_slice<T: DeserializeOwned>(json: &[u8]) -> Result<T, JsonError> {
    serde_json::from_slice(json).map_err(|error| JsonError::locate(json, error))
}

fn kind_of(error: &serde_json::Error) -> JsonErrorKind {
    match error.classify() {
        serde_json::error::Category::Syntax => JsonErrorKind::Syntax,
        serde_json::error::Category::Eof => JsonErrorKind::Eof,
        // Reading from memory raises no I/O errors.
        serde_json::error::Category::Data | serde_json::error::Category::Io => JsonErrorKind::Data,
    }
}
