//! The heel-rise endurance test (`domain::strength`): each leg in turn, one raise every two
//! seconds to the app's metronome, counted by a tap per raise or typed in; then the history
//! per leg with the limb symmetry index. Shown only behind an open loading gate.

use leptos::prelude::*;

use super::signals::tick;
use crate::domain::day_names::day_month;
use crate::domain::loading_gate::Gate;
use crate::domain::rupture;
use crate::domain::strength::{HeelRiseTest, MAX_RAISES, RUN_LSI, SECONDS_PER_RAISE, SPRING_LSI};
use crate::domain::triage::Side;
use crate::ui::app_state::use_app_state;
use crate::ui::charts::line_chart::LineChart;
use crate::ui::clock::{now_ms, today};
use crate::ui::controls::save_outcome;

#[component]
pub fn HeelRiseTestForm(side: Side) -> impl IntoView {
    let state = use_app_state();
    let left = RwSignal::new(0u16);
    let right = RwSignal::new(0u16);
    let message = RwSignal::new(None::<Result<String, String>>);
    let save = move |_| {
        let test =
            HeelRiseTest { id: now_ms(), date: today(), left: left.get_untracked(), right: right.get_untracked() };
        let lsi = test.lsi(side);
        message.set(Some(match state.save_heel_rise(test) {
            Ok(()) => Ok(match lsi {
                Some(lsi) => format!("Test saved: the sore leg did {lsi}% of the other leg."),
                None => "Test saved.".to_string(),
            }),
            Err(e) => Err(format!("The test was not saved: {e}")),
        }));
    };
    view! {
        <section class="heel-rise" aria-labelledby="heel-rise-title">
            <h2 id="heel-rise-title">"Heel-rise test"</h2>
            <p>
                {format!(
                    "Stand on one leg, fingertips on a wall for balance, knee straight. Rise as high as you can and \
                    lower again, one raise every {SECONDS_PER_RAISE} seconds with the tick, until you cannot keep up \
                    or the raises get lower. Then the other leg. Healthy runners manage about 21 to 25.",
                )}
            </p>
            <p class="hint">
                {format!(
                    "The jumps phase needs the sore leg at {SPRING_LSI}% of the other, running {RUN_LSI}%: the other \
                    leg is the measure, whatever it manages.",
                )}
            </p>
            <LegCount id="left-raises" label="Left leg" count=left />
            <LegCount id="right-raises" label="Right leg" count=right />
            <button type="button" class="button button-primary" on:click=save>
                "Save the test"
            </button>
            {move || message.get().map(|outcome| save_outcome(outcome, "notice notice-info"))}
            <HeelRiseHistory side />
        </section>
    }
}

/// One leg: the metronome, a big tap per raise, and the count (editable).
#[component]
fn LegCount(id: &'static str, label: &'static str, count: RwSignal<u16>) -> impl IntoView {
    let running = RwSignal::new(false);
    let metronome = StoredValue::new_local(None::<IntervalHandle>);
    let stop = move || {
        metronome.update_value(|h| {
            if let Some(h) = h.take() {
                h.clear();
            }
        });
        running.set(false);
    };
    let start = move |_| {
        stop();
        count.set(0);
        tick();
        let handle = set_interval_with_handle(tick, std::time::Duration::from_secs(u64::from(SECONDS_PER_RAISE))).ok();
        metronome.set_value(handle);
        running.set(true);
    };
    on_cleanup(stop);
    view! {
        <fieldset class="question leg-count">
            <legend>{label}</legend>
            <div class="button-row">
                <Show
                    when=move || running.get()
                    fallback=move || {
                        view! {
                            <button type="button" class="button" on:click=start>
                                {format!("Start the tick: {label}")}
                            </button>
                        }
                    }
                >
                    <button
                        type="button"
                        class="button button-primary button-huge"
                        on:click=move |_| count.update(|n| *n = (*n + 1).min(MAX_RAISES))
                    >
                        "+1 raise"
                    </button>
                    <button type="button" class="button" on:click=move |_| stop()>
                        "Stop"
                    </button>
                </Show>
            </div>
            <label class="inline-field" for=id>
                <span>"Raises"</span>
            </label>
            <input
                id=id
                type="number"
                inputmode="numeric"
                min="0"
                max=MAX_RAISES.to_string()
                prop:value=move || count.get().to_string()
                on:input=move |ev| {
                    if let Ok(n) = event_target_value(&ev).trim().parse::<u16>() {
                        count.set(n.min(MAX_RAISES));
                    }
                }
            />
        </fieldset>
    }
}

// The chart's labels name these thresholds.
const _: () = assert!(RUN_LSI == 90 && rupture::RUN_LSI == 80);

/// Every test so far: raises per leg over time, and the symmetry, as charts and tables.
#[component]
fn HeelRiseHistory(side: Side) -> impl IntoView {
    let state = use_app_state();
    move || {
        let tests = state.heel_rises.get();
        if tests.is_empty() {
            return ().into_any();
        }
        let labels: Vec<String> = tests.iter().map(|t| day_month(t.date)).collect();
        let top = tests.iter().map(|t| t.left.max(t.right)).max().unwrap_or(0).max(30);
        let y_max = f64::from(top.div_ceil(10) * 10);
        // The symmetry running needs: the pathway's after a tear, else the programme's.
        let running = if matches!(state.loading_gate(), Gate::AfterTear(_)) {
            (f64::from(rupture::RUN_LSI), "80%")
        } else {
            (f64::from(RUN_LSI), "90%")
        };
        view! {
            {[("raises-left", "Heel raises, left leg", true), ("raises-right", "Heel raises, right leg", false)]
                .into_iter()
                .map(|(id, title, left)| {
                    view! {
                        <LineChart
                            id
                            title=title.to_string()
                            y_label="Raises"
                            y_max
                            x_labels=labels.clone()
                            values=tests.iter().map(|t| Some(f64::from(if left { t.left } else { t.right }))).collect()
                            reference=(25.0, "25")
                        />
                    }
                })
                .collect_view()}
            <LineChart
                id="raises-lsi"
                title="Sore leg against the other (limb symmetry, %)".to_string()
                y_label="Percent"
                y_max=100.0
                x_labels=labels
                values=tests.iter().map(|t| t.lsi(side).map(f64::from)).collect()
                reference=running
            />
        }
        .into_any()
    }
}
