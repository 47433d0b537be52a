//! The programme: start it (from the latest heel check, or by hand), see the phase and
//! today's session, act on the step-forward or step-back proposal, and adjust by hand.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::exercises::Insertional;
use crate::domain::programme::{eligibility, Eligibility, Phase, Programme};
use crate::domain::progression::{propose, Proposal};
use crate::ui::app_state::use_app_state;
use crate::ui::base_path::app_href;
use crate::ui::checkin_form::CheckInForm;
use crate::ui::clock::{format_day, today};

#[component]
pub fn ProgrammeScreen() -> impl IntoView {
    let state = use_app_state();
    let gate = Memo::new(move |_| {
        let cleared = state.rupture_cleared.get();
        state.checks.with(|h| {
            let latest = h.latest();
            eligibility(latest, latest.is_some_and(|c| Some(c.id) == cleared))
        })
    });
    view! {
        <section class="screen programme">
            <h1>"Exercise programme"</h1>
            {move || match (gate.get(), state.programme.get()) {
                (Eligibility::Blocked { check_id, reason }, _) => view! { <Blocked check_id reason/> }.into_any(),
                (Eligibility::Allowed { phase, insertional, clinician_note }, None) => {
                    view! { <StartProgramme phase insertional clinician_note/> }.into_any()
                }
                (Eligibility::Allowed { clinician_note, .. }, Some(p)) => view! { <Running programme=p clinician_note/> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn Blocked(check_id: u64, reason: &'static str) -> impl IntoView {
    let state = use_app_state();
    let confirming = RwSignal::new(false);
    view! {
        <div class="card card-emergency" role="alert">
            <h2>"Not now: see a doctor first"</h2>
            <p>{reason}</p>
            <A href=app_href(&format!("/checks/{check_id}")) attr:class="button">"What to do"</A>
        </div>
        <h2>"Seen by a clinician already?"</h2>
        <p>"If a doctor or physiotherapist has examined the leg since that check and found no tear, you can start the programme. If they gave you a plan of their own, follow theirs."</p>
        <Show
            when=move || confirming.get()
            fallback=move || view! { <button type="button" class="button" on:click=move |_| confirming.set(true)>"A clinician has ruled out a tear…"</button> }
        >
            <div class="button-row">
                <button type="button" class="button button-primary" on:click=move |_| state.clear_rupture(check_id)>"Yes, I was examined and there is no tear"</button>
                <button type="button" class="button button-quiet" on:click=move |_| confirming.set(false)>"Cancel"</button>
            </div>
        </Show>
    }
}

#[component]
fn StartProgramme(phase: Phase, insertional: bool, clinician_note: Option<&'static str>) -> impl IntoView {
    let state = use_app_state();
    let chosen = RwSignal::new(phase);
    let adapt = RwSignal::new(insertional);
    view! {
        <p>"Tendons recover with steadily rising load, not with weeks of rest. The programme moves through five phases; the app proposes each step from the pain you log, and you decide."</p>
        {clinician_note.map(|n| view! { <p class="notice notice-warning">{n}</p> })}
        <PhaseChoice chosen/>
        <label class="option">
            <input type="checkbox" prop:checked=move || adapt.get() on:change=move |ev| adapt.set(event_target_checked(&ev))/>
            <span>"My pain is where the tendon meets the heel bone (adapt the exercises)"</span>
        </label>
        <button type="button" class="button button-primary" on:click=move |_| state.set_programme(Programme::start(chosen.get_untracked(), adapt.get_untracked(), today()))>
            "Start the programme"
        </button>
    }
}

#[component]
fn PhaseChoice(chosen: RwSignal<Phase>) -> impl IntoView {
    view! {
        <fieldset class="question">
            <legend>"Start in phase"</legend>
            {Phase::ALL.into_iter().map(|phase| view! {
                <label class="option">
                    <input type="radio" name="phase" prop:checked=move || chosen.get() == phase on:change=move |_| chosen.set(phase)/>
                    <span><strong>{format!("{}. {}", phase.number(), phase.title())}</strong>" "{phase.summary()}</span>
                </label>
            }).collect_view()}
        </fieldset>
    }
}

#[component]
fn Running(programme: Programme, clinician_note: Option<&'static str>) -> impl IntoView {
    let state = use_app_state();
    let phase = programme.phase;
    let proposal = Memo::new(move |_| {
        let p = state.programme.get()?;
        Some(state.sessions.with(|s| state.checkins.with(|c| propose(&p, s, c, today()))))
    });
    let done_today = move || {
        let day = today();
        state.sessions.with(|s| s.iter().any(|x| x.date == day))
    };
    let last = move || state.sessions.with(|s| s.last().cloned());
    let items = programme.today();
    let adjusting = RwSignal::new(false);
    let chosen = RwSignal::new(phase);
    let insertional = programme.insertional;
    let session_label =
        if state.player.get_untracked().is_some() { "Continue the session" } else { "Start today's session" };
    view! {
        <p class="phase-count">{format!("Phase {} of 5 · since {}", phase.number(), format_day(programme.phase_since))}</p>
        <h2 class="phase-title">{phase.title()}</h2>
        <p>{phase.summary()}</p>
        {clinician_note.map(|n| view! { <p class="notice notice-warning">{n}</p> })}
        {insertional.then(|| view! { <p class="notice notice-info">"Adapted for pain where the tendon meets the heel bone: no heel drops below the foot and no stretching over a step."</p> })}
        {move || proposal.get().map(|p| view! { <ProposalCard proposal=p/> })}

        <h2>"Today's session"</h2>
        <p>{move || if done_today() { "Done today. ".to_string() } else { String::new() }}{format!("{} a week in this phase.", match phase.sessions_per_week() { 7 => "Every day".to_string(), n => format!("{n} sessions") })}</p>
        <ol class="session-list">
            {items.into_iter().map(|p| {
                let e = p.exercise.exercise();
                let adapted = insertional && matches!(e.insertional, Insertional::Adapted(_));
                view! {
                    <li>
                        <A href=app_href(&format!("/exercises/{}", e.id.slug()))>{e.name}</A>
                        {format!(" · {}", p.dosage.describe())}
                        {adapted.then(|| view! { " " <span class="badge badge-clinician">"Adapted"</span> })}
                        {(!p.note.is_empty()).then(|| view! { <br/><span class="hint">{p.note.clone()}</span> })}
                    </li>
                }
            }).collect_view()}
        </ol>
        <A href=app_href("/session") attr:class="button button-primary">{session_label}</A>
        {move || last().map(|s| view! {
            <p class="hint">{format!("Last session: {}, pain {}/10 during and {}/10 straight after.", format_day(s.date), s.pain_during.value(), s.pain_after.value())}</p>
        })}

        <h2>"Back to running"</h2>
        <p><A href=app_href("/run")>"The return-to-running checklist and walk–run ladder"</A></p>

        <h2>"Adjust by hand"</h2>
        <Show
            when=move || adjusting.get()
            fallback=move || view! { <button type="button" class="button" on:click=move |_| adjusting.set(true)>"Change phase or adaptations…"</button> }
        >
            <PhaseChoice chosen/>
            <div class="button-row">
                <button type="button" class="button button-primary" on:click=move |_| {
                    if let Some(mut p) = state.programme.get_untracked() {
                        p.move_to(chosen.get_untracked(), today());
                        state.set_programme(p);
                    }
                    adjusting.set(false);
                }>"Save the change"</button>
                <button type="button" class="button" on:click=move |_| {
                    if let Some(mut p) = state.programme.get_untracked() {
                        p.insertional = !p.insertional;
                        state.set_programme(p);
                    }
                    adjusting.set(false);
                }>{if insertional { "Turn off the insertional adaptations" } else { "Adapt for insertional pain" }}</button>
                <button type="button" class="button button-quiet" on:click=move |_| adjusting.set(false)>"Cancel"</button>
            </div>
        </Show>
    }
}

/// The pain-monitoring proposal: what it suggests, which rule fired, and Accept.
#[component]
fn ProposalCard(proposal: Proposal) -> impl IntoView {
    let state = use_app_state();
    let move_to = move |phase: Option<Phase>| {
        if let (Some(phase), Some(mut p)) = (phase, state.programme.get_untracked()) {
            p.move_to(phase, today());
            state.set_programme(p);
        }
    };
    match proposal {
        Proposal::NothingYet => view! {
            <p class="notice notice-info">"Log your first session: the app then follows your pain to propose when to step up or back."</p>
        }
        .into_any(),
        Proposal::NeedsCheckIn { date } => view! {
            <div class="card proposal">
                <h2>"How is the tendon this morning?"</h2>
                <p>{format!("The app needs the morning after your last session ({}) to judge the load.", format_day(date))}</p>
                <CheckInForm date/>
            </div>
        }
        .into_any(),
        Proposal::Hold { detail } => view! {
            <div class="card proposal"><h2>"Proposal: stay at this level"</h2><p>{detail}</p></div>
        }
        .into_any(),
        Proposal::StepForward { detail, to } => view! {
            <div class="card proposal proposal-forward">
                <h2>{format!("Proposal: step forward to phase {}, {}", to.number(), to.title().to_lowercase())}</h2>
                <p>{detail}</p>
                <button type="button" class="button button-primary" on:click=move |_| move_to(Some(to))>"Accept: step forward"</button>
            </div>
        }
        .into_any(),
        Proposal::StepBack { rule, detail, to } => view! {
            <div class="card proposal proposal-back" role="alert">
                <h2>"Proposal: step back"</h2>
                <p><strong>{format!("Rule broken: {}.", rule.title())}</strong>" "{detail}</p>
                <p>{match to {
                    Some(p) => format!("Go back to phase {}, {}, for a while.", p.number(), p.title().to_lowercase()),
                    None => "Ease off: fewer sets, or a day or two of rest. If it keeps happening, see a physiotherapist.".to_string(),
                }}</p>
                {to.map(|p| view! { <button type="button" class="button button-primary" on:click=move |_| move_to(Some(p))>"Accept: step back"</button> })}
            </div>
        }
        .into_any(),
    }
}
