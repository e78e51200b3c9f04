//! Views: thin borrowed widgets over the state. Nothing here changes the state.

pub mod glyphs;
pub(crate) mod help;
pub(crate) mod layout;
pub(crate) mod list;
pub(crate) mod outline;
pub(crate) mod people;
pub(crate) mod pick;
pub(crate) mod popup;
pub(crate) mod quotes;
pub(crate) mod reader;
pub mod status;
pub(crate) mod style;
pub(crate) mod text;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

use crate::config::Config;
use crate::library::Library;
use crate::state::{Focus, Hits, Overlay, State};

/// The whole screen.
pub struct View<'a> {
    pub state: &'a State,
    pub config: &'a Config,
}

impl View<'_> {
    pub fn areas(&self, size: Rect) -> layout::Areas {
        let r = &self.config.reader;
        let full = self.state.full_screen.then_some(self.state.focus);
        layout::areas_shown(size, &self.config.layout, r.max_width, r.align, full)
    }
}

impl Widget for &View<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        self.draw(area, buf);
        scrub(area, buf);
    }
}

/// The last line of defence: no cell may hold a control character, whatever
/// put it there (an article, a file name, a message); the parser and the file
/// names are cleaned already. Clusters whose width terminals disagree on and
/// bidi controls are drawn as [`glyphs::safe_symbol`] says.
pub(crate) fn scrub(area: Rect, buf: &mut Buffer) {
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let cell = &mut buf[(x, y)];
            if cell.symbol().chars().any(char::is_control) {
                cell.set_symbol(" ");
            } else if let Some(safe) = glyphs::safe_symbol(cell.symbol()) {
                cell.set_symbol(&safe);
            }
        }
    }
}

/// Make the next frame write every cell of `area`, changed or not: whatever a
/// terminal left there (a glyph it drew wider than byline thought) is
/// overwritten. For the reader pane when the article changes.
pub(crate) fn repaint(area: Rect, buf: &mut Buffer) {
    let area = area.intersection(buf.area);
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            buf[(x, y)].set_diff_option(ratatui::buffer::CellDiffOption::AlwaysUpdate);
        }
    }
}

impl View<'_> {
    fn draw(&self, area: Rect, buf: &mut Buffer) {
        let areas = self.areas(area);
        if areas.too_small {
            too_small(area, buf);
            return;
        }
        let theme = &self.config.theme;
        let state = self.state;
        if !areas.list.is_empty() {
            list::ListView {
                state,
                theme,
                columns: &self.config.layout.columns,
                focused: state.focus == Focus::List && state.overlay.is_none(),
            }
            .render(areas.list, buf);
        }
        if !areas.reader.is_empty() {
            reader::ReaderView {
                state,
                theme,
                areas: &areas,
                focused: state.focus == Focus::Reader && state.overlay.is_none(),
                dim_other_text: self.config.quotes.dim_other_text,
            }
            .render(areas.reader, buf);
        }
        if let Some(status_area) = areas.status {
            status::StatusBar {
                state,
                theme,
                keys: &self.config.keys,
            }
            .render(status_area, buf);
        }
        self.draw_overlay(area, buf);
    }

    /// The open overlay, over the panes.
    fn draw_overlay(&self, area: Rect, buf: &mut Buffer) {
        let theme = &self.config.theme;
        let state = self.state;
        match &state.overlay {
            Some(Overlay::Help { scroll }) => help::HelpView {
                rows: &help::rows(&self.config.keys),
                keys: &self.config.keys,
                theme,
                scroll: *scroll,
            }
            .render(area, buf),
            Some(overlay @ Overlay::Outline { rows, selected }) => {
                outline::OutlineView {
                    rows,
                    current: state.current_section(),
                    theme,
                    selected: *selected,
                    hints: status::overlay_hints(overlay, &self.config.keys),
                }
                .render(area, buf);
            }
            Some(overlay @ Overlay::Quotes { selected }) => quotes::QuotesView {
                article: state.article().map(AsRef::as_ref),
                doc: state.reader.doc(),
                theme,
                selected: *selected,
                hints: status::overlay_hints(overlay, &self.config.keys),
            }
            .render(area, buf),
            Some(overlay @ Overlay::Links { links, selected }) => {
                let hints = status::overlay_hints(overlay, &self.config.keys);
                links_view(links, *selected, &hints, theme).render(area, buf);
            }
            Some(overlay @ Overlay::Tags { tags, selected }) => {
                let hints = status::overlay_hints(overlay, &self.config.keys);
                tags_view(tags, *selected, &hints, theme).render(area, buf);
            }
            Some(Overlay::Skipped { scroll }) => pick::PickView {
                title: "Skipped files".into(),
                rows: state.skipped_rows().into_iter().map(Into::into).collect(),
                selected: None,
                offset: *scroll,
                theme,
                empty: "Nothing was skipped",
            }
            .render(area, buf),
            Some(Overlay::Hits { hits, selected }) => pick::HitsView {
                hits,
                titles: hit_titles(hits, &state.library),
                selected: *selected,
                theme,
            }
            .render(area, buf),
            Some(overlay @ Overlay::People(o)) => people::PeopleView {
                overlay: o,
                rows: state.people_rows(),
                built: state.people.gathered.is_some(),
                progress: state.people.progress,
                hints: status::overlay_hints(overlay, &self.config.keys),
                theme,
            }
            .render(area, buf),
            None => {}
        }
    }
}

