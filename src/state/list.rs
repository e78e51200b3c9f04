//! The list pane: which entries it shows, in which order, the selection and
//! its scrolling.

use super::filter::FuzzyCache;
use super::{Focus, State};
use crate::action::Action;
use crate::library::sort::Sorted;

/// The list: its order, filters and selection.
#[derive(Debug, Clone, Default)]
pub struct ListState {
    /// Entry indices in list order.
    pub order: Vec<usize>,
    /// Every entry in sort order, before the filters.
    pub sorted: Sorted,
    /// The fuzzy filter's last results, for the next keystroke.
    pub fuzzy: FuzzyCache,
    /// Position of the selection in `order`.
    pub selected: usize,
    /// First visible row.
    pub offset: usize,
    /// The list filter (fuzzy on title, source, kicker).
    pub filter: Option<String>,
    /// Show only starred articles.
    pub starred_only: bool,
    /// Show only unread articles (and the selected one).
    pub unread_only: bool,
    /// The user has pressed a key or clicked: from now on the selection
    /// follows its article when the list is re-sorted.
    pub chosen: bool,
}

impl ListState {
    /// Index into `library.entries` of the selected entry.
    pub(crate) fn selected_index(&self) -> Option<usize> {
        self.order.get(self.selected).copied()
    }

    /// Whether a filter or the starred-only switch hides entries.
    pub(crate) fn narrowed(&self) -> bool {
        self.filter.is_some() || self.starred_only || self.unread_only
    }

    /// Scroll so that the selected row is visible in a pane of `rows` rows.
    pub(super) fn keep_visible(&mut self, rows: usize) {
        let rows = rows.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + rows {
            self.offset = self.selected + 1 - rows;
        }
        let max_offset = self.order.len().saturating_sub(rows);
        self.offset = self.offset.min(max_offset);
    }
}

impl State {
    /// Select row `target` (clamped), keep it visible and show its article.
    pub(super) fn select_row(&mut self, target: usize) {
        let last = self.list.order.len().saturating_sub(1);
        self.list.selected = target.min(last);
        self.list.keep_visible(self.viewport.list_rows);
        self.sync_reader();
    }

    /// Movement keys in the list.
    pub(super) fn list_motion(&mut self, action: Action) {
        let target = super::motion::target(action, self.list.selected, self.viewport.list_rows);
        self.select_row(target);
    }

    /// `J` / `K`: the next or previous article, read in the reader.
    pub(super) fn step_article(&mut self, delta: isize) {
        let Some(target) = self.list.selected.checked_add_signed(delta) else {
            self.message = Some("First article".into());
            return;
        };
        if target >= self.list.order.len() {
            self.message = Some("Last article".into());
            return;
        }
        self.select_row(target);
        self.focus = Focus::Reader;
    }
}
