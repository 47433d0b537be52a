//! The programme: start it (from the latest heel check, or by hand), see the phase and
//! today's session, act on the step-forward or step-back proposal, and adjust by hand.

use leptos::prelude::*;

use super::gate::GateNotice;
use super::pathway::PathwayScreen;
use crate::domain::exercises::Insertional;
use crate::domain::function_score::{not_improving, NOT_IMPROVING_WEEKS};
use crate::domain::loading_gate::{Gate, LoadingPlan};
use crate::domain::programme::{entry_missing, Phase, Programme, Readiness};
use crate::domain::progression::{held_by_entry, propose, Proposal};
use crate::domain::strength;
use crate::ui::app_state::use_app_state;
use crate::ui::base_path::ScreenLink;
use crate::ui::checkin_form::CheckInForm;
use crate::ui::clock::{format_day, today};
use crate::ui::screen::Screen;

#[component]
pub fn ProgrammeScreen() -> impl IntoView {
    let state = use_app_state();
    let gate = Memo::new(move |_| state.loading_gate());
    view! {
        <section class="screen programme">
            <h1>"Exercise programme"</h1>
            {move || match (gate.get(), state.programme.get()) {
                (Gate::Open(plan), None) => view! { <StartProgramme plan /> }.into_any(),
                (Gate::Open(plan), Some(p)) => view! { <Running programme=p plan /> }.into_any(),
                (Gate::AfterTear(after), _) => {
                    // After a tear: the pathway, never the tendinopathy programme (`domain::rupture`).
                    view! { <PathwayScreen after /> }
                        .into_any()
                }
                (closed, _) => view! { <GateNotice gate=closed /> }.into_any(),
            }}
        </section>
    }
}

/// The phases' entry criteria for this runner: the latest heel-rise test, the check the
/// plan follows, and the programme so far.
fn entry_for(plan: &LoadingPlan) -> impl Fn(Phase) -> Vec<String> + Copy {
    let state = use_app_state();
    let (side, chronic) = (plan.side, plan.start >= Phase::Load);
    move |phase| {
        state.heel_rises.with(|t| {
            state.programme.with(|p| {
                let r =
                    Readiness { strength: strength::latest(t), side, chronic, programme: p.as_ref(), today: today() };
                entry_missing(phase, &r)
            })
        })
    }
}

#[component]
fn StartProgramme(plan: LoadingPlan) -> impl IntoView {
    let state = use_app_state();
    let chosen = RwSignal::new(plan.start);
    let adapt = RwSignal::new(plan.insertion_safe);
    let entry = entry_for(&plan);
    view! {
        <p>
            "Tendons recover with steadily rising load, not with weeks of rest. The programme moves through five \
            phases; the app proposes each step from the pain you log, and you decide."
        </p>
        {plan.clinician_note.map(|n| view! { <p class="notice notice-warning">{n}</p> })}
        {plan
            .limits
            .clone()
            .map(|l| view! { <p class="notice notice-warning">{format!("Your clinician's limits: {l}")}</p> })}
        <PhaseChoice chosen entry />
        <label class="option">
            <input
                type="checkbox"
                prop:checked=move || adapt.get()
                on:change=move |ev| adapt.set(event_target_checked(&ev))
            />
            <span>
                "Keep it insertion-safe: everything on flat ground, no stretching (pain where the tendon meets the \
                heel bone, or not sure where)"
            </span>
        </label>
        <button
            type="button"
            class="button button-primary"
            on:click=move |_| {
                let phase = chosen.get_untracked();
                if entry(phase).is_empty() {
                    state.start_programme(Programme::start(phase, adapt.get_untracked(), today()));
                }
            }
        >
            "Start the programme"
        </button>
    }
}

