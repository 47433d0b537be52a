//! The rupture score on the pathway after a tear: ten questions, each "how much does it hold
//! you back" from 0 (not at all) to 10, a score out of 100 (100: no limitation), every four
//! weeks from week 6, charted like the function score (`domain::rupture::score`).

use chrono::NaiveDate;
use leptos::prelude::*;

use super::pathway::score_due;
use crate::domain::rupture::{RuptureScore, RUPTURE_ITEMS};
use crate::ui::app_state::use_app_state;
use crate::ui::charts::line_chart::LineChart;
use crate::ui::clock::{format_day, now_ms, today};
use crate::ui::controls::{save_outcome, Slider};

/// The form (when a score is due, or asked for), the chart and the list.
#[component]
pub fn RuptureScores(since: NaiveDate) -> impl IntoView {
    let state = use_app_state();
    let last = move || state.rupture_scores.with(|v| v.last().map(|s| s.date));
    let open = RwSignal::new(false);
    // Outside the form, which goes once the score is no longer due: the word that it was
    // saved stays.
    let saved = RwSignal::new(None::<Result<String, String>>);
    view! {
        <h2>"Rupture score"</h2>
        <p>
            "Ten questions on how much the tendon still holds you back, scored out of 100: 100 is no limitation. \
            Modelled on the structure of the Achilles Tendon Total Rupture Score, in the app's own words; every four \
            weeks from week 6 shows the way back."
        </p>
        <Show
            when=move || open.get() || score_due(since, last(), state.day.get())
            fallback=move || {
                view! {
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| {
                            saved.set(None);
                            open.set(true);
                        }
                    >
                        "Answer the rupture score now"
                    </button>
                }
            }
        >
            <ScoreForm saved open />
        </Show>
        {move || saved.get().map(|outcome| save_outcome(outcome, "status"))}
        <ScoreChart />
    }
}

#[component]
fn ScoreForm(saved: RwSignal<Option<Result<String, String>>>, open: RwSignal<bool>) -> impl IntoView {
    let state = use_app_state();
    let values: [RwSignal<Option<u8>>; 10] = std::array::from_fn(|_| RwSignal::new(None));
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let missing: Vec<String> = values
            .iter()
            .enumerate()
            .filter(|(_, v)| v.get_untracked().is_none())
            .map(|(i, _)| (i + 1).to_string())
            .collect();
        if !missing.is_empty() {
            saved.set(Some(Err(format!("Answer every question first. Still to answer: {}.", missing.join(", ")))));
            return;
        }
        let limits = values.map(|v| v.get_untracked().unwrap_or(0));
        let score = RuptureScore { id: now_ms(), date: today(), limits };
        let total = score.total();
        saved.set(Some(match state.save_rupture_score(score) {
            Ok(()) => {
                open.set(false);
                Ok(format!("Rupture score saved: {total} out of 100."))
            }
            Err(e) => Err(format!("The rupture score was not saved: {e}")),
        }));
    };
    view! {
        <form class="rupture-score" on:submit=save novalidate>
            <p class="hint">"0 means it does not hold you back at all; 10, that it stops you completely."</p>
            {RUPTURE_ITEMS
                .iter()
                .enumerate()
                .map(|(i, text)| {
                    let value = values[i];
                    let mark = move || {
                        if value.get_untracked().is_none() {
                            value.set(Some(0));
                        }
                    };
                    let label = format!("{}. {text}", i + 1);
                    view! {
                        <div class="pain-question" on:click=move |_| mark() on:keyup=move |_| mark()>
                            <Slider
                                id=format!("rupture-{}", i + 1)
                                label
                                bind=(move || value.get().unwrap_or(0), move |v| value.set(Some(v)))
                                words=limit_words
                            />
                            <p class="hint" hidden=move || value.get().is_some()>
                                "Not answered yet: tap or move the slider."
                            </p>
                        </div>
                    }
                })
                .collect_view()}
            <button type="submit" class="button button-primary">
                "Save the rupture score"
            </button>
        </form>
    }
}

fn limit_words(v: u8) -> String {
    match v {
        0 => "0 out of 10: not at all".to_string(),
        10 => "10 out of 10: it stops me".to_string(),
        n => format!("{n} out of 10"),
    }
}

/// The scores over time, with the same numbers as a table.
#[component]
fn ScoreChart() -> impl IntoView {
    let state = use_app_state();
    move || {
        state.rupture_scores.with(|v| {
            if v.is_empty() {
                return view! { <p class="hint">"No rupture score yet."</p> }.into_any();
            }
            view! {
                <LineChart
                    id="rupture-score"
                    title="Rupture score (out of 100)".to_string()
                    y_label="Score"
                    y_max=100.0
                    x_labels=v.iter().map(|s| format_day(s.date)).collect()
                    values=v.iter().map(|s| Some(f64::from(s.total()))).collect()
                />
            }
            .into_any()
        })
    }
}
