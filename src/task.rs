//! The task catalogue: every duty of the four Vantaa profiles and every item of the
//! common core, as one table of data.
//!
//! # How duties become tasks
//!
//! The report names sixteen profile duties and four common-core items, but several of
//! them describe the *same activity*: listening appears in the common core, in the
//! Helping Eyes and in the Bridge Builder; sharing one's own story appears in the
//! common core (experience as a tool), the Helping Eyes (the survivor example) and the
//! Storyteller; teaching professionals appears in the Caretaker (learning materials)
//! and the Storyteller. A model that gave every duty its own variant would hide those
//! overlaps from set algebra.
//!
//! So a [`Task`] is one *activity*, and a profile duty (see
//! [`Duty`](crate::Duty)) is the set of tasks its wording covers:
//!
//! - where two duties name the same activity, they share **one task**
//!   (the Helping Eyes' "listener" *is* [`Task::ListensToClients`] of the common core);
//! - where one duty names several activities, it is **decomposed** into its parts
//!   (the Bridge Builder's "listener, director and advisor" is
//!   [`Task::ListensToClients`], [`Task::DirectsClients`] and [`Task::AdvisesClients`]).
//!
//! Each task carries the facts the role test needs (see [`Audience`], [`Aim`] and
//! [`crate::RoleAssessment`]), a [`TaskCategory`] for composition, and the places in the
//! sources that name it ([`Citation`]).

use core::fmt;

use serde::{Deserialize, Serialize};
use strum::{EnumCount, IntoEnumIterator};

use crate::error::ParseTaskError;
use crate::i18n::{Labels, Text, Vocabulary};

/// One activity a peer worker can take on.
///
/// The variants are in *catalogue order*: the common core first, then each profile's
/// new tasks in the report's order. Every other part of the crate that iterates tasks
/// (sets, renderers, JSON) uses this order.
///
/// The stable id of a task is its `snake_case` name; [`Display`](fmt::Display),
/// [`FromStr`](core::str::FromStr), serde and the JSON Schema all use it.
///
/// ```
/// use peerwork::{Aim, Audience, Task};
///
/// let task: Task = "listens_to_clients".parse()?;
/// assert_eq!(task, Task::ListensToClients);
/// assert_eq!(task.to_string(), "listens_to_clients");
/// assert_eq!(task.label(), "listens comprehensively to clients");
/// assert_eq!(task.audience(), Audience::Peers);
/// assert_eq!(task.aim(), Aim::Support);
/// # Ok::<(), peerwork::ParseTaskError>(())
/// ```
#[derive(
    enumset::EnumSetType,
    Debug,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumIter,
    strum::EnumCount,
    strum::VariantNames,
)]
#[enumset(repr = "u32", no_ops)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Task {
    /// Uses one's own lived experience, and one's own story of survival, as a working tool.
    UsesOwnExperience,
    /// Listens to clients unhurriedly and as whole people.
    ListensToClients,
    /// Gives employees a view on a client's situation when asked, including in
    /// client-guidance meetings.
    AssistsEmployees,
    /// Takes part in the unit's joint development processes.
    TakesPartInDevelopment,
    /// Receives whoever walks in, before they meet an employee.
    MeetsEveryoneAtTheDoor,
    /// Is present in the unit as a general helper for clients and staff alike.
    LocalHelpingHand,
    /// Brings new points of view into the work of the unit.
    IntroducesNewViewpoints,
    /// Produces learning materials in which the voice of experience is heard.
    ProducesLearningMaterials,
    /// Encourages clients to keep going.
    EncouragesClients,
    /// Interprets the language and way of life of clients to employees, and the other way
    /// round.
    CulturalInterpreter,
    /// Shows by one's own survival what is possible.
    SurvivorExample,
    /// Connects with a client's story.
    ConnectsWithClientStory,
    /// Befriends clients who are lonely.
    BefriendsLonelyPeople,
    /// Brings clients and employees together into a cohesive group.
    BuildsCommunity,
    /// Teaches professionals what a client's situation feels like from the inside.
    TeachesProfessionals,
    /// Understands a client's worries and shares them.
    UnderstandsAndSharesWorries,
    /// Goes with clients to municipal offices, the parish or other organisations.
    EscortsClients,
    /// Directs clients to the service or organisation that fits their need.
    DirectsClients,
    /// Advises clients in everyday matters, drawing on experience.
    AdvisesClients,
    /// Is a source of information for municipal and third-sector workers, clients and
    /// employees.
    SourceOfInformation,
}

