//! The player's timer arithmetic on a fake clock.

use super::*;
use crate::domain::exercises::{Dosage, ExerciseId};

fn hold(sets: u8, secs: u16, rest: u16) -> Prescription {
    Prescription {
        exercise: ExerciseId::CalfRaiseHold,
        dosage: Dosage { sets, effort: Effort::HoldSeconds(secs), rest_seconds: rest },
        note: String::new(),
    }
}

fn reps(sets: u8, n: u16, rest: u16) -> Prescription {
    Prescription {
        exercise: ExerciseId::CalfRaise,
        dosage: Dosage { sets, effort: Effort::Reps(n), rest_seconds: rest },
        note: String::new(),
    }
}

const T0: u64 = 1_700_000_000_000;
const S: u64 = 1000;

#[test]
fn a_hold_counts_down_from_timestamps_and_rests_from_its_true_end() {
    let mut p = Player::new(vec![hold(2, 45, 60)]);
    assert_eq!(p.stage, Stage::Ready);
    assert_eq!(p.remaining_ms(T0), None);
    p.start_set(T0);
    assert_eq!(p.remaining_ms(T0 + 10 * S), Some(35 * S));
    assert!(p.tick(T0 + 45 * S - 1).is_empty());
    // The tab was throttled: the next tick comes 20 s late. The rest still started
    // when the hold ended, so 40 s of it are left.
    assert_eq!(p.tick(T0 + 65 * S), vec![Cue::SetEnded]);
    assert_eq!(p.stage, Stage::Rest);
    assert_eq!(p.remaining_ms(T0 + 65 * S), Some(40 * S));
    assert_eq!(p.tick(T0 + 105 * S), vec![Cue::RestEnded]);
    assert_eq!((p.stage, p.set), (Stage::Ready, 2));
}

#[test]
fn pause_and_resume_keep_the_time_left() {
    let mut p = Player::new(vec![hold(1, 45, 60)]);
    p.start_set(T0);
    p.pause(T0 + 10 * S);
    assert!(p.is_paused());
    // Paused for five minutes: nothing moves.
    assert!(p.tick(T0 + 310 * S).is_empty());
    assert_eq!(p.remaining_ms(T0 + 310 * S), Some(35 * S));
    p.resume(T0 + 310 * S);
    assert_eq!(p.remaining_ms(T0 + 320 * S), Some(25 * S));
    assert_eq!(p.tick(T0 + 345 * S), vec![Cue::SetEnded, Cue::Finished]);
    assert_eq!(p.stage, Stage::Finished);
}

#[test]
fn a_reload_mid_hold_resumes_exactly() {
    let mut p = Player::new(vec![hold(3, 30, 30)]);
    p.start_set(T0);
    let saved = serde_json::to_string(&p).unwrap();
    // The page reloads; 12 s have passed in the real world.
    let mut q: Player = serde_json::from_str(&saved).unwrap();
    assert_eq!(q.remaining_ms(T0 + 12 * S), Some(18 * S));
    assert_eq!(q.tick(T0 + 30 * S), vec![Cue::SetEnded]);
    assert_eq!(q.stage, Stage::Rest);
}

#[test]
fn a_long_absence_stops_at_ready_instead_of_running_through_sets() {
    let mut p = Player::new(vec![hold(4, 45, 60)]);
    p.start_set(T0);
    assert_eq!(p.tick(T0 + 3600 * S), vec![Cue::SetEnded, Cue::RestEnded]);
    assert_eq!((p.stage, p.set), (Stage::Ready, 2));
    assert!(p.tick(T0 + 7200 * S).is_empty());
}

#[test]
fn reps_are_counted_by_taps_and_the_last_set_moves_on() {
    let mut p = Player::new(vec![reps(2, 3, 30), hold(1, 10, 10)]);
    p.start_set(T0);
    assert!(p.rep(T0 + S).is_empty());
    assert!(p.rep(T0 + 2 * S).is_empty());
    assert_eq!(p.rep(T0 + 3 * S), vec![Cue::SetEnded]);
    assert_eq!(p.stage, Stage::Rest);
    assert_eq!(p.remaining_ms(T0 + 13 * S), Some(20 * S));
    p.skip(T0 + 14 * S);
    assert_eq!((p.stage, p.set, p.item), (Stage::Ready, 2, 0));
    p.start_set(T0 + 20 * S);
    for i in 0..3 {
        p.rep(T0 + (21 + i) * S);
    }
    assert_eq!(p.stage, Stage::Rest);
    assert_eq!(p.tick(T0 + 60 * S), vec![Cue::RestEnded]);
    assert_eq!((p.stage, p.item, p.set), (Stage::Ready, 1, 1));
    p.start_set(T0 + 61 * S);
    assert_eq!(p.tick(T0 + 71 * S), vec![Cue::SetEnded, Cue::Finished]);
    assert_eq!(p.sets_done, vec![2, 1]);
}

