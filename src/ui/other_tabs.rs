//! Keeps this tab current when another tab of the app changes the data. The browser fires
//! `storage` only in the *other* tabs, with the key that changed; this tab reads that one
//! record again and writes nothing back, so two tabs never echo each other.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::app_state::AppState;

pub fn listen(state: AppState) {
    let Some(window) = web_sys::window() else { return };
    let on_storage = Closure::<dyn FnMut(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
        // `key` is null when the other tab cleared all storage.
        state.apply_remote_change(event.key().as_deref());
    });
    let _ = window.add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    on_storage.forget();
}
