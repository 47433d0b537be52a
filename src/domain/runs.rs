//! The run log and the load guard.
//!
//! Two warnings, each explained with its numbers:
//! - a single-run spike: a run more than 10% longer than the longest run of the previous
//!   30 days. The spike study (BJSM 2025) found about 1.6 times the injury hazard for runs
//!   10–30% longer, and more for bigger spikes; the bands are 10–30%, 30–100%, over 100%;
//! - a weekly rise: the last 7 days' distance more than 30% above the 7 days before, which
//!   raised injury in novice runners (Nielsen et al., JOSPT 2014). The old "10% a week"
//!   rule has weak evidence, so the app does not use it.
//!
//! Distances are kept in metres and shown in km or miles, as the runner chooses.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::decimal::Fixed;
use super::pain::PainScore;
use super::sorting;
use super::watch::Source;
use crate::domain::stored_names::stored_enum;

stored_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum Units {
        #[default]
        Km = "km",
        Miles = "miles",
    }
}

pub const METRES_PER_MILE: f64 = 1609.344;

impl Units {
    pub fn label(self) -> &'static str {
        match self {
            Units::Km => "km",
            Units::Miles => "miles",
        }
    }

    pub fn from_metres(self, m: u32) -> f64 {
        match self {
            Units::Km => m as f64 / 1000.0,
            Units::Miles => m as f64 / METRES_PER_MILE,
        }
    }

    /// A typed distance ("5", "5.5", "5,5") to metres; `None` for anything that is not a
    /// distance the app accepts (see [`Units::parse_distance`] for the reason).
    pub fn parse_metres(self, text: &str) -> Option<u32> {
        self.parse_distance(text).ok()
    }

    /// A typed distance to metres, or why not in plain words. Digits with at most one
    /// decimal point or comma and three decimals: no exponent ("1e2" is not 100), no sign.
    /// Read as whole thousandths, so no float parser is needed. Between 0.1 km (or
    /// 0.1 mile) and the 500 km limit (`domain::limits`).
    pub fn parse_distance(self, text: &str) -> Result<u32, String> {
        let example = "Enter the distance as a number, for example 5 or 5.5.";
        let text = text.trim();
        let (whole, fraction) = match text.find(['.', ',']) {
            Some(i) => (&text[..i], &text[i + 1..]),
            None => (text, ""),
        };
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if text.is_empty() || !digits(whole) || !digits(fraction) || (whole.is_empty() && fraction.is_empty()) {
            return Err(example.into());
        }
        if fraction.len() > 3 || whole.len() > 6 {
            return Err(format!("{example} Use at most three decimals."));
        }
        let number = |s: &str| s.bytes().fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
        let thousandths = number(whole) * 1000 + number(fraction) * 10u64.pow(3 - fraction.len() as u32);
        // Metres from thousandths of a km (exact) or of a mile (rounded to the metre).
        let metres = match self {
            Units::Km => thousandths,
            Units::Miles => (thousandths * 1_609_344 + 500_000) / 1_000_000,
        };
        let limit = match self {
            Units::Km => "500 km",
            Units::Miles => "310 miles",
        };
        if thousandths < 100 {
            return Err(format!("A run is at least 0.1 {}.", self.label()));
        }
        if metres > u64::from(super::limits::MAX_RUN_METRES) {
            return Err(format!("A run is at most {limit}: check the distance."));
        }
        Ok(metres.max(u64::from(super::limits::MIN_RUN_METRES)) as u32)
    }

    /// "5.2 km".
    pub fn show(self, metres: u32) -> String {
        format!("{} {}", Fixed(self.from_metres(metres), 1), self.label())
    }
}

stored_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Terrain {
        Road = "road",
        Track = "track",
        Trail = "trail",
        Treadmill = "treadmill",
        Grass = "grass",
    }
}

impl Terrain {
    pub const ALL: [Terrain; 5] = [Terrain::Road, Terrain::Track, Terrain::Trail, Terrain::Treadmill, Terrain::Grass];
    pub fn label(self) -> &'static str {
        match self {
            Terrain::Road => "Road",
            Terrain::Track => "Track",
            Terrain::Trail => "Trail",
            Terrain::Treadmill => "Treadmill",
            Terrain::Grass => "Grass",
        }
    }
}

