//! One gate: every way a document enters runs the same rules. A path call such as
//! `JobDescription::deserialize(value)` is the trait's, which validates; every root
//! type refuses arrays for objects; names compare in one normal form; the bank's errors
//! quote ids like every error of the crate; pay is published exactly or refused.

mod util;

use peerwork::{
    Bank, BankError, Cents, Date, DateRange, FeeSchedule, FormOfWork, JobDescription,
    LocalizedText, Municipality, Pay, PayPeriod, PeerWorkerRecord, PostingDetails, Profile,
    QUOTE_LIMIT, Readiness, ReflectionForm, Roster, TaskSet,
};
use serde::Deserialize;
use serde_json::{Value, json};
use util::bad_input::record_json;
use util::pilot_json;
use util::posts::details;

/// Reads `value` as `T` through the path call `T::deserialize`, the way a caller that
/// holds a `serde_json::Value` might.
fn path_call<T: for<'de> Deserialize<'de>>(value: Value) -> Result<T, String> {
    T::deserialize(value).map_err(|err| err.to_string())
}

#[test]
fn a_path_call_runs_the_rules_of_every_root_type() {
    let mut job = pilot_json();
    job["terms"]["working_time_percent"] = json!(150);
    let err = path_call::<JobDescription>(job).unwrap_err();
    assert!(
        err.contains("expected a whole number from 1 to 100"),
        "{err}"
    );
    let mut job = pilot_json();
    job["tasks"] = json!({"optional": ["escorts_clients"]});
    let err = path_call::<JobDescription>(job).unwrap_err();
    assert_eq!(err, "tasks.essential: at least one task must be essential");

    let err = path_call::<Pay>(json!({"min": 0, "period": "month"})).unwrap_err();
    assert!(err.starts_with("min:"), "{err}");
    let err =
        path_call::<Pay>(json!({"min": 300_000, "max": 200_000, "period": "month"})).unwrap_err();
    assert!(err.starts_with("max:"), "{err}");

    let mut posted = serde_json::to_value(details()).unwrap();
    posted["valid_through"] = json!("2026-11-01");
    let err = path_call::<PostingDetails>(posted).unwrap_err();
    assert!(err.starts_with("valid_through:"), "{err}");

    let err = path_call::<FeeSchedule>(
        json!({"name": "City", "rates": [{"activity": "meeting", "cents_per_hour": 0}]}),
    )
    .unwrap_err();
    assert!(err.contains("meeting"), "{err}");
    let err =
        path_call::<Readiness>(json!({"settled": ["needs_mapped", "needs_mapped"]})).unwrap_err();
    assert!(err.contains("more than once"), "{err}");
    let err = path_call::<TaskSet>(json!(["escorts_clients", "escorts_clients"])).unwrap_err();
    assert!(err.contains("more than once"), "{err}");
    let err = path_call::<ReflectionForm>(json!({
        "date": "2026-10-05",
        "expert_on_professional": {}, "professional_on_expert": {},
        "expert_on_self": {}, "professional_on_self": {}
    }))
    .unwrap_err();
    assert!(err.starts_with("expert_on_professional"), "{err}");

    let mut record = record_json();
    record["max_working_time_percent"] = json!(0);
    let err = path_call::<PeerWorkerRecord>(record.clone()).unwrap_err();
    assert!(err.starts_with("max_working_time_percent:"), "{err}");
    let err = path_call::<Roster>(json!({"format_version": 1, "workers": [record]})).unwrap_err();
    assert!(
        err.starts_with("workers[0] (id `kap-1`): max_working_time_percent:"),
        "{err}"
    );
}

#[test]
fn every_root_type_is_an_object_never_an_array() {
    let sequence = |err: String| assert!(err.contains("invalid type: sequence"), "{err}");
    sequence(path_call::<JobDescription>(json!([2, "Peer worker"])).unwrap_err());
    sequence(path_call::<Pay>(json!([100_000, null, "month"])).unwrap_err());
    sequence(path_call::<PostingDetails>(json!(["2026-11-23"])).unwrap_err());
    sequence(path_call::<FeeSchedule>(json!(["City", []])).unwrap_err());
    sequence(path_call::<Readiness>(json!([["needs_mapped"]])).unwrap_err());
    sequence(path_call::<ReflectionForm>(json!(["2026-10-05", {}, {}, {}, {}])).unwrap_err());
    sequence(path_call::<PeerWorkerRecord>(json!(["kap-1"])).unwrap_err());
    sequence(path_call::<Roster>(json!([1, []])).unwrap_err());
}

