//! A one-page summary for a physiotherapist: the latest heel check and its flags, the
//! morning trend, runs and load warnings, function scores, sessions done and the programme.
//! Printable (the browser's Print, or Save as PDF), with CSV files of the raw entries.

use leptos::prelude::*;

use super::trends::TrendCharts;
use crate::domain::csv;
use crate::domain::loading_gate::Gate;
use crate::domain::runs::load_warnings;
use crate::domain::triage::{explain, Side, Topic};
use crate::ui::app_state::{use_app_state, AppState};
use crate::ui::clock::{format_day, today};
use crate::ui::download::download_text_as;

/// The sore leg: the plan's, the pathway's after a tear, else the latest check's.
fn sore_side(state: AppState) -> Side {
    match state.loading_gate() {
        Gate::Open(plan) => plan.side,
        Gate::AfterTear(t) => t.pathway.side,
        _ => state.checks.with(|h| h.latest().map_or(Side::Right, |c| c.answers.side)),
    }
}

#[component]
pub fn Summary() -> impl IntoView {
    let state = use_app_state();
    let side = move || sore_side(state);
    let visits = move || {
        state.visits.with(|v| {
            v.iter()
                .rev()
                .map(|x| {
                    let note = if x.note.is_empty() { String::new() } else { format!(": \u{201c}{}\u{201d}", x.note) };
                    let tear = x.tear.as_ref().map(|t| format!(" ({})", t.describe())).unwrap_or_default();
                    format!("{}: {}{tear}{note}", format_day(x.date), x.outcome.label())
                })
                .collect()
        })
    };
    let heel_rises = move || {
        let side = side();
        state.heel_rises.with(|v| {
            v.iter()
                .rev()
                .take(5)
                .map(|t| {
                    let lsi = t.lsi(side).map_or("no comparison".to_string(), |l| format!("symmetry {l}%"));
                    format!("{}: left {}, right {} raises, {lsi}", format_day(t.date), t.left, t.right)
                })
                .collect()
        })
    };
    let function_scores = move || {
        state
            .function_checks
            .with(|v| v.iter().map(|f| format!("{}: {} out of 100", format_day(f.date), f.score())).collect())
    };
    let risk_factors = move || state.risk.with(|r| r.factors.iter().map(|f| f.question().to_string()).collect());
    view! {
        <section class="screen summary">
            <h1>"Summary for your physiotherapist"</h1>
            <p class="hint">
                {move || {
                    format!(
                        "Prepared on {} from the runner's own entries in the Achilles app. Self-reported; not a \
                        diagnosis.",
                        format_day(today()),
                    )
                }}
            </p>
            <Downloads />
            <h2>"Latest heel check"</h2>
            <LatestCheck />
            <h2>"Clinician visits"</h2>
            <ul>{move || items_or(visits(), "None recorded.")}</ul>
            <h2>"Heel-rise tests"</h2>
            <ul>{move || items_or(heel_rises(), "None recorded.")}</ul>
            <AfterTheTear />
            <h2>"Programme and sessions"</h2>
            <Sessions />
            <h2>"Trends"</h2>
            <TrendCharts />
            <h2>"Runs, last 4 weeks"</h2>
            <RecentRuns />
            <h2>"Function scores"</h2>
            <ul>{move || items_or(function_scores(), "None recorded.")}</ul>
            <h2>"Risk factors ticked"</h2>
            <ul>{move || items_or(risk_factors(), "None ticked.")}</ul>
        </section>
    }
}

/// After a tear: the pathway's week and phase, and the rupture scores.
#[component]
fn AfterTheTear() -> impl IntoView {
    let state = use_app_state();
    move || {
        let crate::domain::loading_gate::Gate::AfterTear(t) = state.loading_gate() else { return None };
        let day = today();
        let offers = crate::ui::after_tear::offers_on(state, &t.pathway, day);
        let scores: Vec<String> = state
            .rupture_scores
            .with(|v| v.iter().map(|s| format!("{}: {} out of 100", format_day(s.date), s.total())).collect());
        Some(view! {
            <h2>"After the tear"</h2>
            <p>
                {format!(
                    "Week {} since {} ({}); phase {} of 6, {}.",
                    t.pathway.week(day),
                    if t.pathway.operated { "the operation" } else { "the injury" },
                    format_day(t.pathway.day_zero),
                    offers.phase.number(),
                    offers.phase.title().to_ascii_lowercase(),
                )}
            </p>
            <h3>"Rupture scores (100: no limitation)"</h3>
            <ul>{items_or(scores, "None recorded.")}</ul>
        })
    }
}

/// A list's items, or one saying there are none.
fn items_or(lines: Vec<String>, none: &'static str) -> AnyView {
    if lines.is_empty() {
        view! { <li>{none}</li> }.into_any()
    } else {
        lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view().into_any()
    }
}

