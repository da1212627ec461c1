//! The terms a `JobPosting` states: the application deadline as `validThrough` with the
//! Finnish UTC offset (summer time by the EU rule), `employmentType` per form of work
//! as Google for Jobs reads it, and the pay as `baseSalary`, exact to the cent up to
//! [`MAX_PAY_CENTS`] and refused beyond.

mod postings;
mod util;

use peerwork::{
    Cents, ClockTime, Contract, Date, JobPosting, Language, MAX_PAY_CENTS, Pay, PayError,
    PayPeriod, PostingDetails, Profile,
};
use postings::{date, dated, post_with, posting, salaried};
use proptest::prelude::*;
use serde_json::{Value, json};
use util::posts::{fee_based_post, vantaa_post, volunteer_post};

// ---- the deadline

#[test]
fn valid_through_carries_the_finnish_utc_offset() {
    let cases = [
        // Winter time, UTC+2; summer time, UTC+3.
        ("2026-12-14", "16:00", "+02:00"),
        ("2026-06-19", "16:00", "+03:00"),
        ("2027-01-01", "00:00", "+02:00"),
        ("2026-08-31", "23:59", "+03:00"),
        // Summer time starts at 03:00 on the last Sunday of March (2026-03-29) ...
        ("2026-03-28", "16:00", "+02:00"),
        ("2026-03-29", "02:59", "+02:00"),
        ("2026-03-29", "04:00", "+03:00"),
        // ... and ends at 04:00 on the last Sunday of October (2026-10-25): the hour
        // from 03:00 comes twice, and the posting means the first, in summer time.
        ("2026-10-24", "16:00", "+03:00"),
        ("2026-10-25", "02:59", "+03:00"),
        ("2026-10-25", "03:30", "+03:00"),
        ("2026-10-25", "04:00", "+02:00"),
        // A year whose last Sunday of March is the 31st, and one whose last Sunday of
        // October is the 31st.
        ("2024-03-30", "12:00", "+02:00"),
        ("2024-03-31", "12:00", "+03:00"),
        ("2027-10-30", "12:00", "+03:00"),
        ("2027-10-31", "12:00", "+02:00"),
    ];
    let job = post_with(salaried(100, Contract::Permanent, None));
    for (day, time, offset) in cases {
        let details = PostingDetails::builder()
            .date_posted(date("2024-01-01"))
            .deadline(date(day), Some(time.parse::<ClockTime>().unwrap()))
            .check()
            .unwrap();
        let p = posting(&job, &details, Language::English);
        assert_eq!(
            p["validThrough"],
            format!("{day}T{time}:00{offset}"),
            "{day} {time}"
        );
    }
    // Without a time, the day alone.
    let details = dated().deadline(date("2026-12-14"), None).check().unwrap();
    assert_eq!(
        posting(&job, &details, Language::English)["validThrough"],
        "2026-12-14"
    );
    // Without a deadline, no validThrough.
    let p = posting(&job, &dated().check().unwrap(), Language::English);
    assert!(p.get("validThrough").is_none());
}

/// The start and end of summer time in Finland from the EU rule, found by counting days
/// from a known Sunday (2017-01-01), without the crate's weekday: compared with the
/// offset the posting writes at the hours around each change, for 2020 to 2040.
#[test]
fn valid_through_agrees_with_the_eu_summer_time_rule() {
    let sunday = date("2017-01-01");
    let last_sunday = |year: u16, month: u8| {
        (25..=31)
            .rev()
            .map(|day| Date::new(year, month, day).unwrap())
            .find(|d| d.days_since(sunday).rem_euclid(7) == 0)
            .unwrap()
    };
    let job = post_with(salaried(100, Contract::Permanent, None));
    let offset = |day: Date, time: &str| {
        let details = PostingDetails::builder()
            .deadline(day, Some(time.parse().unwrap()))
            .date_posted(date("2020-01-01"))
            .check()
            .unwrap();
        let p = posting(&job, &details, Language::English);
        p["validThrough"].as_str().unwrap()[19..].to_owned()
    };
    for year in 2020..=2040 {
        let (start, end) = (last_sunday(year, 3), last_sunday(year, 10));
        let before = Date::new(year, 3, start.day() - 1).unwrap();
        assert_eq!(offset(before, "23:59"), "+02:00", "{year}");
        assert_eq!(offset(start, "02:59"), "+02:00", "{year}");
        assert_eq!(offset(start, "03:00"), "+03:00", "{year}");
        assert_eq!(offset(end, "03:59"), "+03:00", "{year}");
        assert_eq!(offset(end, "04:00"), "+02:00", "{year}");
        assert_eq!(
            offset(Date::new(year, 12, 31).unwrap(), "23:59"),
            "+02:00",
            "{year}"
        );
    }
}

