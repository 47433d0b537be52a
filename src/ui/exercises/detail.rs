//! One exercise: the drawing, what you need, the steps, the dosage, easier and harder
//! versions, cautions, and how it changes for insertional pain.

use leptos::prelude::*;

use crate::ui::stop_and_check::stop_and_check;

use super::figure::ExerciseFigure;
use super::library::{after_a_tear, insertion_safe, tear_badge};
use crate::domain::exercises::{ExerciseId, Insertional};
use crate::ui::app_state::use_app_state;
use crate::ui::base_path::ScreenLink;
use crate::ui::not_found::missing;
use crate::ui::screen::Screen;

/// `slug` is the last part of the address, e.g. "eccentric-heel-drop".
#[component]
pub fn ExerciseDetail(slug: String) -> impl IntoView {
    let exercise = ExerciseId::from_slug(&slug).map(ExerciseId::exercise);
    match exercise {
        None => {
            missing("Exercise not found", "There is no exercise at this address.", Screen::Exercises, "All exercises")
                .into_any()
        }
        Some(e) => view! {
            <section class="screen exercise-detail">
                <p>
                    <ScreenLink to=Screen::Exercises>"All exercises"</ScreenLink>
                </p>
                <h1>{e.name}</h1>
                {after_a_tear(&use_app_state())
                    .then(|| {
                        let (class, text) = tear_badge(e.id);
                        view! {
                            <p>
                                <span class=class>{text}</span>
                            </p>
                        }
                    })}
                <ExerciseFigure id=e.id insertional=untrack(|| insertion_safe(&use_app_state())) />
                <p class="figure-words">{e.picture}</p>
                {e
                    .late_phase
                    .then(|| {
                        view! {
                            <p class="notice notice-warning">
                                "Late phase only: once strength work is going well, never in the first weeks, and not \
                                while pain is above 5 out of 10."
                            </p>
                        }
                    })}
                <h2>"You need"</h2>
                <p>{e.kit}</p>
                <h2>"How to do it"</h2>
                <ol class="steps">{e.steps.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ol>
                <h2>"How much"</h2>
                <p>
                    <strong>{e.dosage.describe()}</strong>
                    {format!(", {} s rest between sets. ", e.dosage.rest_seconds)}
                    {e.dosage_note}
                </p>
                <h2>"Easier"</h2>
                <p>{e.easier}</p>
                <h2>"Harder"</h2>
                <p>{e.harder}</p>
                <h2>"Take care"</h2>
                <ul>{e.cautions.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ul>
                {stop_and_check()}
                <h2>"Pain where the tendon meets the heel bone"</h2>
                <p>
                    {match e.insertional {
                        Insertional::Unchanged => "No change needed.",
                        Insertional::Adapted(how) => how,
                        Insertional::Avoid(why) => why,
                    }}
                </p>
            </section>
        }
        .into_any(),
    }
}