model_enum! {
/// In relation to whom a task is done: the first question of the role test (\[T\]).
pub enum Audience {
    /// Clients, or other people who share the experience.
    Peers,
    /// Professionals and employees of the services.
    Professionals,
    /// Clients and professionals at once.
    PeersAndProfessionals,
    /// The wider public: students, other organisations, society.
    Public,
}
}

impl Audience {
    /// Whether the audience includes people who share the experience.
    #[must_use]
    pub const fn includes_peers(self) -> bool {
        matches!(self, Self::Peers | Self::PeersAndProfessionals)
    }

    /// Whether the audience includes anyone besides peers: professionals, employees or
    /// the public.
    #[must_use]
    pub const fn includes_non_peers(self) -> bool {
        !matches!(self, Self::Peers)
    }
}

model_enum! {
/// What a task aims at: the second question of the role test (\[T\]).
pub enum Aim {
    /// Giving support.
    Support,
    /// Increasing knowledge and understanding: of illness, recovery, everyday life, or
    /// how the service system works.
    Knowledge,
}
}

model_enum! {
/// A grouping of tasks by the kind of work, for composing and presenting job
/// descriptions.
pub enum TaskCategory {
    /// Meeting and supporting clients.
    ClientWork,
    /// Helping employees understand clients and their world.
    SupportToEmployees,
    /// Developing the service.
    Development,
    /// Teaching and producing materials.
    TeachingAndMaterials,
    /// Building community between clients, and between clients and staff.
    CommunityBuilding,
    /// Accompanying clients through the service system.
    AccompanyingClients,
}
}

model_enum! {
/// A source document of the model.
pub enum Source {
    /// **\[V\]** Franz-Koivisto, L. (2018). *Creating a Model for the Peer Worker Job
    /// Description in the City of Vantaa Social Services for Adults.* City of Vantaa,
    /// project *Municipal Strategies to Prevent Homelessness* (AKU, 2016–2019).
    Vantaa2018,
    /// **\[T\]** *Kokemusasiantuntijan ja ammattilaisen yhteistyö — Työparimalliopas*
    /// (guide to the work-pair model). Nuorisoasuntoliitto, KATU project.
    WorkPairGuide,
}
}

impl Source {
    /// The short key used in citations: `[V]` or `[T]`.
    #[must_use]
    pub const fn key(self) -> &'static str {
        match self {
            Self::Vantaa2018 => "[V]",
            Self::WorkPairGuide => "[T]",
        }
    }

    /// The full bibliographic reference.
    #[must_use]
    pub const fn reference(self) -> &'static str {
        match self {
            Self::Vantaa2018 => {
                "Franz-Koivisto, L. (2018). Creating a Model for the Peer Worker Job Description \
                 in the City of Vantaa Social Services for Adults. City of Vantaa, project \
                 Municipal Strategies to Prevent Homelessness (AKU, 2016-2019)."
            }
            Self::WorkPairGuide => {
                "Kokemusasiantuntijan ja ammattilaisen yhteistyö - Työparimalliopas. \
                 Nuorisoasuntoliitto, KATU project."
            }
        }
    }
}

/// A place in a source document.
///
/// ```
/// use peerwork::Task;
///
/// let first = Task::ListensToClients.citations()[0];
/// assert_eq!(first.to_string(), "[V] common core, item 2");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Citation {
    /// The document.
    pub source: Source,
    /// Where in the document, for example `"The Caretaker, duty 4"`.
    pub place: &'static str,
}

impl Citation {
    /// A place in the Vantaa report **\[V\]**.
    #[must_use]
    pub const fn vantaa(place: &'static str) -> Self {
        Self {
            source: Source::Vantaa2018,
            place,
        }
    }

    /// A place in the work-pair guide **\[T\]**.
    #[must_use]
    pub const fn work_pair_guide(place: &'static str) -> Self {
        Self {
            source: Source::WorkPairGuide,
            place,
        }
    }
}

impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.source.key(), self.place)
    }
}

