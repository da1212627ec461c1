//! Rendering any valid job description, read from bytes (UTF-8 JSON), in every language
//! and format, with and without the details of a publication: no panic, the same text
//! every time, only in the languages the post is written in, and the title shown as it
//! is in plain text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peerwork::{
    Application, ClockTime, Contact, Date, Format, JobDescription, Language, PostingDetails,
    RenderError, Rendering,
};

fuzz_target!(|data: &[u8]| {
    let Ok(job) = serde_json::from_slice::<JobDescription>(data) else {
        return;
    };
    let date = |y, m, d| Date::new(y, m, d).expect("a date");
    let details = PostingDetails::builder()
        .date_posted(date(2026, 11, 23))
        .deadline(
            date(2026, 12, 14),
            Some(ClockTime::new(16, 0).expect("a time")),
        )
        .start(date(2027, 2, 1), true)
        .apply(Application::at("https://rekry.example.fi/haku/1"))
        .contact(Contact::new("Maija Esimerkki").phone("040 123 4567", None))
        .check()
        .expect("valid details");
    for &language in Language::ALL {
        for &format in Format::ALL {
            let rendering = match Rendering::new(&job, language, format) {
                Ok(rendering) => rendering,
                Err(err) => {
                    assert!(!job.is_written_in(language));
                    assert!(matches!(err, RenderError::NotWrittenIn(l, _) if l == language));
                    continue;
                }
            };
            assert!(job.is_written_in(language));
            let text = rendering.to_string();
            assert_eq!(text, rendering.to_string(), "not deterministic");
            if format == Format::PlainText {
                let title = job
                    .title()
                    .get(language)
                    .expect("a text in the post's language");
                assert!(text.contains(title));
            }
            let with_details = rendering
                .with_details(&details)
                .expect("details without texts fit every post")
                .to_string();
            assert!(with_details.len() > text.len());
        }
    }
});
