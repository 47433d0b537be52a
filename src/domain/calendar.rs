//! Reminders without a server: an iCalendar file (RFC 5545) the runner adds to their
//! phone's calendar, which then reminds them with no network and no account: the morning
//! check-in every day, and the programme's sessions on the days they choose.
//!
//! Times are "floating" (RFC 5545 §3.3.5: local time wherever the phone is), so a 7:30
//! check-in stays at 7:30 across time zones and summer time. Each event keeps one UID, so
//! a calendar that imports a newer file replaces the old events rather than doubling them.

use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveTime, Timelike, Utc, Weekday};

use super::programme::Phase;

/// Weekdays in iCalendar's spelling (RFC 5545 §3.3.10, BYDAY), Monday first.
const DAYS: [(Weekday, &str); 7] = [
    (Weekday::Mon, "MO"),
    (Weekday::Tue, "TU"),
    (Weekday::Wed, "WE"),
    (Weekday::Thu, "TH"),
    (Weekday::Fri, "FR"),
    (Weekday::Sat, "SA"),
    (Weekday::Sun, "SU"),
];

/// A session's length in the calendar: a rehab session takes 20–45 minutes.
const SESSION_MINUTES: u32 = 45;

/// What the runner chose.
#[derive(Debug, Clone, PartialEq)]
pub struct Reminders {
    pub checkin_at: NaiveTime,
    /// The programme's phase, if one is running: its sessions are added on `session_days`.
    pub phase: Option<Phase>,
    pub session_days: Vec<Weekday>,
    pub session_at: NaiveTime,
}

/// Session days spread over the week for `per_week` sessions: every day, or Monday,
/// Wednesday and Friday, or Tuesday and Friday, so loaded days have a rest day between
/// (Beyer 2015: heavy slow resistance three times a week).
pub fn spread_days(per_week: u8) -> Vec<Weekday> {
    use Weekday::*;
    match per_week {
        0 => vec![],
        1 => vec![Wed],
        2 => vec![Tue, Fri],
        3 => vec![Mon, Wed, Fri],
        4 => vec![Mon, Tue, Thu, Fri],
        5 | 6 => vec![Mon, Tue, Wed, Thu, Fri, Sat][..per_week as usize].to_vec(),
        _ => DAYS.iter().map(|(d, _)| *d).collect(),
    }
}

/// Text escaped for a TEXT value (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\n', "\\n")
}

/// A content line folded at 75 octets, continuation lines starting with a space (§3.1),
/// never splitting a UTF-8 character.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

fn local(date: NaiveDate, time: NaiveTime) -> String {
    format!("{:04}{:02}{:02}T{:02}{:02}00", date.year(), date.month(), date.day(), time.hour(), time.minute())
}

fn stamp(at: DateTime<Utc>) -> String {
    format!("{}Z", local(at.date_naive(), at.time()))
}

/// One repeating event with its alarm, `before` minutes ahead.
#[allow(clippy::too_many_arguments)]
fn event(
    lines: &mut Vec<String>,
    uid: &str,
    at: DateTime<Utc>,
    start: String,
    minutes: u32,
    rule: String,
    summary: &str,
    description: &str,
    before: u32,
) {
    lines.extend([
        "BEGIN:VEVENT".to_string(),
        format!("UID:{uid}"),
        format!("DTSTAMP:{}", stamp(at)),
        // Later files win: calendars compare SEQUENCE for the same UID.
        format!("SEQUENCE:{}", at.timestamp().max(0) / 60),
        format!("DTSTART:{start}"),
        format!("DURATION:PT{minutes}M"),
        format!("RRULE:{rule}"),
        format!("SUMMARY:{}", escape(summary)),
        format!("DESCRIPTION:{}", escape(description)),
        "BEGIN:VALARM".to_string(),
        "ACTION:DISPLAY".to_string(),
        format!("DESCRIPTION:{}", escape(summary)),
        format!("TRIGGER:-PT{before}M"),
        "END:VALARM".to_string(),
        "END:VEVENT".to_string(),
    ]);
}