/// The facts the catalogue holds about one [`Task`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TaskInfo {
    /// The task these facts describe.
    pub task: Task,
    /// A short label in Finnish, Swedish and English; in English, the source's own duty
    /// phrase where there is one.
    pub label: Text,
    /// One sentence on what the task involves.
    pub description: Text,
    /// In relation to whom the task is done.
    pub audience: Audience,
    /// What the task aims at.
    pub aim: Aim,
    /// The kind of work.
    pub category: TaskCategory,
    /// Every place in the sources that names this activity.
    pub citations: &'static [Citation],
}

const fn entry(
    task: Task,
    label: Text,
    description: Text,
    (audience, aim, category): (Audience, Aim, TaskCategory),
    citations: &'static [Citation],
) -> TaskInfo {
    TaskInfo {
        task,
        label,
        description,
        audience,
        aim,
        category,
        citations,
    }
}

use Aim::{Knowledge, Support};
use Audience::{Peers, PeersAndProfessionals, Professionals, Public};
use TaskCategory::{
    AccompanyingClients, ClientWork, CommunityBuilding, Development, SupportToEmployees,
    TeachingAndMaterials,
};

const fn v(place: &'static str) -> Citation {
    Citation::vantaa(place)
}

/// The catalogue: one entry per [`Task`], in catalogue order.
///
/// This table is the single source of the facts about tasks; profiles, the role test
/// and every output read it.
pub const CATALOGUE: [TaskInfo; Task::COUNT] = [
    entry(
        Task::UsesOwnExperience,
        Text {
            fi: "oman kokemuksen käyttäminen työvälineenä",
            sv: "att använda egen erfarenhet som arbetsredskap",
            en: "uses own experience as a tool",
        },
        Text {
            fi: "Hyödyntää omaa kokemustaan ja selviytymistarinaansa työtapana sekä asiakkaiden että henkilöstön kanssa.",
            sv: "Använder sin levda erfarenhet och sin egen berättelse om överlevnad som arbetsmetod med både klienter och personal.",
            en: "Draws on lived experience, and tells one's own story of survival, as a working \
         method with clients and with staff.",
        },
        (PeersAndProfessionals, Knowledge, ClientWork),
        &[
            v("common core, item 1"),
            v("The Helping Eyes, duty 4"),
            v("The Storyteller, duty 1"),
            v("The Storyteller, duty 4"),
        ],
    ),
    entry(
        Task::ListensToClients,
        Text {
            fi: "asiakkaiden kokonaisvaltainen kuunteleminen",
            sv: "helhetsinriktat lyssnande på klienter",
            en: "listens comprehensively to clients",
        },
        Text {
            fi: "Antaa asiakkaalle kiireetöntä aikaa ja huomiota ja kuulee koko tilanteen, ei vain yksittäistä asiaa.",
            sv: "Ger klienten tid och uppmärksamhet utan brådska och hör hela situationen, inte bara ett enskilt ärende.",
            en: "Gives clients unhurried time and attention, hearing the whole situation rather \
         than one errand.",
        },
        (Peers, Support, ClientWork),
        &[
            v("common core, item 2"),
            v("The Helping Eyes, duty 1"),
            v("The Bridge Builder, duty 3"),
        ],
    ),
    entry(
        Task::AssistsEmployees,
        Text {
            fi: "työntekijöiden avustaminen",
            sv: "att bistå de anställda",
            en: "assists employees",
        },
        Text {
            fi: "Kertoo pyydettäessä näkemyksensä asiakkaan tilanteesta, myös asiakasohjauksen palavereissa.",
            sv: "Ger på begäran sin syn på klientens situation, också i möten om klientstyrning.",
            en: "Offers employees a view on a client's situation when asked, also in \
         client-guidance meetings.",
        },
        (Professionals, Knowledge, SupportToEmployees),
        &[v("common core, item 3")],
    ),
    entry(
        Task::TakesPartInDevelopment,
        Text {
            fi: "osallistuminen yhteisiin kehittämisprosesseihin",
            sv: "deltagande i gemensamma utvecklingsprocesser",
            en: "takes part in joint development processes",
        },
        Text {
            fi: "Tuo kokemuksen näkökulman yksikön yhteiseen kehittämistyöhön.",
            sv: "Bidrar med erfarenhetens perspektiv till enhetens gemensamma utvecklingsarbete.",
            en: "Contributes the view of experience to the unit's shared development work.",
        },
        (Professionals, Knowledge, Development),
        &[v("common core, item 4")],
    ),
    entry(
        Task::MeetsEveryoneAtTheDoor,
        Text {
            fi: "jokaisen ovesta tulevan kohtaaminen",
            sv: "att möta alla som kommer in genom dörren",
            en: "meeting everybody who comes through the door",
        },
        Text {
            fi: "Ottaa vastaan ilman ajanvarausta tulevat asiakkaat, helpottaa ensimmäisiä kysymyksiä ja auttaa sanoittamaan tarpeen ennen työntekijän tapaamista.",
            sv: "Tar emot klienter som kommer utan tidsbokning, underlättar de första frågorna och hjälper dem att formulera sitt behov innan de träffar en anställd.",
            en: "Welcomes walk-in clients, eases their first questions and helps them name what \
         they need before they see an employee.",
        },
        (Peers, Support, ClientWork),
        &[v("The Caretaker, duty 1")],
    ),
    entry(
        Task::LocalHelpingHand,
        Text {
            fi: "paikalla oleva auttava käsi",
            sv: "en hjälpande hand på plats",
            en: "being present as a local helping hand",
        },
        Text {
            fi: "On yksikössä läsnä yleisenä apuna niin asiakkaille kuin henkilöstölle.",
            sv: "Finns till hands i enheten som allmän hjälp för både klienter och personal.",
            en: "Is at hand in the unit as a general helper, for clients and staff alike.",
        },
        (PeersAndProfessionals, Support, ClientWork),
        &[v("The Caretaker, duty 2")],
    ),
    entry(
        Task::IntroducesNewViewpoints,
        Text {
            fi: "uusien näkökulmien tuominen",
            sv: "att föra in nya synvinklar",
            en: "introducing new points of view",
        },
        Text {
            fi: "Tuo palvelun käyttäjien näkökulman siihen, miten yksikkö näkee oman työnsä.",
            sv: "För in tjänstens användares perspektiv i hur enheten ser på sitt arbete.",
            en: "Brings the perspective of the service's users into how the unit sees its work.",
        },
        (Professionals, Knowledge, Development),
        &[v("The Caretaker, duty 3")],
    ),
    entry(
        Task::ProducesLearningMaterials,
        Text {
            fi: "oppimateriaalien tuottaminen",
            sv: "att ta fram läromedel",
            en: "producing learning materials",
        },
        Text {
            fi: "Laatii yhdessä työntekijöiden kanssa opetusmateriaalia, jossa kokemuksen ääni tavoittaa oppijat, kuten ammattiopiskelijat.",
            sv: "Tar tillsammans med de anställda fram undervisningsmaterial där erfarenhetens röst når de lärande, till exempel yrkesstuderande.",
            en: "Creates teaching material, with employees, in which the voice of experience \
         reaches learners such as vocational students.",
        },
        (Public, Knowledge, TeachingAndMaterials),
        &[v("The Caretaker, duty 4")],
    ),
    entry(
        Task::EncouragesClients,
        Text {
            fi: "rohkaisija",
            sv: "uppmuntrare",
            en: "encourager",
        },
        Text {
            fi: "Rohkaisee asiakkaita jatkamaan toipumisessaan ja asioidensa hoitamisessa.",
            sv: "Uppmuntrar klienterna att fortsätta med sin återhämtning och sina ärenden.",
            en: "Encourages clients to keep going with their recovery and their errands.",
        },
        (Peers, Support, ClientWork),
        &[v("The Helping Eyes, duty 2")],
    ),
    entry(
        Task::CulturalInterpreter,
        Text {
            fi: "kulttuuritulkki työntekijöiden ja asiakkaiden välillä",
            sv: "kulturtolk mellan anställda och klienter",
            en: "cultural interpreter between employees and clients",
        },
        Text {
            fi: "Tulkitsee asiakkaiden kieltä ja elämäntapaa palvelujen maailmalle ja päinvastoin, jotta osapuolet ymmärtävät toisiaan.",
            sv: "Tolkar klienternas språk och livsstil för servicens värld och tvärtom, så att parterna förstår varandra.",
            en: "Translates between the language and way of life of clients and the world of \
         the services, so each side understands the other.",
        },
        (PeersAndProfessionals, Knowledge, SupportToEmployees),
        &[v("The Helping Eyes, duty 3")],
    ),
    entry(
        Task::SurvivorExample,
        Text {
            fi: "esimerkki selviytyjästä, joka näyttää mikä on mahdollista",
            sv: "ett exempel på någon som har varit där och överlevt",
            en: "an example of someone who has been there and survived",
        },
        Text {
            fi: "Antaa asiakkaille toivoa elävänä todisteena siitä, että toipuminen on mahdollista.",
            sv: "Ger klienterna hopp som ett levande bevis på att återhämtning är möjlig.",
            en: "Gives clients hope by being living proof that recovery is possible.",
        },
        (Peers, Support, ClientWork),
        &[v("The Helping Eyes, duty 4"), v("The Storyteller, duty 4")],
    ),
    entry(
        Task::ConnectsWithClientStory,
        Text {
            fi: "yhteyden löytäminen asiakkaan tarinaan",
            sv: "att knyta an till klientens berättelse",
            en: "connecting with the client's story",
        },
        Text {
            fi: "Löytää yhteisen pohjan asiakkaan tarinan kanssa ja avaa sen kertomalla omastaan.",
            sv: "Hittar en gemensam grund med klientens berättelse och öppnar den genom att berätta sin egen.",
            en: "Finds common ground with a client's story, opening it by telling one's own.",
        },
        (Peers, Support, ClientWork),
        &[v("The Storyteller, duty 1")],
    ),
    entry(
        Task::BefriendsLonelyPeople,
        Text {
            fi: "yksinäisen ihmisen ystävänä oleminen",
            sv: "att vara vän till en ensam människa",
            en: "befriending a lonely person",
        },
        Text {
            fi: "Pitää seuraa asiakkaille, joille yksinäisyys on raskain ongelma.",
            sv: "Håller klienter sällskap när ensamheten är det tyngsta problemet.",
            en: "Keeps company with clients for whom loneliness is the heaviest problem.",
        },
        (Peers, Support, ClientWork),
        &[v("The Storyteller, duty 2")],
    ),
    entry(
        Task::BuildsCommunity,
        Text {
            fi: "asiakkaiden ja työntekijöiden saattaminen yhteen yhtenäiseksi ryhmäksi",
            sv: "att få klienter och anställda att bilda en sammanhållen grupp",
            en: "getting clients and employees to connect and form a cohesive group",
        },
        Text {
            fi: "Ehdottaa yhteistä tekemistä ja yhdistää asukkaita ja henkilöstöä, jotta ryhmä syntyy.",
            sv: "Föreslår gemensamma aktiviteter och förenar boende och personal så att en grupp växer fram.",
            en: "Suggests shared activities and links residents with staff so that a group forms.",
        },
        (PeersAndProfessionals, Support, CommunityBuilding),
        &[v("The Storyteller, duty 3")],
    ),
    entry(
        Task::TeachesProfessionals,
        Text {
            fi: "ammattilaisten opettaminen",
            sv: "att undervisa yrkespersoner",
            en: "teaching professionals",
        },
        Text {
            fi: "Auttaa ammattilaisia ymmärtämään sisältäpäin, mitä asiakas käy läpi, opettamalla omasta kokemuksesta.",
            sv: "Hjälper yrkespersoner att inifrån förstå vad en klient går igenom genom att undervisa utifrån egen erfarenhet.",
            en: "Helps professionals understand from the inside what a client goes through, by \
         teaching from experience.",
        },
        (Professionals, Knowledge, TeachingAndMaterials),
        &[v("The Storyteller, duty 4"), v("The Caretaker, duty 4")],
    ),
    entry(
        Task::UnderstandsAndSharesWorries,
        Text {
            fi: "huolten ymmärtäjä ja jakaja",
            sv: "en som förstår och delar bekymmer",
            en: "one who understands and shares worries",
        },
        Text {
            fi: "Ottaa asiakkaan huolet vakavasti ja kantaa niitä yhdessä hänen kanssaan.",
            sv: "Tar klientens bekymmer på allvar och bär dem tillsammans med klienten.",
            en: "Takes a client's worries seriously and carries them with the client.",
        },
        (Peers, Support, ClientWork),
        &[v("The Bridge Builder, duty 1")],
    ),
    entry(
        Task::EscortsClients,
        Text {
            fi: "saattaja ja seuralainen",
            sv: "följeslagare",
            en: "companion / escort",
        },
        Text {
            fi: "Lähtee asiakkaan mukaan kunnan virastoon, seurakuntaan tai toiseen järjestöön asioiden hoitamiseksi.",
            sv: "Följer med klienter till kommunens kontor, församlingen eller andra organisationer för att få ärenden ordnade.",
            en: "Goes with clients to municipal offices, the parish or other organisations to get \
         matters sorted out.",
        },
        (Peers, Support, AccompanyingClients),
        &[v("The Bridge Builder, duty 2")],
    ),
    entry(
        Task::DirectsClients,
        Text {
            fi: "ohjaaja",
            sv: "vägvisare",
            en: "director",
        },
        Text {
            fi: "Näyttää asiakkaalle, mikä palvelu tai järjestö vastaa hänen tarpeeseensa ja miten sinne pääsee.",
            sv: "Visar klienten vilken tjänst eller organisation som motsvarar behovet och hur man når den.",
            en: "Shows clients which service or organisation fits their need and how to reach it.",
        },
        (Peers, Knowledge, AccompanyingClients),
        &[v("The Bridge Builder, duty 3")],
    ),
    entry(
        Task::AdvisesClients,
        Text {
            fi: "neuvoja",
            sv: "rådgivare",
            en: "advisor",
        },
        Text {
            fi: "Antaa asiakkaille käytännön neuvoja sen pohjalta, mikä auttoi omassa elämässä.",
            sv: "Ger klienterna praktiska råd utifrån det som hjälpte i det egna livet.",
            en: "Gives clients practical advice, drawing on what helped in one's own life.",
        },
        (Peers, Support, ClientWork),
        &[v("The Bridge Builder, duty 3")],
    ),
    entry(
        Task::SourceOfInformation,
        Text {
            fi: "tiedonlähde kunnan ja järjestöjen työntekijöille, asiakkaille ja henkilöstölle",
            sv: "informationskälla för kommunens och organisationernas anställda, klienter och personal",
            en: "source of information",
        },
        Text {
            fi: "Välittää tietoa kunnan ja kolmannen sektorin työntekijöiden, asiakkaiden ja henkilöstön välillä.",
            sv: "Förmedlar kunskap mellan kommunens och tredje sektorns anställda, klienter och personal.",
            en: "Passes knowledge between municipal and third-sector workers, clients and \
         employees.",
        },
        (PeersAndProfessionals, Knowledge, SupportToEmployees),
        &[v("The Bridge Builder, duty 4")],
    ),
];

