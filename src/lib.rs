//! byline: a terminal reader for news articles kept as local files.
//!
//! See `ARCHITECTURE.md` for how the modules fit together.

pub mod action;
pub mod article;
pub mod cli;
pub mod config;
pub mod corpus;
pub mod keymap;
pub mod parse;
pub mod theme;
