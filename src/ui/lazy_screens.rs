//! Every screen but Today, in lazily loaded wasm modules: the heel check in one, every other
//! screen in another.
//!
//! A first visit downloads the shell and Today only. The build (`.ci/wasm-split.sh`) cuts
//! each group of functions below (the `wasm_split` module name) with the code and text only
//! that group uses into a module of its own, fetched the first time one of its screens
//! opens and precached by the service worker right after start-up, so every screen still
//! opens offline. Code both groups share goes into a chunk that loads with either.
//!
//! Why two groups: the check is what a new runner opens first, so it comes alone (65 KB
//! gzip); the other screens come together, since the service worker fetches all of them
//! straight after the first paint anyway, and every cut costs bytes: code split across
//! modules compresses less well, and each module reaches the others' functions through
//! shims. One module per screen (Leptos's `#[lazy]`) gave 122 files; one per area (check,
//! journal, rehab, exercises, my data) 27 files and 53 KB less; these two groups 5 files
//! and 33 KB less again (whole first visit 622,411 to 589,748 bytes gzip). On native
//! targets (tests) the functions are called directly.

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

use super::about::About;
use super::check::history::CheckHistoryScreen;
use super::check::questionnaire::Questionnaire;
use super::check::result::CheckResult;
use super::exercises::detail::ExerciseDetail;
use super::exercises::library::ExerciseLibrary;
use super::journal::function_check::FunctionCheckScreen;
use super::journal::risk::RiskScreen;
use super::journal::screen::Journal;
use super::journal::summary::Summary;
use super::journal::trends::Trends;
use super::more::More;
use super::my_data::MyData;
use super::not_found::NotFound;
use super::rehab::player::SessionPlayer;
use super::rehab::programme::ProgrammeScreen;
use super::rehab::return_to_run::ReturnToRun;
use super::screen::Screen;
use super::today::Today;

/// A screen's module could not be downloaded (no signal before the service worker had
/// stored it, say). Loading it again later starts afresh: a failure is not remembered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModuleMissing;

impl From<SplitLoaderError> for ModuleMissing {
    fn from(_: SplitLoaderError) -> Self {
        ModuleMissing
    }
}

/// Draws a screen, given the part of its address after the screen's name (a check's id, an
/// exercise's slug; empty for the others). It lives in the screen's module: the outlet
/// keeps it in a signal and calls it once the module is loaded.
pub type Draw = fn(String) -> AnyView;

/// How to draw `screen`, once its module is loaded (at once when it already is). A module
/// that fails to load is an error here, never a panic, which would stop the whole app.
pub async fn draw_of(screen: &Screen) -> Result<Draw, ModuleMissing> {
    match screen {
        Screen::Today => Ok(|_| view! { <Today /> }.into_any()),
        Screen::Check => questionnaire().await,
        Screen::Checks => check_history().await,
        Screen::CheckResult(_) => check_result().await,
        Screen::Journal => journal().await,
        Screen::FunctionCheck => function_check().await,
        Screen::Trends => trends().await,
        Screen::Risk => risk().await,
        Screen::Summary => summary().await,
        Screen::Programme => programme().await,
        Screen::Session => session().await,
        Screen::ReturnToRun => return_to_run().await,
        Screen::Exercises => exercise_library().await,
        Screen::Exercise(_) => exercise_detail().await,
        Screen::MyData => my_data().await,
        Screen::About => about().await,
        Screen::More => more().await,
        Screen::NotFound => not_found().await,
    }
}

#[wasm_split(check_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn questionnaire() -> Result<Draw, ModuleMissing> {
    Ok(|_| view! { <Questionnaire /> }.into_any())
}

#[wasm_split(check_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn check_history() -> Result<Draw, ModuleMissing> {
    Ok(|_| view! { <CheckHistoryScreen /> }.into_any())
}

#[wasm_split(check_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn check_result() -> Result<Draw, ModuleMissing> {
    Ok(|id| view! { <CheckResult id /> }.into_any())
}

#[wasm_split(other_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn journal() -> Result<Draw, ModuleMissing> {
    Ok(|_| view! { <Journal /> }.into_any())
}

#[wasm_split(other_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn function_check() -> Result<Draw, ModuleMissing> {
    Ok(|_| view! { <FunctionCheckScreen /> }.into_any())
}

#[wasm_split(other_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn trends() -> Result<Draw, ModuleMissing> {
    Ok(|_| view! { <Trends /> }.into_any())
}

#[wasm_split(other_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn risk() -> Result<Draw, ModuleMissing> {
    Ok(|_| view! { <RiskScreen /> }.into_any())
}

#[wasm_split(other_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn summary() -> Result<Draw, ModuleMissing> {
    Ok(|_| view! { <Summary /> }.into_any())
}

#[wasm_split(other_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn programme() -> Result<Draw, ModuleMissing> {
    Ok(|_| view! { <ProgrammeScreen /> }.into_any())
}

#[wasm_split(other_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn session() -> Result<Draw, ModuleMissing> {
    Ok(|_| view! { <SessionPlayer /> }.into_any())
}

#[wasm_split(other_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn return_to_run() -> Result<Draw, ModuleMissing> {
    Ok(|_| view! { <ReturnToRun /> }.into_any())
}

#[wasm_split(other_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn exercise_library() -> Result<Draw, ModuleMissing> {
    Ok(|_| view! { <ExerciseLibrary /> }.into_any())
}

#[wasm_split(other_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn exercise_detail() -> Result<Draw, ModuleMissing> {
    Ok(|slug| view! { <ExerciseDetail slug /> }.into_any())
}

#[wasm_split(other_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn my_data() -> Result<Draw, ModuleMissing> {
    Ok(|_| view! { <MyData /> }.into_any())
}

#[wasm_split(other_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn more() -> Result<Draw, ModuleMissing> {
    Ok(|_| view! { <More /> }.into_any())
}

#[wasm_split(other_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn about() -> Result<Draw, ModuleMissing> {
    Ok(|_| view! { <About /> }.into_any())
}

#[wasm_split(other_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn not_found() -> Result<Draw, ModuleMissing> {
    Ok(|_| view! { <NotFound /> }.into_any())
}
