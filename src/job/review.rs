//! Practice recommendations: advisories that do not make a document invalid, each
//! grounded in what a source says.

use core::fmt;

use serde::Serialize;

use crate::i18n::Vocabulary;
use crate::language::Language;
use crate::source::Citation;
use crate::task::{Task, TaskCategory};
use crate::task_set::TaskSet;
use crate::working_mode::WorkingMode;

use super::{FormOfWork, JobDescription, Terms};

model_enum! {
/// A practice recommendation a job description does not follow.
#[non_exhaustive]
pub enum AdvisoryKind {
    /// No close contact employee. In the pilot every peer worker had one, and all found
    /// it a good thing \[V\].
    NoCloseContactEmployee,
    /// No training required or desired. Kokoa ry recommends at least 50 hours over at
    /// least 4 months \[T\], and the pilot found training useful in every post \[V\].
    NoTraining,
    /// A work pair with no line manager named: the job description should say who is
    /// the pair's line manager (\[T\], checklist point 10).
    WorkPairWithoutLineManager,
    /// A volunteer role that asks the commitment of staff: joining the employees' client
    /// meetings, or taking part in the unit's development and its work with employees.
    /// \[T\] warns that volunteers cannot be expected to commit to the work as paid staff
    /// do, and that the content and goals of the work must fit its form.
    VolunteerAskedToCommitLikeStaff,
    /// A fee-based post shaped like a unit's everyday work: joining the employees'
    /// client meetings, or advising them on clients. \[T\] (checklist point 6): a
    /// project-based or fee-based trial is possible, but it is not like the work of
    /// full-time employees.
    FeeBasedTrialUnlikeEmployment,
    /// A salaried post whose only work is lectures, talks and learning materials. \[T\]:
    /// for giving lectures and sharing one's story, a fee is justified.
    TalksSuitAFee,
    /// An assignment whose activity pays for none of the post's tasks: each Kokoa fee
    /// activity pays for certain work \[T\].
    FeeActivityWithoutTask,
    /// Clients come to the peer worker by referral: the pilot tried a healthcare-style
    /// referral and dropped it as too bureaucratic and slow, preferring that the peer
    /// worker join the employees' client meetings \[V\].
    ReferralTriedAndDropped,
}
}

impl AdvisoryKind {
    /// The field of the document the advisory is about.
    #[must_use]
    pub const fn field(self) -> &'static str {
        match self {
            Self::NoCloseContactEmployee => "support.close_contact_employee",
            Self::NoTraining => "requirements",
            Self::WorkPairWithoutLineManager => "support.work_pair.line_manager",
            Self::VolunteerAskedToCommitLikeStaff
            | Self::TalksSuitAFee
            | Self::FeeBasedTrialUnlikeEmployment => "terms",
            Self::FeeActivityWithoutTask => "terms.assignments",
            Self::ReferralTriedAndDropped => "working_modes",
        }
    }

    /// What to consider, in a sentence, in English. For Finnish and Swedish, see
    /// [`Vocabulary::description_in`].
    #[must_use]
    pub fn message(self) -> &'static str {
        self.description_in(Language::English).unwrap_or_default()
    }

    /// The source of the recommendation.
    #[must_use]
    pub const fn citation(self) -> Citation {
        match self {
            Self::NoCloseContactEmployee => Citation::vantaa("Towards creating a model"),
            Self::NoTraining => {
                Citation::work_pair_guide("Kokemusasiantuntijakoulutukset (training)")
            }
            Self::WorkPairWithoutLineManager => {
                Citation::work_pair_guide("Ennakkovalmistelut ja kartoitus, point 10")
            }
            Self::VolunteerAskedToCommitLikeStaff => Citation::work_pair_guide(
                "Kokemusasiantuntijatyön muodot: vapaaehtoisten sitoutuminen (forms of work)",
            ),
            Self::FeeBasedTrialUnlikeEmployment => {
                Citation::work_pair_guide("Ennakkovalmistelut ja kartoitus, point 6")
            }
            Self::TalksSuitAFee => Citation::work_pair_guide(
                "Kokemusasiantuntijatyön muodot: luennot ja palkkio (forms of work)",
            ),
            Self::FeeActivityWithoutTask => {
                Citation::work_pair_guide("Kokoa ry:n palkkiosuositukset (fee recommendations)")
            }
            Self::ReferralTriedAndDropped => Citation::vantaa("Working on the model"),
        }
    }
}

