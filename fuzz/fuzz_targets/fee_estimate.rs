//! A custom fee schedule and an estimate from arbitrary rates and lines: no panic, no
//! overflow slips through, and the total is the sum of the lines.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use peerwork::{Cents, FeeActivity, FeeError, FeeRate, FeeSchedule, WorkTime};
use peerwork_fuzz::{check_round_trip, pick};

#[derive(Debug, Arbitrary)]
struct Input {
    name: String,
    kokoa: bool,
    rates: Vec<(u8, u64)>,
    lines: Vec<(u8, i64)>,
}

fuzz_target!(|input: Input| {
    let schedule = if input.kokoa {
        FeeSchedule::kokoa()
    } else {
        let rates = input.rates.iter().map(|&(activity, cents)| FeeRate {
            activity: pick(FeeActivity::ALL, activity),
            cents_per_hour: Cents(cents),
        });
        match FeeSchedule::new(input.name, None, rates) {
            Ok(schedule) => schedule,
            Err(err) => {
                let _ = err.to_string();
                return;
            }
        }
    };
    check_round_trip(&schedule);
    let lines: Vec<WorkTime> = input
        .lines
        .iter()
        .map(|&(activity, minutes)| WorkTime::minutes(pick(FeeActivity::ALL, activity), minutes))
        .collect();
    match schedule.estimate(&lines) {
        Ok(estimate) => {
            assert_eq!(estimate.lines.len(), lines.len());
            let sum = estimate
                .lines
                .iter()
                .try_fold(0_u64, |sum, line| sum.checked_add(line.amount.0));
            assert_eq!(sum, Some(estimate.total.0));
        }
        Err(
            FeeError::NonPositiveTime { line, .. }
            | FeeError::NoRate { line, .. }
            | FeeError::Overflow { line },
        ) => assert!(line < lines.len()),
        Err(err) => panic!("unexpected estimate error {err}"),
    }
});