// The catalogue is indexed by discriminant: check at compile time that entry `i`
// describes the task whose discriminant is `i`.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)] // evaluated at compile time: cannot fail at run time
const _: () = {
    let mut i = 0;
    while i < CATALOGUE.len() {
        assert!(CATALOGUE[i].task as usize == i, "CATALOGUE is out of order");
        i += 1;
    }
};

impl Task {
    /// Every task, in catalogue order.
    #[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)] // evaluated at compile time: cannot fail at run time
    pub const ALL: [Task; Task::COUNT] = {
        let mut all = [Task::UsesOwnExperience; Task::COUNT];
        let mut i = 0;
        while i < Task::COUNT {
            all[i] = CATALOGUE[i].task;
            i += 1;
        }
        all
    };

    /// The catalogue entry of this task.
    #[must_use]
    #[allow(clippy::indexing_slicing)] // in bounds: checked against CATALOGUE at compile time
    #[inline]
    pub const fn info(self) -> &'static TaskInfo {
        &CATALOGUE[self as usize]
    }

    /// The stable `snake_case` id, as used in JSON.
    #[must_use]
    #[inline]
    pub fn id(self) -> &'static str {
        // strum's list of ids, in declaration order: a table lookup that inlines.
        <Self as strum::VariantNames>::VARIANTS
            .get(self as usize)
            .copied()
            .unwrap_or_default()
    }

    /// Parses a task id, naming the id in the error when it is unknown.
    ///
    /// # Errors
    ///
    /// [`ParseTaskError`] when `id` is not the id of a catalogue task.
    ///
    /// ```
    /// use peerwork::Task;
    ///
    /// assert_eq!(Task::from_id("escorts_clients"), Ok(Task::EscortsClients));
    /// let err = Task::from_id("juggling").unwrap_err();
    /// assert_eq!(err.to_string(), "unknown task id `juggling`");
    /// ```
    #[inline]
    pub fn from_id(id: &str) -> Result<Self, ParseTaskError> {
        crate::validate::enum_from_id(id).ok_or_else(|| ParseTaskError::new(id))
    }

    /// A short English label; the source's own phrase where it has one. For Finnish and
    /// Swedish, see [`Vocabulary::label_in`].
    #[must_use]
    #[inline]
    pub const fn label(self) -> &'static str {
        self.info().label.en
    }

    /// One sentence, in English, on what the task involves. For Finnish and Swedish, see
    /// [`Vocabulary::description_in`].
    #[must_use]
    #[inline]
    pub const fn description(self) -> &'static str {
        self.info().description.en
    }

    /// In relation to whom the task is done.
    #[must_use]
    #[inline]
    pub const fn audience(self) -> Audience {
        self.info().audience
    }

    /// What the task aims at.
    #[must_use]
    #[inline]
    pub const fn aim(self) -> Aim {
        self.info().aim
    }

    /// The kind of work.
    #[must_use]
    #[inline]
    pub const fn category(self) -> TaskCategory {
        self.info().category
    }

    /// Every place in the sources that names this activity.
    #[must_use]
    #[inline]
    pub const fn citations(self) -> &'static [Citation] {
        self.info().citations
    }

    /// Iterates over every task in catalogue order.
    #[inline]
    pub fn iter() -> impl Iterator<Item = Task> + Clone {
        <Self as IntoEnumIterator>::iter()
    }
}

