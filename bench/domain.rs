//! Native timings of the rules the app runs most: `assess` (one heel check) and the
//! progression proposal over five years of sessions and check-ins; and start-up's two reads
//! of five years of records, without the browser.
//!
//! `cargo bench --bench domain`. Each figure is the median of 15 batches; a batch repeats
//! the call enough times to take a few milliseconds, so the clock's resolution does not matter.

use std::hint::black_box;
use std::time::Instant;

use achilles::domain::progression::propose;
use achilles::domain::triage::{assess, Answers, HeelRaise, Onset, PainLocation};
use achilles::storage::{Item, Store, StoredKey};

#[path = "dataset.rs"]
mod dataset;

const BATCHES: usize = 15;

/// Median nanoseconds per call of `f`, over `BATCHES` batches of `per_batch` calls.
fn time_per_call(per_batch: u32, mut f: impl FnMut()) -> f64 {
    let mut samples: Vec<f64> = (0..BATCHES)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..per_batch {
                f();
            }
            start.elapsed().as_nanos() as f64 / f64::from(per_batch)
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[BATCHES / 2]
}

fn show(ns: f64) -> String {
    if ns >= 1_000_000.0 {
        format!("{:.2} ms", ns / 1_000_000.0)
    } else if ns >= 1_000.0 {
        format!("{:.2} µs", ns / 1_000.0)
    } else {
        format!("{ns:.0} ns")
    }
}

fn main() {
    // Cargo passes `--bench`; any other argument is not ours to interpret.
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid date");
    let journal = dataset::Journal::build(today);

    let chronic = Answers {
        onset: Onset::Gradual,
        weeks_since_onset: 20,
        pain_location: PainLocation::Midportion,
        morning_stiffness: true,
        warmup_effect: true,
        ..Default::default()
    };
    let rupture = Answers {
        onset: Onset::Sudden,
        pop_or_snap: true,
        single_leg_heel_raise: HeelRaise::Cannot,
        ..Default::default()
    };

    let assess_chronic = time_per_call(20_000, || {
        black_box(assess(black_box(&chronic)));
    });
    let assess_rupture = time_per_call(20_000, || {
        black_box(assess(black_box(&rupture)));
    });
    let progression = time_per_call(200, || {
        black_box(propose(&journal.programme, black_box(&journal.sessions), black_box(&journal.checkins), today));
    });

    // Start-up reads every record: the decode half of that, without the browser.
    let image = dataset::five_years(today);
    let loaded = Store::in_memory();
    journal.save(&loaded).expect("an in-memory store has no quota");
    let load_all = time_per_call(3, || {
        let decoded = image
            .iter()
            .filter_map(|(key, raw)| StoredKey::parse(key).and_then(|kind| Item::decode_under(kind, raw).ok()))
            .count();
        black_box(decoded);
    });
    // What start-up runs now: the first read for Today (every key, then only the recent
    // records), and the full read that follows the first paint.
    let first_count = loaded.load_for_today(today).map(|s| s.len()).unwrap_or(0);
    let first_read = time_per_call(20, || {
        black_box(loaded.load_for_today(today).map(|s| s.len()).unwrap_or(0));
    });
    let full_read = time_per_call(3, || {
        black_box(loaded.load_everything().map(|s| s.len()).unwrap_or(0));
    });
    let save_all = time_per_call(3, || {
        journal.save(black_box(&Store::in_memory())).expect("an in-memory store has no quota");
    });

    println!("| Domain (native, median of {BATCHES} batches) | time per call |");
    println!("|---|---|");
    println!("| assess: chronic tendinopathy answers | {} |", show(assess_chronic));
    println!("| assess: rupture signs | {} |", show(assess_rupture));
    println!(
        "| progression proposal over 5 years ({} sessions, {} check-ins) | {} |",
        journal.sessions.len(),
        journal.checkins.len(),
        show(progression)
    );
    println!("| decode all 5 years from storage ({} records) | {} |", image.len(), show(load_all));
    println!("| start-up's first read: what Today shows ({first_count} records) | {} |", show(first_read));
    println!("| start-up's full read, after the first paint | {} |", show(full_read));
    println!("| encode and store all 5 years | {} |", show(save_all));
}
