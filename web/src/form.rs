//! [`Form`]: a draft as the form holds it, field by field, complete or not.
//!
//! The fields are named by their path in the job-description document
//! (`title.fi`, `terms.working_time_percent`, `tasks.own[0].label.sv`), and the posting
//! details' under `details.` (`details.valid_through`), so an error of the library,
//! which names its field by that path, finds its place in the form.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The most distinct fields a form may hold; a real one holds a few hundred.
pub(crate) const MAX_FIELDS: usize = 2_000;

/// The most values one field may hold (the checkboxes of one group).
pub(crate) const MAX_VALUES: usize = 64;

/// The names of the fields of a request that are not part of the draft.
const NOT_DRAFT: &[&str] = &["csrf", "action"];

/// A draft as the form holds it: each field's values, in the order given. Stored as a
/// JSON object with its names in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Form(HashMap<String, Vec<String>>);

impl Serialize for Form {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0
            .iter()
            .collect::<BTreeMap<_, _>>()
            .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Form {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        HashMap::deserialize(deserializer).map(Self)
    }
}

fn hex(digit: u8) -> Option<u8> {
    char::from(digit)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}

/// `raw` with `+` as a space and `%XX` as its byte, read as UTF-8 (U+FFFD where it is
/// not); a `%` without two hex digits stays as it is.
fn decode(raw: &[u8]) -> String {
    if !raw.iter().any(|&b| b == b'+' || b == b'%') {
        return String::from_utf8_lossy(raw).into_owned();
    }
    let mut out = Vec::with_capacity(raw.len());
    let mut bytes = raw.iter();
    while let Some(&b) = bytes.next() {
        match b {
            b'+' => out.push(b' '),
            b'%' => {
                let rest = bytes.as_slice();
                match (
                    rest.first().copied().and_then(hex),
                    rest.get(1).copied().and_then(hex),
                ) {
                    (Some(high), Some(low)) => {
                        out.push(high.wrapping_mul(16).wrapping_add(low));
                        bytes.nth(1);
                    }
                    _ => out.push(b'%'),
                }
            }
            _ => out.push(b),
        }
    }
    String::from_utf8(out)
        .unwrap_or_else(|err| String::from_utf8_lossy(err.as_bytes()).into_owned())
}

/// A form body with more fields or values than a form of the builder has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TooManyFields;

impl Form {
    /// Reads a form body (`application/x-www-form-urlencoded`; bytes that are not
    /// UTF-8 read as U+FFFD), leaving out the action and empty fields; the CSRF token it
    /// sent comes apart.
    pub(crate) fn from_urlencoded(body: &[u8]) -> Result<(Self, String), TooManyFields> {
        let mut form = Self::default();
        let mut token = String::new();
        for pair in body.split(|&b| b == b'&') {
            let (name, value) = match pair.iter().position(|&b| b == b'=') {
                Some(at) => (
                    pair.get(..at).unwrap_or_default(),
                    pair.get(at.saturating_add(1)..).unwrap_or_default(),
                ),
                None => (pair, &[][..]),
            };
            // An empty field reads as an absent one: keep neither.
            if value.is_empty() || name.is_empty() {
                continue;
            }
            let (name, value) = (decode(name), decode(value));
            if name == "csrf" {
                token = value;
                continue;
            }
            if value.trim().is_empty() || NOT_DRAFT.contains(&name.as_str()) {
                continue;
            }
            if form.0.len() >= MAX_FIELDS && !form.0.contains_key(&name) {
                return Err(TooManyFields);
            }
            let values = form.0.entry(name).or_default();
            if values.len() >= MAX_VALUES {
                return Err(TooManyFields);
            }
            values.push(value);
        }
        Ok((form, token))
    }

    /// Every field and value, in the order of the names.
    #[cfg(test)]
    pub(crate) fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0
            .iter()
            .collect::<BTreeMap<_, _>>()
            .into_iter()
            .flat_map(|(name, values)| values.iter().map(move |v| (name.as_str(), v.as_str())))
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
        self.0
            .get(name)
            .and_then(|values| values.first())
            .map_or("", |value| value.trim())
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
        // Three whole UTF-8 strings joined are UTF-8.
        let name = core::str::from_utf8(buffer.get(..at)?).ok()?;
        self.value(name)
    }

    /// Takes `name` out of the form: its first value.
    pub(crate) fn take(&mut self, name: &str) -> Option<String> {
        self.0.remove(name)?.into_iter().next()
    }

    /// Every value of `name`.
    pub(crate) fn all(&self, name: &str) -> impl Iterator<Item = &str> {
        self.0.get(name).into_iter().flatten().map(String::as_str)
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
    pub(crate) fn set(&mut self, name: impl Into<String>, value: impl Into<String>) {
        self.0.insert(name.into(), vec![value.into()]);
    }

    /// Adds `value` to `name`.
    pub(crate) fn push(&mut self, name: impl Into<String>, value: impl Into<String>) {
        self.0.entry(name.into()).or_default().push(value.into());
    }

    /// How many rows of the list `prefix` (`tasks.own`, `terms.assignments`) the form
    /// holds: one more than the highest index given, at most `max`.
    pub(crate) fn rows(&self, prefix: &str, max: usize) -> usize {
        self.0
            .keys()
            .filter_map(|name| {
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
        self.0
            .iter()
            .filter_map(|(name, values)| Some((name.strip_prefix(&start)?, values)))
            .filter(|(field, _)| !choices.contains(field))
            .any(|(_, values)| values.iter().any(|v| !v.trim().is_empty()))
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
