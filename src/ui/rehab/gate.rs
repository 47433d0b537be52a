//! What the programme, the session player and return to running show while the loading
//! gate is shut (`domain::loading_gate`): why, where to go, and a form to record what a
//! clinician said. No exercise, hop or heel-raise prompt is shown behind it.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::iso_date;
use crate::domain::loading_gate::{Clearance, ClinicianVisit, Gate};
use crate::ui::app_state::use_app_state;
use crate::ui::base_path::ScreenLink;
use crate::ui::clock::{format_day, now_ms, today};
use crate::ui::controls::Radios;
use crate::ui::screen::Screen;

/// The notice for a gate that is not open (`NeedsCheck` or `Blocked`); nothing when open.
#[component]
pub fn GateNotice(gate: Gate) -> impl IntoView {
    match gate {
        Gate::Open(_) => ().into_any(),
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

/// The visit's date, from the heel check that asked for it to today.
fn visit_date(date: RwSignal<NaiveDate>, earliest: NaiveDate) -> impl IntoView {
    view! {
        <label class="field">
            <span>"Date of the visit"</span>
            <input
                type="date"
                min=earliest.to_string()
                max=move || today().to_string()
                prop:value=move || date.get().to_string()
                on:change=move |ev| {
                    if let Some(d) = iso_date::parse(&event_target_value(&ev)) {
                        date.set(d);
                    }
                }
            />
        </label>
    }
}

/// "Seen by a clinician?": the date, what they said, and their limits in the runner's words.
#[component]
pub fn VisitForm(earliest: NaiveDate) -> impl IntoView {
    let state = use_app_state();
    let date = RwSignal::new(today());
    let outcome = RwSignal::new(None::<Clearance>);
    let note = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let saved = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let day = date.get_untracked();
        let Some(said) = outcome.get_untracked() else {
            error.set(Some("Choose what the clinician said.".into()));
            return;
        };
        if day < earliest || day > today() {
            error.set(Some(format!("The visit must be between the heel check ({}) and today.", format_day(earliest))));
            return;
        }
        error.set(None);
        let visit =
            ClinicianVisit { id: now_ms(), date: day, outcome: said, note: note.get_untracked().trim().to_string() };
        match state.record_visit(visit) {
            Ok(()) => saved.set(Some(format!(
                "Visit of {} recorded: {}.",
                format_day(day),
                said.label().to_ascii_lowercase()
            ))),
            Err(e) => {
                saved.set(None);
                error.set(Some(format!("The visit was not saved: {e}")));
            }
        }
    };
    view! {
        <form class="visit-form" on:submit=submit novalidate>
            <h2>"Seen by a doctor or physiotherapist?"</h2>
            <p>
                "Once a clinician has examined the leg since that check, record what they said. If they gave you a \
                plan of their own, follow theirs."
            </p>
            {visit_date(date, earliest)}
            <fieldset class="question">
                <legend>"What did they say?"</legend>
                <Radios
                    name="clearance"
                    options=Clearance::ALL.into_iter().map(|c| (Some(c), c.label().into())).collect()
                    bind=outcome
                />
            </fieldset>
            <label class="field">
                <span>"Their advice or limits (optional)"</span>
                <textarea
                    rows="2"
                    maxlength="500"
                    prop:value=move || note.get()
                    on:input=move |ev| note.set(event_target_value(&ev))
                ></textarea>
            </label>
            <p class="field-error" role="alert">
                {move || error.get()}
            </p>
            <button type="submit" class="button button-primary">
                "Record the visit"
            </button>
            <p class="hint" aria-live="polite">
                {move || saved.get()}
            </p>
        </form>
    }
}
