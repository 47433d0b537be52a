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

use super::sorting;

pub use allowed::{allowed, Activity, Allowed};
pub use answers::*;
pub use catalogue::rules::{clot as clot_signs, recent_sudden_start, symptoms, tear as rupture_signs};
pub use verdict::*;

/// Weeks of pain after which a tendon problem counts as chronic (about 3 months).
pub const CHRONIC_WEEKS: u32 = 12;
/// Worst pain at or above this is a red flag on its own.
pub const SEVERE_PAIN: u8 = 8;
/// A sudden start this many weeks ago or fewer is treated as a tear until examined.
/// NICE CKS: suspect a rupture after sudden pain at the back of the ankle during activity;
/// Boyd et al. (BJGP 2015): about one in five is missed at first. Four weeks is the
/// review's window for "recent"; a later sudden start still blocks loading (`SuddenStart`).
pub const RECENT_SUDDEN_WEEKS: u32 = 4;

/// Sort the answers into an [`Assessment`]. Total: every input gives a result.
pub fn assess(a: &Answers) -> Assessment {
    let found = catalogue::alerts(a);
    let flags = flags(a);
    // The reasons, in the order the result tells them: condition, flags, urgency, place.
    let mut reasons = Reasons(Vec::new());
    let tear = found.iter().find(|(x, _)| *x == Alert::Tear).map(|(_, signs)| signs.as_slice());
    let condition = condition(a, tear, &mut reasons);
    // An alert's own flag is said by the alert's line below, in the answers' own words.
    for f in flags.iter().filter(|f| !found.iter().any(|(alert, _)| alert.flag() == **f)) {
        reasons.add(Topic::Flag, f.explain().into());
    }
    for (on, why) in [
        (
            age_group(a) == AgeGroup::SixtyPlus && (a.fluoroquinolone || a.steroids || a.steroid_injection),
            "Over 60, these medicines are more likely to harm a tendon.",
        ),
        // van der Linden et al. 2003: the risks multiply.
        (
            a.fluoroquinolone && (a.steroids || a.steroid_injection),
            "A fluoroquinolone with steroids multiplies the \
            risk of a tendon tear.",
        ),
        // IOC consensus on RED-S, 2023.
        (
            a.heel_squeeze_pain && a.low_energy == Some(true),
            "Missed periods, or eating less than your training \
            needs, make a bone stress injury more likely.",
        ),
    ] {
        if on {
            reasons.add(Topic::Flag, why.into());
        }
    }
    let urgency = urgency(&found, &flags, &mut reasons);
    let location = location(a, &mut reasons);
    let alerts = found.into_iter().map(|(alert, _)| alert).collect();
    Assessment { condition, urgency, location, flags, reasons: reasons.0, alerts }
}

use catalogue::rules::{age_group, AgeGroup};

/// Why the result is what it is, line by line.
struct Reasons(Vec<Reason>);

