//! Weekly distance as bars. A week that rose more than 30% over the one before is drawn
//! striped and marked with a triangle; weeks holding a single-run spike carry a dot per
//! spike. Shapes, not only colour, carry the warning.

use leptos::prelude::*;

use crate::domain::decimal::Fixed;

use super::{x_of, y_grid, y_of, HEIGHT, LEFT, RIGHT, WIDTH};
use crate::domain::runs::Units;
use crate::domain::trends::WeekTotal;

#[component]
pub fn WeeklyDistanceChart(id: &'static str, weeks: Vec<WeekTotal>, units: Units) -> impl IntoView {
    let n = weeks.len();
    let has_data = weeks.iter().any(|w| w.metres > 0);
    let max = weeks.iter().map(|w| units.from_metres(w.metres)).fold(0.0, f64::max).max(1.0).ceil();
    let slot = (WIDTH - LEFT - RIGHT) / n.max(1) as f64;
    let title = format!("Distance per week ({}), last {n} weeks", units.label());
    let title_id = format!("{id}-title");
    let day = crate::domain::day_names::day_month;
    view! {
        <figure class="chart" aria-labelledby=title_id.clone()>
            <figcaption id=title_id.clone()>{title.clone()}</figcaption>
            {if has_data {
                view! {
                    <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-labelledby=title_id.clone() class="chart-svg">
                        <defs>
                            <pattern id=format!("{id}-stripes") width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                                <rect width="4" height="4" class="chart-bar-rise"/>
                                <line x1="0" y1="0" x2="0" y2="4" class="chart-stripe"/>
                            </pattern>
                        </defs>
                        {y_grid(max)}
                        {weeks.iter().enumerate().map(|(i, w)| {
                            let v = units.from_metres(w.metres);
                            let x = LEFT + slot * i as f64 + slot * 0.15;
                            let top = y_of(v, max);
                            let fill = if w.rise { format!("url(#{id}-stripes)") } else { String::new() };
                            view! {
                                <rect class=if w.rise { "chart-bar chart-bar-warn" } else { "chart-bar" } x=x y=top width=slot * 0.7 height=(y_of(0.0, max) - top).max(0.0) fill=fill/>
                                {w.rise.then(|| view! { <path class="chart-marker" d=format!("M{} {} l4 -7 l4 7 z", Fixed(x + slot * 0.35 - 4.0, 1), Fixed(top - 2.0, 1))/> })}
                                {(0..w.spikes).map(|k| view! { <circle class="chart-spike" cx=x + slot * 0.35 cy=top - 12.0 - k as f64 * 6.0 r="2.5"/> }).collect_view()}
                            }
                        }).collect_view()}
                        {(n > 0).then(|| view! {
                            <text class="chart-tick" x=x_of(0, n) y=HEIGHT - 8.0 text-anchor="start">{day(weeks[0].start)}</text>
                            <text class="chart-tick" x=WIDTH - RIGHT y=HEIGHT - 8.0 text-anchor="end">{day(weeks[n - 1].start)}</text>
                        })}
                    </svg>
                    <p class="chart-legend">"Striped bar with a triangle: more than 30% above the week before. Dot above a bar: a run more than 10% longer than the longest of its previous 30 days."</p>
                    <details class="chart-table">
                        <summary>"Show as a table"</summary>
                        <table>
                            <caption>{title}</caption>
                            <thead><tr><th scope="col">"Week from"</th><th scope="col">{format!("Distance ({})", units.label())}</th><th scope="col">"Rise over 30%"</th><th scope="col">"Spiking runs"</th></tr></thead>
                            <tbody>{weeks.iter().map(|w| view! {
                                <tr><td>{day(w.start)}</td><td>{Fixed(units.from_metres(w.metres), 1).to_string()}</td><td>{if w.rise { "yes" } else { "no" }}</td><td>{w.spikes}</td></tr>
                            }).collect_view()}</tbody>
                        </table>
                    </details>
                }
                .into_any()
            } else {
                view! { <p class="chart-empty">"No runs logged in this period yet."</p> }.into_any()
            }}
        </figure>
    }
}
