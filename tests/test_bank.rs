//! The peer-worker bank: records, rosters, the index and matching.

mod util;

use std::cmp::Ordering;

use peerwork::{
    Bank, BankError, Date, DateRange, ExperienceBackground, FormOfWork, JobDescription, Language,
    Location, MatchRequirement, PeerWorkerRecord, Profile, Reason, RecordError, Roster,
    RosterError, ServiceArea, Task, TaskSet, Training, TrainingKind, TrainingMet,
    TrainingRequirement,
};

use ExperienceBackground::{CriminalBackground, Homelessness, MentalHealth, Substances};

// ---------------------------------------------------------------------------------
// Helpers

#[track_caller]
fn date(text: &str) -> Date {
    text.parse().unwrap()
}

#[track_caller]
fn range(start: &str, end: &str) -> DateRange {
    DateRange::between(date(start), date(end)).unwrap()
}

/// The period of the autumn pilots [V].
fn autumn() -> DateRange {
    range("2017-09-01", "2017-11-30")
}

/// A worker who passes every requirement of [`caretaker_job`].
fn fit(id: &str) -> peerwork::PeerWorkerRecordBuilder {
    PeerWorkerRecord::builder(id)
        .tasks(Profile::Caretaker.tasks())
        .experience_backgrounds([Homelessness, Substances])
        .training(Training::new(TrainingKind::NgoTailored, 60, 5))
        .forms_of_work([FormOfWork::Salaried])
        .max_working_time_percent(50)
        .languages([Language::Finnish])
        .municipalities(["Vantaa"])
        .available(range("2017-08-01", "2017-12-31"))
}

#[track_caller]
fn build(builder: peerwork::PeerWorkerRecordBuilder) -> PeerWorkerRecord {
    builder.build().unwrap()
}

/// The Vantaa Caretaker post: the profile's tasks, homelessness and substances, no
/// training, salaried at 50 %, Finnish, Vantaa.
fn caretaker_job() -> JobDescription {
    JobDescription::vantaa_pilot(Profile::Caretaker)
        .build()
        .unwrap()
}

#[track_caller]
fn bank_of(records: &[PeerWorkerRecord]) -> Bank {
    let mut bank = Bank::new();
    for record in records {
        bank.insert(record).unwrap();
    }
    assert!(bank.is_consistent());
    bank
}

fn ids(bank: &Bank, job: &JobDescription, period: DateRange) -> Vec<String> {
    bank.match_job(job, period, usize::MAX)
        .candidates()
        .iter()
        .map(|c| c.id().to_owned())
        .collect()
}

