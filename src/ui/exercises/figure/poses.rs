//! Each exercise's start and end positions as data, built on the articulated body of
//! [`super::body`] (what to draw for each is [`super::drawing`]).

use crate::domain::exercises::ExerciseId;

use super::body::{arm_to, at, leg_to, toward, Bend, Body, Foot, Leg, GROUND, LEG_SEGMENT, NECK, P, TORSO};

/// Top of a box: a box jump's box is about a third of the leg's length high.
pub const BOX_TOP: f32 = 72.0;
/// A step's top, and its edge where the heel hangs off.
const STEP_TOP: f32 = 78.0;
const STEP_EDGE: f32 = 52.0;
/// The rail held on the step, close enough to reach with the elbows bent.
const RAIL: f32 = 74.0;
const WALL: f32 = 84.0;

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Heel {
    Flat,
    /// Halfway up, where an isometric hold is done.
    HalfRaised,
    Raised,
    /// Below the ball of the foot, over a step's edge.
    Dropped,
}

impl Heel {
    /// The foot's angle in degrees from flat: a heel raise reaches about 40 degrees of
    /// plantar flexion; a drop over a step's edge loaded by the body's weight, about 20
    /// degrees of dorsiflexion with the knee straight.
    fn raise(self) -> f32 {
        match self {
            Heel::Flat => 0.0,
            Heel::HalfRaised => 20.0,
            Heel::Raised => 40.0,
            Heel::Dropped => -18.0,
        }
    }
}

#[derive(Clone, Copy)]
pub enum Arms {
    Down,
    /// Holding a rail or a wall at this x.
    To(f32),
    /// Swung back before a jump.
    Back,
    /// Forward and back, for balance.
    Out,
}

#[derive(Clone, Copy)]
pub enum OtherLeg {
    Together,
    /// Knee bent, the foot off the ground behind: standing on one leg.
    Lifted,
}

/// A standing figure, facing right, with the ball of the foot at (`x`, `surface`).
#[derive(Clone, Copy)]
pub struct Stand {
    pub x: f32,
    pub surface: f32,
    pub heel: Heel,
    /// Knee flexion in degrees.
    pub knee: f32,
    /// The trunk's lean forward in degrees.
    pub lean: f32,
    pub arms: Arms,
    pub other: OtherLeg,
}

const fn stand(x: f32, surface: f32, heel: Heel) -> Stand {
    Stand { x, surface, heel, knee: 0.0, lean: 0.0, arms: Arms::Down, other: OtherLeg::Together }
}

/// What is drawn behind the figure.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Prop {
    /// A step whose edge (where the heel hangs off) is at x, top at y.
    Step(f32, f32),
    /// A rail post at x.
    Rail(f32),
    /// A box from x0 to x1 with its top at y.
    Box(f32, f32, f32),
    Wall(f32),
    /// A BOSU, dome down, centred at x.
    Bosu(f32),
    /// A chair whose seat runs from x0 to x1 at height y, its back at x0.
    Chair(f32, f32, f32),
    /// The floor under a seated figure.
    Ground,
}

