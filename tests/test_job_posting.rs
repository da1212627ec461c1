//! schema.org JobPosting export: the mapping field by field for the four Vantaa posts,
//! the employment types, pay, and the fields Google for Jobs requires.

use peerwork::{
    Cents, Contract, Date, FeeActivity, FormOfWork, JobDescription, JobPosting, Language, Location,
    Pay, PayPeriod, PostingDetails, PostingError, Profile, Vocabulary,
};
use serde_json::{Value, json};

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

fn details(language: Language) -> PostingDetails {
    PostingDetails::new(language)
        .date_posted(date("2026-11-23"))
        .valid_through(date("2026-12-14"))
        .street_address("Kielotie 13", "01300")
        .pay(Pay {
            min: Cents::from_euros(1_350),
            max: None,
            period: PayPeriod::Month,
        })
        .identifier("VANTAA-2026-1")
}

fn export(job: &JobDescription, details: &PostingDetails) -> Value {
    serde_json::to_value(JobPosting::new(job, details).unwrap()).unwrap()
}

#[test]
fn vantaa_posts_map_field_by_field() {
    for profile in Profile::ALL {
        for language in Language::ALL {
            let job = JobDescription::vantaa_pilot_in(profile, language)
                .build()
                .unwrap();
            let p = export(&job, &details(language));
            let context = format!("{profile} {language}");
            assert_eq!(p["@context"], "https://schema.org", "{context}");
            assert_eq!(p["@type"], "JobPosting");
            assert_eq!(p["title"], job.title());
            assert_eq!(
                p["description"],
                job.render(language, peerwork::Format::PlainText)
            );
            assert_eq!(p["datePosted"], "2026-11-23");
            assert_eq!(p["validThrough"], "2026-12-14");
            assert_eq!(p["hiringOrganization"]["@type"], "Organization");
            assert_eq!(
                p["hiringOrganization"]["name"],
                job.employer().organisation.as_str()
            );
            assert_eq!(
                p["hiringOrganization"]["department"]["name"],
                job.employer().unit.as_deref().unwrap()
            );
            let address = &p["jobLocation"]["address"];
            assert_eq!(p["jobLocation"]["@type"], "Place");
            assert_eq!(address["@type"], "PostalAddress");
            assert_eq!(address["streetAddress"], "Kielotie 13");
            assert_eq!(
                address["addressLocality"],
                job.location().municipality.as_str()
            );
            assert_eq!(address["postalCode"], "01300");
            assert_eq!(address["addressCountry"], "FI");
            // 50 %, 3-month fixed term, salaried.
            assert_eq!(
                p["employmentType"],
                json!(["PART_TIME", "TEMPORARY"]),
                "{context}"
            );
            assert!(p["workHours"].as_str().unwrap().starts_with("50 %"));
            let responsibilities = p["responsibilities"].as_str().unwrap();
            for task in profile.tasks() {
                assert!(
                    responsibilities.contains(task.label_in(language)),
                    "{context}: {task}"
                );
            }
            let experience = p["experienceRequirements"].as_str().unwrap();
            for background in &job.requirements().experience_backgrounds {
                assert!(experience.contains(background.label_in(language)));
            }
            assert!(!p["qualifications"].as_str().unwrap().is_empty());
            assert_eq!(p["baseSalary"]["@type"], "MonetaryAmount");
            assert_eq!(p["baseSalary"]["currency"], "EUR");
            assert_eq!(p["baseSalary"]["value"]["value"], 1350.0);
            assert_eq!(p["baseSalary"]["value"]["unitText"], "MONTH");
            assert_eq!(p["identifier"]["@type"], "PropertyValue");
            assert_eq!(p["identifier"]["value"], "VANTAA-2026-1");
            assert_eq!(p["inLanguage"], language.code());
            assert_eq!(
                p["occupationalCategory"],
                json!({
                    "@type": "CategoryCode",
                    "codeValue": "3412",
                    "inCodeSet": "ISCO-08",
                    "name": "Social work associate professionals"
                })
            );
        }
    }
}

fn custom(form: FormOfWork, percent: u16, contract: Contract) -> JobDescription {
    let mut builder = JobDescription::builder("Peer worker")
        .employer("Vantaan A-kilta", None)
        .location(Location::municipality("Vantaa"))
        .profile(Profile::BridgeBuilder)
        .form_of_work(form)
        .working_time_percent(percent)
        .contract(contract);
    if form == FormOfWork::FeeBased {
        builder = builder.fee_activities([FeeActivity::Meeting]);
    }
    builder.build().unwrap()
}

