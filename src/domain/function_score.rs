//! The function check, modelled on the structure of VISA-A (Robinson et al., BJSM 2001).
//! It is not VISA-A: the questionnaire's wording is copyrighted, so the items here are the
//! app's own, on the same structure and scoring.
//!
//! Items 1–6 score 0–10 each (10 = no trouble). Item 7 (sport) scores 0, 4, 7 or 10. Item 8
//! (minutes of loading training) has three branches: no pain 0/7/14/21/30; pain but able to
//! finish 0/4/10/14/20; pain that stops me 0/2/5/7/10, for nil, 1–10, 11–20, 21–30 and over
//! 30 minutes. The total is 0–100, higher is better: about 90 counts as recovered, and a
//! change of about 14 points is meaningful.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::stored_names::stored_enum;

/// Score counted as recovered.
pub const RECOVERED: u8 = 90;
/// A change this large, up or down, is meaningful.
pub const MEANINGFUL_CHANGE: u8 = 14;
/// Days between checks the app suggests (every 2 to 4 weeks).
pub const SUGGEST_EVERY_DAYS: i64 = 14;

/// The first six items, each on a 0–10 scale where 10 means no trouble.
pub const SCALE_ITEMS: [&str; 6] = [
    "Morning stiffness: 10 means none at all, 0 means it lasts 100 minutes or more",
    "Stretching the back of the ankle fully (for example, heel hanging off a step): 10 means no pain",
    "Walking on flat ground for half an hour: 10 means no pain then or afterwards",
    "Walking down a flight of stairs at a normal pace: 10 means no pain",
    "Ten single-leg heel raises off a step edge: 10 means no pain",
    "Ten single-leg hops: 10 means no pain",
];

stored_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Sport {
        NotAtAll = "not_at_all",
        ModifiedTraining = "modified_training",
        FullTrainingNotCompeting = "full_training_not_competing",
        SameOrBetterThanBefore = "same_or_better_than_before",
    }
}

impl Sport {
    pub const ALL: [Sport; 4] =
        [Sport::NotAtAll, Sport::ModifiedTraining, Sport::FullTrainingNotCompeting, Sport::SameOrBetterThanBefore];
    pub fn points(self) -> u8 {
        match self {
            Sport::NotAtAll => 0,
            Sport::ModifiedTraining => 4,
            Sport::FullTrainingNotCompeting => 7,
            Sport::SameOrBetterThanBefore => 10,
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Sport::NotAtAll => "Not running or training at all",
            Sport::ModifiedTraining => "Training, but less or differently",
            Sport::FullTrainingNotCompeting => "Full training, not yet racing at my usual level",
            Sport::SameOrBetterThanBefore => "Running and racing at my usual level, or better",
        }
    }
}

stored_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum LoadingPain {
        None = "none",
        ButICanFinish = "but_i_can_finish",
        StopsMe = "stops_me",
    }
}

stored_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Minutes {
        Nil = "nil",
        UpTo10 = "up_to10",
        From11To20 = "from11_to20",
        From21To30 = "from21_to30",
        Over30 = "over30",
    }
}

impl Minutes {
    pub const ALL: [Minutes; 5] =
        [Minutes::Nil, Minutes::UpTo10, Minutes::From11To20, Minutes::From21To30, Minutes::Over30];
    pub fn label(self) -> &'static str {
        match self {
            Minutes::Nil => "None",
            Minutes::UpTo10 => "1 to 10 minutes",
            Minutes::From11To20 => "11 to 20 minutes",
            Minutes::From21To30 => "21 to 30 minutes",
            Minutes::Over30 => "More than 30 minutes",
        }
    }
}

