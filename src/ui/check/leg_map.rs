//! Page 3, "Where it hurts": a drawing of the lower leg from the inside, with the three
//! places to tap (calf, mid-tendon, insertion at the heel bone). The drawing is a shortcut
//! for the fingers; the radio buttons beside it are the accessible control and hold the
//! answer, so the drawing is hidden from screen readers.

use leptos::prelude::*;

use crate::domain::questionnaire::Question;
use crate::domain::triage::PainLocation;
use crate::ui::app_state::use_app_state;
use crate::ui::inputs::Choice;

/// The tappable zones as ellipses: (answer, centre x, centre y, radius x, radius y).
const ZONES: [(PainLocation, f32, f32, f32, f32); 3] = [
    (PainLocation::Calf, 128.0, 78.0, 22.0, 38.0),
    (PainLocation::Midportion, 139.0, 170.0, 13.0, 22.0),
    (PainLocation::Insertion, 150.0, 226.0, 14.0, 14.0),
];

#[component]
pub fn LegMap() -> impl IntoView {
    let state = use_app_state();
    let draft = state.draft;
    let selected = move || draft.with(|d| d.answers.pain_location);
    let answered = move || draft.with(|d| d.is_answered(Question::PainLocation));
    view! {
        <div class="leg-map">
            <svg viewBox="0 0 200 260" aria-hidden="true" focusable="false" class="leg-drawing">
                // Shin, ankle, foot and heel, toes pointing left; the back of the leg is on the right.
                <path
                    class="leg-outline"
                    d="M70 4 L80 180 Q82 200 70 212 L25 232 Q13 240 22 252 L140 252 Q164 252 162 228 Q160 212 148 204 \
                    Q134 172 131 142 Q152 96 146 46 Q143 20 136 4"
                />
                // The tendon as a line from calf to heel.
                <path class="leg-tendon" d="M136 120 Q140 170 150 214" />
                {ZONES
                    .into_iter()
                    .map(|(place, cx, cy, rx, ry)| {
                        view! {
                            <ellipse
                                class="leg-zone"
                                class:selected=move || answered() && selected() == place
                                cx=cx
                                cy=cy
                                rx=rx
                                ry=ry
                                on:click=move |_| {
                                    state
                                        .edit_draft(|d| {
                                            d.answers.pain_location = place;
                                            d.mark(Question::PainLocation);
                                        })
                                }
                            />
                        }
                    })
                    .collect_view()}
            </svg>
            <Choice
                name="pain_location"
                legend="Where does it hurt most? Tap the drawing or choose below."
                question=Question::PainLocation
                options=vec![
                    (PainLocation::Calf, "The calf muscle"),
                    (PainLocation::Midportion, "The middle of the tendon, a few centimetres above the heel"),
                    (PainLocation::Insertion, "Where the tendon meets the heel bone"),
                    (PainLocation::Unsure, "I'm not sure"),
                ]
                get=|a| a.pain_location
                set=|a, v| a.pain_location = v
            />
        </div>
    }
}
