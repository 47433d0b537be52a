//! Charts drawn by the app as inline SVG: no chart library. Each has a title, axes with
//! units, colours from the theme (so dark mode works), shapes as well as colour for
//! meaning, and the same numbers as a table for screen readers.

use leptos::prelude::*;

use crate::domain::decimal::Fixed;
use crate::ui::svg::num;

pub mod bar_chart;
pub mod line_chart;

pub(crate) const WIDTH: f64 = 320.0;
pub(crate) const HEIGHT: f64 = 170.0;
pub(crate) const LEFT: f64 = 36.0;
pub(crate) const RIGHT: f64 = 8.0;
pub(crate) const TOP: f64 = 10.0;
pub(crate) const BOTTOM: f64 = 26.0;

/// Plot-area y for a value on a 0..=max scale.
pub(crate) fn y_of(value: f64, max: f64) -> f64 {
    let plot = HEIGHT - TOP - BOTTOM;
    TOP + plot * (1.0 - (value / max).clamp(0.0, 1.0))
}

/// Plot-area x for point `i` of `n`.
pub(crate) fn x_of(i: usize, n: usize) -> f64 {
    let plot = WIDTH - LEFT - RIGHT;
    if n <= 1 {
        LEFT + plot / 2.0
    } else {
        LEFT + plot * i as f64 / (n - 1) as f64
    }
}

/// Horizontal grid lines with their values at 0, half and the top of the scale.
pub(crate) fn y_grid(max: f64) -> impl IntoView {
    [0.0, max / 2.0, max]
        .into_iter()
        .map(|t| {
            view! {
                <line class="chart-grid" x1=num(LEFT) x2=num(WIDTH - RIGHT) y1=num(y_of(t, max)) y2=num(y_of(t, max)) />
                <text class="chart-tick" x=num(LEFT - 4.0) y=num(y_of(t, max) + 3.0) text-anchor="end">
                    {Fixed(t, 0).to_string()}
                </text>
            }
        })
        .collect_view()
}

/// What a chart has to show, once there is something to draw.
pub(crate) struct Plot {
    /// The SVG's contents, on a `WIDTH` × `HEIGHT` view box.
    pub marks: AnyView,
    /// What the shapes mean, where colour alone would not say it.
    pub legend: Option<&'static str>,
    /// The same numbers as a table: the column headings, then one row per point.
    pub headings: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// The frame every chart shares: a figure named by its title, the plot as an image named
/// by the same title, and its numbers as a table behind "Show as a table" (for screen
/// readers and for anyone who wants the figures). Without a plot it says `empty`.
pub(crate) fn chart_frame(id: &str, title: String, plot: Option<Plot>, empty: &'static str) -> impl IntoView {
    let title_id = format!("{id}-title");
    let body = match plot {
        Some(Plot { marks, legend, headings, rows }) => view! {
            <svg
                viewBox=format!("0 0 {} {}", num(WIDTH), num(HEIGHT))
                role="img"
                aria-labelledby=title_id.clone()
                class="chart-svg"
            >
                {marks}
            </svg>
            {legend.map(|l| view! { <p class="chart-legend">{l}</p> })}
            <details class="chart-table">
                <summary>"Show as a table"</summary>
                <table>
                    <caption>{title.clone()}</caption>
                    <thead>
                        <tr>{headings.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
                    </thead>
                    <tbody>
                        {rows
                            .into_iter()
                            .map(|row| {
                                view! { <tr>{row.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr> }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </details>
        }
        .into_any(),
        None => view! { <p class="chart-empty">{empty}</p> }.into_any(),
    };
    view! {
        <figure class="chart" aria-labelledby=title_id>
            <figcaption id=title_id.clone()>{title}</figcaption>
            {body}
        </figure>
    }
}
