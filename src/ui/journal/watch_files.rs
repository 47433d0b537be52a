//! Reading watch files in the browser: the bytes of each picked file, gzip and zip
//! entries inflated by `DecompressionStream`, GPX and TCX parsed by `DOMParser`. What is
//! read goes to `domain::watch` as bytes, points or laps; nothing here decides a run.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DomParser, Element, ReadableStream, ReadableWritablePair, SupportedType, WritableStream};

use crate::domain::decimal;
use crate::domain::watch::track::{self, Lap, TrackPoint};
use crate::domain::watch::zip::{self, Method};
use crate::domain::watch::{self, strava, Found, Skip, Source, When, MAX_FILE_BYTES};

// The Compression Streams API, bound here: web-sys offers it only behind its unstable flag.
#[wasm_bindgen]
extern "C" {
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &DecompressionStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &DecompressionStream) -> WritableStream;
}

/// The formats `DecompressionStream` is asked for.
#[derive(Clone, Copy)]
enum CompressionFormat {
    Gzip,
    DeflateRaw,
}

/// Runs found and files (or rows, or activities) skipped, each with its file's name.
#[derive(Default)]
pub struct Reading {
    pub found: Vec<Found>,
    pub skipped: Vec<(String, Skip)>,
}

/// The phone's offset from UTC, in minutes east, at an instant (ms since 1970): summer
/// and winter time differ, so it is asked per run.
pub fn device_offset(unix_millis: i64) -> i32 {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(unix_millis as f64));
    -(date.get_timezone_offset() as i32)
}

async fn bytes_of(promise: js_sys::Promise) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(promise).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Inflates `bytes` with the browser's decompressor; `None` if they are not valid.
async fn inflate(bytes: &[u8], format: CompressionFormat) -> Option<Vec<u8>> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).ok()?;
    let format = match format {
        CompressionFormat::Gzip => "gzip",
        CompressionFormat::DeflateRaw => "deflate-raw",
    };
    let stream = DecompressionStream::new(format).ok()?;
    let pair = ReadableWritablePair::new(&stream.readable(), &stream.writable());
    let out = blob.stream().pipe_through(&pair);
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&out)).ok()?;
    let bytes = bytes_of(response.array_buffer().ok()?).await?;
    (bytes.len() <= MAX_FILE_BYTES).then_some(bytes)
}

/// Every picked file, read in turn.
pub async fn read_files(files: Vec<web_sys::File>) -> Reading {
    let mut reading = Reading::default();
    for file in files {
        let name = file.name();
        if file.size() > MAX_FILE_BYTES as f64 {
            reading.skipped.push((name, Skip::TooBig));
            continue;
        }
        match bytes_of(file.array_buffer()).await {
            Some(bytes) if zip::looks_like_zip(&bytes) => read_zip(&name, &bytes, &mut reading).await,
            Some(bytes) => read_one(&name, bytes, &mut reading).await,
            None => reading.skipped.push((name, Skip::Unreadable)),
        }
    }
    reading
}

/// One file that is not a zip: gzip is inflated first, then the kind is told by the name,
/// or for FIT by its header.
async fn read_one(name: &str, bytes: Vec<u8>, reading: &mut Reading) {
    let lower = name.to_ascii_lowercase();
    let (inner, bytes) = match lower.strip_suffix(".gz") {
        Some(inner) => match inflate(&bytes, CompressionFormat::Gzip).await {
            Some(b) => (inner.to_string(), b),
            None => return reading.skipped.push((name.to_string(), Skip::Damaged)),
        },
        None => (lower, bytes),
    };
    let text = || String::from_utf8_lossy(&bytes).into_owned();
    let mut one = |outcome: Result<(watch::Summary, bool), Skip>, source| match outcome {
        Ok((summary, sport_unstated)) => {
            reading.found.push(Found { file: name.to_string(), source, summary, sport_unstated })
        }
        Err(skip) => reading.skipped.push((name.to_string(), skip)),
    };
    if inner.ends_with(".fit") || watch::fit::looks_like_fit(&bytes) {
        let (runs, skips) = watch::runs_in_fit(name, &bytes);
        reading.found.extend(runs);
        reading.skipped.extend(skips.into_iter().map(|s| (name.to_string(), s)));
    } else if inner.ends_with(".gpx") {
        one(gpx(&text()), Source::Gpx);
    } else if inner.ends_with(".tcx") {
        for outcome in tcx(&text()) {
            one(outcome.map(|s| (s, false)), Source::Tcx);
        }
    } else if inner.ends_with(".csv") {
        read_csv(name, &text(), reading);
    } else {
        reading.skipped.push((name.to_string(), Skip::Unreadable));
    }
}

