//! Keeps this tab current when another tab of the app changes the data. The browser fires
//! `storage` only in the *other* tabs, with the key that changed; this tab reads what
//! changed again and writes nothing back, so two tabs never echo each other.
//!
//! Events are gathered for a moment before they are read: an import or a delete in the
//! other tab changes thousands of keys at once, and reading the store once beats reading
//! it once per key (seconds to minutes, with the page frozen meanwhile).

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::set_timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::app_state::AppState;

/// How long to gather events before reading.
const GATHER: Duration = Duration::from_millis(120);
/// More changed keys than this in one batch: read everything once instead.
const READ_ALL_ABOVE: usize = 16;

/// Keys changed since the last read; `None` in it means "all storage was cleared".
type Pending = Rc<RefCell<Option<Vec<Option<String>>>>>;

pub fn listen(state: AppState) {
    let Some(window) = web_sys::window() else { return };
    let pending: Pending = Rc::new(RefCell::new(None));
    let on_storage = Closure::<dyn FnMut(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
        let key = event.key();
        let first = {
            let mut slot = pending.borrow_mut();
            let first = slot.is_none();
            slot.get_or_insert_with(Vec::new).push(key);
            first
        };
        if first {
            let pending = pending.clone();
            set_timeout(move || apply(state, pending.borrow_mut().take().unwrap_or_default()), GATHER);
        }
    });
    let _ = window.add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    on_storage.forget();
}

fn apply(state: AppState, keys: Vec<Option<String>>) {
    if keys.len() > READ_ALL_ABOVE || keys.iter().any(Option::is_none) {
        state.apply_remote_change(None);
        return;
    }
    let mut seen: Vec<&str> = Vec::new();
    for key in keys.iter().flatten() {
        if !seen.contains(&key.as_str()) {
            seen.push(key);
            state.apply_remote_change(Some(key));
        }
    }
}
