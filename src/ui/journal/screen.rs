//! Journal: this morning's check-in and the recent ones (editable), the run log with its
//! load guard, shoes with their totals, and the function check.

use leptos::prelude::*;

use super::import::RunImport;
use super::run_form::RunForm;
use crate::domain::checkin::CheckIn;
use crate::domain::function_score::{is_due, RECOVERED};
use crate::domain::runs::{shoe_totals, RunEntry, Units};
use crate::ui::app_state::use_app_state;
use crate::ui::base_path::ScreenLink;
use crate::ui::checkin_form::CheckInForm;
use crate::ui::clock::{format_day, today};
use crate::ui::controls::{labelled, Radios};
use crate::ui::screen::Screen;

#[component]
pub fn Journal() -> impl IntoView {
    view! {
        <section class="screen journal">
            <h1>"Journal"</h1>
            <p class="button-row">
                <ScreenLink to=Screen::Trends attr:class="button">
                    "Trends and charts"
                </ScreenLink>
                <ScreenLink to=Screen::Summary attr:class="button">
                    "Summary for your physio"
                </ScreenLink>
                <ScreenLink to=Screen::Risk attr:class="button">
                    "Your risk factors"
                </ScreenLink>
            </p>
            {mornings()}
            <h2>"Runs"</h2>
            {run_log()}
            <h2>"Function check"</h2>
            {function_check()}
        </section>
    }
}

