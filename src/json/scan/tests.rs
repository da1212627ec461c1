//! Tests of the scanner and of finding values by path.

use super::*;
use crate::json::text::write_path;

fn at(text: &str, stop: usize) -> (String, Option<Broken>) {
    let spot = spot(text.as_bytes(), stop);
    let segs: Vec<Seg<'_>> = spot.steps.iter().map(|step| step.seg).collect();
    let mut path = String::new();
    write_path(&segs, &mut path).unwrap();
    (path, spot.broken)
}

#[test]
fn the_path_is_the_innermost_value_at_the_offset() {
    let doc = r#"{"a": {"b": [1, {"c": "x"}, 3]}, "d": 4}"#;
    let find = |needle: &str| doc.find(needle).unwrap();
    // Right after a value: that value.
    assert_eq!(at(doc, find("\"x\"") + 3).0, "a.b[1].c");
    assert_eq!(at(doc, find("1,") + 1).0, "a.b[0]");
    // Right after an object: the object.
    assert_eq!(at(doc, find("}, 3") + 1).0, "a.b[1]");
    // After a key: its value.
    assert_eq!(at(doc, find("\"c\"") + 3).0, "a.b[1].c");
    // Before a value: the value to come.
    assert_eq!(at(doc, find("\"d\": ") + 5).0, "d");
    assert_eq!(at(doc, find(", 3") + 1).0, "a.b[2]");
    // After `{` or `,` in an object: the object.
    assert_eq!(at(doc, find("{\"c\"") + 1).0, "a.b[1]");
    assert_eq!(at(doc, doc.len()).0, "");
    assert_eq!(at(doc, doc.len()).1, None);
}

#[test]
fn faults_are_found_as_serde_json_finds_them() {
    for (text, broken) in [
        ("{\"a\": }", Some(Broken::Syntax)),
        ("{\"a\": 1", Some(Broken::Eof)),
        ("[01]", Some(Broken::Syntax)),
        ("[1.]", Some(Broken::Syntax)),
        ("[-1.5e+3, 0, -0.0E1]", None),
        ("[1,]", Some(Broken::Syntax)),
        ("{\"a\":1,}", Some(Broken::Syntax)),
        ("nul!", Some(Broken::Syntax)),
        ("\"a\nb\"", Some(Broken::Syntax)),
        ("\"\\x\"", Some(Broken::Syntax)),
        ("\"\\u12g4\"", Some(Broken::Syntax)),
        ("\"\\ud800\"", Some(Broken::Syntax)),
        ("\"\\ud83d\\ude00\"", None),
        ("1e400", Some(Broken::Syntax)),
        ("1e300", None),
        ("[1] x", Some(Broken::Syntax)),
        ("\u{feff}1", Some(Broken::Syntax)),
        ("", Some(Broken::Eof)),
        ("  ", Some(Broken::Eof)),
        ("[", Some(Broken::Eof)),
        ("[1}", Some(Broken::Syntax)),
        ("{\"a\" 1}", Some(Broken::Syntax)),
        ("{1:1}", Some(Broken::Syntax)),
    ] {
        assert_eq!(at(text, text.len()).1, broken, "{text:?}");
    }
    // A lone surrogate before the offset, in a string serde_json skipped, is none
    // of the fault's business.
    let text = r#"["\ud800", 1]"#;
    assert_eq!(at(text, text.len()).1, None);
    assert_eq!(at(text, 9).1, Some(Broken::Syntax));
    assert_eq!(at(text, 10).1, None);
}

#[test]
fn deep_values_are_skipped_whole() {
    let deep = format!(
        "{{\"a\": {}{}, \"b\": 1}}",
        "[".repeat(500),
        "]".repeat(500)
    );
    let end = deep.len();
    assert_eq!(at(&deep, end - 2), ("b".to_owned(), None));
    let (path, broken) = at(&deep, 300);
    assert!(path.starts_with("a[0][0]"), "{path}");
    assert_eq!(broken, None);
    assert!(spot(deep.as_bytes(), 300).deeper);
}

#[test]
fn members_are_found_by_path() {
    let doc = br#"{"a": {"x": [1, 2], "b\u0021": [10, {"c": null}]}}"#;
    let path = [
        Seg::Key(Key::Text("a")),
        Seg::Key(Key::Text("b!")),
        Seg::Index(1),
        Seg::Key(Key::Text("c")),
    ];
    let (start, found) = find(doc, 0, &path);
    assert_eq!(found, 4);
    assert_eq!(doc.get(start..start + 4), Some(&b"null"[..]));
    let (_, found) = find(
        doc,
        0,
        &[Seg::Key(Key::Text("a")), Seg::Key(Key::Text("y"))],
    );
    assert_eq!(found, 1);
}
