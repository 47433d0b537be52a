//! The app's own router, in place of leptos_router (issue 30: with the `<Suspense>` machinery
//! it brings, about 40 KB of the first visit's main module). The screen is already chosen by
//! one `match` on the path (`Screen::from_path`); what routing is left is small: the path as
//! a signal, `popstate` for back and forward, one click handler that follows the app's own
//! links without a page load, `pushState`, and the top of the page for a new screen.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::base_path::BasePath;
use super::screen::Screen;

/// The address bar's path (the base included), as a signal.
#[derive(Clone, Copy)]
struct Address(RwSignal<String>);

fn pathname() -> String {
    window().location().pathname().unwrap_or_default()
}

/// Follows the address from here on: back and forward, and clicks on the app's own links.
pub fn provide(base: &BasePath) {
    let address = Address(RwSignal::new(pathname()));
    provide_context(address);
    // Both listeners live as long as the page: the app is never unmounted.
    let _ = window_event_listener(leptos::ev::popstate, move |_| address.0.set(pathname()));
    let base = base.0.clone();
    let _ = window_event_listener(leptos::ev::click, move |ev| follow_link(&ev, &base, address));
}

/// A plain left click on a link to a place in the app: shown without loading the page.
/// Anything else (a new tab, a download, `tel:`, another site, a place on this page such as
/// the skip link) is left to the browser.
fn follow_link(ev: &web_sys::MouseEvent, base: &str, address: Address) {
    if ev.default_prevented() || ev.button() != 0 || ev.meta_key() || ev.ctrl_key() || ev.shift_key() || ev.alt_key() {
        return;
    }
    let Some(link) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("a[href]").ok().flatten())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    let location = window().location();
    let other_window = !matches!(link.target().as_str(), "" | "_self") || link.has_attribute("download");
    let path = link.pathname();
    let under_base = base.is_empty() || path == base || path.starts_with(&format!("{base}/"));
    let here = path == pathname() && link.search() == location.search().unwrap_or_default();
    if other_window || link.origin() != location.origin().unwrap_or_default() || !under_base {
        return;
    }
    if here && !link.hash().is_empty() {
        return;
    }
    ev.prevent_default();
    go(address, &format!("{path}{}{}", link.search(), link.hash()));
}

fn go(address: Address, url: &str) {
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(url));
    }
    address.0.set(pathname());
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// A way to move to a screen from code (a finished check, a saved session), as a link would.
pub fn use_go() -> impl Fn(&Screen) + Clone + 'static {
    let address = expect_context::<Address>();
    move |to: &Screen| go(address, &super::base_path::href(to))
}

/// The screen at the current address, below the app's base; it changes only when the
/// screen (or its id) does, not on a new query string or hash.
pub fn current_screen() -> Memo<Screen> {
    let address = expect_context::<Address>();
    let base = use_context::<BasePath>().map(|b| b.0).unwrap_or_default();
    Memo::new(move |_| address.0.with(|path| Screen::from_path(path, &base)))
}
