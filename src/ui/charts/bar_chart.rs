//! Weekly distance as bars. A week that rose more than 30% over the one before is drawn
//! striped and marked with a triangle; weeks holding a single-run spike carry a dot per
//! spike. Shapes, not only colour, carry the warning.

use leptos::prelude::*;

use crate::domain::decimal::Fixed;
use crate::ui::svg::num;

use super::{chart_frame, x_of, y_grid, y_of, Plot, HEIGHT, LEFT, RIGHT, WIDTH};
use crate::domain::day_names::day_month;
use crate::domain::runs::Units;
use crate::domain::trends::WeekTotal;

#[component]
pub fn WeeklyDistanceChart(id: &'static str, weeks: Vec<WeekTotal>, units: Units) -> impl IntoView {
    let title = format!("Distance per week ({}), last {} weeks", units.label(), weeks.len());
    let plot = weeks.iter().any(|w| w.metres > 0).then(|| Plot {
        marks: bars(id, &weeks, units),
        legend: Some(
            "Striped bar with a triangle: more than 30% above the week before. Dot above a bar: a run more than \
            10% longer than the longest of its previous 30 days.",
        ),
        headings: vec![
            "Week from".to_string(),
            format!("Distance ({})", units.label()),
            "Rise over 30%".to_string(),
            "Spiking runs".to_string(),
        ],
        rows: weeks
            .iter()
            .map(|w| {
                vec![
                    day_month(w.start),
                    Fixed(units.from_metres(w.metres), 1).to_string(),
                    (if w.rise { "yes" } else { "no" }).to_string(),
                    w.spikes.to_string(),
                ]
            })
            .collect(),
    });
    chart_frame(id, title, plot, "No runs logged in this period yet.")
}

/// One bar per week on a scale rounded up to a whole unit; a rise is striped and carries a
/// triangle, each spiking run a dot stacked above its bar.
fn bars(id: &str, weeks: &[WeekTotal], units: Units) -> AnyView {
    let n = weeks.len();
    let max = weeks.iter().map(|w| units.from_metres(w.metres)).fold(0.0, f64::max).max(1.0).ceil();
    let slot = (WIDTH - LEFT - RIGHT) / n.max(1) as f64;
    let stripes = format!("{id}-stripes");
    view! {
        <defs>
            <pattern
                id=stripes.clone()
                width="4"
                height="4"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
            >
                <rect width="4" height="4" class="chart-bar-rise" />
                <line x1="0" y1="0" x2="0" y2="4" class="chart-stripe" />
            </pattern>
        </defs>
        {y_grid(max)}
        {weeks
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let x = LEFT + slot * i as f64 + slot * 0.15;
                let top = y_of(units.from_metres(w.metres), max);
                let fill = if w.rise { format!("url(#{stripes})") } else { String::new() };
                let marker = format!("M{} {} l4 -7 l4 7 z", Fixed(x + slot * 0.35 - 4.0, 1), Fixed(top - 2.0, 1));
                view! {
                    <rect
                        class=if w.rise { "chart-bar chart-bar-warn" } else { "chart-bar" }
                        x=num(x)
                        y=num(top)
                        width=num(slot * 0.7)
                        height=num((y_of(0.0, max) - top).max(0.0))
                        fill=fill
                    />
                    {w.rise.then(|| view! { <path class="chart-marker" d=marker /> })}
                    {(0..w.spikes)
                        .map(|k| {
                            view! {
                                <circle
                                    class="chart-spike"
                                    cx=num(x + slot * 0.35)
                                    cy=num(top - 12.0 - k as f64 * 6.0)
                                    r="2.5"
                                />
                            }
                        })
                        .collect_view()}
                }
            })
            .collect_view()}
        {(n > 0)
            .then(|| {
                view! {
                    <text class="chart-tick" x=num(x_of(0, n)) y=num(HEIGHT - 8.0) text-anchor="start">
                        {day_month(weeks[0].start)}
                    </text>
                    <text class="chart-tick" x=num(WIDTH - RIGHT) y=num(HEIGHT - 8.0) text-anchor="end">
                        {day_month(weeks[n - 1].start)}
                    </text>
                }
            })}
    }
    .into_any()
}
