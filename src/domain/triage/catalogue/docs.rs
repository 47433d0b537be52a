//! The catalogue's documentation: for each condition, what the check asks, the rule, what
//! the runner is told, the source, and its pair of vignettes in `tests/vignettes/`. Read
//! by the tests (`tests/vignettes.rs` runs each pair; the README's table must match
//! [`markdown_table`]), never by the app.

use super::{Mimic, CATALOGUE};

/// One condition, as a reviewer reads it.
pub struct Doc {
    pub name: &'static str,
    /// The questions or answers that detect it.
    pub asks: &'static str,
    pub rule: &'static str,
    /// The urgency, and the alert where there is one.
    pub care: &'static str,
    /// The advice and its don'ts.
    pub told: &'static str,
    pub source: &'static str,
    /// The vignette (file name without `.json`) that must fire the entry's first rule…
    pub fires: &'static str,
    /// …and its look-alike, which must not.
    pub twin: &'static str,
}

impl Mimic {
    pub fn doc(self) -> &'static Doc {
        match self {
            Mimic::LungClot => &LUNG_CLOT,
            Mimic::SpinalNerves => &SPINAL_NERVES,
            Mimic::CompartmentSyndrome => &COMPARTMENT_SYNDROME,
            Mimic::Rhabdomyolysis => &RHABDOMYOLYSIS,
            Mimic::Tear => &TEAR,
            Mimic::CalfClot => &CALF_CLOT,
            Mimic::Infection => &INFECTION,
            Mimic::DiabeticFoot => &DIABETIC_FOOT,
            Mimic::Fracture => &FRACTURE,
            Mimic::Fluoroquinolone => &FLUOROQUINOLONE,
            Mimic::BoneStress => &BONE_STRESS,
            Mimic::ExertionalCalf => &EXERTIONAL_CALF,
            Mimic::Enthesitis => &ENTHESITIS,
            Mimic::Gout => &GOUT,
            Mimic::YoungChild => &YOUNG_CHILD,
            Mimic::Severs => &SEVERS,
            Mimic::NightPain => &NIGHT_PAIN,
            Mimic::Steroids => &STEROIDS,
            Mimic::Fever => &FEVER,
            Mimic::Sciatica => &SCIATICA,
        }
    }
}

const LUNG_CLOT: Doc = Doc {
    name: "A clot that may have reached the lungs",
    asks: "breathless or chest pain (asked after any calf sign)",
    rule: "breathlessness or chest pain with a calf problem; counts alone",
    care: "**call the emergency number now** (`call_emergency_number`), the number of the runner's country, \
    tap to call",
    told: "sit still, do not drive yourself; do not massage or stretch the calf",
    source: "NHS; NICE NG158",
    fires: "65-swollen-calf-and-short-of-breath",
    twin: "66-swollen-calf-breathing-normal",
};

const SPINAL_NERVES: Doc = Doc {
    name: "Pressure on the nerves in the spine (cauda equina), Guillain–Barré",
    asks: "numbness or tingling, or a weak foot or leg; then: both legs, getting worse, back pain, saddle \
    numbness, bladder or bowel trouble",
    rule: "a nerve sign with saddle numbness or bladder or bowel trouble, or in both legs and getting worse \
    or with back pain (both legs not asked: read from the side; getting worse not asked: assumed). A weak foot \
    or leg on one side getting worse: same day",
    care: "**emergency department now** (`nerves`); a foot getting weaker: **same day** (`weak_foot`)",
    told: "go now, do not wait for an appointment; call the emergency number if you cannot get there",
    source: "NICE CKS Sciatica, red flags; GIRFT/BASS cauda equina pathway 2023",
    fires: "67-both-legs-numb-and-weak-getting-worse",
    twin: "68-one-foot-tingling-steady",
};

