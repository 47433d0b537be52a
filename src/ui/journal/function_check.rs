//! The function check (modelled on VISA-A's structure, not VISA-A itself): eight questions,
//! a score out of 100, and the history with meaningful changes marked.

use leptos::prelude::*;

use crate::domain::function_score::{
    change, is_meaningful, FunctionCheck, LoadingPain, Minutes, Sport, MEANINGFUL_CHANGE, RECOVERED, SCALE_ITEMS,
};
use crate::ui::app_state::use_app_state;
use crate::ui::clock::{format_day, now_ms, today};
use crate::ui::controls::{labelled, save_outcome, Radios, Slider};

#[component]
pub fn FunctionCheckScreen() -> impl IntoView {
    view! {
        <section class="screen function-check">
            <h1>"Function check"</h1>
            <p>
                "Eight questions on how the tendon copes, scored out of 100: higher is better, about 90 counts as \
                recovered. The check is modelled on the structure of VISA-A, a questionnaire researchers use; it \
                is not VISA-A itself, and it measures how you are doing, not what the problem is."
            </p>
            <FunctionCheckForm />
            <h2>"Your scores"</h2>
            <Scores />
        </section>
    }
}

/// The eight questions, the score as it stands, and its save.
#[component]
fn FunctionCheckForm() -> impl IntoView {
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
        <form on:submit=save>
            <>
                {SCALE_ITEMS
                    .iter()
                    .enumerate()
                    .map(|(i, text)| {
                        let label = format!("{}. {text}", i + 1);
                        view! { <Slider id=format!("item-{}", i + 1) label bind=scales[i] words=out_of_ten /> }
                    })
                    .collect_view()}
            </>
            <fieldset class="question">
                <legend>"7. Running and sport at the moment"</legend>
                <Radios name="sport" options=labelled(&Sport::ALL, Sport::label) bind=sport />
            </fieldset>
            <fieldset class="question">
                <legend>"8a. While you train (running, jumping, calf work)"</legend>
                <Radios name="loading-pain" options=labelled(&LoadingPain::ALL, LoadingPain::label) bind=pain />
            </fieldset>
            <fieldset class="question">
                <legend>"8b. For how long can you train like that?"</legend>
                <Radios name="loading-minutes" options=labelled(&Minutes::ALL, Minutes::label) bind=minutes />
            </fieldset>
            <p class="score-total" aria-live="polite">
                {move || format!("Score: {} out of 100", current().score())}
            </p>
            <button type="submit" class="button button-primary">
                "Save the check"
            </button>
            {move || saved.get().map(|outcome| save_outcome(outcome, "status"))}
        </form>
    }
}

fn out_of_ten(v: u8) -> String {
    format!("{v} out of 10")
}

/// Every check's score, oldest first, with meaningful changes and the recovered range marked.
#[component]
fn Scores() -> impl IntoView {
    let state = use_app_state();
    let line = |i: usize, v: &[FunctionCheck], f: &FunctionCheck| {
        let note = match change(i.checked_sub(1).and_then(|j| v.get(j)), f) {
            Some(d) if is_meaningful(d) => {
                format!(" ({d:+}: a meaningful change of {MEANINGFUL_CHANGE} points or more)")
            }
            Some(d) => format!(" ({d:+})"),
            None => String::new(),
        };
        let recovered = if f.score() >= RECOVERED { " · in the recovered range" } else { "" };
        format!("{}: {} out of 100{note}{recovered}", format_day(f.date), f.score())
    };
    view! {
        <Show
            when=move || state.function_checks.with(|v| !v.is_empty())
            fallback=|| view! { <p class="hint">"No checks yet."</p> }
        >
            <ol class="entry-list">
                {move || {
                    state
                        .function_checks
                        .with(|v| {
                            v.iter().enumerate().map(|(i, f)| view! { <li>{line(i, v, f)}</li> }).collect_view()
                        })
                }}
            </ol>
        </Show>
    }
}
