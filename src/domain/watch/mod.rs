//! Runs from a watch or a phone app's files, read on the device: FIT (read here), GPX and
//! TCX (read by the browser's XML parser, then summed here), a Strava bulk export's
//! `activities.csv` and its zip. Nothing is kept of a file but the runs found in it.
//!
//! Every reader takes any bytes and returns runs or a reason, never a panic: the files
//! come from outside the app.

pub mod dedupe;
pub mod fit;
pub mod import;
pub mod strava;
pub mod track;
pub mod zip;

use std::fmt;

use chrono::{DateTime, Days, FixedOffset, NaiveDate, Utc};

use crate::domain::stored_names::stored_enum;

/// The largest file read: a year of a watch's runs in one Strava export is well below this,
/// and a phone holds this in memory comfortably.
pub const MAX_FILE_BYTES: usize = 30 * 1024 * 1024;

/// An instant, with the offset from UTC the file states for it, if any.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct When {
    /// Milliseconds since 1970 UTC: GPX points can be under a second apart.
    pub unix_millis: i64,
    pub offset_minutes: Option<i32>,
}

impl When {
    pub fn utc(&self) -> Option<DateTime<Utc>> {
        DateTime::from_timestamp_millis(self.unix_millis)
    }

    /// The run's date where it was run: by the file's own offset, else by `device_offset`
    /// (the phone's offset from UTC at that instant in milliseconds, in minutes).
    pub fn local_date(&self, device_offset: impl Fn(i64) -> i32) -> Option<NaiveDate> {
        let minutes = self.offset_minutes.unwrap_or_else(|| device_offset(self.unix_millis));
        let zone = FixedOffset::east_opt(minutes.clamp(-14 * 60, 14 * 60) * 60)?;
        Some(self.utc()?.with_timezone(&zone).date_naive())
    }

    /// Seconds from `self` to `later`.
    pub fn seconds_until(&self, later: &When) -> f64 {
        (later.unix_millis - self.unix_millis) as f64 / 1000.0
    }

    /// Reads an ISO 8601 time as GPX and TCX write it ("2015-12-11T14:43:13Z", with a
    /// fraction of a second or an offset); without a zone it is taken as UTC, as GPX
    /// specifies. Read by hand: chrono's parsers would add about 10 KB to the wasm.
    pub fn parse(text: &str) -> Option<When> {
        let t = text.trim().as_bytes();
        let number = |from: usize, len: usize| -> Option<u32> {
            let digits = t.get(from..from + len)?;
            digits.iter().try_fold(0u32, |n, b| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0')))
        };
        let punctuation = [(4, b'-'), (7, b'-'), (13, b':'), (16, b':')];
        if t.len() < 19 || !matches!(t[10], b'T' | b't' | b' ') || punctuation.iter().any(|&(i, c)| t[i] != c) {
            return None;
        }
        let date = NaiveDate::from_ymd_opt(number(0, 4)? as i32, number(5, 2)?, number(8, 2)?)?;
        let time = chrono::NaiveTime::from_hms_opt(number(11, 2)?, number(14, 2)?, number(17, 2)?)?;
        let mut at = 19;
        let mut millis = 0;
        if t.get(at) == Some(&b'.') {
            let digits = t[at + 1..].iter().take_while(|b| b.is_ascii_digit()).count();
            for (i, b) in t[at + 1..at + 1 + digits].iter().take(3).enumerate() {
                millis += i64::from(b - b'0') * [100, 10, 1][i];
            }
            at += 1 + digits;
        }
        let offset_minutes = match t.get(at..) {
            Some([]) | Some([b'Z' | b'z']) => None,
            Some([sign @ (b'+' | b'-'), ..]) if t.len() == at + 6 && t[at + 3] == b':' => {
                let minutes = (number(at + 1, 2)? * 60 + number(at + 4, 2)?) as i32;
                Some(if *sign == b'-' { -minutes } else { minutes })
            }
            _ => return None,
        };
        let utc =
            date.and_time(time).and_utc().timestamp_millis() + millis - i64::from(offset_minutes.unwrap_or(0)) * 60_000;
        Some(When { unix_millis: utc, offset_minutes })
    }
}

/// What a run log needs of one activity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    pub start: When,
    pub metres: f64,
    /// From start to finish, pauses included.
    pub elapsed_seconds: f64,
    /// Timer (or moving) time: pauses left out.
    pub moving_seconds: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sport {
    Running,
    Cycling,
    Swimming,
    Walking,
    Hiking,
    Other,
}

impl Sport {
    /// From the names files use ("Running", "run", "Ride", "hiking"…). Unknown names are
    /// `Other`; a missing name is the caller's choice.
    pub fn from_name(name: &str) -> Sport {
        let n = name.trim().to_ascii_lowercase();
        match n.as_str() {
            "running" | "run" | "trail run" | "trail running" | "treadmill" | "virtual run" | "virtualrun" => {
                Sport::Running
            }
            "biking" | "cycling" | "ride" | "virtual ride" | "e-bike ride" | "mountain bike ride" | "gravel ride" => {
                Sport::Cycling
            }
            "swimming" | "swim" => Sport::Swimming,
            "walking" | "walk" => Sport::Walking,
            "hiking" | "hike" => Sport::Hiking,
            _ => Sport::Other,
        }
    }

    fn words(self) -> &'static str {
        match self {
            Sport::Running => "running",
            Sport::Cycling => "cycling",
            Sport::Swimming => "swimming",
            Sport::Walking => "walking",
            Sport::Hiking => "hiking",
            Sport::Other => "another sport",
        }
    }
}

