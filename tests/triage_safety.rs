//! Safety properties of the triage engine over the whole answer space.
//!
//! Exhaustive where it matters for safety (every combination of rupture signs, red-flag
//! answers, onset, heel raise, side, and the pain and duration boundaries), property-based
//! over the rest (free text-like fields, every pain and week value, training changes).

use achilles::domain::pain::PainScore;
use achilles::domain::triage::*;
use proptest::prelude::*;

mod common;
use common::any_answers;

const BOOLS: usize = 11;
const ONSETS: [Onset; 2] = [Onset::Gradual, Onset::Sudden];
const RAISES: [HeelRaise; 3] = [HeelRaise::Easy, HeelRaise::Painful, HeelRaise::Cannot];
const SIDES: [Side; 3] = [Side::Left, Side::Right, Side::Both];
/// Each side of the severe-pain boundary, plus none.
const PAINS: [u8; 3] = [0, 7, 8];
/// Each side of the chronic boundary, plus none.
const WEEKS: [u32; 3] = [0, 11, 12];

/// One point of the safety-relevant space. Every "switch on" of a point is another point,
/// so urgency is computed once per point and neighbours are compared by index.
#[derive(Clone, Copy)]
struct Point {
    bools: u16,
    onset: usize,
    raise: usize,
    side: usize,
    pain: usize,
    weeks: usize,
}

const DIMS: [usize; 6] = [1 << BOOLS, 2, 3, 3, 3, 3];

impl Point {
    fn index(self) -> usize {
        let mut i = self.bools as usize;
        for (v, d) in [self.onset, self.raise, self.side, self.pain, self.weeks].into_iter().zip(&DIMS[1..]) {
            i = i * d + v;
        }
        i
    }
    fn from_index(mut i: usize) -> Point {
        let mut vals = [0usize; 6];
        for k in (1..6).rev() {
            vals[k] = i % DIMS[k];
            i /= DIMS[k];
        }
        Point { bools: i as u16, onset: vals[1], raise: vals[2], side: vals[3], pain: vals[4], weeks: vals[5] }
    }
    fn answers(self) -> Answers {
        let b = |k: u16| self.bools & (1 << k) != 0;
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
            onset: ONSETS[self.onset],
            single_leg_heel_raise: RAISES[self.raise],
            side: SIDES[self.side],
            worst_pain: PainScore::new(PAINS[self.pain]).unwrap(),
            weeks_since_onset: WEEKS[self.weeks],
            ..Answers::default()
        }
    }
    /// Every point that answers one more question in the worrying direction.
    fn switched_on(self) -> Vec<Point> {
        let mut out = Vec::new();
        for k in 0..BOOLS as u16 {
            if self.bools & (1 << k) == 0 {
                out.push(Point { bools: self.bools | (1 << k), ..self });
            }
        }
        if self.onset == 0 {
            out.push(Point { onset: 1, ..self });
        }
        for raise in self.raise + 1..3 {
            out.push(Point { raise, ..self });
        }
        if self.side != 2 {
            out.push(Point { side: 2, ..self });
        }
        for pain in self.pain + 1..3 {
            out.push(Point { pain, ..self });
        }
        for weeks in self.weeks + 1..3 {
            out.push(Point { weeks, ..self });
        }
        out
    }
}

#[test]
fn exhaustive_rupture_signs_always_give_an_emergency() {
    let total: usize = DIMS.iter().product();
    let mut urgency = Vec::with_capacity(total);
    for i in 0..total {
        let p = Point::from_index(i);
        assert_eq!(p.index(), i);
        let a = p.answers();
        let r = assess(&a);
        let rupture = a.pop_or_snap
            || a.felt_kicked
            || a.gap_in_tendon
            || (a.onset == Onset::Sudden && a.single_leg_heel_raise == HeelRaise::Cannot);
        if rupture {
            assert_eq!(r.urgency, Urgency::Emergency, "{a:?}");
            assert_eq!(r.condition, Condition::SuspectedRupture, "{a:?}");
            assert!(r.has_flag(Flag::RuptureSigns), "{a:?}");
        } else {
            assert_ne!(r.condition, Condition::SuspectedRupture, "{a:?}");
        }
        urgency.push(r.urgency);
    }
    // Monotone: switching on any flag-raising answer never lowers the urgency.
    for i in 0..total {
        let p = Point::from_index(i);
        for q in p.switched_on() {
            assert!(
                urgency[q.index()] >= urgency[i],
                "urgency fell from {:?} to {:?}: {:?} -> {:?}",
                urgency[i],
                urgency[q.index()],
                p.answers(),
                q.answers()
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_answer_gets_a_consistent_assessment(a in any_answers()) {
        let r = assess(&a);
        // Urgency is emergency exactly when there are rupture signs or signs of infection.
        let infection = a.fever && a.redness_or_heat;
        prop_assert_eq!(r.urgency == Urgency::Emergency, !rupture_signs(&a).is_empty() || infection);
        // No flag, no rupture, no infection: self-care; any flag: at least see a clinician.
        prop_assert_eq!(r.urgency == Urgency::SelfCare, r.flags.is_empty() && !infection);
        // Flags are sorted and unique, and there is always a reason for the urgency.
        prop_assert!(r.flags.windows(2).all(|w| w[0] < w[1]));
        prop_assert!(r.reasons.iter().any(|x| x.topic == Topic::Urgency));
        // The assessment survives a JSON round trip (it is stored in history).
        let json = serde_json::to_string(&r).unwrap();
        prop_assert_eq!(serde_json::from_str::<Assessment>(&json).unwrap(), r);
    }

    #[test]
    fn raising_pain_or_duration_never_lowers_urgency(a in any_answers(), more_pain in 0u8..=10, more_weeks in 0u32..100) {
        let base = assess(&a).urgency;
        let pain = (a.worst_pain.value().max(more_pain)).min(10);
        let worse = Answers { worst_pain: PainScore::new(pain).unwrap(), weeks_since_onset: a.weeks_since_onset + more_weeks, ..a };
        prop_assert!(assess(&worse).urgency >= base);
    }

    #[test]
    fn arbitrary_json_never_panics_the_decoder(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        // Either decodes or gives an error; a panic would fail the test.
        let _ = serde_json::from_slice::<Answers>(&bytes);
    }
}
