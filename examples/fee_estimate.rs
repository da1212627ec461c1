//! A fee-based assignment priced with Kokoa ry's fee recommendation.
//!
//! ```text
//! cargo run --example fee_estimate
//! ```

use peerwork::{FeeActivity, FeeSchedule, WorkTime};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let schedule = FeeSchedule::kokoa();
    // A talk at a staff seminar with its preparation, and a working-group meeting.
    let assignment = [
        WorkTime::hours(FeeActivity::Preparation, 3),
        WorkTime::minutes(FeeActivity::SeminarsPanelsTalksLectures, 90),
        WorkTime::hours(FeeActivity::WorkingGroupWork, 2),
    ];
    let estimate = schedule.estimate(&assignment)?;

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
    Ok(())
}
