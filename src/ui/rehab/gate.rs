//! What the programme, the session player and return to running show while the loading
//! gate is shut (`domain::loading_gate`): why, where to go, and a form to record what a
//! clinician said. No exercise, hop or heel-raise prompt is shown behind it.

use leptos::prelude::*;

pub use super::visit_form::VisitForm;
use crate::domain::loading_gate::Gate;
use crate::ui::base_path::ScreenLink;
use crate::ui::clock::format_day;
use crate::ui::screen::Screen;

/// The notice for a gate that is not open (`NeedsCheck` or `Blocked`), or for the pathway
/// after a tear not yet cleared for exercise; nothing when sessions may go on.
#[component]
pub fn GateNotice(gate: Gate) -> impl IntoView {
    match gate {
        Gate::Open(_) => ().into_any(),
        Gate::AfterTear(t) if t.exercises_cleared => ().into_any(),
        Gate::AfterTear(_) => view! {
            <div class="card gate-blocked" role="status">
                <h2>"Not yet: your team has not cleared the exercises"</h2>
                <p>
                    "Keep the tendon protected as they told you. The pathway after your tear shows what you may do \
                    meanwhile; record their next visit when they clear you."
                </p>
                <ScreenLink to=Screen::Programme attr:class="button">
                    "The pathway after the tear"
                </ScreenLink>
            </div>
        }
        .into_any(),
        Gate::NeedsCheck => view! {
            <div class="card">
                <h2>"Start with a heel check"</h2>
                <p>
                    "The programme starts from what your answers suggest: where it hurts, how long, and whether \
                    anything needs a clinician first. It takes about two minutes."
                </p>
                <ScreenLink to=Screen::Check attr:class="button button-primary">
                    "Check my heel"
                </ScreenLink>
            </div>
        }
        .into_any(),
        Gate::Blocked { check_id, check_date, reason, not_cleared_on } => view! {
            <div class="card card-emergency gate-blocked" role="alert">
                <h2>{reason.title()}</h2>
                <p>{reason.explain()}</p>
                <p>
                    {format!(
                        "Heel check of {}. Doing the check again does not lift this: a clinician's view does.",
                        format_day(check_date),
                    )}
                </p>
                {not_cleared_on
                    .map(|d| {
                        view! {
                            <p>
                                <strong>
                                    {format!(
                                        "On {} the clinician did not clear the leg yet: follow their plan.",
                                        format_day(d),
                                    )}
                                </strong>
                            </p>
                        }
                    })}
                <ScreenLink to=Screen::CheckResult(check_id.to_string()) attr:class="button">
                    "What to do"
                </ScreenLink>
            </div>
            <VisitForm earliest=check_date />
        }
        .into_any(),
    }
}