/// The titles of the full-text results' articles.
fn hit_titles(hits: &Hits, library: &Library) -> Vec<String> {
    hits.items
        .iter()
        .map(|h| {
            library
                .entries
                .get(h.entry)
                .map(|e| e.title().into_owned())
                .unwrap_or_default()
        })
        .collect()
}

fn too_small(area: Rect, buf: &mut Buffer) {
    let text = "Terminal too small";
    for (i, word) in [text, "(enlarge it, or q)"].iter().enumerate() {
        let y = area.y + u16::try_from(i).unwrap_or(0);
        if y < area.bottom() {
            buf.set_stringn(area.x, y, word, usize::from(area.width), Style::new());
        }
    }
}

/// The links overlay: a link's number is its place in the list
/// (`links::numbered`), as the reader shows it.
fn links_view<'a>(
    links: &[crate::links::Link],
    selected: usize,
    hints: &str,
    theme: &'a crate::theme::Theme,
) -> pick::PickView<'a> {
    let rows = links
        .iter()
        .enumerate()
        .map(|(i, l)| pick::PickRow {
            text: format!("[{}] {}", i + 1, l.text),
            note: l.url.clone(),
        })
        .collect();
    pick::PickView::choose(
        format!("Links · {hints}"),
        rows,
        selected,
        theme,
        "No links",
    )
}

/// The tags overlay: `#tag` and its count, a row each.
fn tags_view<'a>(
    tags: &[(String, usize)],
    selected: usize,
    hints: &str,
    theme: &'a crate::theme::Theme,
) -> pick::PickView<'a> {
    let rows = tags
        .iter()
        .map(|(tag, n)| pick::PickRow {
            text: format!("#{tag}"),
            note: n.to_string(),
        })
        .collect();
    pick::PickView::choose(format!("Tags · {hints}"), rows, selected, theme, "No tags")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrub_blanks_cells_holding_control_characters() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 3, 1));
        buf[(0, 0)].set_symbol("\u{1b}");
        buf[(1, 0)].set_symbol("a\u{9b}");
        buf[(2, 0)].set_symbol("é");
        scrub(buf.area, &mut buf);
        assert_eq!(buf[(0, 0)].symbol(), " ");
        assert_eq!(buf[(1, 0)].symbol(), " ");
        assert_eq!(buf[(2, 0)].symbol(), "é");
    }

    #[test]
    fn scrub_draws_disputed_clusters_and_drops_bidi_controls() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 6, 1));
        buf.set_string(0, 0, "🇺🇸👨\u{200d}👩a\u{202e}", Style::new());
        scrub(buf.area, &mut buf);
        let shown: String = buf
            .content
            .iter()
            .map(ratatui::buffer::Cell::symbol)
            .collect();
        // Each cluster is two cells wide; the second cell stays blank.
        assert_eq!(shown, "US 👨 a ");
    }

    #[test]
    fn repaint_writes_every_cell_of_the_area_even_unchanged() {
        let mut before = Buffer::empty(Rect::new(0, 0, 4, 2));
        before.set_string(0, 0, "ab", Style::new());
        let mut next = before.clone();
        assert_eq!(before.diff(&next).len(), 0);
        repaint(Rect::new(0, 1, 4, 1), &mut next);
        let written: Vec<_> = before
            .diff(&next)
            .iter()
            .map(|(x, y, _)| (*x, *y))
            .collect();
        assert_eq!(written, [(0, 1), (1, 1), (2, 1), (3, 1)]);
    }
}
