//! Safety properties of the triage engine over the whole answer space.
//!
//! Exhaustive where it matters for safety, property-based over the rest:
//! - the tear space: every combination of the tear signs, the red-flag answers, onset,
//!   heel raise, side, and the pain and duration boundaries;
//! - the same-day space: every combination of the clot, infection, weight-bearing and
//!   partner-test answers, with onset, the 4-week boundary and the calf;
//! - the look-alike spaces of the catalogue: the nerves (both legs, getting worse, back,
//!   saddle, bladder), the calf (age 59/60, a puffy ankle, a hard calf, one side or both),
//!   and the medicines and conditions (a fluoroquinolone still taken or not, diabetes with a
//!   warm foot, an injection with new swelling), each follow-up also "not asked".
//!
//! In every space, any same-day sign gives `emergency` and nothing else does, and switching
//! on any worrying answer never lowers the urgency ("not asked" sits between "no" and "yes":
//! unknown is read the safer way). Duration is the one answer that may lower it, and only in
//! one place: a sudden start, or an unclear one with no single-leg tiptoe, stops being a
//! same-day sign after 4 weeks (NICE CKS; Boyd 2015), yet never becomes self-care. The rules
//! below are written out from their sources, not by calling the engine or its catalogue.

use achilles::domain::advice::advice_for;
use achilles::domain::pain::PainScore;
use achilles::domain::triage::*;
use proptest::prelude::*;

mod common;
use common::any_answers;

/// A follow-up answer: asked and yes.
fn yes(x: Option<bool>) -> bool {
    x == Some(true)
}

/// 60 or over, from the age in years or an older check's band (NHS: a clot risk).
fn sixty_plus(a: &Answers) -> bool {
    a.age_years.map_or(a.age_band == AgeBand::SixtyPlus, |y| y >= 60)
}

fn calf_sore(a: &Answers) -> bool {
    a.calf_pain || a.pain_location == PainLocation::Calf
}

fn tendon_symptom(a: &Answers) -> bool {
    a.worst_pain.value() > 0
        || a.morning_stiffness
        || a.warmup_effect
        || a.pain_on_push_off
        || a.swelling
        || a.tender_to_touch
        || a.single_leg_heel_raise != HeelRaise::Easy
}

/// Whether the answers hold a tear sign (AAOS 2009; Maffulli 1998; NICE CKS; Boyd 2015;
/// Kannus & Józsa 1991 for a long-standing pain suddenly much worse during activity).
fn tear_sign(a: &Answers) -> bool {
    let acute_on_chronic = a.sudden_worsening
        && a.worsening_how != Worsening::NoParticularMoment
        && a.worsening_weeks.is_none_or(|w| w <= 4);
    let unclear_weakness = a.onset == Onset::Unsure
        && a.weeks_since_onset <= 4
        && a.single_leg_heel_raise == HeelRaise::Cannot
        && a.calf_squeeze != CalfSqueeze::FootMoved;
    a.pop_or_snap
        || a.felt_kicked
        || a.gap_in_tendon
        || a.push_off_lost
        || unclear_weakness
        || (a.onset == Onset::Sudden && a.single_leg_heel_raise == HeelRaise::Cannot)
        || (a.onset == Onset::Sudden && a.weeks_since_onset <= 4)
        || acute_on_chronic
        || matches!(a.calf_squeeze, CalfSqueeze::FootDidNotMove | CalfSqueeze::NotSure)
        || matches!(a.foot_hang, FootHang::MoreUpright | FootHang::NotSure)
}

/// A calf clot (NHS; NICE NG158, Wells): one calf swollen, warm or red; one ankle or lower
/// leg puffy; a sore calf with a risk factor, or on one side at 60 or over or with a
/// swollen ankle.
fn clot_sign(a: &Answers) -> bool {
    let one = a.side != Side::Both;
    a.calf_swollen
        || a.calf_warm_or_red
        || (a.lower_leg_swollen && one)
        || (calf_sore(a) && (!a.clot_risks.is_empty() || (one && sixty_plus(a)) || (one && a.swelling)))
        || (calf_sore(a) && a.after_tear != AfterTear::No)
}

