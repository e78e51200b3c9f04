//! Subscriptions from another reader: OPML (any reader's export) or newsboat's
//! `urls` file (`URL tag "two words" "~Title"`).

use quick_xml::Reader;
use quick_xml::events::Event;

use crate::parse::decode::clean_line;

/// A feed found in an import file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscription {
    pub url: String,
    pub name: Option<String>,
    pub tags: Vec<String>,
}

/// The feeds of an OPML document (text starting with `<`) or of a newsboat
/// `urls` file. Lines or outlines that name no fetchable feed (newsboat's
/// `query:` and `exec:` feeds) are left out and listed in the second value.
pub fn parse_subscriptions(text: &str) -> (Vec<Subscription>, Vec<String>) {
    let text = text.trim_start_matches('\u{feff}');
    if text.trim_start().starts_with('<') {
        opml(text)
    } else {
        newsboat(text)
    }
}

fn opml(text: &str) -> (Vec<Subscription>, Vec<String>) {
    let mut reader = Reader::from_str(text);
    let mut subs = Vec::new();
    let mut skipped = Vec::new();
    // The titles of the folders (outlines without a feed) we are inside; `None`
    // for an outline that is a feed itself and has children.
    let mut folders: Vec<Option<String>> = Vec::new();
    loop {
        let (e, empty) = match reader.read_event() {
            Ok(Event::Start(e)) => (e, false),
            Ok(Event::Empty(e)) => (e, true),
            Ok(Event::End(e)) => {
                if e.name().as_ref().eq_ignore_ascii_case(b"outline") {
                    folders.pop();
                }
                continue;
            }
            Ok(Event::Eof) => break,
            Err(e) => {
                skipped.push(format!("OPML: {}", clean_line(&e.to_string())));
                break;
            }
            Ok(_) => continue,
        };
        if !e.name().as_ref().eq_ignore_ascii_case(b"outline") {
            continue;
        }
        let mut url = None;
        let mut title = None;
        let mut text_attr = None;
        let mut category = None;
        for a in e.attributes().flatten() {
            let value = a
                .decoded_and_normalized_value(quick_xml::XmlVersion::Implicit1_0, reader.decoder())
                .map(|v| clean_line(v.trim()))
                .unwrap_or_default();
            if value.is_empty() {
                continue;
            }
            match a.key.as_ref().to_ascii_lowercase().as_slice() {
                b"xmlurl" => url = Some(value),
                b"title" => title = Some(value),
                b"text" => text_attr = Some(value),
                b"category" => category = Some(value),
                _ => {}
            }
        }
        let name = title.or(text_attr);
        if let Some(url) = url {
            let mut tags: Vec<String> = folders.iter().flatten().cloned().collect();
            for c in category.iter().flat_map(|c| c.split(',')) {
                let c = c.trim().trim_start_matches('/');
                if !c.is_empty() && !tags.iter().any(|t| t == c) {
                    tags.push(c.to_string());
                }
            }
            subs.push(Subscription { url, name, tags });
            if !empty {
                folders.push(None);
            }
        } else if !empty {
            folders.push(name);
        }
    }
    (subs, skipped)
}

fn newsboat(text: &str) -> (Vec<Subscription>, Vec<String>) {
    let mut subs = Vec::new();
    let mut skipped = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let words = words(line);
        let Some((url, rest)) = words.split_first() else {
            continue;
        };
        if url.starts_with("query:") || url.starts_with("exec:") || url.starts_with("filter:") {
            skipped.push(clean_line(line));
            continue;
        }
        let mut name = None;
        let mut tags = Vec::new();
        for w in rest {
            let w = w.trim();
            if let Some(title) = w.strip_prefix('~') {
                name = Some(clean_line(title.trim())).filter(|t| !t.is_empty());
            } else if !w.starts_with('!') && !w.is_empty() {
                tags.push(clean_line(w));
            }
        }
        subs.push(Subscription {
            url: clean_line(url),
            name,
            tags,
        });
    }
    (subs, skipped)
}

/// A newsboat line's words: split at spaces, `"quoted words"` kept whole
/// (`\"` inside quotes is a quote), a `#` outside quotes starts a comment.
fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = line.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        let Some(&c) = chars.peek() else { break };
        if c == '#' {
            break;
        }
        let mut word = String::new();
        if c == '"' {
            chars.next();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => word.extend(chars.next()),
                    '"' => break,
                    c => word.push(c),
                }
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() {
                    break;
                }
                word.push(c);
                chars.next();
            }
        }
        out.push(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newsboat_urls_with_tags_titles_and_comments() {
        let (subs, skipped) = parse_subscriptions(
            "# my feeds\n\nhttps://a.example/rss news \"long tag\" \"~A \\\"Daily\\\"\"\n\
             http://b.example/atom.xml   # no tags\n\"query:Unread:unread = \\\"yes\\\"\"\n\
             https://c.example/feed !hidden tech\n",
        );
        assert_eq!(
            subs,
            [
                Subscription {
                    url: "https://a.example/rss".into(),
                    name: Some("A \"Daily\"".into()),
                    tags: vec!["news".into(), "long tag".into()],
                },
                Subscription {
                    url: "http://b.example/atom.xml".into(),
                    name: None,
                    tags: vec![],
                },
                Subscription {
                    url: "https://c.example/feed".into(),
                    name: None,
                    tags: vec!["tech".into()],
                },
            ]
        );
        assert_eq!(skipped.len(), 1);
    }

    #[test]
    fn opml_with_folders_and_entities() {
        let (subs, skipped) = parse_subscriptions(
            r#"<?xml version="1.0"?>
<opml version="2.0"><head><title>x</title></head><body>
  <outline text="World">
    <outline type="rss" text="Harbour &amp; Sea" xmlUrl="https://h.example/rss?a=1&amp;b=2"/>
  </outline>
  <outline type="rss" title="Plain" text="ignored" xmlUrl="http://p.example/feed" category="/tech,/daily"></outline>
</body></opml>"#,
        );
        assert!(skipped.is_empty(), "{skipped:?}");
        assert_eq!(subs.len(), 2);
        assert_eq!(subs[0].url, "https://h.example/rss?a=1&b=2");
        assert_eq!(subs[0].name.as_deref(), Some("Harbour & Sea"));
        assert_eq!(subs[0].tags, ["World"]);
        assert_eq!(subs[1].name.as_deref(), Some("Plain"));
        assert_eq!(subs[1].tags, ["tech", "daily"]);
    }

    #[test]
    fn broken_opml_keeps_what_came_before() {
        let (subs, skipped) =
            parse_subscriptions("<opml><body><outline xmlUrl=\"http://a/\"/></x></body>");
        assert_eq!(subs.len(), 1);
        assert_eq!(skipped.len(), 1);
    }
}
