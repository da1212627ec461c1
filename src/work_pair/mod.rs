//! The work-pair model \[T\]: a peer worker and a professional working as a pair, and the
//! checklist an organisation works through before adopting the model.

use serde::{Deserialize, Serialize};

use crate::i18n::Vocabulary;
use crate::language::Language;
use crate::source::Citation;
use crate::text::LocalizedText;

mod reflection;

pub use reflection::{Assessment, MAX_REFLECTION_CHARS, ReflectionError, ReflectionForm};

/// A peer worker and a professional working as a pair with the same clients \[T\].
///
/// Checklist point 10 of \[T\] asks two separate things of a job description: who is
/// the pair's line manager (*esihenkilö*), and whether the professional has a guiding
/// role. The professional often guides and coordinates the pair's work and owns the
/// cooperation with the service system \[T\]; the line manager is someone else.
///
/// ```
/// use peerwork::WorkPair;
///
/// let pair = WorkPair::new("social worker, housing services")
///     .line_manager("head of housing services")
///     .professional_guides(true);
/// assert!(pair.professional_guides);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct WorkPair {
    /// The professional partner's role, for example `"social worker"`. At most 200
    /// characters, one line.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::text::LocalizedSchema<{ crate::job::MAX_NAME_CHARS }>")
    )]
    pub professional_role: LocalizedText,
    /// The pair's line manager (*esihenkilö*), by role, for example `"head of unit"`; the
    /// job description should say (\[T\], checklist point 10). At most 200 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::text::LocalizedSchema<{ crate::job::MAX_NAME_CHARS }>>")
    )]
    pub line_manager: Option<LocalizedText>,
    /// Whether the professional has a guiding role in the pair's work (\[T\], checklist
    /// point 10).
    pub professional_guides: bool,
}

impl WorkPair {
    /// A pair with a professional in `professional_role`, no line manager named yet,
    /// and the professional not in a guiding role.
    #[must_use]
    pub fn new(professional_role: impl Into<LocalizedText>) -> Self {
        Self {
            professional_role: professional_role.into(),
            line_manager: None,
            professional_guides: false,
        }
    }

    /// Names the pair's line manager, by role.
    #[must_use]
    pub fn line_manager(mut self, role: impl Into<LocalizedText>) -> Self {
        self.line_manager = Some(role.into());
        self
    }

    /// Sets whether the professional has a guiding role.
    #[must_use]
    pub fn professional_guides(mut self, guides: bool) -> Self {
        self.professional_guides = guides;
        self
    }
}

model_enum! {
/// A point of the 13-point preparation checklist for adopting the work-pair model \[T\].
/// Closed by nature: the guide's checklist has these thirteen points.
pub enum ChecklistPoint {
    /// 1. The organisation is committed to adopting the model.
    OrganisationCommitment,
    /// 2. The needs for experience expertise and for pair work are mapped.
    NeedsMapped,
    /// 3. Resources and budget are secured (pay subsidy, apprenticeship, other conditions).
    ResourcesAndBudget,
    /// 4. Those who have run pair work are consulted; training is considered.
    ConsultationAndTraining,
    /// 5. Recruitment: people who want pair work, the right experience background, and a
    ///    recovery long and stable enough.
    Recruitment,
    /// 6. A project-based or fee-based trial is possible, but differs from full-time work.
    TrialForm,
    /// 7. The expert's training is taken into account or made possible.
    ExpertTraining,
    /// 8. The organisation discusses the new way of working, prejudices included;
    ///    experience-based workers are equal employees.
    InternalDiscussion,
    /// 9. A long-standing expert and a recently recovered one are in different
    ///    situations: who gives support?
    SupportForTheExpert,
    /// 10. Job descriptions: who is the pair's line manager, and whether the
    ///     professional has a guiding role.
    JobDescriptions,
    /// 11. Experts take part from the start of planning.
    ExpertsInvolvedFromStart,
    /// 12. The model is developed continuously.
    ContinuousDevelopment,
    /// 13. Experiences are shared with other organisations.
    SharingExperiences,
}
}

impl ChecklistPoint {
    /// The point's number in the guide, 1 to 13.
    #[must_use]
    pub const fn number(self) -> u8 {
        (self as u8).saturating_add(1)
    }

    /// What the point asks, in a sentence (English). For Finnish and Swedish, see
    /// [`Vocabulary::description_in`].
    #[must_use]
    pub fn text(self) -> &'static str {
        self.description_in(Language::English).unwrap_or_default()
    }

    /// Where the guide lists the point.
    #[must_use]
    pub const fn citation(self) -> Citation {
        Citation::work_pair_guide("Ennakkovalmistelut ja kartoitus (preparation checklist)")
    }
}

