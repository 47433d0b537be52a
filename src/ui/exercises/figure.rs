//! Each exercise's figure, drawn by the app: one figure moving between its start and end
//! positions at the exercise's tempo, or the two positions side by side.
//!
//! A figure is built from a few joint choices (heel raised or dropped, knee bend, lean,
//! arms, the other leg), so each pose is one line of data rather than hand-drawn paths.
//! Colours come from CSS classes, so the drawings follow dark mode. The picture's words
//! (`Exercise::picture`) are its text alternative.

use leptos::prelude::*;

use crate::domain::decimal::Fixed;

use crate::domain::exercises::{ExerciseId, Insertional, Phase, Position};

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
    /// The floor under a seated figure.
    Ground,
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

/// A pose as data: the body's lines (CSS class and path data), the head's centre, and
/// what is drawn behind it. Two poses of one exercise have the same lines with the same
/// number of points, so the moving figure can morph one into the other.
struct Drawing {
    props: Vec<Prop>,
    lines: Vec<(&'static str, String)>,
    head: Option<P>,
    /// A view from above of the feet, turned out (true) or in (false): not animated.
    feet_from_above: Option<bool>,
}

/// Body lines (path data) and the head's centre for a standing figure. The other leg is
/// always drawn, over the standing one when the feet are together, so a lifted leg can
/// rise out of it.
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
    let other = match s.other {
        OtherLeg::Together => line(&[hip, knee, ankle]),
        OtherLeg::Lifted => {
            let knee2 = at(hip, THIGH, 150.0);
            line(&[hip, knee2, at(knee2, SHANK, 215.0)])
        }
    };
    (vec![line(&[ball, heel, ankle, knee, hip, shoulder]), line(&[shoulder, hand]), other], head)
}

fn drawing(pose: &Pose) -> Drawing {
    let body = |d: String| ("fig-body", d);
    match pose {
        Pose::Standing(s, props) => {
            let (paths, head) = standing(*s);
            Drawing {
                props: props.to_vec(),
                lines: paths.into_iter().map(body).collect(),
                head: Some(head),
                feet_from_above: None,
            }
        }
        Pose::Lunge { back_knee } => {
            let back_ankle = (30.0, 87.0);
            let front_ankle = (64.0, 87.0);
            let hip = (52.0, 60.0 + back_knee / 10.0);
            // A straight back leg keeps its knee point, halfway, so it can bend.
            let back_knee_point = if *back_knee > 0.0 {
                (42.0, 74.0)
            } else {
                ((back_ankle.0 + hip.0) / 2.0, (back_ankle.1 + hip.1) / 2.0)
            };
            let shoulder = at(hip, TORSO, 40.0);
            Drawing {
                props: vec![Prop::Wall(102.0)],
                lines: vec![
                    body(line(&[(22.0, GROUND), back_ankle, back_knee_point, hip])),
                    body(line(&[(73.0, GROUND), front_ankle, (70.0, 72.0), hip])),
                    body(line(&[hip, shoulder])),
                    body(line(&[shoulder, (100.0, shoulder.1 - 4.0)])),
                ],
                head: Some(at(shoulder, 6.5, 40.0)),
                feet_from_above: None,
            }
        }
        Pose::Seated { toes_pushed } => {
            let hip = (26.0, 86.0);
            let knee = (52.0, 84.0);
            let ankle = (78.0, 84.0);
            let toe = if *toes_pushed { (88.0, 80.0) } else { (80.0, 72.0) };
            let shoulder = at(hip, TORSO, -12.0);
            let hand = (shoulder.0 + 19.0, shoulder.1 + 9.0);
            let fixed = |v: f32| Fixed(v.into(), 1);
            let band = format!(
                "M{} {} Q{} {} {} {}",
                fixed(hand.0),
                fixed(hand.1),
                fixed((hand.0 + toe.0) / 2.0),
                fixed(hand.1 - 6.0),
                fixed(toe.0 + 2.0),
                fixed(toe.1)
            );
            Drawing {
                props: vec![Prop::Ground],
                lines: vec![
                    body(line(&[toe, ankle, knee, hip, shoulder])),
                    body(line(&[shoulder, hand])),
                    ("fig-band", band),
                ],
                head: Some(at(shoulder, 6.5, -12.0)),
                feet_from_above: None,
            }
        }
        Pose::FeetFromAbove { toes_out } => {
            Drawing { props: Vec::new(), lines: Vec::new(), head: None, feet_from_above: Some(*toes_out) }
        }
    }
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
        Prop::Ground => view! { <path class="fig-prop-line" d=format!("M4 {GROUND} L116 {GROUND}")/> }.into_any(),
    }
}

