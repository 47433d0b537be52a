//! What to do next, for a given assessment: the "do now", "avoid" and "when to get help"
//! lists of the result screen, and the short card of answers a runner shows a clinician.
//!
//! Sources: first-days care and progressive loading (Martin et al., JOSPT 2018; Silbernagel
//! 2007); same-day care for a suspected rupture (AAOS 2009); insertional pain and step
//! stretches (content brief, "Notes that matter for a plan"); fluoroquinolones (FDA 2008).

use super::checks::HeelCheck;
use super::questionnaire::Step;
use super::triage::{Assessment, Condition, Flag, HeelRaise, Location, Onset, Side, Urgency};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advice {
    /// Where to go, for a same-day problem: the alert's headline.
    pub headline: Option<&'static str>,
    pub do_now: Vec<&'static str>,
    pub avoid: Vec<&'static str>,
    pub get_help: &'static str,
}

const SAME_DAY: &str = "Go to an emergency department or an urgent care centre today.";

/// The advice for one assessment. Urgency decides the first line; the condition and the
/// location shape the rest.
pub fn advice_for(a: &Assessment) -> Advice {
    if a.condition == Condition::SuspectedRupture {
        return Advice {
            headline: Some(SAME_DAY),
            do_now: vec![
                "Stop running now and do not go back out today.",
                "Keep weight off the leg as much as you can. Get a lift rather than walking far or driving yourself.",
                "Take the card below with you.",
            ],
            avoid: vec![
                "Testing the leg with hops, heel raises or a jog to see whether it holds.",
                "Stretching the calf.",
                "Waiting for it to settle: a torn tendon does best when it is treated early.",
            ],
            get_help: "Today. Being able to walk, or even to stand on tiptoe, does not mean the tendon is intact.",
        };
    }
    if a.urgency == Urgency::Emergency {
        // Fever with a hot, red heel: possible infection.
        return Advice {
            headline: Some(SAME_DAY),
            do_now: vec![
                "A fever with a hot, red heel must be checked for infection.",
                "Stop running and training until you have been examined.",
                "Take the card below with you.",
            ],
            avoid: vec!["Massaging or stretching the heel.", "Waiting a few days to see whether the fever passes."],
            get_help: "Today.",
        };
    }

    let mut do_now = Vec::new();
    let mut avoid = Vec::new();
    if a.urgency == Urgency::SeeClinician {
        do_now.push("Book an appointment with a doctor or physiotherapist in the next few days, and mention the warning signs listed above.");
    }
    if a.has_flag(Flag::Fluoroquinolone) {
        do_now.push("Ease off hard exercise and tell the doctor who prescribed the antibiotic about the tendon pain. Do not stop a medicine without asking.");
    }
    let get_help = match a.condition {
        Condition::AcuteTendinitis => {
            do_now.extend([
                "Give it a few days of relative rest: swap runs for cycling, swimming or walking, as long as they do not hurt.",
                "Cool the sore spot with ice wrapped in a cloth, 10 to 15 minutes at a time.",
                "Stretch the calf gently, only as far as is comfortable.",
                "Once the pain has calmed, start loading the tendon step by step: strength work helps a tendon recover, weeks of rest do not.",
                "Look at what changed in your training before the pain began, and undo it for now.",
            ]);
            avoid.extend([
                "Hills, speed sessions and big jumps in distance until it has settled.",
                "Carrying on with a run while the pain climbs.",
            ]);
            "If it is not clearly better within two weeks, if it keeps getting worse, or if a warning sign appears."
        }
        Condition::ChronicTendinopathy => {
            do_now.extend([
                "Get a doctor or physiotherapist involved: after three months, an examination and a structured plan are the way forward.",
                "A gradual calf-strengthening programme over about 12 weeks is the main treatment for a long-standing tendon problem.",
                "Stay active with whatever does not stir the pain up.",
            ]);
            avoid.extend([
                "Long spells of complete rest: they weaken the tendon further.",
                "Sudden increases in running, hills or speed work.",
            ]);
            "Now, if you have not already: pain lasting three months or more deserves a clinician's view."
        }
        Condition::NoClearSigns => {
            do_now.push("Nothing in your answers points to an Achilles problem. Keep training sensibly, and check again if pain at the back of the ankle appears.");
            "If you have pain you cannot explain, or any of the warning signs."
        }
        // Returned early above; this arm only keeps the match total without a panic.
        Condition::SuspectedRupture => "Today.",
    };
    if a.location == Location::Insertional {
        avoid.push("Heel drops below the level of a step, and stretches with the heels hanging off a step: both press on the sore spot where the tendon meets the bone. Work on flat ground instead.");
    }
    Advice { headline: None, do_now, avoid, get_help }
}

/// The few answers a clinician wants first, as (label, answer) lines. Only pages the
/// runner actually answered are used: an unasked question's default is not an answer.
pub fn clinician_card(check: &HeelCheck) -> Vec<(&'static str, String)> {
    let a = &check.answers;
    let mut lines = vec![("Checked on", super::day_names::long_date(check.date))];
    let signs = super::triage::rupture_signs(a);
    if !signs.is_empty() {
        lines.push(("Signs of a tear", signs.join("; ")));
    }
    if check.asked(Step::Onset) {
        let side = match a.side {
            Side::Left => "left",
            Side::Right => "right",
            Side::Both => "both",
        };
        lines.push(("Leg", side.to_string()));
        let onset = match a.onset {
            Onset::Sudden => "sudden",
            Onset::Gradual => "gradual",
        };
        lines.push(("Start", format!("{onset}, {}", weeks_ago(a.weeks_since_onset))));
    }
    if check.asked(Step::Symptoms) {
        let raise = match a.single_leg_heel_raise {
            HeelRaise::Easy => "possible without much pain",
            HeelRaise::Painful => "possible but painful",
            HeelRaise::Cannot => "not possible",
        };
        lines.push(("Single-leg heel raise", raise.to_string()));
        lines.push(("Worst pain, last 24 hours", format!("{}/10", a.worst_pain.value())));
    }
    let mut other = Vec::new();
    if check.asked(Step::Symptoms) && a.swelling {
        other.push("swelling");
    }
    if check.asked(Step::RedFlags) {
        for (on, text) in [
            (a.fever, "fever"),
            (a.redness_or_heat, "red or hot heel"),
            (a.numbness_or_tingling, "numbness or tingling"),
            (a.fluoroquinolone, "fluoroquinolone antibiotic, now or recently"),
            (a.steroids, "steroid tablets or injection"),
        ] {
            if on {
                other.push(text);
            }
        }
    }
    if !other.is_empty() {
        lines.push(("Also reported", other.join(", ")));
    }
    if check.answered_up_to != Step::Review {
        lines.push(("Not asked", "the check stopped at the first sign that needs same-day care".to_string()));
    }
    lines
}

fn weeks_ago(weeks: u32) -> String {
    match weeks {
        0 => "less than a week ago".into(),
        1 => "1 week ago".into(),
        n => format!("{n} weeks ago"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checks::CheckHistory;
    use crate::domain::triage::{assess, Answers, PainLocation};
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
}