/// One valid record as JSON, with `id` and the given extra or replaced fields.
fn record_json(id: &str, overrides: &str) -> String {
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

fn roster_json(records: &[String]) -> String {
    format!(
        r#"{{"format_version": 1, "workers": [{}]}}"#,
        records.join(",")
    )
}

#[track_caller]
fn roster_err(records: &[String]) -> String {
    serde_json::from_str::<Roster>(&roster_json(records))
        .unwrap_err()
        .to_string()
}

#[track_caller]
fn assert_starts(message: &str, prefix: &str) {
    assert!(
        message.starts_with(prefix),
        "expected a message starting with\n  {prefix}\ngot\n  {message}"
    );
}

// ---------------------------------------------------------------------------------
// Records

#[test]
fn record_round_trips_through_json() {
    let json = record_json("kap-001", "");
    let record: PeerWorkerRecord = serde_json::from_str(&json).unwrap();
    assert_eq!(record.id(), "kap-001");
    assert!(record.meets_kokoa_standard());
    assert_eq!(
        record.service_area(),
        &ServiceArea::Municipalities(vec!["Vantaa".into(), "Helsinki".into()])
    );
    assert_eq!(record.availability()[1].end(), None);
    let back: PeerWorkerRecord =
        serde_json::from_str(&serde_json::to_string(&record).unwrap()).unwrap();
    assert_eq!(back, record);
}

#[test]
fn record_rules_name_the_field() {
    let cases: &[(&str, &str)] = &[
        (
            r#""id": "has space""#,
            "id: must be 1 to 64 visible ASCII characters",
        ),
        (
            r#""tasks": []"#,
            "tasks: the person needs at least one task",
        ),
        (
            r#""experience_backgrounds": ["open_to_all"]"#,
            "experience_backgrounds: `open_to_all` describes what a post seeks",
        ),
        (
            r#""experience_backgrounds": ["substances", "substances"]"#,
            "experience_backgrounds: a background is listed more than once (value withheld)",
        ),
        (
            r#""training": {"kind": "other", "hours": 0, "months": 3}"#,
            "training.hours: must be more than 0",
        ),
        (
            r#""training": {"kind": "other", "hours": 10, "months": 0}"#,
            "training.months: must be more than 0",
        ),
        (
            r#""forms_of_work": []"#,
            "forms_of_work: the person needs to accept",
        ),
        (
            r#""max_working_time_percent": 0"#,
            "max_working_time_percent: must be more than 0 and at most 100 percent of full time, got 0",
        ),
        (
            r#""languages": []"#,
            "languages: the person needs at least one language",
        ),
        (
            r#""service_area": {"municipalities": []}"#,
            "service_area.municipalities: list at least one municipality",
        ),
        (
            r#""service_area": {"municipalities": ["Vantaa", " VANTAA "]}"#,
            "service_area.municipalities: ` VANTAA ` is listed more than once",
        ),
        (
            r#""service_area": {"municipalities": ["Vantaa", "Van\ntaa"]}"#,
            "service_area.municipalities[1]: `Van\\u{a}taa` must be one line without control \
             characters",
        ),
        (
            r#""availability": [{"start": "2017-08-01"}, {"start": "2018-01-01"}]"#,
            "availability: the range starting 2018-01-01 does not start after",
        ),
        (
            r#""availability": [{"start": "2017-09-01", "end": "2017-08-01"}]"#,
            "availability: the range ends on 2017-08-01, before it starts on 2017-09-01",
        ),
        (
            r#""availability": [{"start": "2017-02-30"}]"#,
            "availability: invalid date `2017-02-30`",
        ),
        (r#""name": "Matti""#, "unknown field `name`"),
        (r#""tasks": null"#, "missing field `tasks`"),
        (r#""tasks": ["flies"]"#, "tasks: unknown task id `flies`"),
    ];
    for (overrides, prefix) in cases {
        let err = serde_json::from_str::<PeerWorkerRecord>(&record_json("kap-001", overrides))
            .unwrap_err()
            .to_string();
        assert_starts(&err, prefix);
    }
}

#[test]
fn builder_runs_the_same_rules() {
    let cases: Vec<(peerwork::PeerWorkerRecordBuilder, RecordError, &str)> = vec![
        (
            fit("").tasks(TaskSet::EMPTY),
            RecordError::InvalidId(String::new()),
            "id",
        ),
        (
            fit("a").tasks(TaskSet::EMPTY),
            RecordError::NoTasks,
            "tasks",
        ),
        (
            fit("a").max_working_time_percent(101),
            RecordError::WorkingTimeOutOfRange(101),
            "max_working_time_percent",
        ),
        (
            fit("a").training(Training::new(TrainingKind::Other, 0, 2)),
            RecordError::ZeroTrainingHours,
            "training.hours",
        ),
        (
            fit("a").forms_of_work([]),
            RecordError::NoFormOfWork,
            "forms_of_work",
        ),
        (fit("a").languages([]), RecordError::NoLanguage, "languages"),
        (
            fit("a").languages([Language::Finnish, Language::Finnish]),
            RecordError::Duplicate {
                field: "languages",
                value: "fi".into(),
            },
            "languages",
        ),
        (
            fit("a").municipalities([" "]),
            RecordError::EmptyMunicipality { index: 0 },
            "service_area.municipalities",
        ),
        (
            fit("a").municipalities((0..65).map(|i| format!("m{i}"))),
            RecordError::TooMany {
                field: "service_area.municipalities",
                max: 64,
                actual: 65,
            },
            "service_area.municipalities",
        ),
        (
            fit("a").availability((0..33).map(|i| {
                DateRange::between(
                    Date::new(2000 + i, 1, 1).unwrap(),
                    Date::new(2000 + i, 1, 2).unwrap(),
                )
                .unwrap()
            })),
            RecordError::TooMany {
                field: "availability",
                max: 32,
                actual: 33,
            },
            "availability",
        ),
        (
            PeerWorkerRecord::builder("a")
                .tasks(Task::ListensToClients.into())
                .forms_of_work([FormOfWork::Volunteer]),
            RecordError::MissingServiceArea,
            "service_area",
        ),
    ];
    for (builder, expected, field) in cases {
        let err = builder.build().unwrap_err();
        assert_eq!(err, expected);
        assert_eq!(err.field(), field);
        assert_starts(&err.to_string(), field);
    }
}

#[test]
fn builder_reports_the_first_rule_broken_in_the_order_of_the_fields() {
    let listens = || PeerWorkerRecord::builder("a").tasks(Task::ListensToClients.into());
    // Without a service area, the rules of the fields before it still come first.
    assert_eq!(listens().build().unwrap_err(), RecordError::NoFormOfWork);
    assert_eq!(
        listens()
            .forms_of_work([FormOfWork::Volunteer])
            .max_working_time_percent(0)
            .build()
            .unwrap_err(),
        RecordError::WorkingTimeOutOfRange(0)
    );
    // ... and the missing service area before the fields after it.
    let overlapping = [
        DateRange::open_ended(date("2017-01-01")),
        DateRange::open_ended(date("2018-01-01")),
    ];
    assert_eq!(
        listens()
            .forms_of_work([FormOfWork::Volunteer])
            .availability(overlapping)
            .build()
            .unwrap_err(),
        RecordError::MissingServiceArea
    );
}

#[test]
fn lists_stop_reading_at_their_bound() {
    // Written id first, a record's lists are read straight from the input and refused at
    // the first entry past their bound: what follows (here not even JSON) is not read.
    let list = |item: &str, n: usize| vec![item; n].join(", ");
    let cases = [
        (
            format!(
                r#""availability": [{}, not json"#,
                list(r#"{"start": "2017-01-01"}"#, 33)
            ),
            "availability: invalid length 33, expected a list of at most 32 items",
        ),
        (
            format!(
                r#""service_area": {{"municipalities": [{}, not json"#,
                list(r#""Vantaa""#, 65)
            ),
            "service_area: invalid length 65, expected a list of at most 64 items",
        ),
        (
            format!(r#""languages": [{}, not json"#, list(r#""fi""#, 4)),
            "languages: invalid length 4, expected a list of at most 3 items",
        ),
        (
            format!(
                r#""forms_of_work": [{}, not json"#,
                list(r#""salaried""#, 4)
            ),
            "forms_of_work: invalid length 4, expected a list of at most 3 items",
        ),
        (
            format!(
                r#""experience_backgrounds": [{}, not json"#,
                list(r#""substances""#, 6)
            ),
            "experience_backgrounds: must be a list of at most 5 known experience background \
             ids (value withheld)",
        ),
    ];
    for (field, prefix) in &cases {
        let json = format!(r#"{{"id": "kap-001", {field}"#);
        let err = serde_json::from_str::<PeerWorkerRecord>(&json)
            .unwrap_err()
            .to_string();
        assert_starts(&err, prefix);
        let err = roster_err(&[json]);
        assert_starts(&err, &format!("workers[0] (id `kap-001`): {prefix}"));
    }

    // Values before the id are buffered until it is known: a list within its bound is
    // read as usual, one past it is refused by the same rule ...
    let ranges = |n| {
        format!(
            r#""availability": [{}]"#,
            list(r#"{"start": "2017-01-01", "end": "2017-01-02"}"#, n)
        )
    };
    assert_starts(
        &roster_err(&[record_json("kap-001", &ranges(33))]),
        "workers[0] (id `kap-001`): availability: invalid length 33, expected a list of at \
         most 32 items",
    );
    // ... and the buffer itself holds at most 1024 values, so a huge value is refused
    // while it is read.
    assert_starts(
        &roster_err(&[record_json("kap-001", &ranges(1000))]),
        "workers[0]: availability: too large: more than 1024 values",
    );
}

#[test]
fn a_service_area_is_read_only_in_the_forms_of_the_schema() {
    for (area, message) in [
        (
            r#"{"nationwide": null}"#,
            r#"service_area: nationwide is written as the string "nationwide", not as a key"#,
        ),
        (
            r#"{"nationwide": []}"#,
            r#"service_area: nationwide is written as the string "nationwide", not as a key"#,
        ),
        (
            r#"{"municipalities": ["Vantaa"], "nationwide": null}"#,
            "service_area: a service area holds one key, `municipalities`",
        ),
        (
            "{}",
            "service_area: invalid length 0, expected \"nationwide\" or {\"municipalities\"",
        ),
        (
            r#""Vantaa""#,
            "service_area: unknown variant `Vantaa`, expected `municipalities` or `nationwide`",
        ),
        (
            r#"{"Vantaa\u202e": ["Vantaa"]}"#,
            "service_area: unknown variant `Vantaa\\u{202e}`, expected `municipalities`",
        ),
        (
            r#"["Vantaa"]"#,
            "service_area: invalid type: sequence, expected \"nationwide\" or",
        ),
    ] {
        let json = record_json("kap-001", &format!(r#""service_area": {area}"#));
        let err = serde_json::from_str::<PeerWorkerRecord>(&json)
            .unwrap_err()
            .to_string();
        assert_starts(&err, message);
        assert_starts(
            &roster_err(&[json]),
            &format!("workers[0] (id `kap-001`): {message}"),
        );
        // Read before the id, from the roster's buffer: the same.
        let first = format!(
            r#"{{"service_area": {area}, "id": "kap-001", "tasks": ["listens_to_clients"],
                "forms_of_work": ["volunteer"], "max_working_time_percent": 20,
                "languages": ["fi"], "availability": []}}"#
        );
        assert_starts(
            &roster_err(&[first]),
            &format!("workers[0] (id `kap-001`): {message}"),
        );
    }
    // The two forms of the schema read, in both places.
    for (area, expected) in [
        (r#""nationwide""#, ServiceArea::Nationwide),
        (
            r#"{"municipalities": ["Vantaa"]}"#,
            ServiceArea::Municipalities(vec!["Vantaa".into()]),
        ),
    ] {
        assert_eq!(serde_json::from_str::<ServiceArea>(area).unwrap(), expected);
        let first = format!(
            r#"{{"service_area": {area}, "id": "kap-001", "tasks": ["listens_to_clients"],
                "forms_of_work": ["volunteer"], "max_working_time_percent": 20,
                "languages": ["fi"], "availability": []}}"#
        );
        let roster: Roster = serde_json::from_str(&roster_json(&[first])).unwrap();
        assert_eq!(roster.get("kap-001").unwrap().service_area(), &expected);
    }
}

#[test]
fn training_meets_kokoa_at_50_hours_and_4_months() {
    let kokoa = |hours, months| Training::new(TrainingKind::Other, hours, months);
    assert!(kokoa(50, 4).meets_kokoa_standard());
    assert!(!kokoa(49, 12).meets_kokoa_standard());
    assert!(!kokoa(200, 3).meets_kokoa_standard());
}

// ---------------------------------------------------------------------------------
// Rosters

#[test]
fn valid_roster_loads_whole() {
    let json = roster_json(&[
        record_json("kap-001", ""),
        record_json("kap-002", r#""service_area": "nationwide""#),
    ]);
    let roster: Roster = serde_json::from_str(&json).unwrap();
    assert_eq!(roster.len(), 2);
    assert_eq!(
        roster.get("kap-002").unwrap().service_area(),
        &ServiceArea::Nationwide
    );
    let bank = Bank::from_roster(&roster).unwrap();
    assert_eq!(bank.len(), 2);
    assert!(bank.contains("kap-001") && bank.contains("kap-002"));

    let back: Roster = serde_json::from_str(&serde_json::to_string(&roster).unwrap()).unwrap();
    assert_eq!(back, roster);
}

#[test]
fn invalid_record_loads_nothing_and_names_index_id_and_field() {
    let err = roster_err(&[
        record_json("kap-001", ""),
        record_json("kap-002", ""),
        record_json("kap-003", r#""max_working_time_percent": 120"#),
        record_json("kap-004", ""),
    ]);
    assert_starts(
        &err,
        "workers[2] (id `kap-003`): max_working_time_percent: must be more than 0 and at most \
         100 percent of full time, got 120",
    );

    // Errors of form name the record and the field too.
    let err = roster_err(&[
        record_json("kap-001", ""),
        record_json("kap-002", r#""availability": [{"start": "2017-13-01"}]"#),
    ]);
    assert_starts(
        &err,
        "workers[1] (id `kap-002`): availability: invalid date `2017-13-01`",
    );
    let err = roster_err(&[record_json("kap-001", r#""phone": "040 123""#)]);
    assert_starts(&err, "workers[0] (id `kap-001`): unknown field `phone`");
    let err = roster_err(&[record_json("kap-001", r#""languages": null"#)]);
    assert_starts(&err, "workers[0] (id `kap-001`): missing field `languages`");
    // Keys before the id (here sorted alphabetically) are read once the id is known.
    let err = roster_err(&[record_json("kap-001", r#""aaa": 1"#)]);
    assert_starts(&err, "workers[0] (id `kap-001`): unknown field `aaa`");
    let err = roster_err(&[record_json("kap-001", r#""forms_of_work": ["paid"]"#)]);
    assert_starts(
        &err,
        "workers[0] (id `kap-001`): forms_of_work: unknown variant `paid`",
    );
    // A record written id first is read straight from the input.
    let err = roster_err(&[r#"{"id": "kap-001", "tasks": ["flies"]}"#.to_owned()]);
    assert_starts(
        &err,
        "workers[0] (id `kap-001`): tasks: unknown task id `flies`",
    );
    let err = roster_err(&[record_json("k a p", "")]);
    assert_starts(&err, "workers[0] (id `k a p`): id: must be 1 to 64");
}

#[test]
fn duplicate_ids_are_an_error() {
    let err = roster_err(&[
        record_json("kap-001", ""),
        record_json("kap-002", ""),
        record_json("kap-001", ""),
    ]);
    assert_starts(
        &err,
        "workers[2] (id `kap-001`): id: already used by workers[0]",
    );

    let records = vec![build(fit("a")), build(fit("b")), build(fit("a"))];
    let err = Roster::new(records).unwrap_err();
    assert_eq!(
        err,
        RosterError::DuplicateId {
            index: 2,
            id: "a".into(),
            first: 0
        }
    );
    assert_eq!(
        (err.index(), err.id(), err.field()),
        (Some(2), Some("a"), "id")
    );

    let mut bank = bank_of(&[build(fit("a"))]);
    assert_eq!(
        bank.insert(&build(fit("a"))),
        Err(BankError::DuplicateId("a".into()))
    );
    assert_eq!(
        bank.update(&build(fit("b"))),
        Err(BankError::UnknownId("b".into()))
    );
    assert_eq!(bank.remove("b"), Err(BankError::UnknownId("b".into())));
    assert_eq!(bank.len(), 1);
}

/// Every record is found by its id at its position, and the roster reads back equal.
#[track_caller]
fn assert_roster_consistent(roster: &Roster) {
    for (position, worker) in roster.iter().enumerate() {
        let found = roster.get(worker.id()).unwrap();
        assert!(std::ptr::eq(found, &roster.workers()[position]));
        assert!(roster.contains(worker.id()));
    }
    let back: Roster = serde_json::from_str(&serde_json::to_string(roster).unwrap()).unwrap();
    assert_eq!(&back, roster);
}

fn roster_ids(roster: &Roster) -> Vec<&str> {
    roster.iter().map(PeerWorkerRecord::id).collect()
}

#[test]
fn a_roster_changes_record_by_record_and_keeps_its_order() {
    let mut roster = Roster::new(vec![build(fit("a")), build(fit("b"))]).unwrap();
    roster.insert(build(fit("c"))).unwrap();
    roster.insert(build(fit("d"))).unwrap();
    assert_eq!(roster_ids(&roster), ["a", "b", "c", "d"]);
    assert_roster_consistent(&roster);

    // Update replaces in place and gives back the record it replaced.
    let old = roster
        .update(build(fit("b").max_working_time_percent(20)))
        .unwrap();
    assert_eq!(old.max_working_time_percent(), 50);
    assert_eq!(roster.get("b").unwrap().max_working_time_percent(), 20);
    assert_eq!(roster_ids(&roster), ["a", "b", "c", "d"]);

    // Remove keeps the order; the records after it are still found.
    let removed = roster.remove("b").unwrap();
    assert_eq!(removed.id(), "b");
    assert_eq!(roster_ids(&roster), ["a", "c", "d"]);
    assert_eq!(roster.get("b"), None);
    assert!(!roster.contains("b"));
    assert_roster_consistent(&roster);
    roster.remove("d").unwrap();
    roster.remove("a").unwrap();
    assert_eq!(roster_ids(&roster), ["c"]);
    assert_roster_consistent(&roster);
    // A removed id can come back, at the end.
    roster.insert(build(fit("a"))).unwrap();
    assert_eq!(roster_ids(&roster), ["c", "a"]);
    assert_roster_consistent(&roster);
    // `&Roster` iterates too.
    assert_eq!((&roster).into_iter().count(), 2);
    roster.remove("c").unwrap();
    roster.remove("a").unwrap();
    assert!(roster.is_empty());
    assert_roster_consistent(&roster);
}

#[test]
fn a_refused_roster_change_leaves_the_roster_unchanged() {
    let mut roster = Roster::new(vec![build(fit("a")), build(fit("b"))]).unwrap();
    let before = roster.clone();

    let err = roster
        .insert(build(fit("a").max_working_time_percent(20)))
        .unwrap_err();
    assert_eq!(
        err,
        RosterError::DuplicateId {
            index: 2,
            id: "a".into(),
            first: 0
        }
    );
    assert_eq!(
        err.to_string(),
        "workers[2] (id `a`): id: already used by workers[0]"
    );
    assert_eq!(roster, before);

    let err = roster.update(build(fit("c"))).unwrap_err();
    assert_eq!(err, RosterError::UnknownId("c".into()));
    assert_eq!(err.to_string(), "id: `c` is not in the roster");
    assert_eq!(
        (err.index(), err.id(), err.field()),
        (None, Some("c"), "id")
    );
    assert_eq!(roster.remove("c").unwrap_err(), err);
    assert_eq!(roster, before);
    assert_roster_consistent(&roster);

    // Ids are quoted: a huge one is cut, a forged log line escaped.
    let err = roster.remove(&huge_id()).unwrap_err();
    assert_eq!(
        err,
        RosterError::UnknownId(format!("{}…", "k".repeat(peerwork::QUOTE_LIMIT)))
    );
    assert_quoted(&err.to_string());
    let message = roster.remove(FORGED_ID).unwrap_err().to_string();
    assert_quoted(&message);
    assert_eq!(
        message,
        "id: `kap-1\\u{202e}\\u{a}2026-12-03T10:00:00Z INFO admin logged in` is not in the \
         roster"
    );
    assert_eq!(roster, before);
}

#[test]
fn roster_format_version_is_checked() {
    let err = serde_json::from_str::<Roster>(r#"{"format_version": 2, "workers": []}"#)
        .unwrap_err()
        .to_string();
    assert_starts(
        &err,
        "format_version: this version of peerwork reads roster format version 1, got 2",
    );
    let err = serde_json::from_str::<Roster>(r#"{"format_version": 1, "workers": [], "x": 1}"#)
        .unwrap_err()
        .to_string();
    assert_starts(&err, "unknown field `x`");
}

// ---------------------------------------------------------------------------------
// Hard requirements, each in isolation

#[test]
fn a_fit_worker_passes_with_every_reason() {
    let bank = bank_of(&[build(fit("kap-1"))]);
    let matches = bank.match_job(&caretaker_job(), autumn(), 10);
    assert_eq!(matches.eligible(), 1);
    let candidate = &matches.candidates()[0];
    assert_eq!(candidate.rank(), 1);
    let requirements: Vec<MatchRequirement> = candidate
        .reasons()
        .iter()
        .map(Reason::requirement)
        .collect();
    assert_eq!(requirements, MatchRequirement::ALL);
    let text: Vec<String> = candidate
        .reasons()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        text,
        [
            "can take on all 9 essential tasks",
            "meets the experience background sought",
            "no training required",
            "accepts salaried employment",
            "accepts up to 50 % working time (post: 50 %)",
            "works in fi",
            "serves Vantaa",
            "available 2017-09-01 to 2017-11-30",
        ]
    );
    assert_eq!(candidate.score().closeness(), 1.0);
    assert_eq!(candidate.score().closest_profile, Some(Profile::Caretaker));
}

#[test]
fn each_requirement_alone_filters_and_counts_as_a_near_miss() {
    let job = caretaker_job();
    let fail_one: Vec<(MatchRequirement, PeerWorkerRecord)> = vec![
        (
            MatchRequirement::Tasks,
            build(fit("w").tasks(Profile::Caretaker.tasks() - Task::ProducesLearningMaterials)),
        ),
        (
            MatchRequirement::ExperienceBackground,
            build(fit("w").experience_backgrounds([Homelessness])),
        ),
        (
            MatchRequirement::FormOfWork,
            build(fit("w").forms_of_work([FormOfWork::Volunteer, FormOfWork::FeeBased])),
        ),
        (
            MatchRequirement::WorkingTime,
            build(fit("w").max_working_time_percent(49)),
        ),
        (
            MatchRequirement::Language,
            build(fit("w").languages([Language::Swedish, Language::English])),
        ),
        (
            MatchRequirement::ServiceArea,
            build(fit("w").municipalities(["Helsinki", "Espoo"])),
        ),
        (
            MatchRequirement::Availability,
            build(fit("w").availability([range("2017-09-02", "2017-12-31")])),
        ),
    ];
    for (requirement, worker) in fail_one {
        let bank = bank_of(&[worker]);
        let matches = bank.match_job(&job, autumn(), 10);
        assert_eq!(matches.eligible(), 0, "{requirement}");
        assert!(matches.candidates().is_empty());
        let near = matches.near_misses();
        assert_eq!(near.total(), 1, "{requirement}");
        assert_eq!(near.count(requirement), 1, "{requirement}");
    }

    // Training, against a post that requires the Kokoa standard.
    let job = JobDescription::vantaa_pilot(Profile::Caretaker)
        .training(TrainingRequirement::KokoaStandard)
        .build()
        .unwrap();
    let bank = bank_of(&[build(fit("w").training(Training::new(
        TrainingKind::Other,
        60,
        3,
    )))]);
    let near = *bank.match_job(&job, autumn(), 10).near_misses();
    assert_eq!(near.count(MatchRequirement::Training), 1);
    assert_eq!(near.total(), 1);
}

#[test]
fn training_requirements() {
    let with = |training: Option<Training>| {
        let builder = fit("w");
        build(match training {
            Some(t) => builder.training(t),
            None => builder.untrained(),
        })
    };
    let job = |training| {
        JobDescription::vantaa_pilot(Profile::Caretaker)
            .training(training)
            .build()
            .unwrap()
    };
    let other = |hours| TrainingRequirement::Other {
        description: "peer-support training".into(),
        hours,
    };
    let t = |hours, months| Some(Training::new(TrainingKind::Other, hours, months));
    let cases = [
        (TrainingRequirement::None, None, true),
        (TrainingRequirement::KokoaStandard, t(50, 4), true),
        (TrainingRequirement::KokoaStandard, t(49, 4), false),
        (TrainingRequirement::KokoaStandard, t(50, 3), false),
        (TrainingRequirement::KokoaStandard, None, false),
        (other(Some(40)), t(40, 1), true),
        (other(Some(40)), t(39, 9), false),
        (other(None), t(1, 1), true),
        (other(None), None, false),
    ];
    for (requirement, training, passes) in cases {
        let bank = bank_of(&[with(training)]);
        let matches = bank.match_job(&job(requirement.clone()), autumn(), 1);
        assert_eq!(
            matches.eligible() == 1,
            passes,
            "{requirement:?} with {training:?}"
        );
    }
    let bank = bank_of(&[with(t(45, 2))]);
    let matches = bank.match_job(&job(other(Some(40))), autumn(), 1);
    assert_eq!(
        matches.candidates()[0].reasons()[2],
        Reason::Training {
            met: TrainingMet::Hours {
                required: 40,
                hours: 45
            }
        }
    );
}

#[test]
fn background_rule_needs_every_background_sought() {
    let job = |backgrounds: &[ExperienceBackground]| {
        JobDescription::vantaa_pilot(Profile::Caretaker)
            .experience_backgrounds(backgrounds.iter().copied())
            .build()
            .unwrap()
    };
    let none = build(fit("none").experience_backgrounds([]));
    let one = build(fit("one").experience_backgrounds([MentalHealth]));
    let two = build(fit("two").experience_backgrounds([MentalHealth, CriminalBackground]));
    let bank = bank_of(&[none, one, two]);
    assert_eq!(ids(&bank, &job(&[]), autumn()), ["none", "one", "two"]);
    assert_eq!(
        ids(&bank, &job(&[ExperienceBackground::OpenToAll]), autumn()),
        ["none", "one", "two"]
    );
    assert_eq!(ids(&bank, &job(&[MentalHealth]), autumn()), ["one", "two"]);
    assert_eq!(
        ids(&bank, &job(&[MentalHealth, CriminalBackground]), autumn()),
        ["two"]
    );
}

#[test]
fn service_area_is_case_insensitive_and_reads_overflow() {
    let job_in = |municipality: &str| {
        JobDescription::vantaa_pilot(Profile::Caretaker)
            .location(Location::municipality(municipality))
            .build()
            .unwrap()
    };
    let bank = bank_of(&[
        build(fit("named").municipalities(["vantaa"])),
        build(fit("third").municipalities(["Espoo", "Kerava", "Järvenpää", "Tuusula"])),
        build(fit("everywhere").nationwide()),
    ]);
    assert_eq!(
        ids(&bank, &job_in("VANTAA"), autumn()),
        ["everywhere", "named"]
    );
    assert_eq!(
        ids(&bank, &job_in(" JÄRVENPÄÄ"), autumn()),
        ["everywhere", "third"]
    );
    assert_eq!(
        ids(&bank, &job_in("Tuusula"), autumn()),
        ["everywhere", "third"]
    );
    assert_eq!(ids(&bank, &job_in("Lahti"), autumn()), ["everywhere"]);
    let matches = bank.match_job(&job_in("Lahti"), autumn(), 1);
    assert_eq!(
        matches.candidates()[0].reasons()[6].to_string(),
        "works nationwide, Lahti included"
    );
}

#[test]
fn availability_joins_adjoining_ranges_and_reads_overflow() {
    let bank = bank_of(&[
        // Two ranges that adjoin: together they cover the autumn.
        build(fit("adjoining").availability([
            range("2017-08-01", "2017-09-30"),
            range("2017-10-01", "2017-12-31"),
        ])),
        // A gap of one day in October.
        build(fit("gap").availability([
            range("2017-08-01", "2017-10-09"),
            range("2017-10-11", "2017-12-31"),
        ])),
        // The covering range is the third.
        build(fit("later").availability([
            range("2016-01-01", "2016-02-01"),
            range("2016-05-01", "2016-06-01"),
            DateRange::open_ended(date("2017-06-01")),
        ])),
        build(fit("never").availability([])),
    ]);
    assert_eq!(
        ids(&bank, &caretaker_job(), autumn()),
        ["adjoining", "later"]
    );
    let open = DateRange::open_ended(date("2017-09-01"));
    assert_eq!(ids(&bank, &caretaker_job(), open), ["later"]);
    let near = *bank.match_job(&caretaker_job(), autumn(), 0).near_misses();
    assert_eq!(near.count(MatchRequirement::Availability), 2);
}

#[test]
fn availability_outside_the_inline_window_is_exact() {
    // Inline ranges are 16-bit days from 2000-01-01 to 2179; other dates take the
    // exact path.
    let bank = bank_of(&[
        build(fit("since-1995").availability([DateRange::open_ended(date("1995-01-01"))])),
        build(fit("until-2190").availability([range("2017-01-01", "2190-12-31")])),
        build(fit("since-2017").availability([DateRange::open_ended(date("2017-01-01"))])),
        build(fit("in-1999").availability([range("1999-01-01", "1999-12-31")])),
        build(fit("three").availability([
            range("2017-01-01", "2017-01-31"),
            range("2017-08-15", "2017-12-15"),
            range("2018-03-01", "2018-03-31"),
        ])),
    ]);
    let job = caretaker_job();
    assert_eq!(
        ids(&bank, &job, range("1999-03-01", "1999-04-30")),
        ["in-1999", "since-1995"]
    );
    assert_eq!(
        ids(&bank, &job, autumn()),
        ["since-1995", "since-2017", "three", "until-2190"]
    );
    assert_eq!(
        ids(&bank, &job, range("2185-01-01", "2185-02-01")),
        ["since-1995", "since-2017", "until-2190"]
    );
    assert_eq!(
        ids(&bank, &job, DateRange::open_ended(date("2300-01-01"))),
        ["since-1995", "since-2017"]
    );
    assert_eq!(
        ids(&bank, &job, range("2017-01-10", "2017-01-20")),
        ["since-1995", "since-2017", "three", "until-2190"]
    );
    assert_eq!(
        ids(&bank, &job, range("2017-12-01", "2018-03-15")),
        ["since-1995", "since-2017", "until-2190"]
    );
}

#[test]
fn many_municipalities_share_bits_and_are_checked_exactly() {
    // Past 32 distinct names, municipality bits are shared; a hit is confirmed.
    let mut records: Vec<PeerWorkerRecord> = (0..40)
        .map(|i| build(fit(&format!("m{i:02}")).municipalities([format!("Town {i}")])))
        .collect();
    records.push(build(fit("both").municipalities(["Town 1", "Town 33"])));
    let bank = bank_of(&records);
    let job_in = |municipality: &str| {
        JobDescription::vantaa_pilot(Profile::Caretaker)
            .location(Location::municipality(municipality))
            .build()
            .unwrap()
    };
    // "Town 1" and "Town 33" share a bit (ids 1 and 33).
    assert_eq!(ids(&bank, &job_in("town 1"), autumn()), ["both", "m01"]);
    assert_eq!(ids(&bank, &job_in("Town 33"), autumn()), ["both", "m33"]);
    assert_eq!(ids(&bank, &job_in("Town 39"), autumn()), ["m39"]);
    let near = *bank.match_job(&job_in("Town 2"), autumn(), 0).near_misses();
    assert_eq!(near.count(MatchRequirement::ServiceArea), 40);
}

// ---------------------------------------------------------------------------------
// Ranking

#[test]
fn ranking_is_deterministic_whatever_the_order_of_insertion() {
    let records: Vec<PeerWorkerRecord> = (0..40)
        .map(|i| {
            let extra = [
                TaskSet::EMPTY,
                Task::EscortsClients.into(),
                Task::EscortsClients | Task::DirectsClients,
            ];
            build(
                fit(&format!("w{:02}", (i * 7) % 40))
                    .tasks(Profile::Caretaker.tasks() | extra[i % 3]),
            )
        })
        .collect();
    let job = caretaker_job();
    let forward = ids(&bank_of(&records), &job, autumn());
    let mut reversed = records.clone();
    reversed.reverse();
    assert_eq!(ids(&bank_of(&reversed), &job, autumn()), forward);

    // Best first: exactly the profile (closeness 1), then by id among equals.
    let expected: Vec<String> = {
        let mut scored: Vec<(usize, String)> = records
            .iter()
            .map(|r| (r.tasks().len(), r.id().to_owned()))
            .collect();
        scored.sort();
        scored.into_iter().map(|(_, id)| id).collect()
    };
    assert_eq!(forward, expected);

    // A limit takes a prefix of the full ranking.
    for limit in [0, 1, 5, 13, 14, 39, 40, 41] {
        let bank = bank_of(&records);
        let top: Vec<String> = bank
            .match_job(&job, autumn(), limit)
            .candidates()
            .iter()
            .map(|c| c.id().to_owned())
            .collect();
        assert_eq!(top, forward[..limit.min(40)], "limit {limit}");
    }
}

#[test]
fn optional_tasks_rank_before_closeness() {
    let job = JobDescription::vantaa_pilot(Profile::BridgeBuilder)
        .optional(Task::ProducesLearningMaterials | Task::TeachesProfessionals)
        .build()
        .unwrap();
    let bank = bank_of(&[
        build(fit("exact").tasks(Profile::BridgeBuilder.tasks())),
        build(fit("one-optional").tasks(
            Profile::BridgeBuilder.tasks() | Task::TeachesProfessionals | Task::EncouragesClients,
        )),
        build(fit("both-optional").tasks(
            Profile::BridgeBuilder.tasks()
                | Task::TeachesProfessionals
                | Task::ProducesLearningMaterials
                | Task::EncouragesClients
                | Task::BuildsCommunity,
        )),
    ]);
    let matches = bank.match_job(&job, autumn(), 3);
    let order: Vec<&str> = matches.candidates().iter().map(|c| c.id()).collect();
    assert_eq!(order, ["both-optional", "one-optional", "exact"]);
    let best = matches.candidates()[0].score();
    assert_eq!(best.optional_total, 2);
    assert_eq!(best.optional_coverage(), 1.0);
    assert_eq!(matches.candidates()[2].score().optional_coverage(), 0.0);
}

// ---------------------------------------------------------------------------------
// Near misses

#[test]
fn match_requirements_have_labels_in_three_languages_and_keep_their_ids() {
    use peerwork::Vocabulary;
    assert_eq!(MatchRequirement::values(), MatchRequirement::ALL);
    for language in Language::ALL {
        let labels: Vec<&str> = MatchRequirement::ALL
            .iter()
            .map(|r| r.label_in(language))
            .collect();
        for (requirement, label) in MatchRequirement::ALL.into_iter().zip(&labels) {
            assert!(!label.trim().is_empty(), "{requirement:?} in {language}");
            assert_eq!(label.trim(), *label);
            assert_eq!(labels.iter().filter(|l| *l == label).count(), 1, "{label}");
            assert_eq!(
                MatchRequirement::from_label(language, label),
                Some(requirement)
            );
        }
    }
    use Language::{English, Finnish, Swedish};
    let working_time = MatchRequirement::WorkingTime;
    assert_eq!(working_time.label(), "working time");
    assert_eq!(working_time.label_in(English), "working time");
    assert_eq!(working_time.label_in(Finnish), "työaika");
    assert_eq!(working_time.label_in(Swedish), "arbetstid");
    assert_eq!(
        MatchRequirement::Tasks.label_in(Finnish),
        "välttämättömät tehtävät"
    );
    assert_eq!(
        MatchRequirement::Availability.label_in(Finnish),
        "käytettävissäolo"
    );
    assert_eq!(
        MatchRequirement::ServiceArea.label_in(Swedish),
        "verksamhetsområde"
    );
    for requirement in MatchRequirement::ALL {
        assert_eq!(requirement.label(), requirement.label_in(English));
        // The id is unchanged: serde, Display and FromStr.
        let id = serde_json::to_value(requirement).unwrap();
        assert_eq!(id.as_str(), Some(requirement.to_string().as_str()));
        assert_eq!(
            requirement.to_string().parse::<MatchRequirement>(),
            Ok(requirement)
        );
    }
    assert_eq!(working_time.to_string(), "working_time");
    assert_eq!(MatchRequirement::Tasks.to_string(), "tasks");
}

#[test]
fn near_misses_count_people_failing_exactly_one_requirement() {
    let bank = bank_of(&[
        build(fit("ok")),
        build(fit("t1").tasks(Profile::Caretaker.tasks() - Task::ProducesLearningMaterials)),
        build(fit("t2").tasks(
            Profile::Caretaker.tasks() - Task::ProducesLearningMaterials - Task::LocalHelpingHand,
        )),
        build(fit("p1").max_working_time_percent(40)),
        build(fit("p2").max_working_time_percent(20)),
        // Two failures: not a near miss.
        build(
            fit("two")
                .max_working_time_percent(20)
                .languages([Language::English]),
        ),
    ]);
    let matches = bank.match_job(&caretaker_job(), autumn(), 10);
    assert_eq!(matches.considered(), 6);
    assert_eq!(matches.eligible(), 1);
    let near = matches.near_misses();
    assert_eq!(near.total(), 4);
    assert_eq!(near.count(MatchRequirement::Tasks), 2);
    assert_eq!(near.count(MatchRequirement::WorkingTime), 2);
    assert_eq!(near.count(MatchRequirement::Language), 0);
    assert_eq!(near.missing_task(Task::ProducesLearningMaterials), 2);
    assert_eq!(near.missing_task(Task::LocalHelpingHand), 1);
    assert_eq!(
        near.missing_tasks(),
        [
            (Task::ProducesLearningMaterials, 2),
            (Task::LocalHelpingHand, 1)
        ]
    );
    assert_eq!(
        near.to_string(),
        "near misses: 4 — essential tasks 2, working time 2\n   tasks lacked by those who \
         miss only tasks:\n   - producing learning materials: 2\n   - being present as a local \
         helping hand: 1"
    );

    // The whole result, for people.
    assert_eq!(
        matches.to_string(),
        "2017-09-01 to 2017-11-30: 6 workers considered, 1 eligible, 1 shown\n\
         1. ok — closeness 1.00 to The Caretaker\n\
         \x20  - can take on all 9 essential tasks\n\
         \x20  - meets the experience background sought\n\
         \x20  - no training required\n\
         \x20  - accepts salaried employment\n\
         \x20  - accepts up to 50 % working time (post: 50 %)\n\
         \x20  - works in fi\n\
         \x20  - serves Vantaa\n\
         \x20  - available 2017-09-01 to 2017-11-30\n\
         near misses: 4 — essential tasks 2, working time 2\n\
         \x20  tasks lacked by those who miss only tasks:\n\
         \x20  - producing learning materials: 2\n\
         \x20  - being present as a local helping hand: 1"
    );
    let json = serde_json::to_value(near).unwrap();
    assert_eq!(json["total"], 4);
    assert_eq!(json["by_requirement"]["working_time"], 2);
    assert_eq!(json["missing_tasks"]["local_helping_hand"], 1);
}

// ---------------------------------------------------------------------------------
// Add, update, remove

/// A small deterministic generator over the shared SplitMix64.
struct Rng(util::SplitMix64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0.next_u64()
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const TOWNS: [&str; 6] = ["Vantaa", "Helsinki", "Espoo", "Kerava", "Tuusula", "Sipoo"];

fn random_record(rng: &mut Rng, id: &str) -> PeerWorkerRecord {
    let profile = Profile::ALL[rng.below(4)];
    let mut tasks = profile.tasks();
    for task in Task::ALL {
        if rng.chance(10) {
            tasks ^= task;
        }
    }
    if tasks.is_empty() {
        tasks = Task::ListensToClients.into();
    }
    let backgrounds: Vec<ExperienceBackground> =
        [MentalHealth, Substances, CriminalBackground, Homelessness]
            .into_iter()
            .filter(|_| rng.chance(50))
            .collect();
    let mut forms: Vec<FormOfWork> = [
        FormOfWork::Volunteer,
        FormOfWork::FeeBased,
        FormOfWork::Salaried,
    ]
    .into_iter()
    .filter(|_| rng.chance(60))
    .collect();
    if forms.is_empty() {
        forms.push(FormOfWork::Salaried);
    }
    let mut languages: Vec<Language> = Language::ALL
        .into_iter()
        .filter(|&l| rng.chance(if l == Language::Finnish { 85 } else { 30 }))
        .collect();
    if languages.is_empty() {
        languages.push(Language::Swedish);
    }
    let mut builder = PeerWorkerRecord::builder(id)
        .tasks(tasks)
        .experience_backgrounds(backgrounds)
        .forms_of_work(forms)
        .max_working_time_percent([20, 40, 50, 60, 100][rng.below(5)])
        .languages(languages);
    if rng.chance(70) {
        let hours = [20, 49, 50, 80][rng.below(4)];
        let months = [2, 3, 4, 6][rng.below(4)];
        builder = builder.training(Training::new(TrainingKind::Other, hours, months));
    }
    builder = if rng.chance(10) {
        builder.nationwide()
    } else {
        let n = 1 + rng.below(4);
        let start = rng.below(TOWNS.len());
        builder.municipalities((0..n).map(|i| TOWNS[(start + i) % TOWNS.len()]))
    };
    let mut ranges = Vec::new();
    let mut start = Date::new(2017, 1 + rng.below(9) as u8, 1).unwrap();
    for _ in 0..rng.below(4) {
        if rng.chance(15) {
            ranges.push(DateRange::open_ended(start));
            break;
        }
        let end_month = (start.month() + rng.below(3) as u8).min(11);
        let end = Date::new(2017, end_month, 28).unwrap();
        if end < start {
            break;
        }
        ranges.push(DateRange::between(start, end).unwrap());
        // The next range adjoins this one, or leaves a gap.
        start = match (rng.chance(50), end_month) {
            (true, 2) => Date::new(2017, 3, 1),
            (true, _) => Date::new(2017, end_month, 29),
            (false, _) => Date::new(2017, end_month + 1, 2),
        }
        .unwrap();
    }
    build(builder.availability(ranges))
}

fn random_job(rng: &mut Rng) -> JobDescription {
    let profile = Profile::ALL[rng.below(4)];
    let mut builder = JobDescription::vantaa_pilot(profile)
        .location(Location::municipality(TOWNS[rng.below(TOWNS.len())]))
        .working_time_percent([20, 50, 60][rng.below(3)]);
    if rng.chance(30) {
        builder = builder.without(Task::IntroducesNewViewpoints | Task::ListensToClients);
    }
    if rng.chance(50) {
        builder = builder.optional(Task::EscortsClients | Task::TeachesProfessionals);
    }
    if rng.chance(30) {
        builder = builder.training(TrainingRequirement::KokoaStandard);
    }
    if rng.chance(30) {
        builder = builder.experience_backgrounds([ExperienceBackground::OpenToAll]);
    }
    if rng.chance(30) {
        builder = builder.languages([Language::Swedish, Language::English]);
    }
    builder.build().unwrap()
}

/// The rules, written plainly over records: which requirements a record fails.
fn reference_failures(
    record: &PeerWorkerRecord,
    job: &JobDescription,
    period: DateRange,
) -> Vec<MatchRequirement> {
    let requirements = job.requirements();
    let sought: Vec<ExperienceBackground> = requirements
        .experience_backgrounds
        .iter()
        .copied()
        .filter(|&b| b != ExperienceBackground::OpenToAll)
        .collect();
    let hours = record.training().map_or(0, |t| t.hours);
    let training_ok = match &requirements.training {
        TrainingRequirement::None => true,
        TrainingRequirement::KokoaStandard => record.meets_kokoa_standard(),
        TrainingRequirement::Other { hours: Some(h), .. } => hours >= *h,
        TrainingRequirement::Other { hours: None, .. } => record.training().is_some(),
    };
    // Join adjoining ranges, then look for one that covers the period.
    let mut joined: Vec<DateRange> = Vec::new();
    for &r in record.availability() {
        if let Some(last) = joined.last_mut()
            && last.end().is_some_and(|end| r.start().days_since(end) == 1)
        {
            *last = DateRange::new(last.start(), r.end()).unwrap();
            continue;
        }
        joined.push(r);
    }
    let checks = [
        (
            MatchRequirement::Tasks,
            job.tasks().essential.is_subset(record.tasks()),
        ),
        (
            MatchRequirement::ExperienceBackground,
            sought
                .iter()
                .all(|b| record.experience_backgrounds().contains(b)),
        ),
        (MatchRequirement::Training, training_ok),
        (
            MatchRequirement::FormOfWork,
            record.forms_of_work().contains(&job.terms().form_of_work),
        ),
        (
            MatchRequirement::WorkingTime,
            record.max_working_time_percent() >= job.terms().working_time_percent,
        ),
        (
            MatchRequirement::Language,
            job.languages()
                .iter()
                .any(|l| record.languages().contains(l)),
        ),
        (
            MatchRequirement::ServiceArea,
            record.service_area().serves(&job.location().municipality),
        ),
        (
            MatchRequirement::Availability,
            joined.iter().any(|r| r.covers(period)),
        ),
    ];
    checks
        .into_iter()
        .filter(|&(_, ok)| !ok)
        .map(|(r, _)| r)
        .collect()
}

/// The reference ranking: optional coverage, then closeness (as exact fractions), then
/// id.
fn reference_ranking(
    records: &[PeerWorkerRecord],
    job: &JobDescription,
    period: DateRange,
) -> (Vec<String>, Vec<(MatchRequirement, u32)>) {
    let optional = job.tasks().optional;
    let targets: Vec<TaskSet> = if job.profiles().is_empty() {
        vec![job.tasks().all()]
    } else {
        job.profiles().iter().map(|p| p.tasks()).collect()
    };
    let mut near = [0u32; 8];
    // (optional covered, optional total), (shared, union), id
    type Scored = ((usize, usize), (usize, usize), String);
    let mut passing: Vec<Scored> = Vec::new();
    for record in records {
        let failures = reference_failures(record, job, period);
        match failures.as_slice() {
            [] => {
                let tasks = record.tasks();
                let closeness = targets
                    .iter()
                    .map(|&t| ((tasks & t).len(), (tasks | t).len()))
                    .max_by(|a, b| (a.0 * b.1).cmp(&(b.0 * a.1)))
                    .unwrap();
                passing.push((
                    ((tasks & optional).len(), optional.len()),
                    closeness,
                    record.id().to_owned(),
                ));
            }
            [one] => near[*one as usize] += 1,
            _ => {}
        }
    }
    let cmp_fraction = |a: (usize, usize), b: (usize, usize)| -> Ordering {
        let (a, b) = (
            if a.1 == 0 { (0, 1) } else { a },
            if b.1 == 0 { (0, 1) } else { b },
        );
        (b.0 * a.1).cmp(&(a.0 * b.1))
    };
    passing.sort_by(|a, b| {
        cmp_fraction(a.0, b.0)
            .then(cmp_fraction(a.1, b.1))
            .then(a.2.cmp(&b.2))
    });
    let near = MatchRequirement::ALL
        .into_iter()
        .zip(near)
        .collect::<Vec<_>>();
    (passing.into_iter().map(|p| p.2).collect(), near)
}

#[track_caller]
fn assert_same_as_reference(bank: &Bank, records: &[PeerWorkerRecord], rng: &mut Rng) {
    assert!(bank.is_consistent());
    assert_eq!(bank.len(), records.len());
    for _ in 0..6 {
        let job = random_job(rng);
        let period = [
            autumn(),
            range("2017-03-01", "2017-03-31"),
            DateRange::open_ended(date("2017-10-01")),
        ][rng.below(3)];
        let (expected, near) = reference_ranking(records, &job, period);
        let matches = bank.match_job(&job, period, usize::MAX);
        let got: Vec<&str> = matches.candidates().iter().map(|c| c.id()).collect();
        assert_eq!(got, expected, "{} over {period}", job.title());
        assert_eq!(matches.eligible(), expected.len());
        assert_eq!(matches.near_misses().iter().collect::<Vec<_>>(), near);
        // A limited match is a prefix.
        let limit = rng.below(expected.len() + 2);
        let top: Vec<String> = bank
            .match_job(&job, period, limit)
            .candidates()
            .iter()
            .map(|c| c.id().to_owned())
            .collect();
        assert_eq!(top, expected[..limit.min(expected.len())]);
    }
}

#[test]
fn index_agrees_with_the_plain_rules_through_adds_updates_and_removes() {
    let mut rng = Rng(util::SplitMix64(7));
    for round in 0..12 {
        let mut records: Vec<PeerWorkerRecord> = (0..60)
            .map(|i| random_record(&mut rng, &format!("r{round}-{i:03}")))
            .collect();
        if round % 2 == 1 {
            // Past 32 distinct names, municipality bits are shared.
            let names = (0..40).map(|i| format!("Town {i}"));
            records.push(build(fit(&format!("r{round}-towns")).municipalities(names)));
        }
        let mut bank = bank_of(&records);
        assert_same_as_reference(&bank, &records, &mut rng);

        for step in 0..120 {
            match rng.below(3) {
                0 => {
                    let record = random_record(&mut rng, &format!("r{round}-new{step}"));
                    bank.insert(&record).unwrap();
                    records.push(record);
                }
                1 if !records.is_empty() => {
                    let i = rng.below(records.len());
                    let id = records[i].id().to_owned();
                    let record = random_record(&mut rng, &id);
                    bank.update(&record).unwrap();
                    records[i] = record;
                }
                _ if !records.is_empty() => {
                    let i = rng.below(records.len());
                    let record = records.swap_remove(i);
                    bank.remove(record.id()).unwrap();
                    assert!(!bank.contains(record.id()));
                }
                _ => {}
            }
            if step % 20 == 0 {
                assert_same_as_reference(&bank, &records, &mut rng);
            }
        }
        assert_same_as_reference(&bank, &records, &mut rng);
        // The same records, loaded afresh, match the same way.
        let fresh = Bank::from_roster(&Roster::new(records.clone()).unwrap()).unwrap();
        let job = random_job(&mut rng);
        assert_eq!(
            fresh.match_job(&job, autumn(), 20),
            bank.match_job(&job, autumn(), 20)
        );
    }
}

#[test]
fn removing_everyone_and_many_updates_keep_the_index_consistent() {
    // Many updates of workers with overflow blocks exercise the compaction.
    let mut rng = Rng(util::SplitMix64(11));
    let many = |id: &str| {
        build(
            fit(id)
                .municipalities(["Espoo", "Kerava", "Sipoo", "Vantaa"])
                .availability([
                    range("2016-01-01", "2016-01-31"),
                    range("2016-03-01", "2016-03-31"),
                    range("2017-08-01", "2017-12-31"),
                ]),
        )
    };
    let records: Vec<PeerWorkerRecord> = (0..300).map(|i| many(&format!("w{i}"))).collect();
    let mut bank = bank_of(&records);
    for _ in 0..5000 {
        let id = format!("w{}", rng.below(300));
        bank.update(&many(&id)).unwrap();
    }
    assert!(bank.is_consistent());
    assert_eq!(
        bank.match_job(&caretaker_job(), autumn(), 1).eligible(),
        300
    );
    for record in &records {
        bank.remove(record.id()).unwrap();
        assert!(bank.is_consistent());
    }
    assert!(bank.is_empty());
    assert_eq!(bank.match_job(&caretaker_job(), autumn(), 1).eligible(), 0);
    bank.upsert(&records[0]).unwrap();
    bank.upsert(&records[0]).unwrap();
    assert_eq!(bank.len(), 1);
}

#[test]
fn reserving_past_the_bank_limit_reserves_no_more() {
    // A bank never holds more than MAX_ROSTER_WORKERS, so asking for more room than that
    // (here more than memory can hold) is not an error: it reserves up to the limit.
    let mut bank = Bank::with_capacity(usize::MAX);
    bank.reserve(usize::MAX);
    assert!(bank.is_empty());
    bank.insert(&build(fit("a"))).unwrap();
    assert!(bank.is_consistent());
}

/// The limit on distinct municipality names, and that a refused insert or update
/// leaves the bank as it was. (The other way an insert can fail after its names are
/// known, an overflow area past `u32::MAX` words, needs 16 GiB and is not tested; the
/// bank interns names only once nothing else can fail, see `Bank::insert`.)
#[test]
fn the_bank_refuses_a_municipality_past_its_limit_and_is_left_unchanged() {
    use peerwork::{MAX_BANK_MUNICIPALITIES, MAX_MUNICIPALITIES_SERVED};

    let serving = |id: &str, names: Vec<String>| build(fit(id).municipalities(names));
    let mut bank = Bank::new();
    let mut next = 0usize;
    let mut worker = 0usize;
    while next < MAX_BANK_MUNICIPALITIES {
        let count = MAX_MUNICIPALITIES_SERVED.min(MAX_BANK_MUNICIPALITIES - next);
        let names = (next..next + count).map(|n| format!("Kunta {n}")).collect();
        bank.insert(&serving(&format!("w{worker}"), names)).unwrap();
        next += count;
        worker += 1;
    }
    let full = format!("{bank:?}");
    assert!(
        full.contains(&format!("municipalities: {MAX_BANK_MUNICIPALITIES}")),
        "{full}"
    );

    // One known name and one new one: refused, and the known one is not re-interned
    // nor the new one kept.
    let known_and_new = || vec!["kunta 0".to_owned(), "Uusikunta".to_owned()];
    assert_eq!(
        bank.insert(&serving("extra", known_and_new())),
        Err(BankError::TooManyMunicipalities)
    );
    assert_eq!(
        bank.update(&serving("w0", known_and_new())),
        Err(BankError::TooManyMunicipalities)
    );
    assert_eq!(format!("{bank:?}"), full);
    assert!(!bank.contains("extra"));
    assert!(bank.is_consistent());

    // Names the bank knows still go in.
    bank.insert(&serving("extra", vec!["KUNTA 1".to_owned()]))
        .unwrap();
    assert_eq!(bank.len(), worker + 1);
    assert!(bank.is_consistent());
}

// ---------------------------------------------------------------------------------
// Sensitive data

#[test]
fn summaries_never_show_experience_backgrounds() {
    let worker = build(fit("kap-9").experience_backgrounds([
        Homelessness,
        Substances,
        CriminalBackground,
        MentalHealth,
    ]));
    let bank = bank_of(std::slice::from_ref(&worker));
    let matches = bank.match_job(&caretaker_job(), autumn(), 10);
    assert_eq!(matches.candidates().len(), 1);

    let shown = [
        serde_json::to_string(&matches).unwrap(),
        format!("{matches:?}"),
        matches.to_string(),
        matches.candidates()[0].to_string(),
        format!("{worker:?}"),
    ];
    for text in shown {
        for word in [
            "homelessness",
            "substances",
            "criminal",
            "mental_health",
            "MentalHealth",
            "Homelessness",
            "Substances",
            "Criminal",
        ] {
            assert!(!text.contains(word), "{word} shown in {text}");
        }
    }
    // Whether the requirement is met, yes.
    assert_eq!(
        matches.candidates()[0].reasons()[1],
        Reason::ExperienceBackground { sought: true }
    );
    // Only when asked by name.
    assert_eq!(
        bank.disclose_experience_backgrounds("kap-9"),
        Some(vec![
            MentalHealth,
            Substances,
            CriminalBackground,
            Homelessness
        ])
    );
    assert_eq!(bank.disclose_experience_backgrounds("nobody"), None);
}

#[test]
fn the_display_of_matches_never_shows_experience_backgrounds() {
    // Candidates and near misses of every kind, each with backgrounds; in the English
    // labels of backgrounds too ("mental-health challenges", "substance use", …).
    let every = [
        MentalHealth,
        ExperienceBackground::CloseRelative,
        Substances,
        CriminalBackground,
        Homelessness,
    ];
    let records = [
        build(fit("a").experience_backgrounds(every)),
        build(fit("b").experience_backgrounds([Homelessness, Substances, MentalHealth])),
        build(fit("c").experience_backgrounds([Homelessness])),
        build(
            fit("d")
                .experience_backgrounds(every)
                .tasks(Profile::Caretaker.tasks() - Task::ProducesLearningMaterials),
        ),
        build(
            fit("e")
                .experience_backgrounds(every)
                .max_working_time_percent(20),
        ),
        build(
            fit("f")
                .experience_backgrounds(every)
                .languages([Language::English]),
        ),
        build(
            fit("g")
                .experience_backgrounds(every)
                .municipalities(["Espoo"]),
        ),
        build(
            fit("h")
                .experience_backgrounds(every)
                .forms_of_work([FormOfWork::Volunteer]),
        ),
    ];
    let bank = bank_of(&records);
    let matches = bank.match_job(&caretaker_job(), autumn(), 10);
    assert_eq!(matches.eligible(), 2);
    assert_eq!(matches.near_misses().total(), 6);
    let text = matches.to_string();
    assert!(text.contains("1. a") && text.contains("2. b"), "{text}");
    assert!(text.contains("producing learning materials: 1"), "{text}");
    assert_withholds_backgrounds(&text, "the workers' records");
    for background in every {
        let label = peerwork::Vocabulary::label_in(background, Language::English);
        assert!(!text.contains(label), "{label} shown in {text}");
    }
}

/// The background ids, and words of them, that an error must not repeat.
const BACKGROUND_WORDS: &[&str] = &[
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
fn assert_withholds_backgrounds(err: &str, input: &str) {
    for word in BACKGROUND_WORDS {
        assert!(
            !err.contains(word),
            "`{word}` of the input\n  {input}\nis repeated in the error\n  {err}"
        );
    }
}

/// Malformed `experience_backgrounds` values, each holding background ids or words.
fn malformed_backgrounds() -> Vec<String> {
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

#[test]
fn unreadable_experience_backgrounds_are_withheld_from_record_errors() {
    let expected = RecordError::InvalidExperienceBackgrounds.to_string();
    assert_eq!(
        expected,
        "experience_backgrounds: must be a list of at most 5 known experience background ids \
         (value withheld)"
    );
    assert_eq!(
        RecordError::InvalidExperienceBackgrounds.field(),
        "experience_backgrounds"
    );
    assert_eq!(PeerWorkerRecord::MAX_EXPERIENCE_BACKGROUNDS, 5);
    for value in malformed_backgrounds() {
        let input = record_json("kap-001", &format!(r#""experience_backgrounds": {value}"#));
        let err = serde_json::from_str::<PeerWorkerRecord>(&input).unwrap_err();
        assert!(err.is_data(), "{err}");
        let err = err.to_string();
        assert_starts(&err, &expected);
        assert_withholds_backgrounds(&err, &input);
    }
}

#[test]
fn unreadable_experience_backgrounds_are_withheld_from_roster_errors() {
    let expected = format!(
        "workers[1] (id `kap-002`): {}",
        RecordError::InvalidExperienceBackgrounds
    );
    for value in malformed_backgrounds() {
        // Keys in alphabetical order: the value comes before the id and is buffered.
        let sorted = record_json("kap-002", &format!(r#""experience_backgrounds": {value}"#));
        // Id first: the value is read straight from the input.
        let id_first = format!(
            r#"{{"id": "kap-002", "experience_backgrounds": {value}, "tasks": ["listens_to_clients"]}}"#
        );
        for record in [sorted, id_first] {
            let input = roster_json(&[record_json("kap-001", ""), record]);
            let err = serde_json::from_str::<Roster>(&input)
                .unwrap_err()
                .to_string();
            assert_starts(&err, &expected);
            assert_withholds_backgrounds(&err, &input);
        }
    }
    // A value too large to buffer before the id is withheld too.
    let huge = format!(
        r#""experience_backgrounds": [{}]"#,
        vec![r#""criminal_background""#; 2000].join(", ")
    );
    let input = roster_json(&[record_json("kap-001", &huge)]);
    let err = serde_json::from_str::<Roster>(&input)
        .unwrap_err()
        .to_string();
    assert_starts(
        &err,
        &format!("workers[0]: {}", RecordError::InvalidExperienceBackgrounds),
    );
    assert_withholds_backgrounds(&err, &input);
}

#[test]
fn other_background_errors_withhold_the_value_too() {
    // Listed twice, or `open_to_all` (no background of a person's): by the record's
    // rules, in both paths, without the value.
    let cases = [
        (
            r#"["criminal_background", "mental_health", "criminal_background"]"#,
            RecordError::DuplicateExperienceBackground,
        ),
        (
            r#"["homelessness", "open_to_all"]"#,
            RecordError::OpenToAllOnPerson,
        ),
    ];
    for (value, error) in cases {
        let record = record_json("kap-001", &format!(r#""experience_backgrounds": {value}"#));
        let err = serde_json::from_str::<PeerWorkerRecord>(&record)
            .unwrap_err()
            .to_string();
        assert_starts(&err, &error.to_string());
        assert_withholds_backgrounds(&err, &record);
        let err = roster_err(std::slice::from_ref(&record));
        assert_starts(&err, &format!("workers[0] (id `kap-001`): {error}"));
        assert_withholds_backgrounds(&err, &record);
    }
    // Errors of the text itself (here it ends inside the list, or misses a comma) say
    // what they are, and never hold the value.
    let cases = [
        (
            r#"{"id": "kap-001", "experience_backgrounds": ["criminal_background", "#,
            "experience_backgrounds: EOF while parsing a value",
        ),
        (
            r#"{"id": "kap-001", "experience_backgrounds": ["criminal_background" "homelessness"]}"#,
            "experience_backgrounds: expected `,` or `]`",
        ),
    ];
    for (input, prefix) in cases {
        let err = serde_json::from_str::<PeerWorkerRecord>(input)
            .unwrap_err()
            .to_string();
        assert_starts(&err, prefix);
        assert_withholds_backgrounds(&err, input);
    }
    // A record that was read shows no backgrounds in Debug, nor does a roster of it.
    let record: PeerWorkerRecord = serde_json::from_str(&record_json(
        "kap-001",
        r#""experience_backgrounds": ["criminal_background", "mental_health"]"#,
    ))
    .unwrap();
    let roster = Roster::new(vec![record.clone()]).unwrap();
    for shown in [
        format!("{record:?}"),
        format!("{roster:?}"),
        format!("{:?}", record.to_builder()),
    ] {
        assert!(shown.contains("<withheld>"), "{shown}");
        assert_withholds_backgrounds(&shown, "the record");
    }
}

#[test]
fn municipality_errors_name_the_position_and_the_name() {
    let long = "Vantaa".repeat(40);
    let cases: Vec<(Vec<String>, RecordError, &str)> = vec![
        (
            vec!["Vantaa".into(), "  ".into()],
            RecordError::EmptyMunicipality { index: 1 },
            "service_area.municipalities[1]: a municipality name must not be empty",
        ),
        (
            vec!["Vantaa".into(), "Espoo".into(), long.clone()],
            RecordError::MunicipalityTooLong {
                index: 2,
                name: format!("{}…", &long[..64]),
                max: 200,
                actual: 240,
            },
            "service_area.municipalities[2]: `VantaaVantaaVantaaVantaaVantaaVantaaVantaaVantaaVantaaVantaaVant…` \
             is 240 characters long; a name must be at most 200",
        ),
        (
            vec!["Van\ntaa".into()],
            RecordError::MunicipalityControlCharacter {
                index: 0,
                name: "Van\\u{a}taa".into(),
            },
            "service_area.municipalities[0]: `Van\\u{a}taa` must be one line without control \
             characters",
        ),
        (
            // A bidirectional override, and a line separator.
            vec!["Espoo".into(), "\u{202e}Vantaa\u{2028}".into()],
            RecordError::MunicipalityControlCharacter {
                index: 1,
                name: "\\u{202e}Vantaa\\u{2028}".into(),
            },
            "service_area.municipalities[1]: `\\u{202e}Vantaa\\u{2028}` must be one line",
        ),
    ];
    for (names, expected, message) in cases {
        let err = fit("kap-001")
            .municipalities(names.iter().cloned())
            .build()
            .unwrap_err();
        assert_eq!(err, expected);
        assert_eq!(err.field(), "service_area.municipalities");
        assert_starts(&err.to_string(), message);

        let area = serde_json::json!({ "municipalities": names }).to_string();
        let json = record_json("kap-001", &format!(r#""service_area": {area}"#));
        let err = serde_json::from_str::<PeerWorkerRecord>(&json)
            .unwrap_err()
            .to_string();
        assert_starts(&err, message);
        assert_starts(
            &roster_err(&[json]),
            &format!("workers[0] (id `kap-001`): {message}"),
        );
    }

    // A long name full of control characters: escaped, cut to at most QUOTE_LIMIT bytes
    // without cutting an escape in two, on one line.
    let name = "\u{7}".repeat(300);
    let RecordError::MunicipalityTooLong { name: shown, .. } =
        fit("kap-001").municipalities([name]).build().unwrap_err()
    else {
        panic!("expected MunicipalityTooLong");
    };
    assert_eq!(shown, format!("{}…", "\\u{7}".repeat(64 / 5)));
    assert!(shown.len() <= peerwork::QUOTE_LIMIT + '…'.len_utf8());
    let name = format!("Vantaa{}", "\u{1}".repeat(30));
    let err = fit("kap-001").municipalities([name]).build().unwrap_err();
    let message = err.to_string();
    assert!(!message.chars().any(char::is_control), "{message:?}");
    assert!(message.contains("`Vantaa\\u{1}\\u{1}"), "{message}");
}

// ---------------------------------------------------------------------------------
// Quoting: an error repeats at most QUOTE_LIMIT bytes of a value, on one line

/// An id of 1 MiB.
fn huge_id() -> String {
    "k".repeat(1 << 20)
}

/// An id that would forge a log line: a right-to-left override, a line break and a
/// line of its own.
const FORGED_ID: &str = "kap-1\u{202E}\n2026-12-03T10:00:00Z INFO admin logged in";

/// The message is short, on one line, shows no bidirectional formatting character,
/// and repeats at most QUOTE_LIMIT bytes of the huge id.
#[track_caller]
fn assert_quoted(message: &str) {
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
fn assert_one_line(message: &str) {
    assert!(
        !message
            .chars()
            .any(|c| c.is_control() || c == '\u{202E}' || c == '\u{2028}'),
        "{message:?}"
    );
}

#[test]
fn bank_errors_quote_the_id() {
    let mut bank = bank_of(&[build(fit("kap-1"))]);
    let err = bank.remove(&huge_id()).unwrap_err();
    assert_eq!(
        err,
        BankError::UnknownId(format!("{}…", "k".repeat(peerwork::QUOTE_LIMIT)))
    );
    assert_quoted(&err.to_string());

    let err = bank.remove(FORGED_ID).unwrap_err();
    let message = err.to_string();
    assert_quoted(&message);
    assert_eq!(
        message,
        "id: `kap-1\\u{202e}\\u{a}2026-12-03T10:00:00Z INFO admin logged in` is not in the \
         bank"
    );
    assert_eq!(bank.len(), 1);

    // A record's id is checked when it is built, so insert and update meet only valid
    // ids; their errors quote them too, and lead with the field.
    let err = bank.insert(&build(fit("kap-1"))).unwrap_err();
    assert_eq!(err.to_string(), "id: `kap-1` is already in the bank");
    let err = bank.update(&build(fit("kap-2"))).unwrap_err();
    assert_eq!(err.to_string(), "id: `kap-2` is not in the bank");
    for id in [huge_id(), FORGED_ID.to_owned()] {
        let err = fit(&id).build().unwrap_err();
        assert_eq!(err.field(), "id");
        assert_quoted(&err.to_string());
    }
}

#[test]
fn roster_reading_errors_quote_the_id_and_the_value() {
    // An invalid id, alone and twice.
    for id in [huge_id(), FORGED_ID.to_owned()] {
        let err = roster_err(&[record_json("kap-1", ""), record_json(&id, "")]);
        assert_starts(&err, "workers[1] (id `");
        assert!(err.contains("id: must be 1 to 64 visible ASCII"), "{err}");
        assert_quoted(&err);
        let err = roster_err(&[record_json(&id, ""), record_json(&id, "")]);
        assert_starts(&err, "workers[0] (id `");
        assert_quoted(&err);
    }
    // serde's own messages repeat the value they refuse: escaped too, and cut, as
    // `from_json` cuts them, to MAX_MESSAGE_BYTES.
    let value = format!("{FORGED_ID}{}", "k".repeat(1 << 20));
    let forms = serde_json::json!([value]).to_string();
    let json = record_json("kap-1", &format!(r#""forms_of_work": {forms}"#));
    let err = serde_json::from_str::<PeerWorkerRecord>(&json)
        .unwrap_err()
        .to_string();
    assert_starts(
        &err,
        "forms_of_work: unknown variant `kap-1\\u{202e}\\u{a}2026-12-03T10:00:00Z INFO admin",
    );
    assert_one_line(&err);
    assert!(err.len() < 600, "{} bytes", err.len());
    let err = roster_err(&[json]);
    assert_starts(
        &err,
        "workers[0] (id `kap-1`): forms_of_work: unknown variant `kap-1\\u{202e}",
    );
    assert_one_line(&err);
    assert!(err.len() < 700, "{} bytes", err.len());
}

// ---------------------------------------------------------------------------------
// Schemas

#[cfg(feature = "schema")]
#[test]
fn example_roster_validates_against_the_schema() {
    let schemas = peerwork::schema::root_schemas();
    let schema = |name: &str| {
        let schema = schemas.iter().find(|s| s.name == name).unwrap();
        serde_json::to_value(&schema.schema).unwrap()
    };
    let roster = jsonschema::validator_for(&schema("roster")).unwrap();
    let record = jsonschema::validator_for(&schema("peer_worker_record")).unwrap();

    let json = roster_json(&[
        record_json("kap-001", ""),
        record_json(
            "kap-002",
            r#""service_area": "nationwide", "training": null"#,
        ),
    ]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(roster.is_valid(&value));
    let written = serde_json::to_value(serde_json::from_str::<Roster>(&json).unwrap()).unwrap();
    assert!(roster.is_valid(&written));
    assert!(record.is_valid(&written["workers"][0]));

    for bad in [
        record_json("kap-003", r#""max_working_time_percent": 0"#),
        record_json("kap-003", r#""name": "Matti""#),
        record_json("kap 003", ""),
        record_json("kap-003", r#""forms_of_work": []"#),
        record_json("kap-003", r#""experience_backgrounds": ["open_to_all"]"#),
        record_json(
            "kap-003",
            r#""experience_backgrounds": ["substances", "substances"]"#,
        ),
        record_json(
            "kap-003",
            r#""experience_backgrounds": ["mental_health", "close_relative", "substances",
                "criminal_background", "homelessness", "open_to_all"]"#,
        ),
        record_json(
            "kap-003",
            r#""service_area": {"municipalities": ["Van\ntaa"]}"#,
        ),
        record_json(
            "kap-003",
            r#""service_area": {"municipalities": ["Vantaa\u202e"]}"#,
        ),
        record_json("kap-003", r#""service_area": {"municipalities": [" "]}"#),
    ] {
        let value: serde_json::Value = serde_json::from_str(&bad).unwrap();
        assert!(!record.is_valid(&value), "{bad}");
        // The library refuses them too.
        assert!(
            serde_json::from_str::<PeerWorkerRecord>(&bad).is_err(),
            "{bad}"
        );
    }
    // Every background a person can have, at once, passes both.
    let every = record_json(
        "kap-004",
        r#""experience_backgrounds": ["mental_health", "close_relative", "substances",
            "criminal_background", "homelessness"],
           "service_area": {"municipalities": ["Pedersören kunta", "Maarianhamina – Mariehamn"]}"#,
    );
    let value: serde_json::Value = serde_json::from_str(&every).unwrap();
    assert!(record.is_valid(&value), "{every}");
    assert!(serde_json::from_str::<PeerWorkerRecord>(&every).is_ok());

    // The committed schemas are the generated ones.
    for name in ["peer_worker_record", "roster"] {
        let path = format!("{}/schemas/{name}.schema.json", env!("CARGO_MANIFEST_DIR"));
        let committed = std::fs::read_to_string(path).unwrap();
        let generated = schemas.iter().find(|s| s.name == name).unwrap();
        assert_eq!(committed, generated.to_json_pretty(), "{name}");
    }
}
