//! The import parsers never panic and never drop a feed: any text (OPML-like or
//! not) is read without a panic, every newsboat line with an http URL gives its
//! feed, and appending what was read always leaves a config that loads.

#![cfg(test)]

use std::fmt::Write as _;

use byline::config::Config;
use byline::feeds::append::append;
use byline::feeds::parse_subscriptions;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_text_is_read_without_a_panic(text in "\\PC{0,300}") {
        let _ = parse_subscriptions(&text);
        let _ = parse_subscriptions(&format!("<opml><body>{text}</body></opml>"));
    }

    #[test]
    fn newsboat_lines_keep_every_feed(
        feeds in prop::collection::vec(("[a-z]{1,8}", "[a-z0-9/]{0,10}", prop::collection::vec("[a-z]{1,6}", 0..3), prop::option::of("[A-Za-z ]{1,12}")), 1..8)
    ) {
        let mut text = String::from("# urls\n");
        for (host, path, tags, title) in &feeds {
            let _ = write!(text, "https://{host}.example/{path}");
            for t in tags {
                let _ = write!(text, " {t}");
            }
            if let Some(title) = title {
                let _ = write!(text, " \"~{title}\"");
            }
            text.push('\n');
        }
        let (subs, skipped) = parse_subscriptions(&text);
        prop_assert!(skipped.is_empty());
        prop_assert_eq!(subs.len(), feeds.len());
        for (sub, (host, path, tags, title)) in subs.iter().zip(&feeds) {
            prop_assert_eq!(&sub.url, &format!("https://{host}.example/{path}"));
            prop_assert_eq!(&sub.tags, tags);
            let title = title.as_deref().map(str::trim).filter(|t| !t.is_empty());
            prop_assert_eq!(sub.name.as_deref(), title);
        }
        let (config, _) = append("# mine\n", &subs).unwrap();
        let loaded = Config::from_toml(&config, "t", None, false);
        prop_assert!(loaded.is_ok(), "{:?}\n{}", loaded.err(), config);
    }
}
