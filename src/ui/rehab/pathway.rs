//! The pathway after a tear, on the Rehab tab in place of the tendinopathy programme: where
//! the runner is (week and phase, the team's dates first), what they may and may not do,
//! today's session, the phases ahead, the measures that mark the way (heel-rise test,
//! rupture score), what to do if something feels wrong, and a place for the next visit.

use chrono::{Days, NaiveDate};
use leptos::prelude::*;

use super::heel_rise::HeelRiseTestForm;
use super::rupture_score::RuptureScores;
use super::visit_form::VisitForm;
use crate::domain::loading_gate::AfterTear;
use crate::domain::questionnaire::Draft;
use crate::domain::rupture::{running_missing, Offers, Pathway, Progress, RupturePhase, SCORE_EVERY_DAYS};
use crate::domain::triage::AfterTear as InPathway;
use crate::ui::after_tear::offers_on;
use crate::ui::app_state::use_app_state;
use crate::ui::base_path::ScreenLink;
use crate::ui::clock::{format_day, today};
use crate::ui::screen::Screen;

#[component]
pub fn PathwayScreen(after: AfterTear) -> impl IntoView {
    let state = use_app_state();
    let pathway = after.pathway.clone();
    let offers = {
        let pathway = pathway.clone();
        Memo::new(move |_| offers_on(state, &pathway, state.day.get()))
    };
    let day = today();
    let since = if pathway.operated { "the operation" } else { "the injury" };
    view! {
        <p class="phase-count">
            {format!("After your tear · week {} since {since} ({})", pathway.week(day), format_day(pathway.day_zero))}
        </p>
        <p class="notice notice-info">
            "Your surgeon's or physiotherapist's plan comes first. Where they gave you dates, the app follows theirs; \
            where they did not, it follows an accelerated functional protocol (Willits 2010; the STAR trial, 2020)."
        </p>
        {after
            .limits
            .clone()
            .map(|l| view! { <p class="notice notice-warning">{format!("Your clinician's limits: {l}")}</p> })}
        {move || phase_card(offers.get())}
        {todays_session(offers, after.exercises_cleared)}
        {timeline(&pathway, offers)}
        {measures(pathway.clone(), offers)}
        {something_wrong(pathway.operated)}
        <h2>"A visit to record"</h2>
        <VisitForm earliest=pathway.day_zero />
    }
}

/// The phase: its title, what the runner may and may not do, and what moves them on.
fn phase_card(offers: Offers) -> impl IntoView {
    let phase = offers.phase;
    let list = |items: &'static [&'static str]| items.iter().map(|s| view! { <li>{*s}</li> }).collect_view();
    view! {
        <h2 class="phase-title">{format!("Phase {} of 6: {}", phase.number(), phase.title())}</h2>
        {(offers.by_date > phase)
            .then(|| {
                view! {
                    <p class="notice notice-info">
                        {format!(
                            "By the calendar you could be in phase {} ({}): the criteria below hold you here.",
                            offers.by_date.number(),
                            offers.by_date.title().to_ascii_lowercase(),
                        )}
                    </p>
                }
            })}
        <h3>"You may"</h3>
        <ul>{list(phase.may())}</ul>
        <h3>"Not yet"</h3>
        <ul>{list(phase.may_not())}</ul>
        <h3>"To move on"</h3>
        <p>{phase.to_move_on()}</p>
    }
}

/// Today's exercises and the way into the guided session, or why there are none.
fn todays_session(offers: Memo<Offers>, cleared: bool) -> impl IntoView {
    move || {
        let o = offers.get();
        let body = if !cleared {
            view! {
                <p>
                    "Your team has not cleared you to start the exercises yet: keep the tendon protected, and record \
                    their visit below once they do."
                </p>
            }
            .into_any()
        } else if !o.has_session() {
            let text = "No exercises for the calf in this phase: the tendon is protected while it knits.";
            view! { <p>{text}</p> }.into_any()
        } else {
            session_list(o).into_any()
        };
        view! {
            <h2>"Today's session"</h2>
            {body}
        }
    }
}

