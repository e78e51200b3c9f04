//! The one-line prompt at the bottom: `/` search, `/` filter, full-text search,
//! a URL to save.

use super::{Effect, Focus, State};

/// What the prompt is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// Search in the open article (incremental).
    Search,
    /// Filter the list (incremental, fuzzy).
    Filter,
    /// Search every article (on Enter).
    SearchAll,
    /// Filter People (incremental, fuzzy).
    People,
    /// A web page's URL, to save (on Enter).
    AddUrl,
}

/// The prompt and what has been typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub kind: InputKind,
    pub text: String,
}

impl Input {
    /// The prompt's label.
    pub fn prompt(&self) -> &'static str {
        match self.kind {
            InputKind::Search => "/",
            InputKind::Filter => "filter: ",
            InputKind::SearchAll => "search all: ",
            InputKind::People => "people: ",
            InputKind::AddUrl => "save URL: ",
        }
    }
}

impl State {
    /// Open the prompt (`/` in the reader searches, in the list filters).
    pub(super) fn start_input(&mut self, kind: InputKind) {
        let text = match kind {
            InputKind::Filter => self.list.filter.clone().unwrap_or_default(),
            InputKind::Search => {
                self.reader.search_origin = self.reader.scroll;
                String::new()
            }
            InputKind::SearchAll | InputKind::AddUrl => String::new(),
            InputKind::People => self.people_filter(),
        };
        self.input = Some(Input { kind, text });
    }

    /// The search key: search where the reader has focus, filter in the list.
    pub(super) fn search_key(&mut self) {
        match self.focus {
            Focus::Reader if self.reader.doc().is_some() => self.start_input(InputKind::Search),
            Focus::Reader => self.message = Some("Nothing to search yet".into()),
            Focus::List => self.start_input(InputKind::Filter),
        }
    }

    fn input_changed(&mut self) {
        let Some(input) = &self.input else { return };
        let text = input.text.clone();
        match input.kind {
            InputKind::Search => self.set_search(&text),
            InputKind::Filter => {
                self.list.filter = Some(text);
                self.refresh_view();
            }
            InputKind::SearchAll | InputKind::AddUrl => {}
            InputKind::People => self.set_people_filter(&text),
        }
    }

    /// A character typed at the prompt.
    pub fn input_char(&mut self, c: char) {
        if c.is_control() {
            return;
        }
        if let Some(input) = &mut self.input {
            input.text.push(c);
        }
        self.input_changed();
    }

    /// `ctrl-u`: empty the prompt (one search, not one per character).
    pub(crate) fn input_clear(&mut self) {
        if let Some(input) = &mut self.input
            && !input.text.is_empty()
        {
            input.text.clear();
            self.input_changed();
        }
    }

    /// Backspace at the prompt; on an empty prompt it closes it.
    pub fn input_backspace(&mut self) {
        let Some(input) = &mut self.input else { return };
        if input.text.pop().is_none() {
            self.input_cancel();
            return;
        }
        self.input_changed();
    }

    /// Enter: keep the filter or search; run a full-text search.
    pub fn input_submit(&mut self) -> Option<Effect> {
        let input = self.input.take()?;
        match input.kind {
            InputKind::Search => {
                if let Some(f) = &self.reader.search {
                    self.message = Some(if f.matches.is_empty() {
                        format!("No match for {}", f.query)
                    } else {
                        format!("{} matches · n next · N previous", f.matches.len())
                    });
                }
                None
            }
            InputKind::Filter => {
                if input.text.trim().is_empty() {
                    self.list.filter = None;
                }
                None
            }
            InputKind::People => None,
            InputKind::SearchAll if input.text.trim().is_empty() => None,
            InputKind::SearchAll => {
                self.message = Some(format!("Searching all articles for {}…", input.text));
                Some(self.start_search_all(input.text))
            }
            InputKind::AddUrl => self.submit_url(&input.text),
        }
    }

    /// Esc: close the prompt and clear what it set.
    pub(crate) fn input_cancel(&mut self) {
        let Some(input) = self.input.take() else {
            return;
        };
        match input.kind {
            InputKind::Search => {
                self.reader.search = None;
                self.reader.scroll = self.reader.search_origin.min(self.max_scroll());
            }
            InputKind::Filter => {
                self.list.filter = None;
                self.refresh_view();
            }
            InputKind::People => self.set_people_filter(""),
            InputKind::SearchAll | InputKind::AddUrl => {}
        }
    }
}
