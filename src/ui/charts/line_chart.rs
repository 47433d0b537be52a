//! A line chart of one series over days, with gaps where nothing was logged and an
//! optional reference line (e.g. the recovered score).

use leptos::prelude::*;

use crate::domain::decimal::Fixed;
use crate::ui::svg::num;

use super::{chart_frame, x_of, y_grid, y_of, Plot, HEIGHT, LEFT, RIGHT, TOP, WIDTH};

#[component]
pub fn LineChart(
    id: &'static str,
    title: String,
    /// The y axis's meaning and unit ("Pain, 0–10").
    y_label: &'static str,
    y_max: f64,
    /// One label per point ("22 Nov").
    x_labels: Vec<String>,
    values: Vec<Option<f64>>,
    #[prop(optional)] reference: Option<(f64, &'static str)>,
) -> impl IntoView {
    let n = values.len();
    let has_data = values.iter().any(Option::is_some);
    let d = line_path(&values, y_max);
    let points: Vec<(f64, f64)> =
        values.iter().enumerate().filter_map(|(i, v)| v.map(|v| (x_of(i, n), y_of(v, y_max)))).collect();
    let label_at = |i: usize| x_labels.get(i).cloned().unwrap_or_default();
    let x_ticks: Vec<(f64, String)> =
        if n == 0 { Vec::new() } else { vec![(x_of(0, n), label_at(0)), (x_of(n - 1, n), label_at(n - 1))] };
    let rows: Vec<Vec<String>> =
        x_labels.iter().zip(&values).filter_map(|(l, v)| v.map(|v| vec![l.clone(), Fixed(v, 0).to_string()])).collect();
    let plot = has_data.then(|| Plot {
        marks: view! {
            {y_grid(y_max)}
            {reference.map(|(v, name)| reference_line(v, name, y_max))}
            <path class="chart-line" d=d />
            {points
                .into_iter()
                .map(|(x, y)| view! { <circle class="chart-dot" cx=num(x) cy=num(y) r="2.5" /> })
                .collect_view()}
            {x_ticks
                .into_iter()
                .enumerate()
                .map(|(i, (x, l))| {
                    view! {
                        <text
                            class="chart-tick"
                            x=num(x)
                            y=num(HEIGHT - 8.0)
                            text-anchor=if i == 0 { "start" } else { "end" }
                        >
                            {l}
                        </text>
                    }
                })
                .collect_view()}
            <text class="chart-axis" x="2" y=num(TOP + 2.0) transform=format!("rotate(90 2 {})", num(TOP + 2.0))>
                {y_label}
            </text>
        }
        .into_any(),
        legend: None,
        headings: vec!["Date".to_string(), y_label.to_string()],
        rows,
    });
    chart_frame(id, title, plot, "Nothing logged in this period yet.")
}

/// The line through the points; a missing day breaks it, so it joins neighbouring days only.
fn line_path(values: &[Option<f64>], y_max: f64) -> String {
    let n = values.len();
    let mut d = String::new();
    let mut pen_down = false;
    for (i, v) in values.iter().enumerate() {
        match v {
            Some(v) => {
                d.push_str(&format!(
                    "{}{} {} ",
                    if pen_down { 'L' } else { 'M' },
                    Fixed(x_of(i, n), 1),
                    Fixed(y_of(*v, y_max), 1)
                ));
                pen_down = true;
            }
            None => pen_down = false,
        }
    }
    d
}

/// A level to compare with ("recovered"), drawn across the plot and named at its end.
fn reference_line(value: f64, name: &'static str, y_max: f64) -> impl IntoView {
    let y = y_of(value, y_max);
    view! {
        <line class="chart-reference" x1=num(LEFT) x2=num(WIDTH - RIGHT) y1=num(y) y2=num(y) />
        <text class="chart-tick" x=num(WIDTH - RIGHT) y=num(y - 3.0) text-anchor="end">
            {name}
        </text>
    }
}