fn read_csv(name: &str, text: &str, reading: &mut Reading) {
    match strava::rows(text) {
        Err(skip) => reading.skipped.push((name.to_string(), skip)),
        Ok(rows) => {
            for (i, row) in rows.into_iter().enumerate() {
                let label = row.filename.unwrap_or_else(|| format!("{name}, row {}", i + 2));
                match row.outcome {
                    Ok(summary) => reading.found.push(Found {
                        file: label,
                        source: Source::Strava,
                        summary,
                        sport_unstated: false,
                    }),
                    Err(skip) => reading.skipped.push((label, skip)),
                }
            }
        }
    }
}

/// A Strava export: `activities.csv` gives every activity; the activity files it lists
/// are the same activities, so only files it does not list are read on their own.
async fn read_zip(name: &str, bytes: &[u8], reading: &mut Reading) {
    let entries = match zip::entries(bytes) {
        Ok(e) => e,
        Err(fault) => return reading.skipped.push((name.to_string(), fault.into())),
    };
    let contents = |e: &zip::Entry| bytes.get(e.start..e.end).unwrap_or_default().to_vec();
    let inflated = |e: zip::Entry| async move {
        match e.method {
            Method::Stored => Some(contents(&e)),
            Method::Deflated => inflate(&contents(&e), CompressionFormat::DeflateRaw).await,
        }
    };
    // What this zip adds, apart from the files picked with it.
    let before = (reading.found.len(), reading.skipped.len());
    let csv = entries.iter().find(|e| e.name.rsplit('/').next() == Some("activities.csv")).cloned();
    let mut listed = Vec::new();
    if let Some(e) = csv {
        match inflated(e.clone()).await {
            Some(b) => {
                read_csv(&e.name, &String::from_utf8_lossy(&b), reading);
                listed = reading.found[before.0..].iter().map(|f| f.file.clone()).collect();
                listed.extend(reading.skipped[before.1..].iter().map(|s| s.0.clone()));
            }
            None => reading.skipped.push((e.name.clone(), Skip::Damaged)),
        }
    }
    let activity = |n: &str| [".fit", ".gpx", ".tcx", ".fit.gz", ".gpx.gz", ".tcx.gz"].iter().any(|x| n.ends_with(x));
    for e in entries {
        let lower = e.name.to_ascii_lowercase();
        if !activity(&lower) || listed.contains(&e.name) {
            continue;
        }
        let name = e.name.clone();
        match inflated(e).await {
            Some(b) => Box::pin(read_one(&name, b, reading)).await,
            None => reading.skipped.push((name, Skip::Damaged)),
        }
    }
    if (reading.found.len(), reading.skipped.len()) == before {
        reading.skipped.push((name.to_string(), Skip::Empty));
    }
}

fn parse_xml(text: &str) -> Option<web_sys::Document> {
    let doc = DomParser::new().ok()?.parse_from_string(text, SupportedType::TextXml).ok()?;
    // A document the parser could not read holds a <parsererror> element instead.
    (doc.get_elements_by_tag_name("parsererror").length() == 0).then_some(doc)
}

