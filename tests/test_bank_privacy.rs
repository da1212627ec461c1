//! The peer-worker bank and special-category data: a person's experience backgrounds
//! are never repeated by an error about them, by a record's or a roster's Debug, or by
//! anything a match returns (Debug, Display, serialized), whatever the post requires or
//! would like. Only `Bank::disclose_experience_backgrounds` returns them.
#![cfg(feature = "json")]

#[path = "util/bank.rs"]
mod bank;

use peerwork::{
    ExperienceBackground, FormOfWork, Language, PeerWorkerRecord, Profile, Reason, RecordError,
    Roster, Task, from_json,
};

use bank::{
    assert_starts, assert_withholds_backgrounds, autumn, bank_of, build, caretaker_job, fit,
    malformed_backgrounds, plain_post, record_err, record_json, roster_err, roster_json,
};

use ExperienceBackground::{
    CloseRelative, CriminalBackground, Homelessness, MentalHealth, Substances,
};

// ---------------------------------------------------------------------------------
// Sensitive data: errors about experience backgrounds withhold the value

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
        // `from_json` points at the list, or at an entry by its index, never below.
        let err = from_json::<PeerWorkerRecord>(&input).unwrap_err();
        let path = err.path().unwrap();
        let below = path.strip_prefix("experience_backgrounds").unwrap();
        let index = below.strip_prefix('[').and_then(|i| i.strip_suffix(']'));
        assert!(
            below.is_empty() || index.is_some_and(|i| i.parse::<usize>().is_ok()),
            "{path}"
        );
        assert_withholds_backgrounds(&err.to_string(), &input);
    }
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
        let err = record_err(&record);
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
        let err = record_err(input);
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
            let err = from_json::<Roster>(&input).unwrap_err();
            assert!(
                err.path()
                    .unwrap()
                    .starts_with("workers[1].experience_backgrounds"),
                "{err}"
            );
            assert_withholds_backgrounds(&err.to_string(), &input);
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

// ---------------------------------------------------------------------------------
// Matches

/// Every background a person can have.
const EVERY: [ExperienceBackground; 5] = [
    MentalHealth,
    CloseRelative,
    Substances,
    CriminalBackground,
    Homelessness,
];

/// Everything a match returns, for people and for machines.
fn everything_shown(matches: &peerwork::Matches) -> Vec<String> {
    let mut shown = vec![
        serde_json::to_string(matches).unwrap(),
        format!("{matches:?}"),
        format!("{matches:#?}"),
        matches.to_string(),
        format!("{:?}", matches.near_misses()),
        matches.near_misses().to_string(),
    ];
    for candidate in matches.candidates() {
        shown.push(candidate.to_string());
        shown.push(format!("{candidate:?}"));
        shown.push(serde_json::to_string(candidate).unwrap());
        shown.push(format!("{:?}", candidate.score()));
        for reason in candidate.reasons() {
            shown.push(reason.to_string());
        }
    }
    shown
}

#[track_caller]
fn assert_shows_no_backgrounds(matches: &peerwork::Matches) {
    for text in everything_shown(matches) {
        assert_withholds_backgrounds(&text, "the workers' records");
        // Nor their labels, in any language ("mental-health challenges", "päihteet", …).
        for background in EVERY {
            for language in Language::ALL {
                let label = peerwork::Vocabulary::label_in(background, *language);
                assert!(!text.contains(label), "{label} shown in {text}");
            }
        }
    }
}

