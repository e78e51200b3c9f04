//! Overlays over the panes: help, outline, quotations, links, tags, skipped
//! files and full-text results. Each overlay carries what it lists, found once when
//! it opens; closing it drops that.

use super::{Effect, Focus, Hits, State};
use crate::action::Action;
use crate::article::OutlineRow;
use crate::links::Link;

/// An open overlay, its rows and its own cursor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// Key bindings; `scroll` is the first row shown.
    Help { scroll: usize },
    /// Sections of the article (counted when it opened); `selected` is a
    /// section index.
    Outline {
        rows: Vec<OutlineRow>,
        selected: usize,
    },
    /// Quotations of the article; `selected` is an index into the counted ones
    /// (`Doc::counted_quotes`).
    Quotes { selected: usize },
    /// Links in the article (found when it opened).
    Links { links: Vec<Link>, selected: usize },
    /// Files that were skipped, and why.
    Skipped { scroll: usize },
    /// Tags across the library with their counts (from the heads, found when
    /// it opened), most used first.
    Tags {
        tags: Vec<(String, usize)>,
        selected: usize,
    },
    /// Full-text search results; more are added while the search runs.
    Hits { hits: Hits, selected: usize },
    /// People quoted across the library, or one person's page (its rows
    /// come from `State::people`).
    People(Box<super::PeopleOverlay>),
}

impl Overlay {
    /// The row under the cursor (or the first row shown).
    pub fn cursor(&self) -> usize {
        match self {
            Overlay::Help { scroll } | Overlay::Skipped { scroll } => *scroll,
            Overlay::Outline { selected, .. }
            | Overlay::Quotes { selected }
            | Overlay::Links { selected, .. }
            | Overlay::Tags { selected, .. }
            | Overlay::Hits { selected, .. } => *selected,
            Overlay::People(o) => o.page.as_ref().map_or(o.selected, |p| p.selected),
        }
    }

    pub(super) fn cursor_mut(&mut self) -> &mut usize {
        match self {
            Overlay::Help { scroll } | Overlay::Skipped { scroll } => scroll,
            Overlay::Outline { selected, .. }
            | Overlay::Quotes { selected }
            | Overlay::Links { selected, .. }
            | Overlay::Tags { selected, .. }
            | Overlay::Hits { selected, .. } => selected,
            Overlay::People(o) => match &mut o.page {
                Some(p) => &mut p.selected,
                None => &mut o.selected,
            },
        }
    }

    /// Whether `action` is the key that opened this overlay (it closes it).
    fn toggled_by(&self, action: Action) -> bool {
        matches!(
            (self, action),
            (Overlay::Help { .. }, Action::Help)
                | (Overlay::Outline { .. }, Action::Outline)
                | (Overlay::Quotes { .. }, Action::QuoteList)
                | (Overlay::Links { .. }, Action::Links)
                | (Overlay::Tags { .. }, Action::Tags)
                | (Overlay::Skipped { .. }, Action::Skipped)
                | (Overlay::People(_), Action::People)
        )
    }
}

/// Rows in the quotations overlay: the quotations that count, as indices.
pub(super) fn listed_quotes(state: &State) -> Vec<usize> {
    state
        .reader
        .doc()
        .map_or_else(Vec::new, |d| d.counted_quotes().map(|(q, _)| q).collect())
}

impl State {
    /// The overlays about the article need all of it (not just the pieces of
    /// a huge one that is still being read).
    fn whole_article(&mut self, what: &str) -> bool {
        if self.reader.doc().is_some() && self.article().is_some() {
            return true;
        }
        self.message = Some(if self.is_partial() {
            format!("Still reading the article: {what} in a moment")
        } else {
            format!("Open an article to see its {what}")
        });
        false
    }

    /// `o`: the sections of the article, counted once here.
    pub(super) fn open_outline(&mut self) {
        if !self.whole_article("outline") {
            return;
        }
        let rows = self.article().map(|a| a.outline()).unwrap_or_default();
        self.overlay = Some(Overlay::Outline {
            rows,
            selected: self.current_section(),
        });
    }

