//! What the pathway offers on a day: the phase, its session, and whether the hop test,
//! running and jumps are open. Time alone moves the first four phases (the team's dates
//! first); running and jumps also need their criteria, so they stay gated on time since
//! the injury as well as on strength (content brief, "After a tear": jogging at about
//! 12–16 weeks at the earliest and sport at 6–12 months, on heel-rise symmetry and hop
//! tests as well as time; Silbernagel et al., AJSM 2012, for the heel-rise test).

use chrono::{Days, NaiveDate};

use super::protocol::phase_session;
use super::{Pathway, RupturePhase};
use crate::domain::day_names::long_date;
use crate::domain::pain::PainScore;
use crate::domain::programme::Prescription;
use crate::domain::return_to_run::{HOP_PAIN_LIMIT, MIN_HOPS};
use crate::domain::strength::HeelRiseTest;

/// Running after a tear needs the injured leg at this share of the other's heel raises.
pub const RUN_LSI: u16 = 80;
/// Jumps and sport need this share.
pub const JUMP_LSI: u16 = 90;
/// The heel-rise test (single-leg raises to fatigue) from two weeks into the strength phase
/// (week 12 by default): the milestones are then weeks 12, 16 and 24.
const HEEL_RISE_AFTER_DAYS: u64 = 14;

/// What the runner has done that the criteria read.
#[derive(Debug, Clone, Copy, Default)]
pub struct Progress<'a> {
    /// The latest heel-rise test.
    pub strength: Option<&'a HeelRiseTest>,
    /// The latest hop test: hops on the injured leg, and the pain.
    pub hops: Option<(u8, PainScore)>,
    /// A pain rule was broken in the last week (the pain-monitoring model): ease off.
    pub pain_rule_broken: bool,
}

/// What the pathway offers on one day.
#[derive(Debug, Clone, PartialEq)]
pub struct Offers {
    pub phase: RupturePhase,
    /// The phase the calendar alone has reached (the team's dates first).
    pub by_date: RupturePhase,
    pub session: Vec<Prescription>,
    /// The session is the previous phase's: a pain rule was broken (step back).
    pub eased: bool,
    pub heel_rise_test: bool,
    pub hop_test: bool,
    pub running: bool,
    pub jumps: bool,
}

/// What is still missing before running, in plain words (empty when it may start).
pub fn running_missing(p: &Pathway, progress: &Progress, day: NaiveDate) -> Vec<String> {
    let mut missing = Vec::new();
    let from = p.starts()[RupturePhase::Running.number() - 1];
    if day < from {
        missing.push(format!("Not before {} (16 weeks, or your team's date).", long_date(from)));
    }
    if !p.cleared_to_run {
        missing.push("A clinician's go-ahead to run: record it with their visit.".into());
    }
    missing.extend(strength_missing(progress.strength, RUN_LSI, p));
    match progress.hops {
        Some((n, pain)) if n >= MIN_HOPS && pain.value() <= HOP_PAIN_LIMIT => {}
        _ => missing.push(format!(
            "Hop {MIN_HOPS} to 20 times on the injured leg with pain at {HOP_PAIN_LIMIT}/10 or less (the hop test)."
        )),
    }
    if progress.pain_rule_broken {
        missing.push("A week with the pain rules kept.".into());
    }
    missing
}

/// What is still missing before jumps and sport (empty when they may start).
pub fn jumps_missing(p: &Pathway, progress: &Progress, day: NaiveDate) -> Vec<String> {
    let mut missing = Vec::new();
    let from = p.starts()[RupturePhase::Sport.number() - 1];
    if day < from {
        missing.push(format!("Not before {} (6 months, or your team's date).", long_date(from)));
    }
    missing.extend(strength_missing(progress.strength, JUMP_LSI, p));
    if progress.pain_rule_broken {
        missing.push("A week with the pain rules kept.".into());
    }
    missing
}

fn strength_missing(test: Option<&HeelRiseTest>, needed: u16, p: &Pathway) -> Vec<String> {
    match test.and_then(|t| t.lsi(p.side)) {
        Some(lsi) if lsi >= needed => Vec::new(),
        Some(lsi) => vec![format!(
            "The injured leg managed {lsi}% of the other leg's heel raises: this needs {needed}% or more."
        )],
        None => vec!["The heel-rise test on both legs.".into()],
    }
}

/// Everything the pathway offers on `day`.
pub fn offers(p: &Pathway, progress: &Progress, day: NaiveDate) -> Offers {
    let by_date = p.phase_by_date(day);
    let running = by_date >= RupturePhase::Running && running_missing(p, progress, day).is_empty();
    let jumps = by_date >= RupturePhase::Sport && running && jumps_missing(p, progress, day).is_empty();
    let phase = match by_date {
        RupturePhase::Sport if jumps => RupturePhase::Sport,
        RupturePhase::Sport | RupturePhase::Running if running => RupturePhase::Running,
        RupturePhase::Sport | RupturePhase::Running => RupturePhase::Strength,
        earlier => earlier,
    };
    // A broken pain rule steps back to the previous phase's session (never to the first
    // phase's, which has none once motion has begun).
    let eased = progress.pain_rule_broken && phase > RupturePhase::EarlyMotion;
    let session_phase = if eased { RupturePhase::ALL[phase.number() - 2] } else { phase };
    let strength_from = p.starts()[RupturePhase::Strength.number() - 1] + Days::new(HEEL_RISE_AFTER_DAYS);
    let strength_ok = strength_missing(progress.strength, RUN_LSI, p).is_empty();
    Offers {
        phase,
        by_date,
        session: phase_session(session_phase),
        eased,
        heel_rise_test: phase >= RupturePhase::Strength && day >= strength_from,
        hop_test: day >= p.starts()[RupturePhase::Running.number() - 1] && strength_ok,
        running,
        jumps,
    }
}
