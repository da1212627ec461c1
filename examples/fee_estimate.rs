//! A fee-based assignment — a talk and a working group — priced with Kokoa ry's fee
//! recommendation, as the job description itself prices its assignments.
//!
//! ```text
//! cargo run --example fee_estimate
//! ```

use peerwork::{
    Assignment, FeeActivity, FeeSchedule, FeeTerms, Hours, JobDescription, Language, Municipality,
    ServiceSetting, Task, Terms, WorkingMode,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let job = JobDescription::builder("Peer worker: a talk and a working group")
        .languages([Language::English])
        .employer("Vantaa and Kerava wellbeing services county")
        .location(Municipality::VANTAA)
        .setting(ServiceSetting::HomelessnessWork)
        .essential(Task::GivesTalks | Task::TakesPartInDevelopment)
        .working_modes([WorkingMode::JoiningClientMeetings])
        .terms(Terms::FeeBased(FeeTerms::new([
            Assignment::new(FeeActivity::Preparation, Hours::whole(3)),
            Assignment::new(
                FeeActivity::SeminarsPanelsTalksLectures,
                Hours::hundredths(150),
            ),
            Assignment::new(FeeActivity::WorkingGroupWork, Hours::whole(2)),
        ])))
        .build()?;
    let Some(estimate) = job.fee_estimate() else {
        return Err("a fee-based post has an estimate".into());
    };
    let estimate = estimate?;

    println!("{}", estimate.schedule);
    println!("Source: {}", FeeSchedule::KOKOA_SOURCE);
    println!();
    println!(
        "{:<36} {:>7} {:>12} {:>12}",
        "activity", "hours", "rate", "amount"
    );
    for line in &estimate.lines {
        println!(
            "{:<36} {:>4}:{:02} {:>12} {:>12}",
            line.activity.label(),
            line.minutes / 60,
            line.minutes % 60,
            line.rate.to_string(),
            line.amount.to_string()
        );
    }
    println!(
        "{:<36} {:>7} {:>12} {:>12}",
        "total",
        "",
        "",
        estimate.total.to_string()
    );
    for advisory in job.review() {
        println!("\nAdvisory: {advisory}");
    }
    Ok(())
}