/// One advisory from [`JobDescription::review`].
///
/// `Display` writes it for people: the field, the message and the source.
///
/// ```
/// use peerwork::{AdvisoryKind, JobDescription, Profile};
///
/// let job = JobDescription::vantaa_pilot(Profile::Storyteller)
///     .required_languages([peerwork::Language::Finnish])
///     .build()?;
/// let advisories = job.review();
/// assert!(advisories.iter().all(|a| a.kind != AdvisoryKind::NoCloseContactEmployee));
/// # Ok::<(), peerwork::JobError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Advisory {
    /// Which recommendation.
    pub kind: AdvisoryKind,
    /// The field it is about.
    pub field: &'static str,
    /// What to consider, in English.
    pub message: &'static str,
    /// The source.
    pub citation: Citation,
}

impl From<AdvisoryKind> for Advisory {
    fn from(kind: AdvisoryKind) -> Self {
        Self {
            kind,
            field: kind.field(),
            message: kind.message(),
            citation: kind.citation(),
        }
    }
}

impl fmt::Display for Advisory {
    /// `support.close_contact_employee: Name a close contact employee … ([V] Towards
    /// creating a model)`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} ({})", self.field, self.message, self.citation)
    }
}

/// Tasks that tie a volunteer into the unit's own work: development, and work with
/// employees.
const STAFF_TASKS: TaskSet = TaskCategory::Development
    .tasks()
    .union(TaskCategory::SupportToEmployees.tasks());

/// The work a fee suits best \[T\]: lectures, talks and learning materials.
const TALKS: TaskSet = TaskSet::from_tasks(&[
    Task::GivesTalks,
    Task::ProducesLearningMaterials,
    Task::TeachesProfessionals,
]);

pub(super) fn review(job: &JobDescription) -> Vec<Advisory> {
    let tasks = job.tasks();
    let all = tasks.all();
    let modes = job.working_modes();
    let requirements = job.requirements();
    let joins_meetings = modes.contains(&WorkingMode::JoiningClientMeetings);
    let checks = [
        (
            AdvisoryKind::NoCloseContactEmployee,
            job.support().close_contact_employee.is_none(),
        ),
        (
            AdvisoryKind::NoTraining,
            requirements.required.training.is_none() && requirements.desired.training.is_none(),
        ),
        (
            AdvisoryKind::WorkPairWithoutLineManager,
            job.support()
                .work_pair
                .as_ref()
                .is_some_and(|pair| pair.line_manager.is_none()),
        ),
        (
            AdvisoryKind::VolunteerAskedToCommitLikeStaff,
            job.form_of_work() == FormOfWork::Volunteer
                && (joins_meetings || !(tasks.essential & STAFF_TASKS).is_empty()),
        ),
        (
            AdvisoryKind::FeeBasedTrialUnlikeEmployment,
            job.form_of_work() == FormOfWork::FeeBased
                && (joins_meetings || tasks.essential.contains(Task::AssistsEmployees)),
        ),
        (
            AdvisoryKind::TalksSuitAFee,
            job.form_of_work() == FormOfWork::Salaried
                && tasks.own.is_empty()
                && !all.is_empty()
                && all.is_subset(TALKS),
        ),
        (
            AdvisoryKind::FeeActivityWithoutTask,
            fee_activity_without_task(job),
        ),
        (
            AdvisoryKind::ReferralTriedAndDropped,
            modes.contains(&WorkingMode::Referral),
        ),
    ];
    checks
        .into_iter()
        .filter(|&(_, applies)| applies)
        .map(|(kind, _)| Advisory::from(kind))
        .collect()
}

/// Whether some assignment's activity pays for none of the post's tasks (its own tasks
/// counted by their category).
fn fee_activity_without_task(job: &JobDescription) -> bool {
    let Terms::FeeBased(fees) = job.terms() else {
        return false;
    };
    let tasks = job.tasks();
    fees.assignments.iter().any(|assignment| {
        let paid = assignment.activity.tasks();
        let pays_for_catalogue = !(paid & tasks.all()).is_empty();
        let pays_for_own = tasks
            .own
            .iter()
            .any(|own| !(paid & own.category.tasks()).is_empty());
        !(assignment.activity.pays_for_any_task() || pays_for_catalogue || pays_for_own)
    })
}

