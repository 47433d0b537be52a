//! Line drawings of each exercise's start and end position, drawn by the app.
//!
//! A figure is built from a few joint choices (heel raised or dropped, knee bend, lean,
//! arms, the other leg), so each pose is one line of data rather than hand-drawn paths.
//! Colours come from CSS classes, so the drawings follow dark mode. The picture's words
//! (`Exercise::picture`) are its text alternative.

use leptos::prelude::*;

use crate::domain::decimal::Fixed;

use crate::domain::exercises::ExerciseId;

const GROUND: f32 = 92.0;
const SHANK: f32 = 18.0;
const THIGH: f32 = 18.0;
const TORSO: f32 = 19.0;
const ARM: f32 = 16.0;
const FOOT: f32 = 9.0;
/// Top of a box: low enough for a figure standing on it to fit the drawing.
const BOX_TOP: f32 = 72.0;

#[derive(Clone, Copy)]
enum Heel {
    Flat,
    Raised,
    HalfRaised,
    Dropped,
}

#[derive(Clone, Copy)]
enum Arms {
    Down,
    /// Reaching forward to a rail or wall at this x.
    To(f32),
    Back,
    Out,
}

#[derive(Clone, Copy)]
enum OtherLeg {
    Together,
    Lifted,
}

/// A standing figure, facing right, with the ball of the foot at (`x`, `surface`).
#[derive(Clone, Copy)]
struct Stand {
    x: f32,
    surface: f32,
    heel: Heel,
    knee: f32,
    lean: f32,
    arms: Arms,
    other: OtherLeg,
}

const fn stand(x: f32, surface: f32, heel: Heel) -> Stand {
    Stand { x, surface, heel, knee: 0.0, lean: 0.0, arms: Arms::Down, other: OtherLeg::Together }
}

/// Props drawn behind the figure.
#[derive(Clone, Copy)]
enum Prop {
    /// A step whose front edge is at x, top at y.
    Step(f32, f32),
    /// A rail post at x.
    Rail(f32),
    /// A box from x0 to x1 with its top at y.
    Box(f32, f32, f32),
    Wall(f32),
    /// A BOSU, dome down, centred at x.
    Bosu(f32),
}

