use leptos::prelude::*;

use super::base_path::ScreenLink;
use super::screen::Screen;

/// Any address the app does not know: say so and offer the way back.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="screen">
            <h1>"Page not found"</h1>
            <p>"There is nothing at this address in the app."</p>
            <p><ScreenLink to=Screen::Today attr:class="button">"Go to Today"</ScreenLink></p>
        </section>
    }
}
