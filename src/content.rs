//! A buffered value of any self-describing format, read now and deserialized later.
//!
//! A document's fields may come in any order (writers that sort keys put `kind` after
//! the fields it selects, and a bank record's `id` after `availability`). Where a
//! reader needs one field before it can read the others, the values met before it are
//! buffered here, within a budget, and deserialized once it is known.
//!
//! A buffered value has no place in the input any more, so an error met while
//! deserializing it is led by the keys and indexes that lead to it (`contract: kind:
//! unknown variant …`, `tasks[2]: …`); `from_json` reads those leads as the path.

use core::cell::Cell;
use core::fmt;
use core::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, forward_to_deserialize_any};

use crate::error::quote;

/// Any value: what JSON and similar formats can hold.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Content {
    Unit,
    Bool(bool),
    U64(u64),
    I64(i64),
    F64(f64),
    Str(String),
    Seq(Vec<Content>),
    Map(Vec<(Content, Content)>),
}

/// The most values one buffered field may hold, nested ones included: many more than
/// any valid field has (a record's longest list has 64 entries), few enough that a
/// hostile record cannot make the buffer grow without limit.
pub(crate) const MAX_BUFFERED_VALUES: usize = 1024;

/// The most values a buffered document may hold, nested ones included: several times
/// what the largest valid job description holds.
pub(crate) const MAX_BUFFERED_DOCUMENT_VALUES: usize = 16_384;

impl<'de> Deserialize<'de> for Content {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let budget = Budget::new(MAX_BUFFERED_VALUES);
        ContentSeed { budget: &budget }.deserialize(deserializer)
    }
}

impl Content {
    /// Buffers the value of the entry `map` is at. On error, also tells whether the
    /// value was too large to buffer (rather than input that is not well formed).
    pub(crate) fn next_value<'de, A: MapAccess<'de>>(
        map: &mut A,
    ) -> Result<Self, (A::Error, bool)> {
        let budget = Budget::new(MAX_BUFFERED_VALUES);
        map.next_value_seed(ContentSeed { budget: &budget })
            .map_err(|err| (err, budget.spent.get()))
    }

    /// Buffers the value of the entry `map` is at, within a budget of `max` values.
    pub(crate) fn next_value_within<'de, A: MapAccess<'de>>(
        map: &mut A,
        max: usize,
    ) -> Result<Self, A::Error> {
        let budget = Budget::new(max);
        map.next_value_seed(ContentSeed { budget: &budget })
    }
}

/// The values one buffered field may still take, and whether it asked for more.
struct Budget {
    max: usize,
    left: Cell<usize>,
    spent: Cell<bool>,
}

impl Budget {
    fn new(max: usize) -> Self {
        Self {
            max,
            left: Cell::new(max),
            spent: Cell::new(false),
        }
    }
}

/// Reads a [`Content`], taking one from `budget` for every value, nested ones included.
#[derive(Clone, Copy)]
struct ContentSeed<'a> {
    budget: &'a Budget,
}

impl ContentSeed<'_> {
    /// Takes one value from the budget, or fails when it is spent.
    fn take<E: de::Error>(self) -> Result<(), E> {
        if let Some(left) = self.budget.left.get().checked_sub(1) {
            self.budget.left.set(left);
            Ok(())
        } else {
            self.budget.spent.set(true);
            Err(E::custom(format_args!(
                "too large: more than {} values",
                self.budget.max
            )))
        }
    }
}

