//! After a tear: what a clinician found, and the rehabilitation pathway from the first week
//! in a boot to the first run and beyond.
//!
//! A healing or repaired Achilles must not be stretched or lowered below neutral for months:
//! it heals long, and the lengthening costs push-off and heel-rise height for good (Kangas
//! et al. 2007; Silbernagel et al., AJSM 2012). So once a visit records a tear (or "not
//! sure"), the tendinopathy programme, with its calf stretch and its drops below a step,
//! is closed on that leg, and this pathway takes its place.
//!
//! The pathway is time-based, counted from the operation or, without one, from the injury,
//! and follows accelerated functional rehabilitation: Willits et al. (JBJS Am 2010: with or
//! without surgery, protected weight-bearing and motion to neutral from two weeks give
//! re-rupture rates like surgery's); the UK STAR trial (Costa et al., Lancet 2020: early
//! weight-bearing in a functional brace is as good as a cast); and the criteria of the
//! Gothenburg protocols (Silbernagel and Brorsson: heel-rise symmetry and hop tests as well
//! as time). The runner's own surgeon's or physiotherapist's plan comes first: the dates they
//! gave replace the defaults.

mod gates;
mod protocol;
mod score;
#[cfg(test)]
mod tests;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

pub use gates::{jumps_missing, offers, running_missing, Missing, Offers, Progress, JUMP_LSI, RUN_LSI};
pub use protocol::{phase_session, use_after_tear, UseAfterTear, DEFAULT_START_WEEKS};
pub use score::{RuptureScore, RUPTURE_ITEMS, SCORE_EVERY_DAYS};

use super::triage::Side;
use crate::domain::stored_names::stored_enum;

stored_enum! {
    /// Whether the clinician found a tear. "Not sure" keeps the tendinopathy programme closed
    /// like a tear, until a later visit says there is none.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum TearFound {
        Complete = "complete",
        Partial = "partial",
        NoTear = "no_tear",
        NotSure = "not_sure",
    }
}

impl TearFound {
    pub const ALL: [TearFound; 4] = [TearFound::Complete, TearFound::Partial, TearFound::NoTear, TearFound::NotSure];

    pub fn label(self) -> &'static str {
        match self {
            TearFound::Complete => "Yes, a complete tear",
            TearFound::Partial => "Yes, a partial tear",
            TearFound::NoTear => "No tear",
            TearFound::NotSure => "Not sure yet (a scan to come, say)",
        }
    }

    /// A tear, or not ruled out: the pathway, not the tendinopathy programme.
    pub fn closes_programme(self) -> bool {
        self != TearFound::NoTear
    }
}

stored_enum! {
    /// How a tear is treated.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Treatment {
        Surgery = "surgery",
        /// Without surgery, in a boot or brace (often with heel wedges).
        Boot = "boot",
        NotDecided = "not_decided",
    }
}

impl Treatment {
    pub const ALL: [Treatment; 3] = [Treatment::Surgery, Treatment::Boot, Treatment::NotDecided];

    pub fn label(self) -> &'static str {
        match self {
            Treatment::Surgery => "An operation",
            Treatment::Boot => "Without an operation, in a boot or brace",
            Treatment::NotDecided => "Not decided yet",
        }
    }
}

/// What a visit recorded about a tear: the finding and, for a tear, the treatment, the dates
/// and the clinician's own plan, where they gave one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TearFinding {
    pub found: TearFound,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub treatment: Option<Treatment>,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "super::limits::opt_date")]
    pub injured_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "super::limits::opt_date")]
    pub operated_on: Option<NaiveDate>,
    /// The clinician cleared the runner to start running (asked from the strength phase on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cleared_to_run: Option<bool>,
    /// The dates the clinician gave for phases 2 to 6, where they gave them; they replace the
    /// pathway's defaults.
    #[serde(default, skip_serializing_if = "TheirDates::is_empty")]
    pub their_dates: TheirDates,
}

impl TearFinding {
    /// A visit that found no tear.
    pub fn none() -> Self {
        TearFinding {
            found: TearFound::NoTear,
            treatment: None,
            injured_on: None,
            operated_on: None,
            cleared_to_run: None,
            their_dates: TheirDates::default(),
        }
    }

    /// In words, for the physio summary: "a complete tear; an operation; injured 1 November
    /// 2026, operated 3 November 2026".
    pub fn describe(&self) -> String {
        let mut parts = vec![match self.found {
            TearFound::Complete => "a complete tear",
            TearFound::Partial => "a partial tear",
            TearFound::NoTear => "no tear",
            TearFound::NotSure => "a tear not ruled out yet",
        }
        .to_string()];
        if let Some(t) = self.treatment {
            parts.push(t.label().to_ascii_lowercase());
        }
        let day = super::day_names::long_date;
        parts.extend(self.injured_on.map(|d| format!("injured {}", day(d))));
        parts.extend(self.operated_on.map(|d| format!("operated {}", day(d))));
        if self.cleared_to_run == Some(true) {
            parts.push("cleared to run".into());
        }
        parts.join("; ")
    }
}

/// A clinician's own start dates for the phases after the first (`None`: not given).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TheirDates(#[serde(deserialize_with = "their_dates")] pub [Option<NaiveDate>; 5]);

impl TheirDates {
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(Option::is_none)
    }
}

