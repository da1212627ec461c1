//! Checks shared by the validating constructors and deserializers.

/// What is wrong with a piece of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextProblem {
    /// Empty, or only white space.
    Empty,
    /// More characters than allowed; holds the count.
    TooLong(usize),
    /// Holds a control character (line breaks included): these fields are one line.
    ControlCharacter,
}

/// The JSON Schema `pattern` of a one-line text, matching [`check_text`]'s rule on
/// characters: something besides white space, and no control characters, line
/// separators or bidirectional formatting characters.
#[cfg(feature = "schema")]
pub(crate) const TEXT_PATTERN: &str = concat!(
    r"^[^\u0000-\u001F\u007F-\u009F\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]*",
    r"[^\s\u0000-\u001F\u007F-\u009F\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]",
    r"[^\u0000-\u001F\u007F-\u009F\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]*$"
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

/// Checks one line of text: not blank, at most `max_chars` characters, no control
/// characters, line separators or bidirectional formatting characters.
pub(crate) fn check_text(text: &str, max_chars: usize) -> Result<(), TextProblem> {
    if text.trim().is_empty() {
        return Err(TextProblem::Empty);
    }
    let chars = text.chars().count();
    if chars > max_chars {
        return Err(TextProblem::TooLong(chars));
    }
    if text.chars().any(is_forbidden) {
        return Err(TextProblem::ControlCharacter);
    }
    Ok(())
}

/// The first item that appears a second time, if any.
pub(crate) fn first_duplicate<T: PartialEq + Copy>(
    items: impl IntoIterator<Item = T>,
) -> Option<T> {
    let mut seen: Vec<T> = Vec::new();
    for item in items {
        if seen.contains(&item) {
            return Some(item);
        }
        seen.push(item);
    }
    None
}

/// Deserializes a list of at most `MAX` items, failing as soon as the input holds more,
/// so a hostile document cannot make the list grow without limit.
pub(crate) fn bounded_list<'de, D, T, const MAX: usize>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    struct Bounded<T, const MAX: usize>(core::marker::PhantomData<T>);

    impl<'de, T: serde::Deserialize<'de>, const MAX: usize> serde::de::Visitor<'de>
        for Bounded<T, MAX>
    {
        type Value = Vec<T>;

        fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            write!(f, "a list of at most {MAX} items")
        }

        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(MAX));
            while let Some(item) = seq.next_element()? {
                if items.len() == MAX {
                    return Err(serde::de::Error::invalid_length(
                        MAX.saturating_add(1),
                        &self,
                    ));
                }
                items.push(item);
            }
            Ok(items)
        }
    }

    deserializer.deserialize_seq(Bounded::<T, MAX>(core::marker::PhantomData))
}

/// A list field of a document and its bound, for [`bounded_field`].
pub(crate) trait ListField {
    /// The field's path in the document, for the error message.
    const PATH: &'static str;
    /// The most items the list may hold.
    const MAX: usize;
}

/// Declares a [`ListField`] marker type.
macro_rules! list_field {
    ($Marker:ident, $path:literal, $max:expr) => {
        pub(crate) struct $Marker;

        impl $crate::validate::ListField for $Marker {
            const PATH: &'static str = $path;
            const MAX: usize = $max;
        }
    };
}
pub(crate) use list_field;

/// Like [`bounded_list`], with an error that names the field: `working_modes: must hold
/// at most 4 items`.
pub(crate) fn bounded_field<'de, D, T, F>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
    F: ListField,
{
    struct Bounded<T, F>(core::marker::PhantomData<(T, F)>);

    impl<'de, T: serde::Deserialize<'de>, F: ListField> serde::de::Visitor<'de> for Bounded<T, F> {
        type Value = Vec<T>;

        fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            write!(f, "a list of at most {} items", F::MAX)
        }

        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(F::MAX));
            while let Some(item) = seq.next_element()? {
                if items.len() == F::MAX {
                    return Err(serde::de::Error::custom(format_args!(
                        "{}: must hold at most {} items",
                        F::PATH,
                        F::MAX
                    )));
                }
                items.push(item);
            }
            Ok(items)
        }
    }

    deserializer.deserialize_seq(Bounded::<T, F>(core::marker::PhantomData))
}

/// The value of a fieldless enum whose serde id is `id`, if any: the ids serde's derived
/// reader accepts, so `FromStr` and deserialization agree by construction.
#[inline]
pub(crate) fn enum_from_id<'a, T: serde::Deserialize<'a>>(id: &'a str) -> Option<T> {
    use serde::de::IntoDeserializer as _;
    let deserializer: serde::de::value::StrDeserializer<'a, serde::de::value::Error> =
        id.into_deserializer();
    T::deserialize(deserializer).ok()
}
