//! schema.org JobPosting export: the mapping field by field for the four Vantaa posts,
//! the employment types, pay, and the fields Google for Jobs requires.

use peerwork::{
    Cents, Contract, Date, FeeActivity, FormOfWork, JobDescription, JobPosting, Language, Location,
    MAX_NAME_CHARS, MAX_POSTAL_CODE_CHARS, Pay, PayPeriod, PostingDetails, PostingError, Profile,
    QUOTE_LIMIT, Vocabulary,
};
use serde_json::{Value, json};
use strum::IntoEnumIterator;

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
    let err = JobPosting::new(&job, &bad_pay).unwrap_err();
    assert_eq!(
        err,
        PostingError::InvalidPay {
            min: Cents(3_000),
            max: Some(Cents(2_000))
        }
    );
    assert_eq!(err.field(), "baseSalary");

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

#[cfg(any(feature = "json", feature = "schema"))]
const OPEN: &str = r#"<script type="application/ld+json">"#;
#[cfg(any(feature = "json", feature = "schema"))]
const CLOSE: &str = "</script>";

/// The JSON inside a script element made by `to_html_script`.
#[cfg(any(feature = "json", feature = "schema"))]
fn script_json(html: &str) -> &str {
    html.strip_prefix(OPEN)
        .and_then(|rest| rest.strip_suffix(CLOSE))
        .unwrap_or_else(|| panic!("not a JSON-LD script element: {html}"))
}

#[test]
#[cfg(any(feature = "json", feature = "schema"))]
fn html_script_cannot_be_broken_out_of() {
    let attack = "</script><script>alert(1)</script><!-- & -->";
    let job = JobDescription::builder(format!("Peer worker {attack}"))
        .employer(format!("A-kilta {attack}"), Some("<!--unit-->"))
        .location(Location::municipality("Vantaa"))
        .profile(Profile::BridgeBuilder)
        .build()
        .unwrap();
    let d = PostingDetails::new(Language::English)
        .date_posted(date("2026-11-23"))
        .identifier("</SCRIPT >");
    let mut posting = JobPosting::new(&job, &d).unwrap();
    // One-line texts refuse the separators, but a posting's fields can be changed after
    // it is made.
    posting.title.push_str(" \u{2028}line\u{2029}paragraph");
    posting.description.push_str("\u{2028}</script>");
    assert!(
        posting.description.contains(attack),
        "the title is in the description"
    );

    let html = posting.to_html_script();
    assert!(html.starts_with(OPEN) && html.ends_with(CLOSE), "{html}");
    // The only tags are the element's own.
    assert_eq!(html.to_lowercase().matches("</script").count(), 1, "{html}");
    assert_eq!(html.to_lowercase().matches("<script").count(), 1, "{html}");
    assert_eq!(html.matches('<').count(), 2, "{html}");
    assert_eq!(html.matches('>').count(), 2, "{html}");
    assert!(!html.contains("<!--"));
    assert!(!html.contains('&'));
    assert!(!html.contains('\u{2028}') && !html.contains('\u{2029}'));
    assert!(html.contains(r"Peer worker \u003c/script\u003e\u003cscript\u003ealert(1)"));
    assert!(html.contains(r"\u003c!-- \u0026 --\u003e"));
    assert!(html.contains(r"\u2028line\u2029paragraph"));

    // The JSON inside reads back to the same value, texts and all.
    let value: Value = serde_json::from_str(script_json(&html)).unwrap();
    assert_eq!(value, serde_json::to_value(&posting).unwrap());
    assert_eq!(value["title"], posting.title.as_str());
    assert_eq!(
        value["hiringOrganization"]["name"],
        format!("A-kilta {attack}")
    );
    assert_eq!(
        value["hiringOrganization"]["department"]["name"],
        "<!--unit-->"
    );
    assert_eq!(value["identifier"]["value"], "</SCRIPT >");
}

#[test]
#[cfg(any(feature = "json", feature = "schema"))]
fn html_script_holds_the_posting_and_escapes_nothing_else() {
    for profile in Profile::ALL {
        for language in Language::ALL {
            let job = JobDescription::vantaa_pilot_in(profile, language)
                .build()
                .unwrap();
            let posting = JobPosting::new(&job, &details(language)).unwrap();
            let html = posting.to_html_script();
            let json = serde_json::to_string(&posting).unwrap();
            let value: Value = serde_json::from_str(script_json(&html)).unwrap();
            assert_eq!(value, serde_json::to_value(&posting).unwrap());
            if !json.contains(['<', '>', '&']) {
                // Letters such as ä and ö stay as they are.
                assert_eq!(script_json(&html), json, "{profile} {language}");
            }
        }
    }
}

