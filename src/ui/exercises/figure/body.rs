//! An articulated side view of a body, facing right: every limb keeps its length, so a
//! pose is a few choices (where the foot is and how it is turned, the knee bend, the lean,
//! where the hands go) and the joints follow from them. SVG coordinates: y grows downward.

/// A point of the drawing.
pub type P = (f32, f32);

/// The floor's level.
pub const GROUND: f32 = 92.0;
/// The figure's height in drawing units; segments follow an adult's proportions (Winter,
/// *Biomechanics and Motor Control of Human Movement*, 4th ed. 2009, fig. 4.1): thigh and
/// shank about 0.25 of height each, hip to shoulder 0.29, shoulder to head's centre 0.12,
/// upper arm 0.19, forearm to the knuckles 0.2, foot 0.15.
const HEIGHT: f32 = 66.0;
/// Thigh and shank are nearly equal, so one length serves both; it keeps the balance
/// below a one-line formula.
pub const LEG_SEGMENT: f32 = 0.25 * HEIGHT;
pub const TORSO: f32 = 0.29 * HEIGHT;
pub const NECK: f32 = 0.12 * HEIGHT;
pub const UPPER_ARM: f32 = 0.19 * HEIGHT;
pub const FOREARM: f32 = 0.2 * HEIGHT;

/// The foot in its own frame: origin at the ball of the foot, x forward, y up.
const HEEL: P = (-7.5, 0.0);
const ANKLE: P = (-5.5, 3.5);
const TOE: P = (3.0, 0.0);

/// The point `len` away from `from`, `degrees` clockwise from straight up (90 = forward).
pub fn at(from: P, len: f32, degrees: f32) -> P {
    let r = degrees.to_radians();
    (from.0 + len * r.sin(), from.1 - len * r.cos())
}

/// (`sqrt` is one wasm instruction; `hypot`, `acos`, `asin` and `atan2` would each bring
/// a few kilobytes of maths library, so the figure is solved without them.)
pub fn distance(a: P, b: P) -> f32 {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}

/// The point `len` away from `from` in the direction whose sine and cosine from straight
/// up are given: [`at`] without computing an angle.
pub fn toward(from: P, len: f32, (sin, cos): (f32, f32)) -> P {
    (from.0 + len * sin, from.1 - len * cos)
}

/// A point of the foot's frame placed in the drawing: the frame's `pivot` lands on
/// `to`, the foot turned by `turn` degrees (positive lifts the toes).
fn place(point: P, pivot: P, to: P, turn: f32) -> P {
    let (s, c) = turn.to_radians().sin_cos();
    let (x, y) = (point.0 - pivot.0, point.1 - pivot.1);
    (to.0 + x * c - y * s, to.1 - (x * s + y * c))
}

#[derive(Clone, Copy, Debug)]
pub struct Foot {
    pub heel: P,
    pub ankle: P,
    pub ball: P,
    pub toe: P,
}

impl Foot {
    /// Standing with the ball of the foot at `ball` and the heel raised by `raise` degrees
    /// (negative: dropped below the ball, over a step's edge). The toes stay flat, so the
    /// foot turns about the ball as it does in a real heel raise.
    pub fn planted(ball: P, raise: f32) -> Foot {
        let turn = |p| place(p, (0.0, 0.0), ball, -raise);
        Foot { heel: turn(HEEL), ankle: turn(ANKLE), ball, toe: (ball.0 + TOE.0, ball.1) }
    }

    /// Off the ground, hanging from its ankle at `ankle`, turned by `turn` degrees from
    /// standing flat (positive lifts the toes).
    pub fn hanging(ankle: P, turn: f32) -> Foot {
        let turn = |p| place(p, ANKLE, ankle, turn);
        Foot { heel: turn(HEEL), ankle, ball: turn((0.0, 0.0)), toe: turn(TOE) }
    }

    fn moved(self, by: P) -> Foot {
        let m = |p: P| (p.0 + by.0, p.1 + by.1);
        Foot { heel: m(self.heel), ankle: m(self.ankle), ball: m(self.ball), toe: m(self.toe) }
    }
}

/// Which way a middle joint (knee, elbow) points when two solutions reach.
#[derive(Clone, Copy)]
pub enum Bend {
    Forward,
    Back,
    Down,
}

/// The middle joint of a two-segment limb from `root` toward `end`: `(joint, end)`. An end
/// out of reach is met by the limb held straight toward it, so lengths never stretch.
pub fn two_segments(root: P, end: P, first: f32, second: f32, bend: Bend) -> (P, P) {
    let d = distance(root, end).max(0.01);
    let dir = ((end.0 - root.0) / d, (end.1 - root.1) / d);
    if d >= first + second {
        let joint = (root.0 + dir.0 * first, root.1 + dir.1 * first);
        return (joint, (joint.0 + dir.0 * second, joint.1 + dir.1 * second));
    }
    // The law of cosines gives the angle at the root; either side of the line reaches.
    let cos = ((first * first + d * d - second * second) / (2.0 * first * d)).clamp(-1.0, 1.0);
    let (s, c) = ((1.0 - cos * cos).max(0.0).sqrt(), cos);
    let side = |sign: f32| {
        let (x, y) = (dir.0 * c - sign * dir.1 * s, sign * dir.0 * s + dir.1 * c);
        (root.0 + first * x, root.1 + first * y)
    };
    let (a, b) = (side(1.0), side(-1.0));
    let pick_a = match bend {
        Bend::Forward => a.0 >= b.0,
        Bend::Back => a.0 <= b.0,
        Bend::Down => a.1 >= b.1,
    };
    (if pick_a { a } else { b }, end)
}

