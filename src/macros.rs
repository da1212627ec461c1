//! Declarations shared by the modules of the model.

/// Declares a fieldless enum of the model with the crate's id convention: each value's
/// id is its `snake_case` name, and serde, strum (`Display`, `FromStr`,
/// `IntoStaticStr`) and the JSON Schema all use it. Values iterate in declaration
/// order (`strum::EnumIter`) and the count is known (`strum::EnumCount`).
///
/// A value can still take another id with `#[serde(rename = "..")]` and
/// `#[strum(serialize = "..")]` (languages use their ISO 639-1 codes).
macro_rules! model_enum {
    ($(#[$attr:meta])* pub enum $Name:ident { $($body:tt)* }) => {
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
            strum::EnumString,
            strum::IntoStaticStr,
            strum::EnumIter,
            strum::EnumCount,
        )]
        #[serde(rename_all = "snake_case")]
        #[strum(serialize_all = "snake_case")]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        pub enum $Name { $($body)* }
    };
}
