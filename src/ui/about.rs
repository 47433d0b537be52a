//! About: what the app is and is not, where the data lives, how to install it, the
//! sources behind its rules, and which version is running.

use leptos::prelude::*;

#[component]
pub fn About() -> impl IntoView {
    view! {
        <section class="screen about">
            <h1>"About this app"</h1>
            <p>
                "A pocket companion for runners with pain at the back of the ankle. It asks plain questions, tells you \
                what your answers point to and how soon to get help, and keeps a record you can show a clinician."
            </p>

            <h2>"Not a diagnosis"</h2>
            <p>
                "The app cannot examine you. It suggests; it does not diagnose, and it does not replace a doctor or \
                physiotherapist. When it tells you to be seen, please go. If you are worried, get seen whatever the \
                app says."
            </p>

            <h2 id="privacy">"Your data stays on this device"</h2>
            <p>
                "Everything you enter is kept in this browser's storage on this device and nowhere else. The app sends \
                nothing over the network: there is no account, no analytics, no advertising and no tracking. Clearing \
                this site's data in the browser deletes it."
            </p>

            <h2>"Use it offline and install it"</h2>
            <p>
                "After the first visit the app works with no signal. To put it on your home screen: on Android, open \
                the browser menu and choose Install app or Add to Home screen; on an iPhone, tap Share in Safari, then \
                Add to Home Screen."
            </p>

            <h2>"Where the rules come from"</h2>
            <ul class="sources">
                <li>"AAOS clinical practice guideline on acute Achilles tendon rupture (2009)"</li>
                <li>"Maffulli (1998): clinical signs of rupture"</li>
                <li>"Singh, BMJ (2015): acute Achilles tendon rupture"</li>
                <li>"Martin et al., JOSPT (2018): Achilles tendinopathy guideline"</li>
                <li>"Silbernagel et al., AJSM (2007): the pain-monitoring model and the loading phases"</li>
                <li>"Alfredson et al. (1998): eccentric heel drops"</li>
                <li>"Beyer et al., AJSM (2015): heavy slow resistance training"</li>
                <li>"FDA (2008, 2016) and MHRA (2019): fluoroquinolone antibiotics and tendon rupture"</li>
                <li>"Kannus & Józsa (1991): the tendon with long-standing changes is the one that tears"</li>
                <li>"NHS and NICE NG158: a clot in the leg or the lungs"</li>
                <li>"NICE NG19 and IWGDF/IDSA (2023): the diabetic foot"</li>
                <li>"NICE CKS Sciatica and the GIRFT/BASS cauda equina pathway (2023): nerve signs in both legs"</li>
                <li>"BOAST (2016): compartment syndrome"</li>
                <li>"James et al. (2013): heel pain in children"</li>
                <li>"ESC (2020) sports cardiology guideline: no hard exercise with a fever"</li>
                <li>"Pringels et al., BJSM (2025): no stretching for insertional pain"</li>
            </ul>

            <h2>"Version"</h2>
            <p class="version">{version_text()}</p>
        </section>
    }
}

/// "Version 0.1.0, release v0.1.0-3-gabc, build 1a2b3c4d", from the crate and from the
/// meta tags the build writes into index.html.
fn version_text() -> String {
    let meta = |name: &str| {
        document()
            .query_selector(&format!("meta[name=\"{name}\"]"))
            .ok()
            .flatten()
            .and_then(|m| m.get_attribute("content"))
            .unwrap_or_else(|| "unknown".into())
    };
    format!("Version {}, release {}, build {}", env!("CARGO_PKG_VERSION"), meta("app-release"), meta("app-build"))
}