/// The five phases; those whose entry criteria are not met are shown with what is missing
/// and cannot be chosen.
#[component]
fn PhaseChoice(
    chosen: RwSignal<Phase>,
    entry: impl Fn(Phase) -> Vec<String> + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <fieldset class="question">
            <legend>"Start in phase"</legend>
            {Phase::ALL
                .into_iter()
                .map(|phase| {
                    let missing = move || entry(phase);
                    view! {
                        <label class="option">
                            <input
                                type="radio"
                                name="phase"
                                prop:disabled=move || !missing().is_empty()
                                prop:checked=move || chosen.get() == phase
                                on:change=move |_| chosen.set(phase)
                            />
                            <span>
                                <strong>{format!("{}. {}", phase.number(), phase.title())}</strong>
                                " "
                                {phase.summary()}
                                {move || {
                                    let m = missing();
                                    (!m.is_empty())
                                        .then(|| {
                                            view! {
                                                <br />
                                                <span class="hint">{format!("Not yet: {}", m.join(" "))}</span>
                                            }
                                        })
                                }}
                            </span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// A programme under way: where it stands, today's session, the way back to running, and
/// the hand adjustments.
#[component]
fn Running(programme: Programme, plan: LoadingPlan) -> impl IntoView {
    let entry = entry_for(&plan);
    let phase = programme.phase;
    let insertional = programme.insertional;
    view! {
        {phase_standing(programme.clone(), plan, entry)}
        {todays_session(programme)}
        <h2>"Back to running"</h2>
        <p>
            <ScreenLink to=Screen::ReturnToRun>"The return-to-running checklist and walk–run ladder"</ScreenLink>
        </p>
        {adjust_by_hand(phase, insertional, entry)}
    }
}

/// The phase, the clinician's word, and what the runner should know now: a stale calendar,
/// the pain-monitoring proposal, a score that is not improving.
fn phase_standing(
    programme: Programme,
    plan: LoadingPlan,
    entry: impl Fn(Phase) -> Vec<String> + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_app_state();
    let phase = programme.phase;
    let programme_start = programme.started_on;
    let proposal = Memo::new(move |_| {
        let p = state.programme.get()?;
        let proposal = state.sessions.with(|s| state.checkins.with(|c| propose(&p, s, c, today())));
        Some(held_by_entry(proposal, entry))
    });
    view! {
        <p class="phase-count">
            {format!("Phase {} of 5 · since {}", phase.number(), format_day(programme.phase_since))}
        </p>
        <h2 class="phase-title">{phase.title()}</h2>
        <p>{phase.summary()}</p>
        {plan.clinician_note.map(|n| view! { <p class="notice notice-warning">{n}</p> })}
        {plan.limits.map(|l| view! { <p class="notice notice-warning">{format!("Your clinician's limits: {l}")}</p> })}
        {move || {
            state
                .settings
                .with(|s| s.calendar_phase)
                .filter(|p| *p != phase)
                .map(|_| {
                    view! {
                        <p class="notice notice-info">
                            "Your programme has changed phase since you downloaded your calendar reminders: "
                            <ScreenLink to=Screen::More>"download the file again"</ScreenLink>
                            " to update your session days."
                        </p>
                    }
                })
        }}
        {programme
            .insertional
            .then(|| {
                view! {
                    <p class="notice notice-info">
                        "Insertion-safe: everything on flat ground, no heel drops below the foot and no stretching \
                        into the ankle (Pringels et al., 2025)."
                    </p>
                }
            })}
        {move || proposal.get().map(|p| view! { <ProposalCard proposal=p /> })}
        {move || {
            state
                .function_checks
                .with(|f| not_improving(programme_start, f, today()))
                .map(|(then, now)| {
                    view! {
                        <div class="card notice-warning" role="status">
                            <h2>"Not improving"</h2>
                            <p>
                                {format!(
                                    "After {NOT_IMPROVING_WEEKS} weeks of the programme your function score is {now} \
                                    out of 100, \
                                    against {then} at the start. That is the point to see a physiotherapist: the plan \
                                    may need \
                                    changing, or something else may be going on.",
                                )}
                            </p>
                        </div>
                    }
                })
        }}
    }
}

/// Today's exercises with their dosage, the button into the guided session, and how the
/// last session went.
fn todays_session(programme: Programme) -> impl IntoView {
    let state = use_app_state();
    let phase = programme.phase;
    let insertional = programme.insertional;
    let done_today = move || {
        let day = today();
        state.sessions.with(|s| s.iter().any(|x| x.date == day))
    };
    let last = move || state.sessions.with(|s| s.last().cloned());
    let per_week = match phase.sessions_per_week() {
        7 => "Every day".to_string(),
        n => format!("{n} sessions"),
    };
    let session_label =
        if state.player.get_untracked().is_some() { "Continue the session" } else { "Start today's session" };
    view! {
        <h2>"Today's session"</h2>
        <p>{move || if done_today() { "Done today. " } else { "" }}{format!("{per_week} a week in this phase.")}</p>
        <ol class="session-list">
            {programme
                .today(today())
                .into_iter()
                .map(|p| {
                    let e = p.exercise.exercise();
                    let adapted = insertional && matches!(e.insertional, Insertional::Adapted(_));
                    view! {
                        <li>
                            <ScreenLink to=Screen::Exercise(e.id.slug().to_string())>{e.name}</ScreenLink>
                            {format!(" · {}", p.dosage.describe())}
                            {adapted
                                .then(|| {
                                    view! {
                                        " "
                                        <span class="badge badge-clinician">"Adapted"</span>
                                    }
                                })}
                            {(!p.note.is_empty())
                                .then(|| {
                                    view! {
                                        <br />
                                        <span class="hint">{p.note.clone()}</span>
                                    }
                                })}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
        <ScreenLink to=Screen::Session attr:class="button button-primary">
            {session_label}
        </ScreenLink>
        {move || {
            last()
                .map(|s| {
                    view! {
                        <p class="hint">
                            {format!(
                                "Last session: {}, pain {}/10 during and {}/10 straight after.",
                                format_day(s.date),
                                s.pain_during.value(),
                                s.pain_after.value(),
                            )}
                        </p>
                    }
                })
        }}
    }
}

/// Moving to another phase (only one whose entry criteria are met) or turning the
/// insertion-safe version on or off.
fn adjust_by_hand(
    phase: Phase,
    insertional: bool,
    entry: impl Fn(Phase) -> Vec<String> + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_app_state();
    let adjusting = RwSignal::new(false);
    let chosen = RwSignal::new(phase);
    view! {
        <h2>"Adjust by hand"</h2>
        <Show
            when=move || adjusting.get()
            fallback=move || {
                view! {
                    <button type="button" class="button" on:click=move |_| adjusting.set(true)>
                        "Change phase or adaptations…"
                    </button>
                }
            }
        >
            <PhaseChoice chosen entry />
            <div class="button-row">
                <button
                    type="button"
                    class="button button-primary"
                    on:click=move |_| {
                        if !entry(chosen.get_untracked()).is_empty() {
                            return;
                        }
                        state.edit_programme(|p| p.move_to(chosen.get_untracked(), today()));
                        adjusting.set(false);
                    }
                >
                    "Save the change"
                </button>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| {
                        state.edit_programme(|p| p.insertional = !p.insertional);
                        adjusting.set(false);
                    }
                >
                    {if insertional { "Turn off the insertion-safe version" } else { "Make it insertion-safe" }}
                </button>
                <button type="button" class="button button-quiet" on:click=move |_| adjusting.set(false)>
                    "Cancel"
                </button>
            </div>
        </Show>
    }
}

/// The pain-monitoring proposal: what it suggests, which rule fired, and Accept.
#[component]
fn ProposalCard(proposal: Proposal) -> impl IntoView {
    let state = use_app_state();
    let move_to = move |phase: Option<Phase>| {
        if let Some(phase) = phase {
            state.edit_programme(|p| p.move_to(phase, today()));
        }
    };
    match proposal {
        Proposal::NothingYet => view! {
            <p class="notice notice-info">
                "Log your first session: the app then follows your pain to propose when to step up or back."
            </p>
        }
        .into_any(),
        Proposal::NeedsCheckIn { date } => view! {
            <div class="card proposal">
                <h2>"How is the tendon this morning?"</h2>
                <p>
                    {format!(
                        "The app needs the morning after your last session ({}) to judge the load.",
                        format_day(date),
                    )}
                </p>
                <CheckInForm date />
            </div>
        }
        .into_any(),
        Proposal::Hold { detail } => view! {
            <div class="card proposal">
                <h2>"Proposal: stay at this level"</h2>
                <p>{detail}</p>
            </div>
        }
        .into_any(),
        Proposal::StepForward { detail, to } => view! {
            <div class="card proposal proposal-forward">
                <h2>
                    {format!("Proposal: step forward to phase {}, {}", to.number(), to.title().to_ascii_lowercase())}
                </h2>
                <p>{detail}</p>
                <button type="button" class="button button-primary" on:click=move |_| move_to(Some(to))>
                    "Accept: step forward"
                </button>
            </div>
        }
        .into_any(),
        Proposal::StepBack { rule, detail, to } => view! {
            <div class="card proposal proposal-back" role="alert">
                <h2>"Proposal: step back"</h2>
                <p>
                    <strong>{format!("Rule broken: {}.", rule.title())}</strong>
                    " "
                    {detail}
                </p>
                <p>
                    {match to {
                        Some(p) => {
                            format!("Go back to phase {}, {}, for a while.", p.number(), p.title().to_ascii_lowercase())
                        }
                        None => {
                            "Ease off: fewer sets, or a day or two of rest. If it keeps happening, see a \
                            physiotherapist."
                                .to_string()
                        }
                    }}
                </p>
                {to
                    .map(|p| {
                        view! {
                            <button type="button" class="button button-primary" on:click=move |_| move_to(Some(p))>
                                "Accept: step back"
                            </button>
                        }
                    })}
            </div>
        }
        .into_any(),
    }
}
