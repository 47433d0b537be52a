//! What the check must not miss: one entry per condition that can look like heel or calf
//! pain in a runner, with the rules that find it. The engine (`assess`) reads this table
//! and nothing else for those conditions, so the catalogue is the triage: each entry's
//! question, rule, urgency and alert, advice, source and pair of vignettes (one that must
//! fire, one look-alike that must not) are in `docs.rs`, and the README's table is tested
//! against it.
//!
//! Only the rules (small functions) are in the app; the documentation is read by tests and
//! the README, so it costs the app nothing.

mod docs;
pub mod rules;

pub use docs::{markdown_table, Doc};

use super::verdict::{Alert, Flag};
use super::Answers;

/// A condition the check must not miss.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mimic {
    LungClot,
    SpinalNerves,
    CompartmentSyndrome,
    Rhabdomyolysis,
    Tear,
    CalfClot,
    Infection,
    DiabeticFoot,
    Fracture,
    Fluoroquinolone,
    BoneStress,
    ExertionalCalf,
    Enthesitis,
    Gout,
    YoungChild,
    Severs,
    NightPain,
    Steroids,
    Fever,
    Sciatica,
}

/// One rule of an entry: what it raises when the answers fit.
#[derive(Clone, Copy)]
pub enum Rule {
    /// A same-day alert, with the signs it was recognised by (empty: it does not fire).
    Alert(Alert, fn(&Answers) -> Vec<&'static str>),
    /// A warning flag.
    Flag(Flag, fn(&Answers) -> bool),
}

impl Rule {
    /// What the rule raises, as the flag it adds to the result (an alert adds its own).
    pub fn flag(self) -> Flag {
        match self {
            Rule::Alert(alert, _) => alert.flag(),
            Rule::Flag(flag, _) => flag,
        }
    }

    pub fn fires(self, a: &Answers) -> bool {
        match self {
            Rule::Alert(_, signs) => !signs(a).is_empty(),
            Rule::Flag(_, when) => when(a),
        }
    }
}

/// One condition and its rules, the first being the one its vignettes are about.
pub struct Entry {
    pub mimic: Mimic,
    pub rules: &'static [Rule],
}

use rules as r;
use Alert as A;
use Flag as F;

/// Every condition, most urgent first (the order of the alerts).
pub const CATALOGUE: &[Entry] = &[
    Entry { mimic: Mimic::LungClot, rules: &[Rule::Alert(A::CallEmergencyNumber, r::lung_clot)] },
    Entry {
        mimic: Mimic::SpinalNerves,
        rules: &[Rule::Alert(A::Nerves, r::spinal_nerves), Rule::Alert(A::WeakFoot, r::weak_foot)],
    },
    Entry { mimic: Mimic::CompartmentSyndrome, rules: &[Rule::Alert(A::Compartment, r::compartment)] },
    Entry { mimic: Mimic::Rhabdomyolysis, rules: &[Rule::Alert(A::Rhabdo, r::rhabdomyolysis)] },
    Entry {
        mimic: Mimic::Tear,
        rules: &[
            Rule::Alert(A::Tear, r::tear),
            Rule::Flag(F::Weakness, r::weakness),
            Rule::Flag(F::SuddenStart, r::sudden_start),
            Rule::Flag(F::UnclearStart, r::unclear_start),
            Rule::Flag(F::SuddenWorsening, |a| a.sudden_worsening),
            Rule::Flag(F::HeelBruising, |a| a.heel_bruising),
            Rule::Flag(F::PreviousRupture, |a| a.previous_rupture),
        ],
    },
    Entry { mimic: Mimic::CalfClot, rules: &[Rule::Alert(A::Clot, r::clot), Rule::Flag(F::CalfPain, r::calf_pain)] },
    Entry {
        mimic: Mimic::Infection,
        rules: &[Rule::Alert(A::Infection, r::infection), Rule::Flag(F::InflamedHeel, r::inflamed_heel)],
    },
    Entry {
        mimic: Mimic::DiabeticFoot,
        rules: &[Rule::Alert(A::DiabeticFoot, r::diabetic_foot), Rule::Flag(F::Diabetes, |a| a.diabetes == Some(true))],
    },
    Entry { mimic: Mimic::Fracture, rules: &[Rule::Alert(A::CannotBearWeight, r::cannot_bear_weight)] },
    Entry {
        mimic: Mimic::Fluoroquinolone,
        rules: &[Rule::Alert(A::Medicine, r::fluoroquinolone_now), Rule::Flag(F::Fluoroquinolone, r::fluoroquinolone)],
    },
    Entry { mimic: Mimic::BoneStress, rules: &[Rule::Flag(F::StressFractureSigns, |a| a.heel_squeeze_pain)] },
    Entry {
        mimic: Mimic::ExertionalCalf,
        rules: &[Rule::Flag(F::ExertionalCalf, r::exertional_calf), Rule::Flag(F::BothCalves, r::lasting_calf_pain)],
    },
    Entry { mimic: Mimic::Enthesitis, rules: &[Rule::Flag(F::SystemicDisease, |a| a.systemic_disease)] },
    Entry { mimic: Mimic::Gout, rules: &[Rule::Flag(F::Gout, |a| a.gout == Some(true))] },
    Entry { mimic: Mimic::YoungChild, rules: &[Rule::Flag(F::YoungChild, r::young_child)] },
    Entry { mimic: Mimic::Severs, rules: &[Rule::Flag(F::UnderSixteen, r::severs_age)] },
    Entry {
        mimic: Mimic::NightPain,
        rules: &[Rule::Flag(F::NightPain, r::night_pain), Rule::Flag(F::RestPain, r::rest_pain)],
    },
    Entry {
        mimic: Mimic::Steroids,
        rules: &[Rule::Flag(F::Steroids, |a| a.steroids), Rule::Flag(F::SteroidInjection, |a| a.steroid_injection)],
    },
    Entry { mimic: Mimic::Fever, rules: &[Rule::Flag(F::InfectionSigns, |a| a.fever)] },
    Entry { mimic: Mimic::Sciatica, rules: &[Rule::Flag(F::SciaticPain, |a| a.pain_from_back)] },
];

impl Entry {
    /// The rule the entry's pair of vignettes is about.
    pub fn main_rule(&self) -> Rule {
        self.rules[0]
    }
}

/// The same-day alerts the answers raise, each with its signs, most urgent first.
pub fn alerts(a: &Answers) -> Vec<(Alert, Vec<&'static str>)> {
    let mut found: Vec<(Alert, Vec<&'static str>)> = CATALOGUE
        .iter()
        .flat_map(|e| e.rules)
        .filter_map(|rule| match rule {
            Rule::Alert(alert, signs) => Some((*alert, signs(a))).filter(|(_, s)| !s.is_empty()),
            Rule::Flag(..) => None,
        })
        .collect();
    super::super::sorting::sort_by_key(&mut found, |(alert, _)| *alert);
    found
}

/// The flags of every rule that fires, an alert's own flag included (unsorted).
pub fn flags(a: &Answers) -> Vec<Flag> {
    CATALOGUE.iter().flat_map(|e| e.rules).filter(|rule| rule.fires(a)).map(|rule| rule.flag()).collect()
}