#[derive(Clone, Copy, Debug)]
pub struct Leg {
    pub knee: P,
    pub foot: Foot,
}

/// A leg from `hip` to `foot`, its knee bent forward as much as the distance needs; a foot
/// out of reach is drawn where the straight leg ends.
pub fn leg_to(hip: P, foot: Foot) -> Leg {
    let (knee, ankle) = two_segments(hip, foot.ankle, LEG_SEGMENT, LEG_SEGMENT, Bend::Forward);
    Leg { knee, foot: foot.moved((ankle.0 - foot.ankle.0, ankle.1 - foot.ankle.1)) }
}

#[derive(Clone, Copy, Debug)]
pub struct Arm {
    pub elbow: P,
    pub hand: P,
}

/// An arm from `shoulder` reaching for `hand`.
pub fn arm_to(shoulder: P, hand: P, bend: Bend) -> Arm {
    let (elbow, hand) = two_segments(shoulder, hand, UPPER_ARM, FOREARM, bend);
    Arm { elbow, hand }
}

/// A whole figure's joints. "Near" limbs face the viewer and are drawn in front.
#[derive(Clone, Copy, Debug)]
pub struct Body {
    pub hip: P,
    pub shoulder: P,
    pub head: P,
    pub near_leg: Leg,
    pub far_leg: Leg,
    pub near_arm: Arm,
    pub far_arm: Arm,
}

/// The angle in degrees between two directions, 0 to 180.
#[cfg(test)]
pub fn angle_between(a: P, b: P) -> f32 {
    let dot = a.0 * b.0 + a.1 * b.1;
    let len = distance(a, (0.0, 0.0)) * distance(b, (0.0, 0.0));
    (dot / len.max(f32::EPSILON)).clamp(-1.0, 1.0).acos().to_degrees()
}

#[cfg(test)]
fn minus(a: P, b: P) -> P {
    (a.0 - b.0, a.1 - b.1)
}

/// Joint angles as a physiotherapist measures them, for the tests' anatomical checks.
#[cfg(test)]
impl Leg {
    /// Knee flexion in degrees: 0 with the leg straight.
    pub fn knee_flexion(&self, hip: P) -> f32 {
        180.0 - angle_between(minus(hip, self.knee), minus(self.foot.ankle, self.knee))
    }

    /// Ankle dorsiflexion in degrees (negative: plantar flexion, as up on the toes),
    /// measured between the shank and the sole, 90 degrees apart when standing flat.
    pub fn dorsiflexion(&self) -> f32 {
        90.0 - angle_between(minus(self.knee, self.foot.ankle), minus(self.foot.ball, self.foot.heel))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f32, b: f32) -> bool {
        (a - b).abs() < 0.05
    }

    #[test]
    fn a_planted_foot_turns_about_its_ball_with_the_toes_flat() {
        let flat = Foot::planted((50.0, GROUND), 0.0);
        assert!(close(flat.heel.1, GROUND) && close(flat.heel.0, 42.5));
        let up = Foot::planted((50.0, GROUND), 40.0);
        assert!(up.heel.1 < GROUND - 4.0, "the heel rises");
        assert!(close(up.toe.1, GROUND) && close(up.ball.1, GROUND), "the toes stay down");
        assert!(close(distance(up.heel, up.ball), 7.5), "the foot keeps its length");
        let down = Foot::planted((50.0, GROUND), -25.0);
        assert!(down.heel.1 > GROUND + 2.0, "the heel drops below the ball");
    }

    #[test]
    fn limbs_keep_their_lengths_reaching_near_or_out_of_reach() {
        let hip = (50.0, 50.0);
        for ankle in [(52.0, 80.0), (60.0, 70.0), (90.0, 95.0), (50.0, 50.5)] {
            let leg = leg_to(hip, Foot::hanging(ankle, 0.0));
            assert!(close(distance(hip, leg.knee), LEG_SEGMENT), "{ankle:?}");
            assert!(close(distance(leg.knee, leg.foot.ankle), LEG_SEGMENT), "{ankle:?}");
        }
        let bent = leg_to(hip, Foot::hanging((50.0, 75.0), 0.0));
        assert!(bent.knee.0 > 50.0, "a knee bends forward");
        assert!(bent.knee_flexion(hip) > 60.0);
    }

    #[test]
    fn ankle_angles_read_as_a_physio_would_measure_them() {
        let flat = leg_to((44.5, 88.5 - 2.0 * LEG_SEGMENT), Foot::planted((50.0, GROUND), 0.0));
        assert!(flat.dorsiflexion().abs() < 1.0);
        let raised = Foot::planted((50.0, GROUND), 40.0);
        let leg = Leg { knee: (raised.ankle.0, raised.ankle.1 - LEG_SEGMENT), foot: raised };
        assert!(close(leg.dorsiflexion(), -40.0));
    }
}
