//! The "Check my heel" questionnaire as a plain state machine: which step comes next, and
//! when to stop asking. The rupture questions come first and any sign of a tear ends the
//! questionnaire at once: a runner with a torn tendon should not be reading about hills.

use serde::{Deserialize, Serialize};

use super::triage::{rupture_signs, Answers};

/// One page of questions on one topic, then a review page. Ordered as they are asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    #[default]
    RuptureSigns,
    Onset,
    Location,
    Symptoms,
    RedFlags,
    TrainingChanges,
    /// "Check your answers" before the result.
    Review,
}

impl Step {
    /// The question pages, in order (the review page is not counted).
    pub const QUESTIONS: [Step; 6] =
        [Step::RuptureSigns, Step::Onset, Step::Location, Step::Symptoms, Step::RedFlags, Step::TrainingChanges];

    /// 1-based position for "Step 2 of 6"; `None` for the review page.
    pub fn number(self) -> Option<usize> {
        Self::QUESTIONS.iter().position(|s| *s == self).map(|i| i + 1)
    }

    pub fn title(self) -> &'static str {
        match self {
            Step::RuptureSigns => "Signs of a tear",
            Step::Onset => "When it started",
            Step::Location => "Where it hurts",
            Step::Symptoms => "How it feels",
            Step::RedFlags => "Other warning signs",
            Step::TrainingChanges => "Recent training",
            Step::Review => "Check your answers",
        }
    }

    fn next(self) -> Step {
        match self.number() {
            Some(n) if n < Self::QUESTIONS.len() => Self::QUESTIONS[n],
            _ => Step::Review,
        }
    }

    fn previous(self) -> Option<Step> {
        match self.number() {
            Some(1) => None,
            Some(n) => Some(Self::QUESTIONS[n - 2]),
            None => Some(Step::TrainingChanges),
        }
    }
}

/// Where "Next" leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Advance {
    To(Step),
    /// A rupture sign was answered: stop asking and show the emergency result now.
    Alert,
    /// The review page was confirmed: compute and save the result.
    Finish,
}

/// A questionnaire in progress. Saved on every change so a reload resumes it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    pub step: Step,
    pub answers: Answers,
}

impl Draft {
    /// Moves on from the current step. Any rupture sign, whenever it is answered (the pop
    /// on page 1, or a sudden start with no heel raise on page 4), goes straight to the alert.
    pub fn advance(&mut self) -> Advance {
        if !rupture_signs(&self.answers).is_empty() {
            return Advance::Alert;
        }
        if self.step == Step::Review {
            return Advance::Finish;
        }
        self.step = self.step.next();
        Advance::To(self.step)
    }

    /// Goes back one page, keeping every answer. `false` on the first page.
    pub fn back(&mut self) -> bool {
        match self.step.previous() {
            Some(p) => {
                self.step = p;
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::triage::{HeelRaise, Onset};

    #[test]
    fn walks_all_six_steps_then_review_then_finish() {
        let mut d = Draft::default();
        let mut seen = vec![d.step.number()];
        while let Advance::To(step) = d.advance() {
            seen.push(step.number());
        }
        assert_eq!(seen, vec![Some(1), Some(2), Some(3), Some(4), Some(5), Some(6), None]);
        assert_eq!(d.step, Step::Review);
        assert_eq!(d.advance(), Advance::Finish);
    }

    #[test]
    fn a_pop_on_page_one_goes_straight_to_the_alert() {
        let mut d = Draft::default();
        d.answers.pop_or_snap = true;
        assert_eq!(d.advance(), Advance::Alert);
        assert_eq!(d.step, Step::RuptureSigns);
    }

    #[test]
    fn sudden_start_without_heel_raise_alerts_after_the_symptoms_page() {
        let mut d = Draft { step: Step::Symptoms, ..Default::default() };
        d.answers.onset = Onset::Sudden;
        d.answers.single_leg_heel_raise = HeelRaise::Cannot;
        assert_eq!(d.advance(), Advance::Alert);
    }

    #[test]
    fn back_keeps_answers_and_stops_at_the_first_page() {
        let mut d = Draft { step: Step::Review, ..Default::default() };
        d.answers.weeks_since_onset = 9;
        assert!(d.back());
        assert_eq!(d.step, Step::TrainingChanges);
        while d.back() {}
        assert_eq!(d.step, Step::RuptureSigns);
        assert_eq!(d.answers.weeks_since_onset, 9);
    }
}
