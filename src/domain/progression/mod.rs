//! When to step the programme forward or back: the pain-monitoring model (Silbernagel et
//! al., AJSM 2007). On the 0–10 scale, 0–2 is safe, 3–5 acceptable, above 5 too much.
//!
//! 1. During exercise, pain may reach 5/10.
//! 2. Straight after, pain may reach 5/10.
//! 3. By the next morning, pain and stiffness are back to the usual level.
//! 4. Pain and stiffness do not creep up from week to week.
//!
//! Any rule broken: step back. All kept for about a week: step forward. The app only
//! proposes; the runner accepts.
//!
//! The model leaves "usual" and "creep up" to judgement; the app reads them as:
//! - usual = the median of the morning check-ins in the 7 days before the session (with
//!   none yet, the first next-morning check-in sets it); stiffness may exceed it by up to
//!   5 minutes, as self-reported minutes are rounded;
//! - creeping up = this week's average morning pain at least 1 point above last week's, or
//!   average stiffness at least 10 minutes above (each week needs 3 check-ins to compare).

use chrono::{Days, NaiveDate};

use super::checkin::CheckIn;
use super::decimal::Fixed;
use super::programme::{Phase, Programme};
use super::sessions::SessionLog;
use super::sorting;

/// Highest acceptable pain during and straight after (rules 1 and 2).
pub const ACCEPTABLE_PAIN: u8 = 5;
const STIFFNESS_SLACK_MINUTES: u16 = 5;
const TREND_PAIN_POINTS: f32 = 1.0;
const TREND_STIFFNESS_MINUTES: f32 = 10.0;
const TREND_MIN_CHECKINS: usize = 3;
/// Days of mornings that set "usual" (rule 3), and the length of each week compared (rule 4).
const WEEK_DAYS: u64 = 7;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    PainDuring,
    PainAfter,
    NextMorning,
    WeeklyTrend,
}

