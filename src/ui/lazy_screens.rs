//! Every screen but Today, in lazily loaded wasm modules, one per area of the app.
//!
//! A first visit downloads the shell and Today only. The build (`.ci/wasm-split.sh`) cuts
//! each group of functions below (the `wasm_split` module name: check, journal, rehab,
//! exercises, my data), with the code and text only that group uses, into a module of its
//! own, fetched the first time one of its screens opens and precached by the service worker
//! right after start-up, so every screen still opens offline. Code two groups share goes
//! into a chunk that loads with either. One module per area rather than per screen (Leptos's
//! `#[lazy]`): 27 files instead of 122, and 53 KB less gzip in all, as screens of an area
//! share most of their code. On native targets (tests) the functions are called directly.

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
#[derive(Debug)]
pub struct ModuleMissing;

impl From<SplitLoaderError> for ModuleMissing {
    fn from(_: SplitLoaderError) -> Self {
        ModuleMissing
    }
}

/// The view of `screen`, once its module is loaded (at once when it already is). A module
/// that fails to load is an error here, never a panic, which would stop the whole app.
pub async fn view_of(screen: Screen) -> Result<AnyView, ModuleMissing> {
    match screen {
        Screen::Today => Ok(view! { <Today /> }.into_any()),
        Screen::Check => questionnaire().await,
        Screen::Checks => check_history().await,
        Screen::CheckResult(id) => check_result(id).await,
        Screen::Journal => journal().await,
        Screen::FunctionCheck => function_check().await,
        Screen::Trends => trends().await,
        Screen::Risk => risk().await,
        Screen::Summary => summary().await,
        Screen::Programme => programme().await,
        Screen::Session => session().await,
        Screen::ReturnToRun => return_to_run().await,
        Screen::Exercises => exercise_library().await,
        Screen::Exercise(slug) => exercise_detail(slug).await,
        Screen::MyData => my_data().await,
        Screen::About => about().await,
        Screen::More => more().await,
        Screen::NotFound => not_found().await,
    }
}

#[wasm_split(check_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn questionnaire() -> Result<AnyView, ModuleMissing> {
    Ok(view! { <Questionnaire /> }.into_any())
}

#[wasm_split(check_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn check_history() -> Result<AnyView, ModuleMissing> {
    Ok(view! { <CheckHistoryScreen /> }.into_any())
}

#[wasm_split(check_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn check_result(id: String) -> Result<AnyView, ModuleMissing> {
    Ok(view! { <CheckResult id /> }.into_any())
}

#[wasm_split(journal_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn journal() -> Result<AnyView, ModuleMissing> {
    Ok(view! { <Journal /> }.into_any())
}

#[wasm_split(journal_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn function_check() -> Result<AnyView, ModuleMissing> {
    Ok(view! { <FunctionCheckScreen /> }.into_any())
}

#[wasm_split(journal_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn trends() -> Result<AnyView, ModuleMissing> {
    Ok(view! { <Trends /> }.into_any())
}

#[wasm_split(journal_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn risk() -> Result<AnyView, ModuleMissing> {
    Ok(view! { <RiskScreen /> }.into_any())
}

#[wasm_split(journal_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn summary() -> Result<AnyView, ModuleMissing> {
    Ok(view! { <Summary /> }.into_any())
}

#[wasm_split(rehab_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn programme() -> Result<AnyView, ModuleMissing> {
    Ok(view! { <ProgrammeScreen /> }.into_any())
}

#[wasm_split(rehab_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn session() -> Result<AnyView, ModuleMissing> {
    Ok(view! { <SessionPlayer /> }.into_any())
}

#[wasm_split(rehab_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn return_to_run() -> Result<AnyView, ModuleMissing> {
    Ok(view! { <ReturnToRun /> }.into_any())
}

#[wasm_split(exercises_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn exercise_library() -> Result<AnyView, ModuleMissing> {
    Ok(view! { <ExerciseLibrary /> }.into_any())
}

#[wasm_split(exercises_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn exercise_detail(slug: String) -> Result<AnyView, ModuleMissing> {
    Ok(view! { <ExerciseDetail slug /> }.into_any())
}

#[wasm_split(my_data_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn my_data() -> Result<AnyView, ModuleMissing> {
    Ok(view! { <MyData /> }.into_any())
}

#[wasm_split(my_data_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn more() -> Result<AnyView, ModuleMissing> {
    Ok(view! { <More /> }.into_any())
}

#[wasm_split(my_data_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn about() -> Result<AnyView, ModuleMissing> {
    Ok(view! { <About /> }.into_any())
}

#[wasm_split(my_data_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn not_found() -> Result<AnyView, ModuleMissing> {
    Ok(view! { <NotFound /> }.into_any())
}
