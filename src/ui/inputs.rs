//! Form controls bound to the questionnaire draft. Each takes a getter and a setter on
//! [`Answers`], so a question is one line in the step that asks it. The radio buttons are
//! `controls`' own, as every radio group in the app. Every control is a
//! native input inside its label: large touch targets, keyboard and screen-reader support
//! for free.

use leptos::prelude::*;

use super::app_state::use_app_state;
use super::controls::{radio_buttons, Slider};
use crate::domain::pain::{PainBand, PainScore};
use crate::domain::questionnaire::{Draft, Question};
use crate::domain::sorting;
use crate::domain::triage::Answers;

/// A tick box for one item of a "tick any that apply" list: ticking or unticking it is an
/// answer to the list's question.
#[component]
pub fn Tick(
    label: &'static str,
    list: Question,
    get: fn(&Answers) -> bool,
    set: fn(&mut Answers, bool),
) -> impl IntoView {
    draft_tick(label, get, move |d, on| {
        set(&mut d.answers, on);
        d.mark(list);
    })
}

/// "None of these" at the end of a list: ticking it clears the list and answers it, so an
/// empty list is a choice the runner made, never one made for them.
#[component]
pub fn NoneOfThese(list: Question, clear: fn(&mut Answers), any: fn(&Answers) -> bool) -> impl IntoView {
    let state = use_app_state();
    let draft = state.draft;
    view! {
        <label class="option option-none">
            <input
                type="checkbox"
                prop:checked=move || draft.with(|d| d.is_answered(list) && !any(&d.answers))
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    state
                        .edit_draft(|d| {
                            if on {
                                clear(&mut d.answers);
                                d.mark(list);
                            } else {
                                d.answered.remove(&list);
                            }
                        });
                }
            />
            <span>"None of these"</span>
        </label>
    }
}

/// A list question's frame: its legend, its ticks, "None of these", and the unanswered mark.
#[component]
pub fn TickList(
    legend: &'static str,
    list: Question,
    clear: fn(&mut Answers),
    any: fn(&Answers) -> bool,
    children: Children,
) -> impl IntoView {
    let state = use_app_state();
    let draft = state.draft;
    view! {
        <fieldset class="question" class:unanswered=move || draft.with(|d| d.missing.contains(&list))>
            <legend>{legend}</legend>
            {children()}
            <NoneOfThese list clear any />
        </fieldset>
    }
}