impl Rule {
    pub fn title(self) -> &'static str {
        match self {
            Rule::PainDuring => "Pain during exercise stays at 5 out of 10 or less",
            Rule::PainAfter => "Pain straight after stays at 5 out of 10 or less",
            Rule::NextMorning => "By the next morning, pain and stiffness are back to usual",
            Rule::WeeklyTrend => "Pain and stiffness do not creep up week on week",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Proposal {
    /// No session logged in this phase yet.
    NothingYet,
    /// The morning after the latest session has no check-in: ask for it.
    NeedsCheckIn {
        date: NaiveDate,
    },
    StepBack {
        rule: Rule,
        detail: String,
        to: Option<Phase>,
    },
    StepForward {
        detail: String,
        to: Phase,
    },
    Hold {
        detail: String,
    },
}

/// Reads the session log and the morning check-ins and proposes what to do next.
pub fn propose(programme: &Programme, sessions: &[SessionLog], checkins: &[CheckIn], today: NaiveDate) -> Proposal {
    let in_phase = in_phase(programme, sessions, today);
    let Some(latest) = in_phase.last() else { return Proposal::NothingYet };
    let back = programme.phase.previous();

    // Rules 1 and 2 on the latest session.
    if let Some((rule, detail)) = session_breaks(latest) {
        return Proposal::StepBack { rule, detail, to: back };
    }
    // Rule 3 on the latest session's next morning.
    let morning = latest.date + Days::new(1);
    match morning_after(latest, checkins) {
        Morning::Missing if morning <= today => return Proposal::NeedsCheckIn { date: morning },
        Morning::Missing => {}
        Morning::Broken(detail) => return Proposal::StepBack { rule: Rule::NextMorning, detail, to: back },
        Morning::Kept => {}
    }
    // Rule 4 over the last two weeks.
    if let Some(detail) = creeping_up(checkins, today) {
        return Proposal::StepBack { rule: Rule::WeeklyTrend, detail, to: back };
    }

    // Forward: every rule kept for about a week (a few days for settling), with enough
    // sessions to judge by.
    let Some(next) = programme.phase.next() else {
        return Proposal::Hold {
            detail: "All rules kept. This is the last phase: keep it up two or three times a week.".into(),
        };
    };
    // Days in the phase, and sessions in the last week, before a step forward: settling a few
    // days; loading two weeks before heavy slow resistance (Silbernagel 2007: heavy loading
    // from week 3); heavy slow resistance six weeks, to Beyer's 4 × 8 (the jumps phase
    // carries on with 4 × 6); a week otherwise.
    let (days_needed, sessions_needed) = match programme.phase {
        Phase::Settle => (3, 2),
        Phase::Load => (14, 4),
        Phase::Build => (42, 2),
        _ => (7, 2),
    };
    let days = (today - programme.phase_since).num_days();
    let window_start = today - Days::new(WEEK_DAYS);
    let recent: Vec<&&SessionLog> = in_phase.iter().filter(|s| s.date > window_start).collect();
    if let Some(broken) = recent.iter().find_map(|s| session_breaks(s).map(|(rule, _)| (rule, s.date))) {
        return Proposal::Hold {
            detail: format!(
                "{} was broken on {}: keep this level until a week passes with every rule kept.",
                broken.0.title(),
                super::day_names::day_month(broken.1)
            ),
        };
    }
    if days < days_needed {
        let left = days_needed - days;
        return Proposal::Hold {
            detail: format!(
                "All rules kept so far. {left} more {} in this phase before stepping up.",
                if left == 1 { "day" } else { "days" }
            ),
        };
    }
    if recent.len() < sessions_needed {
        let left = sessions_needed - recent.len();
        return Proposal::Hold {
            detail: format!(
                "All rules kept so far. Log {left} more {} this week to show the tendon is ready.",
                if left == 1 { "session" } else { "sessions" }
            ),
        };
    }
    Proposal::StepForward {
        detail: format!(
            "Every rule kept for {days} days over {} sessions: the tendon is ready for more.",
            recent.len()
        ),
        to: next,
    }
}

/// A step forward whose phase has entry criteria not yet met becomes a hold that says what
/// is missing: the pain rules say the tendon tolerates the load, not that it is strong
/// enough to jump (`programme::entry_missing`).
pub fn held_by_entry(proposal: Proposal, missing: impl Fn(Phase) -> Vec<String>) -> Proposal {
    match proposal {
        Proposal::StepForward { to, detail } => {
            let missing = missing(to);
            if missing.is_empty() {
                Proposal::StepForward { to, detail }
            } else {
                Proposal::Hold {
                    detail: format!(
                        "Every pain rule kept. Before phase {}, {}: {}",
                        to.number(),
                        to.title().to_ascii_lowercase(),
                        missing.join(" ")
                    ),
                }
            }
        }
        other => other,
    }
}

/// The first pain rule broken in the week up to `today` (the sessions of the week, their
/// next mornings, and the weekly trend), with what happened: the pathway after a tear eases
/// off, and holds running and jumps, while one is (Silbernagel 2007, as for the programme).
pub fn rule_broken_this_week(
    sessions: &[SessionLog],
    checkins: &[CheckIn],
    today: NaiveDate,
) -> Option<(Rule, String)> {
    let week_start = today - Days::new(WEEK_DAYS);
    let mut recent: Vec<&SessionLog> = sessions.iter().filter(|s| s.date > week_start && s.date <= today).collect();
    sorting::sort_by_key(&mut recent, |s| (s.date, s.id));
    for s in recent.iter().rev() {
        if let Some(broken) = session_breaks(s) {
            return Some(broken);
        }
        if let Morning::Broken(detail) = morning_after(s, checkins) {
            return Some((Rule::NextMorning, detail));
        }
    }
    creeping_up(checkins, today).map(|detail| (Rule::WeeklyTrend, detail))
}

/// The sessions of the current phase up to `today`, oldest first.
fn in_phase<'a>(programme: &Programme, sessions: &'a [SessionLog], today: NaiveDate) -> Vec<&'a SessionLog> {
    let mut in_phase: Vec<&SessionLog> =
        sessions.iter().filter(|s| s.date >= programme.phase_since && s.date <= today).collect();
    sorting::sort_by_key(&mut in_phase, |s| (s.date, s.id));
    in_phase
}

/// The oldest morning check-in `propose` can read on `today`: the week before the phase's
/// latest session (rule 3's "usual") or the two weeks before today (rule 4), whichever
/// starts earlier. Start-up reads check-ins from here on before the first paint.
pub fn mornings_read_from(programme: &Programme, sessions: &[SessionLog], today: NaiveDate) -> NaiveDate {
    let days_before = |day: NaiveDate, days: u64| day.checked_sub_days(Days::new(days)).unwrap_or(NaiveDate::MIN);
    let trend = days_before(today, 2 * WEEK_DAYS - 1);
    match in_phase(programme, sessions, today).last() {
        Some(latest) => trend.min(days_before(latest.date, WEEK_DAYS - 1)),
        None => trend,
    }
}

