//! Why the result is what it is, line by line in plain words: the answers that led to the
//! pattern, each warning sign, the urgency and the place. Only the screens that show it (the
//! result, the physio summary) call [`explain`]; the verdict itself (`assess`) needs none of
//! this text, so it stays out of the start-up code.

use super::catalogue::rules::{age_group, AgeGroup};
use super::catalogue::{self};
use super::{join_plain, symptoms, Alert, Answers, Assessment, Flag, PainLocation, Reason, Topic, CHRONIC_WEEKS};

/// Why the result is what it is, line by line.
struct Reasons(Vec<Reason>);

impl Reasons {
    fn add(&mut self, topic: Topic, text: String) {
        self.0.push(Reason { topic, text });
    }
}

/// The reasons for `r`, the assessment of `a`, in the order the result tells them:
/// condition, flags, urgency, place.
pub fn explain(a: &Answers, r: &Assessment) -> Vec<Reason> {
    let found = catalogue::alerts(a);
    let mut reasons = Reasons(Vec::new());
    let tear = found.iter().find(|(x, _)| *x == Alert::Tear).map(|(_, signs)| signs.as_slice());
    condition(a, tear, &mut reasons);
    // An alert's own flag is said by the alert's line below, in the answers' own words.
    for f in r.flags.iter().filter(|f| !found.iter().any(|(alert, _)| alert.flag() == **f)) {
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
            "A fluoroquinolone with steroids multiplies the risk of a tendon tear.",
        ),
        // IOC consensus on RED-S, 2023.
        (
            a.heel_squeeze_pain && a.low_energy == Some(true),
            "Missed periods, or eating less than your training needs, make a bone stress injury more likely.",
        ),
    ] {
        if on {
            reasons.add(Topic::Flag, why.into());
        }
    }
    urgency(&found, &r.flags, &mut reasons);
    location(a, &mut reasons);
    reasons.0
}

/// Why the answers fit their pattern (with the training changes that often lead there).
fn condition(a: &Answers, tear: Option<&[&str]>, reasons: &mut Reasons) {
    let symptoms = symptoms(a);
    let why = if let Some(signs) = tear {
        format!(
            "A tear is possible because {}. Walking or standing on tiptoe does not rule a tear out.",
            join_plain(signs)
        )
    } else if symptoms.is_empty() {
        "You reported no pain, stiffness, swelling, tenderness or weakness at the tendon.".into()
    } else if a.weeks_since_onset >= CHRONIC_WEEKS {
        format!(
            "It has lasted {} weeks (3 months or more) with {}: that pattern fits a long-standing tendinopathy.",
            a.weeks_since_onset,
            join_plain(&symptoms)
        )
    } else {
        format!(
            "It has lasted {} (under 3 months) with {}: that pattern fits a recent tendon overload.",
            weeks_phrase(a.weeks_since_onset),
            join_plain(&symptoms)
        )
    };
    reasons.add(Topic::Condition, why);
    if tear.is_none() && !a.recent_changes.is_empty() {
        let changes: Vec<&str> = a.recent_changes.iter().map(|c| c.label()).collect();
        let why = format!("Recent training changes that often overload the tendon: {}.", changes.join("; "));
        reasons.add(Topic::Condition, why);
    }
}

/// Why so soon: each alert in its own line; or the flags, with "before any loading" where
/// one asks for it; or none.
fn urgency(found: &[(Alert, Vec<&str>)], flags: &[Flag], reasons: &mut Reasons) {
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
                Alert::Rhabdo => {
                    "Sore calves with dark urine can mean muscle breakdown: blood tests are needed today.".to_string()
                }
                Alert::WeakFoot => {
                    "A foot or leg that is getting weaker needs a nerve examined the same day.".to_string()
                }
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
    } else if !flags.is_empty() {
        let before_loading = flags.iter().any(|f| f.needs_exam_before_loading());
        let why = format!(
            "{} warning sign{} above: a doctor or physiotherapist should examine the leg{}.",
            count_word(flags.len()),
            if flags.len() == 1 { "" } else { "s" },
            if before_loading { " before you start any loading exercises" } else { "" }
        );
        reasons.add(Topic::Urgency, why);
    } else {
        let why = "None of your answers is a warning sign, so careful self-care is a reasonable start.";
        reasons.add(Topic::Urgency, why.into());
    }
}

/// Where on the tendon it hurts, which changes the exercises (insertional, or not known:
/// no drops below a step, no calf stretch).
fn location(a: &Answers, reasons: &mut Reasons) {
    let why = match a.pain_location {
        PainLocation::Midportion => "You pointed to the middle of the tendon, a few centimetres above the heel.",
        PainLocation::Insertion => {
            "You pointed to where the tendon joins the heel bone, so heel drops go from the floor, not below a step, \
            and the calf is not stretched."
        }
        PainLocation::Calf => {
            "You pointed to the calf muscle rather than the tendon: no calf stretching until a clot has been ruled \
            out, and the plan keeps to flat ground."
        }
        PainLocation::Unsure => {
            "You were not sure where it hurts most, so the plan keeps to flat ground with no stretching until an \
            examination tells which part is sore."
        }
    };
    reasons.add(Topic::Location, why.into());
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