const COMPARTMENT_SYNDROME: Doc = Doc {
    name: "Acute compartment syndrome of the calf",
    asks: "after a calf sign: the calf hard and tight, the pain far worse than expected",
    rule: "a hard, tight calf with pain out of proportion",
    care: "**emergency department now** (`compartment`)",
    told: "loosen tight socks or tape; do not raise the leg high, massage it or walk it off",
    source: "BOAST 10, diagnosis and management of compartment syndrome of the limbs (2016)",
    fires: "69-hard-tight-calf-after-a-race",
    twin: "70-both-calves-cramped-after-a-race",
};

const RHABDOMYOLYSIS: Doc = Doc {
    name: "Exertional rhabdomyolysis (muscle breakdown)",
    asks: "after any calf sign: dark (tea or cola coloured) urine, or much less",
    rule: "sore calves with dark urine or much less of it",
    care: "**same day** (`rhabdo`): blood tests for the kidneys",
    told: "drink water, stop exercise, no ibuprofen; call the emergency number with very little urine or \
    confusion",
    source: "ACSM expert consensus on exertional rhabdomyolysis (2017); independent clinical review",
    fires: "111-calves-sore-and-dark-urine-after-an-ultra",
    twin: "112-calves-sore-after-an-ultra-urine-normal",
};

const SCIATICA: Doc = Doc {
    name: "Sciatica (an S1 nerve root in the back)",
    asks: "pain spreading down from the back or buttock into the calf or heel",
    rule: "that answer",
    care: "see a clinician, no loading until then; with a nerve sign in both legs, the spinal nerves rule",
    told: "it may come from the back, not the tendon",
    source: "NICE CKS Sciatica; independent clinical review",
    fires: "113-pain-from-the-buttock-to-the-heel",
    twin: "114-heel-pain-nothing-from-the-back",
};

const TEAR: Doc = Doc {
    name: "Achilles rupture or partial tear, acute on chronic included",
    asks: "pop, kicked feeling, gap, sudden start with its weeks, single-leg tiptoe, calf squeeze, foot \
    hang; a long-standing pain suddenly much worse, then when and how; bruising; a tear before; during the \
    pathway after a tear, a sudden loss of push-off",
    rule: "any tear sign; a sudden start within 4 weeks whatever the tiptoe, or an unclear one with no \
    tiptoe and no normal calf squeeze; a long-standing pain much worse \
    during activity within 4 weeks (when or how not known: counted). Older or gradual: examine before \
    loading",
    care: "**same day** (`tear`); older sudden start, unclear start, no tiptoe, worsening, bruising, a tear \
    before: see a clinician, no loading until then",
    told: "stop, keep weight off, get a lift; do not test the leg, stretch or wait",
    source: "AAOS 2009; Maffulli 1998; Singh, BMJ 2015; Boyd, BJGP 2015; NICE CKS; Kannus & Józsa 1991",
    fires: "71-old-ache-gave-way-on-a-hill-sprint",
    twin: "72-old-ache-slowly-worse-for-months",
};

const CALF_CLOT: Doc = Doc {
    name: "Calf clot (deep vein thrombosis)",
    asks: "calf sore, swollen, warm or red; ankle or lower leg puffy; clot risks (journey, operation or \
    cast, earlier clot, cancer, hormones or pregnancy, bed rest); age",
    rule: "calf swollen, warm or red; one ankle or lower leg puffy; a sore calf with a risk factor, at 60 or \
    over (one side), with swelling at the back of the ankle (one side), or in a boot or after an operation \
    during the pathway after a tear. One sore calf alone: rule a clot out before loading. Both calves sore \
    alone: not a clot sign",
    care: "**same day** (`clot`); one sore calf alone: see a clinician, no stretching or loading until then",
    told: "stop training; do not massage, stretch or foam-roll the calf",
    source: "NHS; NICE NG158 (Wells); Cheung 2003 for muscle soreness after a race",
    fires: "73-calf-ache-at-64",
    twin: "74-both-calves-sore-after-a-marathon",
};

