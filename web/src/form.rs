//! [`Form`]: a draft as the form holds it, field by field, complete or not.
//!
//! The fields are named by their path in the job-description document
//! (`title.fi`, `terms.working_time_percent`, `tasks.own[0].label.sv`), and the posting
//! details' under `details.` (`details.valid_through`), so an error of the library,
//! which names its field by that path, finds its place in the form.

use std::collections::HashMap;

use serde::ser::SerializeMap as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::form_table::Table;

/// The most distinct fields a form may hold; a real one holds a few hundred.
pub(crate) const MAX_FIELDS: usize = 2_000;

/// The most values one field may hold (the checkboxes of one group).
pub(crate) const MAX_VALUES: usize = 64;

/// The names of the fields of a request that are not part of the draft.
const NOT_DRAFT: &[&str] = &["csrf", "action"];

/// A draft as the form holds it: each field's values, in the order given. Stored as a
/// JSON object with its names in order.
#[derive(Clone, Default)]
pub(crate) struct Form(Table);

impl core::fmt::Debug for Form {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_list().entries(self.pairs()).finish()
    }
}

impl PartialEq for Form {
    fn eq(&self, other: &Self) -> bool {
        self.pairs().eq(other.pairs())
    }
}

impl Eq for Form {}

impl Serialize for Form {
    /// `{"name": ["value", …], …}`, the names in order.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for (name, values) in self.0.by_name() {
            map.serialize_entry(name, &values)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Form {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map = HashMap::<String, Vec<String>>::deserialize(deserializer)?;
        let mut text = String::new();
        let mut pairs = Vec::new();
        for (name, values) in &map {
            for value in values {
                let start = text.len();
                text.push_str(name);
                let middle = text.len();
                text.push_str(value);
                pairs.push((start..middle, middle..text.len()));
            }
        }
        Ok(Self(Table::from_parts(text, &pairs)))
    }
}

fn hex(digit: u8) -> Option<u8> {
    char::from(digit)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}

/// Appends `raw` to `out` with `+` as a space and `%XX` as its byte, read as UTF-8
/// (U+FFFD where it is not); a `%` without two hex digits stays as it is. `bytes` is a
/// buffer to reuse.
fn decode_into(text: &str, out: &mut String, bytes: &mut Vec<u8>) {
    let raw = text.as_bytes();
    let mut specials = memchr::memchr2_iter(b'+', b'%', raw).peekable();
    if specials.peek().is_none() {
        // Nothing to decode.
        out.push_str(text);
        return;
    }
    bytes.clear();
    // Copy the plain runs between `+` and `%` at once.
    let mut plain = 0_usize;
    for at in specials {
        if at < plain {
            // A `%` that was the first digit of an escape is no new escape.
            continue;
        }
        bytes.extend_from_slice(raw.get(plain..at).unwrap_or_default());
        let next = at.saturating_add(1);
        plain = next;
        if raw.get(at) == Some(&b'+') {
            bytes.push(b' ');
        } else if let (Some(high), Some(low)) = (
            raw.get(next).copied().and_then(hex),
            raw.get(next.saturating_add(1)).copied().and_then(hex),
        ) {
            bytes.push(high.wrapping_mul(16).wrapping_add(low));
            plain = next.saturating_add(2);
        } else {
            bytes.push(b'%');
        }
    }
    bytes.extend_from_slice(raw.get(plain..).unwrap_or_default());
    match core::str::from_utf8(bytes) {
        Ok(decoded) => out.push_str(decoded),
        Err(_) => out.push_str(&String::from_utf8_lossy(bytes)),
    }
}

/// `raw` decoded as by [`decode_into`].
#[cfg(test)]
fn decode(raw: &[u8]) -> String {
    let mut out = String::new();
    decode_into(&String::from_utf8_lossy(raw), &mut out, &mut Vec::new());
    out
}

/// A form body with more fields or values than a form of the builder has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TooManyFields;

impl Form {
    /// Reads a form body (`application/x-www-form-urlencoded`; bytes that are not
    /// UTF-8 read as U+FFFD), leaving out the action and empty fields; the CSRF token it
    /// sent comes apart.
    pub(crate) fn from_urlencoded(body: &[u8]) -> Result<(Self, String), TooManyFields> {
        // A browser sends ASCII; other bytes that are not UTF-8 read as U+FFFD.
        match core::str::from_utf8(body) {
            Ok(body) => Self::from_urlencoded_str(body),
            Err(_) => Self::from_urlencoded_str(&String::from_utf8_lossy(body)),
        }
    }

