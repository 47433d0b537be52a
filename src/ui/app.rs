//! The app shell: header with navigation, the routed screen, and the notices that must be
//! visible on every screen (storage problems, a waiting update).

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::path;

use super::app_state::AppState;
use super::base_path;
use super::clock::today;
use super::lazy_screens;
use super::nav::NavBar;
use super::not_found::NotFound;
use super::other_tabs;
use super::screen::Screen;
use super::storage_notice::StorageNotice;
use super::today::Today;
use super::update_prompt::UpdatePrompt;
use crate::storage::Store;

#[component]
pub fn App() -> impl IntoView {
    let (store, unavailable) = open_store();
    let state = AppState::open(store, unavailable);
    provide_context(state);
    other_tabs::listen(state);
    super::clock::follow_the_day(state);
    let base = base_path::from_document();
    provide_context(base.clone());
    // Start-up on Today reads the recent records it shows, paints, and then reads the rest
    // (years of them, by then): the first screen appears without waiting for the history.
    // Any other screen may show the whole history, so it reads everything at once.
    let first_screen = window().location().pathname().map(|path| Screen::from_path(&path, &base.0));
    if first_screen == Ok(Screen::Today) {
        state.load_for_today(today());
        request_animation_frame(move || set_timeout(move || state.reload_all(), Duration::ZERO));
    } else {
        state.reload_all();
    }
    // The loading text from index.html goes in the same task as the app's first render,
    // so no frame is ever blank between the two.
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }

    view! {
        <Router base=base.0>
            <a class="skip-link" href="#main">
                "Skip to content"
            </a>
            <NavBar />
            <div class="notices">
                <UpdatePrompt />
                <StorageNotice />
            </div>
            <main id="main" tabindex="-1">
                // One route takes every address, so the router still completes each
                // navigation; `ScreenOutlet` picks the screen with a plain `match`.
                <FlatRoutes fallback=NotFound>
                    <Route path=path!("/*any") view=ScreenOutlet />
                </FlatRoutes>
            </main>
        </Router>
    }
}

/// The screen for the current address. The memo changes only when the screen (or its id)
/// does, so a new query string or hash does not rebuild the screen. Today is in the main
/// module and renders at once; any other screen's module may still be on its way the first
/// time it opens, so a short "Opening" line stands in for it until then.
#[component]
fn ScreenOutlet() -> impl IntoView {
    let screen = base_path::current_screen();
    move || match screen.get() {
        Screen::Today => view! { <Today /> }.into_any(),
        other => view! { <LazyScreen screen=other /> }.into_any(),
    }
}

/// A screen from its own wasm module: "Opening…" while it downloads, and if the download
/// fails, what happened and a button that tries again (nothing entered is affected).
#[component]
fn LazyScreen(screen: Screen) -> impl IntoView {
    let attempt = RwSignal::new(0u32);
    let load = move || {
        attempt.track();
        let screen = screen.clone();
        Suspend::new(async move {
            match lazy_screens::view_of(screen).await {
                Ok(view) => view,
                Err(_) => view! {
                    <section class="screen" role="alert">
                        <h1>"This page could not be opened"</h1>
                        <p>
                            "Its part of the app did not download. Check the connection and try again; everything you \
                            entered is kept."
                        </p>
                        <p>
                            <button type="button" class="button" on:click=move |_| attempt.update(|n| *n += 1)>
                                "Try again"
                            </button>
                        </p>
                    </section>
                }
                .into_any(),
            }
        })
    };
    view! {
        <Suspense fallback=|| {
            view! {
                <p class="screen opening" role="status">
                    "Opening\u{2026}"
                </p>
            }
        }>{load}</Suspense>
    }
}

#[cfg(target_arch = "wasm32")]
fn open_store() -> (Store, Option<String>) {
    let (store, why) = Store::open_browser();
    (store, why.map(|e| e.detail().to_string()))
}

#[cfg(not(target_arch = "wasm32"))]
fn open_store() -> (Store, Option<String>) {
    (Store::in_memory(), None)
}
