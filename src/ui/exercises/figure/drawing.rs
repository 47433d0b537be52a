//! What to draw for a pose: the body's lines as SVG path data, farthest first, its head and
//! its props.

use crate::domain::decimal::Fixed;

use super::body::{Body, Leg, P, TORSO};
use super::poses::{Pose, Prop};

/// A pose as data: the body's lines (CSS classes and path data, farthest first), the
/// head's centre, and what is drawn behind it. Two poses of one exercise have the same
/// lines with the same number of points, so the moving figure can morph one into the other.
pub struct Drawing {
    pub props: Vec<Prop>,
    pub lines: Vec<(&'static str, String)>,
    pub head: Option<P>,
    /// A view from above of the feet, turned out (true) or in (false): not animated.
    pub feet_from_above: Option<bool>,
}

pub fn line(points: &[P]) -> String {
    let mut d = String::new();
    for (i, (x, y)) in points.iter().enumerate() {
        let command = if i == 0 { 'M' } else { 'L' };
        d.push_str(&format!("{command}{} {} ", Fixed(f64::from(*x), 1), Fixed(f64::from(*y), 1)));
    }
    d
}

fn leg_line(hip: P, leg: &Leg, from_hip: bool) -> String {
    let f = leg.foot;
    let below = [leg.knee, f.ankle, f.heel, f.ball, f.toe];
    if from_hip {
        line(&[&[hip][..], &below[..]].concat())
    } else {
        line(&below)
    }
}

/// The band from the hands round the ball of the foot.
fn band(body: &Body) -> String {
    let (hand, ball) = (body.near_arm.hand, body.near_leg.foot.ball);
    let fixed = |v: f32| Fixed(v.into(), 1);
    // Held taut, it sags only a little.
    let (mx, my) = ((hand.0 + ball.0) / 2.0, hand.1.max(ball.1) + 1.5);
    format!(
        "M{} {} Q{} {} {} {}",
        fixed(hand.0),
        fixed(hand.1),
        fixed(mx),
        fixed(my),
        fixed(ball.0 + 2.0),
        fixed(ball.1)
    )
}

pub fn drawing(pose: &Pose) -> Drawing {
    let Some(b) = pose.body() else {
        let toes_out = matches!(pose, Pose::FeetFromAbove { toes_out: true });
        return Drawing { props: Vec::new(), lines: Vec::new(), head: None, feet_from_above: Some(toes_out) };
    };
    // The trunk is drawn short of the shoulder, so its round end leaves a neck below the head.
    // The arms hang from just below the shoulder point, inside the trunk's round end.
    let down = ((b.hip.0 - b.shoulder.0) / TORSO, (b.hip.1 - b.shoulder.1) / TORSO);
    let along = |len: f32| (b.shoulder.0 + len * down.0, b.shoulder.1 + len * down.1);
    let (neck, arm_root) = (along(3.5), along(1.5));
    let mut lines = vec![
        ("fig-body fig-far", line(&[arm_root, b.far_arm.elbow, b.far_arm.hand])),
        ("fig-body fig-far", leg_line(b.hip, &b.far_leg, true)),
        ("fig-body fig-trunk", line(&[b.hip, neck])),
        ("fig-body fig-thigh", line(&[b.hip, b.near_leg.knee])),
        ("fig-body", leg_line(b.hip, &b.near_leg, false)),
        ("fig-body fig-arm", line(&[arm_root, b.near_arm.elbow, b.near_arm.hand])),
    ];
    if let Pose::Seated { band: true, .. } = pose {
        lines.push(("fig-band", band(&b)));
    }
    Drawing { props: pose.props(), lines, head: Some(b.head), feet_from_above: None }
}
