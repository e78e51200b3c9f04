//! Decode and parse arbitrary bytes as plain text and as Markdown: must never panic.
#![no_main]

use byline::article::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = byline::parse::decode(data) {
        for format in [Format::Plain, Format::Markdown] {
            let article = byline::parse::parse(&text, format);
            let _ = byline::parse::parse_head(&text, format);
            std::hint::black_box(article);
        }
    }
});
