//! byline: a terminal reader for news articles kept as local files.
//!
//! See `ARCHITECTURE.md` for how the modules fit together.

pub mod action;
pub mod app;
pub mod article;
pub mod cli;
pub mod config;
pub mod corpus;
pub mod doc;
pub mod keymap;
pub mod library;
pub mod links;
pub mod loader;
pub mod parse;
pub mod search;
pub mod state;
pub mod store;
pub mod suggest;
pub mod terminal;
pub mod theme;
pub mod timings;
pub mod ui;
