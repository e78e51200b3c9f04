//! Where a movement key goes from `at`, in a pane of `rows` rows: the same for
//! the list, the reader and the overlays. The caller clamps to its length.

use crate::action::Action;

/// The row or line a movement action leads to (`usize::MAX` for the end).
pub fn target(action: Action, at: usize, rows: usize) -> usize {
    let rows = rows.max(1);
    match action {
        Action::Down => at.saturating_add(1),
        Action::Up => at.saturating_sub(1),
        Action::PageDown => at.saturating_add(rows),
        Action::PageUp => at.saturating_sub(rows),
        Action::HalfPageDown => at.saturating_add(rows.div_ceil(2)),
        Action::HalfPageUp => at.saturating_sub(rows.div_ceil(2)),
        Action::Top => 0,
        Action::Bottom => usize::MAX,
        _ => at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_by_line_page_and_half_page_without_overflow() {
        assert_eq!(target(Action::Down, 3, 10), 4);
        assert_eq!(target(Action::Up, 0, 10), 0);
        assert_eq!(target(Action::PageDown, 3, 10), 13);
        assert_eq!(target(Action::PageUp, 3, 10), 0);
        assert_eq!(target(Action::HalfPageDown, 0, 9), 5);
        assert_eq!(target(Action::HalfPageUp, 9, 9), 4);
        assert_eq!(target(Action::Bottom, 3, 10), usize::MAX);
        assert_eq!(target(Action::Down, usize::MAX, 10), usize::MAX);
        assert_eq!(
            target(Action::PageDown, 0, 0),
            1,
            "a zero-row pane still moves"
        );
        assert_eq!(target(Action::Quit, 7, 10), 7);
    }
}
