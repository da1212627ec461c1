//! Rendering any valid job description, read from bytes (UTF-8 JSON), in every language
//! and format, with and without fee lines: no panic, and the same text every time.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peerwork::{FeeSchedule, Format, JobDescription, Language, Rendering, WorkTime};

fuzz_target!(|data: &[u8]| {
    let Ok(job) = serde_json::from_slice::<JobDescription>(data) else {
        return;
    };
    let lines: Vec<WorkTime> = job
        .fee_activities()
        .iter()
        .map(|&activity| WorkTime::minutes(activity, 90))
        .collect();
    let estimate = FeeSchedule::kokoa().estimate(&lines).ok();
    for language in Language::ALL {
        for format in [Format::Markdown, Format::PlainText] {
            let text = job.render(language, format);
            // Markdown escapes markup characters in free text; plain text shows it as is.
            if format == Format::PlainText {
                assert!(text.contains(job.title()));
            }
            assert_eq!(text, job.render(language, format), "not deterministic");
            if let Some(estimate) = &estimate {
                let with_fees = Rendering::new(&job, language, format)
                    .with_fees(estimate)
                    .to_string();
                // The fee table comes last, after the text without it.
                assert!(with_fees.starts_with(&text));
            }
        }
    }
});
