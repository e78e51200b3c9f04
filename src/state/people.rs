//! People (`P`): everyone quoted across the library, built in the background
//! ([`Effect::GatherPeople`], results through [`State::people_progress`] and
//! [`State::people_gathered`]); the overlay's list of people and a person's
//! page, and the trail of a person's quotations the reader steps along
//! ([`trail`]).

mod trail;

use std::sync::Arc;

use super::{Effect, InputKind, Overlay, State};
use crate::action::Action;
use crate::library::Source;
use crate::people::gather::Gathered;
use crate::people::{Person, QuoteRef, filter, name};

pub use trail::Trail;

/// The people of the library and the work on them.
#[derive(Debug, Clone, Default)]
pub struct People {
    /// The latest people built (kept on screen while a newer build runs).
    pub gathered: Option<Arc<Gathered>>,
    /// `(done, total)` while a build runs.
    pub progress: Option<(usize, usize)>,
    /// The number of the latest build asked for: results of older ones are
    /// dropped.
    pub generation: u64,
    /// The person whose quotations `}` and `{` step through.
    pub trail: Option<Trail>,
    /// The library changed while a build ran: build again when it is done
    /// (one build at a time: a build cannot be stopped, and two would share
    /// the cores).
    again: bool,
    /// `p` before the people were built: the quotation (its article's source
    /// and its index) whose speaker to show once they are.
    pending: Option<(Source, usize)>,
}

/// One quotation of a person, with the article it is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub source: Source,
    pub quote: QuoteRef,
}

/// A person's page: their quotations across articles, newest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub name: String,
    pub items: Vec<Item>,
    pub selected: usize,
    /// Opened from the summary, before the quotations were read: filled in
    /// when they are.
    pub waiting: bool,
}

impl Page {
    /// `person`'s page, their quotations newest first (undated last).
    fn of(person: &Person, gathered: &Gathered) -> Page {
        let mut items: Vec<Item> = person
            .quotations
            .iter()
            .filter_map(|q| {
                Some(Item {
                    source: gathered.sources.get(q.article)?.clone(),
                    quote: q.clone(),
                })
            })
            .collect();
        // Stable: quotations of one date stay in reading order.
        items.sort_by_key(|i| std::cmp::Reverse(i.quote.date));
        Page {
            name: person.name.clone(),
            items,
            selected: 0,
            waiting: gathered.partial,
        }
    }
}

/// The People overlay: the list (sorted, filtered) and, over it, a person's
/// page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PeopleOverlay {
    /// Sorted by name, else by the number of quotations.
    pub by_name: bool,
    /// The `/` filter (fuzzy on every form of the name).
    pub filter: String,
    /// The row under the cursor in the list.
    pub selected: usize,
    /// The person whose page is open.
    pub page: Option<Page>,
}

impl State {
    /// The rows of the People list: the people built, filtered and sorted as
    /// the overlay says.
    pub fn people_rows(&self) -> Vec<&Person> {
        let (Some(g), Some(Overlay::People(o))) = (&self.people.gathered, &self.overlay) else {
            return Vec::new();
        };
        let mut rows = filter::matching(&g.people, &o.filter);
        if o.by_name {
            rows.sort_by_cached_key(|p| (name::fold_phrase(&p.name), p.name.clone()));
        }
        rows
    }

    /// `P`: open People, building it first if nobody has.
    pub(super) fn open_people(&mut self) {
        self.overlay = Some(Overlay::People(Box::default()));
        self.want_people();
    }

    /// Ask for the people to be built unless they are or are being.
    fn want_people(&mut self) {
        if self.people.gathered.is_none() && self.people.progress.is_none() {
            self.gather_people();
        }
    }

    /// Build the people (again): a new number, so that older results are
    /// dropped.
    fn gather_people(&mut self) {
        self.people.generation += 1;
        self.people.progress = Some((0, self.library.entries.len()));
        self.effects.push(Effect::GatherPeople {
            generation: self.people.generation,
        });
    }

    /// The library changed (the folder watcher, a reload): build the people
    /// again if they were built, or once the build running is done.
    pub fn library_changed(&mut self) {
        if self.people.progress.is_some() {
            self.people.again = true;
        } else if self.people.gathered.is_some() {
            self.gather_people();
        }
    }

    /// Build `generation` has read `done` of `total` articles.
    pub fn people_progress(&mut self, generation: u64, done: usize, total: usize) {
        if generation == self.people.generation && self.people.progress.is_some() {
            self.people.progress = Some((done, total));
        }
    }

