//! Storage problems, always visible: storage switched off (nothing will be kept), a save
//! that failed, and stored values that could not be read. An unreadable value is never
//! thrown away for the user: they can download its raw text, and only discard it on an
//! explicit, confirmed request.

use leptos::prelude::*;

use super::app_state::use_app_state;
use super::download::download_text;
use crate::storage::Unreadable;

#[component]
pub fn StorageNotice() -> impl IntoView {
    let state = use_app_state();
    view! {
        {move || {
            state
                .memory_only
                .get()
                .map(|why| {
                    view! {
                        <div class="notice notice-warning" role="status">
                            <p>
                                <strong>"Nothing will be kept."</strong>
                                " "
                                {format!(
                                    "The browser is not letting the app save ({why}). You can use the app, but \
                                    everything is lost when you close it. Private browsing often causes this.",
                                )}
                            </p>
                        </div>
                    }
                })
        }}
        <For
            each=move || state.save_errors.get()
            key=|entry| entry.clone()
            children=move |(key, message)| {
                view! {
                    <div class="notice notice-error" role="alert">
                        <p>{message}</p>
                        <button
                            type="button"
                            class="button button-quiet"
                            on:click=move |_| state.dismiss_save_error(&key)
                        >
                            "Dismiss"
                        </button>
                    </div>
                }
            }
        />
        <For
            each=move || state.unreadable.get()
            key=|u| u.key.clone()
            children=move |u| view! { <UnreadableItem item=u /> }
        />
    }
}

#[component]
fn UnreadableItem(item: Unreadable) -> impl IntoView {
    let state = use_app_state();
    let confirming = RwSignal::new(false);
    let key = StoredValue::new(item.key.clone());
    let raw = item.raw.clone();
    let file_name = format!("{}-unreadable.txt", item.key);
    view! {
        <div class="notice notice-error" role="alert">
            <p>{item.to_string()}</p>
            <div class="button-row">
                <button type="button" class="button" on:click=move |_| download_text(&file_name, &raw)>
                    "Download the raw text"
                </button>
                <Show
                    when=move || confirming.get()
                    fallback=move || {
                        view! {
                            <button type="button" class="button button-quiet" on:click=move |_| confirming.set(true)>
                                "Discard it…"
                            </button>
                        }
                    }
                >
                    <button
                        type="button"
                        class="button button-danger"
                        on:click=move |_| key.with_value(|k| state.discard(k))
                    >
                        "Yes, discard it for good"
                    </button>
                    <button type="button" class="button button-quiet" on:click=move |_| confirming.set(false)>
                        "Keep it"
                    </button>
                </Show>
            </div>
        </div>
    }
}
