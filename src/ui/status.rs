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
use crate::state::{Focus, Overlay, State};
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
        (Some(Overlay::Skipped { .. }), _) => "SKIPPED",
        (Some(Overlay::Hits { .. }), _) => "FOUND",
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

fn hints(state: &State, keys: &Keymap) -> String {
    let wanted: &[(Action, &str)] = match (&state.overlay, state.focus) {
        (Some(Overlay::Help { .. }), _) => &[(Action::Back, "close")],
        (Some(_), _) => &[(Action::Open, "jump"), (Action::Back, "close")],
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
    };
    wanted
        .iter()
        .filter_map(|(a, what)| keys.hint(*a).map(|k| format!("{k} {what}")))
        .collect::<Vec<_>>()
        .join("  ")
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
        let loc = location(self.state);
        let room = width.saturating_sub(mode.width() + 1);
        // A message wins over the location; the location wins over key hints,
        // which are dropped whole (from the last) rather than cut.
        let (loc, right, right_style) = if let Some(m) = &self.state.message {
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
