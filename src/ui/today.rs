//! Today: what needs attention now: this morning's check-in, today's session and the
//! programme's proposal, the latest heel check (an emergency shown loudly), and a check
//! left half-done. Reminders live here only: no notifications, no streaks.

use leptos::prelude::*;

use super::base_path::ScreenLink;
use super::screen::Screen;

use super::after_tear::offers_on;
use super::app_state::{use_app_state, AppState};
use super::care::{call_button, use_region};
use super::checkin_form::CheckInForm;
use super::clock::format_day;
use super::startup_mark;
use super::stop_and_check::stop_and_check;
use super::urgency_badge::urgency_badge;
use crate::domain::agenda;
use crate::domain::loading_gate::Gate;
use crate::domain::progression::{propose, Proposal};
use crate::domain::triage::{Alert, Urgency};

#[component]
pub fn Today() -> impl IntoView {
    let state = use_app_state();
    // Read by two cards: computed once per change of the data it depends on.
    let proposal = Memo::new(move |_| {
        let p = state.programme.get()?;
        let today = state.day.get();
        Some(state.sessions.with(|s| state.checkins.with(|c| propose(&p, s, c, today))))
    });
    startup_mark::mark_when_rendered();
    // Most urgent for this morning first; the latest heel check, which has its own
    // screen, last.
    view! {
        <section class="screen today">
            <h1>"Today"</h1>
            {morning_check_in(state)}
            {load_warning(state)}
            {painful_run(state)}
            {function_check_due(state)}
            {missing_check_in(state, proposal)}
            {programme_card(state, proposal)}
            {pathway_card(state)}
            {check_in_progress(state)}
            {latest_check(state)}
        </section>
    }
}

// The parts of Today, in its order.

/// This morning's check-in, until it is done. Keyed on the day: past midnight a fresh
/// form for the new day replaces yesterday's, so nothing is saved under the wrong date.
fn morning_check_in(state: AppState) -> impl IntoView {
    // The agenda gets the day once per evaluation, never once per record: with five years
    // of records that cost 12 ms.
    let checked_in = move || state.checkins.with(|v| agenda::checked_in(v, state.day.get()));
    move || {
        (!checked_in()).then(|| {
            let date = state.day.get();
            view! {
                <div class="card">
                    <h2>"Morning check-in"</h2>
                    <p>"Two taps: how stiff and how sore the tendon was when you got up."</p>
                    <CheckInForm date />
                </div>
            }
        })
    }
}

