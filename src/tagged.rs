//! Reading objects whose shape one key selects: `{"kind": "fixed_term", "term": …}`, a
//! form of work and its terms, a document and its format version.
//!
//! serde's derived reader of such an object buffers the whole object before it looks at
//! the tag, so an error inside it loses its place (the path stops at the object, the
//! position is its end) and speaks of an "internally tagged enum". This reader reads
//! the tag first when it comes first, as the crate writes it, and then reads the rest
//! of the object straight from the input into the shape the tag selects: every error
//! keeps its path and position, an unknown key is refused by name, and a value that is
//! not an object is told what is expected. When the tag comes later (a writer that sorts
//! keys puts `employer` before `format_version`), only the entries before it are
//! buffered (within a budget); once the tag is known they are read from the buffer,
//! each error led by its key (`employer: …`), and the rest straight from the input.

use core::fmt;
use core::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use crate::content::{Content, ContentDeserializer, MAX_BUFFERED_DOCUMENT_VALUES, led_by_key};
use crate::error::quote;

/// An object whose key [`TAG`](Self::TAG) selects how the rest of it reads.
pub(crate) trait Tagged<'de>: Sized {
    /// The type of the tag's value: an enum of the shapes, or a version number.
    type Tag: Deserialize<'de>;

    /// The tag's key, for example `"kind"`.
    const TAG: &'static str;

    /// What a value of this type is, for the error about a value that is not one: for
    /// example ``an object with "kind": "permanent" or "fixed_term"``.
    const EXPECTING: &'static str;

    /// Reads the rest of the object (every key but the tag) as the shape `tag`
    /// selects. `rest` is a map.
    fn read<D: Deserializer<'de>>(tag: Self::Tag, rest: D) -> Result<Self, D::Error>;
}

/// Reads a [`Tagged`] object.
pub(crate) fn deserialize<'de, T: Tagged<'de>, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(TaggedVisitor(PhantomData))
}

struct TaggedVisitor<T>(PhantomData<T>);

impl<'de, T: Tagged<'de>> Visitor<'de> for TaggedVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut before: Vec<(Content, Content)> = Vec::new();
        loop {
            let Some(key) = map.next_key::<Key<T>>()? else {
                return Err(de::Error::missing_field(T::TAG));
            };
            match key {
                Key::Tag(_) if before.is_empty() => {
                    // The tag first: read the rest straight from the input.
                    let tag = map.next_value::<T::Tag>()?;
                    return T::read(tag, MapAccessDeserializer::new(map));
                }
                Key::Tag(_) => {
                    let tag = map.next_value::<T::Tag>()?;
                    let rest = Chain {
                        buffered: before.into_iter(),
                        value: None,
                        live: map,
                    };
                    return T::read(tag, MapAccessDeserializer::new(rest));
                }
                Key::Other(key) => {
                    let value = Content::next_value_within(&mut map, MAX_BUFFERED_DOCUMENT_VALUES)?;
                    before.push((key, value));
                }
            }
        }
    }
}

/// The entries of an object without its tag: first those buffered before the tag, then
/// the rest straight from the input.
struct Chain<A> {
    buffered: std::vec::IntoIter<(Content, Content)>,
    /// The key and value of the buffered entry whose key was just read.
    value: Option<(Content, Content)>,
    live: A,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Chain<A> {
    type Error = A::Error;

    fn next_key_seed<K: de::DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        match self.buffered.next() {
            Some((key, value)) => {
                let read = seed.deserialize(ContentDeserializer::<A::Error>::new(key.clone()))?;
                self.value = Some((key, value));
                Ok(Some(read))
            }
            None => self.live.next_key_seed(seed),
        }
    }

    fn next_value_seed<V: de::DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, A::Error> {
        match self.value.take() {
            // Read as strictly as the input would have been; the error, which has no
            // place in the input, is led by its key, so the path still reaches it.
            Some((key, value)) => seed
                .deserialize(crate::strict::Strict(ContentDeserializer::<A::Error>::new(
                    value,
                )))
                .map_err(|err| match key {
                    Content::Str(key) => led_by_key(&key, &err),
                    _ => err,
                }),
            None => self.live.next_value_seed(seed),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        self.live
            .size_hint()
            .map(|live| live.saturating_add(self.buffered.len()))
    }
}

/// The longest name of a field of any tagged shape, in bytes, with room to spare: a
/// longer key before the tag is refused at once.
const MAX_FIELD_NAME_BYTES: usize = 64;

/// A key of a tagged object: the tag, or another key kept to be read later.
enum Key<T> {
    Tag(PhantomData<T>),
    Other(Content),
}

impl<'de, T: Tagged<'de>> Deserialize<'de> for Key<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor<T>(PhantomData<T>);