    fn from_urlencoded_str(body: &str) -> Result<(Self, String), TooManyFields> {
        let mut text = String::with_capacity(body.len());
        let mut pairs = Vec::with_capacity(
            memchr::memchr_iter(b'&', body.as_bytes())
                .count()
                .saturating_add(1),
        );
        let mut token = String::new();
        let mut bytes = Vec::new();
        let mut start = 0_usize;
        let ends = memchr::memchr_iter(b'&', body.as_bytes()).chain(core::iter::once(body.len()));
        for end in ends {
            // `&` and `=` are ASCII: the cuts fall between characters.
            let pair = body.get(start..end).unwrap_or_default();
            start = end.saturating_add(1);
            let (name, value) = match memchr::memchr(b'=', pair.as_bytes()) {
                Some(at) => (
                    pair.get(..at).unwrap_or_default(),
                    pair.get(at.saturating_add(1)..).unwrap_or_default(),
                ),
                None => (pair, ""),
            };
            // An empty field reads as an absent one: keep neither.
            if value.is_empty() || name.is_empty() {
                continue;
            }
            let mark = text.len();
            decode_into(name, &mut text, &mut bytes);
            let middle = text.len();
            decode_into(value, &mut text, &mut bytes);
            let name = text.get(mark..middle).unwrap_or_default();
            let value = text.get(middle..).unwrap_or_default();
            if name == "csrf" {
                value.clone_into(&mut token);
                text.truncate(mark);
            } else if value.trim().is_empty() || NOT_DRAFT.contains(&name) {
                text.truncate(mark);
            } else {
                pairs.push((mark..middle, middle..text.len()));
            }
        }
        let table = Table::from_parts(text, &pairs);
        // Bounds: distinct names, and values of one name.
        let mut names = 0_usize;
        for count in table.counts() {
            names = names.saturating_add(1);
            if count > MAX_VALUES || names > MAX_FIELDS {
                return Err(TooManyFields);
            }
        }
        Ok((Self(table), token))
    }

    /// The fields whose name starts with `prefix`.
    fn starting_with<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (&'a str, &'a str)> {
        self.0
            .iter()
            .filter(move |(name, _)| name.starts_with(prefix))
    }