fn their_dates<'de, D: serde::Deserializer<'de>>(d: D) -> Result<[Option<NaiveDate>; 5], D::Error> {
    let texts = <[Option<String>; 5]>::deserialize(d)?;
    let mut out = [None; 5];
    for (slot, text) in out.iter_mut().zip(texts) {
        if let Some(text) = text {
            let day = super::iso_date::parse(&text)
                .ok_or_else(|| serde::de::Error::custom(format!("{text:?} is not a date written as year-month-day")))?;
            *slot = Some(super::limits::plausible(day).map_err(serde::de::Error::custom)?);
        }
    }
    Ok(out)
}

stored_enum! {
    /// The pathway's phases, in order.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum RupturePhase {
        /// In the cast or boot, the foot pointed down: protect the tendon.
        Protect = "protect",
        /// In the boot with heel wedges, weight-bearing as told; gentle motion to neutral.
        EarlyMotion = "early_motion",
        /// The wedges out and the boot weaned; walking in shoes; seated and double-leg work.
        OutOfBoot = "out_of_boot",
        /// Strength on the flat: single-leg heel raises, a step only to level.
        Strength = "strength",
        /// The hop test and the walk–run ladder, on criteria.
        Running = "running",
        /// Jumps and the way back to sport, on criteria.
        Sport = "sport",
    }
}

impl RupturePhase {
    pub const ALL: [RupturePhase; 6] = [
        RupturePhase::Protect,
        RupturePhase::EarlyMotion,
        RupturePhase::OutOfBoot,
        RupturePhase::Strength,
        RupturePhase::Running,
        RupturePhase::Sport,
    ];

    pub fn number(self) -> usize {
        self as usize + 1
    }

    pub fn next(self) -> Option<RupturePhase> {
        RupturePhase::ALL.get(self.number()).copied()
    }
}

/// One runner's pathway: where the weeks are counted from, and the clinician's dates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pathway {
    /// The operation's date, or the injury's without one (day 0).
    pub day_zero: NaiveDate,
    pub operated: bool,
    pub found: TearFound,
    pub side: Side,
    pub their_dates: TheirDates,
    /// The visit the pathway follows (the latest that recorded the tear).
    pub visit_id: u64,
    /// A clinician cleared the runner to run (any visit since the tear).
    pub cleared_to_run: bool,
}

impl Pathway {
    /// The day each phase starts: the clinician's date where they gave one, else the
    /// default week after day 0 ([`DEFAULT_START_WEEKS`]).
    pub fn starts(&self) -> [NaiveDate; 6] {
        let mut starts = [self.day_zero; 6];
        for (i, start) in starts.iter_mut().enumerate().skip(1) {
            *start = self.their_dates.0[i - 1].unwrap_or_else(|| self.day_zero + Days::new(7 * DEFAULT_START_WEEKS[i]));
        }
        starts
    }

    /// The phase the calendar has reached on `day`: the latest one whose start has come.
    pub fn phase_by_date(&self, day: NaiveDate) -> RupturePhase {
        let starts = self.starts();
        RupturePhase::ALL.into_iter().rev().find(|p| starts[p.number() - 1] <= day).unwrap_or(RupturePhase::Protect)
    }

    /// Whole weeks since day 0 (0 before it).
    pub fn week(&self, day: NaiveDate) -> u32 {
        u32::try_from((day - self.day_zero).num_days().max(0) / 7).unwrap_or(u32::MAX)
    }
}

/// The pathway the visits call for, if any: the latest visit that answered "was a tear
/// found?" with a tear or "not sure". A confirmed tear is never undone by a later "no
/// tear"; "not sure" is. Day 0 is the operation's date, else the injury's, else the visit's.
pub fn pathway(visits: &[super::loading_gate::ClinicianVisit], side: Side) -> Option<Pathway> {
    let answered = || visits.iter().filter_map(|v| v.tear.as_ref().map(|t| (v, t)));
    let confirmed = answered().filter(|(_, t)| matches!(t.found, TearFound::Complete | TearFound::Partial));
    let latest = answered().max_by_key(|(v, _)| (v.date, v.id))?;
    let (visit, finding) = match latest.1.found {
        TearFound::NoTear => confirmed.max_by_key(|(v, _)| (v.date, v.id))?,
        _ => latest,
    };
    // The latest dates given win: a later visit may bring the operation's date.
    let dated = |pick: fn(&TearFinding) -> Option<NaiveDate>| {
        answered().filter_map(|(v, t)| pick(t).map(|d| (v.date, v.id, d))).max().map(|(_, _, d)| d)
    };
    let operated_on = dated(|t| t.operated_on);
    let day_zero = operated_on.or_else(|| dated(|t| t.injured_on)).unwrap_or(visit.date);
    let their_dates = answered()
        .filter(|(_, t)| !t.their_dates.is_empty())
        .max_by_key(|(v, _)| (v.date, v.id))
        .map_or_else(TheirDates::default, |(_, t)| t.their_dates.clone());
    Some(Pathway {
        day_zero,
        operated: operated_on.is_some(),
        found: finding.found,
        side,
        their_dates,
        visit_id: visit.id,
        cleared_to_run: answered().any(|(_, t)| t.cleared_to_run == Some(true)),
    })
}
