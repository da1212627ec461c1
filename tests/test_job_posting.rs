//! schema.org `JobPosting` (JSON-LD) from a job description and the details of one
//! publication: every property the posting writes, field by field; the description and
//! responsibilities as the ad has them; ESCO skills and the ISCO-08 category; how to
//! apply and whom to contact; one posting per language; the refusals; and committed
//! snapshots of one post's postings in Finnish and Swedish.
//!
//! The terms a posting states (the deadline with the Finnish UTC offset, employment
//! types, exact pay) are tested in `test_job_posting_terms.rs`; what it puts in public
//! (schema.org types and properties, experience backgrounds, the `<script>` element) in
//! `test_job_posting_public.rs`.
//!
//! The snapshots under `tests/snapshots/` are the postings as a job board reads them.
//! After an intended change, regenerate them with `UPDATE_SNAPSHOTS=1 cargo test --test
//! test_job_posting` and review the diff.

mod postings;
mod util;

use peerwork::{
    Application, Contact, Contract, Format, ISCO_08_CODE, ISCO_08_NAME, JobDescription, JobPosting,
    Language, Municipality, PostingDetails, PostingError, Profile, RenderError, Rendering, Task,
    TrainingRequirement,
};
use serde_json::{Value, json};
use util::posts::{details, fee_based_post, vantaa_post, volunteer_post};
use util::snapshot::assert_snapshot;

use postings::{date, dated, post_with, posting, salaried};

/// The keys of a JSON object, sorted.
fn keys(value: &Value) -> Vec<&str> {
    value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect()
}

fn sorted(mut keys: Vec<&str>) -> Vec<&str> {
    keys.sort_unstable();
    keys
}

// ---- the properties, field by field

#[test]
fn a_published_post_maps_field_by_field() {
    let job = vantaa_post(Profile::HelpingEyes);
    let details = details();
    for (language, organisation, unit, street, locality, hours_text, title, phone_hours) in [
        (
            Language::Finnish,
            "Vantaan kaupunki",
            "H-klinikka",
            "Asematie 7",
            "Vantaa",
            "50 % täydestä työajasta",
            "palveluesihenkilö",
            "ma–pe klo 9–11",
        ),
        (
            Language::Swedish,
            "Vanda stad",
            "H-kliniken",
            "Stationsvägen 7",
            "Vanda",
            "50 % av heltid",
            "serviceförman",
            "mån–fre kl. 9–11",
        ),
        (
            Language::English,
            "City of Vantaa",
            "H-clinic",
            "Asematie 7",
            "Vantaa",
            "50% of full time",
            "service manager",
            "Mon–Fri 9–11",
        ),
    ] {
        let p = posting(&job, &details, language);
        assert_eq!(
            keys(&p),
            sorted(vec![
                "@context",
                "@type",
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
                "skills",
                "occupationalCategory",
                "applicationContact",
                "directApply",
                "url",
                "identifier",
            ]),
            "{language}"
        );
        assert_eq!(p["@context"], "https://schema.org");
        assert_eq!(p["@type"], "JobPosting");
        assert_eq!(p["title"], job.title().get(language).unwrap());
        assert_eq!(p["datePosted"], "2026-11-23");
        assert_eq!(p["validThrough"], "2026-12-14T16:00:00+02:00");
        assert_eq!(
            p["hiringOrganization"],
            json!({
                "@type": "Organization",
                "name": organisation,
                "department": {"@type": "Organization", "name": unit},
            })
        );
        assert_eq!(
            p["employerOverview"],
            job.employer()
                .introduction
                .as_ref()
                .unwrap()
                .get(language)
                .unwrap()
        );
        assert_eq!(
            p["jobLocation"],
            json!({
                "@type": "Place",
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": street,
                    "addressLocality": locality,
                    "postalCode": "01300",
                    "addressCountry": "FI",
                },
            })
        );
        assert_eq!(p["employmentType"], json!(["PART_TIME", "TEMPORARY"]));
        assert_eq!(p["workHours"], hours_text);
        assert_eq!(p["jobStartDate"], "2027-02-01");
        assert_eq!(
            p["baseSalary"],
            json!({
                "@type": "MonetaryAmount",
                "currency": "EUR",
                "value": {"@type": "QuantitativeValue", "value": 1320.0, "unitText": "MONTH"},
            })
        );
        assert_eq!(
            p["applicationContact"],
            json!({
                "@type": "ContactPoint",
                "name": "Maija Esimerkki",
                "contactType": title,
                "telephone": "040 123 4567",
                "hoursAvailable": phone_hours,
            })
        );
        assert_eq!(p["directApply"], true);
        assert_eq!(p["url"], "https://rekry.example.fi/haku/VAN-2026-118");
        assert_eq!(
            p["identifier"],
            json!({"@type": "PropertyValue", "name": organisation, "value": "VAN-2026-118"})
        );
    }
}

