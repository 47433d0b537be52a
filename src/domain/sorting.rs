//! One sort for the whole app.
//!
//! `slice::sort_by` is generic: every element type and comparator gets its own copy of the
//! standard library's sort, about 3 KB of wasm each, and the app had fifteen of them
//! (measured with twiggy: 45 KB of the main module). Here the standard sort runs once, on
//! positions (`u32`) through a `dyn` comparator, and each caller only pays for the small
//! generic part that puts its elements in that order. Stable, like `sort_by`.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order (as `sort_by` does).
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<u32> = (0..items.len() as u32).collect();
    sort_positions(&mut order, &|a, b| compare(&items[a as usize], &items[b as usize]));
    let mut taken: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| taken.get_mut(i as usize).and_then(Option::take)));
}

/// Sorts `items` by the key `key` gives each (as `sort_by_key` does).
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order (as `sort` does).
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

/// The one instance of the standard library's sort.
#[inline(never)]
fn sort_positions(order: &mut [u32], compare: &dyn Fn(u32, u32) -> Ordering) {
    order.sort_by(|a, b| compare(*a, *b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library_and_keeps_ties_in_order() {
        let mut seed = 7u32;
        for len in [0usize, 1, 2, 3, 17, 200, 1000] {
            let items: Vec<(u8, u32)> = (0..len as u32)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) as u8 % 5, i)
                })
                .collect();
            let mut ours = items.clone();
            let mut theirs = items.clone();
            sort_by_key(&mut ours, |p| p.0);
            theirs.sort_by_key(|p| p.0);
            assert_eq!(ours, theirs, "length {len}");
        }
    }

    #[test]
    fn natural_order_and_comparator() {
        let mut words = vec!["pear", "apple", "fig"];
        sort(&mut words);
        assert_eq!(words, ["apple", "fig", "pear"]);
        sort_by(&mut words, |a, b| b.len().cmp(&a.len()));
        assert_eq!(words, ["apple", "pear", "fig"]);
    }
}
