//! `peerwork`: the command-line tool of the peerwork library.
//!
//! It composes, checks, converts, renders, publishes and prices peer-worker
//! (*kokemusasiantuntija*) job descriptions and the other documents of the model, so
//! that an integrator can check what another system sent and a coordinator can compose
//! a post without writing Rust. See `peerwork --help` and `cli/README.md`.
//!
//! Every document is read through the library's one gate ([`gate`]): JSON with
//! `peerwork::from_json_slice`, TOML turned into JSON with its positions kept
//! ([`toml_gate`]) and then the same. Exit codes: 0 all done, 1 a document was refused,
//! 2 a usage or I/O error ([`error`]).

#![forbid(unsafe_code)]
#![warn(clippy::pedantic, missing_docs)]
// The doc comments of the arguments are the `--help` texts, written for people.
#![allow(clippy::doc_markdown, rustdoc::invalid_html_tags)]

mod cli;
mod commands;
mod doc_type;
mod error;
mod gate;
mod input;
mod layout;
mod report;
mod toml_gate;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match commands::run(cli) {
        Ok(status) => status.exit_code(),
        Err(error) => {
            report::error(&error.to_string());
            ExitCode::from(error.exit_code())
        }
    }
}