crate::i18n::vocabulary!(AdvisoryKind, "advisory", [
    NoCloseContactEmployee => ("ei lähityöntekijää", "ingen kontaktperson", "no close contact employee"),
        described (
            "Nimeä lähityöntekijä, joka on kokemusasiantuntijan rinnalla. Vantaan kokeilussa jokaisella kokemusasiantuntijalla oli lähityöntekijä, ja kaikki kokivat sen hyödylliseksi.",
            "Utse en kontaktperson som finns vid erfarenhetsexpertens sida. I Vandaförsöket hade varje erfarenhetsexpert en kontaktperson, och alla tyckte att det fungerade bra.",
            "Name a close contact employee who stands beside the peer worker. In the Vantaa pilot every peer worker had one, and all found it a good thing."
        );
    NoTraining => ("ei koulutusta", "ingen utbildning", "no training"),
        described (
            "Harkitse koulutuksen edellyttämistä tai toivomista, esimerkiksi Kokoa ry:n suosituksen mukaista koulutusta, jonka laajuus on vähintään 50 tuntia ja kesto vähintään neljä kuukautta.",
            "Överväg att kräva eller önska utbildning, till exempel enligt Kokoa ry:s rekommendation om minst 50 timmar under minst fyra månader.",
            "Consider requiring or asking for training, such as Kokoa ry's standard of at least 50 hours over at least four months."
        );
    WorkPairWithoutLineManager => ("työparin esihenkilö nimeämättä", "arbetsparets chef inte angiven", "work pair without a line manager"),
        described (
            "Kerro, kuka on työparin esihenkilö (työparimalliopas, kohta 10).",
            "Ange vem som är arbetsparets chef (guiden om arbetsparsmodellen, punkt 10).",
            "Say who is the work pair's line manager (work-pair guide, point 10)."
        );
    VolunteerAskedToCommitLikeStaff => ("vapaaehtoiselta odotetaan työntekijän sitoutumista", "av en frivillig förväntas samma engagemang som av personalen", "volunteer asked to commit like staff"),
        described (
            "Vapaaehtoisilta ei voi odottaa samaa sitoutumista kuin palkatulta henkilökunnalta. Varmista, että tehtävän sisältö ja tavoitteet sopivat vapaaehtoistyöhön.",
            "Av frivilliga kan man inte vänta sig samma engagemang som av anställd personal. Se till att uppdragets innehåll och mål passar frivilligarbete.",
            "Volunteers cannot be expected to commit as paid staff do. Make sure the content and goals of the role fit volunteer work."
        );
    FeeBasedTrialUnlikeEmployment => ("palkkiotehtävä muistuttaa työsuhdetta", "arvodesuppdraget liknar en anställning", "fee-based post shaped like employment"),
        described (
            "Palkkioperusteinen tai projektiluonteinen kokeilu on mahdollinen, mutta toiminta ei ole samanlaista kuin kokoaikaisten työntekijöiden työ. Jos tehtävä on osa yksikön arkea, harkitse työsuhdetta.",
            "Ett försök mot arvode eller i projektform är möjligt, men det motsvarar inte heltidsanställdas arbete. Om uppdraget är en del av enhetens vardag, överväg en anställning.",
            "A fee-based or project-based trial is possible, but it is not like the work of full-time employees. If the post is part of the unit's everyday work, consider employment."
        );
    TalksSuitAFee => ("luentotyöhön sopii palkkio", "föreläsningar lämpar sig för arvode", "talks suit a fee"),
        described (
            "Luentojen pitämisestä ja oman tarinan jakamisesta maksettava palkkio on perusteltu. Harkitse palkkioperusteista toimeksiantoa.",
            "Arvode är motiverat för föreläsningar och för att dela sin berättelse. Överväg ett arvodesbaserat uppdrag.",
            "A fee is justified for giving lectures and sharing one's story. Consider a fee-based assignment."
        );
    FeeActivityWithoutTask => ("palkkioperuste ilman tehtävää", "arvodespost utan arbetsuppgift", "fee activity without a task"),
        described (
            "Palkkiotaulukossa on rivi, jota vastaavaa tehtävää ei ole tehtäväluettelossa. Tarkista palkkiorivit ja tehtävät.",
            "En av uppdragets arvodesposter motsvarar ingen av uppdragets arbetsuppgifter. Kontrollera arvodesposterna och uppgifterna.",
            "An assignment's fee activity pays for none of the post's tasks. Check the activities and the tasks."
        );
    ReferralTriedAndDropped => ("lähetekäytäntö on todettu toimimattomaksi", "remissförfarandet har inte fungerat", "referral tried and dropped"),
        described (
            "Vantaan kokeilussa terveydenhuollon kaltainen lähetekäytäntö todettiin liian byrokraattiseksi ja hitaaksi. Kaikki yksiköt pitivät parempana, että kokemusasiantuntija osallistuu työntekijän asiakastapaamisiin.",
            "I Vandaförsöket visade sig ett remissförfarande av samma slag som inom hälso- och sjukvården vara för byråkratiskt och långsamt. Alla enheter föredrog att erfarenhetsexperten deltog i de anställdas klientmöten.",
            "The Vantaa pilot found a healthcare-style referral too bureaucratic and slow. Every unit preferred that the peer worker join the employees' client meetings."
        );
]);
