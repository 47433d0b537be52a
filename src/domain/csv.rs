//! CSV export of check-ins, runs, sessions, heel-rise tests and rupture scores, for a
//! physiotherapist's spreadsheet.
//!
//! Every field is quoted when it needs to be (RFC 4180), and a field that a spreadsheet
//! would run as a formula (starting with = + - @) gets a leading apostrophe, so a note can
//! never execute anything.

use super::checkin::CheckIn;
use super::decimal::Fixed;
use super::runs::{RunEntry, Units};
use super::rupture::{RuptureScore, RUPTURE_ITEMS};
use super::sessions::SessionLog;
use super::strength::HeelRiseTest;
use super::triage::Side;

fn field(raw: &str) -> String {
    let mut s = raw.to_string();
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        s.insert(0, '\'');
    }
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn line(fields: &[String]) -> String {
    let mut l = fields.iter().map(|f| field(f)).collect::<Vec<_>>().join(",");
    l.push_str("\r\n");
    l
}

pub fn checkins(rows: &[CheckIn]) -> String {
    let mut out = line(&["date".into(), "stiffness_minutes".into(), "pain_0_10".into(), "note".into()]);
    for c in rows {
        out.push_str(&line(&[
            c.date.to_string(),
            c.stiffness_minutes.to_string(),
            c.pain.value().to_string(),
            c.note.clone(),
        ]));
    }
    out
}

pub fn runs(rows: &[RunEntry], units: Units) -> String {
    let mut out = line(&[
        "date".into(),
        format!("distance_{}", units.label()),
        "minutes".into(),
        "terrain".into(),
        "type".into(),
        "shoes".into(),
        "pain_during".into(),
        "pain_after".into(),
    ]);
    for r in rows {
        out.push_str(&line(&[
            r.date.to_string(),
            Fixed(units.from_metres(r.metres), 2).to_string(),
            (r.seconds / 60).to_string(),
            r.terrain.label().to_ascii_lowercase(),
            r.kind.label().to_ascii_lowercase(),
            r.shoe.clone().unwrap_or_default(),
            r.pain_during.map(|p| p.value().to_string()).unwrap_or_default(),
            r.pain_after.map(|p| p.value().to_string()).unwrap_or_default(),
        ]));
    }
    out
}

pub fn sessions(rows: &[SessionLog]) -> String {
    let mut out = line(&[
        "date".into(),
        "phase".into(),
        "after_tear_phase".into(),
        "sets".into(),
        "pain_during".into(),
        "pain_after".into(),
    ]);
    for s in rows {
        let sets = s.sets.iter().map(|(id, n)| format!("{} x{n}", id.slug())).collect::<Vec<_>>().join("; ");
        out.push_str(&line(&[
            s.date.to_string(),
            s.phase.map(|p| p.number().to_string()).unwrap_or_default(),
            s.after_tear.map(|p| p.number().to_string()).unwrap_or_default(),
            sets,
            s.pain_during.value().to_string(),
            s.pain_after.value().to_string(),
        ]));
    }
    out
}

/// The rupture scores after a tear: the date, the total (100: no limitation) and each item's
/// limitation, 0 to 10.
pub fn rupture_scores(rows: &[RuptureScore]) -> String {
    let mut head = vec!["date".to_string(), "score_0_100".to_string()];
    head.extend((1..=RUPTURE_ITEMS.len()).map(|i| format!("item_{i}_limit_0_10")));
    let mut out = line(&head);
    for r in rows {
        let mut fields = vec![r.date.to_string(), r.total().to_string()];
        fields.extend(r.limits.iter().map(|v| v.to_string()));
        out.push_str(&line(&fields));
    }
    out
}

/// The heel-rise tests: raises on each leg and, where the sore leg is known, its share of
/// the other's (the limb symmetry index the criteria read).
pub fn heel_rises(rows: &[HeelRiseTest], sore: Side) -> String {
    let mut out = line(&["date".into(), "left_raises".into(), "right_raises".into(), "sore_leg_percent".into()]);
    for t in rows {
        out.push_str(&line(&[
            t.date.to_string(),
            t.left.to_string(),
            t.right.to_string(),
            t.lsi(sore).map(|l| l.to_string()).unwrap_or_default(),
        ]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pain::PainScore;
    use chrono::NaiveDate;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("+1"), "'+1");
        assert_eq!(field("@sum"), "'@sum");
    }

    #[test]
    fn check_ins_export_with_a_header() {
        let c = CheckIn {
            date: NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
            stiffness_minutes: 15,
            pain: PainScore::new(3).unwrap(),
            note: "sore, after hills".into(),
        };
        assert_eq!(
            checkins(&[c]),
            "date,stiffness_minutes,pain_0_10,note\r\n2026-11-22,15,3,\"sore, after hills\"\r\n"
        );
    }

    #[test]
    fn heel_rise_tests_export_both_legs_and_the_sore_legs_share() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let t = HeelRiseTest { id: 1, date, left: 18, right: 24 };
        assert_eq!(
            heel_rises(&[t.clone()], Side::Left),
            "date,left_raises,right_raises,sore_leg_percent\r\n2026-11-22,18,24,75\r\n"
        );
        let none = HeelRiseTest { right: 0, ..t };
        assert!(heel_rises(&[none], Side::Left).ends_with("2026-11-22,18,0,\r\n"), "no comparison with 0");
    }
}