/// The morning check-in (today's, or an earlier one being edited) and the last two weeks.
fn mornings() -> impl IntoView {
    let state = use_app_state();
    // `None`: today's check-in, following the clock, so a journal left open overnight
    // offers the new morning's form instead of saving over yesterday's.
    let editing = RwSignal::new(None::<chrono::NaiveDate>);
    let date = move || editing.get().unwrap_or_else(|| state.day.get());
    let title = move || {
        if date() == state.day.get() {
            "Morning check-in".to_string()
        } else {
            format!("Check-in for {}", format_day(date()))
        }
    };
    let recent = move || state.checkins.with(|v| v.iter().rev().take(14).cloned().collect::<Vec<_>>());
    let line =
        |c: &CheckIn| format!("{}: stiff {} min, pain {}/10", format_day(c.date), c.stiffness_minutes, c.pain.value());
    view! {
        <h2>{title}</h2>
        {move || view! { <CheckInForm date=date() /> }}
        <h3>"Recent mornings"</h3>
        <Show
            when=move || state.checkins.with(|v| !v.is_empty())
            fallback=|| view! { <p class="hint">"No check-ins yet."</p> }
        >
            <ul class="entry-list">
                {move || {
                    recent()
                        .into_iter()
                        .map(|c| {
                            let date = c.date;
                            let edit_label = format!("Edit the check-in of {}", format_day(date));
                            view! {
                                <li>
                                    <span>{line(&c)}</span>
                                    {(!c.note.is_empty())
                                        .then(|| view! { <span class="hint">{format!(" · {}", c.note)}</span> })}
                                    <button
                                        type="button"
                                        class="button button-quiet"
                                        aria-label=edit_label
                                        on:click=move |_| editing.set(Some(date))
                                    >
                                        "Edit"
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </Show>
    }
}

/// Units, the run form (new or editing), the import, the last twenty runs and the shoes.
fn run_log() -> impl IntoView {
    let state = use_app_state();
    let editing = RwSignal::new(None::<RunEntry>);
    let saved = RwSignal::new(None::<String>);
    let units = move || state.settings.with(|s| s.units);
    let set_units = move |u: Units| state.edit_settings(|s| s.units = u);
    let shoes = move || {
        let totals = state.runs.with(|v| shoe_totals(v));
        (!totals.is_empty()).then(|| {
            let lines = totals.into_iter().map(|(name, m)| view! { <li>{format!("{name}: {}", units().show(m))}</li> });
            view! {
                <h3>"Shoes"</h3>
                <ul>{lines.collect_view()}</ul>
            }
        })
    };
    view! {
        <fieldset class="chips">
            <legend>"Distances in"</legend>
            <Radios
                name="units"
                class="chip"
                options=labelled(&[Units::Km, Units::Miles], Units::label)
                bind=(units, set_units)
            />
        </fieldset>
        {move || {
            view! {
                <RunForm
                    editing=editing.get()
                    on_saved=Callback::new(move |message| {
                        saved.set(Some(message));
                        editing.set(None);
                    })
                    on_cancel=Callback::new(move |()| editing.set(None))
                />
            }
        }}
        <RunImport />
        <p class="status" role="status">
            {move || saved.get()}
        </p>
        <Show
            when=move || state.runs.with(|v| !v.is_empty())
            fallback=|| view! { <p class="hint">"No runs logged yet."</p> }
        >
            <ul class="entry-list">{move || runs(editing)}</ul>
        </Show>
        {shoes}
    }
}

/// The last twenty runs, newest first, each to edit or delete (after a confirmation).
fn runs(editing: RwSignal<Option<RunEntry>>) -> impl IntoView {
    let state = use_app_state();
    // Read (and tracked) by the list's closure, which calls this again on a change.
    let units = state.settings.with(|s| s.units);
    let confirm_delete = RwSignal::new(None::<u64>);
    let recent = state.runs.with(|v| v.iter().rev().take(20).cloned().collect::<Vec<_>>());
    recent
        .into_iter()
        .map(|r| {
            let id = r.id;
            let label = format!("{} on {}", units.show(r.metres), format_day(r.date));
            let what = format!(
                "{}: {} in {} min, {}, {}",
                format_day(r.date),
                units.show(r.metres),
                r.seconds / 60,
                r.kind.label().to_ascii_lowercase(),
                r.terrain.label().to_ascii_lowercase()
            );
            let source = r.source.map(|s| format!(" · from a {}", s.label())).unwrap_or_default();
            let shoe = r.shoe.as_ref().map(|s| format!(" · {s}")).unwrap_or_default();
            let how = format!(" · {}{source}{shoe}", r.pain_words());
            let delete = move |_| {
                state.delete_run(id);
                confirm_delete.set(None);
            };
            view! {
                <li>
                    <span>{what}</span>
                    <span class="hint">{how}</span>
                    <button
                        type="button"
                        class="button button-quiet"
                        aria-label=format!("Edit the run of {label}")
                        on:click=move |_| editing.set(Some(r.clone()))
                    >
                        "Edit"
                    </button>
                    <Show
                        when=move || confirm_delete.get() == Some(id)
                        fallback=move || {
                            view! {
                                <button
                                    type="button"
                                    class="button button-quiet"
                                    on:click=move |_| confirm_delete.set(Some(id))
                                >
                                    "Delete…"
                                </button>
                            }
                        }
                    >
                        <button type="button" class="button button-danger" on:click=delete>
                            "Yes, delete this run"
                        </button>
                    </Show>
                </li>
            }
        })
        .collect_view()
}

/// The last function score, and the check (marked when one is due).
fn function_check() -> impl IntoView {
    let state = use_app_state();
    let last = move || {
        state.function_checks.with(|v| match v.last() {
            None => "A short check of how the tendon copes with daily life and sport, scored out of 100. Suggested \
            every two to four weeks."
                .to_string(),
            Some(f) => {
                format!(
                    "Last score {} out of 100 on {} ({} counts as recovered).",
                    f.score(),
                    format_day(f.date),
                    RECOVERED
                )
            }
        })
    };
    let class = move || {
        if state.function_checks.with(|v| is_due(v, today())) {
            "button button-primary"
        } else {
            "button"
        }
    };
    view! {
        <p>{last}</p>
        <ScreenLink to=Screen::FunctionCheck attr:class=class>
            "Do the function check"
        </ScreenLink>
    }
}
