//! TOML documents through the library's one gate.
//!
//! A TOML document is parsed into a spanned tree (the `toml` crate keeps where each key
//! and value lies, and the order of keys), written as compact JSON on one line, and
//! read by [`peerwork::from_json`]: so a TOML document meets every rule a JSON one does,
//! and gets the same message. While writing the JSON, each key and value notes where it
//! starts in the JSON and where it lies in the TOML, so the position `from_json` gives
//! maps back to the line and column the person wrote.
//!
//! TOML has dates and times of its own, which the documents write as strings: a bare
//! local date (`valid_through = 2026-12-14`) is read as the string `"2026-12-14"`, and a
//! local time with no seconds past the minute (`deadline_time = 16:00:00`) as `"16:00"`.
//! Any other date-time (with a time of day, or an offset) is read as its TOML text, which
//! the field then refuses as a date, at that line. TOML has no `null`, so an absent
//! optional field is simply left out.

use core::fmt::Write as _;
use core::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};
use toml::value::Datetime;

/// A TOML document written as JSON, with the way back to the TOML's positions.
#[derive(Debug)]
pub struct TomlAsJson {
    /// The document as compact JSON, on one line.
    pub json: String,
    /// For each key and value: where it starts in the JSON, and where it starts in the
    /// TOML; in order of the JSON.
    marks: Vec<(usize, usize)>,
}

/// A TOML document that is not TOML, or holds a value JSON cannot: the message and the
/// byte range at fault.
#[derive(Debug)]
pub struct TomlError {
    /// What is wrong.
    pub message: String,
    /// Where, in bytes of the TOML text.
    pub span: Option<Range<usize>>,
}

impl TomlAsJson {
    /// Reads `text` as TOML and writes it as JSON.
    pub fn new(text: &str) -> Result<Self, TomlError> {
        let table = DeTable::parse(text).map_err(|e| TomlError {
            message: e.message().trim_end().to_owned(),
            span: e.span(),
        })?;
        let mut writer = Self {
            json: String::with_capacity(text.len().saturating_add(text.len() / 4)),
            marks: Vec::new(),
        };
        writer.mark(table.span().start);
        writer.table(table.get_ref())?;
        Ok(writer)
    }

    /// The byte offset in the TOML text of the JSON position `offset`: the start of the
    /// last key or value that starts at or before it.
    pub fn toml_offset(&self, json_offset: usize) -> Option<usize> {
        let at = self.marks.partition_point(|&(json, _)| json <= json_offset);
        at.checked_sub(1)
            .and_then(|i| self.marks.get(i))
            .map(|&(_, toml)| toml)
    }

    fn mark(&mut self, toml_offset: usize) {
        self.marks.push((self.json.len(), toml_offset));
    }

    fn table(&mut self, table: &DeTable<'_>) -> Result<(), TomlError> {
        self.json.push('{');
        for (i, (key, value)) in table.iter().enumerate() {
            if i > 0 {
                self.json.push(',');
            }
            self.mark(key.span().start);
            self.string(key.get_ref());
            self.json.push(':');
            self.value(value)?;
        }
        self.json.push('}');
        Ok(())
    }

    fn value(&mut self, value: &Spanned<DeValue<'_>>) -> Result<(), TomlError> {
        let span = value.span();
        self.mark(span.start);
        let refuse = |message: String| TomlError {
            message,
            span: Some(span.clone()),
        };
        match value.get_ref() {
            DeValue::String(text) => self.string(text),
            DeValue::Integer(integer) => {
                let number = i128::from_str_radix(integer.as_str(), integer.radix())
                    .map_err(|_| refuse(format!("integer `{integer}` out of range")))?;
                let _ = write!(self.json, "{number}");
            }
            DeValue::Float(float) => match float.as_str().parse::<f64>() {
                Ok(number) if number.is_finite() => {
                    // serde_json writes a float as JSON does (`50.0` stays a float).
                    let text = serde_json::to_string(&number).map_err(|e| refuse(e.to_string()))?;
                    self.json.push_str(&text);
                }
                _ => {
                    return Err(refuse(format!(
                        "`{float}` is not a number a document can hold"
                    )));
                }
            },
            DeValue::Boolean(flag) => self.json.push_str(if *flag { "true" } else { "false" }),
            DeValue::Datetime(datetime) => self.string(&datetime_text(datetime)),
            DeValue::Array(array) => {
                self.json.push('[');
                for (i, item) in array.iter().enumerate() {
                    if i > 0 {
                        self.json.push(',');
                    }
                    self.value(item)?;
                }
                self.json.push(']');
            }
            DeValue::Table(table) => self.table(table)?,
        }
        Ok(())
    }

    fn string(&mut self, text: &str) {
        // Writing a string cannot fail.
        if let Ok(quoted) = serde_json::to_string(text) {
            self.json.push_str(&quoted);
        }
    }
}

/// A TOML date or time as the documents write it: `2026-12-14`, `16:00`; anything
/// else as TOML writes it.
fn datetime_text(datetime: &Datetime) -> String {
    match (datetime.date, datetime.time, datetime.offset) {
        (Some(date), None, None) => date.to_string(),
        (None, Some(time), None) if time.second == Some(0) || time.second.is_none() => {
            if time.nanosecond.unwrap_or(0) == 0 {
                format!("{:02}:{:02}", time.hour, time.minute)
            } else {
                time.to_string()
            }
        }
        _ => datetime.to_string(),
    }
}

/// The line and column (from 1, the column in characters) of the byte `offset` of
/// `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |at| at.saturating_add(1));
    let line = before
        .bytes()
        .filter(|&b| b == b'\n')
        .count()
        .saturating_add(1);
    let column = before
        .get(line_start..)
        .map_or(0, |line| line.chars().count())
        .saturating_add(1);
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_is_written_as_json_in_the_order_of_its_keys() {
        let text = "b = 1\na = [\"x\", 7, 1.5, true]\n[t]\nz = 0x1f\n";
        let document = TomlAsJson::new(text).unwrap();
        assert_eq!(
            document.json,
            r#"{"b":1,"a":["x",7,1.5,true],"t":{"z":31}}"#
        );
    }

    #[test]
    fn dates_and_times_become_the_strings_documents_write() {
        let text = "d = 2026-12-14\nt = 16:00:00\nu = 16:30\ndt = 2026-12-14T16:00:00\n";
        let document = TomlAsJson::new(text).unwrap();
        assert_eq!(
            document.json,
            r#"{"d":"2026-12-14","t":"16:00","u":"16:30","dt":"2026-12-14T16:00:00"}"#
        );
    }

    #[test]
    fn json_positions_map_back_to_the_toml() {
        let text = "a = 1\n[t]\nkey = \"value\"\n";
        let document = TomlAsJson::new(text).unwrap();
        let at = document.json.find("\"value\"").unwrap();
        let offset = document.toml_offset(at).unwrap();
        assert_eq!(line_column(text, offset), (3, 7));
        let key = document.json.find("\"key\"").unwrap();
        assert_eq!(
            line_column(text, document.toml_offset(key).unwrap()),
            (3, 1)
        );
    }

    #[test]
    fn values_json_cannot_hold_are_refused_where_they_are() {
        let text = "a = 1\nb = nan\n";
        let error = TomlAsJson::new(text).unwrap_err();
        assert_eq!(error.message, "`nan` is not a number a document can hold");
        assert_eq!(line_column(text, error.span.unwrap().start), (2, 5));
    }

    #[test]
    fn columns_count_characters() {
        assert_eq!(line_column("ä = \"x\"", 5), (1, 5));
        assert_eq!(line_column("a\nb", 2), (2, 1));
    }
}
