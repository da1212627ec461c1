//! Publishes a Vantaa pilot post in Finnish as a schema.org JobPosting (JSON-LD), the
//! form job boards and Google for Jobs read: first the JSON, then the
//! `<script type="application/ld+json">` element that puts it in a web page.
//!
//! ```text
//! cargo run --example publish
//! ```

use peerwork::{
    Cents, JobDescription, JobPosting, Language, Pay, PayPeriod, PostingDetails, Profile,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let language = Language::Finnish;
    let job = JobDescription::vantaa_pilot_in(Profile::HelpingEyes, language).build()?;
    // What the job description does not hold: dates, street address, pay, identifier.
    let details = PostingDetails::new(language)
        .date_posted("2026-11-23".parse()?)
        .valid_through("2026-12-14".parse()?)
        .street_address("Kielotie 13", "01300")
        .pay(Pay {
            min: Cents::from_euros(1_350),
            max: Some(Cents::from_euros(1_450)),
            period: PayPeriod::Month,
        })
        .identifier("VANTAA-KAS-2026-04");
    let posting = JobPosting::new(&job, &details)?;
    println!("{}", serde_json::to_string_pretty(&posting)?);
    // For a web page, never paste the JSON in by hand: a title or description holding
    // `</script>` would end the element. `to_html_script` escapes what HTML would read.
    println!();
    println!("{}", posting.to_html_script());
    Ok(())
}
