//! "Seen by a doctor or physiotherapist?": the date, whether a tear was found and, for a
//! tear, how it is treated, its dates and the clinician's own plan; what they said, and their
//! limits in the runner's words. Every choice starts unanswered: nothing is recorded that the
//! runner did not say (a tear found or not decides between the programme and the pathway).

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::iso_date;
use crate::domain::loading_gate::{Clearance, ClinicianVisit};
use crate::domain::rupture::{RupturePhase, TearFinding, TearFound, TheirDates, Treatment};
use crate::ui::app_state::use_app_state;
use crate::ui::clock::{format_day, now_ms, today};
use crate::ui::controls::Radios;

/// What the form holds until it is saved.
#[derive(Clone, Copy)]
struct Fields {
    date: RwSignal<NaiveDate>,
    found: RwSignal<Option<TearFound>>,
    outcome: RwSignal<Option<Clearance>>,
    treatment: RwSignal<Option<Treatment>>,
    injured_on: RwSignal<Option<NaiveDate>>,
    operated_on: RwSignal<Option<NaiveDate>>,
    cleared_to_run: RwSignal<Option<bool>>,
    their: [RwSignal<Option<NaiveDate>>; 5],
    note: RwSignal<String>,
}

impl Fields {
    fn new() -> Self {
        Fields {
            date: RwSignal::new(today()),
            found: RwSignal::new(None),
            outcome: RwSignal::new(None),
            treatment: RwSignal::new(None),
            injured_on: RwSignal::new(None),
            operated_on: RwSignal::new(None),
            cleared_to_run: RwSignal::new(None),
            their: std::array::from_fn(|_| RwSignal::new(None)),
            note: RwSignal::new(String::new()),
        }
    }

    fn tear(&self) -> bool {
        self.found.get().is_some_and(TearFound::closes_programme)
    }

    /// The visit, or what is missing or wrong, in plain words.
    fn visit(&self, earliest: NaiveDate) -> Result<ClinicianVisit, String> {
        let day = self.date.get_untracked();
        if day < earliest || day > today() {
            return Err(format!("The visit must be between {} and today.", format_day(earliest)));
        }
        let found = self.found.get_untracked().ok_or("Say whether they found a tear.")?;
        let outcome = self.outcome.get_untracked().ok_or("Choose what the clinician said.")?;
        let note = self.note.get_untracked().trim().to_string();
        let tear = if found.closes_programme() { self.tear_finding(found, day)? } else { TearFinding::none() };
        Ok(ClinicianVisit { id: now_ms(), date: day, outcome, note, tear: Some(tear) })
    }

    fn tear_finding(&self, found: TearFound, day: NaiveDate) -> Result<TearFinding, String> {
        let treatment = self.treatment.get_untracked();
        if treatment.is_none() && found != TearFound::NotSure {
            return Err("Say how the tear is treated (or that it is not decided yet).".into());
        }
        let injured_on = self.injured_on.get_untracked().ok_or("Give the date of the injury.")?;
        if injured_on > day {
            return Err("The injury must be on or before the day of the visit.".into());
        }
        let operated_on = self.operated_on.get_untracked().filter(|_| treatment == Some(Treatment::Surgery));
        if operated_on.is_some_and(|d| d < injured_on || d > today()) {
            return Err("The operation must be between the injury and today.".into());
        }
        let their = TheirDates(self.their.map(|d| d.get_untracked()));
        if their.0.iter().flatten().any(|d| *d < injured_on) {
            return Err("Their dates for the phases must come after the injury.".into());
        }
        Ok(TearFinding {
            found,
            treatment,
            injured_on: Some(injured_on),
            operated_on,
            cleared_to_run: self.cleared_to_run.get_untracked(),
            their_dates: their,
        })
    }
}

/// A date the runner may leave empty; `None` until one is picked.
fn date_field(label: &'static str, value: RwSignal<Option<NaiveDate>>) -> impl IntoView {
    view! {
        <label class="field">
            <span>{label}</span>
            <input
                type="date"
                max=move || today().to_string()
                prop:value=move || value.get().map(|d| d.to_string()).unwrap_or_default()
                on:change=move |ev| value.set(iso_date::parse(&event_target_value(&ev)))
            />
        </label>
    }
}

/// The visit's date, from the heel check that asked for it to today.
fn visit_date(date: RwSignal<NaiveDate>, earliest: NaiveDate) -> impl IntoView {
    view! {
        <label class="field">
            <span>"Date of the visit"</span>
            <input
                type="date"
                min=earliest.to_string()
                max=move || today().to_string()
                prop:value=move || date.get().to_string()
                on:change=move |ev| {
                    if let Some(d) = iso_date::parse(&event_target_value(&ev)) {
                        date.set(d);
                    }
                }
            />
        </label>
    }
}