    /// `Q`: the quotations that count.
    pub(super) fn open_quotes(&mut self) {
        if !self.whole_article("quotations") {
            return;
        }
        let listed = listed_quotes(self);
        if listed.is_empty() {
            self.message = Some("No quotations in this article".into());
            return;
        }
        let selected = self
            .reader
            .current_quote
            .and_then(|c| listed.iter().position(|&q| q == c))
            .unwrap_or(0);
        self.overlay = Some(Overlay::Quotes { selected });
    }

    /// `L`: the links of the article, found once here (not on every key and
    /// frame while the overlay is open).
    pub(super) fn open_links(&mut self) {
        let links = self
            .article()
            .map(|a| crate::links::links(a))
            .unwrap_or_default();
        if links.is_empty() {
            self.message = Some("No links in this article".into());
            return;
        }
        self.overlay = Some(Overlay::Links { links, selected: 0 });
    }

    /// `#`: the tags across the library, counted here from the heads (an
    /// article need not have been opened).
    pub(super) fn open_tags(&mut self) {
        let tags = super::filter::tag_counts(&self.library.entries);
        if tags.is_empty() {
            self.message = Some("No tags in these articles".into());
            return;
        }
        self.overlay = Some(Overlay::Tags { tags, selected: 0 });
    }

    /// The number of rows the overlay's cursor moves over.
    pub(super) fn overlay_rows(&self, overlay: &Overlay) -> usize {
        match overlay {
            Overlay::Help { .. } => {
                // Rows that can be the first visible one: the overlay is about
                // as tall as the reader pane.
                1 + self
                    .settings
                    .help_rows
                    .saturating_sub(self.viewport.reader_rows.saturating_sub(2))
            }
            Overlay::Links { links, .. } => links.len(),
            Overlay::Tags { tags, .. } => tags.len(),
            Overlay::Skipped { .. } => self.skipped_rows().len(),
            Overlay::Hits { hits, .. } => hits.items.len(),
            Overlay::Outline { .. } => self.reader.doc().map_or(0, |d| d.section_lines.len()),
            Overlay::Quotes { .. } => listed_quotes(self).len(),
            Overlay::People(o) => o
                .page
                .as_ref()
                .map_or_else(|| self.people_rows().len(), |p| p.items.len()),
        }
    }

    /// Keys while an overlay is open. Quit and Back close it (and the key
    /// that opened it); movement moves in it; Open acts on its row.
    pub(super) fn overlay_update(&mut self, action: Action) -> Option<Effect> {
        if matches!(self.overlay, Some(Overlay::People(_))) {
            return self.people_update(action);
        }
        let mut overlay = self.overlay.take()?;
        if matches!(action, Action::Quit | Action::Back) || overlay.toggled_by(action) {
            return None;
        }
        let selected = overlay.cursor();
        match (overlay, action) {
            (Overlay::Links { links, .. }, Action::Open) => {
                return links
                    .into_iter()
                    .nth(selected)
                    .map(|l| Effect::OpenUrl(l.url));
            }
            (Overlay::Hits { hits, .. }, Action::Open) => self.open_hit(&hits, selected),
            (Overlay::Tags { tags, .. }, Action::Open) => {
                if let Some((tag, _)) = tags.get(selected) {
                    self.list.filter = Some(format!("#{tag}"));
                    self.focus = Focus::List;
                    self.refresh_view();
                }
            }
            (Overlay::Outline { .. }, Action::Open) => {
                self.go_to_section(selected);
                self.focus = Focus::Reader;
            }
            (Overlay::Outline { .. }, Action::Section(n)) => {
                self.go_to_section(usize::from(n).saturating_sub(1));
                self.focus = Focus::Reader;
            }
            (Overlay::Quotes { .. }, Action::Open) => {
                let listed = listed_quotes(self);
                let line = listed.get(selected).and_then(|&q| {
                    let l = self.reader.doc()?.quote_lines.get(q).copied()??;
                    Some((q, l))
                });
                if let Some((q, l)) = line {
                    self.go_to_quote(q, l);
                }
            }
            (o, a) => {
                overlay = o;
                let page = (self.viewport.reader_rows / 2).max(1);
                let len = self.overlay_rows(&overlay);
                let cursor = overlay.cursor_mut();
                *cursor = super::motion::target(a, *cursor, page).min(len.saturating_sub(1));
                self.overlay = Some(overlay);
            }
        }
        None
    }
}