#[test]
fn invalid_pay_names_the_amounts() {
    let job = custom(FormOfWork::Salaried, 100, Contract::Permanent);
    let refused = |min: u64, max: Option<u64>| {
        let d = PostingDetails::new(Language::English)
            .date_posted(date("2026-11-23"))
            .pay(Pay {
                min: Cents(min),
                max: max.map(Cents),
                period: PayPeriod::Hour,
            });
        JobPosting::new(&job, &d).unwrap_err()
    };
    let cases = [
        (
            0,
            None,
            "baseSalary: pay of 0.00 EUR must be more than zero",
        ),
        (
            0,
            Some(2_000),
            "baseSalary: the pay range 0.00 EUR to 20.00 EUR must start above zero",
        ),
        (
            2_550,
            Some(2_549),
            "baseSalary: the pay range 25.50 EUR to 25.49 EUR ends below its start",
        ),
    ];
    for (min, max, message) in cases {
        let err = refused(min, max);
        assert_eq!(
            err,
            PostingError::InvalidPay {
                min: Cents(min),
                max: max.map(Cents)
            }
        );
        assert_eq!(err.to_string(), message);
    }
    // A range of one amount is a single amount.
    let d = PostingDetails::new(Language::English)
        .date_posted(date("2026-11-23"))
        .pay(Pay {
            min: Cents(1),
            max: Some(Cents(1)),
            period: PayPeriod::Hour,
        });
    assert_eq!(export(&job, &d)["baseSalary"]["value"]["value"], 0.01);
}

#[test]
fn pay_periods_have_ids_and_schema_org_units() {
    assert_eq!(
        PayPeriod::iter().collect::<Vec<_>>(),
        [PayPeriod::Hour, PayPeriod::Month, PayPeriod::Year]
    );
    let job = custom(FormOfWork::Salaried, 100, Contract::Permanent);
    for (period, id, unit) in [
        (PayPeriod::Hour, "hour", "HOUR"),
        (PayPeriod::Month, "month", "MONTH"),
        (PayPeriod::Year, "year", "YEAR"),
    ] {
        assert_eq!(period.to_string(), id);
        assert_eq!(id.parse::<PayPeriod>().unwrap(), period);
        assert_eq!(serde_json::to_value(period).unwrap(), id);
        assert_eq!(
            serde_json::from_value::<PayPeriod>(json!(id)).unwrap(),
            period
        );
        // The posting writes the schema.org unit, not the id.
        let d = PostingDetails::new(Language::English)
            .date_posted(date("2026-11-23"))
            .pay(Pay {
                min: Cents(100),
                max: None,
                period,
            });
        assert_eq!(export(&job, &d)["baseSalary"]["value"]["unitText"], unit);
    }
    assert!("HOUR".parse::<PayPeriod>().is_err());
    assert!(serde_json::from_value::<PayPeriod>(json!("week")).is_err());
}

#[test]
fn pay_reads_and_writes_json() {
    let range = Pay {
        min: Cents(2_500),
        max: Some(Cents(2_750)),
        period: PayPeriod::Hour,
    };
    let json = serde_json::to_value(range).unwrap();
    assert_eq!(json, json!({"min": 2500, "max": 2750, "period": "hour"}));
    assert_eq!(serde_json::from_value::<Pay>(json).unwrap(), range);
    let single = serde_json::from_value::<Pay>(json!({"min": 100, "period": "year"})).unwrap();
    assert_eq!(
        single,
        Pay {
            min: Cents(100),
            max: None,
            period: PayPeriod::Year
        }
    );
    assert_eq!(
        serde_json::to_value(single).unwrap(),
        json!({"min": 100, "period": "year"})
    );

    let refused = |doc: Value| serde_json::from_value::<Pay>(doc).unwrap_err().to_string();
    assert_eq!(
        refused(json!({"min": 0, "period": "hour"})),
        "baseSalary: pay of 0.00 EUR must be more than zero"
    );
    assert_eq!(
        refused(json!({"min": 300, "max": 200, "period": "hour"})),
        "baseSalary: the pay range 3.00 EUR to 2.00 EUR ends below its start"
    );
    assert!(refused(json!({"min": 100, "period": "hour", "currency": "USD"})).contains("currency"));
    assert!(refused(json!({"min": 100})).contains("period"));
    assert!(refused(json!({"min": -1, "period": "hour"})).contains("-1"));
}

