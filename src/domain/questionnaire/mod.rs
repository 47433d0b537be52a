//! The "Check my heel" questionnaire as a plain state machine: which step comes next, which
//! steps this runner needs, which questions still need an answer, and when to stop asking.
//! The tear questions come first and any same-day sign ends the questionnaire at once: a
//! runner with a torn tendon should not be reading about hills.
//!
//! A question that can raise the urgency has no answer until the runner gives one: a
//! runner who taps Next without reading is told what is unanswered instead of passing the
//! most important screen as if they had said "no" (clinical review, finding 6).

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::triage::catalogue::rules::nerve_sign;
use super::triage::{assess, recent_sudden_start, AfterTear, Alert, Answers, Onset, PainLocation, Urgency, Worsening};
use crate::domain::stored_names::stored_enum;

stored_enum! {
    /// One page of questions on one topic, then a review page. Ordered as they are asked;
    /// checks saved before a page existed compare by this order (`HeelCheck::asked`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
    pub enum Step {
        #[default]
        RuptureSigns = "rupture_signs",
        Onset = "onset",
        /// The calf squeeze and Matles tests, only after an older sudden start or an unclear one.
        PartnerTest = "partner_test",
        Location = "location",
        Symptoms = "symptoms",
        Calf = "calf",
        RedFlags = "red_flags",
        /// Follow-up questions for the warning signs ticked: when and how a pain got worse,
        /// weight loss with rest pain, periods with a sore heel bone, and the nerves.
        Details = "details",
        Health = "health",
        TrainingChanges = "training_changes",
        /// "Check your answers" before the result.
        Review = "review",
    }
}

stored_enum! {
    /// A question that must be answered on purpose before its page can be left. Lists ("tick
    /// any that apply") count as answered once anything, "None of these" included, is ticked.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum Question {
        PopOrSnap = "pop_or_snap",
        FeltKicked = "felt_kicked",
        GapInTendon = "gap_in_tendon",
        FourSteps = "four_steps",
        HeelBruising = "heel_bruising",
        Side = "side",
        Onset = "onset",
        AgeBand = "age_band",
        PainLocation = "pain_location",
        CalfSqueeze = "calf_squeeze",
        FootHang = "foot_hang",
        WorstPain = "worst_pain",
        HeelRaise = "heel_raise",
        SymptomList = "symptom_list",
        CalfPain = "calf_pain",
        CalfSwollen = "calf_swollen",
        CalfWarmOrRed = "calf_warm_or_red",
        ClotRiskList = "clot_risk_list",
        BreathlessOrChestPain = "breathless_or_chest_pain",
        RedFlagList = "red_flag_list",
        Fluoroquinolone = "fluoroquinolone",
        SteroidTablets = "steroid_tablets",
        SteroidInjection = "steroid_injection",
        PreviousRupture = "previous_rupture",
        /// Older drafts' one question for diabetes, psoriasis, bowel disease, gout and arthritis;
        /// now [`Question::ConditionList`].
        SystemicDisease = "systemic_disease",
        Weeks = "weeks",
        Age = "age",
        LowerLegSwollen = "lower_leg_swollen",
        CalfTense = "calf_tense",
        CalfExertional = "calf_exertional",
        FootPaleOrNumb = "foot_pale_or_numb",
        WorseningWeeks = "worsening_weeks",
        WorseningHow = "worsening_how",
        WeightLossOrCancer = "weight_loss_or_cancer",
        LowEnergy = "low_energy",
        NervesBothLegs = "nerves_both_legs",
        NervesWorse = "nerves_worse",
        BackPain = "back_pain",
        SaddleNumbness = "saddle_numbness",
        BladderOrBowel = "bladder_or_bowel",
        FluoroquinoloneNow = "fluoroquinolone_now",
        InjectionNewOrWorse = "injection_new_or_worse",
        ConditionList = "condition_list",
        FootWarmRedSwollen = "foot_warm_red_swollen",
        FootWound = "foot_wound",
        DarkUrine = "dark_urine",
        RednessSpreading = "redness_spreading",
        PushOffLost = "push_off_lost",
        WoundProblem = "wound_problem",
    }
}

