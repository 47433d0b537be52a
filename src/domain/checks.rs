//! The history of heel checks: every triage result, kept with its date and the answers
//! behind it, so the user (and their clinician) can see what was said and why.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::questionnaire::Step;
use super::sorting;
use super::triage::{assess, Answers, Assessment, PainLocation, Side};

/// One completed heel check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeelCheck {
    /// Unique within the history: the creation time in milliseconds, bumped on a clash.
    pub id: u64,
    /// The local calendar day it was done.
    #[serde(deserialize_with = "super::limits::date")]
    pub date: NaiveDate,
    pub answers: Answers,
    /// The last page the runner answered. A check that stopped at a rupture sign never
    /// asked the later pages: their fields hold defaults, not answers, and must not be
    /// shown to a clinician as if they had been given.
    pub answered_up_to: Step,
    /// The result under the current rules: derived again from the answers whenever a
    /// check enters the history (`CheckHistory::from_checks`, `insert_new`).
    pub assessment: Assessment,
}

/// All checks, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CheckHistory(Vec<HeelCheck>);

impl HeelCheck {
    /// Derives the result from the answers under today's rules.
    pub fn reassess(&mut self) {
        self.assessment = assess(&self.answers);
    }

    /// What the check is called wherever it appears: its alert, "heel or calf pain that
    /// needs an examination", sore calf muscles (both calves, no other sign), or the tendon
    /// condition (`Assessment::title`).
    pub fn title(&self) -> &'static str {
        let a = &self.assessment;
        let calves = self.answers.pain_location == PainLocation::Calf && self.answers.side == Side::Both;
        if calves && a.alert().is_none() && a.flags.is_empty() {
            return "Sore calf muscles rather than the tendon";
        }
        a.title()
    }

    /// Whether the runner reached (and so answered) this page.
    pub fn asked(&self, page: Step) -> bool {
        page <= self.answered_up_to
    }
}

impl CheckHistory {
    /// Assesses the answers, stores the result and returns its id.
    pub fn record(&mut self, now_ms: u64, date: NaiveDate, answers: Answers, answered_up_to: Step) -> u64 {
        let newest = self.0.iter().map(|c| c.id).max();
        // Two checks in the same millisecond (or a clock that went back) still get distinct,
        // increasing ids.
        let id = match newest {
            Some(n) if n >= now_ms => n + 1,
            _ => now_ms,
        };
        let assessment = assess(&answers);
        self.0.insert(0, HeelCheck { id, date, answers, answered_up_to, assessment });
        id
    }

    /// A history from checks in any order (as storage lists them). Each result is
    /// derived again from its answers: a stored result is never trusted, so a tampered
    /// file or a check saved under older rules cannot hide a same-day sign.
    pub fn from_checks(mut checks: Vec<HeelCheck>) -> Self {
        checks.iter_mut().for_each(HeelCheck::reassess);
        sorting::sort_by_key(&mut checks, |c| std::cmp::Reverse(c.id));
        checks.dedup_by_key(|c| c.id);
        Self(checks)
    }

    /// Adds a check unless one with its id is already here (merging a backup: the copy
    /// here wins). `true` when added.
    pub fn insert_new(&mut self, mut check: HeelCheck) -> bool {
        if self.get(check.id).is_some() {
            return false;
        }
        check.reassess();
        let at = self.0.iter().position(|c| c.id < check.id).unwrap_or(self.0.len());
        self.0.insert(at, check);
        true
    }

    /// Puts in or replaces one check (a change made in another tab).
    pub fn upsert(&mut self, check: HeelCheck) {
        self.remove(check.id);
        self.insert_new(check);
    }

    pub fn remove(&mut self, id: u64) {
        self.0.retain(|c| c.id != id);
    }

    pub fn latest(&self) -> Option<&HeelCheck> {
        self.0.first()
    }

    pub fn get(&self, id: u64) -> Option<&HeelCheck> {
        self.0.iter().find(|c| c.id == id)
    }

    pub fn iter(&self) -> impl Iterator<Item = &HeelCheck> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::triage::{Condition, Urgency};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn records_newest_first_with_unique_ids() {
        let mut h = CheckHistory::default();
        let a = h.record(1000, day(1), Answers::default(), Step::Review);
        let b = h.record(1000, day(1), Answers { pop_or_snap: true, ..Default::default() }, Step::RuptureSigns);
        let c = h.record(900, day(2), Answers::default(), Step::Review);
        assert_eq!((a, b, c), (1000, 1001, 1002));
        assert_eq!(h.latest().unwrap().id, c);
        assert_eq!(h.get(b).unwrap().assessment.condition, Condition::SuspectedRupture);
        assert_eq!(h.get(b).unwrap().assessment.urgency, Urgency::Emergency);
        assert_eq!(h.len(), 3);
        assert!(h.get(5).is_none());
    }

    #[test]
    fn from_checks_merge_and_upsert_keep_newest_first() {
        let mut a = CheckHistory::default();
        for id in [1, 5, 9] {
            a.record(id, day(1), Answers::default(), Step::Review);
        }
        let ids = |h: &CheckHistory| h.iter().map(|c| c.id).collect::<Vec<_>>();
        let h = CheckHistory::from_checks(a.iter().cloned().collect());
        assert_eq!(ids(&h), vec![9, 5, 1]);
        let mut merged = CheckHistory::from_checks(vec![h.get(5).unwrap().clone()]);
        assert!(merged.insert_new(h.get(9).unwrap().clone()));
        assert!(merged.insert_new(h.get(1).unwrap().clone()));
        assert!(!merged.insert_new(h.get(5).unwrap().clone()), "the copy here wins");
        assert_eq!(ids(&merged), vec![9, 5, 1]);
        let mut changed = h.get(5).unwrap().clone();
        changed.answers.fever = true;
        merged.upsert(changed);
        assert!(merged.get(5).unwrap().answers.fever);
        assert_eq!(ids(&merged), vec![9, 5, 1]);
        merged.remove(9);
        assert_eq!(ids(&merged), vec![5, 1]);
    }

    #[test]
    fn a_stored_result_is_never_trusted_over_its_answers() {
        // A tampered or older record: pop, gap and no tiptoe, stored as "no clear signs".
        let answers = Answers {
            pop_or_snap: true,
            gap_in_tendon: true,
            single_leg_heel_raise: crate::domain::triage::HeelRaise::Cannot,
            ..Default::default()
        };
        let calm = assess(&Answers::default());
        let stored = HeelCheck { id: 7, date: day(1), answers, answered_up_to: Step::Review, assessment: calm };
        let history = CheckHistory::from_checks(vec![stored.clone()]);
        assert_eq!(history.get(7).unwrap().assessment.urgency, Urgency::Emergency);
        let mut merged = CheckHistory::default();
        assert!(merged.insert_new(stored));
        assert_eq!(merged.get(7).unwrap().assessment.condition, Condition::SuspectedRupture);
    }
}
