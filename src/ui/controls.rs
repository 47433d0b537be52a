//! Form controls bound to any value: `Radios<T>` and `Select<T>` over a short list of
//! values, and `Slider` for a 0–10 scale. Each is bound to a [`Binding`]: an `RwSignal`, or
//! a getter and a setter (`(move || …, move |v| state.edit_settings(…))`) where a change
//! is saved, so a form chooses where its value lives. `save_outcome` says what became of
//! a save, under the form that made it.
//!
//! A value is found by its place in the list, never by matching its label. The markup is
//! built once, by the non-generic functions at the end; the generic components only map a
//! value to its place and back, so each new type costs a few closures of wasm. (Leptos's
//! `Signal<T>` and `SignalSetter<T>` as props cost 14 KB over the app's ten types.)

use leptos::prelude::*;

/// Where a control's value lives: read reactively, and set.
pub trait Binding<T>: Copy + Send + Sync + 'static {
    fn get(&self) -> T;
    fn set(&self, value: T);
}

impl<T: Clone + Send + Sync + 'static> Binding<T> for RwSignal<T> {
    fn get(&self) -> T {
        Get::get(self)
    }
    fn set(&self, value: T) {
        Set::set(self, value)
    }
}

/// A getter and a setter: for a value that is saved as it changes.
impl<T, G, S> Binding<T> for (G, S)
where
    G: Fn() -> T + Copy + Send + Sync + 'static,
    S: Fn(T) + Copy + Send + Sync + 'static,
{
    fn get(&self) -> T {
        (self.0)()
    }
    fn set(&self, value: T) {
        (self.1)(value)
    }
}

/// One value from a short list, as radio buttons (each inside its label: the whole label
/// is the touch target). Put them in a `fieldset` with a `legend`.
#[component]
pub fn Radios<T>(
    /// The group's name; unique on the page.
    #[prop(into)]
    name: Oco<'static, str>,
    /// Each value with its label, in the order shown.
    options: Vec<(T, Oco<'static, str>)>,
    bind: impl Binding<T>,
    /// "option" (a row) or "chip".
    #[prop(default = "option")]
    class: &'static str,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let (values, labels): (Vec<T>, Vec<_>) = options.into_iter().unzip();
    let (place, pick) = by_place(values, bind);
    radio_buttons(name, class, labels, place, pick)
}

/// One value from a list, as a dropdown.
#[component]
pub fn Select<T>(
    /// Each value with its label, in the order shown.
    options: Vec<(T, Oco<'static, str>)>,
    bind: impl Binding<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let (values, labels): (Vec<T>, Vec<_>) = options.into_iter().unzip();
    let (place, pick) = by_place(values, bind);
    dropdown(labels, place, pick)
}

/// A whole number from 0 to 10 on a slider, with its value written out beside it (and as
/// `aria-valuetext`) by `words`.
#[component]
pub fn Slider(id: String, label: String, bind: impl Binding<u8>, words: fn(u8) -> String) -> impl IntoView {
    let described = format!("{id}-meaning");
    view! {
        <div class="question">
            <label for=id.clone() class="question-label">
                {label}
            </label>
            <div class="pain-slider">
                <span aria-hidden="true">"0"</span>
                <input
                    id=id
                    type="range"
                    min="0"
                    max="10"
                    step="1"
                    aria-describedby=described.clone()
                    aria-valuetext=move || words(bind.get())
                    prop:value=move || bind.get().to_string()
                    on:input=move |ev| {
                        if let Ok(v) = event_target_value(&ev).parse::<u8>() {
                            bind.set(v.min(10));
                        }
                    }
                />
                <span aria-hidden="true">"10"</span>
            </div>
            <p class="pain-value" id=described>
                {move || words(bind.get())}
            </p>
        </div>
    }
}

/// Options for `Radios` and `Select` from a type's values and its label.
pub fn labelled<T: Copy>(values: &[T], label: fn(T) -> &'static str) -> Vec<(T, Oco<'static, str>)> {
    values.iter().map(|&v| (v, Oco::Borrowed(label(v)))).collect()
}

/// The place of the bound value in `values` (`None`: not among them), and a callback that sets the
/// value at a place.
fn by_place<T>(values: Vec<T>, bind: impl Binding<T>) -> (Signal<Option<usize>>, Callback<usize>)
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let at = values.clone();
    let place = Signal::derive(move || {
        let v = bind.get();
        values.iter().position(|x| *x == v)
    });
    let pick = Callback::new(move |i: usize| {
        if let Some(v) = at.get(i) {
            bind.set(*v);
        }
    });
    (place, pick)
}

/// The radio buttons themselves, for every radio group in the app.
pub(crate) fn radio_buttons(
    name: Oco<'static, str>,
    class: &'static str,
    labels: Vec<Oco<'static, str>>,
    place: Signal<Option<usize>>,
    pick: Callback<usize>,
) -> impl IntoView {
    labels
        .into_iter()
        .enumerate()
        .map(|(i, label)| {
            view! {
                <label class=class>
                    <input
                        type="radio"
                        name=name.clone()
                        prop:checked=move || place.get() == Some(i)
                        on:change=move |_| pick.run(i)
                    />
                    <span>{label}</span>
                </label>
            }
        })
        .collect_view()
}

fn dropdown(labels: Vec<Oco<'static, str>>, place: Signal<Option<usize>>, pick: Callback<usize>) -> impl IntoView {
    view! {
        <select on:change=move |ev| {
            if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                pick.run(i);
            }
        }>
            {labels
                .into_iter()
                .enumerate()
                .map(|(i, label)| {
                    view! {
                        <option value=i.to_string() prop:selected=move || place.get() == Some(i)>
                            {label}
                        </option>
                    }
                })
                .collect_view()}
        </select>
    }
}

/// What became of a save, said where it was made: the text of a save that worked, as a
/// status in `saved_class`, or why it did not, as an alert.
pub fn save_outcome(outcome: Result<String, String>, saved_class: &'static str) -> AnyView {
    match outcome {
        Ok(text) => view! {
            <p class=saved_class role="status">
                {text}
            </p>
        }
        .into_any(),
        Err(text) => view! {
            <p class="notice notice-error" role="alert">
                {text}
            </p>
        }
        .into_any(),
    }
}
