//! Reading documents with `from_json`: the same documents and rules as
//! `serde_json::from_str`, and errors that give the path to the fault, its position and
//! kind. Bounded messages and memory of huge documents are in `test_json_memory.rs`.
#![cfg(feature = "json")]

mod util;

use peerwork::{
    ChecklistPoint, FeeSchedule, JobDescription, JsonError, JsonErrorKind, MAX_MESSAGE_BYTES,
    MAX_PATH_BYTES, PeerWorkerRecord, Profile, ProfileCatalogue, Readiness, Roster, TaskSet,
    from_json, from_json_slice,
};
use serde_json::{Value, json};
use util::json::{Read, edited, job_error, worker};
use util::pilot_json;

/// The byte offset of a position of `err` in `text`.
fn offset_in(text: &str, err: &JsonError) -> usize {
    let line_start: usize = text
        .split('\n')
        .take(err.line() - 1)
        .map(|line| line.len() + 1)
        .sum();
    line_start + err.column() - 1
}

#[test]
fn valid_documents_read_as_with_serde_json() {
    for &profile in Profile::ALL {
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
    // A data error whose path names a value points at the value.
    let text = edited(|d| d["setting"] = json!("space_station")).to_string();
    let err = from_json::<JobDescription>(&text).unwrap_err();
    assert!(
        text[offset_in(&text, &err)..].starts_with("\"space_station\""),
        "{err:?}"
    );

    let err = job_error(&edited(|d| d["tasks"]["essential"][1] = json!("nope")));
    assert_eq!(err.path(), Some("tasks.essential[1]"));
    assert_eq!(err.message(), "unknown task id `nope`");

    let err = job_error(&edited(|d| {
        d["terms"]["working_time_percent"] = json!("50")
    }));
    assert_eq!(err.path(), Some("terms.working_time_percent"));
    assert_eq!(
        err.message(),
        "invalid type: string \"50\", expected a whole number from 1 to 100"
    );

    let err = job_error(&edited(|d| d["terms"]["overtime"] = json!(true)));
    assert_eq!(err.path(), Some("terms.overtime"));
    assert!(err.message().starts_with("unknown field `overtime`"));
    // The message names the key; the path is not written twice.
    assert!(
        err.to_string()
            .starts_with("terms: unknown field `overtime`, expected one of"),
        "{err}"
    );
}

#[test]
fn a_missing_field_is_named_by_its_path() {
    let text = serde_json::to_string_pretty(&edited(|d| {
        d["terms"]
            .as_object_mut()
            .unwrap()
            .remove("working_time_percent");
    }))
    .unwrap();
    let err = from_json::<JobDescription>(&text).unwrap_err();
    assert_eq!(err.path(), Some("terms.working_time_percent"));
    assert_eq!(err.message(), "missing field `working_time_percent`");
    // Where the object ends, as serde_json says: the field is not there to point at.
    let plain = serde_json::from_str::<JobDescription>(&text).unwrap_err();
    assert_eq!((err.line(), err.column()), (plain.line(), plain.column()));
    assert!(
        err.to_string()
            .starts_with("terms: missing field `working_time_percent` at line")
    );

    let err = job_error(&edited(|d| {
        d.as_object_mut().unwrap().remove("title");
    }));
    assert_eq!(err.path(), Some("title"));
    assert!(
        err.to_string()
            .starts_with("missing field `title` at line 1"),
        "{err}"
    );
}

#[test]
fn the_crates_own_errors_are_not_named_twice() {
    // A rule checked once the document is read: the message names the field, which
    // becomes the path, and the position is the field's value.
    let text = edited(|d| d["tasks"]["optional"] = json!(["uses_own_experience"])).to_string();
    let err = from_json::<JobDescription>(&text).unwrap_err();
    assert_eq!(err.path(), Some("tasks.optional"));
    let at = offset_in(&text, &err);
    assert!(
        text[at..].starts_with("[\"uses_own_experience\"]"),
        "{}",
        &text[at..]
    );
    assert_eq!(
        err.to_string(),
        format!(
            "tasks.optional: task `uses_own_experience` is also essential; a task is one or \
             the other at line 1 column {}",
            at + 1
        )
    );
    // A rule checked on the field itself: path and message agree, written once.
    let err = job_error(&edited(|d| d["format_version"] = json!(3)));
    assert_eq!(err.path(), Some("format_version"));
    assert!(
        err.to_string().starts_with(
            "format_version: this version of peerwork reads format versions 1 and 2, got 3"
        ),
        "{err}"
    );
    assert_eq!(err.to_string().matches("format_version").count(), 1);

    // A roster names the record by position and id; the path leads to the value.
    let worker = |id: &str, language: &str| {
        let mut record = worker(id);
        record["languages"] = json!([language]);
        record
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
fn a_rule_on_one_field_names_the_field() {
    // Regression: these had no path.
    let title = "t".repeat(121);
    let text = edited(|d| d["title"] = json!(title)).to_string();
    let err = from_json::<JobDescription>(&text).unwrap_err();
    assert_eq!(err.path(), Some("title"));
    assert_eq!(err.kind(), JsonErrorKind::Data);
    assert!(text[offset_in(&text, &err)..].starts_with(&format!("\"{title}\"")));
    assert!(
        err.to_string()
            .starts_with("title: must be at most 120 characters, got 121 at line 1")
    );

    // A bank record read alone.
    let mut record = worker("kap-1");
    record["max_working_time_percent"] = json!(0);
    let text = serde_json::to_string_pretty(&record).unwrap();
    let err = from_json::<PeerWorkerRecord>(&text).unwrap_err();
    assert_eq!(err.path(), Some("max_working_time_percent"));
    let at = offset_in(&text, &err);
    assert!(
        text[..at].ends_with("\"max_working_time_percent\": "),
        "{err}"
    );
    assert!(err.line() > 1, "{err}");
    assert_eq!(
        err.to_string().matches("max_working_time_percent").count(),
        1,
        "{err}"
    );
}

#[test]
fn a_rule_across_fields_points_at_the_field_it_names() {
    // Regression: these had no position (line 0).
    for text in [
        edited(|d| d["languages"] = json!(["fi", "fi"])).to_string(),
        serde_json::to_string_pretty(&edited(|d| d["languages"] = json!(["fi", "fi"]))).unwrap(),
    ] {
        let err = from_json::<JobDescription>(&text).unwrap_err();
        assert_eq!(err.path(), Some("languages"));
        assert_ne!(err.line(), 0);
        let at = offset_in(&text, &err);
        assert!(text[..at].trim_end().ends_with("\"languages\":"), "{err}");
        assert!(text[at..].starts_with('['), "{err}");
        assert!(
            err.to_string()
                .starts_with("languages: `fi` is listed more than once at line ")
        );
    }
    let mut record = worker("kap-1");
    record["languages"] = json!(["fi", "fi"]);
    let text = record.to_string();
    let err = from_json::<PeerWorkerRecord>(&text).unwrap_err();
    assert_eq!(err.path(), Some("languages"));
    assert!(
        text[offset_in(&text, &err)..].starts_with("[\"fi\",\"fi\"]"),
        "{err}"
    );

    // In a roster: the record's field, after the record's position and id.
    let mut second = worker("b");
    second["languages"] = json!(["fi", "fi"]);
    let text = json!({"format_version": 1, "workers": [worker("a"), second]}).to_string();
    let err = from_json::<Roster>(&text).unwrap_err();
    assert_eq!(err.path(), Some("workers[1].languages"));
    assert!(
        text[offset_in(&text, &err)..].starts_with("[\"fi\",\"fi\"]"),
        "{err}"
    );
    assert!(
        err.to_string()
            .starts_with("workers[1] (id `b`): languages: `fi` is listed more than once at line"),
        "{err}"
    );
    // Two records with one id: the second record's id.
    let text = json!({"format_version": 1, "workers": [worker("a"), worker("a")]}).to_string();
    let err = from_json::<Roster>(&text).unwrap_err();
    assert_eq!(err.path(), Some("workers[1].id"));
    assert_eq!(offset_in(&text, &err), text.rfind("\"a\"").unwrap());
}

#[test]
fn every_document_read_from_text_has_a_position() {
    let cases: Vec<(String, Read)> = vec![
        (
            edited(|d| d["terms"]["working_time_percent"] = json!(0)).to_string(),
            |t| from_json::<JobDescription>(t).err(),
        ),
        (
            edited(|d| d["requirements"]["desired"]["languages"] = json!(["fi"])).to_string(),
            |t| from_json::<JobDescription>(t).err(),
        ),
        (
            edited(|d| d["working_modes"] = json!([])).to_string(),
            |t| from_json::<JobDescription>(t).err(),
        ),
        (
            edited(|d| d["tasks"]["optional"] = json!(["listens_to_clients"])).to_string(),
            |t| from_json::<JobDescription>(t).err(),
        ),
        (
            r#"["listens_to_clients","listens_to_clients"]"#.to_owned(),
            |t| from_json::<TaskSet>(t).err(),
        ),
        (
            r#"{"settled":["needs_mapped","needs_mapped"]}"#.to_owned(),
            |t| from_json::<Readiness>(t).err(),
        ),
    ];
    for (text, read) in cases {
        let err = read(&text).unwrap_or_else(|| panic!("accepted: {text}"));
        assert!(err.line() > 0 && err.column() > 0, "{err:?}");
        assert!(err.to_string().contains(" at line "), "{err}");
    }
}

#[test]
fn a_withheld_background_keeps_its_path_and_stays_withheld() {
    let record = json!({"id": "kap-7", "tasks": ["listens_to_clients"],
        "experience_backgrounds": ["criminal_record"], "forms_of_work": ["volunteer"],
        "max_working_time_percent": 20, "languages": ["fi"], "service_area": "nationwide",
        "availability": []});
    let err = from_json::<PeerWorkerRecord>(&record.to_string()).unwrap_err();
    // The list is refused once read: the path is the field.
    assert_eq!(err.path(), Some("experience_backgrounds"));
    let text = err.to_string();
    assert!(text.starts_with("experience_backgrounds: "), "{text}");
    assert_eq!(text.matches("experience_backgrounds").count(), 1, "{text}");
    assert!(!text.contains("criminal"), "{text}");
    // Refused at its first entry, before the list ends: the path is the entry.
    let mut record = record;
    record["experience_backgrounds"] = json!(["criminal_record", "homelessness"]);
    let err = from_json::<PeerWorkerRecord>(&record.to_string()).unwrap_err();
    assert_eq!(err.path(), Some("experience_backgrounds[0]"));
    let text = err.to_string();
    assert!(text.starts_with("experience_backgrounds: "), "{text}");
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
fn a_string_a_bank_record_cannot_read_is_a_syntax_error() {
    // Regression: a record puts its field before the errors it meets, which made
    // serde_json call these data errors.
    let record = worker("kap-1").to_string();
    let roster = |record: &str| format!(r#"{{"format_version":1,"workers":[{record}]}}"#);
    for (from, to, path) in [
        ("kap-1", "kap\n1", "id"),
        ("kap-1", "kap\\ud8001", "id"),
        ("kap-1", "kap\\udc00", "id"),
        ("\"fi\"", "\"\\ud800\"", "languages[0]"),
        ("nationwide", "nation\twide", "service_area"),
    ] {
        let record = record.replacen(from, to, 1);
        let err = from_json::<PeerWorkerRecord>(&record).unwrap_err();
        assert_eq!(err.kind(), JsonErrorKind::Syntax, "{record}: {err}");
        assert_eq!(err.path(), Some(path), "{err}");
        let err = from_json::<Roster>(&roster(&record)).unwrap_err();
        assert_eq!(err.kind(), JsonErrorKind::Syntax, "{record}: {err}");
        assert_eq!(
            err.path(),
            Some(format!("workers[0].{path}").as_str()),
            "{err}"
        );
    }
    // Bytes that are not UTF-8, in a string the record reads.
    let bytes = roster(&record)
        .replacen("kap-1", "kap\u{1}", 1)
        .replacen('\u{1}', "\u{ff}", 1);
    let mut bytes = bytes.into_bytes();
    let at = bytes.iter().position(|&b| b == 0xC3).unwrap();
    bytes.remove(at);
    let err = from_json_slice::<Roster>(&bytes).unwrap_err();
    assert_eq!(err.kind(), JsonErrorKind::Syntax, "{err}");
    assert_eq!(err.path(), Some("workers[0].id"), "{err}");

    // The same strings under a key a roster's record skips, before its id, are not read:
    // the record is refused for the key, a data error.
    for notes in [r#""\ud800""#, r#"["\udc00", {"a": "\ud800"}]"#] {
        let text = roster(&record.replacen('{', &format!(r#"{{"notes":{notes},"#), 1));
        let err = from_json::<Roster>(&text).unwrap_err();
        assert_eq!(err.kind(), JsonErrorKind::Data, "{text}: {err}");
        assert_eq!(err.path(), Some("workers[0].notes"), "{err}");
        assert!(text[offset_in(&text, &err)..].starts_with(notes), "{err}");
    }
}

#[test]
fn a_key_that_cannot_be_read_has_no_path() {
    let err = from_json::<JobDescription>(r#"{"format_version": 1, "title": "x", "#).unwrap_err();
    assert_eq!(err.kind(), JsonErrorKind::Eof);
    assert_eq!(err.path(), None, "{err}");
    assert!(!err.to_string().starts_with('?'), "{err}");
    // Regression: this was `terms.?`.
    let err = from_json::<JobDescription>(r#"{"format_version": 1, "terms": {"#).unwrap_err();
    assert_eq!(err.kind(), JsonErrorKind::Eof);
    assert_eq!(err.path(), Some("terms"), "{err}");
}

#[test]
fn a_text_that_ends_right_after_a_refused_value_ends_early() {
    // serde_json refuses the value before it looks further; the text ends there, so the
    // document is cut short whatever the value.
    let text = r#"{"format_version": 3"#;
    let plain = serde_json::from_str::<JobDescription>(text).unwrap_err();
    assert_eq!(plain.classify(), serde_json::error::Category::Data);
    let err = from_json::<JobDescription>(text).unwrap_err();
    assert_eq!(err.kind(), JsonErrorKind::Eof);
    assert_eq!((err.line(), err.column()), (plain.line(), plain.column()));
    assert_eq!(err.path(), Some("format_version"));
}

#[test]
fn a_document_cut_anywhere_ends_early_and_has_no_unknown_step() {
    for text in [
        pilot_json().to_string(),
        serde_json::to_string_pretty(&pilot_json()).unwrap(),
        json!({"format_version": 1, "workers": [worker("a"), worker("b")]}).to_string(),
    ] {
        let roster = text.contains("workers");
        for cut in (0..text.len()).filter(|&cut| text.is_char_boundary(cut)) {
            let err = if roster {
                from_json::<Roster>(&text[..cut]).unwrap_err()
            } else {
                from_json::<JobDescription>(&text[..cut]).unwrap_err()
            };
            assert_eq!(err.kind(), JsonErrorKind::Eof, "cut at {cut}: {err}");
            let path = err.path().unwrap_or_default();
            assert!(!path.contains('?'), "cut at {cut}: {err}");
            // Every key of the path is in what is left of the text.
            for key in path
                .split('.')
                .map(|step| step.split('[').next().unwrap())
                .filter(|key| !key.is_empty())
            {
                assert!(
                    text[..cut].contains(&format!("\"{key}\"")),
                    "cut at {cut}: {err}"
                );
            }
        }
    }
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

/// The byte offset of a line and column in `bytes`.
fn byte_offset(bytes: &[u8], line: usize, column: usize) -> usize {
    let line_start: usize = bytes
        .split(|&b| b == b'\n')
        .take(line - 1)
        .map(|line| line.len() + 1)
        .sum();
    line_start + column
}

#[test]
fn the_kind_is_serde_jsons_for_documents_that_report_errors_as_they_come() {
    // A job description passes serde_json's errors on unchanged, so its kind is the
    // right one: the scanner must find a fault exactly where serde_json does, and none
    // where serde_json finds none. Every document here is the pilot post, pretty or
    // compact, with a few bytes changed, inserted or removed, and some cut short.
    let compact = pilot_json().to_string().into_bytes();
    let pretty = serde_json::to_vec_pretty(&pilot_json()).unwrap();
    let alphabet = b"{}[]:,\"\\ \n\t0123456789-+.eEtrufalsn\x01\x7f\xc3\xa4\xffux";
    let mut random = util::SplitMix64(7);
    let mut kinds = [0_usize; 3];
    for n in 0..4_000 {
        let mut bytes = if n % 2 == 0 {
            compact.clone()
        } else {
            pretty.clone()
        };
        for _ in 0..=(random.next_u64() % 3) {
            let at = (random.next_u64() % (bytes.len() as u64 + 1)) as usize;
            let byte = alphabet[(random.next_u64() % alphabet.len() as u64) as usize];
            match random.next_u64() % 3 {
                0 if at < bytes.len() => bytes[at] = byte,
                1 if at < bytes.len() => {
                    bytes.remove(at);
                }
                _ => bytes.insert(at, byte),
            }
        }
        if n % 5 == 0 {
            bytes.truncate((random.next_u64() % bytes.len() as u64) as usize);
        }
        let Err(plain) = serde_json::from_slice::<JobDescription>(&bytes) else {
            continue;
        };
        let err = from_json_slice::<JobDescription>(&bytes).unwrap_err();
        let text = String::from_utf8_lossy(&bytes);
        let kind = match plain.classify() {
            serde_json::error::Category::Syntax => JsonErrorKind::Syntax,
            serde_json::error::Category::Eof => JsonErrorKind::Eof,
            _ => JsonErrorKind::Data,
        };
        // A data error raised on the last value of a text that ends there is one the
        // text could not have avoided: it ends early.
        let ends_early = plain.line() != 0
            && byte_offset(&bytes, plain.line(), plain.column()) == bytes.len()
            && err.kind() == JsonErrorKind::Eof;
        assert!(err.kind() == kind || ends_early, "{err} / {plain}\n{text}");
        assert!(err.message().len() <= MAX_MESSAGE_BYTES);
        assert!(err.path().is_none_or(|path| path.len() <= MAX_PATH_BYTES));
        if err.kind() == JsonErrorKind::Data {
            assert_ne!(err.line(), 0, "{err}\n{text}");
        } else {
            assert_eq!((err.line(), err.column()), (plain.line(), plain.column()));
        }
        kinds[kind as usize] += 1;
    }
    // The changes reach every kind.
    assert!(kinds.iter().all(|&count| count > 100), "{kinds:?}");
}

#[test]
fn keys_before_the_format_version_keep_their_path() {
    // serde_json's `Value` writes keys sorted, so `employer` comes before
    // `format_version`: it is buffered, read once the version is known, and its errors
    // are led by its key; what follows the version is read straight from the input.
    let text = edited(|d| d["employer"]["unit"]["sv"] = json!("Navigatorn\nrad två")).to_string();
    assert!(text.starts_with(r#"{"employer""#), "{text}");
    let err = from_json::<JobDescription>(&text).unwrap_err();
    assert_eq!(err.path(), Some("employer.unit.sv"), "{err}");
    assert!(
        err.message().contains("must be one line"),
        "{}",
        err.message()
    );
    let err = job_error(&edited(|d| d["employer"]["boss"] = json!("x")));
    assert_eq!(err.path(), Some("employer.boss"), "{err}");
    assert!(
        err.to_string()
            .starts_with("employer: unknown field `boss`, expected one of"),
        "{err}"
    );

    let text = edited(|d| d["terms"]["contract"]["kind"] = json!("forever")).to_string();
    let err = from_json::<JobDescription>(&text).unwrap_err();
    assert_eq!(err.path(), Some("terms.contract.kind"), "{err}");
    assert!(
        text[offset_in(&text, &err)..].starts_with("\"forever\""),
        "{err}"
    );
}
