//! The Markdown body made ready for the Markdown parser, outside fenced code:
//! - template code is not text: Hugo shortcodes (`{{< … >}}`, `{{% … %}}`), Liquid
//!   tags and output (`{% … %}`, `{{ … }}`) and kramdown attribute lists
//!   (`{:target="_blank"}`) are removed;
//! - a line that opens with `<br>` tags is a new paragraph (the tags would start
//!   a raw HTML block, and its text would be lost);
//! - pages saved by crawlers put one paragraph on each line with no blank line
//!   between: a line break next to a line of [`LONG_LINE`] characters or more (no
//!   one hand-wraps that wide) is a paragraph break, and a blank line goes in; in
//!   a body written that way throughout (long lines, hardly a blank line: see
//!   [`line_per_paragraph`]) every line break is. A line near the top that opens
//!   with a dateline starts a paragraph too.
//!
//! Text that needs neither comes back borrowed, untouched.

use std::borrow::Cow;

use crate::parse::structure::text::lines_inclusive;

/// A line at least this long (in characters) is not hand-wrapped.
pub(crate) const LONG_LINE: usize = 160;

/// The body with template code removed and crawler paragraphs apart.
pub(crate) fn prepare(body: &str) -> Cow<'_, str> {
    let body = match strip_templates(body) {
        Cow::Borrowed(b) => return unglue(b),
        Cow::Owned(s) => s,
    };
    match unglue(&body) {
        Cow::Borrowed(_) => Cow::Owned(body),
        Cow::Owned(s) => Cow::Owned(s),
    }
}

/// Fenced code starts or ends on this line (```` ``` ```` or `~~~`, up to three
/// spaces in).
fn is_fence(line: &str) -> bool {
    let t = line.trim_start_matches(' ');
    line.len() - t.len() <= 3 && (t.starts_with("```") || t.starts_with("~~~"))
}

fn long(line: &str) -> bool {
    // A character takes at most four bytes: a line that long needs no counting.
    line.len() >= LONG_LINE && (line.len() >= 4 * LONG_LINE || line.chars().count() >= LONG_LINE)
}

/// A line that a blank line must not be put before: an indented continuation,
/// a table row, a setext underline.
fn keeps_with_previous(line: &str) -> bool {
    line.starts_with([' ', '\t', '|'])
        || (!line.is_empty() && line.bytes().all(|b| b == b'=' || b == b'-'))
}

/// A body with one paragraph per line: at least [`MIN_LINES`] text lines, three of
/// them long, and fewer than one blank line for every eight text lines.
fn line_per_paragraph(body: &str) -> bool {
    // Counted first: the lines, and the empty ones (at least as many blank lines;
    // `\n\n` matches do not overlap). Usual Markdown has a blank line for every
    // text line or two and is ruled out here, with no pass line by line.
    let bytes = body.as_bytes();
    let lines = memchr::memchr_iter(b'\n', bytes).count() + usize::from(!body.ends_with('\n'));
    let empty =
        memchr::memmem::find_iter(bytes, b"\n\n").count() + usize::from(body.starts_with('\n'));
    if empty * 8 >= lines.saturating_sub(empty) {
        return false;
    }
    let (mut text, mut blank, mut longs) = (0, 0, 0);
    // `body.lines()`: the line end (`\n` or `\r\n`) goes.
    for line in lines_inclusive(body) {
        let line = line
            .strip_suffix('\n')
            .map_or(line, |l| l.strip_suffix('\r').unwrap_or(l));
        if line.trim().is_empty() {
            blank += 1;
        } else {
            text += 1;
            // Three long lines are enough: the rest need no counting.
            if longs < 3 {
                longs += usize::from(long(line));
            }
        }
    }
    text >= MIN_LINES && longs >= 3 && blank * 8 < text
}

/// Fewest text lines for [`line_per_paragraph`].
const MIN_LINES: usize = 8;

/// Lines near the top looked at for a dateline that opens them.
const DATELINE_LINES: usize = 40;

/// The line opens with a dateline (`**BERLIN, May 4** —` too): it starts a
/// paragraph, whatever stands on the line above (page furniture, a teaser).
fn opens_dateline(line: &str) -> bool {
    line.starts_with(|c: char| c.is_uppercase() || c == '*' || c == '_')
        && super::super::dateline::find(&line.replace(['*', '_'], "")).is_some()
}

