//! Reading documents with `from_json`: the same documents and rules as
//! `serde_json::from_str`, and errors that give the path to the fault.
#![cfg(feature = "json")]

mod util;

use peerwork::{
    ChecklistPoint, FeeSchedule, JobDescription, JsonError, JsonErrorKind, MAX_MESSAGE_BYTES,
    MAX_PATH_BYTES, PeerWorkerRecord, Profile, ProfileCatalogue, Readiness, Roster, TaskSet,
    from_json, from_json_slice,
};
use serde_json::{Value, json};
use util::pilot_json;

fn job_error(doc: &Value) -> JsonError {
    from_json::<JobDescription>(&doc.to_string()).unwrap_err()
}

fn edited(edit: impl FnOnce(&mut Value)) -> Value {
    let mut doc = pilot_json();
    edit(&mut doc);
    doc
}

#[test]
fn valid_documents_read_as_with_serde_json() {
    for profile in Profile::ALL {
        let json = serde_json::to_string(&util::pilot(profile)).unwrap();
        let ours: JobDescription = from_json(&json).unwrap();
        assert_eq!(ours, serde_json::from_str::<JobDescription>(&json).unwrap());
        assert_eq!(
            ours,
            from_json_slice::<JobDescription>(json.as_bytes()).unwrap()
        );
    }
    let set = r#"["listens_to_clients","escorts_clients"]"#;
    assert_eq!(
        from_json::<TaskSet>(set).unwrap(),
        serde_json::from_str::<TaskSet>(set).unwrap()
    );
    let kokoa = serde_json::to_string(&FeeSchedule::kokoa()).unwrap();
    assert_eq!(
        from_json::<FeeSchedule>(&kokoa).unwrap(),
        FeeSchedule::kokoa()
    );
    let settled = Readiness::new([ChecklistPoint::NeedsMapped]);
    let readiness = serde_json::to_string(&settled).unwrap();
    assert_eq!(from_json::<Readiness>(&readiness).unwrap(), settled);
    // A document type that only writes JSON still reads as JSON text.
    let catalogue = serde_json::to_string(&ProfileCatalogue::new()).unwrap();
    assert!(from_json::<Value>(&catalogue).is_ok());
}

#[test]
fn a_wrong_value_is_named_by_its_path() {
    let err = job_error(&edited(|d| d["setting"] = json!("space_station")));
    assert_eq!(err.path(), Some("setting"));
    assert_eq!(err.kind(), JsonErrorKind::Data);
    assert!(err.message().starts_with("unknown variant `space_station`"));
    assert!(
        err.to_string()
            .starts_with("setting: unknown variant `space_station`")
    );
    assert!(err.line() == 1 && err.column() > 0, "{err:?}");

    let err = job_error(&edited(|d| d["tasks"]["essential"][1] = json!("nope")));
    assert_eq!(err.path(), Some("tasks.essential[1]"));
    assert_eq!(err.message(), "unknown task id `nope`");

    let err = job_error(&edited(|d| {
        d["terms"]["working_time_percent"] = json!("50")
    }));
    assert_eq!(err.path(), Some("terms.working_time_percent"));
    assert_eq!(err.message(), "invalid type: string \"50\", expected u16");

    let err = job_error(&edited(|d| d["terms"]["overtime"] = json!(true)));
    assert_eq!(err.path(), Some("terms.overtime"));
    assert!(err.message().starts_with("unknown field `overtime`"));
}

#[test]
fn the_crates_own_errors_are_not_named_twice() {
    // A rule checked once the document is read: the message names the field, and there
    // is no position or path.
    let err = job_error(&edited(|d| d["terms"]["working_time_percent"] = json!(150)));
    assert_eq!(err.path(), None);
    assert_eq!(
        err.to_string(),
        "terms.working_time_percent: must be more than 0 and at most 100 percent of full \
         time, got 150"
    );
    // A rule checked on the field itself: path and message agree, written once.
    let err = job_error(&edited(|d| d["format_version"] = json!(2)));
    assert_eq!(err.path(), Some("format_version"));
    assert!(
        err.to_string()
            .starts_with("format_version: this version of peerwork reads format version 1")
    );
    assert_eq!(err.to_string().matches("format_version").count(), 1);

    // A roster names the record by position and id; the path leads to the value.
    let worker = |id: &str, language: &str| {
        json!({"id": id, "tasks": ["listens_to_clients"], "forms_of_work": ["volunteer"],
               "max_working_time_percent": 20, "languages": [language],
               "service_area": "nationwide", "availability": []})
    };
    let roster = json!({"format_version": 1, "workers": [worker("a", "fi"), worker("b", "xx")]});
    let err = from_json::<Roster>(&roster.to_string()).unwrap_err();
    assert_eq!(err.path(), Some("workers[1].languages[0]"));
    let text = err.to_string();
    assert!(
        text.starts_with("workers[1] (id `b`): languages: unknown variant `xx`"),
        "{text}"
    );
}

#[test]
fn a_withheld_background_keeps_its_path_and_stays_withheld() {
    let record = json!({"id": "kap-7", "tasks": ["listens_to_clients"],
        "experience_backgrounds": ["criminal_record"], "forms_of_work": ["volunteer"],
        "max_working_time_percent": 20, "languages": ["fi"], "service_area": "nationwide",
        "availability": []});
    let err = from_json::<PeerWorkerRecord>(&record.to_string()).unwrap_err();
    assert_eq!(err.path(), Some("experience_backgrounds[0]"));
    let text = err.to_string();
    assert!(text.starts_with("experience_backgrounds: "), "{text}");
    assert_eq!(text.matches("experience_backgrounds").count(), 1, "{text}");
    assert!(!text.contains("criminal"), "{text}");
}