impl Reasons {
    fn add(&mut self, topic: Topic, text: String) {
        self.0.push(Reason { topic, text });
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

/// Which pattern the answers fit, and why (with the training changes that often lead there).
fn condition(a: &Answers, tear: Option<&[&str]>, reasons: &mut Reasons) -> Condition {
    let symptoms = symptoms(a);
    let (condition, why) = if let Some(signs) = tear {
        let why = format!(
            "A tear is possible because {}. Walking or standing on tiptoe does not rule a tear out.",
            join_plain(signs)
        );
        (Condition::SuspectedRupture, why)
    } else if symptoms.is_empty() {
        let why = "You reported no pain, stiffness, swelling, tenderness or weakness at the tendon.".into();
        (Condition::NoClearSigns, why)
    } else if a.weeks_since_onset >= CHRONIC_WEEKS {
        let why = format!(
            "It has lasted {} weeks (3 months or more) with {}: that pattern fits a long-standing tendinopathy.",
            a.weeks_since_onset,
            join_plain(&symptoms)
        );
        (Condition::ChronicTendinopathy, why)
    } else {
        let why = format!(
            "It has lasted {} (under 3 months) with {}: that pattern fits a recent tendon overload.",
            weeks_phrase(a.weeks_since_onset),
            join_plain(&symptoms)
        );
        (Condition::AcuteTendinitis, why)
    };
    reasons.add(Topic::Condition, why);
    if tear.is_none() && !a.recent_changes.is_empty() {
        let changes: Vec<&str> = a.recent_changes.iter().map(|c| c.label()).collect();
        let why = format!("Recent training changes that often overload the tendon: {}.", changes.join("; "));
        reasons.add(Topic::Condition, why);
    }
    condition
}

/// How soon to get help: any alert is the same day (or now), each saying why in its own
/// line; any flag is an examination (before loading, where the flag asks for one).
fn urgency(found: &[(Alert, Vec<&str>)], flags: &[Flag], reasons: &mut Reasons) -> Urgency {
    if !found.is_empty() {
        for (alert, signs) in found {
            let because = join_plain(signs);
            let text = match alert {
                Alert::CallEmergencyNumber => "Breathlessness or chest pain together with a calf problem can mean a \
                clot in the lungs: call the emergency number now."
                    .to_string(),
                Alert::Nerves => format!("Nerve signs, because of {because}, need an emergency department now."),
                Alert::Compartment => "A calf that is hard and tight, with pain far worse than expected, can mean \
                pressure building inside the muscle: that needs an emergency department now."
                    .to_string(),
                Alert::Tear => "Signs of a possible tear need a same-day examination.".to_string(),
                Alert::Clot => format!("A possible blood clot, because {because}, needs a same-day assessment."),
                Alert::Infection => {
                    format!("A possible infection, because of {because}, needs a same-day examination.")
                }
                Alert::DiabeticFoot => {
                    "Diabetes with a warm, red or swollen foot or heel needs a same-day look: nerve \
                damage can hide pain and infection."
                        .to_string()
                }
                Alert::CannotBearWeight => {
                    "Not being able to take four steps on the leg needs a same-day examination.".to_string()
                }
                Alert::Medicine => "Tendon symptoms while taking a fluoroquinolone: stop it, and contact the \
                prescriber or a pharmacist today."
                    .to_string(),
            };
            reasons.add(Topic::Urgency, text);
        }
        Urgency::Emergency
    } else if !flags.is_empty() {
        let before_loading = flags.iter().any(|f| f.needs_exam_before_loading());
        let why = format!(
            "{} warning sign{} above: a doctor or physiotherapist should examine the leg{}.",
            count_word(flags.len()),
            if flags.len() == 1 { "" } else { "s" },
            if before_loading { " before you start any loading exercises" } else { "" }
        );
        reasons.add(Topic::Urgency, why);
        Urgency::SeeClinician
    } else {
        let why = "None of your answers is a warning sign, so careful self-care is a reasonable start.";
        reasons.add(Topic::Urgency, why.into());
        Urgency::SelfCare
    }
}

/// Where on the tendon it hurts, which changes the exercises (insertional, or not known:
/// no drops below a step, no calf stretch).
fn location(a: &Answers, reasons: &mut Reasons) -> Location {
    let (location, why) = match a.pain_location {
        PainLocation::Midportion => {
            (Location::Midportion, "You pointed to the middle of the tendon, a few centimetres above the heel.")
        }
        PainLocation::Insertion => (
            Location::Insertional,
            "You pointed to where the tendon joins the heel bone, so heel drops go from the floor, not below a step, \
            and the calf is not stretched.",
        ),
        PainLocation::Calf => (
            Location::Unknown,
            "You pointed to the calf muscle rather than the tendon: no calf stretching until a clot has been ruled \
            out, and the plan keeps to flat ground.",
        ),
        PainLocation::Unsure => (
            Location::Unknown,
            "You were not sure where it hurts most, so the plan keeps to flat ground with no stretching until an \
            examination tells which part is sore.",
        ),
    };
    reasons.add(Topic::Location, why.into());
    location
}

fn weeks_phrase(weeks: u32) -> String {
    match weeks {
        0 => "less than a week".into(),
        1 => "about a week".into(),
        n => format!("{n} weeks"),
    }
}

fn count_word(n: usize) -> String {
    match n {
        1 => "One".into(),
        2 => "Two".into(),
        3 => "Three".into(),
        n => n.to_string(),
    }
}

/// "a", "a and b", "a, b and c".
pub fn join_plain(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {}", init.join(", "), last),
    }
}