pub enum Pose {
    Standing(Stand, &'static [Prop]),
    /// A calf stretch against the wall, the back knee straight or bent.
    WallStretch {
        back_knee_bent: bool,
    },
    /// Sitting, legs out, the foot pointed (or not), a band round it (or not).
    Seated {
        toes_pushed: bool,
        band: bool,
    },
    /// Sitting on a chair, knees bent, the near heel (or both) raised as given.
    OnChair {
        heel: Heel,
        both: bool,
    },
    /// Seen from above: the feet turned out (true) or in (false).
    FeetFromAbove {
        toes_out: bool,
    },
}

pub fn poses(id: ExerciseId) -> (Pose, Pose) {
    use Heel::*;
    const STEP: [Prop; 2] = [Prop::Rail(RAIL), Prop::Step(STEP_EDGE, STEP_TOP)];
    const BOX_AHEAD: [Prop; 1] = [Prop::Box(70.0, 108.0, BOX_TOP)];
    const BOX_BEHIND: [Prop; 1] = [Prop::Box(8.0, 46.0, BOX_TOP)];
    const BOSU: [Prop; 1] = [Prop::Bosu(60.0)];
    let on_step = |heel| Pose::Standing(Stand { arms: Arms::To(RAIL), ..stand(56.0, STEP_TOP, heel) }, &STEP);
    match id {
        ExerciseId::CalfRaiseHold => (on_step(Flat), on_step(HalfRaised)),
        ExerciseId::EversionRaise => {
            (Pose::FeetFromAbove { toes_out: true }, Pose::Standing(stand(60.0, GROUND, Raised), &[]))
        }
        ExerciseId::InversionRaise => {
            (Pose::FeetFromAbove { toes_out: false }, Pose::Standing(stand(60.0, GROUND, Raised), &[]))
        }
        ExerciseId::SingleLegDrop => (
            on_step(Raised),
            Pose::Standing(
                Stand { arms: Arms::To(RAIL), other: OtherLeg::Lifted, ..stand(56.0, STEP_TOP, Dropped) },
                &STEP,
            ),
        ),
        ExerciseId::StepStretch => (on_step(Flat), on_step(Dropped)),
        ExerciseId::CalfRaise => (on_step(Dropped), on_step(Raised)),
        ExerciseId::BoxJump => (
            Pose::Standing(Stand { knee: 80.0, lean: 35.0, arms: Arms::Back, ..stand(48.0, GROUND, Flat) }, &BOX_AHEAD),
            Pose::Standing(stand(92.0, BOX_TOP, Flat), &BOX_AHEAD),
        ),
        ExerciseId::DropJump => (
            Pose::Standing(stand(40.0, BOX_TOP, Flat), &BOX_BEHIND),
            Pose::Standing(Stand { knee: 80.0, lean: 35.0, arms: Arms::Out, ..stand(78.0, GROUND, Flat) }, &BOX_BEHIND),
        ),
        ExerciseId::WallStretch => {
            (Pose::WallStretch { back_knee_bent: false }, Pose::WallStretch { back_knee_bent: true })
        }
        ExerciseId::BandPush => {
            (Pose::Seated { toes_pushed: false, band: true }, Pose::Seated { toes_pushed: true, band: true })
        }
        ExerciseId::AnklePumps => {
            (Pose::Seated { toes_pushed: true, band: false }, Pose::Seated { toes_pushed: false, band: false })
        }
        ExerciseId::SeatedHold => {
            (Pose::OnChair { heel: Flat, both: false }, Pose::OnChair { heel: HalfRaised, both: false })
        }
        ExerciseId::SeatedCalfRaise => {
            (Pose::OnChair { heel: Flat, both: true }, Pose::OnChair { heel: Raised, both: true })
        }
        ExerciseId::FloorHeelRaise => {
            const WALL_AHEAD: [Prop; 1] = [Prop::Wall(WALL)];
            let at_wall =
                |heel| Pose::Standing(Stand { arms: Arms::To(WALL), ..stand(66.0, GROUND, heel) }, &WALL_AHEAD);
            (at_wall(Flat), at_wall(Raised))
        }
        ExerciseId::StepToLevel => (on_step(Flat), on_step(Raised)),
        ExerciseId::BosuBalance => (
            Pose::Standing(Stand { arms: Arms::Out, ..stand(66.0, 80.0, Flat) }, &BOSU),
            Pose::Standing(Stand { arms: Arms::Out, other: OtherLeg::Lifted, ..stand(66.0, 80.0, Flat) }, &BOSU),
        ),
    }
}

/// A standing body, balanced: the hip over the front of the foot, where a raise puts the
/// weight, and further back as the trunk leans forward (a squat sits back).
fn standing(s: Stand) -> Body {
    let foot = Foot::planted((s.x, s.surface), s.heel.raise());
    let over = s.x - 3.5 - 0.4 * TORSO * s.lean.to_radians().sin();
    let half = s.knee / 2.0;
    // With thigh and shank of one length, the hip is 2·L·cos(half)·sin(lean) ahead of
    // the ankle for a shank at lean + half and a thigh at lean − half.
    // Solved by sines and cosines alone (angle sums), with no inverse sine.
    let (sh, ch) = half.to_radians().sin_cos();
    let sin = ((over - foot.ankle.0) / (2.0 * LEG_SEGMENT * ch)).clamp(-0.9, 0.9);
    let cos = (1.0 - sin * sin).sqrt();
    let knee = toward(foot.ankle, LEG_SEGMENT, (sin * ch + cos * sh, cos * ch - sin * sh));
    let hip = toward(knee, LEG_SEGMENT, (sin * ch - cos * sh, cos * ch + sin * sh));
    let far_leg = match s.other {
        OtherLeg::Together => leg_to(hip, Foot::planted((s.x - 2.0, s.surface), s.heel.raise())),
        OtherLeg::Lifted => {
            // The thigh a little forward, the knee bent about 100 degrees, the foot
            // relaxed: turned with the shank (80 degrees) and pointed 20 more.
            let knee = at(hip, LEG_SEGMENT, 160.0);
            Leg { knee, foot: Foot::hanging(at(knee, LEG_SEGMENT, 260.0), -100.0) }
        }
    };
    upper_body(hip, s.lean, Leg { knee, foot }, far_leg, s.arms)
}

fn upper_body(hip: P, lean: f32, near_leg: Leg, far_leg: Leg, arms: Arms) -> Body {
    let shoulder = at(hip, TORSO, lean);
    let (near, far, bend) = match arms {
        Arms::Down => ((3.0, 23.0), (-1.0, 23.0), Bend::Back),
        Arms::To(x) => ((x - 1.0 - shoulder.0, 7.0), (x - 3.0 - shoulder.0, 8.0), Bend::Down),
        Arms::Back => ((-14.0, 16.0), (-11.0, 17.0), Bend::Down),
        Arms::Out => ((19.0, 4.0), (-18.0, 5.0), Bend::Down),
    };
    let hand = |(dx, dy): P| (shoulder.0 + dx, shoulder.1 + dy);
    Body {
        hip,
        shoulder,
        head: at(shoulder, NECK, lean * 0.8),
        near_leg,
        far_leg,
        near_arm: arm_to(shoulder, hand(near), bend),
        far_arm: arm_to(shoulder, hand(far), bend),
    }
}

/// The calf stretch against a wall: the back heel stays down while the body leans in.
/// Knee straight, the ankle bends about 25 degrees (the gastrocnemius); knee bent, about
/// 35 (the soleus, as the two-joint muscle goes slack).
fn wall_stretch(back_knee_bent: bool) -> Body {
    let back = Foot::planted((46.0, GROUND), 0.0);
    let (shank, thigh) = if back_knee_bent { (35.0, 5.0) } else { (25.0, 25.0) };
    let knee = at(back.ankle, LEG_SEGMENT, shank);
    let hip = at(knee, LEG_SEGMENT, thigh);
    let front = leg_to(hip, Foot::planted((70.0, GROUND), 0.0));
    upper_body(hip, 25.0, Leg { knee, foot: back }, front, Arms::To(WALL))
}

/// The chair's seat: its front edge at x, its top at y; a seated hip rests just above it.
const SEAT: (f32, f32) = (44.0, 75.0);

/// Sitting on a chair, thighs level and shanks upright, the feet flat on the floor: raising
/// the heel turns the foot about its ball and lifts the knee, the hip staying on the seat.
fn on_chair(heel: Heel, both: bool) -> Body {
    let hip = (SEAT.0, SEAT.1 - 3.0);
    let ball = (hip.0 + LEG_SEGMENT + 5.5, GROUND);
    let near_leg = leg_to(hip, Foot::planted(ball, heel.raise()));
    let far_heel = if both { heel } else { Heel::Flat };
    let far_leg = leg_to(hip, Foot::planted((ball.0 - 2.0, GROUND), far_heel.raise()));
    let mut body = upper_body(hip, 0.0, near_leg, far_leg, Arms::Down);
    // The hands rest on the thighs.
    let on_thigh = |k: P, dx: f32| ((hip.0 + k.0) / 2.0 + dx, (hip.1 + k.1) / 2.0 - 2.0);
    body.near_arm = arm_to(body.shoulder, on_thigh(near_leg.knee, 2.0), Bend::Back);
    body.far_arm = arm_to(body.shoulder, on_thigh(far_leg.knee, 0.0), Bend::Back);
    body
}

/// Sitting on the floor, legs out: pointing the toes against the band turns the foot
/// about 45 degrees from neutral (toes up).
fn seated(toes_pushed: bool) -> Body {
    let hip = (26.0, 84.0);
    let ankle = (hip.0 + 2.0 * LEG_SEGMENT - 0.5, 87.5);
    let near_leg = leg_to(hip, Foot::hanging(ankle, if toes_pushed { 45.0 } else { 90.0 }));
    let far_leg = leg_to(hip, Foot::hanging((ankle.0 - 2.0, ankle.1 - 1.0), 80.0));
    let mut body = upper_body(hip, -8.0, near_leg, far_leg, Arms::Down);
    let hands = |dy: f32| (hip.0 + 16.0, hip.1 - 10.0 + dy);
    body.near_arm = arm_to(body.shoulder, hands(0.0), Bend::Down);
    body.far_arm = arm_to(body.shoulder, hands(-1.0), Bend::Down);
    body
}

impl Pose {
    /// The side view's joints; `None` for the view from above.
    pub fn body(&self) -> Option<Body> {
        match *self {
            Pose::Standing(s, _) => Some(standing(s)),
            Pose::WallStretch { back_knee_bent } => Some(wall_stretch(back_knee_bent)),
            Pose::Seated { toes_pushed, .. } => Some(seated(toes_pushed)),
            Pose::OnChair { heel, both } => Some(on_chair(heel, both)),
            Pose::FeetFromAbove { .. } => None,
        }
    }

