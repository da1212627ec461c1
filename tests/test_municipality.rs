//! Municipalities: the committed table in `src/municipality/table.rs` is the one
//! generated from `data/municipalities.json`, the data holds together, and reading a
//! municipality by code or by name works for every one of them.
//!
//! To regenerate the table after the data changes:
//! `UPDATE_TABLES=1 cargo test --test test_municipality`.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::Path;

use peerwork::{Language, Municipality};
use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The municipalities of the data file: code, Finnish name, Swedish name.
fn data() -> Vec<(String, String, String)> {
    let text = std::fs::read_to_string(root().join("data/municipalities.json")).unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    doc["municipalities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let field = |key: &str| m[key].as_str().unwrap().to_owned();
            (field("code"), field("fi"), field("sv"))
        })
        .collect()
}

/// A Rust string literal of `text`.
fn literal(text: &str) -> String {
    format!("{text:?}")
}

/// The table's source, as the generator writes it.
fn generated() -> String {
    let mut out = String::from(
        "// Generated from data/municipalities.json by `UPDATE_TABLES=1 cargo test --test test_municipality`;\n\
         // do not edit by hand.\n\
         \n\
         /// Statistics Finland's municipalities (classification of 1.1.2026): code, Finnish name,\n\
         /// Swedish name, as published.\n\
         pub(super) const TABLE: &[(&str, &str, &str)] = &[\n",
    );
    for (code, fi, sv) in data() {
        writeln!(
            out,
            "    ({}, {}, {}),",
            literal(&code),
            literal(&fi),
            literal(&sv)
        )
        .unwrap();
    }
    out.push_str("];\n");
    out
}

#[test]
fn the_committed_table_is_the_generated_one() {
    let path = root().join("src/municipality/table.rs");
    let want = generated();
    if std::env::var_os("UPDATE_TABLES").is_some() {
        std::fs::write(&path, &want).unwrap();
    }
    let have = std::fs::read_to_string(&path).unwrap();
    assert!(
        have == want,
        "src/municipality/table.rs is stale: run `UPDATE_TABLES=1 cargo test --test test_municipality`"
    );
}

#[test]
fn the_data_holds_together() {
    let data = data();
    assert_eq!(
        data.len(),
        308,
        "the classification of 2026 has 308 municipalities"
    );
    let mut codes = HashSet::new();
    let mut previous = String::new();
    for (code, fi, sv) in &data {
        assert!(
            code.len() == 3 && code.bytes().all(|b| b.is_ascii_digit()),
            "code {code:?}"
        );
        assert!(*code > previous, "codes in order: {previous} then {code}");
        previous.clone_from(code);
        assert!(codes.insert(code.clone()));
        for name in [fi, sv] {
            assert!(!name.is_empty() && name.trim() == name, "{code}: {name:?}");
        }
    }
    // Spot checks against the classification.
    let find = |code: &str| data.iter().find(|(c, _, _)| c == code).unwrap().clone();
    assert_eq!(find("092"), ("092".into(), "Vantaa".into(), "Vanda".into()));
    assert_eq!(
        find("091"),
        ("091".into(), "Helsinki".into(), "Helsingfors".into())
    );
    assert_eq!(find("245"), ("245".into(), "Kerava".into(), "Kervo".into()));
}

#[test]
fn every_municipality_reads_by_code_and_by_each_name() {
    let all: Vec<Municipality> = Municipality::all().collect();
    assert_eq!(all.len(), 308);
    for m in all {
        assert_eq!(Municipality::from_code(m.code()).unwrap(), m);
        for language in [Language::Finnish, Language::Swedish] {
            let name = m.name(language);
            let read: Municipality = name.parse().unwrap();
            // A name two municipalities share would read to the first; none do.
            assert_eq!(read, m, "{name}");
            assert_eq!(name.to_uppercase().parse::<Municipality>().unwrap(), m);
        }
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, format!("\"{}\"", m.code()));
        assert_eq!(serde_json::from_str::<Municipality>(&json).unwrap(), m);
    }
}

#[test]
fn names_compare_in_one_normal_form() {
    // "Järvenpää" composed (NFC) and decomposed (NFD) is one name.
    let nfc = "J\u{e4}rvenp\u{e4}\u{e4}";
    let nfd = "Ja\u{308}rvenpa\u{308}a\u{308}";
    assert_ne!(nfc, nfd);
    assert_eq!(
        nfc.parse::<Municipality>().unwrap(),
        nfd.parse::<Municipality>().unwrap()
    );
    assert_eq!(
        " vantaa ".parse::<Municipality>().unwrap(),
        Municipality::VANTAA
    );
    // The everyday forms of two official names.
    assert_eq!(
        "Maarianhamina".parse::<Municipality>().unwrap().code(),
        "478"
    );
    assert_eq!("Pedersöre".parse::<Municipality>().unwrap().code(), "599");
}

#[test]
fn an_unknown_name_is_refused_with_the_nearest_names() {
    let err = "Vantta".parse::<Municipality>().unwrap_err();
    assert_eq!(err.value(), "Vantta");
    assert_eq!(err.suggestions(), [Municipality::VANTAA]);
    let err = "".parse::<Municipality>().unwrap_err();
    assert!(err.suggestions().is_empty());
    assert!("999".parse::<Municipality>().is_err());
    // Quoted as every error of the crate: bounded, control characters escaped.
    let long = format!("{}\n", "x".repeat(10_000));
    let message = long.parse::<Municipality>().unwrap_err().to_string();
    assert!(message.len() < 400, "{}", message.len());
    assert!(!message.contains('\n'));
}
