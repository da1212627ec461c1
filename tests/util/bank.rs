//! Helpers shared by the bank's tests (`tests/test_bank_*.rs`): a worker who fits the
//! Caretaker's pilot post, posts to match against, records and rosters as JSON, and
//! checks that errors quote values and withhold experience backgrounds.
#![allow(dead_code)]

use peerwork::{
    Bank, Contract, Date, DateRange, ExperienceBackground, FormOfWork, JobDescription,
    JobDescriptionBuilder, Language, Municipality, PeerWorkerRecord, PeerWorkerRecordBuilder,
    Profile, Roster, SalariedTerms, Terms, Training, TrainingKind,
};

#[track_caller]
pub fn date(text: &str) -> Date {
    text.parse().unwrap()
}

#[track_caller]
pub fn range(start: &str, end: &str) -> DateRange {
    DateRange::between(date(start), date(end)).unwrap()
}

/// The period of the autumn pilots [V].
pub fn autumn() -> DateRange {
    range("2017-09-01", "2017-11-30")
}

/// The municipality of a code or a Finnish or Swedish name.
#[track_caller]
pub fn municipality(text: &str) -> Municipality {
    text.parse().unwrap()
}

/// A worker who passes every hard requirement of [`caretaker_job`] and of
/// [`plain_post`]`(Profile::Caretaker)`: the Caretaker's tasks, homelessness and
/// substance use, a training to the Kokoa standard, salaried up to 50 %, Finnish,
/// Vantaa, available from August to December 2017.
pub fn fit(id: &str) -> PeerWorkerRecordBuilder {
    PeerWorkerRecord::builder(id)
        .tasks(Profile::Caretaker.tasks())
        .experience_backgrounds([
            ExperienceBackground::Homelessness,
            ExperienceBackground::Substances,
        ])
        .training(Training::new(TrainingKind::NgoTailored, 60, 5))
        .forms_of_work([FormOfWork::Salaried])
        .max_working_time_percent(50)
        .languages([Language::Finnish])
        .municipalities([Municipality::VANTAA])
        .available(range("2017-08-01", "2017-12-31"))
}

#[track_caller]
pub fn build(builder: PeerWorkerRecordBuilder) -> PeerWorkerRecord {
    builder.build().unwrap()
}

/// The Vantaa pilot's Caretaker post as the preset gives it: the profile's tasks, all
/// essential; salaried at 50 %; in Vantaa; requires lived experience of any background
/// and Finnish; would like homelessness and substance use, training to the Kokoa
/// standard and Swedish (four wishes).
pub fn caretaker_job() -> JobDescription {
    JobDescription::vantaa_pilot(Profile::Caretaker)
        .build()
        .unwrap()
}

/// A post derived from `profile` that asks for nothing but Finnish: in Vantaa,
/// salaried at 50 % for three months, no background or training required, nothing
/// desired. Tests add what they need.
pub fn plain_post(profile: Profile) -> JobDescriptionBuilder {
    JobDescription::builder("Kokemusasiantuntija")
        .employer("Vantaan kaupunki")
        .location(Municipality::VANTAA)
        .profile(profile)
        .terms(Terms::Salaried(SalariedTerms::new(50, Contract::months(3))))
}

#[track_caller]
pub fn bank_of(records: &[PeerWorkerRecord]) -> Bank {
    let mut bank = Bank::new();
    for record in records {
        bank.insert(record).unwrap();
    }
    assert!(bank.is_consistent());
    bank
}

/// The ids of every candidate, best first.
pub fn ids(bank: &Bank, job: &JobDescription, period: DateRange) -> Vec<String> {
    bank.match_job(job, period, usize::MAX)
        .candidates()
        .iter()
        .map(|c| c.id().to_owned())
        .collect()
}

/// One valid record as JSON, with `id` and the given extra or replaced fields (a field
/// given as `null` is left out). Its keys are written in alphabetical order, so in a
/// roster the fields before `id` are buffered until the id is known.
pub fn record_json(id: &str, overrides: &str) -> String {
    let mut fields = serde_json::json!({
        "id": id,
        "tasks": ["listens_to_clients", "escorts_clients"],
        "experience_backgrounds": ["substances"],
        "training": {"kind": "ngo_tailored", "hours": 60, "months": 5},
        "forms_of_work": ["salaried", "fee_based"],
        "max_working_time_percent": 60,
        "languages": ["fi", "sv"],
        "service_area": {"municipalities": ["Vantaa", "Helsinki"]},
        "availability": [{"start": "2017-08-01", "end": "2017-12-31"}, {"start": "2018-02-01"}]
    });
    let extra: serde_json::Value = serde_json::from_str(&format!("{{{overrides}}}")).unwrap();
    if let (Some(fields), Some(extra)) = (fields.as_object_mut(), extra.as_object()) {
        for (key, value) in extra {
            if value.is_null() {
                fields.remove(key);
            } else {
                fields.insert(key.clone(), value.clone());
            }
        }
    }
    fields.to_string()
}

