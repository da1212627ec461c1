//! Reading a document strictly: a struct is an object, never an array.
//!
//! serde's derived reader of a struct also takes its fields as a sequence in order, so
//! `"employer": ["City of Vantaa", "Ohjaamo"]` would read as an employer, and a whole
//! job description as an array of its field values. The schemas say objects, and a
//! document written as an array is almost always a mistake, so every document of the
//! crate is read through [`Strict`], which refuses a sequence wherever a struct is read,
//! at any depth, with serde's kind of error in a JSON writer's words: ``invalid type:
//! sequence, expected an object with "organisation", "unit"``. The same words stand
//! for a struct wherever a value of another type is found in its place.
//!
//! `Strict` wraps a deserializer and everything it hands out (sequences, maps, enums,
//! options, newtypes), passing every call through unchanged but for that one.

use core::fmt;

use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor,
};

/// A deserializer that refuses sequences where structs are read.
pub(crate) struct Strict<D>(pub(crate) D);

/// Reads `T` from `deserializer` strictly.
pub(crate) fn deserialize<'de, T: de::Deserialize<'de>, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    T::deserialize(Strict(deserializer))
}

/// A visitor that passes everything on; for a struct, it refuses a sequence.
struct StrictVisitor<V> {
    inner: V,
    /// The fields of the struct being read, or `None` for any other value.
    fields: Option<&'static [&'static str]>,
}

impl<V> StrictVisitor<V> {
    fn new(inner: V) -> Self {
        Self {
            inner,
            fields: None,
        }
    }

    fn for_struct(inner: V, fields: &'static [&'static str]) -> Self {
        Self {
            inner,
            fields: Some(fields),
        }
    }
}

/// What a visitor expects, as text.
struct Expected<'a, V>(&'a V);

impl<'de, V: Visitor<'de>> fmt::Display for Expected<'_, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }
}

/// How many of a struct's keys an error names before it says "…".
const KEYS_NAMED: usize = 4;

/// What a struct is to a JSON or TOML writer: `an object with "organisation", "unit"`,
/// the first few keys named, rather than serde's `struct Employer`.
fn expecting_object(fields: &[&str], f: &mut fmt::Formatter<'_>) -> fmt::Result {
    f.write_str("an object")?;
    for (index, field) in fields.iter().take(KEYS_NAMED).enumerate() {
        let lead = if index == 0 { " with " } else { ", " };
        write!(f, "{lead}\"{field}\"")?;
    }
    if fields.len() > KEYS_NAMED {
        f.write_str(", …")?;
    }
    Ok(())
}

/// A seed that reads its value strictly.
struct StrictSeed<S>(S);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for StrictSeed<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(Strict(deserializer))
    }
}

macro_rules! forward {
    ($($method:ident),* $(,)?) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
                self.0.$method(StrictVisitor::new(visitor))
            }
        )*
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Strict<D> {
    type Error = D::Error;

    forward!(
        deserialize_any,
        deserialize_bool,
        deserialize_i8,
        deserialize_i16,
        deserialize_i32,
        deserialize_i64,
        deserialize_i128,
        deserialize_u8,
        deserialize_u16,
        deserialize_u32,
        deserialize_u64,
        deserialize_u128,
        deserialize_f32,
        deserialize_f64,
        deserialize_char,
        deserialize_str,
        deserialize_string,
        deserialize_bytes,
        deserialize_byte_buf,
        deserialize_option,
        deserialize_unit,
        deserialize_seq,
        deserialize_map,
        deserialize_identifier,
        deserialize_ignored_any,
    );

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0
            .deserialize_unit_struct(name, StrictVisitor::new(visitor))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0
            .deserialize_newtype_struct(name, StrictVisitor::new(visitor))
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple(len, StrictVisitor::new(visitor))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0
            .deserialize_tuple_struct(name, len, StrictVisitor::new(visitor))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0
            .deserialize_struct(name, fields, StrictVisitor::for_struct(visitor, fields))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0
            .deserialize_enum(name, variants, StrictVisitor::new(visitor))
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

macro_rules! pass {
    ($($method:ident($ty:ty)),* $(,)?) => {
        $(
            fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
                self.inner.$method(v)
            }
        )*
    };
}

