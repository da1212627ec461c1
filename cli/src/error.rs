//! What can go wrong, and the exit code each gives.
//!
//! | exit code | meaning |
//! |---|---|
//! | 0 | everything asked was done; every document was valid |
//! | 1 | a document was refused (invalid, or not fit for what was asked of it) |
//! | 2 | a usage error, or a file that could not be read or written (for `serve`, also an address that could not be listened on) |

use core::fmt;
use std::io;
use std::process::ExitCode;

/// The exit code of a run that did all it was asked.
pub const EXIT_OK: u8 = 0;
/// The exit code of a run that refused a document.
pub const EXIT_REFUSED: u8 = 1;
/// The exit code of a usage error or an I/O error (for `serve`, also an address that
/// could not be listened on).
pub const EXIT_USAGE: u8 = 2;

/// Why a document was refused, and where: the file, and for a document the line and
/// column (from 1) of the value at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file, `-` read as `<stdin>`; a JSON-lines stream adds the document's line.
    pub source: String,
    /// The line and column of the fault, where known.
    pub position: Option<(usize, usize)>,
    /// What is wrong: for a field, `path: message`.
    pub message: String,
    /// The path to the value at fault (`terms.working_time_percent`), where known.
    pub path: Option<String>,
}

impl Diagnostic {
    /// A fault of `source` at `position`.
    pub fn new(
        source: impl Into<String>,
        position: Option<(usize, usize)>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            source: source.into(),
            position,
            message: message.into(),
            path: None,
        }
    }

    /// The diagnostic with the path to the value at fault.
    #[must_use]
    pub fn with_path(mut self, path: Option<&str>) -> Self {
        self.path = path.map(str::to_owned);
        self
    }
}

impl fmt::Display for Diagnostic {
    /// `file:line:column: message`, the form editors and CI logs link to.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, column)) => write!(f, "{}:{line}:{column}: {}", self.source, self.message),
            None => write!(f, "{}: {}", self.source, self.message),
        }
    }
}

/// An error that ends a command.
#[derive(Debug)]
pub enum CliError {
    /// A document was refused (exit code 1).
    Refused(Diagnostic),
    /// A document composed from the command line breaks a rule of the library (exit
    /// code 1): the library's message.
    Invalid(String),
    /// The command was used wrongly (exit code 2).
    Usage(String),
    /// A file could not be read or written (exit code 2).
    Io {
        /// The file, or `<stdin>` / `<stdout>`.
        path: String,
        /// What the system said.
        error: io::Error,
    },
    /// The builder (`serve`) could not start: its database could not be opened or its
    /// address listened on (exit code 2). The message names the file or the address.
    Server(io::Error),
}

impl CliError {
    /// A usage error.
    pub fn usage(message: impl Into<String>) -> Self {
        Self::Usage(message.into())
    }

    /// An I/O error on `path`.
    pub fn io(path: impl Into<String>, error: io::Error) -> Self {
        Self::Io {
            path: path.into(),
            error,
        }
    }

    /// The exit code the error gives.
    pub fn exit_code(&self) -> u8 {
        match self {
            Self::Refused(_) | Self::Invalid(_) => EXIT_REFUSED,
            Self::Usage(_) | Self::Io { .. } | Self::Server(_) => EXIT_USAGE,
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Refused(diagnostic) => diagnostic.fmt(f),
            Self::Usage(message) | Self::Invalid(message) => f.write_str(message),
            Self::Io { path, error } => write!(f, "{path}: {error}"),
            Self::Server(error) => error.fmt(f),
        }
    }
}

impl From<Diagnostic> for CliError {
    fn from(diagnostic: Diagnostic) -> Self {
        Self::Refused(diagnostic)
    }
}

/// How a command ended without an error that stops it: all well, or some documents
/// refused (a command that reads many reports each refusal itself and goes on).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// All well.
    Ok,
    /// At least one document was refused.
    Refused,
    /// At least one file could not be read.
    Failed,
}

impl Status {
    /// The process's exit code.
    pub fn exit_code(self) -> ExitCode {
        ExitCode::from(match self {
            Self::Ok => EXIT_OK,
            Self::Refused => EXIT_REFUSED,
            Self::Failed => EXIT_USAGE,
        })
    }
}
