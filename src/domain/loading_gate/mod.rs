//! One gate before any load on the leg, used by the programme, the session player and
//! return to running alike.
//!
//! No loading while any heel check in the history (not just the latest) found a same-day
//! sign, a sign that needs an examination before loading, or pain in the calf (a clot
//! must be ruled out first), until the runner records that a clinician has seen them since
//! (clinical review; AAOS 2009; NICE NG158; FDA fluoroquinolone label). Redoing the check
//! never lifts a block by itself: only a clinician's "cleared" recorded on or after the
//! day of the blocking check does, and a later "not cleared" closes the gate again. A
//! programme also needs a finished check to start from.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::checks::{CheckHistory, HeelCheck};
use super::programme::Phase;
use super::questionnaire::Step;
use super::rupture::{Pathway, TearFinding};
use super::triage::{allowed, Alert, Condition, Flag, Location, Side, Urgency};
use crate::domain::stored_names::stored_enum;

stored_enum! {
    /// What the clinician said.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Clearance {
        Cleared = "cleared",
        ClearedWithLimits = "cleared_with_limits",
        NotCleared = "not_cleared",
    }
}

impl Clearance {
    pub const ALL: [Clearance; 3] = [Clearance::Cleared, Clearance::ClearedWithLimits, Clearance::NotCleared];

    pub fn label(self) -> &'static str {
        match self {
            Clearance::Cleared => "Cleared to load the leg",
            Clearance::ClearedWithLimits => "Cleared, with limits",
            Clearance::NotCleared => "Not cleared yet",
        }
    }
}

/// The runner's record of an examination: when, and what the clinician said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClinicianVisit {
    /// Unique: the time it was saved, in milliseconds.
    pub id: u64,
    #[serde(deserialize_with = "super::limits::date")]
    pub date: NaiveDate,
    pub outcome: Clearance,
    /// What they said, in the runner's words (the limits, for "cleared with limits").
    #[serde(default, deserialize_with = "super::limits::note")]
    pub note: String,
    /// Whether a tear was found, and for a tear its treatment, dates and the clinician's
    /// plan (`domain::rupture`). Absent in visits recorded before the question existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tear: Option<TearFinding>,
}

/// Why the gate is shut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockReason {
    /// A same-day sign, named by its alert.
    Alert(Alert),
    CalfPain,
    ExamFirst,
}

impl BlockReason {
    pub fn explain(self) -> &'static str {
        match self {
            BlockReason::Alert(alert) => match alert {
                Alert::CallEmergencyNumber => {
                    "A heel check found a calf problem with breathlessness or chest pain. If no one has seen to it, \
                    call the emergency number now. No exercise until a doctor has seen you."
                }
                Alert::Nerves => {
                    "A heel check found nerve signs that need an emergency department. No exercise until a doctor \
                    has seen you."
                }
                Alert::Compartment => {
                    "A heel check found a hard, tight calf that needs an emergency department. No exercise until a \
                    doctor has seen you."
                }
                Alert::Rhabdo => {
                    "A heel check found sore calves with dark urine. Get blood tests today; no exercise until a \
                    doctor has seen you."
                }
                Alert::WeakFoot => {
                    "A heel check found a foot getting weaker. Get the nerve checked today; no exercise until then."
                }
                Alert::Tear => {
                    "A heel check found signs of a possible tear. Loading could make a tear worse: get seen first."
                }
                Alert::Clot => {
                    "A heel check found signs of a possible blood clot. Get seen today, and do not stretch or massage \
                    the calf."
                }
                Alert::Infection => {
                    "A heel check found signs of a possible infection. Get seen today before any exercise."
                }
                Alert::DiabeticFoot => {
                    "A heel check found a warm, red or swollen foot with diabetes. Get seen today, and keep weight off \
                    the foot."
                }
                Alert::CannotBearWeight => {
                    "A heel check found that the leg could not take your weight. Get seen before any exercise."
                }
                Alert::Medicine => {
                    "A heel check found tendon symptoms on a fluoroquinolone antibiotic. Stop it and contact the \
                    prescriber today; no loading until a clinician has examined the leg."
                }
            },
            BlockReason::CalfPain => {
                "A heel check found pain in one calf. A clinician should rule out a blood clot before any \
                stretching or tendon programme."
            }
            BlockReason::ExamFirst => {
                "A heel check raised a sign that a doctor or physiotherapist should examine before you load the \
                tendon."
            }
        }
    }

    /// The notice's heading, in the alert's own words where there is one.
    pub fn title(self) -> &'static str {
        match self {
            BlockReason::Alert(Alert::CallEmergencyNumber) => "Not now: call the emergency number",
            BlockReason::Alert(Alert::Nerves | Alert::Compartment) => "Not now: go to an emergency department",
            BlockReason::Alert(Alert::Medicine) => "Not now: stop the antibiotic and call today",
            BlockReason::Alert(_) => "Not now: see a doctor first",
            BlockReason::CalfPain | BlockReason::ExamFirst => "Not yet: have the leg examined first",
        }
    }
}

/// What the gate allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gate {
    /// No finished heel check yet: the programme starts from one.
    NeedsCheck,
    Blocked {
        check_id: u64,
        check_date: NaiveDate,
        reason: BlockReason,
        /// The date of a visit after the check that did not clear the leg.
        not_cleared_on: Option<NaiveDate>,
    },
    Open(LoadingPlan),
    /// A visit recorded a tear (or "not sure"): the rupture pathway, never the tendinopathy
    /// programme, on that leg.
    AfterTear(AfterTear),
}

