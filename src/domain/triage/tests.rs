//! Unit tests of the triage rules at their boundaries (more cases in tests/vignettes).

use super::*;
use crate::domain::pain::PainScore;

fn answers(json: &str) -> Answers {
    serde_json::from_str(json).expect("valid answers")
}

#[test]
fn empty_answers_are_no_clear_signs_and_self_care() {
    let r = assess(&Answers::default());
    assert_eq!(r.condition, Condition::NoClearSigns);
    assert_eq!(r.urgency, Urgency::SelfCare);
    assert_eq!(r.location, Location::Unknown);
    assert!(r.flags.is_empty());
}

#[test]
fn each_rupture_sign_alone_is_an_emergency() {
    for json in [
        r#"{"pop_or_snap":true}"#,
        r#"{"felt_kicked":true}"#,
        r#"{"gap_in_tendon":true}"#,
        r#"{"onset":"sudden","single_leg_heel_raise":"cannot"}"#,
    ] {
        let r = assess(&answers(json));
        assert_eq!(r.condition, Condition::SuspectedRupture, "{json}");
        assert_eq!(r.urgency, Urgency::Emergency, "{json}");
        assert!(r.has_flag(Flag::RuptureSigns), "{json}");
        assert!(!r.has_flag(Flag::Weakness), "weakness is only without rupture signs: {json}");
    }
}

