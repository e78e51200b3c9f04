//! Markdown through `pulldown-cmark`, rendered as a reader sees it.
//!
//! - Front matter first ([`super::frontmatter`]); its fields win. Template code
//!   goes and crawler pages get their paragraphs apart ([`prepare`]).
//! - The first H1 is the title when front matter gives none; a heading of any
//!   level that repeats the title (same words) is dropped as a duplicate; one
//!   that opens the body marks where the headline block is. Other headings start
//!   sections.
//! - Paragraphs, `>` block quotes (`BlockQuote { depth }`), list items
//!   (`ListItem { marker: "•" | "3.", depth }`; a second paragraph of one item gets
//!   an empty marker), code blocks (`Code`, text kept verbatim), thematic breaks
//!   (separators, dropped).
//! - Emphasis, strong, inline code and links become [`Mark`]s over the rendered text;
//!   links keep their URL. Image alt text is kept as text. Raw HTML is dropped.
//! - HTML entities are decoded (`&#27;` is ESC): the text of a body holding a `&` is
//!   cleaned ([`crate::parse::decode::clean`]) as it arrives, and a link whose target
//!   holds a control character is no link (its text stays).
//! - Then the plain-text rules that fit Markdown ([`head`]): kicker, standfirst and
//!   byline next to the title, the dateline of the first paragraph, trailers.

mod head;
mod inline;
mod prepare;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::body::Item;
use super::frontmatter;
use crate::article::{Block, BlockKind, Meta, Section};
use crate::parse::decode::{clean_cow, is_clean};
use inline::Inline;

/// Parse Markdown into its metadata and sections.
pub fn parse(text: &str) -> (Meta, Vec<Section>) {
    let (fm, body) = frontmatter::split(text);
    let fm = fm.unwrap_or_default();
    let body = prepare::prepare(body);
    let mut b = Builder {
        entities: memchr::memchr(b'&', body.as_bytes()).is_some(),
        ..Builder::default()
    };
    for (event, range) in Parser::new_ext(&body, Options::empty()).into_offset_iter() {
        // A block's text is no longer than its source: room for it at once (after
        // the start, which hands on the text before it).
        let opens = matches!(event, Event::Start(Tag::Paragraph | Tag::Heading { .. }));
        b.event(event, fm.title.as_deref());
        if opens {
            b.inline.expect(range.len());
        }
    }
    b.flush();
    head::finish(fm, b.title, b.items)
}

/// The title found in the body: its text and the index of the item it stood before.
pub struct Title {
    pub text: String,
    pub at: usize,
}

#[derive(Default)]
struct Builder {
    items: Vec<Item>,
    title: Option<Title>,
    inline: Inline,
    heading: Option<HeadingLevel>,
    quote_depth: u8,
    /// Open lists: the next number of an ordered one.
    lists: Vec<Option<u64>>,
    /// Marker of the list item whose first block is not out yet.
    marker: Option<String>,
    in_item: usize,
    code: bool,
    html: bool,
    /// The body holds a `&`: text may hold decoded entities to clean.
    entities: bool,
}

