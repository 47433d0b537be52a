//! A one-page summary for a physiotherapist: the latest heel check and its flags, the
//! morning trend, runs and load warnings, function scores, sessions done and the programme.
//! Printable (the browser's Print, or Save as PDF), with CSV files of the raw entries.

use leptos::prelude::*;

use super::trends::TrendCharts;
use crate::domain::csv;
use crate::domain::runs::load_warnings;
use crate::domain::triage::Side;
use crate::ui::app_state::use_app_state;
use crate::ui::clock::{format_day, today};
use crate::ui::download::download_text_as;

#[component]
pub fn Summary() -> impl IntoView {
    let state = use_app_state();
    let units = move || state.settings.with(|s| s.units);
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let stamp = move || today().to_string();
    view! {
        <section class="screen summary">
            <h1>"Summary for your physiotherapist"</h1>
            <p class="hint">{move || format!("Prepared on {} from the runner's own entries in the Achilles app. Self-reported; not a diagnosis.", format_day(today()))}</p>
            <div class="button-row no-print">
                <button type="button" class="button button-primary" on:click=print>"Print or save as PDF"</button>
                <button type="button" class="button" on:click=move |_| state.checkins.with_untracked(|c| download_text_as(&format!("achilles-checkins-{}.csv", stamp()), "text/csv", &csv::checkins(c)))>"Check-ins (CSV)"</button>
                <button type="button" class="button" on:click=move |_| state.runs.with_untracked(|r| download_text_as(&format!("achilles-runs-{}.csv", stamp()), "text/csv", &csv::runs(r, units())))>"Runs (CSV)"</button>
                <button type="button" class="button" on:click=move |_| state.sessions.with_untracked(|s| download_text_as(&format!("achilles-sessions-{}.csv", stamp()), "text/csv", &csv::sessions(s)))>"Sessions (CSV)"</button>
            </div>

            <h2>"Latest heel check"</h2>
            {move || match state.checks.with(|h| h.latest().cloned()) {
                None => view! { <p>"None done."</p> }.into_any(),
                Some(c) => view! {
                    <p><strong>{c.assessment.condition.title()}</strong>{format!(" · {} · {}", c.assessment.urgency.title(), format_day(c.date))}</p>
                    <ul>
                        {c.assessment.flags.iter().map(|f| view! { <li>{f.explain()}</li> }).collect_view()}
                        {c.assessment.reasons.iter().filter(|r| r.topic == crate::domain::triage::Topic::Condition).map(|r| view! { <li>{r.text.clone()}</li> }).collect_view()}
                    </ul>
                }.into_any(),
            }}

            <h2>"Clinician visits"</h2>
            <ul>
                {move || state.visits.with(|v| {
                    if v.is_empty() {
                        view! { <li>"None recorded."</li> }.into_any()
                    } else {
                        v.iter().rev().map(|x| {
                            let note = if x.note.is_empty() { String::new() } else { format!(": \u{201c}{}\u{201d}", x.note) };
                            view! { <li>{format!("{}: {}{note}", format_day(x.date), x.outcome.label())}</li> }
                        }).collect_view().into_any()
                    }
                })}
            </ul>

            <h2>"Heel-rise tests"</h2>
            <ul>
                {move || {
                    let side = state.checks.with(|h| h.latest().map_or(Side::Right, |c| c.answers.side));
                    state.heel_rises.with(|v| {
                        if v.is_empty() {
                            view! { <li>"None recorded."</li> }.into_any()
                        } else {
                            v.iter().rev().take(5).map(|t| {
                                let lsi = t.lsi(side).map_or("no comparison".to_string(), |l| format!("symmetry {l}%"));
                                view! { <li>{format!("{}: left {}, right {} raises, {lsi}", format_day(t.date), t.left, t.right)}</li> }
                            }).collect_view().into_any()
                        }
                    })
                }}
            </ul>

            <h2>"Programme and sessions"</h2>
            <p>{move || match state.programme.get() {
                None => "No programme started.".to_string(),
                Some(p) => format!("Phase {} of 5 ({}) since {}, started {}.", p.phase.number(), p.phase.title(), format_day(p.phase_since), format_day(p.started_on)),
            }}</p>
            <p>{move || state.sessions.with(|s| {
                let day = today();
                let recent = s.iter().filter(|x| (day - x.date).num_days() < 28).count();
                format!("{} sessions logged, {recent} in the last 4 weeks.", s.len())
            })}</p>
            <ul>
                {move || state.sessions.with(|s| s.iter().rev().take(5).map(|x| view! {
                    <li>{format!("{}: phase {}, pain {}/10 during, {}/10 after", format_day(x.date), x.phase.number(), x.pain_during.value(), x.pain_after.value())}</li>
                }).collect_view())}
            </ul>

            <h2>"Trends"</h2>
            <TrendCharts/>

            <h2>"Runs, last 4 weeks"</h2>
            {move || {
                let day = today();
                let rows = state.runs.with(|runs| {
                    runs.iter().rev().filter(|r| (day - r.date).num_days() < 28).map(|r| {
                        let warnings = load_warnings(runs, r.date, r.metres, Some(r.id));
                        (r.clone(), warnings.iter().map(|w| w.explain(units())).collect::<Vec<_>>())
                    }).collect::<Vec<_>>()
                });
                if rows.is_empty() {
                    view! { <p>"No runs logged in the last 4 weeks."</p> }.into_any()
                } else {
                    view! {
                        // A wide table scrolls sideways on a phone; the region is focusable so
                        // a keyboard can scroll it too.
                        <div class="table-scroll" tabindex="0" role="region" aria-label="Runs, last 4 weeks">
                        <table class="summary-table">
                            <thead><tr><th scope="col">"Date"</th><th scope="col">"Distance"</th><th scope="col">"Type"</th><th scope="col">"Pain during/after"</th><th scope="col">"Load warning"</th></tr></thead>
                            <tbody>{rows.into_iter().map(|(r, w)| view! {
                                <tr>
                                    <td>{format_day(r.date)}</td>
                                    <td>{units().show(r.metres)}</td>
                                    <td>{r.kind.label()}</td>
                                    <td>{r.pain_words()}</td>
                                    <td>{if w.is_empty() { "none".to_string() } else { w.join(" ") }}</td>
                                </tr>
                            }).collect_view()}</tbody>
                        </table>
                        </div>
                    }.into_any()
                }
            }}

            <h2>"Function scores"</h2>
            <ul>
                {move || state.function_checks.with(|v| {
                    if v.is_empty() {
                        view! { <li>"None recorded."</li> }.into_any()
                    } else {
                        v.iter().map(|f| view! { <li>{format!("{}: {} out of 100", format_day(f.date), f.score())}</li> }).collect_view().into_any()
                    }
                })}
            </ul>

            <h2>"Risk factors ticked"</h2>
            <ul>
                {move || state.risk.with(|r| {
                    if r.factors.is_empty() {
                        view! { <li>"None ticked."</li> }.into_any()
                    } else {
                        r.factors.iter().map(|f| view! { <li>{f.question()}</li> }).collect_view().into_any()
                    }
                })}
            </ul>
        </section>
    }
}
