//! A small, forgiving scanner over HTML tags: names, attributes and the text of
//! raw-text elements (`<script>`, `<style>`, `<title>`). It never builds a tree,
//! so it is cheap enough for the list's head pass, and it reads a prefix cut
//! anywhere (an unclosed tag or script simply ends the scan).

use memchr::{memchr, memmem};

/// One start tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Tag<'t> {
    /// One of [`WANTED`], lowercase.
    pub name: &'static str,
    /// Names lowercase, values as written (entities not decoded).
    pub attrs: Vec<(String, &'t str)>,
    /// The text up to the closing tag, for `script`, `style`, `title`, `textarea`.
    pub text: Option<&'t str>,
}

impl Tag<'_> {
    /// An attribute's value, entities decoded.
    pub fn attr(&self, name: &str) -> Option<String> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| html_escape::decode_html_entities(v).into_owned())
    }
}

/// The tags the metadata is read from; the others are passed over without
/// their attributes being kept (the head pass reads thousands of pages).
const WANTED: [&str; 4] = ["meta", "title", "link", "script"];
/// Elements whose text is not markup: passed over to their closing tag.
const RAW: [&str; 4] = ["script", "style", "title", "textarea"];

/// The start tags of `html` named in [`WANTED`], in order.
pub(super) fn tags(html: &str) -> Tags<'_> {
    Tags { html, at: 0 }
}

pub(super) struct Tags<'t> {
    html: &'t str,
    at: usize,
}

impl<'t> Iterator for Tags<'t> {
    type Item = Tag<'t>;

    fn next(&mut self) -> Option<Tag<'t>> {
        let bytes = self.html.as_bytes();
        loop {
            let lt = self.at + memchr(b'<', bytes.get(self.at..)?)?;
            let rest = bytes.get(lt + 1..)?;
            if rest.starts_with(b"!--") {
                self.at = memmem::find(rest, b"-->").map_or(bytes.len(), |e| lt + 1 + e + 3);
                continue;
            }
            if !rest.first()?.is_ascii_alphabetic() {
                // An end tag, a doctype, a stray `<`: skipped.
                self.at = lt + 1;
                continue;
            }
            let name_len = rest
                .iter()
                .position(|b| !(b.is_ascii_alphanumeric() || *b == b'-' || *b == b':'))
                .unwrap_or(rest.len());
            let written = self.html.get(lt + 1..lt + 1 + name_len)?;
            let wanted = WANTED.iter().find(|w| written.eq_ignore_ascii_case(w));
            let raw = RAW.iter().find(|w| written.eq_ignore_ascii_case(w));
            let (attrs, end) = attributes(self.html, lt + 1 + name_len, wanted.is_some());
            self.at = end;
            let text = raw.and_then(|raw| {
                let close = find_close(bytes, end, raw).unwrap_or(bytes.len());
                self.at = close;
                self.html.get(end..close)
            });
            if let Some(name) = wanted {
                return Some(Tag { name, attrs, text });
            }
        }
    }
}

/// The attributes from `at` to the tag's `>` (when `keep`), and where the tag
/// ends.
fn attributes(html: &str, mut at: usize, keep: bool) -> (Vec<(String, &str)>, usize) {
    let bytes = html.as_bytes();
    let mut attrs = Vec::new();
    loop {
        while bytes
            .get(at)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'/')
        {
            at += 1;
        }
        match bytes.get(at) {
            None => return (attrs, bytes.len()),
            Some(b'>') => return (attrs, at + 1),
            Some(_) => {}
        }
        let start = at;
        while bytes
            .get(at)
            .is_some_and(|b| !b.is_ascii_whitespace() && !matches!(b, b'=' | b'>' | b'/'))
        {
            at += 1;
        }
        let name = if keep {
            html.get(start..at).unwrap_or_default().to_ascii_lowercase()
        } else {
            String::new()
        };
        if at == start {
            at += 1;
            continue;
        }
        while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        if bytes.get(at) != Some(&b'=') {
            if keep {
                attrs.push((name, ""));
            }
            continue;
        }
        at += 1;
        while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        let value = if let Some(&q @ (b'"' | b'\'')) = bytes.get(at) {
            let end = memchr(q, bytes.get(at + 1..).unwrap_or_default())
                .map_or(bytes.len(), |e| at + 1 + e);
            let v = html.get(at + 1..end).unwrap_or_default();
            at = (end + 1).min(bytes.len());
            v
        } else {
            {
                let s = at;
                while bytes
                    .get(at)
                    .is_some_and(|b| !b.is_ascii_whitespace() && *b != b'>')
                {
                    at += 1;
                }
                html.get(s..at).unwrap_or_default()
            }
        };
        if keep {
            attrs.push((name, value));
        }
    }
}

/// Where `</name` starts (any case) from `at`.
fn find_close(bytes: &[u8], at: usize, name: &str) -> Option<usize> {
    let mut from = at;
    while let Some(i) = memmem::find(bytes.get(from..)?, b"</") {
        let start = from + i;
        let tail = bytes.get(start + 2..start + 2 + name.len())?;
        if tail.eq_ignore_ascii_case(name.as_bytes()) {
            return Some(start);
        }
        from = start + 2;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_names_attributes_and_raw_text() {
        let html = r#"<!DOCTYPE html><!-- <meta name=x> --><HTML lang=en><Meta Property="og:title" content='A &amp; B'><style>a > b {}</style><script>if (a < b) { x = "</p>"; }</SCRIPT><title>T</title><br/><a href=x>"#;
        let all: Vec<Tag> = tags(html).collect();
        let names: Vec<&str> = all.iter().map(|t| t.name).collect();
        assert_eq!(names, ["meta", "script", "title"]);
        assert_eq!(all[0].attr("property").as_deref(), Some("og:title"));
        assert_eq!(all[0].attr("content").as_deref(), Some("A & B"));
        assert_eq!(all[1].text, Some(r#"if (a < b) { x = "</p>"; }"#));
        assert_eq!(all[2].text, Some("T"));
        let link: Vec<Tag> = tags("<p class=a><LINK REL=canonical href=x>").collect();
        assert_eq!(link[0].name, "link");
        assert_eq!(link[0].attr("rel").as_deref(), Some("canonical"));
    }

    #[test]
    fn a_cut_prefix_ends_the_scan() {
        for html in [
            "<meta content=\"unclosed",
            "<script>var a = 1;",
            "<",
            "<a",
            "<!--",
        ] {
            let _ = tags(html).count();
        }
        let t: Vec<Tag> = tags("<script>var a = 1;").collect();
        assert_eq!(t[0].text, Some("var a = 1;"));
    }
}
