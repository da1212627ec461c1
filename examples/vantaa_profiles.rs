//! The four peer-worker profiles of the Vantaa pilot (2017), for a person to read.
//!
//! ```text
//! cargo run --example vantaa_profiles            # the profiles, for a person to read
//! cargo run --example vantaa_profiles -- --json  # the four pilot job descriptions as JSON
//! ```

use std::process::ExitCode;

use peerwork::{COMMON_CORE, JobDescription, JobError, Profile, Role, RoleAssessment, TaskSet};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [] => {
            print_profiles();
            ExitCode::SUCCESS
        }
        ["--json"] => match print_json() {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("error: {err}");
                ExitCode::FAILURE
            }
        },
        _ => {
            eprintln!("usage: vantaa_profiles [--json]");
            ExitCode::FAILURE
        }
    }
}

/// The four Vantaa pilot posts as one JSON array of job descriptions.
fn print_json() -> Result<(), Box<dyn std::error::Error>> {
    let jobs = Profile::ALL
        .into_iter()
        .map(|profile| JobDescription::vantaa_pilot(profile).build())
        .collect::<Result<Vec<_>, JobError>>()?;
    println!("{}", serde_json::to_string_pretty(&jobs)?);
    Ok(())
}

fn print_profiles() {
    println!("Peer-worker job profiles of the Vantaa pilot, 2017 [V]");
    println!();
    println!("Common core, shared by every profile:");
    print_tasks(COMMON_CORE, "  ");
    for profile in Profile::ALL {
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
    for role in Role::ALL {
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
