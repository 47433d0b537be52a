//! The main navigation. Only screens that exist are listed; the current one is marked
//! with `aria-current="page"` (leptos_router's `<A>` does that).

use leptos::prelude::*;
use leptos_router::components::A;

use super::base_path::app_href;

#[component]
pub fn NavBar() -> impl IntoView {
    view! {
        <header class="app-header">
            <A href=app_href("/") attr:class="brand">
                <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
                    <path d="M12 3 C12 12 13 17 13 21 C13 25 10 26 7 27 L24 27 C24 23 20 22 18 19 C16 15 17 9 18 3" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>
                </svg>
                <span>"Achilles"</span>
            </A>
            <nav aria-label="Main">
                <ul>
                    <li><A href=app_href("/") exact=true>"Today"</A></li>
                    <li><A href=app_href("/check")>"Check my heel"</A></li>
                    <li><A href=app_href("/programme")>"Programme"</A></li>
                    <li><A href=app_href("/exercises")>"Exercises"</A></li>
                    <li><A href=app_href("/journal")>"Journal"</A></li>
                    <li><A href=app_href("/my-data")>"My data"</A></li>
                    <li><A href=app_href("/about")>"About"</A></li>
                </ul>
            </nav>
        </header>
    }
}