enum Pose {
    Standing(Stand, &'static [Prop]),
    Lunge {
        back_knee: f32,
    },
    Seated {
        toes_pushed: bool,
    },
    /// Seen from above: the feet turned out (true) or in (false).
    FeetFromAbove {
        toes_out: bool,
    },
}

fn poses(id: ExerciseId) -> (Pose, Pose) {
    use Heel::*;
    const STEP: [Prop; 2] = [Prop::Step(52.0, 78.0), Prop::Rail(90.0)];
    let rail = Arms::To(90.0);
    match id {
        ExerciseId::CalfRaiseHold => (
            Pose::Standing(Stand { arms: rail, ..stand(56.0, 78.0, Flat) }, &STEP),
            Pose::Standing(Stand { arms: rail, ..stand(56.0, 78.0, HalfRaised) }, &STEP),
        ),
        ExerciseId::EversionRaise => {
            (Pose::FeetFromAbove { toes_out: true }, Pose::Standing(stand(60.0, GROUND, Raised), &[]))
        }
        ExerciseId::InversionRaise => {
            (Pose::FeetFromAbove { toes_out: false }, Pose::Standing(stand(60.0, GROUND, Raised), &[]))
        }
        ExerciseId::SingleLegDrop => (
            Pose::Standing(Stand { arms: rail, ..stand(56.0, 78.0, Raised) }, &STEP),
            Pose::Standing(Stand { arms: rail, other: OtherLeg::Lifted, ..stand(56.0, 78.0, Dropped) }, &STEP),
        ),
        ExerciseId::StepStretch => (
            Pose::Standing(Stand { arms: rail, ..stand(56.0, 78.0, Flat) }, &STEP),
            Pose::Standing(Stand { arms: rail, ..stand(56.0, 78.0, Dropped) }, &STEP),
        ),
        ExerciseId::CalfRaise => (
            Pose::Standing(Stand { arms: rail, ..stand(56.0, 78.0, Dropped) }, &STEP),
            Pose::Standing(Stand { arms: rail, ..stand(56.0, 78.0, Raised) }, &STEP),
        ),
        ExerciseId::BoxJump => (
            Pose::Standing(
                Stand { knee: 80.0, lean: 30.0, arms: Arms::Back, ..stand(50.0, GROUND, Flat) },
                &[Prop::Box(70.0, 108.0, BOX_TOP)],
            ),
            Pose::Standing(Stand { ..stand(94.0, BOX_TOP, Flat) }, &[Prop::Box(70.0, 108.0, BOX_TOP)]),
        ),
        ExerciseId::DropJump => (
            Pose::Standing(stand(40.0, BOX_TOP, Flat), &[Prop::Box(8.0, 46.0, BOX_TOP)]),
            Pose::Standing(
                Stand { knee: 80.0, lean: 25.0, arms: Arms::Out, ..stand(80.0, GROUND, Flat) },
                &[Prop::Box(8.0, 46.0, BOX_TOP)],
            ),
        ),
        ExerciseId::WallStretch => (Pose::Lunge { back_knee: 0.0 }, Pose::Lunge { back_knee: 40.0 }),
        ExerciseId::BandPush => (Pose::Seated { toes_pushed: false }, Pose::Seated { toes_pushed: true }),
        ExerciseId::BosuBalance => (
            Pose::Standing(Stand { arms: Arms::Out, ..stand(66.0, 80.0, Flat) }, &[Prop::Bosu(60.0)]),
            Pose::Standing(
                Stand { arms: Arms::Out, other: OtherLeg::Lifted, ..stand(66.0, 80.0, Flat) },
                &[Prop::Bosu(60.0)],
            ),
        ),
    }
}

type P = (f32, f32);

fn at(from: P, len: f32, degrees_from_up: f32) -> P {
    let r = degrees_from_up.to_radians();
    (from.0 + len * r.sin(), from.1 - len * r.cos())
}

fn line(points: &[P]) -> String {
    let mut d = String::new();
    for (i, (x, y)) in points.iter().enumerate() {
        d.push_str(&format!(
            "{}{} {} ",
            if i == 0 { 'M' } else { 'L' },
            Fixed(f64::from(*x), 1),
            Fixed(f64::from(*y), 1)
        ));
    }
    d
}

/// Body lines (path data) and the head's centre for a standing figure.
fn standing(s: Stand) -> (Vec<String>, P) {
    let heel_angle: f32 = match s.heel {
        Heel::Flat => 0.0,
        Heel::HalfRaised => 22.0,
        Heel::Raised => 40.0,
        Heel::Dropped => -28.0,
    };
    let ball = (s.x, s.surface);
    let a = heel_angle.to_radians();
    let heel = (ball.0 - FOOT * a.cos(), ball.1 - FOOT * a.sin());
    let ankle = (heel.0 + 2.0, heel.1 - 5.0);
    let knee = at(ankle, SHANK, s.knee / 2.0);
    let hip = at(knee, THIGH, -s.knee / 2.0);
    let shoulder = at(hip, TORSO, s.lean);
    let head = at(shoulder, 6.5, s.lean);
    let hand = match s.arms {
        Arms::Down => at(shoulder, ARM, 170.0),
        Arms::Back => at(shoulder, ARM, 215.0),
        Arms::Out => at(shoulder, ARM, 110.0),
        Arms::To(x) => {
            let dx = (x - shoulder.0).clamp(4.0, ARM);
            (shoulder.0 + dx, shoulder.1 + (ARM * ARM - dx * dx).max(0.0).sqrt() * 0.6)
        }
    };
    let mut paths = vec![line(&[ball, heel, ankle, knee, hip, shoulder]), line(&[shoulder, hand])];
    if let OtherLeg::Lifted = s.other {
        let knee2 = at(hip, THIGH, 150.0);
        let foot2 = at(knee2, SHANK, 215.0);
        paths.push(line(&[hip, knee2, foot2]));
    }
    (paths, head)
}

fn prop_view(prop: Prop) -> AnyView {
    match prop {
        Prop::Step(x, y) => view! { <rect class="fig-prop" x=x y=y width="44" height=GROUND - y/> }.into_any(),
        Prop::Rail(x) => view! { <path class="fig-prop-line" d=format!("M{x} 40 L{x} {GROUND}")/> }.into_any(),
        Prop::Box(x0, x1, y) => view! { <rect class="fig-prop" x=x0 y=y width=x1 - x0 height=GROUND - y/> }.into_any(),
        Prop::Wall(x) => view! { <path class="fig-prop-line" d=format!("M{x} 8 L{x} {GROUND}")/> }.into_any(),
        Prop::Bosu(x) => view! {
            <path class="fig-prop" d=format!("M{} 80 L{} 80 Q{x} 104 {} 80 Z", x - 20.0, x + 20.0, x - 20.0)/>
        }
        .into_any(),
    }
}

fn pose_view(pose: &Pose) -> AnyView {
    match pose {
        Pose::Standing(s, props) => {
            let (paths, head) = standing(*s);
            view! {
                {props.iter().map(|p| prop_view(*p)).collect_view()}
                {paths.into_iter().map(|d| view! { <path class="fig-body" d=d/> }).collect_view()}
                <circle class="fig-head" cx=head.0 cy=head.1 r="5"/>
            }
            .into_any()
        }
        Pose::Lunge { back_knee } => {
            let back_ankle = (30.0, 87.0);
            let front_ankle = (64.0, 87.0);
            let hip = (52.0, 60.0 + back_knee / 10.0);
            let back = if *back_knee > 0.0 {
                line(&[(22.0, GROUND), back_ankle, (42.0, 74.0), hip])
            } else {
                line(&[(22.0, GROUND), back_ankle, hip])
            };
            let front = line(&[(73.0, GROUND), front_ankle, (70.0, 72.0), hip]);
            let shoulder = at(hip, TORSO, 40.0);
            let head = at(shoulder, 6.5, 40.0);
            let arm = line(&[shoulder, (100.0, shoulder.1 - 4.0)]);
            view! {
                {prop_view(Prop::Wall(102.0))}
                <path class="fig-body" d=back/>
                <path class="fig-body" d=front/>
                <path class="fig-body" d=line(&[hip, shoulder])/>
                <path class="fig-body" d=arm/>
                <circle class="fig-head" cx=head.0 cy=head.1 r="5"/>
            }
            .into_any()
        }
        Pose::Seated { toes_pushed } => {
            let hip = (26.0, 86.0);
            let knee = (52.0, 84.0);
            let ankle = (78.0, 84.0);
            let toe = if *toes_pushed { (88.0, 80.0) } else { (80.0, 72.0) };
            let shoulder = at(hip, TORSO, -12.0);
            let head = at(shoulder, 6.5, -12.0);
            let hand = (shoulder.0 + 19.0, shoulder.1 + 9.0);
            view! {
                <path class="fig-prop-line" d=format!("M4 {GROUND} L116 {GROUND}")/>
                <path class="fig-body" d=line(&[toe, ankle, knee, hip, shoulder])/>
                <path class="fig-body" d=line(&[shoulder, hand])/>
                <path class="fig-band" d=format!("M{} {} Q{} {} {} {}", Fixed(hand.0.into(), 1), Fixed(hand.1.into(), 1), Fixed(((hand.0 + toe.0) / 2.0).into(), 1), Fixed((hand.1 - 6.0).into(), 1), Fixed((toe.0 + 2.0).into(), 1), Fixed(toe.1.into(), 1))/>
                <circle class="fig-head" cx=head.0 cy=head.1 r="5"/>
            }
            .into_any()
        }
        Pose::FeetFromAbove { toes_out } => {
            // Two footprints, heels at the bottom; turned out means the toes point apart.
            let turn = if *toes_out { 22.0 } else { -22.0 };
            let gap = if *toes_out { 7.0 } else { 15.0 };
            view! {
                <ellipse class="fig-foot" cx=60.0 - gap cy="56" rx="9" ry="22" transform=format!("rotate({} {} 72)", -turn, 60.0 - gap)/>
                <ellipse class="fig-foot" cx=60.0 + gap cy="56" rx="9" ry="22" transform=format!("rotate({} {} 72)", turn, 60.0 + gap)/>
                <text class="fig-caption" x="60" y="100" text-anchor="middle">"seen from above"</text>
            }
            .into_any()
        }
    }
}

/// The two positions side by side, labelled Start and End.
#[component]
pub fn ExerciseFigure(id: ExerciseId) -> impl IntoView {
    let (start, end) = poses(id);
    let words = id.exercise().picture;
    view! {
        <svg class="exercise-figure" viewBox="0 0 250 112" role="img" aria-label=words>
            <g>
                <text class="fig-label" x="4" y="12">"Start"</text>
                {pose_view(&start)}
            </g>
            <path class="fig-arrow" d="M118 56 L132 56 M127 51 L132 56 L127 61"/>
            <g transform="translate(130 0)">
                <text class="fig-label" x="4" y="12">"End"</text>
                {pose_view(&end)}
            </g>
        </svg>
    }
}
