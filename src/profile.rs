//! The four Vantaa profiles, their service settings, and how closely any task set
//! resembles them.

use core::cmp::Ordering;

use serde::Serialize;

use crate::i18n::Vocabulary;
use crate::language::Language;
use crate::source::Citation;
use crate::task::Task;
use crate::task_set::TaskSet;
use crate::working_mode::WorkingMode;

/// The common core: what every peer worker of the Vantaa pilot did, whatever the
/// unit (\[V\], "Results / models").
///
/// ```
/// use peerwork::{COMMON_CORE, Profile};
///
/// for profile in Profile::ALL {
///     assert!(COMMON_CORE.is_subset(profile.tasks()));
/// }
/// ```
pub const COMMON_CORE: TaskSet = TaskSet::from_tasks(&[
    Task::UsesOwnExperience,
    Task::ListensToClients,
    Task::AssistsEmployees,
    Task::TakesPartInDevelopment,
]);

model_enum! {
/// Where in the service system a peer worker works.
///
/// The first four are the settings of the Vantaa pilot \[V\]; health services and
/// disability services are settings the report names where peer workers already work
/// \[V\]; child protection, youth work, criminal sanctions and homelessness work are
/// settings of experience expertise the work-pair guide describes \[T\] (see
/// [`ServiceSetting::citation`]). More may be added: the enum is `non_exhaustive`.
#[non_exhaustive]
pub enum ServiceSetting {
    /// Low-threshold services, such as walk-in guidance for young adults.
    LowThresholdServices,
    /// Outreach social services, such as substance-abuse outreach work.
    OutreachSocialServices,
    /// Social services for housing, including housing social work.
    HousingSocialServices,
    /// The interface between municipal services and the third sector (NGOs).
    ThirdSectorInterface,
    /// Health services, such as substance-abuse work in health centres.
    HealthServices,
    /// Child protection.
    ChildProtection,
    /// Youth work.
    YouthWork,
    /// Criminal sanctions.
    CriminalSanctions,
    /// Disability services.
    DisabilityServices,
    /// Homelessness work.
    HomelessnessWork,
}
}

impl ServiceSetting {
    /// A short English label. For Finnish and Swedish, see [`Vocabulary::label_in`].
    #[must_use]
    pub fn label(self) -> &'static str {
        self.label_in(Language::English)
    }

    /// Where the sources name this setting.
    #[must_use]
    pub const fn citation(self) -> Citation {
        match self {
            Self::LowThresholdServices
            | Self::OutreachSocialServices
            | Self::HousingSocialServices
            | Self::ThirdSectorInterface => Citation::vantaa("Results / models"),
            Self::HealthServices | Self::DisabilityServices => {
                Citation::vantaa("Peer workers in the Finnish services system")
            }
            Self::ChildProtection => Citation::work_pair_guide(
                "Mitä kokemusasiantuntijuus tarjoaa nuorille?: lastensuojelutyö (child protection)",
            ),
            Self::YouthWork => Citation::work_pair_guide(
                "Aseman lapset: kokemuksia työparimallista (work with young people)",
            ),
            Self::CriminalSanctions => {
                Citation::work_pair_guide("Muita lähteitä: rikosseuraamusala (criminal sanctions)")
            }
            Self::HomelessnessWork => Citation::work_pair_guide(
                "Kokemusasiantuntija asumissosiaalisessa työssä: asunnottomuustyö (homelessness work)",
            ),
        }
    }
}

/// One duty of a profile as the report words it, and the catalogue tasks it covers.
///
/// A duty that names one activity is one task; a compound duty is decomposed (see the
/// [task catalogue](crate::task)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Duty {
    /// The duty's place in the report's list, from 1 to 4.
    pub number: u8,
    /// The report's phrase for the duty.
    pub label: &'static str,
    /// The catalogue tasks the duty covers.
    pub tasks: TaskSet,
    /// Where the report names the duty.
    pub citation: Citation,
}

