//! `byline sync`: fetch feeds, write their new items as articles.
//!
//! At most [`MAX_FEEDS`] feeds at a time and one per host, each on a thread of
//! its own with its own [`Client`]. A feed's outcome ([`Report`]) goes back to
//! the caller as soon as it is done (progress), and the index is updated by
//! the caller: one bad feed never stops the others.

mod fetch;

use std::collections::{HashSet, VecDeque};
use std::path::PathBuf;
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex, PoisonError};

pub use fetch::sync_feed;

use super::index::{FeedState, Index};
use crate::config::{Feed, WebConfig};

/// Feeds fetched at once, at most.
pub const MAX_FEEDS: usize = 4;

/// What one feed's sync did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub name: String,
    pub url: String,
    pub outcome: Result<Done, String>,
    /// The feed's state to keep (validators, items written).
    pub state: FeedState,
}

/// A feed that synced.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Done {
    pub new: usize,
    pub updated: usize,
    /// 304: nothing changed.
    pub not_modified: bool,
    /// Items the feed gave that could not be read or written, with why.
    pub skipped: Vec<String>,
    /// Pages fetched for their full text.
    pub pages: usize,
}

/// A feed to sync: the feed, its folder, its state from the index.
#[derive(Debug, Clone)]
pub struct Job {
    pub feed: Feed,
    pub folder: PathBuf,
    pub state: FeedState,
}

/// The jobs for `feeds` (the named ones, by name or URL, when `names` is not
/// empty). Names that match no feed and feeds without a folder come back in
/// the second value.
pub fn jobs(
    feeds: &[Feed],
    articles_dirs: &[PathBuf],
    names: &[String],
    index: &Index,
) -> (Vec<Job>, Vec<String>) {
    let mut problems: Vec<String> = names
        .iter()
        .filter(|n| !feeds.iter().any(|f| &&f.name == n || &&f.url == n))
        .map(|n| format!("{n}: no feed of that name"))
        .collect();
    let mut jobs = Vec::new();
    for feed in feeds {
        if !names.is_empty() && !names.iter().any(|n| n == &feed.name || n == &feed.url) {
            continue;
        }
        let Some(folder) = feed.folder_in(articles_dirs) else {
            problems.push(format!(
                "{}: no folder: set articles_dir or the feed's folder",
                feed.name
            ));
            continue;
        };
        jobs.push(Job {
            state: index.feeds.get(&feed.url).cloned().unwrap_or_default(),
            feed: feed.clone(),
            folder,
        });
    }
    (jobs, problems)
}

/// What a whole sync did: each feed's report, and the problems found before
/// fetching (unknown names, feeds without a folder, an index not written).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Synced {
    pub reports: Vec<Report>,
    pub problems: Vec<String>,
}

impl Synced {
    /// Articles written new, and updated.
    pub fn counts(&self) -> (usize, usize) {
        self.reports
            .iter()
            .filter_map(|r| r.outcome.as_ref().ok())
            .fold((0, 0), |(n, u), d| (n + d.new, u + d.updated))
    }

    /// `name: why` of each feed that failed, and each problem.
    pub fn failures(&self) -> Vec<String> {
        self.problems
            .iter()
            .cloned()
            .chain(self.reports.iter().filter_map(|r| {
                r.outcome
                    .as_ref()
                    .err()
                    .map(|why| format!("{}: {why}", r.name))
            }))
            .collect()
    }
}

