//! The moment the first screen is usable, as a `performance.mark`, so start-up can be
//! measured in a real browser (`make bench` reads it) and in the browser's own profiler.

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::prelude::*;

/// Name of the mark: navigation start to Today rendered with the runner's data.
pub const TODAY_READY: &str = "achilles:today-ready";

static MARKED: AtomicBool = AtomicBool::new(false);

/// Sets the mark once per page load, after the calling component's view is in the page:
/// effects run after the render that created them, so the DOM and its handlers are in place.
/// Later visits to the screen in the same page load are not start-ups and add nothing.
pub fn mark_when_rendered() {
    Effect::new(move |_| {
        if !MARKED.swap(true, Ordering::Relaxed) {
            if let Some(performance) = window().performance() {
                let _ = performance.mark(TODAY_READY);
            }
        }
    });
}
