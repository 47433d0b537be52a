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

use super::answer_text::{answer_lines, heel_raise_words, reported, yes_no};
use super::checks::HeelCheck;
use super::emergency::Region;
use super::questionnaire::Step;
use super::triage::catalogue;
use super::triage::{allowed, Activity, Alert, Answers, Assessment, Condition, Flag, Location, Side, Urgency};
use super::triage::PainLocation;

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
        let (number, ed, urgent) = (region.emergency_number, region.words.emergency_department, region.words.urgent_care);
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
            Place::Prescriber => {
                "Contact the doctor who prescribed the antibiotic, your GP or a pharmacist today.".to_string()
            }
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

fn same_day_advice(alert: Alert, a: &Assessment) -> Advice {
    let take_card = say("Take the card below with you.");
    let (place, do_now, avoid, get_help) = match alert {
        Alert::CallEmergencyNumber => (
            Place::CallNow,
            vec![
                say("Call now, and say that you have a painful or swollen calf and are short of breath or have \
                chest pain."),
                say("Sit or lie still while you wait, and keep your phone with you."),
            ],
            vec![
                say("Do not drive yourself."),
                say("Do not massage or stretch the calf."),
                say("Do not wait to see whether the breathlessness passes."),
            ],
            "Now.",
        ),
        Alert::Nerves => (
            Place::EmergencyDepartmentNow,
            vec![
                say("Go now: do not wait for an appointment or for it to pass."),
                say("Tell them about the numbness or weakness in the legs, and any change in the bladder or bowels."),
                take_card,
            ],
            vec![say("Do not drive yourself while a leg is weak or numb."), say("Do not exercise or test the legs.")],
            "Now.",
        ),
        Alert::Compartment => (
            Place::EmergencyDepartmentNow,
            vec![
                say("Go now: pressure inside the calf can harm the muscle and nerves within hours."),
                say("Loosen tight socks, tape or a brace on that leg."),
                take_card,
            ],
            vec![say("Do not raise the leg high or wrap it tightly."), say("Do not massage it or try to walk it off.")],
            "Now.",
        ),
        Alert::Tear => (
            Place::SameDay,
            vec![
                say("Stop running now and do not go back out today."),
                say("Keep weight off the leg as much as you can. Get a lift rather than walking far or driving \
                yourself."),
                take_card,
            ],
            vec![
                say("Do not test the leg with hops, heel raises or a jog to see whether it holds."),
                say("Do not stretch the calf."),
                say("Do not wait for it to settle: a torn tendon does best when it is treated early."),
            ],
            "Today. Being able to walk, or even to stand on tiptoe, does not mean the tendon is intact.",
        ),
        Alert::Clot => (
            Place::SameDayClot,
            vec![
                say("A sore calf that is swollen, warm or red can be a blood clot, which needs a scan or a blood \
                test to rule out."),
                say("Stop running and training until you have been seen."),
                take_card,
            ],
            vec![say("Do not massage, stretch or foam-roll the calf."), say("Do not put it off until tomorrow.")],
            "Today. If you become short of breath or have chest pain, call the emergency number at once.",
        ),
        Alert::Infection => (
            Place::SameDay,
            vec![
                say("Signs of infection around the heel or calf need an examination today."),
                say("Stop running and training until you have been examined."),
                take_card,
            ],
            vec![say("Do not massage or stretch the heel."), say("Do not wait a few days to see whether it passes.")],
            "Today.",
        ),
        Alert::DiabeticFoot => (
            Place::DiabeticFoot,
            vec![
                say("With diabetes, a warm, red or swollen foot needs a look today, even without pain or a fever: \
                nerve damage can hide both."),
                say("Keep weight off the foot as much as you can until you have been seen."),
                take_card,
            ],
            vec![say("Do not run, or walk further than you need to."), say("Do not wait for pain or a fever.")],
            "Today. If the foot turns cold, blue or black, or you feel unwell, go to an emergency department at once.",
        ),
        Alert::CannotBearWeight => (
            Place::SameDay,
            vec![say("Keep weight off the leg and get a lift: a bone or a tendon may be damaged."), take_card],
            vec![say("Do not test the leg with hops, heel raises or a jog."), say("Do not wait for it to settle.")],
            "Today.",
        ),
        Alert::Medicine => (
            Place::Prescriber,
            vec![
                say("Stop taking the fluoroquinolone now: do not take the next dose, even if you cannot reach \
                anyone today."),
                say("Ask for a different antibiotic: the infection still needs treating."),
                say("Rest the leg: no running, jumping or loading until a clinician has examined it."),
                take_card,
            ],
            vec![
                say("Do not keep taking it while you wait to hear back."),
                say("Do not train through tendon pain: tendons can tear during the course and for months after it."),
            ],
            "Today.",
        ),
    };
    let mut advice = Advice { place: Some(place), do_now, avoid, get_help };
    // Other same-day signs beside the first: the clinician must hear of them too.
    for other in a.alerts.iter().skip(1) {
        advice.do_now.push(say(match other {
            Alert::CallEmergencyNumber => {
                "You also reported breathlessness or chest pain: call the emergency number now."
            }
            Alert::Nerves => "You also have nerve signs in the legs: go to an emergency department now.",
            Alert::Compartment => "Your calf is also hard and tight: go to an emergency department now.",
            Alert::Tear => "Tell them about the signs of a tear as well.",
            Alert::Clot => "Tell them your calf is swollen, warm, red or sore as well: a clot must be ruled out.",
            Alert::Infection => "Tell them about the fever or signs of infection as well.",
            Alert::DiabeticFoot => "Tell them you have diabetes and the foot is warm, red or swollen.",
            Alert::CannotBearWeight => "Tell them you cannot take four steps on the leg.",
            Alert::Medicine => "Stop the fluoroquinolone antibiotic now, and tell them you are taking it.",
        }));
    }
    advice
}