    /// Every field and value, in the order of the names.
    pub(crate) fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0
            .by_name()
            .into_iter()
            .flat_map(|(name, values)| values.into_iter().map(move |value| (name, value)))
    }

    /// Reads a form saved as JSON; an unreadable one is an empty form.
    pub(crate) fn from_json(json: &str) -> Self {
        serde_json::from_str(json).unwrap_or_default()
    }

    /// The form as JSON, for the database.
    pub(crate) fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".to_owned())
    }

    /// The first value of `name`, trimmed; `""` when absent.
    pub(crate) fn get(&self, name: &str) -> &str {
        self.all(name).next().map_or("", str::trim)
    }

    /// The first value of `name`, trimmed, when it holds something.
    pub(crate) fn value(&self, name: &str) -> Option<&str> {
        Some(self.get(name)).filter(|value| !value.is_empty())
    }

    /// The first value of `base.suffix`, trimmed, when it holds something; the name is
    /// put together without allocating.
    pub(crate) fn value_at(&self, base: &str, suffix: &str) -> Option<&str> {
        let mut buffer = [0_u8; 128];
        let parts = [base.as_bytes(), b".", suffix.as_bytes()];
        let mut at = 0_usize;
        for part in parts {
            let end = at.checked_add(part.len())?;
            buffer.get_mut(at..end)?.copy_from_slice(part);
            at = end;
        }
        let first = self.0.values(buffer.get(..at)?).next()?;
        Some(first.trim()).filter(|value| !value.is_empty())
    }

    /// Takes `name` out of the form: its first value.
    pub(crate) fn take(&mut self, name: &str) -> Option<String> {
        self.0.take(name)
    }

    /// Every value of `name`.
    pub(crate) fn all(&self, name: &str) -> impl Iterator<Item = &str> {
        self.0.values(name.as_bytes())
    }

    /// Whether `name` holds `value` (a checkbox of a group is ticked).
    pub(crate) fn has(&self, name: &str, value: &str) -> bool {
        self.all(name).any(|v| v == value)
    }

    /// Whether the checkbox `name` is ticked.
    pub(crate) fn checked(&self, name: &str) -> bool {
        self.has(name, "on")
    }

    /// Sets `name` to `value`, replacing what it held.
    pub(crate) fn set(&mut self, name: impl AsRef<str>, value: impl AsRef<str>) {
        self.0.set(name.as_ref(), value.as_ref());
    }

    /// Adds `value` to `name`.
    pub(crate) fn push(&mut self, name: impl AsRef<str>, value: impl AsRef<str>) {
        self.0.push(name.as_ref(), value.as_ref());
    }

    /// How many rows of the list `prefix` (`tasks.own`, `terms.assignments`) the form
    /// holds: one more than the highest index given, at most `max`.
    pub(crate) fn rows(&self, prefix: &str, max: usize) -> usize {
        self.starting_with(prefix)
            .filter_map(|(name, _)| {
                let rest = name.strip_prefix(prefix)?.strip_prefix('[')?;
                rest.split_once(']')?.0.parse::<usize>().ok()
            })
            .filter(|&index| index < max)
            .map(|index| index.saturating_add(1))
            .max()
            .unwrap_or(0)
    }

    /// Whether any field of row `index` of `prefix` holds something, leaving out the
    /// fields named in `choices` (selects and checkboxes, which always send a value).
    pub(crate) fn row_used(&self, prefix: &str, index: usize, choices: &[&str]) -> bool {
        let start = format!("{prefix}[{index}].");
        self.starting_with(&start)
            .filter_map(|(name, value)| Some((name.strip_prefix(start.as_str())?, value)))
            .filter(|(field, _)| !choices.contains(field))
            .any(|(_, value)| !value.trim().is_empty())
    }
}