/// Sync the feeds (the named ones when `names` is not empty) with the index
/// in `data`: `on_report` sees each feed's report as it is done (progress);
/// the index is written once all are. For `byline sync` and the app alike.
pub fn sync_all(
    config: &crate::config::Config,
    names: &[String],
    data: &std::path::Path,
    jobs_known: impl FnOnce(&[&str]),
    mut on_report: impl FnMut(&Report),
) -> Synced {
    let mut index = Index::load(data);
    let (jobs, mut problems) = jobs(&config.feeds, &config.articles_dirs, names, &index);
    jobs_known(
        &jobs
            .iter()
            .map(|j| j.feed.name.as_str())
            .collect::<Vec<_>>(),
    );
    let (tx, rx) = mpsc::channel();
    let web = config.web.clone();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let mut reports = Vec::new();
    std::thread::scope(|scope| {
        scope.spawn(move || run(jobs, &web, now, &tx));
        for report in rx {
            on_report(&report);
            reports.push(report);
        }
    });
    for r in &reports {
        index.feeds.insert(r.url.clone(), r.state.clone());
    }
    if let Err(e) = index.save(data) {
        problems.push(format!(
            "could not write the sync index in {}: {}",
            crate::library::shown(data),
            crate::io_error::reason(&e)
        ));
    }
    Synced { reports, problems }
}

struct Queue {
    waiting: VecDeque<Job>,
    busy_hosts: HashSet<String>,
}

/// Run the jobs, at most [`MAX_FEEDS`] at once and one per host; each report
/// is sent on `reports` as its feed is done. Returns when all are done.
pub fn run(jobs: Vec<Job>, web: &WebConfig, now: u64, reports: &mpsc::Sender<Report>) {
    let workers = jobs.len().min(MAX_FEEDS);
    let queue = Arc::new((
        Mutex::new(Queue {
            waiting: jobs.into(),
            busy_hosts: HashSet::new(),
        }),
        Condvar::new(),
    ));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let queue = Arc::clone(&queue);
            let reports = reports.clone();
            scope.spawn(move || {
                let client = crate::web::Client::new(web);
                while let Some((job, host)) = next(&queue) {
                    let report = sync_feed(&client, job, now);
                    {
                        let (lock, cvar) = &*queue;
                        let mut q = lock.lock().unwrap_or_else(PoisonError::into_inner);
                        q.busy_hosts.remove(&host);
                        cvar.notify_all();
                    }
                    if reports.send(report).is_err() {
                        return;
                    }
                }
            });
        }
    });
}

/// The next job whose host is free (waiting while every waiting job's host is
/// busy); `None` once none is left.
fn next(queue: &(Mutex<Queue>, Condvar)) -> Option<(Job, String)> {
    let (lock, cvar) = queue;
    let mut q = lock.lock().unwrap_or_else(PoisonError::into_inner);
    loop {
        if q.waiting.is_empty() {
            return None;
        }
        let free = q
            .waiting
            .iter()
            .position(|j| !q.busy_hosts.contains(&host(&j.feed.url)));
        if let Some(i) = free {
            let job = q.waiting.remove(i)?;
            let host = host(&job.feed.url);
            q.busy_hosts.insert(host.clone());
            return Some((job, host));
        }
        q = cvar.wait(q).unwrap_or_else(PoisonError::into_inner);
    }
}

/// The host and port a feed is fetched from (one connection per host).
fn host(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    authority
        .rsplit('@')
        .next()
        .unwrap_or(authority)
        .to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_with_ports() {
        assert_eq!(host("http://u@Example.com:8080/a?b"), "example.com:8080");
        assert_eq!(host("https://a.example/rss"), "a.example");
    }

    #[test]
    fn jobs_by_name_and_problems() {
        let feed = |name: &str, url: &str| Feed {
            url: url.into(),
            name: name.into(),
            folder: None,
            full_text: true,
            tags: vec![],
        };
        let feeds = [feed("A", "http://a/"), feed("B", "http://b/")];
        let dirs = [PathBuf::from("/n")];
        let (j, p) = jobs(&feeds, &dirs, &[], &Index::default());
        assert_eq!(j.len(), 2);
        assert!(p.is_empty());
        assert_eq!(j[1].folder, PathBuf::from("/n/b"));
        let (j, p) = jobs(
            &feeds,
            &dirs,
            &["http://b/".into(), "C".into()],
            &Index::default(),
        );
        assert_eq!(j.len(), 1);
        assert_eq!(p, ["C: no feed of that name"]);
        let (j, p) = jobs(&feeds, &[], &[], &Index::default());
        assert!(j.is_empty());
        assert_eq!(p.len(), 2);
    }
}