/// One position, drawn still.
fn still_view(d: Drawing) -> AnyView {
    if let Some(toes_out) = d.feet_from_above {
        // Two footprints, heels at the bottom; turned out means the toes point apart.
        let turn = if toes_out { 22.0 } else { -22.0 };
        let gap = if toes_out { 7.0 } else { 15.0 };
        return view! {
            <ellipse class="fig-foot" cx=60.0 - gap cy="56" rx="9" ry="22" transform=format!("rotate({} {} 72)", -turn, 60.0 - gap)/>
            <ellipse class="fig-foot" cx=60.0 + gap cy="56" rx="9" ry="22" transform=format!("rotate({} {} 72)", turn, 60.0 + gap)/>
            <text class="fig-caption" x="60" y="100" text-anchor="middle">"seen from above"</text>
        }
        .into_any();
    }
    view! {
        {d.props.into_iter().map(prop_view).collect_view()}
        {d.lines.into_iter().map(|(class, d)| view! { <path class=class d=d/> }).collect_view()}
        {d.head.map(|(x, y)| view! { <circle class="fig-head" cx=x cy=y r="5"/> })}
    }
    .into_any()
}

/// The exercise's two positions side by side, labelled Start and End: what shows when the
/// runner prefers reduced motion.
fn still_pair(start: &Pose, end: &Pose, words: String) -> impl IntoView {
    view! {
        <svg class="exercise-figure figure-still" viewBox="0 0 250 112" role="img" aria-label=words>
            <g>
                <text class="fig-label" x="4" y="12">"Start"</text>
                {still_view(drawing(start))}
            </g>
            <path class="fig-arrow" d="M118 56 L132 56 M127 51 L132 56 L127 61"/>
            <g transform="translate(130 0)">
                <text class="fig-label" x="4" y="12">"End"</text>
                {still_view(drawing(end))}
            </g>
        </svg>
    }
}

/// The adapted version for pain where the tendon meets the heel bone (`Insertional::Adapted`):
/// on flat floor, the heel never below the foot, so it looks different from the drop below
/// a step's level that the same exercise uses otherwise.
fn on_flat_floor(pose: Pose) -> Pose {
    const RAIL: [Prop; 1] = [Prop::Rail(90.0)];
    match pose {
        Pose::Standing(s, props) => {
            let heel = if let Heel::Dropped = s.heel { Heel::Flat } else { s.heel };
            let rail = props.iter().any(|p| matches!(p, Prop::Rail(_)));
            Pose::Standing(Stand { surface: GROUND, heel, ..s }, if rail { &RAIL } else { &[] })
        }
        other => other,
    }
}

/// `pose` with the knee slightly bent, as for the soleus version of a heel drop.
fn knee_bent(pose: &Pose) -> Option<Pose> {
    match pose {
        Pose::Standing(s, props) => Some(Pose::Standing(Stand { knee: 35.0, ..*s }, props)),
        _ => None,
    }
}

