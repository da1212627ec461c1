//! Free texts of documents: the one rule every text follows, the normal form texts are
//! stored in, and [`LocalizedText`], a text given per language.
//!
//! # The rule
//!
//! A text is one line: it holds no control character, line or paragraph separator, or
//! bidirectional formatting character (those can make a text display differently from
//! what it holds). It is not blank: it holds at least one *visible* character, that is
//! one that is neither white space (Unicode `White_Space`) nor default-ignorable
//! (Unicode `Default_Ignorable_Code_Point`: zero-width spaces, joiners, the byte order
//! mark, variation selectors …). A title of zero-width spaces is blank. Each field has
//! an upper bound in characters, counted after normalization.
//!
//! The JSON Schemas state the same rule as a `pattern`, written with `\uXXXX` escapes
//! only so that ECMA-262, Python and Rust regular expressions read it alike; it covers
//! the Basic Multilingual Plane, and the few default-ignorable characters beyond it
//! (tag characters and some musical formatting marks) are refused by the library alone.
//!
//! # Normal form
//!
//! Texts are stored, and so compared, in Unicode Normalization Form C (NFC): a name
//! written with decomposed letters (`a` followed by a combining diaeresis) is the same
//! name as one written with `ä`. Reading and building a document normalize its texts.

use core::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::language::Language;

/// What is wrong with a piece of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextProblem {
    /// Empty, or without a visible character.
    Empty,
    /// More characters than allowed; holds the count.
    TooLong(usize),
    /// Holds a control character, line separator or bidirectional formatting
    /// character: these fields are one line.
    ControlCharacter,
}

/// The JSON Schema `pattern` of a one-line text, matching [`check_text`]'s rule on
/// characters in the Basic Multilingual Plane: something visible, and no control
/// characters, line separators or bidirectional formatting characters.
#[cfg(feature = "schema")]
pub(crate) const TEXT_PATTERN: &str = concat!(
    r"^[^\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]*",
    r"[^\u0000-\u0020\u007F-\u00A0\u00AD\u034F\u061C\u115F\u1160\u1680\u17B4\u17B5\u180B-\u180F",
    r"\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFF8]",
    r"[^\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]*$"
);

/// Control characters, line and paragraph separators, and the bidirectional
/// formatting characters that can make a text display differently from what it holds:
/// the Arabic letter mark (U+061C), the left-to-right and right-to-left marks, and the
/// embedding, override and isolate controls.
pub(crate) fn is_forbidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}'
                | '\u{2029}'
                | '\u{061C}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
        )
}

/// Unicode's `Default_Ignorable_Code_Point`: characters that display as nothing.
const fn is_default_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'..='\u{1160}'
            | '\u{17B4}'..='\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF0}'..='\u{FFF8}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}'
    )
}

/// Whether `c` shows something: not white space, not default-ignorable, not a control
/// or formatting character.
pub(crate) fn is_visible(c: char) -> bool {
    !(c.is_whitespace() || is_default_ignorable(c) || is_forbidden(c))
}

/// Checks one line of text: at most `max_chars` characters, no control characters,
/// line separators or bidirectional formatting characters, and something visible.
pub(crate) fn check_text(text: &str, max_chars: usize) -> Result<(), TextProblem> {
    if text.chars().any(is_forbidden) {
        return Err(TextProblem::ControlCharacter);
    }
    if !text.chars().any(is_visible) {
        return Err(TextProblem::Empty);
    }
    let chars = text.chars().count();
    if chars > max_chars {
        return Err(TextProblem::TooLong(chars));
    }
    Ok(())
}

/// `text` in Unicode Normalization Form C; the same string when it already is.
pub(crate) fn nfc(text: String) -> String {
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        text
    } else {
        text.nfc().collect()
    }
}

/// A free text of a document in one or more languages, or a name that is the same in
/// every language.
///
/// A bilingual employer writes `Vantaan kaupunki` in Finnish and `Vanda stad` in
/// Swedish, but `Ohjaamo` in both. In JSON the first is an object by language code, the
/// second a plain string:
///
/// ```
/// use peerwork::{Language, LocalizedText};
///
/// let city: LocalizedText = serde_json::from_str(r#"{"fi": "Vantaan kaupunki", "sv": "Vanda stad"}"#)?;
/// assert_eq!(city.get(Language::Swedish), Some("Vanda stad"));
/// assert_eq!(city.get(Language::English), None);
///
/// let unit: LocalizedText = serde_json::from_str(r#""Ohjaamo""#)?;
/// assert_eq!(unit.get(Language::Swedish), Some("Ohjaamo"));
/// assert!(unit.is_same_in_every_language());
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// Texts are stored in Unicode Normalization Form C. A document checks each text
/// against its field's rule (see [module `text`](crate::text)) and that every text
/// given per language is given in each language the document is written in.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct LocalizedText(Repr);

