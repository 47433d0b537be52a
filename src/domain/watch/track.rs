//! GPX and TCX, once the browser's XML parser has read them: distance and times from the
//! points and laps the UI hands over.
//!
//! Distance and moving time follow gpxpy 1.6 (the reference the fixtures' ground truth
//! comes from): distance is summed within each segment, never across the gap between
//! two; a step counts as moving when faster than 1 km/h.

use super::{Skip, Sport, Summary, When};

#[derive(Debug, Clone, PartialEq)]
pub struct TrackPoint {
    pub lat: f64,
    pub lon: f64,
    pub elevation: Option<f64>,
    pub time: Option<When>,
}

/// gpxpy's Earth radius (WGS 84 equatorial), and the length of one degree along it, which
/// it uses for short steps.
const EARTH_RADIUS: f64 = 6_378_137.0;
const ONE_DEGREE: f64 = 2.0 * std::f64::consts::PI * EARTH_RADIUS / 360.0;
/// gpxpy's DEFAULT_STOPPED_SPEED_THRESHOLD.
const STOPPED_KMH: f64 = 1.0;

fn haversine(a: &TrackPoint, b: &TrackPoint) -> f64 {
    let (p1, p2) = (a.lat.to_radians(), b.lat.to_radians());
    let (dp, dl) = (p2 - p1, (b.lon - a.lon).to_radians());
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS * h.sqrt().min(1.0).asin()
}

/// The ground distance between two points: a flat approximation for steps under 0.2
/// degrees, as gpxpy's `geo.distance` does, and the great circle beyond.
pub fn ground_metres(a: &TrackPoint, b: &TrackPoint) -> f64 {
    if (a.lat - b.lat).abs() > 0.2 || (a.lon - b.lon).abs() > 0.2 {
        return haversine(a, b);
    }
    let x = a.lat - b.lat;
    let y = (a.lon - b.lon) * a.lat.to_radians().cos();
    (x * x + y * y).sqrt() * ONE_DEGREE
}

/// With the climb, when both points have a (non-zero) elevation: gpxpy's `distance_3d`.
fn step_metres(a: &TrackPoint, b: &TrackPoint) -> f64 {
    let flat = ground_metres(a, b);
    match (a.elevation, b.elevation) {
        (Some(e1), Some(e2)) if e1 != 0.0 && e2 != 0.0 => flat.hypot(e2 - e1),
        _ => flat,
    }
}

/// A GPX track's run: `segments` as the file groups its points; `sport` its `<type>`, if
/// any. Points out of range (latitude beyond ±90, longitude beyond ±180, not a number)
/// are left out.
pub fn gpx_summary(segments: &[Vec<TrackPoint>], sport: Option<&str>) -> Result<(Summary, bool), Skip> {
    if let Some(s) = sport.map(Sport::from_name).filter(|s| *s != Sport::Running && *s != Sport::Other) {
        return Err(Skip::NotARun(s));
    }
    let valid = |p: &&TrackPoint| p.lat.abs() <= 90.0 && p.lon.abs() <= 180.0;
    let segments: Vec<Vec<&TrackPoint>> = segments.iter().map(|s| s.iter().filter(valid).collect()).collect();
    let mut times = segments.iter().flatten().filter_map(|p| p.time);
    let Some(first) = times.next() else {
        let any = segments.iter().any(|s| !s.is_empty());
        return Err(if any { Skip::Route } else { Skip::Empty });
    };
    let last = times.last().unwrap_or(first);
    let mut metres = 0.0;
    let mut moving = 0.0;
    for segment in &segments {
        for pair in segment.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            metres += ground_metres(a, b);
            if let (Some(t1), Some(t2)) = (a.time, b.time) {
                let seconds = t1.seconds_until(&t2);
                let step = step_metres(a, b);
                if seconds > 0.0 && step > 0.0 && step / 1000.0 / (seconds / 3600.0) > STOPPED_KMH {
                    moving += seconds;
                }
            }
        }
    }
    let summary =
        Summary { start: first, metres, elapsed_seconds: first.seconds_until(&last).max(0.0), moving_seconds: moving };
    Ok((summary, sport.is_none_or(|s| Sport::from_name(s) != Sport::Running)))
}

