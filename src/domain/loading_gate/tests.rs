//! The loading gate at its boundaries: which checks shut it, which visits open it.

use super::*;
use crate::domain::triage::{Answers, CalfSqueeze, HeelRaise, Onset, PainLocation};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

fn history(checks: &[(u64, u32, Answers)]) -> CheckHistory {
    let mut h = CheckHistory::default();
    for (id, d, a) in checks {
        h.record(*id, day(*d), a.clone(), Step::Review);
    }
    h
}

fn visit(id: u64, d: u32, outcome: Clearance) -> ClinicianVisit {
    ClinicianVisit { id, date: day(d), outcome, note: String::new(), tear: None }
}

fn mild() -> Answers {
    Answers {
        pain_on_push_off: true,
        weeks_since_onset: 2,
        pain_location: PainLocation::Midportion,
        ..Default::default()
    }
}

#[test]
fn every_blocking_sign_shuts_the_gate() {
    let cases = [
        (Answers { pop_or_snap: true, ..Default::default() }, BlockReason::Alert(Alert::Tear)),
        (Answers { onset: Onset::Sudden, weeks_since_onset: 1, ..Default::default() }, BlockReason::Alert(Alert::Tear)),
        (Answers { calf_squeeze: CalfSqueeze::FootDidNotMove, ..Default::default() }, BlockReason::Alert(Alert::Tear)),
        (Answers { calf_swollen: true, ..Default::default() }, BlockReason::Alert(Alert::Clot)),
        (
            Answers { calf_swollen: true, breathless_or_chest_pain: true, ..Default::default() },
            BlockReason::Alert(Alert::CallEmergencyNumber),
        ),
        (Answers { fever: true, swelling: true, ..Default::default() }, BlockReason::Alert(Alert::Infection)),
        (Answers { cannot_take_four_steps: true, ..Default::default() }, BlockReason::Alert(Alert::CannotBearWeight)),
        (
            Answers {
                pain_location: PainLocation::Calf,
                worst_pain: crate::domain::pain::PainScore::new(3).unwrap(),
                ..Default::default()
            },
            BlockReason::CalfPain,
        ),
        (
            Answers {
                fluoroquinolone: true,
                fluoroquinolone_now: Some(false),
                pain_on_push_off: true,
                ..Default::default()
            },
            BlockReason::ExamFirst,
        ),
        (
            Answers { fluoroquinolone: true, pain_on_push_off: true, ..Default::default() },
            BlockReason::Alert(Alert::Medicine),
        ),
        (Answers { steroids: true, ..Default::default() }, BlockReason::ExamFirst),
        (Answers { single_leg_heel_raise: HeelRaise::Cannot, ..Default::default() }, BlockReason::ExamFirst),
        (Answers { previous_rupture: true, ..Default::default() }, BlockReason::ExamFirst),
        (Answers { onset: Onset::Sudden, weeks_since_onset: 9, ..Default::default() }, BlockReason::ExamFirst),
    ];
    for (answers, reason) in cases {
        let g = gate(&history(&[(10, 1, answers.clone())]), &[], None);
        assert!(matches!(g, Gate::Blocked { reason: r, .. } if r == reason), "{answers:?}: {g:?}");
    }
}

#[test]
fn the_history_counts_not_just_the_latest_check() {
    let h = history(&[(10, 1, Answers { pop_or_snap: true, ..Default::default() }), (20, 2, mild())]);
    assert!(matches!(gate(&h, &[], None), Gate::Blocked { check_id: 10, .. }), "redoing the check lifts nothing");
}

#[test]
fn a_clearance_recorded_after_the_block_opens_it_and_not_cleared_shuts_it_again() {
    let h = history(&[(10, 1, Answers { pop_or_snap: true, ..Default::default() }), (20, 2, mild())]);
    assert!(gate(&h, &[visit(30, 3, Clearance::Cleared)], None).is_open());
    let with_limits =
        ClinicianVisit { note: "no jumps for 6 weeks".into(), ..visit(30, 3, Clearance::ClearedWithLimits) };
    let Gate::Open(plan) = gate(&h, &[with_limits], None) else { panic!() };
    assert_eq!(plan.limits.as_deref(), Some("no jumps for 6 weeks"));
    assert_eq!(plan.check_id, 20, "the plan follows the latest finished check");
    let later_no = [visit(30, 3, Clearance::Cleared), visit(40, 4, Clearance::NotCleared)];
    assert!(matches!(gate(&h, &later_no, None), Gate::Blocked { not_cleared_on: Some(d), .. } if d == day(4)));
    // A visit that found no tear is the same: "not cleared" keeps the gate shut (issue
    // 27's first visit form opened it), "cleared" opens the programme.
    let no_tear = |v: ClinicianVisit| ClinicianVisit { tear: Some(crate::domain::rupture::TearFinding::none()), ..v };
    let shut = gate(&h, &[no_tear(visit(30, 3, Clearance::NotCleared))], None);
    assert!(matches!(shut, Gate::Blocked { not_cleared_on: Some(d), .. } if d == day(3)), "{shut:?}");
    assert!(gate(&h, &[no_tear(visit(30, 3, Clearance::Cleared))], None).is_open());
    // A visit recorded before the check does not count; one the same day, recorded
    // after it, does.
    assert!(!gate(&h, &[visit(5, 1, Clearance::Cleared)], None).is_open());
    assert!(gate(&h, &[visit(30, 1, Clearance::Cleared)], None).is_open());
}

