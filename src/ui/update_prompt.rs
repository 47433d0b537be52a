//! Service-worker registration and the "new version" prompt.
//!
//! A new version installs in the background and waits. The user sees "A new version is
//! ready — Reload" and decides when: the page reloads only after they press the button
//! (the `controllerchange` listener is attached by the click), never under their hands.
//! Their data lives in localStorage, which an update does not touch.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// Message the worker understands as "activate now" (see public/sw.js).
const SKIP_WAITING: &str = "skip-waiting";

#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let ready = RwSignal::new(false);
    let registration = StoredValue::new_local(None::<ServiceWorkerRegistration>);
    leptos::task::spawn_local(async move {
        if let Some(reg) = register(ready).await {
            registration.set_value(Some(reg));
        }
    });

    let state = crate::ui::app_state::use_app_state();
    // Input typed but not saved would be lost by a reload: say where, and ask first.
    let asking = RwSignal::new(false);
    let reload_now = move || {
        let Some(container) = container() else { return };
        let on_change = Closure::<dyn FnMut()>::new(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();
        match registration.with_value(|r| r.as_ref().and_then(|r| r.waiting())) {
            Some(waiting) => {
                let _ = waiting.post_message(&JsValue::from_str(SKIP_WAITING));
            }
            // Nothing waiting any more (another tab already updated): a plain reload does it.
            None => {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            }
        }
    };
    let reload = move |_| {
        if state.unsaved.with_untracked(|u| u.is_empty()) || asking.get_untracked() {
            reload_now();
        } else {
            asking.set(true);
        }
    };

    view! {
        <Show when=move || ready.get()>
            <div class="notice notice-info update-prompt" role="status">
                <p>"A new version is ready."</p>
                <Show when=move || asking.get()>
                    <p role="alert">
                        {move || {
                            format!(
                                "You have typed something not yet saved ({}). Save it first, or reload and lose it.",
                                state.unsaved.with(|u| u.iter().copied().collect::<Vec<_>>().join(", ")),
                            )
                        }}
                    </p>
                </Show>
                <button type="button" class="button" on:click=reload>
                    {move || if asking.get() { "Reload anyway" } else { "Reload" }}
                </button>
            </div>
        </Show>
    }
}

/// Resolves once the window's `load` event has fired (at once if it already has).
async fn page_loaded() {
    let Some(window) = web_sys::window() else { return };
    if window.document().is_some_and(|d| d.ready_state() == "complete") {
        return;
    }
    let loaded = js_sys::Promise::new(&mut |resolve, _reject| {
        let on_load = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let _ = window.add_event_listener_with_callback("load", on_load.unchecked_ref());
    });
    let _ = JsFuture::from(loaded).await;
}

/// The page's service-worker container, where the browser has one (secure contexts only).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let has = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    has.then(|| navigator.service_worker())
}

/// Registers `sw.js` (relative to the `<base href>`, so a sub-path works) and sets `ready`
/// when an updated worker is installed and waiting behind the one in control.
async fn register(ready: RwSignal<bool>) -> Option<ServiceWorkerRegistration> {
    let workers = container()?;
    // After the page has loaded: the worker's precache then finds the page's own files in
    // the HTTP cache, and never competes with the first screen for the network.
    page_loaded().await;
    let reg: ServiceWorkerRegistration = JsFuture::from(workers.register("./sw.js")).await.ok()?.dyn_into().ok()?;
    let controlled = move || container().and_then(|c| c.controller()).is_some();

    // One that was already waiting when the page opened.
    if reg.waiting().is_some() && controlled() {
        ready.set(true);
    }
    // One found from now on. The first install of all (nothing in control yet) is not an
    // update, so it does not prompt.
    let watched = reg.clone();
    let on_found = Closure::<dyn FnMut()>::new(move || {
        let Some(worker) = watched.installing() else { return };
        let observed = worker.clone();
        let on_state = Closure::<dyn FnMut()>::new(move || {
            if observed.state() == ServiceWorkerState::Installed && controlled() {
                ready.set(true);
            }
        });
        worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();

    // A phone app stays open for days: look for a new version whenever it comes back
    // to the foreground.
    let checked = reg.clone();
    let on_visible = Closure::<dyn FnMut()>::new(move || {
        let visible = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Visible);
        if visible {
            let _ = checked.update();
        }
    });
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        let _ = document.add_event_listener_with_callback("visibilitychange", on_visible.as_ref().unchecked_ref());
    }
    on_visible.forget();
    Some(reg)
}
