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
use leptos::wasm_split::wasm_split;

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
use super::my_data::MyData;
use super::not_found::NotFound;
use super::rehab::player::SessionPlayer;
use super::rehab::programme::ProgrammeScreen;
use super::rehab::return_to_run::ReturnToRun;
use super::screen::Screen;
use super::today::Today;

/// The view of `screen`, once its module is loaded (at once when it already is).
pub async fn view_of(screen: Screen) -> AnyView {
    match screen {
        Screen::Today => view! { <Today/> }.into_any(),
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
        Screen::NotFound => not_found().await,
    }
}

#[wasm_split(check_screens, wasm_split_path = ::leptos::wasm_split)]
fn questionnaire() -> AnyView {
    view! { <Questionnaire/> }.into_any()
}

#[wasm_split(check_screens, wasm_split_path = ::leptos::wasm_split)]
fn check_history() -> AnyView {
    view! { <CheckHistoryScreen/> }.into_any()
}

#[wasm_split(check_screens, wasm_split_path = ::leptos::wasm_split)]
fn check_result(id: String) -> AnyView {
    view! { <CheckResult id/> }.into_any()
}

#[wasm_split(journal_screens, wasm_split_path = ::leptos::wasm_split)]
fn journal() -> AnyView {
    view! { <Journal/> }.into_any()
}

#[wasm_split(journal_screens, wasm_split_path = ::leptos::wasm_split)]
fn function_check() -> AnyView {
    view! { <FunctionCheckScreen/> }.into_any()
}

#[wasm_split(journal_screens, wasm_split_path = ::leptos::wasm_split)]
fn trends() -> AnyView {
    view! { <Trends/> }.into_any()
}

#[wasm_split(journal_screens, wasm_split_path = ::leptos::wasm_split)]
fn risk() -> AnyView {
    view! { <RiskScreen/> }.into_any()
}

#[wasm_split(journal_screens, wasm_split_path = ::leptos::wasm_split)]
fn summary() -> AnyView {
    view! { <Summary/> }.into_any()
}

#[wasm_split(rehab_screens, wasm_split_path = ::leptos::wasm_split)]
fn programme() -> AnyView {
    view! { <ProgrammeScreen/> }.into_any()
}

#[wasm_split(rehab_screens, wasm_split_path = ::leptos::wasm_split)]
fn session() -> AnyView {
    view! { <SessionPlayer/> }.into_any()
}

#[wasm_split(rehab_screens, wasm_split_path = ::leptos::wasm_split)]
fn return_to_run() -> AnyView {
    view! { <ReturnToRun/> }.into_any()
}

#[wasm_split(exercises_screens, wasm_split_path = ::leptos::wasm_split)]
fn exercise_library() -> AnyView {
    view! { <ExerciseLibrary/> }.into_any()
}

#[wasm_split(exercises_screens, wasm_split_path = ::leptos::wasm_split)]
fn exercise_detail(slug: String) -> AnyView {
    view! { <ExerciseDetail slug/> }.into_any()
}

#[wasm_split(my_data_screens, wasm_split_path = ::leptos::wasm_split)]
fn my_data() -> AnyView {
    view! { <MyData/> }.into_any()
}

#[wasm_split(my_data_screens, wasm_split_path = ::leptos::wasm_split)]
fn about() -> AnyView {
    view! { <About/> }.into_any()
}

#[wasm_split(my_data_screens, wasm_split_path = ::leptos::wasm_split)]
fn not_found() -> AnyView {
    view! { <NotFound/> }.into_any()
}