/// Record a clinician's visit since `earliest` (the check that asked for it).
#[component]
pub fn VisitForm(earliest: NaiveDate) -> impl IntoView {
    let state = use_app_state();
    let f = Fields::new();
    let error = RwSignal::new(None::<String>);
    let saved = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match f.visit(earliest) {
            Err(why) => error.set(Some(why)),
            Ok(visit) => {
                let said = format!("Visit of {} recorded.", format_day(visit.date));
                match state.record_visit(visit) {
                    Ok(()) => {
                        error.set(None);
                        saved.set(Some(said));
                    }
                    Err(e) => {
                        saved.set(None);
                        error.set(Some(format!("The visit was not saved: {e}")));
                    }
                }
            }
        }
    };
    view! {
        <form class="visit-form" on:submit=submit novalidate>
            <h2>"Seen by a doctor or physiotherapist?"</h2>
            <p>
                "Once a clinician has examined the leg since that check, record what they found and said. If they gave \
                you a plan of their own, it comes first: the app follows their dates."
            </p>
            {visit_date(f.date, earliest)}
            <fieldset class="question">
                <legend>"Did they find a tear of the Achilles tendon?"</legend>
                <Radios
                    name="tear_found"
                    options=TearFound::ALL.into_iter().map(|t| (Some(t), t.label().into())).collect()
                    bind=f.found
                />
            </fieldset>
            <Show when=move || f.tear()>{tear_questions(f)}</Show>
            {said(f)}
            <p class="field-error" role="alert">
                {move || error.get()}
            </p>
            <button type="submit" class="button button-primary">
                "Record the visit"
            </button>
            <p class="hint" aria-live="polite">
                {move || saved.get()}
            </p>
        </form>
    }
}

/// For a tear: the treatment, the dates, running and the team's own plan.
fn tear_questions(f: Fields) -> impl IntoView {
    view! {
        <fieldset class="question">
            <legend>"How is it treated?"</legend>
            <Radios
                name="treatment"
                options=Treatment::ALL.into_iter().map(|t| (Some(t), t.label().into())).collect()
                bind=f.treatment
            />
        </fieldset>
        {date_field("Date of the injury", f.injured_on)}
        <Show when=move || {
            f.treatment.get() == Some(Treatment::Surgery)
        }>{date_field("Date of the operation (once it is done)", f.operated_on)}</Show>
        <fieldset class="question">
            <legend>"Did they clear you to start running? (Only later in the pathway.)"</legend>
            <Radios
                name="cleared_to_run"
                options=vec![(Some(true), "Yes".into()), (Some(false), "Not yet, or not discussed".into())]
                bind=f.cleared_to_run
            />
        </fieldset>
        <details class="their-plan">
            <summary>"Their own dates for the phases, if they gave any"</summary>
            {RupturePhase::ALL[1..]
                .iter()
                .zip(f.their)
                .map(|(phase, value)| date_field(phase_label(*phase), value))
                .collect_view()}
        </details>
    }
}

fn phase_label(phase: RupturePhase) -> &'static str {
    match phase {
        RupturePhase::Protect => "Protect the tendon from",
        RupturePhase::EarlyMotion => "Early motion in the boot from",
        RupturePhase::OutOfBoot => "Out of the boot from",
        RupturePhase::Strength => "Strength on the flat from",
        RupturePhase::Running => "Running from",
        RupturePhase::Sport => "Jumps and sport from",
    }
}

/// What they said (worded for a tear or not), and their limits in the runner's words.
fn said(f: Fields) -> impl IntoView {
    let labels = move || -> Vec<(Option<Clearance>, Oco<'static, str>)> {
        let tear = f.tear();
        Clearance::ALL
            .into_iter()
            .map(|c| {
                let label = match (tear, c) {
                    (false, c) => c.label(),
                    (true, Clearance::Cleared) => "Start the exercises of the pathway",
                    (true, Clearance::ClearedWithLimits) => "Start them, with limits",
                    (true, Clearance::NotCleared) => "Not yet: keep the tendon protected",
                };
                (Some(c), label.into())
            })
            .collect()
    };
    view! {
        <fieldset class="question">
            <legend>"What did they say?"</legend>
            {move || view! { <Radios name="clearance" options=labels() bind=f.outcome /> }}
        </fieldset>
        <label class="field">
            <span>"Their advice, plan or limits, in their words (optional)"</span>
            <textarea
                rows="2"
                maxlength="500"
                prop:value=move || f.note.get()
                on:input=move |ev| f.note.set(event_target_value(&ev))
            ></textarea>
        </label>
    }
}