#[test]
fn the_countdown_says_each_of_the_last_three_seconds_once() {
    // Readings four times a second, as the player's display takes them.
    let mut said = Vec::new();
    let mut before = Some(5_000);
    for left in (0..=4_750u64).rev().step_by(250) {
        said.extend(countdown(before, Some(left)));
        before = Some(left);
    }
    assert_eq!(said, vec![3, 2, 1]);
    // A reading that jumps over several seconds (a tab that slept) says only where it is.
    assert_eq!(countdown(Some(9_000), Some(1_500)), Some(2));
    assert_eq!(countdown(Some(9_000), Some(4_000)), None);
    // Nothing before the first reading, and nothing at zero: that is the change itself.
    assert_eq!(countdown(None, Some(2_500)), None);
    assert_eq!(countdown(Some(800), Some(0)), None);
}

#[test]
fn each_change_is_said_in_words() {
    let mut p = Player::new(vec![hold(2, 45, 90), reps(1, 15, 30)]);
    assert_eq!(p.start_set(T0), vec![Cue::SetStarted]);
    assert_eq!(p.words(Cue::SetStarted), "Set 1 of 2. Hold 45 seconds.");
    assert_eq!(p.tick(T0 + 45 * S), vec![Cue::SetEnded]);
    assert_eq!(p.words(Cue::SetEnded), "Set done. Rest 1 minute 30 seconds.");
    assert_eq!(p.tick(T0 + 135 * S), vec![Cue::RestEnded]);
    assert_eq!(p.words(Cue::RestEnded), "Rest over. Get ready: Calf raise hold, set 2 of 2.");
    p.start_set(T0 + 140 * S);
    p.tick(T0 + 185 * S);
    p.tick(T0 + 275 * S);
    assert_eq!(p.start_set(T0 + 280 * S), vec![Cue::SetStarted]);
    assert_eq!(p.words(Cue::SetStarted), "Set 1 of 1. 15 reps.");
    assert_eq!(p.words(Cue::Countdown(2)), "2");
    p.finish_early();
    assert_eq!(p.words(Cue::Finished), "Session done. Well done.");
    assert_eq!(spoken_duration(60), "1 minute");
    assert_eq!(spoken_duration(120), "2 minutes");
    assert_eq!(spoken_duration(1), "1 second");
}

#[test]
fn skipping_an_exercise_or_everything_finishes_cleanly() {
    let mut p = Player::new(vec![reps(3, 15, 60), reps(3, 15, 60)]);
    assert!(p.skip_exercise().is_empty());
    assert_eq!(p.item, 1);
    assert_eq!(p.skip_exercise(), vec![Cue::Finished]);
    assert_eq!(p.stage, Stage::Finished);
    assert!(p.skip(T0).is_empty());
    assert_eq!(Player::new(Vec::new()).stage, Stage::Finished);
}

#[test]
fn ending_early_keeps_the_sets_done() {
    let mut p = Player::new(vec![reps(3, 2, 30), reps(3, 2, 30)]);
    p.start_set(T0);
    p.rep(T0 + S);
    p.rep(T0 + 2 * S);
    assert_eq!(p.finish_early(), vec![Cue::Finished]);
    assert_eq!(p.sets_done, vec![1, 0]);
    assert!(p.finish_early().is_empty());
}

#[test]
fn a_session_replays_as_a_list_of_actions() {
    use PlayerAction::*;
    // Two holds of 30 s with 60 s rest, then 2 sets of 3 reps: what the buttons and the
    // clock do, in order, with the cues each brings.
    let mut p = Player::new(vec![hold(2, 30, 60), reps(2, 3, 30)]);
    let script = [
        (StartSet, 0, vec![Cue::SetStarted]),
        (Pause, 10, vec![]),
        (Tick, 60, vec![]),
        (Resume, 100, vec![]),
        // Paused 90 s after 10 s of holding: 20 s are left from 100 s.
        (Tick, 120, vec![Cue::SetEnded]),
        (Skip, 130, vec![]),
        (StartSet, 131, vec![Cue::SetStarted]),
        (Tick, 161, vec![Cue::SetEnded]),
        (Tick, 221, vec![Cue::RestEnded]),
    ];
    for (action, at, cues) in script {
        assert_eq!(p.apply(action, T0 + at * S), cues, "{action:?} at {at} s");
    }
    assert_eq!((p.item, p.stage), (1, Stage::Ready), "on to the reps");
    assert_eq!(p.apply(StartSet, T0 + 230 * S), vec![Cue::SetStarted]);
    assert!(p.apply(Rep, T0 + 232 * S).is_empty());
    assert_eq!(p.apply(NextExercise, T0 + 233 * S), vec![Cue::Finished]);
    assert_eq!(p.stage, Stage::Finished);
    assert!(p.apply(EndSession, T0 + 234 * S).is_empty(), "already finished");
}
