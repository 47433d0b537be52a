//! The guided session: one exercise at a time, holds counted down, reps counted by taps,
//! rests timed, and pain asked at the end. It runs hands-free: each change is spoken (or
//! buzzed only, in quiet mode), the last three seconds before it are counted aloud, and the
//! screen is kept awake, asked again when the page comes back. The state is saved on every
//! change, so a lock, a call or a reload resumes it where it was.

use leptos::prelude::*;

use super::gate::GateNotice;
use super::signals::{announce_change, announce_countdown, keep_screen_on, release};
use crate::domain::exercises::Effort;
use crate::domain::loading_gate::Gate;
use crate::domain::pain::PainScore;
use crate::domain::player::{countdown, Player, PlayerAction, Stage};
use crate::domain::sessions::SessionLog;
use crate::ui::after_tear::offers_on;
use crate::ui::app_state::use_app_state;
use crate::ui::base_path::ScreenLink;
use crate::ui::clock::{now_ms, today};
use crate::ui::exercises::figure::ExerciseFigure;
use crate::ui::inputs::PainField;
use crate::ui::screen::Screen;
use crate::ui::stop_and_check::stop_and_check;

/// "1:05" from milliseconds, rounding up so a hold never shows 0:00 while still running.
fn clock_text(ms: u64) -> String {
    let secs = ms.div_ceil(1000);
    format!("{}:{:02}", secs / 60, secs % 60)
}

#[component]
pub fn SessionPlayer() -> impl IntoView {
    let state = use_app_state();
    // The loading gate first: no session on a leg that must be examined (a session already
    // under way is not resumed either).
    let gate = Memo::new(move |_| state.loading_gate());
    if state.player.get_untracked().is_none() {
        // The programme's session, or after a tear the pathway's: never the programme's then.
        let items = match gate.get_untracked() {
            Gate::Open(_) => state.programme.get_untracked().map(|p| p.today(today())),
            Gate::AfterTear(t) if t.exercises_cleared => {
                Some(offers_on(state, &t.pathway, today()).session()).filter(|s| !s.is_empty())
            }
            _ => None,
        };
        if let Some(items) = items {
            state.set_player(Some(Player::new(items)));
        }
    }

    let speak = move || state.settings.with_untracked(|s| !s.quiet_sessions);
    // Changes the player, saves it, and announces the last change it gives (a hold that
    // ends the session gives "set ended" and "finished": only the second is said).
    let act = move |action: PlayerAction| {
        let Some(mut p) = state.player.get_untracked() else { return };
        let cues = p.apply(action, now_ms());
        if let Some(cue) = cues.iter().rev().find(|c| c.is_change()) {
            announce_change(&p.words(*cue), speak());
        }
        state.set_player(Some(p));
    };

    let now = RwSignal::new(now_ms());
    let ticker = tick_and_count_down(now, act, speak);
    let wake = keep_awake_while_open();
    on_cleanup(move || {
        if let Some(t) = ticker {
            t.clear();
        }
        wake();
    });

    let player = move || state.player.get();
    view! {
        <section class="screen player">
            {move || match (gate.get(), player()) {
                (closed, _) if !closed.allows_sessions() => {
                    view! {
                        <h1>"No session to run"</h1>
                        <GateNotice gate=closed />
                    }
                        .into_any()
                }
                (_, None) => {
                    view! {
                        <h1>"No session to run"</h1>
                        <p>"Start the exercise programme first; today's session is built from its current phase."</p>
                        <p>
                            <ScreenLink to=Screen::Programme attr:class="button button-primary">
                                "Go to the programme"
                            </ScreenLink>
                        </p>
                    }
                        .into_any()
                }
                (_, Some(p)) if p.stage == Stage::Finished => view! { <SessionEnd player=p /> }.into_any(),
                (_, Some(p)) => view! { <SessionStep player=p now=now act=act /> }.into_any(),
            }}
        </section>
    }
}