/// Put a blank line between two text lines when either is long or the second
/// opens with a dateline, or between any two in a body with one paragraph per line.
/// A body where no such pair stands (the usual Markdown) comes back borrowed.
fn unglue(body: &str) -> Cow<'_, str> {
    // Whether the body has one paragraph per line, read only when a line follows
    // a text line that neither is long (most Markdown has none such).
    let mut every: Option<bool> = None;
    let mut out: Option<String> = None;
    let mut fenced = false;
    // The previous text line outside a fence (its length is counted only when
    // a text line follows it).
    let mut prev: Option<&str> = None;
    let mut at = 0;
    for (k, line) in lines_inclusive(body).enumerate() {
        let bare = line.trim_end_matches(['\n', '\r']);
        if is_fence(bare) {
            fenced = !fenced;
        }
        let blank = bare.trim().is_empty();
        if !fenced
            && !blank
            && let Some(prev_line) = prev
            && (long(prev_line)
                || long(bare)
                || *every.get_or_insert_with(|| line_per_paragraph(body))
                || (k < DATELINE_LINES && opens_dateline(bare)))
            && !keeps_with_previous(bare)
            && !is_fence(bare)
        {
            let o = out.get_or_insert_with(|| {
                let mut o = String::with_capacity(body.len() + body.len() / 64);
                o.push_str(body.get(..at).unwrap_or_default());
                o
            });
            o.push('\n');
        }
        if let Some(o) = out.as_mut() {
            o.push_str(line);
        }
        at += line.len();
        prev = (!fenced && !blank).then_some(bare);
    }
    out.map_or(Cow::Borrowed(body), Cow::Owned)
}

/// Remove template code outside fenced code blocks.
fn strip_templates(body: &str) -> Cow<'_, str> {
    if !has_template_or_break(body) {
        return Cow::Borrowed(body);
    }
    let mut out = String::with_capacity(body.len());
    let mut fenced = false;
    for line in body.split_inclusive('\n') {
        if is_fence(line.trim_end_matches(['\n', '\r'])) {
            fenced = !fenced;
        }
        if fenced {
            out.push_str(line);
        } else if let Some(rest) = after_breaks(line) {
            out.push('\n');
            strip_line(rest, &mut out);
        } else {
            strip_line(line, &mut out);
        }
    }
    Cow::Owned(out)
}

/// Whether `body` holds `{{`, `{%`, `{:` or `<br` anywhere: one pass over the
/// bytes for the two first bytes.
fn has_template_or_break(body: &str) -> bool {
    let bytes = body.as_bytes();
    memchr::memchr2_iter(b'{', b'<', bytes).any(|i| {
        let rest = bytes.get(i..).unwrap_or_default();
        rest.starts_with(b"{{")
            || rest.starts_with(b"{%")
            || rest.starts_with(b"{:")
            || rest.starts_with(b"<br")
    })
}

/// The line after the `<br>`, `<br/>` or `<br />` tags that open it, if any do.
fn after_breaks(line: &str) -> Option<&str> {
    let mut rest = line.trim_start();
    let mut found = false;
    while rest.len() >= 4 && rest.get(..3).is_some_and(|t| t.eq_ignore_ascii_case("<br")) {
        let close = rest.find('>')?;
        if !rest
            .get(3..close)?
            .trim()
            .trim_end_matches('/')
            .trim()
            .is_empty()
        {
            return None;
        }
        rest = rest.get(close + 1..)?.trim_start_matches([' ', '\t']);
        found = true;
    }
    found.then_some(rest)
}

/// The openers of template code and the closer each needs.
const TEMPLATES: &[(&str, &str)] = &[
    ("{{<", ">}}"),
    ("{{%", "%}}"),
    ("{%", "%}"),
    ("{{", "}}"),
    ("{:", "}"),
];

