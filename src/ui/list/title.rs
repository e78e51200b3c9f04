//! The list pane's title: how many articles it shows, and the view in force
//! (filter, starred-only, unread-only, sort key and order), shortened to fit the border.

use unicode_width::UnicodeWidthStr;

use crate::config::{Sort, SortKey};
use crate::state::State;
use crate::ui::text::fit;

/// "date ↓": the sort key and its order.
pub(crate) fn sort_label(sort: Sort) -> String {
    let key = match sort.key {
        SortKey::Date => "date",
        SortKey::Title => "title",
        SortKey::Source => "source",
    };
    format!("{key} {}", if sort.descending { '↓' } else { '↑' })
}

/// The parts of a title, most important first where it matters: the count and
/// the view always stay; the unread count, skipped files and folder go first.
struct Parts {
    /// "3/16" (shown of all) or "16".
    count: String,
    /// "14 unread", or "reading titles 2/3" while heads arrive.
    progress: String,
    /// Heads are still arriving: "Articles" and the progress stay, and the end
    /// is cut.
    loading: bool,
    filter: Option<String>,
    starred: bool,
    unread: bool,
    sort: String,
    skipped: Option<String>,
    label: String,
}

impl Parts {
    fn new(state: &State) -> Self {
        let total = state.listed();
        let count = if state.list.narrowed() {
            format!("{}/{total}", state.list.order.len())
        } else {
            total.to_string()
        };
        let pending = state.heads_pending();
        let progress = match pending {
            0 => format!("{} unread", state.unread()),
            n => format!("reading titles {}/{total}", total - n),
        };
        let skipped = state.skipped_count();
        Self {
            count,
            progress,
            loading: pending > 0,
            filter: state
                .list
                .filter
                .as_deref()
                .filter(|f| !f.trim().is_empty())
                .map(|f| format!("/{f}")),
            starred: state.list.starred_only,
            unread: state.list.unread_only,
            sort: sort_label(state.settings.sort),
            skipped: (skipped > 0).then(|| format!("{skipped} skipped")),
            label: state.library.label.clone(),
        }
    }

    /// The title with the parts `keep` allows, the filter cut to `filter_width`.
    fn render(&self, keep: Keep, filter_width: usize) -> String {
        let mut parts: Vec<String> = Vec::new();
        parts.push(if keep.word || self.loading {
            format!("Articles {}", self.count)
        } else {
            self.count.clone()
        });
        if keep.progress || self.loading {
            parts.push(self.progress.clone());
        }
        if let Some(f) = &self.filter {
            parts.push(fit(f, filter_width));
        }
        if self.starred {
            parts.push("★".into());
        }
        if self.unread {
            parts.push("●".into());
        }
        parts.push(self.sort.clone());
        if keep.skipped
            && let Some(s) = &self.skipped
        {
            parts.push(s.clone());
        }
        if keep.label && !self.label.is_empty() {
            parts.push(self.label.clone());
        }
        format!(" {} ", parts.join(" · "))
    }
}

#[derive(Clone, Copy)]
struct Keep {
    word: bool,
    progress: bool,
    skipped: bool,
    label: bool,
}

/// " Articles 3/16 · 14 unread · /nordp · ★ · ● · date ↓ · 1 skipped · ~/news ",
/// shortened to `width` columns: the folder, then the skipped count (the status
/// bar has it too), then the word "Articles" and the unread count go; then the
/// filter is cut with an ellipsis. While titles are read, their progress stays
/// and the end is cut.
pub(crate) fn pane_title(state: &State, width: usize) -> String {
    let parts = Parts::new(state);
    let steps = [
        (true, true, true, true),
        (true, true, true, false),
        (true, true, false, false),
        (false, true, false, false),
        (false, false, false, false),
    ];
    let mut keep = Keep {
        word: true,
        progress: true,
        skipped: true,
        label: true,
    };
    for (word, progress, skipped, label) in steps {
        keep = Keep {
            word,
            progress,
            skipped,
            label,
        };
        let title = parts.render(keep, usize::MAX);
        if title.width() <= width {
            return title;
        }
    }
    // The filter takes what is left (at least a character and the ellipsis).
    let without = parts.render(keep, 0).width();
    let filter_width = width.saturating_sub(without).max(2);
    fit(&parts.render(keep, filter_width), width)
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::article::Meta;
    use crate::library::{Entry, Library, Source};
    use crate::state::Settings;

    fn state(n: usize) -> State {
        let entries = (0..n)
            .map(|i| {
                let mut e = Entry::new(PathBuf::from(format!("{i}.txt")), Source::Embedded(b""), 1);
                e.meta = Some(Meta {
                    title: format!("Title {i}"),
                    ..Meta::default()
                });
                e.hash = Some(1);
                e
            })
            .collect();
        let lib = Library {
            entries,
            label: "~/news".into(),
            ..Library::default()
        };
        State::new(lib, Settings::default())
    }

    #[test]
    fn the_title_shows_the_filter_the_starred_switch_and_the_sort() {
        let mut s = state(16);
        s.list.filter = Some("tit 1".into());
        s.list.starred_only = true;
        s.library.entries[10].starred = true;
        s.library.entries[12].starred = true;
        s.refresh_order();
        assert_eq!(
            pane_title(&s, 200),
            " Articles 2/16 · 16 unread · /tit 1 · ★ · date ↓ · ~/news "
        );
    }

    #[test]
    fn the_title_shows_the_unread_switch() {
        let mut s = state(4);
        s.library.entries[1].read = true;
        s.list.unread_only = true;
        s.list.starred_only = true;
        s.library.entries[0].starred = true;
        s.refresh_order();
        assert_eq!(
            pane_title(&s, 200),
            " Articles 1/4 · 3 unread · ★ · ● · date ↓ · ~/news "
        );
        assert_eq!(pane_title(&s, 22), " 1/4 · ★ · ● · date ↓ ");
    }

    #[test]
    fn the_title_shortens_to_fit_and_keeps_the_view() {
        let mut s = state(16);
        s.list.filter = Some("nordp".into());
        s.list.starred_only = true;
        s.refresh_order();
        // 80 columns: the list pane's border has 28 columns for its title.
        assert_eq!(pane_title(&s, 28), " 0/16 · /nordp · ★ · date ↓ ");
        s.list.filter = Some("a much longer filter than fits".into());
        let t = pane_title(&s, 28);
        assert!(t.width() <= 28, "{t}");
        assert!(t.contains("★ · date ↓"), "{t}");
        assert_eq!(t, " 0/16 · /a mu… · ★ · date ↓ ");
        s.list.filter = None;
        s.list.starred_only = false;
        s.refresh_order();
        assert_eq!(pane_title(&s, 28), " 16 · 16 unread · date ↓ ");
    }

    #[test]
    fn entries_still_to_come_from_the_cache_count_as_titles_being_read() {
        let mut s = state(4);
        s.coming(6);
        assert_eq!(
            pane_title(&s, 200),
            " Articles 10 · reading titles 4/10 · date ↓ · ~/news "
        );
    }
}