/// When each phase starts and ends, as fractions of the whole repetition ("0.429").
fn key_times(tempo: &[Phase]) -> (u32, Vec<String>) {
    let total: u32 = tempo.iter().map(|p| u32::from(p.seconds)).sum();
    let mut at = 0;
    let mut times = vec![String::from("0")];
    for p in tempo {
        at += u32::from(p.seconds);
        times.push(Fixed(f64::from(at) / f64::from(total.max(1)), 3).to_string());
    }
    (total, times)
}

/// One figure moving between the two positions at the exercise's tempo (SVG animation, no
/// wasm per frame), with each phase's name shown while it lasts.
fn moving(
    start: &Pose,
    end: &Pose,
    bent: Option<&Pose>,
    tempo: &'static [Phase],
    caption: Option<&'static str>,
    words: String,
) -> impl IntoView {
    let (a, b) = (drawing(start), drawing(end));
    let c = bent.map(drawing);
    let position = |p: &Phase| match p.ends_at {
        Position::Start => &a,
        Position::End => &b,
        Position::EndKneeBent => c.as_ref().unwrap_or(&b),
    };
    let (total, times) = key_times(tempo);
    let dur = format!("{total}s");
    let key_times = times.join(";");
    // The position at each key time: the start, then where each phase ends.
    let at = |d: &Drawing, i: usize| -> Option<String> { d.lines.get(i).map(|l| l.1.clone()) };
    let frames = |pick: &dyn Fn(&Drawing) -> String| -> String {
        let mut values = vec![pick(&a)];
        values.extend(tempo.iter().map(|p| pick(position(p))));
        values.join(";")
    };
    let lines: Vec<_> = a
        .lines
        .iter()
        .enumerate()
        .map(|(i, (class, d))| {
            let values = frames(&|x: &Drawing| at(x, i).unwrap_or_default());
            view! {
                <path class=*class d=d.clone()>
                    <animate attributeName="d" dur=dur.clone() repeatCount="indefinite" keyTimes=key_times.clone() values=values/>
                </path>
            }
        })
        .collect_view();
    let head = a.head.map(|(x, y)| {
        let cx = frames(&|d: &Drawing| d.head.map_or(String::new(), |h| Fixed(h.0.into(), 1).to_string()));
        let cy = frames(&|d: &Drawing| d.head.map_or(String::new(), |h| Fixed(h.1.into(), 1).to_string()));
        view! {
            <circle class="fig-head" cx=x cy=y r="5">
                <animate attributeName="cx" dur=dur.clone() repeatCount="indefinite" keyTimes=key_times.clone() values=cx/>
                <animate attributeName="cy" dur=dur.clone() repeatCount="indefinite" keyTimes=key_times.clone() values=cy/>
            </circle>
        }
    });
    // Each phase's name is shown (opacity 1) from its start to its end, and hidden otherwise.
    let labels = tempo
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let (from, to) = (&times[i], &times[i + 1]);
            let (values, keys) = match (i == 0, i + 1 == tempo.len()) {
                (true, _) => ("1;0".to_string(), format!("0;{to}")),
                (false, true) => ("0;1".to_string(), format!("0;{from}")),
                (false, false) => ("0;1;0".to_string(), format!("0;{from};{to}")),
            };
            view! {
                <text class="fig-phase" x="60" y="106" text-anchor="middle" opacity=if i == 0 { "1" } else { "0" }>
                    {p.name}
                    <animate attributeName="opacity" dur=dur.clone() repeatCount="indefinite" calcMode="discrete" keyTimes=keys values=values/>
                </text>
            }
        })
        .collect_view();
    view! {
        <svg class="exercise-figure figure-moving" viewBox="0 0 120 112" role="img" aria-label=words>
            {a.props.iter().map(|p| prop_view(*p)).collect_view()}
            {lines}
            {head}
            {labels}
            {caption.map(|c| view! { <text class="fig-caption" x="4" y="12">{c}</text> })}
        </svg>
    }
}

