//! Which screen an address shows.
//!
//! The app's router (`router`) keeps the address and history; choosing the screen is this
//! one `match`. leptos_router's `<Routes>` built a typed view chooser per route, which cost
//! about 100 KB of wasm for 16 routes (measured with twiggy); a plain enum costs almost none.

/// One screen of the app, parsed from the path below the app's base.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Today,
    Check,
    Checks,
    /// `/checks/:id`: the id as typed in the address (the screen says so if it is unknown).
    CheckResult(String),
    Journal,
    FunctionCheck,
    Trends,
    Risk,
    Summary,
    Programme,
    Session,
    ReturnToRun,
    Exercises,
    /// `/exercises/:slug`.
    Exercise(String),
    MyData,
    About,
    /// `/more`: every place that is not a tab of its own.
    More,
    NotFound,
}

/// The main places, one tab each in the navigation bar. Every screen belongs to one, so the
/// bar always marks where the runner is, even after a deep link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Today,
    Check,
    Rehab,
    Journal,
    More,
}

impl Place {
    pub const ALL: [Place; 5] = [Place::Today, Place::Check, Place::Rehab, Place::Journal, Place::More];

    /// The tab's label: short, as a 320 px screen has about 64 px per tab.
    pub fn label(self) -> &'static str {
        match self {
            Place::Today => "Today",
            Place::Check => "Check",
            Place::Rehab => "Rehab",
            Place::Journal => "Journal",
            Place::More => "More",
        }
    }

    /// Where the tab leads.
    pub fn screen(self) -> Screen {
        match self {
            Place::Today => Screen::Today,
            Place::Check => Screen::Check,
            Place::Rehab => Screen::Programme,
            Place::Journal => Screen::Journal,
            Place::More => Screen::More,
        }
    }
}

impl Screen {
    /// The part of the address after the screen's name: a check's id or an exercise's slug
    /// (empty for the others).
    pub fn parameter(&self) -> String {
        match self {
            Screen::CheckResult(part) | Screen::Exercise(part) => part.clone(),
            _ => String::new(),
        }
    }

    /// The screen's address below the app's base: `from_path`'s inverse.
    pub fn path(&self) -> String {
        let fixed = match self {
            Screen::Today => "/",
            Screen::Check => "/check",
            Screen::Checks => "/checks",
            Screen::CheckResult(id) => return format!("/checks/{id}"),
            Screen::Journal => "/journal",
            Screen::FunctionCheck => "/function-check",
            Screen::Trends => "/trends",
            Screen::Risk => "/risk",
            Screen::Summary => "/summary",
            Screen::Programme => "/programme",
            Screen::Session => "/session",
            Screen::ReturnToRun => "/run",
            Screen::Exercises => "/exercises",
            Screen::Exercise(slug) => return format!("/exercises/{slug}"),
            Screen::MyData => "/my-data",
            Screen::About => "/about",
            Screen::More => "/more",
            Screen::NotFound => "/not-found",
        };
        fixed.to_string()
    }

    /// The screen for `path`, where `base` is the sub-path the app is served under ("" at a
    /// domain's root, "/achilles" on a sub-path). A trailing slash is ignored, as the router did.
    pub fn from_path(path: &str, base: &str) -> Screen {
        let path = match path.strip_prefix(base) {
            Some(rest) if base.is_empty() || rest.is_empty() || rest.starts_with('/') => rest,
            _ => return Screen::NotFound,
        };
        let mut segments = path.split('/').filter(|s| !s.is_empty());
        let first = segments.next();
        let second = segments.next();
        if segments.next().is_some() {
            return Screen::NotFound;
        }
        match (first, second) {
            (None, _) => Screen::Today,
            (Some("check"), None) => Screen::Check,
            (Some("checks"), None) => Screen::Checks,
            (Some("checks"), Some(id)) => Screen::CheckResult(id.to_string()),
            (Some("journal"), None) => Screen::Journal,
            (Some("function-check"), None) => Screen::FunctionCheck,
            (Some("trends"), None) => Screen::Trends,
            (Some("risk"), None) => Screen::Risk,
            (Some("summary"), None) => Screen::Summary,
            (Some("programme"), None) => Screen::Programme,
            (Some("session"), None) => Screen::Session,
            (Some("run"), None) => Screen::ReturnToRun,
            (Some("exercises"), None) => Screen::Exercises,
            (Some("exercises"), Some(slug)) => Screen::Exercise(slug.to_string()),
            (Some("my-data"), None) => Screen::MyData,
            (Some("about"), None) => Screen::About,
            (Some("more"), None) => Screen::More,
            _ => Screen::NotFound,
        }
    }

