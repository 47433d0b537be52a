//! Entering or editing a run. The load guard runs live as the distance is typed, so a
//! spiking run is warned about before it is saved.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::decimal::Fixed;
use crate::domain::iso_date;

use crate::domain::limits;
use crate::domain::pain::PainScore;
use crate::domain::runs::{load_warnings, RunEntry, RunKind, Terrain, Units};
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
    let editing_id = editing.as_ref().map(|r| r.id);
    let fields = Fields::new(editing.as_ref(), units());
    let error = RwSignal::new(None::<String>);
    let confirm_restore = RwSignal::new(false);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let run = match fields.run(editing.as_ref(), units()) {
            Ok(run) => run,
            Err(message) => return error.set(Some(message)),
        };
        // An edit of a run another tab deleted meanwhile would bring it back unasked.
        if let Some(id) = editing_id {
            if state.reread_run(id).is_none() && !confirm_restore.get_untracked() {
                error.set(Some(
                    "This run was deleted in another tab or window. Save again to keep it after all, or cancel \
                    editing to leave it deleted."
                        .into(),
                ));
                confirm_restore.set(true);
                return;
            }
        }
        error.set(None);
        let (metres, shoe_name) = (run.metres, run.shoe.clone());
        if let Err(e) = state.save_run(run) {
            error.set(Some(format!("The run of {} was not saved: {e}", units().show(metres))));
            return;
        }
        if let Some(name) = shoe_name.filter(|n| !state.settings.with_untracked(|s| s.shoes.contains(n))) {
            state.edit_settings(|settings| {
                if settings.shoes.len() < limits::MAX_SHOES {
                    settings.shoes.push(name);
                }
            });
        }
        state.mark_unsaved(FORM, false);
        fields.distance.set(String::new());
        fields.minutes.set(String::new());
        on_saved.run(format!("Run of {} saved.", units().show(metres)));
    };

    view! {
        <form class="run-form" on:submit=submit novalidate on:input=move |_| state.mark_unsaved(FORM, true)>
            {field_grid(fields)}
            {load_guard(fields, editing_id)}
            {pain(fields)}
            <p class="field-error" role="alert">
                {move || error.get()}
            </p>
            <div class="button-row">
                <button type="submit" class="button button-primary">
                    {if is_edit { "Save the changes" } else { "Save the run" }}
                </button>
                {is_edit
                    .then(|| {
                        view! {
                            <button type="button" class="button button-quiet" on:click=move |_| on_cancel.run(())>
                                "Cancel editing"
                            </button>
                        }
                    })}
            </div>
        </form>
    }
}

/// What the form holds, as typed.
#[derive(Clone, Copy)]
struct Fields {
    date: RwSignal<NaiveDate>,
    distance: RwSignal<String>,
    minutes: RwSignal<String>,
    terrain: RwSignal<Terrain>,
    kind: RwSignal<RunKind>,
    shoe: RwSignal<String>,
    during: RwSignal<PainScore>,
    after: RwSignal<PainScore>,
    /// A run imported from a watch file has no pain noted: it stays so unless the runner
    /// chooses to note it, since a 0 nobody chose would read as a pain-free run.
    pain_noted: RwSignal<bool>,
}

impl Fields {
    /// Empty for a new run; the run's own values for an edit.
    fn new(start: Option<&RunEntry>, units: Units) -> Self {
        Fields {
            date: RwSignal::new(start.map_or(today(), |r| r.date)),
            distance: RwSignal::new(
                start.map(|r| Fixed(units.from_metres(r.metres), 2).to_string()).unwrap_or_default(),
            ),
            minutes: RwSignal::new(start.map(|r| (r.seconds / 60).to_string()).unwrap_or_default()),
            terrain: RwSignal::new(start.map_or(Terrain::Road, |r| r.terrain)),
            kind: RwSignal::new(start.map_or(RunKind::Easy, |r| r.kind)),
            shoe: RwSignal::new(start.and_then(|r| r.shoe.clone()).unwrap_or_default()),
            during: RwSignal::new(start.and_then(|r| r.pain_during).unwrap_or_default()),
            after: RwSignal::new(start.and_then(|r| r.pain_after).unwrap_or_default()),
            pain_noted: RwSignal::new(start.is_none_or(|r| r.pain_during.is_some() || r.pain_after.is_some())),
        }
    }

