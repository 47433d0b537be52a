//! The safety net once rehab has started: a pop, a kick at the back of the leg or a sudden
//! sharp pain during exercise or a run is a tear until examined (NICE CKS; Kannus & Józsa
//! 1991: the tendon with long-standing changes is the one that tears). Every exercise's
//! cautions, the session player and the run-that-hurt card carry it, with one tap into a
//! fresh heel check.

use leptos::prelude::*;

use super::app_state::use_app_state;
use super::screen::Screen;
use crate::domain::questionnaire::Draft;

/// The warning and the button that starts a heel check from its first page. A check left
/// half-done is replaced: what matters now is the new pain.
pub fn stop_and_check() -> impl IntoView {
    let state = use_app_state();
    let go = crate::ui::router::use_go();
    let start = move |_| {
        state.edit_draft(|d| *d = Draft::default());
        go(&Screen::Check);
    };
    view! {
        <div class="stop-and-check">
            <p>
                <strong>"A pop, a kick at the back of the leg, or a sudden sharp pain?"</strong>
                " Stop at once, and do the heel check now."
            </p>
            <button type="button" class="button" on:click=start>
                "Do the heel check now"
            </button>
        </div>
    }
}
