//! byline: a terminal reader for news articles kept as local files.
//!
//! See `ARCHITECTURE.md` for how the modules fit together.

pub mod action;
pub mod app;
pub mod article;
pub mod cli;
pub mod config;
// Generated articles for benchmarks and tests: not shipped (feature
// `test-support`; the library's unit tests always have it).
#[cfg(any(test, feature = "test-support"))]
pub mod corpus;
pub mod doc;
pub mod feeds;
pub mod fulltext;
pub mod html;
pub(crate) mod io_error;
pub mod keymap;
pub mod library;
pub(crate) mod links;
pub mod loader;
pub mod parse;
pub mod people;
pub mod save;
pub mod search;
pub mod state;
pub mod store;
pub(crate) mod suggest;
pub(crate) mod terminal;
pub mod theme;
pub mod timings;
pub mod ui;
pub mod web;