/// The calendar file, starting tomorrow (`today` + 1), stamped `at`.
pub fn ics(r: &Reminders, today: NaiveDate, at: DateTime<Utc>) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Achilles rehab app//Reminders//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
    ];
    let tomorrow = today.checked_add_days(Days::new(1)).unwrap_or(today);
    event(
        &mut lines,
        "morning-check-in@achilles-app",
        at,
        local(tomorrow, r.checkin_at),
        5,
        "FREQ=DAILY".into(),
        "Achilles: morning check-in",
        "Before you get going: how stiff is the tendon, and how sore on getting up? Open the app to note it.",
        0,
    );
    if let Some(phase) = r.phase.filter(|_| !r.session_days.is_empty()) {
        // The first day from tomorrow that is a session day.
        let first = (0..7)
            .filter_map(|d| tomorrow.checked_add_days(Days::new(d)))
            .find(|d| r.session_days.contains(&d.weekday()))
            .unwrap_or(tomorrow);
        let by_day: Vec<&str> =
            DAYS.iter().filter(|(d, _)| r.session_days.contains(d)).map(|(_, name)| *name).collect();
        event(
            &mut lines,
            "rehab-sessions@achilles-app",
            at,
            local(first, r.session_at),
            SESSION_MINUTES,
            format!("FREQ=WEEKLY;BYDAY={}", by_day.join(",")),
            &format!("Achilles: rehab session ({})", phase.title().to_ascii_lowercase()),
            phase.summary(),
            15,
        );
    }
    lines.push("END:VCALENDAR".to_string());
    lines.iter().map(|l| fold(l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reminders(phase: Option<Phase>) -> Reminders {
        Reminders {
            checkin_at: NaiveTime::from_hms_opt(7, 30, 0).unwrap(),
            phase,
            session_days: spread_days(3),
            session_at: NaiveTime::from_hms_opt(18, 5, 0).unwrap(),
        }
    }

    fn file(phase: Option<Phase>) -> String {
        // Monday 23 November 2026.
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        ics(&reminders(phase), today, DateTime::from_timestamp(1_795_000_000, 0).unwrap())
    }

    #[test]
    fn a_daily_check_in_and_the_sessions_on_their_days() {
        let text = file(Some(Phase::Build));
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(text.matches("BEGIN:VEVENT").count(), 2);
        assert_eq!(text.matches("BEGIN:VALARM").count(), 2);
        assert!(text.contains("DTSTART:20261124T073000\r\nDURATION:PT5M\r\nRRULE:FREQ=DAILY\r\n"));
        // Tuesday the 24th is not a session day: the first is Wednesday the 25th.
        assert!(text.contains("DTSTART:20261125T180500\r\n"));
        assert!(text.contains("RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR\r\n"));
        assert!(text.contains("SUMMARY:Achilles: rehab session (build strength)"));
        // No bare line feeds, and every line within 75 octets.
        assert!(!text.replace("\r\n", "").contains('\n'));
        assert!(text.split("\r\n").all(|l| l.len() <= 75));
        // Commas are escaped in text.
        assert!(text.replace("\r\n ", "").contains("straight- and bent-knee calf raises\\, 3 s up"));
    }

    #[test]
    fn no_programme_means_the_check_in_alone() {
        let text = file(None);
        assert_eq!(text.matches("BEGIN:VEVENT").count(), 1);
    }

    #[test]
    fn folding_keeps_characters_whole() {
        let folded = fold(&"é".repeat(60));
        assert!(folded.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(folded.replace("\r\n ", "").trim_end(), "é".repeat(60));
    }

    #[test]
    fn sessions_spread_with_rest_days_between() {
        assert_eq!(spread_days(3), vec![Weekday::Mon, Weekday::Wed, Weekday::Fri]);
        assert_eq!(spread_days(2), vec![Weekday::Tue, Weekday::Fri]);
        assert_eq!(spread_days(7).len(), 7);
        assert_eq!(spread_days(5).len(), 5);
    }
}
