//! Real watch and app files, one test per file in `tests/watch_files/`, checked against
//! the ground truth in its `manifest.json` (established parsers' readings): distance
//! within 0.5%, elapsed and moving time within 1 s, start exact, local date where the
//! file states its zone, and for a file that is not a run, the reason.
//!
//! FIT is read as the app reads it. GPX and TCX are read in the app by the browser's XML
//! parser; here a small scanner hands the same points and laps to the same domain code,
//! and the end-to-end tests import these files through the browser.

use std::io::Read;
use std::path::{Path, PathBuf};

use achilles::domain::watch::track::{self, Lap, TrackPoint};
use achilles::domain::watch::{self, Skip, Sport, Summary, When};
use libtest_mimic::{Arguments, Failed, Trial};
use serde_json::Value;

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/watch_files")
}

/// The text between `<tag…>` and `</tag>` of each occurrence, with the opening tag.
fn elements<'a>(xml: &'a str, tag: &str) -> Vec<(&'a str, &'a str)> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(i) = rest.find(&open) {
        let after = &rest[i + open.len()..];
        if !after.starts_with([' ', '>', '/', '\n', '\t', '\r']) {
            rest = after;
            continue;
        }
        let head_end = after.find('>').unwrap_or(after.len());
        let head = &after[..head_end];
        if head.ends_with('/') {
            out.push((head, ""));
            rest = &after[head_end..];
            continue;
        }
        let body = &after[head_end + 1..];
        let end = body.find(&close).unwrap_or(body.len());
        out.push((head, &body[..end]));
        rest = &body[end..];
    }
    out
}

fn attribute(head: &str, name: &str) -> Option<String> {
    let at = head.find(&format!(" {name}="))? + name.len() + 2;
    let quote = head[at..].chars().next()?;
    let value = &head[at + 1..];
    Some(value[..value.find(quote)?].to_string())
}

fn text(body: &str, tag: &str) -> Option<String> {
    elements(body, tag).first().map(|(_, b)| b.trim().to_string())
}

fn gpx(xml: &str) -> Result<Summary, Skip> {
    let sport = elements(xml, "trk").iter().find_map(|(_, b)| text(b, "type"));
    let segments: Vec<Vec<TrackPoint>> = elements(xml, "trkseg")
        .iter()
        .map(|(_, seg)| {
            elements(seg, "trkpt")
                .iter()
                .filter_map(|(head, body)| {
                    Some(TrackPoint {
                        lat: attribute(head, "lat")?.parse().ok()?,
                        lon: attribute(head, "lon")?.parse().ok()?,
                        elevation: text(body, "ele").and_then(|e| achilles::domain::decimal::parse(&e)),
                        time: text(body, "time").and_then(|t| When::parse(&t)),
                    })
                })
                .collect()
        })
        .collect();
    track::gpx_summary(&segments, sport.as_deref()).map(|(s, _)| s)
}

fn tcx(xml: &str) -> Result<Summary, Skip> {
    let (head, activity) = elements(xml, "Activity").into_iter().next().ok_or(Skip::Empty)?;
    let sport = attribute(head, "Sport").unwrap_or_default();
    let laps: Vec<Lap> = elements(activity, "Lap")
        .iter()
        .map(|(head, body)| {
            let own = &body[..body.find("<Track").unwrap_or(body.len())];
            Lap {
                start: attribute(head, "StartTime").and_then(|t| When::parse(&t)),
                seconds: text(own, "TotalTimeSeconds").and_then(|t| t.parse().ok()).unwrap_or(0.0),
                metres: text(own, "DistanceMeters").and_then(|t| t.parse().ok()).unwrap_or(0.0),
            }
        })
        .collect();
    let last = elements(activity, "Trackpoint").last().and_then(|(_, b)| {
        Some((When::parse(&text(b, "Time")?)?, text(b, "DistanceMeters").and_then(|d| d.parse().ok())))
    });
    track::tcx_summary(&sport, &laps, last)
}

fn read(name: &str, compressed: bool) -> Result<Vec<u8>, Failed> {
    let raw = std::fs::read(dir().join(name)).map_err(|e| format!("cannot read {name}: {e}"))?;
    if !compressed {
        return Ok(raw);
    }
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(&raw[..]).read_to_end(&mut out).map_err(|e| e.to_string())?;
    Ok(out)
}