/// The unit in which a profile was piloted in 2017.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PilotUnit {
    /// The unit's name as the report gives it.
    pub name: &'static str,
    /// What the unit is.
    pub description: &'static str,
    /// Where the report describes the unit.
    pub citation: Citation,
}

model_enum! {
/// One of the four peer-worker job profiles of the Vantaa pilot (2017) \[V\].
///
/// Each profile is a [`ServiceSetting`] and four duties on top of the
/// [`COMMON_CORE`]. Everything about a profile is a `const fn`, so its task sets are
/// usable in `const` items:
///
/// ```
/// use peerwork::{COMMON_CORE, Profile, ServiceSetting, Task, TaskSet};
///
/// const HELPING_EYES: TaskSet = Profile::HelpingEyes.tasks();
/// assert!(HELPING_EYES.contains(Task::CulturalInterpreter));
/// assert_eq!(Profile::HelpingEyes.setting(), ServiceSetting::OutreachSocialServices);
/// assert_eq!(Profile::HelpingEyes.pilot_unit().name, "H-klinikka");
///
/// // The Helping Eyes' first duty, "listener", is the common core's listening task.
/// let listener = Profile::HelpingEyes.duties()[0];
/// assert_eq!(listener.label, "listener");
/// assert!(listener.tasks.is_subset(COMMON_CORE));
/// ```
pub enum Profile {
    /// **The Caretaker**, in low-threshold services: meets everybody who comes through
    /// the door, is a local helping hand, brings new points of view and produces learning
    /// materials.
    Caretaker,
    /// **The Helping Eyes**, in outreach social services: listener, encourager, cultural
    /// interpreter between employees and clients, and living example of survival.
    HelpingEyes,
    /// **The Storyteller**, in social services for housing: connects through stories,
    /// befriends the lonely, forms a group of clients and employees, and teaches
    /// professionals.
    Storyteller,
    /// **The Bridge Builder**, at the interface with the third sector: shares worries,
    /// escorts clients, listens, directs and advises, and is a source of information.
    BridgeBuilder,
}
}

struct ProfileData {
    name: &'static str,
    setting: ServiceSetting,
    pilot_unit: PilotUnit,
    duties: [Duty; 4],
    working_modes: &'static [WorkingMode],
}

use WorkingMode::{
    DropInPresence, EverydayPresence, JoiningClientMeetings, OneToOneByAppointment, Outreach,
};

const fn duty(number: u8, profile: &'static str, label: &'static str, tasks: &[Task]) -> Duty {
    Duty {
        number,
        label,
        tasks: TaskSet::from_tasks(tasks),
        citation: Citation::vantaa(profile),
    }
}

