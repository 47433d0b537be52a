//! Back to running: behind the loading gate, the checklist first (brisk walk, hops, the
//! heel-rise test on both legs), then the walk–run ladder with the app's advice to step
//! up, stay or drop back, guided by the pain of each run and the next morning.

use leptos::prelude::*;

use super::gate::GateNotice;
use super::heel_rise::HeelRiseTestForm;
use crate::domain::loading_gate::Gate;
use crate::domain::pain::PainScore;
use crate::domain::return_to_run::{LadderAdvice, LadderContext, WalkRun, LADDER};
use crate::domain::rupture::{running_missing, Missing, Pathway, Progress};
use crate::domain::strength;
use crate::domain::triage::Side;
use crate::ui::after_tear::offers_on;
use crate::ui::app_state::use_app_state;
use crate::ui::checkin_form::CheckInForm;
use crate::ui::clock::{format_day, today};
use crate::ui::inputs::PainField;

#[component]
pub fn ReturnToRun() -> impl IntoView {
    let state = use_app_state();
    let gate = Memo::new(move |_| state.loading_gate());
    view! {
        <section class="screen run-gate">
            <h1>"Back to running"</h1>
            {move || match gate.get() {
                Gate::Open(plan) => view! { <RunningPath side=plan.side after_tear=None /> }.into_any(),
                Gate::AfterTear(t) => {
                    let side = t.pathway.side;
                    // After a tear: the pathway's own criteria (time, a go-ahead, strength, hops).
                    view! { <RunningPath side after_tear=Some(t.pathway) /> }
                        .into_any()
                }
                closed => view! { <GateNotice gate=closed /> }.into_any(),
            }}
        </section>
    }
}

/// The checklist and the ladder, once the loading gate is open; after a tear, the pathway's
/// criteria and its tests in place of the checklist.
#[component]
fn RunningPath(side: Side, after_tear: Option<Pathway>) -> impl IntoView {
    let state = use_app_state();
    let tear = StoredValue::new(after_tear);
    let advice = Memo::new(move |_| {
        let programme = state.programme.get();
        let criteria = tear.with_value(|t| {
            t.as_ref().map(|p| {
                let offers = offers_on(state, p, today());
                let hops = state.ladder.with(|l| l.gate.hops);
                state.heel_rises.with(|t| {
                    let progress = Progress { strength: strength::latest(t), hops, pain_rule_broken: offers.eased };
                    running_missing(p, &progress, today()).into_iter().map(Missing::words).collect::<Vec<_>>()
                })
            })
        });
        state.ladder.with(|l| {
            state.checkins.with(|c| {
                state.heel_rises.with(|t| {
                    let ctx = LadderContext {
                        programme: programme.as_ref(),
                        checkins: c,
                        strength: strength::latest(t),
                        side,
                        after_tear: criteria.as_deref(),
                    };
                    l.advise(&ctx, today())
                })
            })
        })
    });
    let after_a_tear = tear.with_value(Option::is_some);
    view! {
        <p>
            {if after_a_tear {
                "After a tear, running waits for its time, a clinician's go-ahead, the strength of the injured leg and \
                a hop test. Then it returns in small rungs, at most one every two days, dropping a rung when a run \
                hurts more than 5 out of 10 or the next morning is worse than usual."
            } else {
                "Running returns in small rungs once the tendon passes three tests. The app moves you up at most one \
                rung every two days, never in a week when the strength programme stepped up, and drops a rung when a \
                run hurts more than 5 out of 10 or the next morning is worse than usual."
            }}
        </p>
        {move || match tear.get_value() {
            None => view! { <Checklist side /> }.into_any(),
            Some(p) => tear_tests(side, p).into_any(),
        }}
        {move || match advice.get() {
            LadderAdvice::GateClosed(missing) => {
                view! {
                    <div class="card">
                        <h2>"Not yet"</h2>
                        <p>"Still to do before the first run:"</p>
                        <ul>{missing.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                    </div>
                }
                    .into_any()
            }
            advice => view! { <Ladder advice /> }.into_any(),
        }}
    }
}

/// After a tear: the heel-rise test and the hop test, each once the pathway offers it.
fn tear_tests(side: Side, p: Pathway) -> impl IntoView {
    let state = use_app_state();
    let offers = Memo::new(move |_| offers_on(state, &p, state.day.get()));
    view! {
        <h2>"The tests"</h2>
        <Show
            when=move || offers.with(|o| o.heel_rise_test)
            fallback=|| {
                view! {
                    <p>
                        "The heel-rise test comes two weeks into the strength phase (week 12, unless your team's \
                        dates say otherwise)."
                    </p>
                }
            }
        >
            <HeelRiseTestForm side />
        </Show>
        <Show
            when=move || offers.with(|o| o.hop_test)
            fallback=|| {
                view! {
                    <p>
                        "The hop test comes once running's date has come and the injured leg manages 80% of the \
                        other's heel raises."
                    </p>
                }
            }
        >
            {hop_test()}
        </Show>
    }
}

#[component]
fn Checklist(side: Side) -> impl IntoView {
    let state = use_app_state();
    let gate = move || state.ladder.with(|l| l.gate.clone());
    view! {
        <h2>"The checklist"</h2>
        <label class="option">
            <input
                type="checkbox"
                prop:checked=move || gate().brisk_walk_pain_free
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    state.edit_ladder(|l| l.gate.brisk_walk_pain_free = on)
                }
            />
            <span>"I can walk briskly for 30 minutes without pain"</span>
        </label>
        {hop_test()}
        <HeelRiseTestForm side />
    }
}