    pub(super) fn props(&self) -> Vec<Prop> {
        match self {
            Pose::Standing(_, props) => [&[Prop::Ground][..], props].concat(),
            Pose::WallStretch { .. } => vec![Prop::Wall(WALL)],
            Pose::Seated { .. } => vec![Prop::Ground],
            Pose::OnChair { .. } => vec![Prop::Ground, Prop::Chair(SEAT.0 - 20.0, SEAT.0, SEAT.1)],
            Pose::FeetFromAbove { .. } => Vec::new(),
        }
    }
}

/// The adapted version for pain where the tendon meets the heel bone: on flat floor, the
/// heel never below the foot, so it looks different from the drop below a step's level
/// that the same exercise uses otherwise.
pub fn on_flat_floor(pose: Pose) -> Pose {
    const RAIL_ONLY: [Prop; 1] = [Prop::Rail(RAIL)];
    match pose {
        Pose::Standing(s, props) => {
            let heel = if s.heel == Heel::Dropped { Heel::Flat } else { s.heel };
            let rail = props.iter().any(|p| matches!(p, Prop::Rail(_)));
            Pose::Standing(Stand { surface: GROUND, heel, ..s }, if rail { &RAIL_ONLY } else { &[] })
        }
        other => other,
    }
}

/// `pose` with the knee bent about 30 degrees, as for the soleus version of a heel drop
/// (Alfredson 1998: each exercise done with the knee straight and with it bent).
pub fn knee_bent(pose: &Pose) -> Option<Pose> {
    match pose {
        Pose::Standing(s, props) => Some(Pose::Standing(Stand { knee: 30.0, ..*s }, props)),
        _ => None,
    }
}

/// The raises with the feet turned start from the feet seen from above, which cannot morph
/// into a side view: the moving figure starts from the side instead, with the turn in words.
pub fn side_view_start(id: ExerciseId) -> Option<(Pose, Option<&'static str>)> {
    let caption = match id {
        ExerciseId::EversionRaise => "toes turned out",
        ExerciseId::InversionRaise => "toes turned in",
        _ => return None,
    };
    Some((Pose::Standing(stand(60.0, GROUND, Heel::Flat), &[]), Some(caption)))
}

#[cfg(test)]
mod tests {
    use super::super::body::{distance, FOREARM, UPPER_ARM};
    use super::*;

