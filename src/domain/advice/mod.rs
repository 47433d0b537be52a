//! What to do next, for a given check: the "do now", "avoid" and "when to get help" lists
//! of the result screen, and the card of answers a runner shows a clinician.
//!
//! Every line that encourages an activity says which ([`Line::encourages`]), and is given
//! only where [`allowed`] permits it: the result, the gate, Today and the programme read
//! the same answer, so the advice never contradicts them (a property test holds it to that
//! over the whole answer space).
//!
//! Sources: first-days care and progressive loading (Martin et al., JOSPT 2018; Silbernagel
//! 2007); each same-day place and its don'ts at its entry of `triage::catalogue`; insertional
//! pain and stretching (Pringels et al., BJSM 2025 RCT: not stretching beat daily stretching
//! by about 13 VISA-A points at 12 weeks); fluoroquinolones (FDA label §5.2, MHRA 2019).

mod card;
mod same_day;
#[cfg(test)]
mod tests;

pub use card::clinician_card;

use super::emergency::Region;
use super::triage::{allowed, Activity, Answers, Assessment, Condition, Flag, Location, PainLocation, Side, Urgency};
use same_day::same_day_advice;

/// One line of advice, and the activity it encourages, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub text: &'static str,
    pub encourages: Option<Activity>,
}

const fn say(text: &'static str) -> Line {
    Line { text, encourages: None }
}

const fn urge(activity: Activity, text: &'static str) -> Line {
    Line { text, encourages: Some(activity) }
}

/// Where to go, for a same-day problem; said in the runner's country's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    CallNow,
    EmergencyDepartmentNow,
    SameDay,
    /// A clot: a scan or a blood test today, wherever it can be had soonest.
    SameDayClot,
    DiabeticFoot,
    Prescriber,
}

