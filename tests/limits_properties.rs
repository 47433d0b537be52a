//! Whatever the validator accepts survives every domain computation: dates anywhere from
//! 1900 to 2200 (both limits included), "today" anywhere in that span, the longest runs and
//! the largest counts the limits allow. A panic or an overflow fails the test (`cargo test`
//! builds with overflow checks on).
//!
//! Values are generated as JSON and read through the records' own decoders, so this is the
//! same gate that every form, import and storage read goes through.

use achilles::domain::checkin::CheckIn;
use achilles::domain::function_score::{is_due, not_improving, FunctionCheck};
use achilles::domain::limits::{EARLIEST, LATEST, MAX_RUN_METRES, MAX_RUN_SECONDS, MIN_RUN_METRES, MIN_RUN_SECONDS};
use achilles::domain::programme::{Phase, Programme};
use achilles::domain::progression::{creeping_up, propose};
use achilles::domain::return_to_run::{LadderContext, RunLadder, WalkRun};
use achilles::domain::runs::{load_warnings, shoe_totals, RunEntry, Units};
use achilles::domain::sessions::SessionLog;
use achilles::domain::strength::HeelRiseTest;
use achilles::domain::triage::Side;
use achilles::domain::{agenda, csv, trends};
use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use serde_json::json;

/// Any accepted date, with the limits themselves drawn often.
fn any_day() -> impl Strategy<Value = NaiveDate> {
    let span = (LATEST - EARLIEST).num_days() as u64;
    prop_oneof![
        Just(EARLIEST),
        Just(LATEST),
        (0..=span).prop_map(|d| EARLIEST + Days::new(d)),
        (0..30u64).prop_map(|d| EARLIEST + Days::new(d)),
        (0..30u64).prop_map(|d| LATEST - Days::new(d)),
    ]
}

fn decoded<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> T {
    serde_json::from_value(value).expect("a value within the limits decodes")
}

fn any_run() -> impl Strategy<Value = RunEntry> {
    (
        any::<u64>(),
        any_day(),
        MIN_RUN_METRES..=MAX_RUN_METRES,
        MIN_RUN_SECONDS..=MAX_RUN_SECONDS,
        0u8..=10,
        0u8..=10,
        any::<bool>(),
    )
        .prop_map(|(id, date, metres, seconds, during, after, shoe)| {
            let shoe = if shoe { json!("Blue racers") } else { json!(null) };
            decoded(json!({"id": id, "date": date, "metres": metres, "seconds": seconds, "terrain": "road",
                "kind": "easy", "shoe": shoe, "pain_during": during, "pain_after": after}))
        })
}

fn any_checkin() -> impl Strategy<Value = CheckIn> {
    (any_day(), 0u16..=120, 0u8..=10).prop_map(|(date, stiffness, pain)| {
        decoded(json!({"date": date, "stiffness_minutes": stiffness, "pain": pain, "note": ""}))
    })
}

fn any_session() -> impl Strategy<Value = SessionLog> {
    (any::<u64>(), any_day(), 0u8..=10, 0u8..=10).prop_map(|(id, date, during, after)| {
        decoded(
            json!({"id": id, "date": date, "phase": "load", "sets": [], "pain_during": during, "pain_after": after}),
        )
    })
}

fn any_function_check() -> impl Strategy<Value = FunctionCheck> {
    (any::<u64>(), any_day(), 0u8..=10).prop_map(|(id, date, s)| {
        decoded(json!({"id": id, "date": date, "scales": [s, s, s, s, s, s], "sport": "modified_training",
            "loading_pain": "none", "loading_minutes": "nil"}))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn every_computation_survives_accepted_values(
        runs in proptest::collection::vec(any_run(), 0..40),
        checkins in proptest::collection::vec(any_checkin(), 0..40),
        sessions in proptest::collection::vec(any_session(), 0..20),
        function_checks in proptest::collection::vec(any_function_check(), 0..6),
        today in any_day(),
        started in any_day(),
        since in any_day(),
        left in 0u16..=300,
        right in 0u16..=300,
    ) {
        for r in &runs {
            let _ = load_warnings(&runs, r.date, r.metres, Some(r.id));
            let _ = load_warnings(&runs, today, MAX_RUN_METRES, None);
        }
        let _ = shoe_totals(&runs);
        let _ = agenda::recent_load_warnings(&runs, today);
        let _ = agenda::painful_run(&runs, today);
        let _ = agenda::runs_read_from(today);
        let _ = trends::weekly_distance(&runs, today, 12);
        let _ = trends::mornings(&checkins, today, 12);
        let _ = csv::runs(&runs, Units::Miles);
        let _ = csv::checkins(&checkins);
        let _ = csv::sessions(&sessions);

        let programme: Programme = decoded(json!({"phase": "build", "started_on": started, "phase_since": since,
            "insertional": false, "step_ups": [started, since, today]}));
        let _ = propose(&programme, &sessions, &checkins, today);
        let _ = creeping_up(&checkins, today);
        let _ = agenda::checkins_read_from(Some(&programme), &sessions, today);
        let _ = agenda::sessions_read_from(Some(&programme), today);
        let _ = is_due(&function_checks, today);
        let _ = not_improving(started, &function_checks, today);
        let _ = agenda::function_checks_read_from(today);

        let walk_runs: Vec<WalkRun> = runs
            .iter()
            .map(|r| WalkRun {
                date: r.date,
                rung: 3,
                pain_during: r.pain_during.unwrap_or_default(),
                rising_or_sharp: false,
            })
            .collect();
        let ladder: RunLadder = decoded(json!({
            "gate": {"brisk_walk_pain_free": true, "hops": [15, 1], "heel_raises": null},
            "rung": 3, "rung_since": since, "runs": walk_runs}));
        let test: HeelRiseTest = decoded(json!({"id": 1, "date": today, "left": left, "right": right}));
        let _ = test.lsi(Side::Both);
        let ctx = LadderContext {
            programme: Some(&programme),
            checkins: &checkins,
            strength: Some(&test),
            side: Side::Left,
            after_tear: None,
        };
        let _ = ladder.advise(&ctx, today);
        let mut moved = programme.clone();
        moved.move_to(Phase::Spring, today);
        prop_assert!(moved.stepped_up_within_a_week(today));
    }
}
