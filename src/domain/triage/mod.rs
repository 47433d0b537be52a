//! The triage engine: a runner's answers in, an [`Assessment`] out.
//!
//! It never diagnoses. It sorts answers into what they *suggest* (acute tendinitis,
//! chronic tendinopathy, a suspected rupture, or no clear signs), how urgently to get
//! help, and which answers led there, so the result screen can say "why".
//!
//! Safety comes first: the conditions the check must not miss (a tear, a clot, an
//! infection, a diabetic foot, pressure on the spinal nerves, a fracture, a medicine…) are
//! one table, the [`catalogue`], each entry with its rules, its source and a pair of
//! vignettes; any same-day rule gives an alert and can only raise the urgency. Then the
//! plain warning signs of the content brief (Martin et al., JOSPT 2018) add a clinician.
//! What the runner may do meanwhile (run, load, stretch, train) is decided in one place,
//! [`allowed`], which every screen reads.

mod allowed;
mod answers;
pub mod catalogue;
#[cfg(test)]
mod tests;
mod verdict;
mod why;

use super::sorting;

pub use allowed::{allowed, Activity, Allowed};
pub use answers::*;
pub use catalogue::rules::{clot as clot_signs, recent_sudden_start, symptoms, tear as rupture_signs};
pub use verdict::*;
pub use why::explain;

/// Weeks of pain after which a tendon problem counts as chronic (about 3 months).
pub const CHRONIC_WEEKS: u32 = 12;
/// Worst pain at or above this is a red flag on its own.
pub const SEVERE_PAIN: u8 = 8;
/// A sudden start this many weeks ago or fewer is treated as a tear until examined.
/// NICE CKS: suspect a rupture after sudden pain at the back of the ankle during activity;
/// Boyd et al. (BJGP 2015): about one in five is missed at first. Four weeks is the
/// review's window for "recent"; a later sudden start still blocks loading (`SuddenStart`).
pub const RECENT_SUDDEN_WEEKS: u32 = 4;

/// Sort the answers into an [`Assessment`]: the verdict every screen needs (condition,
/// urgency, alerts, flags, place). Why, in words, is [`explain`], for the screens that show
/// it. Total: every input gives a result.
pub fn assess(a: &Answers) -> Assessment {
    let alerts: Vec<Alert> = catalogue::alerts(a).into_iter().map(|(alert, _)| alert).collect();
    let flags = flags(a);
    let condition = condition(a, alerts.contains(&Alert::Tear));
    // Any alert is the same day (or now); any flag an examination.
    let urgency = match (alerts.is_empty(), flags.is_empty()) {
        (false, _) => Urgency::Emergency,
        (true, false) => Urgency::SeeClinician,
        (true, true) => Urgency::SelfCare,
    };
    let location = match a.pain_location {
        PainLocation::Midportion => Location::Midportion,
        PainLocation::Insertion => Location::Insertional,
        PainLocation::Calf | PainLocation::Unsure => Location::Unknown,
    };
    Assessment { condition, urgency, location, flags, reasons: Vec::new(), alerts }
}

/// Which pattern the answers fit (tear signs first; then no symptom, three months or more,
/// or a recent start).
fn condition(a: &Answers, tear: bool) -> Condition {
    if tear {
        Condition::SuspectedRupture
    } else if symptoms(a).is_empty() {
        Condition::NoClearSigns
    } else if a.weeks_since_onset >= CHRONIC_WEEKS {
        Condition::ChronicTendinopathy
    } else {
        Condition::AcuteTendinitis
    }
}

/// Every warning sign that applies, also alongside a same-day sign, in order: those of the
/// catalogue, and the plain warning signs of the content brief (Martin 2018).
fn flags(a: &Answers) -> Vec<Flag> {
    let mut flags = catalogue::flags(a);
    flags.extend(
        [
            // Both heels or tendons, not both calves the day after a race (Cheung 2003).
            (Flag::BothSides, a.side == Side::Both && a.pain_location != PainLocation::Calf),
            (Flag::NumbnessOrTingling, a.numbness_or_tingling),
            (Flag::LegWeakness, a.leg_weakness),
            (Flag::Instability, a.instability),
            (Flag::GettingWorse, a.getting_worse),
            (Flag::Systemic, a.other_body_aches),
            (Flag::SeverePain, a.worst_pain.value() >= SEVERE_PAIN),
            (Flag::Persistent, a.weeks_since_onset >= CHRONIC_WEEKS),
        ]
        .into_iter()
        .filter_map(|(flag, on)| on.then_some(flag)),
    );
    sorting::sort(&mut flags);
    flags.dedup();
    flags
}

/// "a", "a and b", "a, b and c".
pub fn join_plain(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {}", init.join(", "), last),
    }
}
