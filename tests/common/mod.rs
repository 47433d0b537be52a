//! Helpers shared by the test crates: each uses only some of them.
#![allow(dead_code)]

use std::path::PathBuf;

use achilles::domain::pain::PainScore;
use achilles::domain::triage::*;
use proptest::prelude::*;

const ONSETS: [Onset; 3] = [Onset::Gradual, Onset::Sudden, Onset::Unsure];
const AGES: [AgeBand; 4] = [AgeBand::NotAsked, AgeBand::Under16, AgeBand::Adult, AgeBand::SixtyPlus];
const SQUEEZES: [CalfSqueeze; 5] = [
    CalfSqueeze::NotDone,
    CalfSqueeze::FootMoved,
    CalfSqueeze::FootDidNotMove,
    CalfSqueeze::NotSure,
    CalfSqueeze::NoOneToHelp,
];
const HANGS: [FootHang; 5] =
    [FootHang::NotDone, FootHang::SameAsOther, FootHang::MoreUpright, FootHang::NotSure, FootHang::NoOneToHelp];
const RAISES: [HeelRaise; 3] = [HeelRaise::Easy, HeelRaise::Painful, HeelRaise::Cannot];
const SIDES: [Side; 3] = [Side::Left, Side::Right, Side::Both];
/// Each side of every age boundary (8, 16, 60), and not asked.
const AGE_YEARS: [Option<u8>; 9] = [None, Some(5), Some(7), Some(8), Some(15), Some(16), Some(59), Some(60), Some(80)];
/// Each side of the 4-week boundary, and not asked.
const WORSENING_WEEKS: [Option<u32>; 5] = [None, Some(0), Some(4), Some(5), Some(30)];
const WORSENINGS: [Worsening; 4] =
    [Worsening::NotAsked, Worsening::DuringActivity, Worsening::NoParticularMoment, Worsening::NotSure];

/// Any valid set of questionnaire answers.
pub fn any_answers() -> impl Strategy<Value = Answers> {
    (
        (0usize..3, 0usize..3, 0u32..200, 0usize..4, 0u8..=10, 0usize..3),
        proptest::collection::vec(any::<bool>(), 40),
        proptest::collection::vec(proptest::sample::select(TrainingChange::ALL.to_vec()), 0..6),
        (0usize..4, 0usize..5, 0usize..5),
        proptest::collection::vec(proptest::sample::select(ClotRisk::ALL.to_vec()), 0..3),
        proptest::collection::vec(proptest::sample::select(vec![None, Some(false), Some(true)]), 16),
        (
            proptest::sample::select(AGE_YEARS.to_vec()),
            proptest::sample::select(WORSENING_WEEKS.to_vec()),
            proptest::sample::select(WORSENINGS.to_vec()),
            proptest::sample::select(vec![AfterTear::No, AfterTear::Boot, AfterTear::Operated]),
        ),
    )
        .prop_map(|((side, onset, weeks, loc, pain, raise), b, changes, (age, squeeze, hang), risks, o, newer)| {
            let older = Answers {
                side: SIDES[side],
                onset: ONSETS[onset],
                weeks_since_onset: weeks,
                pain_location: [
                    PainLocation::Midportion,
                    PainLocation::Insertion,
                    PainLocation::Calf,
                    PainLocation::Unsure,
                ][loc],
                worst_pain: PainScore::new(pain).unwrap(),
                pop_or_snap: b[0],
                felt_kicked: b[1],
                gap_in_tendon: b[2],
                single_leg_heel_raise: RAISES[raise],
                morning_stiffness: b[3],
                warmup_effect: b[4],
                pain_on_push_off: b[5],
                swelling: b[6],
                tender_to_touch: b[7],
                redness_or_heat: b[8],
                fever: b[9],
                numbness_or_tingling: b[10],
                instability: b[11],
                getting_worse: b[12],
                other_body_aches: b[13],
                fluoroquinolone: b[14],
                steroids: b[15],
                recent_changes: changes,
                age_band: AGES[age],
                cannot_take_four_steps: b[19],
                heel_bruising: b[20],
                calf_squeeze: SQUEEZES[squeeze],
                foot_hang: HANGS[hang],
                calf_pain: b[21],
                calf_swollen: b[22],
                calf_warm_or_red: b[23],
                clot_risks: risks,
                breathless_or_chest_pain: b[24],
                steroid_injection: b[25],
                previous_rupture: b[26],
                systemic_disease: b[27],
                night_pain: b[28],
                heel_squeeze_pain: b[30],
                sudden_worsening: b[29],
                ..Answers::default()
            };
            with_follow_ups(older, &b, &o, newer)
        })
}

/// The answers the catalogue added (ages in years, the follow-ups), from the generated
/// yes/no answers past the 31st, the follow-ups (no / not asked / yes) and the rest.
fn with_follow_ups(
    a: Answers,
    b: &[bool],
    o: &[Option<bool>],
    newer: (Option<u8>, Option<u32>, Worsening, AfterTear),
) -> Answers {
    Answers {
        age_years: newer.0,
        worsening_weeks: newer.1,
        worsening_how: newer.2,
        rest_pain: b[31],
        weight_loss_or_cancer: o[0],
        low_energy: o[1],
        leg_weakness: b[32],
        nerves_both_legs: o[2],
        nerves_worse: o[3],
        back_pain: o[4],
        saddle_numbness: o[5],
        bladder_or_bowel: o[6],
        lower_leg_swollen: b[33],
        calf_tense: b[34],
        calf_exertional: b[35],
        foot_pale_or_numb: o[7],
        fluoroquinolone_now: o[8],
        injection_new_or_worse: o[9],
        diabetes: o[10],
        gout: o[11],
        foot_warm_red_swollen: o[12],
        foot_wound: o[13],
        redness_spreading: o[14],
        dark_urine: b[36],
        pain_from_back: b[37],
        after_tear: newer.3,
        push_off_lost: b[38],
        wound_problem: b[39],
        ..a
    }
}

/// Every `.json` file in a folder under `tests/`, sorted, for the file-driven harnesses
/// (adding a file adds a case). Panics with the folder's name if it cannot be listed.
pub fn json_files(folder: &str) -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join(folder);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

/// A file's name without its extension, as a test name.
pub fn case_name(path: &std::path::Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}
