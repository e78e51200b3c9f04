//! Where each part of the screen goes. Pure geometry, shared by the views and by
//! the state (which needs the pane sizes for paging and wrapping).

use ratatui::layout::{Constraint, Layout, Rect};

use crate::config::{Align, LayoutConfig, ListHeight, ListWidth, Split};
use crate::state::{Focus, Viewport};

/// Below this the panes are not drawn, only a notice.
pub(crate) const MIN_WIDTH: u16 = 24;
pub(crate) const MIN_HEIGHT: u16 = 6;

/// The screen's parts for one size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Areas {
    pub list: Rect,
    pub reader: Rect,
    pub status: Option<Rect>,
    /// Inside the list's border.
    pub list_inner: Rect,
    /// Inside the reader's border.
    pub reader_inner: Rect,
    /// The column the article text is wrapped to, inside `reader_inner`.
    pub text: Rect,
    /// Too small to draw the panes.
    pub too_small: bool,
}

impl Areas {
    pub fn viewport(&self) -> Viewport {
        Viewport {
            list_rows: usize::from(self.list_inner.height),
            reader_rows: usize::from(self.reader_inner.height),
            text_width: self.text.width,
            margin: self
                .text
                .x
                .saturating_sub(self.reader_inner.x)
                .saturating_sub(1),
        }
    }
}

fn inner(r: Rect) -> Rect {
    Rect {
        x: r.x.saturating_add(1),
        y: r.y.saturating_add(1),
        width: r.width.saturating_sub(2),
        height: r.height.saturating_sub(2),
    }
}

/// The list's rows in a vertical split of `total` rows: as configured, but the
/// reader keeps at least a third of them.
fn list_rows(height: ListHeight, total: u16) -> u16 {
    let wanted = match height {
        ListHeight::Percent(p) => {
            u16::try_from(u32::from(total) * u32::from(p.min(90)) / 100).unwrap_or(total)
        }
        ListHeight::Rows(r) => r,
    };
    wanted.min(total - total.div_ceil(3))
}

/// Lay out a screen of `size`, split.
#[cfg(test)]
pub fn areas(size: Rect, layout: &LayoutConfig, max_width: u16, align: Align) -> Areas {
    areas_shown(size, layout, max_width, align, None)
}