    /// Build `generation` is done (an older one is dropped).
    pub fn people_gathered(&mut self, generation: u64, gathered: Gathered) {
        if generation != self.people.generation {
            return;
        }
        if gathered.partial {
            self.summary_read(gathered);
            return;
        }
        self.people.gathered = Some(Arc::new(gathered));
        self.people.progress = None;
        self.fill_waiting_page();
        if std::mem::take(&mut self.people.again) {
            self.gather_people();
        }
        let rows = self.people_rows().len();
        if let Some(Overlay::People(o)) = &mut self.overlay {
            o.selected = o.selected.min(rows.saturating_sub(1));
        }
        if let Some((source, quote)) = self.people.pending.take() {
            self.open_speaker(&source, quote);
        }
    }

    /// The people of the summary, while the build goes on: the list, unless
    /// people with their quotations are already shown.
    fn summary_read(&mut self, gathered: Gathered) {
        if self.people.gathered.as_ref().is_some_and(|g| !g.partial) {
            return;
        }
        self.people.gathered = Some(Arc::new(gathered));
        let rows = self.people_rows().len();
        if let Some(o) = self.people_overlay_mut() {
            o.selected = o.selected.min(rows.saturating_sub(1));
        }
    }

    /// The quotations are read: a page opened before they were gets them
    /// (the same person, by name).
    fn fill_waiting_page(&mut self) {
        let Some(g) = self.people.gathered.clone() else {
            return;
        };
        let Some(page) = self.people_overlay_mut().and_then(|o| o.page.as_mut()) else {
            return;
        };
        if page.waiting {
            *page = match g.people.iter().find(|p| p.name == page.name) {
                Some(person) => Page::of(person, &g),
                None => Page {
                    waiting: false,
                    ..page.clone()
                },
            };
        }
    }

    /// Keys while People is open: esc and q go back (page, list, closed),
    /// `P` closes, `t` sorts, `/` filters, enter opens.
    pub(super) fn people_update(&mut self, action: Action) -> Option<Effect> {
        let on_page = self.people_overlay()?.page.is_some();
        match action {
            Action::People => self.overlay = None,
            Action::Quit | Action::Back => match self.people_overlay_mut() {
                // The page closes to the list; the list closes People.
                Some(o) if on_page => o.page = None,
                _ => self.overlay = None,
            },
            Action::CycleSort if !on_page => {
                if let Some(o) = self.people_overlay_mut() {
                    o.by_name = !o.by_name;
                    o.selected = 0;
                }
            }
            Action::Search if !on_page => self.start_input(InputKind::People),
            Action::Open if on_page => self.open_page_item(),
            Action::Open => self.open_person(),
            motion => {
                let len = self.overlay.as_ref().map_or(0, |o| self.overlay_rows(o));
                let page = (self.viewport.reader_rows / 2).max(1);
                if let Some(o) = &mut self.overlay {
                    let cursor = o.cursor_mut();
                    *cursor =
                        super::motion::target(motion, *cursor, page).min(len.saturating_sub(1));
                }
            }
        }
        None
    }

    fn people_overlay(&self) -> Option<&PeopleOverlay> {
        match &self.overlay {
            Some(Overlay::People(o)) => Some(o),
            _ => None,
        }
    }

    fn people_overlay_mut(&mut self) -> Option<&mut PeopleOverlay> {
        match &mut self.overlay {
            Some(Overlay::People(o)) => Some(o),
            _ => None,
        }
    }

    /// Enter on the list: the person under the cursor's page.
    fn open_person(&mut self) {
        let cursor = self.people_overlay().map_or(0, |o| o.selected);
        let page = match (self.people_rows().get(cursor), &self.people.gathered) {
            (Some(person), Some(g)) => Page::of(person, g),
            _ => return,
        };
        if let Some(o) = self.people_overlay_mut() {
            o.page = Some(page);
        }
    }

    /// Enter on a person's page: the quotation under the cursor in the
    /// reader (People closes).
    fn open_page_item(&mut self) {
        let Some(page) = self.people_overlay().and_then(|o| o.page.clone()) else {
            return;
        };
        if let Some(item) = page.items.get(page.selected) {
            self.overlay = None;
            self.start_trail(&page, item);
        }
    }

    /// The People filter typed so far.
    pub(super) fn set_people_filter(&mut self, text: &str) {
        if let Some(Overlay::People(o)) = &mut self.overlay {
            o.filter = text.to_string();
            o.selected = 0;
        }
    }

    /// The People filter, to start the prompt with.
    pub(super) fn people_filter(&self) -> String {
        match &self.overlay {
            Some(Overlay::People(o)) => o.filter.clone(),
            _ => String::new(),
        }
    }
}
