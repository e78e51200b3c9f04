//! The help overlay: every key binding, generated from the active keymap.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::popup;
use crate::action::Action;
use crate::keymap::Keymap;
use crate::theme::Theme;

pub struct HelpView<'a> {
    pub keys: &'a Keymap,
    pub theme: &'a Theme,
    pub scroll: usize,
}

/// (keys, description) rows: `section_2`…`section_9` are folded into one row.
pub fn rows(keys: &Keymap) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut digits: Vec<String> = Vec::new();
    for (action, names) in keys.bindings() {
        match action {
            Action::Section(n) if n >= 2 => digits.extend(names),
            _ => out.push((names.join(", "), action.description().to_string())),
        }
    }
    if !digits.is_empty() {
        let keys = match (digits.first(), digits.last()) {
            (Some(a), Some(b)) if digits.len() > 2 => format!("{a}…{b}"),
            _ => digits.join(", "),
        };
        out.push((keys, "Jump to section 2…9".into()));
    }
    out.push(("ctrl-c".into(), "Quit at once".into()));
    out
}

impl Widget for &HelpView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let rows = rows(self.keys);
        let key_w = rows
            .iter()
            .map(|(k, _)| k.width())
            .max()
            .unwrap_or(0)
            .min(24);
        let desc_w = rows.iter().map(|(_, d)| d.width()).max().unwrap_or(0);
        let width = u16::try_from(key_w + desc_w + 6).unwrap_or(u16::MAX);
        let height = u16::try_from(rows.len() + 2).unwrap_or(u16::MAX);
        let inner = popup::frame(
            area,
            buf,
            width,
            height,
            "Keys · esc closes",
            self.theme.border_focused,
        );
        let visible = usize::from(inner.height);
        let scroll = self.scroll.min(rows.len().saturating_sub(visible));
        for (i, (keys, desc)) in rows.iter().skip(scroll).take(visible).enumerate() {
            let y = inner.y + u16::try_from(i).unwrap_or(0);
            let pad = key_w.saturating_sub(keys.width());
            Line::from(vec![
                Span::styled(
                    format!(" {}{} ", super::list::fit(keys, key_w), " ".repeat(pad)),
                    self.theme.help_key,
                ),
                Span::styled(desc.clone(), self.theme.help),
            ])
            .render(
                Rect {
                    y,
                    height: 1,
                    ..inner
                },
                buf,
            );
        }
    }
}