/// An organisation's readiness for the work-pair model: which checklist points it has
/// settled.
///
/// ```
/// use peerwork::{ChecklistPoint, Readiness};
///
/// let readiness = Readiness::new([ChecklistPoint::OrganisationCommitment, ChecklistPoint::NeedsMapped]);
/// let open: Vec<_> = readiness.open_points().collect();
/// assert_eq!(open.len(), 11);
/// assert_eq!(open[0], ChecklistPoint::ResourcesAndBudget);
/// assert!(readiness.report().starts_with("Open points of the work-pair checklist (11 of 13):"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Readiness {
    /// The points the organisation has settled, in the guide's order, each once.
    #[cfg_attr(feature = "schema", schemars(extend("uniqueItems" = true), length(max = ChecklistPoint::ALL.len())))]
    settled: Vec<ChecklistPoint>,
}

/// Reads an object (never an array, see `crate::strict`) of settled points, each once.
impl<'de> Deserialize<'de> for Readiness {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields, rename = "Readiness")]
        struct Fields {
            #[serde(deserialize_with = "settled_points")]
            settled: Vec<ChecklistPoint>,
        }
        crate::strict::deserialize::<Fields, _>(deserializer).map(|fields| Self {
            settled: fields.settled,
        })
    }
}

fn settled_points<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<ChecklistPoint>, D::Error> {
    let points: Vec<ChecklistPoint> =
        crate::validate::bounded_list::<_, _, { ChecklistPoint::ALL.len() }>(deserializer)?;
    if let Some(point) = crate::validate::first_duplicate(points.iter().copied()) {
        return Err(serde::de::Error::custom(format_args!(
            "settled: checklist point `{point}` is listed more than once"
        )));
    }
    Ok(Readiness::new(points).settled)
}

impl Readiness {
    /// Readiness with the given points settled; a point given twice counts once.
    #[must_use]
    pub fn new(settled: impl IntoIterator<Item = ChecklistPoint>) -> Self {
        let mut settled: Vec<ChecklistPoint> = settled.into_iter().collect();
        settled.sort_unstable();
        settled.dedup();
        Self { settled }
    }

    /// Marks a point settled.
    pub fn settle(&mut self, point: ChecklistPoint) {
        if let Err(at) = self.settled.binary_search(&point) {
            self.settled.insert(at, point);
        }
    }

    /// Whether `point` is settled.
    #[must_use]
    pub fn is_settled(&self, point: ChecklistPoint) -> bool {
        self.settled.binary_search(&point).is_ok()
    }

    /// The settled points, in the guide's order.
    #[must_use]
    pub fn settled(&self) -> &[ChecklistPoint] {
        &self.settled
    }

    /// The points still open, in the guide's order.
    pub fn open_points(&self) -> impl Iterator<Item = ChecklistPoint> + '_ {
        ChecklistPoint::ALL
            .iter()
            .copied()
            .filter(|&point| !self.is_settled(point))
    }

    /// Whether every point is settled.
    #[must_use]
    pub fn is_ready(&self) -> bool {
        self.open_points().next().is_none()
    }

    /// A plain-text report of the open points, numbered as in the guide.
    #[must_use]
    pub fn report(&self) -> String {
        use core::fmt::Write;

        let open: Vec<ChecklistPoint> = self.open_points().collect();
        if open.is_empty() {
            return "Every point of the work-pair checklist is settled.\n".to_owned();
        }
        let mut report = format!(
            "Open points of the work-pair checklist ({} of {}):\n",
            open.len(),
            ChecklistPoint::ALL.len()
        );
        for point in open {
            // Writing to a String cannot fail.
            let _ = writeln!(report, "{:>2}. {}", point.number(), point.text());
        }
        report
    }
}

