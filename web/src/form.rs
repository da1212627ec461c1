//! [`Form`]: a draft as the form holds it, field by field, complete or not.
//!
//! The fields are named by their path in the job-description document
//! (`title.fi`, `terms.working_time_percent`, `tasks.own[0].label.sv`), and the posting
//! details' under `details.` (`details.valid_through`), so an error of the library,
//! which names its field by that path, finds its place in the form.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The most distinct fields a form may hold; a real one holds a few hundred.
pub(crate) const MAX_FIELDS: usize = 2_000;

/// The most values one field may hold (the checkboxes of one group).
pub(crate) const MAX_VALUES: usize = 64;

/// The names of the fields of a request that are not part of the draft.
const NOT_DRAFT: &[&str] = &["csrf", "action"];

/// A draft as the form holds it: each field's values, in the order given.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub(crate) struct Form(BTreeMap<String, Vec<String>>);

/// Why a form body was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FormRefused {
    /// Not `application/x-www-form-urlencoded`.
    Malformed,
    /// More fields or values than a form of the builder has.
    TooManyFields,
}

impl Form {
    /// Reads a form body, leaving out the CSRF token and the action.
    pub(crate) fn from_urlencoded(body: &[u8]) -> Result<Self, FormRefused> {
        let pairs: Vec<(String, String)> =
            serde_urlencoded::from_bytes(body).map_err(|_| FormRefused::Malformed)?;
        let mut form = Self::default();
        for (name, value) in pairs {
            if NOT_DRAFT.contains(&name.as_str()) {
                continue;
            }
            if form.0.len() >= MAX_FIELDS && !form.0.contains_key(&name) {
                return Err(FormRefused::TooManyFields);
            }
            let values = form.0.entry(name).or_default();
            if values.len() >= MAX_VALUES {
                return Err(FormRefused::TooManyFields);
            }
            values.push(value);
        }
        Ok(form)
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
        let start = format!("{prefix}[");
        self.0
            .range(start.clone()..)
            .take_while(|(name, _)| name.starts_with(&start))
            .filter_map(|(name, _)| {
                let rest = name.get(start.len()..)?;
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
            .range(start.clone()..)
            .take_while(|(name, _)| name.starts_with(&start))
            .filter(|(name, _)| {
                !name
                    .get(start.len()..)
                    .is_some_and(|field| choices.contains(&field))
            })
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
        let form = Form::from_urlencoded(
            b"csrf=abc&title.fi=+Tarinankertoja+&languages=fi&languages=sv&tasks.own%5B2%5D.id=x",
        )
        .unwrap();
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
    fn refuses_too_many_values() {
        let body = "languages=fi&".repeat(MAX_VALUES + 1);
        assert_eq!(
            Form::from_urlencoded(body.as_bytes()),
            Err(FormRefused::TooManyFields)
        );
        let body = (0..=MAX_FIELDS).fold(String::new(), |mut body, i| {
            use core::fmt::Write as _;
            let _ = write!(body, "f{i}=x&");
            body
        });
        assert_eq!(
            Form::from_urlencoded(body.as_bytes()),
            Err(FormRefused::TooManyFields)
        );
    }
}
