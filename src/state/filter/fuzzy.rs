//! The list's fuzzy filter (nucleo), fast on 100,000 entries: each entry's
//! text is made once (kept with its sort keys, [`Sorted::haystack`]), a
//! letter typed at the end scores only the entries the query before it
//! matched, and a backspace takes the result of the shorter query back.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use crate::library::Entry;
use crate::library::sort::{Sorted, haystack};

/// Entries (indices) that match `query`, best match first; equal scores keep
/// their order (the sort). From scratch: [`FuzzyCache::filter`] gives the same.
pub fn fuzzy_filter(entries: &[Entry], order: &[usize], query: &str) -> Vec<usize> {
    let pattern = Pattern::parse(query, CaseMatching::Smart, Normalization::Smart);
    let mut matcher = Matcher::new(Config::DEFAULT);
    let mut buf = Vec::new();
    let scored = order
        .iter()
        .copied()
        .filter_map(|i| {
            let h = haystack(entries.get(i)?);
            let score = pattern.score(Utf32Str::new(&h, &mut buf), &mut matcher)?;
            Some((score, i))
        })
        .collect();
    best_first(scored)
}

/// The indices by score, best first; a stable sort: ties stay in list order.
fn best_first(mut scored: Vec<(u32, usize)>) -> Vec<usize> {
    scored.sort_by_key(|&(score, _)| std::cmp::Reverse(score));
    scored.into_iter().map(|(_, i)| i).collect()
}

/// One query filtered: what it matched in list order, and the result.
#[derive(Debug, Clone)]
struct Step {
    query: String,
    matched: Vec<usize>,
    result: Vec<usize>,
}

/// The queries filtered since the rows or the keys last changed, each longer
/// than the one before it.
#[derive(Debug, Clone, Default)]
pub struct FuzzyCache {
    /// The rows the steps filtered (list order, the other filters applied).
    rows: Vec<usize>,
    /// [`Sorted::generation`] when they were filtered.
    generation: u64,
    steps: Vec<Step>,
}

/// Whether every entry `now` matches, `before` matched: `now` is `before`
/// with more typed after it, and neither has the characters that make an
/// atom anything but a fuzzy one (`!` negates, `^`, `$` and `'` anchor, `\`
/// escapes), for which a longer query can match more.
fn narrows(before: &str, now: &str) -> bool {
    let plain = |q: &str| !q.contains(['!', '^', '$', '\'', '\\']);
    now.starts_with(before) && plain(before) && plain(now)
}

impl FuzzyCache {
    /// The entries among `rows` that match `query`, as [`fuzzy_filter`]
    /// gives them. A query that extends the last one scores only what that
    /// one matched; a query filtered before (a backspace) is not filtered
    /// again.
    pub fn filter(
        &mut self,
        sorted: &mut Sorted,
        entries: &[Entry],
        rows: Vec<usize>,
        query: &str,
    ) -> Vec<usize> {
        if self.rows != rows || self.generation != sorted.generation() {
            self.steps.clear();
            self.rows = rows;
            self.generation = sorted.generation();
        }
        while self
            .steps
            .last()
            .is_some_and(|s| s.query != query && !narrows(&s.query, query))
        {
            self.steps.pop();
        }
        if let Some(s) = self.steps.last()
            && s.query == query
        {
            return s.result.clone();
        }
        let candidates = self.steps.last().map_or(&self.rows, |s| &s.matched);
        let pattern = Pattern::parse(query, CaseMatching::Smart, Normalization::Smart);
        let mut nucleo = Matcher::new(Config::DEFAULT);
        let scored: Vec<(u32, usize)> = candidates
            .iter()
            .filter_map(|&i| {
                let h = sorted.haystack(entries, i)?;
                Some((pattern.score(h.slice(..), &mut nucleo)?, i))
            })
            .collect();
        let matched = scored.iter().map(|&(_, i)| i).collect();
        let result = best_first(scored);
        self.steps.push(Step {
            query: query.to_string(),
            matched,
            result: result.clone(),
        });
        result
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use proptest::prelude::*;

    use super::*;
    use crate::article::Meta;
    use crate::config::Sort;
    use crate::library::Source;

    fn entry(title: &str) -> Entry {
        let mut e = Entry::new(PathBuf::from("a.txt"), Source::Embedded(b""), 1);
        e.meta = Some(Meta {
            title: title.into(),
            ..Meta::default()
        });
        e
    }

    #[test]
    fn the_best_match_comes_first_ties_keep_the_sort() {
        let entries = [
            entry("London bus drivers reject deal, pay talks go on"),
            entry("NORDPRESS: ferry strike ends"),
            entry("Nothing here"),
            entry("Nordpress wire: harbour reopens"),
        ];
        assert_eq!(fuzzy_filter(&entries, &[0, 1, 2, 3], "nordp"), [1, 3, 0]);
        assert_eq!(fuzzy_filter(&entries, &[3, 2, 1, 0], "nordp"), [3, 1, 0]);
    }

    #[test]
    fn queries_that_can_match_more_when_longer_do_not_narrow() {
        assert!(narrows("vo", "vot"));
        assert!(narrows("", "v"));
        assert!(!narrows("vot", "vo"));
        assert!(!narrows("!v", "!vo"));
        assert!(!narrows("vo", "vo$"));
        assert!(!narrows("vo$", "vo$t"));
        assert!(!narrows("^v", "^vo"));
    }

    /// Keys typed: a character or a backspace.
    fn typing() -> impl Strategy<Value = Vec<Option<char>>> {
        let key = prop_oneof![
            4 => proptest::sample::select(vec!['a', 'b', 'A', 'é', 'e', ' ', '!', '$', '^', '\'', '\\'])
                .prop_map(Some),
            1 => Just(None),
        ];
        proptest::collection::vec(key, 0..12)
    }

    /// A title of letters, accents (composed and combining) and the
    /// characters the pattern syntax uses.
    fn title() -> impl Strategy<Value = String> {
        let piece = proptest::sample::select(vec![
            "a", "A", "b", "B", "e", "é", "e\u{301}", " ", "!", "$", "^", "vo", "ö",
        ]);
        proptest::collection::vec(piece, 0..6).prop_map(|p| p.concat())
    }

    proptest! {
        /// Typing and erasing, with the rows changing now and then, filters
        /// as from scratch after every key.
        #[test]
        fn narrowing_and_widening_give_what_filtering_from_scratch_gives(
            titles in proptest::collection::vec(title(), 0..16),
            keys in typing(),
            drops in proptest::collection::vec(any::<bool>(), 12),
        ) {
            let entries: Vec<Entry> = titles.iter().map(|t| entry(t)).collect();
            let mut sorted = Sorted::default();
            let order = sorted.all(&entries, Sort::default()).to_vec();
            let mut cache = FuzzyCache::default();
            let mut query = String::new();
            for (key, drop) in keys.into_iter().zip(drops) {
                match key {
                    Some(c) => query.push(c),
                    None => {
                        query.pop();
                    }
                }
                // Now and then a row is hidden (starred only, unread only).
                let rows: Vec<usize> = if drop {
                    order.iter().copied().skip(1).collect()
                } else {
                    order.clone()
                };
                let got = cache.filter(&mut sorted, &entries, rows.clone(), &query);
                prop_assert_eq!(got, fuzzy_filter(&entries, &rows, &query), "{:?}", query);
            }
        }
    }
}