crate::i18n::vocabulary!(ChecklistPoint, "checklist_point", [
    OrganisationCommitment => ("organisaation sitoutuminen", "organisationens engagemang", "organisation's commitment"),
        described (
            "Organisaatio sitoutuu ottamaan mallin käyttöön.",
            "Organisationen förbinder sig att införa modellen.",
            "The organisation commits to adopting the model."
        );
    NeedsMapped => ("tarpeiden kartoitus", "kartläggning av behoven", "needs mapped"),
        described (
            "Kokemusasiantuntijuuden ja työparityön tarpeet on kartoitettu.",
            "Behoven av erfarenhetsexpertis och arbete i par är kartlagda.",
            "The needs for experience expertise and for pair work are mapped."
        );
    ResourcesAndBudget => ("resurssit ja talous", "resurser och budget", "resources and budget"),
        described (
            "Resurssit ja rahoitus on varmistettu, ja esimerkiksi palkkatuen ja oppisopimuksen mahdollisuudet on selvitetty.",
            "Resurser och finansiering är säkrade, inklusive möjligheter som lönesubvention eller läroavtal.",
            "Resources and budget are secured, including options such as pay subsidy or apprenticeship."
        );
    ConsultationAndTraining => ("konsultointi ja koulutus", "konsultation och utbildning", "consultation and training"),
        described (
            "Työparityötä tehneitä tahoja on kuultu ja henkilöstön koulutusta harkittu.",
            "Organisationer som har erfarenhet av arbetsparsmodellen har konsulterats och utbildning för personalen har övervägts.",
            "Organisations that have run pair work are consulted, and training for the staff is considered."
        );
    Recruitment => ("rekrytointi", "rekrytering", "recruitment"),
        described (
            "Rekrytoidaan ihmisiä, jotka haluavat tehdä työparityötä, joiden kokemustausta sopii työhön ja joiden toipuminen on riittävän pitkällä ja vakaalla pohjalla.",
            "Man rekryterar människor som vill arbeta i par, vars erfarenhetsbakgrund passar arbetet och vars återhämtning har pågått tillräckligt länge och är stabil.",
            "Recruitment finds people who want to work in pairs, whose experience background fits the work, and whose recovery is long and stable enough."
        );
    TrialForm => ("kokeilun muoto", "försökets form", "form of a trial"),
        described (
            "Projektina tai palkkioperusteisesti toteutettava kokeilu suunnitellaan tietäen, että se eroaa kokoaikaisesta työstä.",
            "Ett försök i projektform eller mot arvode planeras med vetskap om att det skiljer sig från heltidsarbete.",
            "A trial as a project or with fee-based work is planned knowing that it differs from full-time employment."
        );
    ExpertTraining => ("kokemusasiantuntijan koulutus", "erfarenhetsexpertens utbildning", "expert's training"),
        described (
            "Kokemusasiantuntijan koulutus otetaan huomioon tai mahdollistetaan.",
            "Erfarenhetsexpertens utbildning beaktas eller möjliggörs.",
            "The expert's training is taken into account or made possible."
        );
    InternalDiscussion => ("keskustelu organisaation sisällä", "diskussion inom organisationen", "discussion within the organisation"),
        described (
            "Organisaatiossa keskustellaan uudesta työtavasta, myös mahdollisista ennakkoluuloista; kokemustaustaiset työntekijät ovat yhdenvertaisia muiden kanssa.",
            "Det nya arbetssättet diskuteras, även eventuella fördomar; anställda med erfarenhetsbakgrund har samma ställning som övriga anställda.",
            "The organisation discusses the new way of working, prejudices included; experience-based workers are equal to other employees."
        );
    SupportForTheExpert => ("tuki kokemusasiantuntijalle", "stöd för erfarenhetsexperten", "support for the expert"),
        described (
            "Tuki järjestetään tietäen, että pitkään toiminut ja vasta toipunut kokemusasiantuntija tarvitsevat erilaista tukea.",
            "Stödet ordnas med vetskap om att en erfarenhetsexpert som har arbetat länge och en som nyligen har återhämtat sig behöver olika slags stöd.",
            "Support for the expert is arranged, knowing that a long-standing expert and a recently recovered one need different support."
        );
    JobDescriptions => ("työnkuvat", "arbetsbeskrivningar", "job descriptions"),
        described (
            "Työnkuvissa määritellään, kuka toimii työparin esihenkilönä ja onko ammattilaisella ohjaava rooli.",
            "Arbetsbeskrivningarna anger vem som är arbetsparets chef och om den yrkesverksamma har en handledande roll.",
            "Job descriptions say who is the pair's line manager and whether the professional has a guiding role."
        );
    ExpertsInvolvedFromStart => ("kokemusasiantuntijat mukana alusta asti", "erfarenhetsexperter med från början", "experts involved from the start"),
        described (
            "Kokemusasiantuntijat osallistuvat suunnitteluun alusta lähtien.",
            "Erfarenhetsexperter deltar i planeringen från början.",
            "Experts by experience take part from the start of planning."
        );
    ContinuousDevelopment => ("jatkuva kehittäminen", "kontinuerlig utveckling", "continuous development"),
        described (
            "Mallia kehitetään jatkuvasti vastaamaan organisaation tarpeita.",
            "Modellen utvecklas kontinuerligt efter organisationens behov.",
            "The model is developed continuously to fit the organisation."
        );
    SharingExperiences => ("kokemusten jakaminen", "att dela erfarenheter", "sharing experiences"),
        described (
            "Kokemuksia jaetaan ja yhteistyötä haetaan muiden organisaatioiden kanssa.",
            "Erfarenheter delas och samarbete söks med andra organisationer.",
            "Experiences are shared and cooperation sought with other organisations."
        );
]);