#[test]
fn employment_types() {
    let d = PostingDetails::new(Language::English).date_posted(date("2026-11-23"));
    let cases = [
        (
            custom(FormOfWork::Salaried, 100, Contract::Permanent),
            json!(["FULL_TIME"]),
        ),
        (
            custom(FormOfWork::Salaried, 60, Contract::Permanent),
            json!(["PART_TIME"]),
        ),
        (
            custom(FormOfWork::Salaried, 100, Contract::months(6)),
            json!(["FULL_TIME", "TEMPORARY"]),
        ),
        (
            custom(FormOfWork::Volunteer, 10, Contract::Permanent),
            json!(["PART_TIME", "VOLUNTEER"]),
        ),
        (
            custom(FormOfWork::FeeBased, 5, Contract::months(1)),
            json!(["PART_TIME", "TEMPORARY", "CONTRACTOR"]),
        ),
    ];
    for (job, expected) in cases {
        assert_eq!(export(&job, &d)["employmentType"], expected);
    }
}

#[test]
fn optional_fields_are_left_out_when_not_given() {
    let job = custom(FormOfWork::Salaried, 100, Contract::Permanent);
    let p = export(
        &job,
        &PostingDetails::new(Language::English).date_posted(date("2026-11-23")),
    );
    for absent in [
        "validThrough",
        "baseSalary",
        "identifier",
        "experienceRequirements",
    ] {
        assert!(p.get(absent).is_none(), "{absent}");
    }
    assert!(p["jobLocation"]["address"].get("streetAddress").is_none());
    assert!(p["hiringOrganization"].get("department").is_none());
}

#[test]
fn pay_range() {
    let job = custom(FormOfWork::Salaried, 100, Contract::Permanent);
    let d = PostingDetails::new(Language::English)
        .date_posted(date("2026-11-23"))
        .pay(Pay {
            min: Cents(2_500),
            max: Some(Cents(2_750)),
            period: PayPeriod::Hour,
        });
    let salary = &export(&job, &d)["baseSalary"]["value"];
    assert_eq!(salary["minValue"], 25.0);
    assert_eq!(salary["maxValue"], 27.5);
    assert_eq!(salary["unitText"], "HOUR");
    assert!(salary.get("value").is_none());
}

#[test]
fn refusals_are_typed() {
    let job = custom(FormOfWork::Salaried, 100, Contract::Permanent);
    let no_date = PostingDetails::new(Language::Finnish);
    let err = JobPosting::new(&job, &no_date).unwrap_err();
    assert_eq!(
        err,
        PostingError::MissingRequiredField {
            field: "datePosted"
        }
    );
    assert_eq!(err.field(), "datePosted");
    assert_eq!(
        err.to_string(),
        "datePosted: Google for Jobs requires this field"
    );

    let backwards = PostingDetails::new(Language::Finnish)
        .date_posted(date("2026-11-23"))
        .valid_through(date("2026-11-22"));
    assert_eq!(
        JobPosting::new(&job, &backwards).unwrap_err(),
        PostingError::ValidThroughBeforeDatePosted {
            date_posted: date("2026-11-23"),
            valid_through: date("2026-11-22")
        }
    );

    let bad_pay = PostingDetails::new(Language::Finnish)
        .date_posted(date("2026-11-23"))
        .pay(Pay {
            min: Cents(3_000),
            max: Some(Cents(2_000)),
            period: PayPeriod::Month,
        });
    assert_eq!(
        JobPosting::new(&job, &bad_pay).unwrap_err(),
        PostingError::InvalidPay
    );

    let bad_address = PostingDetails::new(Language::Finnish)
        .date_posted(date("2026-11-23"))
        .street_address("", "01300");
    let err = JobPosting::new(&job, &bad_address).unwrap_err();
    assert_eq!(err.field(), "jobLocation.address.streetAddress");
}

#[test]
fn the_posting_never_names_a_person() {
    // A job description holds no person; the posting describes backgrounds sought.
    let job = JobDescription::vantaa_pilot_in(Profile::Caretaker, Language::Finnish)
        .build()
        .unwrap();
    let p = export(&job, &details(Language::Finnish));
    let experience = p["experienceRequirements"].as_str().unwrap();
    assert!(experience.starts_with("Haettu kokemustausta"));
}
