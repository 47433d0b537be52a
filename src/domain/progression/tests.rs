//! The pain-monitoring model's proposals at each rule's boundary.

use super::*;
use crate::domain::pain::PainScore;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}
fn session(d: u32, during: u8, after: u8) -> SessionLog {
    SessionLog {
        id: d as u64,
        date: day(d),
        phase: Some(Phase::Load),
        after_tear: None,
        sets: Vec::new(),
        pain_during: PainScore::new(during).unwrap(),
        pain_after: PainScore::new(after).unwrap(),
    }
}
fn checkin(d: u32, pain: u8, stiffness: u16) -> CheckIn {
    CheckIn { date: day(d), stiffness_minutes: stiffness, pain: PainScore::new(pain).unwrap(), note: String::new() }
}
fn load_phase(since: u32) -> Programme {
    Programme::start(Phase::Load, false, day(since))
}

#[test]
fn nothing_logged_means_nothing_to_propose() {
    assert_eq!(propose(&load_phase(1), &[], &[], day(5)), Proposal::NothingYet);
}

#[test]
fn pain_during_and_after_boundaries_are_five() {
    let p = load_phase(1);
    let ok = propose(&p, &[session(3, 5, 5)], &[checkin(4, 2, 10)], day(4));
    assert!(!matches!(ok, Proposal::StepBack { .. }), "{ok:?}");
    let during = propose(&p, &[session(3, 6, 2)], &[], day(3));
    assert!(matches!(during, Proposal::StepBack { rule: Rule::PainDuring, to: Some(Phase::Settle), .. }), "{during:?}");
    let after = propose(&p, &[session(3, 2, 6)], &[], day(3));
    assert!(matches!(after, Proposal::StepBack { rule: Rule::PainAfter, .. }), "{after:?}");
}

#[test]
fn a_missing_next_morning_check_in_is_asked_for() {
    let p = load_phase(1);
    // Same day: nothing to ask yet.
    assert!(!matches!(propose(&p, &[session(3, 2, 2)], &[], day(3)), Proposal::NeedsCheckIn { .. }));
    assert_eq!(propose(&p, &[session(3, 2, 2)], &[], day(4)), Proposal::NeedsCheckIn { date: day(4) });
}

#[test]
fn the_next_morning_must_be_back_to_usual() {
    let p = load_phase(1);
    let usual = [checkin(1, 2, 10), checkin(2, 2, 10), checkin(3, 2, 10)];
    let with = |next: CheckIn| {
        let mut all = usual.to_vec();
        all.push(next);
        propose(&p, &[session(3, 3, 3)], &all, day(4))
    };
    assert!(!matches!(with(checkin(4, 2, 15)), Proposal::StepBack { .. }), "5 minutes of slack");
    assert!(matches!(with(checkin(4, 3, 10)), Proposal::StepBack { rule: Rule::NextMorning, .. }));
    assert!(matches!(with(checkin(4, 2, 16)), Proposal::StepBack { rule: Rule::NextMorning, .. }));
}

#[test]
fn creeping_up_week_on_week_steps_back() {
    let p = load_phase(1);
    let mut all: Vec<CheckIn> = (1..=7).map(|d| checkin(d, 2, 10)).collect();
    all.extend((8..=14).map(|d| checkin(d, 3, 10)));
    let r = propose(&p, &[session(13, 3, 3)], &all, day(14));
    assert!(matches!(r, Proposal::StepBack { rule: Rule::WeeklyTrend, .. }), "{r:?}");
    // Half a point is noise.
    let mut calm: Vec<CheckIn> = (1..=7).map(|d| checkin(d, 2, 10)).collect();
    calm.extend((8..=14).map(|d| checkin(d, if d % 2 == 1 { 3 } else { 2 }, 10)));
    let r = propose(&p, &[session(13, 3, 3)], &calm, day(14));
    assert!(!matches!(r, Proposal::StepBack { .. }), "{r:?}");
}

#[test]
fn two_weeks_of_kept_rules_step_forward_from_loading() {
    let p = load_phase(1);
    let checkins: Vec<CheckIn> = (1..=15).map(|d| checkin(d, 2, 10)).collect();
    let sessions: Vec<SessionLog> = [3, 6, 9, 10, 12, 14].iter().map(|d| session(*d, 3, 3)).collect();
    assert_eq!(
        propose(&p, &sessions, &checkins, day(15)),
        Proposal::StepForward {
            detail: "Every rule kept for 14 days over 4 sessions: the tendon is ready for more.".into(),
            to: Phase::Build
        }
    );
    // A day short, or a session short: hold.
    let short = propose(&p, &sessions, &checkins, day(14));
    assert!(matches!(short, Proposal::Hold { ref detail } if detail.contains("1 more day in")), "{short:?}");
    let three = &sessions[..5];
    let proposal = propose(&p, three, &checkins, day(15));
    assert!(matches!(proposal, Proposal::Hold { ref detail } if detail.contains("1 more session ")), "{proposal:?}");
}

#[test]
fn heavy_slow_resistance_holds_six_weeks_before_the_jumps() {
    let p = Programme::start(Phase::Build, false, day(1));
    let checkins: Vec<CheckIn> = (1..=30).map(|d| checkin(d, 2, 10)).collect();
    let sessions: Vec<SessionLog> = [22, 25, 28].iter().map(|d| session(*d, 3, 3)).collect();
    // Four weeks in, every rule kept: still Beyer's block, not the jumps.
    let r = propose(&p, &sessions, &checkins, day(29));
    assert!(matches!(r, Proposal::Hold { ref detail } if detail.contains("14 more days")), "{r:?}");
}

#[test]
fn an_earlier_break_this_week_holds_instead_of_stepping_forward() {
    let p = load_phase(1);
    let checkins: Vec<CheckIn> = (1..=9).map(|d| checkin(d, 2, 10)).collect();
    let sessions = vec![session(3, 7, 3), session(5, 3, 3), session(6, 3, 3), session(7, 3, 3), session(8, 3, 3)];
    let r = propose(&p, &sessions, &checkins, day(9));
    assert!(matches!(r, Proposal::Hold { ref detail } if detail.contains("was broken")), "{r:?}");
}

#[test]
fn the_last_phase_only_holds_and_settle_steps_back_to_itself() {
    let p = Programme::start(Phase::Maintain, false, day(1));
    let checkins: Vec<CheckIn> = (1..=9).map(|d| checkin(d, 1, 5)).collect();
    let r = propose(&p, &[session(3, 1, 1), session(6, 1, 1)], &checkins, day(9));
    assert!(matches!(r, Proposal::Hold { .. }), "{r:?}");
    let settle = Programme::start(Phase::Settle, false, day(1));
    assert!(matches!(propose(&settle, &[session(2, 8, 2)], &[], day(2)), Proposal::StepBack { to: None, .. }));
}