impl Builder {
    fn event(&mut self, event: Event<'_>, fm_title: Option<&str>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag, fm_title),
            Event::Text(t) if self.code => self.inline.raw(&self.clean(&t)),
            Event::Text(t) if !self.html => self.inline.text(&self.clean(&t)),
            Event::Code(t) => self.inline.code(&self.clean(&t)),
            Event::SoftBreak | Event::HardBreak => self.inline.text(" "),
            Event::Rule => {
                self.flush();
                self.items.push(Item::Separator);
            }
            _ => {}
        }
    }

    /// Text as the decoder would leave it: entities may have made controls.
    fn clean<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        if self.entities {
            clean_cow(text)
        } else {
            std::borrow::Cow::Borrowed(text)
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Heading { level, .. } => {
                self.flush();
                self.heading = Some(level);
            }
            Tag::Paragraph => self.flush(),
            Tag::BlockQuote(_) => {
                self.flush();
                self.quote_depth = self.quote_depth.saturating_add(1);
            }
            Tag::CodeBlock(_) => {
                self.flush();
                self.code = true;
            }
            Tag::HtmlBlock => self.html = true,
            Tag::List(start) => {
                self.flush();
                self.lists.push(start);
            }
            Tag::Item => {
                self.flush();
                self.in_item += 1;
                self.marker = Some(match self.lists.last_mut() {
                    Some(Some(n)) => {
                        let m = format!("{n}.");
                        *n = n.saturating_add(1);
                        m
                    }
                    _ => "•".to_owned(),
                });
            }
            Tag::Emphasis => self.inline.open(inline::Open::Emphasis),
            Tag::Strong => self.inline.open(inline::Open::Strong),
            Tag::Link { dest_url, .. } if is_clean(&dest_url) => {
                self.inline.open(inline::Open::Link(dest_url.to_string()));
            }
            Tag::Link { .. } => self.inline.open(inline::Open::Refused),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd, fm_title: Option<&str>) {
        match tag {
            TagEnd::Heading(level) => {
                let (text, _) = self.inline.take();
                self.heading = None;
                let title = fm_title.or(self.title.as_ref().map(|t| t.text.as_str()));
                let duplicate = title.is_some_and(|t| same_words(t, &text));
                let first = self.items.is_empty();
                if self.title.is_none()
                    && ((duplicate && first) || level == HeadingLevel::H1 && title.is_none())
                {
                    // The headline, or the front-matter title repeated at the top:
                    // the head rules (kicker, standfirst, byline) start from here.
                    self.title = Some(Title {
                        text,
                        at: self.items.len(),
                    });
                } else if !(text.is_empty() || duplicate) {
                    self.items.push(Item::Heading(text));
                }
            }
            TagEnd::Paragraph => self.flush(),
            TagEnd::BlockQuote(_) => {
                self.flush();
                self.quote_depth = self.quote_depth.saturating_sub(1);
            }
            TagEnd::CodeBlock => {
                self.flush();
                self.code = false;
            }
            TagEnd::HtmlBlock => self.html = false,
            TagEnd::List(_) => {
                self.flush();
                self.lists.pop();
            }
            TagEnd::Item => {
                self.flush();
                self.in_item = self.in_item.saturating_sub(1);
                self.marker = None;
            }
            TagEnd::Emphasis | TagEnd::Strong | TagEnd::Link => self.inline.close(),
            _ => {}
        }
    }

    /// Emit the text gathered so far as one block.
    fn flush(&mut self) {
        if self.heading.is_some() {
            return;
        }
        let code = self.code;
        let (text, marks) = if code {
            self.inline.take_raw()
        } else {
            self.inline.take()
        };
        if text.is_empty() {
            return;
        }
        let kind = if code {
            BlockKind::Code
        } else if self.in_item > 0 {
            BlockKind::ListItem {
                marker: self.marker.take().unwrap_or_default(),
                depth: u8::try_from(self.lists.len().saturating_sub(1)).unwrap_or(u8::MAX),
            }
        } else if self.quote_depth > 0 {
            BlockKind::BlockQuote {
                depth: self.quote_depth,
            }
        } else {
            BlockKind::Paragraph
        };
        self.items.push(Item::Block(Block { kind, text, marks }));
    }
}

/// The same words, ignoring case, punctuation and quotation marks.
fn same_words(a: &str, b: &str) -> bool {
    fn letters(s: &str) -> impl Iterator<Item = char> + '_ {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
    }
    // Cheap first: lengths this far apart cannot hold the same letters.
    a.len() <= 2 * b.len() + 8
        && b.len() <= 2 * a.len() + 8
        && letters(a).next().is_some()
        && letters(a).eq(letters(b))
}

#[cfg(test)]
mod tests;
