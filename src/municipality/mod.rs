//! [`Municipality`]: a Finnish municipality by Statistics Finland's three-digit code.
//!
//! Job Market Finland and Statistics Finland name municipalities by code (Vantaa is
//! `092`, Helsinki `091`); people name them in Finnish or Swedish (*Vantaa*, *Vanda*).
//! A document may give either; it always writes the code. The table is Statistics
//! Finland's classification of municipalities of 1 January 2026 (308 municipalities,
//! Åland included), committed as `data/municipalities.json` and turned into code by a
//! generator (see `tests/test_municipality.rs`).

mod table;

use core::fmt;
use core::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::quote;
use crate::language::Language;
use crate::text::nfc;

/// The classification the table follows.
pub const MUNICIPALITY_CLASSIFICATION: &str =
    "Statistics Finland, municipalities 1.1.2026 (kunta_1_20260101)";

/// Everyday forms of two official Finnish names, which read to the same municipality.
const ALIASES: &[(&str, &str)] = &[("Maarianhamina", "478"), ("Pedersöre", "599")];

/// A Finnish municipality.
///
/// ```
/// use peerwork::{Language, Municipality};
///
/// let vantaa: Municipality = "Vanda".parse()?;
/// assert_eq!(vantaa, Municipality::VANTAA);
/// assert_eq!(vantaa.code(), "092");
/// assert_eq!(vantaa.name(Language::Finnish), "Vantaa");
/// assert_eq!("092".parse::<Municipality>()?, vantaa);
///
/// let err = "Vantta".parse::<Municipality>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown municipality `Vantta`; did you mean Vantaa (092)?");
/// # Ok::<(), peerwork::MunicipalityError>(())
/// ```
///
/// Names are compared in Unicode NFC, without regard to case or surrounding white
/// space. In JSON a municipality is its code, `"092"`; reading also takes a name.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Municipality {
    /// The position in the table.
    index: u16,
}

/// A text that names no municipality, with the nearest names.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown municipality `{value}`{}", suggestion(suggestions))]
pub struct MunicipalityError {
    value: String,
    suggestions: Vec<Municipality>,
}

fn suggestion(suggestions: &[Municipality]) -> String {
    if suggestions.is_empty() {
        return String::new();
    }
    let names: Vec<String> = suggestions
        .iter()
        .map(|m| format!("{} ({})", m.name(Language::Finnish), m.code()))
        .collect();
    format!("; did you mean {}?", names.join(" or "))
}

impl MunicipalityError {
    /// The text given (cut to [`QUOTE_LIMIT`](crate::QUOTE_LIMIT) bytes, escaped).
    #[must_use]
    pub fn value(&self) -> &str {
        &self.value
    }

    /// The municipalities whose names are nearest to the text, nearest first.
    #[must_use]
    pub fn suggestions(&self) -> &[Municipality] {
        &self.suggestions
    }
}

impl Municipality {
    /// Vantaa (Vanda), `092`.
    pub const VANTAA: Municipality = Municipality::known(*b"092");
    /// Helsinki (Helsingfors), `091`.
    pub const HELSINKI: Municipality = Municipality::known(*b"091");
    /// Espoo (Esbo), `049`.
    pub const ESPOO: Municipality = Municipality::known(*b"049");
    /// Kerava (Kervo), `245`.
    pub const KERAVA: Municipality = Municipality::known(*b"245");

    /// The municipality of `code`, which must be in the table (for constants).
    // Evaluated at compile time only: a code not in the table fails the build.
    #[allow(
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects,
        clippy::cast_possible_truncation,
        clippy::panic
    )]
    const fn known(code: [u8; 3]) -> Self {
        let mut i = 0;
        while i < table::TABLE.len() {
            let entry = table::TABLE[i].0.as_bytes();
            if entry.len() == 3 && entry[0] == code[0] && entry[1] == code[1] && entry[2] == code[2]
            {
                return Self { index: i as u16 };
            }
            i += 1;
        }
        panic!("no such municipality code")
    }

    /// Every municipality, in the order of their codes.
    pub fn all() -> impl Iterator<Item = Municipality> + Clone {
        (0..table::TABLE.len())
            .filter_map(|i| u16::try_from(i).ok())
            .map(|index| Self { index })
    }

    fn entry(self) -> (&'static str, &'static str, &'static str) {
        table::TABLE
            .get(usize::from(self.index))
            .copied()
            .unwrap_or(("", "", ""))
    }

    /// The municipality with the code `code` (three digits, such as `"092"`).
    ///
    /// # Errors
    ///
    /// [`MunicipalityError`] when no municipality has that code.
    pub fn from_code(code: &str) -> Result<Self, MunicipalityError> {
        Self::all()
            .find(|m| m.entry().0 == code)
            .ok_or_else(|| MunicipalityError {
                value: quote(code),
                suggestions: Vec::new(),
            })
    }

    /// The municipality named `name` in Finnish or Swedish, in any Unicode normal form
    /// and letter case.
    ///
    /// # Errors
    ///
    /// [`MunicipalityError`] with the nearest names when no municipality has that name.
    pub fn from_name(name: &str) -> Result<Self, MunicipalityError> {
        let wanted = comparable(name);
        let found = Self::all()
            .find(|m| {
                let (_, fi, sv) = m.entry();
                comparable(fi) == wanted || comparable(sv) == wanted
            })
            .or_else(|| {
                ALIASES
                    .iter()
                    .find(|(alias, _)| comparable(alias) == wanted)
                    .and_then(|&(_, code)| Self::all().find(|m| m.entry().0 == code))
            });
        found.ok_or_else(|| MunicipalityError {
            value: quote(name),
            suggestions: nearest(&wanted),
        })
    }

    /// The three-digit code, such as `"092"`.
    #[must_use]
    pub fn code(self) -> &'static str {
        self.entry().0
    }

    /// The name in `language`: Finnish or Swedish as Statistics Finland publishes them
    /// (everyday forms for Maarianhamina and Pedersöre), the Finnish name in English.
    #[must_use]
    pub fn name(self, language: Language) -> &'static str {
        let (code, fi, sv) = self.entry();
        match language {
            Language::Swedish => sv,
            Language::Finnish | Language::English => ALIASES
                .iter()
                .find(|&&(_, c)| c == code)
                .map_or(fi, |&(alias, _)| alias),
        }
    }
}

