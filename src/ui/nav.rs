//! The main navigation: five tabs, one per main place (Today, Check, Rehab, Journal, More).
//! On a phone they sit at the bottom of the screen, within thumb reach; on a wide screen
//! they are a row in the header. The tab of the current screen is marked with
//! `aria-current="page"`, also on the screens below it (a session is under Rehab), so a
//! deep link still shows where the runner is.

use leptos::prelude::*;

use super::base_path::{href, ScreenLink};
use super::router::current_screen;
use super::screen::{Place, Screen};

#[component]
pub fn NavBar() -> impl IntoView {
    let screen = current_screen();
    let current = Memo::new(move |_| screen.with(Screen::place));
    view! {
        <header class="app-header">
            <ScreenLink to=Screen::Today attr:class="brand">
                <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
                    <path
                        d="M12 3 C12 12 13 17 13 21 C13 25 10 26 7 27 L24 27 C24 23 20 22 18 19 C16 15 17 9 18 3"
                        fill="none"
                        stroke="currentColor"
                        stroke-width="2.5"
                        stroke-linecap="round"
                        stroke-linejoin="round"
                    />
                </svg>
                <span>"Achilles"</span>
            </ScreenLink>
            <nav class="tabs" aria-label="Main">
                <ul>
                    {Place::ALL
                        .into_iter()
                        .map(|place| {
                            let here = move || (current.get() == Some(place)).then_some("page");
                            view! {
                                <li>
                                    // The router handles a plain link's click, so the page does not reload.
                                    <a href=href(&place.screen()) aria-current=here>
                                        <TabIcon place />
                                        <span>{place.label()}</span>
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </header>
    }
}

/// A 24 px line drawing for each tab; the label beside it carries the meaning.
#[component]
fn TabIcon(place: Place) -> impl IntoView {
    let drawing = match place {
        Place::Today => {
            "M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 \
            2.1M4.9 19.1L7 17M17 7l2.1-2.1"
        }
        Place::Check => {
            "M7 4H5.5A1.5 1.5 0 0 0 4 5.5v15A1.5 1.5 0 0 0 5.5 22h13a1.5 1.5 0 0 0 1.5-1.5v-15A1.5 1.5 0 0 \
            0 18.5 4H17M8 2h8v4H8zM8 14l3 3 5-6"
        }
        Place::Rehab => "M3 10v4M6.5 7v10M17.5 7v10M21 10v4M6.5 12h11",
        Place::Journal => "M5 5a2 2 0 0 1 2-2h12v15H7a2 2 0 0 0-2 2zM5 20a2 2 0 0 0 2 2h12v-4M9 7h6M9 11h6",
        Place::More => {
            "M3.5 12a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0M10.5 12a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0M17.5 \
            12a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0"
        }
    };
    view! {
        <svg class="tab-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path
                d=drawing
                fill="none"
                stroke="currentColor"
                stroke-width="2"
                stroke-linecap="round"
                stroke-linejoin="round"
            />
        </svg>
    }
}