/// The raises with the feet turned start from the feet seen from above, which cannot morph
/// into a side view: the moving figure starts from the side instead, with the turn in words.
fn side_view_start(id: ExerciseId) -> Option<(Pose, Option<&'static str>)> {
    let caption = match id {
        ExerciseId::EversionRaise => "toes turned out",
        ExerciseId::InversionRaise => "toes turned in",
        _ => return None,
    };
    Some((Pose::Standing(stand(60.0, GROUND, Heel::Flat), &[]), Some(caption)))
}

/// The exercise's figure: moving at its tempo, or its start and end positions side by side
/// when the runner prefers reduced motion (CSS shows one of the two). The same figure is
/// used in the library, on the exercise's page and in the session player. `insertional`:
/// the runner's pain is where the tendon meets the heel bone, so the adapted exercises are
/// drawn on flat floor.
#[component]
pub fn ExerciseFigure(id: ExerciseId, #[prop(optional)] insertional: bool) -> impl IntoView {
    let exercise = id.exercise();
    let adapted = insertional && matches!(exercise.insertional, Insertional::Adapted(_));
    let adapt = |pose: Pose| if adapted { on_flat_floor(pose) } else { pose };
    let (start, end) = poses(id);
    let (start, end) = (adapt(start), adapt(end));
    let words = if adapted {
        format!("{} Done on flat floor, for your heel.", exercise.picture)
    } else {
        exercise.picture.to_string()
    };
    let (moving_start, caption) = match side_view_start(id) {
        Some(side) => side,
        None => (adapt(poses(id).0), adapted.then_some("on flat floor")),
    };
    let bent = id.tempo().iter().any(|p| p.ends_at == Position::EndKneeBent).then(|| knee_bent(&end)).flatten();
    view! {
        <div class="exercise-figures">
            {moving(&moving_start, &end, bent.as_ref(), id.tempo(), caption, words.clone())}
            {still_pair(&start, &end, words)}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Morphing needs the same lines with the same number of points in both positions.
    #[test]
    fn both_positions_of_every_moving_figure_have_the_same_shape() {
        let shape =
            |d: &Drawing| -> Vec<usize> { d.lines.iter().map(|(_, p)| p.matches(['M', 'L', 'Q']).count()).collect() };
        for id in ExerciseId::ALL {
            let (start, end) = poses(id);
            let start = side_view_start(id).map_or(start, |(side, _)| side);
            let (a, b) = (drawing(&start), drawing(&end));
            assert!(!a.lines.is_empty(), "{id:?}");
            assert_eq!(shape(&a), shape(&b), "{id:?}");
            if let Some(bent) = knee_bent(&end) {
                assert_eq!(shape(&a), shape(&drawing(&bent)), "{id:?} knee bent");
            }
            assert_eq!(a.head.is_some(), b.head.is_some(), "{id:?}");
        }
    }

    #[test]
    fn the_insertional_version_stays_on_flat_floor() {
        let drop = drawing(&poses(ExerciseId::SingleLegDrop).1);
        let floor = drawing(&on_flat_floor(poses(ExerciseId::SingleLegDrop).1));
        // The standing leg's line starts at the ball of the foot, then the heel: over a
        // step the heel ends below the ball (a larger y), on the floor level with it.
        let heel_below_ball = |d: &Drawing| {
            let n: Vec<f32> = d.lines[0]
                .1
                .split(|c: char| c == ' ' || c.is_ascii_alphabetic())
                .filter_map(|n| n.parse().ok())
                .collect();
            n[3] > n[1]
        };
        assert!(heel_below_ball(&drop));
        assert!(!heel_below_ball(&floor));
        assert!(drop.props.iter().any(|p| matches!(p, Prop::Step(..))));
        assert!(!floor.props.iter().any(|p| matches!(p, Prop::Step(..))));
    }

    #[test]
    fn key_times_run_from_zero_to_one() {
        let (total, times) = key_times(ExerciseId::CalfRaiseHold.tempo());
        assert_eq!(total, 7);
        assert_eq!(times, ["0", "0.286", "0.714", "1.000"]);
    }
}
