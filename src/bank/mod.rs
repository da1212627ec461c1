//! The peer-worker bank: a roster of trained peer workers, matched to job descriptions.
//!
//! The Vantaa report ends by recommending a *peer-worker bank* from which municipalities
//! hire trained peer workers for jobs \[V\]; the work-pair guide names the banks that
//! exist, such as Kokoa ry's national expert bank and Vantaa's KAP bank, through which
//! experts are ordered for tasks the city defines \[T\]. This module is the core of such a
//! bank:
//!
//! - [`PeerWorkerRecord`]: what the bank knows of a person, for matching and nothing
//!   more — no name or contact data. Its experience backgrounds are **special-category
//!   personal data**; see [its documentation](PeerWorkerRecord#sensitive-data).
//! - [`Roster`]: the records as one document, loaded all or nothing, with unique ids,
//!   and changed record by record under the same rules.
//! - [`Bank`]: the roster as a columnar index; [`Bank::match_job`] returns the ranked
//!   [`Candidate`]s with their [`Reason`]s and the [`NearMisses`], as [`Matches`],
//!   which also display as a short summary for people.
//!
//! ```
//! use peerwork::{Bank, Date, DateRange, FormOfWork, JobDescription, MatchRequirement,
//!     Municipality, PeerWorkerRecord, Profile, ExperienceBackground::{Homelessness, Substances}};
//!
//! let autumn = DateRange::between(Date::new(2017, 9, 1)?, Date::new(2017, 11, 30)?)?;
//! let worker = |id: &str, percent| {
//!     PeerWorkerRecord::builder(id)
//!         .tasks(Profile::Storyteller.tasks())
//!         .experience_backgrounds([Homelessness, Substances])
//!         .forms_of_work([FormOfWork::Salaried])
//!         .max_working_time_percent(percent)
//!         .municipalities([Municipality::VANTAA])
//!         .available(autumn)
//!         .build()
//! };
//! let mut bank = Bank::new();
//! bank.insert(&worker("kap-1", 50)?)?;
//! bank.insert(&worker("kap-2", 40)?)?; // wants less than the post's 50 %
//!
//! // The pilot post requires lived experience of any background and Finnish; it would
//! // like homelessness, substance use, training to the Kokoa standard and Swedish.
//! let job = JobDescription::vantaa_pilot(Profile::Storyteller).build()?;
//! let matches = bank.match_job(&job, autumn, 5);
//! assert_eq!(matches.eligible(), 1);
//! let best = &matches.candidates()[0];
//! assert_eq!(best.id(), "kap-1");
//! assert_eq!(best.reasons()[1].to_string(), "no particular experience background required");
//! // Neither of the two wishes a worker's record can answer (Kokoa training, Swedish):
//! // wishes rank, never rule out. Desired backgrounds neither rank nor count.
//! assert_eq!((best.score().desired_met, best.score().desired_total), (0, 2));
//! assert_eq!(matches.near_misses().count(MatchRequirement::WorkingTime), 1);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod availability;
mod error;
mod id_index;
mod index;
mod matching;
mod record;
mod roster;

pub use availability::{DateRange, DateRangeError};
pub use error::{BankError, RecordError, RosterError};
pub use index::Bank;
pub use matching::{
    Candidate, CandidateScore, MatchRequirement, Matches, NearMisses, Reason, TrainingMet,
};
pub use record::{PeerWorkerRecord, PeerWorkerRecordBuilder, ServiceArea, Training};
pub use roster::Roster;

/// The longest worker id, in characters (visible ASCII, so also in bytes).
pub const MAX_WORKER_ID_CHARS: usize = 64;
/// The most municipalities one worker may list.
pub const MAX_MUNICIPALITIES_SERVED: usize = 64;
/// The most availability ranges one worker may list.
pub const MAX_AVAILABILITY_RANGES: usize = 32;
/// The most workers a roster, or a bank, may hold.
pub const MAX_ROSTER_WORKERS: usize = 10_000_000;