impl LoadingPain {
    pub const ALL: [LoadingPain; 3] = [LoadingPain::None, LoadingPain::ButICanFinish, LoadingPain::StopsMe];
    pub fn label(self) -> &'static str {
        match self {
            LoadingPain::None => "No pain while I train",
            LoadingPain::ButICanFinish => "Some pain, but I can finish",
            LoadingPain::StopsMe => "Pain that makes me stop",
        }
    }
    /// Points for item 8 by branch and time.
    pub fn points(self, minutes: Minutes) -> u8 {
        let table: [u8; 5] = match self {
            LoadingPain::None => [0, 7, 14, 21, 30],
            LoadingPain::ButICanFinish => [0, 4, 10, 14, 20],
            LoadingPain::StopsMe => [0, 2, 5, 7, 10],
        };
        table[minutes as usize]
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FunctionCheck {
    pub id: u64,
    #[serde(deserialize_with = "super::limits::date")]
    pub date: NaiveDate,
    /// Items 1–6, each 0–10.
    #[serde(deserialize_with = "scales")]
    pub scales: [u8; 6],
    pub sport: Sport,
    pub loading_pain: LoadingPain,
    pub loading_minutes: Minutes,
}

fn scales<'de, D: serde::Deserializer<'de>>(d: D) -> Result<[u8; 6], D::Error> {
    let v = <[u8; 6]>::deserialize(d)?;
    if let Some(bad) = v.iter().find(|x| **x > 10) {
        return Err(serde::de::Error::custom(format!("each item is 0 to 10, not {bad}")));
    }
    Ok(v)
}

impl FunctionCheck {
    /// 0–100, higher is better.
    pub fn score(&self) -> u8 {
        let scales: u8 = self.scales.iter().map(|x| (*x).min(10)).sum();
        scales + self.sport.points() + self.loading_pain.points(self.loading_minutes)
    }
}

/// How a score compares with the one before.
pub fn change(previous: Option<&FunctionCheck>, current: &FunctionCheck) -> Option<i16> {
    previous.map(|p| current.score() as i16 - p.score() as i16)
}

pub fn is_meaningful(change: i16) -> bool {
    change.unsigned_abs() >= MEANINGFUL_CHANGE as u16
}

/// Whether a check is due: none yet, or the last one 14 days ago or more.
pub fn is_due(checks: &[FunctionCheck], today: NaiveDate) -> bool {
    checks.iter().map(|c| c.date).max().is_none_or(|last| (today - last).num_days() >= SUGGEST_EVERY_DAYS)
}

/// Weeks of a programme after which a function score no better than at its start is a
/// reason to see a physiotherapist (Silbernagel 2007 and Beyer 2015 judged at 12 weeks).
pub const NOT_IMPROVING_WEEKS: i64 = 12;

/// "Not improving": after 12 weeks of a programme started on `started_on`, the newest
/// function score is no higher than the one from its first two weeks (or the last one before
/// it). `None` when it improved, or when either score is missing.
pub fn not_improving(started_on: NaiveDate, checks: &[FunctionCheck], day: NaiveDate) -> Option<(u8, u8)> {
    if (day - started_on).num_days() < NOT_IMPROVING_WEEKS * 7 {
        return None;
    }
    let baseline_by = started_on.checked_add_days(chrono::Days::new(14))?;
    let baseline = checks.iter().filter(|c| c.date <= baseline_by).max_by_key(|c| (c.date, c.id))?;
    let latest = checks
        .iter()
        .filter(|c| (c.date - started_on).num_days() >= NOT_IMPROVING_WEEKS * 7 && c.date <= day)
        .max_by_key(|c| (c.date, c.id))?;
    (latest.score() <= baseline.score()).then(|| (baseline.score(), latest.score()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(scales: [u8; 6], sport: Sport, pain: LoadingPain, minutes: Minutes) -> FunctionCheck {
        FunctionCheck {
            id: 1,
            date: NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
            scales,
            sport,
            loading_pain: pain,
            loading_minutes: minutes,
        }
    }

    #[test]
    fn every_branch_of_item_8_scores_as_the_structure_says() {
        let expect = [
            (LoadingPain::None, [0, 7, 14, 21, 30]),
            (LoadingPain::ButICanFinish, [0, 4, 10, 14, 20]),
            (LoadingPain::StopsMe, [0, 2, 5, 7, 10]),
        ];
        for (branch, points) in expect {
            for (minutes, p) in Minutes::ALL.into_iter().zip(points) {
                assert_eq!(branch.points(minutes), p, "{branch:?} {minutes:?}");
                assert_eq!(check([0; 6], Sport::NotAtAll, branch, minutes).score(), p);
            }
        }
    }

    #[test]
    fn sport_points_and_the_full_range() {
        let pts: Vec<u8> = Sport::ALL.iter().map(|s| s.points()).collect();
        assert_eq!(pts, vec![0, 4, 7, 10]);
        assert_eq!(check([10; 6], Sport::SameOrBetterThanBefore, LoadingPain::None, Minutes::Over30).score(), 100);
        assert_eq!(check([0; 6], Sport::NotAtAll, LoadingPain::StopsMe, Minutes::Nil).score(), 0);
        assert_eq!(
            check([5, 6, 7, 8, 9, 10], Sport::ModifiedTraining, LoadingPain::ButICanFinish, Minutes::From11To20)
                .score(),
            45 + 4 + 10
        );
    }

    #[test]
    fn meaningful_change_and_due_dates() {
        let a = check([5; 6], Sport::ModifiedTraining, LoadingPain::ButICanFinish, Minutes::UpTo10);
        let mut b = a.clone();
        b.scales = [7, 7, 7, 7, 7, 7];
        assert_eq!(change(Some(&a), &b), Some(12));
        assert!(!is_meaningful(12) && is_meaningful(14) && is_meaningful(-14) && !is_meaningful(-13));
        assert!(is_due(&[], a.date));
        assert!(!is_due(std::slice::from_ref(&a), a.date + chrono::Days::new(13)));
        assert!(is_due(std::slice::from_ref(&a), a.date + chrono::Days::new(14)));
        let out_of_range = r#"{"id":1,"date":"2026-11-01","scales":[1,2,3,4,5,11],
            "sport":"not_at_all","loading_pain":"none","loading_minutes":"nil"}"#;
        assert!(serde_json::from_str::<FunctionCheck>(out_of_range).is_err());
    }

    #[test]
    fn no_better_after_twelve_weeks_suggests_a_physiotherapist() {
        let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let at = |days: u64, s: u8, id: u64| FunctionCheck {
            id,
            date: start + chrono::Days::new(days),
            ..check([s; 6], Sport::ModifiedTraining, LoadingPain::ButICanFinish, Minutes::UpTo10)
        };
        let same = [at(3, 5, 1), at(84, 5, 2)];
        let day84 = start + chrono::Days::new(84);
        assert!(not_improving(start, &same, day84).is_some());
        assert_eq!(not_improving(start, &same, day84 - chrono::Days::new(1)), None, "before 12 weeks");
        let better = [at(3, 5, 1), at(84, 6, 2)];
        assert_eq!(not_improving(start, &better, day84), None);
        // No score from the first two weeks (or before): nothing to compare.
        assert_eq!(not_improving(start, &[at(15, 5, 1), at(90, 5, 2)], start + chrono::Days::new(90)), None);
    }
}