impl Place {
    /// The sentence that says where to go, in the country's words and with its number.
    pub fn words(self, region: &Region) -> String {
        let (number, ed, urgent) =
            (region.emergency_number, region.words.emergency_department, region.words.urgent_care);
        match self {
            Place::CallNow => format!("Call the emergency number, {number}, now."),
            Place::EmergencyDepartmentNow => {
                format!("Go to {ed} now. If you cannot get there quickly, call the emergency number, {number}.")
            }
            Place::SameDay => format!("Go to {ed} or {urgent} today."),
            Place::SameDayClot => format!("Get seen today: {urgent}, {ed}, or your doctor's same-day service."),
            Place::DiabeticFoot => format!(
                "Get seen today: your doctor or diabetes foot team, or {urgent}. If the foot is cold, blue or black, \
                go to {ed} now."
            ),
            Place::Prescriber => match region.advice_line {
                Some(line) => format!(
                    "Contact the doctor who prescribed the antibiotic, your GP or a pharmacist today; out of hours, \
                    call {line}."
                ),
                None => "Contact the doctor who prescribed the antibiotic, your GP or a pharmacist today.".to_string(),
            },
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advice {
    /// Where to go, for a same-day problem.
    pub place: Option<Place>,
    pub do_now: Vec<Line>,
    pub avoid: Vec<Line>,
    pub get_help: &'static str,
    /// When to go now instead ([`escalation`]): a same-day alert can end the check before
    /// the questions of a more urgent one were asked.
    pub escalate: bool,
}

/// When to call or go now instead of later today, in the country's words: breathlessness or
/// chest pain (a clot in the lung), a calf turning hard and tight (compartment syndrome),
/// numbness between the legs or bladder trouble (the spinal nerves).
pub fn escalation(region: &Region) -> String {
    format!(
        "Call {} now instead if you are short of breath or have chest pain. Go to {} now if the calf turns hard and \
        tight with pain that keeps climbing or a numb foot, or if you get numbness between the legs or trouble with \
        the bladder.",
        region.emergency_number, region.words.emergency_department
    )
}

impl Advice {
    /// Every line, the "avoid" ones included.
    pub fn lines(&self) -> impl Iterator<Item = &Line> {
        self.do_now.iter().chain(&self.avoid)
    }
}

/// The advice for one check. The most urgent alert decides the first lines; the condition,
/// the flags and the place shape the rest, within what [`allowed`] permits.
pub fn advice_for(answers: &Answers, a: &Assessment) -> Advice {
    match a.alert() {
        Some(alert) => same_day_advice(alert, a),
        None => routine_advice(answers, a),
    }
}

fn routine_advice(answers: &Answers, a: &Assessment) -> Advice {
    let may = allowed(a);
    let exam_first = a.needs_exam_before_loading();
    let mut do_now = Vec::new();
    let mut avoid = Vec::new();
    // A child under 8: a doctor (not only a physiotherapist) within a day or two (NICE CKS,
    // the limping child).
    let young = a.has_flag(Flag::YoungChild);
    if young {
        do_now.push(say(
            "See a doctor within a day or two, and the same day with a fever, a limp, or a leg the child will not \
            stand on.",
        ));
    } else if a.urgency == Urgency::SeeClinician {
        do_now.push(say(if exam_first {
            "Book an appointment with a doctor or physiotherapist within the next few days, and mention the warning \
            signs listed above. Hold off loading exercises until they have examined the leg."
        } else {
            "Book an appointment with a doctor or physiotherapist in the next few days, and mention the warning signs \
            listed above."
        }));
    }
    warnings(answers, a, may.cross_train, &mut do_now, &mut avoid);
    let get_help = condition_advice(answers, a, &mut do_now, &mut avoid);
    if a.location == Location::Insertional {
        do_now.push(say(
            "A small heel lift in both shoes, and shoes whose back does not press on the sore spot, take pressure off \
            the insertion.",
        ));
        avoid.push(say(
            "Stretching the calf, heel drops below the level of a step, and stretches with the heels hanging off a \
            step: all press the tendon onto the sore spot where it meets the bone. Work on flat ground instead.",
        ));
    }
    let get_help = match (young, exam_first) {
        (true, _) => "Within a day or two; today with a fever, a limp, or a leg the child will not stand on.",
        (false, true) => "Within the next few days, and before any running or loading exercises.",
        (false, false) => get_help,
    };
    Advice { place: None, do_now, avoid, get_help, escalate: false }
}

/// What the warning signs change meanwhile: no running until examined, off impact, no
/// training with a fever, the medicine, a child's heel, a sore calf.
fn warnings(answers: &Answers, a: &Assessment, cross_train: bool, do_now: &mut Vec<Line>, avoid: &mut Vec<Line>) {
    if a.has_flag(Flag::InfectionSigns) {
        do_now.push(say(
            "No training of any kind while you have a fever, and for at least a day after it has gone: exercise \
            with a fever can inflame the heart muscle.",
        ));
    }
    let no_running = a.flags.iter().any(|f| f.stops_running());
    if a.has_flag(Flag::StressFractureSigns) {
        do_now.push(say(
            "Keep off impact until it has been examined: no running, hopping or jumping, and walk only as far as is \
            comfortable.",
        ));
    } else if no_running {
        do_now.push(if cross_train {
            urge(
                Activity::CrossTrain,
                "No running until a clinician has examined the leg. Cycling or swimming are fine if they do not hurt.",
            )
        } else {
            say("No running or training on the leg until a clinician has examined it.")
        });
    }
    if a.has_flag(Flag::Fluoroquinolone) {
        do_now.push(say(
            "Tell the doctor who prescribed the fluoroquinolone about the tendon pain, and rest the leg until a \
            clinician has examined it: tendons can be harmed for months after the course.",
        ));
    } else if answers.fluoroquinolone {
        // The label's warning for a runner with no tendon symptom (FDA §5.2; MHRA 2019).
        do_now.push(say(
            "At the first pain, stiffness or swelling in a tendon, stop the fluoroquinolone (if you are still taking \
            it) and call the prescriber the same day.",
        ));
        avoid.push(say("Big jumps in training during the course and for a few weeks after it."));
    }
    if a.has_flag(Flag::UnderSixteen) {
        do_now.push(say(
            "Ask a doctor or physiotherapist who sees children: heel pain at this age needs its own advice, often \
            rest from jumping and sprinting and a heel cushion.",
        ));
    }
    if a.has_flag(Flag::CalfPain) || a.has_flag(Flag::ExertionalCalf) {
        avoid.push(say("Stretching, massaging or foam-rolling the sore calf until a clinician has seen it."));
    }
}

/// Both calves sore with no other sign: the muscles after a hard effort (Cheung 2003).
fn sore_calves(do_now: &mut Vec<Line>) -> &'static str {
    do_now.push(say(
        "Sore calves after a race or a hard session are usually muscle soreness: worst one to three days after, gone \
        within a week.",
    ));
    do_now.push(urge(Activity::CrossTrain, "Easy walking or cycling helps it pass."));
    // Exertional rhabdomyolysis: dark urine is the sign to act on the same day.
    do_now.push(say("Go to a doctor today if your urine turns dark (like tea or cola) or you pass much less."));
    "Check again if one calf stays sore, swells, or turns warm or red."
}

/// What to do and avoid for the condition the answers point to; gives when to get help.
fn condition_advice(answers: &Answers, a: &Assessment, do_now: &mut Vec<Line>, avoid: &mut Vec<Line>) -> &'static str {
    let may = allowed(a);
    let after_a_race = answers.weeks_since_onset == 0 && !answers.calf_exertional;
    if answers.pain_location == PainLocation::Calf && answers.side == Side::Both && a.flags.is_empty() && after_a_race {
        return sore_calves(do_now);
    }
    match a.condition {
        Condition::AcuteTendinitis => {
            if may.cross_train {
                do_now.push(urge(
                    Activity::CrossTrain,
                    "Give it a few days of relative rest: swap runs for cycling, swimming or walking, as long as they \
                    do not hurt.",
                ));
            }
            do_now.push(say("Cool the sore spot with ice wrapped in a cloth, 10 to 15 minutes at a time."));
            if may.stretch {
                do_now.push(urge(Activity::Stretch, "Stretch the calf gently, only as far as is comfortable."));
            }
            if may.load {
                do_now.push(urge(
                    Activity::Load,
                    "Once the pain has calmed, start loading the tendon step by step: strength work helps a tendon \
                    recover, weeks of rest do not.",
                ));
            }
            do_now.push(say("Look at what changed in your training before the pain began, and undo it for now."));
            if may.run {
                avoid.push(urge(
                    Activity::Run,
                    "Hills, speed sessions and big jumps in distance until it has settled; run easy, within the pain \
                    limits (up to 5 out of 10 during, settled by the next morning).",
                ));
                avoid.push(say("Carrying on with a run while the pain climbs."));
            }
            "If it is not clearly better within two weeks, if it keeps getting worse, or if a warning sign appears."
        }
        Condition::ChronicTendinopathy => {
            do_now.push(say(
                "Get a doctor or physiotherapist involved: after three months, an examination and a structured plan \
                are the way forward.",
            ));
            if may.load {
                do_now.push(urge(
                    Activity::Load,
                    "A gradual calf-strengthening programme over about 12 weeks is the main treatment for a \
                    long-standing tendon problem.",
                ));
            }
            if may.cross_train {
                do_now.push(urge(Activity::CrossTrain, "Stay active with whatever does not stir the pain up."));
            }
            if may.keep_moving {
                avoid.push(urge(Activity::KeepMoving, "Long spells of complete rest: they weaken the tendon further."));
            }
            if may.run {
                avoid.push(urge(Activity::Run, "Sudden increases in running, hills or speed work."));
            }
            "Now, if you have not already: pain lasting three months or more deserves a clinician's view."
        }
        Condition::NoClearSigns => {
            do_now.push(if may.run {
                urge(
                    Activity::Run,
                    "Nothing in your answers points to an Achilles problem. Keep training sensibly, and check again \
                    if pain at the back of the ankle appears.",
                )
            } else {
                say("Nothing in your answers points to an Achilles problem, but a warning sign above needs a \
                clinician's view first.")
            });
            "If you have pain you cannot explain, or any of the warning signs."
        }
        // A suspected rupture always has the tear alert; this arm keeps the match total.
        Condition::SuspectedRupture => "Today.",
    }
}