impl<'de> DeserializeSeed<'de> for ContentSeed<'_> {
    type Value = Content;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Content, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ContentSeed<'_> {
    type Value = Content;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Content, E> {
        self.take()?;
        Ok(Content::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Content, E> {
        self.take()?;
        Ok(Content::I64(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Content, E> {
        self.take()?;
        Ok(Content::U64(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Content, E> {
        self.take()?;
        Ok(Content::F64(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Content, E> {
        self.take()?;
        Ok(Content::Str(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Content, E> {
        self.take()?;
        Ok(Content::Str(v))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Content, E> {
        self.take()?;
        Ok(Content::Unit)
    }

    fn visit_none<E: de::Error>(self) -> Result<Content, E> {
        self.take()?;
        Ok(Content::Unit)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Content, D::Error> {
        self.deserialize(d)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Content, A::Error> {
        self.take()?;
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element_seed(self)? {
            items.push(item);
        }
        Ok(Content::Seq(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Content, A::Error> {
        self.take()?;
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0).min(64));
        while let Some(entry) = map.next_entry_seed(self, self)? {
            entries.push(entry);
        }
        Ok(Content::Map(entries))
    }
}

/// Deserializes a [`Content`], with errors of type `E`.
pub(crate) struct ContentDeserializer<E> {
    content: Content,
    error: PhantomData<E>,
}

impl<E> ContentDeserializer<E> {
    pub(crate) fn new(content: Content) -> Self {
        Self {
            content,
            error: PhantomData,
        }
    }
}

impl<E: de::Error> IntoDeserializer<'_, E> for Content {
    type Deserializer = ContentDeserializer<E>;

    fn into_deserializer(self) -> ContentDeserializer<E> {
        ContentDeserializer::new(self)
    }
}

impl<'de, E: de::Error> Deserializer<'de> for ContentDeserializer<E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match self.content {
            Content::Unit => visitor.visit_unit(),
            Content::Bool(v) => visitor.visit_bool(v),
            Content::U64(v) => visitor.visit_u64(v),
            Content::I64(v) => visitor.visit_i64(v),
            Content::F64(v) => visitor.visit_f64(v),
            Content::Str(v) => visitor.visit_string(v),
            Content::Seq(items) => {
                let mut seq = BufferedSeq::new(items);
                let value = visitor.visit_seq(&mut seq)?;
                seq.end()?;
                Ok(value)
            }
            Content::Map(entries) => {
                let mut map = BufferedMap::new(entries);
                let value = visitor.visit_map(&mut map)?;
                map.end()?;
                Ok(value)
            }
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match self.content {
            Content::Unit => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, E> {
        match self.content {
            Content::Str(variant) => visitor.visit_enum(variant.into_deserializer()),
            Content::Map(entries) => {
                visitor.visit_enum(MapAccessDeserializer::new(BufferedMap::<E>::new(entries)))
            }
            _ => Self::new(self.content).deserialize_any(EnumTypeError {
                name,
                variants,
                visitor: PhantomData::<V>,
            }),
        }
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct identifier ignored_any
    }
}

/// `err` led by the key of the entry it is about: `key: …`, or `key[i]…` when it is
/// led by an index already. The key is quoted (see [`quote`]).
pub(crate) fn led_by_key<E: de::Error>(key: &str, err: &E) -> E {
    let message = err.to_string();
    let key = quote(key);
    if message.starts_with('[') {
        E::custom(format_args!("{key}{message}"))
    } else {
        E::custom(format_args!("{key}: {message}"))
    }
}

/// `err` led by the index of the item it is about: `[index]: …`, or `[index][j]…`.
fn led_by_index<E: de::Error>(index: usize, err: &E) -> E {
    let message = err.to_string();
    if message.starts_with('[') {
        E::custom(format_args!("[{index}]{message}"))
    } else {
        E::custom(format_args!("[{index}]: {message}"))
    }
}

/// The items of a buffered sequence.
struct BufferedSeq<E> {
    items: std::vec::IntoIter<Content>,
    index: usize,
    error: PhantomData<E>,
}

impl<E: de::Error> BufferedSeq<E> {
    fn new(items: Vec<Content>) -> Self {
        Self {
            items: items.into_iter(),
            index: 0,
            error: PhantomData,
        }
    }

    /// Refuses items the visitor left unread, as serde's own buffers do.
    fn end(self) -> Result<(), E> {
        match self.items.len() {
            0 => Ok(()),
            left => Err(de::Error::invalid_length(
                self.index.saturating_add(left),
                &"fewer elements in sequence",
            )),
        }
    }
}

impl<'de, E: de::Error> SeqAccess<'de> for BufferedSeq<E> {
    type Error = E;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, E> {
        let Some(item) = self.items.next() else {
            return Ok(None);
        };
        let index = self.index;
        self.index = index.saturating_add(1);
        seed.deserialize(ContentDeserializer::new(item))
            .map(Some)
            .map_err(|err| led_by_index(index, &err))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

/// The entries of a buffered map.
struct BufferedMap<E> {
    entries: std::vec::IntoIter<(Content, Content)>,
    /// The value of the entry whose key was just read, and the key if it is a text.
    value: Option<(Option<String>, Content)>,
    error: PhantomData<E>,
}

impl<E: de::Error> BufferedMap<E> {
    fn new(entries: Vec<(Content, Content)>) -> Self {
        Self {
            entries: entries.into_iter(),
            value: None,
            error: PhantomData,
        }
    }

    /// Refuses entries the visitor left unread, as serde's own buffers do.
    fn end(self) -> Result<(), E> {
        match self.entries.len() {
            0 => Ok(()),
            left => Err(de::Error::invalid_length(left, &"fewer elements in map")),
        }
    }
}

impl<'de, E: de::Error> MapAccess<'de> for BufferedMap<E> {
    type Error = E;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, E> {
        let Some((key, value)) = self.entries.next() else {
            return Ok(None);
        };
        let name = match &key {
            Content::Str(name) => Some(name.clone()),
            _ => None,
        };
        let read = seed.deserialize(ContentDeserializer::new(key))?;
        self.value = Some((name, value));
        Ok(Some(read))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, E> {
        let (name, value) = self
            .value
            .take()
            .ok_or_else(|| de::Error::custom("a value was asked for before its key"))?;
        seed.deserialize(ContentDeserializer::new(value))
            .map_err(|err| match name {
                Some(name) => led_by_key(&name, &err),
                None => err,
            })
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// Reports a value that cannot be an enum, in the words of the visitor that wanted one.
struct EnumTypeError<V> {
    name: &'static str,
    variants: &'static [&'static str],
    visitor: PhantomData<V>,
}

impl<'de, V: Visitor<'de>> Visitor<'de> for EnumTypeError<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "enum {} (one of {:?})", self.name, self.variants)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::job::FormOfWork;
    use crate::task_set::TaskSet;

    type Error = de::value::Error;

    fn from<T: for<'de> Deserialize<'de>>(content: Content) -> Result<T, Error> {
        T::deserialize(ContentDeserializer::<Error>::new(content))
    }

    #[test]
    fn buffered_values_deserialize_like_the_original() {
        let text = |s: &str| Content::Str(s.to_owned());
        assert_eq!(
            from::<FormOfWork>(text("salaried")).ok(),
            Some(FormOfWork::Salaried)
        );
        assert_eq!(from::<Option<u16>>(Content::Unit).ok(), Some(None));
        assert_eq!(from::<Option<u16>>(Content::U64(7)).ok(), Some(Some(7)));
        assert!(from::<u16>(Content::U64(70_000)).is_err());
        assert!(from::<FormOfWork>(Content::U64(1)).is_err());
        let tasks = Content::Seq(vec![text("escorts_clients"), text("escorts_clients")]);
        assert!(
            from::<TaskSet>(tasks)
                .err()
                .is_some_and(|e| e.to_string().contains("more than once"))
        );
    }

    #[test]
    fn buffering_stops_at_its_bound() {
        let values = |n: usize| format!("[{}]", vec!["[1, 2]"; n].join(","));
        // Each `[1, 2]` is three values, the outer list one more.
        let fits = (MAX_BUFFERED_VALUES - 1) / 3;
        let read = |n| serde_json::from_str::<Content>(&values(n));
        assert!(matches!(read(fits), Ok(Content::Seq(items)) if items.len() == fits));
        let err = read(fits + 1)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.starts_with("too large: more than 1024 values"), "{err}");
    }
}
