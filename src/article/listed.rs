//! What an entry of the list keeps of an article's head.

use super::Meta;

impl Meta {
    /// What an entry of the list keeps of its head: the title, source, kicker
    /// (the list shows and filters by them), date and tags, each string
    /// without spare capacity. The standfirst, byline, dateline and published
    /// line are shown by the reader from the whole article alone, and a head
    /// is kept for every file of the library (100,000 of them in an archive).
    #[must_use]
    pub fn into_listed(self) -> Self {
        Self {
            kicker: self.kicker.map(fit),
            title: fit(self.title),
            source: self.source.map(fit),
            date: self.date,
            tags: fit_all(self.tags),
            standfirst: None,
            byline: None,
            dateline: None,
            published: None,
        }
    }

    /// [`Meta::into_listed`] of a copy of the list's fields alone.
    #[must_use]
    pub fn listed(&self) -> Self {
        Self {
            kicker: self.kicker.clone(),
            title: self.title.clone(),
            source: self.source.clone(),
            date: self.date,
            tags: self.tags.clone(),
            ..Self::default()
        }
        .into_listed()
    }
}

/// `s` without spare capacity.
fn fit(mut s: String) -> String {
    s.shrink_to_fit();
    s
}

fn fit_all(v: Vec<String>) -> Vec<String> {
    let mut v: Vec<String> = v.into_iter().map(fit).collect();
    v.shrink_to_fit();
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Date, Dateline};

    fn grown(s: &str) -> String {
        let mut g = String::with_capacity(s.len() + 100);
        g.push_str(s);
        g
    }

    fn full() -> Meta {
        Meta {
            kicker: Some(grown("World")),
            title: grown("Ports close"),
            standfirst: Some("A deck.".into()),
            byline: Some("By Jane Doe".into()),
            dateline: Some(Box::new(Dateline {
                text: "OSLO, March 3 (Reuters) -".into(),
                ..Dateline::default()
            })),
            date: Some(Date {
                year: 2026,
                month: 3,
                day: 3,
            }),
            published: Some("Published 3 March 2026".into()),
            source: Some(grown("Reuters")),
            tags: vec![grown("ports"), grown("strikes")],
        }
    }

    #[test]
    fn the_list_keeps_what_it_shows_sorts_and_filters_by_without_spare_room() {
        let m = full().into_listed();
        assert_eq!(m.kicker.as_deref(), Some("World"));
        assert_eq!(m.title, "Ports close");
        assert_eq!(m.source.as_deref(), Some("Reuters"));
        assert_eq!(m.date, full().date);
        assert_eq!(m.tags, ["ports", "strikes"]);
        assert_eq!(
            (m.standfirst, m.byline, m.dateline, m.published),
            (None, None, None, None)
        );
        assert_eq!(m.title.capacity(), m.title.len());
        for s in [&m.kicker, &m.source].into_iter().flatten() {
            assert_eq!(s.capacity(), s.len(), "{s}");
        }
        assert_eq!(m.tags.capacity(), 2);
        assert!(m.tags.iter().all(|t| t.capacity() == t.len()));
    }

    #[test]
    fn listed_copies_what_into_listed_keeps() {
        assert_eq!(full().listed(), full().into_listed());
    }
}