#[test]
fn cannot_heel_raise_after_gradual_onset_is_weakness_not_rupture() {
    let r = assess(&answers(r#"{"single_leg_heel_raise":"cannot","weeks_since_onset":2}"#));
    assert_eq!(r.condition, Condition::AcuteTendinitis);
    assert_eq!(r.urgency, Urgency::SeeClinician);
    assert!(r.has_flag(Flag::Weakness));
}

#[test]
fn chronic_boundary_is_twelve_weeks() {
    let at = |w: u32| assess(&Answers { weeks_since_onset: w, morning_stiffness: true, ..Default::default() });
    assert_eq!(at(11).condition, Condition::AcuteTendinitis);
    assert!(!at(11).has_flag(Flag::Persistent));
    assert_eq!(at(12).condition, Condition::ChronicTendinopathy);
    assert!(at(12).has_flag(Flag::Persistent));
}

#[test]
fn severe_pain_boundary_is_eight() {
    let at = |p: u8| assess(&Answers { worst_pain: PainScore::new(p).unwrap(), ..Default::default() });
    assert!(!at(7).has_flag(Flag::SeverePain));
    assert_eq!(at(7).urgency, Urgency::SelfCare);
    assert!(at(8).has_flag(Flag::SeverePain));
    assert_eq!(at(8).urgency, Urgency::SeeClinician);
}

#[test]
fn fever_alone_is_a_flag_but_fever_with_hot_red_heel_is_an_emergency() {
    let fever = assess(&answers(r#"{"fever":true,"worst_pain":3}"#));
    assert_eq!(fever.urgency, Urgency::SeeClinician);
    assert!(fever.has_flag(Flag::InfectionSigns));
    let red = assess(&answers(r#"{"redness_or_heat":true,"worst_pain":3}"#));
    assert_eq!(red.urgency, Urgency::SelfCare);
    let both = assess(&answers(r#"{"fever":true,"redness_or_heat":true,"worst_pain":3}"#));
    assert_eq!(both.urgency, Urgency::Emergency);
    assert_eq!(both.condition, Condition::AcuteTendinitis);
}

#[test]
fn reasons_name_the_answers() {
    let a = answers(r#"{"pop_or_snap":true,"gap_in_tendon":true}"#);
    let why = &explain(&a, &assess(&a))[0].text;
    assert!(why.contains("pop or snap") && why.contains("gap"), "{why}");
    assert!(why.contains("does not rule a tear out"));

    let a = answers(r#"{"weeks_since_onset":4,"pain_on_push_off":true,"recent_changes":["hills"]}"#);
    let all: String = explain(&a, &assess(&a)).iter().map(|x| x.text.clone()).collect();
    assert!(all.contains("4 weeks") && all.contains("pushing off") && all.contains("hills"), "{all}");
}

#[test]
fn location_follows_the_answer() {
    let loc = |json| assess(&answers(json)).location;
    assert_eq!(loc(r#"{"pain_location":"midportion"}"#), Location::Midportion);
    assert_eq!(loc(r#"{"pain_location":"insertion"}"#), Location::Insertional);
    assert_eq!(loc(r#"{"pain_location":"calf"}"#), Location::Unknown);
    assert_eq!(loc(r#"{"pain_location":"unsure"}"#), Location::Unknown);
}

#[test]
fn answers_reject_unknown_fields_and_out_of_range_values() {
    assert!(serde_json::from_str::<Answers>(r#"{"pop":true}"#).is_err());
    assert!(serde_json::from_str::<Answers>(r#"{"worst_pain":11}"#).is_err());
    assert!(serde_json::from_str::<Answers>(r#"{"worst_pain":-1}"#).is_err());
    assert!(serde_json::from_str::<Answers>(r#"{"weeks_since_onset":-1}"#).is_err());
    assert!(serde_json::from_str::<Answers>(r#"{"side":"middle"}"#).is_err());
    assert!(serde_json::from_str::<Answers>(r#"{"recent_changes":["moon"]}"#).is_err());
}

#[test]
fn join_plain_reads_naturally() {
    assert_eq!(join_plain(&["a"]), "a");
    assert_eq!(join_plain(&["a", "b"]), "a and b");
    assert_eq!(join_plain(&["a", "b", "c"]), "a, b and c");
}

#[test]
fn alerts_come_most_urgent_first_and_only_with_a_same_day_sign() {
    let r = assess(&answers(r#"{"calf_swollen":true,"breathless_or_chest_pain":true,"pop_or_snap":true}"#));
    assert_eq!(r.alerts, vec![Alert::CallEmergencyNumber, Alert::Tear, Alert::Clot]);
    assert_eq!(r.alert(), Some(Alert::CallEmergencyNumber));
    let r = assess(&answers(r#"{"cannot_take_four_steps":true}"#));
    assert_eq!(r.alerts, vec![Alert::CannotBearWeight]);
    let r = assess(&answers(r#"{"fever":true,"worst_pain":3}"#));
    assert!(r.alerts.is_empty());
    assert_eq!(r.urgency, Urgency::SeeClinician);
}

#[test]
fn the_recent_sudden_window_ends_after_four_weeks() {
    let at = |w: u32| assess(&Answers { onset: Onset::Sudden, weeks_since_onset: w, ..Default::default() });
    assert_eq!(at(4).urgency, Urgency::Emergency);
    assert!(at(4).has_flag(Flag::RuptureSigns));
    assert_eq!(at(5).urgency, Urgency::SeeClinician);
    assert!(at(5).has_flag(Flag::SuddenStart));
    assert!(at(5).needs_exam_before_loading());
}

#[test]
fn a_normal_partner_test_clears_an_unclear_start_but_not_a_tear_sign() {
    let unclear = |squeeze| assess(&Answers { onset: Onset::Unsure, calf_squeeze: squeeze, ..Default::default() });
    assert!(unclear(CalfSqueeze::NotDone).has_flag(Flag::UnclearStart));
    assert!(unclear(CalfSqueeze::NoOneToHelp).has_flag(Flag::UnclearStart));
    assert!(!unclear(CalfSqueeze::FootMoved).has_flag(Flag::UnclearStart));
    assert_eq!(unclear(CalfSqueeze::FootDidNotMove).urgency, Urgency::Emergency);
    let gap = assess(&Answers { gap_in_tendon: true, calf_squeeze: CalfSqueeze::FootMoved, ..Default::default() });
    assert_eq!(gap.condition, Condition::SuspectedRupture);
}

#[test]
fn heel_redness_alone_is_not_a_clot_or_an_infection() {
    let r = assess(&answers(r#"{"redness_or_heat":true,"tender_to_touch":true,"worst_pain":3,"weeks_since_onset":2}"#));
    assert_eq!(r.urgency, Urgency::SelfCare);
    assert!(!r.needs_exam_before_loading());
}

#[test]
fn blocking_flags_hold_loading_and_others_do_not() {
    for json in [
        r#"{"fluoroquinolone":true,"fluoroquinolone_now":false,"worst_pain":2}"#,
        r#"{"age_band":"under_16"}"#,
        r#"{"age_years":7}"#,
        r#"{"age_years":12}"#,
        r#"{"night_pain":true}"#,
        r#"{"rest_pain":true}"#,
        r#"{"heel_squeeze_pain":true}"#,
        r#"{"sudden_worsening":true,"worsening_weeks":5,"worsening_how":"during_activity"}"#,
        r#"{"sudden_worsening":true,"worsening_weeks":2,"worsening_how":"no_particular_moment"}"#,
        r#"{"previous_rupture":true}"#,
        r#"{"systemic_disease":true}"#,
        r#"{"diabetes":true}"#,
        r#"{"gout":true}"#,
        r#"{"steroids":true}"#,
        r#"{"leg_weakness":true,"nerves_both_legs":false,"nerves_worse":false}"#,
        r#"{"calf_pain":true,"age_years":40}"#,
        r#"{"calf_pain":true,"calf_exertional":true,"foot_pale_or_numb":true,"age_years":25}"#,
        r#"{"single_leg_heel_raise":"cannot","weeks_since_onset":3}"#,
    ] {
        let r = assess(&answers(json));
        assert_eq!(r.urgency, Urgency::SeeClinician, "{json}");
        assert!(r.needs_exam_before_loading(), "{json}");
    }
    for json in [
        r#"{"side":"both"}"#,
        r#"{"worst_pain":8}"#,
        r#"{"weeks_since_onset":20,"morning_stiffness":true}"#,
        r#"{"rest_pain":true,"weight_loss_or_cancer":false}"#,
        r#"{"numbness_or_tingling":true,"nerves_both_legs":false,"nerves_worse":false}"#,
    ] {
        assert!(!assess(&answers(json)).needs_exam_before_loading(), "{json}");
    }
}

#[test]
fn age_band_values_are_spelt_as_the_contract_says() {
    for (json, band) in [
        (r#"{"age_band":"under_16"}"#, AgeBand::Under16),
        (r#"{"age_band":"16_to_59"}"#, AgeBand::Adult),
        (r#"{"age_band":"60_and_over"}"#, AgeBand::SixtyPlus),
        (r#"{"age_band":"not_asked"}"#, AgeBand::NotAsked),
    ] {
        assert_eq!(answers(json).age_band, band);
    }
    // New keys are left out when they hold their default, so older records read the same.
    assert_eq!(serde_json::to_value(Answers::default()).unwrap().get("age_band"), None);
}

/// One calf sore on one side, at an age in years.
fn sore_calf_at(age: u8) -> Answers {
    Answers {
        calf_pain: true,
        side: Side::Left,
        age_years: Some(age),
        worst_pain: PainScore::new(3).unwrap(),
        ..Default::default()
    }
}

#[test]
fn a_sore_calf_is_a_clot_sign_from_60_on_one_side() {
    assert_eq!(assess(&sore_calf_at(59)).alert(), None);
    assert!(assess(&sore_calf_at(59)).has_flag(Flag::CalfPain), "59: ruled out before loading");
    assert_eq!(assess(&sore_calf_at(60)).alert(), Some(Alert::Clot));
    // Both calves at 60, with no other sign: the muscles after an effort, not a clot.
    let both = Answers { side: Side::Both, pain_location: PainLocation::Calf, ..sore_calf_at(60) };
    assert_eq!(assess(&both).urgency, Urgency::SelfCare);
    // An older check's band counts the same.
    let band = Answers { age_years: None, age_band: AgeBand::SixtyPlus, ..sore_calf_at(0) };
    assert_eq!(assess(&band).alert(), Some(Alert::Clot));
}

#[test]
fn a_long_standing_pain_suddenly_worse_is_a_tear_within_four_weeks_during_activity() {
    let worse = |weeks: Option<u32>, how: Worsening| {
        assess(&Answers {
            sudden_worsening: true,
            worsening_weeks: weeks,
            worsening_how: how,
            weeks_since_onset: 30,
            morning_stiffness: true,
            ..Default::default()
        })
    };
    assert_eq!(worse(Some(4), Worsening::DuringActivity).alert(), Some(Alert::Tear));
    assert_eq!(worse(Some(5), Worsening::DuringActivity).alert(), None);
    assert!(worse(Some(5), Worsening::DuringActivity).needs_exam_before_loading());
    assert_eq!(worse(Some(0), Worsening::NotSure).alert(), Some(Alert::Tear), "not sure how: the safer reading");
    assert_eq!(worse(Some(1), Worsening::NoParticularMoment).alert(), None);
    // Not asked (an older check): unknown, so the safer reading.
    assert_eq!(worse(None, Worsening::NotAsked).alert(), Some(Alert::Tear));
    assert_eq!(worse(None, Worsening::NotAsked).condition, Condition::SuspectedRupture);
}

#[test]
fn severs_is_8_to_15_and_under_8_is_a_young_child() {
    let at = |age: u8| {
        assess(&Answers { age_years: Some(age), worst_pain: PainScore::new(3).unwrap(), ..Default::default() })
    };
    assert!(at(7).has_flag(Flag::YoungChild) && !at(7).has_flag(Flag::UnderSixteen));
    assert!(at(8).has_flag(Flag::UnderSixteen) && !at(8).has_flag(Flag::YoungChild));
    assert!(at(15).has_flag(Flag::UnderSixteen));
    assert!(!at(16).has_flag(Flag::UnderSixteen) && !at(16).has_flag(Flag::YoungChild));
    assert_eq!(at(16).urgency, Urgency::SelfCare);
    // An older check's "under 16" could be either: both are said.
    let band = assess(&Answers { age_band: AgeBand::Under16, ..Default::default() });
    assert!(band.has_flag(Flag::UnderSixteen) && band.has_flag(Flag::YoungChild));
}

#[test]
fn a_look_alike_is_named_as_heel_pain_that_needs_an_examination() {
    let r = assess(&Answers {
        heel_squeeze_pain: true,
        worst_pain: PainScore::new(4).unwrap(),
        weeks_since_onset: 2,
        ..Default::default()
    });
    assert_eq!(r.condition, Condition::AcuteTendinitis, "the tendon pattern is still reported");
    assert_eq!(r.title(), "Heel or calf pain that needs an examination");
    let clot = assess(&Answers { calf_swollen: true, ..Default::default() });
    assert_eq!(clot.title(), "Possible blood clot in the calf");
    let call = assess(&Answers { calf_swollen: true, breathless_or_chest_pain: true, ..Default::default() });
    assert_eq!(call.urgency_title(), "Call the emergency number now");
    assert_eq!(clot.urgency_title(), "See a doctor today");
    let plain =
        assess(&Answers { pain_on_push_off: true, pain_location: PainLocation::Midportion, ..Default::default() });
    assert_eq!(plain.title(), "Likely acute Achilles tendinitis");
}

#[test]
fn infection_after_an_injection_names_only_what_was_answered() {
    let a =
        Answers { steroid_injection: true, swelling: true, injection_new_or_worse: Some(true), ..Default::default() };
    let why: String = explain(&a, &assess(&a)).iter().map(|x| x.text.clone()).collect();
    assert!(why.contains("new or increasing swelling or pain since a recent steroid injection"), "{why}");
    assert!(!why.contains("fever"), "no fever the runner does not have: {why}");
    let settling = assess(&Answers {
        steroid_injection: true,
        swelling: true,
        injection_new_or_worse: Some(false),
        ..Default::default()
    });
    assert_eq!(settling.alert(), None);
    assert!(settling.needs_exam_before_loading());
}