#[test]
fn posting_details_read_and_write_json() {
    let full = details(Language::Swedish);
    let json = serde_json::to_value(&full).unwrap();
    assert_eq!(
        json,
        json!({
            "language": "sv",
            "date_posted": "2026-11-23",
            "valid_through": "2026-12-14",
            "street_address": "Kielotie 13",
            "postal_code": "01300",
            "pay": {"min": 135000, "period": "month"},
            "identifier": "VANTAA-2026-1"
        })
    );
    assert_eq!(
        serde_json::from_value::<PostingDetails>(json).unwrap(),
        full
    );
    // Only the language is required; what is not given is left out when written.
    let bare = serde_json::from_value::<PostingDetails>(json!({"language": "en"})).unwrap();
    assert_eq!(bare, PostingDetails::new(Language::English));
    assert_eq!(
        serde_json::to_value(&bare).unwrap(),
        json!({"language": "en"})
    );

    // Read details make the same posting as built ones.
    let job = JobDescription::vantaa_pilot_in(Profile::Storyteller, Language::Swedish)
        .build()
        .unwrap();
    let read: PostingDetails =
        serde_json::from_str(&serde_json::to_string(&full).unwrap()).unwrap();
    assert_eq!(
        JobPosting::new(&job, &read).unwrap(),
        JobPosting::new(&job, &full).unwrap()
    );
}

#[test]
fn posting_details_refuse_what_the_posting_would() {
    let job = custom(FormOfWork::Salaried, 100, Contract::Permanent);
    let long = "x".repeat(MAX_NAME_CHARS + 1);
    let cases = [
        (
            json!({"language": "fi", "date_posted": "2026-11-23", "valid_through": "2026-11-22"}),
            "validThrough: 2026-11-22 is before datePosted 2026-11-23".to_owned(),
        ),
        (
            json!({"language": "fi", "street_address": "Kielotie 13\nB 4"}),
            format!(
                "jobLocation.address.streetAddress: `Kielotie 13\\u{{a}}B 4` must be one line of 1 to \
                 {MAX_NAME_CHARS} characters"
            ),
        ),
        (
            json!({"language": "fi", "postal_code": " "}),
            format!(
                "jobLocation.address.postalCode: ` ` must be one line of 1 to \
                 {MAX_POSTAL_CODE_CHARS} characters"
            ),
        ),
        (
            json!({"language": "fi", "identifier": long}),
            format!(
                "identifier: `{}…` must be one line of 1 to {MAX_NAME_CHARS} characters",
                "x".repeat(QUOTE_LIMIT)
            ),
        ),
        (
            json!({"language": "fi", "pay": {"min": 0, "period": "month"}}),
            "baseSalary: pay of 0.00 EUR must be more than zero".to_owned(),
        ),
    ];
    for (doc, message) in cases {
        let err = serde_json::from_value::<PostingDetails>(doc.clone()).unwrap_err();
        assert_eq!(err.to_string(), message, "{doc}");
        // The same details, made in code, are refused by the posting with the same words.
        let mut built = PostingDetails::new(Language::Finnish).date_posted(date("2026-11-23"));
        let text = |field: &str| doc[field].as_str().map(str::to_owned);
        if let Some(day) = text("date_posted") {
            built.date_posted = Some(date(&day));
        }
        built.valid_through = text("valid_through").map(|day| date(&day));
        built.street_address = text("street_address");
        built.postal_code = text("postal_code");
        built.identifier = text("identifier");
        if doc.get("pay").is_some() {
            built.pay = Some(Pay {
                min: Cents(0),
                max: None,
                period: PayPeriod::Month,
            });
        }
        assert_eq!(
            JobPosting::new(&job, &built).unwrap_err().to_string(),
            message
        );
    }
    for unknown in [
        json!({"language": "fi", "salary": 1}),
        json!({"language": "fi", "pay": {"min": 1, "period": "month", "max_value": 2}}),
    ] {
        let err = serde_json::from_value::<PostingDetails>(unknown.clone()).unwrap_err();
        assert!(
            err.to_string().starts_with("unknown field"),
            "{unknown}: {err}"
        );
    }
    let err =
        serde_json::from_value::<PostingDetails>(json!({"date_posted": "2026-11-23"})).unwrap_err();
    assert_eq!(err.to_string(), "missing field `language`");
}
