//! The result of one saved check: what it most likely is, how urgent, why, and what to do.
//! An emergency (possible rupture or infection) shows the full-screen alert first.

use leptos::prelude::*;

use crate::ui::base_path::ScreenLink;
use crate::ui::not_found::missing;
use crate::ui::screen::Screen;

use super::emergency::EmergencyAlert;
use crate::domain::advice::{advice_for, Advice};
use crate::domain::checks::HeelCheck;
use crate::domain::triage::{allowed, explain, Condition, Topic, Urgency};
use crate::ui::app_state::use_app_state;
use crate::ui::clock::format_day;
use crate::ui::urgency_badge::urgency_badge;

/// `id` is the last part of the address, as typed.
#[component]
pub fn CheckResult(id: String) -> impl IntoView {
    let state = use_app_state();
    let id = id.parse::<u64>().ok();
    let check = Memo::new(move |_| state.checks.with(|h| h.get(id?).cloned()));
    move || match check.get() {
        None => missing(
            "Check not found",
            "This heel check is not saved in this browser.",
            Screen::Checks,
            "See all checks",
        )
        .into_any(),
        Some(c) if c.assessment.urgency == Urgency::Emergency => view! {
            <EmergencyAlert check=c.clone() />
            <ResultDetails check=c emergency=true />
        }
        .into_any(),
        Some(c) => view! { <ResultDetails check=c emergency=false /> }.into_any(),
    }
}

/// The explanation. Under the emergency alert (`emergency`), the alert's heading is the
/// page's h1 and it already says what to do, so this part gives only the why.
#[component]
fn ResultDetails(check: HeelCheck, emergency: bool) -> impl IntoView {
    let a = &check.assessment;
    let advice = advice_for(&check.answers, a);
    let all = explain(&check.answers, a);
    let reasons =
        |topic: Topic| -> Vec<String> { all.iter().filter(|r| r.topic == topic).map(|r| r.text.clone()).collect() };
    let why: Vec<String> =
        [Topic::Condition, Topic::Location, Topic::Flag, Topic::Urgency].into_iter().flat_map(reasons).collect();
    let title = check.title();
    let may_load = allowed(a).load;
    let heading = if emergency { view! { <h2>{title}</h2> }.into_any() } else { view! { <h1>{title}</h1> }.into_any() };
    let self_care_intro = (a.condition == Condition::AcuteTendinitis && a.urgency == Urgency::SelfCare).then(|| {
        view! {
            <p>
                "Most tendon pain like this settles with a few easy days and then steadily building strength. The list \
                below is what to do first."
            </p>
        }
    });
    view! {
        <section class="screen result" aria-label="Your result">
            <p class="result-date">{format!("Heel check of {}", format_day(check.date))}</p>
            {heading}
            <p>{urgency_badge(a)}</p>
            <p class="disclaimer">
                "This is what your answers suggest, not a diagnosis. Only an examination can tell for sure."
            </p>
            {self_care_intro}
            <h2>"Why"</h2>
            <ul class="reasons">{why.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
            {(!emergency).then(|| what_to_do(advice))}
            {(!emergency).then(|| exercises_next(may_load, a.condition))}
            <div class="button-row">
                <ScreenLink to=Screen::Check attr:class="button">
                    "Check again"
                </ScreenLink>
                <ScreenLink to=Screen::Checks attr:class="button button-quiet">
                    "All checks"
                </ScreenLink>
            </div>
        </section>
    }
}

/// What to do now, what to avoid, and when to see someone.
fn what_to_do(advice: Advice) -> impl IntoView {
    view! {
        <h2>"What to do now"</h2>
        <ul class="advice">{advice.do_now.into_iter().map(|r| view! { <li>{r.text}</li> }).collect_view()}</ul>
        {(!advice.avoid.is_empty())
            .then(|| {
                view! {
                    <h2>"What to avoid"</h2>
                    <ul class="advice">
                        {advice.avoid.into_iter().map(|r| view! { <li>{r.text}</li> }).collect_view()}
                    </ul>
                }
            })}
        <h2>"When to see someone"</h2>
        <p>{advice.get_help}</p>
    }
}

/// Where exercise stands: held until a clinician has examined the leg, or the way into the
/// programme (nothing when the answers point to no Achilles problem). The same answer as
/// the loading gate's (`triage::allowed`).
fn exercises_next(may_load: bool, condition: Condition) -> Option<AnyView> {
    if !may_load {
        return Some(
            view! {
                <h2>"Exercises"</h2>
                <p>
                    "Hold off the loading programme until a doctor or physiotherapist has examined the leg: \
                    one of your answers needs their view first. The programme opens again once you record what \
                    they said."
                </p>
            }
            .into_any(),
        );
    }
    (condition != Condition::NoClearSigns).then(|| {
        view! {
            <h2>"Exercises"</h2>
            <p>
                "After the first days, a tendon recovers with load that rises step by step. The programme \
                guides you through it, following the pain you log."
            </p>
            <p>
                <ScreenLink to=Screen::Programme attr:class="button button-primary">
                    "Go to the exercise programme"
                </ScreenLink>
            </p>
        }
        .into_any()
    })
}
