//! Mouse: the wheel scrolls the pane under the pointer, a click selects a list
//! row or focuses a pane. Positions arrive already resolved to a pane and row.

use super::{Focus, State};
use crate::action::Action;

/// Which pane a mouse event is over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    List,
    Reader,
}

/// Lines (or rows) one wheel notch moves.
const WHEEL: usize = 3;

impl State {
    /// The wheel turned over `pane`: `down` or up, by a few lines.
    pub(crate) fn wheel(&mut self, pane: Pane, down: bool) {
        self.list.chosen = true;
        if self.overlay.is_some() || self.input.is_some() {
            return;
        }
        let action = if down { Action::Down } else { Action::Up };
        for _ in 0..WHEEL {
            match pane {
                Pane::List => self.list_motion(action),
                Pane::Reader => self.reader_motion(action),
            }
        }
    }

    /// A click in `pane`; `row` is the row inside the list pane's border.
    pub(crate) fn click(&mut self, pane: Pane, row: Option<usize>) {
        self.list.chosen = true;
        if self.overlay.is_some() || self.input.is_some() {
            return;
        }
        match pane {
            Pane::Reader => self.focus = Focus::Reader,
            Pane::List => {
                self.focus = Focus::List;
                if let Some(r) = row {
                    let target = self.list.offset + r;
                    if target < self.list.order.len() {
                        self.select_row(target);
                    }
                }
            }
        }
    }
}
