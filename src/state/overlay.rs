//! Overlays over the panes: help, outline, quotations.

use super::{Effect, State, reader};
use crate::action::Action;

/// An open overlay and its own cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    /// Key bindings; `scroll` is the first row shown.
    Help { scroll: usize },
    /// Sections of the article; `selected` is a section index.
    Outline { selected: usize },
    /// Quotations of the article; `selected` is an index into the listed ones.
    Quotes { selected: usize },
    /// Links in the article.
    Links { selected: usize },
    /// Files that were skipped, and why.
    Skipped { scroll: usize },
    /// Full-text search results (`State::hits`).
    Hits { selected: usize },
}

/// Rows in the quotations overlay: the quotations that count, as indices.
pub fn listed_quotes(state: &State) -> Vec<usize> {
    state.reader.doc.as_ref().map_or_else(Vec::new, |d| {
        d.quote_lines
            .iter()
            .enumerate()
            .filter_map(|(q, l)| l.map(|_| q))
            .collect()
    })
}

/// The overlays about the article need all of it (not just the pieces of a
/// huge one that is still being read).
fn whole_article(state: &mut State, what: &str) -> bool {
    if state.reader.doc.is_some() && state.article().is_some() {
        return true;
    }
    state.message = Some(if state.is_partial() {
        format!("Still reading the article: {what} in a moment")
    } else {
        format!("Open an article to see its {what}")
    });
    false
}

pub(super) fn open_outline(state: &mut State) {
    if !whole_article(state, "outline") {
        return;
    }
    state.outline = state.article().map(|a| outline_rows(a)).unwrap_or_default();
    state.overlay = Some(Overlay::Outline {
        selected: state.current_section(),
    });
}

pub(super) fn open_quotes(state: &mut State) {
    if !whole_article(state, "quotations") {
        return;
    }
    let listed = listed_quotes(state);
    if listed.is_empty() {
        state.message = Some("No quotations in this article".into());
        return;
    }
    let selected = state
        .reader
        .current_quote
        .and_then(|c| listed.iter().position(|&q| q == c))
        .unwrap_or(0);
    state.overlay = Some(Overlay::Quotes { selected });
}

/// `L`: the links of the article.
pub(super) fn open_links(state: &mut State) {
    // Found once here, not on every key and frame while the overlay is open.
    state.links = state
        .article()
        .map(|a| crate::links::links(a))
        .unwrap_or_default();
    if state.links.is_empty() {
        state.message = Some("No links in this article".into());
        return;
    }
    state.overlay = Some(Overlay::Links { selected: 0 });
}

fn rows(state: &State, overlay: Overlay) -> usize {
    match overlay {
        Overlay::Help { .. } => {
            // Rows that can be the first visible one: the overlay is about as
            // tall as the reader pane.
            1 + state
                .help_rows
                .saturating_sub(state.viewport.reader_rows.saturating_sub(2))
        }
        Overlay::Links { .. } => state.links.len(),
        Overlay::Skipped { .. } => state.skipped_rows().len(),
        Overlay::Hits { .. } => state.hits.as_ref().map_or(0, |h| h.items.len()),
        Overlay::Outline { .. } => state
            .reader
            .doc
            .as_ref()
            .map_or(0, |d| d.section_lines.len()),
        Overlay::Quotes { .. } => listed_quotes(state).len(),
    }
}

fn moved(cursor: usize, len: usize, page: usize, action: Action) -> usize {
    super::motion::target(action, cursor, page).min(len.saturating_sub(1))
}

/// Keys while an overlay is open. Quit and Back close it; movement moves in it.
pub(super) fn update(state: &mut State, action: Action) -> Option<Effect> {
    let overlay = state.overlay?;
    let page = (state.viewport.reader_rows / 2).max(1);
    let len = rows(state, overlay);
    match (overlay, action) {
        (_, Action::Quit | Action::Back)
        | (Overlay::Help { .. }, Action::Help)
        | (Overlay::Outline { .. }, Action::Outline)
        | (Overlay::Quotes { .. }, Action::QuoteList)
        | (Overlay::Links { .. }, Action::Links)
        | (Overlay::Skipped { .. }, Action::Skipped) => state.overlay = None,
        (Overlay::Skipped { scroll }, a) => {
            state.overlay = Some(Overlay::Skipped {
                scroll: moved(scroll, len, page, a),
            });
        }
        (Overlay::Links { selected }, Action::Open) => {
            state.overlay = None;
            let url = state.links.get(selected).map(|l| l.url.clone());
            return url.map(Effect::OpenUrl);
        }
        (Overlay::Links { selected }, a) => {
            state.overlay = Some(Overlay::Links {
                selected: moved(selected, len, page, a),
            });
        }
        (Overlay::Hits { selected }, Action::Open) => {
            state.overlay = None;
            state.open_hit(selected);
        }
        (Overlay::Hits { selected }, a) => {
            state.overlay = Some(Overlay::Hits {
                selected: moved(selected, len, page, a),
            });
        }
        (Overlay::Help { scroll }, a) => {
            state.overlay = Some(Overlay::Help {
                scroll: moved(scroll, len, page, a),
            });
        }
        (Overlay::Outline { selected }, Action::Open) => {
            state.overlay = None;
            reader::to_section(state, selected);
            state.focus = super::Focus::Reader;
        }
        (Overlay::Outline { .. }, Action::Section(n)) => {
            state.overlay = None;
            reader::to_section(state, usize::from(n).saturating_sub(1));
            state.focus = super::Focus::Reader;
        }
        (Overlay::Outline { selected }, a) => {
            state.overlay = Some(Overlay::Outline {
                selected: moved(selected, len, page, a),
            });
        }
        (Overlay::Quotes { selected }, Action::Open) => {
            state.overlay = None;
            let listed = listed_quotes(state);
            let line = listed.get(selected).and_then(|&q| {
                let l = state.reader.doc.as_ref()?.quote_lines.get(q).copied()??;
                Some((q, l))
            });
            if let Some((q, l)) = line {
                reader::to_quote(state, q, l);
            }
        }
        (Overlay::Quotes { selected }, a) => {
            state.overlay = Some(Overlay::Quotes {
                selected: moved(selected, len, page, a),
            });
        }
    }
    None
}

/// One row per section: (heading, words, quotations).
pub fn outline_rows(article: &crate::article::Article) -> Vec<(String, usize, usize)> {
    article
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let words: usize = s
                .blocks
                .iter()
                .map(|b| crate::article::count_words(&b.text))
                .sum();
            let quotes = article.quotes.iter().filter(|q| q.section == i).count();
            let heading = s.heading.clone().unwrap_or_else(|| "(top)".into());
            (heading, words, quotes)
        })
        .collect()
}