/// A name as names are compared: NFC, trimmed, lower case.
fn comparable(name: &str) -> String {
    nfc(name.trim().to_owned()).to_lowercase()
}

/// The municipalities whose names are within a small edit distance of `wanted`,
/// nearest first (at most three).
fn nearest(wanted: &str) -> Vec<Municipality> {
    let length = wanted.chars().count();
    let budget = (length / 3).clamp(1, 3);
    let mut scored: Vec<(usize, Municipality)> = Municipality::all()
        .filter_map(|m| {
            let (_, fi, sv) = m.entry();
            // Two texts are at least as far apart as their lengths differ: a name too
            // long or too short to be near is skipped unmeasured, so a text of any
            // length costs no more than one of a name's length.
            let distance = [fi, sv]
                .into_iter()
                .map(comparable)
                .filter(|name| name.chars().count().abs_diff(length) <= budget)
                .map(|name| edit_distance(&name, wanted))
                .min()?;
            (distance <= budget).then_some((distance, m))
        })
        .collect();
    scored.sort_by_key(|&(distance, m)| (distance, m));
    scored.into_iter().take(3).map(|(_, m)| m).collect()
}

/// The Levenshtein distance between two short texts, in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = Vec::with_capacity(b.len().saturating_add(1));
        current.push(i.saturating_add(1));
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous
                .get(j)
                .map_or(usize::MAX, |&d| d.saturating_add(usize::from(ca != *cb)));
            let delete = previous
                .get(j.saturating_add(1))
                .map_or(usize::MAX, |&d| d.saturating_add(1));
            let insert = current.get(j).map_or(usize::MAX, |&d| d.saturating_add(1));
            current.push(substitute.min(delete).min(insert));
        }
        previous = current;
    }
    previous.last().copied().unwrap_or(0)
}

impl FromStr for Municipality {
    type Err = MunicipalityError;

    /// Reads a code (`"092"`) or a name in Finnish or Swedish.
    fn from_str(text: &str) -> Result<Self, MunicipalityError> {
        if text.bytes().all(|b| b.is_ascii_digit()) && !text.is_empty() {
            Self::from_code(text)
        } else {
            Self::from_name(text)
        }
    }
}

impl fmt::Debug for Municipality {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Municipality({} {})",
            self.code(),
            self.name(Language::Finnish)
        )
    }
}

impl fmt::Display for Municipality {
    /// The Finnish name; see [`Municipality::name`] for the Swedish one.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name(Language::Finnish))
    }
}

impl Serialize for Municipality {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Municipality {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MunicipalityVisitor;

        impl serde::de::Visitor<'_> for MunicipalityVisitor {
            type Value = Municipality;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a municipality code such as \"092\", or its name")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Municipality, E> {
                text.parse().map_err(E::custom)
            }
        }

        deserializer.deserialize_str(MunicipalityVisitor)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Municipality {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Municipality".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let codes: Vec<&str> = Municipality::all().map(Municipality::code).collect();
        let mut names: Vec<&str> = Municipality::all()
            .flat_map(|m| {
                let (_, fi, sv) = m.entry();
                [fi, sv]
            })
            .chain(ALIASES.iter().map(|(alias, _)| *alias))
            .collect();
        names.sort_unstable();
        names.dedup();
        schemars::json_schema!({
            "description": format!(
                "A Finnish municipality by its three-digit code in {MUNICIPALITY_CLASSIFICATION} \
                 (documents are written with the code), or by its Finnish or Swedish name."
            ),
            "anyOf": [
                { "type": "string", "enum": codes },
                { "type": "string", "enum": names },
            ],
        })
    }
}