#[test]
fn a_new_blocking_check_after_a_clearance_needs_a_new_one() {
    let h = history(&[
        (10, 1, Answers { pop_or_snap: true, ..Default::default() }),
        (40, 5, Answers { fluoroquinolone: true, ..mild() }),
    ]);
    assert!(matches!(gate(&h, &[visit(30, 3, Clearance::Cleared)], None), Gate::Blocked { check_id: 40, .. }));
}

#[test]
fn the_older_apps_clearance_still_counts_for_its_check() {
    let h = history(&[(10, 1, Answers { pop_or_snap: true, ..Default::default() })]);
    assert!(gate(&h, &[], Some(10)).is_open());
    assert!(!gate(&h, &[], Some(9)).is_open());
}

#[test]
fn no_finished_check_means_no_programme_yet() {
    assert_eq!(gate(&CheckHistory::default(), &[], None), Gate::NeedsCheck);
    let mut h = CheckHistory::default();
    h.record(1, day(1), mild(), Step::Symptoms);
    assert_eq!(gate(&h, &[], None), Gate::NeedsCheck);
}

#[test]
fn the_plan_is_insertion_safe_unless_the_pain_is_mid_tendon() {
    for (place, safe) in
        [(PainLocation::Midportion, false), (PainLocation::Insertion, true), (PainLocation::Unsure, true)]
    {
        let Gate::Open(plan) = gate(&history(&[(1, 1, Answers { pain_location: place, ..mild() })]), &[], None) else {
            panic!("{place:?}")
        };
        assert_eq!(plan.insertion_safe, safe, "{place:?}");
    }
    // Calf pain: shut until a clinician has ruled out a clot, then insertion-safe.
    let calf = history(&[(1, 1, Answers { pain_location: PainLocation::Calf, ..mild() })]);
    assert!(!gate(&calf, &[], None).is_open());
    let Gate::Open(plan) = gate(&calf, &[visit(5, 2, Clearance::Cleared)], None) else { panic!() };
    assert!(plan.insertion_safe);
}

#[test]
fn chronic_starts_at_loading_acute_at_settling() {
    let chronic = Answers {
        morning_stiffness: true,
        weeks_since_onset: 20,
        pain_location: PainLocation::Midportion,
        ..Default::default()
    };
    let Gate::Open(plan) = gate(&history(&[(1, 1, chronic)]), &[], None) else { panic!() };
    assert_eq!(plan.start, Phase::Load);
    assert!(plan.clinician_note.unwrap().contains("three months"));
    let Gate::Open(plan) = gate(&history(&[(1, 1, mild())]), &[], None) else { panic!() };
    assert_eq!(plan.start, Phase::Settle);
    assert_eq!(plan.clinician_note, None);
}

#[test]
fn a_tear_before_keeps_the_plan_insertion_safe_once_a_visit_clears_it() {
    // Mid-tendon pain would get the full programme, stretch and step drops included; a
    // tendon that tore before gets neither (Kangas 2007), until a visit says more.
    let torn_before = Answers { previous_rupture: true, ..mild() };
    let h = history(&[(10, 1, torn_before.clone())]);
    assert!(!gate(&h, &[], None).is_open(), "examined first");
    let Gate::Open(plan) = gate(&h, &[visit(20, 2, Clearance::Cleared)], None) else { panic!() };
    assert!(plan.insertion_safe);
    let h = history(&[(10, 1, mild())]);
    let Gate::Open(plan) = gate(&h, &[], None) else { panic!() };
    assert!(!plan.insertion_safe, "its twin, no tear before");
}