/// One TCX lap: its start, timer time and distance.
#[derive(Debug, Clone, PartialEq)]
pub struct Lap {
    pub start: Option<When>,
    pub seconds: f64,
    pub metres: f64,
}

/// A TCX activity's run. Distance is the last track point's running total (what the
/// watch showed at the end), else the laps' sum; timer time is the laps' sum; elapsed runs
/// from the first lap's start to the last track point.
pub fn tcx_summary(sport: &str, laps: &[Lap], last_point: Option<(When, Option<f64>)>) -> Result<Summary, Skip> {
    match Sport::from_name(sport) {
        Sport::Running => {}
        other => return Err(Skip::NotARun(other)),
    }
    let start = laps.iter().find_map(|l| l.start).ok_or(if laps.is_empty() { Skip::Empty } else { Skip::Damaged })?;
    let lap_metres: f64 = laps.iter().map(|l| l.metres).sum();
    let moving: f64 = laps.iter().map(|l| l.seconds).sum();
    let metres = last_point.and_then(|(_, d)| d).filter(|d| *d > 0.0).unwrap_or(lap_metres);
    let elapsed = last_point.map_or(moving, |(t, _)| start.seconds_until(&t).max(0.0));
    Ok(Summary { start, metres, elapsed_seconds: elapsed, moving_seconds: moving })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(lat: f64, lon: f64, second: i64) -> TrackPoint {
        TrackPoint { lat, lon, elevation: None, time: Some(When { unix_millis: second * 1000, offset_minutes: None }) }
    }

    #[test]
    fn distance_is_summed_within_segments_only() {
        // 0.001 degrees of latitude is about 111 m.
        let a = vec![point(50.0, 10.0, 0), point(50.001, 10.0, 30)];
        let b = vec![point(51.0, 10.0, 100), point(51.001, 10.0, 130)];
        let (s, unstated) = gpx_summary(&[a, b], None).unwrap();
        assert!((s.metres - 222.64).abs() < 0.1, "{}", s.metres);
        assert_eq!(s.elapsed_seconds, 130.0);
        assert_eq!(s.moving_seconds, 60.0, "the gap between segments is not moving");
        assert!(unstated);
    }

    #[test]
    fn standing_still_is_not_moving_and_a_route_is_not_a_run() {
        let still = vec![point(50.0, 10.0, 0), point(50.0, 10.000001, 60), point(50.001, 10.0, 90)];
        let (s, _) = gpx_summary(&[still], Some("running")).unwrap();
        assert_eq!(s.moving_seconds, 30.0);
        let route = vec![TrackPoint { time: None, ..point(50.0, 10.0, 0) }; 3];
        assert_eq!(gpx_summary(&[route], None), Err(Skip::Route));
        assert_eq!(gpx_summary(&[], None), Err(Skip::Empty));
        assert_eq!(gpx_summary(&[vec![point(50.0, 10.0, 0)]], Some("Ride")), Err(Skip::NotARun(Sport::Cycling)));
    }

    #[test]
    fn far_steps_use_the_great_circle() {
        let d = ground_metres(&point(0.0, 0.0, 0), &point(0.0, 1.0, 0));
        assert!((d - 111_319.5).abs() < 1.0, "{d}");
    }

    #[test]
    fn tcx_laps_give_the_timer_time_and_the_sport_decides() {
        let t = |s: i64| When { unix_millis: s * 1000, offset_minutes: None };
        let laps = [
            Lap { start: Some(t(0)), seconds: 300.5, metres: 1000.0 },
            Lap { start: Some(t(320)), seconds: 290.0, metres: 1001.0 },
        ];
        let s = tcx_summary("Running", &laps, Some((t(615), Some(2003.0)))).unwrap();
        assert_eq!((s.metres, s.moving_seconds, s.elapsed_seconds), (2003.0, 590.5, 615.0));
        assert_eq!(tcx_summary("Running", &laps, None).unwrap().metres, 2001.0);
        assert_eq!(tcx_summary("Other", &laps, None), Err(Skip::NotARun(Sport::Other)));
        assert_eq!(tcx_summary("Biking", &laps, None), Err(Skip::NotARun(Sport::Cycling)));
    }
}
