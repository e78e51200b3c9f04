//! Feeds fill the library: subscriptions read from OPML or a newsboat `urls`
//! file and appended to the config (`import`, `append`), and `byline sync`
//! (`sync`): each feed fetched with [`crate::web::Client`], each new item
//! written as an article with the helpers of [`crate::save`].

pub mod append;
pub mod import;
pub mod index;
pub mod item;
pub mod sync;

pub use import::{Subscription, parse_subscriptions};