/// The display refreshes four times a second; the player itself only changes when a hold
/// or a rest has run out by the clock. Between two readings the time left may reach 3, 2
/// or 1 seconds: that is counted aloud.
fn tick_and_count_down(
    now: RwSignal<u64>,
    act: impl Fn(PlayerAction) + Copy + 'static,
    speak: impl Fn() -> bool + Copy + 'static,
) -> Option<IntervalHandle> {
    let state = use_app_state();
    let last_left = StoredValue::new(None::<u64>);
    set_interval_with_handle(
        move || {
            let t = now_ms();
            now.set(t);
            let (left, running) = state
                .player
                .with_untracked(|p| p.as_ref().map_or((None, false), |p| (p.remaining_ms(t), !p.is_paused())));
            if !running {
                last_left.set_value(None);
                return;
            }
            if let Some(n) = countdown(last_left.get_value(), left) {
                announce_countdown(&n.to_string(), speak());
            }
            last_left.set_value(left);
            if left == Some(0) {
                last_left.set_value(None);
                act(PlayerAction::Tick);
            }
        },
        std::time::Duration::from_millis(250),
    )
    .ok()
}

/// The screen stays awake while the session is open. The browser drops the lock when the
/// page is hidden (a call, the phone locked): it is asked for again on return. Gives what
/// lets it go.
fn keep_awake_while_open() -> impl FnOnce() {
    let wake = StoredValue::new_local(None::<wasm_bindgen::JsValue>);
    let hold_screen_on = move || {
        leptos::task::spawn_local(async move {
            if let Some(sentinel) = keep_screen_on().await {
                wake.set_value(Some(sentinel));
            }
        });
    };
    hold_screen_on();
    let on_return = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Visible {
            hold_screen_on();
        }
    });
    move || {
        on_return.remove();
        wake.with_value(|s| {
            if let Some(s) = s {
                release(s);
            }
        });
    }
}

/// One step of the session: which exercise and set, its figure, what to do now, and the
/// controls.
#[component]
fn SessionStep(
    player: Player,
    now: RwSignal<u64>,
    act: impl Fn(PlayerAction) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_app_state();
    let Some(item) = player.current().cloned() else { return ().into_any() };
    let exercise = item.exercise.exercise();
    let total = player.items.len();
    let stage = player.stage;
    view! {
        <p class="step-count">
            {format!("Exercise {} of {total} · Set {} of {}", player.item + 1, player.set, item.dosage.sets)}
        </p>
        <h1>{exercise.name}</h1>
        <ExerciseFigure
            id=item.exercise
            insertional=state.programme.with_untracked(|p| p.as_ref().is_some_and(|p| p.insertional))
        />
        {(!item.note.is_empty()).then(|| view! { <p class="player-note">{item.note.clone()}</p> })}
        <div class="player-stage" aria-live="polite">
            {stage_now(stage, item.dosage.effort, now, act)}
        </div>
        {step_controls(stage, act)}
        {stop_and_check()}
        <SoundToggle />
    }
    .into_any()
}

/// What to do now: get ready and start, count reps by taps, or watch a hold or a rest
/// count down.
fn stage_now(
    stage: Stage,
    effort: Effort,
    now: RwSignal<u64>,
    act: impl Fn(PlayerAction) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_app_state();
    let remaining = move || state.player.with(|p| p.as_ref().and_then(|p| p.remaining_ms(now.get())));
    let reps_done = move || state.player.with(|p| p.as_ref().map_or(0, |p| p.reps_done));
    match (stage, effort) {
        (Stage::Ready, effort) => {
            let start = match effort {
                Effort::HoldSeconds(s) => format!("Start the {s} s hold"),
                Effort::Reps(n) => format!("Start a set of {n}"),
            };
            view! {
                <p class="stage-label">"Get ready"</p>
                <button
                    type="button"
                    class="button button-primary button-huge"
                    on:click=move |_| act(PlayerAction::StartSet)
                >
                    {start}
                </button>
            }
            .into_any()
        }
        (Stage::Work, Effort::Reps(n)) => view! {
            <p class="stage-label">"Reps"</p>
            <p class="big-timer" aria-live="off">
                {move || format!("{} / {n}", reps_done())}
            </p>
            <button type="button" class="button button-primary button-huge" on:click=move |_| act(PlayerAction::Rep)>
                "+1 rep"
            </button>
        }
        .into_any(),
        // A hold and a rest are both a countdown.
        (Stage::Work | Stage::Rest, _) => view! {
            <p class="stage-label">{if stage == Stage::Rest { "Rest" } else { "Hold" }}</p>
            <p class="big-timer" role="timer">
                {move || remaining().map(clock_text)}
            </p>
        }
        .into_any(),
        (Stage::Finished, _) => ().into_any(),
    }
}