/// An infection: a fever with any local sign; after an injection a fever, redness or heat, or
/// new or increasing swelling or pain (not asked: swelling counts, as older checks read it).
fn infection_sign(a: &Answers) -> bool {
    let local = a.swelling
        || a.tender_to_touch
        || a.redness_or_heat
        || a.calf_swollen
        || a.calf_warm_or_red
        || calf_sore(a)
        || a.lower_leg_swollen;
    let young_child = a.age_years.map_or(a.age_band == AgeBand::Under16, |y| y < 8);
    let operated = a.after_tear == AfterTear::Operated;
    (a.fever && local)
        || (a.fever && young_child)
        || (operated && (a.wound_problem || a.fever))
        || (a.redness_or_heat && yes(a.redness_spreading))
        || (a.steroid_injection && (a.fever || a.redness_or_heat || a.injection_new_or_worse.unwrap_or(a.swelling)))
}

/// Pressure on the spinal nerves (NICE CKS Sciatica; GIRFT/BASS 2023): a nerve sign with
/// saddle numbness or bladder or bowel trouble, or in both legs and getting worse (not asked:
/// assumed) or with back pain.
fn nerve_emergency(a: &Answers) -> bool {
    let sign = a.numbness_or_tingling || a.leg_weakness;
    let both = a.nerves_both_legs.unwrap_or(a.side == Side::Both);
    sign && (yes(a.saddle_numbness)
        || yes(a.bladder_or_bowel)
        || (both && (a.nerves_worse != Some(false) || yes(a.back_pain))))
}

/// Diabetes (or an older check's answer that held it) with a warm, red or swollen foot or
/// heel (NICE NG19 §1.3).
fn diabetic_foot(a: &Answers) -> bool {
    let foot = yes(a.foot_warm_red_swollen)
        || yes(a.foot_wound)
        || a.redness_or_heat
        || (a.swelling && a.foot_warm_red_swollen.is_none());
    a.diabetes.unwrap_or(a.systemic_disease) && foot
}

/// Tendon symptoms while on a fluoroquinolone or not known to have stopped (FDA §5.2).
fn medicine(a: &Answers) -> bool {
    a.fluoroquinolone && a.fluoroquinolone_now != Some(false) && tendon_symptom(a)
}

/// Any same-day sign.
fn same_day_sign(a: &Answers) -> bool {
    tear_sign(a)
        || clot_sign(a)
        || infection_sign(a)
        || nerve_emergency(a)
        || diabetic_foot(a)
        || medicine(a)
        || a.calf_tense
        || (a.dark_urine && calf_sore(a))
        || (a.leg_weakness && a.nerves_worse != Some(false))
        || a.cannot_take_four_steps
        || a.breathless_or_chest_pain
}

/// Walks every point of a space given by its dimensions, assessing each once, then checks
/// that every "switch on" of a point (a neighbour one worrying step up) is no less urgent.
fn exhaustive(dims: &[usize], answers: impl Fn(&[usize]) -> Answers, up: impl Fn(&[usize]) -> Vec<Vec<usize>>) {
    let total: usize = dims.iter().product();
    let index = |v: &[usize]| v.iter().zip(dims).fold(0, |i, (x, d)| i * d + x);
    let point = |mut i: usize| {
        let mut v = vec![0; dims.len()];
        for k in (0..dims.len()).rev() {
            v[k] = i % dims[k];
            i /= dims[k];
        }
        v
    };
    let mut urgency = Vec::with_capacity(total);
    for i in 0..total {
        let v = point(i);
        let a = answers(&v);
        let r = assess(&a);
        if same_day_sign(&a) {
            assert_eq!(r.urgency, Urgency::Emergency, "{a:?}");
            assert!(!r.alerts.is_empty(), "{a:?}");
        } else {
            assert_ne!(r.urgency, Urgency::Emergency, "{a:?}");
        }
        assert_eq!(r.condition == Condition::SuspectedRupture, tear_sign(&a), "{a:?}");
        assert_eq!(r.has_flag(Flag::RuptureSigns), tear_sign(&a), "{a:?}");
        assert_eq!(r.alert() == Some(Alert::CallEmergencyNumber), a.breathless_or_chest_pain, "{a:?}");
        if a.onset == Onset::Sudden {
            assert_ne!(r.urgency, Urgency::SelfCare, "a sudden start is never self-care: {a:?}");
            assert!(r.needs_exam_before_loading(), "{a:?}");
        }
        urgency.push(r.urgency);
    }
    for i in 0..total {
        let v = point(i);
        for w in up(&v) {
            let j = index(&w);
            assert!(
                urgency[j] >= urgency[i],
                "urgency fell from {:?} to {:?}: {:?} -> {:?}",
                urgency[i],
                urgency[j],
                answers(&v),
                answers(&w)
            );
        }
    }
}

