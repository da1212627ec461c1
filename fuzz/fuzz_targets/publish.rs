//! Publishing: a job description and the details of a publication, read from bytes (two
//! UTF-8 JSON documents separated by a NUL byte), as a `JobPosting` in every language:
//! no panic. A posting is made in each language the post is written in (or refused with
//! an error that names its field), in no other, and its JSON-LD and script element read
//! back to it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peerwork::{JobDescription, JobPosting, Language, PostingDetails};

fuzz_target!(|data: &[u8]| {
    let mut parts = data.splitn(2, |&b| b == 0);
    let (Some(job), Some(details)) = (parts.next(), parts.next()) else {
        return;
    };
    let (Ok(job), Ok(details)) = (
        serde_json::from_slice::<JobDescription>(job),
        serde_json::from_slice::<PostingDetails>(details),
    ) else {
        return;
    };
    for &language in Language::ALL {
        match JobPosting::new(&job, &details, language) {
            Ok(posting) => {
                assert!(job.is_written_in(language));
                assert_eq!(posting.in_language, language.code());
                let value = serde_json::to_value(&posting).expect("a posting is JSON");
                assert_eq!(value["@type"], "JobPosting");
                assert_eq!(
                    value["datePosted"],
                    details.date_posted().expect("posted").to_string()
                );
                let html = posting.to_html_script();
                let json = html
                    .strip_prefix(r#"<script type="application/ld+json">"#)
                    .and_then(|rest| rest.strip_suffix("</script>"))
                    .expect("a script element");
                assert!(!json.contains(['<', '>', '&', '\u{2028}', '\u{2029}']));
                let back: serde_json::Value =
                    serde_json::from_str(json).expect("the script holds JSON");
                assert_eq!(back, value);
            }
            Err(err) => {
                let message = err.to_string();
                assert!(
                    message.starts_with(&format!("{}: ", err.field())),
                    "{message}"
                );
            }
        }
    }
    match JobPosting::in_every_language(&job, &details) {
        Ok(postings) => assert_eq!(postings.len(), job.languages().len()),
        Err(err) => assert!(err.to_string().starts_with(&format!("{}: ", err.field()))),
    }
});