impl Vocabulary for Task {
    const CONCEPT: &'static str = "task";

    fn values() -> &'static [Self] {
        &Task::ALL
    }

    fn labels(self) -> Labels {
        let info = self.info();
        Labels {
            label: info.label,
            description: Some(info.description),
        }
    }
}

crate::i18n::vocabulary!(Audience, "audience", [
    Peers => ("vertaiset", "jämlikar", "peers"),
        described (
            "Asiakkaat tai muut ihmiset, joilla on sama kokemus.",
            "Klienter eller andra människor med samma erfarenhet.",
            "Clients, or other people who share the experience."
        );
    Professionals => ("ammattilaiset ja työntekijät", "yrkespersoner och anställda", "professionals and employees");
    PeersAndProfessionals => ("vertaiset ja ammattilaiset", "jämlikar och yrkespersoner", "peers and professionals");
    Public => ("laajempi yleisö", "allmänheten", "the wider public"),
        described (
            "Esimerkiksi opiskelijat, muut organisaatiot ja yhteiskunta.",
            "Till exempel studerande, andra organisationer och samhället.",
            "For example students, other organisations and society."
        );
]);

crate::i18n::vocabulary!(Aim, "aim", [
    Support => ("tuen antaminen", "att ge stöd", "giving support");
    Knowledge => ("tiedon ja ymmärryksen lisääminen", "att öka kunskap och förståelse", "increasing knowledge and understanding");
]);

crate::i18n::vocabulary!(TaskCategory, "task_category", [
    ClientWork => ("asiakastyö", "klientarbete", "client work");
    SupportToEmployees => ("työntekijöiden tukeminen", "stöd till anställda", "support to employees");
    Development => ("kehittäminen", "utveckling", "development");
    TeachingAndMaterials => ("opettaminen ja materiaalit", "undervisning och material", "teaching and materials");
    CommunityBuilding => ("yhteisöllisyyden rakentaminen", "gemenskapsbyggande", "community building");
    AccompanyingClients => ("asiakkaiden saattaminen palveluihin", "att följa klienter genom servicesystemet", "accompanying clients through services");
]);

impl core::str::FromStr for Task {
    type Err = ParseTaskError;

    /// Reads a task id, as [`Task::from_id`].
    fn from_str(id: &str) -> Result<Self, ParseTaskError> {
        Self::from_id(id)
    }
}
