//! The status bar: mode, where you are, and a message or the keys that matter now.

use std::fmt::Write;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::text::fit;
use crate::action::Action;
use crate::keymap::Keymap;
use crate::state::{Focus, InputKind, Overlay, State};
use crate::theme::Theme;

pub struct StatusBar<'a> {
    pub state: &'a State,
    pub theme: &'a Theme,
    pub keys: &'a Keymap,
}

/// The mode label.
pub fn mode(state: &State) -> &'static str {
    match (&state.overlay, state.focus) {
        (Some(Overlay::Help { .. }), _) => "HELP",
        (Some(Overlay::Outline { .. }), _) => "OUTLINE",
        (Some(Overlay::Quotes { .. }), _) => "QUOTATIONS",
        (Some(Overlay::Links { .. }), _) => "LINKS",
        (Some(Overlay::Tags { .. }), _) => "TAGS",
        (Some(Overlay::Skipped { .. }), _) => "SKIPPED",
        (Some(Overlay::Hits { .. }), _) => "FOUND",
        (Some(Overlay::People(_)), _) => "PEOPLE",
        (None, _) if state.confirm.is_some() => "CONFIRM",
        (None, _)
            if state
                .input
                .as_ref()
                .is_some_and(|i| i.kind == InputKind::AddUrl) =>
        {
            "SAVE"
        }
        (None, _) if state.input.is_some() => "SEARCH",
        (None, Focus::List) => "LIST",
        (None, Focus::Reader) if state.reader.quote_mode => "QUOTES",
        (None, Focus::Reader) => "READ",
    }
}

/// "§ 2/5 Heading · quotes: 12 in article (3/12 Jane Doe)".
pub(crate) fn location(state: &State) -> String {
    let mut parts = Vec::new();
    let (Some(article), Some(doc)) = (state.article(), state.reader.doc()) else {
        return String::new();
    };
    let n = article.sections.len();
    if n > 0 {
        let i = state.current_section();
        let heading = article
            .sections
            .get(i)
            .and_then(|s| s.heading.as_deref())
            .unwrap_or("(top)");
        parts.push(format!("§ section {}/{n} {heading}", i + 1));
    }
    if let Some(trail) = state.trail_status() {
        // The person's trail first: `}` and `{` follow it.
        parts.insert(0, trail);
    }
    if state.reader.quote_mode {
        let counted: Vec<usize> = doc.counted_quotes().map(|(q, _)| q).collect();
        let mut s = format!("quotes: {} in article", counted.len());
        if let Some(cur) = state.reader.current_quote
            && let Some(pos) = counted.iter().position(|&q| q == cur)
        {
            let _ = write!(s, " ({}/{}", pos + 1, counted.len());
            if let Some(sp) = article.quotes.get(cur).and_then(|q| q.speaker.as_deref()) {
                let _ = write!(s, " {sp}");
            }
            s.push(')');
        }
        parts.push(s);
    }
    if let Some(f) = &state.reader.search {
        let cur = f.current.map_or(0, |c| c + 1);
        parts.push(format!("/{} {cur}/{}", f.query, f.matches.len()));
    }
    parts.join(" · ")
}

/// The keys that act now and what each does, in a word: the status bar says
/// these, and the overlays' titles say the same (`overlay_hints`).
fn wanted(state: &State) -> &'static [(Action, &'static str)] {
    match (&state.overlay, state.focus) {
        (Some(overlay), _) => overlay_wanted(overlay),
        (None, Focus::List) => &[
            (Action::Open, "read"),
            (Action::Outline, "outline"),
            (Action::Help, "help"),
            (Action::Quit, "quit"),
        ],
        (None, Focus::Reader) => &[
            (Action::PageDown, "page"),
            (Action::NextSection, "section"),
            (Action::ToggleQuotes, "quotes"),
            (Action::Back, "list"),
            (Action::Help, "help"),
        ],
    }
}

/// Only the keys that do something in this overlay (`State::overlay_update`):
/// Enter acts on a row where there is something to act on, never over the
/// help or the skipped files.
fn overlay_wanted(overlay: &Overlay) -> &'static [(Action, &'static str)] {
    match overlay {
        Overlay::Help { .. } | Overlay::Skipped { .. } => &[(Action::Back, "close")],
        Overlay::Links { .. } | Overlay::Hits { .. } => {
            &[(Action::Open, "open"), (Action::Back, "close")]
        }
        Overlay::Outline { .. } | Overlay::Quotes { .. } => {
            &[(Action::Open, "jump"), (Action::Back, "close")]
        }
        Overlay::Tags { .. } => &[(Action::Open, "filter"), (Action::Back, "close")],
        Overlay::People(o) if o.page.is_some() => &[(Action::Open, "read"), (Action::Back, "back")],
        Overlay::People(_) => &[
            (Action::Open, "person"),
            (Action::CycleSort, "sort"),
            (Action::Search, "filter"),
            (Action::Back, "close"),
        ],
    }
}

