//! The pathway after a tear: its phase on every day of the first year, with the default
//! protocol and with a clinician's own dates, what a visit decides, and a property over
//! dates and progress that nothing unsafe is ever offered before the pathway allows it.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;

use super::*;
use crate::domain::exercises::ExerciseId;
use crate::domain::loading_gate::{Clearance, ClinicianVisit};
use crate::domain::pain::PainScore;
use crate::domain::strength::HeelRiseTest;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

const INJURY: NaiveDate = match NaiveDate::from_ymd_opt(2026, 1, 5) {
    Some(d) => d,
    None => panic!(),
};

fn pathway(their: [Option<NaiveDate>; 5]) -> Pathway {
    Pathway {
        day_zero: INJURY,
        operated: false,
        found: TearFound::Complete,
        side: Side::Left,
        their_dates: TheirDates(their),
        visit_id: 1,
        cleared_to_run: true,
    }
}

#[test]
fn the_default_phase_on_every_day_of_the_first_year() {
    let p = pathway([None; 5]);
    let boundaries = [(0, RupturePhase::Protect), (14, RupturePhase::EarlyMotion), (42, RupturePhase::OutOfBoot)];
    let more = [(70, RupturePhase::Strength), (112, RupturePhase::Running), (168, RupturePhase::Sport)];
    let all: Vec<(u64, RupturePhase)> = boundaries.into_iter().chain(more).collect();
    for d in 0..=364u64 {
        let expected = all.iter().rev().find(|(from, _)| d >= *from).map(|(_, p)| *p).unwrap();
        assert_eq!(p.phase_by_date(INJURY + Days::new(d)), expected, "day {d}");
    }
    // Either side of each boundary.
    for (from, phase) in all.iter().skip(1) {
        assert_eq!(p.phase_by_date(INJURY + Days::new(*from)), *phase);
        assert_eq!(p.phase_by_date(INJURY + Days::new(from - 1)).next(), Some(*phase));
    }
    // Before day 0 (an operation booked ahead), still protected.
    assert_eq!(p.phase_by_date(INJURY - Days::new(3)), RupturePhase::Protect);
    assert_eq!(p.week(INJURY + Days::new(13)), 1);
    assert_eq!(p.week(INJURY + Days::new(14)), 2);
}

#[test]
fn the_clinicians_dates_replace_the_defaults_on_every_day() {
    // Their team: the boot off at 8 weeks, strength from 12, running from 20; the rest default.
    let their = [None, Some(INJURY + Days::new(56)), Some(INJURY + Days::new(84)), Some(INJURY + Days::new(140)), None];
    let p = pathway(their);
    let starts = p.starts();
    assert_eq!(starts[2], INJURY + Days::new(56));
    assert_eq!(starts[1], INJURY + Days::new(14), "early motion keeps its default");
    for d in 0..=364u64 {
        let expected = match d {
            0..=13 => RupturePhase::Protect,
            14..=55 => RupturePhase::EarlyMotion,
            56..=83 => RupturePhase::OutOfBoot,
            84..=139 => RupturePhase::Strength,
            140..=167 => RupturePhase::Running,
            _ => RupturePhase::Sport,
        };
        assert_eq!(p.phase_by_date(INJURY + Days::new(d)), expected, "day {d}");
    }
}

fn tear_visit(id: u64, date: NaiveDate, found: TearFound, operated: Option<NaiveDate>) -> ClinicianVisit {
    ClinicianVisit {
        id,
        date,
        outcome: Clearance::Cleared,
        note: String::new(),
        tear: Some(TearFinding {
            found,
            treatment: Some(if operated.is_some() { Treatment::Surgery } else { Treatment::Boot }),
            injured_on: Some(INJURY),
            operated_on: operated,
            cleared_to_run: None,
            their_dates: TheirDates::default(),
        }),
    }
}

#[test]
fn a_visit_that_records_a_tear_opens_the_pathway_from_the_operation_or_the_injury() {
    let v = [tear_visit(1, day(2026, 1, 6), TearFound::Complete, None)];
    let p = super::pathway(&v, Side::Left).unwrap();
    assert_eq!((p.day_zero, p.operated), (INJURY, false));
    let operated = [tear_visit(1, day(2026, 1, 6), TearFound::Complete, Some(day(2026, 1, 9)))];
    let p = super::pathway(&operated, Side::Left).unwrap();
    assert_eq!((p.day_zero, p.operated), (day(2026, 1, 9), true));
    // A visit with no tear answer, or "no tear": no pathway.
    let plain = ClinicianVisit { tear: None, ..tear_visit(1, day(2026, 1, 6), TearFound::NoTear, None) };
    assert!(super::pathway(&[plain], Side::Left).is_none());
    assert!(super::pathway(&[tear_visit(1, day(2026, 1, 6), TearFound::NoTear, None)], Side::Left).is_none());
}

#[test]
fn not_sure_is_undone_by_a_later_no_tear_but_a_confirmed_tear_never_is() {
    let not_sure = tear_visit(1, day(2026, 1, 6), TearFound::NotSure, None);
    assert!(super::pathway(std::slice::from_ref(&not_sure), Side::Left).is_some());
    let no_tear = tear_visit(2, day(2026, 1, 20), TearFound::NoTear, None);
    assert!(super::pathway(&[not_sure, no_tear.clone()], Side::Left).is_none());
    let complete = tear_visit(1, day(2026, 1, 6), TearFound::Complete, None);
    assert!(super::pathway(&[complete, no_tear], Side::Left).is_some(), "a confirmed tear stays");
}

