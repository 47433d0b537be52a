//! The advice for each result, the places by country, and the clinician's card.

use super::*;
use crate::domain::checks::CheckHistory;
use crate::domain::emergency::region;
use crate::domain::pain::PainScore;
use crate::domain::questionnaire::Step;
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
    assert!(adv.get_help.starts_with("Today."));
    assert!(adv.get_help.contains("confused, shivery or breathless"), "the signs of sepsis (NICE NG51)");
    assert!(adv.escalate, "a same-day alert says when to go now instead");
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
    assert!(has(&exam.do_now, "No running until a clinician has examined the leg"));
    // Numbness, instability, pain getting worse, severe pain, night pain: no running either,
    // though loading may go on (content brief, return to activity).
    for flagged in [
        Answers {
            numbness_or_tingling: true,
            nerves_both_legs: Some(false),
            nerves_worse: Some(false),
            ..Default::default()
        },
        Answers { instability: true, morning_stiffness: true, ..Default::default() },
        Answers { worst_pain: pain(8), ..Default::default() },
    ] {
        let r = assess(&flagged);
        assert!(!crate::domain::triage::allowed(&r).run, "{flagged:?}");
        assert!(has(&advice(flagged.clone()).do_now, "No running until a clinician"), "{flagged:?}");
    }
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
    let text = |card: &[(&str, String)], label: &str| card.iter().find(|(l, _)| *l == label).map(|(_, v)| v.clone());
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
        Answers {
            fluoroquinolone: true,
            fluoroquinolone_now: Some(false),
            pain_on_push_off: true,
            ..Default::default()
        },
        Answers { single_leg_heel_raise: HeelRaise::Cannot, ..Default::default() },
        Answers { onset: Onset::Sudden, weeks_since_onset: 8, morning_stiffness: true, ..Default::default() },
        Answers {
            steroids: true,
            morning_stiffness: true,
            pain_location: PainLocation::Midportion,
            ..Default::default()
        },
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
