//! Declarations shared by the modules of the model.

/// Declares a fieldless enum of the model with the crate's id convention: each value's
/// id is its `snake_case` name, and serde, `Display` and `IntoStaticStr` (strum),
/// `FromStr` and the JSON Schema all use it. Values iterate in declaration order
/// (`strum::EnumIter`) and the count is known (`strum::EnumCount`).
///
/// `FromStr` reads through serde's derived `Deserialize`, so it accepts exactly the ids
/// serde does, and fails with the crate's [`ParseIdError`](crate::ParseIdError).
///
/// A value can still take another id with `#[serde(rename = "..")]` and
/// `#[strum(serialize = "..")]` together (languages use their ISO 639-1 codes).
///
/// Written `model_enum! { withheld; ... }`, the enum's values are sensitive when applied
/// to a person (experience backgrounds), and `FromStr`'s error does not repeat the text.
macro_rules! model_enum {
    (withheld; $(#[$attr:meta])* pub enum $Name:ident { $($body:tt)* }) => {
        model_enum!(@declare withheld,
            "Reads an id. A value of this enum applied to a person is sensitive, so the \
             error does not repeat the text ([`ParseIdError::value`](crate::ParseIdError::value) \
             is `None`).",
            $(#[$attr])* pub enum $Name { $($body)* });
    };
    ($(#[$attr:meta])* pub enum $Name:ident { $($body:tt)* }) => {
        model_enum!(@declare new,
            "Reads an id; the error names the enum and quotes the text.",
            $(#[$attr])* pub enum $Name { $($body)* });
    };
    (@declare $error:ident, $doc:literal, $(#[$attr:meta])* pub enum $Name:ident { $($body:tt)* }) => {
        $(#[$attr])*
        #[derive(
            Debug,
            Clone,
            Copy,
            PartialEq,
            Eq,
            Hash,
            PartialOrd,
            Ord,
            serde::Serialize,
            serde::Deserialize,
            strum::Display,
            strum::IntoStaticStr,
            strum::EnumIter,
            strum::EnumCount,
        )]
        #[serde(rename_all = "snake_case")]
        #[strum(serialize_all = "snake_case")]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        pub enum $Name { $($body)* }

        #[doc = $doc]
        impl core::str::FromStr for $Name {
            type Err = $crate::ParseIdError;

            fn from_str(id: &str) -> Result<Self, Self::Err> {
                $crate::validate::enum_from_id(id)
                    .ok_or_else(|| $crate::ParseIdError::$error(stringify!($Name), id))
            }
        }
    };
}

/// Implements `Serialize` and `Deserialize` for a type that derives both with
/// `#[serde(remote = "Self")]`: it is written in its derived form, and reading runs the
/// method `$check` (returning a `Result` whose error is `Display`) on what was read, so
/// an invalid document never becomes a value. Doc comments go on the `Deserialize` impl.
macro_rules! checked_on_read {
    ($(#[$doc:meta])* $Type:ident, $check:ident) => {
        impl serde::Serialize for $Type {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                $Type::serialize(self, serializer)
            }
        }

        $(#[$doc])*
        impl<'de> serde::Deserialize<'de> for $Type {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = $Type::deserialize(deserializer)?;
                value.$check().map_err(serde::de::Error::custom)?;
                Ok(value)
            }
        }
    };
}
