//! What to do next, for a given assessment: the "do now", "avoid" and "when to get help"
//! lists of the result screen, and the card of answers a runner shows a clinician.
//!
//! Sources: first-days care and progressive loading (Martin et al., JOSPT 2018; Silbernagel
//! 2007); same-day care for a suspected rupture (AAOS 2009; NICE CKS); a calf clot (NHS;
//! NICE NG158: don't massage it, call the emergency number with breathlessness or chest
//! pain); fluoroquinolones (FDA label 2008, updated 2016: at the first tendon pain rest the
//! leg and contact the prescriber); insertional pain and stretching (Pringels et al., BJSM
//! 2025 RCT: not stretching beat daily stretching by about 13 VISA-A points at 12 weeks).

use super::answer_text::{answer_lines, heel_raise_words, reported, yes_no};
use super::checks::HeelCheck;
use super::questionnaire::Step;
use super::triage::{Alert, Assessment, Condition, Flag, Location, Urgency};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advice {
    /// Where to go, for a same-day problem: the alert's headline.
    pub headline: Option<&'static str>,
    pub do_now: Vec<&'static str>,
    pub avoid: Vec<&'static str>,
    pub get_help: &'static str,
}

const SAME_DAY: &str = "Go to an emergency department or an urgent care centre today.";
const CALL_NOW: &str = "Call your local emergency number now (999 in the UK, 112 in Europe, 911 in North America).";
const CLOT_PLACE: &str =
    "Get seen today: an urgent care centre, an emergency department, or your doctor's same-day service.";

/// The advice for one assessment. The most urgent alert decides the first lines; the
/// condition, the flags and the location shape the rest.
pub fn advice_for(a: &Assessment) -> Advice {
    match a.alert() {
        Some(alert) => same_day_advice(alert, a),
        None => routine_advice(a),
    }
}

fn same_day_advice(alert: Alert, a: &Assessment) -> Advice {
    let mut advice = match alert {
        Alert::CallEmergencyNumber => Advice {
            headline: Some(CALL_NOW),
            do_now: vec![
                "Call now, and say that you have a painful or swollen calf and are short of breath or have chest pain.",
                "Sit or lie still while you wait, and keep your phone with you.",
            ],
            avoid: vec![
                "Do not drive yourself.",
                "Do not massage or stretch the calf.",
                "Do not wait to see whether the breathlessness passes.",
            ],
            get_help: "Now.",
        },
        Alert::Tear => Advice {
            headline: Some(SAME_DAY),
            do_now: vec![
                "Stop running now and do not go back out today.",
                "Keep weight off the leg as much as you can. Get a lift rather than walking far or driving yourself.",
                "Take the card below with you.",
            ],
            avoid: vec![
                "Do not test the leg with hops, heel raises or a jog to see whether it holds.",
                "Do not stretch the calf.",
                "Do not wait for it to settle: a torn tendon does best when it is treated early.",
            ],
            get_help: "Today. Being able to walk, or even to stand on tiptoe, does not mean the tendon is intact.",
        },
        Alert::Clot => Advice {
            headline: Some(CLOT_PLACE),
            do_now: vec![
                "A sore calf that is swollen, warm or red can be a blood clot, which needs a scan or a blood test to \
                rule out.",
                "Stop running and training until you have been seen.",
                "Take the card below with you.",
            ],
            avoid: vec!["Do not massage, stretch or foam-roll the calf.", "Do not put it off until tomorrow."],
            get_help: "Today. If you become short of breath or have chest pain, call the emergency number at once.",
        },
        Alert::Infection => Advice {
            headline: Some(SAME_DAY),
            do_now: vec![
                "Signs of infection around the heel or calf need an examination today.",
                "Stop running and training until you have been examined.",
                "Take the card below with you.",
            ],
            avoid: vec![
                "Do not massage or stretch the heel.",
                "Do not wait a few days to see whether the fever passes.",
            ],
            get_help: "Today.",
        },
        Alert::CannotBearWeight => Advice {
            headline: Some(SAME_DAY),
            do_now: vec![
                "Keep weight off the leg and get a lift: a bone or a tendon may be damaged.",
                "Take the card below with you.",
            ],
            avoid: vec!["Do not test the leg with hops, heel raises or a jog.", "Do not wait for it to settle."],
            get_help: "Today.",
        },
    };
    // Other same-day signs beside the first: the clinician must hear of them too.
    for other in a.alerts.iter().skip(1) {
        advice.do_now.push(match other {
            Alert::CallEmergencyNumber => {
                "You also reported breathlessness or chest pain: call the emergency number now."
            }
            Alert::Tear => "Tell them about the signs of a tear as well.",
            Alert::Clot => "Tell them your calf is swollen, warm, red or sore as well: a clot must be ruled out.",
            Alert::Infection => "Tell them about the fever or signs of infection as well.",
            Alert::CannotBearWeight => "Tell them you cannot take four steps on the leg.",
        });
    }
    advice
}