        impl<'de, T: Tagged<'de>> Visitor<'de> for KeyVisitor<T> {
            type Value = Key<T>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a key")
            }

            fn visit_str<E: de::Error>(self, key: &str) -> Result<Key<T>, E> {
                if key == T::TAG {
                    Ok(Key::Tag(PhantomData))
                } else if key.len() > MAX_FIELD_NAME_BYTES {
                    // No shape has such a field: refused now, not kept to be refused
                    // once the tag is known, so a huge key is never copied.
                    Err(E::custom(format_args!(
                        "unknown field `{}`: no field has a name this long",
                        quote(key)
                    )))
                } else {
                    Ok(Key::Other(Content::Str(key.to_owned())))
                }
            }
        }

        deserializer.deserialize_identifier(KeyVisitor(PhantomData))
    }
}

/// An object with no keys left: the rest of a shape that has no fields, such as a
/// permanent contract. Any key is refused by name.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NoFields {}

/// Reads the rest of an object that must hold nothing more.
pub(crate) fn no_fields<'de, D: Deserializer<'de>>(rest: D) -> Result<(), D::Error> {
    NoFields::deserialize(rest).map(|NoFields {}| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    enum Shape {
        Dot,
        Line { length: u16 },
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Kind {
        Dot,
        Line,
    }

    impl<'de> Tagged<'de> for Shape {
        type Tag = Kind;
        const TAG: &'static str = "kind";
        const EXPECTING: &'static str = r#"an object with "kind": "dot" or "line""#;

        fn read<D: Deserializer<'de>>(tag: Kind, rest: D) -> Result<Self, D::Error> {
            #[derive(Deserialize)]
            #[serde(deny_unknown_fields)]
            struct Line {
                length: u16,
            }
            match tag {
                Kind::Dot => no_fields(rest).map(|()| Shape::Dot),
                Kind::Line => Line::deserialize(rest).map(|l| Shape::Line { length: l.length }),
            }
        }
    }

    impl<'de> Deserialize<'de> for Shape {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            deserialize(d)
        }
    }

    fn read(json: &str) -> Result<Shape, String> {
        serde_json::from_str::<Shape>(json).map_err(|e| e.to_string())
    }

    #[test]
    fn the_tag_selects_the_shape_in_any_order() {
        assert_eq!(read(r#"{"kind": "dot"}"#), Ok(Shape::Dot));
        assert_eq!(
            read(r#"{"kind": "line", "length": 3}"#),
            Ok(Shape::Line { length: 3 })
        );
        assert_eq!(
            read(r#"{"length": 3, "kind": "line"}"#),
            Ok(Shape::Line { length: 3 })
        );
    }

    #[test]
    fn errors_name_the_key_and_what_is_expected() {
        let err = read(r#"{"kind": "dot", "length": 3}"#).unwrap_err();
        assert!(
            err.starts_with("unknown field `length`, there are no fields"),
            "{err}"
        );
        let err = read(r#"{"length": 3, "kind": "dot"}"#).unwrap_err();
        assert!(
            err.starts_with("unknown field `length`, there are no fields"),
            "{err}"
        );
        let err = read(r#""dot""#).unwrap_err();
        assert!(
            err.starts_with(
                r#"invalid type: string "dot", expected an object with "kind": "dot" or "line""#
            ),
            "{err}"
        );
        let err = read(r#"{"length": 3}"#).unwrap_err();
        assert!(err.starts_with("missing field `kind`"), "{err}");
        let err = read(r#"{"kind": "circle"}"#).unwrap_err();
        assert!(
            err.starts_with("unknown variant `circle`, expected `dot` or `line`"),
            "{err}"
        );
        // Read straight from the input, the error keeps its position inside the object.
        let err =
            serde_json::from_str::<Shape>("{\"kind\": \"line\",\n \"length\": 70000}").unwrap_err();
        assert_eq!((err.line(), err.column()), (2, 16));
    }
}
