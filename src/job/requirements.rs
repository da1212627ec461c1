//! What a post asks of the person: experience background, training, themes.

use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;
use crate::validate::bounded_field;

model_enum! {
withheld;
/// An experience background a post seeks \[T\].
///
/// **Sensitive.** These values describe what a *post* seeks. Applied to a person, an
/// experience background reveals health, substance use or a criminal record: special
/// categories of personal data. Never attach them to a person in anything public.
pub enum ExperienceBackground {
    /// Lived experience of mental-health challenges.
    MentalHealth,
    /// Experience as a close relative (*läheinen*) of someone with such challenges.
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

/// The training a post requires.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum TrainingRequirement {
    /// Training to Kokoa ry's standard: at least 50 hours over at least 4 months \[T\].
    KokoaStandard,
    /// Another stated training.
    Other {
        /// What the training is, for example `"peer-support training of an NGO"`.
        #[cfg_attr(
            feature = "schema",
            schemars(length(min = 1, max = crate::job::MAX_NAME_CHARS), pattern(crate::validate::TEXT_PATTERN))
        )]
        description: String,
        /// Its length in hours, if the post states one; more than zero.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(feature = "schema", schemars(range(min = 1)))]
        hours: Option<u16>,
    },
    /// No training required.
    None,
}

impl TrainingRequirement {
    /// The Kokoa standard's minimum length of training, in hours \[T\].
    pub const KOKOA_MIN_HOURS: u16 = 50;
    /// The Kokoa standard's minimum duration of training, in months \[T\].
    pub const KOKOA_MIN_MONTHS: u16 = 4;
}

/// What a post asks of the person.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Requirements {
    /// The experience backgrounds sought, each once; `open_to_all` stands alone.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "bounded_field::<_, _, super::BackgroundsField>"
    )]
    #[cfg_attr(feature = "schema", schemars(length(max = super::MAX_EXPERIENCE_BACKGROUNDS)))]
    #[cfg_attr(feature = "schema", schemars(extend("uniqueItems" = true)))]
    pub experience_backgrounds: Vec<ExperienceBackground>,
    /// The training required.
    pub training: TrainingRequirement,
    /// The themes of the work, each once.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "bounded_field::<_, _, super::ThemesField>"
    )]
    #[cfg_attr(feature = "schema", schemars(length(max = super::MAX_THEMES)))]
    #[cfg_attr(feature = "schema", schemars(extend("uniqueItems" = true)))]
    pub themes: Vec<Theme>,
}

impl Default for Requirements {
    fn default() -> Self {
        Self {
            experience_backgrounds: Vec::new(),
            training: TrainingRequirement::None,
            themes: Vec::new(),
        }
    }
}

vocabulary!(ExperienceBackground, "experience_background", [
    MentalHealth => ("mielenterveyden haasteet", "psykisk ohälsa", "mental-health challenges");
    CloseRelative => ("läheisen rooli", "anhörigs roll", "the role of a close relative"),
        described (
            "Kokemus läheisenä ihmiselle, jolla on mielenterveys- tai päihdeongelmia.",
            "Erfarenhet som anhörig till någon med psykisk ohälsa eller missbruk.",
            "Experience as a close relative of someone with mental-health or substance problems."
        );
    Substances => ("päihteiden käyttö", "rusmedelsbruk", "substance use");
    CriminalBackground => ("rikostausta", "kriminell bakgrund", "criminal background");
    Homelessness => ("asunnottomuus", "bostadslöshet", "homelessness");
    OpenToAll => ("kaikki kokemustaustat", "alla erfarenhetsbakgrunder", "open to all backgrounds");
]);

vocabulary!(Theme, "theme", [
    Homelessness => ("asunnottomuus ja sen ennaltaehkäisy", "bostadslöshet och förebyggande av den", "homelessness and its prevention");
    FinancesAndDebt => ("talous- ja velka-asiat", "ekonomi och skulder", "finances and debt");
    Addictions => ("riippuvuudet", "beroenden", "addictions"),
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
    NgoTailored => ("järjestön räätälöimä koulutus", "utbildning skräddarsydd av en organisation", "training tailored by an NGO");
    VocationalQualification => ("osa ammatillista tutkintoa", "del av en yrkesexamen", "part of a vocational qualification");
    LabourMarketTraining => ("työvoimapoliittinen koulutus", "arbetskraftspolitisk utbildning", "labour-market training");
    Other => ("muu koulutus", "annan utbildning", "other training");
]);
