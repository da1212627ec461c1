//! Reading a person's experience backgrounds without repeating them: every fault of
//! the value is refused with an error that withholds it.

use core::cell::Cell;
use core::fmt;

use serde::de::{
    self, DeserializeSeed, EnumAccess, IntoDeserializer, MapAccess, SeqAccess, Visitor,
};
use serde::{Deserialize, Deserializer};

use crate::job::ExperienceBackground;

use super::super::error::RecordError;
use super::MAX_PERSON_BACKGROUNDS;

/// Refuses the value being read as a person's experience backgrounds: marks it refused
/// and fails with an error that withholds it.
fn refuse<T, E: de::Error>(refused: &Cell<bool>) -> Result<T, E> {
    refused.set(true);
    Err(E::custom(RecordError::InvalidExperienceBackgrounds))
}

/// The `visit_*` methods of a value that is refused whatever it holds: every kind of
/// value but a string and a list, which the visitor handles itself.
macro_rules! refuse_other_values {
    ($de:lifetime) => {
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            refuse(self.refused)
        }

        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
            refuse(self.refused)
        }

        fn visit_i128<E: de::Error>(self, _: i128) -> Result<Self::Value, E> {
            refuse(self.refused)
        }

        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
            refuse(self.refused)
        }

        fn visit_u128<E: de::Error>(self, _: u128) -> Result<Self::Value, E> {
            refuse(self.refused)
        }

        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
            refuse(self.refused)
        }

        fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<Self::Value, E> {
            refuse(self.refused)
        }

        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            refuse(self.refused)
        }

        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            refuse(self.refused)
        }

        fn visit_some<D: Deserializer<$de>>(self, _: D) -> Result<Self::Value, D::Error> {
            refuse(self.refused)
        }

        fn visit_newtype_struct<D: Deserializer<$de>>(self, _: D) -> Result<Self::Value, D::Error> {
            refuse(self.refused)
        }

        fn visit_map<A: MapAccess<$de>>(self, _: A) -> Result<Self::Value, A::Error> {
            refuse(self.refused)
        }

        fn visit_enum<A: EnumAccess<$de>>(self, _: A) -> Result<Self::Value, A::Error> {
            refuse(self.refused)
        }
    };
}

/// Reads a person's experience backgrounds: a list of at most
/// [`MAX_PERSON_BACKGROUNDS`] ids, refused at the first entry past it.
///
/// Serde's own errors repeat the value (``invalid type: string "…"``, ``unknown variant
/// `…` ``), so every fault of the value itself is refused here instead, with
/// [`RecordError::InvalidExperienceBackgrounds`], and `refused` is set. The value is
/// read with `deserialize_any`, so that it is this visitor, not the input format, that
/// meets every kind of value. Errors of the format itself (input that is not JSON, or
/// ends too soon) pass as they are: they never hold the value.
#[derive(Clone, Copy)]
pub(super) struct BackgroundList<'a> {
    pub(super) refused: &'a Cell<bool>,
}

impl<'de> DeserializeSeed<'de> for BackgroundList<'_> {
    type Value = Vec<ExperienceBackground>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for BackgroundList<'_> {
    type Value = Vec<ExperienceBackground>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "a list of at most {MAX_PERSON_BACKGROUNDS} experience background ids"
        )
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
        refuse(self.refused)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut backgrounds =
            Vec::with_capacity(seq.size_hint().unwrap_or(0).min(MAX_PERSON_BACKGROUNDS));
        while let Some(background) = seq.next_element_seed(Background {
            refused: self.refused,
        })? {
            if backgrounds.len() >= MAX_PERSON_BACKGROUNDS {
                return refuse(self.refused);
            }
            backgrounds.push(background);
        }
        Ok(backgrounds)
    }

    refuse_other_values!('de);
}

/// Reads one entry of [`BackgroundList`]: the id of an experience background.
#[derive(Clone, Copy)]
struct Background<'a> {
    refused: &'a Cell<bool>,
}

impl<'de> DeserializeSeed<'de> for Background<'_> {
    type Value = ExperienceBackground;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Background<'_> {
    type Value = ExperienceBackground;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an experience background id")
    }

    /// The background with the id `id`, read as serde reads it elsewhere.
    fn visit_str<E: de::Error>(self, id: &str) -> Result<Self::Value, E> {
        let id: de::value::StrDeserializer<'_, de::value::Error> = id.into_deserializer();
        ExperienceBackground::deserialize(id).or_else(|_| refuse(self.refused))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        refuse(self.refused)
    }

    refuse_other_values!('de);
}
