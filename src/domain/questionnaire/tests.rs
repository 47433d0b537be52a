//! The questionnaire as a state machine: pages, required questions, the alert at once.

use super::*;
use crate::domain::triage::{CalfSqueeze, FootHang, HeelRaise};

/// Answers every question of the current page (as "no" unless already set).
fn answer_page(d: &mut Draft) {
    for q in d.step.required(&d.answers) {
        d.mark(q);
    }
}

fn walk(d: &mut Draft) -> Vec<Step> {
    let mut seen = vec![d.step];
    loop {
        answer_page(d);
        match d.advance() {
            Advance::To(step) => seen.push(step),
            _ => return seen,
        }
    }
}

#[test]
fn a_gradual_start_walks_eight_pages_then_review_then_finish() {
    let mut d = Draft::default();
    let seen = walk(&mut d);
    assert_eq!(seen.len(), 9);
    assert!(!seen.contains(&Step::PartnerTest));
    assert_eq!(d.step, Step::Review);
    assert_eq!(d.pages().len(), 8);
    assert_eq!(d.advance(), Advance::Finish);
}

#[test]
fn next_with_an_unanswered_question_stays_and_names_it() {
    let mut d = Draft::default();
    d.mark(Question::PopOrSnap);
    d.mark(Question::FeltKicked);
    assert_eq!(
        d.advance(),
        Advance::Unanswered(vec![Question::GapInTendon, Question::FourSteps, Question::HeelBruising])
    );
    assert_eq!(d.step, Step::RuptureSigns);
}

#[test]
fn a_yes_to_a_tear_sign_alerts_even_with_the_rest_of_the_page_blank() {
    let mut d = Draft::default();
    d.answers.pop_or_snap = true;
    d.mark(Question::PopOrSnap);
    assert_eq!(d.advance(), Advance::Alert);
}

#[test]
fn a_pop_on_page_one_goes_straight_to_the_alert() {
    let mut d = Draft::default();
    answer_page(&mut d);
    d.answers.pop_or_snap = true;
    assert_eq!(d.advance(), Advance::Alert);
    assert_eq!(d.step, Step::RuptureSigns);
}

#[test]
fn a_recent_sudden_start_alerts_after_the_onset_page() {
    let mut d = Draft { step: Step::Onset, ..Default::default() };
    answer_page(&mut d);
    d.answers.onset = Onset::Sudden;
    d.answers.weeks_since_onset = 4;
    assert_eq!(d.advance(), Advance::Alert);
}

#[test]
fn an_older_or_unclear_start_offers_the_partner_test() {
    for (onset, weeks) in [(Onset::Sudden, 5), (Onset::Unsure, 0), (Onset::Unsure, 30)] {
        let mut d = Draft { step: Step::Onset, ..Default::default() };
        answer_page(&mut d);
        d.answers.onset = onset;
        d.answers.weeks_since_onset = weeks;
        assert_eq!(d.advance(), Advance::To(Step::PartnerTest), "{onset:?} {weeks}");
        assert_eq!(d.position(), Some(3));
        // The foot not moving is a tear sign: the alert, at once.
        answer_page(&mut d);
        d.answers.calf_squeeze = CalfSqueeze::FootDidNotMove;
        assert_eq!(d.advance(), Advance::Alert);
        d.answers.calf_squeeze = CalfSqueeze::FootMoved;
        d.answers.foot_hang = FootHang::NotSure;
        assert_eq!(d.advance(), Advance::Alert);
        d.answers.foot_hang = FootHang::SameAsOther;
        assert_eq!(d.advance(), Advance::To(Step::Location));
    }
}

#[test]
fn sudden_start_without_heel_raise_alerts_after_the_symptoms_page() {
    let mut d = Draft { step: Step::Symptoms, ..Default::default() };
    answer_page(&mut d);
    d.answers.onset = Onset::Sudden;
    d.answers.weeks_since_onset = 20;
    d.answers.single_leg_heel_raise = HeelRaise::Cannot;
    assert_eq!(d.advance(), Advance::Alert);
}

