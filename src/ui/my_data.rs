//! My data: what is kept on this device, a backup to download, restoring a backup (checked
//! in full and previewed before anything changes), and deleting everything.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::app_state::use_app_state;
use super::clock::{format_day, now_rfc3339, today};
use super::download::download_json;
use super::journal::watch_files::device_offset;
use crate::domain::journal::Settings;
use crate::domain::watch::When;
use crate::storage::backup::{self, Contents, ImportError, ImportMode};
use crate::storage::Item;

/// Where the restore flow is.
#[derive(Clone, PartialEq)]
enum Restore {
    Idle,
    Reading,
    Refused(String),
    Ready(Contents),
    ConfirmReplace(Contents),
    Done(String),
}

#[component]
pub fn MyData() -> impl IntoView {
    view! {
        <section class="screen my-data">
            <h1>"My data"</h1>
            <p>
                "Everything you enter stays in this browser on this device. Nothing is sent anywhere, so a \
                backup file is the only way to keep a copy or move to another phone."
            </p>
            <KeptHere />
            <BackUp />
            <RestoreBackup />
            <DeleteEverything />
        </section>
    }
}

/// What is kept on this device, by kind, and how much of it could not be read.
#[component]
fn KeptHere() -> impl IntoView {
    let state = use_app_state();
    let unreadable = move || state.unreadable.with(|u| u.len());
    view! {
        <h2>"Kept on this device"</h2>
        <ul class="stored-summary">
            <>
                {move || {
                    let lines = state.stored_summary();
                    if lines.is_empty() {
                        view! { <li>"Nothing yet"</li> }.into_any()
                    } else {
                        lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view().into_any()
                    }
                }}
            </>
            <Show when=move || { unreadable() > 0 }>
                <li>
                    {move || format!("{} record(s) that could not be read: see the notice at the top", unreadable())}
                </li>
            </Show>
        </ul>
    }
}

/// Everything as one file, downloaded.
#[component]
fn BackUp() -> impl IntoView {
    let state = use_app_state();
    let note = RwSignal::new(None::<String>);
    let export = move |_| match state.export(&now_rfc3339()) {
        Ok((text, left_out)) => {
            download_json(&format!("achilles-backup-{}.json", today()), &text);
            note.set(Some(match left_out {
                0 => "Backup downloaded. Keep it somewhere safe: it is the only copy outside this browser.".into(),
                n => format!(
                    "Backup downloaded. It also carries, exactly as they are, {n} stored value(s) this version \
                    cannot read, so a restore keeps them too. Keep the file somewhere safe."
                ),
            }));
        }
        Err(e) => note.set(Some(format!("Could not read your data to export it: {e}."))),
    };
    view! {
        <h2>"Back up"</h2>
        <p>"Download everything as one file. You can restore it here or on another device."</p>
        <button type="button" class="button button-primary" on:click=export>
            "Download a backup"
        </button>
        <p class="status" role="status">
            {move || note.get()}
        </p>
    }
}

