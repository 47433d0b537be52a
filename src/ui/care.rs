//! Where this runner gets care: the country chosen in More, or, until one is chosen, the
//! region of the browser's preferred languages (`domain::emergency`). The emergency number
//! is always shown as a number to tap.

use leptos::prelude::*;

use super::app_state::use_app_state;
use super::controls::Select;
use crate::domain::emergency::{countries, country_name, region, tel, Region, COUNTRY_CODES, FALLBACK};

/// The country of the browser's preferred languages, if one names it.
pub fn browser_country() -> Option<&'static str> {
    #[cfg(target_arch = "wasm32")]
    {
        let languages = web_sys::window()?.navigator().languages();
        let tags: Vec<String> = languages.iter().filter_map(|v| v.as_string()).collect();
        crate::domain::emergency::country_from_languages(tags.iter().map(String::as_str))
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// The runner's country: chosen, or from the browser (`None`: neither says).
pub fn use_country() -> impl Fn() -> Option<String> + Copy + Send + Sync + 'static {
    let state = use_app_state();
    move || state.settings.with(|s| s.country.clone()).or_else(|| browser_country().map(String::from))
}

/// Care in the runner's country, or the fallback (112) when no country is known.
pub fn use_region() -> impl Fn() -> Region + Copy + Send + Sync + 'static {
    let country = use_country();
    move || country().map_or(FALLBACK, |c| region(&c))
}

/// "Call 999": a link the phone dials when tapped.
pub fn call_button(number: &'static str) -> impl IntoView {
    view! {
        <a class="button button-call" href=tel(number)>
            {format!("Call {number}")}
        </a>
    }
}

/// Which country the numbers are for, and a way to change it: the country's name, or a
/// plain "not known" that points to the setting.
pub fn numbers_for() -> impl IntoView {
    let country = use_country();
    move || {
        let name = country().and_then(|c| country_name(&c));
        view! {
            <p class="hint">
                {match name {
                    Some(name) => format!("Numbers for {name}. "),
                    None => {
                        "Your country is not known, so the number shown is 112, which works from most mobile phones. "
                            .to_string()
                    }
                }}
                <super::base_path::ScreenLink to=super::screen::Screen::More>
                    "Change the country"
                </super::base_path::ScreenLink>
            </p>
        }
    }
}

/// The country setting (More): the emergency number and the words for places of care
/// follow it; until chosen, the browser's region.
#[component]
pub fn CountryChoice() -> impl IntoView {
    let state = use_app_state();
    let browser = browser_country();
    let from_browser = match browser.and_then(country_name) {
        Some(name) => format!("From this browser ({name})"),
        None => "From this browser (not known: 112)".to_string(),
    };
    let mut options: Vec<(Option<&'static str>, Oco<'static, str>)> = vec![(None, from_browser.into())];
    options.extend(countries().map(|(code, name)| (Some(code), Oco::Borrowed(name))));
    let chosen =
        move || state.settings.with(|s| s.country.as_deref().and_then(|c| COUNTRY_CODES.into_iter().find(|x| *x == c)));
    let choose = move |code: Option<&'static str>| state.edit_settings(|s| s.country = code.map(String::from));
    let region = use_region();
    view! {
        <section class="card country" aria-labelledby="country-title">
            <h2 id="country-title">"Your country"</h2>
            <p>"For the emergency number the app shows, and the words it uses for where to get care."</p>
            <label class="field">
                <span>"Country"</span>
                <Select options bind=(chosen, choose) />
            </label>
            <p>
                {move || {
                    let r = region();
                    match r.advice_line {
                        Some(line) => {
                            format!("Emergency number: {}. Urgent medical advice: {line}.", r.emergency_number)
                        }
                        None => format!("Emergency number: {}.", r.emergency_number),
                    }
                }}
            </p>
        </section>
    }
}
