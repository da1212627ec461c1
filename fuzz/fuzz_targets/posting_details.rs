//! Reading the details of a publication from bytes (UTF-8 JSON): no panic; details that
//! read survive a round trip, are read alike by `from_json_slice`, check again through
//! their builder, and publish the Vantaa pilot post in every language or are refused
//! with an error that names its field.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peerwork::{JobDescription, JobPosting, PostingDetails, Profile};
use peerwork_fuzz::{check_from_json_agrees, check_round_trip};

fuzz_target!(|data: &[u8]| {
    let read = serde_json::from_slice::<PostingDetails>(data);
    check_from_json_agrees(data, &read);
    let Ok(details) = read else {
        return;
    };
    check_round_trip(&details);
    assert_eq!(details.to_builder().check().as_ref(), Ok(&details));
    let job = JobDescription::vantaa_pilot(Profile::Caretaker)
        .build()
        .expect("the pilot post builds");
    match JobPosting::in_every_language(&job, &details) {
        Ok(postings) => {
            assert_eq!(postings.len(), job.languages().len());
            for posting in postings {
                let html = posting.to_html_script();
                assert_eq!(html.to_lowercase().matches("</script").count(), 1);
            }
        }
        Err(err) => {
            let message = err.to_string();
            assert!(
                message.starts_with(&format!("{}: ", err.field())),
                "{message}"
            );
        }
    }
});
