//! The four peer-worker profiles of the Vantaa pilot (2017), for a person to read.
//!
//! ```text
//! cargo run --example vantaa_profiles                 # the profiles, for a person to read
//! cargo run --example vantaa_profiles -- --json       # the four pilot posts as JSON
//! cargo run --example vantaa_profiles -- --lang fi    # the four pilot posts as postings
//! cargo run --example vantaa_profiles -- --lang sv --format text
//! cargo run --example vantaa_profiles -- --lang sv --format html > posts.html   # a web page
//! ```
//!
//! `--lang` takes `fi`, `sv` or `en`; `--format` takes `markdown` (the default), `text`,
//! `html` or `html_page` (both write one page holding the four posts).

use std::process::ExitCode;

use peerwork::{
    COMMON_CORE, Format, JobDescription, JobError, Language, Profile, Role, RoleAssessment,
    TaskSet, Vocabulary,
};

const USAGE: &str =
    "usage: vantaa_profiles [--json | --lang fi|sv|en [--format markdown|text|html|html_page]]";

enum Command {
    Profiles,
    Json,
    Postings(Language, Format),
}

fn parse(args: &[String]) -> Result<Command, String> {
    let mut json = false;
    let mut language = None;
    let mut format = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--lang" => {
                let value = args.next().ok_or("--lang needs a value")?;
                language = Some(
                    value
                        .parse()
                        .map_err(|err: peerwork::ParseIdError| err.to_string())?,
                );
            }
            "--format" => {
                let value = args.next().ok_or("--format needs a value")?;
                format = Some(
                    value
                        .parse()
                        .map_err(|err: peerwork::ParseIdError| err.to_string())?,
                );
            }
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    match (json, language, format) {
        (true, None, None) => Ok(Command::Json),
        (false, None, None) => Ok(Command::Profiles),
        (false, language, format) => Ok(Command::Postings(
            language.unwrap_or(Language::English),
            format.unwrap_or(Format::Markdown),
        )),
        (true, _, _) => Err("--json does not go with --lang or --format".to_owned()),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match parse(&args) {
        Ok(Command::Profiles) => {
            print_profiles();
            Ok(())
        }
        Ok(Command::Json) => print_json(),
        Ok(Command::Postings(language, format)) => print_postings(language, format),
        Err(message) => {
            eprintln!("{message}\n{USAGE}");
            return ExitCode::FAILURE;
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

/// The four Vantaa pilot posts rendered for people; as HTML, one page holding the four.
fn print_postings(language: Language, format: Format) -> Result<(), Box<dyn std::error::Error>> {
    let html = matches!(format, Format::Html | Format::HtmlPage);
    if html {
        println!("<!DOCTYPE html>");
        println!("<html lang=\"{}\">", language.code());
        println!("<head>\n<meta charset=\"utf-8\">");
        println!("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        println!(
            "<title>{}</title>\n</head>\n<body>\n<main>",
            Profile::ALL[0].label_in(language)
        );
    }
    for (i, &profile) in Profile::ALL.iter().enumerate() {
        let job = JobDescription::vantaa_pilot_in(profile, language).build()?;
        if html {
            println!("<article>");
            print!("{}", job.render(language, Format::Html)?);
            println!("</article>");
        } else {
            if i > 0 {
                println!();
            }
            print!("{}", job.render(language, format)?);
        }
    }
    if html {
        println!("</main>\n</body>\n</html>");
    }
    Ok(())
}

/// The four Vantaa pilot posts as one JSON array of job descriptions.
fn print_json() -> Result<(), Box<dyn std::error::Error>> {
    let jobs = Profile::ALL
        .iter()
        .map(|&profile| JobDescription::vantaa_pilot(profile).build())
        .collect::<Result<Vec<_>, JobError>>()?;
    println!("{}", serde_json::to_string_pretty(&jobs)?);
    Ok(())
}

fn print_profiles() {
    println!("Peer-worker job profiles of the Vantaa pilot, 2017 [V]");
    println!();
    println!("Common core, shared by every profile:");
    print_tasks(COMMON_CORE, "  ");
    for &profile in Profile::ALL {
        println!();
        print_profile(profile);
    }
    println!();
    print_shared_table();
}

fn print_tasks(tasks: TaskSet, indent: &str) {
    for task in tasks {
        println!("{indent}- {} ({task})", task.label());
    }
}

fn print_profile(profile: Profile) {
    let unit = profile.pilot_unit();
    println!("{}", profile.name());
    println!("{}", "=".repeat(profile.name().len()));
    println!("Setting:    {}", profile.setting().label());
    println!("Pilot unit: {} ({})", unit.name, unit.description);
    println!("Source:     {}", profile.citation());
    println!("Common core: {} tasks (above)", COMMON_CORE.len());
    let modes: Vec<&str> = profile
        .working_modes()
        .iter()
        .map(|m| m.label_in(Language::English))
        .collect();
    println!("Working modes: {}", modes.join("; "));
    let outcome = profile.pilot_outcome();
    println!(
        "Pilot outcome (self-reported, per peer worker): {}-{} client cases, {}-{} people talked to or trained, {}-{} client meetings",
        outcome.client_cases[0],
        outcome.client_cases[1],
        outcome.people_talked_to_or_trained[0],
        outcome.people_talked_to_or_trained[1],
        outcome.client_meetings[0],
        outcome.client_meetings[1],
    );
    println!("Duties:");
    for duty in profile.duties() {
        println!("  {}. {}", duty.number, duty.label);
        for task in duty.tasks {
            let note = if COMMON_CORE.contains(task) {
                ", also in the common core"
            } else {
                ""
            };
            println!("       covers: {}{note}", task.label());
        }
    }
    let assessment = RoleAssessment::of(profile.tasks());
    println!("Role assessment: {}", assessment.verdict());
    for &role in Role::ALL {
        let reasons = assessment.reasons(role);
        if !reasons.is_empty() {
            println!("  {}, because of:", role.label());
            print_tasks(reasons, "    ");
        }
    }
}

/// Which duty tasks each pair of profiles shares (beyond the common core, which all
/// four share).
fn print_shared_table() {
    println!("Tasks each pair of profiles shares beyond the common core");
    println!("{}", "-".repeat(57));
    for (i, &a) in Profile::ALL.iter().enumerate() {
        for &b in Profile::ALL.iter().skip(i + 1) {
            let shared = (a.tasks() & b.tasks()) - COMMON_CORE;
            println!("{:<18} & {:<18} {}", a.name(), b.name(), labels(shared));
        }
    }
    println!();
    println!("Tasks each pair shares in their duties (core activities named as duties included)");
    println!("{}", "-".repeat(82));
    for (i, &a) in Profile::ALL.iter().enumerate() {
        for &b in Profile::ALL.iter().skip(i + 1) {
            let shared = a.duty_tasks() & b.duty_tasks();
            println!("{:<18} & {:<18} {}", a.name(), b.name(), labels(shared));
        }
    }
}

fn labels(tasks: TaskSet) -> String {
    if tasks.is_empty() {
        return "(none)".to_owned();
    }
    tasks
        .iter()
        .map(|task| task.label())
        .collect::<Vec<_>>()
        .join("; ")
}