/// A backup read back: checked in full, shown, and only then added or put in place of
/// what is here.
#[component]
fn RestoreBackup() -> impl IntoView {
    let state = use_app_state();
    let restore = RwSignal::new(Restore::Idle);
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0))
        else {
            return;
        };
        // Refuse an oversized file before reading it into memory.
        let size = file.size() as usize;
        if size > backup::MAX_BACKUP_BYTES {
            restore.set(Restore::Refused(ImportError::TooLarge { bytes: size }.message()));
            return;
        }
        restore.set(Restore::Reading);
        leptos::task::spawn_local(async move {
            // The bytes as they are: reading as text would turn a bad byte into a
            // replacement character silently, where the check refuses it with a message.
            let bytes = JsFuture::from(file.array_buffer()).await.ok().map(|b| js_sys::Uint8Array::new(&b).to_vec());
            restore.set(match bytes {
                None => Restore::Refused(ImportError::NotText.message()),
                Some(bytes) => match backup::parse_on(&bytes, today()) {
                    Ok(contents) => Restore::Ready(contents),
                    Err(e) => Restore::Refused(e.message()),
                },
            });
        });
    };
    let apply = move |contents: Contents, mode: ImportMode| {
        restore.set(match state.import(&contents, mode) {
            Ok(outcome) => Restore::Done(match (mode, outcome.already_here) {
                (ImportMode::Replace, _) => {
                    format!("Restored {} record(s). What was here before has been replaced.", outcome.added)
                }
                (ImportMode::Merge, 0) => format!("Added {} record(s).", outcome.added),
                (ImportMode::Merge, same) => {
                    format!("Added {} record(s); {same} were already here and were kept as they are.", outcome.added)
                }
            }),
            Err(e) => Restore::Refused(e.to_string()),
        });
    };
    view! {
        <h2>"Restore a backup"</h2>
        <p>"The file is checked in full and shown to you before anything here changes."</p>
        <label class="file-picker">
            <span>"Choose a backup file"</span>
            <input type="file" accept=".json,application/json" on:change=on_file />
        </label>
        <div class="restore" aria-live="polite">
            {move || match restore.get() {
                Restore::Idle => ().into_any(),
                Restore::Reading => view! { <p>"Checking the file…"</p> }.into_any(),
                Restore::Refused(message) => {
                    view! {
                        <p class="notice notice-error" role="alert">
                            {message}
                        </p>
                    }
                        .into_any()
                }
                Restore::Done(message) => {
                    view! {
                        <p class="notice notice-info" role="status">
                            {message}
                        </p>
                    }
                        .into_any()
                }
                Restore::Ready(contents) => backup_preview(contents, restore, apply).into_any(),
                Restore::ConfirmReplace(contents) => confirm_replace(contents, restore, apply).into_any(),
            }}
        </div>
    }
}