#[test]
fn the_description_is_the_html_ad_without_its_title() {
    let details = details();
    let mut jobs: Vec<JobDescription> = Profile::ALL.iter().map(|&p| vantaa_post(p)).collect();
    jobs.push(fee_based_post());
    jobs.push(volunteer_post());
    for job in &jobs {
        for &language in job.languages() {
            let ad = Rendering::new(job, language, Format::Html)
                .unwrap()
                .with_details(&details)
                .unwrap()
                .to_string();
            let title = format!("<h1>{}</h1>\n", job.title().get(language).unwrap());
            let body = ad.strip_prefix(&title).unwrap_or_else(|| panic!("{ad}"));
            let p = posting(job, &details, language);
            assert_eq!(p["description"], body);
            assert!(!body.contains("<h1"), "{body}");
        }
    }
}

#[test]
fn responsibilities_list_the_tasks_as_the_ad_does() {
    // The Storyteller's posting opens with one's own experience and the Storyteller's
    // own duty, as its ad does (not with the catalogue's first task).
    let p = posting(
        &vantaa_post(Profile::Storyteller),
        &details(),
        Language::Finnish,
    );
    let items: Vec<&str> = p["responsibilities"]
        .as_str()
        .unwrap()
        .split("; ")
        .collect();
    assert_eq!(
        items[..2],
        [
            "oman kokemuksesi ja toipumistarinasi hyödyntäminen työssä",
            "yhteyden löytäminen asiakkaan tarinaan jakamalla omaa tarinaasi",
        ]
    );
    assert_eq!(items.len(), Profile::Storyteller.tasks().len());
    // Essential tasks first, each group's own tasks after its catalogue tasks.
    let volunteer = posting(&volunteer_post(), &details(), Language::English);
    let items: Vec<&str> = volunteer["responsibilities"]
        .as_str()
        .unwrap()
        .split("; ")
        .collect();
    assert_eq!(items.len(), 4);
    assert_eq!(items[3], "arranging coffee evenings for visitors");
    for task in [
        Task::SupportPersonWork,
        Task::FacilitatesGroups,
        Task::ListensToClients,
    ] {
        assert!(
            items[..3].contains(&task.in_posting(Language::English)),
            "{task}"
        );
    }
    let fee = posting(&fee_based_post(), &details(), Language::Swedish);
    let items: Vec<&str> = fee["responsibilities"]
        .as_str()
        .unwrap()
        .split("; ")
        .collect();
    assert_eq!(
        items.last(),
        Some(&Task::TeachesProfessionals.in_posting(Language::Swedish))
    );
}

// ---- skills and category

#[test]
fn skills_are_the_esco_skills_of_the_tasks_each_once() {
    let job = vantaa_post(Profile::Caretaker);
    for &language in Language::ALL {
        let p = posting(&job, &details(), language);
        let mut expected = Vec::new();
        for task in job.tasks().all() {
            for skill in task.esco() {
                let term = json!({
                    "@type": "DefinedTerm",
                    "name": skill.label.get(language),
                    "termCode": skill.uri,
                    "url": skill.uri,
                    "inDefinedTermSet": "ESCO skills (v1.1.1)",
                });
                if !expected.contains(&term) {
                    expected.push(term);
                }
            }
        }
        assert!(!expected.is_empty());
        assert_eq!(p["skills"], Value::Array(expected), "{language}");
        for skill in p["skills"].as_array().unwrap() {
            assert!(
                skill["termCode"]
                    .as_str()
                    .unwrap()
                    .starts_with("http://data.europa.eu/esco/skill/")
            );
        }
        assert_eq!(
            p["occupationalCategory"],
            json!({
                "@type": "CategoryCode",
                "codeValue": ISCO_08_CODE,
                "inCodeSet": "ISCO-08",
                "name": ISCO_08_NAME,
                "url": "http://data.europa.eu/esco/isco/C3412",
            })
        );
    }
    assert_eq!(
        (ISCO_08_CODE, ISCO_08_NAME),
        ("3412", "Social work associate professionals")
    );
    // A post whose tasks have no ESCO skill writes no skills.
    let own_only = JobDescription::builder("Peer worker")
        .languages([Language::English])
        .employer("Vantaan A-kilta")
        .location(Municipality::VANTAA)
        .setting(peerwork::ServiceSetting::ThirdSectorInterface)
        .essential(
            Task::ALL
                .iter()
                .copied()
                .filter(|t| t.esco().is_empty())
                .collect(),
        )
        .build()
        .unwrap();
    let p = posting(&own_only, &dated().check().unwrap(), Language::English);
    assert!(p.get("skills").is_none());
}

