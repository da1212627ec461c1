//! The peer-worker bank's records: the builder and reading JSON run the same rules and
//! name the field; municipalities by code or name; parts are objects; errors quote the
//! values they repeat. (Errors about experience backgrounds: `test_bank_privacy.rs`.)

#[path = "util/bank.rs"]
mod bank;

use peerwork::{
    Date, DateRange, FormOfWork, Language, Municipality, PeerWorkerRecord, RecordError, Roster,
    ServiceArea, Task, TaskSet, Training, TrainingKind,
};

use bank::{
    FORGED_ID, assert_one_line, assert_quoted, assert_starts, build, date, fit, huge_id,
    id_first_json, municipality, record_err, record_json, roster_err, roster_json,
};
#[cfg(feature = "json")]
use peerwork::{JsonErrorKind, from_json};

#[test]
fn record_round_trips_through_json() {
    let json = record_json("kap-001", "");
    let record: PeerWorkerRecord = serde_json::from_str(&json).unwrap();
    assert_eq!(record.id(), "kap-001");
    assert!(record.meets_kokoa_standard());
    assert_eq!(
        record.service_area(),
        &ServiceArea::Municipalities(vec![Municipality::VANTAA, Municipality::HELSINKI])
    );
    assert_eq!(record.availability()[1].end(), None);
    // Read by name, written by code.
    let written = serde_json::to_value(&record).unwrap();
    assert_eq!(
        written["service_area"],
        serde_json::json!({"municipalities": ["092", "091"]})
    );
    let back: PeerWorkerRecord = serde_json::from_value(written).unwrap();
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
            "service_area.municipalities: `Vantaa (092)` is listed more than once",
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
        assert_starts(&record_err(&record_json("kap-001", overrides)), prefix);
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
            fit("a").municipalities([]),
            RecordError::NoMunicipality,
            "service_area.municipalities",
        ),
        (
            fit("a").municipalities([
                Municipality::ESPOO,
                Municipality::VANTAA,
                municipality("Vanda"),
            ]),
            RecordError::Duplicate {
                field: "service_area.municipalities",
                value: "Vantaa (092)".into(),
            },
            "service_area.municipalities",
        ),
        (
            fit("a").municipalities(Municipality::all().take(65)),
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
    // Sixty-four municipalities are allowed.
    build(fit("a").municipalities(Municipality::all().take(64)));
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
                list(r#""092""#, 65)
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
        assert_starts(&record_err(&json), prefix);
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
            r#"{"municipalities": ["092"], "nationwide": null}"#,
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
            r#"{"Vantaa\u202e": ["092"]}"#,
            "service_area: unknown variant `Vantaa\\u{202e}`, expected `municipalities`",
        ),
        (
            r#"["092"]"#,
            "service_area: invalid type: sequence, expected \"nationwide\" or",
        ),
    ] {
        let json = record_json("kap-001", &format!(r#""service_area": {area}"#));
        assert_starts(&record_err(&json), message);
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
            r#"{"municipalities": ["092"]}"#,
            ServiceArea::Municipalities(vec![Municipality::VANTAA]),
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
// Municipalities: by Statistics Finland code, or by Finnish or Swedish name

/// The service area of a record whose municipalities are `names`, read alone, in a
/// roster after the id, and in a roster before it (buffered): the same each time.
#[track_caller]
fn area_read(names: &[&str]) -> ServiceArea {
    let area = serde_json::json!({ "municipalities": names }).to_string();
    let sorted = record_json("kap-001", &format!(r#""service_area": {area}"#));
    let alone: PeerWorkerRecord = serde_json::from_str(&sorted).unwrap();
    let id_first = id_first_json(
        "kap-001",
        &format!(r#""service_area": {area}, "availability": []"#),
    );
    for json in [sorted, id_first] {
        let roster: Roster = serde_json::from_str(&roster_json(&[json])).unwrap();
        assert_eq!(
            roster.get("kap-001").unwrap().service_area(),
            alone.service_area()
        );
    }
    alone.service_area().clone()
}

#[test]
fn municipalities_are_read_by_code_or_by_finnish_or_swedish_name() {
    let vantaa = ServiceArea::Municipalities(vec![Municipality::VANTAA]);
    for written in ["092", "Vantaa", "Vanda", "vanda", " VANTAA "] {
        assert_eq!(area_read(&[written]), vantaa, "{written}");
    }
    assert_eq!(
        area_read(&["Kervo", "Träskända", "091"]),
        ServiceArea::Municipalities(vec![
            Municipality::KERAVA,
            municipality("Järvenpää"),
            Municipality::HELSINKI,
        ])
    );
    // The order given is kept; a record is written with codes.
    let record = build(fit("kap-1").municipalities([municipality("Tusby"), Municipality::VANTAA]));
    assert!(record.service_area().serves(municipality("858")));
    assert!(record.service_area().serves(Municipality::VANTAA));
    assert!(!record.service_area().serves(Municipality::ESPOO));
    assert!(ServiceArea::Nationwide.serves(Municipality::ESPOO));
    assert_eq!(
        serde_json::to_value(record.service_area()).unwrap(),
        serde_json::json!({"municipalities": ["858", "092"]})
    );
}

#[test]
fn an_unknown_municipality_is_refused_with_suggestions_and_its_path() {
    let area = r#""service_area": {"municipalities": ["092", "Vantta"]}"#;
    let message = "service_area: unknown municipality `Vantta`; did you mean Vantaa (092)?";
    let json = record_json("kap-001", area);
    assert_starts(&record_err(&json), message);
    assert_starts(
        &roster_err(std::slice::from_ref(&json)),
        &format!("workers[0] (id `kap-001`): {message}"),
    );
    let id_first = id_first_json("kap-001", &format!("{area}, \"availability\": []"));
    assert_starts(
        &roster_err(std::slice::from_ref(&id_first)),
        &format!("workers[0] (id `kap-001`): {message}"),
    );
    // `from_json` gives the path to the name at fault.
    #[cfg(feature = "json")]
    for (read, path) in [
        (
            from_json::<PeerWorkerRecord>(&json).map(drop),
            "service_area.municipalities[1]",
        ),
        (
            from_json::<Roster>(&roster_json(&[record_json("kap-001", ""), id_first])).map(drop),
            "workers[1].service_area.municipalities[1]",
        ),
    ] {
        let err = read.unwrap_err();
        assert_eq!(err.kind(), JsonErrorKind::Data);
        assert_eq!(err.path(), Some(path), "{err}");
        assert!(
            err.to_string()
                .contains("unknown municipality `Vantta`; did you mean Vantaa (092)?"),
            "{err}"
        );
    }
    // The suggestions, as values.
    let err = "Vantta".parse::<Municipality>().unwrap_err();
    assert_eq!(err.suggestions(), [Municipality::VANTAA]);
    assert_eq!(err.value(), "Vantta");

    // A name that is no municipality at all, a code that is none, and names that would
    // forge a line or fill a log: quoted, on one line.
    let huge = huge_name();
    for (name, shown) in [
        ("Atlantis", "`Atlantis`"),
        ("999", "`999`"),
        ("Van\ntaa", "`Van\\u{a}taa`"),
        ("\u{202e}Vantaa\u{2028}", "`\\u{202e}Vantaa\\u{2028}`"),
        (huge.as_str(), "`VantaaVantaa"),
    ] {
        let area = serde_json::json!({ "municipalities": [name] }).to_string();
        let err = record_err(&record_json(
            "kap-001",
            &format!(r#""service_area": {area}"#),
        ));
        assert_starts(&err, &format!("service_area: unknown municipality {shown}"));
        assert_one_line(&err);
        assert!(err.len() < 600, "{} bytes", err.len());
    }
}

/// A name of 384 KiB: `Vantaa` over and over.
fn huge_name() -> String {
    "Vantaa".repeat(1 << 16)
}

/// Looking for the nearest names measures only names of about the length given: a
/// huge name is refused as fast as a short one (measuring it against every name took
/// minutes).
#[test]
fn a_huge_municipality_name_is_refused_at_once() {
    let area = serde_json::json!({ "municipalities": ["092", huge_name()] }).to_string();
    let roster = roster_json(&[record_json(
        "kap-001",
        &format!(r#""service_area": {area}"#),
    )]);
    let started = std::time::Instant::now();
    let err = serde_json::from_str::<Roster>(&roster)
        .unwrap_err()
        .to_string();
    let took = started.elapsed();
    assert_starts(
        &err,
        "workers[0] (id `kap-001`): service_area: unknown municipality `VantaaVantaa",
    );
    let err = huge_name().parse::<Municipality>().unwrap_err();
    assert!(err.suggestions().is_empty());
    assert!(took < std::time::Duration::from_secs(5), "{took:?}");
}

#[test]
fn the_same_municipality_written_two_ways_is_refused() {
    let message = "service_area.municipalities: `Vantaa (092)` is listed more than once";
    for names in [
        r#"["Vantaa", "092"]"#,
        r#"["092", "Vanda"]"#,
        r#"["Espoo", "vantaa", "Helsinki", "VANDA"]"#,
    ] {
        let json = record_json(
            "kap-001",
            &format!(r#""service_area": {{"municipalities": {names}}}"#),
        );
        assert_starts(&record_err(&json), message);
        assert_starts(
            &roster_err(&[json]),
            &format!("workers[0] (id `kap-001`): {message}"),
        );
    }
    // The builder, given the same municipality twice, says the same.
    let err = fit("kap-001")
        .municipalities([Municipality::VANTAA, municipality("Vanda")])
        .build()
        .unwrap_err();
    assert_eq!(err.to_string(), message);
}

// ---------------------------------------------------------------------------------
// Parts of a record are objects, never arrays

#[test]
fn a_record_and_its_parts_are_read_from_objects_only() {
    let record = r#"["kap-001", ["listens_to_clients"], [], null, ["volunteer"], 20, ["fi"],
        "nationwide", []]"#;
    assert_starts(
        &record_err(record),
        "invalid type: sequence, expected a peer-worker record",
    );
    assert_starts(
        &roster_err(&[record.to_owned()]),
        "invalid type: sequence, expected a peer-worker record",
    );
    // Read straight from the input, the error's place tells the index; read from the
    // buffer that holds fields met before the id, the message leads with it.
    for (field, message, buffered) in [
        (
            r#""training": ["ngo_tailored", 60, 5]"#,
            "training: invalid type: sequence, expected an object with \"kind\", \"hours\", \"months\"",
            "training: invalid type: sequence, expected an object with \"kind\", \"hours\", \"months\"",
        ),
        (
            r#""availability": [["2017-08-01", "2017-12-31"]]"#,
            "availability: invalid type: sequence, expected an object with \"start\", \"end\"",
            "availability[0]: invalid type: sequence, expected an object with \"start\", \"end\"",
        ),
    ] {
        // Alone, and in a roster: written id first, or with the field before the id
        // (the value is then buffered until the id is read).
        assert_starts(&record_err(&record_json("kap-001", field)), message);
        let id_first = id_first_json(
            "kap-001",
            &format!(r#""service_area": "nationwide", {field}"#),
        );
        let field_first = format!(
            r#"{{{field}, "id": "kap-001", "tasks": ["listens_to_clients"],
                "forms_of_work": ["volunteer"], "service_area": "nationwide"}}"#
        );
        assert_starts(
            &roster_err(&[id_first]),
            &format!("workers[0] (id `kap-001`): {message}"),
        );
        assert_starts(
            &roster_err(&[field_first]),
            &format!("workers[0] (id `kap-001`): {buffered}"),
        );
    }
}

// ---------------------------------------------------------------------------------
// Quoting

#[test]
fn record_errors_quote_the_id_and_the_value() {
    for id in [huge_id(), FORGED_ID.to_owned()] {
        let err = fit(&id).build().unwrap_err();
        assert_eq!(err.field(), "id");
        assert_quoted(&err.to_string());
        let err = record_err(&record_json(&id, ""));
        assert_starts(&err, "id: must be 1 to 64 visible ASCII");
        assert_quoted(&err);
    }
    // serde's own messages repeat the value they refuse: escaped too, and cut.
    let value = format!("{FORGED_ID}{}", "k".repeat(1 << 20));
    let forms = serde_json::json!([value]).to_string();
    let err = record_err(&record_json(
        "kap-1",
        &format!(r#""forms_of_work": {forms}"#),
    ));
    assert_starts(
        &err,
        "forms_of_work: unknown variant `kap-1\\u{202e}\\u{a}2026-12-03T10:00:00Z INFO admin",
    );
    assert_one_line(&err);
    assert!(err.len() < 600, "{} bytes", err.len());
}
