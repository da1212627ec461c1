//! The peer-worker bank's roster: loaded all or nothing, with unique ids, changed record
//! by record under the same rules, read strictly, and described by its schema.

#[path = "util/bank.rs"]
mod bank;

use peerwork::{BankError, PeerWorkerRecord, Roster, RosterError, ServiceArea};

use bank::{
    FORGED_ID, assert_one_line, assert_quoted, assert_starts, bank_of, build, fit, huge_id,
    id_first_json, record_json, roster_err, roster_json,
};

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
    let bank = peerwork::Bank::from_roster(&roster).unwrap();
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
        "workers[1] (id `kap-002`): availability[0]: start: invalid date `2017-13-01`",
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
        "workers[0] (id `kap-001`): forms_of_work[0]: unknown variant `paid`",
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

#[test]
fn a_roster_and_its_workers_are_read_from_objects_only() {
    for roster in [
        r#"[1, []]"#.to_owned(),
        format!("[1, [{}]]", record_json("kap-001", "")),
    ] {
        let err = serde_json::from_str::<Roster>(&roster)
            .unwrap_err()
            .to_string();
        assert_starts(
            &err,
            "invalid type: sequence, expected an object with \"format_version\", \"workers\"",
        );
    }
    // A worker written as an array, after a valid one.
    let err = roster_err(&[
        record_json("kap-001", ""),
        r#"["kap-002", ["listens_to_clients"], [], null, ["volunteer"], 20, ["fi"],
            "nationwide", []]"#
            .to_owned(),
    ]);
    assert_starts(
        &err,
        "invalid type: sequence, expected a peer-worker record",
    );
    // The roster as an object with its workers as objects reads.
    let json = roster_json(&[id_first_json(
        "kap-001",
        r#""service_area": "nationwide", "availability": []"#,
    )]);
    assert_eq!(serde_json::from_str::<Roster>(&json).unwrap().len(), 1);
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
    let err = roster_err(&[json]);
    assert_starts(
        &err,
        "workers[0] (id `kap-1`): forms_of_work[0]: unknown variant `kap-1\\u{202e}",
    );
    assert_one_line(&err);
    assert!(err.len() < 700, "{} bytes", err.len());
}

// ---------------------------------------------------------------------------------
// Schemas (that the committed files are the generated ones, `test_schema.rs` checks)

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
        record_json(
            "kap-003",
            r#""service_area": {"municipalities": ["Vantta"]}"#,
        ),
        record_json("kap-003", r#""service_area": {"municipalities": ["999"]}"#),
        record_json(
            "kap-003",
            r#""service_area": {"municipalities": ["092", "092"]}"#,
        ),
        record_json("kap-003", r#""service_area": {"nationwide": null}"#),
    ] {
        let value: serde_json::Value = serde_json::from_str(&bad).unwrap();
        assert!(!record.is_valid(&value), "{bad}");
        // The library refuses them too.
        assert!(
            serde_json::from_str::<PeerWorkerRecord>(&bad).is_err(),
            "{bad}"
        );
    }
    // A municipality written once by name and once by code: distinct strings, so the
    // schema cannot tell (its description says so); the library refuses it.
    let twice = record_json(
        "kap-003",
        r#""service_area": {"municipalities": ["Vantaa", "092"]}"#,
    );
    assert!(record.is_valid(&serde_json::from_str(&twice).unwrap()));
    assert!(serde_json::from_str::<PeerWorkerRecord>(&twice).is_err());

    // Every background a person can have, at once, and municipalities by official,
    // everyday and Swedish name and by code, pass both.
    let every = record_json(
        "kap-004",
        r#""experience_backgrounds": ["mental_health", "close_relative", "substances",
            "criminal_background", "homelessness"],
           "service_area": {"municipalities": ["Pedersören kunta", "Maarianhamina", "Vanda",
            "091"]}"#,
    );
    let value: serde_json::Value = serde_json::from_str(&every).unwrap();
    assert!(record.is_valid(&value), "{every}");
    let read = serde_json::from_str::<PeerWorkerRecord>(&every).unwrap();
    assert!(record.is_valid(&serde_json::to_value(&read).unwrap()));
}
