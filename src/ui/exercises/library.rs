//! All 16 exercises, searchable by text and filterable by equipment; after a tear, each
//! marked with its place in the pathway (or its absence from it).

use leptos::prelude::*;

use super::figure::ExerciseFigure;
use crate::domain::exercises::{search, Equipment, Exercise, Insertional};
use crate::domain::rupture::{use_after_tear, UseAfterTear};
use crate::domain::triage::Location;
use crate::ui::app_state::{use_app_state, AppState};
use crate::ui::base_path::ScreenLink;
use crate::ui::controls::Radios;
use crate::ui::screen::Screen;

#[component]
pub fn ExerciseLibrary() -> impl IntoView {
    let state = use_app_state();
    let query = RwSignal::new(String::new());
    let equipment = RwSignal::new(None::<Equipment>);
    let insertional = Memo::new(move |_| insertion_safe(&state));
    let tear = Memo::new(move |_| after_a_tear(&state));
    let found = move || search(&query.get(), equipment.get());

    view! {
        <section class="screen exercises">
            <h1>"Exercises"</h1>
            <p>
                "Sixteen exercises for the calf and the Achilles tendon, five of them for the weeks after a tear. Pain \
                up to 5 out of 10 while you do them is acceptable; more than that means easing off."
            </p>
            <Show when=move || tear.get()>
                <p class="notice notice-warning">
                    "After your tear, only the pathway's exercises are for you, each from its phase: no stretching, \
                    nothing below the level of the floor or a step."
                </p>
            </Show>
            <Show when=move || insertional.get() && !tear.get()>
                <p class="notice notice-info">
                    "Your heel check put the pain where the tendon meets the heel bone, or could not tell where: \
                    exercises marked for that are done on flat ground, and stretches are left out, to spare the \
                    insertion."
                </p>
            </Show>
            <div class="filters">
                <label class="search">
                    <span>"Search exercises"</span>
                    <input
                        type="search"
                        prop:value=move || query.get()
                        on:input=move |ev| query.set(event_target_value(&ev))
                    />
                </label>
                <fieldset class="chips">
                    <legend>"Equipment"</legend>
                    <Radios
                        name="equipment"
                        class="chip"
                        options=std::iter::once((None, "All".into()))
                            .chain(Equipment::ALL.into_iter().map(|eq| (Some(eq), eq.label().into())))
                            .collect()
                        bind=equipment
                    />
                </fieldset>
            </div>
            <p class="result-count" role="status">
                {move || match found().len() {
                    0 => "No exercise matches.".to_string(),
                    1 => "1 exercise".to_string(),
                    n => format!("{n} exercises"),
                }}
            </p>
            <ul class="exercise-list">
                {move || {
                    found()
                        .into_iter()
                        .map(|e| {
                            view! { <ExerciseCard exercise=e insertional=insertional.get() after_tear=tear.get() /> }
                        })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}

/// A visit recorded a tear: the pathway, not the programme (`domain::rupture`).
pub fn after_a_tear(state: &AppState) -> bool {
    matches!(state.loading_gate(), crate::domain::loading_gate::Gate::AfterTear(_))
}

/// The badge of an exercise after a tear.
pub fn tear_badge(id: crate::domain::exercises::ExerciseId) -> (&'static str, String) {
    match use_after_tear(id) {
        UseAfterTear::From(p) => ("badge badge-selfcare", format!("After a tear: from phase {}", p.number())),
        UseAfterTear::Never => ("badge badge-emergency", "Not after a tear".to_string()),
        UseAfterTear::NotInPathway => ("badge badge-clinician", "Not in the pathway after a tear".to_string()),
    }
}

/// Insertion-safe whenever the latest check did not place the pain mid-tendon (an unknown
/// place defaults to the safe version), or the programme is set that way.
pub fn insertion_safe(state: &AppState) -> bool {
    let from_check = state.checks.with(|h| h.latest().is_some_and(|c| c.assessment.location != Location::Midportion));
    from_check || state.programme.with(|p| p.as_ref().is_some_and(|p| p.insertional))
}

#[component]
fn ExerciseCard(exercise: &'static Exercise, insertional: bool, after_tear: bool) -> impl IntoView {
    let insertional_badge = match (insertional, exercise.insertional) {
        (true, Insertional::Adapted(_)) => Some(("badge badge-clinician", "Adapted for your heel")),
        (true, Insertional::Avoid(_)) => Some(("badge badge-emergency", "Left out for your heel")),
        _ => None,
    };
    view! {
        <li class="exercise-card card">
            <ExerciseFigure id=exercise.id insertional />
            <h2>
                <ScreenLink to=Screen::Exercise(exercise.id.slug().to_string())>{exercise.name}</ScreenLink>
            </h2>
            <p class="exercise-meta">{format!("{} · {}", exercise.equipment.label(), exercise.dosage.describe())}</p>
            <p class="badges">
                {exercise.late_phase.then(|| view! { <span class="badge badge-clinician">"Late phase"</span> })}
                {insertional_badge
                    .filter(|_| !after_tear)
                    .map(|(class, text)| view! { <span class=class>{text}</span> })}
                {after_tear
                    .then(|| {
                        let (class, text) = tear_badge(exercise.id);
                        view! { <span class=class>{text}</span> }
                    })}
            </p>
        </li>
    }
}