fn session_breaks(s: &SessionLog) -> Option<(Rule, String)> {
    if s.pain_during.value() > ACCEPTABLE_PAIN {
        return Some((
            Rule::PainDuring,
            format!(
                "Pain reached {}/10 during the session on {}.",
                s.pain_during.value(),
                super::day_names::day_month(s.date)
            ),
        ));
    }
    if s.pain_after.value() > ACCEPTABLE_PAIN {
        return Some((
            Rule::PainAfter,
            format!(
                "Pain was {}/10 straight after the session on {}.",
                s.pain_after.value(),
                super::day_names::day_month(s.date)
            ),
        ));
    }
    None
}

/// How the morning after a loaded day compares with the runner's usual (rule 3).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Morning {
    Missing,
    Kept,
    Broken(String),
}

fn morning_after(session: &SessionLog, checkins: &[CheckIn]) -> Morning {
    morning_after_day(session.date, checkins)
}

/// Rule 3 for any loaded day (a session, a run): the next morning's check-in against the
/// usual of the week up to that day.
pub fn morning_after_day(loaded: NaiveDate, checkins: &[CheckIn]) -> Morning {
    let Some(date) = loaded.checked_add_days(Days::new(1)) else { return Morning::Missing };
    let Some(next) = checkins.iter().find(|c| c.date == date) else {
        return Morning::Missing;
    };
    let week_start = loaded.checked_sub_days(Days::new(WEEK_DAYS)).unwrap_or(NaiveDate::MIN);
    let before: Vec<&CheckIn> = checkins.iter().filter(|c| c.date <= loaded && c.date > week_start).collect();
    if before.is_empty() {
        return Morning::Kept;
    }
    let usual_pain = median(before.iter().map(|c| c.pain.value() as u16).collect());
    let usual_stiffness = median(before.iter().map(|c| c.stiffness_minutes).collect());
    if next.pain.value() as u16 > usual_pain {
        return Morning::Broken(format!(
            "The morning after, pain was {}/10 against a usual {}/10.",
            next.pain.value(),
            usual_pain
        ));
    }
    if next.stiffness_minutes > usual_stiffness + STIFFNESS_SLACK_MINUTES {
        return Morning::Broken(format!(
            "The morning after, stiffness lasted {} minutes against a usual {}.",
            next.stiffness_minutes, usual_stiffness
        ));
    }
    Morning::Kept
}

/// Rule 4: this week's mornings against last week's, in plain words when they rose.
pub fn creeping_up(checkins: &[CheckIn], today: NaiveDate) -> Option<String> {
    let week = |from: u64, to: u64| -> Vec<&CheckIn> {
        checkins.iter().filter(|c| c.date <= today - Days::new(from) && c.date > today - Days::new(to)).collect()
    };
    let this = week(0, WEEK_DAYS);
    let last = week(WEEK_DAYS, 2 * WEEK_DAYS);
    if this.len() < TREND_MIN_CHECKINS || last.len() < TREND_MIN_CHECKINS {
        return None;
    }
    let mean = |v: &[&CheckIn], f: fn(&CheckIn) -> f32| v.iter().map(|c| f(c)).sum::<f32>() / v.len() as f32;
    let pain = |c: &CheckIn| c.pain.value() as f32;
    let stiff = |c: &CheckIn| c.stiffness_minutes as f32;
    let (p1, p0) = (mean(&this, pain), mean(&last, pain));
    let (s1, s0) = (mean(&this, stiff), mean(&last, stiff));
    if p1 - p0 >= TREND_PAIN_POINTS {
        return Some(format!(
            "Average morning pain rose from {} to {} this week.",
            Fixed(p0.into(), 1),
            Fixed(p1.into(), 1)
        ));
    }
    if s1 - s0 >= TREND_STIFFNESS_MINUTES {
        return Some(format!(
            "Average morning stiffness rose from {} to {} minutes this week.",
            Fixed(s0.into(), 0),
            Fixed(s1.into(), 0)
        ));
    }
    None
}

fn median(mut v: Vec<u16>) -> u16 {
    sorting::sort(&mut v);
    v.get(v.len() / 2).copied().unwrap_or(0)
}

#[cfg(test)]
mod tests;
