//! End-to-end tests: the real `byline` binary in a pseudo-terminal.

// Always true in a test crate; it tells clippy the helpers are test code too
// (clippy.toml allows `expect` and `panic` in tests).
#![cfg(test)]

#[path = "pty/escapes.rs"]
mod escapes;
#[path = "pty/exit_status.rs"]
mod exit_status;
#[path = "pty/full_screen.rs"]
mod full_screen;
#[path = "pty/fulltext.rs"]
mod fulltext;
#[path = "pty/glyphs.rs"]
mod glyphs;
#[path = "pty/hangup.rs"]
mod hangup;
#[path = "pty/harness.rs"]
mod harness;
#[path = "pty/html_pages.rs"]
mod html_pages;
#[path = "support/http.rs"]
mod http;
#[path = "pty/huge.rs"]
mod huge;
#[path = "pty/links_tags.rs"]
mod links_tags;
#[path = "pty/list_view.rs"]
mod list_view;
#[path = "pty/mark_all.rs"]
mod mark_all;
#[path = "pty/navigate.rs"]
mod navigate;
#[path = "pty/overlays.rs"]
mod overlays;
#[path = "pty/panes.rs"]
mod panes;
#[path = "pty/people.rs"]
mod people;
#[path = "pty/quit.rs"]
mod quit;
#[path = "pty/quotes.rs"]
mod quotes;
#[path = "pty/reader.rs"]
mod reader;
#[path = "pty/remember.rs"]
mod remember;
#[path = "support/run.rs"]
mod run;
#[path = "pty/save_url.rs"]
mod save_url;
#[path = "pty/screen.rs"]
mod screen;
#[path = "pty/sections.rs"]
mod sections;
#[path = "pty/signals.rs"]
mod signals;
#[path = "pty/sizes.rs"]
mod sizes;
#[path = "pty/state_file.rs"]
mod state_file;
#[path = "pty/sync_feeds.rs"]
mod sync_feeds;
