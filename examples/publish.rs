//! Publishes a Vantaa pilot post as schema.org JobPostings (JSON-LD), the form job
//! boards and Google for Jobs read: one in Finnish and one in Swedish, then the
//! Finnish one's `<script type="application/ld+json">` element that puts it in a web
//! page.
//!
//! ```text
//! cargo run --example publish
//! ```

use peerwork::{
    Application, Cents, ClockTime, Contact, Contract, JobDescriptionBuilder, JobPosting, Language,
    LocalizedText, Pay, PayPeriod, PostingDetails, Profile, SalariedTerms, Terms,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // The employer's own facts: pay, the line manager.
    let mut terms = SalariedTerms::new(50, Contract::months(3));
    terms.pay_basis = Some(
        LocalizedText::in_language(Language::Finnish, "SOTE-sopimus")
            .and(Language::Swedish, "SOTE-avtalet"),
    );
    terms.pay = Some(Pay::range(
        Cents::from_euros(1_350),
        Cents::from_euros(1_450),
        PayPeriod::Month,
    )?);
    let job = JobDescriptionBuilder::vantaa_pilot(
        Profile::HelpingEyes,
        &[Language::Finnish, Language::Swedish],
    )
    .terms(Terms::Salaried(terms))
    .build()?;
    // What one publication says: dates, how to apply, whom to contact.
    let details = PostingDetails::builder()
        .date_posted("2026-11-23".parse()?)
        .deadline("2026-12-14".parse()?, Some(ClockTime::new(16, 0)?))
        .start("2027-02-01".parse()?, true)
        .apply(Application::at(
            "https://rekry.example.fi/haku/VANTAA-KAS-2026-04",
        ))
        .contact(Contact::new("Maija Esimerkki").phone("040 123 4567", None))
        .identifier("VANTAA-KAS-2026-04")
        .check()?;
    let postings = JobPosting::in_every_language(&job, &details)?;
    for posting in &postings {
        println!("{}", serde_json::to_string_pretty(posting)?);
        println!();
    }
    // For a web page, never paste the JSON in by hand: a title or description holding
    // `</script>` would end the element. `to_html_script` escapes what HTML would read.
    if let Some(finnish) = postings.first() {
        println!("{}", finnish.to_html_script());
    }
    Ok(())
}
