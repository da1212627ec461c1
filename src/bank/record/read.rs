//! Reading a [`PeerWorkerRecord`]: a hand-written map visitor, so every error names the
//! field it is about and, inside a roster, the record's position and id.

use core::cell::Cell;
use core::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use crate::error::{quote, quote_bounded};
use crate::job::{ExperienceBackground, FormOfWork};
use crate::language::Language;
use crate::task_set::TaskSet;
use crate::validate::bounded_list;

use super::super::MAX_AVAILABILITY_RANGES;
use super::super::availability::DateRange;
use super::super::error::{RecordError, RosterError};
use super::read_backgrounds::BackgroundList;
use super::{PeerWorkerRecord, ServiceArea, Training};
use crate::content::{Content, ContentDeserializer};

/// A field of a record, named as in JSON.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, strum::EnumString, strum::IntoStaticStr, strum::VariantNames,
)]
#[strum(serialize_all = "snake_case")]
enum Field {
    Id,
    Tasks,
    ExperienceBackgrounds,
    Training,
    FormsOfWork,
    MaxWorkingTimePercent,
    Languages,
    ServiceArea,
    Availability,
}

/// The names of the fields, for serde's messages.
const FIELDS: &[&str] = <Field as strum::VariantNames>::VARIANTS;

impl Field {
    const fn bit(self) -> u16 {
        1 << self as u16
    }

    fn name(self) -> &'static str {
        self.into()
    }
}

/// A key of a record: a field, or a name that is not one.
enum Key {
    Known(Field),
    Unknown(String),
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;

        impl Visitor<'_> for KeyVisitor {
            type Value = Key;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }

            fn visit_str<E: de::Error>(self, name: &str) -> Result<Key, E> {
                Ok(name
                    .parse()
                    .map_or_else(|_| Key::Unknown(quote(name)), Key::Known))
            }
        }

        deserializer.deserialize_identifier(KeyVisitor)
    }
}

/// The fields of a record being read.
#[derive(Default)]
struct Slots {
    id: Option<String>,
    tasks: Option<TaskSet>,
    experience_backgrounds: Option<Vec<ExperienceBackground>>,
    training: Option<Training>,
    /// The fields read so far, one bit each.
    seen: u16,
    forms_of_work: Option<Vec<FormOfWork>>,
    max_working_time_percent: Option<u16>,
    languages: Option<Vec<Language>>,
    service_area: Option<ServiceArea>,
    availability: Option<Vec<DateRange>>,
    /// Whether reading `experience_backgrounds` failed on the value itself, which the
    /// error then withholds (see [`BackgroundList`]).
    backgrounds_refused: bool,
}

impl Slots {
    fn is_set(&self, field: Field) -> bool {
        self.seen & field.bit() != 0
    }

    /// Reads the value of `field`.
    fn read<'de, D: Deserializer<'de>>(&mut self, field: Field, value: D) -> Result<(), D::Error> {
        self.seen |= field.bit();
        match field {
            Field::Id => self.id = Some(Deserialize::deserialize(value)?),
            Field::Tasks => self.tasks = Some(Deserialize::deserialize(value)?),
            // Lists stop reading at their bound (each value at most once, or the limit),
            // so a hostile record cannot make them grow without limit.
            Field::ExperienceBackgrounds => {
                let refused = Cell::new(false);
                let read = BackgroundList { refused: &refused }.deserialize(value);
                self.backgrounds_refused = refused.get();
                self.experience_backgrounds = Some(read?);
            }
            Field::Training => self.training = Deserialize::deserialize(value)?,
            Field::FormsOfWork => {
                self.forms_of_work = Some(bounded_list::<_, _, { FormOfWork::COUNT }>(value)?);
            }
            Field::MaxWorkingTimePercent => {
                self.max_working_time_percent = Some(Deserialize::deserialize(value)?);
            }
            Field::Languages => {
                self.languages = Some(bounded_list::<_, _, { Language::COUNT }>(value)?);
            }
            Field::ServiceArea => self.service_area = Some(Deserialize::deserialize(value)?),
            Field::Availability => {
                self.availability = Some(bounded_list::<_, _, MAX_AVAILABILITY_RANGES>(value)?);
            }
        }
        Ok(())
    }

    /// The record, or the first required field that is missing.
    fn into_record(self) -> Result<PeerWorkerRecord, &'static str> {
        Ok(PeerWorkerRecord {
            id: self.id.ok_or("id")?.into_boxed_str(),
            tasks: self.tasks.ok_or("tasks")?,
            experience_backgrounds: self
                .experience_backgrounds
                .unwrap_or_default()
                .into_boxed_slice(),
            training: self.training,
            forms_of_work: self
                .forms_of_work
                .ok_or("forms_of_work")?
                .into_boxed_slice(),
            max_working_time_percent: self
                .max_working_time_percent
                .ok_or("max_working_time_percent")?,
            languages: self.languages.ok_or("languages")?.into_boxed_slice(),
            service_area: self.service_area.ok_or("service_area")?,
            availability: self.availability.ok_or("availability")?.into_boxed_slice(),
        })
    }
}

/// Reads one field's value straight from the input.
struct FieldSeed<'a> {
    field: Field,
    slots: &'a mut Slots,
}

impl<'de> DeserializeSeed<'de> for FieldSeed<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        self.slots.read(self.field, deserializer)
    }
}

/// The longest message about one field of a record that a record's error repeats, in
/// bytes: longer ones are cut, and characters a line of text refuses are escaped, as in
/// [`quote`]. Room for any message of the crate's own; a bound for serde's, which repeat
/// the value they refuse.
const MAX_FIELD_MESSAGE_BYTES: usize = 512;

