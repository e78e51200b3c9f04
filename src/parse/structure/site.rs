//! Site names that pages append to their titles: `Headline | Reuters`,
//! `Headline - ABC News`, `Headline | War crimes | The Guardian`.
//!
//! A trailing segment after ` | ` is dropped when it is short (a site name or a
//! section label, at most [`MAX_WORDS`] words); one after ` - `, ` – ` or ` — ` only
//! when it names the site: it matches the source, or every word of it is capitalised
//! (`BBC News`, `The Verge`), not a clause (`Kremlin says`). At most two segments
//! go, and at least three words of headline stay. The site name becomes the source
//! when the article names none, or names only the page's domain.

use super::text::words;

/// Longest segment taken for a site name or section label.
const MAX_WORDS: usize = 4;
/// Longest segment, in characters.
const MAX_CHARS: usize = 32;

/// Drop site-name suffixes from `title`; returns the site name when one went.
pub fn strip_suffix(title: &mut String, source: Option<&str>) -> Option<String> {
    let mut site = None;
    for _ in 0..2 {
        let Some((head, seg, pipe)) = last_segment(title) else {
            break;
        };
        let seg_words = words(seg);
        let fits = (1..=MAX_WORDS).contains(&seg_words) && seg.chars().count() <= MAX_CHARS;
        let named = source.is_some_and(|s| same_letters(s, seg));
        // A segment that is the named source goes even after a short title
        // (`Latest news | The Harbour Post`); a guessed one needs a longer head.
        let drop =
            fits && ((named && words(head) >= 1) || (words(head) >= 3 && (pipe || is_name(seg))));
        if !drop {
            break;
        }
        // The last segment is the site; a label before it is a section.
        if site.is_none() {
            site = Some(seg.to_owned());
        }
        let keep = head.len();
        title.truncate(keep);
    }
    site
}

/// Separators between a title and a site name, and whether each is a pipe.
const SEPARATORS: [(&str, bool); 4] = [
    (" | ", true),
    (" - ", false),
    (" – ", false),
    (" — ", false),
];

/// The title before its last separator, the segment after it, and whether the
/// separator was a pipe. Each separator is a space, a bar or dash and a space:
/// the bars and dashes (the dashes' first byte, `E2`) are found from the end,
/// with no searcher set up for each separator in every title.
fn last_segment(title: &str) -> Option<(&str, &str, bool)> {
    let (at, len, pipe) =
        memchr::memrchr3_iter(b'|', b'-', 0xE2, title.as_bytes()).find_map(|p| {
            let at = p.checked_sub(1)?;
            let rest = title.get(at..)?;
            SEPARATORS
                .iter()
                .find(|(sep, _)| rest.starts_with(sep))
                .map(|&(sep, pipe)| (at, sep.len(), pipe))
        })?;
    let head = title.get(..at)?.trim_end();
    let seg = title.get(at + len..)?.trim();
    (!seg.is_empty()).then_some((head, seg, pipe))
}

/// Every word starts with a capital or a digit (`ABC News`, `The Guardian`).
fn is_name(seg: &str) -> bool {
    seg.split_whitespace().all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
    })
}

/// `reuters.com` and `Reuters`, `abcnews.go.com` and `ABC News`: the segment's
/// letters, lowercased, are the first label of the source's domain, or the source
/// itself.
fn same_letters(source: &str, seg: &str) -> bool {
    let letters = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let seg = letters(seg);
    if seg.is_empty() {
        return false;
    }
    let host = source.trim_start_matches("www.");
    let first_label = host.split(['.', '/']).next().unwrap_or(host);
    letters(first_label) == seg || letters(source) == seg
}

/// The source is only a domain (`reuters.com`), which a site name reads better as.
pub(crate) fn is_domain(source: &str) -> bool {
    !source.contains(' ') && source.contains('.') && !source.ends_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(title: &str, source: Option<&str>) -> (String, Option<String>) {
        let mut t = title.to_owned();
        let site = strip_suffix(&mut t, source);
        (t, site)
    }

    #[test]
    fn the_last_separator_is_the_rightmost_of_any_kind() {
        assert_eq!(last_segment("A - B | C"), Some(("A - B", "C", true)));
        assert_eq!(last_segment("A | B - C"), Some(("A | B", "C", false)));
        assert_eq!(last_segment("A – B — C-D"), Some(("A – B", "C-D", false)));
        assert_eq!(last_segment("Tromsø’s river-side | "), None);
        assert_eq!(last_segment("|- –"), None);
        assert_eq!(last_segment("no separator"), None);
    }

    #[test]
    fn pipes_and_site_names_go() {
        assert_eq!(
            strip("Harbour cranes go electric | Tidewire", None),
            ("Harbour cranes go electric".into(), Some("Tidewire".into()))
        );
        assert_eq!(
            strip("Ferry talks stall | Port news | The Coast Herald", None),
            ("Ferry talks stall".into(), Some("The Coast Herald".into()))
        );
        assert_eq!(
            strip("Night buses return - Metro Daily News", None),
            ("Night buses return".into(), Some("Metro Daily News".into()))
        );
        assert_eq!(
            strip(
                "Night buses return - metrodaily",
                Some("metrodaily.example")
            ),
            ("Night buses return".into(), Some("metrodaily".into()))
        );
        // The source named elsewhere (a page's og:site_name) goes even after a
        // two-word title; a guess does not (`Ports | Tidewire` stays).
        assert_eq!(
            strip("Latest news | The Harbour Post", Some("The Harbour Post")),
            ("Latest news".into(), Some("The Harbour Post".into()))
        );
        assert_eq!(
            strip("Ports | Tidewire", Some("Tidewire")),
            ("Ports".into(), Some("Tidewire".into()))
        );
    }

    #[test]
    fn clauses_and_short_headlines_stay() {
        let same = |t: &str| assert_eq!(strip(t, None), (t.to_owned(), None), "{t}");
        same("Talks went well, mayor says - for now");
        same("Trams return, council says - but only at night");
        same("Ports | Tidewire");
        same("A headline with no suffix at all");
        same("Strike ends - drivers and depot agree to new rota next week");
    }
}