/// Print, and the raw entries as CSV files.
#[component]
fn Downloads() -> impl IntoView {
    let state = use_app_state();
    let units = move || state.settings.with(|s| s.units);
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let csv_file = |what: &str, text: String| {
        download_text_as(&format!("achilles-{what}-{}.csv", today()), "text/csv", &text);
    };
    view! {
        <div class="button-row no-print">
            <button type="button" class="button button-primary" on:click=print>
                "Print or save as PDF"
            </button>
            <button
                type="button"
                class="button"
                on:click=move |_| csv_file("checkins", state.checkins.with_untracked(|c| csv::checkins(c)))
            >
                "Check-ins (CSV)"
            </button>
            <button
                type="button"
                class="button"
                on:click=move |_| csv_file("runs", state.runs.with_untracked(|r| csv::runs(r, units())))
            >
                "Runs (CSV)"
            </button>
            <button
                type="button"
                class="button"
                on:click=move |_| csv_file("sessions", state.sessions.with_untracked(|s| csv::sessions(s)))
            >
                "Sessions (CSV)"
            </button>
            <button
                type="button"
                class="button"
                on:click=move |_| {
                    let side = sore_side(state);
                    csv_file("heel-rises", state.heel_rises.with_untracked(|t| csv::heel_rises(t, side)))
                }
            >
                "Heel-rise tests (CSV)"
            </button>
            <button
                type="button"
                class="button"
                on:click=move |_| {
                    csv_file("rupture-scores", state.rupture_scores.with_untracked(|r| csv::rupture_scores(r)))
                }
            >
                "Rupture scores (CSV)"
            </button>
        </div>
    }
}

/// The latest check's result, its flags and why it fits its condition.
#[component]
fn LatestCheck() -> impl IntoView {
    let state = use_app_state();
    move || match state.checks.with(|h| h.latest().cloned()) {
        None => view! { <p>"None done."</p> }.into_any(),
        Some(c) => {
            let said = format!(" · {} · {}", c.assessment.urgency_title(), format_day(c.date));
            let why =
                explain(&c.answers, &c.assessment).into_iter().filter(|r| r.topic == Topic::Condition).map(|r| r.text);
            view! {
                <p>
                    <strong>{c.title()}</strong>
                    {said}
                </p>
                <ul>
                    {c.assessment.flags.iter().map(|f| view! { <li>{f.explain()}</li> }).collect_view()}
                    {why.map(|text| view! { <li>{text}</li> }).collect_view()}
                </ul>
            }
            .into_any()
        }
    }
}

/// The programme's phase, and the sessions done (the last five listed).
#[component]
fn Sessions() -> impl IntoView {
    let state = use_app_state();
    let programme = move || match state.programme.get() {
        None => "No programme started.".to_string(),
        Some(p) => format!(
            "Phase {} of 5 ({}) since {}, started {}.",
            p.phase.number(),
            p.phase.title(),
            format_day(p.phase_since),
            format_day(p.started_on)
        ),
    };
    let count = move || {
        state.sessions.with(|s| {
            let day = today();
            let recent = s.iter().filter(|x| (day - x.date).num_days() < 28).count();
            format!("{} sessions logged, {recent} in the last 4 weeks.", s.len())
        })
    };
    let last_five = move || {
        state.sessions.with(|s| {
            s.iter()
                .rev()
                .take(5)
                .map(|x| {
                    let (during, after) = (x.pain_during.value(), x.pain_after.value());
                    let line = format!(
                        "{}: {}, pain {during}/10 during, {after}/10 after",
                        format_day(x.date),
                        x.phase_words()
                    );
                    view! { <li>{line}</li> }
                })
                .collect_view()
        })
    };
    view! {
        <p>{programme}</p>
        <p>{count}</p>
        <ul>{last_five}</ul>
    }
}

/// The runs of the last four weeks, newest first, each with the load warning it had.
#[component]
fn RecentRuns() -> impl IntoView {
    let state = use_app_state();
    let units = move || state.settings.with(|s| s.units);
    let rows = move || {
        let day = today();
        state.runs.with(|runs| {
            let recent = runs.iter().rev().filter(|r| (day - r.date).num_days() < 28);
            recent
                .map(|r| {
                    let warnings = load_warnings(runs, r.date, r.metres, Some(r.id));
                    (r.clone(), warnings.iter().map(|w| w.explain(units())).collect::<Vec<_>>())
                })
                .collect::<Vec<_>>()
        })
    };
    move || {
        let rows = rows();
        if rows.is_empty() {
            return view! { <p>"No runs logged in the last 4 weeks."</p> }.into_any();
        }
        let rows = rows.into_iter().map(|(r, w)| {
            view! {
                <tr>
                    <td>{format_day(r.date)}</td>
                    <td>{units().show(r.metres)}</td>
                    <td>{r.kind.label()}</td>
                    <td>{r.pain_words()}</td>
                    <td>{if w.is_empty() { "none".to_string() } else { w.join(" ") }}</td>
                </tr>
            }
        });
        view! {
            // A wide table scrolls sideways on a phone; the region is focusable so a keyboard
            // can scroll it too.
            <div class="table-scroll" tabindex="0" role="region" aria-label="Runs, last 4 weeks">
                <table class="summary-table">
                    <thead>
                        <tr>
                            <th scope="col">"Date"</th>
                            <th scope="col">"Distance"</th>
                            <th scope="col">"Type"</th>
                            <th scope="col">"Pain during/after"</th>
                            <th scope="col">"Load warning"</th>
                        </tr>
                    </thead>
                    <tbody>{rows.collect_view()}</tbody>
                </table>
            </div>
        }
        .into_any()
    }
}
