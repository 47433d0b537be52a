//! What the runner may do until they have been seen: the one answer that the result, its
//! advice, the loading gate, Today and the programme all read, so no screen advises what
//! another forbids.
//!
//! - Any same-day sign: nothing but rest and getting seen.
//! - A fever: no strenuous exercise of any kind, whatever the tendon (ESC 2020 guidelines
//!   on sports cardiology: exercise with a fever risks myocarditis).
//! - A sign that needs an examination before loading: no loading programme and no running
//!   until then (a possible bone stress injury must come off impact; Martin et al. 2018);
//!   numbness, an ankle that gives way, pain getting worse, pain of 8/10 or more, or night
//!   pain: no running until then either (content brief, return to activity).
//! - A fluoroquinolone with tendon symptoms: rest the leg (FDA label §5.2).
//! - Stretching the calf only where the pain is known to be mid-tendon and nothing needs an
//!   examination: never with a clot not ruled out, an unknown place or an insertional one
//!   (Pringels et al., BJSM 2025), a possible tear, or a fever.

use super::verdict::{Assessment, Flag, Location, Urgency};

/// Something advice can encourage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activity {
    /// Running, hopping or jumping.
    Run,
    /// Training that spares the tendon: cycling, swimming, the gym.
    CrossTrain,
    /// The tendon loading programme.
    Load,
    /// Stretching the calf.
    Stretch,
    /// Staying active rather than resting the leg.
    KeepMoving,
}

/// What is allowed until a clinician has looked (or for good, when nothing needs one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Allowed {
    pub run: bool,
    pub cross_train: bool,
    pub load: bool,
    pub stretch: bool,
    pub keep_moving: bool,
}

impl Allowed {
    pub fn permits(self, activity: Activity) -> bool {
        match activity {
            Activity::Run => self.run,
            Activity::CrossTrain => self.cross_train,
            Activity::Load => self.load,
            Activity::Stretch => self.stretch,
            Activity::KeepMoving => self.keep_moving,
        }
    }
}

pub fn allowed(a: &Assessment) -> Allowed {
    let same_day = a.urgency == Urgency::Emergency;
    // Without a same-day sign, this flag means a fever (the infection rule is same-day).
    let fever = a.has_flag(Flag::InfectionSigns);
    let exam_first = a.needs_exam_before_loading();
    let no_running = a.flags.iter().any(|f| f.stops_running());
    let rest_leg = same_day || a.has_flag(Flag::Fluoroquinolone);
    let train = !same_day && !fever;
    Allowed {
        run: train && !exam_first && !no_running,
        cross_train: train && !rest_leg,
        load: !exam_first,
        stretch: train && !exam_first && a.location == Location::Midportion,
        keep_moving: !rest_leg,
    }
}
