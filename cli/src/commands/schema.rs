//! `peerwork schema`: the JSON Schemas of the documents, the same files as the
//! repository's `schemas/`.

use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;

use clap::Args;

use peerwork::schema::{RootSchema, root_schemas};

use crate::error::{CliError, Status};
use crate::input::Destination;

const AFTER_HELP: &str = "\
Examples:
  peerwork schema                       The schemas there are, one a line
  peerwork schema job_description       One schema, to standard output
  peerwork schema --out schemas         Every schema as <name>.schema.json in a folder";

/// Arguments of `peerwork schema`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct SchemaArgs {
    /// The schema's name (job_description, task_set, …); without it, every schema.
    #[arg(value_name = "TYPE", value_parser = schema_names())]
    pub name: Option<String>,
    /// Write the schemas as <name>.schema.json files into this folder (made if
    /// missing) instead of printing.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

fn schema_names() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(root_schemas().into_iter().map(|s| s.name))
}

/// Runs `peerwork schema`.
pub fn run(args: &SchemaArgs) -> Result<Status, CliError> {
    let schemas: Vec<RootSchema> = root_schemas()
        .into_iter()
        .filter(|schema| args.name.as_deref().is_none_or(|name| name == schema.name))
        .collect();
    match (&args.out, &args.name) {
        (Some(dir), _) => {
            fs::create_dir_all(dir).map_err(|e| CliError::io(dir.display().to_string(), e))?;
            for schema in &schemas {
                let path = dir.join(schema.file_name());
                fs::write(&path, schema.to_json_pretty())
                    .map_err(|e| CliError::io(path.display().to_string(), e))?;
            }
        }
        (None, Some(_)) => {
            let text: String = schemas.iter().map(RootSchema::to_json_pretty).collect();
            Destination::new(None).write(&text)?;
        }
        (None, None) => {
            let width = schemas.iter().map(|s| s.name.len()).max().unwrap_or(0);
            let mut text = String::new();
            for schema in &schemas {
                let title = schema
                    .schema
                    .get("title")
                    .and_then(serde_json::Value::as_str)
                    .unwrap_or_default();
                let _ = writeln!(text, "{:<width$}  {title}", schema.name);
            }
            Destination::new(None).write(&text)?;
        }
    }
    Ok(Status::Ok)
}