// The report's duties, in its order, and the tasks each covers. The citation place is
// the profile's section of [V]; `Duty::number` gives the duty within it.
const PROFILES: [ProfileData; 4] = [
    ProfileData {
        name: "The Caretaker",
        setting: ServiceSetting::LowThresholdServices,
        pilot_unit: PilotUnit {
            name: "Ohjaamo",
            description: "one-stop guidance centre for young adults, low-threshold services",
            citation: Citation::vantaa("The Caretaker"),
        },
        duties: [
            duty(
                1,
                "The Caretaker",
                "meeting everybody who comes through the door",
                &[Task::MeetsEveryoneAtTheDoor],
            ),
            duty(
                2,
                "The Caretaker",
                "being present as a local helping hand",
                &[Task::LocalHelpingHand],
            ),
            duty(
                3,
                "The Caretaker",
                "introducing new points of view",
                &[Task::IntroducesNewViewpoints],
            ),
            duty(
                4,
                "The Caretaker",
                "producing learning materials",
                &[Task::ProducesLearningMaterials],
            ),
        ],
        working_modes: &[
            JoiningClientMeetings,
            DropInPresence,
            Outreach,
            OneToOneByAppointment,
        ],
    },
    ProfileData {
        name: "The Helping Eyes",
        setting: ServiceSetting::OutreachSocialServices,
        pilot_unit: PilotUnit {
            name: "H-klinikka",
            description: "the H-clinic, a substance-abuse rehabilitation clinic with outreach \
                          work by day and evening",
            citation: Citation::vantaa("The Helping Eyes"),
        },
        duties: [
            duty(1, "The Helping Eyes", "listener", &[Task::ListensToClients]),
            duty(
                2,
                "The Helping Eyes",
                "encourager",
                &[Task::EncouragesClients],
            ),
            duty(
                3,
                "The Helping Eyes",
                "cultural interpreter between employees and clients",
                &[Task::CulturalInterpreter],
            ),
            duty(
                4,
                "The Helping Eyes",
                "an example of someone who has been there and survived, showing what is possible",
                &[Task::SurvivorExample, Task::UsesOwnExperience],
            ),
        ],
        working_modes: &[JoiningClientMeetings, Outreach, OneToOneByAppointment],
    },
    ProfileData {
        name: "The Storyteller",
        setting: ServiceSetting::HousingSocialServices,
        pilot_unit: PilotUnit {
            name: "Vantaa housing services",
            description: "the city's social services for housing, supporting people who are \
                          homeless or at risk of homelessness",
            citation: Citation::vantaa("The Storyteller"),
        },
        duties: [
            duty(
                1,
                "The Storyteller",
                "connecting with the client's story by sharing one's own",
                &[Task::ConnectsWithClientStory, Task::UsesOwnExperience],
            ),
            duty(
                2,
                "The Storyteller",
                "befriending a lonely person",
                &[Task::BefriendsLonelyPeople],
            ),
            duty(
                3,
                "The Storyteller",
                "getting clients and employees to connect and form a cohesive group",
                &[Task::BuildsCommunity],
            ),
            duty(
                4,
                "The Storyteller",
                "a teacher who tells professionals of the client's emotional landscape, and \
                 shares one's survival story with the client",
                &[
                    Task::TeachesProfessionals,
                    Task::SurvivorExample,
                    Task::UsesOwnExperience,
                ],
            ),
        ],
        working_modes: &[
            JoiningClientMeetings,
            EverydayPresence,
            Outreach,
            OneToOneByAppointment,
        ],
    },
    ProfileData {
        name: "The Bridge Builder",
        setting: ServiceSetting::ThirdSectorInterface,
        pilot_unit: PilotUnit {
            name: "Vantaan A-kilta",
            description: "an association for people recovering from substance abuse, running \
                          a drop-in centre",
            citation: Citation::vantaa("The Bridge Builder"),
        },
        duties: [
            duty(
                1,
                "The Bridge Builder",
                "one who understands and shares worries",
                &[Task::UnderstandsAndSharesWorries],
            ),
            duty(
                2,
                "The Bridge Builder",
                "companion / escort",
                &[Task::EscortsClients],
            ),
            duty(
                3,
                "The Bridge Builder",
                "listener, director and advisor",
                &[
                    Task::ListensToClients,
                    Task::DirectsClients,
                    Task::AdvisesClients,
                ],
            ),
            duty(
                4,
                "The Bridge Builder",
                "source of information for municipal and third-sector workers, clients and \
                 employees",
                &[Task::SourceOfInformation],
            ),
        ],
        working_modes: &[
            JoiningClientMeetings,
            DropInPresence,
            Outreach,
            OneToOneByAppointment,
        ],
    },
];

// `PROFILES` is indexed by discriminant; check the order at compile time.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)] // evaluated at compile time: cannot fail at run time
const _: () = {
    assert!(PROFILES.len() == 4);
    assert!(Profile::BridgeBuilder as usize == 3);
    let mut p = 0;
    while p < PROFILES.len() {
        let mut d = 0;
        while d < 4 {
            assert!(PROFILES[p].duties[d].number as usize == d + 1);
            d += 1;
        }
        p += 1;
    }
};