impl Question {
    /// The most urgent alert a yes here can raise on its own, for the questions whose alert
    /// is more urgent than a tear's or a clot's (`Draft::advance` asks them before those).
    pub fn could_raise(self) -> Option<Alert> {
        match self {
            Self::BreathlessOrChestPain => Some(Alert::CallEmergencyNumber),
            Self::NervesBothLegs | Self::NervesWorse | Self::BackPain | Self::SaddleNumbness | Self::BladderOrBowel => {
                Some(Alert::Nerves)
            }
            Self::CalfTense => Some(Alert::Compartment),
            Self::DarkUrine => Some(Alert::Rhabdo),
            _ => None,
        }
    }

    /// The question in a few words, for "Please answer: …".
    pub fn short(self) -> &'static str {
        match self {
            Self::PopOrSnap => "a pop or snap",
            Self::FeltKicked => "a kicked feeling",
            Self::GapInTendon => "a gap in the tendon",
            Self::FourSteps => "four steps",
            Self::HeelBruising => "bruising",
            Self::Side => "which leg",
            Self::Onset => "how it started",
            Self::AgeBand => "your age",
            Self::PainLocation => "where it hurts",
            Self::CalfSqueeze => "the calf squeeze",
            Self::FootHang => "how the foot hangs",
            Self::WorstPain => "worst pain",
            Self::HeelRaise => "rising on your toes",
            Self::SymptomList => "how it feels (or \"None of these\")",
            Self::CalfPain => "a sore calf",
            Self::CalfSwollen => "a swollen calf",
            Self::CalfWarmOrRed => "a warm or red calf",
            Self::ClotRiskList => "clot risks (or \"None of these\")",
            Self::BreathlessOrChestPain => "breathlessness or chest pain",
            Self::RedFlagList => "the warning signs (or \"None of these\")",
            Self::Fluoroquinolone => "antibiotics",
            Self::SteroidTablets => "steroid tablets",
            Self::SteroidInjection => "a steroid injection",
            Self::PreviousRupture => "an earlier tear",
            Self::SystemicDisease | Self::ConditionList => "other conditions (or \"None of these\")",
            Self::Weeks => "how many weeks ago",
            Self::Age => "your age",
            Self::LowerLegSwollen => "a puffy ankle or lower leg",
            Self::CalfTense => "a hard, tight calf",
            Self::CalfExertional => "calf pain on runs",
            Self::FootPaleOrNumb => "a pale or numb foot",
            Self::WorseningWeeks => "when it got worse",
            Self::WorseningHow => "how it got worse",
            Self::WeightLossOrCancer => "weight loss or cancer",
            Self::LowEnergy => "periods and eating",
            Self::NervesBothLegs => "both legs",
            Self::NervesWorse => "spreading or getting worse",
            Self::BackPain => "back pain",
            Self::SaddleNumbness => "saddle numbness",
            Self::BladderOrBowel => "bladder or bowels",
            Self::FluoroquinoloneNow => "still taking the antibiotic",
            Self::InjectionNewOrWorse => "since the injection",
            Self::FootWarmRedSwollen => "a warm, red or swollen foot",
            Self::FootWound => "a wound on the foot",
            Self::DarkUrine => "dark urine",
            Self::RednessSpreading => "spreading redness",
            Self::PushOffLost => "push-off lost",
            Self::WoundProblem => "the wound",
        }
    }
}