impl<'de, V: Visitor<'de>> Visitor<'de> for StrictVisitor<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.fields {
            // A reader's own words stand; only serde's derived `struct Name` is replaced.
            Some(fields) if Expected(&self.inner).to_string().starts_with("struct ") => {
                expecting_object(fields, f)
            }
            _ => self.inner.expecting(f),
        }
    }

    pass!(
        visit_bool(bool),
        visit_i8(i8),
        visit_i16(i16),
        visit_i32(i32),
        visit_i64(i64),
        visit_i128(i128),
        visit_u8(u8),
        visit_u16(u16),
        visit_u32(u32),
        visit_u64(u64),
        visit_u128(u128),
        visit_f32(f32),
        visit_f64(f64),
        visit_char(char),
        visit_str(&str),
        visit_borrowed_str(&'de str),
        visit_string(String),
        visit_bytes(&[u8]),
        visit_borrowed_bytes(&'de [u8]),
        visit_byte_buf(Vec<u8>),
    );

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.inner.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.inner.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        self.inner.visit_some(Strict(deserializer))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<V::Value, D::Error> {
        self.inner.visit_newtype_struct(Strict(deserializer))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        if self.fields.is_some() {
            return Err(de::Error::invalid_type(de::Unexpected::Seq, &self));
        }
        self.inner.visit_seq(Strict(seq))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.inner.visit_map(Strict(map))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.inner.visit_enum(Strict(data))
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Strict<A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        self.0.next_element_seed(StrictSeed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Strict<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.0.next_key_seed(StrictSeed(seed))
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, A::Error> {
        self.0.next_value_seed(StrictSeed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: EnumAccess<'de>> EnumAccess<'de> for Strict<A> {
    type Error = A::Error;
    type Variant = Strict<A::Variant>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), A::Error> {
        self.0
            .variant_seed(StrictSeed(seed))
            .map(|(value, variant)| (value, Strict(variant)))
    }
}

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for Strict<A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.0.unit_variant()
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, A::Error> {
        self.0.newtype_variant_seed(StrictSeed(seed))
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        self.0.tuple_variant(len, StrictVisitor::new(visitor))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.0
            .struct_variant(fields, StrictVisitor::for_struct(visitor, fields))
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Inner {
        a: u8,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "snake_case")]
    enum Shape {
        Dot { at: u8 },
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Outer {
        inner: Option<Inner>,
        list: Vec<Inner>,
        shape: Shape,
    }

    fn read(json: &str) -> Result<Outer, String> {
        let mut de = serde_json::Deserializer::from_str(json);
        super::deserialize::<Outer, _>(&mut de).map_err(|e| e.to_string())
    }

    #[test]
    fn structs_are_objects_at_every_depth() {
        let ok = r#"{"inner": {"a": 1}, "list": [{"a": 2}], "shape": {"dot": {"at": 3}}}"#;
        assert!(read(ok).is_ok());
        for bad in [
            r#"[{"a": 1}, [], {"dot": {"at": 3}}]"#,
            r#"{"inner": [1], "list": [], "shape": {"dot": {"at": 3}}}"#,
            r#"{"inner": null, "list": [[2]], "shape": {"dot": {"at": 3}}}"#,
            r#"{"inner": null, "list": [], "shape": {"dot": [3]}}"#,
        ] {
            let err = read(bad).unwrap_err();
            assert!(
                err.starts_with("invalid type: sequence, expected an object with"),
                "{bad}: {err}"
            );
        }
        assert!(
            read(r#"[{"a": 1}, [], {"dot": {"at": 3}}]"#)
                .unwrap_err()
                .starts_with(
                    r#"invalid type: sequence, expected an object with "inner", "list", "shape" at"#
                )
        );
        // Any other value in a struct's place gets the same words.
        assert!(
            read(r#"{"inner": 5, "list": [], "shape": {"dot": {"at": 3}}}"#)
                .unwrap_err()
                .starts_with(r#"invalid type: integer `5`, expected an object with "a" at"#)
        );
        // Plain serde takes arrays as structs.
        assert!(serde_json::from_str::<Outer>(r#"[{"a": 1}, [], {"dot": {"at": 3}}]"#).is_ok());
    }
}
