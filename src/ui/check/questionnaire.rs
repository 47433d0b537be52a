//! The questionnaire frame: progress, one topic per page, Back and Next. The draft is
//! saved on every change, so a reload resumes on the same page with every answer.

use leptos::html::H1;
use leptos::prelude::*;

use super::leg_map::LegMap;
use super::questions::{Calf, Details, Health, Onset, PartnerTest, RedFlags, RuptureSigns, Symptoms, TrainingChanges};
use super::review::Review;
use crate::domain::loading_gate::Gate;
use crate::domain::questionnaire::{Advance, Step};
use crate::domain::triage::AfterTear;
use crate::ui::app_state::use_app_state;
use crate::ui::clock::{now_ms, today};
use crate::ui::screen::Screen;

#[component]
pub fn Questionnaire() -> impl IntoView {
    let state = use_app_state();
    let draft = state.draft;
    let step = Memo::new(move |_| draft.with(|d| d.step));
    knows_the_pathway();

    let heading = focused_on_each_page(step);
    let go = crate::ui::router::use_go();
    // Refused "Next": the message takes focus so a screen reader reads what is missing.
    let message = NodeRef::<leptos::html::P>::new();
    let missing = Memo::new(move |_| draft.with(|d| d.missing.clone()));
    let next = move || {
        let mut outcome = None;
        state.edit_draft(|d| outcome = Some(d.advance()));
        match outcome {
            Some(Advance::Alert | Advance::Finish) => {
                let id = state.finish_check(today(), now_ms());
                go(&Screen::CheckResult(id.to_string()));
            }
            // Focused once the message is shown: its `hidden` is lifted after this update.
            Some(Advance::Unanswered(_)) => request_animation_frame(move || {
                if let Some(p) = message.get_untracked() {
                    let _ = p.focus();
                }
            }),
            Some(Advance::To(_)) | None => {}
        }
    };

    view! {
        <section class="screen questionnaire">
            <>{progress()}</>
            <h1 node_ref=heading tabindex="-1">
                {move || step.get().title()}
            </h1>
            <form
                class="step-form"
                novalidate
                on:submit=move |ev| {
                    ev.prevent_default();
                    next();
                }
            >
                {move || page(step.get())}
                <p
                    class="form-error"
                    role="alert"
                    tabindex="-1"
                    node_ref=message
                    hidden=move || missing.with(Vec::is_empty)
                >
                    {move || missing.with(|m| unanswered_message(m))}
                </p>
                {step_actions(step)}
            </form>
            <p class="disclaimer">
                "This check suggests what your answers point to. It is not a diagnosis and does not \
                replace a doctor or physiotherapist."
            </p>
        </section>
    }
}

/// A check begun during the pathway after a tear knows it: the leg is in a boot or after an
/// operation, so a sore calf is a clot sign, a lost push-off a re-rupture, and the wound is
/// asked about (`triage::AfterTear`). Set before the first answer only.
fn knows_the_pathway() {
    let state = use_app_state();
    if state.draft.with_untracked(|d| !d.answered.is_empty() || d.answers.after_tear != AfterTear::No) {
        return;
    }
    if let Gate::AfterTear(t) = state.loading_gate() {
        let context = if t.pathway.operated { AfterTear::Operated } else { AfterTear::Boot };
        state.edit_draft(|d| d.answers.after_tear = context);
    }
}

/// A new page moves focus to its heading, so a screen reader announces it and the keyboard
/// starts from the top. Gives the heading's reference.
fn focused_on_each_page(step: Memo<Step>) -> NodeRef<H1> {
    let heading = NodeRef::<H1>::new();
    Effect::watch(
        move || step.get(),
        move |_, _, _| {
            if let Some(h) = heading.get_untracked() {
                let _ = h.focus();
            }
        },
        false,
    );
    heading
}

/// Back (from the second page on) and Next, which is "See my result" on the last page.
fn step_actions(step: Memo<Step>) -> impl IntoView {
    let state = use_app_state();
    let back = move |_| {
        state.edit_draft(|d| {
            d.back();
        })
    };
    view! {
        <div class="step-actions">
            <Show when=move || step.get() != Step::RuptureSigns>
                <button type="button" class="button button-quiet" on:click=back>
                    "Back"
                </button>
            </Show>
            <button type="submit" class="button button-primary">
                {move || if step.get() == Step::Review { "See my result" } else { "Next" }}
            </button>
        </div>
    }
}

/// "Step 3 of 9" and one mark per page, filled up to this one.
fn progress() -> impl IntoView {
    let draft = use_app_state().draft;
    view! {
        <p class="step-count">
            {move || {
                draft
                    .with(|d| match d.position() {
                        Some(n) => format!("Step {n} of {}", d.pages().len()),
                        None => "Last step".to_string(),
                    })
            }}
        </p>
        <div class="progress" aria-hidden="true">
            {move || {
                let (pages, at) = draft.with(|d| (d.pages().len(), d.position()));
                (0..pages).map(|i| view! { <span class:done=at.is_none_or(|n| i < n)></span> }).collect_view()
            }}
        </div>
    }
}

/// The questions of one page.
fn page(step: Step) -> AnyView {
    match step {
        Step::RuptureSigns => view! { <RuptureSigns /> }.into_any(),
        Step::Onset => view! { <Onset /> }.into_any(),
        Step::PartnerTest => view! { <PartnerTest /> }.into_any(),
        Step::Location => view! { <LegMap /> }.into_any(),
        Step::Symptoms => view! { <Symptoms /> }.into_any(),
        Step::Calf => view! { <Calf /> }.into_any(),
        Step::RedFlags => view! { <RedFlags /> }.into_any(),
        Step::Details => view! { <Details /> }.into_any(),
        Step::Health => view! { <Health /> }.into_any(),
        Step::TrainingChanges => view! { <TrainingChanges /> }.into_any(),
        Step::Review => view! { <Review /> }.into_any(),
    }
}

/// "Please answer every question on this page. Still to answer: a pop or snap, bruising."
fn unanswered_message(missing: &[crate::domain::questionnaire::Question]) -> String {
    let names: Vec<&str> = missing.iter().map(|q| q.short()).collect();
    format!(
        "Please answer every question on this page: each one matters for your safety. Still to answer: {}.",
        crate::domain::triage::join_plain(&names)
    )
}
