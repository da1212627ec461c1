//! A custom job composed from the model: the Caretaker's duties plus the Bridge
//! Builder's escorting, 60 % permanent salaried work in a work pair. Shows the role
//! assessment, the closest profile and the review's advisories.
//!
//! ```text
//! cargo run --example compose
//! ```

use peerwork::{
    Contract, FormOfWork, JobDescription, Location, Profile, Role, ServiceSetting, Task, TaskSet,
    TrainingRequirement, WorkPair,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let job = JobDescription::builder("Peer worker, youth guidance and escorting")
        .employer("City of Vantaa", Some("Ohjaamo"))
        .location(Location::municipality("Vantaa"))
        .setting(ServiceSetting::LowThresholdServices)
        .profile(Profile::Caretaker)
        .essential(Task::EscortsClients.into())
        .optional(Task::DirectsClients.into())
        .form_of_work(FormOfWork::Salaried)
        .working_time_percent(60)
        .contract(Contract::Permanent)
        // No supervisor and no close contact employee yet: the review will say so.
        .work_pair(WorkPair::new("youth social worker").professional_guides(true))
        .training(TrainingRequirement::KokoaStandard)
        .build()?;

    println!("{}", job.title());
    println!("  essential tasks: {}", job.tasks().essential);
    println!("  optional tasks:  {}", job.tasks().optional);
    println!(
        "  terms: {} at {} % of full time, permanent",
        job.terms().form_of_work.label(),
        job.terms().working_time_percent
    );
    println!();

    let roles = job.role_assessment();
    println!("Role assessment: {}", roles.verdict());
    for role in Role::ALL {
        let reasons = roles.reasons(role);
        if !reasons.is_empty() {
            println!("  {}: {reasons}", role.label());
        }
    }
    println!();

    println!("Resemblance to the Vantaa profiles:");
    for r in Profile::rank(job.tasks().all()) {
        println!(
            "  {:<18} {:>4.0} %  shared {:>2}, missing {}, extra {}",
            r.profile.name(),
            r.jaccard() * 100.0,
            r.shared.len(),
            or_none(r.missing),
            or_none(r.extra)
        );
    }
    println!();

    let advisories = job.review();
    println!("Advisories: {}", advisories.len());
    for advisory in advisories {
        println!(
            "  [{}] {} ({})",
            advisory.field, advisory.message, advisory.citation
        );
    }
    Ok(())
}

fn or_none(tasks: TaskSet) -> String {
    if tasks.is_empty() {
        "(none)".to_owned()
    } else {
        tasks.to_string()
    }
}
