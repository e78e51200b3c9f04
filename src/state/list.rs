//! The list pane: selection and its scrolling.

use super::{Focus, State};
use crate::action::Action;

/// Move the selection by `delta` rows (clamped) and show that article.
fn select(state: &mut State, target: usize) {
    let last = state.order.len().saturating_sub(1);
    state.selected = target.min(last);
    keep_visible(state);
    state.sync_reader();
}

/// Movement keys in the list.
pub(super) fn motion(state: &mut State, action: Action) {
    let target = super::motion::target(action, state.selected, state.viewport.list_rows);
    select(state, target);
}

/// `J` / `K`: the next or previous article, read in the reader.
pub(super) fn step_article(state: &mut State, delta: isize) {
    let Some(target) = state.selected.checked_add_signed(delta) else {
        state.message = Some("First article".into());
        return;
    };
    if target >= state.order.len() {
        state.message = Some("Last article".into());
        return;
    }
    select(state, target);
    state.focus = Focus::Reader;
}

/// Scroll the list so that the selected row is visible.
pub(super) fn keep_visible(state: &mut State) {
    let rows = state.viewport.list_rows.max(1);
    if state.selected < state.list_offset {
        state.list_offset = state.selected;
    } else if state.selected >= state.list_offset + rows {
        state.list_offset = state.selected + 1 - rows;
    }
    let max_offset = state.order.len().saturating_sub(rows);
    state.list_offset = state.list_offset.min(max_offset);
}