    /// The tab a screen is under. The heel check's history and results are the check's; the
    /// sessions, the return to running and the exercise library are rehab; every journal
    /// view is the journal's; the rest is under More. An unknown address is under none.
    pub fn place(&self) -> Option<Place> {
        Some(match self {
            Screen::Today => Place::Today,
            Screen::Check | Screen::Checks | Screen::CheckResult(_) => Place::Check,
            Screen::Programme | Screen::Session | Screen::ReturnToRun | Screen::Exercises | Screen::Exercise(_) => {
                Place::Rehab
            }
            Screen::Journal | Screen::FunctionCheck | Screen::Trends | Screen::Risk | Screen::Summary => Place::Journal,
            Screen::MyData | Screen::About | Screen::More => Place::More,
            Screen::NotFound => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{Place, Screen};

    #[test]
    fn every_address_at_the_root() {
        let cases = [
            ("/", Screen::Today),
            ("", Screen::Today),
            ("/check", Screen::Check),
            ("/checks", Screen::Checks),
            ("/checks/17", Screen::CheckResult("17".into())),
            ("/journal", Screen::Journal),
            ("/function-check", Screen::FunctionCheck),
            ("/trends", Screen::Trends),
            ("/risk", Screen::Risk),
            ("/summary", Screen::Summary),
            ("/programme", Screen::Programme),
            ("/session", Screen::Session),
            ("/run", Screen::ReturnToRun),
            ("/exercises", Screen::Exercises),
            ("/exercises/eccentric-heel-drop", Screen::Exercise("eccentric-heel-drop".into())),
            ("/my-data", Screen::MyData),
            ("/about", Screen::About),
            ("/about/", Screen::About),
            ("/more", Screen::More),
        ];
        for (path, want) in cases {
            assert_eq!(Screen::from_path(path, ""), want, "{path}");
        }
    }

    #[test]
    fn each_tab_leads_to_a_screen_under_that_tab() {
        for place in Place::ALL {
            assert_eq!(Screen::from_path(&place.screen().path(), "").place(), Some(place), "{place:?}");
        }
    }

    #[test]
    fn every_screen_is_under_a_tab() {
        let paths = [
            "/",
            "/check",
            "/checks",
            "/checks/1",
            "/journal",
            "/function-check",
            "/trends",
            "/risk",
            "/summary",
            "/programme",
            "/session",
            "/run",
            "/exercises",
            "/exercises/drop-jump",
            "/my-data",
            "/about",
            "/more",
        ];
        for path in paths {
            assert!(Screen::from_path(path, "").place().is_some(), "{path}");
        }
        assert_eq!(Screen::from_path("/session", "").place(), Some(Place::Rehab));
        assert_eq!(Screen::from_path("/checks/1", "").place(), Some(Place::Check));
        assert_eq!(Screen::from_path("/nope", "").place(), None);
    }

    #[test]
    fn every_screen_round_trips_through_its_path() {
        let screens = [
            Screen::Today,
            Screen::Check,
            Screen::Checks,
            Screen::CheckResult("17".into()),
            Screen::Journal,
            Screen::FunctionCheck,
            Screen::Trends,
            Screen::Risk,
            Screen::Summary,
            Screen::Programme,
            Screen::Session,
            Screen::ReturnToRun,
            Screen::Exercises,
            Screen::Exercise("wall-stretch".into()),
            Screen::MyData,
            Screen::About,
            Screen::More,
            Screen::NotFound,
        ];
        for screen in screens {
            assert_eq!(Screen::from_path(&screen.path(), ""), screen);
            assert_eq!(Screen::from_path(&format!("/achilles{}", screen.path()), "/achilles"), screen);
        }
    }

    #[test]
    fn unknown_addresses_are_not_found() {
        for path in ["/nope", "/checks/1/2", "/check/1", "/journal/x", "/Check", "/exercises/a/b"] {
            assert_eq!(Screen::from_path(path, ""), Screen::NotFound, "{path}");
        }
    }

    #[test]
    fn under_a_sub_path_only_the_base_counts() {
        assert_eq!(Screen::from_path("/achilles", "/achilles"), Screen::Today);
        assert_eq!(Screen::from_path("/achilles/", "/achilles"), Screen::Today);
        assert_eq!(Screen::from_path("/achilles/checks/3", "/achilles"), Screen::CheckResult("3".into()));
        assert_eq!(Screen::from_path("/achillesx/check", "/achilles"), Screen::NotFound);
        assert_eq!(Screen::from_path("/check", "/achilles"), Screen::NotFound);
    }
}
