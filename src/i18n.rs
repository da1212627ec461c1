//! Labels in Finnish, Swedish and English for every term of the model.
//!
//! Each concept (tasks, profiles, settings, roles, forms of work, ...) keeps its labels
//! in one table beside its own data; [`Vocabulary`] is the common interface to them.
//! The Finnish terms of the sources are the reference; the profile names, which the
//! sources give in English only, are our translations.

use core::fmt::Display;

use serde::Serialize;

use crate::language::Language;

/// A text in Finnish, Swedish and English.
///
/// ```
/// use peerwork::{Language, Role, Vocabulary};
///
/// let label = Role::PeerWorker.label_text();
/// assert_eq!(label.fi, "kokemusasiantuntija");
/// assert_eq!(label.get(Language::Swedish), "erfarenhetsexpert");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Text {
    /// Finnish.
    pub fi: &'static str,
    /// Swedish.
    pub sv: &'static str,
    /// English.
    pub en: &'static str,
}

impl Text {
    /// The text in `language`.
    #[must_use]
    pub const fn get(&self, language: Language) -> &'static str {
        match language {
            Language::Finnish => self.fi,
            Language::Swedish => self.sv,
            Language::English => self.en,
        }
    }

    /// An empty text, for values missing from a table (a test keeps every table whole).
    pub(crate) const EMPTY: Text = Text {
        fi: "",
        sv: "",
        en: "",
    };
}

/// A label, and a one-sentence description where the label alone is unclear.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Labels {
    /// The label.
    pub label: Text,
    /// The description, where one is needed.
    pub description: Option<Text>,
}

/// A concept of the model whose values have labels in three languages.
///
/// ```
/// use peerwork::{FormOfWork, Language, Vocabulary};
///
/// assert_eq!(FormOfWork::Salaried.label_in(Language::Finnish), "palkkatyö");
/// assert_eq!(
///     FormOfWork::from_label(Language::Swedish, "frivilligarbete"),
///     Some(FormOfWork::Volunteer)
/// );
/// ```
///
/// The trait is sealed: the crate implements it for the concepts of its model, and its
/// methods may grow.
pub trait Vocabulary: sealed::Sealed + Copy + PartialEq + Display + 'static {
    /// The concept's name in the profile catalogue, for example `"service_setting"`.
    const CONCEPT: &'static str;

    /// Every value of the concept, in order.
    fn values() -> &'static [Self];

    /// The value's labels.
    fn labels(self) -> Labels;

    /// The value's label in three languages.
    #[must_use]
    fn label_text(self) -> Text {
        self.labels().label
    }

    /// The value's label in `language`.
    #[must_use]
    fn label_in(self, language: Language) -> &'static str {
        self.labels().label.get(language)
    }

    /// The value's description in `language`, where it has one.
    #[must_use]
    fn description_in(self, language: Language) -> Option<&'static str> {
        self.labels().description.map(|text| text.get(language))
    }

    /// The value whose label in `language` is `label` exactly.
    #[must_use]
    fn from_label(language: Language, label: &str) -> Option<Self> {
        Self::values()
            .iter()
            .copied()
            .find(|value| value.label_in(language) == label)
    }
}

/// Keeps [`Vocabulary`] implemented by this crate only.
pub(crate) mod sealed {
    /// The crate's concepts.
    pub trait Sealed {}
}

/// Defines the label table of a fieldless enum and implements [`Vocabulary`] for it.
///
/// The table lists every variant in declaration order (checked at compile time) with
/// its Finnish, Swedish and English label and, optionally, a description.
macro_rules! vocabulary {
    (
        $Type:ident, $concept:literal, [
            $( $Variant:ident => ($fi:literal, $sv:literal, $en:literal)
               $( , described ($dfi:literal, $dsv:literal, $den:literal) )? ; )+
        ]
    ) => {
        impl $Type {
            const LABELS: &'static [($Type, $crate::i18n::Labels)] = &[
                $( (
                    $Type::$Variant,
                    $crate::i18n::Labels {
                        label: $crate::i18n::Text { fi: $fi, sv: $sv, en: $en },
                        description: $crate::i18n::vocabulary!(@description $( ($dfi, $dsv, $den) )?),
                    },
                ), )+
            ];
        }

        // The table lists every value once.
        const _: () = assert!($Type::LABELS.len() == $Type::ALL.len());

        // The table is indexed by discriminant: check the order at compile time.
        #[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
        const _: () = {
            let mut i = 0;
            while i < $Type::LABELS.len() {
                assert!($Type::LABELS[i].0 as usize == i, "label table out of order");
                i += 1;
            }
        };

        impl $crate::i18n::sealed::Sealed for $Type {}

        impl $crate::i18n::Vocabulary for $Type {
            const CONCEPT: &'static str = $concept;

            fn values() -> &'static [Self] {
                Self::ALL
            }

            fn labels(self) -> $crate::i18n::Labels {
                Self::LABELS
                    .get(self as usize)
                    .map_or($crate::i18n::Labels {
                        label: $crate::i18n::Text::EMPTY,
                        description: None,
                    }, |(_, labels)| *labels)
            }
        }
    };
    (@description) => { None };
    (@description ($dfi:literal, $dsv:literal, $den:literal)) => {
        Some($crate::i18n::Text { fi: $dfi, sv: $dsv, en: $den })
    };
}

pub(crate) use vocabulary;
