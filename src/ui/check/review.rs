//! "Check your answers": every answer in plain words, grouped by page, each group with a
//! Change button that returns to that page with the answers kept.

use leptos::prelude::*;

use crate::domain::questionnaire::Step;
use crate::domain::triage::{Answers, HeelRaise, Onset, PainLocation, Side};
use crate::ui::app_state::use_app_state;
use crate::ui::inputs::pain_words;

#[component]
pub fn Review() -> impl IntoView {
    let draft = use_app_state().draft;
    view! {
        <p class="lead">"Look over your answers. Change anything that is not right, then see your result."</p>
        {Step::QUESTIONS
            .into_iter()
            .map(|step| view! {
                <section class="review-group" aria-labelledby=format!("review-{}", step.number().unwrap_or(0))>
                    <div class="review-head">
                        <h2 id=format!("review-{}", step.number().unwrap_or(0))>{step.title()}</h2>
                        <button
                            type="button"
                            class="button button-quiet"
                            aria-label=format!("Change: {}", step.title())
                            on:click=move |_| draft.update(|d| d.step = step)
                        >
                            "Change"
                        </button>
                    </div>
                    <ul class="review-list">
                        {move || draft.with(|d| summary(step, &d.answers)).into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                    </ul>
                </section>
            })
            .collect_view()}
    }
}

/// The answers of one page as short sentences.
fn summary(step: Step, a: &Answers) -> Vec<String> {
    let ticked = |items: &[(bool, &str)]| -> Vec<String> {
        let on: Vec<String> = items.iter().filter(|(b, _)| *b).map(|(_, t)| (*t).to_string()).collect();
        if on.is_empty() {
            vec!["None of these".into()]
        } else {
            on
        }
    };
    match step {
        Step::RuptureSigns => vec![
            format!("Pop or snap: {}", yes_no(a.pop_or_snap)),
            format!("Felt as if kicked: {}", yes_no(a.felt_kicked)),
            format!("Gap in the tendon: {}", yes_no(a.gap_in_tendon)),
        ],
        Step::Onset => vec![
            format!(
                "Leg: {}",
                match a.side {
                    Side::Left => "left",
                    Side::Right => "right",
                    Side::Both => "both",
                }
            ),
            format!(
                "Started: {}",
                match a.onset {
                    Onset::Sudden => "suddenly",
                    Onset::Gradual => "gradually",
                }
            ),
            match a.weeks_since_onset {
                0 => "Less than a week ago".into(),
                1 => "1 week ago".into(),
                n => format!("{n} weeks ago"),
            },
        ],
        Step::Location => vec![match a.pain_location {
            PainLocation::Calf => "The calf muscle",
            PainLocation::Midportion => "The middle of the tendon",
            PainLocation::Insertion => "Where the tendon meets the heel bone",
            PainLocation::Unsure => "Not sure",
        }
        .into()],
        Step::Symptoms => {
            let mut lines = vec![
                format!("Worst pain: {}", pain_words(a.worst_pain)),
                format!(
                    "Rising on the toes of that leg: {}",
                    match a.single_leg_heel_raise {
                        HeelRaise::Easy => "possible without much pain",
                        HeelRaise::Painful => "possible but painful",
                        HeelRaise::Cannot => "not possible",
                    }
                ),
            ];
            lines.extend(ticked(&[
                (a.morning_stiffness, "Morning stiffness"),
                (a.warmup_effect, "Eases once warmed up"),
                (a.pain_on_push_off, "Pain on push-off"),
                (a.swelling, "Swelling"),
                (a.tender_to_touch, "Tender to touch"),
            ]));
            lines
        }
        Step::RedFlags => ticked(&[
            (a.redness_or_heat, "Red or hot heel"),
            (a.fever, "Fever"),
            (a.numbness_or_tingling, "Numbness or tingling"),
            (a.instability, "Ankle gives way"),
            (a.getting_worse, "Getting worse"),
            (a.other_body_aches, "Aches elsewhere in the body"),
            (a.fluoroquinolone, "Fluoroquinolone antibiotic"),
            (a.steroids, "Steroid tablets or injection"),
        ]),
        Step::TrainingChanges => {
            if a.recent_changes.is_empty() {
                vec!["No recent changes".into()]
            } else {
                a.recent_changes.iter().map(|c| c.label().to_string()).collect()
            }
        }
        Step::Review => Vec::new(),
    }
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}
