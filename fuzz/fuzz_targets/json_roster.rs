//! Reading a peer-worker roster from bytes (UTF-8 JSON): no panic; a roster that reads
//! survives a round trip, is accepted again by `Roster::new`, each record builds to the
//! same value through the builder, and the roster loads whole into a bank that matches
//! a job against it. A record refused for its backgrounds never has them repeated in the
//! error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peerwork::{Bank, Date, DateRange, JobDescription, Profile, Roster};
use peerwork_fuzz::{
    check_record_builder_agrees, check_roster_backgrounds_withheld, check_round_trip,
};

fuzz_target!(|data: &[u8]| {
    let roster = match serde_json::from_slice::<Roster>(data) {
        Ok(roster) => roster,
        Err(err) => {
            check_roster_backgrounds_withheld(&err.to_string());
            return;
        }
    };
    check_round_trip(&roster);
    assert_eq!(
        Roster::new(roster.workers().to_vec()).as_ref(),
        Ok(&roster),
        "Roster::new refuses what was read"
    );
    roster
        .workers()
        .iter()
        .for_each(check_record_builder_agrees);

    let bank = Bank::from_roster(&roster).expect("a roster that reads loads into a bank");
    assert_eq!(bank.len(), roster.len());
    for worker in roster.workers() {
        let mut backgrounds = worker.experience_backgrounds().to_vec();
        backgrounds.sort_unstable();
        assert_eq!(
            bank.disclose_experience_backgrounds(worker.id()),
            Some(backgrounds)
        );
    }
    let job = JobDescription::vantaa_pilot(Profile::Caretaker)
        .build()
        .expect("the pilot post builds");
    let autumn = DateRange::between(
        Date::new(2017, 9, 1).expect("a date"),
        Date::new(2017, 11, 30).expect("a date"),
    )
    .expect("a range");
    let matches = bank.match_job(&job, autumn, 10);
    assert!(matches.eligible() <= roster.len());
    assert!(matches.candidates().len() <= matches.eligible().min(10));
    for candidate in matches.candidates() {
        assert!(roster.get(candidate.id()).is_some());
    }
});