stored_enum! {
    /// Where a run came from, shown in the preview and kept with the run.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Source {
        Fit = "fit",
        Gpx = "gpx",
        Tcx = "tcx",
        Strava = "strava",
    }
}

impl Source {
    pub fn label(self) -> &'static str {
        match self {
            Source::Fit => "FIT file",
            Source::Gpx => "GPX file",
            Source::Tcx => "TCX file",
            Source::Strava => "Strava export",
        }
    }
}

/// Why a reader gave up on a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Cut short, a checksum that does not match, or contents that contradict themselves.
    Damaged,
    /// Not a kind of file the app reads.
    Unreadable,
}

/// Why a file, or one activity in it, adds no run. Its `Display` is the preview's words.
#[derive(Debug, Clone, PartialEq)]
pub enum Skip {
    NotARun(Sport),
    /// A FIT file that records something else: a weight, a day's steps.
    NotAnActivity(&'static str),
    /// A planned route: points with no times.
    Route,
    Damaged,
    Unreadable,
    TooBig,
    /// Readable, but with no activity in it.
    Empty,
    /// Under the log's shortest run (100 m, or a minute).
    TooShort,
    /// Over the log's longest run (500 km, or a day).
    TooLong,
    /// Dated after today: a watch with its clock wrong.
    Future,
}

impl fmt::Display for Skip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Skip::NotARun(sport) => write!(f, "Not a run: {}.", sport.words()),
            Skip::NotAnActivity("weight") => f.write_str("Not a run: a weight record."),
            Skip::NotAnActivity("monitoring") => f.write_str("Not a run: daily activity monitoring."),
            Skip::NotAnActivity(_) => f.write_str("Not a run: this file records no activity."),
            Skip::Route => f.write_str("A planned route with no times, not a recorded run."),
            Skip::Damaged => f.write_str("The file is damaged (cut short or corrupted), so nothing was read from it."),
            Skip::Unreadable => {
                f.write_str("Not a file the app can read: use .fit, .gpx, .tcx, .gz, a Strava .zip or activities.csv.")
            }
            Skip::TooBig => write!(f, "Too big to read on the phone (over {} MB).", MAX_FILE_BYTES / (1024 * 1024)),
            Skip::Empty => f.write_str("No activity found in the file."),
            Skip::TooShort => f.write_str("Too short to log as a run (under 100 m or a minute)."),
            Skip::TooLong => f.write_str("Longer than the log allows (500 km or a day)."),
            Skip::Future => f.write_str("Dated after today: check the watch's clock."),
        }
    }
}

impl From<Fault> for Skip {
    fn from(f: Fault) -> Skip {
        match f {
            Fault::Damaged => Skip::Damaged,
            Fault::Unreadable => Skip::Unreadable,
        }
    }
}

/// A run found in a file, before it is added.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub file: String,
    pub source: Source,
    pub summary: Summary,
    /// The file does not say which sport (GPX rarely does): shown so the runner can leave it out.
    pub sport_unstated: bool,
}

/// A FIT file's runs, or why there are none. A file with several sessions (a triathlon)
/// gives only its running ones.
pub fn runs_in_fit(file: &str, bytes: &[u8]) -> (Vec<Found>, Vec<Skip>) {
    if bytes.len() > MAX_FILE_BYTES {
        return (Vec::new(), vec![Skip::TooBig]);
    }
    match fit::read(bytes) {
        Err(fault) => (Vec::new(), vec![fault.into()]),
        Ok(fit::Contents::NotAnActivity(kind)) => (Vec::new(), vec![Skip::NotAnActivity(kind)]),
        Ok(fit::Contents::Sessions(sessions)) if sessions.is_empty() => (Vec::new(), vec![Skip::Empty]),
        Ok(fit::Contents::Sessions(sessions)) => {
            let mut runs = Vec::new();
            let mut skipped = Vec::new();
            for (sport, summary) in sessions {
                if sport == Sport::Running {
                    runs.push(Found { file: file.to_string(), source: Source::Fit, summary, sport_unstated: false });
                } else {
                    skipped.push(Skip::NotARun(sport));
                }
            }
            (runs, skipped)
        }
    }
}

/// The date `days` before `date`, saturating at the calendar's start.
pub fn days_before(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_sub_days(Days::new(days)).unwrap_or(NaiveDate::MIN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_read_as_files_write_them() {
        let z = When::parse("2015-12-11T14:43:13Z").unwrap();
        assert_eq!(z.offset_minutes, None);
        assert_eq!(z.utc().unwrap().to_rfc3339(), "2015-12-11T14:43:13+00:00");
        let stated = When::parse("2015-12-11T23:43:13.5+09:00").unwrap();
        assert_eq!(stated.unix_millis % 1000, 500, "fractions of a second are kept");
        assert_eq!(stated.offset_minutes, Some(540));
        assert_eq!(stated.utc().unwrap().to_rfc3339(), "2015-12-11T14:43:13.500+00:00");
        assert_eq!(stated.local_date(|_| 0), NaiveDate::from_ymd_opt(2015, 12, 11));
        let bare = When::parse("2015-12-11T23:30:00").unwrap();
        assert_eq!(bare.local_date(|_| 60), NaiveDate::from_ymd_opt(2015, 12, 12), "the phone's zone");
        assert_eq!(When::parse("yesterday"), None);
        assert_eq!(When::parse(""), None);
    }

    #[test]
    fn reasons_read_as_sentences() {
        assert_eq!(Skip::NotARun(Sport::Cycling).to_string(), "Not a run: cycling.");
        assert_eq!(Skip::NotAnActivity("monitoring").to_string(), "Not a run: daily activity monitoring.");
        assert!(Skip::TooBig.to_string().contains("30 MB"));
    }
}