    /// The run as entered, checked against the limits (`domain::limits`), or what to fix.
    /// An edit keeps the run's id, its start time and source, and an imported run's exact
    /// seconds unless its minutes are changed.
    fn run(&self, start: Option<&RunEntry>, units: Units) -> Result<RunEntry, String> {
        let metres = units.parse_distance(&self.distance.get_untracked())?;
        let Some(mins) = self.minutes.get_untracked().trim().parse::<u32>().ok().filter(|m| (1..=1440).contains(m))
        else {
            return Err("Enter the time in whole minutes, from 1 to 1440.".into());
        };
        let date = self.date.get_untracked();
        limits::happened(date, today())
            .map_err(|why| format!("Check the date: {why}. A run is logged on or before today."))?;
        let shoe = self.shoe.get_untracked().trim().to_string();
        limits::short_text(&shoe, limits::MAX_NAME_CHARS).map_err(|why| format!("Shorten the shoe name: {why}."))?;
        let noted = self.pain_noted.get_untracked();
        Ok(RunEntry {
            id: start.map_or_else(now_ms, |r| r.id),
            date,
            metres,
            seconds: start.map(|r| r.seconds).filter(|s| s / 60 == mins).unwrap_or(mins * 60),
            terrain: self.terrain.get_untracked(),
            shoe: (!shoe.is_empty()).then_some(shoe),
            kind: self.kind.get_untracked(),
            pain_during: noted.then(|| self.during.get_untracked()),
            pain_after: noted.then(|| self.after.get_untracked()),
            started: start.and_then(|r| r.started),
            source: start.and_then(|r| r.source),
        })
    }
}

/// Date, distance, time, terrain, type and shoes.
fn field_grid(f: Fields) -> impl IntoView {
    let state = use_app_state();
    let units = move || state.settings.with(|s| s.units);
    let shoe_names = move || {
        state.settings.with(|s| s.shoes.iter().map(|n| view! { <option value=n.clone()></option> }).collect_view())
    };
    view! {
        <div class="field-grid">
            <label class="field">
                <span>"Date"</span>
                <input
                    type="date"
                    prop:value=move || f.date.get().to_string()
                    on:change=move |ev| {
                        if let Some(d) = iso_date::parse(&event_target_value(&ev)) {
                            f.date.set(d);
                        }
                    }
                />
            </label>
            <label class="field">
                <span>{move || format!("Distance ({})", units().label())}</span>
                <input
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    prop:value=move || f.distance.get()
                    on:input=move |ev| f.distance.set(event_target_value(&ev))
                />
            </label>
            <label class="field">
                <span>"Time (minutes)"</span>
                <input
                    type="number"
                    inputmode="numeric"
                    min="1"
                    max="1440"
                    prop:value=move || f.minutes.get()
                    on:input=move |ev| f.minutes.set(event_target_value(&ev))
                />
            </label>
            <label class="field">
                <span>"Terrain"</span>
                <Select options=labelled(&Terrain::ALL, Terrain::label) bind=f.terrain />
            </label>
            <label class="field">
                <span>"Type of run"</span>
                <Select options=labelled(&RunKind::ALL, RunKind::label) bind=f.kind />
            </label>
            <label class="field">
                <span>"Shoes (optional)"</span>
                <input
                    type="text"
                    list="shoe-names"
                    maxlength="60"
                    prop:value=move || f.shoe.get()
                    on:input=move |ev| f.shoe.set(event_target_value(&ev))
                />
                <datalist id="shoe-names">{shoe_names}</datalist>
            </label>
        </div>
    }
}

/// Live: what the load guard says about the distance as typed, before anything is saved.
fn load_guard(f: Fields, editing_id: Option<u64>) -> impl IntoView {
    let state = use_app_state();
    let warnings = move || {
        let units = state.settings.with(|s| s.units);
        let metres = units.parse_metres(&f.distance.get())?;
        let list = state.runs.with(|runs| load_warnings(runs, f.date.get(), metres, editing_id));
        (!list.is_empty()).then(|| list.iter().map(|w| w.explain(units)).collect::<Vec<_>>())
    };
    view! {
        <div class="load-guard" role="status" aria-live="polite">
            {move || {
                warnings()
                    .map(|list| {
                        view! {
                            <div class="notice notice-warning">
                                <p>
                                    <strong>"Load warning"</strong>
                                </p>
                                {list.into_iter().map(|w| view! { <p>{w}</p> }).collect_view()}
                            </div>
                        }
                    })
            }}
        </div>
    }
}

/// Pain during and after, or, for a run imported without it, the choice to note it.
fn pain(f: Fields) -> impl IntoView {
    view! {
        <Show when=move || !f.pain_noted.get()>
            <label class="tick">
                <input type="checkbox" on:change=move |ev| f.pain_noted.set(event_target_checked(&ev)) />
                <span>"Note the pain of this run (the watch file had none)"</span>
            </label>
        </Show>
        <Show when=move || f.pain_noted.get()>
            <PainField id="run-pain-during" label="Worst pain during the run" value=f.during />
            <PainField id="run-pain-after" label="Pain after the run" value=f.after />
        </Show>
    }
}
