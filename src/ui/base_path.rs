//! The path the app is served under: "" at a domain's root, "/achilles" on a sub-path.
//!
//! Every link names its screen ([`ScreenLink`], [`href`]): no path is spelled out anywhere
//! else than `Screen::path`, and the base is added in one place.

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

/// A screen's address under the base ("/achilles/check").
pub fn href(to: &Screen) -> String {
    let base = use_context::<BasePath>().map(|b| b.0).unwrap_or_default();
    format!("{base}{}", to.path())
}

/// A link to a screen, followed by the app's router (`router`: no page load). Attributes
/// given with `attr:` (a class) go on the link.
#[component]
pub fn ScreenLink(
    /// The screen it leads to.
    to: Screen,
    children: Children,
) -> impl IntoView {
    view! { <a href=href(&to)>{children()}</a> }
}