fn routine_advice(a: &Assessment) -> Advice {
    let mut do_now = Vec::new();
    let mut avoid = Vec::new();
    // A sign that needs an examination first: no loading advice until a clinician has looked.
    let exam_first = a.needs_exam_before_loading();
    if a.urgency == Urgency::SeeClinician {
        do_now.push(if exam_first {
            "Book an appointment with a doctor or physiotherapist within the next few days, and mention the warning \
            signs listed above. Hold off loading exercises until they have examined the leg."
        } else {
            "Book an appointment with a doctor or physiotherapist in the next few days, and mention the warning signs \
            listed above."
        });
    }
    if a.has_flag(Flag::Fluoroquinolone) {
        do_now.push(
            "Contact the doctor who prescribed the antibiotic today and tell them about the tendon pain: they \
            will usually change it. Rest the leg until then, and do not stop a medicine without asking.",
        );
    }
    if a.has_flag(Flag::UnderSixteen) {
        do_now.push(
            "Ask a doctor or physiotherapist who sees children: heel pain at this age needs its own advice, \
            often rest from jumping and sprinting and a heel cushion.",
        );
    }
    let get_help = condition_advice(a, exam_first, &mut do_now, &mut avoid);
    if a.location == Location::Insertional {
        do_now.push(
            "A small heel lift in both shoes, and shoes whose back does not press on the sore spot, take \
            pressure off the insertion.",
        );
        avoid.push(
            "Stretching the calf, heel drops below the level of a step, and stretches with the heels hanging \
            off a step: all press the tendon onto the sore spot where it meets the bone. Work on flat ground instead.",
        );
    }
    Advice { headline: None, do_now, avoid, get_help }
}

/// What to do and avoid for the condition the answers point to; gives when to get help.
fn condition_advice(
    a: &Assessment,
    exam_first: bool,
    do_now: &mut Vec<&'static str>,
    avoid: &mut Vec<&'static str>,
) -> &'static str {
    match a.condition {
        Condition::AcuteTendinitis => {
            do_now.extend([
                "Give it a few days of relative rest: swap runs for cycling, swimming or walking, as long as they do \
                not hurt.",
                "Cool the sore spot with ice wrapped in a cloth, 10 to 15 minutes at a time.",
            ]);
            if a.location != Location::Insertional && !exam_first {
                do_now.push("Stretch the calf gently, only as far as is comfortable.");
            }
            if !exam_first {
                do_now.push(
                    "Once the pain has calmed, start loading the tendon step by step: strength work helps a \
                    tendon recover, weeks of rest do not.",
                );
            }
            do_now.push("Look at what changed in your training before the pain began, and undo it for now.");
            avoid.extend([
                "Hills, speed sessions and big jumps in distance until it has settled.",
                "Carrying on with a run while the pain climbs.",
            ]);
            "If it is not clearly better within two weeks, if it keeps getting worse, or if a warning sign appears."
        }
        Condition::ChronicTendinopathy => {
            do_now.push(
                "Get a doctor or physiotherapist involved: after three months, an examination and a structured \
                plan are the way forward.",
            );
            if !exam_first {
                do_now.push(
                    "A gradual calf-strengthening programme over about 12 weeks is the main treatment for a \
                    long-standing tendon problem.",
                );
            }
            do_now.push("Stay active with whatever does not stir the pain up.");
            avoid.extend([
                "Long spells of complete rest: they weaken the tendon further.",
                "Sudden increases in running, hills or speed work.",
            ]);
            "Now, if you have not already: pain lasting three months or more deserves a clinician's view."
        }
        Condition::NoClearSigns => {
            do_now.push(
                "Nothing in your answers points to an Achilles problem. Keep training sensibly, and check \
                again if pain at the back of the ankle appears.",
            );
            "If you have pain you cannot explain, or any of the warning signs."
        }
        // A suspected rupture always has the tear alert; this arm keeps the match total.
        Condition::SuspectedRupture => "Today.",
    }
}