/// The draft's title in `prefer` when the post is written in it, else in the first of
/// its languages that has one; empty when none has.
pub(crate) fn title(form: &Form, prefer: peerwork::Language) -> String {
    std::iter::once(prefer)
        .chain(peerwork::Language::ALL.iter().copied())
        .filter(|l| form.has("languages", l.code()))
        .find_map(|l| form.value(&format!("title.{}", l.code())))
        .unwrap_or_default()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form_table::tests::{COLLIDE, Collide};
    use std::collections::BTreeMap;

    /// Random changes to a form and to a plain map of the same fields agree, with
    /// hashes as they are, with every hash the same, and with a table that gives up.
    #[test]
    fn a_form_holds_what_a_plain_map_holds() {
        for collide in [Collide::No, Collide::All, Collide::Slots] {
            COLLIDE.with(|c| c.set(collide));
            let names = [
                "a",
                "b",
                "c",
                "d",
                "e",
                "f",
                "g",
                "h",
                "i",
                "j",
                "k",
                "l",
                "m",
                "n",
                "o",
                "p",
                "q",
                "task.x",
                "task.y",
                "tasks.own[0].id",
                "zz",
                "languages",
            ];
            let mut seed = 0x2545_f491_4f6c_dd1d_u64;
            let mut next = |n: usize| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                usize::try_from(seed % n as u64).unwrap()
            };
            let mut form = Form::default();
            let mut model: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for step in 0..2_000 {
                let name = names[next(names.len())];
                let value = format!("v{step}");
                match next(3) {
                    0 => {
                        form.set(name, &value);
                        model.insert(name.to_owned(), vec![value]);
                    }
                    1 => {
                        form.push(name, &value);
                        model.entry(name.to_owned()).or_default().push(value);
                    }
                    _ => {
                        let taken = model.remove(name).and_then(|v| v.into_iter().next());
                        assert_eq!(form.take(name), taken);
                    }
                }
                for name in names {
                    let want: Vec<&str> = model
                        .get(name)
                        .into_iter()
                        .flatten()
                        .map(String::as_str)
                        .collect();
                    assert_eq!(
                        form.all(name).collect::<Vec<_>>(),
                        want,
                        "{name}, {collide:?}"
                    );
                }
            }
            let json = form.to_json();
            assert_eq!(json, serde_json::to_string(&model).unwrap());
            assert_eq!(Form::from_json(&json), form);
            let body: Vec<String> = model
                .iter()
                .flat_map(|(name, values)| values.iter().map(move |v| format!("{name}={v}")))
                .collect();
            assert_eq!(
                Form::from_urlencoded(body.join("&").as_bytes()).unwrap().0,
                form
            );
        }
        COLLIDE.with(|c| c.set(Collide::No));
    }

    #[test]
    fn reads_fields_and_leaves_out_the_token() {
        let (form, token) = Form::from_urlencoded(
            b"csrf=abc&title.fi=+Tarinankertoja+&languages=fi&languages=sv&tasks.own%5B2%5D.id=x",
        )
        .unwrap();
        assert_eq!(token, "abc");
        assert_eq!(form.get("title.fi"), "Tarinankertoja");
        assert_eq!(form.all("languages").collect::<Vec<_>>(), ["fi", "sv"]);
        assert_eq!(form.get("csrf"), "");
        assert_eq!(form.rows("tasks.own", 16), 3);
        assert_eq!(form.rows("tasks.own", 2), 0);
        assert!(form.row_used("tasks.own", 2, &[]));
        assert!(!form.row_used("tasks.own", 2, &["id"]));
        assert!(!form.row_used("tasks.own", 0, &[]));
        assert_eq!(Form::from_json(&form.to_json()), form);
    }

    #[test]
    fn decodes_as_browsers_encode() {
        assert_eq!(decode(b"a+b%C3%A4%3C%2f"), "a bä</");
        assert_eq!(decode(b"100%"), "100%");
        assert_eq!(decode(b"%zz%4"), "%zz%4");
        assert_eq!(decode(b"%FF"), "\u{fffd}");
        let (form, _) = Form::from_urlencoded(b"a=&b=+&c&=x&d=1").unwrap();
        assert_eq!(form.pairs().collect::<Vec<_>>(), [("d", "1")]);
        assert_eq!(form.to_json(), r#"{"d":["1"]}"#);
    }

    #[test]
    fn sets_pushes_and_takes_keep_each_names_values_in_order() {
        let (mut form, _) = Form::from_urlencoded(
            b"tasks.own%5B1%5D.id=b&task=x&languages=sv&tasks.own%5B0%5D.id=a&languages=fi&task.a=1",
        )
        .unwrap();
        assert_eq!(form.all("languages").collect::<Vec<_>>(), ["sv", "fi"]);
        form.push("languages", "en");
        form.push("aaa", "first");
        form.set("task", "y");
        assert_eq!(form.take("revision"), None);
        form.set("revision", "3");
        assert_eq!(
            form.pairs().collect::<Vec<_>>(),
            [
                ("aaa", "first"),
                ("languages", "sv"),
                ("languages", "fi"),
                ("languages", "en"),
                ("revision", "3"),
                ("task", "y"),
                ("task.a", "1"),
                ("tasks.own[0].id", "a"),
                ("tasks.own[1].id", "b"),
            ]
        );
        assert_eq!(form.take("revision").as_deref(), Some("3"));
        assert_eq!(form.get("revision"), "");
        assert_eq!(form.rows("tasks.own", 16), 2);
        assert_eq!(form.rows("task", 16), 0);
        assert!(form.row_used("tasks.own", 1, &[]));
        // Stored as before: names in order, each with its values in order.
        let json = form.to_json();
        assert_eq!(
            json,
            r#"{"aaa":["first"],"languages":["sv","fi","en"],"task":["y"],"task.a":["1"],"tasks.own[0].id":["a"],"tasks.own[1].id":["b"]}"#
        );
        assert_eq!(Form::from_json(&json), form);
        assert_eq!(Form::from_json("not json"), Form::default());
    }

    #[test]
    fn refuses_too_many_values() {
        let body = "languages=fi&".repeat(MAX_VALUES + 1);
        assert_eq!(Form::from_urlencoded(body.as_bytes()), Err(TooManyFields));
        let body = (0..=MAX_FIELDS).fold(String::new(), |mut body, i| {
            use core::fmt::Write as _;
            let _ = write!(body, "f{i}=x&");
            body
        });
        assert_eq!(Form::from_urlencoded(body.as_bytes()), Err(TooManyFields));
    }
}
