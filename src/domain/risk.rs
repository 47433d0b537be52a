//! Risk factors for Achilles trouble in runners (content brief; Lagas et al. 2020; van der
//! Vlist et al., BJSM 2019): which apply, which can be changed, and what helps with each.

use serde::{Deserialize, Serialize};

use super::exercises::ExerciseId;
use super::sorting;
use crate::domain::stored_names::stored_enum;

stored_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum RiskFactor {
        MileageJump = "mileage_jump",
        IntensityJump = "intensity_jump",
        ForefootSwitch = "forefoot_switch",
        ColdWeather = "cold_weather",
        TightCalf = "tight_calf",
        StiffBigToe = "stiff_big_toe",
        WeakCalf = "weak_calf",
        WeakHips = "weak_hips",
        AchillesPainLastYear = "achilles_pain_last_year",
        EarlierInjury = "earlier_injury",
        LongTermSteroids = "long_term_steroids",
        Fluoroquinolone = "fluoroquinolone",
        Male = "male",
        OlderAge = "older_age",
    }
}

/// A place in the app that helps, named by what it is (the UI knows its address).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpAt {
    Programme,
    RunLog,
    Exercise(ExerciseId),
}

/// Where the help for a factor lives in the app, or that a clinician is the help.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Help {
    /// A place in the app and its link text.
    InApp(HelpAt, &'static str),
    Clinician,
    Nothing,
}

impl RiskFactor {
    pub const GROUPS: [(&'static str, &'static [RiskFactor]); 4] = [
        (
            "Training",
            &[RiskFactor::MileageJump, RiskFactor::IntensityJump, RiskFactor::ForefootSwitch, RiskFactor::ColdWeather],
        ),
        ("Body", &[RiskFactor::TightCalf, RiskFactor::StiffBigToe, RiskFactor::WeakCalf, RiskFactor::WeakHips]),
        (
            "History and health",
            &[
                RiskFactor::AchillesPainLastYear,
                RiskFactor::EarlierInjury,
                RiskFactor::LongTermSteroids,
                RiskFactor::Fluoroquinolone,
            ],
        ),
        ("About you", &[RiskFactor::Male, RiskFactor::OlderAge]),
    ];

