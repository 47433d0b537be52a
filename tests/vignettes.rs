//! Clinical vignettes for the triage engine, one JSON file per case in `tests/vignettes/`.
//!
//! The file format is a contract (cases written by others run through this same harness):
//! `{"name": "...", "answers": {...}, "expect": {"condition", "urgency", "location", "flags",
//! "alerts", "no_alerts", "no_flags"}}`. Every `expect` key is optional; `flags` and `alerts`
//! mean each listed one is present (others may be too), `no_flags` and `no_alerts` that none
//! of those listed is (a look-alike that must not fire). Answers left out are "not asked" or
//! "no". Adding a file adds a test: each case is reported under its own name.
//!
//! Then the catalogue of look-alikes (`triage::catalogue`): each entry's pair of vignettes
//! exists, the first fires the entry's rule and its twin does not; and the README's table is
//! the catalogue's own.

use std::path::Path;

use achilles::domain::triage::catalogue::{markdown_table, CATALOGUE};
use achilles::domain::triage::{assess, Alert, Answers, Condition, Flag, Location, Urgency};
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
    #[serde(default)]
    alerts: Vec<Alert>,
    #[serde(default)]
    no_alerts: Vec<Alert>,
    #[serde(default)]
    no_flags: Vec<Flag>,
}

fn read(path: &Path) -> Result<Vignette, Failed> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(serde_json::from_str(&text).map_err(|e| format!("{}: not a valid vignette: {e}", path.display()))?)
}

fn run(path: &Path) -> Result<(), Failed> {
    let case = read(path)?;
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
    for f in case.expect.no_flags.iter().filter(|f| got.has_flag(**f)) {
        wrong.push(format!("flag {f:?} present, and must not be"));
    }
    for x in case.expect.alerts.iter().filter(|x| !got.alerts.contains(x)) {
        wrong.push(format!("alert {x:?} missing; got {:?}", got.alerts));
    }
    for x in case.expect.no_alerts.iter().filter(|x| got.alerts.contains(x)) {
        wrong.push(format!("alert {x:?} present, and must not be"));
    }
    if wrong.is_empty() {
        Ok(())
    } else {
        Err(format!("vignette \"{}\" ({}):\n  {}", case.name, path.display(), wrong.join("\n  ")).into())
    }
}

/// An entry of the catalogue: its vignette that must fire its first rule does, and its
/// look-alike does not.
fn pair(index: usize) -> Result<(), Failed> {
    let entry = &CATALOGUE[index];
    let doc = entry.mimic.doc();
    let rule = entry.main_rule();
    let path = |stem: &str| common::json_files("vignettes").into_iter().find(|p| common::case_name(p) == stem);
    let fires = path(doc.fires).ok_or(format!("{}: no vignette {}.json", doc.name, doc.fires))?;
    let twin = path(doc.twin).ok_or(format!("{}: no vignette {}.json", doc.name, doc.twin))?;
    if !rule.fires(&read(&fires)?.answers) {
        return Err(format!("{}: {} does not fire {:?}", doc.name, doc.fires, rule.flag()).into());
    }
    if rule.fires(&read(&twin)?.answers) {
        return Err(format!("{}: its look-alike {} fires {:?}", doc.name, doc.twin, rule.flag()).into());
    }
    if !assess(&read(&fires)?.answers).has_flag(rule.flag()) {
        return Err(format!("{}: {} fires the rule but the result lacks {:?}", doc.name, doc.fires, rule.flag()).into());
    }
    Ok(())
}

/// The README's table of look-alikes is the catalogue's, between its two markers. With
/// `UPDATE_README=1` the table is written there instead.
fn readme_table() -> Result<(), Failed> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).map_err(|e| format!("cannot read README.md: {e}"))?;
    let (start, end) = ("<!-- catalogue:start -->\n", "<!-- catalogue:end -->");
    let from = readme.find(start).ok_or("README.md has no <!-- catalogue:start --> marker")? + start.len();
    let to = readme[from..].find(end).ok_or("README.md has no <!-- catalogue:end --> marker")? + from;
    let table = markdown_table();
    if readme[from..to] == table {
        return Ok(());
    }
    if std::env::var_os("UPDATE_README").is_some() {
        let updated = format!("{}{table}{}", &readme[..from], &readme[to..]);
        std::fs::write(&path, updated).map_err(|e| format!("cannot write README.md: {e}"))?;
        return Ok(());
    }
    Err(format!("README.md's table of look-alikes differs from the catalogue (UPDATE_README=1 writes it):\n{table}")
        .into())
}

fn main() {
    let files = common::json_files("vignettes");
    assert!(!files.is_empty(), "no vignettes found in tests/vignettes");
    let mut trials: Vec<Trial> = files
        .into_iter()
        .map(|path| {
            let name = common::case_name(&path);
            Trial::test(name, move || run(&path))
        })
        .collect();
    trials.extend(
        (0..CATALOGUE.len())
            .map(|i| Trial::test(format!("catalogue: {}", CATALOGUE[i].mimic.doc().name), move || pair(i))),
    );
    trials.push(Trial::test("catalogue: the README's table", readme_table));
    libtest_mimic::run(&Arguments::from_args(), trials).exit();
}
