//! Declarations shared by the modules of the model.

/// Declares a fieldless enum of the model with the crate's id convention: each value's
/// id is its `snake_case` name, and serde, `Display`, [`id`](#method.id), `FromStr` and
/// the JSON Schema all use it. The enum gets `ALL` (every value, in declaration order)
/// and `COUNT`, so no other crate's traits are needed to list or count its values.
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
    (withheld; $(#[$attr:meta])* pub enum $Name:ident { $($(#[$vattr:meta])* $Variant:ident),+ $(,)? }) => {
        model_enum!(@declare withheld,
            "Reads an id. A value of this enum applied to a person is sensitive, so the \
             error does not repeat the text ([`ParseIdError::value`](crate::ParseIdError::value) \
             is `None`).",
            [$(#[$attr])*] $Name [$($(#[$vattr])* $Variant),+]);
    };
    ($(#[$attr:meta])* pub enum $Name:ident { $($(#[$vattr:meta])* $Variant:ident),+ $(,)? }) => {
        model_enum!(@declare new,
            "Reads an id; the error names the enum and quotes the text.",
            [$(#[$attr])*] $Name [$($(#[$vattr])* $Variant),+]);
    };
    (@declare $error:ident, $doc:literal, [$(#[$attr:meta])*] $Name:ident [$($(#[$vattr:meta])* $Variant:ident),+]) => {
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
        )]
        #[serde(rename_all = "snake_case")]
        #[strum(serialize_all = "snake_case")]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        pub enum $Name { $($(#[$vattr])* $Variant,)+ }

        impl $Name {
            /// Every value, in declaration order.
            pub const ALL: &'static [Self] = &[$(Self::$Variant),+];

            /// The number of values.
            pub const COUNT: usize = Self::ALL.len();

            /// The value's stable id, as documents write it.
            #[must_use]
            #[inline]
            pub fn id(self) -> &'static str {
                self.into()
            }
        }

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
