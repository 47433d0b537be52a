//! "Check your answers": every answer in plain words, grouped by page, each group with a
//! Change button that returns to that page with the answers kept.

use leptos::prelude::*;

use crate::domain::answer_text::answer_lines;
use crate::ui::app_state::use_app_state;

#[component]
pub fn Review() -> impl IntoView {
    let state = use_app_state();
    let draft = state.draft;
    let pages = move || draft.with(|d| d.pages());
    view! {
        <p class="lead">"Look over your answers. Change anything that is not right, then see your result."</p>
        {move || {
            pages()
                .into_iter()
                .enumerate()
                .map(|(i, step)| {
                    view! {
                        <section class="review-group" aria-labelledby=format!("review-{i}")>
                            <div class="review-head">
                                <h2 id=format!("review-{i}")>{step.title()}</h2>
                                <button
                                    type="button"
                                    class="button button-quiet"
                                    aria-label=format!("Change: {}", step.title())
                                    on:click=move |_| state.edit_draft(|d| d.step = step)
                                >
                                    "Change"
                                </button>
                            </div>
                            <ul class="review-list">
                                {move || {
                                    draft
                                        .with(|d| answer_lines(step, &d.answers))
                                        .into_iter()
                                        .map(|(label, value)| view! { <li>{format!("{label}: {value}")}</li> })
                                        .collect_view()
                                }}
                            </ul>
                        </section>
                    }
                })
                .collect_view()
        }}
    }
}