/// A record written id first, so that a roster reads every field straight from the
/// input: a volunteer in Vantaa, with the given fields after the id.
pub fn id_first_json(id: &str, fields: &str) -> String {
    format!(
        r#"{{"id": "{id}", "tasks": ["listens_to_clients"], "forms_of_work": ["volunteer"],
            "max_working_time_percent": 20, "languages": ["fi"], {fields}}}"#
    )
}

pub fn roster_json(records: &[String]) -> String {
    format!(
        r#"{{"format_version": 1, "workers": [{}]}}"#,
        records.join(",")
    )
}

/// The error of reading a roster of `records`.
#[track_caller]
pub fn roster_err(records: &[String]) -> String {
    serde_json::from_str::<Roster>(&roster_json(records))
        .unwrap_err()
        .to_string()
}

/// The error of reading one record.
#[track_caller]
pub fn record_err(json: &str) -> String {
    serde_json::from_str::<PeerWorkerRecord>(json)
        .unwrap_err()
        .to_string()
}

#[track_caller]
pub fn assert_starts(message: &str, prefix: &str) {
    assert!(
        message.starts_with(prefix),
        "expected a message starting with\n  {prefix}\ngot\n  {message}"
    );
}

// Quoting: an error repeats at most QUOTE_LIMIT bytes of a value, on one line.

/// An id of 1 MiB.
pub fn huge_id() -> String {
    "k".repeat(1 << 20)
}

/// An id that would forge a log line: a right-to-left override, a line break and a
/// line of its own.
pub const FORGED_ID: &str = "kap-1\u{202E}\n2026-12-03T10:00:00Z INFO admin logged in";

/// The message is short, on one line, shows no bidirectional formatting character,
/// and repeats at most QUOTE_LIMIT bytes of the huge id.
#[track_caller]
pub fn assert_quoted(message: &str) {
    assert!(
        message.len() < 400,
        "{} bytes: {message:.500}",
        message.len()
    );
    assert_one_line(message);
    let run = "k".repeat(peerwork::QUOTE_LIMIT + 1);
    assert!(!message.contains(run.as_str()), "{message}");
}

#[track_caller]
pub fn assert_one_line(message: &str) {
    assert!(
        !message
            .chars()
            .any(|c| c.is_control() || c == '\u{202E}' || c == '\u{2028}'),
        "{message:?}"
    );
}

// Sensitive data: experience backgrounds are never repeated.

/// The background ids, and words of them, that an error or a match must not repeat.
pub const BACKGROUND_WORDS: &[&str] = &[
    "mental",
    "health",
    "relative",
    "substance",
    "criminal",
    "homeless",
    "Mental",
    "Health",
    "Relative",
    "Substance",
    "Criminal",
    "Homeless",
];

#[track_caller]
pub fn assert_withholds_backgrounds(shown: &str, input: &str) {
    for word in BACKGROUND_WORDS {
        assert!(
            !shown.contains(word),
            "`{word}` of\n  {input}\nis repeated in\n  {shown}"
        );
    }
}

/// Malformed `experience_backgrounds` values, each holding background ids or words.
pub fn malformed_backgrounds() -> Vec<String> {
    let six = r#"["mental_health", "close_relative", "substances", "criminal_background",
        "homelessness", "mental_health"]"#;
    vec![
        // Not a list.
        r#""criminal_background""#.to_owned(),
        r#"{"criminal_background": true}"#.to_owned(),
        "true".to_owned(),
        "7".to_owned(),
        // Ids that resemble real ones.
        r#"["criminal_record"]"#.to_owned(),
        r#"["substances", "homeless"]"#.to_owned(),
        r#"["Mental_Health"]"#.to_owned(),
        r#"["criminal_background "]"#.to_owned(),
        // Wrong types inside the list.
        r#"["homelessness", 3]"#.to_owned(),
        r#"["homelessness", ["criminal_background"]]"#.to_owned(),
        r#"["homelessness", {"criminal_background": 1}]"#.to_owned(),
        r#"["substances", null]"#.to_owned(),
        // Longer than a person's backgrounds can be.
        six.to_owned(),
        format!("[{}]", vec![r#""criminal_background""#; 40].join(", ")),
    ]
}