stored_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum RunKind {
        Easy = "easy",
        Tempo = "tempo",
        Intervals = "intervals",
        Hills = "hills",
        Race = "race",
    }
}

impl RunKind {
    pub const ALL: [RunKind; 5] = [RunKind::Easy, RunKind::Tempo, RunKind::Intervals, RunKind::Hills, RunKind::Race];
    pub fn label(self) -> &'static str {
        match self {
            RunKind::Easy => "Easy",
            RunKind::Tempo => "Tempo",
            RunKind::Intervals => "Intervals",
            RunKind::Hills => "Hills",
            RunKind::Race => "Race",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RunEntry {
    pub id: u64,
    #[serde(deserialize_with = "super::limits::date")]
    pub date: NaiveDate,
    #[serde(deserialize_with = "super::limits::run_metres")]
    pub metres: u32,
    #[serde(deserialize_with = "super::limits::run_seconds")]
    pub seconds: u32,
    pub terrain: Terrain,
    /// The named pair of shoes, if the runner keeps track of them.
    #[serde(default, deserialize_with = "super::limits::opt_name")]
    pub shoe: Option<String>,
    pub kind: RunKind,
    /// Pain during and straight after, 0–10. A run imported from a watch file has none
    /// until the runner notes it: an invented 0 would read as a pain-free run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain_during: Option<PainScore>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain_after: Option<PainScore>,
    /// When an imported run started (seconds since 1970, UTC): how the same run imported
    /// again is recognised. Typed runs have only their date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started: Option<i64>,
    /// The kind of file it was imported from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

impl RunEntry {
    /// "pain 2/3", or that it was not noted.
    pub fn pain_words(&self) -> String {
        match (self.pain_during, self.pain_after) {
            (None, None) => "pain not noted".into(),
            (d, a) => format!("pain {}/{}", show_pain(d), show_pain(a)),
        }
    }
}

fn show_pain(p: Option<PainScore>) -> String {
    p.map_or("–".into(), |p| p.value().to_string())
}

/// How big a single-run spike is, by the study's bands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SpikeBand {
    /// 10–30% longer than the longest run of the previous 30 days.
    Moderate,
    /// 30–100% longer.
    Large,
    /// More than twice as long.
    Extreme,
}

#[derive(Debug, Clone, PartialEq)]
pub enum LoadWarning {
    Spike { band: SpikeBand, longest_metres: u32, percent: f64 },
    WeeklyRise { this_week_metres: u32, last_week_metres: u32, percent: f64 },
}

impl LoadWarning {
    /// The warning with its numbers, for the runner.
    pub fn explain(&self, units: Units) -> String {
        match self {
            LoadWarning::Spike { band, longest_metres, percent } => {
                let risk = match band {
                    SpikeBand::Moderate => {
                        "Runs 10–30% longer than the longest of the past month came with about 1.6 \
                        times the injury risk in a large study."
                    }
                    SpikeBand::Large => {
                        "Runs 30–100% longer than the longest of the past month came with a clearly \
                        higher injury risk."
                    }
                    SpikeBand::Extreme => {
                        "A run more than twice the longest of the past month is the biggest jump the \
                        study looked at, with the highest injury risk."
                    }
                };
                format!(
                    "This run is {}% longer than your longest in the previous 30 days ({}). {risk} Consider a shorter \
                    run, or build up over a few weeks.",
                    Fixed(*percent, 0),
                    units.show(*longest_metres)
                )
            }
            LoadWarning::WeeklyRise { this_week_metres, last_week_metres, percent } => format!(
                "Your last 7 days come to {}, {}% more than the 7 days before ({}). Weekly rises over 30% raised \
                injury in new runners.",
                units.show(*this_week_metres),
                Fixed(*percent, 0),
                units.show(*last_week_metres)
            ),
        }
    }
}

/// The spike compares with the longest run of this many days before.
const SPIKE_LOOKBACK_DAYS: u64 = 30;
/// The weekly rise compares the last 7 days with the 7 before.
const WEEK_DAYS: u64 = 7;

/// The oldest run date `load_warnings` reads for a run on `date`.
pub fn load_warnings_read_from(date: NaiveDate) -> NaiveDate {
    date.checked_sub_days(Days::new(SPIKE_LOOKBACK_DAYS.max(2 * WEEK_DAYS))).unwrap_or(NaiveDate::MIN)
}

/// Checks a run (planned or logged) of `metres` on `date` against the log. Runs on the
/// same date count toward the week but not as "previous" for the spike.
pub fn load_warnings(runs: &[RunEntry], date: NaiveDate, metres: u32, except_id: Option<u64>) -> Vec<LoadWarning> {
    let others: Vec<&RunEntry> = runs.iter().filter(|r| Some(r.id) != except_id).collect();
    let mut warnings = Vec::new();

    let month_start = date - Days::new(SPIKE_LOOKBACK_DAYS);
    let longest = others.iter().filter(|r| r.date < date && r.date >= month_start).map(|r| r.metres).max();
    if let Some(longest) = longest.filter(|l| *l > 0) {
        let percent = (metres as f64 - longest as f64) / longest as f64 * 100.0;
        let band = if percent > 100.0 {
            Some(SpikeBand::Extreme)
        } else if percent > 30.0 {
            Some(SpikeBand::Large)
        } else if percent > 10.0 {
            Some(SpikeBand::Moderate)
        } else {
            None
        };
        if let Some(band) = band {
            warnings.push(LoadWarning::Spike { band, longest_metres: longest, percent });
        }
    }

    // Saturating: however many runs a week holds, a total never wraps round to a small one.
    let sum = |from: NaiveDate, to: NaiveDate| -> u32 {
        others.iter().filter(|r| r.date > from && r.date <= to).fold(0u32, |total, r| total.saturating_add(r.metres))
    };
    let this_week = sum(date - Days::new(WEEK_DAYS), date).saturating_add(metres);
    let last_week = sum(date - Days::new(2 * WEEK_DAYS), date - Days::new(WEEK_DAYS));
    if last_week > 0 {
        let percent = (this_week as f64 - last_week as f64) / last_week as f64 * 100.0;
        if percent > 30.0 {
            warnings.push(LoadWarning::WeeklyRise {
                this_week_metres: this_week,
                last_week_metres: last_week,
                percent,
            });
        }
    }
    warnings
}

/// Each named pair of shoes with the distance run in it, most used first.
pub fn shoe_totals(runs: &[RunEntry]) -> Vec<(String, u32)> {
    let mut totals: Vec<(String, u32)> = Vec::new();
    for r in runs {
        if let Some(shoe) = r.shoe.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            match totals.iter_mut().find(|(name, _)| name == shoe) {
                Some((_, m)) => *m = m.saturating_add(r.metres),
                None => totals.push((shoe.to_string(), r.metres)),
            }
        }
    }
    sorting::sort_by(&mut totals, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    totals
}

/// An easy, pain-free road run: the tests here and in `trends` vary only the id, the date
/// and the distance.
#[cfg(test)]
pub(crate) fn easy_run(id: u64, date: NaiveDate, metres: u32) -> RunEntry {
    RunEntry {
        id,
        date,
        metres,
        seconds: 1800,
        terrain: Terrain::Road,
        shoe: None,
        kind: RunKind::Easy,
        pain_during: Some(PainScore::default()),
        pain_after: Some(PainScore::default()),
        started: None,
        source: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 10, 1).unwrap() + Days::new(d as u64)
    }
    fn run(id: u64, d: u32, metres: u32) -> RunEntry {
        easy_run(id, day(d), metres)
    }
    fn spike(runs: &[RunEntry], d: u32, metres: u32) -> Option<SpikeBand> {
        load_warnings(runs, day(d), metres, None).into_iter().find_map(|w| match w {
            LoadWarning::Spike { band, .. } => Some(band),
            _ => None,
        })
    }

    #[test]
    fn spike_bands_at_their_edges() {
        // One 10 km run 20 days before; nothing else, so no weekly comparison.
        let runs = [run(1, 10, 10_000)];
        assert_eq!(spike(&runs, 30, 11_000), None, "exactly 10% is not a spike");
        assert_eq!(spike(&runs, 30, 11_001), Some(SpikeBand::Moderate));
        assert_eq!(spike(&runs, 30, 13_000), Some(SpikeBand::Moderate), "exactly 30% is still moderate");
        assert_eq!(spike(&runs, 30, 13_001), Some(SpikeBand::Large));
        assert_eq!(spike(&runs, 30, 20_000), Some(SpikeBand::Large), "exactly double is still large");
        assert_eq!(spike(&runs, 30, 20_001), Some(SpikeBand::Extreme));
    }

    #[test]
    fn only_the_previous_30_days_count_for_the_spike() {
        let runs = [run(1, 0, 30_000), run(2, 25, 10_000)];
        // Day 31: the 30 km run (day 0) is 31 days back, out of the window.
        assert_eq!(spike(&runs, 31, 12_000), Some(SpikeBand::Moderate));
        // Day 30: day 0 is exactly 30 days back, in the window.
        assert_eq!(spike(&runs, 30, 12_000), None);
        // No previous run at all: nothing to compare with.
        assert_eq!(spike(&[], 30, 42_000), None);
        // A run on the same day does not count as "previous".
        assert_eq!(spike(&[run(3, 40, 5_000)], 40, 20_000), None);
    }

    #[test]
    fn weekly_rise_over_30_percent() {
        // For day 16, last week is (day 2, day 9] and holds 20 km; this week, (day 9, day 16],
        // holds nothing yet.
        let runs = [run(1, 8, 10_000), run(2, 9, 10_000)];
        let rise = |metres| {
            load_warnings(&runs, day(16), metres, None).into_iter().any(|w| matches!(w, LoadWarning::WeeklyRise { .. }))
        };
        assert!(!rise(26_000), "exactly 30% is not over 30%");
        assert!(rise(26_001));
    }

    #[test]
    fn editing_a_run_does_not_compare_it_with_itself() {
        let runs = [run(1, 1, 10_000), run(2, 5, 15_000)];
        assert_eq!(spike(&runs, 5, 15_000), Some(SpikeBand::Large));
        let w = load_warnings(&runs, day(5), 15_000, Some(2));
        assert!(matches!(w[0], LoadWarning::Spike { band: SpikeBand::Large, .. }));
        assert!(load_warnings(&runs, day(5), 10_500, Some(2)).is_empty());
    }

    #[test]
    fn units_parse_and_show() {
        assert_eq!(Units::Km.parse_metres("5"), Some(5000));
        assert_eq!(Units::Km.parse_metres("5,5"), Some(5500));
        assert_eq!(Units::Miles.parse_metres("1"), Some(1609));
        for bad in ["", "0", "-3", "abc", "NaN", "inf", "501", "1e2", "0.001", "0.09", "5..5", "5.5.5", ".", "1.2345"] {
            assert_eq!(Units::Km.parse_metres(bad), None, "{bad}");
        }
        assert_eq!(Units::Km.parse_metres("0.1"), Some(100));
        assert_eq!(Units::Km.parse_metres("500"), Some(500_000));
        assert_eq!(Units::Km.parse_metres(".5"), Some(500));
        assert_eq!(Units::Miles.parse_metres("26.219"), Some(42_195));
        assert!(Units::Km.parse_distance("1000").unwrap_err().contains("500 km"));
        assert!(Units::Km.parse_distance("0.001").unwrap_err().contains("0.1 km"));
        assert_eq!(Units::Miles.show(8047), "5.0 miles");
        // Half up, as a runner rounds (the standard formatter gave "5.2", ties to even).
        assert_eq!(Units::Km.show(5250), "5.3 km");
        assert_eq!(Units::Km.show(5249), "5.2 km");
        let w = LoadWarning::Spike { band: SpikeBand::Moderate, longest_metres: 10_000, percent: 20.0 };
        assert!(w.explain(Units::Km).contains("20% longer") && w.explain(Units::Km).contains("1.6 times"));
    }

    #[test]
    fn shoes_total_their_distance() {
        let mut a = run(1, 1, 5000);
        a.shoe = Some("Blue racers".into());
        let mut b = run(2, 2, 7000);
        b.shoe = Some("Trail pair".into());
        let mut c = run(3, 3, 4000);
        c.shoe = Some("Blue racers".into());
        assert_eq!(
            shoe_totals(&[a, b, c, run(4, 4, 1000)]),
            vec![("Blue racers".into(), 9000), ("Trail pair".into(), 7000)]
        );
    }
}