#[test]
fn required_training_is_an_educational_credential() {
    let p = posting(&fee_based_post(), &details(), Language::Finnish);
    assert_eq!(
        p["educationRequirements"],
        json!({
            "@type": "EducationalOccupationalCredential",
            "credentialCategory": "professional certificate",
            "description": "Kokoa ry:n suositusten mukainen kokemusasiantuntijakoulutus",
        })
    );
    let other = post_with(salaried(100, Contract::Permanent, None))
        .to_builder()
        .required_training(TrainingRequirement::other(
            "peer-support training of an NGO",
        ))
        .build()
        .unwrap();
    let p = posting(&other, &details(), Language::English);
    assert_eq!(
        p["educationRequirements"]["description"],
        "peer-support training of an NGO"
    );
    // Training the post would like is not a requirement.
    let p = posting(
        &vantaa_post(Profile::Caretaker),
        &details(),
        Language::Finnish,
    );
    assert!(p.get("educationRequirements").is_none());
}

// ---- location, application, contact

#[test]
fn the_location_names_the_municipality_in_the_postings_language() {
    for (code, fi, sv) in [
        ("092", "Vantaa", "Vanda"),
        ("091", "Helsinki", "Helsingfors"),
        ("049", "Espoo", "Esbo"),
        ("245", "Kerava", "Kervo"),
        ("478", "Maarianhamina", "Mariehamn"),
    ] {
        let municipality = Municipality::from_code(code).unwrap();
        let job = vantaa_post(Profile::BridgeBuilder)
            .to_builder()
            .location(municipality)
            .build()
            .unwrap();
        for (language, name) in [
            (Language::Finnish, fi),
            (Language::Swedish, sv),
            (Language::English, fi),
        ] {
            let p = posting(&job, &dated().check().unwrap(), language);
            assert_eq!(
                p["jobLocation"]["address"],
                json!({"@type": "PostalAddress", "addressLocality": name, "addressCountry": "FI"}),
                "{code} {language}"
            );
            assert_eq!(municipality.name(language), name);
        }
    }
    // The details' address, where given, is the posting's.
    let details = dated()
        .street_address("Kielotie 13", "01300")
        .check()
        .unwrap();
    let p = posting(
        &vantaa_post(Profile::Caretaker),
        &details,
        Language::Swedish,
    );
    assert_eq!(p["jobLocation"]["address"]["streetAddress"], "Kielotie 13");
    assert_eq!(p["jobLocation"]["address"]["addressLocality"], "Vanda");
}

#[test]
fn how_to_apply_and_whom_to_contact() {
    let job = post_with(salaried(100, Contract::Permanent, None));
    // By e-mail: no web form to apply on directly.
    let by_email = dated()
        .apply(Application::by_email("rekry@example.fi"))
        .check()
        .unwrap();
    let p = posting(&job, &by_email, Language::English);
    for absent in [
        "directApply",
        "url",
        "applicationContact",
        "identifier",
        "totalJobOpenings",
        "jobStartDate",
    ] {
        assert!(p.get(absent).is_none(), "{absent}");
    }
    // The first contact person is the posting's contact, with what is given of them.
    let details = dated()
        .contact(Contact::new("Pekka Malli").email("pekka.malli@example.fi"))
        .contact(Contact::new("Maija Esimerkki").phone("040 123 4567", None))
        .openings(3)
        .identifier("A-KILTA-7")
        .start_by_agreement()
        .check()
        .unwrap();
    let p = posting(&job, &details, Language::English);
    assert_eq!(
        p["applicationContact"],
        json!({"@type": "ContactPoint", "name": "Pekka Malli", "email": "pekka.malli@example.fi"})
    );
    assert_eq!(p["totalJobOpenings"], 3);
    assert_eq!(
        p["identifier"],
        json!({"@type": "PropertyValue", "name": "Vantaan A-kilta", "value": "A-KILTA-7"})
    );
    assert!(p.get("jobStartDate").is_none());
}