#[test]
fn a_path_never_goes_below_a_persons_backgrounds() {
    // Keys sorted, so the record's backgrounds come before its id and are buffered: a
    // map there is read key by key, and its keys could be backgrounds.
    for backgrounds in [
        json!({"criminal_background": "tru"}),
        json!({"criminal_background": [1, 2, {"mental_health": null}]}),
    ] {
        let text = format!(
            r#"{{"format_version":1,"workers":[{{"availability":[],"experience_backgrounds":{backgrounds},"id":"kap-1"}}]}}"#
        )
        .replace("\"tru\"", "tru");
        let err = from_json::<Roster>(&text).unwrap_err();
        let shown = format!("{err} {err:?}");
        assert!(!shown.contains("criminal"), "{shown}");
        assert!(!shown.contains("mental"), "{shown}");
        if let Some(path) = err.path() {
            assert!(
                path.ends_with("experience_backgrounds") || !path.contains("backgrounds"),
                "{path}"
            );
        }
    }
}

#[test]
fn syntax_errors_in_bank_documents_keep_their_kind() {
    let worker = r#"{"id":"kap-1","tasks":["listens_to_clients"],"forms_of_work":["volunteer"],"max_working_time_percent":20,"languages":["fi"],"service_area":"nationwide","availability":[]}"#;
    let roster = format!(r#"{{"format_version":1,"workers":[{worker}]}}"#);
    assert!(from_json::<Roster>(&roster).is_ok());
    for cut in [roster.len() - 1, roster.len() - 3, 40] {
        let err = from_json::<Roster>(&roster[..cut]).unwrap_err();
        assert_eq!(err.kind(), JsonErrorKind::Eof, "{err}");
    }
    let err = from_json::<Roster>(&roster.replace(r#""tasks":["#, r#""tasks":[,"#)).unwrap_err();
    assert_eq!(err.kind(), JsonErrorKind::Syntax, "{err}");
    let err = from_json::<PeerWorkerRecord>(&worker[..worker.len() - 2]).unwrap_err();
    assert_eq!(err.kind(), JsonErrorKind::Eof, "{err}");
    let err = from_json::<PeerWorkerRecord>(&worker.replace("\"id\":", "\"id\" ")).unwrap_err();
    assert_eq!(err.kind(), JsonErrorKind::Syntax, "{err}");
    // A data error stays one.
    let err = from_json::<PeerWorkerRecord>(&worker.replace("20", "0")).unwrap_err();
    assert_eq!(err.kind(), JsonErrorKind::Data, "{err}");
}

#[test]
fn a_key_that_cannot_be_read_has_no_path() {
    let err = from_json::<JobDescription>(r#"{"format_version": 1, "title": "x", "#).unwrap_err();
    assert_eq!(err.kind(), JsonErrorKind::Eof);
    assert_eq!(err.path(), None, "{err}");
    assert!(!err.to_string().starts_with('?'), "{err}");
}

#[test]
fn text_that_is_not_json_gives_its_position() {
    let err = from_json::<JobDescription>("{\"title\": }").unwrap_err();
    assert_eq!(err.kind(), JsonErrorKind::Syntax);
    assert_eq!((err.line(), err.column()), (1, 11));
    assert_eq!(err.to_string(), "title: expected value at line 1 column 11");

    let err = from_json::<TaskSet>("[\"listens_to_clients\"] x").unwrap_err();
    assert_eq!(err.kind(), JsonErrorKind::Syntax);
    assert_eq!(err.path(), None);
    assert_eq!(err.to_string(), "trailing characters at line 1 column 24");

    let err = from_json::<TaskSet>("[\"listens_to_clients\"").unwrap_err();
    assert_eq!(err.kind(), JsonErrorKind::Eof);

    let err = from_json_slice::<TaskSet>(b"[\"listens_to_clients\xff\"]").unwrap_err();
    assert_eq!(err.kind(), JsonErrorKind::Syntax);
    assert!(err.message().contains("invalid unicode"), "{err}");
}

#[test]
fn a_huge_key_or_value_gives_a_short_error() {
    // serde_json repeats an unknown key or enum value whole; `from_json` cuts the
    // message and the path.
    let key = "k".repeat(1_000_000);
    let err = job_error(&edited(|d| d[key.as_str()] = json!(1)));
    assert!(err.message().len() <= MAX_MESSAGE_BYTES + '…'.len_utf8());
    assert!(err.message().ends_with('…'));
    assert!(err.path().unwrap().len() <= MAX_PATH_BYTES + '…'.len_utf8());
    assert!(
        err.to_string().len() < 1_000,
        "{} bytes",
        err.to_string().len()
    );
    let plain =
        serde_json::from_str::<JobDescription>(&edited(|d| d[key.as_str()] = json!(1)).to_string())
            .unwrap_err();
    assert!(plain.to_string().len() > 1_000_000);

    let value = "ä".repeat(500_000);
    let err = job_error(&edited(|d| d["setting"] = json!(value)));
    assert_eq!(err.path(), Some("setting"));
    assert!(err.message().starts_with("unknown variant `ää"));
    assert!(err.message().len() <= MAX_MESSAGE_BYTES + '…'.len_utf8());
}