/// What the checked backup holds, and the choice of adding it or putting it in place.
fn backup_preview(
    contents: Contents,
    restore: RwSignal<Restore>,
    apply: impl Fn(Contents, ImportMode) + Copy + 'static,
) -> impl IntoView {
    let state = use_app_state();
    let lines = preview(&contents, &state.settings.get_untracked());
    let (merge, replace) = (contents.clone(), contents);
    view! {
        <div class="card import-preview">
            <h3>"This backup holds"</h3>
            <ul>{lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
            <div class="button-row">
                <button
                    type="button"
                    class="button button-primary"
                    on:click=move |_| apply(merge.clone(), ImportMode::Merge)
                >
                    "Add to what is here"
                </button>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| restore.set(Restore::ConfirmReplace(replace.clone()))
                >
                    "Replace what is here…"
                </button>
                <button type="button" class="button button-quiet" on:click=move |_| restore.set(Restore::Idle)>
                    "Cancel"
                </button>
            </div>
        </div>
    }
}

/// The last word before a restore deletes what is here.
fn confirm_replace(
    contents: Contents,
    restore: RwSignal<Restore>,
    apply: impl Fn(Contents, ImportMode) + Copy + 'static,
) -> impl IntoView {
    let back = contents.clone();
    view! {
        <div class="card import-preview">
            <p>
                <strong>"Replace everything on this device with the backup?"</strong>
                " What is here now is deleted:"
            </p>
            <WhatIsHere kept=|kept| {
                format!(
                    "Kept as they are: {kept} stored value(s) this version cannot read (damaged, from a newer \
                    version, or unknown). Replace never deletes those.",
                )
            } />
            <div class="button-row">
                <button
                    type="button"
                    class="button button-danger"
                    on:click=move |_| apply(contents.clone(), ImportMode::Replace)
                >
                    "Yes, replace everything"
                </button>
                <button
                    type="button"
                    class="button button-quiet"
                    on:click=move |_| restore.set(Restore::Ready(back.clone()))
                >
                    "Go back"
                </button>
            </div>
        </div>
    }
}

/// Every record deleted from this device, after a confirmation that lists them.
#[component]
fn DeleteEverything() -> impl IntoView {
    let state = use_app_state();
    let confirm = RwSignal::new(false);
    let note = RwSignal::new(None::<String>);
    let delete = move |_| {
        confirm.set(false);
        note.set(Some(match state.delete_everything() {
            Ok(_) => "Everything has been deleted from this device.".into(),
            Err(e) => format!("Could not delete everything: {e}."),
        }));
    };
    view! {
        <h2>"Delete everything"</h2>
        <p>
            "Removes every heel check and answer from this device. It cannot be undone; download a backup first \
            if you may want them later."
        </p>
        <Show
            when=move || confirm.get()
            fallback=move || {
                view! {
                    <button type="button" class="button button-danger" on:click=move |_| confirm.set(true)>
                        "Delete everything…"
                    </button>
                }
            }
        >
            <div class="card">
                <p>
                    <strong>"Delete all your data from this device?"</strong>
                    " This deletes:"
                </p>
                <WhatIsHere kept=|kept| {
                    format!(
                        "and {kept} stored value(s) this version cannot read (damaged, from a newer version, or \
                        unknown): download a backup first to keep them.",
                    )
                } />
                <div class="button-row">
                    <button type="button" class="button button-danger" on:click=delete>
                        "Yes, delete everything"
                    </button>
                    <button type="button" class="button button-quiet" on:click=move |_| confirm.set(false)>
                        "Cancel"
                    </button>
                </div>
            </div>
        </Show>
        <p class="status" role="status">
            {move || note.get()}
        </p>
    }
}

/// What a replace or a delete would remove, listed, and (through `kept`) what it does with
/// the values this version cannot read.
#[component]
fn WhatIsHere(kept: fn(usize) -> String) -> impl IntoView {
    let state = use_app_state();
    view! {
        <ul>{move || state.stored_summary().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
        {move || {
            let count = state.kept_as_is_count();
            (count > 0).then(|| view! { <p>{kept(count)}</p> })
        }}
    }
}

/// The backup's contents in plain words, for the preview: a count of every kind of record
/// it holds, the settings it would bring, and what a merge keeps of yours.
fn preview(contents: &Contents, settings_here: &Settings) -> Vec<String> {
    let mut lines = Vec::new();
    let dates: Vec<_> = contents.checks().map(|c| c.date).collect();
    lines.push(match (dates.len(), dates.iter().min(), dates.iter().max()) {
        (0, _, _) => "No heel checks".to_string(),
        (1, Some(d), _) => format!("1 heel check, from {}", format_day(*d)),
        (n, Some(first), Some(last)) => {
            format!("{n} heel checks, from {} to {}", format_day(*first), format_day(*last))
        }
        (n, _, _) => format!("{n} heel checks"),
    });
    let mut counted: Vec<(&'static str, &'static str, usize)> = Vec::new();
    for item in contents.items.iter().filter(|i| !matches!(i, Item::Check(_))) {
        let (one, many) = item.noun();
        match counted.iter_mut().find(|(o, _, _)| *o == one) {
            Some((_, _, n)) => *n += 1,
            None => counted.push((one, many, 1)),
        }
    }
    lines.extend(
        counted.into_iter().map(|(one, many, n)| if n == 1 { format!("1 {one}") } else { format!("{n} {many}") }),
    );
    for item in &contents.items {
        if let Item::Settings(s) = item {
            let same = if s.units == settings_here.units { "as here" } else { "unlike here" };
            lines.push(format!(
                "Settings: distances in {} ({same}) and {} named pair(s) of shoes. Add keeps your own settings if \
                you have any; Replace uses these.",
                s.units.label(),
                s.shoes.len()
            ));
        }
    }
    // Read by hand (`When::parse`): chrono's RFC 3339 parser would add its bytes here.
    let when = When::parse(&contents.exported_at)
        .and_then(|t| t.local_date(device_offset))
        .map_or_else(|| contents.exported_at.clone(), format_day);
    lines.push(format!("Made on {when} by version {} of the app", contents.app_version));
    lines
}
