//! `AppState` natively, over an in-memory backend that a test can look into and change
//! as another tab would.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::AppState;
use crate::domain::runs::{easy_run, Units};
use crate::storage::{Backend, Item, MemoryBackend, Store, StoredKey};

fn open(backend: &MemoryBackend) -> AppState {
    let state = AppState::open(Store::new(Box::new(backend.clone())), None);
    state.reload_all();
    state
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

#[test]
fn a_save_persists_and_a_new_start_reads_it_back() {
    let backend = MemoryBackend::default();
    let state = open(&backend);
    state.save_run(easy_run(1_795_000_000_000, day(20), 8000)).unwrap();
    state.edit_settings(|s| s.units = Units::Miles);
    state.edit_draft(|d| d.answers.fever = true);
    let key = StoredKey::Run(1_795_000_000_000).to_string();
    assert!(backend.contents().contains_key(&key));
    let again = open(&backend);
    assert_eq!(again.runs.get_untracked(), state.runs.get_untracked());
    assert_eq!(again.settings.with_untracked(|s| s.units), Units::Miles);
    assert!(again.draft.with_untracked(|d| d.answers.fever), "the draft is saved as it changes");
    assert!(state.save_errors.get_untracked().is_empty());
}

#[test]
fn an_unchanged_save_writes_nothing() {
    let backend = MemoryBackend::default();
    let state = open(&backend);
    state.edit_settings(|s| s.units = Units::Miles);
    // From now on any write fails, as with a full quota: only a write would report it.
    backend.set_quota(Some(0));
    state.edit_settings(|s| s.units = Units::Miles);
    assert!(state.save_errors.get_untracked().is_empty(), "{:?}", state.save_errors.get_untracked());
    state.edit_settings(|s| s.units = Units::Km);
    let errors = state.save_errors.get_untracked();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].0, "achilles.settings");
    assert!(errors[0].1.contains("Not saved"), "{}", errors[0].1);
}

#[test]
fn a_remote_change_reloads_that_key_alone() {
    let backend = MemoryBackend::default();
    let state = open(&backend);
    // Another tab saves a run and changes the settings; this one hears of the run only.
    let other_tab = Store::new(Box::new(backend.clone()));
    let run = easy_run(1_795_000_000_000, day(21), 5000);
    other_tab.save_any(&Item::Run(run.clone())).unwrap();
    let mut settings = state.settings.get_untracked();
    settings.units = Units::Miles;
    other_tab.save_any(&Item::Settings(settings)).unwrap();
    state.apply_remote_change(Some(&StoredKey::Run(run.id).to_string()));
    assert_eq!(state.runs.get_untracked(), vec![run.clone()]);
    assert_eq!(state.settings.with_untracked(|s| s.units), Units::Km);
    // Then the run is deleted there.
    other_tab.remove(&StoredKey::Run(run.id).to_string()).unwrap();
    state.apply_remote_change(Some(&StoredKey::Run(run.id).to_string()));
    assert!(state.runs.get_untracked().is_empty());
}

#[test]
fn an_unreadable_record_blocks_its_writes_until_discarded() {
    let backend = MemoryBackend::default();
    backend.set("achilles.settings", "{garbage").unwrap();
    let state = open(&backend);
    assert_eq!(state.unreadable.get_untracked().len(), 1);
    state.edit_settings(|s| s.units = Units::Miles);
    assert_eq!(backend.contents()["achilles.settings"], "{garbage", "the raw text is kept");
    let errors = state.save_errors.get_untracked();
    assert!(errors.iter().any(|(k, m)| k == "achilles.settings" && m.contains("to protect")), "{errors:?}");
    // Other records still save.
    state.save_run(easy_run(1, day(22), 5000)).unwrap();
    // Discarded at the user's word, the next change saves.
    state.discard("achilles.settings");
    assert!(state.unreadable.get_untracked().is_empty());
    state.edit_settings(|s| s.units = Units::Miles);
    assert!(backend.contents()["achilles.settings"].contains("\"units\""));
    assert!(state.save_errors.get_untracked().iter().all(|(k, _)| k != "achilles.settings"));
}

#[test]
fn an_unreadable_draft_discarded_gets_the_answers_given_meanwhile() {
    let backend = MemoryBackend::default();
    backend.set("achilles.check-draft", "{garbage").unwrap();
    let state = open(&backend);
    state.edit_draft(|d| d.answers.fever = true);
    assert_eq!(backend.contents()["achilles.check-draft"], "{garbage");
    state.discard("achilles.check-draft");
    assert!(open(&backend).draft.with_untracked(|d| d.answers.fever));
}
