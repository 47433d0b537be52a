//! Writes the five-year journal (see `dataset.rs`) as a JSON object of localStorage keys to
//! stored text, for the browser bench to load, and prints its size.
//!
//! `cargo run --release --example five-years -- OUT.json [YYYY-MM-DD]` (the day the journal
//! ends before; today by default).

#[path = "dataset.rs"]
mod dataset;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(out) = args.next() else {
        eprintln!("usage: five-years OUT.json [YYYY-MM-DD]");
        std::process::exit(2);
    };
    let today = match args.next() {
        Some(day) => day.parse().unwrap_or_else(|e| {
            eprintln!("not a date ({e}): {day}");
            std::process::exit(2)
        }),
        None => chrono::Local::now().date_naive(),
    };
    let image = dataset::five_years(today);
    let json = serde_json::to_string(&image).expect("strings always serialise");
    if let Err(e) = std::fs::write(&out, &json) {
        eprintln!("cannot write {out}: {e}");
        std::process::exit(1);
    }
    // localStorage counts keys and values in UTF-16 code units; the text here is ASCII.
    let units: usize = image.iter().map(|(k, v)| k.encode_utf16().count() + v.encode_utf16().count()).sum();
    println!("{} records, {} characters ({} bytes as UTF-16) -> {out}", image.len(), units, units * 2);
}
