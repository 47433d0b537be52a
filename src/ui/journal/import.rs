//! Importing runs from watch files: pick files, see what was found, then add. Nothing is
//! saved until the runner says so, and the files themselves are not kept.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::decimal::Fixed;
use crate::domain::runs::Units;
use crate::domain::watch::import::{self, Adding, Plan};
use crate::domain::watch::{Found, Skip};
use crate::ui::app_state::use_app_state;
use crate::ui::base_path::href;
use crate::ui::clock::{format_day, now_ms, today};
use crate::ui::screen::Screen;

use super::watch_files::{device_offset, files_of, read_files, take_shared_files};

/// The kinds of file the picker offers.
const ACCEPT: &str = ".fit,.gpx,.tcx,.gz,.zip,.csv";
/// Skipped items listed one by one; beyond this they are counted by reason.
const LISTED: usize = 12;

/// How files came: picked here, or shared to the installed app from another one.
enum Arrival {
    Picked(Vec<web_sys::File>),
    Shared,
}

const NOTHING_SHARED: &str =
    "No files came with the share. Choose them with Import files, or share them again from the app that made them.";

#[derive(Clone)]
enum Import {
    Idle,
    Reading(usize),
    Preview(Plan),
    Done(String),
}

/// "1:02:03", or "32:10" under an hour.
fn clock(seconds: u32) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

fn distance(units: Units, metres: u32) -> String {
    format!("{} {}", Fixed(units.from_metres(metres), 2), units.label())
}

#[component]
pub fn RunImport() -> impl IntoView {
    let state = use_app_state();
    let import = RwSignal::new(Import::Idle);
    let units = move || state.settings.with(|s| s.units);
    // One reading for both ways files arrive (one future in the wasm, not two).
    let start = move |arrival: Arrival| {
        leptos::task::spawn_local(async move {
            let files = match arrival {
                Arrival::Picked(files) => files,
                Arrival::Shared => match take_shared_files().await {
                    Some(files) if !files.is_empty() => files,
                    _ => return import.set(Import::Done(NOTHING_SHARED.into())),
                },
            };
            import.set(Import::Reading(files.len()));
            let reading = read_files(files).await;
            let log = state.runs.get_untracked();
            let plan = import::plan(reading.found, reading.skipped, &log, now_ms(), today(), &device_offset);
            import.set(Import::Preview(plan));
        })
    };
    let on_files = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        let files = files_of(&input);
        // The same files can be picked again (to see that they add nothing).
        input.set_value("");
        if !files.is_empty() {
            start(Arrival::Picked(files));
        }
    };
    let details = NodeRef::<leptos::html::Details>::new();
    let shared = take_shared_arrival(details);
    if shared {
        start(Arrival::Shared);
    }
    let add = move |adding: Vec<Adding>| {
        let total = adding.len();
        let failed: Vec<String> =
            adding.into_iter().filter_map(|a| state.save_run(a.run).err().map(|e| e.to_string())).collect();
        import.set(Import::Done(match failed.first() {
            None => format!("Added {total} run{}.", if total == 1 { "" } else { "s" }),
            Some(e) => format!("Added {} of {total} runs; the others were not saved: {e}", total - failed.len()),
        }));
    };
    view! {
        <details class="import" open=shared node_ref=details>
            <summary>"Import runs from a watch or app"</summary>
            <p>
                "FIT files from a watch, GPX or TCX files, each may be gzipped (.gz), or a Strava bulk export (its \
                .zip, or the activities.csv inside). The files are read on this phone and not kept."
            </p>
            <label class="file-picker">
                <span>"Import files"</span>
                <input type="file" multiple accept=ACCEPT on:change=on_files />
            </label>
            <div aria-live="polite">{move || status(import, units(), add)}</div>
        </details>
    }
}

/// Files shared to the installed app arrive as "journal?shared" (public/sw.js): the import
/// opens with them and is scrolled to, and the query is dropped so a reload does not ask
/// again. Whether they came that way.
fn take_shared_arrival(details: NodeRef<leptos::html::Details>) -> bool {
    let shared = window().location().search().is_ok_and(|q| q == "?shared");
    if shared {
        let _ = window()
            .history()
            .and_then(|h| h.replace_state_with_url(&JsValue::NULL, "", Some(&href(&Screen::Journal))));
        Effect::new(move || {
            if let Some(details) = details.get() {
                details.scroll_into_view();
            }
        });
    }
    shared
}

