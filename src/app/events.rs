//! Terminal events: keys (through the keymap or the prompt), mouse, resize.

use anyhow::Result;
use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::{Position, Rect};

use super::App;
use crate::keymap::Key;
use crate::state::{Effect, Pane, update};
use crate::terminal::Tui;

fn is_ctrl(key: KeyEvent, c: char) -> bool {
    key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char(c)
}

impl App {
    pub(super) fn event(&mut self, ev: &Event, tui: &mut Tui) -> Result<()> {
        match *ev {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.key(key, tui)?,
            Event::Mouse(m) => self.mouse(m),
            Event::Resize(w, h) => self.resize(w, h),
            _ => {}
        }
        Ok(())
    }

    fn key(&mut self, key: KeyEvent, tui: &mut Tui) -> Result<()> {
        if is_ctrl(key, 'c') {
            self.quit = true;
            return Ok(());
        }
        if is_ctrl(key, 'z') {
            tui.suspend();
            let size = tui.terminal.size()?;
            self.resize(size.width, size.height);
            return Ok(());
        }
        if self.state.input.is_some() {
            if let Some(effect) = self.prompt_key(key) {
                self.effect(effect, tui)?;
            }
            return Ok(());
        }
        if self.state.confirm.is_some() {
            // y answers yes; any other key no (and does nothing else).
            let yes =
                key.code == KeyCode::Char('y') && !key.modifiers.contains(KeyModifiers::CONTROL);
            self.state.answer(yes);
            for effect in self.state.take_effects() {
                self.effect(effect, tui)?;
            }
            return Ok(());
        }
        if let Some(action) = self.config.keys.lookup(Key::from(key)) {
            self.state.message = None;
            let full_screen = self.state.full_screen;
            update(&mut self.state, action);
            if self.state.full_screen != full_screen {
                // The panes changed size: re-wrap for the new width.
                let size = tui.terminal.size()?;
                self.resize(size.width, size.height);
            }
            for effect in self.state.take_effects() {
                self.effect(effect, tui)?;
            }
        }
        Ok(())
    }

    /// Keys while the prompt is open: text editing, Enter, Esc.
    fn prompt_key(&mut self, key: KeyEvent) -> Option<Effect> {
        let s = &mut self.state;
        match key.code {
            KeyCode::Esc => s.input_cancel(),
            KeyCode::Enter => return s.input_submit(),
            KeyCode::Backspace => s.input_backspace(),
            KeyCode::Char('u') if key.modifiers.contains(KeyModifiers::CONTROL) => s.input_clear(),
            KeyCode::Char(c)
                if !key
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                s.input_char(c);
            }
            _ => {}
        }
        None
    }

    fn mouse(&mut self, m: MouseEvent) {
        let Ok(size) = crossterm::terminal::size() else {
            return;
        };
        let areas = self.view().areas(Rect::new(0, 0, size.0, size.1));
        let at = Position::new(m.column, m.row);
        let pane = if areas.list.contains(at) {
            Pane::List
        } else if areas.reader.contains(at) {
            Pane::Reader
        } else {
            return;
        };
        match m.kind {
            MouseEventKind::ScrollDown => self.state.wheel(pane, true),
            MouseEventKind::ScrollUp => self.state.wheel(pane, false),
            MouseEventKind::Down(MouseButton::Left) => {
                let row = areas
                    .list_inner
                    .contains(at)
                    .then(|| usize::from(m.row - areas.list_inner.y));
                self.state.click(pane, row);
            }
            _ => {}
        }
    }
}