/// Where a record being read sits: alone, or at a position in a roster.
#[derive(Clone, Copy)]
pub(in crate::bank) struct RecordSeed {
    /// The position in the roster's `workers`, if in a roster.
    pub(in crate::bank) index: Option<usize>,
}

impl RecordSeed {
    /// An error about `field` (or the record as a whole, for an empty field), located
    /// in the roster.
    ///
    /// The message is quoted (see [`MAX_FIELD_MESSAGE_BYTES`]): serde's own messages
    /// repeat the value they refuse (``unknown variant `…` ``), whole and raw.
    fn error<E: de::Error>(self, id: Option<&str>, field: &str, message: &dyn fmt::Display) -> E {
        let message = quote_bounded(&message.to_string(), MAX_FIELD_MESSAGE_BYTES);
        // A message led by an index (from a buffered list) joins the field: `languages[1]`.
        let field = match field {
            "" => String::new(),
            _ if message.starts_with('[') => field.to_owned(),
            _ => format!("{field}: "),
        };
        match (self.index, id) {
            (Some(index), Some(id)) => E::custom(format_args!(
                "workers[{index}] (id `{}`): {field}{message}",
                quote(id)
            )),
            (Some(index), None) => E::custom(format_args!("workers[{index}]: {field}{message}")),
            (None, _) => E::custom(format_args!("{field}{message}")),
        }
    }

    /// An error met while reading `field`: a refused `experience_backgrounds` value
    /// becomes [`RecordError::InvalidExperienceBackgrounds`], which withholds it;
    /// anything else is reported as it came, after the field.
    fn read_error<E: de::Error>(
        self,
        id: Option<&str>,
        field: Field,
        backgrounds_refused: bool,
        err: &E,
    ) -> E {
        if backgrounds_refused {
            self.error(id, "", &RecordError::InvalidExperienceBackgrounds)
        } else {
            self.error(id, field.name(), err)
        }
    }
}

impl<'de> DeserializeSeed<'de> for RecordSeed {
    type Value = PeerWorkerRecord;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_struct("PeerWorkerRecord", FIELDS, self)
    }
}

/// Reading a record runs the same rules as [`PeerWorkerRecord::builder`]; every error
/// starts with the field it is about. Its parts are objects, never arrays (see
/// `crate::strict`).
impl<'de> Deserialize<'de> for PeerWorkerRecord {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        RecordSeed { index: None }.deserialize(crate::strict::Strict(deserializer))
    }
}

impl<'de> Visitor<'de> for RecordSeed {
    type Value = PeerWorkerRecord;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a peer-worker record")
    }

    /// Reads the fields in any order. In a roster, the values met before the id are
    /// buffered and read once the id is known, so that every error names it.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<PeerWorkerRecord, A::Error> {
        let in_roster = self.index.is_some();
        let mut slots = Slots::default();
        let mut pending: Vec<(Field, Content)> = Vec::new();
        let mut unknown: Option<String> = None;
        while let Some(key) = map
            .next_key::<Key>()
            .map_err(|err| self.error(slots.id.as_deref(), "", &err))?
        {
            let field = match key {
                Key::Known(field) => field,
                Key::Unknown(name) if in_roster && slots.id.is_none() => {
                    map.next_value::<de::IgnoredAny>()?;
                    unknown.get_or_insert(name);
                    continue;
                }
                Key::Unknown(name) => {
                    let err: A::Error = de::Error::unknown_field(&name, FIELDS);
                    return Err(self.error(slots.id.as_deref(), "", &err));
                }
            };
            if slots.is_set(field) || pending.iter().any(|&(f, _)| f == field) {
                let err: A::Error = de::Error::duplicate_field(field.name());
                return Err(self.error(slots.id.as_deref(), "", &err));
            }
            if in_roster && field != Field::Id && slots.id.is_none() {
                let value = Content::next_value(&mut map).map_err(|(err, too_large)| {
                    if too_large {
                        // A value too large to buffer is refused, withheld, like any
                        // other `experience_backgrounds` value that cannot be read.
                        let refused = field == Field::ExperienceBackgrounds;
                        self.read_error(None, field, refused, &err)
                    } else {
                        // Buffering takes any value, so the input itself is broken
                        // (a raw control character, a lone surrogate): the reader's
                        // own error, a syntax error at its place.
                        err
                    }
                })?;
                pending.push((field, value));
            } else {
                map.next_value_seed(FieldSeed {
                    field,
                    slots: &mut slots,
                })
                .map_err(|err| {
                    self.read_error(slots.id.as_deref(), field, slots.backgrounds_refused, &err)
                })?;
            }
        }
        let id = slots.id.clone();
        if let Some(name) = unknown {
            let err: A::Error = de::Error::unknown_field(&name, FIELDS);
            return Err(self.error(id.as_deref(), "", &err));
        }
        // What was buffered is read as strictly as the input would have been: a struct
        // written as an array is refused there too.
        for (field, value) in pending {
            slots
                .read(
                    field,
                    crate::strict::Strict(ContentDeserializer::<A::Error>::new(value)),
                )
                .map_err(|err| {
                    self.read_error(id.as_deref(), field, slots.backgrounds_refused, &err)
                })?;
        }
        let record = slots.into_record().map_err(|field| {
            self.error(id.as_deref(), "", &format_args!("missing field `{field}`"))
        })?;
        match (record.validate(), self.index) {
            (Ok(()), _) => Ok(record),
            (Err(error), None) => Err(de::Error::custom(error)),
            (Err(error), Some(index)) => Err(de::Error::custom(RosterError::InvalidRecord {
                index,
                id: quote(&record.id),
                error,
            })),
        }
    }
}