impl Profile {
    #[allow(clippy::indexing_slicing)] // in bounds: four variants, four entries (checked above)
    const fn data(self) -> &'static ProfileData {
        &PROFILES[self as usize]
    }

    /// The profile's English name, for example `"The Caretaker"`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        self.data().name
    }

    /// The service setting the profile was made for.
    #[must_use]
    pub const fn setting(self) -> ServiceSetting {
        self.data().setting
    }

    /// The unit in which the profile was piloted.
    #[must_use]
    pub const fn pilot_unit(self) -> &'static PilotUnit {
        &self.data().pilot_unit
    }

    /// The profile's four duties in the report's order.
    #[must_use]
    pub const fn duties(self) -> &'static [Duty; 4] {
        &self.data().duties
    }

    /// The tasks the four duties cover. This may include common-core tasks where a duty
    /// names a core activity (the Helping Eyes' "listener").
    #[must_use]
    pub const fn duty_tasks(self) -> TaskSet {
        let [a, b, c, d] = self.duties();
        a.tasks.union(b.tasks).union(c.tasks).union(d.tasks)
    }

    /// The common core, which every profile shares: [`COMMON_CORE`].
    #[must_use]
    pub const fn common_core(self) -> TaskSet {
        COMMON_CORE
    }

    /// The profile's whole task set: the common core and the duties.
    #[must_use]
    pub const fn tasks(self) -> TaskSet {
        COMMON_CORE.union(self.duty_tasks())
    }

    /// How the pilot's peer worker met clients in this profile's unit, the mode every
    /// unit preferred first: joining the employees' client meetings, then going where
    /// the clients are — the drop-in and walk-in services, the street and the queues,
    /// the everyday life of housing units — and one-to-one meetings by appointment
    /// \[V\].
    ///
    /// ```
    /// use peerwork::{Profile, WorkingMode};
    ///
    /// assert!(Profile::Storyteller.working_modes().contains(&WorkingMode::EverydayPresence));
    /// assert_eq!(Profile::BridgeBuilder.working_modes()[0], WorkingMode::JoiningClientMeetings);
    /// ```
    #[must_use]
    pub const fn working_modes(self) -> &'static [WorkingMode] {
        self.data().working_modes
    }

    /// What the pilot's peer worker reported over the three months \[V\]: the report
    /// gives one range for all four posts (see [`PilotOutcome`](crate::PilotOutcome)).
    #[must_use]
    pub const fn pilot_outcome(self) -> crate::PilotOutcome {
        crate::pilot::PILOT_OUTCOME
    }

    /// Where the report describes the profile.
    #[must_use]
    pub const fn citation(self) -> Citation {
        Citation::vantaa(self.data().name)
    }

    /// How closely `tasks` resembles this profile.
    #[must_use]
    pub fn resemblance(self, tasks: TaskSet) -> Resemblance {
        Resemblance::new(self, tasks)
    }

    /// All four profiles ranked by how closely `tasks` resembles them, closest first.
    /// Ties keep the report's order.
    ///
    /// ```
    /// use peerwork::{Profile, Task};
    ///
    /// // The Caretaker's duties plus the Bridge Builder's escorting:
    /// let custom = Profile::Caretaker.tasks() | Task::EscortsClients;
    /// let ranking = Profile::rank(custom);
    /// assert_eq!(ranking[0].profile, Profile::Caretaker);
    /// assert_eq!(ranking[0].extra, Task::EscortsClients.into());
    /// assert!(ranking[0].jaccard() > ranking[1].jaccard());
    /// ```
    #[must_use]
    pub fn rank(tasks: TaskSet) -> [Resemblance; 4] {
        let mut ranking = [
            Self::Caretaker,
            Self::HelpingEyes,
            Self::Storyteller,
            Self::BridgeBuilder,
        ]
        .map(|profile| profile.resemblance(tasks));
        ranking.sort_by(Resemblance::closest_first);
        ranking
    }

    /// The profile `tasks` resembles most; on a tie, the first in the report's order.
    #[must_use]
    pub fn closest(tasks: TaskSet) -> Resemblance {
        let [first, ..] = Self::rank(tasks);
        first
    }
}