/// Neighbours one step up in each dimension, except those `fixed` says to leave alone.
fn one_step_up(dims: &[usize], v: &[usize], fixed: impl Fn(usize) -> bool) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    for k in 0..dims.len() {
        if !fixed(k) && v[k] + 1 < dims[k] {
            let mut w = v.to_vec();
            w[k] += 1;
            out.push(w);
        }
    }
    out
}

/// Every neighbour one worrying step up: one more yes among the 11 answers packed in the
/// first dimension's bits, or one step up in another dimension unless `fixed` holds it.
fn neighbours(dims: &[usize], v: &[usize], fixed: impl Fn(usize) -> bool) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = (0..11)
        .filter(|k| v[0] & (1 << k) == 0)
        .map(|k| {
            let mut w = v.to_vec();
            w[0] |= 1 << k;
            w
        })
        .collect();
    out.extend(one_step_up(dims, v, |k| k == 0 || fixed(k)));
    out
}

/// Onsets from least to most worrying.
const ONSETS: [Onset; 3] = [Onset::Gradual, Onset::Unsure, Onset::Sudden];
const RAISES: [HeelRaise; 3] = [HeelRaise::Easy, HeelRaise::Painful, HeelRaise::Cannot];
const SIDES: [Side; 2] = [Side::Right, Side::Both];
/// Each side of the severe-pain boundary, plus none.
const PAINS: [u8; 3] = [0, 7, 8];
/// Each side of the recent-sudden and the chronic boundaries.
const WEEKS: [u32; 5] = [0, 4, 5, 11, 12];

#[test]
fn exhaustive_tear_space() {
    // 11 yes/no answers, then onset, heel raise, side, pain, weeks.
    let dims = [1 << 11, 3, 3, 2, 3, 5];
    let answers = |v: &[usize]| {
        let b = |k: usize| v[0] & (1 << k) != 0;
        Answers {
            pop_or_snap: b(0),
            felt_kicked: b(1),
            gap_in_tendon: b(2),
            fever: b(3),
            redness_or_heat: b(4),
            numbness_or_tingling: b(5),
            instability: b(6),
            getting_worse: b(7),
            other_body_aches: b(8),
            fluoroquinolone: b(9),
            steroids: b(10),
            onset: ONSETS[v[1]],
            single_leg_heel_raise: RAISES[v[2]],
            side: SIDES[v[3]],
            worst_pain: PainScore::new(PAINS[v[4]]).unwrap(),
            weeks_since_onset: WEEKS[v[5]],
            ..Answers::default()
        }
    };
    // Weeks rise as worry only where the start was not sudden, or unclear with no tiptoe
    // (see the module doc).
    let window = |v: &[usize]| {
        ONSETS[v[1]] == Onset::Sudden || (ONSETS[v[1]] == Onset::Unsure && RAISES[v[2]] == HeelRaise::Cannot)
    };
    let up = |v: &[usize]| neighbours(&dims, v, |k| k == 5 && window(v));
    exhaustive(&dims, answers, up);
}

/// Partner-test answers from least to most worrying ("no one to help" is as good as not done).
const SQUEEZES: [CalfSqueeze; 4] =
    [CalfSqueeze::FootMoved, CalfSqueeze::NoOneToHelp, CalfSqueeze::NotSure, CalfSqueeze::FootDidNotMove];
const HANGS: [FootHang; 4] = [FootHang::SameAsOther, FootHang::NotDone, FootHang::NotSure, FootHang::MoreUpright];
const LOCATIONS: [PainLocation; 2] = [PainLocation::Midportion, PainLocation::Calf];
const SAME_DAY_WEEKS: [u32; 3] = [4, 5, 12];