const INFECTION: Doc = Doc {
    name: "Infection: cellulitis, septic bursitis, osteomyelitis, after an injection",
    asks: "fever; heel swollen, tender, red or hot, then spreading redness or broken skin; calf sore, \
    swollen, warm or red; a steroid injection, then new or increasing swelling or pain since; after an \
    operation for a tear, the wound",
    rule: "a fever with any local sign at the heel or calf; a fever in a child under 8; redness spreading or \
    broken skin over it; after an injection, a fever, redness or heat, or new or increasing swelling or pain; after \
    an operation, a red, oozing or opening wound, or a fever. A red or hot heel that is also swollen, no fever: \
    a doctor within a day or two",
    care: "**same day** (`infection`)",
    told: "stop training; do not massage or stretch the heel; do not wait for the fever to pass",
    source: "NICE CKS Cellulitis; content brief, Infection",
    fires: "77-fever-and-a-tender-calf",
    twin: "78-injection-swelling-settling",
};

const DIABETIC_FOOT: Doc = Doc {
    name: "Diabetic foot: acute Charcot foot or foot infection",
    asks: "diabetes (asked apart); then the foot or heel warm, red or swollen, and a wound, blister or ulcer",
    rule: "diabetes (or, in older checks, the answer that included it) with a warm, red or swollen foot or \
    heel, or a wound on it, fever or not. Diabetes alone: examine before loading",
    care: "**same day** (`diabetic_foot`); at once if the foot is cold, blue or black",
    told: "keep weight off the foot; do not wait for pain or a fever",
    source: "NICE NG19 §1.3; IWGDF/IDSA 2023",
    fires: "81-diabetes-warm-swollen-foot-no-fever",
    twin: "82-diabetes-heel-ache-foot-normal",
};

const FRACTURE: Doc = Doc {
    name: "Fracture, or a leg that cannot bear weight",
    asks: "four steps on the leg",
    rule: "cannot take four steps, even limping",
    care: "**same day** (`cannot_bear_weight`)",
    told: "keep weight off, get a lift; do not test the leg",
    source: "Ottawa ankle rules",
    fires: "83-cannot-take-four-steps-after-a-fall",
    twin: "84-limping-but-walking",
};

const FLUOROQUINOLONE: Doc = Doc {
    name: "Tendon damage from a fluoroquinolone antibiotic",
    asks: "ciprofloxacin, levofloxacin, moxifloxacin or ofloxacin in the last 6 months; still taking it; \
    any tendon symptom",
    rule: "tendon symptoms while still taking it (or not known to have stopped): stop it and call today. \
    After the course: examine before loading. No symptoms: self-care with the label's warning",
    care: "**same day** (`medicine`); after the course: see a clinician",
    told: "stop the antibiotic now, rest the leg, contact the prescriber or a pharmacist today for another \
    one; without symptoms: stop and call at the first tendon pain, no big jumps in training",
    source: "FDA label §5.2 and boxed warning (2008, 2016); MHRA Drug Safety Update, March 2019",
    fires: "85-achilles-ache-on-ciprofloxacin",
    twin: "86-on-ciprofloxacin-no-tendon-symptoms",
};

const BONE_STRESS: Doc = Doc {
    name: "Bone stress injury of the heel bone",
    asks: "pain squeezing the heel bone; then missed periods or low energy",
    rule: "pain when the heel bone is squeezed from both sides",
    care: "see a clinician, no loading and **no impact** until then",
    told: "no running or jumping; cycling or swimming if painless; mention missed periods or low energy",
    source: "Martin et al., JOSPT 2018; IOC consensus on RED-S, 2023",
    fires: "87-heel-bone-squeeze-hurts-with-missed-periods",
    twin: "88-tendon-tender-heel-bone-fine",
};

const EXERTIONAL_CALF: Doc = Doc {
    name: "Popliteal artery entrapment, exertional compartment syndrome",
    asks: "after a calf sign: calf pain on runs that eases on stopping; then the foot pale, cold or numb",
    rule: "exertional calf pain with a pale, cold or numb foot, or in both legs; both calves sore for a week \
    or more",
    care: "see a clinician, no running until then",
    told: "stop a run when it starts; cycling or swimming if painless",
    source: "content brief, look-alikes (young runners' exertional calf pain)",
    fires: "89-calf-pain-each-run-foot-goes-numb",
    twin: "90-calf-pain-each-run-foot-normal",
};