fn test(left: u16, right: u16) -> HeelRiseTest {
    HeelRiseTest { id: 1, date: INJURY, left, right }
}

#[test]
fn running_waits_for_its_week_the_go_ahead_the_strength_and_the_hops() {
    let p = pathway([None; 5]);
    let strong = test(24, 28); // 85%
    let ok_hops = Some((15, PainScore::new(1).unwrap()));
    let progress = Progress { strength: Some(&strong), hops: ok_hops, pain_rule_broken: false };
    let week_15 = INJURY + Days::new(111);
    let week_16 = INJURY + Days::new(112);
    let waiting = running_missing(&p, &progress, week_15);
    assert!(matches!(waiting[..], [Missing::NotBefore { day, usual: "16 weeks" }] if day == week_16), "only the date");
    assert!(waiting[0].words().ends_with("(16 weeks, or your team's date)."));
    assert!(running_missing(&p, &progress, week_16).is_empty());
    assert!(offers(&p, &progress, week_16).running);
    assert!(!offers(&p, &progress, week_15).running);
    let no_go = Pathway { cleared_to_run: false, ..p.clone() };
    assert!(!offers(&no_go, &progress, week_16).running, "no clinician's go-ahead");
    let weak = test(22, 28); // 78%
    assert!(!offers(&p, &Progress { strength: Some(&weak), ..progress }, week_16).running);
    let sore_hops = Some((15, PainScore::new(3).unwrap()));
    assert!(!offers(&p, &Progress { hops: sore_hops, ..progress }, week_16).running);
    assert!(!offers(&p, &Progress { pain_rule_broken: true, ..progress }, week_16).running);
    // Held back, the phase stays at strength whatever the calendar says.
    assert_eq!(offers(&p, &Progress { hops: None, ..progress }, week_16).phase, RupturePhase::Strength);
}

#[test]
fn jumps_wait_for_six_months_and_ninety_percent() {
    let p = pathway([None; 5]);
    let hops = Some((15, PainScore::new(0).unwrap()));
    let at = |left, weeks: u64| {
        let t = test(left, 30);
        offers(&p, &Progress { strength: Some(&t), hops, pain_rule_broken: false }, INJURY + Days::new(7 * weeks)).jumps
    };
    assert!(!at(27, 23));
    assert!(at(27, 24));
    assert!(!at(26, 30), "86%");
}

#[test]
fn a_broken_pain_rule_eases_to_the_previous_phases_session() {
    let p = pathway([None; 5]);
    let strength_day = INJURY + Days::new(80);
    let calm = offers(&p, &Progress::default(), strength_day);
    let sore = offers(&p, &Progress { pain_rule_broken: true, ..Progress::default() }, strength_day);
    assert_eq!((calm.phase, calm.eased), (RupturePhase::Strength, false));
    assert_eq!((sore.phase, sore.eased), (RupturePhase::Strength, true));
    assert_eq!(sore.session(), phase_session(RupturePhase::OutOfBoot));
}

/// Never on a healing tendon: a stretch, a drop below the level of a step, or the
/// tendinopathy programme's heavy loading over a step's edge.
const NEVER: [ExerciseId; 5] = [
    ExerciseId::WallStretch,
    ExerciseId::StepStretch,
    ExerciseId::SingleLegDrop,
    ExerciseId::CalfRaise,
    ExerciseId::DropJump,
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Over any day of the first 70 weeks, any team dates, any strength and hops and pain:
    /// no stretch or drop ever; hops, running, jumps and the heel-rise test never before the
    /// pathway's time for them (the team's dates first) and their criteria.
    #[test]
    fn nothing_unsafe_is_offered_before_the_pathway_allows_it(
        days in 0u64..490,
        their in proptest::array::uniform5(proptest::option::of(0u64..400)),
        sore in 0u16..40,
        other in 1u16..40,
        hops in proptest::option::of((0u8..30, 0u8..=10)),
        broken in any::<bool>(),
        cleared in any::<bool>(),
    ) {
        let their = their.map(|d| d.map(|d| INJURY + Days::new(d)));
        let p = Pathway { cleared_to_run: cleared, ..pathway(their) };
        let t = test(sore, other);
        let hops = hops.map(|(n, pain)| (n, PainScore::new(pain).unwrap()));
        let progress = Progress { strength: Some(&t), hops, pain_rule_broken: broken };
        let today = INJURY + Days::new(days);
        let o = offers(&p, &progress, today);
        let starts = p.starts();
        let lsi = t.lsi(Side::Left).unwrap_or(0);
        prop_assert_eq!(o.has_session(), !o.session().is_empty());
        for item in &o.session() {
            prop_assert!(!NEVER.contains(&item.exercise), "{:?} offered on day {}", item.exercise, days);
            if item.exercise == ExerciseId::BoxJump {
                prop_assert!(o.jumps);
            }
        }
        prop_assert!(o.phase <= o.by_date);
        if o.running {
            prop_assert!(today >= starts[4] && cleared && lsi >= RUN_LSI && !broken);
            prop_assert!(hops.is_some_and(|(n, pain)| n >= 10 && pain.value() <= 2));
        }
        if o.jumps {
            prop_assert!(o.running && today >= starts[5] && lsi >= JUMP_LSI);
        }
        if o.hop_test {
            prop_assert!(today >= starts[4] && lsi >= RUN_LSI);
        }
        if o.heel_rise_test {
            prop_assert!(today >= starts[3] + Days::new(14));
        }
        if o.by_date == RupturePhase::Protect {
            prop_assert!(o.session().is_empty(), "no calf exercise while the tendon is protected");
        }
    }
}