    fn every_side_view() -> Vec<(ExerciseId, Pose)> {
        let mut all = Vec::new();
        for id in ExerciseId::ALL {
            let (start, end) = poses(id);
            if let Some(bent) = knee_bent(&end) {
                all.push((id, bent));
            }
            if let Some((side, _)) = side_view_start(id) {
                all.push((id, side));
            }
            all.push((id, on_flat_floor(poses(id).1)));
            all.extend([(id, start), (id, end)]);
        }
        all.retain(|(_, p)| p.body().is_some());
        all
    }

    #[test]
    fn every_limb_keeps_its_length_in_every_position() {
        for (id, pose) in every_side_view() {
            let b = pose.body().unwrap();
            let near = |a: P, c: P, len: f32| (distance(a, c) - len).abs() < 0.05;
            for leg in [b.near_leg, b.far_leg] {
                assert!(near(b.hip, leg.knee, LEG_SEGMENT), "{id:?} thigh");
                assert!(near(leg.knee, leg.foot.ankle, LEG_SEGMENT), "{id:?} shank");
                assert!(near(leg.foot.heel, leg.foot.ball, 7.5), "{id:?} foot");
            }
            for arm in [b.near_arm, b.far_arm] {
                assert!(near(b.shoulder, arm.elbow, UPPER_ARM), "{id:?} upper arm");
                assert!(near(arm.elbow, arm.hand, FOREARM), "{id:?} forearm");
            }
            assert!(near(b.hip, b.shoulder, TORSO), "{id:?} trunk");
            assert!(b.head.1 - 5.0 > 0.0, "{id:?}: the head fits the drawing");
        }
    }