/// Lay out a screen of `size`; with `full`, that pane alone over the whole
/// window (full screen). The hidden pane keeps the whole window's rows and
/// text width, so that switching panes re-wraps nothing, but has no columns:
/// it is neither drawn nor clicked.
pub fn areas_shown(
    size: Rect,
    layout: &LayoutConfig,
    max_width: u16,
    align: Align,
    full: Option<Focus>,
) -> Areas {
    if size.width < MIN_WIDTH || size.height < MIN_HEIGHT {
        return Areas {
            too_small: true,
            ..Areas::default()
        };
    }
    let (main, status) = if layout.status_bar {
        let [main, status] =
            Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(size);
        (main, Some(status))
    } else {
        (size, None)
    };
    let [list, reader] = match (full, layout.split) {
        (Some(_), _) => [main, main],
        (None, Split::Horizontal) => {
            let list_size = match layout.list_width {
                ListWidth::Percent(p) => Constraint::Percentage(p.min(90)),
                ListWidth::Columns(c) => Constraint::Length(c),
            };
            Layout::horizontal([list_size, Constraint::Min(10)]).areas(main)
        }
        (None, Split::Vertical) => {
            let rows = list_rows(layout.list_height, main.height);
            Layout::vertical([Constraint::Length(rows), Constraint::Min(3)]).areas(main)
        }
    };
    let list_inner = inner(list);
    let reader_inner = inner(reader);
    // One column of padding each side, and the scrollbar sits on the border.
    let room = reader_inner.width.saturating_sub(2);
    let width = room.min(max_width.max(10)).max(1);
    let x = match align {
        Align::Center => reader_inner.x + 1 + (room.saturating_sub(width)) / 2,
        Align::Left => reader_inner.x + 1,
    };
    let text = Rect {
        x,
        y: reader_inner.y,
        width,
        height: reader_inner.height,
    };
    let hide = |r: Rect| Rect { width: 0, ..r };
    let (list, list_inner, reader, reader_inner) = match full {
        Some(Focus::Reader) => (hide(list), hide(list_inner), reader, reader_inner),
        Some(Focus::List) => (list, list_inner, hide(reader), hide(reader_inner)),
        None => (list, list_inner, reader, reader_inner),
    };
    Areas {
        list,
        reader,
        status,
        list_inner,
        reader_inner,
        text,
        too_small: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_column_is_centred_and_capped() {
        let a = areas(
            Rect::new(0, 0, 200, 40),
            &LayoutConfig::default(),
            80,
            Align::Center,
        );
        assert_eq!(a.text.width, 80);
        let left = a.text.x - a.reader_inner.x;
        let right = a.reader_inner.right() - a.text.right();
        assert!(left.abs_diff(right) <= 1, "{left} vs {right}");
        assert_eq!(a.status.map(|s| s.y), Some(39));
    }

    #[test]
    fn narrow_panes_wrap_to_the_pane() {
        let a = areas(
            Rect::new(0, 0, 60, 20),
            &LayoutConfig::default(),
            80,
            Align::Left,
        );
        assert!(a.text.width < 80);
        assert_eq!(a.text.x, a.reader_inner.x + 1);
    }

    /// The README's example: `list_width = 40` with `split = "vertical"` once gave the
    /// list 38 rows and the reader 1. A vertical list's size is its own key, and the
    /// reader keeps at least a third of the window whatever it asks.
    #[test]
    fn vertical_split_keeps_a_third_for_the_reader() {
        let mut layout = LayoutConfig {
            split: Split::Vertical,
            list_width: ListWidth::Columns(40),
            ..LayoutConfig::default()
        };
        let a = areas(Rect::new(0, 0, 120, 40), &layout, 72, Align::Center);
        assert!(a.reader.height >= 13, "{a:?}");
        layout.list_height = ListHeight::Rows(12);
        let a = areas(Rect::new(0, 0, 120, 40), &layout, 72, Align::Center);
        assert_eq!((a.list.height, a.reader.height), (12, 27));
        layout.list_height = ListHeight::Rows(100);
        let a = areas(Rect::new(0, 0, 120, 40), &layout, 72, Align::Center);
        assert_eq!(a.reader.height, 13, "{a:?}");
        layout.list_height = ListHeight::Percent(25);
        let a = areas(Rect::new(0, 0, 80, 24), &layout, 72, Align::Center);
        assert_eq!(a.list.height, 5, "{a:?}");
    }

    /// Full screen: the pane with the focus over the whole window; the other
    /// drawn nowhere, with the same rows and text width (no re-wrap on a switch).
    #[test]
    fn full_screen_gives_one_pane_the_window() {
        let layout = LayoutConfig::default();
        let size = Rect::new(0, 0, 80, 24);
        let split = areas(size, &layout, 72, Align::Center);
        let read = areas_shown(size, &layout, 72, Align::Center, Some(Focus::Reader));
        assert_eq!(read.reader, Rect::new(0, 0, 80, 23));
        assert_eq!(read.text.width, 72);
        assert!(read.text.width > split.text.width, "{split:?}");
        assert!(read.list.is_empty() && read.list_inner.is_empty());
        let list = areas_shown(size, &layout, 72, Align::Center, Some(Focus::List));
        assert_eq!(list.list, Rect::new(0, 0, 80, 23));
        assert!(list.reader.is_empty());
        assert_eq!(list.viewport(), read.viewport());
        assert_eq!(read.viewport().list_rows, 21);
    }

    #[test]
    fn tiny_terminals_are_too_small() {
        let a = areas(
            Rect::new(0, 0, 1, 1),
            &LayoutConfig::default(),
            80,
            Align::Center,
        );
        assert!(a.too_small);
        assert_eq!(a.viewport(), Viewport::default());
    }
}