/// The reason a file must be refused for, from the manifest's words.
fn reason(expected: &str) -> Skip {
    if expected.contains("walking") {
        Skip::NotARun(Sport::Walking)
    } else if expected.contains("cycling") {
        Skip::NotARun(Sport::Cycling)
    } else if expected.contains("'Other'") {
        Skip::NotARun(Sport::Other)
    } else if expected.contains("monitoring") {
        Skip::NotAnActivity("monitoring")
    } else if expected.contains("weight") {
        Skip::NotAnActivity("weight")
    } else if expected.contains("no timestamps") {
        Skip::Route
    } else {
        Skip::Damaged
    }
}

fn check(case: &Value) -> Result<(), Failed> {
    let name = case["file"].as_str().ok_or("a case without a file")?;
    let bytes = read(name, case["compressed"].as_bool().unwrap_or(false))?;
    let outcome: Result<Summary, Skip> = match case["format"].as_str() {
        Some("fit") => {
            let (runs, skipped) = watch::runs_in_fit(name, &bytes);
            runs.first().map(|f| f.summary).ok_or_else(|| skipped.first().cloned().unwrap_or(Skip::Empty))
        }
        Some("gpx") => gpx(&String::from_utf8_lossy(&bytes)),
        Some("tcx") => tcx(&String::from_utf8_lossy(&bytes)),
        other => return Err(format!("{name}: unknown format {other:?}").into()),
    };
    let expected = &case["expected"];
    if let Some(why) = expected["reject"].as_str().or(expected["summary"]["reject"].as_str()) {
        return match outcome {
            Err(skip) if skip == reason(why) => Ok(()),
            other => Err(format!("{name}: expected {:?} ({why}), got {other:?}", reason(why)).into()),
        };
    }
    let s = outcome.map_err(|skip| format!("{name}: refused ({skip})"))?;
    let want = &expected["summary"];
    let number = |k: &str| want[k].as_f64().ok_or(format!("{name}: no {k}"));
    let (metres, elapsed, moving) = (number("distance_m")?, number("elapsed_s")?, number("moving_s")?);
    if (s.metres - metres).abs() > metres * 0.005 {
        return Err(format!("{name}: {} m, expected {metres} m", s.metres).into());
    }
    if (s.elapsed_seconds - elapsed).abs() > 1.0 || (s.moving_seconds - moving).abs() > 1.0 {
        return Err(
            format!("{name}: {}/{} s, expected {elapsed}/{moving} s", s.elapsed_seconds, s.moving_seconds).into()
        );
    }
    let start = s.start.utc().map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string());
    if start.as_deref() != want["start_time_utc"].as_str() {
        return Err(format!("{name}: start {start:?}, expected {}", want["start_time_utc"]).into());
    }
    if let Some(date) = want["local_date"].as_str() {
        // Where the file states its zone, the phone's zone must not matter.
        for phone in [-600, 0, 600] {
            let local = s.start.local_date(|_| phone).map(|d| d.to_string());
            if local.as_deref() != Some(date) {
                return Err(format!("{name}: local date {local:?}, expected {date}").into());
            }
        }
    }
    Ok(())
}

/// Cut short anywhere, or with any byte changed (the checksum then mended, so the records
/// themselves are walked damaged), a FIT file gives runs or a reason, never a panic.
fn fuzz_fit(name: &str) -> Result<(), Failed> {
    use achilles::domain::watch::fit;
    let bytes = read(name, false)?;
    let step = (bytes.len() / 400).max(1);
    for n in (0..bytes.len()).step_by(step) {
        let _ = watch::runs_in_fit(name, &bytes[..n]);
        let mut flipped = bytes.clone();
        flipped[n] ^= 0x5A;
        let end = flipped.len() - 2;
        let crc = fit::crc(&flipped[..end]).to_le_bytes();
        flipped[end..].copy_from_slice(&crc);
        let _ = watch::runs_in_fit(name, &flipped);
    }
    Ok(())
}

fn main() {
    let manifest = std::fs::read_to_string(dir().join("manifest.json")).unwrap_or_default();
    let cases: Vec<Value> = serde_json::from_str(&manifest).unwrap_or_default();
    assert!(cases.len() >= 16, "the manifest lists the fixtures");
    let mut trials: Vec<Trial> = Vec::new();
    for case in cases {
        let name = case["file"].as_str().unwrap_or("?").to_string();
        if case["format"] == "fit" {
            let file = name.clone();
            trials.push(Trial::test(format!("{name}, cut and bit-flipped"), move || fuzz_fit(&file)));
        }
        trials.push(Trial::test(name, move || check(&case)));
    }
    libtest_mimic::run(&Arguments::from_args(), trials).exit();
}
