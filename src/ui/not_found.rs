use leptos::prelude::*;

use super::base_path::ScreenLink;
use super::screen::Screen;

/// Any address the app does not know: say so and offer the way back.
#[component]
pub fn NotFound() -> impl IntoView {
    missing("Page not found", "There is nothing at this address in the app.", Screen::Today, "Go to Today")
}

/// An address that names something not here (a check deleted, a mistyped exercise): what
/// is missing, why, and the way back to where such things are listed.
pub fn missing(title: &'static str, reason: &'static str, back: Screen, back_label: &'static str) -> impl IntoView {
    view! {
        <section class="screen">
            <h1>{title}</h1>
            <p>{reason}</p>
            <p>
                <ScreenLink to=back attr:class="button">
                    {back_label}
                </ScreenLink>
            </p>
        </section>
    }
}
