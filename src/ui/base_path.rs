//! The path the app is served under: "" at a domain's root, "/achilles" on a sub-path.
//!
//! leptos_router's `navigate` adds the router's base to absolute paths, but `<A href>` does
//! not, so every link goes through [`app_href`].

use leptos::prelude::*;

use super::screen::Screen;

#[derive(Clone, Debug)]
pub struct BasePath(pub String);

/// Reads the `<base href>` that trunk writes from its `public_url`, without the trailing slash.
pub fn from_document() -> BasePath {
    let href =
        document().query_selector("base").ok().flatten().and_then(|b| b.get_attribute("href")).unwrap_or_default();
    BasePath(href.trim_end_matches('/').to_string())
}

/// An app route ("/check") as a link target under the base ("/achilles/check").
pub fn app_href(route: &str) -> String {
    let base = use_context::<BasePath>().map(|b| b.0).unwrap_or_default();
    format!("{base}{route}")
}

/// The screen at the current address, below the app's base; it changes only when the screen
/// (or its id) does, not on a new query string or hash. For components inside the router.
pub fn current_screen() -> Memo<Screen> {
    let location = leptos_router::hooks::use_location();
    let base = use_context::<BasePath>().map(|b| b.0).unwrap_or_default();
    Memo::new(move |_| Screen::from_path(&location.pathname.read(), &base))
}
