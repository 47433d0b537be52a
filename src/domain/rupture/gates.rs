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
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Offers {
    pub phase: RupturePhase,
    /// The phase the calendar alone has reached (the team's dates first).
    pub by_date: RupturePhase,
    /// The phase whose session is today's (`phase_session`): this phase's, or the previous
    /// one's when `eased`.
    pub session_phase: RupturePhase,
    /// The session is the previous phase's: a pain rule was broken (step back).
    pub eased: bool,
    pub heel_rise_test: bool,
    pub hop_test: bool,
    pub running: bool,
    pub jumps: bool,
}

impl Offers {
    /// Today's exercises (none while the tendon is protected).
    pub fn session(&self) -> Vec<Prescription> {
        phase_session(self.session_phase)
    }

    /// Whether today has calf exercises at all (the first phase has none).
    pub fn has_session(&self) -> bool {
        self.session_phase > RupturePhase::Protect
    }
}

/// One criterion not met yet, before running or before jumps. Words only where a screen
/// shows them (`words`), so the checks Today makes format nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// Not before this day; `usual` is the usual time ("16 weeks").
    NotBefore { day: NaiveDate, usual: &'static str },
    /// A clinician's go-ahead to run, recorded with their visit.
    GoAhead,
    /// No heel-rise test on both legs yet.
    HeelRiseTest,
    /// The injured leg's share of the other's heel raises, under what is needed.
    Strength { lsi: u16, needed: u16 },
    /// The hop test not yet passed.
    HopTest,
    /// A pain rule was broken in the last week.
    PainRulesKept,
}

impl Missing {
    /// The criterion in plain words.
    pub fn words(self) -> String {
        match self {
            Missing::NotBefore { day, usual } => {
                format!("Not before {} ({usual}, or your team's date).", long_date(day))
            }
            Missing::GoAhead => "A clinician's go-ahead to run: record it with their visit.".into(),
            Missing::HeelRiseTest => "The heel-rise test on both legs.".into(),
            Missing::Strength { lsi, needed } => {
                format!("The injured leg managed {lsi}% of the other leg's heel raises: this needs {needed}% or more.")
            }
            Missing::HopTest => format!(
                "Hop {MIN_HOPS} to 20 times on the injured leg with pain at {HOP_PAIN_LIMIT}/10 or less (the hop test)."
            ),
            Missing::PainRulesKept => "A week with the pain rules kept.".into(),
        }
    }
}

/// What is still missing before running (empty when it may start).
pub fn running_missing(p: &Pathway, progress: &Progress, day: NaiveDate) -> Vec<Missing> {
    let mut missing = Vec::new();
    let from = p.starts()[RupturePhase::Running.number() - 1];
    if day < from {
        missing.push(Missing::NotBefore { day: from, usual: "16 weeks" });
    }
    if !p.cleared_to_run {
        missing.push(Missing::GoAhead);
    }
    missing.extend(strength_missing(progress.strength, RUN_LSI, p));
    match progress.hops {
        Some((n, pain)) if n >= MIN_HOPS && pain.value() <= HOP_PAIN_LIMIT => {}
        _ => missing.push(Missing::HopTest),
    }
    if progress.pain_rule_broken {
        missing.push(Missing::PainRulesKept);
    }
    missing
}

/// What is still missing before jumps and sport (empty when they may start).
pub fn jumps_missing(p: &Pathway, progress: &Progress, day: NaiveDate) -> Vec<Missing> {
    let mut missing = Vec::new();
    let from = p.starts()[RupturePhase::Sport.number() - 1];
    if day < from {
        missing.push(Missing::NotBefore { day: from, usual: "6 months" });
    }
    missing.extend(strength_missing(progress.strength, JUMP_LSI, p));
    if progress.pain_rule_broken {
        missing.push(Missing::PainRulesKept);
    }
    missing
}

fn strength_missing(test: Option<&HeelRiseTest>, needed: u16, p: &Pathway) -> Option<Missing> {
    match test.and_then(|t| t.lsi(p.side)) {
        Some(lsi) if lsi >= needed => None,
        Some(lsi) => Some(Missing::Strength { lsi, needed }),
        None => Some(Missing::HeelRiseTest),
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
    let strength_ok = strength_missing(progress.strength, RUN_LSI, p).is_none();
    Offers {
        phase,
        by_date,
        session_phase,
        eased,
        heel_rise_test: phase >= RupturePhase::Strength && day >= strength_from,
        hop_test: day >= p.starts()[RupturePhase::Running.number() - 1] && strength_ok,
        running,
        jumps,
    }
}
