//! Checks shared by the validating constructors and deserializers.

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
    /// The field's name in the object that holds it, for the error message: relative,
    /// as the error is raised while that object is read, and the path to the object
    /// comes from where it is (or, for an object read from a buffer, from the keys that
    /// lead the error; see `crate::content`).
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

/// Deserializes a whole number from `MIN` to `MAX` into `T`, with an error that states
/// the range in words a writer of JSON understands: ``invalid value: integer `65536`,
/// expected a whole number from 1 to 65535``.
pub(crate) fn whole<'de, D, T, const MIN: u64, const MAX: u64>(
    deserializer: D,
) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: TryFrom<u64>,
{
    struct Whole<T, const MIN: u64, const MAX: u64>(core::marker::PhantomData<T>);

    impl<T: TryFrom<u64>, const MIN: u64, const MAX: u64> Whole<T, MIN, MAX> {
        fn refuse<E: serde::de::Error>(&self, unexpected: serde::de::Unexpected<'_>) -> E {
            E::invalid_value(unexpected, self)
        }
    }

    impl<T: TryFrom<u64>, const MIN: u64, const MAX: u64> serde::de::Visitor<'_>
        for Whole<T, MIN, MAX>
    {
        type Value = T;

        fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            write!(f, "a whole number from {MIN} to {MAX}")
        }

        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<T, E> {
            if (MIN..=MAX).contains(&v) {
                T::try_from(v).map_err(|_| self.refuse(serde::de::Unexpected::Unsigned(v)))
            } else {
                Err(self.refuse(serde::de::Unexpected::Unsigned(v)))
            }
        }

        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<T, E> {
            match u64::try_from(v) {
                Ok(v) => self.visit_u64(v),
                Err(_) => Err(self.refuse(serde::de::Unexpected::Signed(v))),
            }
        }

        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            clippy::float_cmp
        )] // checked to be a whole number in range first
        fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<T, E> {
            if v.fract() == 0.0 && (0.0..=1.0e15).contains(&v) {
                self.visit_u64(v as u64)
            } else {
                Err(self.refuse(serde::de::Unexpected::Float(v)))
            }
        }
    }

    deserializer.deserialize_u64(Whole::<T, MIN, MAX>(core::marker::PhantomData))
}