fn elements(parent: &Element, tag: &str) -> Vec<Element> {
    let list = parent.get_elements_by_tag_name(tag);
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// The text of `parent`'s first direct child named `tag` (TCX nests names: a lap's own
/// DistanceMeters, not its track points').
fn child_text(parent: &Element, tag: &str) -> Option<String> {
    let children = parent.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .find(|c| c.local_name() == tag)
        .and_then(|c| c.text_content())
        .map(|t| t.trim().to_string())
}

fn gpx(text: &str) -> Result<(watch::Summary, bool), Skip> {
    let doc = parse_xml(text).ok_or(Skip::Damaged)?;
    let root = doc.document_element().ok_or(Skip::Damaged)?;
    if root.local_name() != "gpx" {
        return Err(Skip::Unreadable);
    }
    let point = |p: &Element| {
        Some(TrackPoint {
            lat: decimal::parse(&p.get_attribute("lat")?)?,
            lon: decimal::parse(&p.get_attribute("lon")?)?,
            elevation: child_text(p, "ele").and_then(|e| decimal::parse(&e)),
            time: child_text(p, "time").and_then(|t| When::parse(&t)),
        })
    };
    let mut segments: Vec<Vec<TrackPoint>> =
        elements(&root, "trkseg").iter().map(|s| elements(s, "trkpt").iter().filter_map(point).collect()).collect();
    // A route (rtept) has no times: it is reported as a planned route.
    segments.extend(elements(&root, "rte").iter().map(|r| elements(r, "rtept").iter().filter_map(point).collect()));
    let sport = elements(&root, "trk").first().and_then(|t| child_text(t, "type"));
    track::gpx_summary(&segments, sport.as_deref())
}

fn tcx(text: &str) -> Vec<Result<watch::Summary, Skip>> {
    let Some(root) = parse_xml(text).and_then(|d| d.document_element()) else {
        return vec![Err(Skip::Damaged)];
    };
    let activities = elements(&root, "Activity");
    if activities.is_empty() {
        return vec![Err(if root.local_name() == "TrainingCenterDatabase" { Skip::Empty } else { Skip::Unreadable })];
    }
    activities
        .iter()
        .map(|a| {
            let number = |e: &Element, tag| child_text(e, tag).and_then(|t| decimal::parse(&t)).unwrap_or(0.0);
            let laps: Vec<Lap> = elements(a, "Lap")
                .iter()
                .map(|l| Lap {
                    start: l.get_attribute("StartTime").and_then(|t| When::parse(&t)),
                    seconds: number(l, "TotalTimeSeconds"),
                    metres: number(l, "DistanceMeters"),
                })
                .collect();
            let last = elements(a, "Trackpoint").last().and_then(|p| {
                let time = When::parse(&child_text(p, "Time")?)?;
                Some((time, child_text(p, "DistanceMeters").and_then(|d| decimal::parse(&d))))
            });
            track::tcx_summary(&a.get_attribute("Sport").unwrap_or_default(), &laps, last)
        })
        .collect()
}

/// The cache the service worker keeps files shared to the app in (public/sw.js, `SHARED`).
const SHARED_CACHE: &str = "shared-files";

/// Files shared to the installed app (Web Share Target), taken from the service worker's
/// cache and deleted there, so a reload does not offer them twice. `None` when the
/// browser has no cache to read.
pub async fn take_shared_files() -> Option<Vec<web_sys::File>> {
    let caches = web_sys::window()?.caches().ok()?;
    let cache: web_sys::Cache = JsFuture::from(caches.open(SHARED_CACHE)).await.ok()?.unchecked_into();
    let responses: js_sys::Array = JsFuture::from(cache.match_all()).await.ok()?.unchecked_into();
    let mut files = Vec::new();
    for response in responses.iter() {
        let response: web_sys::Response = response.unchecked_into();
        // The worker writes the name URL-encoded, as a header is ASCII.
        let name = response
            .headers()
            .get("X-File-Name")
            .ok()
            .flatten()
            .and_then(|n| js_sys::decode_uri_component(&n).ok())
            .map(String::from)
            .unwrap_or_else(|| "a shared file".into());
        let Some(blob) = response.blob().ok() else { continue };
        if let Some(file) = JsFuture::from(blob)
            .await
            .ok()
            .and_then(|blob| web_sys::File::new_with_blob_sequence(&js_sys::Array::of1(&blob), &name).ok())
        {
            files.push(file);
        }
    }
    let _ = JsFuture::from(caches.delete(SHARED_CACHE)).await;
    Some(files)
}

/// What the picker's files are, as a list the browser hands over.
pub fn files_of(input: &web_sys::HtmlInputElement) -> Vec<web_sys::File> {
    let Some(list) = input.files() else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}