/// How closely a task set resembles a profile.
///
/// The score is the Jaccard index of the two task sets: shared tasks divided by the
/// tasks in either. It is 1 for the profile's own set and 0 for a set that shares
/// nothing with it. The shared, missing and extra tasks explain the score in the
/// terms of the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Resemblance {
    /// The profile compared with.
    pub profile: Profile,
    /// Tasks in both the set and the profile.
    pub shared: TaskSet,
    /// Tasks of the profile the set lacks.
    pub missing: TaskSet,
    /// Tasks of the set the profile does not have.
    pub extra: TaskSet,
}

impl Resemblance {
    /// Compares `tasks` with `profile`.
    #[must_use]
    pub fn new(profile: Profile, tasks: TaskSet) -> Self {
        let own = profile.tasks();
        Self {
            profile,
            shared: tasks & own,
            missing: own - tasks,
            extra: tasks - own,
        }
    }

    /// The number of tasks in either set.
    #[must_use]
    pub const fn union_len(&self) -> usize {
        // Each is at most 32 (the catalogue's size).
        self.shared
            .len()
            .saturating_add(self.missing.len())
            .saturating_add(self.extra.len())
    }

    /// The Jaccard index, from 0 to 1.
    #[must_use]
    #[allow(clippy::cast_precision_loss)] // at most 32 tasks: exact in f64
    pub fn jaccard(&self) -> f64 {
        match self.union_len() {
            0 => 0.0,
            union => self.shared.len() as f64 / union as f64,
        }
    }

    /// Orders by score, highest first, comparing the fractions exactly; ties keep the
    /// report's order of profiles.
    fn closest_first(a: &Self, b: &Self) -> Ordering {
        // a.shared / a.union  vs  b.shared / b.union, cross-multiplied (small integers).
        let left = b.shared.len().saturating_mul(a.union_len());
        let right = a.shared.len().saturating_mul(b.union_len());
        left.cmp(&right).then(a.profile.cmp(&b.profile))
    }
}

crate::i18n::vocabulary!(ServiceSetting, "service_setting", [
    LowThresholdServices => ("matalan kynnyksen palvelut", "lågtröskeltjänster", "low-threshold services");
    OutreachSocialServices => ("etsivä sosiaalityö", "uppsökande socialt arbete", "outreach social services");
    HousingSocialServices => ("asumissosiaalinen työ", "boendesociala tjänster", "social services for housing");
    ThirdSectorInterface => ("järjestöyhteistyö", "samarbetet med tredje sektorn", "interface with the third sector"),
        described (
            "Työ julkisten palvelujen ja järjestöjen välillä, esimerkiksi järjestön kohtaamispaikassa.",
            "Där kommunens tjänster möter organisationerna.",
            "Where municipal services meet non-governmental organisations."
        );
    HealthServices => ("terveyspalvelut", "hälsovårdstjänster", "health services");
    ChildProtection => ("lastensuojelu", "barnskydd", "child protection");
    YouthWork => ("nuorisotyö", "ungdomsarbete", "youth work");
    CriminalSanctions => ("rikosseuraamusala", "brottspåföljdsområdet", "criminal sanctions");
    DisabilityServices => ("vammaispalvelut", "funktionshinderservice", "disability services");
    HomelessnessWork => ("asunnottomuustyö", "arbete mot bostadslöshet", "homelessness work");
]);

// The profile names are our translations: the sources give them in English only.
crate::i18n::vocabulary!(Profile, "profile", [
    Caretaker => ("Huolenpitäjä", "Den omtänksamma", "The Caretaker");
    HelpingEyes => ("Auttavat silmät", "De hjälpande ögonen", "The Helping Eyes");
    Storyteller => ("Tarinankertoja", "Berättaren", "The Storyteller");
    BridgeBuilder => ("Sillanrakentaja", "Brobyggaren", "The Bridge Builder");
]);
