//! A custom job composed from the model: the Caretaker's duties plus the Bridge
//! Builder's escorting and a task of the organisation's own, 60 % permanent salaried
//! work in a work pair. Shows the role assessment, the closest profile and the review's
//! advisories, each with its source.
//!
//! ```text
//! cargo run --example compose
//! ```

use peerwork::{
    Aim, Audience, Contract, JobDescription, Language, Municipality, OwnTask, Profile, Role,
    SalariedTerms, ServiceSetting, Task, TaskCategory, TaskSet, Terms, TrainingRequirement,
    WorkPair,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let job = JobDescription::builder("Peer worker, youth guidance and escorting")
        .languages([Language::English])
        .employer("City of Vantaa")
        .location(Municipality::VANTAA)
        .setting(ServiceSetting::LowThresholdServices)
        .profile(Profile::Caretaker)
        .essential(Task::EscortsClients.into())
        .optional(Task::DirectsClients.into())
        .own_task(OwnTask::new(
            "school_visits",
            "visits vocational schools with the learning materials",
            (
                Audience::Public,
                Aim::Knowledge,
                TaskCategory::TeachingAndMaterials,
            ),
        ))
        .terms(Terms::Salaried(SalariedTerms::new(60, Contract::Permanent)))
        // No line manager for the pair and no close contact employee yet: the review
        // will say so.
        .work_pair(WorkPair::new("youth social worker").professional_guides(true))
        .required_training(TrainingRequirement::KokoaStandard)
        .build()?;

    println!("{}", job.title().get(Language::English).unwrap_or_default());
    println!("  essential tasks: {}", job.tasks().essential);
    println!("  optional tasks:  {}", job.tasks().optional);
    println!("  own tasks:       {}", job.tasks().own.len());
    if let Terms::Salaried(terms) = job.terms() {
        println!(
            "  terms: salaried at {} % of full time, permanent",
            terms.working_time_percent
        );
    }
    println!();

    let roles = job.role_assessment();
    println!("Role assessment: {}", roles.verdict());
    for &role in Role::ALL {
        let reasons = roles.reasons(role);
        let own = roles.own_reasons(role).count();
        if roles.has(role) {
            println!(
                "  {}: {reasons} (and {own} of the post's own tasks)",
                role.label()
            );
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
        println!("  {advisory}");
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
