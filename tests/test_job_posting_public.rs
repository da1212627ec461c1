//! What a `JobPosting` puts in public: only schema.org types we intend, each with only
//! properties schema.org gives it, and the properties Google for Jobs requires; the
//! experience backgrounds only as what the post seeks, never as what a person has; and
//! the `<script type="application/ld+json">` element, which no text of a posting can
//! end, checked with an HTML5 parser over hostile texts.
#![cfg(feature = "json")]

mod postings;
mod util;

use std::collections::{BTreeMap, BTreeSet};

use peerwork::{
    Cents, Contact, Contract, ExperienceBackground, JobDescription, JobPosting, Language,
    LocalizedText, Municipality, Pay, PayPeriod, Profile, Terms, TrainingRequirement,
    VolunteerTerms,
};
use postings::{dated, post_with, posting, salaried};
use proptest::prelude::*;
use serde_json::Value;
use util::posts::{details, fee_based_post, text, vantaa_post, volunteer_post};

// ---- schema.org

/// The schema.org types a posting may use, each with the properties schema.org gives
/// it (its own and those it inherits) that a posting writes. Read from schema.org's
/// pages of each type.
const TYPES: &[(&str, &[&str])] = &[
    (
        "JobPosting",
        &[
            "title",
            "description",
            "datePosted",
            "validThrough",
            "hiringOrganization",
            "employerOverview",
            "jobLocation",
            "employmentType",
            "workHours",
            "jobStartDate",
            "baseSalary",
            "responsibilities",
            "experienceRequirements",
            "educationRequirements",
            "skills",
            "occupationalCategory",
            "applicationContact",
            "directApply",
            "url",
            "totalJobOpenings",
            "identifier",
        ],
    ),
    ("Organization", &["name", "department"]),
    ("Place", &["address"]),
    (
        "PostalAddress",
        &[
            "streetAddress",
            "addressLocality",
            "postalCode",
            "addressCountry",
        ],
    ),
    ("MonetaryAmount", &["currency", "value"]),
    (
        "QuantitativeValue",
        &["value", "minValue", "maxValue", "unitText"],
    ),
    (
        "DefinedTerm",
        &["name", "termCode", "url", "inDefinedTermSet"],
    ),
    ("CategoryCode", &["codeValue", "inCodeSet", "name", "url"]),
    (
        "ContactPoint",
        &[
            "name",
            "contactType",
            "telephone",
            "email",
            "hoursAvailable",
        ],
    ),
    ("PropertyValue", &["name", "value"]),
    (
        "EducationalOccupationalCredential",
        &["credentialCategory", "description"],
    ),
];

/// What Google for Jobs requires of every posting.
const GOOGLE_REQUIRED: &[&str] = &[
    "title",
    "description",
    "datePosted",
    "hiringOrganization",
    "jobLocation",
];