fn session_list(o: Offers) -> impl IntoView {
    view! {
        {o
            .eased
            .then(|| {
                view! {
                    <p class="notice notice-warning" role="status">
                        "A pain rule was broken this week, so today's session is the previous phase's, lighter one. \
                        A week with the rules kept brings this phase's back."
                    </p>
                }
            })}
        <ol class="session-list">
            {o
                .session()
                .into_iter()
                .map(|p| {
                    let e = p.exercise.exercise();
                    let note = (!p.note.is_empty())
                        .then(|| {
                            view! {
                                <br />
                                <span class="hint">{p.note.clone()}</span>
                            }
                        });
                    view! {
                        <li>
                            <ScreenLink to=Screen::Exercise(e.id.slug().to_string())>{e.name}</ScreenLink>
                            {format!(" · {}", p.dosage.describe())}
                            {note}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
        <ScreenLink to=Screen::Session attr:class="button button-primary">
            "Start today's session"
        </ScreenLink>
    }
}

/// The six phases with the day each starts (the team's dates first), the current one marked.
fn timeline(p: &Pathway, offers: Memo<Offers>) -> impl IntoView {
    let starts = p.starts();
    let given = p.their_dates.clone();
    view! {
        <h2>"The way ahead"</h2>
        <ol class="pathway-timeline">
            {RupturePhase::ALL
                .into_iter()
                .map(|phase| {
                    let i = phase.number() - 1;
                    let theirs = i > 0 && given.0[i - 1].is_some();
                    let when = format!(
                        "from {}{}",
                        format_day(starts[i]),
                        if theirs { " (your team's date)" } else { "" },
                    );
                    let current = move || offers.with(|o| o.phase == phase);
                    view! {
                        <li class:current=current aria-current=move || current().then_some("step")>
                            <strong>{format!("{}. {}", phase.number(), phase.title())}</strong>
                            " "
                            <span class="hint">{when}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

/// The heel-rise test from the strength phase on, the running criteria once their date has
/// come, and the rupture score.
fn measures(p: Pathway, offers: Memo<Offers>) -> impl IntoView {
    let state = use_app_state();
    let side = p.side;
    let running_from = p.starts()[RupturePhase::Running.number() - 1];
    let since = p.day_zero;
    let p = StoredValue::new(p);
    let missing = move || {
        let day = state.day.get();
        let hops = state.ladder.with(|l| l.gate.hops);
        state.heel_rises.with(|t| {
            let progress = Progress {
                strength: crate::domain::strength::latest(t),
                hops,
                pain_rule_broken: offers.with(|o| o.eased),
            };
            p.with_value(|p| running_missing(p, &progress, day))
        })
    };
    view! {
        <Show when=move || offers.with(|o| o.heel_rise_test)>
            <HeelRiseTestForm side />
        </Show>
        <Show when=move || { state.day.get() + Days::new(28) >= running_from }>
            <h2>"Running again"</h2>
            {move || {
                let m = missing();
                if m.is_empty() {
                    view! {
                        <p>
                            <ScreenLink to=Screen::ReturnToRun attr:class="button button-primary">
                                "The walk–run steps"
                            </ScreenLink>
                        </p>
                    }
                        .into_any()
                } else {
                    view! {
                        <p>"Before the first run:"</p>
                        <ul>{m.into_iter().map(|s| view! { <li>{s.words()}</li> }).collect_view()}</ul>
                        <p>
                            <ScreenLink to=Screen::ReturnToRun>"The hop test and the heel-rise test"</ScreenLink>
                        </p>
                    }
                        .into_any()
                }
            }}
        </Show>
        <RuptureScores since />
    }
}

/// A pop, a lost push-off, a sore or swollen calf, breathlessness, or a wound after surgery:
/// a heel check that knows the runner is in a boot or after an operation, in one tap.
fn something_wrong(operated: bool) -> impl IntoView {
    let state = use_app_state();
    let go = crate::ui::router::use_go();
    let start = move |_| {
        let mut draft = Draft::default();
        draft.answers.after_tear = if operated { InPathway::Operated } else { InPathway::Boot };
        state.edit_draft(|d| *d = draft.clone());
        go(&Screen::Check);
    };
    view! {
        <div class="stop-and-check">
            <p>
                <strong>"Something wrong?"</strong>
                " A new pop or a sudden loss of push-off; a calf that is sore, swollen, warm or red; breathlessness or \
                chest pain"
                {operated.then_some("; a red, oozing or opening wound, or a fever")}
                ". Check now: the app knows you are after a tear."
            </p>
            <button type="button" class="button" on:click=start>
                "Do the heel check now"
            </button>
        </div>
    }
}

/// Whether a rupture score is due: every four weeks from week 6.
pub fn score_due(since: NaiveDate, last: Option<NaiveDate>, day: NaiveDate) -> bool {
    let first = since + Days::new(42);
    day >= first && last.is_none_or(|d| (day - d).num_days() >= SCORE_EVERY_DAYS)
}
