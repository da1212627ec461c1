//! Runs every example of cli/README.md, so they cannot rot.
//!
//! A `console` block holds commands, each a line starting `$ `, followed by what it
//! prints (standard output and standard error, as a terminal shows them). A line `...`
//! stands for any number of lines; a last line `[exit N]` gives a non-zero exit code.
//! Commands run through `sh` in `cli/tests/data`, with the built `peerwork` first on
//! the `PATH`.

use std::path::Path;
use std::process::Command;

/// One command of the README and what it prints.
struct Example {
    command: String,
    expected: Vec<String>,
    code: i32,
}

fn examples(readme: &str) -> Vec<Example> {
    let mut examples = Vec::new();
    let mut in_block = false;
    for line in readme.lines() {
        if line == "```console" {
            in_block = true;
            continue;
        }
        if in_block && line == "```" {
            in_block = false;
            continue;
        }
        if !in_block {
            continue;
        }
        if let Some(command) = line.strip_prefix("$ ") {
            examples.push(Example {
                command: command.to_owned(),
                expected: Vec::new(),
                code: 0,
            });
        } else if let Some(example) = examples.last_mut() {
            if let Some(code) = line
                .strip_prefix("[exit ")
                .and_then(|c| c.strip_suffix(']'))
            {
                example.code = code.parse().unwrap();
            } else {
                example.expected.push(line.to_owned());
            }
        }
    }
    examples
}

/// Whether `actual` matches `expected`, where a line `...` matches any lines.
fn matches(expected: &[String], actual: &[&str]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((first, rest)) if first == "..." => {
            (0..=actual.len()).any(|skip| matches(rest, &actual[skip..]))
        }
        Some((first, rest)) => {
            actual.first() == Some(&first.as_str()) && matches(rest, &actual[1..])
        }
    }
}

#[test]
fn every_readme_example_prints_what_the_readme_says() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let examples = examples(&readme);
    let commands: Vec<&str> = examples
        .iter()
        .filter_map(|e| e.command.split_whitespace().nth(1))
        .collect();
    for subcommand in [
        "profiles", "new", "check", "convert", "render", "publish", "fees", "schema", "match",
    ] {
        assert!(
            commands.contains(&subcommand),
            "the README has no example of {subcommand}"
        );
    }
    let binary = Path::new(env!("CARGO_BIN_EXE_peerwork"));
    let path = format!(
        "{}:{}",
        binary.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut failures = Vec::new();
    for example in &examples {
        let output = Command::new("sh")
            .arg("-c")
            .arg(format!("{} 2>&1", example.command))
            .current_dir(root.join("tests/data"))
            .env("PATH", &path)
            .env_remove("CLICOLOR_FORCE")
            .output()
            .unwrap();
        let text = String::from_utf8(output.stdout).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        if output.status.code() != Some(example.code) || !matches(&example.expected, &lines) {
            failures.push(format!(
                "$ {}\nexit {:?} (README: {})\n{text}",
                example.command,
                output.status.code(),
                example.code
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "README examples that differ:\n{}",
        failures.join("\n")
    );
}

#[test]
fn an_elision_matches_any_lines_and_nothing_else() {
    let expected = |lines: &[&str]| lines.iter().map(|l| (*l).to_owned()).collect::<Vec<_>>();
    assert!(matches(
        &expected(&["a", "...", "d"]),
        &["a", "b", "c", "d"]
    ));
    assert!(matches(&expected(&["a", "..."]), &["a"]));
    assert!(!matches(&expected(&["a", "...", "d"]), &["a", "b", "c"]));
    assert!(!matches(&expected(&["a"]), &["a", "b"]));
}