/// Every node with an `@type` in `value`, each with its type.
fn typed_nodes<'a>(value: &'a Value, out: &mut Vec<(&'a str, &'a serde_json::Map<String, Value>)>) {
    match value {
        Value::Object(object) => {
            if let Some(kind) = object.get("@type") {
                out.push((kind.as_str().expect("@type is a string"), object));
            } else {
                panic!("an object without @type: {value}");
            }
            object.values().for_each(|v| typed_nodes(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| typed_nodes(v, out)),
        _ => {}
    }
}

/// Postings of every kind of post, with full and with minimal details, in every
/// language each post is written in.
fn every_kind_of_posting() -> Vec<Value> {
    let with_training = post_with(salaried(100, Contract::Permanent, None))
        .to_builder()
        .required_training(TrainingRequirement::other(
            "peer-support training of an NGO",
        ))
        .build()
        .unwrap();
    let mut jobs: Vec<JobDescription> = Profile::ALL.iter().map(|&p| vantaa_post(p)).collect();
    let range = Pay::range(
        Cents::from_euros(2_900),
        Cents::from_euros(3_200),
        PayPeriod::Month,
    );
    let with_pay_range = post_with(salaried(60, Contract::months(6), Some(range.unwrap())));
    jobs.extend([
        fee_based_post(),
        volunteer_post(),
        with_training,
        with_pay_range,
    ]);
    jobs.push(
        JobDescription::vantaa_pilot(Profile::Caretaker)
            .build()
            .unwrap(),
    );
    let by_email = dated()
        .openings(2)
        .contact(Contact::new("Aino Esimerkki").email("aino@example.fi"))
        .check()
        .unwrap();
    let mut postings = Vec::new();
    for job in &jobs {
        for details in [&details(), &by_email, &dated().check().unwrap()] {
            for &language in job.languages() {
                postings.push(posting(job, details, language));
            }
        }
    }
    postings
}

#[test]
fn every_type_and_property_is_one_schema_org_intends() {
    let allowed: BTreeMap<&str, &[&str]> = TYPES.iter().copied().collect();
    let mut seen_types = BTreeSet::new();
    let mut seen_properties = BTreeSet::new();
    for posting in every_kind_of_posting() {
        assert_eq!(posting["@context"], "https://schema.org");
        assert_eq!(posting["@type"], "JobPosting");
        for required in GOOGLE_REQUIRED {
            assert!(
                posting.get(*required).is_some(),
                "{required} missing: {posting}"
            );
        }
        let mut nodes = Vec::new();
        typed_nodes(&posting, &mut nodes);
        for (kind, node) in nodes {
            let properties = allowed
                .get(kind)
                .unwrap_or_else(|| panic!("@type {kind} is not one we intend"));
            seen_types.insert(kind.to_owned());
            // `@context` only at the top.
            assert_eq!(
                node.contains_key("@context"),
                kind == "JobPosting",
                "{kind}"
            );
            for key in node.keys().filter(|k| !k.starts_with('@')) {
                assert!(
                    properties.contains(&key.as_str()),
                    "{kind} has no property {key}"
                );
                seen_properties.insert((kind.to_owned(), key.clone()));
            }
        }
    }
    // The corpus shows every type and every property of the table, so the table is
    // what the posting writes, no more.
    for (kind, properties) in TYPES {
        assert!(seen_types.contains(*kind), "no posting used {kind}");
        for property in *properties {
            assert!(
                seen_properties.contains(&((*kind).to_owned(), (*property).to_owned())),
                "no posting wrote {kind}.{property}"
            );
        }
    }
}

// ---- experience backgrounds: what a post seeks, never what a person has

/// The five backgrounds a post can name (every one but `open_to_all`).
fn specific_backgrounds() -> Vec<ExperienceBackground> {
    ExperienceBackground::ALL
        .iter()
        .copied()
        .filter(|&b| b != ExperienceBackground::OpenToAll)
        .collect()
}

/// A post in the three languages that requires `required` and would like `desired`.
fn seeking(required: &[ExperienceBackground], desired: &[ExperienceBackground]) -> JobDescription {
    vantaa_post(Profile::BridgeBuilder)
        .to_builder()
        .required_backgrounds(required.iter().copied())
        .desired_backgrounds(desired.iter().copied())
        .build()
        .unwrap()
}

/// How a posting in `language` words `background`: the one-background posting's
/// `experienceRequirements`, in lower case as a list item of the ad has it.
fn wording(background: ExperienceBackground, language: Language) -> String {
    let p = posting(&seeking(&[background], &[]), &details(), language);
    p["experienceRequirements"].as_str().unwrap().to_lowercase()
}

#[test]
fn experience_requirements_say_what_the_post_seeks() {
    let job = seeking(
        &[
            ExperienceBackground::Substances,
            ExperienceBackground::Homelessness,
        ],
        &[],
    );
    for (language, expected) in [
        (
            Language::Finnish,
            "Omakohtaista kokemusta päihdeongelmasta ja siitä toipumisesta; omakohtaista \
             kokemusta asunnottomuudesta",
        ),
        (
            Language::Swedish,
            "Egen erfarenhet av rusmedelsbruk och av återhämtning; egen erfarenhet av \
             bostadslöshet",
        ),
        (
            Language::English,
            "Lived experience of substance use and recovery; lived experience of homelessness",
        ),
    ] {
        let p = posting(&job, &details(), language);
        assert_eq!(p["experienceRequirements"], expected);
    }
    let open = posting(
        &vantaa_post(Profile::Caretaker),
        &details(),
        Language::Finnish,
    );
    assert_eq!(
        open["experienceRequirements"],
        "Omakohtaista kokemusta, jota osaat hyödyntää työssä (kokemustausta voi olla mikä tahansa)"
    );
    // A post that requires no background says nothing of backgrounds.
    let none = posting(&seeking(&[], &[]), &details(), Language::Finnish);
    assert!(none.get("experienceRequirements").is_none());
}

/// For every way of splitting the five backgrounds into required, desired and not
/// sought (3^5 posts), and for a post open to all: in every language, the posting
/// names each background the post requires or would like, in the words of seeking,
/// under the ad's heading for what it requires or would like, and no background the
/// post does not seek anywhere; `experienceRequirements` names the required ones only.
#[test]
fn a_posting_names_no_background_the_post_does_not_seek() {
    let all = specific_backgrounds();
    let headings = [
        (
            Language::Finnish,
            "<h2>Edellytämme</h2>",
            "<h2>Toivomme</h2>",
        ),
        (
            Language::Swedish,
            "<h2>Vi förutsätter</h2>",
            "<h2>Vi önskar</h2>",
        ),
        (
            Language::English,
            "<h2>We require</h2>",
            "<h2>We would like</h2>",
        ),
    ];
    let words: Vec<Vec<String>> = headings
        .iter()
        .map(|&(language, ..)| all.iter().map(|&b| wording(b, language)).collect())
        .collect();
    let mut splits: Vec<(Vec<ExperienceBackground>, Vec<ExperienceBackground>)> = Vec::new();
    for code in 0..3_u32.pow(5) {
        let (mut required, mut desired) = (Vec::new(), Vec::new());
        for (i, &background) in all.iter().enumerate() {
            match code / 3_u32.pow(u32::try_from(i).unwrap()) % 3 {
                1 => required.push(background),
                2 => desired.push(background),
                _ => {}
            }
        }
        splits.push((required, desired));
    }
    splits.push((vec![ExperienceBackground::OpenToAll], all[..2].to_vec()));
    for (required, desired) in &splits {
        let job = seeking(required, desired);
        for (&(language, we_require, we_would_like), words) in headings.iter().zip(&words) {
            let p = posting(&job, &details(), language);
            let text = serde_json::to_string(&p).unwrap().to_lowercase();
            let description = p["description"].as_str().unwrap();
            for (&background, wording) in all.iter().zip(words) {
                let sought = required.contains(&background) || desired.contains(&background);
                assert_eq!(
                    text.contains(wording.as_str()),
                    sought,
                    "{background} in {language} for {required:?} / {desired:?}"
                );
                if sought {
                    let at = description.find(wording.as_str()).unwrap();
                    let heading = &description[description[..at].rfind("<h2>").unwrap()..];
                    let expected = if required.contains(&background) {
                        we_require
                    } else {
                        we_would_like
                    };
                    assert!(
                        heading.starts_with(expected),
                        "{background} under {heading:.40}"
                    );
                }
            }
            let named: Vec<String> = required
                .iter()
                .filter(|b| all.contains(b))
                .map(|&b| words[all.iter().position(|&a| a == b).unwrap()].clone())
                .collect();
            match p.get("experienceRequirements") {
                Some(requirements) if required.contains(&ExperienceBackground::OpenToAll) => {
                    assert!(words.iter().all(|w| {
                        !requirements
                            .as_str()
                            .unwrap()
                            .to_lowercase()
                            .contains(w.as_str())
                    }));
                }
                Some(requirements) => assert_eq!(
                    requirements.as_str().unwrap().to_lowercase(),
                    named.join("; ")
                ),
                None => assert!(required.is_empty()),
            }
        }
    }
}

// ---- the script element

const OPEN: &str = r#"<script type="application/ld+json">"#;
const CLOSE: &str = "</script>";

/// Parses `html` as an HTML5 document and returns the text of each `<script>` element
/// with its `type`, and the number of elements of any other name the body holds.
fn scripts(html: &str) -> (Vec<(Option<String>, String)>, usize) {
    let page = format!("<!DOCTYPE html><html><head></head><body>{html}<p>after</p></body></html>");
    let document = scraper::Html::parse_document(&page);
    let script = scraper::Selector::parse("script").unwrap();
    let found = document
        .select(&script)
        .map(|element| {
            let kind = element.value().attr("type").map(str::to_owned);
            (kind, element.text().collect::<String>())
        })
        .collect();
    let body = scraper::Selector::parse("body *").unwrap();
    let others = document
        .select(&body)
        .filter(|e| !["script", "p"].contains(&e.value().name()))
        .count();
    (found, others)
}

/// Checks that `posting`'s script element is one element, which an HTML5 parser reads
/// whole and whose JSON reads back to the posting.
#[track_caller]
fn assert_one_script_holding(posting: &JobPosting) -> String {
    let html = posting.to_html_script();
    assert!(html.starts_with(OPEN) && html.ends_with(CLOSE), "{html}");
    assert_eq!(html.to_lowercase().matches("</script").count(), 1, "{html}");
    assert!(!html.contains("<!--") && !html.contains('\u{2028}') && !html.contains('\u{2029}'));
    let (found, others) = scripts(&html);
    assert_eq!(found.len(), 1, "{html}");
    assert_eq!(others, 0, "{html}");
    let (kind, json) = &found[0];
    assert_eq!(kind.as_deref(), Some("application/ld+json"));
    let value: Value = serde_json::from_str(json).unwrap();
    assert_eq!(value, serde_json::to_value(posting).unwrap());
    html
}

#[test]
fn a_title_holding_a_script_end_tag_cannot_close_the_element() {
    let attack = "</script><script>alert(1)</script><!-- & -->";
    let job = JobDescription::builder(format!("Peer worker {attack}"))
        .languages([Language::English])
        .employer_details(peerwork::Employer::new(format!("A-kilta {attack}")).unit("<!--unit-->"))
        .location(Municipality::VANTAA)
        .profile(Profile::BridgeBuilder)
        .terms(Terms::Volunteer(VolunteerTerms::new()))
        .build()
        .unwrap();
    let hostile = dated()
        .identifier("</SCRIPT >")
        .contact(Contact::new("</script >").title(LocalizedText::same("<script src=x>")))
        .check()
        .unwrap();
    let mut posting = JobPosting::new(&job, &hostile, Language::English).unwrap();
    // One-line texts refuse the separators, but a posting's fields can be changed after
    // it is made.
    posting.title.push_str(" \u{2028}line\u{2029}paragraph");
    posting.description.push_str("\u{2028}</script>");
    let html = assert_one_script_holding(&posting);
    assert!(html.contains(r"Peer worker \u003c/script\u003e\u003cscript\u003ealert(1)"));
    assert!(html.contains(r"\u003c!-- \u0026 --\u003e"));
    assert!(html.contains(r"\u2028line\u2029paragraph"));
    // Letters other than the five escaped stay as they are.
    let finnish = JobPosting::new(
        &vantaa_post(Profile::Caretaker),
        &details(),
        Language::Finnish,
    )
    .unwrap();
    let html = assert_one_script_holding(&finnish);
    assert!(html.contains(
        r#""title":"Kokemusasiantuntija, nuorten aikuisten matalan kynnyksen palvelut""#
    ));
    let json = serde_json::to_string(&finnish).unwrap();
    let unescaped = html[OPEN.len()..html.len() - CLOSE.len()]
        .replace(r"\u003c", "<")
        .replace(r"\u003e", ">")
        .replace(r"\u0026", "&");
    assert_eq!(unescaped, json);
}

/// Texts that would end or break a script element if printed as they are.
fn hostile_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "</script>",
        "</SCRIPT",
        "</script ",
        "</scr",
        "ipt>",
        "<script>",
        "<!--",
        "-->",
        "<",
        ">",
        "&",
        "&lt;",
        "\\",
        "\"",
        "'",
        "/",
        "]]>",
        "<\\/script>",
        "\\u003c",
        "a",
        "ä",
        " ",
    ]);
    proptest::collection::vec(pieces, 1..10)
        .prop_map(|pieces| format!("x{}", pieces.concat()))
        .prop_filter("one visible line", |text| text.trim() == text)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(util::cases(300)))]

    /// Whatever the texts of a post and its details hold, the element is one element
    /// and holds the posting.
    #[test]
    fn no_text_can_end_the_script_element(
        title in hostile_text(),
        organisation in hostile_text(),
        identifier in hostile_text(),
        separator in prop::sample::select(vec!["", "\u{2028}", "\u{2029}"]),
    ) {
        let job = JobDescription::builder(text(&title, &title, &title))
            .languages(Language::ALL.iter().copied())
            .employer(organisation.as_str())
            .location(Municipality::VANTAA)
            .profile(Profile::HelpingEyes)
            .build()
            .unwrap();
        let details = dated().identifier(identifier.as_str()).check().unwrap();
        for posting in JobPosting::in_every_language(&job, &details).unwrap() {
            let mut posting = posting;
            posting.description.push_str(separator);
            posting.description.push_str(&title);
            assert_one_script_holding(&posting);
        }
    }
}
