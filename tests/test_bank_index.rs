//! The peer-worker bank's index: it stays consistent through many updates and removes,
//! reserves within its limit, shares municipality bits past 32 and checks them exactly,
//! holds every municipality of Finland, quotes ids in its errors, and keeps its hot
//! columns small. (The scan against a reference matcher: `test_bank_reference.rs`.)

#[path = "util/bank.rs"]
mod bank;
mod util;

use peerwork::{Bank, BankError, JobDescription, MatchRequirement, Municipality, PeerWorkerRecord};

use bank::{
    FORGED_ID, assert_quoted, autumn, bank_of, build, caretaker_job, fit, huge_id, ids,
    municipality, range,
};

#[test]
fn removing_everyone_and_many_updates_keep_the_index_consistent() {
    // Many updates of workers with overflow blocks exercise the compaction.
    let mut rng = util::SplitMix64(11);
    let many = |id: &str| {
        build(
            fit(id)
                .municipalities([
                    Municipality::ESPOO,
                    Municipality::KERAVA,
                    municipality("Sipoo"),
                    Municipality::VANTAA,
                ])
                .availability([
                    range("2016-01-01", "2016-01-31"),
                    range("2016-03-01", "2016-03-31"),
                    range("2017-08-01", "2017-12-31"),
                ]),
        )
    };
    let records: Vec<PeerWorkerRecord> = (0..300).map(|i| many(&format!("w{i}"))).collect();
    let mut bank = bank_of(&records);
    for _ in 0..5000 {
        let id = format!("w{}", rng.next_u64() % 300);
        bank.update(&many(&id)).unwrap();
    }
    assert!(bank.is_consistent());
    assert_eq!(
        bank.match_job(&caretaker_job(), autumn(), 1).eligible(),
        300
    );
    for record in &records {
        bank.remove(record.id()).unwrap();
        assert!(bank.is_consistent());
    }
    assert!(bank.is_empty());
    assert_eq!(bank.match_job(&caretaker_job(), autumn(), 1).eligible(), 0);
    bank.upsert(&records[0]).unwrap();
    bank.upsert(&records[0]).unwrap();
    assert_eq!(bank.len(), 1);
}

#[test]
fn reserving_past_the_bank_limit_reserves_no_more() {
    // A bank never holds more than MAX_ROSTER_WORKERS, so asking for more room than that
    // (here more than memory can hold) is not an error: it reserves up to the limit.
    let mut bank = Bank::with_capacity(usize::MAX);
    bank.reserve(usize::MAX);
    assert!(bank.is_empty());
    bank.insert(&build(fit("a"))).unwrap();
    assert!(bank.is_consistent());
}

/// The post in `place`: the Caretaker's pilot post.
fn job_in(place: Municipality) -> JobDescription {
    caretaker_job()
        .to_builder()
        .location(place)
        .build()
        .unwrap()
}

#[test]
fn many_municipalities_share_bits_and_are_checked_exactly() {
    // Past 32 distinct municipalities, municipality bits are shared; a hit is
    // confirmed. Municipalities get ids in the order the bank meets them.
    let nth = |i: usize| Municipality::all().nth(i).unwrap();
    let mut records: Vec<PeerWorkerRecord> = (0..40)
        .map(|i| build(fit(&format!("m{i:02}")).municipalities([nth(i)])))
        .collect();
    records.push(build(fit("both").municipalities([nth(1), nth(33)])));
    let bank = bank_of(&records);
    // The 2nd and the 34th share a bit (ids 1 and 33).
    assert_eq!(ids(&bank, &job_in(nth(1)), autumn()), ["both", "m01"]);
    assert_eq!(ids(&bank, &job_in(nth(33)), autumn()), ["both", "m33"]);
    assert_eq!(ids(&bank, &job_in(nth(39)), autumn()), ["m39"]);
    let near = *bank.match_job(&job_in(nth(2)), autumn(), 0).near_misses();
    assert_eq!(near.count(MatchRequirement::ServiceArea), 40);
    // A municipality no worker serves by name: only nationwide workers pass.
    assert!(ids(&bank, &job_in(nth(200)), autumn()).is_empty());
}