/// "enter open  esc close": each action by the first key bound to it (an
/// unbound action is left out).
fn spell(wanted: &[(Action, &str)], keys: &Keymap) -> String {
    wanted
        .iter()
        .filter_map(|(a, what)| keys.hint(*a).map(|k| format!("{k} {what}")))
        .collect::<Vec<_>>()
        .join("  ")
}

fn hints(state: &State, keys: &Keymap) -> String {
    spell(wanted(state), keys)
}

/// An overlay's hints, for its title: the same words as the status bar.
pub(crate) fn overlay_hints(overlay: &Overlay, keys: &Keymap) -> String {
    spell(overlay_wanted(overlay), keys)
}

impl Widget for &StatusBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.theme;
        buf.set_style(area, theme.status);
        let width = usize::from(area.width);
        let mode = format!(" {} ", mode(self.state));
        if let Some(input) = &self.state.input {
            let mut spans = vec![
                Span::styled(mode, theme.status_mode),
                Span::styled(format!(" {}{}", input.prompt(), input.text), theme.status),
                Span::styled("█", theme.status),
            ];
            if let Some(f) = &self.state.reader.search
                && input.kind == crate::state::InputKind::Search
            {
                spans.push(Span::styled(
                    format!("  {} matches", f.matches.len()),
                    theme.status,
                ));
            }
            Line::from(spans).render(area, buf);
            return;
        }
        let room = width.saturating_sub(mode.width() + 1);
        if let Some(confirm) = &self.state.confirm {
            Line::from(vec![
                Span::styled(mode, theme.status_mode),
                Span::styled(
                    fit(&format!(" {}", confirm.question()), room),
                    theme.status_message,
                ),
            ])
            .render(area, buf);
            return;
        }
        let loc = location(self.state);
        // A message (else the progress of a save) wins over the location; the location wins over key hints,
        // which are dropped whole (from the last) rather than cut.
        let message = self
            .state
            .message
            .clone()
            .or_else(|| self.state.save_progress());
        let (loc, right, right_style) = if let Some(m) = &message {
            let right = fit(&format!(" {m} "), room);
            let loc = fit(&loc, room.saturating_sub(right.width() + 1));
            (loc, right, theme.status_message)
        } else {
            let loc = fit(&loc, room);
            let mut hints = hints(self.state, self.keys);
            while !hints.is_empty() && loc.width() + hints.width() + 3 > room {
                hints = hints
                    .rsplit_once("  ")
                    .map_or_else(String::new, |(h, _)| h.to_string());
            }
            let right = if hints.is_empty() {
                String::new()
            } else {
                format!(" {hints} ")
            };
            (loc, right, theme.status)
        };
        let gap = room.saturating_sub(loc.width() + right.width());
        Line::from(vec![
            Span::styled(mode, theme.status_mode),
            Span::styled(format!(" {loc}"), theme.status),
            Span::styled(" ".repeat(gap), theme.status),
            Span::styled(right, right_style),
        ])
        .render(area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keymap::Key;
    use crate::library::Library;
    use crate::links::Link;
    use crate::state::Settings;
    use crossterm::event::{KeyCode, KeyModifiers};

    fn with(overlay: Overlay) -> State {
        let mut s = State::new(Library::default(), Settings::default());
        s.overlay = Some(overlay);
        s
    }

    #[test]
    fn overlay_hints_name_only_the_keys_that_act_there() {
        let keys = Keymap::default();
        let links = with(Overlay::Links {
            links: vec![Link {
                text: "a".into(),
                url: "https://example.org".into(),
            }],
            selected: 0,
        });
        // The Links title says the same.
        assert_eq!(hints(&links, &keys), "enter open  esc close");
        // Enter does nothing over the skipped files.
        let skipped = with(Overlay::Skipped { scroll: 0 });
        assert!(
            !hints(&skipped, &keys).contains("enter"),
            "{}",
            hints(&skipped, &keys)
        );
        assert!(hints(&skipped, &keys).contains("esc close"));
        // The keys bound, not the default ones.
        let mut keys = Keymap::default();
        let x = Key::new(KeyCode::Char('x'), KeyModifiers::NONE);
        keys.bind(Action::Back, vec![(x, "x".into())]);
        keys.bind(Action::Open, Vec::new());
        assert_eq!(hints(&links, &keys), "x close");
    }
}
