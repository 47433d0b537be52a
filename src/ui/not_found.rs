use leptos::prelude::*;
use leptos_router::components::A;

use super::base_path::app_href;

/// Any address the app does not know: say so and offer the way back.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="screen">
            <h1>"Page not found"</h1>
            <p>"There is nothing at this address in the app."</p>
            <p><A href=app_href("/") attr:class="button">"Go to Today"</A></p>
        </section>
    }
}
