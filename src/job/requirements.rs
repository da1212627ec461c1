//! What a post asks of the person: what it requires and what it would like —
//! experience backgrounds, training and languages — and the themes of the work.

use serde::{Deserialize, Deserializer, Serialize};

use crate::i18n::vocabulary;
use crate::language::Language;
use crate::tagged::{self, Tagged, no_fields};
use crate::text::LocalizedText;
use crate::validate::{bounded_field, list_field};

model_enum! {
withheld;
/// An experience background a post seeks \[T\].
///
/// **Sensitive.** These values describe what a *post* seeks. Applied to a person, an
/// experience background reveals health, substance use or a criminal record: special
/// categories of personal data. Never attach them to a person in anything public.
#[non_exhaustive]
pub enum ExperienceBackground {
    /// Lived experience of mental-health challenges.
    MentalHealth,
    /// Experience as someone close to a person with such challenges (*läheinen*).
    CloseRelative,
    /// Lived experience of substance use.
    Substances,
    /// A criminal background.
    CriminalBackground,
    /// Lived experience of homelessness (every Vantaa pilot peer worker had it \[V\]).
    Homelessness,
    /// Open to all backgrounds.
    OpenToAll,
}
}

model_enum! {
/// A theme of the work, where experience expertise is used \[T\].
#[non_exhaustive]
pub enum Theme {
    /// Homelessness and its prevention.
    Homelessness,
    /// Finances and debt.
    FinancesAndDebt,
    /// Addictions: substances, gambling.
    Addictions,
    /// Crime.
    Crime,
    /// Mental-health and neuropsychological challenges.
    MentalHealth,
    /// Becoming independent.
    BecomingIndependent,
    /// Learning difficulties.
    LearningDifficulties,
    /// Housing skills (in housing social work).
    HousingSkills,
    /// Supporting sobriety (in housing social work).
    SupportingSobriety,
}
}

model_enum! {
/// How a peer-worker training is organised \[T\].
#[non_exhaustive]
pub enum TrainingKind {
    /// A training tailored by a non-governmental organisation.
    NgoTailored,
    /// Training that is part of a vocational qualification.
    VocationalQualification,
    /// Labour-market (employment-policy) training.
    LabourMarketTraining,
    /// Any other training.
    Other,
}
}

/// A training a post requires or would like.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum TrainingRequirement {
    /// Training to Kokoa ry's standard: at least 50 hours over at least 4 months \[T\].
    KokoaStandard,
    /// Another stated training.
    Other {
        /// What the training is, for example `"peer-support training of an NGO"`. At
        /// most 200 characters, one line.
        #[cfg_attr(
            feature = "schema",
            schemars(with = "crate::text::LocalizedSchema<{ crate::job::MAX_NAME_CHARS }>")
        )]
        description: LocalizedText,
        /// Its length in hours, if the post states one: a whole number from 1 to 65535.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 65535)))]
        hours: Option<u16>,
    },
}

impl TrainingRequirement {
    /// The Kokoa standard's minimum length of training, in hours \[T\].
    pub const KOKOA_MIN_HOURS: u16 = 50;
    /// The Kokoa standard's minimum duration of training, in months \[T\].
    pub const KOKOA_MIN_MONTHS: u16 = 4;

    /// Another training, described in `description`, of unstated length.
    #[must_use]
    pub fn other(description: impl Into<LocalizedText>) -> Self {
        Self::Other {
            description: description.into(),
            hours: None,
        }
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum TrainingTag {
    KokoaStandard,
    Other,
}

impl<'de> Tagged<'de> for TrainingRequirement {
    type Tag = TrainingTag;
    const TAG: &'static str = "kind";
    const EXPECTING: &'static str = r#"an object with "kind": "kokoa_standard" or "other""#;

    fn read<D: Deserializer<'de>>(tag: TrainingTag, rest: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Other {
            description: LocalizedText,
            #[serde(default, deserialize_with = "optional_hours")]
            hours: Option<u16>,
        }
        match tag {
            TrainingTag::KokoaStandard => no_fields(rest).map(|()| Self::KokoaStandard),
            TrainingTag::Other => Other::deserialize(rest)
                .map(|Other { description, hours }| Self::Other { description, hours }),
        }
    }
}

/// Hours of training: absent, or a whole number from 1 to 65535.
fn optional_hours<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u16>, D::Error> {
    crate::validate::whole::<_, u16, 1, 65535>(deserializer).map(Some)
}

impl<'de> Deserialize<'de> for TrainingRequirement {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        tagged::deserialize(deserializer)
    }
}

/// The most experience backgrounds a list may hold (one per [`ExperienceBackground`]).
pub const MAX_EXPERIENCE_BACKGROUNDS: usize = ExperienceBackground::COUNT;
/// The most themes a document may list (one per [`Theme`]).
pub const MAX_THEMES: usize = Theme::COUNT;
/// The most languages a list may hold (one per [`Language`]).
pub const MAX_LANGUAGES: usize = Language::COUNT;