#[derive(Clone, PartialEq, Eq, Hash)]
enum Repr {
    /// The same text in every language.
    Same(String),
    /// One text per language, in the order of [`Language::ALL`], each language once.
    PerLanguage(Vec<(Language, String)>),
}

impl LocalizedText {
    /// A text that is the same in every language, such as a proper name.
    #[must_use]
    pub fn same(text: impl Into<String>) -> Self {
        Self(Repr::Same(nfc(text.into())))
    }

    /// A text in one language; add others with [`and`](Self::and).
    ///
    /// ```
    /// use peerwork::{Language, LocalizedText};
    ///
    /// let title = LocalizedText::in_language(Language::Finnish, "Kokemusasiantuntija")
    ///     .and(Language::Swedish, "Erfarenhetsexpert");
    /// assert_eq!(title.get(Language::Finnish), Some("Kokemusasiantuntija"));
    /// ```
    #[must_use]
    pub fn in_language(language: Language, text: impl Into<String>) -> Self {
        Self(Repr::PerLanguage(vec![(language, nfc(text.into()))]))
    }

    /// This text with `text` in `language` as well (replacing what it had in that
    /// language). A text that was the same in every language keeps that text in the
    /// languages it already covered only when they are named; start from
    /// [`in_language`](Self::in_language) to give texts per language.
    #[must_use]
    pub fn and(self, language: Language, text: impl Into<String>) -> Self {
        let text = nfc(text.into());
        let mut texts = match self.0 {
            Repr::Same(_) => Vec::new(),
            Repr::PerLanguage(texts) => texts,
        };
        if let Some((_, old)) = texts.iter_mut().find(|(l, _)| *l == language) {
            *old = text;
        } else {
            texts.push((language, text));
            texts.sort_by_key(|(l, _)| *l);
        }
        Self(Repr::PerLanguage(texts))
    }

    /// The text in `language`, if the text has one (a text the same in every language
    /// always has).
    #[must_use]
    pub fn get(&self, language: Language) -> Option<&str> {
        match &self.0 {
            Repr::Same(text) => Some(text),
            Repr::PerLanguage(texts) => texts
                .iter()
                .find(|(l, _)| *l == language)
                .map(|(_, text)| text.as_str()),
        }
    }

    /// Whether the text is the same in every language.
    #[must_use]
    pub fn is_same_in_every_language(&self) -> bool {
        matches!(self.0, Repr::Same(_))
    }

    /// The languages the text is given in, in the order of [`Language::ALL`]; empty
    /// for a text that is the same in every language.
    pub fn languages(&self) -> impl Iterator<Item = Language> + '_ {
        let texts: &[(Language, String)] = match &self.0 {
            Repr::Same(_) => &[],
            Repr::PerLanguage(texts) => texts,
        };
        texts.iter().map(|(language, _)| *language)
    }

    /// Each text with its language (`None` for a text the same in every language).
    pub(crate) fn texts(&self) -> impl Iterator<Item = (Option<Language>, &str)> {
        let (same, texts): (Option<&str>, &[(Language, String)]) = match &self.0 {
            Repr::Same(text) => (Some(text), &[]),
            Repr::PerLanguage(texts) => (None, texts),
        };
        same.map(|text| (None, text))
            .into_iter()
            .chain(texts.iter().map(|(l, t)| (Some(*l), t.as_str())))
    }
}

impl From<&str> for LocalizedText {
    /// A text the same in every language; see [`LocalizedText::same`].
    fn from(text: &str) -> Self {
        Self::same(text)
    }
}

impl From<String> for LocalizedText {
    /// A text the same in every language; see [`LocalizedText::same`].
    fn from(text: String) -> Self {
        Self::same(text)
    }
}

impl fmt::Debug for LocalizedText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Repr::Same(text) => fmt::Debug::fmt(text, f),
            Repr::PerLanguage(texts) => f
                .debug_map()
                .entries(texts.iter().map(|(l, t)| (l.code(), t)))
                .finish(),
        }
    }
}