    #[test]
    fn standing_figures_keep_their_weight_over_the_foot() {
        for (id, pose) in every_side_view() {
            if let Pose::Standing(..) = pose {
                let b = pose.body().unwrap();
                let f = b.near_leg.foot;
                assert!(b.hip.0 >= f.heel.0 - 2.0 && b.hip.0 <= f.toe.0, "{id:?}: hip at {:?}, foot {f:?}", b.hip);
                assert!(b.near_leg.knee_flexion(b.hip) >= -0.5, "{id:?}: no knee bends backward");
            }
        }
    }

    fn side(pose: &Pose) -> Leg {
        pose.body().unwrap().near_leg
    }

    #[test]
    fn a_heel_raise_turns_the_ankle_as_a_real_one_does() {
        let (down, up) = poses(ExerciseId::CalfRaise);
        let (down, up) = (side(&down), side(&up));
        // Up: 30 to 50 degrees of plantar flexion, the toes flat on the step, knee straight.
        assert!((-50.0..=-30.0).contains(&up.dorsiflexion()), "{}", up.dorsiflexion());
        assert!(up.foot.heel.1 < STEP_TOP - 4.0 && (up.foot.toe.1 - STEP_TOP).abs() < 0.01);
        // Down over the edge: 15 to 30 degrees of dorsiflexion, the heel below the step.
        assert!((15.0..=30.0).contains(&down.dorsiflexion()), "{}", down.dorsiflexion());
        assert!(down.foot.heel.1 > STEP_TOP + 2.0);
        assert!(down.foot.heel.0 < STEP_EDGE, "the heel hangs off the step's edge");
    }

    #[test]
    fn the_soleus_drop_bends_the_knee_and_the_ankle_further() {
        let straight = poses(ExerciseId::SingleLegDrop).1;
        let bent = knee_bent(&straight).unwrap();
        let (sb, bb) = (straight.body().unwrap(), bent.body().unwrap());
        assert!(sb.near_leg.knee_flexion(sb.hip) < 3.0);
        assert!((20.0..=40.0).contains(&bb.near_leg.knee_flexion(bb.hip)));
        assert!(bb.near_leg.dorsiflexion() > sb.near_leg.dorsiflexion() + 5.0);
        assert!(bb.near_leg.foot.heel.1 > STEP_TOP, "still below the step");
        // On one leg: the other foot is off the step.
        assert!(sb.far_leg.foot.toe.1 < STEP_TOP - 5.0 && sb.far_leg.foot.heel.1 < STEP_TOP - 5.0);
    }

    #[test]
    fn the_insertional_version_never_takes_the_heel_below_the_foot() {
        for id in ExerciseId::ALL {
            let (start, end) = poses(id);
            for pose in [on_flat_floor(start), on_flat_floor(end)] {
                if let Pose::Standing(..) = pose {
                    let f = side(&pose).foot;
                    assert!(f.heel.1 <= f.ball.1 + 0.01, "{id:?}");
                }
            }
        }
        let floor = on_flat_floor(poses(ExerciseId::SingleLegDrop).1);
        assert!(!floor.props().iter().any(|p| matches!(p, Prop::Step(..))));
        assert!(poses(ExerciseId::SingleLegDrop).1.props().iter().any(|p| matches!(p, Prop::Step(..))));
    }

    #[test]
    fn the_wall_stretch_bends_the_ankle_more_with_the_knee_bent() {
        let straight = wall_stretch(false);
        let bent = wall_stretch(true);
        assert!(straight.near_leg.knee_flexion(straight.hip) < 1.0);
        assert!((20.0..=35.0).contains(&straight.near_leg.dorsiflexion()));
        assert!(bent.near_leg.dorsiflexion() > straight.near_leg.dorsiflexion() + 5.0);
        assert!(bent.near_arm.hand.0 <= WALL && bent.near_arm.hand.0 > WALL - 3.0, "hands on the wall");
        assert!((bent.near_leg.foot.heel.1 - GROUND).abs() < 0.01, "the back heel stays down");
    }
}
