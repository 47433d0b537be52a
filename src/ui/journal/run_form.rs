//! Entering or editing a run. The load guard runs live as the distance is typed, so a
//! spiking run is warned about before it is saved.

use leptos::prelude::*;

use crate::domain::decimal::Fixed;
use crate::domain::iso_date;

use crate::domain::limits;
use crate::domain::runs::{load_warnings, RunEntry, RunKind, Terrain};
use crate::ui::app_state::use_app_state;
use crate::ui::clock::{now_ms, today};
use crate::ui::controls::{labelled, Select};
use crate::ui::inputs::PainField;

/// Its name in "not yet saved" warnings (the update prompt).
const FORM: &str = "the run form";

#[component]
pub fn RunForm(
    /// The run being edited, or `None` for a new one.
    editing: Option<RunEntry>,
    /// Called with "Run of 8.0 km saved." once the run is saved.
    on_saved: Callback<String>,
    /// Called when the runner stops editing without saving.
    on_cancel: Callback<()>,
) -> impl IntoView {
    let state = use_app_state();
    on_cleanup(move || state.mark_unsaved(FORM, false));
    let units = move || state.settings.with(|s| s.units);
    let is_edit = editing.is_some();
    let start = editing;
    let date = RwSignal::new(start.as_ref().map_or(today(), |r| r.date));
    let distance =
        RwSignal::new(start.as_ref().map(|r| Fixed(units().from_metres(r.metres), 2).to_string()).unwrap_or_default());
    let minutes = RwSignal::new(start.as_ref().map(|r| (r.seconds / 60).to_string()).unwrap_or_default());
    let terrain = RwSignal::new(start.as_ref().map_or(Terrain::Road, |r| r.terrain));
    let kind = RwSignal::new(start.as_ref().map_or(RunKind::Easy, |r| r.kind));
    let shoe = RwSignal::new(start.as_ref().and_then(|r| r.shoe.clone()).unwrap_or_default());
    let during = RwSignal::new(start.as_ref().and_then(|r| r.pain_during).unwrap_or_default());
    let after = RwSignal::new(start.as_ref().and_then(|r| r.pain_after).unwrap_or_default());
    // A run imported from a watch file has no pain noted: it stays so unless the runner
    // chooses to note it, since a 0 nobody chose would read as a pain-free run.
    let pain_noted = RwSignal::new(start.as_ref().is_none_or(|r| r.pain_during.is_some() || r.pain_after.is_some()));
    let (started, source) = (start.as_ref().and_then(|r| r.started), start.as_ref().and_then(|r| r.source));
    // An imported run's exact seconds are kept unless its minutes are changed.
    let exact_seconds = start.as_ref().map(|r| r.seconds);
    let error = RwSignal::new(None::<String>);
    let confirm_restore = RwSignal::new(false);
    let editing_id = start.as_ref().map(|r| r.id);

    // Live: what the load guard says about the distance as typed.
    let warnings = move || {
        let metres = units().parse_metres(&distance.get())?;
        let list = state.runs.with(|runs| load_warnings(runs, date.get(), metres, editing_id));
        (!list.is_empty()).then(|| list.iter().map(|w| w.explain(units())).collect::<Vec<_>>())
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let metres = match units().parse_distance(&distance.get_untracked()) {
            Ok(m) => m,
            Err(message) => {
                error.set(Some(message));
                return;
            }
        };
        let Some(mins) = minutes.get_untracked().trim().parse::<u32>().ok().filter(|m| (1..=1440).contains(m)) else {
            error.set(Some("Enter the time in whole minutes, from 1 to 1440.".into()));
            return;
        };
        if let Err(why) = limits::happened(date.get_untracked(), today()) {
            error.set(Some(format!("Check the date: {why}. A run is logged on or before today.")));
            return;
        }
        let shoe_name = shoe.get_untracked().trim().to_string();
        if let Err(why) = limits::short_text(&shoe_name, limits::MAX_NAME_CHARS) {
            error.set(Some(format!("Shorten the shoe name: {why}.")));
            return;
        }
        // An edit of a run another tab deleted meanwhile would bring it back unasked.
        if let Some(id) = editing_id {
            if state.reread_run(id).is_none() && !confirm_restore.get_untracked() {
                error.set(Some(
                    "This run was deleted in another tab or window. Save again to keep it after all, or cancel editing to leave it deleted.".into(),
                ));
                confirm_restore.set(true);
                return;
            }
        }
        error.set(None);
        let run = RunEntry {
            id: editing_id.unwrap_or_else(now_ms),
            date: date.get_untracked(),
            metres,
            seconds: exact_seconds.filter(|s| s / 60 == mins).unwrap_or(mins * 60),
            terrain: terrain.get_untracked(),
            shoe: (!shoe_name.is_empty()).then(|| shoe_name.clone()),
            kind: kind.get_untracked(),
            pain_during: pain_noted.get_untracked().then(|| during.get_untracked()),
            pain_after: pain_noted.get_untracked().then(|| after.get_untracked()),
            started,
            source,
        };
        if let Err(e) = state.save_run(run) {
            error.set(Some(format!("The run of {} was not saved: {e}", units().show(metres))));
            return;
        }
        if !shoe_name.is_empty() && !state.settings.with_untracked(|s| s.shoes.contains(&shoe_name)) {
            state.edit_settings(|settings| {
                if settings.shoes.len() < limits::MAX_SHOES {
                    settings.shoes.push(shoe_name);
                }
            });
        }
        state.mark_unsaved(FORM, false);
        distance.set(String::new());
        minutes.set(String::new());
        on_saved.run(format!("Run of {} saved.", units().show(metres)));
    };

    view! {
        <form class="run-form" on:submit=submit novalidate on:input=move |_| state.mark_unsaved(FORM, true)>
            <div class="field-grid">
                <label class="field">
                    <span>"Date"</span>
                    <input type="date" prop:value=move || date.get().to_string()
                        on:change=move |ev| {
                            if let Some(d) = iso_date::parse(&event_target_value(&ev)) {
                                date.set(d);
                            }
                        }/>
                </label>
                <label class="field">
                    <span>{move || format!("Distance ({})", units().label())}</span>
                    <input type="text" inputmode="decimal" autocomplete="off" prop:value=move || distance.get() on:input=move |ev| distance.set(event_target_value(&ev))/>
                </label>
                <label class="field">
                    <span>"Time (minutes)"</span>
                    <input type="number" inputmode="numeric" min="1" max="1440" prop:value=move || minutes.get() on:input=move |ev| minutes.set(event_target_value(&ev))/>
                </label>
                <label class="field">
                    <span>"Terrain"</span>
                    <Select options=labelled(&Terrain::ALL, Terrain::label) bind=terrain/>
                </label>
                <label class="field">
                    <span>"Type of run"</span>
                    <Select options=labelled(&RunKind::ALL, RunKind::label) bind=kind/>
                </label>
                <label class="field">
                    <span>"Shoes (optional)"</span>
                    <input type="text" list="shoe-names" maxlength="60" prop:value=move || shoe.get() on:input=move |ev| shoe.set(event_target_value(&ev))/>
                    <datalist id="shoe-names">
                        {move || state.settings.with(|s| s.shoes.iter().map(|n| view! { <option value=n.clone()></option> }).collect_view())}
                    </datalist>
                </label>
            </div>
            <div class="load-guard" role="status" aria-live="polite">
                {move || warnings().map(|list| view! {
                    <div class="notice notice-warning">
                        <p><strong>"Load warning"</strong></p>
                        {list.into_iter().map(|w| view! { <p>{w}</p> }).collect_view()}
                    </div>
                })}
            </div>
            <Show when=move || !pain_noted.get()>
                <label class="tick">
                    <input type="checkbox" on:change=move |ev| pain_noted.set(event_target_checked(&ev))/>
                    <span>"Note the pain of this run (the watch file had none)"</span>
                </label>
            </Show>
            <Show when=move || pain_noted.get()>
                <PainField id="run-pain-during" label="Worst pain during the run" value=during/>
                <PainField id="run-pain-after" label="Pain after the run" value=after/>
            </Show>
            <p class="field-error" role="alert">{move || error.get()}</p>
            <div class="button-row">
                <button type="submit" class="button button-primary">{if is_edit { "Save the changes" } else { "Save the run" }}</button>
                {is_edit.then(|| view! {
                    <button type="button" class="button button-quiet" on:click=move |_| on_cancel.run(())>"Cancel editing"</button>
                })}
            </div>
        </form>
    }
}