    pub fn question(self) -> &'static str {
        match self {
            Self::MileageJump => "My weekly distance went up quickly",
            Self::IntensityJump => "I added a lot of speed work or hills in a short time",
            Self::ForefootSwitch => "I switched to landing on my forefoot, or did so quickly",
            Self::ColdWeather => "I often train in the cold",
            Self::TightCalf => "My calf and heel cord feel tight; my knee barely passes my toes in a lunge",
            Self::StiffBigToe => "My big toe does not bend up easily",
            Self::WeakCalf => "I cannot do 20 single-leg heel raises on either leg",
            Self::WeakHips => "My hip and thigh muscles are weak (glutes, hip abductors, quadriceps)",
            Self::AchillesPainLastYear => "I had Achilles pain in the last 12 months",
            Self::EarlierInjury => "I have had plantar fasciitis, patellar tendinitis or a lower-leg fracture",
            Self::LongTermSteroids => "I take steroid tablets long-term, or had steroid injections",
            Self::Fluoroquinolone => "I take, or recently took, a fluoroquinolone antibiotic",
            Self::Male => "I am a man",
            Self::OlderAge => "I am in middle age or older",
        }
    }

    /// Whether the runner can do something about it.
    pub fn modifiable(self) -> bool {
        !matches!(self, Self::AchillesPainLastYear | Self::EarlierInjury | Self::Male | Self::OlderAge)
    }

    /// What helps, for this runner. `insertion_safe`: the pain is at the insertion or its
    /// place is unknown, so no stretching into dorsiflexion (Pringels et al., BJSM 2025).
    pub fn what_helps(self, insertion_safe: bool) -> &'static str {
        match self {
            Self::TightCalf if insertion_safe => {
                "Not stretching, while the pain is where the tendon meets the heel \
                bone (or you are not sure where): strength work through the range on flat ground, and a small heel \
                lift in \
                both shoes, help more."
            }
            Self::MileageJump => {
                "Raise distance gradually; the run log warns when a run is much longer than your \
                recent longest, or a week jumps by more than 30%."
            }
            Self::IntensityJump => "Add speed work and hills a little at a time, with easy days between.",
            Self::ForefootSwitch => "Change your landing over months, not weeks, and keep strengthening the calf.",
            Self::ColdWeather => "Warm up for longer and keep the lower legs warm.",
            Self::TightCalf => "Stretch the calf daily, for example with the wall stretch.",
            Self::StiffBigToe => "A physiotherapist can assess it and show you mobility work.",
            Self::WeakCalf => "Calf strength work: the exercise programme builds it step by step.",
            Self::WeakHips => "Hip and thigh strength work; a physiotherapist can set it up with you.",
            Self::AchillesPainLastYear => {
                "The strongest single predictor of new trouble. Keep up maintenance strength \
                work two or three times a week."
            }
            Self::EarlierInjury => {
                "Cannot be changed, but strength work and careful load changes lower the overall \
                risk."
            }
            Self::LongTermSteroids => "Talk to your doctor before hard training; steroids weaken tendons.",
            Self::Fluoroquinolone => {
                "These antibiotics make tendons more likely to tear: ease off hard exercise and \
                tell the prescriber about any tendon pain."
            }
            Self::Male => "Cannot be changed; the other factors matter more.",
            Self::OlderAge => "Cannot be changed; tendons respond to strength work at any age.",
        }
    }

    pub fn help(self, insertion_safe: bool) -> Help {
        match self {
            Self::TightCalf if insertion_safe => Help::InApp(HelpAt::Programme, "The exercise programme"),
            Self::MileageJump | Self::IntensityJump => Help::InApp(HelpAt::RunLog, "The run log and its load guard"),
            Self::ForefootSwitch | Self::WeakCalf | Self::AchillesPainLastYear | Self::EarlierInjury => {
                Help::InApp(HelpAt::Programme, "The exercise programme")
            }
            Self::TightCalf => Help::InApp(HelpAt::Exercise(ExerciseId::WallStretch), "The wall stretch"),
            Self::StiffBigToe | Self::WeakHips | Self::LongTermSteroids | Self::Fluoroquinolone => Help::Clinician,
            Self::ColdWeather | Self::Male | Self::OlderAge => Help::Nothing,
        }
    }
}

/// The factors the runner ticked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskProfile {
    pub factors: Vec<RiskFactor>,
}

impl RiskProfile {
    pub fn toggle(&mut self, factor: RiskFactor, on: bool) {
        self.factors.retain(|f| *f != factor);
        if on {
            self.factors.push(factor);
            sorting::sort(&mut self.factors);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_factor_is_asked_once_and_has_help() {
        let all: Vec<RiskFactor> = RiskFactor::GROUPS.iter().flat_map(|(_, f)| f.iter().copied()).collect();
        assert_eq!(all.len(), 14);
        let mut sorted = all.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), all.len());
        for f in all {
            for insertion_safe in [false, true] {
                assert!(!f.what_helps(insertion_safe).is_empty());
                // Every changeable factor points somewhere: the app or a clinician.
                if f.modifiable() && f != RiskFactor::ColdWeather {
                    assert_ne!(f.help(insertion_safe), Help::Nothing, "{f:?}");
                }
            }
        }
        assert!(!RiskFactor::AchillesPainLastYear.modifiable());
        assert!(RiskFactor::MileageJump.modifiable());
    }

    #[test]
    fn a_tight_calf_is_not_told_to_stretch_when_the_pain_may_be_insertional() {
        let f = RiskFactor::TightCalf;
        assert!(f.what_helps(false).contains("Stretch"));
        assert!(!f.what_helps(true).to_lowercase().contains("stretch the calf"));
        assert!(f.what_helps(true).contains("heel lift"));
        assert_ne!(f.help(true), Help::InApp(HelpAt::Exercise(ExerciseId::WallStretch), "The wall stretch"));
    }

    #[test]
    fn toggling_keeps_a_sorted_set() {
        let mut p = RiskProfile::default();
        p.toggle(RiskFactor::WeakCalf, true);
        p.toggle(RiskFactor::MileageJump, true);
        p.toggle(RiskFactor::WeakCalf, true);
        assert_eq!(p.factors, vec![RiskFactor::MileageJump, RiskFactor::WeakCalf]);
        p.toggle(RiskFactor::MileageJump, false);
        assert_eq!(p.factors, vec![RiskFactor::WeakCalf]);
    }
}