list_field!(
    BackgroundsField,
    "experience_backgrounds",
    MAX_EXPERIENCE_BACKGROUNDS
);
list_field!(LanguagesField, "languages", MAX_LANGUAGES);
list_field!(ThemesField, "themes", MAX_THEMES);

/// Experience backgrounds, training and languages: what a post requires, or what it
/// would like.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Qualifications {
    /// Experience backgrounds, each once; `open_to_all` stands alone, and only among
    /// the required.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "bounded_field::<_, _, BackgroundsField>"
    )]
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_EXPERIENCE_BACKGROUNDS), extend("uniqueItems" = true)))]
    pub experience_backgrounds: Vec<ExperienceBackground>,
    /// A training.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub training: Option<TrainingRequirement>,
    /// Languages of work, each once.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "bounded_field::<_, _, LanguagesField>"
    )]
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_LANGUAGES), extend("uniqueItems" = true)))]
    pub languages: Vec<Language>,
}

impl Qualifications {
    /// Nothing: no background, training or language.
    #[must_use]
    pub fn none() -> Self {
        Self::default()
    }

    /// Whether nothing is asked.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.experience_backgrounds.is_empty()
            && self.training.is_none()
            && self.languages.is_empty()
    }
}

/// What a post asks of the person: what it **requires** (*edellytämme*) and what it
/// would like (*toivomme*), and the themes of the work.
///
/// A requirement rules a person out; a wish does not. The bank matches on what a post
/// requires, and ranks by what it would like.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Requirements {
    /// What the post requires: at least one language of work.
    pub required: Qualifications,
    /// What the post would like; nothing here is also required.
    #[serde(default, skip_serializing_if = "Qualifications::is_empty")]
    pub desired: Qualifications,
    /// The themes of the work, each once.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "bounded_field::<_, _, ThemesField>"
    )]
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_THEMES), extend("uniqueItems" = true)))]
    pub themes: Vec<Theme>,
}

impl Default for Requirements {
    /// Finnish required as the language of work; nothing else.
    fn default() -> Self {
        Self {
            required: Qualifications {
                languages: vec![Language::Finnish],
                ..Qualifications::default()
            },
            desired: Qualifications::default(),
            themes: Vec::new(),
        }
    }
}

vocabulary!(ExperienceBackground, "experience_background", [
    MentalHealth => ("mielenterveyden haasteet", "psykisk ohälsa", "mental-health challenges");
    CloseRelative => ("läheisen rooli", "erfarenhet som närstående", "experience as someone close"),
        described (
            "Kokemus läheisenä ihmiselle, jolla on mielenterveys- tai päihdeongelmia.",
            "Erfarenhet som närstående till någon med psykisk ohälsa eller missbruk.",
            "Experience as someone close to a person with mental-health or substance problems."
        );
    Substances => ("päihteet", "rusmedelsbruk", "substance use");
    CriminalBackground => ("rikostausta", "kriminell bakgrund", "criminal background");
    Homelessness => ("asunnottomuus", "bostadslöshet", "homelessness");
    OpenToAll => ("mikä tahansa kokemustausta", "alla erfarenhetsbakgrunder", "any background"),
        described (
            "Tehtävään sopii kokemusasiantuntija kokemustaustasta riippumatta.",
            "Uppdraget passar en erfarenhetsexpert oavsett erfarenhetsbakgrund.",
            "The post is open to experts of any background."
        );
]);

vocabulary!(Theme, "theme", [
    Homelessness => ("asunnottomuus ja sen ennaltaehkäisy", "bostadslöshet och förebyggande av bostadslöshet", "homelessness and its prevention");
    FinancesAndDebt => ("talous- ja velka-asiat", "ekonomi och skulder", "finances and debt");
    Addictions => ("riippuvuudet", "beroendeproblem", "addictions"),
        described (
            "Esimerkiksi päihde- ja peliriippuvuus.",
            "Till exempel rusmedels- och spelberoende.",
            "For example substance and gambling addiction."
        );
    Crime => ("rikollisuus", "brottslighet", "crime");
    MentalHealth => ("mielenterveyden ja neuropsykologiset haasteet", "psykisk ohälsa och neuropsykologiska utmaningar", "mental-health and neuropsychological challenges");
    BecomingIndependent => ("itsenäistyminen", "att bli självständig", "becoming independent");
    LearningDifficulties => ("oppimisvaikeudet", "inlärningssvårigheter", "learning difficulties");
    HousingSkills => ("asumisen taidot", "boendefärdigheter", "housing skills");
    SupportingSobriety => ("päihteettömyyden tukeminen", "stöd för ett liv utan rusmedel", "supporting sobriety");
]);

vocabulary!(TrainingKind, "training_kind", [
    NgoTailored => ("järjestön räätälöimä koulutus", "utbildning som en organisation skräddarsytt", "training tailored by an NGO");
    VocationalQualification => ("ammattitutkinnon osana järjestetty koulutus", "del av en yrkesexamen", "part of a vocational qualification");
    LabourMarketTraining => ("työvoimakoulutus", "arbetskraftsutbildning", "labour-market training");
    Other => ("muu koulutus", "annan utbildning", "other training");
]);
