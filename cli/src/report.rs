//! Messages for people, styled on a terminal only: no styles when the stream is not a
//! terminal, when `NO_COLOR` is set, or when `CLICOLOR=0` (as `anstream` decides).

use std::io::{self, Write as _};

use anstyle::{AnsiColor, Style};

const ERROR: Style = AnsiColor::Red.on_default().bold();
const WARNING: Style = AnsiColor::Yellow.on_default().bold();
const OK: Style = AnsiColor::Green.on_default().bold();

/// Writes `error: message` to standard error.
pub fn error(message: &str) {
    let labels = Labels::for_stderr();
    let _ = writeln!(io::stderr().lock(), "{}: {message}", labels.error());
}

/// Writes `warning: message` to standard error.
pub fn warning(message: &str) {
    let labels = Labels::for_stderr();
    let _ = writeln!(io::stderr().lock(), "{}: {message}", labels.warning());
}

/// The words `error`, `warning` and `ok`, styled or not for one stream.
#[derive(Debug, Clone, Copy)]
pub struct Labels {
    color: bool,
}

impl Labels {
    /// Labels for standard output.
    pub fn for_stdout() -> Self {
        Self {
            color: anstream::AutoStream::choice(&io::stdout()) != anstream::ColorChoice::Never,
        }
    }

    /// Labels for standard error.
    pub fn for_stderr() -> Self {
        Self {
            color: anstream::AutoStream::choice(&io::stderr()) != anstream::ColorChoice::Never,
        }
    }

    fn styled(self, style: Style, word: &str) -> String {
        if self.color {
            format!("{style}{word}{style:#}")
        } else {
            word.to_owned()
        }
    }

    /// `error`.
    pub fn error(self) -> String {
        self.styled(ERROR, "error")
    }

    /// `warning`.
    pub fn warning(self) -> String {
        self.styled(WARNING, "warning")
    }

    /// `ok`.
    pub fn ok(self) -> String {
        self.styled(OK, "ok")
    }
}
