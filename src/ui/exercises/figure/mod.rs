//! Each exercise's figure, drawn by the app: one articulated figure moving between its
//! start and end positions at the exercise's tempo, or the two positions side by side.
//!
//! [`body`] is the figure (joints and limb lengths), [`poses`] each exercise's positions
//! as data, [`drawing`] the lines drawn for a position. Colours come from CSS classes, so
//! the drawings follow dark mode. The picture's words (`Exercise::picture`) are its text alternative.

mod body;
mod drawing;
mod poses;

use leptos::prelude::*;

use crate::domain::decimal::Fixed;
use crate::domain::exercises::{ExerciseId, Insertional, Phase, Position};
use crate::ui::svg::num;

use body::GROUND;
use drawing::{drawing, Drawing};
use poses::{knee_bent, on_flat_floor, poses, side_view_start, Pose, Prop};

fn prop_view(prop: Prop) -> AnyView {
    match prop {
        Prop::Step(x, y) => {
            view! { <rect class="fig-prop" x=num(x) y=num(y) width="44" height=num(GROUND - y) /> }.into_any()
        }
        Prop::Rail(x) => {
            view! { <path class="fig-prop-line" d=format!("M{x} 22 L{x} {g}", x = num(x), g = num(GROUND)) /> }
                .into_any()
        }
        Prop::Box(x0, x1, y) => {
            view! { <rect class="fig-prop" x=num(x0) y=num(y) width=num(x1 - x0) height=num(GROUND - y) /> }.into_any()
        }
        Prop::Wall(x) => {
            view! { <path class="fig-prop-line" d=format!("M{x} 8 L{x} {g}", x = num(x), g = num(GROUND)) /> }
                .into_any()
        }
        Prop::Bosu(x) => {
            let (left, right, x) = (num(x - 20.0), num(x + 20.0), num(x));
            view! { <path class="fig-prop" d=format!("M{left} 80 L{right} 80 Q{x} 104 {left} 80 Z") /> }.into_any()
        }
        Prop::Ground => {
            view! { <path class="fig-prop-line" d=format!("M4 {g} L116 {g}", g = num(GROUND)) /> }.into_any()
        }
        // The seat, its back and a front leg, as lines.
        Prop::Chair(x0, x1, y) => view! {
            <path
                class="fig-prop-line"
                d=format!(
                    "M{x0} {y} L{x1} {y} M{x0} {back} L{x0} {g} M{x1} {y} L{x1} {g}",
                    x0 = num(x0),
                    x1 = num(x1),
                    y = num(y),
                    back = num(y - 34.0),
                    g = num(GROUND),
                )
            />
        }
        .into_any(),
    }
}

/// One position, drawn still.
fn still_view(d: Drawing) -> AnyView {
    if let Some(toes_out) = d.feet_from_above {
        // Two footprints, heels at the bottom; turned out means the toes point apart.
        let turn = if toes_out { 22.0 } else { -22.0 };
        let gap = if toes_out { 7.0 } else { 15.0 };
        return view! {
            <ellipse
                class="fig-foot"
                cx=num(60.0 - gap)
                cy="56"
                rx="9"
                ry="22"
                transform=format!("rotate({} {} 72)", num(-turn), num(60.0 - gap))
            />
            <ellipse
                class="fig-foot"
                cx=num(60.0 + gap)
                cy="56"
                rx="9"
                ry="22"
                transform=format!("rotate({} {} 72)", num(turn), num(60.0 + gap))
            />
            <text class="fig-caption" x="60" y="100" text-anchor="middle">
                "seen from above"
            </text>
        }
        .into_any();
    }
    view! {
        {d.props.into_iter().map(prop_view).collect_view()}
        {d.lines.into_iter().map(|(class, d)| view! { <path class=class d=d /> }).collect_view()}
        {d.head.map(|(x, y)| view! { <circle class="fig-head" cx=num(x) cy=num(y) r="5" /> })}
    }
    .into_any()
}

/// The exercise's two positions side by side, labelled Start and End: what shows when the
/// runner prefers reduced motion.
fn still_pair(start: &Pose, end: &Pose, words: String) -> impl IntoView {
    view! {
        <svg class="exercise-figure figure-still" viewBox="0 0 250 112" role="img" aria-label=words>
            <g>
                <text class="fig-label" x="4" y="12">
                    "Start"
                </text>
                {still_view(drawing(start))}
            </g>
            <path class="fig-arrow" d="M118 56 L132 56 M127 51 L132 56 L127 61" />
            <g transform="translate(130 0)">
                <text class="fig-label" x="4" y="12">
                    "End"
                </text>
                {still_view(drawing(end))}
            </g>
        </svg>
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
                    {looping("d", &dur, &key_times, values)}
                </path>
            }
        })
        .collect_view();
    let head = a.head.map(|(x, y)| {
        let cx = frames(&|d: &Drawing| d.head.map_or(String::new(), |h| Fixed(h.0.into(), 1).to_string()));
        let cy = frames(&|d: &Drawing| d.head.map_or(String::new(), |h| Fixed(h.1.into(), 1).to_string()));
        view! {
            <circle class="fig-head" cx=num(x) cy=num(y) r="5">
                {looping("cx", &dur, &key_times, cx)}
                {looping("cy", &dur, &key_times, cy)}
            </circle>
        }
    });
    let labels = phase_labels(tempo, &times, &dur);
    view! {
        <svg class="exercise-figure figure-moving" viewBox="0 0 120 112" role="img" aria-label=words>
            {a.props.iter().map(|p| prop_view(*p)).collect_view()}
            {lines}
            {head}
            {labels}
            {caption
                .map(|c| {
                    view! {
                        <text class="fig-caption" x="4" y="12">
                            {c}
                        </text>
                    }
                })}
        </svg>
    }
}

/// One animation looping over the whole tempo.
fn looping(attribute: &'static str, dur: &str, key_times: &str, values: String) -> impl IntoView {
    view! {
        <animate
            attributeName=attribute
            dur=dur.to_string()
            repeatCount="indefinite"
            keyTimes=key_times.to_string()
            values=values
        />
    }
}

/// Each phase's name, shown (opacity 1) from its start to its end and hidden otherwise.
fn phase_labels(tempo: &'static [Phase], times: &[String], dur: &str) -> impl IntoView {
    tempo
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
                    <animate
                        attributeName="opacity"
                        dur=dur.to_string()
                        repeatCount="indefinite"
                        calcMode="discrete"
                        keyTimes=keys
                        values=values
                    />
                </text>
            }
        })
        .collect_view()
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
    fn key_times_run_from_zero_to_one() {
        let (total, times) = key_times(ExerciseId::CalfRaiseHold.tempo());
        assert_eq!(total, 7);
        assert_eq!(times, ["0", "0.286", "0.714", "1.000"]);
    }
}