/// Load spikes in the recent runs (`agenda::recent_load_warnings`).
fn load_warning(state: AppState) -> impl IntoView {
    let warnings = move || {
        let units = state.settings.with(|s| s.units);
        let warnings = state.runs.with(|runs| agenda::recent_load_warnings(runs, state.day.get()));
        (!warnings.is_empty()).then(|| warnings.iter().map(|w| w.explain(units)).collect::<Vec<_>>())
    };
    move || {
        warnings().map(|lines| {
            view! {
                <div class="card notice-warning">
                    <h2>"Load warning"</h2>
                    {lines.into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
                    <ScreenLink to=Screen::Journal attr:class="button button-quiet">
                        "The run log"
                    </ScreenLink>
                </div>
            }
        })
    }
}

/// A recent run that hurt more than the pain-monitoring model allows.
fn painful_run(state: AppState) -> impl IntoView {
    let text = move || {
        let units = state.settings.with(|s| s.units);
        state.runs.with(|runs| {
            agenda::painful_run(runs, state.day.get()).map(|r| {
                format!(
                    "Your run of {} on {} hurt {}/10 during and {}/10 after. The tendon tolerates up to 5 \
                    out of 10, settling by the next morning.",
                    units.show(r.metres),
                    format_day(r.date),
                    r.pain_during.map_or(0, |p| p.value()),
                    r.pain_after.map_or(0, |p| p.value())
                )
            })
        })
    };
    move || {
        text().map(|text| {
            view! {
                <div class="card notice-warning">
                    <h2>"A run that hurt"</h2>
                    <p>{text}</p>
                    <p>
                        "Ease off: run shorter, flatter and slower, or cross-train for a few days, and see \
                        how tomorrow morning feels. If runs keep hurting above 5, see a physiotherapist."
                    </p>
                    <ScreenLink to=Screen::ReturnToRun attr:class="button button-quiet">
                        "Back to running, step by step"
                    </ScreenLink>
                    {stop_and_check()}
                </div>
            }
        })
    }
}

/// The function check, every two to four weeks once the runner is in rehab.
fn function_check_due(state: AppState) -> impl IntoView {
    let due = move || {
        let involved = state.programme.with(|p| p.is_some()) || state.checks.with(|h| !h.is_empty());
        state.function_checks.with(|v| agenda::function_check_due(involved, v, state.day.get()))
    };
    view! {
        <Show when=due>
            <div class="card">
                <h2>"Function check due"</h2>
                <p>
                    "Eight quick questions, every two to four weeks, to follow your recovery as a \
                    score out of 100."
                </p>
                <ScreenLink to=Screen::FunctionCheck attr:class="button">
                    "Do the function check"
                </ScreenLink>
            </div>
        </Show>
    }
}

/// An earlier morning the progression needs and that was never logged.
fn missing_check_in(state: AppState, proposal: Memo<Option<Proposal>>) -> impl IntoView {
    move || match proposal.get() {
        Some(Proposal::NeedsCheckIn { date }) if date < state.day.get() => Some(view! {
            <div class="card">
                <h2>{format!("Missing check-in: {}", format_day(date))}</h2>
                <p>"The morning after your last session tells the app whether the load suited the tendon."</p>
                <CheckInForm date />
            </div>
        }),
        _ => None,
    }
}

/// The programme's phase, today's session and what the progression proposes.
fn programme_card(state: AppState, proposal: Memo<Option<Proposal>>) -> impl IntoView {
    // Behind a shut gate nothing here invites loading: the same answer as the programme's.
    let open = Memo::new(move |_| state.loading_gate().is_open());
    let session_done = move || state.sessions.with(|v| agenda::session_done(v, state.day.get()));
    let proposed = move || match proposal.get() {
        Some(Proposal::StepForward { to, .. }) => Some(format!("Proposal: step forward to phase {}.", to.number())),
        Some(Proposal::StepBack { rule, .. }) => {
            Some(format!("Proposal: step back ({}).", rule.title().to_ascii_lowercase()))
        }
        _ => None,
    };
    // After a tear the pathway's card stands in its place (`pathway_card`).
    let after_tear = Memo::new(move |_| matches!(state.loading_gate(), Gate::AfterTear(_)));
    move || {
        state.programme.get().filter(|_| !after_tear.get()).map(|p| {
            view! {
                <div class="card">
                    <h2>"Exercise programme"</h2>
                    <p class="card-title">{format!("Phase {} of 5: {}", p.phase.number(), p.phase.title())}</p>
                    <p>
                        {move || {
                            if session_done() { "Today's session is done." } else { "Today's session is waiting." }
                        }}
                    </p>
                    {move || {
                        proposed()
                            .map(|t| {
                                view! {
                                    <p>
                                        <strong>{t}</strong>
                                    </p>
                                }
                            })
                    }}
                    {move || {
                        if open.get() {
                            view! {
                                <div class="button-row">
                                    <ScreenLink to=Screen::Session attr:class="button button-primary">
                                        "Today's session"
                                    </ScreenLink>
                                    <ScreenLink to=Screen::Programme attr:class="button button-quiet">
                                        "The programme"
                                    </ScreenLink>
                                </div>
                            }
                                .into_any()
                        } else {
                            view! {
                                <p>
                                    "Paused: a heel check asks for a clinician to see the leg before any more loading."
                                </p>
                                <ScreenLink to=Screen::Programme attr:class="button button-quiet">
                                    "Why, and what to do"
                                </ScreenLink>
                            }
                                .into_any()
                        }
                    }}
                </div>
            }
        })
    }
}

/// The pathway after a tear: the week, the phase, and today's session where there is one.
fn pathway_card(state: AppState) -> impl IntoView {
    let gate = Memo::new(move |_| state.loading_gate());
    move || {
        let Gate::AfterTear(t) = gate.get() else { return None };
        let day = state.day.get();
        let offers = offers_on(state, &t.pathway, day);
        let session = t.exercises_cleared && offers.has_session();
        let done = state.sessions.with(|v| agenda::session_done(v, day));
        Some(view! {
            <div class="card">
                <h2>"After your tear"</h2>
                <p class="card-title">
                    {format!(
                        "Week {} · phase {} of 6: {}",
                        t.pathway.week(day),
                        offers.phase.number(),
                        offers.phase.title(),
                    )}
                </p>
                <p>
                    {match (session, done) {
                        (false, _) => "No calf exercises today: keep the tendon protected as your team said.",
                        (true, true) => "Today's session is done.",
                        (true, false) => "Today's session is waiting.",
                    }}
                </p>
                <div class="button-row">
                    {session
                        .then(|| {
                            view! {
                                <ScreenLink to=Screen::Session attr:class="button button-primary">
                                    "Today's session"
                                </ScreenLink>
                            }
                        })} <ScreenLink to=Screen::Programme attr:class="button button-quiet">
                        "The pathway"
                    </ScreenLink>
                </div>
            </div>
        })
    }
}

/// A heel check left half-done.
fn check_in_progress(state: AppState) -> impl IntoView {
    // Answers given, not merely a check opened.
    let in_progress = move || state.draft.with(|d| !d.answered.is_empty());
    view! {
        <Show when=in_progress>
            <div class="card">
                <h2>"A heel check is in progress"</h2>
                <p>"Your answers so far are saved."</p>
                <ScreenLink to=Screen::Check attr:class="button button-primary">
                    "Continue the check"
                </ScreenLink>
            </div>
        </Show>
    }
}

/// The latest heel check (an emergency shown loudly, as an alert), or the invitation to a
/// first one; and the way to all of them.
fn latest_check(state: AppState) -> impl IntoView {
    let latest = move || state.checks.with(|h| h.latest().cloned());
    let count = move || state.checks.with(|h| h.len());
    let card = move || match latest() {
        None => view! {
            <div class="card">
                <h2>"Pain at the back of the ankle?"</h2>
                <p>
                    "Answer a few plain questions to see what the pain may be, how soon to get help, and \
                    what to do in the meantime. It takes about two minutes and works without a signal."
                </p>
                <ScreenLink to=Screen::Check attr:class="button button-primary">
                    "Check my heel"
                </ScreenLink>
            </div>
        }
        .into_any(),
        Some(c) if c.assessment.urgency == Urgency::Emergency => {
            let alert = c.assessment.alert().unwrap_or(Alert::Tear);
            let region = use_region();
            let call = matches!(alert, Alert::CallEmergencyNumber | Alert::Nerves | Alert::Compartment);
            view! {
                <div class="card card-emergency" role="alert">
                    <h2>{alert.action()}</h2>
                    <p>
                        {format!(
                            "Your check on {} found signs that need care today. {}.",
                            format_day(c.date),
                            alert.title(),
                        )}
                    </p>
                    {call.then(|| view! { <p>{move || call_button(region().emergency_number)}</p> })}
                    <ScreenLink to=Screen::CheckResult(c.id.to_string()) attr:class="button">
                        "What to do"
                    </ScreenLink>
                </div>
            }
            .into_any()
        }
        Some(c) => view! {
            <div class="card">
                <h2>"Latest heel check"</h2>
                <p class="result-date">{format_day(c.date)}</p>
                <p class="card-title">{c.title()}</p>
                <p>{urgency_badge(&c.assessment)}</p>
                <div class="button-row">
                    <ScreenLink to=Screen::CheckResult(c.id.to_string()) attr:class="button">
                        "See the result"
                    </ScreenLink>
                    <ScreenLink to=Screen::Check attr:class="button button-quiet">
                        "Check again"
                    </ScreenLink>
                </div>
            </div>
        }
        .into_any(),
    };
    view! {
        {card}
        <Show when=move || { count() > 1 }>
            <p>
                <ScreenLink to=Screen::Checks>{move || format!("All {} heel checks", count())}</ScreenLink>
            </p>
        </Show>
    }
}