/// Where the import stands: reading, what was found (to add or cancel), or how it ended.
fn status(import: RwSignal<Import>, units: Units, add: impl Fn(Vec<Adding>) + Send + Sync + 'static) -> AnyView {
    match import.get() {
        Import::Idle => ().into_any(),
        Import::Reading(n) => {
            view! { <p class="status">{format!("Reading {n} file{}…", if n == 1 { "" } else { "s" })}</p> }.into_any()
        }
        Import::Done(message) => view! {
            <p class="status" role="status">
                {message}
            </p>
        }
        .into_any(),
        Import::Preview(plan) => {
            let on_add = Callback::new(add);
            let on_cancel = Callback::new(move |()| import.set(Import::Idle));
            view! { <Preview plan units on_add on_cancel /> }.into_any()
        }
    }
}

#[component]
fn Preview(plan: Plan, units: Units, on_add: Callback<Vec<Adding>>, on_cancel: Callback<()>) -> impl IntoView {
    let n = plan.adding.len();
    let guarded = plan.adding.iter().filter(|a| !a.warnings.is_empty()).count();
    let heading = match n {
        0 => "No new runs found".to_string(),
        1 => "1 new run found".to_string(),
        n => format!("{n} new runs found"),
    };
    let adding = plan.adding.clone();
    view! {
        <section class="import-preview" aria-labelledby="import-found">
            <h3 id="import-found">{heading}</h3>
            {(guarded > 0)
                .then(|| {
                    view! {
                        <p class="notice">
                            {format!("{guarded} of them would trip the load guard: see the warnings below.")}
                        </p>
                    }
                })}
            <ul class="entry-list import-runs">{plan.adding.iter().map(|a| found_run(a, units)).collect_view()}</ul>
            {already_in_log(&plan.already, units)}
            {skipped_view(&plan.skipped)}
            {(n > 0)
                .then(|| {
                    view! {
                        <p class="hint">"Added as easy road runs with no pain noted: edit any of them to say more."</p>
                    }
                })}
            <div class="actions">
                <>
                    {(n > 0)
                        .then(|| {
                            view! {
                                <button type="button" class="button" on:click=move |_| on_add.run(adding.clone())>
                                    {if n == 1 { "Add 1 run".to_string() } else { format!("Add {n} runs") }}
                                </button>
                            }
                        })}
                </>
                <button type="button" class="button button-quiet" on:click=move |_| on_cancel.run(())>
                    {if n == 0 { "Close" } else { "Cancel" }}
                </button>
            </div>
        </section>
    }
}

/// A run to be added: its date, distance and time, the file it came from, and any
/// load-guard warning.
fn found_run(a: &Adding, units: Units) -> impl IntoView {
    view! {
        <li>
            <span>
                {format!("{}: {} in {}", format_day(a.run.date), distance(units, a.run.metres), clock(a.run.seconds))}
            </span>
            <span class="hint">{format!(" · {} ({})", a.found.file, a.found.source.label())}</span>
            {a
                .found
                .sport_unstated
                .then(|| view! { <span class="hint">" · the file does not say it was a run"</span> })}
            {a.warnings.iter().map(|w| view! { <p class="load-warning">{w.explain(units)}</p> }).collect_view()}
        </li>
    }
}

/// Runs the files hold that the log already has: listed, not added again.
fn already_in_log(already: &[(Found, chrono::NaiveDate)], units: Units) -> impl IntoView {
    (!already.is_empty()).then(|| {
        view! {
            <h4>{format!("Already in your log: {}", already.len())}</h4>
            <ul class="hint-list">
                {already
                    .iter()
                    .map(|(f, date)| {
                        let what = format!(
                            "{}: {} ({}), not added again",
                            format_day(*date),
                            distance(units, f.summary.metres.round() as u32),
                            f.file,
                        );
                        view! { <li>{what}</li> }
                    })
                    .collect_view()}
            </ul>
        }
    })
}

/// Each skipped file with its reason; a long list (a Strava export's rides) is counted by
/// reason after the first few.
fn skipped_view(skipped: &[(String, Skip)]) -> impl IntoView {
    let rest = skipped.iter().skip(LISTED).fold(Vec::<(String, usize)>::new(), |mut counts, (_, why)| {
        let why = why.to_string();
        match counts.iter_mut().find(|(w, _)| *w == why) {
            Some((_, n)) => *n += 1,
            None => counts.push((why, 1)),
        }
        counts
    });
    (!skipped.is_empty()).then(|| {
        view! {
            <h4>{format!("Skipped: {}", skipped.len())}</h4>
            <ul class="hint-list import-skipped">
                {skipped
                    .iter()
                    .take(LISTED)
                    .map(|(file, why)| view! { <li>{format!("{file}: {why}")}</li> })
                    .collect_view()}
                {rest.into_iter().map(|(why, n)| view! { <li>{format!("{n} more: {why}")}</li> }).collect_view()}
            </ul>
        }
    })
}
