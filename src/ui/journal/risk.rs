//! Risk factors: a short list to tick; what applies is shown with whether it can be
//! changed and what helps, linked to the part of the app (or the clinician) that helps.

use leptos::prelude::*;

use crate::domain::triage::Location;

use crate::domain::risk::{Help, HelpAt, RiskFactor};
use crate::ui::app_state::use_app_state;
use crate::ui::base_path::ScreenLink;
use crate::ui::screen::Screen;

#[component]
pub fn RiskScreen() -> impl IntoView {
    let state = use_app_state();
    // No stretching advice unless the pain is known to be mid-tendon (Pringels et al. 2025).
    let insertion_safe = move || match state.programme.get() {
        Some(p) => p.insertional,
        None => state.checks.with(|h| h.latest().is_none_or(|c| c.assessment.location != Location::Midportion)),
    };
    view! {
        <section class="screen risk">
            <h1>"Your risk factors"</h1>
            <p>
                "Tick what applies. Some factors can be changed and some cannot; knowing both helps you put your \
                effort where it counts."
            </p>
            {risk_checklist()}
            <h2>"What applies to you"</h2>
            <Show
                when=move || state.risk.with(|r| !r.factors.is_empty())
                fallback=|| view! { <p class="hint">"Nothing ticked yet."</p> }
            >
                <ul class="risk-list">
                    {move || {
                        let insertion_safe = insertion_safe();
                        state
                            .risk
                            .with(|r| r.factors.clone())
                            .into_iter()
                            .map(|factor| factor_advice(factor, insertion_safe))
                            .collect_view()
                    }}
                </ul>
            </Show>
        </section>
    }
}

/// Every factor as a tick box, in its group.
fn risk_checklist() -> impl IntoView {
    let state = use_app_state();
    let toggle = move |f: RiskFactor, on: bool| {
        state.edit_risk(|r| r.toggle(f, on));
    };
    RiskFactor::GROUPS
        .iter()
        .map(|(group, factors)| {
            view! {
                <fieldset class="question">
                    <legend>{*group}</legend>
                    {factors
                        .iter()
                        .map(|f| {
                            let f = *f;
                            view! {
                                <label class="option">
                                    <input
                                        type="checkbox"
                                        prop:checked=move || state.risk.with(|r| r.factors.contains(&f))
                                        on:change=move |ev| toggle(f, event_target_checked(&ev))
                                    />
                                    <span>{f.question()}</span>
                                </label>
                            }
                        })
                        .collect_view()}
                </fieldset>
            }
        })
        .collect_view()
}

/// A ticked factor: whether it can be changed, what helps, and where that help is.
fn factor_advice(factor: RiskFactor, insertion_safe: bool) -> impl IntoView {
    let changeable = if factor.modifiable() {
        view! { <span class="badge badge-selfcare">"You can change this"</span> }.into_any()
    } else {
        view! { <span class="badge badge-clinician">"Cannot be changed"</span> }.into_any()
    };
    let help = match factor.help(insertion_safe) {
        Help::InApp(place, text) => view! {
            <p>
                <ScreenLink to=screen_of(place)>{text}</ScreenLink>
            </p>
        }
        .into_any(),
        Help::Clinician => view! { <p class="hint">"Best discussed with a doctor or physiotherapist."</p> }.into_any(),
        Help::Nothing => ().into_any(),
    };
    view! {
        <li>
            <p>
                <strong>{factor.question()}</strong>
                " "
                {changeable}
            </p>
            <p>{factor.what_helps(insertion_safe)}</p>
            {help}
        </li>
    }
}

/// The screen where the domain's help lives.
fn screen_of(place: HelpAt) -> Screen {
    match place {
        HelpAt::Programme => Screen::Programme,
        HelpAt::RunLog => Screen::Journal,
        HelpAt::Exercise(id) => Screen::Exercise(id.slug().to_string()),
    }
}
