//! The app shell: header with navigation, the routed screen, and the notices that must be
//! visible on every screen (storage problems, a waiting update).

use std::time::Duration;

use leptos::prelude::*;

use super::app_state::AppState;
use super::base_path;
use super::clock::today;
use super::lazy_screens;
use super::lazy_screens::{Draw, ModuleMissing};
use super::nav::NavBar;
use super::other_tabs;
use super::router;
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
    router::provide(&base);
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
        <a class="skip-link" href="#main">
            "Skip to content"
        </a>
        <NavBar />
        <div class="notices">
            <UpdatePrompt />
            <StorageNotice />
        </div>
        <main id="main" tabindex="-1">
            <ScreenOutlet />
        </main>
    }
}

/// The screen for the current address. Today is in the main module and renders at once.
/// Any other screen's module may still be on its way the first time it opens: its drawing
/// function is loaded into a signal, with a short "Opening" line until then and, if the
/// download fails, what happened and a button that tries again (nothing entered is
/// affected). A load that finishes after the runner has moved on is dropped.
#[component]
fn ScreenOutlet() -> impl IntoView {
    let screen = router::current_screen();
    let attempt = RwSignal::new(0u32);
    let draw = RwSignal::new(None::<(Screen, Result<Draw, ModuleMissing>)>);
    Effect::new(move |_| {
        attempt.track();
        let wanted = screen.get();
        if wanted == Screen::Today {
            return;
        }
        leptos::task::spawn_local(async move {
            let loaded = lazy_screens::draw_of(&wanted).await;
            if screen.get_untracked() == wanted {
                draw.set(Some((wanted, loaded)));
            }
        });
    });
    move || {
        let current = screen.get();
        if current == Screen::Today {
            return view! { <Today /> }.into_any();
        }
        match draw.get().filter(|(for_screen, _)| *for_screen == current) {
            Some((_, Ok(draw))) => draw(current.parameter()),
            Some((_, Err(ModuleMissing))) => not_opened(attempt).into_any(),
            None => view! {
                <p class="screen opening" role="status">
                    "Opening\u{2026}"
                </p>
            }
            .into_any(),
        }
    }
}

/// A screen whose module did not download: what happened, and a retry.
fn not_opened(attempt: RwSignal<u32>) -> impl IntoView {
    view! {
        <section class="screen" role="alert">
            <h1>"This page could not be opened"</h1>
            <p>
                "Its part of the app did not download. Check the connection and try again; everything you entered is \
                kept."
            </p>
            <p>
                <button type="button" class="button" on:click=move |_| attempt.update(|n| *n += 1)>
                    "Try again"
                </button>
            </p>
        </section>
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