/// Hops on the sore leg in a row, and the pain while hopping (the checklist's, and after a
/// tear the pathway's hop test).
fn hop_test() -> impl IntoView {
    let state = use_app_state();
    let gate = move || state.ladder.with(|l| l.gate.clone());
    let update = move |f: &dyn Fn(&mut crate::domain::return_to_run::Gate)| {
        state.edit_ladder(|ladder| f(&mut ladder.gate));
    };
    let hops = RwSignal::new(gate().hops.map_or(0, |h| h.0));
    let hop_error = RwSignal::new(None::<&'static str>);
    let hop_pain = RwSignal::new(gate().hops.map_or(PainScore::default(), |h| h.1));
    view! {
        <fieldset class="question">
            <legend>"Hops on the sore leg"</legend>
            <label class="inline-field">
                <span>"How many in a row"</span>
                <input
                    type="number"
                    inputmode="numeric"
                    min="0"
                    max="50"
                    prop:value=move || hops.get().to_string()
                    aria-invalid=move || hop_error.get().is_some().then_some("true")
                    on:input=move |ev| {
                        match event_target_value(&ev).trim().parse::<u8>() {
                            Ok(n) if n <= 50 => {
                                hop_error.set(None);
                                hops.set(n);
                            }
                            _ => hop_error.set(Some("Enter a whole number of hops from 0 to 50.")),
                        }
                    }
                />
            </label>
            <p class="field-error" role="alert">
                {move || hop_error.get()}
            </p>
            <PainField id="hop-pain" label="Pain while hopping" value=hop_pain />
            <button
                type="button"
                class="button"
                on:click=move |_| {
                    if hop_error.get_untracked().is_none() {
                        let (n, p) = (hops.get_untracked(), hop_pain.get_untracked());
                        update(&|g| g.hops = Some((n, p)))
                    }
                }
            >
                "Save the hop test"
            </button>
        </fieldset>
    }
}

/// The walk–run ladder: its rungs with the current one marked, what the pain says about
/// the next step, and today's run.
#[component]
fn Ladder(advice: LadderAdvice) -> impl IntoView {
    let state = use_app_state();
    let rung = move || state.ladder.with(|l| l.rung);
    view! {
        <h2>"The walk–run ladder"</h2>
        <ol class="ladder">
            {LADDER
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    view! {
                        <li class:current=move || rung() == i aria-current=move || (rung() == i).then_some("step")>
                            {r.describe()}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
        {ladder_advice(advice)}
        {log_walk_run()}
    }
}

/// Step up, drop back (a warning sign), stay, or first the morning after the last run.
fn ladder_advice(advice: LadderAdvice) -> impl IntoView {
    let state = use_app_state();
    let move_to = move |to: usize| {
        state.edit_ladder(|l| l.move_to(to, today()));
    };
    match advice {
        LadderAdvice::StepUp { to } => view! {
            <div class="card proposal proposal-forward">
                <p>{format!("Ready for the next rung: {}.", LADDER[to].describe())}</p>
                <button type="button" class="button button-primary" on:click=move |_| move_to(to)>
                    "Accept: step up"
                </button>
            </div>
        }
        .into_any(),
        LadderAdvice::DropBack { to, reason } => view! {
            <div class="card proposal proposal-back" role="alert">
                <p>
                    <strong>"Warning sign. "</strong>
                    {reason}
                    {format!(" Drop back to: {}.", LADDER[to].describe())}
                </p>
                <button type="button" class="button button-primary" on:click=move |_| move_to(to)>
                    "Accept: drop back"
                </button>
            </div>
        }
        .into_any(),
        LadderAdvice::Stay(why) => view! { <p class="notice notice-info">{why}</p> }.into_any(),
        LadderAdvice::NeedsCheckIn { date } => view! {
            <div class="card proposal">
                <h3>"How is the tendon this morning?"</h3>
                <p>"The ladder needs the morning after your last run to judge it."</p>
                <CheckInForm date />
            </div>
        }
        .into_any(),
        LadderAdvice::GateClosed(_) => ().into_any(),
    }
}

/// Today's run on the current rung (its worst pain, and whether it rose or turned sharp),
/// and the last five.
fn log_walk_run() -> impl IntoView {
    let state = use_app_state();
    let pain = RwSignal::new(PainScore::default());
    let rising = RwSignal::new(false);
    let log_run = move |_| {
        state.edit_ladder(|l| {
            if l.rung_since.is_none() {
                l.rung_since = Some(today());
            }
            l.runs.push(WalkRun {
                date: today(),
                rung: l.rung,
                pain_during: pain.get_untracked(),
                rising_or_sharp: rising.get_untracked(),
            });
        });
    };
    let recent = move || {
        state.ladder.with(|l| {
            l.runs
                .iter()
                .rev()
                .take(5)
                .map(|r| {
                    format!(
                        "{}: {}, pain {}/10{}",
                        format_day(r.date),
                        LADDER[r.rung.min(LADDER.len() - 1)].describe(),
                        r.pain_during.value(),
                        if r.rising_or_sharp { ", rising or sharp" } else { "" },
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <h3>"Log today's run"</h3>
        <PainField id="run-pain" label="Worst pain during the run" value=pain />
        <p class="hint">"Up to 5 out of 10 is acceptable, if it has settled by the next morning."</p>
        <label class="option">
            <input
                type="checkbox"
                prop:checked=move || rising.get()
                on:change=move |ev| rising.set(event_target_checked(&ev))
            />
            <span>"The pain kept rising, or turned sharp, during the run"</span>
        </label>
        <button type="button" class="button button-primary" on:click=log_run>
            "Save the run"
        </button>
        <ul class="hint">{move || recent().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
    }
}