impl Step {
    /// Every question page, in order (the review page is not counted). Some are shown
    /// only to some runners: see [`Step::applies`].
    pub const QUESTIONS: [Step; 10] = [
        Step::RuptureSigns,
        Step::Onset,
        Step::PartnerTest,
        Step::Location,
        Step::Symptoms,
        Step::Calf,
        Step::RedFlags,
        Step::Details,
        Step::Health,
        Step::TrainingChanges,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Step::RuptureSigns => "Signs of a tear",
            Step::Onset => "When it started",
            Step::PartnerTest => "A check with a friend",
            Step::Location => "Where it hurts",
            Step::Symptoms => "How it feels",
            Step::Calf => "Your calf",
            Step::RedFlags => "Other warning signs",
            Step::Details => "More about those signs",
            Step::Health => "Medicines and health",
            Step::TrainingChanges => "Recent training",
            Step::Review => "Check your answers",
        }
    }

    /// Whether this page is asked, given the answers so far. The partner tests follow a
    /// sudden start too old to be a same-day sign by itself, or an unclear start (Maffulli
    /// 1998: squeeze sensitivity 0.96, Matles 0.88); a recent sudden start is already a
    /// same-day sign and goes straight to the alert.
    pub fn applies(self, a: &Answers) -> bool {
        match self {
            Step::PartnerTest => match a.onset {
                Onset::Sudden => !recent_sudden_start(a),
                Onset::Unsure => true,
                Onset::Gradual => false,
            },
            Step::Details => a.sudden_worsening || a.rest_pain || a.heel_squeeze_pain || nerve_sign(a),
            _ => true,
        }
    }

    /// The questions on this page that need an answer before leaving it.
    pub fn required(self, a: &Answers) -> Vec<Question> {
        use Question as Q;
        match self {
            Step::RuptureSigns => {
                let mut q = vec![Q::PopOrSnap, Q::FeltKicked, Q::GapInTendon, Q::FourSteps, Q::HeelBruising];
                // During the pathway after a tear: a re-rupture, and the wound after surgery.
                if a.after_tear != AfterTear::No {
                    q.push(Q::PushOffLost);
                }
                if a.after_tear == AfterTear::Operated {
                    q.push(Q::WoundProblem);
                }
                q
            }
            Step::Onset => vec![Q::Side, Q::Onset, Q::Weeks, Q::Age],
            Step::PartnerTest => vec![Q::CalfSqueeze, Q::FootHang],
            Step::Location => vec![Q::PainLocation],
            Step::TrainingChanges | Step::Review => Vec::new(),
            Step::Symptoms => vec![Q::WorstPain, Q::HeelRaise, Q::SymptomList],
            Step::Calf => {
                let mut q = vec![Q::CalfPain, Q::CalfSwollen, Q::CalfWarmOrRed, Q::LowerLegSwollen];
                if calf_concern(a) {
                    q.extend([
                        Q::ClotRiskList,
                        Q::BreathlessOrChestPain,
                        Q::CalfTense,
                        Q::CalfExertional,
                        Q::DarkUrine,
                    ]);
                    if a.calf_exertional {
                        q.push(Q::FootPaleOrNumb);
                    }
                }
                q
            }
            Step::RedFlags => vec![Q::RedFlagList],
            Step::Details => {
                let mut q = Vec::new();
                if a.sudden_worsening {
                    q.extend([Q::WorseningWeeks, Q::WorseningHow]);
                }
                if a.rest_pain {
                    q.push(Q::WeightLossOrCancer);
                }
                if a.heel_squeeze_pain {
                    q.push(Q::LowEnergy);
                }
                if a.redness_or_heat {
                    q.push(Q::RednessSpreading);
                }
                if nerve_sign(a) {
                    q.extend([Q::NervesBothLegs, Q::NervesWorse, Q::BackPain, Q::SaddleNumbness, Q::BladderOrBowel]);
                }
                q
            }
            Step::Health => {
                let mut q = vec![Q::Fluoroquinolone];
                if a.fluoroquinolone {
                    q.push(Q::FluoroquinoloneNow);
                }
                q.extend([Q::SteroidTablets, Q::SteroidInjection]);
                if a.steroid_injection {
                    q.push(Q::InjectionNewOrWorse);
                }
                q.extend([Q::PreviousRupture, Q::ConditionList]);
                if a.diabetes == Some(true) {
                    q.extend([Q::FootWarmRedSwollen, Q::FootWound]);
                }
                q
            }
        }
    }
}

/// Any calf sign, or a leg held still in a boot or after an operation (a clot can then
/// reach the lung with little in the calf): the clot risks and the breathing are asked.
pub fn calf_concern(a: &Answers) -> bool {
    a.calf_pain
        || a.calf_swollen
        || a.calf_warm_or_red
        || a.lower_leg_swollen
        || a.pain_location == PainLocation::Calf
        || a.after_tear != AfterTear::No
}

/// Where "Next" leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Advance {
    To(Step),
    /// A same-day sign was answered: stop asking and show the alert now.
    Alert,
    /// The review page was confirmed: compute and save the result.
    Finish,
    /// Questions on this page still need an answer; the page stays.
    Unanswered(Vec<Question>),
}

/// A questionnaire in progress. Saved on every change so a reload resumes it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    pub step: Step,
    pub answers: Answers,
    /// The questions answered on purpose. Absent in drafts saved before it existed, whose
    /// questions then ask again.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub answered: BTreeSet<Question>,
    /// The questions a refused "Next" named, until each is answered. Not saved: after a
    /// reload the page simply asks again.
    #[serde(skip)]
    pub missing: Vec<Question>,
}

