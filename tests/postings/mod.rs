//! Helpers shared by the `JobPosting` tests (`test_job_posting*.rs`).
#![allow(dead_code)]

use peerwork::{
    Contract, Date, JobDescription, JobPosting, Language, Municipality, Pay, PostingDetails,
    PostingDetailsBuilder, Profile, SalariedTerms, Terms,
};
use serde_json::Value;

#[track_caller]
pub fn date(s: &str) -> Date {
    s.parse().unwrap()
}

/// Details with the day of posting only.
pub fn dated() -> PostingDetailsBuilder {
    PostingDetails::builder().date_posted(date("2026-11-23"))
}

/// The posting of `job` in `language` as JSON.
#[track_caller]
pub fn posting(job: &JobDescription, details: &PostingDetails, language: Language) -> Value {
    serde_json::to_value(JobPosting::new(job, details, language).unwrap()).unwrap()
}

/// A post of `terms`, in English, in the Bridge Builder's tasks.
#[track_caller]
pub fn post_with(terms: Terms) -> JobDescription {
    JobDescription::builder("Peer worker")
        .languages([Language::English])
        .employer("Vantaan A-kilta")
        .location(Municipality::VANTAA)
        .profile(Profile::BridgeBuilder)
        .terms(terms)
        .build()
        .unwrap()
}

/// Salaried terms at `percent` % under `contract`, with `pay`.
pub fn salaried(percent: u8, contract: Contract, pay: Option<Pay>) -> Terms {
    let mut terms = SalariedTerms::new(percent, contract);
    terms.pay = pay;
    Terms::Salaried(terms)
}