// ---- forms of work

/// The values Google for Jobs reads in `employmentType`.
const GOOGLE_EMPLOYMENT_TYPES: &[&str] = &[
    "FULL_TIME",
    "PART_TIME",
    "CONTRACTOR",
    "TEMPORARY",
    "INTERN",
    "VOLUNTEER",
    "PER_DIEM",
    "OTHER",
];

#[test]
fn employment_types_follow_the_form_of_work() {
    let between = Contract::between(date("2027-01-01"), date("2027-06-30"));
    let cases = [
        (
            salaried(100, Contract::Permanent, None),
            json!(["FULL_TIME"]),
        ),
        (
            salaried(99, Contract::Permanent, None),
            json!(["PART_TIME"]),
        ),
        (salaried(1, Contract::Permanent, None), json!(["PART_TIME"])),
        (
            salaried(100, Contract::months(6), None),
            json!(["FULL_TIME", "TEMPORARY"]),
        ),
        (
            salaried(50, between, None),
            json!(["PART_TIME", "TEMPORARY"]),
        ),
    ];
    let details = dated().check().unwrap();
    for (terms, expected) in cases {
        let p = posting(&post_with(terms), &details, Language::English);
        assert_eq!(p["employmentType"], expected);
        assert!(p["workHours"].is_string());
    }
    // Fee-based work is done as a contractor, volunteer work as a volunteer; neither
    // has working hours to state.
    for (job, expected) in [
        (fee_based_post(), "CONTRACTOR"),
        (volunteer_post(), "VOLUNTEER"),
    ] {
        let p = posting(&job, &details, Language::Finnish);
        assert_eq!(p["employmentType"], json!([expected]));
        assert!(p.get("workHours").is_none());
        assert!(p.get("baseSalary").is_none());
    }
    for job in [
        vantaa_post(Profile::Caretaker),
        fee_based_post(),
        volunteer_post(),
    ] {
        let p = posting(&job, &details, Language::Finnish);
        for kind in p["employmentType"].as_array().unwrap() {
            assert!(
                GOOGLE_EMPLOYMENT_TYPES.contains(&kind.as_str().unwrap()),
                "{kind}"
            );
        }
    }
    assert_eq!(
        posting(
            &post_with(salaried(100, Contract::Permanent, None)),
            &details,
            Language::English
        )["workHours"],
        "Full time"
    );
}

// ---- pay

fn salary(pay: Pay, via_details: bool) -> Value {
    let (terms_pay, details) = if via_details {
        (None, dated().pay(pay).check().unwrap())
    } else {
        (Some(pay), dated().check().unwrap())
    };
    let job = post_with(salaried(100, Contract::Permanent, terms_pay));
    posting(&job, &details, Language::English)["baseSalary"].clone()
}

#[test]
fn base_salary_is_the_pay_in_euros() {
    let range = Pay::range(Cents(2_500), Cents(2_750), PayPeriod::Hour).unwrap();
    for via_details in [false, true] {
        assert_eq!(
            salary(range, via_details),
            json!({
                "@type": "MonetaryAmount",
                "currency": "EUR",
                "value": {
                    "@type": "QuantitativeValue",
                    "minValue": 25.0,
                    "maxValue": 27.5,
                    "unitText": "HOUR",
                },
            })
        );
    }
    // A range of one amount is that amount.
    let one = Pay::range(Cents(1), Cents(1), PayPeriod::Year).unwrap();
    assert_eq!(
        salary(one, false)["value"],
        json!({"@type": "QuantitativeValue", "value": 0.01, "unitText": "YEAR"})
    );
    for (period, unit) in [
        (PayPeriod::Hour, "HOUR"),
        (PayPeriod::Month, "MONTH"),
        (PayPeriod::Year, "YEAR"),
    ] {
        let pay = Pay::new(Cents(100), period).unwrap();
        assert_eq!(salary(pay, false)["value"]["unitText"], unit);
    }
    // The pay of the job description comes before the pay of the details.
    let terms_pay = Pay::new(Cents::from_euros(2_000), PayPeriod::Month).unwrap();
    let details_pay = Pay::new(Cents::from_euros(9), PayPeriod::Hour).unwrap();
    let job = post_with(salaried(100, Contract::Permanent, Some(terms_pay)));
    let p = posting(
        &job,
        &dated().pay(details_pay).check().unwrap(),
        Language::English,
    );
    assert_eq!(p["baseSalary"]["value"]["value"], 2000.0);
    // Without pay, no baseSalary.
    let p = posting(
        &post_with(salaried(100, Contract::Permanent, None)),
        &dated().check().unwrap(),
        Language::English,
    );
    assert!(p.get("baseSalary").is_none());
}