#[test]
fn a_whole_number_written_with_a_fraction_of_zero_reads_as_the_schema_says() {
    // JSON Schema counts 50.0 as the integer 50; so does the crate.
    let text = pilot_json().to_string().replacen(
        "\"working_time_percent\":50",
        "\"working_time_percent\":50.0",
        1,
    );
    let job: JobDescription = serde_json::from_str(&text).unwrap();
    assert_eq!(job.terms().salaried().unwrap().working_time_percent, 50);
}

#[test]
fn names_compare_and_are_stored_in_one_normal_form() {
    let nfc = "J\u{e4}rvenp\u{e4}\u{e4}n kaupunki";
    let nfd = "Ja\u{308}rvenpa\u{308}a\u{308}n kaupunki";
    // A text is stored in NFC however it was written.
    assert_eq!(LocalizedText::same(nfd), LocalizedText::same(nfc));
    let job = JobDescription::vantaa_pilot(Profile::Caretaker)
        .employer(nfd)
        .build()
        .unwrap();
    let json = serde_json::to_string(&job).unwrap();
    assert!(json.contains(nfc) && !json.contains(nfd));

    // A record cannot list one municipality twice in two forms.
    let mut record = record_json();
    record["service_area"]["municipalities"] =
        json!(["J\u{e4}rvenp\u{e4}\u{e4}", "Ja\u{308}rvenpa\u{308}a\u{308}"]);
    let err = path_call::<PeerWorkerRecord>(record).unwrap_err();
    assert!(err.contains("listed more than once"), "{err}");

    // A post in NFD matches a worker who serves the NFC name.
    let jarvenpaa: Municipality = "J\u{e4}rvenp\u{e4}\u{e4}".parse().unwrap();
    let worker = PeerWorkerRecord::builder("kap-1")
        .tasks(Profile::Caretaker.tasks())
        .forms_of_work([FormOfWork::Salaried])
        .municipalities([jarvenpaa])
        .available(DateRange::open_ended(Date::new(2026, 1, 1).unwrap()))
        .build()
        .unwrap();
    let mut doc = pilot_json();
    doc["location"]["municipality"] = json!("Ja\u{308}rvenpa\u{308}a\u{308}");
    let post: JobDescription = serde_json::from_value(doc).unwrap();
    assert_eq!(post.location().municipality, jarvenpaa);
    let mut bank = Bank::new();
    bank.insert(&worker).unwrap();
    let period = DateRange::between(
        Date::new(2026, 9, 1).unwrap(),
        Date::new(2026, 11, 30).unwrap(),
    )
    .unwrap();
    assert_eq!(bank.match_job(&post, period, 5).eligible(), 1);
}

#[test]
fn bank_errors_quote_ids_in_bounded_and_escaped_text() {
    let mut bank = Bank::new();
    let huge = "k".repeat(1 << 20);
    let message = bank.remove(&huge).unwrap_err().to_string();
    assert!(message.len() <= QUOTE_LIMIT + 64, "{} bytes", message.len());
    assert!(message.contains('…'));

    let forged = "kap-1\u{202E}\n2026-12-03 INFO admin logged in";
    let err = bank.remove(forged).unwrap_err();
    let message = err.to_string();
    assert!(
        !message.contains('\n') && !message.contains('\u{202E}'),
        "{message:?}"
    );
    assert!(
        message.contains("\\u{202e}") && message.contains("\\u{a}"),
        "{message}"
    );
    assert!(matches!(err, BankError::UnknownId(_)));
}

#[test]
fn pay_is_stated_exactly_or_refused() {
    // 2^53 + 1 cents is past the bound a JSON number states exactly in euros.
    assert!(Pay::new(Cents(9_007_199_254_740_993), PayPeriod::Month).is_err());
    assert!(Pay::new(Cents(u64::MAX), PayPeriod::Month).is_err());
    let largest = Pay::new(Cents(peerwork::MAX_PAY_CENTS), PayPeriod::Month).unwrap();
    assert_eq!(largest.min(), Cents(peerwork::MAX_PAY_CENTS));
}