#[test]
fn exhaustive_same_day_space() {
    // 11 yes/no answers, then squeeze, hang, onset, weeks, location.
    let dims = [1 << 11, 4, 4, 3, 3, 2];
    let answers = |v: &[usize]| {
        let b = |k: usize| v[0] & (1 << k) != 0;
        Answers {
            cannot_take_four_steps: b(0),
            calf_pain: b(1),
            calf_swollen: b(2),
            calf_warm_or_red: b(3),
            clot_risks: if b(4) { vec![ClotRisk::LongJourney] } else { Vec::new() },
            breathless_or_chest_pain: b(5),
            fever: b(6),
            swelling: b(7),
            tender_to_touch: b(8),
            redness_or_heat: b(9),
            steroid_injection: b(10),
            calf_squeeze: SQUEEZES[v[1]],
            foot_hang: HANGS[v[2]],
            onset: ONSETS[v[3]],
            weeks_since_onset: SAME_DAY_WEEKS[v[4]],
            pain_location: LOCATIONS[v[5]],
            ..Answers::default()
        }
    };
    let up = |v: &[usize]| neighbours(&dims, v, |k| k == 4 && ONSETS[v[3]] == Onset::Sudden);
    exhaustive(&dims, answers, up);
}

/// A follow-up answer from least to most worrying: no, not asked (unknown), yes.
const FOLLOW_UP: [Option<bool>; 3] = [Some(false), None, Some(true)];

/// Every point one step up in each dimension but those `fixed`: where the pain is and which
/// side are not "more worrying" one way (both calves make a clot less likely, both legs make
/// nerve signs more so), so each space holds them.
fn up_except(dims: &[usize], v: &[usize], fixed: &[usize]) -> Vec<Vec<usize>> {
    one_step_up(dims, v, |k| fixed.contains(&k))
}

#[test]
fn exhaustive_nerve_space() {
    // numbness, weakness, side, then both legs, worse, back, saddle, bladder (each no / not
    // asked / yes).
    let dims = [2, 2, 2, 3, 3, 3, 3, 3];
    let answers = |v: &[usize]| Answers {
        numbness_or_tingling: v[0] == 1,
        leg_weakness: v[1] == 1,
        side: SIDES[v[2]],
        nerves_both_legs: FOLLOW_UP[v[3]],
        nerves_worse: FOLLOW_UP[v[4]],
        back_pain: FOLLOW_UP[v[5]],
        saddle_numbness: FOLLOW_UP[v[6]],
        bladder_or_bowel: FOLLOW_UP[v[7]],
        worst_pain: PainScore::new(3).unwrap(),
        weeks_since_onset: 2,
        ..Answers::default()
    };
    exhaustive(&dims, answers, |v| up_except(&dims, v, &[2]));
    // Both legs numb and weak, getting worse: the emergency department now.
    let both = answers(&[1, 1, 0, 2, 2, 0, 0, 0]);
    assert_eq!(assess(&both).alert(), Some(Alert::Nerves));
    // One foot tingling, steady, nothing else: a clinician, not the emergency department.
    let one = answers(&[1, 0, 0, 0, 0, 0, 0, 0]);
    assert_eq!(assess(&one).urgency, Urgency::SeeClinician);
}

/// Ages either side of the 60 boundary (and not asked).
const CALF_AGES: [Option<u8>; 3] = [Some(59), None, Some(60)];

