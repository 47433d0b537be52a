//! The card of answers a runner shows a clinician: every same-day sign in the runner's
//! words, then the answers that matter, from the pages actually answered.

use super::super::answer_text::{answer_lines, heel_raise_words, reported, yes_no};
use super::super::checks::HeelCheck;
use super::super::questionnaire::Step;
use super::super::triage::{catalogue, Alert};

/// How a same-day sign is called on the clinician's card.
fn card_label(alert: Alert) -> &'static str {
    match alert {
        Alert::CallEmergencyNumber => "Breathless or chest pain",
        Alert::Nerves => "Nerve signs",
        Alert::Compartment => "Calf",
        Alert::Rhabdo => "Urine",
        Alert::WeakFoot => "Weakness",
        Alert::Tear => "Signs of a tear",
        Alert::Clot => "Signs of a clot",
        Alert::Infection => "Signs of infection",
        Alert::DiabeticFoot => "Diabetic foot",
        Alert::CannotBearWeight => "Four steps on the leg",
        Alert::Medicine => "Medicine",
    }
}

/// The answers a clinician wants, as (label, answer) lines. Only pages the runner actually
/// answered are used: an unasked question's default is not an answer.
pub fn clinician_card(check: &HeelCheck) -> Vec<(&'static str, String)> {
    let a = &check.answers;
    let asked = |page: Step| check.asked(page) && page.applies(a);
    let mut lines = vec![("Checked on", crate::domain::day_names::long_date(check.date))];
    for (alert, signs) in catalogue::alerts(a) {
        lines.push((card_label(alert), signs.join("; ")));
    }
    if a.heel_bruising {
        lines.push(("Bruising around the heel", yes_no(true).into()));
    }
    // These pages in the review's own words; an age never asked (older checks) is left out.
    for page in [Step::Onset, Step::PartnerTest, Step::Location] {
        if asked(page) {
            lines.extend(answer_lines(page, a).into_iter().filter(|(_, value)| !value.is_empty()));
        }
    }
    if asked(Step::Symptoms) {
        lines.push(("Single-leg heel raise", heel_raise_words(a.single_leg_heel_raise).into()));
        lines.push(("Worst pain, last 24 hours", format!("{}/10", a.worst_pain.value())));
    }
    if asked(Step::Calf) && !a.clot_risks.is_empty() {
        lines.push(("Clot risk factors", a.clot_risks.iter().map(|r| r.label()).collect::<Vec<_>>().join("; ")));
    }
    if asked(Step::Details) {
        lines.extend(answer_lines(Step::Details, a));
    }
    let other = reported(a, asked);
    if !other.is_empty() {
        lines.push(("Also reported", other.join(", ")));
    }
    if check.answered_up_to != Step::Review {
        lines.push(("Not asked", "the check stopped at the first sign that needs same-day care".to_string()));
    }
    lines
}