#[test]
fn a_calf_sign_adds_the_clot_questions() {
    let mut d = Draft { step: Step::Calf, ..Default::default() };
    assert_eq!(d.step.required(&d.answers).len(), 4);
    d.answers.calf_pain = true;
    assert!(d.step.required(&d.answers).contains(&Question::BreathlessOrChestPain));
    answer_page(&mut d);
    assert_eq!(d.advance(), Advance::To(Step::RedFlags), "a sore calf alone is not a clot sign");
    let mut d = Draft { step: Step::Calf, ..Default::default() };
    d.answers.calf_swollen = true;
    answer_page(&mut d);
    assert_eq!(d.advance(), Advance::Alert);
}

#[test]
fn back_keeps_answers_skips_pages_not_asked_and_stops_at_the_first_page() {
    let mut d = Draft { step: Step::Review, ..Default::default() };
    d.answers.weeks_since_onset = 9;
    assert!(d.back());
    assert_eq!(d.step, Step::TrainingChanges);
    d.step = Step::Location;
    assert!(d.back());
    assert_eq!(d.step, Step::Onset, "no partner test after a gradual start");
    while d.back() {}
    assert_eq!(d.step, Step::RuptureSigns);
    assert_eq!(d.answers.weeks_since_onset, 9);
}

#[test]
fn an_old_draft_without_answered_questions_still_reads() {
    let d: Draft = serde_json::from_str(r#"{"step":"symptoms","answers":{"worst_pain":3}}"#).unwrap();
    assert!(d.answered.is_empty());
    assert_eq!(d.step, Step::Symptoms);
}

#[test]
fn a_follow_up_still_to_ask_does_not_raise_the_alert_before_it_is_asked() {
    // Numbness with both sides sore: the nerve questions come next, so no alert yet…
    let mut d = Draft { step: Step::RedFlags, ..Default::default() };
    d.answers.side = crate::domain::triage::Side::Both;
    d.answers.numbness_or_tingling = true;
    answer_page(&mut d);
    assert_eq!(d.advance(), Advance::To(Step::Details));
    // …and answered "both legs, getting worse", now it is.
    answer_page(&mut d);
    d.answers.nerves_both_legs = Some(true);
    d.answers.nerves_worse = Some(true);
    assert_eq!(d.advance(), Advance::Alert);
    // A long-standing pain suddenly worse: when and how are asked before the tear alert.
    let mut d = Draft { step: Step::RedFlags, ..Default::default() };
    d.answers.sudden_worsening = true;
    answer_page(&mut d);
    assert_eq!(d.advance(), Advance::To(Step::Details));
    // On a fluoroquinolone with an ache: "still taking it?" is on the same page, and must be
    // answered before the page is left.
    let mut d = Draft { step: Step::Health, ..Default::default() };
    d.answers.worst_pain = crate::domain::pain::PainScore::new(3).unwrap();
    d.answers.fluoroquinolone = true;
    for q in [Question::Fluoroquinolone, Question::SteroidTablets, Question::SteroidInjection] {
        d.mark(q);
    }
    assert!(matches!(d.advance(), Advance::Unanswered(q) if q.contains(&Question::FluoroquinoloneNow)));
    d.answers.fluoroquinolone_now = Some(true);
    d.mark(Question::FluoroquinoloneNow);
    assert_eq!(d.advance(), Advance::Alert);
}

#[test]
fn a_clot_alert_waits_for_the_questions_of_a_more_urgent_one_on_its_page() {
    // A swollen calf is a clot; the breathing, the hard calf and the urine are asked first.
    let mut d = Draft { step: Step::Calf, ..Default::default() };
    d.answers.calf_pain = true;
    d.answers.calf_swollen = true;
    for q in [Question::CalfPain, Question::CalfSwollen, Question::CalfWarmOrRed, Question::LowerLegSwollen] {
        d.mark(q);
    }
    assert_eq!(
        d.advance(),
        Advance::Unanswered(vec![Question::BreathlessOrChestPain, Question::CalfTense, Question::DarkUrine])
    );
    // Breathless: the most urgent alert, at once, whatever else is unanswered.
    d.answers.breathless_or_chest_pain = true;
    d.mark(Question::BreathlessOrChestPain);
    assert_eq!(d.advance(), Advance::Alert);
    // A puffy lower leg alone brings the calf questions too.
    let d = Draft { answers: Answers { lower_leg_swollen: true, ..Default::default() }, ..Default::default() };
    assert!(Step::Calf.required(&d.answers).contains(&Question::BreathlessOrChestPain));
}
