//! Every past heel check, newest first, each linking to its full result.

use leptos::prelude::*;

use crate::ui::base_path::ScreenLink;
use crate::ui::screen::Screen;

use crate::ui::app_state::use_app_state;
use crate::ui::clock::format_day;
use crate::ui::urgency_badge::urgency_badge;

#[component]
pub fn CheckHistoryScreen() -> impl IntoView {
    let state = use_app_state();
    view! {
        <section class="screen">
            <h1>"Your heel checks"</h1>
            <Show
                when=move || !state.checks.with(|h| h.is_empty())
                fallback=|| {
                    view! {
                        <p>"No checks yet. A check takes about two minutes."</p>
                        <p>
                            <ScreenLink to=Screen::Check attr:class="button button-primary">
                                "Check my heel"
                            </ScreenLink>
                        </p>
                    }
                }
            >
                <ol class="history">
                    {move || {
                        state
                            .checks
                            .with(|h| h.iter().cloned().collect::<Vec<_>>())
                            .into_iter()
                            .map(|c| {
                                view! {
                                    <li>
                                        <ScreenLink to=Screen::CheckResult(c.id.to_string()) attr:class="history-item">
                                            <span class="history-date">{format_day(c.date)}</span>
                                            <span class="history-title">{c.title()}</span>
                                            {urgency_badge(&c.assessment)}
                                        </ScreenLink>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ol>
                <p>
                    <ScreenLink to=Screen::Check attr:class="button">
                        "Check again"
                    </ScreenLink>
                </p>
            </Show>
        </section>
    }
}