// ---- languages and refusals

#[test]
fn one_posting_in_every_language_the_post_is_written_in() {
    let details = details();
    let job = vantaa_post(Profile::Storyteller);
    let postings = JobPosting::in_every_language(&job, &details).unwrap();
    assert_eq!(postings.len(), 3);
    for (posting, &language) in postings.iter().zip(Language::ALL) {
        assert_eq!(posting, &JobPosting::new(&job, &details, language).unwrap());
        assert_eq!(posting.in_language, language.code());
        assert_eq!(posting.title, job.title().get(language).unwrap());
    }
    let swedish = JobDescription::vantaa_pilot_in(Profile::Caretaker, Language::Swedish)
        .build()
        .unwrap();
    let postings = JobPosting::in_every_language(&swedish, &details).unwrap();
    assert_eq!(postings.len(), 1);
    assert_eq!(postings[0].in_language, "sv");
    // A language the post is not written in is refused.
    let err = JobPosting::new(&swedish, &details, Language::Finnish).unwrap_err();
    assert!(matches!(
        err,
        PostingError::Render(RenderError::NotWrittenIn(Language::Finnish, _))
    ));
    assert_eq!(err.field(), "languages");
    assert_eq!(
        err.to_string(),
        "languages: the post is not written in Finnish (fi); it is written in sv"
    );
}

#[test]
fn refusals_name_their_field() {
    let job = vantaa_post(Profile::Caretaker);
    let undated = PostingDetails::builder()
        .deadline(date("2026-12-14"), None)
        .check()
        .unwrap();
    for err in [
        JobPosting::new(&job, &undated, Language::Finnish).unwrap_err(),
        JobPosting::in_every_language(&job, &undated).unwrap_err(),
    ] {
        assert_eq!(
            err,
            PostingError::MissingRequiredField {
                field: "date_posted",
                property: "datePosted"
            }
        );
        assert_eq!(err.field(), "date_posted");
        assert_eq!(
            err.to_string(),
            "date_posted: Google for Jobs requires datePosted; give the day the posting is published"
        );
    }
    // A text of the details given per language must be given in each of the post's.
    let finnish_only = dated()
        .contact(
            Contact::new("Maija Esimerkki").title(peerwork::LocalizedText::in_language(
                Language::Finnish,
                "palveluesihenkilö",
            )),
        )
        .check()
        .unwrap();
    let err = JobPosting::new(&job, &finnish_only, Language::Finnish).unwrap_err();
    assert_eq!(err.field(), "contacts[0].title");
    assert_eq!(
        err.to_string(),
        "contacts[0].title: no text in Swedish (sv), one of the post's languages"
    );
    let finnish_post = JobDescription::vantaa_pilot_in(Profile::Caretaker, Language::Finnish)
        .build()
        .unwrap();
    assert!(JobPosting::new(&finnish_post, &finnish_only, Language::Finnish).is_ok());
    // The details' own rules are checked when they are made.
    let err = dated()
        .deadline(date("2026-11-22"), None)
        .check()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "valid_through: 2026-11-22 is before date_posted 2026-11-23"
    );
}

// ---- snapshots

#[test]
fn snapshots_of_one_post_in_finnish_and_swedish() {
    let job = vantaa_post(Profile::HelpingEyes);
    for language in [Language::Finnish, Language::Swedish] {
        let posting = JobPosting::new(&job, &details(), language).unwrap();
        let json = serde_json::to_string_pretty(&posting).unwrap() + "\n";
        assert_snapshot(
            "test_job_posting",
            &format!("helping_eyes.jobposting.{}.json", language.code()),
            &json,
        );
    }
}