/// A municipality's id never runs out (the bank's limit on distinct names is gone):
/// a bank whose workers serve every municipality of Finland, one each and 64 at a time,
/// matches each exactly, after updates and removes too.
#[test]
fn every_municipality_of_finland_fits_in_one_bank() {
    let all: Vec<Municipality> = Municipality::all().collect();
    assert!(all.len() > 300, "{}", all.len());
    let mut records: Vec<PeerWorkerRecord> = all
        .iter()
        .map(|&m| build(fit(&format!("one-{}", m.code())).municipalities([m])))
        .collect();
    records.extend(
        all.chunks(peerwork::MAX_MUNICIPALITIES_SERVED)
            .enumerate()
            .map(|(i, chunk)| {
                build(fit(&format!("many-{i}")).municipalities(chunk.iter().copied()))
            }),
    );
    let mut bank = bank_of(&records);
    for (i, &place) in all.iter().enumerate() {
        let many = format!("many-{}", i / peerwork::MAX_MUNICIPALITIES_SERVED);
        let one = format!("one-{}", place.code());
        assert_eq!(ids(&bank, &job_in(place), autumn()), [many, one]);
    }
    // Serving another municipality, and a worker who served many gone.
    let chunk = |place: Municipality| {
        let at = all.iter().position(|&m| m == place).unwrap();
        format!("many-{}", at / peerwork::MAX_MUNICIPALITIES_SERVED)
    };
    bank.update(&build(
        fit("one-092").municipalities([Municipality::HELSINKI]),
    ))
    .unwrap();
    bank.remove(&chunk(Municipality::VANTAA)).unwrap();
    assert!(bank.is_consistent());
    assert!(ids(&bank, &job_in(Municipality::VANTAA), autumn()).is_empty());
    let mut helsinki = vec!["one-091".to_owned(), "one-092".to_owned()];
    if chunk(Municipality::HELSINKI) != chunk(Municipality::VANTAA) {
        helsinki.insert(0, chunk(Municipality::HELSINKI));
    }
    assert_eq!(
        ids(&bank, &job_in(Municipality::HELSINKI), autumn()),
        helsinki
    );
    let espoo = ids(&bank, &job_in(Municipality::ESPOO), autumn());
    assert_eq!(
        espoo.len(),
        1 + usize::from(chunk(Municipality::ESPOO) != chunk(Municipality::VANTAA))
    );
}

#[test]
fn bank_errors_quote_the_id() {
    let mut bank = bank_of(&[build(fit("kap-1"))]);
    let err = bank.remove(&huge_id()).unwrap_err();
    assert_eq!(
        err,
        BankError::UnknownId(format!("{}…", "k".repeat(peerwork::QUOTE_LIMIT)))
    );
    assert_quoted(&err.to_string());

    let err = bank.remove(FORGED_ID).unwrap_err();
    let message = err.to_string();
    assert_quoted(&message);
    assert_eq!(
        message,
        "id: `kap-1\\u{202e}\\u{a}2026-12-03T10:00:00Z INFO admin logged in` is not in the \
         bank"
    );
    assert_eq!(bank.len(), 1);

    // A record's id is checked when it is built, so insert and update meet only valid
    // ids; their errors quote them too, and lead with the field.
    let err = bank.insert(&build(fit("kap-1"))).unwrap_err();
    assert_eq!(err.to_string(), "id: `kap-1` is already in the bank");
    let err = bank.update(&build(fit("kap-2"))).unwrap_err();
    assert_eq!(err.to_string(), "id: `kap-2` is not in the bank");
}

#[test]
fn the_hot_index_stays_small() {
    let bank = bank_of(&[build(fit("a")), build(fit("b"))]);
    assert_eq!(bank.hot_index_bytes(), 2 * Bank::HOT_BYTES_PER_WORKER);
    const { assert!(Bank::HOT_BYTES_PER_WORKER <= 32) };
}
