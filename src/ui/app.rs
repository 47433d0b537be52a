//! The app shell: header with navigation, the routed screen, and the notices that must be
//! visible on every screen (storage problems, a waiting update).

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use super::about::About;
use super::app_state::AppState;
use super::base_path;
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
use super::nav::NavBar;
use super::not_found::NotFound;
use super::other_tabs;
use super::rehab::player::SessionPlayer;
use super::rehab::programme::ProgrammeScreen;
use super::rehab::return_to_run::ReturnToRun;
use super::storage_notice::StorageNotice;
use super::today::Today;
use super::update_prompt::UpdatePrompt;
use crate::storage::Store;

#[component]
pub fn App() -> impl IntoView {
    let (store, unavailable) = open_store();
    let state = AppState::load(store, unavailable);
    provide_context(state);
    other_tabs::listen(state);
    let base = base_path::from_document();
    provide_context(base.clone());

    view! {
        <Router base=base.0>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <NavBar/>
            <div class="notices">
                <UpdatePrompt/>
                <StorageNotice/>
            </div>
            <main id="main" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Today/>
                    <Route path=path!("/check") view=Questionnaire/>
                    <Route path=path!("/checks") view=CheckHistoryScreen/>
                    <Route path=path!("/checks/:id") view=CheckResult/>
                    <Route path=path!("/journal") view=Journal/>
                    <Route path=path!("/function-check") view=FunctionCheckScreen/>
                    <Route path=path!("/trends") view=Trends/>
                    <Route path=path!("/risk") view=RiskScreen/>
                    <Route path=path!("/summary") view=Summary/>
                    <Route path=path!("/programme") view=ProgrammeScreen/>
                    <Route path=path!("/session") view=SessionPlayer/>
                    <Route path=path!("/run") view=ReturnToRun/>
                    <Route path=path!("/exercises") view=ExerciseLibrary/>
                    <Route path=path!("/exercises/:id") view=ExerciseDetail/>
                    <Route path=path!("/my-data") view=MyData/>
                    <Route path=path!("/about") view=About/>
                </Routes>
            </main>
        </Router>
    }
}

#[cfg(target_arch = "wasm32")]
fn open_store() -> (Store, Option<String>) {
    let (store, why) = Store::open_browser();
    (store, why.map(|e| e.detail().to_string()))
}

#[cfg(not(target_arch = "wasm32"))]
fn open_store() -> (Store, Option<String>) {
    (Store::in_memory(), None)
}
