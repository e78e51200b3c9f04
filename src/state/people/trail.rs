//! From People to the reader and back: a quotation opened from a person's
//! page starts a trail of their quotations that `}` and `{` step along, across
//! articles, while the reader shows one of them; `p` on the current quotation
//! opens its speaker's page.

use super::{Item, Page, PeopleOverlay};
use crate::library::Source;
use crate::state::{DocState, Focus, Overlay, State};

/// A person's quotations, newest first, and the one the reader is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trail {
    pub name: String,
    pub items: Vec<Item>,
    pub pos: usize,
}

impl State {
    /// Enter on a quotation of a person's page: the article in the reader at
    /// that quotation, and the person's trail from there.
    pub(super) fn start_trail(&mut self, page: &Page, item: &Item) {
        self.people.trail = Some(Trail {
            name: page.name.clone(),
            items: page.items.clone(),
            pos: page.selected,
        });
        self.open_item(item);
    }

    /// Open `item`'s article in the reader, in quote mode, at the quotation.
    fn open_item(&mut self, item: &Item) {
        let Some(entry) = self
            .library
            .entries
            .iter()
            .position(|e| e.source == item.source)
        else {
            self.message = Some("That article is no longer in the library".into());
            return;
        };
        if !self.list.order.contains(&entry) {
            self.list.filter = None;
            self.list.starred_only = false;
            self.list.unread_only = false;
            self.refresh_view();
        }
        let Some(row) = self.list.order.iter().position(|&i| i == entry) else {
            return;
        };
        self.select_row(row);
        self.focus = Focus::Reader;
        self.show_quote(item.quote.quote);
    }

    /// Make quotation `q` of the reader's article current, now or (while it
    /// is read) once it is laid out.
    pub(crate) fn show_quote(&mut self, q: usize) {
        match &mut self.reader.layout {
            DocState::Loading(w) | DocState::Partial { waiting: w, .. } => w.quote = Some(q),
            DocState::Ready(_) | DocState::Relayout(_) => {
                let line = self
                    .reader
                    .doc()
                    .and_then(|d| d.quote_lines.get(q).copied().flatten());
                match line {
                    Some(line) => self.go_to_quote(q, line),
                    None => self.message = Some("That quotation is not in the article".into()),
                }
            }
        }
    }

    /// The source of the reader's article.
    fn reader_source(&self) -> Option<&Source> {
        let entry = self.reader.entry?;
        self.library.entries.get(entry).map(|e| &e.source)
    }

    /// Whether the reader shows the trail's quotation's article (so `}` and
    /// `{` step along the trail).
    pub(crate) fn trail_active(&self) -> bool {
        self.people
            .trail
            .as_ref()
            .is_some_and(|t| t.items.get(t.pos).map(|i| &i.source) == self.reader_source())
    }

    /// "Anna Berg 2/5" while the trail is active.
    pub fn trail_status(&self) -> Option<String> {
        let t = self.people.trail.as_ref().filter(|_| self.trail_active())?;
        Some(format!("{} {}/{}", t.name, t.pos + 1, t.items.len()))
    }

    /// `}` / `{` on a trail: the person's next or previous quotation,
    /// opening its article when it is another.
    pub(crate) fn trail_step(&mut self, delta: isize) {
        let Some(t) = &mut self.people.trail else {
            return;
        };
        let Some(pos) = t
            .pos
            .checked_add_signed(delta)
            .filter(|&p| p < t.items.len())
        else {
            let which = if delta > 0 { "last" } else { "first" };
            self.message = Some(format!("The {which} of {}'s quotations", t.name));
            return;
        };
        t.pos = pos;
        if let Some(item) = t.items.get(pos).cloned() {
            self.open_item(&item);
        }
    }

    /// `p`: the speaker of the current quotation, on their page in People.
    pub(crate) fn speaker_page(&mut self) {
        let quote = self.reader.current_quote.filter(|_| self.reader.quote_mode);
        let (Some(quote), Some(source)) = (quote, self.reader_source().cloned()) else {
            self.message = Some("No current quotation: quote mode and } pick one".into());
            return;
        };
        self.overlay = Some(Overlay::People(Box::default()));
        if self.people.gathered.as_ref().is_none_or(|g| g.partial) {
            self.people.pending = Some((source, quote));
            self.want_people();
            return;
        }
        self.open_speaker(&source, quote);
    }

    /// Open the page of whoever said quotation `quote` of `source`'s article.
    pub(super) fn open_speaker(&mut self, source: &Source, quote: usize) {
        let Some(g) = self.people.gathered.clone() else {
            return;
        };
        let article = g.sources.iter().position(|s| s == source);
        let person = article.and_then(|a| {
            g.people.iter().find(|p| {
                p.quotations
                    .iter()
                    .any(|r| r.article == a && r.quote == quote)
            })
        });
        let Some(person) = person else {
            self.message = Some("This quotation has no speaker in People".into());
            return;
        };
        let mut page = Page::of(person, &g);
        page.selected = page
            .items
            .iter()
            .position(|i| &i.source == source && i.quote.quote == quote)
            .unwrap_or(0);
        let selected = g.people.iter().position(|p| p.name == person.name);
        self.overlay = Some(Overlay::People(Box::new(PeopleOverlay {
            selected: selected.unwrap_or(0),
            page: Some(page),
            ..PeopleOverlay::default()
        })));
    }
}
