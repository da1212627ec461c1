//! [`Language`]: the languages the model speaks.

model_enum! {
/// A language of work and of the model's labels: Finnish, Swedish or English, by ISO
/// 639-1 code.
///
/// Finnish terms are the reference; bilingual municipalities such as Vantaa (Vanda)
/// publish in Finnish and Swedish, and integrators read English.
///
/// ```
/// use peerwork::Language;
///
/// assert_eq!("sv".parse::<Language>()?, Language::Swedish);
/// assert_eq!(Language::Finnish.to_string(), "fi");
/// assert_eq!(serde_json::to_string(&Language::English).unwrap(), r#""en""#);
/// # Ok::<(), peerwork::ParseIdError>(())
/// ```
#[non_exhaustive]
pub enum Language {
    /// Finnish (*suomi*).
    #[serde(rename = "fi")]
    #[strum(serialize = "fi")]
    Finnish,
    /// Swedish (*svenska*).
    #[serde(rename = "sv")]
    #[strum(serialize = "sv")]
    Swedish,
    /// English.
    #[serde(rename = "en")]
    #[strum(serialize = "en")]
    English,
}
}

impl Language {
    /// The language's English name: `Finnish`, `Swedish` or `English`. For its name in
    /// Finnish and Swedish, see [`Vocabulary::label_in`](crate::Vocabulary::label_in).
    #[must_use]
    pub fn label(self) -> &'static str {
        use crate::i18n::Vocabulary as _;
        self.label_in(Language::English)
    }

    /// The ISO 639-1 code: `fi`, `sv` or `en`.
    #[must_use]
    pub fn code(self) -> &'static str {
        self.into()
    }
}

crate::i18n::vocabulary!(Language, "language", [
    Finnish => ("suomi", "finska", "Finnish");
    Swedish => ("ruotsi", "svenska", "Swedish");
    English => ("englanti", "engelska", "English");
]);
