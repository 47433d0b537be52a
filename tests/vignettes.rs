//! Clinical vignettes for the triage engine, one JSON file per case in `tests/vignettes/`.
//!
//! The file format is a contract (cases written by others run through this same harness):
//! `{"name": "...", "answers": {...}, "expect": {"condition", "urgency", "location", "flags"}}`.
//! Every `expect` key is optional; `flags` means each listed flag is present (others may be
//! too). Adding a file adds a test: each case is reported under its own name.

use std::path::Path;

use achilles::domain::triage::{assess, Answers, Condition, Flag, Location, Urgency};
use libtest_mimic::{Arguments, Failed, Trial};

mod common;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Vignette {
    name: String,
    answers: Answers,
    expect: Expect,
}

/// An unknown key here is an error, so a misspelt expectation cannot pass vacuously.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    condition: Option<Condition>,
    urgency: Option<Urgency>,
    location: Option<Location>,
    #[serde(default)]
    flags: Vec<Flag>,
}

fn run(path: &Path) -> Result<(), Failed> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let case: Vignette =
        serde_json::from_str(&text).map_err(|e| format!("{}: not a valid vignette: {e}", path.display()))?;
    let got = assess(&case.answers);
    let mut wrong = Vec::new();
    if let Some(c) = case.expect.condition.filter(|c| *c != got.condition) {
        wrong.push(format!("condition: expected {c:?}, got {:?}", got.condition));
    }
    if let Some(u) = case.expect.urgency.filter(|u| *u != got.urgency) {
        wrong.push(format!("urgency: expected {u:?}, got {:?}", got.urgency));
    }
    if let Some(l) = case.expect.location.filter(|l| *l != got.location) {
        wrong.push(format!("location: expected {l:?}, got {:?}", got.location));
    }
    for f in case.expect.flags.iter().filter(|f| !got.has_flag(**f)) {
        wrong.push(format!("flag {f:?} missing; got {:?}", got.flags));
    }
    if wrong.is_empty() {
        Ok(())
    } else {
        Err(format!("vignette \"{}\" ({}):\n  {}", case.name, path.display(), wrong.join("\n  ")).into())
    }
}

fn main() {
    let files = common::json_files("vignettes");
    assert!(!files.is_empty(), "no vignettes found in tests/vignettes");
    let trials = files
        .into_iter()
        .map(|path| {
            let name = common::case_name(&path);
            Trial::test(name, move || run(&path))
        })
        .collect();
    libtest_mimic::run(&Arguments::from_args(), trials).exit();
}