/// Pause (the one control a runner mid-set reaches for: big, first), then skip, next
/// exercise and end.
fn step_controls(stage: Stage, act: impl Fn(PlayerAction) + Copy + Send + Sync + 'static) -> impl IntoView {
    let state = use_app_state();
    let paused = move || state.player.with(|p| p.as_ref().is_some_and(|p| p.is_paused()));
    let pause_or_resume = move || {
        let (action, class, label) = if paused() {
            (PlayerAction::Resume, "button button-primary button-huge", "Resume")
        } else {
            (PlayerAction::Pause, "button button-huge", "Pause")
        };
        view! {
            <button type="button" class=class on:click=move |_| act(action)>
                {label}
            </button>
        }
    };
    let skip = match stage {
        Stage::Rest => "Skip the rest",
        Stage::Work => "End this set",
        _ => "Skip this set",
    };
    view! {
        {matches!(stage, Stage::Work | Stage::Rest).then(|| pause_or_resume)}
        <div class="button-row player-controls">
            <button type="button" class="button" on:click=move |_| act(PlayerAction::Skip)>
                {skip}
            </button>
            <button type="button" class="button button-quiet" on:click=move |_| act(PlayerAction::NextExercise)>
                "Next exercise"
            </button>
            <button type="button" class="button button-quiet" on:click=move |_| act(PlayerAction::EndSession)>
                "End the session"
            </button>
        </div>
    }
}

/// Spoken cues on or off (off still buzzes), kept with the settings, and an honest word on
/// what a locked phone allows.
#[component]
fn SoundToggle() -> impl IntoView {
    let state = use_app_state();
    let on = move || state.settings.with(|s| !s.quiet_sessions);
    let toggle = move |_| {
        state.edit_settings(|s| s.quiet_sessions = !s.quiet_sessions);
    };
    view! {
        <div class="sound-toggle">
            <button
                type="button"
                class="button"
                aria-pressed=move || if on() { "true" } else { "false" }
                on:click=toggle
            >
                "Spoken cues"
            </button>
            <p class="hint">
                {move || {
                    if on() {
                        "Each change is said aloud, and the last 3 seconds are counted, so the phone can stay on the \
                        floor."
                    } else {
                        "Quiet: the phone buzzes at each change instead of speaking."
                    }
                }}
                " Cues need the screen on: on an iPhone they stop while it is locked. The timer stays right either way."
            </p>
        </div>
    }
}

/// Asks for pain during and straight after (the pain-monitoring model's first two rules),
/// then logs the session.
#[component]
fn SessionEnd(player: Player) -> impl IntoView {
    let state = use_app_state();
    let go = crate::ui::router::use_go();
    let during = RwSignal::new(PainScore::default());
    let after = RwSignal::new(PainScore::default());
    let failed = RwSignal::new(None::<String>);
    let sets: Vec<_> = player.items.iter().zip(&player.sets_done).map(|(p, n)| (p.exercise, *n)).collect();
    let save = move |_| {
        // The pathway's phase after a tear, else the programme's.
        let (phase, after_tear) = match state.loading_gate() {
            Gate::AfterTear(t) => (None, Some(offers_on(state, &t.pathway, today()).phase)),
            _ => (state.programme.with_untracked(|p| p.as_ref().map(|p| p.phase)), None),
        };
        let logged = state.log_session(SessionLog {
            id: now_ms(),
            date: today(),
            phase,
            after_tear,
            sets: sets.clone(),
            pain_during: during.get_untracked(),
            pain_after: after.get_untracked(),
        });
        // Kept on screen, with the player, until the session is really stored.
        match logged {
            Ok(()) => {
                state.set_player(None);
                go(&Screen::Programme);
            }
            Err(e) => failed.set(Some(format!("The session was not saved: {e} Free some space and try again."))),
        }
    };
    view! {
        <h1>"Session done"</h1>
        <p>"Two questions, so the app can tell whether the load suits your tendon. Up to 5 out of 10 is acceptable."</p>
        <PainField id="pain-during" label="Worst pain during the session" value=during />
        <PainField id="pain-after" label="Pain now, straight after" value=after />
        <button type="button" class="button button-primary" on:click=save>
            "Save the session"
        </button>
        <p class="notice notice-error" role="alert" hidden=move || failed.with(Option::is_none)>
            {move || failed.get()}
        </p>
    }
}
