//! Fee schedules and estimates: integer cents, the Kokoa preset, bad input.

use peerwork::{Cents, FeeActivity, FeeError, FeeRate, FeeSchedule, WorkTime};

#[test]
fn kokoa_preset_matches_the_recommendation() {
    // Written from DOMAIN.md section 3, not from the code.
    let expected = [
        (FeeActivity::Preparation, 25),
        (FeeActivity::GroupFacilitation, 30),
        (FeeActivity::ClientMeetingsAndSupportPersonWork, 30),
        (FeeActivity::Meeting, 40),
        (FeeActivity::DemandingMeeting, 70),
        (FeeActivity::WorkingGroupWork, 40),
        (FeeActivity::SeminarsPanelsTalksLectures, 50),
        (FeeActivity::DemandingEvent, 100),
        (FeeActivity::ObservationInterviewAudit, 30),
    ];
    let kokoa = FeeSchedule::kokoa();
    assert_eq!(kokoa.rates().len(), expected.len());
    for (activity, euros) in expected {
        assert_eq!(
            kokoa.rate(activity),
            Some(Cents::from_euros(euros)),
            "{activity}"
        );
    }
    assert_eq!(kokoa.name(), FeeSchedule::KOKOA_NAME);
    assert!(FeeSchedule::KOKOA_SOURCE.to_string().starts_with("[T]"));
}

#[test]
fn estimate_prices_lines_and_totals_in_cents() {
    let estimate = FeeSchedule::kokoa()
        .estimate(&[
            WorkTime::hours(FeeActivity::Preparation, 2), // 2 h × 25 = 50.00
            WorkTime::minutes(FeeActivity::DemandingMeeting, 45), // 0.75 h × 70 = 52.50
            WorkTime::minutes(FeeActivity::GroupFacilitation, 1), // 30/60 = 0.50
            WorkTime::minutes(FeeActivity::ObservationInterviewAudit, 7), // 7 × 50 c = 3.50
        ])
        .unwrap();
    let amounts: Vec<u64> = estimate.lines.iter().map(|l| l.amount.0).collect();
    assert_eq!(amounts, [5_000, 5_250, 50, 350]);
    assert_eq!(estimate.total, Cents(10_650));
    assert_eq!(estimate.total.to_string(), "106.50 EUR");
    assert_eq!(estimate.lines[1].rate, Cents::from_euros(70));
}

#[test]
fn rounding_is_half_up_to_the_cent() {
    let schedule = FeeSchedule::new(
        "odd",
        None,
        [FeeRate {
            activity: FeeActivity::Meeting,
            cents_per_hour: Cents(1),
        }],
    )
    .unwrap();
    // 1 cent per hour: 29 minutes round down, 30 minutes round up.
    let e = schedule
        .estimate(&[WorkTime::minutes(FeeActivity::Meeting, 29)])
        .unwrap();
    assert_eq!(e.total, Cents(0));
    let e = schedule
        .estimate(&[WorkTime::minutes(FeeActivity::Meeting, 30)])
        .unwrap();
    assert_eq!(e.total, Cents(1));
}

#[test]
fn bad_estimates_are_typed_errors() {
    let kokoa = FeeSchedule::kokoa();
    assert_eq!(
        kokoa.estimate(&[
            WorkTime::hours(FeeActivity::Meeting, 1),
            WorkTime::hours(FeeActivity::Meeting, 0)
        ]),
        Err(FeeError::NonPositiveTime {
            line: 1,
            activity: FeeActivity::Meeting,
            minutes: 0
        })
    );
    assert_eq!(
        kokoa.estimate(&[WorkTime::minutes(FeeActivity::Meeting, -30)]),
        Err(FeeError::NonPositiveTime {
            line: 0,
            activity: FeeActivity::Meeting,
            minutes: -30
        })
    );
    let err = kokoa
        .estimate(&[WorkTime::minutes(FeeActivity::DemandingEvent, i64::MAX)])
        .unwrap_err();
    assert_eq!(err, FeeError::Overflow { line: 0 });
    // Each line fits, but the 62nd line overflows the total: 62 × ⌊MAX/61⌋ > MAX.
    let huge = FeeSchedule::new(
        "huge",
        None,
        [FeeRate {
            activity: FeeActivity::Meeting,
            cents_per_hour: Cents(u64::MAX / 61),
        }],
    )
    .unwrap();
    let lines = vec![WorkTime::hours(FeeActivity::Meeting, 1); 70];
    assert_eq!(
        huge.estimate(&lines).unwrap_err(),
        FeeError::Overflow { line: 61 }
    );
    assert!(huge.estimate(&lines[..61]).is_ok());
    let partial = FeeSchedule::new(
        "meetings only",
        None,
        [FeeRate {
            activity: FeeActivity::Meeting,
            cents_per_hour: Cents(4_000),
        }],
    )
    .unwrap();
    assert_eq!(
        partial.estimate(&[WorkTime::hours(FeeActivity::Preparation, 1)]),
        Err(FeeError::NoRate {
            line: 0,
            activity: FeeActivity::Preparation
        })
    );
    assert_eq!(
        kokoa
            .estimate(&[WorkTime::minutes(FeeActivity::Meeting, -1)])
            .unwrap_err()
            .to_string(),
        "lines[0].minutes: meeting needs a positive amount of time, got -1 minutes"
    );
}

#[test]
fn custom_schedules_are_validated() {
    let rate = |activity, cents| FeeRate {
        activity,
        cents_per_hour: Cents(cents),
    };
    assert_eq!(
        FeeSchedule::new(
            "x",
            None,
            [rate(FeeActivity::Meeting, 1), rate(FeeActivity::Meeting, 2)]
        ),
        Err(FeeError::DuplicateRate(FeeActivity::Meeting))
    );
    assert_eq!(
        FeeSchedule::new("x", None, [rate(FeeActivity::Meeting, 0)]),
        Err(FeeError::ZeroRate(FeeActivity::Meeting))
    );
    assert_eq!(
        FeeSchedule::new(" ", None, []),
        Err(FeeError::InvalidName(" ".into()))
    );
}

#[test]
fn fee_schedule_json_round_trips_and_validates() {
    let kokoa = FeeSchedule::kokoa();
    let json = serde_json::to_string(&kokoa).unwrap();
    assert_eq!(serde_json::from_str::<FeeSchedule>(&json).unwrap(), kokoa);
    let dup = r#"{"name":"x","rates":[{"activity":"meeting","cents_per_hour":100},{"activity":"meeting","cents_per_hour":200}]}"#;
    assert_eq!(
        serde_json::from_str::<FeeSchedule>(dup)
            .unwrap_err()
            .to_string(),
        "rates: activity `meeting` has more than one rate"
    );
    let unknown = r#"{"name":"x","rates":[],"currency":"USD"}"#;
    assert!(
        serde_json::from_str::<FeeSchedule>(unknown)
            .unwrap_err()
            .to_string()
            .starts_with("unknown field `currency`")
    );
}
