//! What a match checks: the hard requirements ([`MatchRequirement`]), and why a
//! candidate meets each ([`Reason`], [`TrainingMet`]).

use core::fmt;

use serde::Serialize;

use crate::i18n::Vocabulary;
use crate::job::FormOfWork;
use crate::language::Language;
use crate::municipality::Municipality;
use crate::task_set::TaskSet;

use super::super::availability::DateRange;

model_enum! {
/// A hard requirement of a job: a worker who fails one is not a candidate.
pub enum MatchRequirement {
    /// Every essential task of the post is among the tasks the person can take on.
    Tasks,
    /// The person has every experience background the post requires. A post that
    /// requires none, or is open to all, sets no requirement.
    ExperienceBackground,
    /// The person's training meets the post's required training: the Kokoa standard
    /// for [`TrainingRequirement::KokoaStandard`]; at least the stated hours for
    /// [`TrainingRequirement::Other`] with hours; any training for `Other` without
    /// hours; nothing when the post requires no training.
    ///
    /// [`TrainingRequirement::KokoaStandard`]: crate::TrainingRequirement::KokoaStandard
    /// [`TrainingRequirement::Other`]: crate::TrainingRequirement::Other
    Training,
    /// The person accepts the post's form of work.
    FormOfWork,
    /// The salaried post's working time is at most the largest the person accepts.
    /// Fee-based and volunteer posts set no working time.
    WorkingTime,
    /// The person works in every language the post requires.
    Language,
    /// The person serves the post's municipality (or works nationwide).
    ServiceArea,
    /// One of the person's availability ranges (adjoining ranges joined) covers the
    /// whole period of the job.
    Availability,
}
}

impl MatchRequirement {
    /// A short English label, as [`NearMisses`](crate::NearMisses) and
    /// [`Matches`](crate::Matches) show it. For Finnish and Swedish, see
    /// [`Vocabulary::label_in`].
    #[must_use]
    pub fn label(self) -> &'static str {
        self.label_in(Language::English)
    }

    /// The requirement's bit in a failure mask.
    pub(super) const fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

// Labels for people who order peer workers: what a near miss lacks, in the words of
// the services.
crate::i18n::vocabulary!(MatchRequirement, "match_requirement", [
    Tasks => ("välttämättömät tehtävät", "nödvändiga arbetsuppgifter", "essential tasks");
    ExperienceBackground => ("kokemustausta", "erfarenhetsbakgrund", "experience background");
    Training => ("koulutus", "utbildning", "training");
    FormOfWork => ("työn muoto", "arbetsform", "form of work");
    WorkingTime => ("työaika", "arbetstid", "working time");
    Language => ("työkieli", "arbetsspråk", "language");
    ServiceArea => ("toiminta-alue", "verksamhetsområde", "service area");
    Availability => ("käytettävissäolo", "tillgänglighet", "availability");
]);

/// How a candidate meets the post's training requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum TrainingMet {
    /// The post requires no training.
    NotRequired,
    /// The post requires the Kokoa standard, and the person's training meets it.
    KokoaStandard,
    /// The post requires at least `required` hours; the person has `hours`.
    Hours {
        /// Hours the post requires.
        required: u16,
        /// Hours of the person's training.
        hours: u16,
    },
    /// The post requires training without stating hours; the person has `hours`.
    Trained {
        /// Hours of the person's training.
        hours: u16,
    },
}

/// Why a candidate meets one hard requirement: one per [`MatchRequirement`], in its
/// order.
///
/// The experience-background reason says only whether the post required one: never
/// which backgrounds the person has.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "requirement", rename_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Reason {
    /// Can take on every essential task.
    Tasks {
        /// The post's essential tasks.
        essential: TaskSet,
    },
    /// Meets the experience-background requirement.
    ExperienceBackground {
        /// Whether the post requires a background (`false`: none, or open to all).
        sought: bool,
    },
    /// Meets the training requirement.
    Training {
        /// How.
        met: TrainingMet,
    },
    /// Accepts the form of work.
    FormOfWork {
        /// The post's form of work.
        form: FormOfWork,
    },
    /// Accepts the working time.
    WorkingTime {
        /// The post's working time, in percent of full time; `None` for fee-based and
        /// volunteer posts, which set none.
        post_percent: Option<u8>,
        /// The largest the person accepts.
        accepts_up_to_percent: u8,
    },
    /// Works in the languages the post requires.
    Language {
        /// The languages the post requires, all of which the person works in; empty
        /// when it requires none.
        required: Vec<Language>,
    },
    /// Serves the post's municipality.
    ServiceArea {
        /// The post's municipality.
        municipality: Municipality,
        /// Whether the person works nationwide (rather than naming the municipality).
        nationwide: bool,
    },
    /// Available for the whole period.
    Availability {
        /// The period of the job.
        period: DateRange,
    },
}

impl Reason {
    /// The requirement the reason is about.
    #[must_use]
    pub fn requirement(&self) -> MatchRequirement {
        match self {
            Self::Tasks { .. } => MatchRequirement::Tasks,
            Self::ExperienceBackground { .. } => MatchRequirement::ExperienceBackground,
            Self::Training { .. } => MatchRequirement::Training,
            Self::FormOfWork { .. } => MatchRequirement::FormOfWork,
            Self::WorkingTime { .. } => MatchRequirement::WorkingTime,
            Self::Language { .. } => MatchRequirement::Language,
            Self::ServiceArea { .. } => MatchRequirement::ServiceArea,
            Self::Availability { .. } => MatchRequirement::Availability,
        }
    }
}

/// One English sentence.
impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Tasks { essential } => {
                write!(f, "can take on all {} essential tasks", essential.len())
            }
            Self::ExperienceBackground { sought: true } => {
                f.write_str("meets the experience background required")
            }
            Self::ExperienceBackground { sought: false } => {
                f.write_str("no particular experience background required")
            }
            Self::Training { met } => match met {
                TrainingMet::NotRequired => f.write_str("no training required"),
                TrainingMet::KokoaStandard => f.write_str("training meets the Kokoa standard"),
                TrainingMet::Hours { required, hours } => {
                    write!(
                        f,
                        "{hours} hours of training (at least {required} required)"
                    )
                }
                TrainingMet::Trained { hours } => write!(f, "trained ({hours} hours)"),
            },
            Self::FormOfWork { form } => write!(f, "accepts {}", form.label()),
            Self::WorkingTime {
                post_percent: Some(post_percent),
                accepts_up_to_percent,
            } => write!(
                f,
                "accepts up to {accepts_up_to_percent} % working time (post: {post_percent} %)"
            ),
            Self::WorkingTime {
                post_percent: None, ..
            } => f.write_str("no working time set"),
            Self::Language { required } if required.is_empty() => {
                f.write_str("no language required")
            }
            Self::Language { required } => {
                f.write_str("works in ")?;
                for (i, language) in required.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    f.write_str(language.code())?;
                }
                Ok(())
            }
            Self::ServiceArea {
                municipality,
                nationwide: false,
            } => write!(f, "serves {municipality}"),
            Self::ServiceArea {
                municipality,
                nationwide: true,
            } => write!(f, "works nationwide, {municipality} included"),
            Self::Availability { period } => write!(f, "available {period}"),
        }
    }
}