impl Serialize for LocalizedText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match &self.0 {
            Repr::Same(text) => serializer.serialize_str(text),
            Repr::PerLanguage(texts) => {
                let mut map = serializer.serialize_map(Some(texts.len()))?;
                for (language, text) in texts {
                    map.serialize_entry(language, text)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for LocalizedText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;

        impl<'de> Visitor<'de> for TextVisitor {
            type Value = LocalizedText;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(r#"a text, or an object of texts by language code ("fi", "sv", "en")"#)
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<LocalizedText, E> {
                Ok(LocalizedText::same(text))
            }

            fn visit_string<E: de::Error>(self, text: String) -> Result<LocalizedText, E> {
                Ok(LocalizedText::same(text))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<LocalizedText, A::Error> {
                let mut texts: Vec<(Language, String)> = Vec::new();
                while let Some(language) = map.next_key::<Language>()? {
                    if texts.iter().any(|(l, _)| *l == language) {
                        return Err(de::Error::custom(format_args!(
                            "{language}: the language is given more than once"
                        )));
                    }
                    let text: String = map.next_value()?;
                    texts.push((language, nfc(text)));
                }
                if texts.is_empty() {
                    return Err(de::Error::invalid_length(0, &self));
                }
                texts.sort_by_key(|(l, _)| *l);
                Ok(LocalizedText(Repr::PerLanguage(texts)))
            }
        }

        deserializer.deserialize_any(TextVisitor)
    }
}

/// The JSON Schema of a [`LocalizedText`] of at most `MAX` characters in each language.
#[cfg(feature = "schema")]
pub(crate) struct LocalizedSchema<const MAX: usize>;

#[cfg(feature = "schema")]
impl<const MAX: usize> schemars::JsonSchema for LocalizedSchema<MAX> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("LocalizedText{MAX}").into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let line = schemars::json_schema!({
            "type": "string",
            "minLength": 1,
            "maxLength": MAX,
            "pattern": TEXT_PATTERN,
        });
        schemars::json_schema!({
            "description": format!(
                "A text of 1 to {MAX} characters on one line: the same in every language (a \
                 string), or one text per language code (an object)."
            ),
            "anyOf": [
                line,
                {
                    "type": "object",
                    "properties": { "fi": line, "sv": line, "en": line },
                    "additionalProperties": false,
                    "minProperties": 1,
                },
            ],
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_means_nothing_visible() {
        assert_eq!(check_text("", 10), Err(TextProblem::Empty));
        assert_eq!(check_text("   ", 10), Err(TextProblem::Empty));
        assert_eq!(check_text("\u{200B}\u{200B}", 10), Err(TextProblem::Empty));
        assert_eq!(check_text("\u{FEFF}", 10), Err(TextProblem::Empty));
        assert_eq!(check_text("\u{3000}\u{00AD}", 10), Err(TextProblem::Empty));
        assert_eq!(check_text("\u{E0041}", 10), Err(TextProblem::Empty));
        assert_eq!(check_text("a\u{200B}", 10), Ok(()));
        assert_eq!(check_text("a\nb", 10), Err(TextProblem::ControlCharacter));
        assert_eq!(check_text("äää", 2), Err(TextProblem::TooLong(3)));
    }

    #[test]
    fn texts_are_stored_in_nfc() {
        let decomposed = "Ja\u{0308}rvenpa\u{0308}a\u{0308}";
        assert_eq!(
            LocalizedText::same(decomposed),
            LocalizedText::same("Järvenpää")
        );
        let read: LocalizedText =
            serde_json::from_str("{\"fi\": \"Ja\\u0308rvenpa\\u0308a\\u0308\"}").unwrap();
        assert_eq!(read.get(Language::Finnish), Some("Järvenpää"));
    }

    #[cfg(feature = "schema")]
    #[test]
    fn the_schema_pattern_states_the_rule_on_the_basic_multilingual_plane() {
        let pattern = regex::Regex::new(TEXT_PATTERN).unwrap();
        for code in 0..=0xFFFF_u32 {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            for text in [c.to_string(), format!("a{c}"), format!("{c}a")] {
                assert_eq!(
                    pattern.is_match(&text),
                    check_text(&text, usize::MAX).is_ok(),
                    "U+{code:04X} in {text:?}"
                );
            }
        }
    }
}
