//! A small, forgiving scanner over HTML tags: names, attributes and the text of
//! raw-text elements (`<script>`, `<style>`, `<title>`). It never builds a tree,
//! so it is cheap enough for the list's head pass, and it reads a prefix cut
//! anywhere (an unclosed tag or script simply ends the scan).

use memchr::{memchr, memmem};

/// One start tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Tag<'t> {
    /// Lowercase.
    pub name: String,
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

/// The start tags of `html`, in order.
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
            let name = self
                .html
                .get(lt + 1..lt + 1 + name_len)?
                .to_ascii_lowercase();
            let (attrs, end) = attributes(self.html, lt + 1 + name_len);
            self.at = end;
            let text = if matches!(name.as_str(), "script" | "style" | "title" | "textarea") {
                let close = find_close(bytes, end, &name).unwrap_or(bytes.len());
                let text = self.html.get(end..close);
                self.at = close;
                text
            } else {
                None
            };
            return Some(Tag { name, attrs, text });
        }
    }
}

/// The attributes from `at` to the tag's `>`, and where the tag ends.
fn attributes(html: &str, mut at: usize) -> (Vec<(String, &str)>, usize) {
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
        let name = html.get(start..at).unwrap_or_default().to_ascii_lowercase();
        if at == start {
            at += 1;
            continue;
        }
        while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        if bytes.get(at) != Some(&b'=') {
            attrs.push((name, ""));
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
        attrs.push((name, value));
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
        let html = r#"<!DOCTYPE html><!-- <meta name=x> --><HTML lang=en><Meta Property="og:title" content='A &amp; B'><script>if (a < b) { x = "</p>"; }</SCRIPT><title>T</title><br/><a href=x>"#;
        let all: Vec<Tag> = tags(html).collect();
        let names: Vec<&str> = all.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["html", "meta", "script", "title", "br", "a"]);
        assert_eq!(all[1].attr("property").as_deref(), Some("og:title"));
        assert_eq!(all[1].attr("content").as_deref(), Some("A & B"));
        assert_eq!(all[2].text, Some(r#"if (a < b) { x = "</p>"; }"#));
        assert_eq!(all[3].text, Some("T"));
        assert_eq!(all[5].attr("href").as_deref(), Some("x"));
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
