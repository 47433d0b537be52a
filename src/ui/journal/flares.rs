//! On Trends: what came before each flare, and how often each kind of run was followed by
//! one, as counts from the runner's own journal (`domain::flares`).

use leptos::prelude::*;

use crate::domain::day_names::day_month_year;
use crate::domain::flares::{flares, tally, Flare, Standout, Tally, DAYS_BEFORE};
use crate::domain::runs::Units;
use crate::ui::app_state::use_app_state;

/// The newest flares listed; older ones still count in the table.
const LISTED: usize = 8;

fn run_line(units: Units, r: &crate::domain::runs::RunEntry, stood_out: &[Standout]) -> String {
    let what = if stood_out.is_empty() {
        "nothing stood out".to_string()
    } else {
        stood_out.iter().map(|s| s.label()).collect::<Vec<_>>().join(", ")
    };
    format!(
        "{}: {}, {}, {}: {what}",
        day_month_year(r.date),
        units.show(r.metres),
        r.kind.label().to_ascii_lowercase(),
        r.terrain.label().to_ascii_lowercase()
    )
}

fn flare_item(units: Units, f: Flare) -> impl IntoView {
    view! {
        <li>
            <strong>{format!("{}: ", day_month_year(f.date))}</strong>
            {f.why}
            {if f.runs_before.is_empty() {
                view! { <p class="hint">{format!("No run in the {DAYS_BEFORE} days before.")}</p> }.into_any()
            } else {
                view! {
                    <ul class="flare-runs">
                        {f.runs_before.iter().map(|(r, s)| view! { <li>{run_line(units, r, s)}</li> }).collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </li>
    }
}

fn tally_row(label: &'static str, t: Tally) -> impl IntoView {
    view! {
        <tr>
            <th scope="row">{label}</th>
            <td>{t.followed}</td>
            <td>{t.not_followed}</td>
        </tr>
    }
}

#[component]
pub fn FlareView() -> impl IntoView {
    let state = use_app_state();
    move || {
        let units = state.settings.with(|s| s.units);
        let (list, (kinds, plain)) = state.checkins.with(|c| {
            state.runs.with(|r| {
                let list = flares(c, r);
                let table = tally(c, r, &list);
                (list, table)
            })
        });
        let total = list.len();
        view! {
            <section class="flares" aria-labelledby="flares-h">
                <h2 id="flares-h">"What came before a flare"</h2>
                <p>
                    "A flare here is a morning when pain, or stiffness by more than 5 minutes, was above your usual \
                    (the middle of the week before). "
                    {format!("Below are the runs of the {DAYS_BEFORE} days before each, and what stood out in them.")}
                </p>
                {if total == 0 {
                    view! { <p class="hint">"No flare in your journal so far."</p> }.into_any()
                } else {
                    view! {
                        <ul class="entry-list flare-list">
                            {list.into_iter().take(LISTED).map(|f| flare_item(units, f)).collect_view()}
                        </ul>
                        {(total > LISTED)
                            .then(|| view! { <p class="hint">{format!("And {} older.", total - LISTED)}</p> })}
                    }
                        .into_any()
                }}
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="flare-table-caption">
                    <table class="summary-table flare-table">
                        <caption id="flare-table-caption">
                            {format!("Runs followed by a flare within {DAYS_BEFORE} mornings, over your whole journal")}
                        </caption>
                        <thead>
                            <tr>
                                <th scope="col">"Runs that were…"</th>
                                <th scope="col">"followed by a flare"</th>
                                <th scope="col">"not followed"</th>
                            </tr>
                        </thead>
                        <tbody>
                            {kinds.into_iter().map(|(k, t)| tally_row(k.label(), t)).collect_view()}
                            {tally_row("none of these", plain)}
                        </tbody>
                    </table>
                </div>
                <p class="hint">
                    "These are counts from your own log. They show what went together, not what caused what, and a few \
                    runs prove little either way. Only runs with a check-in on one of the two mornings after are \
                    counted. Worth talking over with a physiotherapist."
                </p>
            </section>
        }
    }
}