fn routine_advice(answers: &Answers, a: &Assessment) -> Advice {
    let may = allowed(a);
    let exam_first = a.needs_exam_before_loading();
    let mut do_now = Vec::new();
    let mut avoid = Vec::new();
    if a.urgency == Urgency::SeeClinician {
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
    let get_help = if exam_first { "Within the next few days, and before any running or loading exercises." } else { get_help };
    Advice { place: None, do_now, avoid, get_help }
}

/// What the warning signs change meanwhile: no running until examined, off impact, no
/// training with a fever, the medicine, a child's heel, a sore calf.
fn warnings(answers: &Answers, a: &Assessment, cross_train: bool, do_now: &mut Vec<Line>, avoid: &mut Vec<Line>) {
    if a.has_flag(Flag::InfectionSigns) {
        do_now.push(say(
            "No training of any kind while you have a fever, and for a day after it has gone: exercise with a fever \
            can inflame the heart muscle.",
        ));
    } else if a.has_flag(Flag::StressFractureSigns) {
        do_now.push(say(
            "Keep off impact until it has been examined: no running, hopping or jumping, and walk only as far as is \
            comfortable.",
        ));
    } else if a.needs_exam_before_loading() {
        do_now.push(if cross_train {
            urge(
                Activity::CrossTrain,
                "No running until they have examined the leg. Cycling or swimming are fine if they do not hurt.",
            )
        } else {
            say("No running or training on the leg until they have examined it.")
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
    if a.has_flag(Flag::YoungChild) {
        do_now.push(say(
            "See a doctor within a day or two; the same day with a fever, a limp, or a leg the child will not stand \
            on.",
        ));
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

/// What to do and avoid for the condition the answers point to; gives when to get help.
fn condition_advice(answers: &Answers, a: &Assessment, do_now: &mut Vec<Line>, avoid: &mut Vec<Line>) -> &'static str {
    let may = allowed(a);
    // Both calves sore with no other sign: the muscles after a hard effort (Cheung 2003).
    if answers.pain_location == PainLocation::Calf && answers.side == Side::Both && a.flags.is_empty() {
        do_now.push(say(
            "Sore calves after a race or a hard session are usually muscle soreness: worst one to three days after, \
            gone within a week.",
        ));
        do_now.push(urge(Activity::CrossTrain, "Easy walking or cycling helps it pass."));
        return "Check again if one calf stays sore, swells, or turns warm or red.";
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

/// How a same-day sign is called on the clinician's card.
fn card_label(alert: Alert) -> &'static str {
    match alert {
        Alert::CallEmergencyNumber => "Breathless or chest pain",
        Alert::Nerves => "Nerve signs",
        Alert::Compartment => "Calf",
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
    let mut lines = vec![("Checked on", super::day_names::long_date(check.date))];
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checks::CheckHistory;
    use crate::domain::emergency::region;
    use crate::domain::pain::PainScore;
    use crate::domain::triage::{assess, HeelRaise, Onset};
    use chrono::NaiveDate;

    fn advice(a: Answers) -> Advice {
        advice_for(&a, &assess(&a))
    }

    fn has(lines: &[Line], text: &str) -> bool {
        lines.iter().any(|l| l.text.contains(text))
    }

    fn pain(n: u8) -> PainScore {
        PainScore::new(n).unwrap()
    }

    #[test]
    fn rupture_advice_sends_to_emergency_and_forbids_testing_the_leg() {
        let adv = advice(Answers { pop_or_snap: true, ..Default::default() });
        assert_eq!(adv.place, Some(Place::SameDay));
        assert!(has(&adv.avoid, "hops, heel raises"));
        assert!(adv.get_help.contains("does not mean the tendon is intact"));
    }

    #[test]
    fn infection_advice_is_same_day() {
        let adv = advice(Answers { fever: true, redness_or_heat: true, worst_pain: pain(4), ..Default::default() });
        assert_eq!(adv.get_help, "Today.");
        assert_eq!(adv.place, Some(Place::SameDay));
        assert!(adv.do_now[0].text.contains("infection"));
    }

    #[test]
    fn places_are_said_in_the_countrys_words_with_its_number() {
        assert_eq!(Place::CallNow.words(&region("GB")), "Call the emergency number, 999, now.");
        assert!(Place::SameDay.words(&region("GB")).contains("A&E"));
        assert!(Place::SameDay.words(&region("US")).contains("the emergency room (ER)"));
        assert_eq!(
            Place::SameDay.words(&crate::domain::emergency::FALLBACK),
            "Go to an emergency department or an urgent care centre today."
        );
        assert!(Place::EmergencyDepartmentNow.words(&region("AU")).contains("000"));
    }

    #[test]
    fn insertional_pain_avoids_drops_below_step_level() {
        let base = Answers { morning_stiffness: true, weeks_since_onset: 3, ..Default::default() };
        let mid = advice(Answers { pain_location: PainLocation::Midportion, ..base.clone() });
        let ins = advice(Answers { pain_location: PainLocation::Insertion, ..base });
        assert!(!has(&mid.avoid, "below the level of a step"));
        assert!(has(&ins.avoid, "below the level of a step"));
    }

    #[test]
    fn a_fluoroquinolone_with_tendon_pain_means_stop_it_today_whatever_the_prescriber() {
        // Still on it (or not known to have stopped): the alert, stop now, call today.
        let on = advice(Answers { fluoroquinolone: true, pain_on_push_off: true, ..Default::default() });
        assert_eq!(on.place, Some(Place::Prescriber));
        assert!(has(&on.do_now, "Stop taking the fluoroquinolone now"));
        assert!(has(&on.do_now, "even if you cannot reach anyone today"));
        assert!(!has(&on.do_now, "without asking"), "the label says stop at once, not ask first");
        // After the course: tell the prescriber, rest the leg, no loading.
        let after = advice(Answers {
            fluoroquinolone: true,
            fluoroquinolone_now: Some(false),
            pain_on_push_off: true,
            ..Default::default()
        });
        assert!(after.do_now[0].text.contains("Hold off loading"));
        assert!(has(&after.do_now, "Tell the doctor who prescribed"));
        assert!(!has(&after.avoid, "complete rest"), "no advice against rest beside 'rest the leg'");
        // No tendon symptom: self-care with the label's warning.
        let none = advice(Answers { fluoroquinolone: true, fluoroquinolone_now: Some(true), ..Default::default() });
        assert_eq!(assess(&Answers { fluoroquinolone: true, ..Default::default() }).urgency, Urgency::SelfCare);
        assert!(has(&none.do_now, "At the first pain, stiffness or swelling in a tendon, stop"));
        assert!(has(&none.avoid, "Big jumps in training"));
    }

    #[test]
    fn calm_advice_starts_with_relative_rest() {
        let calm = advice(Answers { morning_stiffness: true, ..Default::default() });
        assert!(calm.do_now[0].text.contains("relative rest"));
        assert_eq!(calm.place, None);
    }

    #[test]
    fn chronic_advice_involves_a_clinician_and_loading() {
        let adv = advice(Answers { morning_stiffness: true, weeks_since_onset: 20, ..Default::default() });
        assert!(has(&adv.do_now, "12 weeks"));
        assert!(adv.get_help.contains("three months"));
    }

    #[test]
    fn exam_first_says_no_running_and_a_stress_fracture_comes_off_impact() {
        let exam = advice(Answers { previous_rupture: true, morning_stiffness: true, ..Default::default() });
        assert!(has(&exam.do_now, "No running until they have examined the leg"));
        assert!(!has(&exam.avoid, "Hills, speed sessions"), "no advice that reads as if easy running were fine");
        let bone = advice(Answers { heel_squeeze_pain: true, worst_pain: pain(4), ..Default::default() });
        assert!(has(&bone.do_now, "Keep off impact"));
        assert!(bone.get_help.contains("before any running"));
    }

    #[test]
    fn a_fever_means_no_training_whatever_the_tendon() {
        for answers in [
            Answers { fever: true, ..Default::default() },
            Answers { fever: true, worst_pain: pain(3), weeks_since_onset: 1, ..Default::default() },
        ] {
            let adv = advice(answers.clone());
            assert!(has(&adv.do_now, "No training of any kind while you have a fever"), "{answers:?}");
            assert!(!has(&adv.do_now, "Keep training sensibly"), "{answers:?}");
            assert!(!has(&adv.do_now, "swap runs for cycling"), "{answers:?}");
        }
    }

    #[test]
    fn both_calves_sore_after_a_race_is_muscle_soreness_with_nothing_about_heels() {
        let a = Answers {
            side: Side::Both,
            pain_location: PainLocation::Calf,
            calf_pain: true,
            worst_pain: pain(4),
            ..Default::default()
        };
        let r = assess(&a);
        assert_eq!(r.urgency, Urgency::SelfCare);
        assert!(!r.has_flag(Flag::BothSides));
        assert!(has(&advice(a).do_now, "muscle soreness"));
    }

    #[test]
    fn clinician_card_lists_rupture_signs_and_medicines() {
        let mut h = CheckHistory::default();
        let day = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let answers =
            Answers { onset: Onset::Sudden, pop_or_snap: true, steroids: true, side: Side::Left, ..Default::default() };
        let full = h.record(1, day, answers.clone(), Step::Review);
        let card = clinician_card(h.get(full).unwrap());
        let text =
            |card: &[(&str, String)], label: &str| card.iter().find(|(l, _)| *l == label).map(|(_, v)| v.clone());
        assert_eq!(text(&card, "Checked on").as_deref(), Some("22 November 2026"));
        assert_eq!(text(&card, "Leg").as_deref(), Some("left"));
        assert_eq!(text(&card, "Start").as_deref(), Some("sudden, less than a week ago"));
        assert!(text(&card, "Signs of a tear").unwrap().contains("pop or snap"));
        assert!(text(&card, "Also reported").unwrap().contains("steroid"));
        assert_eq!(text(&card, "Not asked"), None);

        // Stopped on page 1: nothing from the later pages, which were never asked.
        let early = h.record(2, day, answers, Step::RuptureSigns);
        let card = clinician_card(h.get(early).unwrap());
        assert!(text(&card, "Signs of a tear").is_some());
        for unasked in ["Leg", "Start", "Single-leg heel raise", "Worst pain, last 24 hours", "Also reported"] {
            assert_eq!(text(&card, unasked), None, "{unasked} was never asked");
        }
        assert!(text(&card, "Not asked").is_some());
    }

    #[test]
    fn each_alert_has_its_own_place_and_donts() {
        let clot = advice(Answers { calf_pain: true, calf_swollen: true, ..Default::default() });
        assert_eq!(clot.place, Some(Place::SameDayClot));
        assert!(has(&clot.avoid, "massage"));
        assert!(clot.get_help.contains("emergency number"));
        let call = advice(Answers { calf_swollen: true, breathless_or_chest_pain: true, ..Default::default() });
        assert_eq!(call.place, Some(Place::CallNow));
        assert!(has(&call.do_now, "short of breath"));
        let nerves = advice(Answers { numbness_or_tingling: true, saddle_numbness: Some(true), ..Default::default() });
        assert_eq!(nerves.place, Some(Place::EmergencyDepartmentNow));
        let weight = advice(Answers { cannot_take_four_steps: true, ..Default::default() });
        assert_eq!(weight.place, Some(Place::SameDay));
        let foot = advice(Answers { diabetes: Some(true), foot_warm_red_swollen: Some(true), ..Default::default() });
        assert_eq!(foot.place, Some(Place::DiabeticFoot));
        // Every "avoid" line of an alert reads as a sentence of its own.
        for adv in [clot, call, nerves, weight, foot, advice(Answers { pop_or_snap: true, ..Default::default() })] {
            assert!(adv.avoid.iter().all(|s| s.text.starts_with("Do not")), "{:?}", adv.avoid);
        }
    }

    #[test]
    fn no_loading_or_stretching_advice_where_a_clinician_must_look_first() {
        for exam_first in [
            Answers { fluoroquinolone: true, fluoroquinolone_now: Some(false), pain_on_push_off: true, ..Default::default() },
            Answers { single_leg_heel_raise: HeelRaise::Cannot, ..Default::default() },
            Answers { onset: Onset::Sudden, weeks_since_onset: 8, morning_stiffness: true, ..Default::default() },
            Answers { steroids: true, morning_stiffness: true, pain_location: PainLocation::Midportion, ..Default::default() },
        ] {
            let adv = advice(exam_first.clone());
            assert!(!has(&adv.do_now, "start loading"), "{:?}", adv.do_now);
            assert!(!has(&adv.do_now, "Stretch"), "{:?}", adv.do_now);
            assert!(adv.do_now[0].text.contains("Hold off loading"), "{exam_first:?}: {:?}", adv.do_now);
        }
    }

    #[test]
    fn insertional_or_unknown_places_and_a_sore_calf_are_not_told_to_stretch() {
        for place in [PainLocation::Insertion, PainLocation::Unsure, PainLocation::Calf] {
            let adv = advice(Answers {
                pain_location: place,
                morning_stiffness: true,
                weeks_since_onset: 3,
                ..Default::default()
            });
            assert!(!has(&adv.do_now, "Stretch"), "{place:?}");
        }
        let ins = advice(Answers {
            pain_location: PainLocation::Insertion,
            morning_stiffness: true,
            weeks_since_onset: 3,
            ..Default::default()
        });
        assert!(has(&ins.avoid, "Stretching the calf"));
        assert!(has(&ins.do_now, "heel lift"));
        let mid = advice(Answers {
            pain_location: PainLocation::Midportion,
            morning_stiffness: true,
            weeks_since_onset: 3,
            ..Default::default()
        });
        assert!(has(&mid.do_now, "Stretch the calf gently"));
    }
}
