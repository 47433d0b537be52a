//! Every past heel check, newest first, each linking to its full result.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::ui::base_path::app_href;

use crate::ui::app_state::use_app_state;
use crate::ui::clock::format_day;
use crate::ui::urgency_badge::UrgencyBadge;

#[component]
pub fn CheckHistoryScreen() -> impl IntoView {
    let state = use_app_state();
    view! {
        <section class="screen">
            <h1>"Your heel checks"</h1>
            <Show
                when=move || !state.checks.with(|h| h.is_empty())
                fallback=|| view! {
                    <p>"No checks yet. A check takes about two minutes."</p>
                    <p><A href=app_href("/check") attr:class="button button-primary">"Check my heel"</A></p>
                }
            >
                <ol class="history">
                    {move || state.checks.with(|h| h.iter().cloned().collect::<Vec<_>>()).into_iter().map(|c| {
                        view! {
                            <li>
                                <A href=app_href(&format!("/checks/{}", c.id)) attr:class="history-item">
                                    <span class="history-date">{format_day(c.date)}</span>
                                    <span class="history-title">{c.assessment.condition.title()}</span>
                                    <UrgencyBadge urgency=c.assessment.urgency/>
                                </A>
                            </li>
                        }
                    }).collect_view()}
                </ol>
                <p><A href=app_href("/check") attr:class="button">"Check again"</A></p>
            </Show>
        </section>
    }
}