/// The text of the JSON number written for `cents` as a single amount.
fn printed_amount(cents: u64) -> String {
    let pay = Pay::new(Cents(cents), PayPeriod::Year).unwrap();
    let job = post_with(salaried(100, Contract::Permanent, Some(pay)));
    let posting = JobPosting::new(&job, &dated().check().unwrap(), Language::English).unwrap();
    let json = serde_json::to_string(&posting).unwrap();
    let (_, rest) = json
        .split_once(r#""@type":"QuantitativeValue","value":"#)
        .unwrap();
    rest.split(',').next().unwrap().to_owned()
}

/// The exact number of cents a JSON number of euros such as `1320.0`, `0.01` or `1e15`
/// states, read as a decimal (not as a float), or `None` when it is not whole cents.
fn exact_cents(number: &str) -> Option<u128> {
    let (mantissa, exponent) = match number.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i32>().ok()?),
        None => (number, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{whole}{fraction}");
    // digits × 10^(exponent − fraction length) euros, in cents.
    let scale = exponent - i32::try_from(fraction.len()).ok()? + 2;
    let value: u128 = digits.parse().ok()?;
    if scale >= 0 {
        value.checked_mul(10_u128.checked_pow(u32::try_from(scale).ok()?)?)
    } else {
        let divisor = 10_u128.checked_pow(u32::try_from(-scale).ok()?)?;
        value.is_multiple_of(divisor).then(|| value / divisor)
    }
}

#[test]
fn pay_is_stated_exactly_up_to_its_bound_and_refused_beyond() {
    for cents in [
        1,
        10,
        99,
        101,
        132_000,
        999_999_999_999_999,
        MAX_PAY_CENTS - 1,
        MAX_PAY_CENTS,
    ] {
        let printed = printed_amount(cents);
        assert_eq!(
            exact_cents(&printed),
            Some(u128::from(cents)),
            "{cents} cents printed {printed}"
        );
    }
    // An amount that would not print exactly is refused, however it is given: 2^53 + 1
    // cents is not even a double.
    for cents in [MAX_PAY_CENTS + 1, (1 << 53) + 1, u64::MAX] {
        let err = Pay::new(Cents(cents), PayPeriod::Month).unwrap_err();
        assert_eq!(
            err,
            PayError::TooLarge {
                field: "min",
                amount: Cents(cents)
            }
        );
        assert!(
            err.to_string().starts_with(&format!(
                "min: {} is more than the largest amount",
                Cents(cents)
            )),
            "{err}"
        );
        let err = Pay::range(Cents(1), Cents(cents), PayPeriod::Month).unwrap_err();
        assert_eq!(err.field(), "max");
        let document = json!({"min": 100, "max": cents, "period": "month"});
        let read = serde_json::from_value::<Pay>(document)
            .unwrap_err()
            .to_string();
        assert_eq!(read, err.to_string());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(util::cases(2_000)))]

    /// Every amount of pay prints as a JSON number that states it exactly.
    #[test]
    fn every_amount_of_pay_prints_exactly(cents in prop_oneof![1..=MAX_PAY_CENTS, 1_u64..=10_000_000]) {
        let printed = printed_amount(cents);
        prop_assert_eq!(exact_cents(&printed), Some(u128::from(cents)), "printed {}", printed);
    }
}