/// The answers a clinician wants, as (label, answer) lines. Only pages the runner actually
/// answered are used: an unasked question's default is not an answer.
pub fn clinician_card(check: &HeelCheck) -> Vec<(&'static str, String)> {
    let a = &check.answers;
    let asked = |page: Step| check.asked(page) && page.applies(a);
    let mut lines = vec![("Checked on", super::day_names::long_date(check.date))];
    let signs = super::triage::rupture_signs(a);
    if !signs.is_empty() {
        lines.push(("Signs of a tear", signs.join("; ")));
    }
    let clot = super::triage::clot_signs(a);
    if !clot.is_empty() {
        lines.push(("Signs of a clot", clot.join("; ")));
    }
    if a.breathless_or_chest_pain {
        lines.push(("Breathless or chest pain", yes_no(true).into()));
    }
    if a.cannot_take_four_steps {
        lines.push(("Four steps on the leg", "not possible".into()));
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
    use crate::domain::triage::{assess, Answers, Onset, PainLocation, Side};
    use chrono::NaiveDate;

    fn advice(a: Answers) -> Advice {
        advice_for(&assess(&a))
    }

    #[test]
    fn rupture_advice_sends_to_emergency_and_forbids_testing_the_leg() {
        let adv = advice(Answers { pop_or_snap: true, ..Default::default() });
        assert_eq!(adv.headline, Some(SAME_DAY));
        assert!(adv.avoid.iter().any(|s| s.contains("hops, heel raises")));
        assert!(adv.get_help.contains("does not mean the tendon is intact"));
    }

    #[test]
    fn infection_advice_is_same_day() {
        let adv = advice(Answers {
            fever: true,
            redness_or_heat: true,
            worst_pain: crate::domain::pain::PainScore::new(4).unwrap(),
            ..Default::default()
        });
        assert_eq!(adv.get_help, "Today.");
        assert_eq!(adv.headline, Some(SAME_DAY));
        assert!(adv.do_now[0].contains("infection"));
    }

    #[test]
    fn insertional_pain_avoids_drops_below_step_level() {
        let base = Answers { morning_stiffness: true, weeks_since_onset: 3, ..Default::default() };
        let mid = advice(Answers { pain_location: PainLocation::Midportion, ..base.clone() });
        let ins = advice(Answers { pain_location: PainLocation::Insertion, ..base });
        assert!(!mid.avoid.iter().any(|s| s.contains("below the level of a step")));
        assert!(ins.avoid.iter().any(|s| s.contains("below the level of a step")));
    }

    #[test]
    fn flags_put_a_clinician_first_and_fluoroquinolone_names_the_prescriber() {
        let adv = advice(Answers { fluoroquinolone: true, morning_stiffness: true, ..Default::default() });
        assert!(adv.do_now[0].contains("doctor or physiotherapist"));
        assert!(adv.do_now[1].contains("prescribed"));
        let calm = advice(Answers { morning_stiffness: true, ..Default::default() });
        assert!(calm.do_now[0].contains("relative rest"));
        assert_eq!(calm.headline, None);
    }

    #[test]
    fn chronic_advice_involves_a_clinician_and_loading() {
        let adv = advice(Answers { morning_stiffness: true, weeks_since_onset: 20, ..Default::default() });
        assert!(adv.do_now.iter().any(|s| s.contains("12 weeks")));
        assert!(adv.get_help.contains("three months"));
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
        assert!(clot.headline.unwrap().contains("today"));
        assert!(clot.avoid.iter().any(|s| s.contains("massage")));
        assert!(clot.get_help.contains("emergency number"));
        let call = advice(Answers { calf_swollen: true, breathless_or_chest_pain: true, ..Default::default() });
        assert_eq!(call.headline, Some(CALL_NOW));
        assert!(call.do_now.iter().any(|s| s.contains("short of breath")));
        let weight = advice(Answers { cannot_take_four_steps: true, ..Default::default() });
        assert_eq!(weight.headline, Some(SAME_DAY));
        // Every "avoid" line of an alert reads as a sentence of its own.
        for adv in [clot, call, weight, advice(Answers { pop_or_snap: true, ..Default::default() })] {
            assert!(adv.avoid.iter().all(|s| s.starts_with("Do not")), "{:?}", adv.avoid);
        }
    }

    #[test]
    fn no_loading_or_stretching_advice_where_a_clinician_must_look_first() {
        for exam_first in [
            Answers { fluoroquinolone: true, pain_on_push_off: true, ..Default::default() },
            Answers { single_leg_heel_raise: crate::domain::triage::HeelRaise::Cannot, ..Default::default() },
            Answers { onset: Onset::Sudden, weeks_since_onset: 8, morning_stiffness: true, ..Default::default() },
        ] {
            let adv = advice(exam_first);
            assert!(!adv.do_now.iter().any(|s| s.contains("start loading")), "{:?}", adv.do_now);
            assert!(!adv.do_now.iter().any(|s| s.contains("Stretch")), "{:?}", adv.do_now);
            assert!(adv.do_now[0].contains("Hold off loading"), "{:?}", adv.do_now);
        }
        let fq = advice(Answers { fluoroquinolone: true, pain_on_push_off: true, ..Default::default() });
        assert!(fq.do_now.iter().any(|s| s.contains("today") && s.contains("prescribed")));
    }

    #[test]
    fn insertional_pain_is_not_told_to_stretch() {
        let ins = advice(Answers {
            pain_location: PainLocation::Insertion,
            morning_stiffness: true,
            weeks_since_onset: 3,
            ..Default::default()
        });
        assert!(!ins.do_now.iter().any(|s| s.contains("Stretch")));
        assert!(ins.avoid.iter().any(|s| s.contains("Stretching the calf")));
        assert!(ins.do_now.iter().any(|s| s.contains("heel lift")));
    }
}