#[test]
fn summaries_never_show_experience_backgrounds() {
    let worker = build(fit("kap-9").experience_backgrounds([
        Homelessness,
        Substances,
        CriminalBackground,
        MentalHealth,
    ]));
    let bank = bank_of(std::slice::from_ref(&worker));
    let job = plain_post(Profile::Caretaker)
        .required_backgrounds([Homelessness, Substances])
        .build()
        .unwrap();
    let matches = bank.match_job(&job, autumn(), 10);
    assert_eq!(matches.candidates().len(), 1);
    assert_shows_no_backgrounds(&matches);
    let worker_shown = format!("{worker:?}");
    assert_withholds_backgrounds(&worker_shown, "the record");
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
    // Candidates and near misses of every kind, each with backgrounds.
    let records = [
        build(fit("a").experience_backgrounds(EVERY)),
        build(fit("b").experience_backgrounds([Homelessness, Substances, MentalHealth])),
        build(fit("c").experience_backgrounds([Homelessness])),
        build(
            fit("d")
                .experience_backgrounds(EVERY)
                .tasks(Profile::Caretaker.tasks() - Task::ProducesLearningMaterials),
        ),
        build(
            fit("e")
                .experience_backgrounds(EVERY)
                .max_working_time_percent(20),
        ),
        build(
            fit("f")
                .experience_backgrounds(EVERY)
                .languages([Language::English]),
        ),
        build(
            fit("g")
                .experience_backgrounds(EVERY)
                .municipalities([peerwork::Municipality::ESPOO]),
        ),
        build(
            fit("h")
                .experience_backgrounds(EVERY)
                .forms_of_work([FormOfWork::Volunteer]),
        ),
        build(fit("i").experience_backgrounds([Substances])),
    ];
    let bank = bank_of(&records);
    let job = plain_post(Profile::Caretaker)
        .required_backgrounds([Homelessness])
        .build()
        .unwrap();
    let matches = bank.match_job(&job, autumn(), 10);
    assert_eq!(matches.eligible(), 3);
    assert_eq!(matches.near_misses().total(), 6);
    let text = matches.to_string();
    assert!(
        text.contains("1. a") && text.contains("2. b") && text.contains("3. c"),
        "{text}"
    );
    assert!(text.contains("producing learning materials: 1"), "{text}");
    assert_shows_no_backgrounds(&matches);
}

/// Whatever a post requires or would like of a person's backgrounds, a match says only
/// whether the requirement is met and how many wishes are (backgrounds, training and
/// languages counted together), never which backgrounds a person has.
#[test]
fn matches_never_hold_backgrounds_whatever_the_post_asks() {
    let records: Vec<PeerWorkerRecord> = EVERY
        .iter()
        .enumerate()
        .map(|(i, &background)| {
            // Each background alone, and with homelessness.
            let with = [background, Homelessness].into_iter().take(1 + i % 2);
            build(fit(&format!("w{i}")).experience_backgrounds(with))
        })
        .chain([
            build(fit("all").experience_backgrounds(EVERY)),
            build(fit("none").experience_backgrounds([])),
        ])
        .collect();
    let bank = bank_of(&records);
    let posts = [
        caretaker_job(),
        plain_post(Profile::Caretaker).build().unwrap(),
        plain_post(Profile::Caretaker)
            .required_backgrounds([Homelessness])
            .desired_backgrounds([MentalHealth, CriminalBackground])
            .build()
            .unwrap(),
        plain_post(Profile::Caretaker)
            .desired_backgrounds(EVERY)
            .build()
            .unwrap(),
        plain_post(Profile::Caretaker)
            .required_backgrounds(EVERY)
            .build()
            .unwrap(),
    ];
    for job in &posts {
        let matches = bank.match_job(job, autumn(), usize::MAX);
        assert!(!matches.candidates().is_empty());
        assert_shows_no_backgrounds(&matches);
    }
}

#[test]
fn backgrounds_a_post_would_like_neither_rank_nor_count() {
    // Two workers alike but for a background the post would like: the same score, and
    // the order of their ids, whichever has it — a rank would tell who has it.
    let job = plain_post(Profile::Caretaker)
        .desired_backgrounds([Homelessness])
        .build()
        .unwrap();
    for (with, without) in [("a", "b"), ("b", "a")] {
        let bank = bank_of(&[
            build(fit(with).experience_backgrounds([Homelessness])),
            build(fit(without).experience_backgrounds([Substances])),
        ]);
        let matches = bank.match_job(&job, autumn(), 10);
        let ranked: Vec<&str> = matches.candidates().iter().map(|c| c.id()).collect();
        assert_eq!(ranked, ["a", "b"]);
        let scores: Vec<_> = matches.candidates().iter().map(|c| *c.score()).collect();
        assert_eq!(scores[0].desired_met, scores[1].desired_met);
        assert_eq!(scores[0].desired_total, 0);
    }
}
