//! `peerwork check`: validate documents of any root type.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use serde::Serialize;
use serde::de::{DeserializeOwned, IgnoredAny};

use peerwork::{
    FeeSchedule, JobDescription, PeerWorkerRecord, PostingDetails, ProfileCatalogue, Readiness,
    ReflectionForm, Roster, TaskSet,
};

use crate::doc_type::DocType;
use crate::error::{CliError, Diagnostic, Status};
use crate::gate;
use crate::input::{self, InputFormat};
use crate::report::{self, Labels};

const AFTER_HELP: &str = "\
Examples:
  peerwork check post.toml details.json     Each document's type is told from its keys
  peerwork check --type job_description -   A job description on standard input
  peerwork check jobs.jsonl                 One JSON document on each line
  peerwork check --format json posts/*.json One JSON result per document, for CI

For each document: ok, or its first error with the path, line and column; review \
advisories of a job description are warnings (--deny-advisories makes them fail). In text, \
results that are ok go to standard output, errors and warnings to standard error; with \
--format json every result goes to standard output.

Exit codes: 0 all valid, 1 a document refused (or an advisory with --deny-advisories), \
2 usage error or a file that could not be read.";

/// How `check` reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// For people: one line per document, errors and warnings on standard error.
    Text,
    /// One JSON object per document and line, all on standard output.
    Json,
}

/// Arguments of `peerwork check`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct CheckArgs {
    /// The documents; `-` reads standard input.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// The documents' type, instead of telling it from each document's keys.
    #[arg(long = "type", value_name = "TYPE")]
    pub doc_type: Option<DocType>,
    /// Read every file as this format, whatever its extension (.toml is TOML,
    /// .jsonl and .ndjson JSON lines, anything else JSON).
    #[arg(long, value_name = "FORMAT")]
    pub input_format: Option<InputFormat>,
    /// Count review advisories as faults (exit code 1).
    #[arg(long)]
    pub deny_advisories: bool,
    /// How to report.
    #[arg(long, value_name = "FORMAT", default_value = "text")]
    pub format: ReportFormat,
    /// Report only errors and warnings.
    #[arg(short, long)]
    pub quiet: bool,
}

/// A review advisory of a valid document.
#[derive(Debug, Clone, Serialize)]
struct Warning {
    kind: String,
    field: String,
    message: String,
    citation: String,
}

/// The result of one document.
#[derive(Debug)]
struct Checked {
    /// The file, and for a document of a JSON-lines stream its line.
    source: String,
    line: Option<usize>,
    doc_type: Option<DocType>,
    result: Result<Vec<Warning>, Diagnostic>,
}

/// One result as `--format json` writes it.
#[derive(Serialize)]
struct JsonResult<'a> {
    file: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    document_line: Option<usize>,
    #[serde(rename = "type")]
    doc_type: Option<&'static str>,
    valid: bool,
    errors: Vec<JsonFault<'a>>,
    warnings: &'a [Warning],
}

#[derive(Serialize)]
struct JsonFault<'a> {
    path: Option<&'a str>,
    line: Option<usize>,
    column: Option<usize>,
    message: &'a str,
}

/// Runs `peerwork check`.
pub fn run(args: &CheckArgs) -> Result<Status, CliError> {
    let mut reporter = Reporter::new(args);
    for path in &args.files {
        let input = match input::read(path) {
            Ok(input) => input,
            Err(error) => {
                reporter.failed(&error);
                continue;
            }
        };
        let format = args
            .input_format
            .unwrap_or_else(|| InputFormat::of(&input.name));
        if format == InputFormat::Jsonl {
            let mut lines_before = 0;
            for line in input.bytes.split(|&b| b == b'\n') {
                let number = lines_before + 1;
                if !line.iter().all(u8::is_ascii_whitespace) {
                    let checked = check_one(&input.name, line, format, lines_before, args.doc_type);
                    reporter.report(&Checked {
                        line: Some(number),
                        ..checked
                    })?;
                }
                lines_before = number;
            }
        } else {
            reporter.report(&check_one(
                &input.name,
                &input.bytes,
                format,
                0,
                args.doc_type,
            ))?;
        }
    }
    reporter.finish()
}

/// Checks one document.
fn check_one(
    source: &str,
    bytes: &[u8],
    format: InputFormat,
    lines_before: usize,
    doc_type: Option<DocType>,
) -> Checked {
    let doc_type = doc_type.or_else(|| DocType::infer(bytes, format));
    let result = match doc_type {
        // Text that is not JSON (or TOML) says so first.
        None => Err(read::<IgnoredAny>(source, bytes, format, lines_before)
            .err()
            .unwrap_or_else(|| {
                Diagnostic::new(
                    source,
                    (lines_before > 0).then_some((lines_before + 1, 1)),
                    UNKNOWN_TYPE,
                )
            })),
        Some(doc_type) => validate(doc_type, source, bytes, format, lines_before),
    };
    Checked {
        source: source.to_owned(),
        line: None,
        doc_type,
        result,
    }
}

/// The message for a document whose type its keys do not tell.
pub const UNKNOWN_TYPE: &str = "cannot tell the document's type from its keys; give it with --type";

/// Reads a document as a `T`, from a JSON-lines stream after `lines_before` lines.
fn read<T: DeserializeOwned>(
    source: &str,
    bytes: &[u8],
    format: InputFormat,
    lines_before: usize,
) -> Result<T, Diagnostic> {
    match format {
        InputFormat::Jsonl => gate::read_json(source, bytes, lines_before),
        InputFormat::Json | InputFormat::Toml => gate::read(source, bytes, format),
    }
}

/// Reads the document as `doc_type`; the advisories of a valid one.
fn validate(
    doc_type: DocType,
    source: &str,
    bytes: &[u8],
    format: InputFormat,
    lines_before: usize,
) -> Result<Vec<Warning>, Diagnostic> {
    fn none<T>(_: T) -> Vec<Warning> {
        Vec::new()
    }
    match doc_type {
        DocType::JobDescription => {
            read::<JobDescription>(source, bytes, format, lines_before).map(|job| {
                job.review()
                    .into_iter()
                    .map(|advisory| Warning {
                        kind: advisory.kind.to_string(),
                        field: advisory.field.to_owned(),
                        message: advisory.message.to_owned(),
                        citation: advisory.citation.to_string(),
                    })
                    .collect()
            })
        }
        DocType::PostingDetails => {
            read::<PostingDetails>(source, bytes, format, lines_before).map(none)
        }
        DocType::TaskSet => read::<TaskSet>(source, bytes, format, lines_before).map(none),
        DocType::FeeSchedule => read::<FeeSchedule>(source, bytes, format, lines_before).map(none),
        DocType::Readiness => read::<Readiness>(source, bytes, format, lines_before).map(none),
        DocType::ReflectionForm => {
            read::<ReflectionForm>(source, bytes, format, lines_before).map(none)
        }
        DocType::PeerWorkerRecord => {
            read::<PeerWorkerRecord>(source, bytes, format, lines_before).map(none)
        }
        DocType::Roster => read::<Roster>(source, bytes, format, lines_before).map(none),
        DocType::ProfileCatalogue => read::<serde_json::Value>(source, bytes, format, lines_before)
            .and_then(|value| {
                check_catalogue(&value).map_or(Ok(Vec::new()), |path| {
                    Err(Diagnostic::new(source, None, catalogue_message(&path)))
                })
            }),
    }
}

/// A profile catalogue is written by the library, not read by it: it is valid when it
/// is the catalogue of this version. The path of the first difference, if any.
fn check_catalogue(value: &serde_json::Value) -> Option<String> {
    let ours = serde_json::to_value(ProfileCatalogue::new()).ok()?;
    first_difference(value, &ours, String::new())
}

fn catalogue_message(path: &str) -> String {
    let at = if path.is_empty() {
        "the document"
    } else {
        path
    };
    format!(
        "{at}: differs from the profile catalogue of this version (peerwork profiles --format json writes it)"
    )
}

/// The path of the first place where `a` and `b` differ.
fn first_difference(a: &serde_json::Value, b: &serde_json::Value, path: String) -> Option<String> {
    use serde_json::Value;
    match (a, b) {
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in a {
                let inner = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                match b.get(key) {
                    Some(other) => {
                        if let Some(found) = first_difference(value, other, inner) {
                            return Some(found);
                        }
                    }
                    None => return Some(inner),
                }
            }
            b.keys().find(|key| !a.contains_key(*key)).map(|key| {
                if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                }
            })
        }
        (Value::Array(a), Value::Array(b)) => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                if let Some(found) = first_difference(x, y, format!("{path}[{i}]")) {
                    return Some(found);
                }
            }
            (a.len() != b.len()).then_some(path)
        }
        _ => (a != b).then_some(path),
    }
}

/// Standard output and standard error, written in blocks when no person reads them (a
/// pipe, a file, CI) and a line at a time on a terminal; either way a block is written
/// out whenever the other stream's turn comes, so the two keep their order when merged.
struct Streams {
    out: BufWriter<io::StdoutLock<'static>>,
    err: BufWriter<io::StderrLock<'static>>,
    interactive: bool,
    last_to_err: bool,
}

impl Streams {
    fn new() -> Self {
        Self {
            out: BufWriter::new(io::stdout().lock()),
            err: BufWriter::new(io::stderr().lock()),
            interactive: io::stdout().is_terminal() || io::stderr().is_terminal(),
            last_to_err: false,
        }
    }

    fn write_out(&mut self, line: &str) -> Result<(), CliError> {
        if self.last_to_err {
            let _ = self.err.flush();
            self.last_to_err = false;
        }
        match writeln!(self.out, "{line}") {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(CliError::io("<stdout>", e)),
            _ => Ok(()),
        }
    }

    fn write_err(&mut self, line: &str) {
        if !self.last_to_err || self.interactive {
            let _ = self.out.flush();
        }
        self.last_to_err = true;
        let _ = writeln!(self.err, "{line}");
        if self.interactive {
            let _ = self.err.flush();
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        let _ = self.err.flush();
        self.out.flush()
    }
}

/// Writes the results as they come, and counts them.
struct Reporter {
    format: ReportFormat,
    quiet: bool,
    deny_advisories: bool,
    streams: Streams,
    stdout: Labels,
    stderr: Labels,
    documents: usize,
    refused: usize,
    with_advisories: usize,
    failed: usize,
}

impl Reporter {
    fn new(args: &CheckArgs) -> Self {
        Self {
            format: args.format,
            quiet: args.quiet,
            deny_advisories: args.deny_advisories,
            streams: Streams::new(),
            stdout: Labels::for_stdout(),
            stderr: Labels::for_stderr(),
            documents: 0,
            refused: 0,
            with_advisories: 0,
            failed: 0,
        }
    }

    fn write_out(&mut self, line: &str) -> Result<(), CliError> {
        self.streams.write_out(line)
    }

    fn write_err(&mut self, line: &str) {
        self.streams.write_err(line);
    }

    fn failed(&mut self, error: &CliError) {
        self.failed += 1;
        let _ = self.streams.flush();
        report::error(&error.to_string());
    }

    fn report(&mut self, checked: &Checked) -> Result<(), CliError> {
        self.documents += 1;
        match &checked.result {
            Err(_) => self.refused += 1,
            Ok(warnings) if !warnings.is_empty() => {
                self.with_advisories += 1;
                if self.deny_advisories {
                    self.refused += 1;
                }
            }
            Ok(_) => {}
        }
        match self.format {
            ReportFormat::Json => {
                let line = json_line(checked);
                self.write_out(&line)
            }
            ReportFormat::Text => self.text(checked),
        }
    }

    fn text(&mut self, checked: &Checked) -> Result<(), CliError> {
        let name = match checked.line {
            Some(line) => format!("{}:{line}", checked.source),
            None => checked.source.clone(),
        };
        match &checked.result {
            Err(diagnostic) => {
                let line = match diagnostic.position {
                    Some((line, column)) => format!(
                        "{}:{line}:{column}: {}: {}",
                        checked.source,
                        self.stderr.error(),
                        diagnostic.message
                    ),
                    None => format!("{name}: {}: {}", self.stderr.error(), diagnostic.message),
                };
                self.write_err(&line);
                Ok(())
            }
            Ok(warnings) => {
                if !self.quiet {
                    let kind = checked.doc_type.map_or("", DocType::name);
                    let advisories = match warnings.len() {
                        0 => String::new(),
                        1 => ", 1 advisory".to_owned(),
                        n => format!(", {n} advisories"),
                    };
                    let line = format!("{name}: {} ({kind}{advisories})", self.stdout.ok());
                    self.write_out(&line)?;
                }
                for warning in warnings {
                    let line = format!(
                        "{name}: {}: {}: {} ({})",
                        self.stderr.warning(),
                        warning.field,
                        warning.message,
                        warning.citation
                    );
                    self.write_err(&line);
                }
                Ok(())
            }
        }
    }

    fn finish(mut self) -> Result<Status, CliError> {
        if self.format == ReportFormat::Text && !self.quiet && self.documents > 1 {
            let ok = self.documents - (self.refused.min(self.documents));
            let line = format!(
                "checked {} documents: {ok} ok, {} refused, {} with advisories",
                self.documents, self.refused, self.with_advisories
            );
            self.write_out(&line)?;
        }
        if let Err(e) = self.streams.flush()
            && e.kind() != io::ErrorKind::BrokenPipe
        {
            return Err(CliError::io("<stdout>", e));
        }
        Ok(if self.failed > 0 {
            Status::Failed
        } else if self.refused > 0 {
            Status::Refused
        } else {
            Status::Ok
        })
    }
}

fn json_line(checked: &Checked) -> String {
    let (errors, warnings): (Vec<JsonFault<'_>>, &[Warning]) = match &checked.result {
        Ok(warnings) => (Vec::new(), warnings),
        Err(diagnostic) => (
            vec![JsonFault {
                path: diagnostic.path.as_deref(),
                line: diagnostic.position.map(|(line, _)| line),
                column: diagnostic.position.map(|(_, column)| column),
                message: &diagnostic.message,
            }],
            &[],
        ),
    };
    let result = JsonResult {
        file: &checked.source,
        document_line: checked.line,
        doc_type: checked.doc_type.map(DocType::name),
        valid: checked.result.is_ok(),
        errors,
        warnings,
    };
    serde_json::to_string(&result).unwrap_or_default()
}