/// Copy `line` into `out` without its template code. An opener without its closer
/// on the line is text.
fn strip_line(line: &str, out: &mut String) {
    let mut rest = line;
    while let Some(at) = rest.find('{') {
        let tail = rest.get(at..).unwrap_or("");
        let found = TEMPLATES.iter().find_map(|(open, close)| {
            let inner = tail.strip_prefix(open)?;
            // `{:` is kramdown only with an attribute or a class right after it.
            if *open == "{:"
                && !inner
                    .trim_start()
                    .starts_with(|c: char| c.is_alphabetic() || ".#".contains(c))
            {
                return None;
            }
            let end = inner.find(close)?;
            Some(open.len() + end + close.len())
        });
        if let Some(len) = found {
            out.push_str(rest.get(..at).unwrap_or(""));
            rest = tail.get(len..).unwrap_or("");
        } else {
            out.push_str(rest.get(..=at).unwrap_or(""));
            rest = tail.get(1..).unwrap_or("");
        }
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_split_as_the_standard_library_splits_them() {
        for text in [
            "",
            "\n",
            "a",
            "a\n",
            "a\r\nb\r",
            "\n\nb\nc\r\n",
            "é\n東\r\r\n",
        ] {
            let ours: Vec<&str> = lines_inclusive(text).collect();
            let std: Vec<&str> = text.split_inclusive('\n').collect();
            assert_eq!(ours, std, "{text:?}");
            let bare: Vec<&str> = ours
                .iter()
                .map(|l| {
                    l.strip_suffix('\n')
                        .map_or(*l, |l| l.strip_suffix('\r').unwrap_or(l))
                })
                .collect();
            assert_eq!(bare, text.lines().collect::<Vec<_>>(), "{text:?}");
        }
        let long_line = "é".repeat(LONG_LINE);
        assert!(long(&long_line));
        assert!(!long(&"é".repeat(LONG_LINE - 1)));
        assert!(long(&"a".repeat(4 * LONG_LINE)));
    }

    #[test]
    fn template_code_goes() {
        let text = "Before {{< img src=\"a/b-600.jpg\" alt=\"Two people\" >}} after.\n\
                    {% include figure.html caption=\"A caption\" %}\n\
                    {{ page.title }} and {{% note %}}x{{% /note %}}\n\
                    [a link](https://example.org){:target=\"_blank\" rel=\"noopener\"}\n\
                    {: .lead}\n";
        let out = prepare(text);
        assert_eq!(
            out,
            "Before  after.\n\n and x\n[a link](https://example.org)\n\n"
        );
    }

    #[test]
    fn lines_opening_with_line_breaks_are_paragraphs() {
        let text = "> « Quote. »\n<br>\n<br />**Ana Ruiz, mayor**\n<bravo> stays\n";
        assert_eq!(
            prepare(text),
            "> « Quote. »\n\n\n\n**Ana Ruiz, mayor**\n<bravo> stays\n"
        );
    }

    #[test]
    fn braces_that_are_text_stay() {
        for text in [
            "A set {1, 2} and {: nothing",
            "An open {{ without end",
            "{x}",
        ] {
            assert_eq!(prepare(text), text);
        }
    }

    #[test]
    fn code_fences_keep_their_braces_and_lines() {
        let long = "x".repeat(200);
        let text = format!("```\n{{{{ page.title }}}}\n{long}\nnext\n```\n");
        assert_eq!(prepare(&text), text);
    }

    #[test]
    fn long_lines_are_paragraphs() {
        let a = "A".repeat(170);
        let b = "B".repeat(170);
        let text = format!("Short teaser line.\n{a}\n{b}\n* item\n{b}\n  indented\n");
        assert_eq!(
            prepare(&text),
            format!("Short teaser line.\n\n{a}\n\n{b}\n\n* item\n\n{b}\n  indented\n")
        );
    }

    #[test]
    fn a_body_of_line_paragraphs_breaks_every_line() {
        let long = "L".repeat(170);
        let mut lines = vec![long.as_str(); 4];
        lines.extend(["Short one.", "Short two.", "Short three.", "Short four."]);
        let text = lines.join("\n");
        assert_eq!(prepare(&text), lines.join("\n\n"));
    }

    #[test]
    fn a_dateline_line_starts_a_paragraph() {
        let text = "Photo gallery\n1 of 2\nOSLO (Nordwire) - Ferries return.\n";
        assert_eq!(
            prepare(text),
            "Photo gallery\n1 of 2\n\nOSLO (Nordwire) - Ferries return.\n"
        );
    }

    #[test]
    fn hand_wrapped_text_is_left_alone() {
        let text = "A line of ordinary width that wraps\nonto the next line as people write.\n";
        assert!(matches!(prepare(text), Cow::Borrowed(_)));
    }
}