/// The pathway after a tear, with what the latest visit said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AfterTear {
    pub pathway: Pathway,
    /// The latest visit let exercises start ("not cleared yet": the phase's guidance only).
    pub exercises_cleared: bool,
    /// The clinician's limits, in the runner's words.
    pub limits: Option<String>,
}

/// How to load, once the gate is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadingPlan {
    /// The check the plan follows.
    pub check_id: u64,
    /// Suggested starting phase (phases 4 and 5 need their entry criteria).
    pub start: Phase,
    /// Floor-level only and no stretching into dorsiflexion: insertional pain, and by
    /// default whenever the place is not known to be mid-tendon (Jonsson 2008; Fahlström
    /// 2003; Pringels et al. 2025).
    pub insertion_safe: bool,
    pub side: Side,
    /// The clinician's limits, when they cleared with limits.
    pub limits: Option<String>,
    /// A note to show with the programme, when a clinician should be involved too.
    pub clinician_note: Option<&'static str>,
}

impl Gate {
    /// The tendinopathy programme may run.
    pub fn is_open(&self) -> bool {
        matches!(self, Gate::Open(_))
    }

    /// Exercise may go on: the programme, or the pathway after a tear once cleared.
    pub fn allows_sessions(&self) -> bool {
        match self {
            Gate::Open(_) => true,
            Gate::AfterTear(t) => t.exercises_cleared,
            Gate::NeedsCheck | Gate::Blocked { .. } => false,
        }
    }
}

/// Whether a check shuts the gate until a clinician has looked: exactly when what the
/// check allows (`triage::allowed`) holds loading back, so the result, its advice and the
/// gate always agree.
pub fn blocks_loading(check: &HeelCheck) -> Option<BlockReason> {
    let a = &check.assessment;
    if allowed(a).load {
        return None;
    }
    Some(match a.alert() {
        Some(alert) => BlockReason::Alert(alert),
        None if a.has_flag(Flag::CalfPain) => BlockReason::CalfPain,
        None => BlockReason::ExamFirst,
    })
}

/// Reads the whole check history and the recorded visits. `legacy_cleared` is the
/// older app's record that a clinician ruled out a tear for one check.
pub fn gate(checks: &CheckHistory, visits: &[ClinicianVisit], legacy_cleared: Option<u64>) -> Gate {
    // The most recent blocking check decides: an earlier one was either cleared before it
    // or is covered by the same later visit.
    let blocking = checks.iter().filter_map(|c| blocks_loading(c).map(|r| (c, r))).max_by_key(|(c, _)| c.id);
    let latest_visit = visits.iter().max_by_key(|v| (v.date, v.id));
    // A tear found, or not ruled out: the pathway, on the leg of the check that led there.
    let side = blocking.map(|b| b.0).or(checks.latest()).map_or(Side::Right, |c| c.answers.side);
    let pathway = super::rupture::pathway(visits, side);
    if let Some((check, reason)) = blocking {
        let after = visits.iter().filter(|v| v.date >= check.date && v.id > check.id).max_by_key(|v| (v.date, v.id));
        let blocked =
            |not_cleared_on| Gate::Blocked { check_id: check.id, check_date: check.date, reason, not_cleared_on };
        match after {
            // "Not cleared" keeps the leg unloaded; after a tear, the pathway's guidance
            // shows (with no exercises until a visit clears them).
            Some(v) if v.outcome == Clearance::NotCleared && pathway.is_none() => return blocked(Some(v.date)),
            Some(_) => {}
            None if legacy_cleared == Some(check.id) => {}
            None => return blocked(None),
        }
    }
    let limits = latest_visit
        .filter(|v| v.outcome == Clearance::ClearedWithLimits)
        .map(|v| v.note.clone())
        .filter(|n| !n.trim().is_empty());
    if let Some(pathway) = pathway {
        let exercises_cleared = latest_visit.is_some_and(|v| v.outcome != Clearance::NotCleared);
        return Gate::AfterTear(AfterTear { pathway, exercises_cleared, limits });
    }
    // Plan from the latest finished check; a cleared check that stopped at an alert will do.
    let base =
        checks.iter().filter(|c| c.answered_up_to == Step::Review).max_by_key(|c| c.id).or(blocking.map(|b| b.0));
    let Some(check) = base else { return Gate::NeedsCheck };
    let limits = limits.filter(|_| blocking.is_some());
    Gate::Open(plan_from(check, limits))
}

fn plan_from(check: &HeelCheck, limits: Option<String>) -> LoadingPlan {
    let a = &check.assessment;
    let start = match a.condition {
        Condition::ChronicTendinopathy => Phase::Load,
        _ => Phase::Settle,
    };
    let clinician_note = match (a.condition, a.urgency) {
        (Condition::ChronicTendinopathy, _) => {
            Some("Pain for three months or more: have a doctor or physiotherapist guide this programme with you.")
        }
        (_, Urgency::SeeClinician) => Some(
            "Your heel check raised a warning sign: get it examined. Until then, keep to what stays within the \
            pain limits.",
        ),
        _ => None,
    };
    LoadingPlan {
        check_id: check.id,
        start,
        // A tendon that has torn before is not stretched or lowered below the foot either
        // (Kangas 2007: a healed tendon stretched lengthens for good).
        insertion_safe: a.location != Location::Midportion || check.answers.previous_rupture,
        side: check.answers.side,
        limits,
        clinician_note,
    }
}

#[cfg(test)]
mod tests;