const ENTHESITIS: Doc = Doc {
    name: "Inflammatory enthesitis (psoriasis, bowel disease, spondyloarthritis)",
    asks: "psoriasis, inflammatory bowel disease or an inflammatory arthritis (asked apart from diabetes and \
    gout)",
    rule: "any of these",
    care: "see a clinician, no loading until then",
    told: "it needs its own treatment, not only loading",
    source: "Martin et al., JOSPT 2018",
    fires: "91-psoriasis-and-insertional-pain",
    twin: "92-insertional-pain-no-condition",
};

const GOUT: Doc = Doc {
    name: "Gout at the tendon or heel",
    asks: "gout (asked apart)",
    rule: "gout",
    care: "see a clinician, no loading until then",
    told: "a flare needs treatment; with a fever it is the infection rule, same day",
    source: "Martin et al., JOSPT 2018",
    fires: "93-gout-and-a-swollen-heel",
    twin: "94-red-shoe-bump-no-gout",
};

const YOUNG_CHILD: Doc = Doc {
    name: "Heel pain in a child under 8: infection, fracture, arthritis",
    asks: "age in years (older checks: under 16, which counts here too)",
    rule: "under 8",
    care: "see a doctor within a day or two, today with a fever, a limp or a leg the child will not stand \
    on; no loading programme",
    told: "not Sever's disease at this age",
    source: "James et al. 2013; NICE CKS, the limping child",
    fires: "95-six-year-old-heel-pain",
    twin: "96-eight-year-old-heel-pain",
};

const SEVERS: Doc = Doc {
    name: "Sever's disease (calcaneal apophysitis)",
    asks: "age in years (older checks: under 16)",
    rule: "8 to 15",
    care: "see a clinician who sees children, no adult loading programme",
    told: "rest from jumping and sprinting, a heel cushion",
    source: "James et al. 2013",
    fires: "97-twelve-year-old-footballer",
    twin: "98-sixteen-year-old-with-heel-pain",
};

const NIGHT_PAIN: Doc = Doc {
    name: "Night pain: tumour, infection, bone stress",
    asks: "pain at night or at rest; then weight loss without trying or cancer",
    rule: "night or rest pain with weight loss or cancer (not asked: counted). Alone: see a clinician",
    care: "see a clinician before anything else, no loading; alone: see a clinician",
    told: "mention the weight loss or cancer",
    source: "Martin et al., JOSPT 2018",
    fires: "99-rest-pain-and-weight-loss",
    twin: "100-rest-pain-alone",
};

const STEROIDS: Doc = Doc {
    name: "A tendon weakened by steroids",
    asks: "steroid tablets long term; a steroid injection near the tendon in the last 3 months",
    rule: "either",
    care: "see a clinician, no loading until then",
    told: "tear risk, multiplied with a fluoroquinolone and over 60",
    source: "van der Linden et al. 2003",
    fires: "101-prednisolone-and-heel-ache",
    twin: "102-same-heel-ache-no-steroids",
};

const FEVER: Doc = Doc {
    name: "Fever: no hard training",
    asks: "fever or feeling feverish",
    rule: "a fever (with a local sign: the infection rule)",
    care: "see a clinician",
    told: "no strenuous exercise of any kind until the fever has gone",
    source: "ESC 2020 guidelines on sports cardiology (myocarditis)",
    fires: "103-fever-and-a-heel-ache",
    twin: "104-hot-red-heel-no-fever",
};

/// The catalogue as the README's table, one row per condition, in the table's order.
pub fn markdown_table() -> String {
    let mut out = String::from(
        "| condition | what the check asks | rule | result | what the runner is told | source | vignettes |\n\
         |---|---|---|---|---|---|---|\n",
    );
    for entry in CATALOGUE {
        let d = entry.mimic.doc();
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | `{}`, twin `{}` |\n",
            d.name, d.asks, d.rule, d.care, d.told, d.source, d.fires, d.twin
        ));
    }
    out
}