/// One question with a few exclusive answers, as a radio group. Nothing is selected until
/// the runner chooses: the draft records the question as answered.
#[component]
pub fn Choice<T>(
    name: &'static str,
    legend: &'static str,
    question: Question,
    #[prop(optional)] hint: Option<&'static str>,
    options: Vec<(T, &'static str)>,
    get: fn(&Answers) -> T,
    set: fn(&mut Answers, T),
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let state = use_app_state();
    let draft = state.draft;
    let hint_id = format!("{name}-hint");
    let (values, labels): (Vec<T>, Vec<_>) = options.into_iter().map(|(v, l)| (v, Oco::Borrowed(l))).unzip();
    let at = values.clone();
    // Nothing is checked while the question is unanswered, whatever the draft's default.
    let place = Signal::derive(move || {
        draft
            .with(|d| d.is_answered(question).then(|| get(&d.answers)))
            .and_then(|v| values.iter().position(|x| *x == v))
    });
    let pick = Callback::new(move |i: usize| {
        if let Some(&value) = at.get(i) {
            state.edit_draft(|d| {
                set(&mut d.answers, value);
                d.mark(question);
            });
        }
    });
    view! {
        <fieldset
            class="question"
            class:unanswered=move || draft.with(|d| d.missing.contains(&question))
            aria-describedby=hint.map(|_| hint_id.clone())
        >
            <legend>{legend}</legend>
            {hint
                .map(|h| {
                    view! {
                        <p class="hint" id=hint_id.clone()>
                            {h}
                        </p>
                    }
                })}
            {radio_buttons(name.into(), "option", labels, place, pick)}
        </fieldset>
    }
}

/// A yes/no question asked explicitly, rather than a tick box that could be skipped
/// without noticing.
#[component]
pub fn YesNo(
    name: &'static str,
    question_text: &'static str,
    question: Question,
    #[prop(optional)] hint: Option<&'static str>,
    get: fn(&Answers) -> bool,
    set: fn(&mut Answers, bool),
) -> impl IntoView {
    let options = vec![(true, "Yes"), (false, "No")];
    match hint {
        Some(hint) => view! { <Choice name legend=question_text question hint options get set /> }.into_any(),
        None => view! { <Choice name legend=question_text question options get set /> }.into_any(),
    }
}

/// Pain on the 0–10 scale for the questionnaire draft. Until the runner touches it, it
/// says so: a thumb resting at 0 is not an answer of "no pain".
#[component]
pub fn PainSlider(
    id: &'static str,
    label: &'static str,
    question: Question,
    get: fn(&Answers) -> PainScore,
    set: fn(&mut Answers, PainScore),
) -> impl IntoView {
    let state = use_app_state();
    let draft = state.draft;
    let answered = move || draft.with(|d| d.is_answered(question));
    // A tap or a key on the slider answers it even where the value stays (0 is an answer).
    let touch = move || state.edit_draft(|d| d.mark(question));
    view! {
        <div
            class="pain-question"
            class:unanswered=move || draft.with(|d| d.missing.contains(&question))
            on:click=move |_| touch()
            on:keyup=move |_| touch()
        >
            {pain_range(
                id,
                label,
                move || draft.with(|d| get(&d.answers)),
                move |p| {
                    state
                        .edit_draft(|d| {
                            set(&mut d.answers, p);
                            d.mark(question);
                        })
                },
            )}
            <p class="hint" hidden=answered>
                "Not answered yet: tap or move the slider. 0 means no pain."
            </p>
        </div>
    }
}

/// Pain on the 0–10 scale held in a signal (session, check-in, hops, runs).
#[component]
pub fn PainField(id: &'static str, label: &'static str, value: RwSignal<PainScore>) -> impl IntoView {
    pain_range(id, label, move || value.get(), move |p| value.set(p))
}

/// The 0–10 slider (`controls::Slider`) over a pain score, its meaning spelt out.
fn pain_range(
    id: &'static str,
    label: &'static str,
    value: impl Fn() -> PainScore + Copy + Send + Sync + 'static,
    set: impl Fn(PainScore) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let score = move || value().value();
    let set_score = move |v| {
        if let Some(p) = PainScore::new(v) {
            set(p);
        }
    };
    let words = |v: u8| pain_words(PainScore::new(v).unwrap_or_default());
    view! { <Slider id=id.to_string() label=label.to_string() bind=(score, set_score) words /> }
}

/// "4 out of 10: acceptable during exercise" — the score with its pain-monitoring band.
pub fn pain_words(p: PainScore) -> String {
    let meaning = match (p.value(), p.band()) {
        (0, _) => "no pain",
        (_, PainBand::Safe) => "mild",
        (_, PainBand::Acceptable) => "moderate",
        (_, PainBand::TooMuch) if p.value() >= 8 => "severe",
        (_, PainBand::TooMuch) => "strong",
    };
    format!("{} out of 10: {meaning}", p.value())
}

/// A whole number typed by the runner (weeks, years). Empty until answered, like every
/// question that can change the result; anything outside `0..=max` is refused with a
/// message, keeping the last good value.
#[component]
pub fn NumberQuestion(
    id: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    /// The unit shown after the field ("weeks", "years").
    unit: &'static str,
    max: u32,
    question: Question,
    get: fn(&Answers) -> Option<u32>,
    set: fn(&mut Answers, u32),
) -> impl IntoView {
    let state = use_app_state();
    let draft = state.draft;
    let error = RwSignal::new(None::<String>);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = format!("{hint_id} {error_id}");
    let shown = move || draft.with(|d| d.is_answered(question).then(|| get(&d.answers)).flatten());
    view! {
        <div class="question" class:unanswered=move || draft.with(|d| d.missing.contains(&question))>
            <label for=id class="question-label">
                {label}
            </label>
            {hint
                .map(|h| {
                    view! {
                        <p class="hint" id=hint_id.clone()>
                            {h}
                        </p>
                    }
                })}
            <div class="with-unit">
                <input
                    id=id
                    type="number"
                    inputmode="numeric"
                    min="0"
                    max=max.to_string()
                    step="1"
                    aria-describedby=described
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    prop:value=move || shown().map(|n| n.to_string()).unwrap_or_default()
                    on:input=move |ev| {
                        match event_target_value(&ev).trim().parse::<u32>() {
                            Ok(n) if n <= max => {
                                error.set(None);
                                state
                                    .edit_draft(|d| {
                                        set(&mut d.answers, n);
                                        d.mark(question);
                                    });
                            }
                            _ => error.set(Some(format!("Enter a whole number of {unit} from 0 to {max}."))),
                        }
                    }
                />
                <span>{unit}</span>
            </div>
            <p class="field-error" id=error_id aria-live="polite">
                {move || error.get()}
            </p>
        </div>
    }
}

/// One tick of a list held as a sorted `Vec` in the answers (training changes, clot
/// risks); ticking it also answers `question`, where the list has one.
#[component]
pub fn ListTick<T>(
    value: T,
    label: &'static str,
    items: fn(&Answers) -> &[T],
    list: fn(&mut Answers) -> &mut Vec<T>,
    #[prop(optional)] question: Option<Question>,
) -> impl IntoView
where
    T: Copy + Ord + Send + Sync + 'static,
{
    draft_tick(
        label,
        move |a| items(a).contains(&value),
        move |d, on| {
            let items = list(&mut d.answers);
            items.retain(|x| *x != value);
            if on {
                items.push(value);
                sorting::sort(items);
            }
            if let Some(q) = question {
                d.mark(q);
            }
        },
    )
}

/// A tick box on the draft: `ticked` reads it from the answers, `change` applies a tick or
/// an untick (and the draft is saved).
fn draft_tick(
    label: &'static str,
    ticked: impl Fn(&Answers) -> bool + Send + Sync + 'static,
    change: impl Fn(&mut Draft, bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_app_state();
    let draft = state.draft;
    view! {
        <label class="option">
            <input
                type="checkbox"
                prop:checked=move || draft.with(|d| ticked(&d.answers))
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    state.edit_draft(|d| change(d, on));
                }
            />
            <span>{label}</span>
        </label>
    }
}
