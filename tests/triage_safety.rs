//! Safety properties of the triage engine over the whole answer space.
//!
//! Exhaustive where it matters for safety, property-based over the rest:
//! - the tear space: every combination of the tear signs, the red-flag answers, onset,
//!   heel raise, side, and the pain and duration boundaries;
//! - the same-day space: every combination of the clot, infection, weight-bearing and
//!   partner-test answers, with onset, the 4-week boundary and the calf.
//!
//! In both, any same-day sign gives `emergency`, and switching on any worrying answer never
//! lowers the urgency. Duration is the one answer that may lower it, and only in one place:
//! a sudden start stops being a same-day sign after 4 weeks (NICE CKS), yet never becomes
//! self-care.

use achilles::domain::pain::PainScore;
use achilles::domain::triage::*;
use proptest::prelude::*;

mod common;
use common::any_answers;

/// Whether the answers hold a tear sign, written out from the rules' sources rather than
/// by calling the engine (AAOS 2009; Maffulli 1998; NICE CKS; Boyd 2015).
fn tear_sign(a: &Answers) -> bool {
    a.pop_or_snap
        || a.felt_kicked
        || a.gap_in_tendon
        || (a.onset == Onset::Sudden && a.single_leg_heel_raise == HeelRaise::Cannot)
        || (a.onset == Onset::Sudden && a.weeks_since_onset <= 4)
        || matches!(a.calf_squeeze, CalfSqueeze::FootDidNotMove | CalfSqueeze::NotSure)
        || matches!(a.foot_hang, FootHang::MoreUpright | FootHang::NotSure)
}

/// Any same-day sign: a tear, a clot, an infection, a leg that cannot bear weight, or
/// breathlessness or chest pain.
fn same_day_sign(a: &Answers) -> bool {
    let calf_pain = a.calf_pain || a.pain_location == PainLocation::Calf;
    let clot = a.calf_swollen || a.calf_warm_or_red || (calf_pain && !a.clot_risks.is_empty());
    let local = a.swelling || a.tender_to_touch || a.redness_or_heat || a.calf_swollen || a.calf_warm_or_red;
    let infection = (a.fever && local) || (a.steroid_injection && (a.swelling || a.redness_or_heat || a.fever));
    tear_sign(a) || clot || infection || a.cannot_take_four_steps || a.breathless_or_chest_pain
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
    // Weeks rise as worry only where the start was not sudden (see the module doc).
    let up = |v: &[usize]| neighbours(&dims, v, |k| k == 5 && ONSETS[v[1]] == Onset::Sudden);
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
        let exam_first = same_day_sign(&a) || a.onset == Onset::Sudden || a.fluoroquinolone
            || a.age_band == AgeBand::Under16 || a.night_pain || a.heel_squeeze_pain || a.sudden_worsening
            || a.previous_rupture || a.systemic_disease || a.single_leg_heel_raise == HeelRaise::Cannot
            || a.heel_bruising || a.steroid_injection || a.fever;
        prop_assert!(!exam_first || r.needs_exam_before_loading());
        // Flags and alerts are sorted and unique, and there is always a reason for the urgency.
        prop_assert!(r.flags.windows(2).all(|w| w[0] < w[1]));
        prop_assert!(r.alerts.windows(2).all(|w| w[0] < w[1]));
        prop_assert!(r.reasons.iter().any(|x| x.topic == Topic::Urgency));
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
        if a.onset == Onset::Sudden {
            // Past 4 weeks a sudden start is no longer same-day, but still never self-care.
            prop_assert!(assess(&worse).urgency >= Urgency::SeeClinician);
            let more_pain_only = Answers { worst_pain: PainScore::new(pain).unwrap(), ..a };
            prop_assert!(assess(&more_pain_only).urgency >= base);
        } else {
            prop_assert!(assess(&worse).urgency >= base);
        }
    }

    #[test]
    fn arbitrary_json_never_panics_the_decoder(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        // Either decodes or gives an error; a panic would fail the test.
        let _ = serde_json::from_slice::<Answers>(&bytes);
    }
}