#[test]
fn exhaustive_calf_space() {
    // calf sore, calf the worst place, side, age, ankle puffy, tendon swollen, calf hard,
    // pain on runs, foot pale on them, a clot risk.
    let dims = [2, 2, 2, 3, 2, 2, 2, 2, 3, 2];
    let answers = |v: &[usize]| Answers {
        calf_pain: v[0] == 1,
        pain_location: [PainLocation::Midportion, PainLocation::Calf][v[1]],
        side: SIDES[v[2]],
        age_years: CALF_AGES[v[3]],
        age_band: if v[3] == 1 { AgeBand::Adult } else { AgeBand::NotAsked },
        lower_leg_swollen: v[4] == 1,
        swelling: v[5] == 1,
        calf_tense: v[6] == 1,
        calf_exertional: v[7] == 1,
        foot_pale_or_numb: FOLLOW_UP[v[8]],
        clot_risks: if v[9] == 1 { vec![ClotRisk::Cancer] } else { Vec::new() },
        worst_pain: PainScore::new(4).unwrap(),
        weeks_since_onset: 1,
        ..Answers::default()
    };
    // "Not asked" for the age is an older check's adult band here: no riskier than 59.
    exhaustive(&dims, answers, |v| up_except(&dims, v, &[1, 2]));
    // Twins: one sore calf at 64 is a clot sign; both calves sore after a race are not.
    let at_64 = Answers { calf_pain: true, age_years: Some(64), ..answers(&[1, 0, 0, 0, 0, 0, 0, 0, 0, 0]) };
    assert_eq!(assess(&at_64).alert(), Some(Alert::Clot));
    let race = Answers { weeks_since_onset: 0, ..answers(&[1, 1, 1, 2, 0, 0, 0, 0, 0, 0]) };
    assert_eq!(assess(&race).urgency, Urgency::SelfCare, "both calves sore the day after, even at 60: no clot sign");
    let lasting = answers(&[1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    assert!(assess(&lasting).has_flag(Flag::BothCalves), "both calves sore for a week: not a race's soreness");
}

#[test]
fn exhaustive_medicine_and_condition_space() {
    // fluoroquinolone, still taking it, pain, diabetes, the older answer, foot warm, heel
    // red, tendon swollen, injection, new swelling since, fever.
    let dims = [2, 3, 3, 3, 2, 3, 2, 2, 2, 3, 2];
    let answers = |v: &[usize]| Answers {
        fluoroquinolone: v[0] == 1,
        fluoroquinolone_now: FOLLOW_UP[v[1]],
        worst_pain: PainScore::new([0, 3, 8][v[2]]).unwrap(),
        diabetes: FOLLOW_UP[v[3]],
        systemic_disease: v[4] == 1,
        foot_warm_red_swollen: FOLLOW_UP[v[5]],
        redness_or_heat: v[6] == 1,
        swelling: v[7] == 1,
        steroid_injection: v[8] == 1,
        injection_new_or_worse: FOLLOW_UP[v[9]],
        fever: v[10] == 1,
        weeks_since_onset: 2,
        ..Answers::default()
    };
    // "Not asked" for diabetes reads the older answer: with it ticked, unknown is a maybe.
    exhaustive(&dims, answers, |v| one_step_up(&dims, v, |_| false));
    // Twins: on ciprofloxacin with no tendon symptom, self-care; with an ache, stop it today.
    let none = Answers { fluoroquinolone: true, fluoroquinolone_now: Some(true), ..Answers::default() };
    assert_eq!(assess(&none).urgency, Urgency::SelfCare);
    let ache = Answers { worst_pain: PainScore::new(2).unwrap(), ..none };
    assert_eq!(assess(&ache).alert(), Some(Alert::Medicine));
}

#[test]
fn heel_redness_alone_never_raises_a_clot_or_infection_alert() {
    // A red, sore bump from shoes: footwear advice, not a same-day alert.
    let a = Answers {
        redness_or_heat: true,
        tender_to_touch: true,
        pain_location: PainLocation::Insertion,
        worst_pain: PainScore::new(3).unwrap(),
        weeks_since_onset: 3,
        onset: Onset::Gradual,
        ..Answers::default()
    };
    let r = assess(&a);
    assert_eq!(r.urgency, Urgency::SelfCare);
    assert!(r.alerts.is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn every_answer_gets_a_consistent_assessment(a in any_answers()) {
        let r = assess(&a);
        // Emergency exactly when there is a same-day sign, and then there is an alert.
        prop_assert_eq!(r.urgency == Urgency::Emergency, same_day_sign(&a));
        prop_assert_eq!(r.urgency == Urgency::Emergency, !r.alerts.is_empty());
        // No flag and no same-day sign: self-care; any flag: at least see a clinician.
        prop_assert_eq!(r.urgency == Urgency::SelfCare, r.flags.is_empty() && !same_day_sign(&a));
        // A sudden start within 4 weeks is never self-care (it is a tear until examined).
        if a.onset == Onset::Sudden && a.weeks_since_onset <= 4 {
            prop_assert_eq!(r.urgency, Urgency::Emergency);
        }
        // Every same-day sign and every "examine first" answer holds loading back.
        let child = a.age_years.map_or(a.age_band == AgeBand::Under16, |y| y < 16);
        let one_calf = calf_sore(&a) && a.side != Side::Both;
        let exam_first = same_day_sign(&a) || a.onset == Onset::Sudden || (a.fluoroquinolone && tendon_symptom(&a))
            || child || a.night_pain || a.heel_squeeze_pain || a.sudden_worsening
            || a.previous_rupture || a.systemic_disease || a.single_leg_heel_raise == HeelRaise::Cannot
            || a.heel_bruising || a.steroid_injection || a.steroids || a.fever || yes(a.diabetes) || yes(a.gout)
            || one_calf || a.leg_weakness || a.pain_from_back
            || (a.calf_exertional && (a.foot_pale_or_numb != Some(false) || a.side == Side::Both))
            || (a.redness_or_heat && a.swelling && !a.fever)
            || (calf_sore(&a) && a.side == Side::Both && a.weeks_since_onset >= 1)
            || (a.rest_pain && a.weight_loss_or_cancer != Some(false));
        prop_assert!(!exam_first || r.needs_exam_before_loading());
        // Flags and alerts are sorted and unique, and there is always a reason for the urgency.
        prop_assert!(r.flags.windows(2).all(|w| w[0] < w[1]));
        prop_assert!(r.alerts.windows(2).all(|w| w[0] < w[1]));
        prop_assert!(explain(&a, &r).iter().any(|x| x.topic == Topic::Urgency));
        // The assessment survives a JSON round trip (it is stored in history).
        let json = serde_json::to_string(&r).unwrap();
        prop_assert_eq!(serde_json::from_str::<Assessment>(&json).unwrap(), r);
        // So do the answers.
        let json = serde_json::to_string(&a).unwrap();
        prop_assert_eq!(serde_json::from_str::<Answers>(&json).unwrap(), a);
    }

    #[test]
    fn raising_pain_or_duration_never_lowers_urgency(
        a in any_answers(),
        more_pain in 0u8..=10,
        more_weeks in 0u32..100,
    ) {
        let base = assess(&a).urgency;
        let pain = (a.worst_pain.value().max(more_pain)).min(10);
        let worse = Answers {
            worst_pain: PainScore::new(pain).unwrap(),
            weeks_since_onset: a.weeks_since_onset + more_weeks,
            ..a.clone()
        };
        let window = a.onset == Onset::Sudden
            || (a.onset == Onset::Unsure && a.single_leg_heel_raise == HeelRaise::Cannot);
        if window {
            // Past 4 weeks a sudden start is no longer same-day, but still never self-care.
            prop_assert!(assess(&worse).urgency >= Urgency::SeeClinician);
            let more_pain_only = Answers { worst_pain: PainScore::new(pain).unwrap(), ..a };
            prop_assert!(assess(&more_pain_only).urgency >= base);
        } else {
            prop_assert!(assess(&worse).urgency >= base);
        }
    }

    /// One answer everywhere: no line of advice encourages what `allowed` forbids, the
    /// loading gate is open exactly when loading is allowed, and the forbidden things are
    /// those the sources name (no stretching with a clot not ruled out or an unknown place,
    /// no training with a fever, no loading or running where a clinician must look first).
    #[test]
    fn nothing_advised_is_forbidden_and_the_gate_agrees(a in any_answers()) {
        let r = assess(&a);
        let may = allowed(&r);
        let advice = advice_for(&a, &r);
        for line in advice.lines() {
            if let Some(activity) = line.encourages {
                prop_assert!(may.permits(activity), "{:?} advised but not allowed: {:?}", activity, line.text);
            }
            if !may.stretch {
                prop_assert!(!line.text.starts_with("Stretch"), "{:?}", line.text);
            }
        }
        if clot_sign(&a) || calf_sore(&a) || a.pain_location != PainLocation::Midportion {
            prop_assert!(!may.stretch);
        }
        if a.fever {
            prop_assert!(!may.run && !may.cross_train && !may.load);
        }
        if r.needs_exam_before_loading() {
            prop_assert!(!may.run && !may.load);
        }
        let mut history = achilles::domain::checks::CheckHistory::default();
        let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        history.record(1, day, a.clone(), achilles::domain::questionnaire::Step::Review);
        let gate = achilles::domain::loading_gate::gate(&history, &[], None);
        prop_assert_eq!(gate.is_open(), may.load);
    }

    #[test]
    fn arbitrary_json_never_panics_the_decoder(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        // Either decodes or gives an error; a panic would fail the test.
        let _ = serde_json::from_slice::<Answers>(&bytes);
    }
}
