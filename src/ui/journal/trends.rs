//! Trends: morning pain and stiffness over the last 8 weeks, distance per week with its
//! rises and spikes, and the function score over time.

use leptos::prelude::*;

use crate::domain::day_names::{day_month, day_month_year};
use crate::domain::function_score::RECOVERED;
use crate::domain::trends::{mornings, weekly_distance};
use crate::ui::app_state::use_app_state;
use crate::ui::charts::bar_chart::WeeklyDistanceChart;
use crate::ui::charts::line_chart::LineChart;
use crate::ui::clock::today;

use super::flares::FlareView;

/// The charts, reused by the clinician summary.
#[component]
pub fn TrendCharts() -> impl IntoView {
    let state = use_app_state();
    move || {
        let today = today();
        let days = state.checkins.with(|c| mornings(c, today, 8));
        let labels: Vec<String> = days.iter().map(|p| day_month(p.date)).collect();
        let pain: Vec<Option<f64>> = days.iter().map(|p| p.pain.map(f64::from)).collect();
        let stiffness: Vec<Option<f64>> = days.iter().map(|p| p.stiffness.map(f64::from)).collect();
        let stiff_max = stiffness.iter().flatten().fold(30.0_f64, |a, b| a.max(*b)).ceil();
        let weeks = state.runs.with(|r| weekly_distance(r, today, 12));
        let units = state.settings.with(|s| s.units);
        let scores = state.function_checks.get();
        view! {
            <LineChart
                id="pain"
                title="Morning pain, last 8 weeks".to_string()
                y_label="Pain, 0–10"
                y_max=10.0
                x_labels=labels.clone()
                values=pain
            />
            <LineChart
                id="stiffness"
                title="Morning stiffness, last 8 weeks".to_string()
                y_label="Minutes"
                y_max=stiff_max
                x_labels=labels
                values=stiffness
            />
            <WeeklyDistanceChart id="distance" weeks units />
            <LineChart
                id="function"
                title="Function score over time".to_string()
                y_label="Score, 0–100"
                y_max=100.0
                x_labels=scores.iter().map(|f| day_month_year(f.date)).collect()
                values=scores.iter().map(|f| Some(f64::from(f.score()))).collect()
                reference=(f64::from(RECOVERED), "recovered")
            />
        }
    }
}

#[component]
pub fn Trends() -> impl IntoView {
    view! {
        <section class="screen trends">
            <h1>"Trends"</h1>
            <p>"Recovery shows in trends, not single days. Each chart can also be read as a table."</p>
            <TrendCharts />
            <FlareView />
        </section>
    }
}