impl Draft {
    /// Records that a question was answered by the runner.
    pub fn mark(&mut self, question: Question) {
        self.answered.insert(question);
        self.missing.retain(|q| *q != question);
    }

    pub fn is_answered(&self, question: Question) -> bool {
        self.answered.contains(&question)
    }

    /// The current page's questions that still need an answer.
    pub fn unanswered(&self) -> Vec<Question> {
        self.step.required(&self.answers).into_iter().filter(|q| !self.is_answered(*q)).collect()
    }

    /// The pages this runner is asked, in order (changes as the answers do).
    pub fn pages(&self) -> Vec<Step> {
        Step::QUESTIONS.into_iter().filter(|s| s.applies(&self.answers)).collect()
    }

    /// 1-based position of the current page among [`Draft::pages`]; `None` on the review.
    pub fn position(&self) -> Option<usize> {
        self.pages().iter().position(|s| *s == self.step).map(|i| i + 1)
    }

    /// Moves on from the current step: any same-day sign, whenever it is answered, goes
    /// straight to the alert; otherwise refused while a question is unanswered.
    pub fn advance(&mut self) -> Advance {
        // A same-day sign never waits for the rest of the page: an unanswered question can
        // only add to the alert, never take it away (the engine is monotone). A follow-up
        // this draft has yet to ask is not an unknown to read the safer way: it will be
        // asked, so it does not raise the alert on its own (`provisional`).
        let now = assess(&self.provisional());
        if now.urgency == Urgency::Emergency {
            // Still, a question on this page that could raise a more urgent alert is asked
            // first: a clot must not hide a clot in the lung (the independent clinical review).
            let more_urgent = |q: &Question| q.could_raise().is_some_and(|x| Some(x) < now.alert());
            let pending: Vec<Question> = self.unanswered().into_iter().filter(more_urgent).collect();
            if !pending.is_empty() {
                self.missing = pending.clone();
                return Advance::Unanswered(pending);
            }
            self.missing.clear();
            return Advance::Alert;
        }
        let missing = self.unanswered();
        if !missing.is_empty() {
            self.missing = missing.clone();
            return Advance::Unanswered(missing);
        }
        self.missing.clear();
        if self.step == Step::Review {
            return Advance::Finish;
        }
        self.step =
            Step::QUESTIONS.into_iter().find(|s| *s > self.step && s.applies(&self.answers)).unwrap_or(Step::Review);
        Advance::To(self.step)
    }

    /// The answers as they stand mid-check: each follow-up not answered yet is read as its
    /// least worrying answer, since the check will still ask it. Rules read "not asked" the
    /// safer way only in a check that ended without asking (an older check, or one that
    /// stopped at an alert).
    pub fn provisional(&self) -> Answers {
        let mut a = self.answers.clone();
        let pending = |q: Question| !self.is_answered(q);
        for (question, field) in [
            (Question::NervesBothLegs, &mut a.nerves_both_legs),
            (Question::NervesWorse, &mut a.nerves_worse),
            (Question::BackPain, &mut a.back_pain),
            (Question::SaddleNumbness, &mut a.saddle_numbness),
            (Question::BladderOrBowel, &mut a.bladder_or_bowel),
            (Question::WeightLossOrCancer, &mut a.weight_loss_or_cancer),
            (Question::LowEnergy, &mut a.low_energy),
            (Question::FootPaleOrNumb, &mut a.foot_pale_or_numb),
            (Question::FluoroquinoloneNow, &mut a.fluoroquinolone_now),
            (Question::InjectionNewOrWorse, &mut a.injection_new_or_worse),
            (Question::FootWarmRedSwollen, &mut a.foot_warm_red_swollen),
            (Question::FootWound, &mut a.foot_wound),
            (Question::RednessSpreading, &mut a.redness_spreading),
        ] {
            if pending(question) {
                *field = Some(false);
            }
        }
        if pending(Question::ConditionList) {
            a.diabetes.get_or_insert(false);
            a.gout.get_or_insert(false);
        }
        if pending(Question::WorseningHow) {
            a.worsening_how = Worsening::NoParticularMoment;
        }
        a
    }

    /// Goes back one page, keeping every answer. `false` on the first page.
    pub fn back(&mut self) -> bool {
        match Step::QUESTIONS.into_iter().rev().find(|s| *s < self.step && s.applies(&self.answers)) {
            Some(p) => {
                self.step = p;
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests;
