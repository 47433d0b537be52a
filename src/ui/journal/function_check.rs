//! The function check (modelled on VISA-A's structure, not VISA-A itself): eight questions,
//! a score out of 100, and the history with meaningful changes marked.

use leptos::prelude::*;

use crate::domain::function_score::{
    change, is_meaningful, FunctionCheck, LoadingPain, Minutes, Sport, MEANINGFUL_CHANGE, RECOVERED, SCALE_ITEMS,
};
use crate::ui::app_state::use_app_state;
use crate::ui::clock::{format_day, now_ms, today};

#[component]
pub fn FunctionCheckScreen() -> impl IntoView {
    let state = use_app_state();
    let scales: [RwSignal<u8>; 6] = std::array::from_fn(|_| RwSignal::new(5));
    let sport = RwSignal::new(Sport::ModifiedTraining);
    let pain = RwSignal::new(LoadingPain::ButICanFinish);
    let minutes = RwSignal::new(Minutes::UpTo10);
    let current = move || FunctionCheck {
        id: 0,
        date: today(),
        scales: scales.map(|s| s.get()),
        sport: sport.get(),
        loading_pain: pain.get(),
        loading_minutes: minutes.get(),
    };
    let saved = RwSignal::new(None::<Result<String, String>>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let check = FunctionCheck { id: now_ms(), ..current() };
        let score = check.score();
        saved.set(Some(match state.save_function_check(check) {
            Ok(()) => Ok(format!("Function check saved: {score} out of 100.")),
            Err(e) => Err(format!("The function check was not saved: {e}")),
        }));
    };
    view! {
        <section class="screen function-check">
            <h1>"Function check"</h1>
            <p>"Eight questions on how the tendon copes, scored out of 100: higher is better, about 90 counts as recovered. The check is modelled on the structure of VISA-A, a questionnaire researchers use; it is not VISA-A itself, and it measures how you are doing, not what the problem is."</p>
            <form on:submit=save>
                {SCALE_ITEMS.iter().enumerate().map(|(i, text)| {
                    let value = scales[i];
                    let id = format!("item-{}", i + 1);
                    view! {
                        <div class="question">
                            <label for=id.clone() class="question-label">{format!("{}. {text}", i + 1)}</label>
                            <div class="pain-slider">
                                <span aria-hidden="true">"0"</span>
                                <input id=id type="range" min="0" max="10" step="1" prop:value=move || value.get().to_string()
                                    on:input=move |ev| {
                                        if let Ok(v) = event_target_value(&ev).parse::<u8>() {
                                            value.set(v.min(10));
                                        }
                                    }/>
                                <span aria-hidden="true">"10"</span>
                            </div>
                            <p class="pain-value">{move || format!("{} out of 10", value.get())}</p>
                        </div>
                    }
                }).collect_view()}
                <fieldset class="question">
                    <legend>"7. Running and sport at the moment"</legend>
                    {Sport::ALL.into_iter().map(|s| view! {
                        <label class="option"><input type="radio" name="sport" prop:checked=move || sport.get() == s on:change=move |_| sport.set(s)/><span>{s.label()}</span></label>
                    }).collect_view()}
                </fieldset>
                <fieldset class="question">
                    <legend>"8a. While you train (running, jumping, calf work)"</legend>
                    {LoadingPain::ALL.into_iter().map(|p| view! {
                        <label class="option"><input type="radio" name="loading-pain" prop:checked=move || pain.get() == p on:change=move |_| pain.set(p)/><span>{p.label()}</span></label>
                    }).collect_view()}
                </fieldset>
                <fieldset class="question">
                    <legend>"8b. For how long can you train like that?"</legend>
                    {Minutes::ALL.into_iter().map(|m| view! {
                        <label class="option"><input type="radio" name="loading-minutes" prop:checked=move || minutes.get() == m on:change=move |_| minutes.set(m)/><span>{m.label()}</span></label>
                    }).collect_view()}
                </fieldset>
                <p class="score-total" aria-live="polite">{move || format!("Score: {} out of 100", current().score())}</p>
                <button type="submit" class="button button-primary">"Save the check"</button>
                {move || saved.get().map(|outcome| match outcome {
                    Ok(text) => view! { <p class="status" role="status">{text}</p> }.into_any(),
                    Err(text) => view! { <p class="notice notice-error" role="alert">{text}</p> }.into_any(),
                })}
            </form>

            <h2>"Your scores"</h2>
            <Show when=move || state.function_checks.with(|v| !v.is_empty()) fallback=|| view! { <p class="hint">"No checks yet."</p> }>
                <ol class="entry-list">
                    {move || state.function_checks.with(|v| {
                        v.iter().enumerate().map(|(i, f)| {
                            let delta = change(i.checked_sub(1).and_then(|j| v.get(j)), f);
                            let note = match delta {
                                Some(d) if is_meaningful(d) => format!(" ({d:+}: a meaningful change of {MEANINGFUL_CHANGE} points or more)"),
                                Some(d) => format!(" ({d:+})"),
                                None => String::new(),
                            };
                            let recovered = if f.score() >= RECOVERED { " · in the recovered range" } else { "" };
                            view! { <li>{format!("{}: {} out of 100{note}{recovered}", format_day(f.date), f.score())}</li> }
                        }).collect_view()
                    })}
                </ol>
            </Show>
        </section>
    }
}
