//! The numbers behind the charts and the clinician summary: morning pain and stiffness by
//! day, distance by week with its rises and spikes, and local calendar days.

use chrono::{DateTime, Days, FixedOffset, NaiveDate, Utc};

use super::checkin::CheckIn;
use super::runs::{load_warnings, LoadWarning, RunEntry};

/// The calendar day at the device's clock, in its time zone at that moment. Days are
/// stored as these local dates, so a DST change or a flight never splits or merges one.
pub fn local_day(now: DateTime<Utc>, offset: FixedOffset) -> NaiveDate {
    now.with_timezone(&offset).date_naive()
}

/// One day of the morning chart: `None` where there was no check-in.
#[derive(Debug, Clone, PartialEq)]
pub struct MorningPoint {
    pub date: NaiveDate,
    pub pain: Option<u8>,
    pub stiffness: Option<u16>,
}

/// Every day of the last `weeks` weeks up to `today`, oldest first.
pub fn mornings(checkins: &[CheckIn], today: NaiveDate, weeks: u64) -> Vec<MorningPoint> {
    let days = weeks * 7;
    (0..days)
        .rev()
        .map(|back| {
            let date = today - Days::new(back);
            let c = checkins.iter().find(|c| c.date == date);
            MorningPoint { date, pain: c.map(|c| c.pain.value()), stiffness: c.map(|c| c.stiffness_minutes) }
        })
        .collect()
}

/// One week of the distance chart.
#[derive(Debug, Clone, PartialEq)]
pub struct WeekTotal {
    /// First day of the 7-day block.
    pub start: NaiveDate,
    pub metres: u32,
    /// More than 30% above the week before.
    pub rise: bool,
    /// Runs in the week that spiked past the longest of their previous 30 days.
    pub spikes: usize,
}

/// Distance in 7-day blocks ending today, oldest first.
pub fn weekly_distance(runs: &[RunEntry], today: NaiveDate, weeks: u64) -> Vec<WeekTotal> {
    let mut out: Vec<WeekTotal> = (0..weeks)
        .rev()
        .map(|w| {
            let end = today - Days::new(w * 7);
            let start = end - Days::new(6);
            let in_week: Vec<&RunEntry> = runs.iter().filter(|r| r.date >= start && r.date <= end).collect();
            let spikes = in_week
                .iter()
                .filter(|r| {
                    load_warnings(runs, r.date, r.metres, Some(r.id))
                        .iter()
                        .any(|w| matches!(w, LoadWarning::Spike { .. }))
                })
                .count();
            WeekTotal { start, metres: in_week.iter().map(|r| r.metres).sum(), rise: false, spikes }
        })
        .collect();
    for i in 1..out.len() {
        let (before, now) = (out[i - 1].metres, out[i].metres);
        out[i].rise = before > 0 && (now as f64) > before as f64 * 1.3;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pain::PainScore;
    use crate::domain::runs::easy_run;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }
    fn checkin(date: NaiveDate) -> CheckIn {
        CheckIn { date, stiffness_minutes: 10, pain: PainScore::new(2).unwrap(), note: String::new() }
    }

    #[test]
    fn one_check_in_per_local_date_across_a_dst_change() {
        // London on 29 March 2026: clocks go from +0 to +1 at 01:00 UTC.
        let before = local_day(utc("2026-03-29T00:30:00Z"), FixedOffset::east_opt(0).unwrap());
        let after = local_day(utc("2026-03-29T22:30:00Z"), FixedOffset::east_opt(3600).unwrap());
        // The same date, so the same stored key (checked in storage's tests).
        assert_eq!(before, after);
    }

    #[test]
    fn a_time_zone_change_neither_duplicates_nor_loses_a_day() {
        // 23:30 in New York (-5) is already the next day in UTC, but it is still the
        // runner's evening: the local date counts.
        let ny = FixedOffset::west_opt(5 * 3600).unwrap();
        assert_eq!(local_day(utc("2026-11-23T04:30:00Z"), ny), NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
        // Flying London → New York: the morning check-in on the 22nd in London and a second
        // one on the 22nd in New York are the same day.
        let london = local_day(utc("2026-11-22T07:00:00Z"), FixedOffset::east_opt(0).unwrap());
        let later = local_day(utc("2026-11-22T20:00:00Z"), ny);
        assert_eq!(london, later);
    }

    #[test]
    fn mornings_cover_every_day_with_gaps_as_none() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let points = mornings(&[checkin(today), checkin(today - Days::new(3))], today, 1);
        assert_eq!(points.len(), 7);
        assert_eq!(points[6].pain, Some(2));
        assert_eq!(points[3].pain, Some(2));
        assert_eq!(points[5].pain, None);
        assert_eq!(points[0].date, today - Days::new(6));
    }

    #[test]
    fn weekly_totals_mark_rises_and_spikes() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let run = |id, back: u64, metres| easy_run(id, today - Days::new(back), metres);
        let runs = [run(1, 10, 10_000), run(2, 8, 10_000), run(3, 2, 14_000), run(4, 1, 13_000)];
        let weeks = weekly_distance(&runs, today, 2);
        assert_eq!(weeks[0].metres, 20_000);
        assert_eq!(weeks[1].metres, 27_000);
        assert!(weeks[1].rise, "27 km is 35% above 20 km");
        assert_eq!(weeks[1].spikes, 1, "14 km spikes past 10 km; 13 km the day after does not pass 14");
        assert!(!weeks[0].rise);
    }
}
